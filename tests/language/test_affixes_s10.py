"""Session 10: regular forms the affix analysis and the context rules missed, and the typos
next to them that must still be flagged. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.affixes import AffixAnalyzer, clitic_after_capitals
from app.language.context import foreign_phrase_spans, name_positions, skip_spans
from app.language.tokens import tokenize

ROOTS = {"pasti", "kepastian", "hadir", "kehadiran", "tekan", "ditekankan", "salur",
         "disalurkan", "usai", "nada", "datang", "didatangi"}


@pytest.fixture
def analyzer() -> AffixAnalyzer:
    return AffixAnalyzer(ROOTS.__contains__, {"seusai"}.__contains__)


def spelling(checker: Checker, text: str) -> list[str]:
    return [f.text for f in checker.check(text) if f.rule == "ejaan"]


@pytest.mark.parametrize(("word", "root"), [
    ("ketidakpastian", "pasti"), ("ketidakhadiran", "hadir"),
    ("ketidakhadirannya", "hadir"),
])
def test_negated_ke_an_nouns_are_explained(analyzer: AffixAnalyzer, word: str,
                                           root: str) -> None:
    assert analyzer.explain(word) == root


@pytest.mark.parametrize("word", ["ketidakpastin", "ketidakhadrian", "ketidakpasti",
                                  "ketidakdatang"])
def test_negated_nouns_need_a_known_ke_an_noun(analyzer: AffixAnalyzer, word: str) -> None:
    assert analyzer.explain(word) is None


@pytest.mark.parametrize("word", ["tekankan", "salurkan", "datangi", "tekankanlah"])
def test_bare_verb_needs_its_di_form(analyzer: AffixAnalyzer, word: str) -> None:
    assert analyzer.bare_verb(word)


@pytest.mark.parametrize("word", ["hadirkan", "pastikan", "tekanan", "salurakn"])
def test_no_bare_verb_without_the_di_form(analyzer: AffixAnalyzer, word: str) -> None:
    assert not analyzer.bare_verb(word)


def test_short_se_form_needs_to_be_common(analyzer: AffixAnalyzer) -> None:
    assert analyzer.explain("seusai") == "usai"
    assert analyzer.explain("senada") is None        # not in this analyzer's common list


@pytest.mark.parametrize(("previous", "part", "expected"), [
    ("TKP", "nya", True), ("SIM", "mu", True), ("KTP", "lah", True),
    ("rumah", "nya", False), ("TKP", "an", False), ("A", "nya", False),
])
def test_clitic_after_capitals(previous: str, part: str, expected: bool) -> None:
    assert clitic_after_capitals(previous, part) is expected


@pytest.mark.parametrize("text", [
    "Rapat membahas ketidakhadiran sejumlah peserta pelatihan.",
    "Warga mengeluhkan ketidaksesuaian data penerima bantuan.",
    "“Hal ini kami tekankan kepada seluruh anggota,” kata Kapolsek.",
    "Bantuan yang kami salurkan berupa beras dan minyak goreng.",
    "Petugas diminta mencegah gangguan sedini mungkin.",
    "“Jangan ragu melapor,” tukasnya menutup pertemuan.",
    "Meski TKP-nya berada di desa lain, kasus ditangani Polsek Waru.",
    "Sekolah itu mengikuti program goes to school dari Satlantas.",
    "Warga menggelar acara “sahur on the road” di alun-alun.",
    "Petugas berjaga di sekitar pasar hingga malam.\n(*/tri)",
    "Kegiatan berakhir pukul 12.00 WIB. [dsn]",
    "Acara ditutup dengan doa bersama. (Rdk/HMS/Polres Lembah Hijau)",
])
def test_regular_forms_are_not_flagged(checker: Checker, text: str) -> None:
    assert spelling(checker, text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Rapat membahas ketidakhadrian sejumlah peserta.", "ketidakhadrian"),
    ("Bantuan yang kami salurakn berupa beras.", "salurakn"),
    ("Petugas diminta mencegah gangguan sedinu mungkin.", "sedinu"),
    ("“Jangan ragu melapor,” ujanrya menutup pertemuan.", "ujanrya"),
    ("Kata dia tukasnya tidak tepat di sini.", "tukasnya"),
    ("Jumlah jema'at sekitra 100 orang.", "sekitra"),
    ("Gunung semeru terlihat dari desa itu.", "semeru"),
    ("Kegiatan ini (diikti) warga desa.", "diikti"),
])
def test_typos_beside_the_new_forms_are_still_flagged(checker: Checker, text: str,
                                                      word: str) -> None:
    assert word in [f.text for f in checker.check(text)]


def test_byline_spans_close_a_paragraph_only() -> None:
    text = "Warga diimbau waspada. (*/abc)\nAcara HUT (Bhayangkra) meriah."
    spans = [text[a:b] for a, b in skip_spans(text)]
    assert "(*/abc)" in spans
    assert not any("Bhayangkra" in span for span in spans)


def test_foreign_phrase_spans() -> None:
    text = "program goes to school dan sahur on the road, jema'at sekitar"
    spans = [text[a:b] for a, b in foreign_phrase_spans(text)]
    assert spans == ["goes to school", "sahur on the road"]


def _names(checker: Checker, text: str) -> list[str]:
    tokens = list(tokenize(text))
    return [tokens[i].text for i in sorted(name_positions(
        text, tokens, checker._is_person_trigger, checker._is_common))]


def test_name_before_degrees(checker: Checker) -> None:
    text = "Sambutan oleh Kapolres AKBP Wira Bayu Sentanu, S.I.K., M.H., di aula."
    assert {"Bayu", "Sentanu"} <= set(_names(checker, text))


def test_seat_after_a_unit_number_ends_at_a_common_word(checker: Checker) -> None:
    text = "Babinsa Koramil 0812/05 Lorawe Dampingi Petani Jagung"
    names = _names(checker, text)
    assert "Lorawe" in names
    assert "Petani" not in names and "Jagung" not in names


@pytest.mark.parametrize("text", [
    "Wakil Bupati, Rendo Ingkasa, S.E., M.Si., membuka acara.",
    "Babinsa Kodim 0733/Srg dan Koramil 0733/04 Tarubi hadir.",
])
def test_names_in_these_places_are_not_flagged(checker: Checker, text: str) -> None:
    assert spelling(checker, text) == []
