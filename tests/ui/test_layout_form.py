"""*Templat baru dari formulir* and the Jinja editor's colours and problem marks, as an
editor uses them: fill the form, see the preview with the sample, save, share the layout
in a pack, and get the same release from it on another profile."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

import app.render.locations
from app.library.catalog import TEMPLATE, Library
from app.library.packs import apply_import, export_pack, plan_import
from app.release.model import Release
from app.render.export import export_bytes
from app.render.locations import resolve
from app.render.references import assets_dir
from tests.core.test_reference_doc import UNIT_LINES, build_reference
from ui.jinja_highlighter import JinjaHighlighter, problem_at
from ui.layout_form_dialog import PART_ROLE, LayoutFormDialog
from ui.template_manager import TemplateManager

SHOTS = Path("/work/scratch/shots")


def _fill(dialog: LayoutFormDialog, reference: Path | None = None) -> None:
    dialog.id_edit.setText("siaran-sidomulyo")
    dialog.name_edit.setText("Siaran Polres Sidomulyo")
    dialog.letterhead.setPlainText("KEPOLISIAN NEGARA REPUBLIK INDONESIA\nDAERAH JAWA RAYA\n"
                                   "RESOR KOTA SIDOMULYO")
    dialog.unit_line.setChecked(False)
    for row in range(dialog.parts.count()):
        item = dialog.parts.item(row)
        if item is not None and item.data(PART_ROLE) == "related":
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.parts.setCurrentRow(3)  # title: move it above the number and the date
    for _ in range(3):
        dialog.move_part(-1)
    dialog.font_box.setCurrentText("DejaVu Serif")
    dialog.size_box.setValue(13)
    if reference is not None:
        assert dialog.set_reference(reference)
    dialog.update_preview()


def _shot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_form_previews_saves_and_travels_in_a_pack(qtbot: QtBot, tmp_path: Path,
                                                   sample_release: Release,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    library = Library(resolve())
    dialog = LayoutFormDialog(library)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 760)
    reference = build_reference(tmp_path / "kop-sidomulyo.docx")
    _fill(dialog, reference)
    assert dialog.spec().parts[0] == "title"
    assert "related" not in dialog.spec().parts
    preview = dialog.preview.toPlainText()
    assert "RESOR KOTA SIDOMULYO" in preview
    assert "Polres Trenggalek Ajak Pelajar" in preview  # the sample of its kind
    assert preview.index("Polres Trenggalek Ajak Pelajar") < preview.index("Tanggal:")
    assert "Berita terkait" not in preview
    assert dialog.save_button.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    _shot(dialog, "layout-form.png")
    assert dialog.save()
    assert dialog.saved_path is not None and dialog.saved_path.is_file()
    assert (assets_dir(library.target()) / "kop-sidomulyo.docx").is_file()

    app.render.locations.refresh()
    sample_release.template = "siaran-sidomulyo"
    html_before = export_bytes(sample_release, "html")
    docx_before = export_bytes(sample_release, "docx")
    pack = export_pack([Library(resolve()).find(TEMPLATE, "siaran-sidomulyo")],
                       tmp_path / "layout")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "profil-baru"))
    app.render.locations.refresh()
    fresh = Library(resolve())
    apply_import(plan_import(pack, fresh), fresh.target())
    app.render.locations.refresh()
    assert export_bytes(sample_release, "html") == html_before
    docx_after = export_bytes(sample_release, "docx")
    with zipfile.ZipFile(io.BytesIO(docx_before)) as a, zipfile.ZipFile(
            io.BytesIO(docx_after)) as b:
        words = sorted(name for name in a.namelist() if name.startswith("word/"))
        assert words == sorted(name for name in b.namelist() if name.startswith("word/"))
        for name in words:
            assert a.read(name) == b.read(name), name
        assert any(UNIT_LINES[2].encode() in a.read(name) for name in words
                   if name.startswith("word/header"))


def test_form_refuses_bad_values_and_a_broken_reference(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = LayoutFormDialog(Library(resolve()))
    qtbot.addWidget(dialog)
    dialog.id_edit.setText("Bukan Id")
    dialog.update_preview()
    assert not dialog.save_button.isEnabled() and "Id harus" in dialog.problems.text()
    broken = tmp_path / "kop.docx"
    broken.write_bytes(b"rusak")
    assert not dialog.set_reference(broken)
    assert dialog.reference_path is None and "zip rusak" in dialog.problems.text()


def test_manager_opens_the_form_and_marks_problems_at_their_lines(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    manager = TemplateManager()
    qtbot.addWidget(manager)
    assert manager.form_button.text() == "Templat baru dari formulir…"

    def fill_and_save(self: TemplateManager) -> LayoutFormDialog:
        dialog = LayoutFormDialog(self.library, self)
        _fill(dialog)
        assert dialog.save()
        return dialog

    monkeypatch.setattr(TemplateManager, "open_layout_form", fill_and_save)
    assert manager.new_from_form()
    entry = manager.current_entry()
    assert entry is not None and entry.id == "siaran-sidomulyo" and entry.editable
    assert isinstance(manager.highlighter, JinjaHighlighter)
    assert manager.highlighter.document() is manager.editor.document()
    source = manager.editor.toPlainText()
    assert "{{ blocks.body(" in source
    broken = source.replace("<title>{{ release.title }}</title>",
                            "<title>{{ release.judul }}</title>")
    manager.editor.setPlainText(broken)
    problems = manager.check_source()
    assert problems and problems[0].line is not None
    line = problems[0].line
    assert broken.splitlines()[line - 1].startswith("<title>")
    assert "judul" in problem_at(manager.editor, line)
    selections = manager.editor.extraSelections()
    assert [s.cursor.blockNumber() + 1 for s in selections] == [line]
    manager.pages.setCurrentIndex(1)
    manager.resize(1100, 720)
    manager.show()
    qtbot.waitExposed(manager)
    _shot(manager, "jinja-editor.png")
    manager.editor.setPlainText(source)
    assert manager.editor.extraSelections() == []


def test_highlighter_colours_tags_expressions_and_multiline_comments(qtbot: QtBot) -> None:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    highlighter = JinjaHighlighter(document)
    document.setPlainText('{# name: X\ndescription: Y #}\n<p>{{ release.title }}</p>\n'
                          '{% if x %}"a"{% endif %}')
    highlighter.rehighlight()

    def colour_at(line: int, column: int) -> QColor:
        block = document.findBlockByNumber(line)
        for fmt in block.layout().formats():
            if fmt.start <= column < fmt.start + fmt.length:
                return fmt.format.foreground().color()
        return QColor()

    grey = highlighter.formats["comment"].foreground().color()
    assert colour_at(0, 3) == grey and colour_at(1, 2) == grey
    assert document.findBlockByNumber(0).userState() == 1
    assert colour_at(2, 0) == highlighter.formats["tag"].foreground().color()
    assert colour_at(2, 5) == highlighter.formats["expression"].foreground().color()
    assert colour_at(3, 2) == highlighter.formats["statement"].foreground().color()
    assert colour_at(2, 5) != grey
    highlighter.setDocument(None)
