"""Issue 10, numbers: how figures are written in real releases (EYD V, II.G Angka dan
Bilangan; III.A/III.B the thousands period and the decimal comma), checked through the whole
checker, each class with text it must flag and text it must leave alone.

Every sentence is written for this test."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.numbers import (
    RULE_GROUPING_COMMA,
    RULE_NUMBER_OPENS,
    grouping_consistency,
    in_words,
    number_opens_sentence,
    spelled_out,
)
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


# -- a number that opens a sentence --------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "fixed"), [
    ("Pos pantau dibuka di pasar. 22 pos lain menyusul pekan depan.", "22", "Dua puluh dua"),
    ("Apel selesai pagi ini. 7 regu berangkat ke desa.", "7", "Tujuh"),
    ("Kapolres menutup apel.\n\n453 personel gabungan disiagakan di seluruh tempat "
     "pemungutan suara pada hari pencoblosan.", "453", "Sebanyak 453"),
    ("“Semua siap.” 5 mobil patroli lalu berangkat.", "5", "Lima"),
])
def test_a_sentence_opening_with_a_figure_is_flagged(checker: Checker, text: str,
                                                       written: str, fixed: str) -> None:
    assert found(checker, text, RULE_NUMBER_OPENS) == [(written, fixed)]


@pytest.mark.parametrize("text", [
    "Sebanyak 22 pos dibuka di pasar.",
    "Aturan itu ada di Perpres No. 12 tahun ini.",
    "Barang bukti:\n2 unit sepeda motor\n3 buah telepon genggam",
    "Barang bukti yang disita dari rumah tersangka:\n1 unit sepeda motor tanpa pelat "
    "nomor warna hitam milik tersangka",
    "Apel dimulai. 17 Agustus menjadi hari yang ditunggu.",
    "Biaya Rp. 5 juta ditanggung desa.",
])
def test_list_items_dates_and_abbreviations_are_not_sentence_openings(
        checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_NUMBER_OPENS) == []


def test_numbers_in_words_follow_eyd() -> None:
    assert [in_words(n) for n in (1, 10, 11, 15, 20, 100, 300, 1000, 4000)] == [
        "satu", "sepuluh", "sebelas", "lima belas", "dua puluh", "seratus", "tiga ratus",
        "seribu", "empat ribu"]
    assert in_words(22) is None and in_words(150) is None and in_words(0) is None
    assert spelled_out(22) == "dua puluh dua" and spelled_out(453) is None


def test_the_rule_reads_only_its_text() -> None:
    [finding] = number_opens_sentence("Patroli selesai. 9 warga diberi masker.")
    assert (finding.start, finding.end, finding.severity) == (17, 18, "saran")


# -- thousands period: the same number written two ways -----------------------------------

def test_a_comma_where_the_text_elsewhere_groups_with_a_period(checker: Checker) -> None:
    text = ("Petugas menyita 1,244 gram sabu. Total barang bukti mencapai 1.244 gram "
            "dari tiga tersangka.")
    assert found(checker, text, RULE_GROUPING_COMMA) == [("1,244", "1.244")]


@pytest.mark.parametrize("text", [
    "Petugas menyita 1,244 gram sabu dari tiga tersangka.",        # alone: may be a decimal
    "Petugas menyita 266,336 gram sabu dan 1.500 butir pil.",
    "Harga naik 1,250 persen menurut data 1.250 warga.",           # no unit after the comma
])
def test_a_comma_alone_may_be_a_decimal(text: str) -> None:
    assert list(grouping_consistency(text)) == []


# -- the rule file's number rules, through the whole checker ------------------------------

@pytest.mark.parametrize(("text", "rule", "written", "fixed"), [
    ("Personel yang terlibat sebanyak 1458. Semua bersiaga.", "pemisah-ribuan", "1458",
     "1.458"),
    ("Dinas sosial menyalurkan 2500 paket sembako.", "pemisah-ribuan", "2500", "2.500"),
    ("Petugas mengamankan 4033,973 gram ganja kering.", "pemisah-ribuan-desimal",
     "4033,973", "4.033,973"),
    ("Jagung ditanam di lahan seluas 0, 7 hektare.", "spasi-dalam-desimal", "0, 7", "0,7"),
    ("Razia digelar Kamis (24/12/ 2020) malam.", "spasi-dalam-tanggal", "(24/12/ 2020)",
     "(24/12/2020)"),
    ("Pedagang melanggar perda no 17 tahun 2009 tentang ketertiban.",
     "nomor-tahun-peraturan", "no 17 tahun 2009", "No. 17 Tahun 2009"),
    ("Mekanismenya diatur Permendagri nomor 67 tahun 2017.", "nomor-tahun-peraturan-kata",
     "nomor 67 tahun 2017", "Nomor 67 Tahun 2017"),
    ("Pelaku dijerat pasal 363 KUHP.", "pasal-kapital", "pasal", "Pasal"),
    ("Bantuan Rp250 ribu perbulannya diterima warga.", "per-terpisah", "perbulannya",
     "per bulannya"),
])
def test_number_rules_of_the_rule_file(checker: Checker, text: str, rule: str, written: str,
                                       fixed: str) -> None:
    assert found(checker, text, rule) == [(written, fixed)]


@pytest.mark.parametrize("text", [
    "Warga merayakan Idulfitri 1444 Hijriah di kampung.",
    "Personel Kodim 0707 dan Dandim 1608 Sukamaju hadir.",
    "Surat dikirim ke Sukamaju, Jawa Timur 61234, pagi ini.",
    "Hubungi layanan pengaduan di nomor 1500 setiap saat.",
    "Kendaraan berpelat AB 3166 XY diamankan.",
    "Pada 2024 warga kembali mudik.",
    "Petugas menyita 266,336 gram sabu.",
])
def test_years_codes_and_identifiers_keep_their_digits(checker: Checker, text: str) -> None:
    rules = {f.rule for f in checker.check(text)}
    assert not rules & {"pemisah-ribuan", "pemisah-ribuan-desimal", RULE_GROUPING_COMMA}


def test_number_rules_are_listed_with_their_source() -> None:
    listed = {rule["id"]: rule for rule in rulebook()}
    for rule_id in (RULE_NUMBER_OPENS, RULE_GROUPING_COMMA):
        assert listed[rule_id]["severity"] == "saran"
        assert listed[rule_id]["source"].startswith("EYD V")
