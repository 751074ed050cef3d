"""*Samarkan foto*: faces detected, rectangles dragged and clicked away, and the regions
reach the exported copy through the photo block — the original file is never written."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.release.model import Photo
from app.render.templating import render_document
from tests.core.test_blur import scene
from ui.blur_dialog import BlurDialog
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]


def face_photo(path: Path) -> Path:
    """The core tests' scene: a drawn face centred at (300, 220) of 800×500."""
    return scene(path)


def point(dialog: BlurDialog, x: float, y: float) -> QPoint:
    """Widget coordinates of the photo point (x, y) given as fractions."""
    rect = dialog.canvas.image_rect()
    return QPoint(int(rect.left() + x * rect.width()), int(rect.top() + y * rect.height()))


def test_detect_drag_and_click(qtbot: QtBot, tmp_path: Path) -> None:
    photo = face_photo(tmp_path / "warga.png")
    before = hashlib.sha256(photo.read_bytes()).hexdigest()
    dialog = BlurDialog(str(photo), [])
    qtbot.addWidget(dialog)
    dialog.resize(820, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.detect() == 1
    face = dialog.regions()[0]
    assert face[0] < 300 / 800 < face[0] + face[2]
    assert "1 wajah ditemukan" in dialog.status.text()
    assert dialog.detect() == 0  # the same face is not added twice

    canvas = dialog.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=point(dialog, 0.7, 0.1))
    qtbot.mouseMove(canvas, point(dialog, 0.8, 0.3))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=point(dialog, 0.9, 0.4))
    assert len(dialog.regions()) == 2
    drawn = dialog.regions()[1]
    assert abs(drawn[0] - 0.7) < 0.01 and abs(drawn[2] - 0.2) < 0.01
    assert dialog.status.text() == "2 daerah disamarkan."
    assert dialog.grab().save(str(tmp_path / "samarkan.png"))

    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point(dialog, 0.8, 0.2))
    assert dialog.regions() == [face]
    assert hashlib.sha256(photo.read_bytes()).hexdigest() == before


def test_photo_block_opens_the_dialog_and_the_export_is_blurred(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    photo = face_photo(tmp_path / "warga.png")
    before = photo.read_bytes()
    window = make_window()
    window.tabs.setCurrentWidget(window.body_form)
    window.body_form.add_photo(photo)
    block = window.release.body[-1]
    assert isinstance(block, Photo)
    assert window.body_form.blur_button.isVisible()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BlurDialog)
        dialog.detect()
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(window.body_form.blur_button, Qt.MouseButton.LeftButton)
    assert len(block.blur_regions) == 1
    assert window.undo_stack.undoText().endswith("Samarkan foto")
    sources = [b.src for b in render_document(window.release).blocks if hasattr(b, "src")]
    assert sources and sources[0] != str(photo)
    assert photo.read_bytes() == before
    window.undo_stack.undo()
    assert window.release.photos()[0].blur_regions == []
