"""Opening a reviewed DOCX in the app: each change in place with Terima/Tolak, comments
beside; applying writes the draft beside the DOCX, records a version and fills the review
panel. A DOCX without a draft asks to accept or reject all, never mixing."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.release.draftfile import content_of, load_draft
from app.release.model import Official, Paragraph, Quote, Release
from app.render.export import export_bytes
from tests.core.word_review_xml import WordComment, WordReview
from tests.ui import conftest as ui_conftest
from tests.ui.conftest import Answers, wait_preview
from ui.main_window import MainWindow
from ui.returned_review import ReturnedReviewDialog

make_window = ui_conftest.make_window  # the window fixtures of tests/ui
answers = ui_conftest.answers
SHOTS_VARIABLE = "RILIS_SHOTS"
"""A folder to keep the screenshots in (docs/review-roundtrip-*.png); a temporary one
otherwise."""


def _release() -> Release:
    return Release(
        title="Polsek Wanasari Gelar Ronda Bersama Warga", dateline="Wanasari",
        officials=[Official(id="kapolsek", rank="AKP", name="Bagus Hartono",
                            short_name="Bagus", position="Kapolsek Wanasari")],
        body=[Paragraph(text="Ratusan warga Desa Sidomulyo mengikuti ronda malam bersama "
                             "@kapolsek pada Sabtu malam. Ronda dimulai dari balai desa."),
              Quote(speaker="kapolsek", text="Keamanan kampung adalah tanggung jawab bersama",
                    verb="ujar"),
              Paragraph(text="Kegiatan ditutup dengan doa bersama di pos kamling.")])


def _returned(tmp_path: Path, release: Release) -> Path:
    data = export_bytes(release, "docx")
    review = WordReview.of(data)
    removed, added = review.replace("Ratusan", "Puluhan", "Kasi Humas", "2026-11-20T09:15:00Z")
    review.comment(removed, added,
                   WordComment("Kasi Humas", "2026-11-20T09:15:00Z", "Angka pastinya?"),
                   WordComment("Kabag Ops", "2026-11-20T12:40:00Z", "Sekitar enam puluh."))
    review.delete(" Ronda dimulai dari balai desa.", "Kasi Humas", "2026-11-20T09:16:00Z")
    review.replace("tanggung jawab", "kewajiban", "Kabag Ops", "2026-11-20T12:41:00Z")
    path = tmp_path / "ronda-ditinjau.docx"
    path.write_bytes(review.save(data))
    return path


def _dialog(window: MainWindow) -> ReturnedReviewDialog:
    dialog = getattr(window, "returned_dialog", None)
    assert isinstance(dialog, ReturnedReviewDialog)
    return dialog


def test_the_review_is_shown_and_applied_per_change(
        make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path) -> None:
    shots = Path(os.environ.get(SHOTS_VARIABLE) or tmp_path / "shots")
    release = _release()
    path = _returned(tmp_path, release)
    window = make_window()
    assert window.open_docx_path(path)
    dialog = _dialog(window)
    assert [row.change.kind for row in dialog.rows] == ["delete", "insert", "delete",
                                                        "delete", "insert"]
    assert "line-through" in dialog.rows[0].text.text() and "Ratusan" in \
        dialog.rows[0].text.text()
    assert dialog.comments.count() == 2 and "↳" in dialog.comments.item(1).text()
    assert not dialog.apply_button.isEnabled()  # nothing decided yet
    shots.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(shots / "review-roundtrip-dialog.png"))
    dialog.decide_all(True)
    dialog.rows[2].decide(False)  # keep the sentence the reviewer struck
    assert dialog.status.text() == "4 diterima, 1 ditolak, 0 belum diputuskan"
    dialog.apply_button.click()
    saved = tmp_path / "ronda-ditinjau.rilis"
    assert window.path == saved.resolve()
    got = load_draft(saved)
    first, quote = got.body[0], got.body[1]
    assert isinstance(first, Paragraph) and isinstance(quote, Quote)
    assert first.text == ("Puluhan warga Desa Sidomulyo mengikuti ronda malam bersama "
                          "@kapolsek pada Sabtu malam. Ronda dimulai dari balai desa.")
    assert quote.text == "Keamanan kampung adalah kewajiban bersama"
    assert got.versions[-1].by == "Kabag Ops, Kasi Humas"
    assert [(c.author, c.block) for c in window.release.review.comments] == [
        ("Kasi Humas", 0), ("Kabag Ops", 0)]
    assert window.review_panel.isVisible()
    wait_preview(qtbot, window)
    assert window.grab().save(str(shots / "review-roundtrip-window.png"))


def test_reject_all_gives_the_original(make_window: Callable[..., MainWindow],
                                       tmp_path: Path) -> None:
    release = _release()
    window = make_window()
    assert window.open_docx_path(_returned(tmp_path, release))
    dialog = _dialog(window)
    dialog.reject_all_button.click()
    dialog.apply_button.click()
    assert content_of(load_draft(tmp_path / "ronda-ditinjau.rilis")) == content_of(release)


@pytest.mark.parametrize(("button", "word"), [("Terima semua", "Puluhan"),
                                              ("Tolak semua", "Ratusan"), ("Cancel", None)])
def test_a_foreign_docx_asks_accept_or_reject_all(make_window: Callable[..., MainWindow],
                                                  answers: Answers,
                                                  tmp_path: Path, button: str,
                                                  word: str | None) -> None:
    document = docx.Document()
    document.add_paragraph("Warga Bersihkan Saluran Air", style="Title")
    document.add_paragraph("Ratusan warga membersihkan saluran air.")
    path = tmp_path / "luar.docx"
    document.save(str(path))
    review = WordReview.of(path.read_bytes())
    review.replace("Ratusan", "Puluhan", "Kasi Humas", "2026-11-20T09:15:00Z")
    path.write_bytes(review.save(path.read_bytes()))
    window = make_window()

    asked: list[str] = []
    done: list[bool] = []

    def answer() -> None:
        """Answer the question with ``button``, then close the import notice."""
        if done:
            return
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(50, answer)
            return
        box = boxes[0]
        asked.append(box.text())
        wanted = button if len(asked) == 1 else "OK"
        for candidate in box.buttons():
            if candidate.text().replace("&", "") in (wanted, "Batal", "Oke"):
                candidate.click()
                break
        else:
            box.buttons()[-1].click()
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    opened = window.open_docx_path(path)
    done.append(True)
    assert asked and "perubahan terlacak" in asked[0], (opened, answers.errors)
    if word is None:
        assert not opened
        return
    assert opened
    assert [getattr(b, "text", "") for b in window.release.body] == [
        f"{word} warga membersihkan saluran air."]

