"""Review mode at a laptop's 1366×768 (issue 11, point 7): the preview keeps its room, every
tab stays reachable, read-only fields look read-only, the panel leaves with the mode, rows
are not cut and the status bar never paints over itself. Screenshots go to the test's
folder (and to ``RILIS_SCREENSHOTS`` when set) to be looked at."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from app.base.paths import samples_dir
from tests.ui.conftest import wait_preview
from ui.app import application
from ui.i18n import install_translator
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]
LONG_COMMENT = ("Mohon inisial tersangka pada paragraf kedua diperiksa lagi, dan pastikan "
                "tidak ada nama lengkap, alamat rumah, atau nama sekolah anak yang tersebut di "
                "bagian mana pun dari rilis ini sebelum dikirim ke grup wartawan.")


@pytest.fixture(autouse=True)
def app_style(qapp: QApplication) -> Iterator[None]:
    """The window as the officer sees it: Rilis's style sheet, Indonesian throughout."""
    sheet, font = qapp.styleSheet(), qapp.font()
    application()
    install_translator("id")
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def save_shot(window: MainWindow, tmp_path: Path, name: str) -> Path:
    target = Path(os.environ.get("RILIS_SCREENSHOTS", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    path = target / name
    assert window.grab().save(str(path))
    return path


def review_window(qtbot: QtBot, make_window: Factory) -> MainWindow:
    window = make_window()
    window.resize(1366, 768)
    assert window.open_path(samples_dir() / "pengungkapan-kasus.rilis")
    wait_preview(qtbot, window)
    window.reviewer = "Kompol Hartono"
    window.set_review_mode(True)
    QApplication.processEvents()
    return window


def test_review_mode_leaves_the_preview_room_and_every_tab_in_sight(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    window = review_window(qtbot, make_window)
    qtbot.waitUntil(lambda: window.review_panel.isVisible())
    assert window.preview.width() >= 500, window.preview.width()
    bar = window.tabs.tabBar()
    shown = [index for index in range(bar.count()) if bar.isTabVisible(index)]
    for index in shown:
        rect = bar.tabRect(index)
        assert bar.rect().contains(rect), (bar.tabText(index), rect, bar.rect())
        assert QFontMetrics(bar.font()).horizontalAdvance(bar.tabText(index)) < rect.width()
    assert window.tabs.tabText(shown[-1]) == "Terbit"
    assert not bar.usesScrollButtons()
    save_shot(window, tmp_path, "tinjauan-1366.png")


def test_read_only_fields_look_read_only(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    field = window.release_form.dateline
    field.setText("Ngawi")

    def background() -> tuple[int, int, int]:
        image = field.grab().toImage()
        colour = image.pixelColor(image.width() - 6, image.height() // 2)
        return colour.red(), colour.green(), colour.blue()

    editable = background()
    window.set_review_mode(True)
    read_only = background()
    assert editable == (255, 255, 255)
    assert read_only != editable and max(read_only) < 245
    window.set_review_mode(False)
    assert background() == editable


def test_the_review_panel_leaves_with_review_mode(qtbot: QtBot, make_window: Factory) -> None:
    window = review_window(qtbot, make_window)
    preview_before = window.preview.width()
    window.set_review_mode(False)
    QApplication.processEvents()
    assert not window.review_panel.isVisible()
    assert not window.review_panel_action.isChecked()
    assert window.preview.width() >= preview_before
    window.toggle_review_panel()  # F8 still shows it on demand
    assert window.review_panel.isVisible()


def rows_fit(view: QListWidget) -> list[str]:
    """Rows whose text needs more height than the row has at the list's width."""
    cut = []
    width = view.viewport().width()
    metrics = view.fontMetrics()
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        icon = view.iconSize().width() + 8 if not item.icon().isNull() else 0
        needed = metrics.boundingRect(QRect(0, 0, width - icon - 12, 10000),
                                      int(Qt.TextFlag.TextWordWrap), item.text()).height()
        if rect.height() < needed:
            cut.append(f"{item.text()[:40]}: {rect.height()} < {needed}")
    return cut


def test_comments_and_checklist_rows_are_not_cut(qtbot: QtBot, make_window: Factory,
                                                 tmp_path: Path) -> None:
    window = review_window(qtbot, make_window)
    assert window.comment(LONG_COMMENT, 1)
    assert window.comment("Judul sudah baik.", -1)
    panel = window.review_panel
    qtbot.waitUntil(lambda: panel.checklist.count() > 5, timeout=15000)
    qtbot.waitUntil(lambda: rows_fit(panel.comments) == [] and rows_fit(panel.checklist) == [],
                    timeout=3000)
    window.resizeDocks([panel], [300], Qt.Orientation.Horizontal)  # narrower: rows re-wrap
    qtbot.waitUntil(lambda: rows_fit(panel.comments) == [] and rows_fit(panel.checklist) == [],
                    timeout=3000)
    for button in (panel.report_html, panel.report_docx, panel.resolve_button,
                   panel.add_comment_button):
        right = button.mapTo(panel, button.rect().topRight()).x()
        assert right <= panel.width(), button.text()
    save_shot(window, tmp_path, "tinjauan-komentar-1366.png")


def test_a_long_path_in_the_status_bar_is_shortened_not_painted_over(
        qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    window.resize(1366, 768)
    QApplication.processEvents()
    path = ("/home/humas/Dokumen/Rilis/2026/November/Satreskrim/" + "subfolder/" * 12
            + "pengungkapan-kasus-narkoba-jaringan-antarkabupaten.rilis")
    bar = window.statusBar()
    bar.showMessage(f"Tersimpan: {path}", 5000)
    shown = bar.currentMessage()
    assert shown != f"Tersimpan: {path}" and "…" in shown
    assert shown.startswith("Tersimpan:") and shown.endswith("antarkabupaten.rilis")
    labels = window.stats_label.mapTo(bar, window.stats_label.rect().topLeft()).x()
    review = window.review_label.mapTo(bar, window.review_label.rect().topLeft()).x()
    assert bar.fontMetrics().horizontalAdvance(shown) < min(labels, review)
    assert bar.toolTip() == f"Tersimpan: {path}"
    bar.showMessage("Rilis disalin sebagai teks.", 4000)
    assert bar.currentMessage() == "Rilis disalin sebagai teks." and bar.toolTip() == ""
