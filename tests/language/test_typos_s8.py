"""Issue 10, round eight: capitalised typos that a name's place let through, and a fixed
phrase left without its second word. Every sentence is fictional, written for these tests."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from app.language import Checker, typo_evidence
from app.language.realword import EXAMPLES as REAL_WORD_EXAMPLES
from app.language.typo_evidence import EXAMPLES, MESSAGES, _far_swaps
from bench import acceptance_paths

from .conftest import found, typo_saran

KIND_MARK = {"serapan": "kata serapan", "wilayah": "dua huruf bertukar tempat"}
"""A phrase only the message of each kind holds."""


def kind_findings(checker: Checker, text: str, kind: str) -> list[str]:
    return [f.text for f in checker.check(text)
            if f.rule == "ejaan" and KIND_MARK[kind] in f.message]


@pytest.mark.parametrize(("kind", "text"), [
    (kind, text) for kind, (wrong, _right) in EXAMPLES.items() for text in wrong])
def test_every_wrong_example_is_found_by_its_kind(checker: Checker, kind: str,
                                                 text: str) -> None:
    assert kind_findings(checker, text, kind), text


@pytest.mark.parametrize(("kind", "text"), [
    (kind, text) for kind, (_wrong, right) in EXAMPLES.items() for text in right])
def test_every_right_example_is_left_alone(checker: Checker, kind: str, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == [], text


def test_loan_word_slip_offers_the_kbbi_word_first(checker: Checker) -> None:
    finding = typo_saran(checker, "Sukamaju – Koneksivitas antardesa makin baik.",
                         "Koneksivitas")
    assert finding.suggestions[0] == "Konektivitas"
    assert "KBBI" in finding.message and "Pembentukan Istilah" in finding.message


def test_loan_ending_must_survive_the_slip(checker: Checker) -> None:
    # the same letters without a loan ending are read as a name, as before
    assert kind_findings(checker, "Kepala Desa Konektiv hadir di balai.", "serapan") == []


def test_short_words_with_a_loan_ending_are_names(checker: Checker) -> None:
    assert kind_findings(checker, "Warga bernama Rasi datang ke balai.", "serapan") == []


def test_swapped_place_needs_the_word_of_its_level_before_it(checker: Checker) -> None:
    assert kind_findings(checker, "Kami bertemu Marpatura di pasar.", "wilayah") == []
    finding = typo_saran(checker, "Rapat digelar di Kodim Marpatura kemarin.", "Marpatura")
    assert finding.suggestions[0] == "Martapura"
    assert "Kemendagri" in finding.message


def test_swapped_place_keeps_a_name_that_is_written_twice(checker: Checker) -> None:
    text = ("Warga Kecamatan Sembursari berkumpul. Camat Sembursari hadir. "
            "Kepala Desa Sembursari juga datang.")
    assert kind_findings(checker, text, "wilayah") == []


def test_far_swaps_keep_the_first_letter_and_skip_neighbours() -> None:
    swaps = _far_swaps("martapura")
    assert "marpatura" in swaps
    assert "amrtapura" not in swaps           # the first letter moved
    assert "mratapura" not in swaps           # neighbours: one keystroke, another rule
    assert all(len(swap) == len("martapura") for swap in swaps)


def test_messages_name_their_source() -> None:
    assert "EYD V" in MESSAGES["wilayah"] and "KBBI" in MESSAGES["serapan"]
    assert typo_evidence.SEVERITY == "saran"


def real_words(checker: Checker, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text)
            if f.rule == "salah-ketik-kata"]


def test_fixed_phrase_examples_exist() -> None:
    wrong, right = REAL_WORD_EXAMPLES["frasa-tetap"]
    assert len(wrong) >= 3 and len(right) >= 3


def test_salah_left_short_offers_satu_then_seorang(checker: Checker) -> None:
    found = real_words(checker, "Gotong royong merupakan salah upaya warga menjaga desa.")
    assert found == [("salah", ("salah satu", "salah seorang"))]
    finding = next(f for f in checker.check("Salah tokoh pemuda ikut membantu.")
                   if f.rule == "salah-ketik-kata")
    assert finding.suggestions[0] == "Salah satu" and finding.severity == "saran"
    assert "KBBI" in finding.message


@pytest.mark.parametrize("text", [
    "Ia takut salah langkah dalam mengambil keputusan.",
    "Anggapan itu adalah salah besar.",
    "Menurut dia, salah menafsirkan aturan bisa berakibat fatal.",
    "Kalau tidak salah ingat, rapat digelar Senin.",
    "Warga yang salah jalan diarahkan petugas.",
    "Jawaban itu salah, kata guru.",
])
def test_salah_meaning_wrong_is_left_alone(checker: Checker, text: str) -> None:
    assert real_words(checker, text) == [], text


def test_akhir_akhir_without_ini(checker: Checker) -> None:
    assert real_words(checker, "Kasus pencurian akhir-akhir meningkat di desa.") == [
        ("akhir-akhir", ("akhir-akhir ini",))]
    assert real_words(checker, "Akhir-akhir ini hujan turun setiap sore.") == []


def test_acceptance_paths_lists_admitted_errors_in_context(checker: Checker) -> None:
    import enchant

    text = ("Bupati Sukamaju Hendarsyah Wiradinata membuka pameran. Pameran diikuti "
            "pengrajin dari Desa Wardhanaputri dan warga sekitar.")
    start = text.index("Wardhanaputri")
    release = {"id": "X-02", "skeleton": text, "errors": [
        {"start": start, "end": start + 13, "wrong": "Wardhanaputri",
         "right": "Wardhanaputra", "class": "typo", "uncertain": False}]}
    admitted: Counter[str] = Counter()
    errors: Counter[tuple[str, str]] = Counter()
    listing: dict[str, list[str]] = defaultdict(list)
    in_context: dict[str, list[str]] = defaultdict(list)
    acceptance_paths.measure(checker, enchant.Dict("id_ID"), release, admitted, errors,
                             listing, in_context)
    lines = [line for entries in in_context.values() for line in entries]
    assert len(lines) == 1 and sum(errors.values()) == 1
    assert "Wardhanaputri -> Wardhanaputra" in lines[0] and "dari Desa" in lines[0]
    assert not any("Wiradinata" in line for line in lines)   # admitted, but no error


def test_office_with_two_letters_changed_before_a_region(checker: Checker) -> None:
    finding = typo_saran(checker, "Genernur Malut membuka rapat kerja daerah.", "Genernur")
    assert finding.suggestions[0] == "Gubernur" and "istilah dinas" in finding.message


def test_two_letters_changed_before_a_personal_name_is_a_name(checker: Checker) -> None:
    finding = found(checker, "Hadir pula Genernur Wangge dari dinas sosial.", "Genernur")
    assert finding is None or "istilah dinas" not in finding.message


def test_sentence_start_with_letters_moved_when_one_keystroke_gives_a_rare_word(
        checker: Checker) -> None:
    # awalan (one keystroke) is far rarer than awalnya (a letter moved two places)
    finding = typo_saran(checker, "Awalany, kata petugas, warga melapor ke pos ronda.",
                         "Awalany")
    assert finding.suggestions[0] == "Awalnya"


def test_loan_adjective_in_ional(checker: Checker) -> None:
    finding = typo_saran(checker, "Tambang Inkonveksional (TI) ditertibkan petugas.",
                         "Inkonveksional")
    assert finding.suggestions[0] == "Inkonvensional"
