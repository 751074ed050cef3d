"""No English where Indonesian is selected (issue 11, point 6).

Each dialog and right-click menu a user meets is opened for real (offscreen), its labels,
button texts, column headers and tooltips read, and compared with the English labels Qt
would show without the ``qtbase_id`` catalogue. Blocking dialogs are opened through the
window's own ``ask_*`` methods (not the test's stand-ins) and closed by a timer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.desk.recovery import RecoveredDraft
from ui import app as ui_app
from ui.dialogs import file_dialog
from ui.i18n import install_translator, translations_dir
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.template_manager import TemplateManager

Factory = Callable[..., MainWindow]

ENGLISH = frozenset(line.strip() for line in """
cancel
yes
no
save
discard
close
open
apply
reset
help
abort
retry
ignore
don't save
save all
yes to all
no to all
restore defaults
close without saving
undo
redo
cut
copy
paste
delete
select all
copy link location
look in
file name
files of type
back
forward
parent directory
create new folder
list view
detail view
name
size
type
kind
date modified
my computer
show details
hide details
step up
step down
new folder
rename
choose
print
properties
options
printer
copies
float
sidebar
recent places
show hidden files
insert unicode control character
scroll here
all files (*)
directory:
enter a value
go back
go forward
go to the parent directory
""".strip().splitlines())
"""Qt's English labels, lower case, without ``&`` and trailing colons or dots."""


def normal(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.split("\t")[0]  # a menu entry's shortcut
    return re.sub(r"[\s.:…]+$", "", text.strip()).lower()


def texts_of(widget: QWidget) -> list[str]:
    """What a user can read in ``widget``: title, labels, buttons, items, headers, tips."""
    found = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QWidget) and not child.isVisibleTo(widget) and child is not widget:
            continue
        if isinstance(child, QAbstractButton):
            found += [child.text(), child.toolTip()]
        elif isinstance(child, QLabel):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QComboBox):
            found += [child.itemText(index) for index in range(child.count())]
        elif isinstance(child, QHeaderView) and child.model() is not None:
            model = child.model()
            found += [str(model.headerData(section, child.orientation()) or "")
                      for section in range(model.columnCount() if child.orientation()
                                           == Qt.Orientation.Horizontal
                                           else 0)]
    if isinstance(widget, QMenu):
        found += [action.text() for action in widget.actions()]
        for action in widget.actions():
            if action.menu() is not None:
                found += [sub.text() for sub in action.menu().actions()]
    return [text for text in found if text]


def english_in(texts: list[str]) -> list[str]:
    return [text for text in texts if normal(text) in ENGLISH]


@pytest.fixture(autouse=True)
def indonesian(qapp: QApplication) -> Iterator[None]:
    assert install_translator("id"), "qtbase_id.qm missing: run python -m ui.i18n"
    yield
    install_translator("id")


def read_modal(action: Callable[[], object], close: Callable[[QWidget], None] | None = None,
               ) -> list[str]:
    """Run ``action`` (which opens a modal dialog), read the dialog, then close it."""
    seen: list[str] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, inspect)
            return
        seen.extend(texts_of(dialog))
        seen.append("\0read")
        (close or (lambda d: d.close() if not isinstance(d, QDialog) else d.reject()))(dialog)

    QTimer.singleShot(0, inspect)
    action()
    assert "\0read" in seen, "the dialog was never shown"
    return [text for text in seen if text != "\0read"]


def read_popup(widget: QWidget, position: QPoint | None = None) -> list[str]:
    """Right-click ``widget`` for real and read the menu that pops up."""
    seen: list[str] = []

    def inspect() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, inspect)
            return
        seen.extend(texts_of(popup))
        seen.append("\0read")
        popup.close()

    QTimer.singleShot(0, inspect)
    point = position or QPoint(5, 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    deadline = time.monotonic() + 3
    while "\0read" not in seen and time.monotonic() < deadline:
        QApplication.processEvents()  # a text browser's menu pops up without blocking
    assert "\0read" in seen, "no menu popped up"
    return [text for text in seen if text != "\0read"]


def test_the_catalogue_for_qt_strings_is_complete_and_compiled() -> None:
    ts = (translations_dir() / "qtbase_id.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert (translations_dir() / "qtbase_id.qm").stat().st_size > 1000
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    assert QApplication.translate("QLineEdit", "&Paste") == "&Tempel"


def test_message_box_buttons(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    box = QMessageBox(window)
    every = QMessageBox.StandardButton
    for button in (every.Ok, every.Cancel, every.Yes, every.No, every.Save, every.Discard,
                   every.Close, every.Open, every.Apply, every.Help, every.Abort, every.Retry,
                   every.Ignore, every.YesToAll, every.NoToAll, every.SaveAll, every.Reset,
                   every.RestoreDefaults):
        box.addButton(button)
    box.setDetailedText("rincian")
    box.show()
    texts = texts_of(box)
    assert {"Batal", "&Ya", "&Tidak", "Simpan", "Buang", "Tutup"} <= set(texts)
    assert english_in(texts) == []
    box.close()


def test_save_changes_question_speaks_indonesian(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    texts = read_modal(lambda: MainWindow.ask_save_changes(window))
    assert "Simpan" in texts and "Buang" in texts and "Batal" in texts
    assert english_in(texts) == []


@pytest.mark.parametrize("ask", ["open", "save", "folder"])
def test_file_dialogs_speak_indonesian(qtbot: QtBot, make_window: Factory, tmp_path: Path,
                                       ask: str) -> None:
    window = make_window()
    (tmp_path / "contoh.rilis").write_text("{}", encoding="utf-8")
    if ask == "open":
        texts = read_modal(lambda: MainWindow.ask_open_path(window))
    elif ask == "save":
        texts = read_modal(lambda: MainWindow.ask_save_path(
            window, str(tmp_path / "rilis.rilis"), "Draf Rilis (*.rilis)", "Simpan draf"))
    else:
        dialog = file_dialog(window, "Folder", str(tmp_path),
                             mode=QFileDialog.FileMode.Directory)
        texts = read_modal(dialog.exec)
    joined = " | ".join(texts)
    assert "Batal" in texts, joined
    assert any(normal(text) in ("nama berkas", "folder") for text in texts), joined
    assert english_in(texts) == [], joined


def test_input_and_template_dialogs(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    texts = read_modal(lambda: MainWindow.ask_template(window))
    assert "Batal" in texts and english_in(texts) == []
    manager = TemplateManager("", window)
    manager.show()
    texts = texts_of(manager)
    assert "Tutup" in texts and english_in(texts) == [], texts
    manager.close()
    settings = SettingsDialog(window.settings, window)
    settings.show()
    texts = texts_of(settings)
    assert "Batal" in texts and english_in(texts) == [], texts
    settings.close()


def test_recovery_question(qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    window = make_window()
    orphan = RecoveredDraft("slot", tmp_path / "salinan.rilis", None,
                            "2026-12-01T02:15:00Z", "Patroli Pasar")
    box = ui_app.recovery_question(window, orphan)
    box.show()
    texts = texts_of(box)
    assert english_in(texts) == [], texts
    box.close()


def test_print_dialog_strings_are_in_the_catalogue() -> None:
    """Qt's print dialog crashes without a print system (offscreen here), so its labels
    are checked in the catalogue rather than on screen."""
    for context, source in (("QPrintDialog", "&Print"), ("QPrintDialog", "All Pages"),
                            ("QPrintWidget", "Printer"), ("QPrintWidget", "P&roperties"),
                            ("QPrintSettingsOutput", "Copies:"),
                            ("QPageSetupWidget", "Orientation"),
                            ("QPlatformTheme", "Cancel")):
        translated = QApplication.translate(context, source)
        assert translated != source and normal(translated) not in ENGLISH, (context, source)


def test_every_right_click_menu(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    form = window.release_form
    window.tabs.setCurrentWidget(form)
    qtbot.keyClicks(form.title, "Patroli dialogis di pasar")
    form.title.selectAll()
    menus = {"judul": read_popup(form.title)}
    window.tabs.setCurrentWidget(window.event_form)
    menus["tanggal"] = read_popup(window.event_form.date.line)
    menus["pukul"] = read_popup(window.event_form.time)
    window.tabs.setCurrentWidget(window.body_form)
    window.add_body_block("paragraph")
    qtbot.keyClicks(window.body_form.paragraph, "Warga menyambut baik.")
    menus["paragraf"] = read_popup(window.body_form.paragraph.viewport())
    menus["pratinjau"] = read_popup(window.preview.viewport(), QPoint(40, 40))
    settings = SettingsDialog(window.settings, window)
    settings.show()
    menus["angka"] = read_popup(settings.findChildren(QSpinBox)[0])
    settings.close()
    for name, texts in menus.items():
        assert texts, name
        assert english_in(texts) == [], (name, texts)
    assert "tempel" in [normal(text) for text in menus["judul"]]
    assert "pilih semua" in [normal(text) for text in menus["paragraf"]]
