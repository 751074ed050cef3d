"""The forms: initials refused inline, protected persons marked, blurring confirmed, and
where the event went."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.release.model import Case, Event, Official, Paragraph, Photo, Quote, Release, Suspect
from app.render.export import release_plain_text
from app.review.checklist import run_checklist
from ui.forms.body_form import BodyForm
from ui.forms.case_form import CaseForm
from ui.forms.event_form import EventForm
from ui.forms.moment import NO_DATE

SHOTS = Path("/work/scratch/shots")


def _shot(widget: CaseForm | EventForm | BodyForm, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def _release() -> Release:
    """A fictional case disclosure of Polsek Lembahsari."""
    return Release(template="pengungkapan-kasus", title="Polsek Lembahsari Ungkap Pencurian Ternak",
                   dateline="Lembahsari",
                   officials=[Official(id="kapolsek", rank="Iptu", name="Gilang Saputra",
                                       short_name="Gilang", position="Kapolsek Lembahsari")],
                   event=Event(name="Konferensi pers", date="2026-04-10", time="10.00",
                               place="Mapolsek Lembahsari"),
                   body=[Paragraph("Petugas mengamankan dua ekor kambing sebagai barang bukti."),
                         Quote(speaker="kapolsek", text="Kami masih mendalami kasus ini")],
                   case=Case(suspects=[Suspect("DK", "27", "pemetik")]))


def test_a_full_name_is_refused_inline_with_the_initials_offered(qtbot: QtBot) -> None:
    form = CaseForm()
    qtbot.addWidget(form)
    release = _release()
    form.load(release)
    form.resize(560, 760)
    form.show()
    form.suspects.select(0)
    edits: list[str] = []
    form.edited.connect(lambda key, _label: edits.append(key))
    form.initials.clear()
    qtbot.keyClicks(form.initials, "Budi Santoso")
    # the name never reaches the release (the last valid initials typed, "B", stay)
    assert release.case.suspects[0].initials == "B"
    assert "Budi" not in release_plain_text(release)
    assert not form.initials_error.isHidden()
    assert "\"Budi Santoso\" bukan inisial" in form.initials_error.text()
    assert "UU 20/2025, Pasal 91" in form.initials_error.text()
    assert form.use_initials.text() == "Pakai BS"
    _shot(form, "kasus-inisial-ditolak.png")
    form.use_initials.click()
    assert form.initials.text() == "BS"
    assert release.case.suspects[0].initials == "BS"
    assert form.initials_error.isHidden()
    qtbot.keyClicks(form.initials, ".")
    assert release.case.suspects[0].initials == "BS."
    assert "suspects.0.initials" in edits


def test_a_child_victim_typed_into_a_paragraph_fails_the_checklist(qtbot: QtBot) -> None:
    form = CaseForm()
    qtbot.addWidget(form)
    release = _release()
    form.load(release)
    form.resize(560, 860)
    form.show()
    form.add_person()
    qtbot.keyClicks(form.person_initials, "RA")
    qtbot.keyClicks(form.person_age, "11")
    qtbot.keyClicks(form.person_name, "Rara Anindita")
    qtbot.keyClicks(form.person_school, "SD Lembahsari 2")
    form.person_sexual.setChecked(True)
    form.person_role.setCurrentIndex(form.person_role.findData("saksi"))
    person = release.case.persons[0]
    assert (person.role, person.initials, person.age, person.name, person.sexual_victim) == (
        "saksi", "RA", "11", "Rara Anindita", True)
    assert form.persons.list.item(0).text() == \
        "Saksi: RA, 11 tahun [anak, korban kejahatan seksual]"
    _shot(form, "kasus-korban-saksi.png")

    def protection() -> str:
        item = next(i for i in run_checklist(release, with_language=False)
                    if i.id == "perlindungan")
        return f"{item.status}: {item.reason}"

    assert protection().startswith("pass")
    release.body.append(Paragraph("Saksi Rara melihat pelaku membawa kambing."))
    result = protection()
    assert result.startswith("fail")
    assert "nama saksi 1 (RA) tertulis di rilis ('Rara')" in result
    assert "UU 11/2012, Pasal 19" in result and "Kode Etik Jurnalistik Pasal 5" in result


def test_the_suspect_child_mark_is_stored(qtbot: QtBot) -> None:
    form = CaseForm()
    qtbot.addWidget(form)
    release = _release()
    form.load(release)
    form.suspects.select(0)
    form.suspect_child.setChecked(True)
    assert release.case.suspects[0].child
    assert form.suspects.list.item(0).text().endswith("[anak]")


def test_the_photo_blur_confirmation_is_stored(qtbot: QtBot, tmp_path: Path) -> None:
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"")
    release = _release()
    release.body.append(Photo(path=str(photo), caption="Barang bukti", credit="Humas"))
    form = BodyForm()
    qtbot.addWidget(form)
    form.load(release)
    form.list.select(2)
    assert form.blurred.text() == "Wajah/identitas sudah disamarkan"
    assert not form.blurred.isChecked()
    form.blurred.setChecked(True)
    assert release.body[2].blurred  # type: ignore[union-attr]


def test_the_event_form_says_where_the_event_went(qtbot: QtBot) -> None:
    form = EventForm()
    qtbot.addWidget(form)
    release = _release()
    release.template = "berita-kegiatan"
    form.load(release)
    form.resize(520, 360)
    form.show()
    assert form.placement.text() == "Disebut di paragraf 2 (kalimat atribusi)"
    _shot(form, "kegiatan-catatan-atribusi.png")
    release.body.insert(0, Paragraph("Kasus diungkap di @tempat, @hari."))
    form.hide()
    form.show()  # the body was edited in another tab
    assert form.placement.text() == "Sudah disebut di paragraf 1"
    form.place.clear()
    form.date.setDate(NO_DATE)
    assert form.placement.text() == ""
