"""Wave P1: classes of false alarms of the spelling rule on names in real releases — a
short name the text writes the same way again and again, the last word of a full name
after a rank whose earlier words are common words, a name after a title written with its
period (*Drs.*), and a long regional name that respells one vowel of a very common word
when the text keeps to it. Slips with strong evidence stay flagged. Every sentence is
fictional, written for these tests."""

from __future__ import annotations

from app.language import Checker
from app.language.checker import _repeated_capitals
from app.language.tokens import tokenize


def _spelt(checker: Checker, text: str) -> list[str]:
    return [f.text for f in checker.check(text) if f.rule == "ejaan"]


def test_a_short_name_written_twice_is_a_name(checker: Checker) -> None:
    text = "Ibu Warti membuka warung di pasar. Menurut Warti, harga cabai naik."
    assert "Warti" not in _spelt(checker, text)


def test_a_short_name_written_once_is_still_asked(checker: Checker) -> None:
    assert "Warti" in _spelt(checker, "Sejak pagi Warti membuka warung di pasar desa.")


def test_repeated_capitals_split_short_and_long_words() -> None:
    tokens = list(tokenize("Warti dan Warti; Pemerintoh dan Pemerintoh; Karni sekali."))
    short, long = _repeated_capitals(tokens)
    assert short == frozenset({"Warti"})
    assert long == frozenset({"Pemerintoh"})


def test_last_word_of_a_name_after_a_rank_is_a_name(checker: Checker) -> None:
    text = "Apel pagi dipimpin Kapolres Lemah AKBP Dewa Indra Perwiro di halaman markas."
    assert "Perwiro" not in _spelt(checker, text)


def test_a_word_the_run_goes_on_after_is_still_asked(checker: Checker) -> None:
    text = "Apel pagi dipimpin Kapolres Lemah AKBP Dewa Indra Perwiro Utama di halaman."
    assert "Perwiro" in _spelt(checker, text)
    assert "Perwiro" in _spelt(checker, "Apel pagi dipimpin oleh Perwiro di halaman markas.")


def test_a_strong_slip_after_a_rank_stays_flagged(checker: Checker) -> None:
    text = "Apel pagi dipimpin Kapolres Lemah AKBP Dewa Indra Kegjatan di halaman markas."
    assert "Kegjatan" in _spelt(checker, text)


def test_a_title_with_its_period_opens_a_name(checker: Checker) -> None:
    text = "Laporan dibacakan oleh Drs. Karni di balai desa."
    tokens = list(tokenize(text))
    index = [token.text for token in tokens].index("Karni")
    assert checker._in_rank_run(text, tokens, index)
    assert "Karni" not in _spelt(checker, text)
    plain = "Laporan dibacakan oleh Karni di balai desa."
    plain_tokens = list(tokenize(plain))
    assert not checker._in_rank_run(plain, plain_tokens,
                                    [token.text for token in plain_tokens].index("Karni"))


def test_a_repeated_vowel_respelling_is_a_regional_name(checker: Checker) -> None:
    text = ("Tim dari Kodim 0101/Baru Pemerintoh tiba. "
            "Bantuan Kodim 0101/Baru Pemerintoh diterima warga.")
    assert "Pemerintoh" not in _spelt(checker, text)


def test_a_single_vowel_slip_of_a_common_word_stays_flagged(checker: Checker) -> None:
    assert "Pemerintoh" in _spelt(checker, "Tim dari Kodim 0101/Baru Pemerintoh tiba di desa.")


def test_a_repeated_slip_that_is_not_a_vowel_respelling_stays_flagged(
        checker: Checker) -> None:
    assert not checker._respelt_name("Priovinsi")
    assert not checker._respelt_name("Kegjatan")
    assert checker._respelt_name("Pemerintoh")


def test_a_member_of_a_list_of_names_is_a_name(checker: Checker) -> None:
    text = "Bupati menemui warga Wolotera, Kariwo, Sentosi, Lolomadu, dan Tanaweri."
    tokens = list(tokenize(text))
    index = [token.text for token in tokens].index("Sentosi")
    assert checker._among_names(text, tokens, index)
    assert "Sentosi" not in _spelt(checker, text)


def test_a_word_after_a_name_and_before_an_office_is_still_asked(checker: Checker) -> None:
    text = "Hadir pula Wolotera, Sentosi Daerah, dan para camat."
    tokens = list(tokenize(text))
    index = [token.text for token in tokens].index("Sentosi")
    assert not checker._among_names(text, tokens, index)
