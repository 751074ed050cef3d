"""Starting the desktop app: QApplication, language, crash recovery, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.base.paths import resources_dir
from app.base.settings import load_settings
from app.desk.recovery import RecoveredDraft, discard_orphan, find_orphans
from app.release.indonesian import format_timestamp
from ui.binding_check import FIX_COMMAND, leaks_true_references
from ui.i18n import install_translator
from ui.main_window import MainWindow

logger = logging.getLogger(__name__)

CONTEXT = "App"
SCREENSHOT_TIMEOUT_MS = 15000


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def application() -> QApplication:
    """The one QApplication (created on first call), styled and translated."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Rilis")
    app.setOrganizationName("Rilis")
    app.setApplicationDisplayName("Rilis")
    app.setStyle("Fusion")
    style = resources_dir() / "styles" / "rilis.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(QFont(font))
    return app


def recovery_question(parent: QWidget | None, orphan: RecoveredDraft) -> QMessageBox:
    """The question after a crash, with the copy's time in Indonesian local time and
    buttons that say what they do (Qt's own Yes/No would be English)."""
    name = orphan.title or (orphan.source.name if orphan.source else _tr("draf tanpa nama"))
    saved = format_timestamp(orphan.saved).replace(" ", "\u00a0") \
        or _tr("waktu tidak diketahui")  # the moment never breaks across lines
    box = QMessageBox(parent)
    box.setObjectName("recoveryQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Pulihkan draf?"))
    box.setText(_tr("Rilis tidak ditutup dengan benar. Ada perubahan yang belum disimpan pada "
                    "“{name}”.").format(name=name))
    box.setInformativeText(_tr("Salinan terakhir: {saved}.\n\nPulihkan sekarang?").format(
        saved=saved))
    restore = box.addButton(_tr("Pulihkan"), QMessageBox.ButtonRole.YesRole)
    box.addButton(_tr("Buang salinan"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(restore)
    return box


def offer_recovery(window: MainWindow, orphans: list[RecoveredDraft]) -> bool:
    """Ask whether to restore the newest copy a crash left behind; True when restored."""
    if not orphans:
        return False
    newest = orphans[0]
    box = recovery_question(window, newest)
    box.exec()
    clicked = box.clickedButton()
    role = box.buttonRole(clicked) if clicked is not None else None
    if role == QMessageBox.ButtonRole.YesRole:
        return window.restore_recovered(newest)
    if role == QMessageBox.ButtonRole.NoRole:
        discard_orphan(newest)
    return False  # closed without an answer: the copy is offered again next time


def _error_to_stderr(title: str, message: str) -> None:
    """No one can click a dialog in screenshot mode: say it on stderr instead."""
    sys.stderr.write(f"rilis: {title}: {message}\n")


def wait_for_preview(window: MainWindow, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Spin the event loop until the preview shows the latest requested render."""
    if window.preview.shown_generation >= window.renderer.generation:
        return True
    loop = QEventLoop()

    def check(_generation: int) -> None:
        if window.preview.shown_generation >= window.renderer.generation:
            loop.quit()

    window.previewShown.connect(check)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    window.previewShown.disconnect(check)
    return window.preview.shown_generation >= window.renderer.generation


def wait_for_checklist(window: MainWindow, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Spin the event loop until the review panel shows its checklist."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: loop.quit() if window.review_panel.items else None)
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    if not window.review_panel.items:
        loop.exec()
    timer.stop()
    for _ in range(3):  # let the rows take their wrapped heights
        QCoreApplication.processEvents()
    return bool(window.review_panel.items)


def run(draft: Path | None, screenshot: Path | None = None, review: bool = False,
        size: tuple[int, int] | None = None) -> int:
    """Show the window (with ``draft`` if given); with ``screenshot``, save one and quit
    (``review``: in review mode, with the checklist; ``size``: the window's size)."""
    app = application()
    settings = load_settings()
    install_translator(settings.language)
    if leaks_true_references():
        import PySide6

        message = _tr(
            "Pustaka Qt (PySide6 {version}) pada Python {python} ini rusak: aplikasi akan "
            "berhenti mendadak setelah beberapa menit mengetik. Pasang versi yang aman "
            "dengan perintah berikut, lalu buka Rilis lagi:\n\n{command}").format(
                version=PySide6.__version__, python=sys.version.split()[0],
                command=FIX_COMMAND)
        logger.critical("%s", message)
        if screenshot is None:
            QMessageBox.critical(None, _tr("Rilis tidak dapat dibuka"), message)
        else:
            _error_to_stderr(_tr("Rilis tidak dapat dibuka"), message)
        return 3
    window = MainWindow(settings)
    if screenshot is not None:
        window.show_error = _error_to_stderr  # type: ignore[method-assign]
    if draft is not None and not window.open_path(draft) and screenshot is not None:
        window.renderer.shutdown()
        return 2
    if size is not None:
        window.resize(*size)
    window.show()
    if screenshot is not None:
        if review:
            window.reviewer = window.settings.author or _tr("Peninjau")
            window.set_review_mode(True)
            if not wait_for_checklist(window):
                logger.error("review checklist not ready in time")
                return 1
        if not wait_for_preview(window):
            logger.error("preview not rendered in time")
            return 1
        app.processEvents()
        image = window.grab()
        ok = image.save(str(screenshot))
        window.autosaver.discard()
        window.renderer.shutdown()
        return 0 if ok else 1
    QTimer.singleShot(0, lambda: offer_recovery(window, find_orphans()))
    status = app.exec()
    return int(status)
