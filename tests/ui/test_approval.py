"""Approval means something: open comments or failed checklist items are asked about and
recorded as an override; every move records the acting person from the settings; the
copy routes (*Salin sebagai teks*, *Salin untuk WhatsApp*) carry DRAF until approval."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.base.paths import sample_draft
from app.base.settings import Settings, load_settings, save_settings
from app.cli import main
from app.release.draftfile import load_draft, save_draft
from tests.ui.conftest import Answers
from ui.main_window import MainWindow
from ui.whatsapp_view import ChatBubble, ChatView, chat_html

Factory = Callable[..., MainWindow]


def submitted(make_window: Factory, tmp_path: Path, author: str = "Bripka Dwi Anggraeni",
              ) -> MainWindow:
    """The sample draft, submitted by ``author`` (the name in the settings)."""
    folder = tmp_path / "contoh"
    shutil.copytree(sample_draft().parent, folder)
    window = make_window(Settings(author=author))
    assert window.open_path(folder / sample_draft().name)
    assert window.request_status("diajukan")
    return window


def test_approval_with_an_open_comment_asks_and_records_the_override(
        make_window: Factory, tmp_path: Path, answers: Answers) -> None:
    window = submitted(make_window, tmp_path, "Kompol Hartono Wijaya")
    assert window.comment("Sebutkan jumlah helm yang dibagikan.", 2)
    answers.override = False
    assert not window.request_status("disetujui")
    assert window.release.review.status == "diajukan"
    asked = answers.override_questions[-1]
    assert asked == ["Komentar terbuka: Sebutkan jumlah helm yang dibagikan."]

    answers.override = True
    assert window.request_status("disetujui")
    change = window.release.review.history[-1]
    assert (change.status, change.by, change.overridden) == (
        "disetujui", "Kompol Hartono Wijaya", True)
    assert change.open_items == asked
    window.review_panel.show_review(window.release)
    assert "Disetujui dengan pengabaian (1 butir terbuka)." in window.review_panel.status.text()
    answers.save_path = tmp_path / "disetujui.rilis"
    assert window.save_as()
    kept = load_draft(tmp_path / "disetujui.rilis").review.history[-1]
    assert kept.overridden and kept.open_items == asked


def test_clean_approval_asks_nothing_and_is_not_an_override(
        make_window: Factory, tmp_path: Path, answers: Answers) -> None:
    window = submitted(make_window, tmp_path)
    assert window.request_status("disetujui")
    change = window.release.review.history[-1]
    assert answers.override_questions == []
    assert not change.overridden and change.open_items == []


def test_a_failing_checklist_item_is_asked_about(make_window: Factory, tmp_path: Path,
                                                 answers: Answers) -> None:
    window = submitted(make_window, tmp_path)
    window.release.title = ""
    answers.override = False
    assert not window.request_status("disetujui")
    assert answers.override_questions[-1] == ["Gagal: Panjang judul — judul kosong"]
    assert window.release.review.status == "diajukan"


def test_acting_person_comes_from_the_settings_not_from_a_comment(
        make_window: Factory, tmp_path: Path) -> None:
    folder = tmp_path / "contoh"
    shutil.copytree(sample_draft().parent, folder)
    window = make_window(Settings(author=""))
    assert window.open_path(folder / sample_draft().name)
    window.release.meta.author = "Bripka Penulis Lain"
    asked: list[int] = []

    def ask() -> str:
        asked.append(1)
        return "  Ipda  Laras Pertiwi "

    window.ask_reviewer = ask  # type: ignore[method-assign]
    window.ask_status_note = lambda _status: ""  # type: ignore[method-assign,assignment]
    assert window.request_status("diajukan")
    assert window.comment("Cek ejaan nama sekolah.")
    assert window.request_status("perlu-revisi")
    assert window.request_status("diajukan")
    assert asked == [1]  # asked once, then stored
    assert load_settings().author == "Ipda Laras Pertiwi"
    history = window.release.review.history
    assert {change.by for change in history} == {"Ipda Laras Pertiwi"}
    assert window.release.review.comments[0].author == "Ipda Laras Pertiwi"


def test_cli_status_takes_the_same_person_and_asks_for_paksa(
        tmp_path: Path, capsys: object) -> None:
    folder = tmp_path / "contoh"
    shutil.copytree(sample_draft().parent, folder)
    draft = folder / sample_draft().name
    assert main(["status", str(draft), "diajukan"]) == 2  # nobody known yet
    save_settings(Settings(author="Bripka Dwi Anggraeni"))
    assert main(["status", str(draft), "diajukan"]) == 0
    assert load_draft(draft).review.history[-1].by == "Bripka Dwi Anggraeni"
    assert main(["comment", str(draft), "Foto kedua kurang terang.", "--oleh",
                 "Kompol Hartono Wijaya"]) == 0
    before = draft.read_bytes()
    assert main(["status", str(draft), "disetujui", "--oleh", "Kompol Hartono Wijaya"]) == 2
    assert draft.read_bytes() == before
    assert main(["status", str(draft), "disetujui", "--oleh", "Kompol Hartono Wijaya",
                 "--paksa"]) == 0
    change = load_draft(draft).review.history[-1]
    assert change.overridden and change.by == "Kompol Hartono Wijaya"
    assert change.open_items == ["Komentar terbuka: Foto kedua kurang terang."]


def test_old_history_without_the_new_keys_still_loads(tmp_path: Path) -> None:
    release = load_draft(sample_draft())
    from app.review.workflow import set_status

    set_status(release, "diajukan", "Bripka Dwi")
    draft = tmp_path / "lama.rilis"
    save_draft(release, draft)
    data = json.loads(draft.read_text(encoding="utf-8"))
    for change in data["review"]["history"]:  # as a draft saved before these keys existed
        del change["overridden"], change["open_items"]
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    change = load_draft(draft).review.history[-1]
    assert not change.overridden and change.open_items == []


def test_copy_routes_carry_the_draft_mark(qtbot: QtBot, make_window: Factory,
                                          tmp_path: Path) -> None:
    window = submitted(make_window, tmp_path)
    window.copy_as_text()
    assert QGuiApplication.clipboard().text().startswith("[DRAF — belum disetujui")
    dialog = window.copy_for_whatsapp()
    assert dialog is not None
    qtbot.addWidget(dialog)
    clipboard = QGuiApplication.clipboard().text()
    assert clipboard.startswith("*[DRAF — belum disetujui")
    assert "*Polres Trenggalek Ajak Pelajar" in clipboard
    bubbles = dialog.view.bubbles
    assert [bubble.text for bubble in bubbles] == dialog.messages
    saved = dialog.save_to(tmp_path / "kirim")
    assert [path.name for path in saved] == ["pesan-1.txt", "foto-1.jpg", "foto-1.txt"]
    assert saved[0].read_text(encoding="utf-8") == clipboard + "\n"
    short = window.copy_for_whatsapp(short=True)
    assert short is not None
    qtbot.addWidget(short)
    assert len(QGuiApplication.clipboard().text()) <= 700


def test_chat_view_screenshot(qtbot: QtBot, tmp_path: Path) -> None:
    """The WhatsApp text of the sample in a chat-like view, saved to look at."""
    from app.render.wa_export import whatsapp_texts

    messages, _photos = whatsapp_texts(load_draft(sample_draft()))
    html = chat_html(messages[0])
    assert html.startswith("<b>[DRAF") and "<b>TRENGGALEK –</b>" in html
    assert '<a href="https://contoh.polres-trenggalek.example/berita/operasi-zebra-2026"' in html
    view = ChatView(messages)
    qtbot.addWidget(view)
    view.resize(560, 1500)
    view.show()
    qtbot.waitExposed(view)
    bubble = view.bubbles[0]
    assert isinstance(bubble, ChatBubble) and bubble.label.text() == html
    shot = tmp_path / "whatsapp-chat.png"
    body = view.widget()
    assert body is not None and body.grab().save(str(shot))
    assert shot.stat().st_size > 10_000  # scripts/whatsapp_screenshot.py: the one looked at
