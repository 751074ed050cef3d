"""The main window's QActions, menus and toolbar, built in one place.

Every command has one QAction with its standard shortcut, shared by the menus, the
toolbar and the *Isi* tab's add button; the actions are kept on the window
(``window.save_action``, ``window.export_actions["pdf"]``…) for enabling and for tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ui.body_commands import ADD_BLOCK_SHORTCUTS
from ui.file_commands import EXPORT_FORMATS

if TYPE_CHECKING:
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)

CONTEXT = "MainWindow"
"""The window's translation context: these strings were the window's and stay so."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WindowActions:
    """The actions, menus and toolbar :func:`make_actions` and :func:`make_menus` put on
    the main window (a base of ``MainWindow``: declared here, beside what makes them)."""

    new_action: QAction
    open_action: QAction
    save_action: QAction
    save_as_action: QAction
    copy_text_action: QAction
    copy_wa_action: QAction
    copy_wa_short_action: QAction
    blur_action: QAction
    paste_release_action: QAction
    print_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    export_actions: dict[str, QAction]
    check_action: QAction
    starter_new_action: QAction
    starter_save_action: QAction
    add_block_actions: dict[str, QAction]
    library_action: QAction
    review_action: QAction
    review_panel_action: QAction
    compare_action: QAction
    report_actions: dict[str, QAction]
    settings_action: QAction
    recent_menu: QMenu
    export_menu: QMenu
    edit_menu: QMenu
    toolbar: QToolBar


def action(window: MainWindow, text: str, slot: Callable[[], object],
           shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
           icon: str = "") -> QAction:
    made = QAction(text, window)
    if shortcut is not None:
        made.setShortcut(QKeySequence(shortcut))
    if icon:
        made.setIcon(QIcon.fromTheme(icon))
    made.triggered.connect(lambda _checked=False: slot())
    return made


def make_actions(window: MainWindow) -> None:
    """Every command of the window as an action on it."""
    key = QKeySequence.StandardKey
    files, review, body = window.files, window.review, window.body
    w = window
    w.new_action = action(w, _tr("&Baru…"), files.new_draft, key.New, "document-new")
    w.open_action = action(w, _tr("B&uka…"), files.open_dialog, key.Open, "document-open")
    w.save_action = action(w, _tr("&Simpan"), w.save, key.Save, "document-save")
    w.save_as_action = action(w, _tr("Simpan sebaga&i…"), w.save_as, key.SaveAs,
                              "document-save-as")
    w.copy_text_action = action(w, _tr("Sa&lin sebagai teks"), files.copy_as_text,
                                "Ctrl+Shift+C")
    w.copy_wa_action = action(w, _tr("Salin untuk &WhatsApp"), files.copy_for_whatsapp,
                              "Ctrl+Shift+W")
    w.copy_wa_short_action = action(w, _tr("Salin &versi singkat (WhatsApp)"),
                                    partial(files.copy_for_whatsapp, True))
    w.blur_action = action(w, _tr("Sa&markan foto…"), body.blur_photo)
    w.paste_release_action = action(w, _tr("Tem&pel rilis…"), body.paste_release_dialog,
                                    "Ctrl+Shift+V", "edit-paste")
    w.print_action = action(w, _tr("&Cetak…"), files.print_dialog, key.Print,
                            "document-print")
    w.quit_action = action(w, _tr("&Keluar"), w.close, key.Quit)
    w.undo_action = w.undo_stack.createUndoAction(w, _tr("&Urungkan"))
    w.undo_action.setShortcut(QKeySequence(key.Undo))
    w.redo_action = w.undo_stack.createRedoAction(w, _tr("U&lang"))
    w.redo_action.setShortcut(QKeySequence(key.Redo))
    menu_labels = {"docx": _tr("&Word (DOCX)…"), "html": _tr("&HTML…"),
                   "txt": _tr("&Teks…"), "pdf": _tr("&PDF…")}
    w.export_actions = {fmt: action(w, menu_labels[fmt], partial(files.export_dialog, fmt))
                        for fmt in EXPORT_FORMATS}
    w.export_actions["pdf"].setShortcut(QKeySequence("Ctrl+E"))
    w.check_action = action(w, _tr("&Periksa ejaan dan gaya"), w.toggle_check_panel, "F7")
    w.check_action.setCheckable(True)
    w.starter_new_action = action(w, _tr("Baru dari s&tarter…"), files.new_from_starter,
                                  "Ctrl+Shift+N")
    w.starter_save_action = action(w, _tr("Simpan sebagai st&arter…"),
                                   files.save_as_starter)
    w.add_block_actions = {
        "paragraph": action(w, _tr("Tambah &paragraf"),
                            partial(body.add_body_block, "paragraph"),
                            ADD_BLOCK_SHORTCUTS["paragraph"]),
        "quote": action(w, _tr("Tambah &kutipan"), partial(body.add_body_block, "quote"),
                        ADD_BLOCK_SHORTCUTS["quote"]),
        "photo": action(w, _tr("Tambah &foto…"), partial(body.add_body_block, "photo"),
                        ADD_BLOCK_SHORTCUTS["photo"]),
    }
    w.library_action = action(w, _tr("&Templat dan starter…"), files.template_manager_dialog)
    w.review_action = action(w, _tr("&Mode tinjauan"), review.toggle_review_mode,
                             "Ctrl+Shift+R")
    w.review_action.setCheckable(True)
    w.review_panel_action = action(w, _tr("Panel &tinjauan"), review.toggle_review_panel,
                                   "F8")
    w.review_panel_action.setCheckable(True)
    w.compare_action = action(w, _tr("&Bandingkan versi…"), review.compare_versions)
    w.report_actions = {
        "html": action(w, _tr("Laporan tinjauan (&HTML)…"),
                       partial(review.report_dialog, "html")),
        "docx": action(w, _tr("Laporan tinjauan (&DOCX)…"),
                       partial(review.report_dialog, "docx")),
    }
    w.settings_action = action(w, _tr("P&engaturan…"), files.settings_dialog, key.Preferences)
    if w.settings_action.shortcut().isEmpty():
        w.settings_action.setShortcut(QKeySequence("Ctrl+,"))


def make_menus(window: MainWindow) -> None:
    """The menu bar (*Berkas, Sunting, Periksa, Tinjau*) and the toolbar."""
    w = window
    bar = w.menuBar()
    file_menu = bar.addMenu(_tr("&Berkas"))
    file_menu.addActions([w.new_action, w.starter_new_action, w.open_action])
    w.recent_menu = QMenu(_tr("Buka te&rakhir"), w)
    w.recent_menu.aboutToShow.connect(partial(fill_recent_menu, w))
    file_menu.addMenu(w.recent_menu)
    file_menu.addAction(w.paste_release_action)
    file_menu.addSeparator()
    file_menu.addActions([w.save_action, w.save_as_action, w.starter_save_action])
    file_menu.addSeparator()
    w.export_menu = file_menu.addMenu(_tr("&Ekspor"))
    w.export_menu.addActions(list(w.export_actions.values()))
    file_menu.addAction(w.copy_text_action)
    file_menu.addActions([w.copy_wa_action, w.copy_wa_short_action])
    file_menu.addAction(w.print_action)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    w.edit_menu = bar.addMenu(_tr("&Sunting"))
    w.edit_menu.addActions([w.undo_action, w.redo_action])
    w.edit_menu.addSeparator()
    w.edit_menu.addActions(list(w.add_block_actions.values()))
    w.edit_menu.addAction(w.blur_action)
    w.edit_menu.addSeparator()
    w.edit_menu.addAction(w.library_action)
    w.edit_menu.addAction(w.settings_action)
    check_menu = bar.addMenu(_tr("&Periksa"))
    check_menu.addAction(w.check_action)
    review_menu = bar.addMenu(_tr("&Tinjau"))
    review_menu.addActions([w.review_action, w.review_panel_action])
    review_menu.addSeparator()
    review_menu.addAction(w.compare_action)
    review_menu.addActions(list(w.report_actions.values()))
    w.toolbar = w.addToolBar(_tr("Utama"))
    toolbar = w.toolbar
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions([w.new_action, w.open_action, w.save_action])
    toolbar.addSeparator()
    # short, fixed labels in the toolbar (the menu says what will be undone)
    undo_button = action(w, _tr("Urungkan"), w.undo_stack.undo)
    redo_button = action(w, _tr("Ulangi"), w.undo_stack.redo)
    undo_button.setEnabled(False)
    redo_button.setEnabled(False)
    w.undo_stack.canUndoChanged.connect(undo_button.setEnabled)
    w.undo_stack.canRedoChanged.connect(redo_button.setEnabled)
    undo_button.setToolTip(_tr("Urungkan") + " (Ctrl+Z)")
    redo_button.setToolTip(_tr("Ulangi") + " (Ctrl+Shift+Z)")
    toolbar.addActions([undo_button, redo_button])
    toolbar.addSeparator()
    toolbar.addAction(w.export_actions["docx"])
    toolbar.addAction(w.export_actions["pdf"])
    toolbar.addAction(w.copy_text_action)
    toolbar.addSeparator()
    toolbar.addAction(w.check_action)
    toolbar.addAction(w.review_action)


def fill_recent_menu(window: MainWindow) -> None:
    """*Buka terakhir*, filled each time it opens (another window may have added)."""
    menu, recent = window.recent_menu, window.recent
    menu.clear()
    items = recent.items()
    for number, path in enumerate(items, start=1):
        name = path.name.replace("&", "&&")
        label = f"&{number} {name}" if number < 10 else name
        item = menu.addAction(label, partial(window.files.open_path_checked, path))
        item.setToolTip(str(path))
    if not items:
        empty = menu.addAction(_tr("(belum ada)"))
        empty.setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(_tr("&Bersihkan daftar"), recent.clear)
