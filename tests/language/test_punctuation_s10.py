"""Marks inside words, joined locatives, direct-speech periods, degree variants and the new
rule-file rules of session 10 (issue 10), each as EYD V or KBBI states it, on fictional
sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.language import Checker, degree_periods, punctuation, word_marks
from app.language.rulebook import rulebook

NEW_TOML_RULES = ("ke-hubung-berspasi", "kepada-serangkai", "spasi-koma-daftar-angka",
                  "tanda-lebih-besar-nyasar", "titik-sebelum-tanda-akhir",
                  "se-singkatan-tanda-hubung", "dan-atau-garis-miring",
                  "ulang-enklitik-tanpa-hubung", "pisah-baris-tanggal-rapat",
                  "pemisah-ribuan-bukan-tahun", "singkatan-umum-titik")
PERIOD_IN_QUOTE = punctuation.RULE_PERIOD_IN_QUOTE
MODULE_EXAMPLES = {**word_marks.EXAMPLES,
                   PERIOD_IN_QUOTE: punctuation.EXAMPLES[PERIOD_IN_QUOTE],
                   punctuation.RULE_MIXED_QUOTE: punctuation.EXAMPLES[punctuation.RULE_MIXED_QUOTE],
                   punctuation.RULE_MISSING_OPENING:
                       punctuation.EXAMPLES[punctuation.RULE_MISSING_OPENING]}


def on_rule(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (wrong, _right) in MODULE_EXAMPLES.items() for text in wrong])
def test_every_wrong_example_is_flagged(checker: Checker, rule: str, text: str) -> None:
    assert on_rule(checker, text, rule), text


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (_wrong, right) in MODULE_EXAMPLES.items() for text in right])
def test_every_right_example_is_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert on_rule(checker, text, rule) == [], text


def test_new_rules_are_listed_with_their_source() -> None:
    listed = {entry["id"]: entry for entry in rulebook()}
    for rule in (*MODULE_EXAMPLES, *NEW_TOML_RULES):
        assert rule in listed, rule
        assert "EYD V" in listed[rule]["source"] or "KBBI" in listed[rule]["source"], rule
    assert listed["dan-atau-garis-miring"]["severity"] == "saran"
    assert listed[word_marks.RULE_BROKEN_WORD]["severity"] == "kesalahan"


# -- a hyphen or an apostrophe inside a word ----------------------------------------------

def test_line_break_hyphen_gives_the_whole_word(checker: Checker) -> None:
    text = "Camat menyerah-kan bantuan kepada warga yang meneri-ma kupon."
    assert on_rule(checker, text, word_marks.RULE_BROKEN_WORD) == [
        ("menyerah-kan", ("menyerahkan",)), ("meneri-ma", ("menerima",))]


@pytest.mark.parametrize("text", [
    "Warga bermain-main di halaman.",            # a reduplication with its affix
    "Pedagang sayur-mayur berjualan pagi.",      # a reduplication that changes a sound
    "Hadir pula anggota DPRD-nya.",              # an acronym with its enclitic
    "Mereka bekerja sama dalam kerja-sama itu.",  # the joined form is non-standard
])
def test_hyphens_that_belong_are_left_alone(checker: Checker, text: str) -> None:
    assert on_rule(checker, text, word_marks.RULE_BROKEN_WORD) == []


def test_curly_apostrophe_does_not_hide_a_non_standard_form(checker: Checker) -> None:
    found = [(f.rule, f.text, f.suggestions) for f in
             checker.check("Warga memanjatkan do’a bersama Mas’ud.")]
    assert ("bentuk-tidak-baku", "do’a", ("doa",)) in found
    assert not any(text == "Mas’ud" for _rule, text, _fix in found)


def test_apostrophe_in_a_listed_non_standard_form_is_found_once(checker: Checker) -> None:
    found = [f.rule for f in checker.check("Patroli digelar Jum’at pagi.")]
    assert found.count("bentuk-tidak-baku") == 1


# -- di + a noun of place that the affix data reads as a verb ------------------------------

@pytest.mark.parametrize(("text", "span", "fixed"), [
    ("Bendera dikibarkan dipuncak bukit.", "dipuncak", "di puncak"),
    ("Pos jaga berdiri dipojok pasar.", "dipojok", "di pojok"),
    ("Selalu ada hikmah dibalik musibah.", "dibalik", "di balik"),
    ("Ia berjanji dimuka umum.", "dimuka", "di muka"),
])
def test_joined_locative_is_split(checker: Checker, text: str, span: str, fixed: str) -> None:
    assert (span, fixed) in [(t, s[0]) for t, s in
                             on_rule(checker, text, "kata-depan-serangkai")]


@pytest.mark.parametrize("text", [
    "Kasur itu dibalik oleh petugas.",
    "Tanah dibalik agar gembur.",
    "Posisi meja dibalik.",
])
def test_dibalik_the_verb_is_left_alone(checker: Checker, text: str) -> None:
    assert on_rule(checker, text, "kata-depan-serangkai") == []


# -- a period outside the closing mark of direct speech ------------------------------------

def test_short_quoted_term_keeps_its_period_outside(checker: Checker) -> None:
    text = "Polsek Sukamaju meluncurkan program “Sabtu Bersih Lingkungan Desa”.\n\nWarga senang."
    assert on_rule(checker, text, PERIOD_IN_QUOTE) == []
    assert on_rule(checker, text, "tanda-baca-petik") == []


def test_speech_running_on_from_an_earlier_paragraph(checker: Checker) -> None:
    text = ("“Kami siap menjaga desa.\n\nKami juga mengajak pemuda ikut ronda malam”.\n\n"
            "Sesudah itu Kapolsek pulang.")
    assert on_rule(checker, text, PERIOD_IN_QUOTE) == [("”.", (".”",))]


# -- a ) after a date with no ( -----------------------------------------------------------

def test_date_without_its_opening_bracket(checker: Checker) -> None:
    text = "ujar Camat kepada wartawan di Sukamaju, Kamis 16/10/2026)\n\nIa juga hadir."
    assert on_rule(checker, text, punctuation.RULE_STRAY_BRACKET) == [
        ("16/10/2026)", ("(16/10/2026)",))]


def test_closing_quote_typed_as_opening_after_comma_and_space(checker: Checker) -> None:
    text = "Ia mengatakan, ” Pemerintah hadir untuk warga,” ujarnya."
    assert on_rule(checker, text, punctuation.RULE_QUOTE_OPENS) == [("” ", ("“",))]


# -- degrees made from the standard list ---------------------------------------------------

def test_variants_of_a_standard_degree() -> None:
    variants = degree_periods.standard_variants(["S.STP.", "M.I.Kom.", "S.P."])
    assert variants == {"SSTP": "S.STP.", "MIKom": "M.I.Kom."}   # SP: any abbreviation


def test_standard_list_file_loads(tmp_path: Path) -> None:
    (tmp_path / degree_periods.STANDARD_FILE).write_text(
        "# gelar\nS.Hut.\tSarjana Kehutanan\n", encoding="utf-8")
    assert degree_periods.load_standard_variants(tmp_path) == {"SHut": "S.Hut."}
    assert degree_periods.load_standard_variants(tmp_path / "tidak-ada") == {}


def test_bare_degree_from_the_standard_list_after_a_name(checker: Checker) -> None:
    text = "Kabag Umum, Rahmat Hidayat, SSTP, membuka rapat."
    assert ("SSTP", ("S.STP.",)) in on_rule(checker, text, "gelar-tanpa-titik")


def test_degree_in_the_wrong_case_takes_its_standard_form(checker: Checker) -> None:
    text = "Operator desa, Budi Santoso, S.kom, memasang jaringan."
    assert on_rule(checker, text, "gelar-tanpa-titik") == [("S.kom", ("S.Kom.",))]


def test_compound_with_split_passive_prefix_is_one_finding(checker: Checker) -> None:
    found = [(f.rule, f.text) for f in checker.check("Surat itu sudah di tanda tangani camat.")]
    assert ("gabungan-kata-berimbuhan", "di tanda tangani") in found
    assert not any(rule == "awalan-terpisah" for rule, _text in found)


def test_sentence_ending_in_a_gloss_takes_its_period(checker: Checker) -> None:
    text = ("Pencuri Ditangkap\n\nPolisi menangkap dua orang yang mengambil uang milik warga "
            "masyarakat (pedagang)\n\nKapolres mengimbau warga waspada terhadap modus itu.")
    assert on_rule(checker, text, "titik-akhir-paragraf") == [
        ("(pedagang)", ("(pedagang).",))]
    note = text.replace("(pedagang)", "pedagang. (san/jan)")
    assert on_rule(checker, note, "titik-akhir-paragraf") == []
