"""Issue 10, round ten: slips the admissions let through as a class — a rare *-ku*/*-mu*
form one keystroke from a frequent word (*palaku*), *ber-* where KBBI writes *be-*
(*berpergian*), a doubled first consonant (*Mmempersilakan*), an impossible year in a
numeric date (*(26/4/202)*), and a non-standard word before a figure read as a name
(*Gubernur Nomer 73*), *peN-…-kan* for *peN-…-an* (*penambahkan*), a root written again
after its derived word (*menghadapi hadapi*) and *-nya* on a conjunction (*yaitunya*).
Every sentence is fictional, written for these tests."""

from __future__ import annotations

import pytest

from app.language import Checker, date_slips
from app.language.affix_slips import be_form, clitic_slip, confix_slip
from app.language.typo_evidence import EXAMPLES_S10, MESSAGES
from app.language.vocabulary import Vocabulary

from .conftest import found, typo_saran

RULES = ("ejaan", "bentuk-tidak-baku", "kata-ganda")


def kind_findings(checker: Checker, text: str, kind: str) -> list[str]:
    mark = MESSAGES[kind].split("{")[0] if kind != "tahun" else "Tahun “"
    return [f.text for f in checker.check(text)
            if f.rule in RULES and (mark in f.message or kind in ("klitik", "huruf-awal"))]


@pytest.mark.parametrize(("kind", "text"), [
    (kind, text) for kind, (wrong, _right) in EXAMPLES_S10.items() for text in wrong])
def test_every_wrong_example_is_found(checker: Checker, kind: str, text: str) -> None:
    assert kind_findings(checker, text, kind), text


@pytest.mark.parametrize(("kind", "text"), [
    (kind, text) for kind, (_wrong, right) in EXAMPLES_S10.items() for text in right])
def test_every_right_example_is_left_alone(checker: Checker, kind: str, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule in RULES] == [], text


def test_every_kind_cites_its_source() -> None:
    for kind in ("klitik", "be", "huruf-awal", "tahun", "konfiks", "ulang-dasar"):
        assert "KBBI" in MESSAGES[kind] or "EYD V" in MESSAGES[kind], kind


def test_person_clitic_slip_offers_the_frequent_word(checker: Checker) -> None:
    finding = typo_saran(checker, "Polisi memeriksa palaku di lokasi.", "palaku")
    assert finding.suggestions[0] == "pelaku"


def test_person_clitic_needs_a_known_host_and_a_frequent_neighbour() -> None:
    vocabulary = Vocabulary.load()
    known = {"pala", "pelaku", "tugas"}.__contains__
    assert clitic_slip("palaku", vocabulary, known) == "pelaku"
    assert clitic_slip("tugasku", vocabulary, known) is None      # no frequent neighbour
    assert clitic_slip("palanya", vocabulary, known) is None      # -nya: third person


def test_be_form_needs_the_dictionary_and_the_frequency_list() -> None:
    vocabulary = Vocabulary.load()
    known = {"bepergian", "bekerja", "bercermin", "becermin", "beperkara"}.__contains__
    assert be_form("berpergian", vocabulary, known) == "bepergian"
    assert be_form("berkerja", vocabulary, known) == "bekerja"
    assert be_form("bercermin", vocabulary, known) is None     # KBBI keeps ber- here
    assert be_form("berperkara", vocabulary, known) is None    # the be- form is unused
    assert be_form("berlari", vocabulary, known) is None       # no -er first syllable


def test_be_form_is_a_nonstandard_finding(checker: Checker) -> None:
    finding = found(checker, "Keluarga itu berpergian ke kota.", "berpergian")
    assert finding is not None and finding.rule == "bentuk-tidak-baku"
    assert finding.suggestions == ("bepergian",) and "KBBI" in finding.message


def test_doubled_first_letter_offers_the_standard_form(checker: Checker) -> None:
    finding = typo_saran(checker, "Mmempersilahkan warga duduk, ketua membuka rapat.",
                         "Mmempersilahkan")
    assert finding.suggestions[0] == "Mempersilakan"


def test_doubled_vowel_opening_a_name_is_left_alone(checker: Checker) -> None:
    assert found(checker, "Ketua panitia Oong Suhendar hadir.", "Oong") is None


def test_impossible_year_offers_the_release_year_first(checker: Checker) -> None:
    text = ("Sukamaju, 3/5/2024 – Apel digelar Rabu (26/4/202) di lapangan. "
            "Kegiatan berlanjut hingga 2024.")
    finding = typo_saran(checker, text, "202")
    assert finding.suggestions[0] == "2024"


def test_year_slips_only_in_day_month_year_dates() -> None:
    assert [s.written for s in date_slips.find("Rapat (12/3/2020) dan (40/2/202).")] == []
    assert [s.written for s in date_slips.find("Nomor 12/3/1565 dibacakan.")] == []
    assert [s.written for s in date_slips.find("Tanggal 12/3/1565 dibacakan.")] == ["1565"]
    assert [s.written for s in date_slips.find("Angka 1,5/3/2023 dan 3/2/2023")] == []
    slip = next(date_slips.find("Jumat (18/04/1025) malam."))
    assert slip.meant[0] == "2025" or slip.meant[0].startswith("20")


def test_nonstandard_word_before_a_figure_is_no_name(checker: Checker) -> None:
    finding = found(checker, "Sesuai Peraturan Gubernur Nomer 12 tahun 2020 warga hadir.",
                    "Nomer")
    assert finding is not None and finding.suggestions[0] == "Nomor"


def test_confix_slip_offers_the_noun(checker: Checker) -> None:
    finding = typo_saran(checker, "Kapolres menjelaskan penambahkan personel jaga.",
                         "penambahkan")
    assert finding.suggestions[0] == "penambahan"


def test_confix_slip_leaves_roots_opening_with_pen_alone() -> None:
    vocabulary = Vocabulary.load()
    assert confix_slip("penambahkan", vocabulary) == "penambahan"
    assert confix_slip("pentingkan", vocabulary) is None      # penting: a KBBI root
    assert confix_slip("pertahankan", vocabulary) is None     # per-: an imperative


def test_root_written_again_after_its_derived_word(checker: Checker) -> None:
    finding = found(checker, "Kita menghadapi hadapi musim hujan bersama.",
                    "menghadapi hadapi")
    assert finding is not None and finding.rule == "kata-ganda"
    assert finding.suggestions == ("menghadapi",) and finding.severity == "saran"


def test_conjunction_takes_no_enclitic(checker: Checker) -> None:
    finding = found(checker, "Program desa, yaitunya pasar murah, dibuka.", "yaitunya")
    assert finding is not None and finding.suggestions == ("yaitu",)
    assert found(checker, "Karenanya warga diminta waspada.", "Karenanya") is None
