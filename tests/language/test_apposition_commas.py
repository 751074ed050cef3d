"""Commas EYD V III.B asks for between address parts and after degrees that close an
apposition (``apposition_commas``): found where due, silent on names, offices and
lists. Every sentence here is fictional."""

from __future__ import annotations

import pytest

from app.language import Checker, apposition_commas
from app.language.apposition_commas import RULE_ADDRESS_COMMA, RULE_DEGREE_CLOSE
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bantuan diserahkan di Desa Sukamaju Kecamatan Sukajaya Kabupaten Contoh kemarin.",
     ["Sukamaju", "Sukajaya"]),
    ("Rumahnya di Kampung Air Merah Distrik Lembah Sunyi.", ["Merah"]),
    ("Lokasinya di Desa Batu Ampar Kec. Tanah Datar Kab. Contoh.", ["Ampar", "Datar"]),
    ("Kebakaran terjadi di RT 04/RW 02 Kelurahan Sidomakmur.", ["04/RW 02"]),
    ("Warga Kelurahan Tanjung Asri Kabupaten Contoh menerima bantuan.", ["Asri"]),
    ("Gudang itu di Jalan Kenanga No. 7 Desa Sukamaju.", ["7"]),
    ("Posko berada di Kecamatan Kota Tengah Kabupaten Contoh.", ["Tengah"]),
    ("Sumur itu di Dukuh Kalisari Desa Wonoasri Kec. Gununglarang.", ["Kalisari", "Wonoasri"]),
    ("Jembatan di Jorong Batu Gadang Nagari Sungai Rumbai rusak.", ["Gadang"]),
    ("Bazar di Kel. Sidomakmur Kec. Kota Tengah berlangsung ramai.", ["Sidomakmur"]),
])
def test_address_parts_take_commas(checker: Checker, text: str, expected: list[str]) -> None:
    findings = found(checker, text, RULE_ADDRESS_COMMA)
    assert [written.rsplit(" ", 1)[-1] for written, _ in findings] == \
        [word.rsplit(" ", 1)[-1] for word in expected]
    assert all(fix == (f"{written},",) for written, fix in findings)


def test_one_finding_per_missing_comma_on_the_name_before_the_level(checker: Checker) -> None:
    text = "Tim tiba di Desa Sukamaju, Kecamatan Sukajaya Kabupaten Contoh."
    findings = [f for f in checker.check(text) if f.rule == RULE_ADDRESS_COMMA]
    assert len(findings) == 1
    assert text[findings[0].start:findings[0].end] == "Sukajaya"
    assert findings[0].severity == "saran"


@pytest.mark.parametrize("text", [
    "Bantuan diserahkan di Desa Sukamaju, Kecamatan Sukajaya, Kabupaten Contoh.",
    "Surat itu diteken Camat Sukajaya Kabupaten Contoh kemarin.",
    "Anggota Polsek Sukajaya Kabupaten Contoh berjaga di pasar.",
    "Rapat dibuka Kepala Desa Sukamaju Kecamatan Sukajaya pagi tadi.",
    "Program itu dijalankan Pemerintah Kabupaten Contoh Provinsi Ranumerta.",
    "Warga Desa Kota Baru berkumpul di balai.",
    "Kegiatan di desa sukamaju kecamatan sukajaya berjalan lancar.",
    "DESA SUKAMAJU KECAMATAN SUKAJAYA BERSIH",
    "Ia lahir di Desa Sukamaju dan besar di Kecamatan Sukajaya.",
])
def test_names_offices_and_written_commas_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_ADDRESS_COMMA) == []


@pytest.mark.parametrize(("text", "degree"), [
    ("Kapolsek Sukajaya AKP Dedi Wiryawan, S.H., M.H. mengatakan situasi aman.", "M.H."),
    ("Pelatihan dibuka Ani Lestari, S.Sos. yang menjabat camat.", "S.Sos."),
    ("Imbauan itu disampaikan Iptu Rudi Hartono, S.I.K. melalui radio.", "S.I.K."),
    ("Dr. Sari Murni, M.Si. dalam paparannya menekankan kebersihan.", "M.Si."),
])
def test_a_degree_closing_an_apposition_takes_a_comma(checker: Checker, text: str,
                                                      degree: str) -> None:
    assert found(checker, text, RULE_DEGREE_CLOSE) == [(degree, (f"{degree},",))]


@pytest.mark.parametrize("text", [
    "Kapolsek Sukajaya AKP Dedi Wiryawan, S.H., M.H., mengatakan situasi aman.",
    "Pemateri hari itu adalah Ani Lestari, S.Sos.",
    "Hadir pula Budi Santoso, S.H. dan Ani Lestari, M.H.",
    "Sambutan dibacakan Rudi Hartono, S.H. (Kapolsek Sukajaya).",
    "Acara ditutup oleh Rudi Hartono, S.H. Setelah itu warga pulang.",
    "Ia menyebut “Rudi Hartono, S.H.” sebagai teladan.",
])
def test_degrees_that_end_or_are_closed_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_DEGREE_CLOSE) == []


def test_rules_are_listed_as_suggestions_with_their_source() -> None:
    listed = {rule["id"]: rule for rule in rulebook()}
    for rule_id in (RULE_ADDRESS_COMMA, RULE_DEGREE_CLOSE):
        assert listed[rule_id]["severity"] == "saran"
        assert "EYD V" in listed[rule_id]["source"]


@pytest.mark.parametrize(("rule", "wrong", "right"), [
    (rule, wrong, right) for rule, (wrongs, rights) in apposition_commas.EXAMPLES.items()
    for wrong, right in zip(wrongs, rights, strict=False)])
def test_module_examples(checker: Checker, rule: str, wrong: str, right: str) -> None:
    assert found(checker, wrong, rule)
    assert found(checker, right, rule) == []
