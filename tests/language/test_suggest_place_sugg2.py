"""Suggestions fitted to the place of a capitalised typo (SUGG2): the speaker after a verb
of saying keeps the capital of a name, and a typo ending a capitalised common-noun pair
inside a sentence offers the lowercase word second."""

from __future__ import annotations

from app.language import Checker, Finding
from app.language.lexicon import Lexicon
from app.language.refine import fit_to_context

COMMON = {"kesehatan": 5.5, "selat": 4.0, "bara": 4.0}


def _fitted(text: str, word: str, suggested: tuple[str, ...]) -> tuple[str, ...]:
    start = text.index(word)
    finding = Finding(start, start + len(word), word, "spelling", "ejaan",
                      f"Ejaan: “{suggested[0]}”.", suggested)
    fitted = fit_to_context(text, [finding], {}, set(), lambda w: True, Lexicon([]),
                            zipf=lambda w: COMMON.get(w, 0.0))
    return fitted[0].suggestions


def test_the_speaker_after_a_verb_of_saying_keeps_the_capital() -> None:
    text = "“Jalan desa sudah kami perbaiki,” kata Ahamd."
    assert _fitted(text, "Ahamd", ("Ahmad", "Ahad")) == ("Ahmad", "Ahad")


def test_a_typo_in_mid_sentence_elsewhere_is_still_lowered() -> None:
    text = "Warga menerima bantuan Berass di balai desa."
    assert _fitted(text, "Berass", ("Beras", "Berat"))[0] == "beras"


def test_a_capitalised_pair_in_a_sentence_offers_the_lowercase_word_second() -> None:
    text = "Para siswa mematuhi Protokol Kesehtan di sekolah."
    assert _fitted(text, "Kesehtan", ("Kesehatan", "Kesetan")) == (
        "Kesehatan", "kesehatan", "Kesetan")


def test_a_name_after_a_place_word_or_a_run_of_capitals_keeps_its_order() -> None:
    assert _fitted("Warga menuju Desa Kesehtan di utara.", "Kesehtan",
                   ("Kesehatan", "Kesetan")) == ("Kesehatan", "Kesetan")
    assert _fitted("Kapolres Baru Selata hadir.", "Selata",
                   ("Selat", "Selatan")) == ("Selat", "Selatan")


def test_a_rare_lowercase_word_is_not_offered() -> None:
    text = "Kami mengunjungi Kebun Sanoo di lereng."
    assert _fitted(text, "Sanoo", ("Sano", "Sanggo")) == ("Sano", "Sanggo")


def test_the_checker_offers_both_cases_for_a_capitalised_pair(checker: Checker) -> None:
    found = [f for f in checker.check("Siswa diminta menjaga Protokol Kesehtan di sekolah.")
             if f.text == "Kesehtan"]
    assert found and found[0].suggestions[:2] == ("Kesehatan", "kesehatan")
