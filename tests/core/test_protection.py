"""Suspects by initials, protected children and victims, guilt-presuming words."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.release.draftfile import dumps, loads
from app.release.model import (
    Case,
    Event,
    Official,
    Paragraph,
    Person,
    Photo,
    Quote,
    Release,
    Suspect,
)
from app.review.checklist import CheckItem, run_checklist
from app.review.protection import (
    KEJ,
    KUHAP,
    SPPA,
    check_text,
    initials_of,
    initials_problem,
    is_initials,
    protected_persons,
)


def _case(body: list[Paragraph | Quote | Photo], case: Case | None = None) -> Release:
    """A fictional case disclosure of Polres Wanakarta."""
    kasat = Official(id="kasat", rank="AKP", name="Yudha Pratama Kusuma",
                     short_name="Yudha", position="Kasat Reskrim Polres Wanakarta")
    return Release(template="pengungkapan-kasus",
                   title="Polres Wanakarta Amankan Terduga Pencuri Kotak Amal",
                   dateline="Wanakarta", unit="Polres Wanakarta", officials=[kasat],
                   event=Event(name="Konferensi pers", date="2026-03-05", time="10.00",
                               place="Lobi Mapolres Wanakarta"),
                   body=body, case=case or Case(suspects=[Suspect("BS", "34", "pemetik")]))


def _protection(release: Release) -> CheckItem:
    return next(item for item in run_checklist(release, with_language=False)
                if item.id == "perlindungan")


@pytest.mark.parametrize("text", ["BS", "B.S.", "MAR", "M.A.R.", "B. S.", "R"])
def test_initials_are_accepted(text: str) -> None:
    assert is_initials(text)
    assert initials_problem(text) == ""


@pytest.mark.parametrize(("text", "offered"), [("Budi Santoso", "BS"),
                                               ("Muhammad Arif Rahman", "MAR"),
                                               ("budi", "B"), ("Bs", "B")])
def test_a_full_name_is_refused_with_the_initials_offered(text: str, offered: str) -> None:
    assert not is_initials(text)
    assert initials_of(text) == offered
    problem = initials_problem(text)
    assert f"pakai inisial: {offered} —" in problem
    assert KUHAP in problem


def test_a_draft_made_before_with_a_full_name_fails_the_checklist() -> None:
    release = _case([Paragraph("Petugas mengamankan seorang pria di masjid desa.")],
                    Case(suspects=[Suspect("Budi Santoso", "34", "pemetik")]))
    reloaded = loads(dumps(release))  # the loader keeps it: the checklist refuses it
    assert reloaded.case.suspects[0].initials == "Budi Santoso"
    item = _protection(reloaded)
    assert item.status == "fail"
    assert "'Budi Santoso' bukan inisial" in item.reason
    assert "pakai inisial: BS" in item.reason


def test_a_childs_name_typed_into_a_paragraph_fails() -> None:
    case = Case(suspects=[Suspect("BS", "34")],
                persons=[Person(role="korban", initials="NA", name="Nadia Ayuningtyas",
                                age="12")])
    clean = _case([Paragraph("Korban berinisial NA (12) mengalami luka ringan.")], case)
    assert _protection(clean).status == "pass"
    named = _case([Paragraph("Korban, Nadia Ayuningtyas, mengalami luka ringan.")], case)
    item = _protection(named)
    assert item.status == "fail"
    assert "nama korban 1 (NA) tertulis di rilis ('Nadia Ayuningtyas')" in item.reason
    assert SPPA in item.reason


def test_a_first_name_alone_identifies_a_child_too() -> None:
    case = Case(persons=[Person(role="saksi", initials="NA", name="Nadia Ayuningtyas",
                                child=True)])
    release = _case([Quote(speaker="kasat", text="Nadia sempat berteriak minta tolong")], case)
    assert "('Nadia')" in _protection(release).reason


@pytest.mark.parametrize("where", ["title", "caption", "quote"])
def test_school_parents_and_address_are_found_everywhere(where: str, tmp_path: Path) -> None:
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"")
    case = Case(persons=[Person(role="korban", initials="SK", name="Sekar Kinanti",
                                sexual_victim=True, school="SMP Tunas Wanakarta",
                                parents="Hadi Susanto", address="Jalan Kenari 7")])
    release = _case([Paragraph("Kasus ditangani unit PPA.")], case)
    leak = "siswi SMP Tunas Wanakarta"
    if where == "title":
        release.title += f" ({leak})"
    elif where == "caption":
        release.body.append(Photo(path=str(photo), caption=f"Lokasi dekat {leak}", credit="Humas",
                                  blurred=True))
    else:
        release.body.append(Quote(speaker="kasat", text=f"Korban adalah {leak}"))
    item = _protection(release)
    assert item.status == "fail"
    assert "sekolah korban 1 (SK) tertulis di rilis" in item.reason
    assert KEJ in item.reason


def test_names_after_role_words_fail_but_initials_and_officers_pass() -> None:
    release = _case([Paragraph("Tersangka Rudi Santoso diamankan bersama saksi Wulan. "
                               "Tersangka RS mengakui perbuatannya kepada AKP Yudha. "
                               "Korban Desa Sidomulyo melapor ke Polres Wanakarta.")])
    found = [f.message for f in check_text(release, release.body[0].text)  # type: ignore[union-attr]
             if f.status == "fail"]
    assert any("'tersangka Rudi Santoso'" in message and "inisial RS," in message
               for message in found)
    assert any("'saksi Wulan'" in message for message in found)
    assert not any("Desa" in message or "Yudha" in message for message in found)
    assert len(found) == 2


def test_an_officer_after_a_role_word_is_not_protected() -> None:
    release = _case([Paragraph("Keterangan saksi Bripka Anton Wijaya dicatat penyidik. "
                               "Menurut saksi Yudha, barang bukti lengkap.")])
    assert _protection(release).status == "pass"


def test_guilt_presuming_words_warn_without_diduga() -> None:
    hedged = _case([Paragraph("Tersangka BS diduga sebagai pelaku pencurian kotak amal.")])
    assert _protection(hedged).status == "pass"
    presuming = _case([Paragraph("BS adalah pelaku yang terbukti mencuri kotak amal.")])
    item = _protection(presuming)
    assert item.status == "warn"
    assert "pelaku, terbukti" in item.reason
    assert KUHAP in item.reason


def test_an_age_under_18_protects_without_the_mark() -> None:
    release = _case([Paragraph("x")], Case(suspects=[Suspect("AR", "16")],
                                           persons=[Person(age="40"),
                                                    Person(age="9 tahun", name="Bima")]))
    labels = [person.label for person in protected_persons(release)]
    assert labels == ["tersangka 1 (AR)", "korban 2 (tanpa inisial)"]


def test_photos_must_be_confirmed_blurred_when_someone_is_protected(tmp_path: Path) -> None:
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"")
    case = Case(suspects=[Suspect("AR", "15", child=True)])
    release = _case([Paragraph("Petugas mengamankan barang bukti."),
                     Photo(path=str(photo), caption="Barang bukti", credit="Humas")], case)
    item = _protection(release)
    assert item.status == "fail"
    assert "foto blok 2" in item.reason and "Wajah/identitas sudah disamarkan" in item.reason
    release.body[1].blurred = True  # type: ignore[union-attr]
    assert _protection(release).status == "pass"


def test_protection_marks_survive_save_and_old_drafts_load() -> None:
    case = Case(suspects=[Suspect("AR", "15", child=True)],
                persons=[Person(role="saksi", initials="DW", name="Dewi", child=True,
                                school="SD Wanakarta 1")])
    release = _case([Paragraph("x"), Photo(path="/tmp/tidak-ada.jpg", blurred=True)], case)
    text = dumps(release)
    assert '"version": 4' in text
    again = loads(text)
    assert again.case.suspects[0].child and again.case.persons == case.persons
    assert again.body[1].blurred  # type: ignore[union-attr]
    old = text.replace('"version": 4', '"version": 3')
    assert loads(old).case.persons == case.persons
    plain = dumps(_case([Paragraph("x")]))
    assert '"child"' not in plain and '"persons"' not in plain and '"blurred"' not in plain


def test_the_docx_copy_of_the_draft_leaves_out_what_identifies_them() -> None:
    from app.release.draftfile import record_version
    from app.render.docx_source import extract_source
    from app.render.export import export_bytes

    case = Case(suspects=[Suspect("AR", "15", child=True)],
                persons=[Person(role="korban", initials="NA", name="Nadia Ayuningtyas",
                                child=True, school="SD Wanakarta 3", parents="Sutrisno",
                                address="Jalan Mawar 4")])
    release = _case([Paragraph("Korban NA mengalami luka ringan.")], case)
    record_version(release, "Bripka Dwi")  # an older version holds the details too
    release.case.persons[0].school = "SD Wanakarta 4"
    carried = extract_source(export_bytes(release, "docx"))
    assert carried is not None
    stored = dumps(carried)
    for secret in ("Nadia", "Wanakarta 3", "Wanakarta 4", "Sutrisno", "Mawar"):
        assert secret not in stored
    kept = carried.case.persons[0]
    assert (kept.initials, kept.child, kept.name, kept.school) == ("NA", True, "", "")
    assert release.case.persons[0].name == "Nadia Ayuningtyas"  # the draft keeps them
    assert "Nadia" not in str(carried.versions[0].content)
