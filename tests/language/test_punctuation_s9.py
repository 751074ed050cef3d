"""Abbreviation periods, degrees, initials, document numbers and ordinals of session 9
(issue 10), each as EYD V states it, on fictional sentences."""

from __future__ import annotations

import pytest

from app.language import Checker, degree_periods, punctuation
from app.language.rulebook import rulebook

NEW_TOML_RULES = ("ke-angka-romawi", "nomor-titik-dua", "titik-gelar-sapaan-koma",
                  "nama-bali-i-terpisah", "lambang-rupiah-huruf", "spasi-setelah-kurung-tutup",
                  "titik-singkatan-kapal", "titik-inisial-sesudah-pangkat", "spasi-antargelar")
DEGREE = degree_periods.RULE_DEGREE_FINAL_PERIOD


def on_rule(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (wrong, _right) in degree_periods.EXAMPLES.items()
    for text in wrong])
def test_every_wrong_example_is_flagged(checker: Checker, rule: str, text: str) -> None:
    assert on_rule(checker, text, rule), text


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (_wrong, right) in degree_periods.EXAMPLES.items()
    for text in right])
def test_every_right_example_is_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert on_rule(checker, text, rule) == [], text


def test_new_rules_are_listed_with_their_source() -> None:
    listed = {entry["id"]: entry for entry in rulebook()}
    for rule in (*degree_periods.EXAMPLES, *NEW_TOML_RULES):
        assert rule in listed, rule
        assert "EYD V" in listed[rule]["source"], rule
    assert listed[DEGREE]["severity"] == "kesalahan"


# -- degrees ------------------------------------------------------------------------------

def test_unknown_degree_gets_its_final_period(checker: Checker) -> None:
    assert on_rule(checker, "Kepala UPT, Dewi Lestari, M.K.M, membuka pelatihan.",
                   DEGREE) == [("M.K.M", ("M.K.M.",))]


def test_last_degree_of_a_chain_is_found(checker: Checker) -> None:
    text = "Dandim Letkol Inf Yoga Satria, S.I.P., M.M., M.I.Pol, kembali memberi arahan."
    assert on_rule(checker, text, DEGREE) == [("M.I.Pol", ("M.I.Pol.",))]


def test_known_degree_takes_its_standard_form(checker: Checker) -> None:
    """A name the degree table's context test does not read (a digit typed for a letter)
    still carries a degree; the table gives its standard form."""
    flagged = on_rule(checker, "Camat Sukamaju, Drs. Budiant0, M.Si menyatakan siap.", DEGREE)
    assert flagged == [("M.Si", ("M.Si.",))]


def test_degree_before_a_capitalised_word_needs_a_lowercase_letter(checker: Checker) -> None:
    assert on_rule(checker, "Lurah Sukamaju, Hendra Wijaya, S.Hut Sekaligus membuka acara.",
                   DEGREE) == [("S.Hut", ("S.Hut.",))]
    assert on_rule(checker, "Ketua panitia, H.M Nurdin, membuka acara.", DEGREE) == []


def test_degree_with_its_period_or_a_bracket_after_is_left_alone(checker: Checker) -> None:
    assert on_rule(checker, "Danrem, Kolonel Inf Yoga, S.I.P., M.Tr (Han), hadir.",
                   DEGREE) == []
    assert on_rule(checker, "Kepala UPT, Dewi Lestari, M.K.M., membuka pelatihan.",
                   DEGREE) == []


def test_existing_degree_rule_is_not_doubled(checker: Checker) -> None:
    rules = [f.rule for f in checker.check("Kapolsek, AKP Bima Sakti, S.H mengatakan aman.")]
    assert rules.count("gelar-tanpa-titik") == 1 and DEGREE not in rules


# -- initials and titles ------------------------------------------------------------------

def test_initial_m_takes_a_period(checker: Checker) -> None:
    assert on_rule(checker, "Sekretaris Dinsos M Rasyid hadir.", "titik-gelar-sapaan") == [
        ("M", ("M.",))]


def test_title_typed_with_a_comma_takes_a_period(checker: Checker) -> None:
    assert on_rule(checker, "Bupati Sukamaju H, Darmawan membuka acara.",
                   "titik-gelar-sapaan-koma") == [("H,", ("H.",))]


def test_balinese_i_is_written_apart(checker: Checker) -> None:
    assert on_rule(checker, "Turut hadir staf ahli iKetut Wirawan.",
                   "nama-bali-i-terpisah") == [("iKetut", ("I Ketut",))]


def test_rank_in_capitals_before_a_name_takes_no_period(checker: Checker) -> None:
    assert on_rule(checker, "Kapolsek, AIPDA. Made Sutama, hadir.", "titik-setelah-pangkat") \
        == [("AIPDA. ", ("AIPDA ",))]


def test_vessel_type_takes_no_period_before_the_ship(checker: Checker) -> None:
    assert on_rule(checker, "Warga menumpang KM. Sinar Bahari menuju pulau.",
                   "titik-singkatan-kapal") == [("KM. ", ("KM ",))]
    assert on_rule(checker, "Mereka tiba dengan KM. Selanjutnya warga pulang.",
                   "titik-singkatan-kapal") == []


# -- numbers and ordinals -----------------------------------------------------------------

def test_document_number_loses_its_colon_mid_sentence_only(checker: Checker) -> None:
    assert on_rule(checker, "sesuai Keputusan Camat Nomor: 45 tentang tim.",
                   "nomor-titik-dua") == [("Nomor: ", ("Nomor ",))]
    assert on_rule(checker, "diatur Surat Edaran No :12 tentang jam kerja.",
                   "nomor-titik-dua") == [("No :", ("Nomor ",))]
    assert on_rule(checker, "Nomor : 100/12/2026\nPerihal : Undangan", "nomor-titik-dua") == []


def test_roman_ordinal_drops_ke(checker: Checker) -> None:
    assert on_rule(checker, "Musyawarah Adat ke-IV digelar di balai.", "ke-angka-romawi") \
        == [("ke-IV", ("IV",))]
    assert on_rule(checker, "Rombongan lanjut ke V Koto sore itu.", "ke-angka-romawi") == []


def test_capital_ke_before_a_number_after_a_name(checker: Checker) -> None:
    assert on_rule(checker, "DPRD menggelar Rapat Paripurna Ke 7 dengan agenda laporan.",
                   "ke-bilangan-ordinal-ragu") == [("Ke 7", ("Ke-7",))]
    assert on_rule(checker, "Bantuan dikirim ke 7 desa terdampak.",
                   "ke-bilangan-ordinal-ragu") == []


def test_rupiah_symbol_in_capitals(checker: Checker) -> None:
    assert on_rule(checker, "Polisi menyita uang RP. 250 ribu dari pelaku.",
                   "lambang-rupiah-huruf") == [("RP. ", ("Rp",))]
    assert on_rule(checker, "POLISI SITA UANG RP 250 RIBU", "lambang-rupiah-huruf") == []


def test_space_after_closing_bracket(checker: Checker) -> None:
    assert on_rule(checker, "Patroli digelar Sabtu (3/1)malam di pasar.",
                   "spasi-setelah-kurung-tutup") == [(")", (") ",))]


def test_initial_after_a_rank_takes_a_period(checker: Checker) -> None:
    assert on_rule(checker, "Bhabinkamtibmas Bripka T Gunawan menyapa warga.",
                   "titik-inisial-sesudah-pangkat") == [("Bripka T", ("Bripka T.",))]
    assert on_rule(checker, "Kanit Reskrim Ipda I Ketut Arsa hadir.",
                   "titik-inisial-sesudah-pangkat") == []


def test_comma_inside_a_known_degree_is_its_period(checker: Checker) -> None:
    """*M,Si* is one degree: the fix is its period, not the space a list comma takes."""
    found = [(f.rule, f.text, f.suggestions) for f in
             checker.check("Camat Sukamaju, Budi Santoso, M,Si mengatakan warga siap.")
             if f.text in ("M,Si", ",")]
    assert found == [(degree_periods.RULE_DEGREE_COMMA, "M,Si", ("M.Si.",))]


def test_stray_closing_bracket_is_judged_within_its_paragraph(checker: Checker) -> None:
    text = "Rapat (paripurna) dibuka.\nDewan menyetujui Ranperda) menjadi Perda."
    assert on_rule(checker, text, punctuation.RULE_STRAY_BRACKET) == [(")", ("",))]
    assert on_rule(checker, "Dewan (DPRD\nkabupaten) menyetujui.",
                   punctuation.RULE_STRAY_BRACKET) == [(")", ("",))]
    assert on_rule(checker, "Dewan (DPRD kabupaten) menyetujui.",
                   punctuation.RULE_STRAY_BRACKET) == []
