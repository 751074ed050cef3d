"""Wave S3, punctuation (EYD V, III): the missing opening mark of a quotation that holds a
term in single marks or is closed by an opening mark, a second closing mark after the
speaker, an initial after a general's rank or a corps, labels with a space before the
colon, an acronym of a local government with a period, a sentence left without its period
before *Hal tersebut*, and the closing comma of an apposition after an office whose
bracketed acronym holds a space; an attribution inside an open quotation, se- with a
spaced dash, a comma inside a closing bracket, a comma before *tentang* in a regulation's
name, an initial closing a ranked person's name. Every sentence here is invented for the
project."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.punctuation import period_outside_quote


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


INTRO = "SUKAMAJU – Polsek Sukamaju menggelar patroli malam di pasar.\n\n"


def test_missing_opening_mark_with_a_term_in_single_marks(checker: Checker) -> None:
    text = INTRO + "Kami periksa setiap ‘sudut’ pasar sampai pagi,” kata Kapolsek.\n"
    assert found(checker, text, "petik-pembuka-hilang") == [("Kami", ("“Kami",))]


def test_missing_opening_mark_when_an_opening_mark_closes_it(checker: Checker) -> None:
    text = INTRO + "Warga diminta menjaga kebersihan pos, “terang Kapolsek.\n"
    assert found(checker, text, "petik-pembuka-hilang") == [("Warga", ("“Warga",))]


def test_an_earlier_quote_closed_by_an_opening_mark_is_not_left_open(
        checker: Checker) -> None:
    text = (INTRO + "“Pos ronda kami aktifkan lagi “ujarnya.\n\n"
            "Kebersihan pos juga harus dijaga,” imbuhnya.\n")
    assert found(checker, text, "petik-pembuka-hilang") == [("Kebersihan", ("“Kebersihan",))]


def test_unbalanced_single_mark_still_keeps_the_rule_quiet(checker: Checker) -> None:
    text = INTRO + "Kami periksa setiap ‘sudut pasar sampai pagi,” kata Kapolsek.\n"
    assert found(checker, text, "petik-pembuka-hilang") == []


def test_second_closing_mark_after_the_speaker(checker: Checker) -> None:
    text = INTRO + "“Kami siap menjaga pasar,” ungkap Serda Budi”.\n"
    assert found(checker, text, "petik-penutup-sesudah-pengucap") == [
        ("ungkap Serda Budi”", ("ungkap Serda Budi",))]
    assert list(period_outside_quote(text)) == []


def test_period_outside_a_quote_still_found_when_nothing_closed_before() -> None:
    text = INTRO + "“Kami siap menjaga pasar sampai pagi”. Lalu petugas berkeliling.\n"
    assert [(f.text, f.suggestions) for f in period_outside_quote(text)] == [("”.", (".”",))]


@pytest.mark.parametrize(("text", "fixed"), [
    ("Kapolda Contoh Brigjen Pol T Wibowo meninjau pos.", "Brigjen Pol T."),
    ("Danramil Mayor Inf K Simanjuntak memimpin apel.", "Mayor Inf K."),
    ("Pangdam Mayjen TNI R Hartono hadir.", "Mayjen TNI R."),
])
def test_initial_after_a_high_rank_or_a_corps(checker: Checker, text: str, fixed: str) -> None:
    [(_, suggestions)] = found(checker, text, "titik-inisial-sesudah-pangkat")
    assert suggestions[0] == fixed


def test_initial_with_its_period_is_left_alone(checker: Checker) -> None:
    text = "Danramil Mayor Inf. K. Simanjuntak memimpin apel."
    assert found(checker, text, "titik-inisial-sesudah-pangkat") == []


@pytest.mark.parametrize(("text", "fixed"), [
    ("Warga berkumpul.\n\n(Sumber : Humas Polres Sukamaju)", "Sumber:"),
    ("Warga berkumpul.\n\nLaporan : Rina/Humas", "Laporan:"),
    ("Warga berkumpul.\n\n(Editor : Dewi)", "Editor:"),
])
def test_space_before_the_colon_of_a_closing_label(checker: Checker, text: str,
                                                     fixed: str) -> None:
    [(_, suggestions)] = found(checker, text, "spasi-sebelum-titik-dua-label")
    assert suggestions[0] == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("Zakat dari ASN Pemprov. Sukamaju dibagikan kepada warga.", "Pemprov "),
    ("Wakil Ketua TP. PKK Sukamaju hadir.", "TP "),
])
def test_period_after_a_government_acronym(checker: Checker, text: str, fixed: str) -> None:
    [(_, suggestions)] = found(checker, text, "titik-akronim-lembaga")
    assert suggestions[0] == fixed


@pytest.mark.parametrize("text", [
    "Gedung itu milik Pemprov. Selain itu, warga ikut menjaga.",
    "Nilai TP. Budi naik tahun ini.",
])
def test_period_that_ends_a_sentence_is_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "titik-akronim-lembaga") == []


def test_sentence_without_its_period_before_hal_tersebut(checker: Checker) -> None:
    text = "Patroli berakhir pukul 22.00 WIB Hal tersebut disampaikan Kapolsek."
    assert found(checker, text, "titik-sebelum-kalimat-rujukan") == [("WIB ", ("WIB. ",))]


def test_hal_tersebut_after_its_period_is_left_alone(checker: Checker) -> None:
    text = "Patroli berakhir pukul 22.00 WIB. Hal tersebut disampaikan Kapolsek."
    assert found(checker, text, "titik-sebelum-kalimat-rujukan") == []


def test_apposition_closed_after_an_office_with_a_spaced_bracket(checker: Checker) -> None:
    text = ("Kepala Badan Perencanaan Daerah ( Bappeda) Kabupaten Sukamaju, Budi Santoso "
            "menegaskan rencana itu.")
    assert found(checker, text, "koma-penutup-aposisi-nama") == [("Santoso", ("Santoso,",))]


def test_attribution_inside_an_open_quotation(checker: Checker) -> None:
    text = INTRO + "“Dengan jadwal yang tetap, kata dia, pos ronda tidak pernah kosong.”\n"
    assert found(checker, text, "petik-sela-pengucap") == [
        (", kata dia, ", (",” kata dia, “",))]


@pytest.mark.parametrize("text", [
    INTRO + "“Dengan jadwal yang tetap,” kata dia, “pos ronda tidak pernah kosong.”\n",
    INTRO + "Dengan jadwal yang tetap, kata dia, pos ronda tidak pernah kosong.\n",
])
def test_attribution_already_marked_or_reported_is_left_alone(checker: Checker,
                                                             text: str) -> None:
    assert found(checker, text, "petik-sela-pengucap") == []


@pytest.mark.parametrize(("text", "fixed"), [
    ("Camat se – Kab. Sukamaju hadir.", "se-"),
    ("Lomba se–Kabupaten Sukamaju digelar.", "se-"),
])
def test_se_with_a_spaced_dash_before_a_name(checker: Checker, text: str, fixed: str) -> None:
    [(_, suggestions)] = found(checker, text, "se-nama-diri")
    assert suggestions[0] == fixed


def test_comma_inside_the_closing_bracket(checker: Checker) -> None:
    text = "Anggota KIM (Kelompok Informasi Masyarakat,) ikut rapat."
    assert found(checker, text, "koma-sebelum-kurung-tutup") == [(",)", ("),",))]


def test_comma_before_tentang_in_a_regulation_name(checker: Checker) -> None:
    text = "Perda Nomor 4 Tahun 2019, tentang Ketertiban Umum berlaku lagi."
    assert found(checker, text, "koma-sebelum-tentang-peraturan") == [("2019, ", ("2019 ",))]


def test_comma_after_a_year_that_is_no_regulation_is_left_alone(checker: Checker) -> None:
    text = "Pada tahun 2019, tentang hal itu belum ada aturan."
    assert found(checker, text, "koma-sebelum-tentang-peraturan") == []
