"""The body as the officer meets it: Enter, pasting, adding blocks, the preview following.

All release text here is made up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.base.paths import sample_draft
from app.release.draftfile import load_draft
from app.release.model import Official, Paragraph, Photo, Quote
from app.render.export import export_file
from tests.ui.conftest import Answers, wait_preview
from ui.main_window import MainWindow
from ui.paste_dialog import PasteReleaseDialog

Factory = Callable[..., MainWindow]

RELEASE = (
    "*Polsek Sukamaju Bersihkan Saluran Air Bersama Warga*\r\n"
    "\r\n"
    "SUKAMAJU - Kapolsek Sukamaju, AKP Yoga Prasetya, S.H. bersama warga membersihkan "
    "saluran air di Jalan Melati, Minggu (8/11).\r\n"
    "  \r\n"
    "Sebanyak 40 warga dan 12 personel ikut dalam kerja bakti tersebut.\r\n"
    "\r\n"
    "\"Saluran yang bersih mencegah genangan saat hujan,\" ujar AKP Yoga.\r\n"
    "\r\n"
    "\"Kami akan rutin turun setiap bulan\", tandasnya.\r\n"
    "\r\n"
    "(*)\r\n")


def kapolsek() -> Official:
    return Official(id="kapolsek", rank="AKP", name="Yoga Prasetya", short_name="Yoga",
                    position="Kapolsek Sukamaju", degrees=["S.H."])


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def start_paragraph(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.tabs.setCurrentWidget(window.body_form)
    window.add_block_actions["paragraph"].trigger()
    qtbot.keyClicks(window.body_form.paragraph, text)


def paste_text(editor: object, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    editor.insertFromMimeData(mime)  # type: ignore[attr-defined]


def exported(window: MainWindow, tmp_path: Path, fmt: str = "txt") -> str:
    out = export_file(window.release, fmt, tmp_path / f"rilis.{fmt}")
    if fmt == "docx":
        from docx import Document as Docx

        return "\n".join(p.text for p in Docx(str(out)).paragraphs)
    return out.read_text(encoding="utf-8")


# ---------------------------------------------------------------- paragraph breaks


def test_enter_starts_a_new_block_and_splits_one_in_the_middle(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    window = make_window()
    start_paragraph(qtbot, window, "Paragraf pertama.")
    body = window.body_form
    qtbot.keyClick(body.paragraph, Qt.Key.Key_Return)
    qtbot.keyClicks(body.paragraph, "Paragraf kedua. Paragraf ketiga.")
    assert [b.text for b in window.release.body] == [  # type: ignore[union-attr]
        "Paragraf pertama.", "Paragraf kedua. Paragraf ketiga."]
    assert body.list.current_row() == 1
    cursor = body.paragraph.textCursor()
    cursor.setPosition(len("Paragraf kedua."))
    body.paragraph.setTextCursor(cursor)
    qtbot.keyClick(body.paragraph, Qt.Key.Key_Enter)  # the keypad Enter too
    assert [b.text for b in window.release.body] == [  # type: ignore[union-attr]
        "Paragraf pertama.", "Paragraf kedua.", "Paragraf ketiga."]
    assert body.list.current_row() == 2 and body.paragraph.textCursor().position() == 0
    text = exported(window, tmp_path)
    assert "Paragraf pertama.\n\nParagraf kedua.\n\nParagraf ketiga. (*)" in text
    window.undo_action.trigger()  # one undo step rejoins
    assert [b.text for b in window.release.body] == [  # type: ignore[union-attr]
        "Paragraf pertama.", "Paragraf kedua. Paragraf ketiga."]


def test_enter_at_the_end_of_a_quote_continues_with_a_paragraph(
        qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    window.release.officials.append(kapolsek())
    window.tabs.setCurrentWidget(window.body_form)
    window.add_block_actions["quote"].trigger()
    qtbot.keyClicks(window.body_form.quote, "Kami siap")
    qtbot.keyClick(window.body_form.quote, Qt.Key.Key_Return)
    assert [type(b) for b in window.release.body] == [Quote, Paragraph]
    assert window.body_form.pages.currentIndex() == 1


def test_pasting_two_paragraphs_into_a_block_makes_two_blocks(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    window = make_window()
    window.release_form.title.setText("Judul sudah ada")
    start_paragraph(qtbot, window, "Awal kalimat ")
    paste_text(window.body_form.paragraph, "lanjutan.\r\n\r\n   \r\nParagraf baru di sini.")
    assert [b.text for b in window.release.body] == [  # type: ignore[union-attr]
        "Awal kalimat lanjutan.", "Paragraf baru di sini."]
    assert "\n" not in window.body_form.paragraph.toPlainText()
    wait_preview(qtbot, window)
    assert "Awal kalimat lanjutan.\nParagraf baru di sini." in window.preview.toPlainText()
    for fmt in ("txt", "html", "docx"):
        text = exported(window, tmp_path, fmt)
        assert "lanjutan. Paragraf baru" not in text, fmt


def test_line_breaks_kept_in_a_draft_are_paragraphs_in_every_export(
        make_window: Factory, tmp_path: Path) -> None:
    window = make_window()
    window.release.body = [Paragraph("Baris satu.\nBaris dua.\n\nBaris tiga.")]
    for fmt in ("txt", "docx"):
        text = exported(window, tmp_path, fmt)
        assert "Baris satu." in text and "Baris satu. Baris dua." not in text, fmt
    assert "Baris satu.\n\nBaris dua.\n\nBaris tiga." in exported(window, tmp_path)


# ---------------------------------------------------------------- a whole release pasted


def test_whole_release_pasted_into_the_empty_draft_becomes_fields_and_blocks(
        qtbot: QtBot, make_window: Factory, answers: Answers, tmp_path: Path) -> None:
    window = make_window()
    activate(qtbot, window)
    window.release.officials.append(kapolsek())
    window.release_form.title.setFocus()
    QGuiApplication.clipboard().setText(RELEASE)
    qtbot.keySequence(window.release_form.title, QKeySequence.StandardKey.Paste)
    release = window.release
    assert release.title == "Polsek Sukamaju Bersihkan Saluran Air Bersama Warga"
    assert window.release_form.title.text() == release.title
    assert release.dateline == "SUKAMAJU" and release.closing == "(*)"
    assert [type(b) for b in release.body] == [Paragraph, Paragraph, Quote, Quote]
    assert answers.speaker_questions == []
    assert window.tabs.currentWidget() is window.body_form
    assert "Dikenali" in window.statusBar().currentMessage()
    assert exported(window, tmp_path).split("\n\n")[1:] == [
        "Polsek Sukamaju Bersihkan Saluran Air Bersama Warga",
        "SUKAMAJU – Kapolsek Sukamaju, AKP Yoga Prasetya, S.H., bersama warga membersihkan "
        "saluran air di Jalan Melati, Minggu (8/11).",
        "Sebanyak 40 warga dan 12 personel ikut dalam kerja bakti tersebut.",
        "“Saluran yang bersih mencegah genangan saat hujan,” ujar AKP Yoga.",
        "“Kami akan rutin turun setiap bulan,” tandasnya. (*)\n"]
    window.undo_action.trigger()  # one step
    assert window.release.title == "" and window.release.body == []


def test_release_pasted_into_the_first_empty_paragraph_or_the_empty_body(
        qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    start_paragraph(qtbot, window, "")
    paste_text(window.body_form.paragraph, RELEASE)
    assert window.release.dateline == "SUKAMAJU"
    assert len(window.release.body) == 4  # no officials: the quotes stay paragraphs
    assert window.release.body[2] == Paragraph(
        "\"Saluran yang bersih mencegah genangan saat hujan,\" ujar AKP Yoga.")

    other = make_window()
    activate(qtbot, other)
    other.tabs.setCurrentWidget(other.body_form)
    other.body_form.list.list.setFocus()
    QGuiApplication.clipboard().setText(RELEASE)
    qtbot.keySequence(other.body_form.list.list, QKeySequence.StandardKey.Paste)
    assert other.release.title.startswith("Polsek Sukamaju")


def test_unsure_speaker_is_asked(qtbot: QtBot, make_window: Factory,
                                 answers: Answers) -> None:
    window = make_window()
    window.release.officials += [kapolsek(), Official(id="camat", rank="", name="Sri Lestari",
                                                      short_name="Sri",
                                                      position="Camat Sukamaju")]
    answers.speaker = "camat"
    assert window.paste_release("Warga berkumpul di balai desa.\n\n"
                                "“Terima kasih atas kerja samanya,” pungkasnya.")
    assert len(answers.speaker_questions) == 1
    assert window.release.body[1] == Quote(speaker="camat", text="Terima kasih atas kerja "
                                           "samanya", verb="pungkasnya")
    answers.speaker = None  # keep it as written
    assert window.paste_release("Warga berkumpul di balai desa.\n\n"
                                "“Terima kasih atas kerja samanya,” pungkasnya.")
    assert window.release.body[1] == Paragraph(
        "“Terima kasih atas kerja samanya,” pungkasnya.")


def test_paste_release_dialog_from_the_menu(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    window.release.officials.append(kapolsek())
    seen: list[PasteReleaseDialog] = []

    def fill_and_accept() -> None:
        dialog = window.paste_dialog
        assert dialog is not None and dialog.isVisible()
        assert not dialog.ok_button.isEnabled()  # nothing pasted yet
        dialog.editor.setPlainText(RELEASE)
        assert "dateline SUKAMAJU" in dialog.summary.text()
        assert "2 kutipan" in dialog.summary.text()
        seen.append(dialog)
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    window.paste_release_action.trigger()
    assert seen and window.release.title.startswith("Polsek Sukamaju")
    assert [type(b) for b in window.release.body] == [Paragraph, Paragraph, Quote, Quote]


# ---------------------------------------------------------------- adding blocks


def test_add_block_goes_after_the_selected_one_by_menu_and_shortcut(
        qtbot: QtBot, make_window: Factory, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = make_window()
    activate(qtbot, window)
    assert window.open_path(sample_draft())
    body = window.body_form
    window.tabs.setCurrentWidget(body)
    before = len(window.release.body)
    body.list.select(1)
    menu = body.list.add_button.menu()
    assert isinstance(menu, QMenu)
    paragraph = next(a for a in menu.actions() if a.shortcut().toString() == "Ctrl+Shift+P")
    paragraph.trigger()
    assert isinstance(window.release.body[2], Paragraph) and window.release.body[2].text == ""
    assert body.list.current_row() == 2
    assert body.pages.currentIndex() == 1  # the paragraph editor, ready to type in

    body.list.select(0)
    body.list.list.setFocus()
    qtbot.keySequence(body.list.list, QKeySequence("Ctrl+Shift+Q"))
    assert isinstance(window.release.body[1], Quote) and body.list.current_row() == 1

    photo = tmp_path / "foto.jpg"
    photo.write_bytes((sample_draft().parent / "foto-sosialisasi.jpg").read_bytes())
    monkeypatch.setattr(body, "_ask_photo", lambda: photo)
    body.list.select(0)
    qtbot.keySequence(body.list.list, QKeySequence("Ctrl+Shift+F"))
    assert isinstance(window.release.body[1], Photo)
    assert len(window.release.body) == before + 3

    window.tabs.setCurrentIndex(0)  # the shortcuts work from any tab
    window.release_form.title.setFocus()
    qtbot.keySequence(window.release_form.title, QKeySequence("Ctrl+Shift+P"))
    assert window.tabs.currentWidget() is body and isinstance(
        window.release.body[body.list.current_row()], Paragraph)


def test_every_shortcut_of_the_window_is_unique(make_window: Factory) -> None:
    window = make_window()
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window.new_action)):
        for sequence in action.shortcuts():
            key = sequence.toString()
            if not key:
                continue
            assert key not in seen, f"{key}: {seen.get(key)} and {action.text()}"
            seen[key] = action.text()
    assert {"Ctrl+Shift+P", "Ctrl+Shift+Q", "Ctrl+Shift+F", "Ctrl+Shift+V"} <= set(seen)


def test_preview_scrolls_to_the_block_being_edited(qtbot: QtBot,
                                                   make_window: Factory) -> None:
    window = make_window()
    window.resize(1100, 520)
    release = load_draft(sample_draft())
    release.body += [Paragraph(f"Paragraf tambahan nomor {n} untuk memanjangkan rilis ini "
                               "sehingga pratinjau perlu digulir ke bawah.")
                     for n in range(1, 30)]
    window.set_release(release, None)
    wait_preview(qtbot, window)
    window.tabs.setCurrentWidget(window.body_form)
    bar = window.preview.verticalScrollBar()
    assert bar.maximum() > 0
    last = len(release.body) - 1
    window.body_form.list.select(last)
    qtbot.waitUntil(lambda: bar.value() > 0)
    span = window.preview.block_span(f"body.{last}")
    assert span is not None
    assert bar.value() <= span[0] <= bar.value() + window.preview.viewport().height()
    window.body_form.list.select(0)
    assert bar.value() < span[0] / 2  # back up to the first block
    # typing in the last block keeps it in view after each render
    window.body_form.list.select(last)
    cursor = window.body_form.paragraph.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.body_form.paragraph.setTextCursor(cursor)
    bar.setValue(0)
    qtbot.keyClicks(window.body_form.paragraph, " Selesai.")
    wait_preview(qtbot, window)
    assert bar.value() > 0


# ---------------------------------------------------------------- empty blocks


def test_empty_quote_and_paragraph_leave_nothing_in_any_export(
        make_window: Factory, tmp_path: Path) -> None:
    window = make_window()
    window.release.officials.append(kapolsek())
    window.release.dateline = "Sukamaju"
    window.release.body = [Paragraph(""), Quote(speaker="kapolsek", text="  ")]
    for fmt in ("txt", "html", "docx"):
        text = exported(window, tmp_path, fmt)
        assert "SUKAMAJU – (*)" not in text and "“,”" not in text, fmt
        assert "ujar" not in text, fmt
    window.release.body.append(Paragraph("Isi pertama."))
    window.release.body.append(Quote(speaker="kapolsek", text=""))
    for fmt in ("txt", "html", "docx"):
        text = exported(window, tmp_path, fmt)
        assert "SUKAMAJU – Isi pertama. (*)" in text.replace("<b>", "").replace("</b>", ""), fmt
        assert "ujar" not in text, fmt
