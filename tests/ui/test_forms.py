"""Driving the real window: every section typed in, seen in the preview, undone, reordered."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from app.base.paths import sample_draft
from app.release.model import Paragraph, Photo, Quote
from tests.ui.conftest import wait_preview
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]


def preview_text(window: MainWindow) -> str:
    return window.preview.toPlainText()


def test_fill_every_section_and_see_it_in_the_preview(qtbot: QtBot,
                                                       make_window: Factory) -> None:
    window = make_window()
    form = window.release_form
    window.tabs.setCurrentWidget(form)
    qtbot.keyClicks(form.title, "polsek sukamaju gelar patroli dialogis di pasar")
    qtbot.mouseClick(form.title_case, Qt.MouseButton.LeftButton)
    assert form.title.text() == "Polsek Sukamaju Gelar Patroli Dialogis di Pasar"
    qtbot.keyClicks(form.dateline, "Sukamaju")
    qtbot.keyClicks(form.unit, "Polsek Sukamaju")
    qtbot.keyClicks(form.contact_name, "Aipda Wahyu")

    officials = window.officials_form
    window.tabs.setCurrentWidget(officials)
    qtbot.mouseClick(officials.list.add_button, Qt.MouseButton.LeftButton)
    officials.rank.setEditText("")
    qtbot.keyClicks(officials.rank, "AKP")
    qtbot.keyClicks(officials.name, "Teuku Teguh Santoso")
    assert officials.short_name.text() == "Teguh"  # proposed from the name
    qtbot.keyClicks(officials.position, "Kapolsek Sukamaju")
    qtbot.keyClicks(officials.degrees, "SH, SIK,")
    assert officials.degrees.text() == "S.H., S.I.K., "  # normalised as typed
    officials.degrees.editingFinished.emit()
    person = window.release.officials[0]
    assert (person.rank, person.name, person.degrees) == (
        "AKP", "Teuku Teguh Santoso", ["S.H.", "S.I.K."])

    event = window.event_form
    window.tabs.setCurrentWidget(event)
    qtbot.keyClicks(event.name, "Patroli Dialogis")
    event.date.setDate(QDate(2023, 9, 22))
    assert "Jumat" in event.date.text()  # the Indonesian day is shown
    qtbot.keyClicks(event.time, "9.30")
    event.zone.setCurrentText("WITA")
    qtbot.keyClicks(event.place, "Pasar Sukamaju")
    assert window.release.event.time == "09.30"
    assert "Jumat, 22 September 2023, pukul 09.30 WITA" in event.summary.text()

    body = window.body_form
    window.tabs.setCurrentWidget(body)
    body.add_block(Paragraph())
    qtbot.keyClicks(body.paragraph, "Patroli dipimpin @pejabat1 di @tempat, @hari.")
    body.add_quote()
    qtbot.keyClicks(body.quote, "Kami siap menjaga pasar tetap aman")
    body.verb.setEditText("tegas")

    related = window.related_form
    window.tabs.setCurrentWidget(related)
    qtbot.mouseClick(related.list.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(related.title, "Patroli Malam di Alun-Alun")
    qtbot.keyClicks(related.url, "https://contoh.example/a")

    wait_preview(qtbot, window)
    text = preview_text(window)
    assert "Polsek Sukamaju Gelar Patroli Dialogis di Pasar" in text
    assert "SUKAMAJU –" in text
    assert ("Patroli dipimpin Kapolsek Sukamaju, AKP Teuku Teguh Santoso, S.H., S.I.K., "
            "di Pasar Sukamaju, Jumat (22/9).") in text
    assert "“Kami siap menjaga pasar tetap aman,” tegas AKP Teguh." in text
    assert "Patroli Malam di Alun-Alun" in text
    assert window.isWindowModified()
    assert "kata" in window.stats_label.text()


def test_undo_and_redo_work_across_sections(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    qtbot.keyClicks(window.release_form.title, "Judul Pertama")
    qtbot.keyClicks(window.event_form.place, "Aula")
    assert window.release.event.place == "Aula"
    window.undo_action.trigger()
    assert window.release.event.place == ""
    assert window.event_form.place.text() == ""
    assert window.release.title == "Judul Pertama"
    window.undo_action.trigger()
    assert window.release.title == ""
    assert window.release_form.title.text() == ""
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert (window.release.title, window.release.event.place) == ("Judul Pertama", "Aula")
    assert window.event_form.place.text() == "Aula"


def test_ctrl_z_in_a_field_uses_the_window_history(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    field = window.release_form.title
    qtbot.keyClicks(field, "Halo")
    qtbot.keyClicks(window.release_form.unit, "Polres")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.release_form.unit.setFocus()
    qtbot.keyClick(window.release_form.unit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.release.unit == ""
    assert window.release.title == "Halo"


def test_reorder_body_blocks_with_buttons_and_drag(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    assert window.open_path(sample_draft())
    body = window.body_form
    first, second, third = window.release.body[:3]
    body.list.select(1)
    qtbot.mouseClick(body.list.up_button, Qt.MouseButton.LeftButton)
    assert window.release.body[:2] == [second, first]
    assert body.list.current_row() == 0
    qtbot.mouseClick(body.list.down_button, Qt.MouseButton.LeftButton)
    assert window.release.body[:2] == [first, second]

    # a drag ends with the view moving the row in its model
    model = body.list.list.model()
    assert model.moveRow(model.index(0, 0).parent(), 0, model.index(0, 0).parent(), 3)
    qtbot.waitUntil(lambda: window.release.body[0] is second)
    assert window.release.body[:3] == [second, third, first]  # row 0 dropped before row 3
    wait_preview(qtbot, window)
    text = preview_text(window)
    assert text.index("Kegiatan tersebut dipimpin") < text.index("Menjelang libur")
    window.undo_action.trigger()
    assert window.release.body[0] == first


def test_add_a_photo_from_disk_and_by_dropping(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    photo = sample_draft().parent / "foto-sosialisasi.jpg"
    body = window.body_form
    body.add_photo(photo)
    block = window.release.body[-1]
    assert isinstance(block, Photo) and block.path == str(photo.resolve())
    assert body.pages.currentIndex() == 3
    assert body.thumbnail.pixmap() is not None and not body.thumbnail.pixmap().isNull()
    assert not body.list.list.item(0).icon().isNull()
    qtbot.keyClicks(body.caption, "Petugas menyapa pedagang")
    qtbot.keyClicks(body.credit, "Humas")

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert len(window.release.photos()) == 2

    wait_preview(qtbot, window)
    assert "rilis-img:" in window.preview.toHtml()
    assert "Petugas menyapa pedagang (Humas)" in preview_text(window)


def test_quote_speaker_comes_from_the_officials(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    assert window.open_path(sample_draft())
    body = window.body_form
    body.list.select(2)
    block = window.release.body[2]
    assert isinstance(block, Quote)
    labels = [body.speaker.itemText(i) for i in range(body.speaker.count())]
    assert "AKP Rini — Kasat Lantas Polres Trenggalek" in labels
    body.speaker.setCurrentIndex(body.speaker.findData("kasatlantas"))
    assert block.speaker == "kasatlantas"
    assert "lanjut" in [body.verb.itemText(i) for i in range(body.verb.count())]
    wait_preview(qtbot, window)
    assert "di jalan,” ujar AKP Rini." in preview_text(window)


def test_renaming_an_official_code_follows_mentions(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    assert window.open_path(sample_draft())
    officials = window.officials_form
    officials.list.select(0)
    officials.code.setText("kapolresta")
    officials.code.editingFinished.emit()
    texts = " ".join(b.text for b in window.release.body if isinstance(b, Paragraph))
    assert "@kapolresta" in texts and "@kapolres " not in texts
    assert window.release.body[2].speaker == "kapolresta"  # type: ignore[union-attr]


def test_an_official_who_speaks_cannot_be_removed(qtbot: QtBot, make_window: Factory,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    assert window.open_path(sample_draft())
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    # monkeypatch puts the real static method back; `del` after assigning removed it from
    # QMessageBox for every later test in the session
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *args, **_kw: told.append(args[1]))
    window.officials_form.remove_official(0)
    assert len(window.release.officials) == 2 and told


def test_new_draft_uses_settings_defaults(qtbot: QtBot, make_window: Factory) -> None:
    from app.base.settings import Settings

    window = make_window(Settings(author="Bripka Dwi", default_unit="Polres Contoh",
                                  contact_name="Iptu Humas"))
    assert window.new_draft()
    assert window.release.unit == "Polres Contoh"
    assert window.release.meta.author == "Bripka Dwi"
    assert window.release.contact.name == "Iptu Humas"
    assert window.release.event.date == _dt.date.today().isoformat()
    assert window.windowTitle().startswith("Draf baru")


def test_dropping_a_draft_on_the_window_opens_it(qtbot: QtBot, make_window: Factory,
                                                 tmp_path: Path) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_draft()))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.path == sample_draft().resolve()
    assert window.windowTitle().startswith("kegiatan-polres.rilis")
