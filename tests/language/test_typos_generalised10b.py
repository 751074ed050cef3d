"""Typos that acceptance paths admitted on text from new sites (issue 10, second round):
*-kan* after a root in *k* written with one *k*, a derived word one letter short of a very
common one, a digit or look-alike letter typed for a letter, a letter of another alphabet,
and a regency name mistyped inside its own acronym's expansion. Every sentence and name
here is made up for the test."""

from __future__ import annotations

import pytest

from app.language import Checker, letter_slips
from tests.language.conftest import found, typo_saran

# -- the k of the root and the k of -kan (EYD V, II.A) ---------------------------------


@pytest.mark.parametrize(("text", "word", "meant"), [
    ("Setelah diperiksa, barang bukti dimasukan ke gudang Polsek.", "dimasukan",
     "dimasukkan"),
    ("Relawan menggerakan warga untuk kerja bakti.", "menggerakan", "menggerakkan"),
    ("Petugas meminta warga cocokan data KTP dengan KK.", "cocokan", "cocokkan"),
    ("Kepala desa lalu tunjukannya kepada camat.", "tunjukannya", "tunjukkannya"),
])
def test_kan_after_a_root_in_k_loses_no_k(checker: Checker, text: str, word: str,
                                          meant: str) -> None:
    finding = found(checker, text, word)
    assert finding is not None and finding.suggestions[0] == meant


@pytest.mark.parametrize("text", [
    "Masukan dari warga ditampung dalam musyawarah.",      # masukan: a noun (input)
    "Gerakan menanam pohon diikuti pelajar.",
    "Pemasukan desa naik dari tahun lalu.",
    "Petugas memasukkan barang bukti ke gudang.",
])
def test_a_noun_in_k_plus_an_is_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == []


# -- a derived word one letter short of a very common one -------------------------------

def test_a_derived_word_one_letter_short_of_a_common_one_is_flagged(
        checker: Checker) -> None:
    text = "Kelompok itu berusaha mengusai lahan milik warga Desa Lembahsari."
    finding = found(checker, text, "mengusai")
    assert finding is not None and finding.suggestions[0] == "menguasai"


@pytest.mark.parametrize("text", [
    "Larangan itu tidak diindahkan oleh pengendara.",       # seen in text: a word
    "Petinju itu meninju samsak di sasana.",
])
def test_a_rarer_neighbour_or_a_written_word_is_left_alone(checker: Checker,
                                                           text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == []


# -- a digit, a look-alike letter, a letter of another alphabet ---------------------------

@pytest.mark.parametrize(("kind", "text"), [
    (kind, text) for kind, (wrong, _right) in letter_slips.EXAMPLES.items()
    for text in wrong])
def test_every_wrong_letter_example_is_flagged(checker: Checker, kind: str,
                                               text: str) -> None:
    assert any(f.rule == "ejaan" and f.severity == "saran" and "Huruf Abjad" in f.message
               for f in checker.check(text)), (kind, text)


@pytest.mark.parametrize(("kind", "text"), [
    (kind, text) for kind, (_wrong, right) in letter_slips.EXAMPLES.items()
    for text in right])
def test_every_right_letter_example_is_left_alone(checker: Checker, kind: str,
                                                  text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == [], (kind, text)


def test_a_digit_for_a_letter_suggests_the_name(checker: Checker) -> None:
    finding = typo_saran(checker, "Sambutan dibacakan Drs. Sudaryant0, M.Si., Kepala Dinas.",
                         "Sudaryant0")
    assert finding.suggestions[0] == "Sudaryanto"
    assert typo_saran(checker, "Anggota P0lres Lembahsari berjaga.",
                      "P0lres").suggestions[0] == "Polres"


def test_a_look_alike_l_for_capital_i(checker: Checker) -> None:
    assert typo_saran(checker, "Warga lndonesia di sana pulang.",
                      "lndonesia").suggestions[0] == "Indonesia"


def test_a_letter_of_another_alphabet(checker: Checker) -> None:
    finding = typo_saran(checker, "Pemerintah Kota Pematang Sianțar menggelar rapat.",
                         "Sianțar")
    assert finding.suggestions[0] == "Siantar"
    assert "abjad" in finding.message


@pytest.mark.parametrize("word", ["Covid19", "B1", "A50", "K9"])
def test_codes_keep_their_digits(word: str) -> None:
    assert letter_slips.digit_for_letter(word, 0, len(word), lambda _w: True) is None


def test_an_accented_name_no_list_knows_is_left_alone(checker: Checker) -> None:
    assert found(checker, "Pelatih tamu, Jürgen Hollmann, melatih tim.", "Jürgen") is None
    assert letter_slips.folded("café") is None            # é is an Indonesian mark


# -- a regency name mistyped inside its own acronym's expansion --------------------------

def test_a_regency_slip_after_kabupaten_is_flagged_even_in_an_expansion(
        checker: Checker) -> None:
    text = ("Warga Desa Maju Jaya, Kabupaten Penukak Abab Lematang Ilir (PALI), menerima "
            "bantuan bibit.")
    finding = found(checker, text, "Penukak")
    assert finding is not None and finding.suggestions[0] == "Penukal"


def test_a_regency_written_right_is_left_alone(checker: Checker) -> None:
    text = ("Warga Kabupaten Penukal Abab Lematang Ilir (PALI) menerima bantuan. Kapolres "
            "Lamsel AKBP Contoh Wirawan hadir di Mapolres Lamsel.")
    assert found(checker, text, "Penukal") is None
    assert found(checker, text, "Lamsel") is None


def test_a_run_of_letters_and_digits_longer_than_a_word_is_not_read_as_a_slip() -> None:
    """A pasted code of 150,000 characters is split into thousands of one-letter pieces;
    reading the whole run around each piece was quadratic (the UI test of a pasted token
    timed out). Past ``MAX_RUN`` the run is no word, whatever its length."""
    code = "x" + "a1b2c3d4e5" * 15_000
    assert letter_slips.digit_run(code, 3, 4) is None
    assert letter_slips.digit_run("Sudaryant0 hadir", 0, 9) == (0, 10)
    assert letter_slips.digit_for_letter(code, 3, 4, lambda word: True) is None
