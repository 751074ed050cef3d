"""Capitals where EYD V, I.E writes them (issue 10): day and month names anywhere, an
office or unit before the name it belongs to, a region word (*kota*) before its name, and
no capital on a common word after a comma.
Every sentence is written for this test; the names in it are invented."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.capital_before_name import (
    RULE_DAY_MONTH,
    RULE_OFFICE_BEFORE_NAME,
    load_offices,
)
from app.language.common_capitals import RULE_AFTER_COMMA
from app.language.eyd_context import RULE_REGION_NAME
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]




def test_the_rules_are_listed_with_their_eyd_source_and_severity() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    assert book[RULE_DAY_MONTH]["severity"] == "kesalahan"
    assert book[RULE_OFFICE_BEFORE_NAME]["severity"] == "saran"
    for rule in (RULE_DAY_MONTH, RULE_OFFICE_BEFORE_NAME):
        assert "EYD V, I.E" in book[rule]["source"], rule


# -- day and month names ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "right"), [
    ("Pengajian digelar setiap kamis malam di musala.", "Kamis"),
    ("Target panen tercapai pada akhir bulan agustus.", "Agustus"),
    ("Bazar murah dibuka lagi pertengahan desember.", "Desember"),
])
def test_a_day_or_month_in_lower_case_is_capitalised(checker: Checker, text: str,
                                                     right: str) -> None:
    assert [suggestion for _written, suggestion in found(checker, text, RULE_DAY_MONTH)] \
        == [right]


@pytest.mark.parametrize("text", [
    "Jadwal ronda berganti setiap minggu.",                  # minggu: also ‘week’
    "Dua minggu lalu warga kerja bakti.",
    "Unduh jadwal di kelurahan.example/jadwal/senin-pagi.",   # inside an address
    "Tagar #jumatbersih ramai dibagikan warga.",              # a hashtag
    "Pelatihan berlangsung Senin hingga Rabu.",               # written right
])
def test_weeks_addresses_and_hashtags_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_DAY_MONTH) == []


# -- an office or unit before its name ----------------------------------------------------

@pytest.mark.parametrize(("text", "written"), [
    ("Usulan itu disampaikan bupati Ranumerta saat rapat.", "bupati"),
    ("Laporan diteruskan kepada gubernur NTB pekan ini.", "gubernur"),
    ("Surat diteruskan kepada rektor Wiranegara sore itu.", "rektor"),
    ("Petugas dari kantor camat Kota Lama ikut berjaga.", "camat"),
])
def test_an_office_or_unit_before_a_name_is_capitalised(checker: Checker, text: str,
                                                        written: str) -> None:
    assert found(checker, text, RULE_OFFICE_BEFORE_NAME) == [
        (written, written.capitalize())]


@pytest.mark.parametrize("text", [
    "Undangan dikirim kepada para camat Kota Lama dan Kota Baru.",   # any holder
    "Rapat dihadiri kepala OPD dan ketua RT setempat.",              # a kind of body
    "Korban mengalami luka di kepala Budi tidak sadarkan diri.",     # a body part
    "Hasil rapat dibawa anggota Polres Tirtamulya ke markas.",        # a member, no office
    "Laporan diterima polsek Senin pagi.",                          # a day, not a name
    "Setiap polsek Wajib melapor.",                                  # a common word after
    "Kantor Camat Sukajadi dicat ulang.",                            # written right
    "Laman resmi humas.polri.example memuat rilis itu.",             # an address
])
def test_offices_naming_no_one_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_OFFICE_BEFORE_NAME) == []


def test_a_head_before_an_institution_is_left_to_the_name_lists(checker: Checker) -> None:
    text = "Surat diteruskan kepada kepala Dinas Sosial Kabupaten Tirtamulya."
    assert found(checker, text, RULE_OFFICE_BEFORE_NAME) == []
    assert [f.text for f in checker.check(text) if f.start == text.index("kepala")] == [
        "kepala Dinas"]


@pytest.mark.parametrize("text", [
    "Pengamanan dibantu personel koramil Sukajadi sejak pagi.",
    "Petugas dari polsek Kota Lama ikut berjaga.",
])
def test_a_unit_no_dictionary_has_in_lower_case_is_flagged_once(checker: Checker,
                                                                text: str) -> None:
    findings = [f for f in checker.check(text) if f.text in ("koramil", "polsek")]
    assert [(f.rule, f.suggestions[0]) for f in findings] == [
        ("huruf-kapital", findings[0].text.capitalize())]


def test_the_offices_come_from_the_lexicon() -> None:
    offices = load_offices()
    assert {"camat", "bupati", "polres", "koramil"} <= offices
    assert not offices & {"anggota", "polwan", "kepala", "ketua"}
    assert all(office.islower() for office in offices)


# -- kota before its name -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "flagged"), [
    ("Operasi pasar digelar di kota Sukamerta pekan ini.", [("kota", "Kota")]),
    ("Ia lama bertugas di ibu kota Sukamerta.", []),                 # ibu kota: one word
    ("Posko berdiri di wilayah kota Kelurahan Tirta Asri.", []),     # the village's name
])
def test_kota_before_its_name_is_capitalised(checker: Checker, text: str,
                                             flagged: list[tuple[str, str]]) -> None:
    assert found(checker, text, RULE_REGION_NAME) == flagged


# -- a common word capitalised after a comma ----------------------------------------------

@pytest.mark.parametrize(("text", "flagged"), [
    ("Pos itu dijaga Brimob, Petugas kesehatan dan relawan.",
     [("Petugas kesehatan", "petugas kesehatan")]),
    ("Menurut Lurah Sukajadi, Kegiatan ini rutin digelar.",
     [("Kegiatan ini", "kegiatan ini")]),
    ("Dalam arahannya, Dewa menegaskan pentingnya disiplin.", []),    # a name, its verb
    ("Hadir Danramil, Pemerintah Kecamatan Sukajadi dan warga.", []),  # a name in capitals
    ("Sambutan dibacakan Serka Ali, Perwira piket, Kapten Inf Budi.", []),   # a role
    ("Di Desa Mekar, Tahunan pada tahun lalu panen raya.", []),      # a function word after
])
def test_a_common_word_after_a_comma_is_lower_case(checker: Checker, text: str,
                                                   flagged: list[tuple[str, str]]) -> None:
    assert found(checker, text, RULE_AFTER_COMMA) == flagged


def test_after_comma_is_a_saran_with_its_source() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    assert book[RULE_AFTER_COMMA]["severity"] == "saran"
    assert "EYD V, I.E" in book[RULE_AFTER_COMMA]["source"]
