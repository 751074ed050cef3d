"""Common nouns the lexicon also holds inside names (wave Q1): in lower case they are left."""
import pytest

from app.language import Checker


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


@pytest.mark.parametrize("text", [
    "Sebanyak dua puluh praja mengikuti apel pagi di halaman kampus.",
    "Para taruna berlari mengelilingi lapangan sebelum sarapan.",
    "Warga desa itu bersiap menghadapi pileg dan pilpres tahun depan.",
    "Bantuan dari pemda tiba di posko pengungsian sore tadi.",
])
def test_kbbi_common_nouns_in_lower_case_are_left(checker: Checker, text: str) -> None:
    """KBBI VI writes *praja* and *taruna* as common nouns; *pileg*, *pilpres*, *pemda*
    are acronyms of common nouns (EYD V II.H: lower case). Readers marked none of
    their lower-case forms (tuning 0 of 9, full text 0 of 2)."""
    assert [f.text for f in checker.check(text) if f.rule == "huruf-kapital"] == []


def test_the_names_they_stand_in_keep_their_capitals(checker: Checker) -> None:
    text = "Pemda Lontar dan Karang Taruna Sukamaju membersihkan saluran air."
    assert [f.rule for f in checker.check(text) if f.kind == "spelling"] == []


@pytest.mark.parametrize("text", [
    "Adapun Pos Pengamanan yang dijaga warga berada di dekat terminal.",
    "Ditambah Pos Pantau di setiap kecamatan, arus mudik lebih tertib.",
])
def test_a_run_opened_by_a_head_word_may_be_a_name(checker: Checker, text: str) -> None:
    """*Pos* heads the name of a post (*Pos Pengamanan*); readers marked none of these
    runs after a sentence's first word (tuning 0 of 2, full text 0 of 2)."""
    assert [f.text for f in checker.check(text)
            if f.rule == "kapital-kata-umum-awal-kalimat"] == []


def test_a_common_run_after_the_first_word_is_still_lowered(checker: Checker) -> None:
    text = "Kegiatan Bakti Sosial ini digelar di halaman balai warga."
    assert [f.text for f in checker.check(text)
            if f.rule == "kapital-kata-umum-awal-kalimat"] == ["Bakti Sosial"]

