"""The new GUI pieces: embargo/meta, Kasus and Imbauan, review mode, library, versions."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.base.paths import resources_dir, sample_draft
from app.base.settings import Settings
from app.library.catalog import STARTER, TEMPLATE, Library
from app.library.packs import PackPlan
from app.release.draftfile import load_draft
from app.release.model import Paragraph, Release
from app.render.export import export_file
from app.render.locations import refresh
from tests.ui.conftest import Answers, wait_preview
from ui.main_window import MainWindow
from ui.template_manager import TemplateManager

Factory = Callable[..., MainWindow]
SAMPLES = resources_dir() / "samples"


@pytest.fixture(autouse=True)
def fresh_library() -> None:
    """Each test's private profile: the locations are resolved again for it."""
    refresh()




def copy_sample(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "contoh"
    folder.mkdir(exist_ok=True)
    for path in SAMPLES.iterdir():
        shutil.copy(path, folder / path.name)
    return folder / name


# ------------------------------------------------------------------ form fields


def test_embargo_and_meta_round_trip(qtbot: QtBot, make_window: Factory, tmp_path: Path,
                                     answers: Answers) -> None:
    window = make_window()
    form = window.publish_form
    window.tabs.setCurrentWidget(form)
    assert window.release.embargo.date == ""
    form.embargo_on.setChecked(True)
    form.embargo_date.setDate(QDate(2026, 11, 21))
    qtbot.keyClicks(form.embargo_time, "10.00")
    form.embargo_zone.setCurrentText("WITA")
    assert (window.release.embargo.date, window.release.embargo.time,
            window.release.embargo.timezone) == ("2026-11-21", "10.00", "WITA")
    assert "Embargo sampai Sabtu, 21 November 2026, pukul 10.00 WITA" in \
        form.embargo_summary.text()
    form.author.clear()
    qtbot.keyClicks(form.author, "Bripka Dwi")
    qtbot.keyClicks(form.editor, "AKP Budi")
    qtbot.keyClicks(form.tags, "patroli, lalu lintas")
    assert window.release.meta.tags == ["patroli", "lalu lintas"]
    wait_preview(qtbot, window)
    assert "Embargo" in window.preview.toPlainText()

    answers.save_path = tmp_path / "embargo.rilis"
    assert window.save_as()
    reopened = load_draft(tmp_path / "embargo.rilis")
    assert reopened.embargo.date == "2026-11-21" and reopened.embargo.timezone == "WITA"
    assert (reopened.meta.author, reopened.meta.editor) == ("Bripka Dwi", "AKP Budi")

    form.embargo_on.setChecked(False)  # "tanpa embargo" is an empty date
    assert window.release.embargo.date == ""
    window.undo_stack.undo()
    assert window.release.embargo.date == "2026-11-21"
    assert form.embargo_on.isChecked()


def test_case_disclosure_fields_reach_the_preview(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    case_tab = window.tabs.indexOf(window.case_form)
    assert not window.tabs.isTabVisible(case_tab)
    window.release_form.template.setCurrentIndex(
        window.release_form.template.findData("pengungkapan-kasus"))
    assert window.tabs.isTabVisible(case_tab)
    form = window.case_form
    window.tabs.setCurrentWidget(form)
    qtbot.mouseClick(form.suspects.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.initials, "RS")
    qtbot.keyClicks(form.age, "31")
    qtbot.keyClicks(form.role, "pengedar")
    qtbot.keyClicks(form.modus, "Menjual sabu lewat media sosial.")
    for text in ("27 paket sabu", "satu timbangan digital"):
        form.evidence.add_item()
        qtbot.keyClicks(form.evidence.text, text)
    form.articles.add_item()
    qtbot.keyClicks(form.articles.text, "Pasal 114 ayat (2) UU Narkotika")
    qtbot.keyClicks(form.penalty, "pidana penjara paling lama 20 tahun")
    case = window.release.case
    assert case.evidence == ["27 paket sabu", "satu timbangan digital"]
    assert case.suspects[0].initials == "RS" and case.suspects[0].age == "31"
    wait_preview(qtbot, window)
    text = window.preview.toPlainText()
    for part in ("27 paket sabu", "satu timbangan digital", "Pasal 114 ayat (2) UU Narkotika",
                 "RS", "pidana penjara paling lama 20 tahun"):
        assert part in text
    window.undo_stack.undo()  # the penalty typing, one step
    assert window.release.case.penalty == ""
    assert window.release.case.articles == ["Pasal 114 ayat (2) UU Narkotika"]


def test_advisory_points_numbered_in_the_preview(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    window.release_form.template.setCurrentIndex(
        window.release_form.template.findData("imbauan"))
    points = window.points_form.points
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.points_form))
    for text in ("Kunci ganda kendaraan", "Jangan tinggalkan kunci di motor"):
        points.add_item()
        qtbot.keyClicks(points.text, text)
    assert window.release.points == ["Kunci ganda kendaraan", "Jangan tinggalkan kunci di motor"]
    assert points.editor.list.item(1).text().startswith("2. ")
    points.editor.select(1)
    qtbot.mouseClick(points.editor.up_button, Qt.MouseButton.LeftButton)
    assert window.release.points[0] == "Jangan tinggalkan kunci di motor"
    wait_preview(qtbot, window)
    text = window.preview.toPlainText()
    assert text.index("Jangan tinggalkan kunci di motor") < text.index("Kunci ganda kendaraan")


# ------------------------------------------------------------------ review mode


def crafted_draft() -> Release:
    """No event, no place, a quote-less headline: the checklist must fail it."""
    return Release(title="Rilis", body=[Paragraph(text="Ada kegiatan.")])


def test_review_mode_comments_status_and_checklist(qtbot: QtBot, make_window: Factory,
                                                   tmp_path: Path, answers: Answers) -> None:
    window = make_window(Settings(author="AKP Budi Santoso"))
    window.set_release(crafted_draft(), None)
    window.set_review_mode(True)
    assert window.review_panel.isVisible()
    assert window.release_form.title.isReadOnly()
    assert window.body_form.paragraph.isReadOnly()
    assert not window.release_form.template.isEnabled()
    assert not window.body_form.list.add_button.isEnabled()
    qtbot.keyClicks(window.release_form.title, "xyz")
    assert window.release.title == "Rilis"

    panel = window.review_panel
    qtbot.waitUntil(lambda: bool(panel.items), timeout=30000)
    fails = [panel.checklist.item(i) for i in range(panel.checklist.count())
             if panel.checklist.item(i).data(Qt.ItemDataRole.UserRole + 4) == "fail"]
    assert fails, "the crafted draft fails at least one item"
    assert "gagal" in panel.summary.text()

    panel.comment_text.setPlainText("Lengkapi tempat kegiatan.")
    panel.comment_place.setCurrentIndex(panel.comment_place.findData(0))
    qtbot.mouseClick(panel.add_comment_button, Qt.MouseButton.LeftButton)
    comment = window.release.review.comments[0]
    assert (comment.text, comment.author, comment.block) == (
        "Lengkapi tempat kegiatan.", "AKP Budi Santoso", 0)
    assert panel.comments.count() == 1
    assert window.isWindowModified()

    assert list(panel.move_buttons) == ["diajukan"]
    qtbot.mouseClick(panel.move_buttons["diajukan"], Qt.MouseButton.LeftButton)
    window.ask_status_note = lambda _status: "Tempat belum ada"  # type: ignore[method-assign]
    qtbot.mouseClick(panel.move_buttons["perlu-revisi"], Qt.MouseButton.LeftButton)
    history = window.release.review.history
    assert [(c.status, c.by) for c in history] == [
        ("diajukan", "AKP Budi Santoso"), ("perlu-revisi", "AKP Budi Santoso")]
    assert history[-1].note == "Tempat belum ada"
    assert "Perlu revisi" in window.windowTitle()
    assert "Perlu revisi" in window.review_label.text()

    panel.comments.setCurrentRow(0)
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert window.release.review.comments[0].resolved

    answers.save_path = tmp_path / "tinjau.rilis"
    assert window.save_as()
    reopened = load_draft(tmp_path / "tinjau.rilis")
    assert reopened.review.comments[0].text == "Lengkapi tempat kegiatan."
    assert reopened.review.comments[0].resolved
    assert [c.status for c in reopened.review.history] == ["diajukan", "perlu-revisi"]

    report = tmp_path / "laporan.html"
    assert window.export_report("html", report)
    assert "Lengkapi tempat kegiatan." in report.read_text(encoding="utf-8")
    assert window.export_report("docx", tmp_path / "laporan.docx")

    window.set_review_mode(False)
    assert not window.release_form.title.isReadOnly()
    assert window.release_form.template.isEnabled()


def test_reviewer_asked_when_settings_have_no_author(qtbot: QtBot,
                                                     make_window: Factory) -> None:
    window = make_window()
    window.release.review.status = "diajukan"
    asked: list[int] = []

    def ask() -> str:
        asked.append(1)
        return "Kompol Sari"

    window.ask_reviewer = ask  # type: ignore[method-assign]
    assert window.request_status("disetujui")
    assert window.release.review.history[-1].by == "Kompol Sari"
    assert window.request_status("draf")
    assert asked == [1]  # asked once per session


# ------------------------------------------------------------------ versions and DOCX


def test_version_comparison_shows_the_changed_word(qtbot: QtBot, make_window: Factory,
                                                   tmp_path: Path, answers: Answers) -> None:
    draft = copy_sample(tmp_path, sample_draft().name)
    window = make_window()
    assert window.open_path(draft)
    answers.save_path = draft
    assert window.save()
    window.event_form.place.selectAll()
    qtbot.keyClicks(window.event_form.place, "Lapangan Bhayangkara")
    assert window.save()
    dialog = window.compare_versions()
    qtbot.addWidget(dialog)
    count = dialog.old.count()
    dialog.old.setCurrentIndex(count - 3)
    dialog.new.setCurrentIndex(count - 2)
    shown = dialog.view.toPlainText()
    assert "Lapangan Bhayangkara" in shown
    assert any("Bhayangkara" in d.inserted for d in dialog.diffs)
    out = tmp_path / "banding.html"
    assert dialog.export_to(out)
    assert "<ins>" in out.read_text(encoding="utf-8")


def test_opening_an_edited_docx_shows_the_edit(qtbot: QtBot, make_window: Factory,
                                               tmp_path: Path) -> None:
    release = load_draft(sample_draft())
    exported = tmp_path / "rilis.docx"
    export_file(release, "docx", exported)
    document = docx.Document(str(exported))
    for paragraph in document.paragraphs:
        if "Aula" in paragraph.text:
            paragraph.runs[0].text = paragraph.runs[0].text.replace("Aula", "Gedung", 1) \
                if "Aula" in paragraph.runs[0].text else paragraph.runs[0].text
            paragraph.add_run(" Disunting Kasi Humas.")
            break
    document.save(str(exported))
    window = make_window()
    assert window.open_path(exported)
    assert window.release.title == release.title
    dialog = window.compare_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Disunting" in dialog.view.toPlainText()
    # An edit made without Track Changes is named as such (tracked ones get their own review).
    assert "1 bagian disunting tanpa pelacakan perubahan" in dialog.note.text()


def test_docx_without_draft_gives_a_note(qtbot: QtBot, make_window: Factory,
                                         tmp_path: Path) -> None:
    plain = tmp_path / "polos.docx"
    document = docx.Document()
    document.add_paragraph("Judul Berita Polos")
    document.add_paragraph("Paragraf pertama.")
    document.save(str(plain))
    window = make_window()
    notes: list[str] = []
    window.show_notice = lambda _t, message: notes.append(message)  # type: ignore[method-assign]
    assert window.open_path(plain)
    assert notes and "tidak membawa draf" in notes[0]
    assert window.release.title == "Judul Berita Polos"


# ------------------------------------------------------------------ library


def manager_for(qtbot: QtBot, window: MainWindow) -> TemplateManager:
    manager = window.template_manager_dialog()
    qtbot.addWidget(manager)
    manager.messages = []  # type: ignore[attr-defined]
    manager.show_message = (  # type: ignore[method-assign]
        lambda title, text: manager.messages.append((title, text)))  # type: ignore[attr-defined]
    manager.ask_confirm = lambda _title, _text: True  # type: ignore[method-assign]
    return manager


def test_template_duplicate_edit_validate_save_and_render(qtbot: QtBot,
                                                          make_window: Factory) -> None:
    window = make_window()
    manager = manager_for(qtbot, window)
    assert manager.select(TEMPLATE, "berita-kegiatan", "bawaan")
    assert manager.editor.isReadOnly()
    assert "Polres" in manager.preview.toPlainText() or manager.preview.toPlainText()
    assert not manager.delete_current()  # built-ins are never deleted
    assert manager.messages[-1][0] == "Tidak dapat dihapus"  # type: ignore[attr-defined]

    manager.ask_new_id = lambda suggested: "kegiatan-polsek"  # type: ignore[method-assign]
    assert manager.duplicate_current()
    entry = manager.current_entry()
    assert entry is not None and (entry.id, entry.location.kind) == ("kegiatan-polsek",
                                                                     "pengguna")
    assert not manager.editor.isReadOnly()
    good = manager.editor.toPlainText()
    path = entry.path
    manager.editor.setPlainText(good + "\n{{ tidak_ada }}\n")
    assert not manager.save_source()
    lines = [manager.problems.item(i).text() for i in range(manager.problems.count())]
    assert any(line.startswith("baris ") and "tidak_ada" in line for line in lines)
    assert path.read_text(encoding="utf-8") == good  # invalid never saved

    marked = good.replace("</document>", "<p>DIUBAH OLEH POLSEK</p>\n</document>")
    manager.editor.setPlainText(marked)
    assert manager.save_source()
    assert "DIUBAH OLEH POLSEK" in path.read_text(encoding="utf-8")
    combo = window.release_form.template
    assert combo.findData("kegiatan-polsek") >= 0
    combo.setCurrentIndex(combo.findData("kegiatan-polsek"))
    wait_preview(qtbot, window)
    assert "DIUBAH OLEH POLSEK" in window.preview.toPlainText()

    assert manager.select(TEMPLATE, "kegiatan-polsek", "pengguna")
    assert manager.delete_current()
    assert not path.exists()


def test_shadowed_copy_is_marked(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    library = Library()
    library.duplicate_template("imbauan")
    manager = manager_for(qtbot, window)
    hidden = manager.entry_item(TEMPLATE, "imbauan", "bawaan")
    used = manager.entry_item(TEMPLATE, "imbauan", "pengguna")
    assert hidden is not None and used is not None
    assert hidden.text(3).startswith("tersembunyi")
    assert used.text(3).startswith("dipakai")


def test_starter_save_pack_export_import_and_new(qtbot: QtBot, make_window: Factory,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    assert window.open_path(copy_sample(tmp_path, sample_draft().name))
    window.ask_starter_details = (  # type: ignore[method-assign]
        lambda _name: ("polres-trenggalek", "Polres Trenggalek", "kegiatan rutin"))
    assert window.save_as_starter()
    original = window.release

    manager = manager_for(qtbot, window)
    assert manager.select(STARTER, "polres-trenggalek", "pengguna")
    pack = tmp_path / "tim.rilispack"
    assert manager.export_to(manager.selected_entries(), pack)
    assert "starters/polres-trenggalek.rilis" in zipfile.ZipFile(pack).namelist()

    # a fresh profile on another computer
    other = tmp_path / "lain"
    monkeypatch.setenv("XDG_DATA_HOME", str(other / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(other / "config"))
    refresh()
    fresh = make_window()
    manager = manager_for(qtbot, fresh)
    assert manager.entry_item(STARTER, "polres-trenggalek", "pengguna") is None
    plans: list[str] = []

    def confirm(plan: PackPlan) -> bool:
        plans.append(manager.plan_text(plan))
        return True

    manager.confirm_import = confirm  # type: ignore[method-assign]
    assert manager.import_pack(pack)
    assert "tambah · starter polres-trenggalek" in plans[0]
    assert manager.entry_item(STARTER, "polres-trenggalek", "pengguna") is not None

    fresh.ask_starter = lambda: "polres-trenggalek"  # type: ignore[method-assign]
    assert fresh.new_from_starter()
    made = fresh.release
    assert made.officials == original.officials
    assert (made.unit, made.contact, made.closing) == (original.unit, original.contact,
                                                       original.closing)
    assert fresh.path is None


def test_team_folders_in_settings(qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    from ui.settings_dialog import SettingsDialog

    team = tmp_path / "tim"
    (team / "templates").mkdir(parents=True)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.ask_folder = lambda: str(team)  # type: ignore[method-assign]
    dialog.add_folder()
    dialog.ask_folder = lambda: str(tmp_path / "hilang")  # type: ignore[method-assign]
    dialog.add_folder()
    assert "tidak dapat dijangkau" in dialog.folder_problems.text()
    assert dialog.settings().team_folders == [str(team), str(tmp_path / "hilang")]
    window = make_window()
    window.apply_settings(dialog.settings())  # unreachable folder: reported, not fatal
    assert "tidak dapat dijangkau" in window.statusBar().currentMessage()
