"""Commas inside a clause (``clause_commas``): a comma between a subject and its predicate,
an attribution in mid-sentence with one comma missing, a comma after a lead-in word or
inside *baik … maupun*. Found where EYD V rules the comma out or in, silent where the comma
is right (appositions, opening adverbials, asides, lists). Every sentence is fictional."""

from __future__ import annotations

import pytest

from app.language import RULES, Checker, clause_commas
from app.language.apposition_commas import RULE_DEGREE_CLOSE
from app.language.clause_commas import (
    RULE_ATTRIBUTION,
    RULE_DEMONSTRATIVE_SUBJECT,
    RULE_JOINED_SUBJECT,
    RULE_LEAD_IN,
    RULE_PAIRED,
    RULE_SUBJECT_AFTER_ADVERBIAL,
)
from app.language.eyd_context import RULE_SUBJECT_COMMA
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (wrong, _right) in clause_commas.EXAMPLES.items()
    for text in wrong])
def test_every_wrong_example_is_flagged(checker: Checker, rule: str, text: str) -> None:
    assert found(checker, text, rule), text


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (_wrong, right) in clause_commas.EXAMPLES.items()
    for text in right])
def test_every_right_example_is_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert found(checker, text, rule) == [], text


def test_rules_are_listed_with_source_and_as_saran() -> None:
    listed = {entry["id"]: entry for entry in rulebook()}
    for rule in clause_commas.EXAMPLES:
        assert rule in RULES
        assert listed[rule]["severity"] == "saran"
        assert listed[rule]["source"].startswith(("EYD V", "KBBI"))
    assert set(clause_commas.EXAMPLES) == set(clause_commas.DESCRIPTIONS) \
        == set(clause_commas.SOURCES) == clause_commas.SOFT_RULES


def test_joined_subject_suggests_the_word_without_its_comma(checker: Checker) -> None:
    text = "Satlantas Polres Contoh serta Dishub Kabupaten Contoh, menertibkan parkir liar."
    assert found(checker, text, RULE_JOINED_SUBJECT) == [("Contoh,", ("Contoh",))]


def test_plain_name_run_is_left_to_the_older_rule(checker: Checker) -> None:
    text = "Kapolsek Sukajaya Iptu Rudi Hartono, meminta warga menjaga pos ronda."
    assert found(checker, text, RULE_JOINED_SUBJECT) == []
    assert found(checker, text, RULE_SUBJECT_COMMA)


@pytest.mark.parametrize("text", [
    "Sukamaju, Sukajaya dan Sukamulya, menggelar lomba bersama.",   # a list's last part
    "Kapolres Contoh dan Dandim Contoh, beserta jajaran, meninjau pos.",
    "Polres Contoh dan Kodim Contoh, melalui patroli gabungan, menjaga pasar.",
    "“Polres Contoh dan Kodim Contoh, menurut saya, kompak.”",
])
def test_joined_subject_silent_on_lists_and_asides(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_JOINED_SUBJECT) == []


def test_subject_after_a_dated_opening(checker: Checker) -> None:
    text = ("Usai rapat koordinasi pada Senin (4/5) pukul 10.00 WIB, Tim Gabungan Polres "
            "Contoh, menertibkan pedagang.")
    assert found(checker, text, RULE_SUBJECT_AFTER_ADVERBIAL) == [("Contoh,", ("Contoh",))]


def test_subject_after_opening_keeps_apposition_commas(checker: Checker) -> None:
    text = "Usai apel pagi, Kapolsek Sukajaya, Iptu Rudi Hartono, menyapa warga pasar."
    assert found(checker, text, RULE_SUBJECT_AFTER_ADVERBIAL) == []


def test_demonstrative_subject_in_a_clause_after_bahwa(checker: Checker) -> None:
    text = "Kapolsek menyebut bahwa patroli sepekan ini, turut melibatkan relawan desa."
    assert found(checker, text, RULE_DEMONSTRATIVE_SUBJECT) == [("ini,", ("ini",))]


@pytest.mark.parametrize("text", [
    "Untuk kegiatan tersebut, disiapkan dua mobil patroli.",
    "Melalui program ini, warga diajak menanam pohon.",
    "Setelah kegiatan itu, petugas kembali ke markas.",
    "Kegiatan warga yang digelar ini, menurut panitia, berjalan lancar.",
])
def test_demonstrative_subject_silent_after_adverbials(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_DEMONSTRATIVE_SUBJECT) == []


def test_attribution_missing_opening_comma_is_placed_before_it(checker: Checker) -> None:
    text = "Warga sekitar pasar sambungnya, turut menjaga kebersihan."
    assert found(checker, text, RULE_ATTRIBUTION) == [("pasar", ("pasar,",))]


@pytest.mark.parametrize("text", [
    "Lebih jelasnya, warga dapat bertanya ke pos.",
    "Dalam pesannya, Kapolsek meminta warga waspada.",
    "Untuk lebih jelasnya, hubungi petugas.",
    "Situasi aman, imbuhnya singkat.",
    "Patroli digelar rutin, lanjut dia saat ditemui di pos.",
    "Masih kata dia, patroli digelar rutin.",
])
def test_attribution_silent_where_no_comma_is_missing(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_ATTRIBUTION) == []


def test_attribution_with_kata_dia_stays_with_the_toml_rule(checker: Checker) -> None:
    text = "Aspirasi warga kata dia, dibahas di musyawarah desa."
    assert found(checker, text, RULE_ATTRIBUTION) == []
    assert found(checker, text, "koma-keterangan-pengucap-sisipan")


@pytest.mark.parametrize(("text", "word"), [
    ("Bantuan berupa, beras dan minyak goreng diserahkan kepada warga.", "berupa"),
    ("Hadir para tokoh termasuk, ketua adat dan pemuka agama.", "termasuk"),
    ("Petugas menyita barang antara lain, 12 botol minuman keras.", "antara lain"),
])
def test_lead_in_words_take_no_comma(checker: Checker, text: str, word: str) -> None:
    assert found(checker, text, RULE_LEAD_IN) == [(f"{word},", (word,))]


def test_paired_conjunction(checker: Checker) -> None:
    text = "Razia menyasar baik kendaraan pribadi, maupun angkutan umum."
    assert found(checker, text, RULE_PAIRED) == [("pribadi,", ("pribadi",))]
    text = "Kendaraan dalam kondisi baik dan bersih, maupun yang baru datang, diperiksa."
    assert found(checker, text, RULE_PAIRED) == []


def test_degree_before_bahwa_takes_no_closing_comma(checker: Checker) -> None:
    text = "Hal itu disampaikan Kasi Humas Iptu Rudi Hartono, S.H. bahwa jalan aman."
    assert found(checker, text, RULE_DEGREE_CLOSE) == []
    text = "Kasi Humas Iptu Rudi Hartono, S.H. mengatakan jalan aman."
    assert found(checker, text, RULE_DEGREE_CLOSE)


def test_sentence_boundary_is_not_an_abbreviation_or_a_number() -> None:
    text = "Pukul 10.15 WIB, Polres Contoh H. Budi, kembali berjaga."
    assert clause_commas._boundary(text, text.index(", kembali")) == text.index(", Polres")
    assert clause_commas._boundary("Tanpa tanda baca apa pun", 10) == -1
