"""Session 13 (G3): false-alarm classes of punctuation and word rules found on unseen full
text (raw15) and confirmed on the earlier rounds; each narrowing keeps its marked part.
All sentences are invented."""

from __future__ import annotations

import pytest

from app.language import Checker


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def rules_at(checker: Checker, text: str, rule: str) -> list[str]:
    return [f.text for f in checker.check(text) if f.rule == rule]


def test_subject_comma_after_a_tni_corps_abbreviation_is_left(checker: Checker) -> None:
    text = "Komandan Pos Sukamaju, Lettu Inf. Budi Santoso, menegaskan bahwa patroli berlanjut."
    assert rules_at(checker, text, "koma-subjek-predikat") == []


def test_subject_comma_before_predicate_is_still_flagged(checker: Checker) -> None:
    text = "Serda Budi Santoso, meminta warga menjaga kebersihan saluran."
    assert rules_at(checker, text, "koma-subjek-predikat") == ["Santoso,"]


@pytest.mark.parametrize("opener", ["Sehingga", "Guna", "Agar", "Untuk"])
def test_paragraph_comma_before_a_clause_that_goes_on_is_left(checker: Checker,
                                                              opener: str) -> None:
    text = ("Hujan deras mengguyur Desa Sukamaju sejak Kamis pagi hingga malam hari,\n\n"
            f"{opener} jalan desa tergenang dan warga sulit keluar rumah.")
    assert rules_at(checker, text, "koma-akhir-paragraf") == []


def test_paragraph_comma_before_a_new_sentence_is_still_flagged(checker: Checker) -> None:
    text = ("Hujan deras mengguyur Desa Sukamaju sejak Kamis pagi hingga malam hari,\n\n"
            "Warga bergotong royong membersihkan saluran air di depan rumah.")
    assert rules_at(checker, text, "koma-akhir-paragraf") == [","]


def test_sign_off_after_the_last_sentence_needs_no_period(checker: Checker) -> None:
    text = ("Warga Sukamaju menanam seratus pohon di tepi sungai pada Minggu pagi.\n\n"
            "“Pohon ini kita rawat bersama-sama,” ujarnya. Red")
    assert rules_at(checker, text, "titik-akhir-paragraf") == []


def test_colon_after_a_compass_letter_is_left(checker: Checker) -> None:
    text = "Titik api terpantau pada koordinat S : 02.15° dan E : 101.20° di lahan gambut."
    assert rules_at(checker, text, "spasi-sebelum-titik-dua") == []
    text = "Barang bukti yang diamankan antara lain : dua unit sepeda motor."
    assert rules_at(checker, text, "spasi-sebelum-titik-dua") == [" :"]


def test_lowercase_expansion_then_acronym_is_left(checker: Checker) -> None:
    text = "Gubernur memimpin rapat koordinasi (Rakor) penanganan kebakaran hutan."
    assert rules_at(checker, text, "akronim-kata-umum") == []
    text = "Polisi menyita 20 liter Minuman Keras (Miras) dari sebuah warung."
    assert rules_at(checker, text, "akronim-kata-umum") == ["Minuman Keras (Miras)"]


@pytest.mark.parametrize("text", [
    "“Di pasar itu kan ada pos ronda,” kata Camat.",
    "“Balai desa ini kan sudah diperbaiki,” ujar warga.",
])
def test_particle_kan_after_a_demonstrative_is_left(checker: Checker, text: str) -> None:
    assert rules_at(checker, text, "akhiran-terpisah") == []


def test_split_kan_after_a_verb_root_is_still_flagged(checker: Checker) -> None:
    text = "Kapolsek menekan kan pentingnya keselamatan berkendara."
    assert rules_at(checker, text, "akhiran-terpisah") == ["menekan kan"]
