"""Commas EYD V III.B asks for after degrees that close an apposition
(``apposition_commas``): found where due, silent on names, offices and lists; the retired
address rule stays silent. Every sentence here is fictional."""

from __future__ import annotations

import pytest

from app.language import Checker, apposition_commas
from app.language.apposition_commas import RULE_ADDRESS_COMMA, RULE_DEGREE_CLOSE
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize("text", [
    "Bantuan diserahkan di Desa Sukamaju Kecamatan Sukajaya Kabupaten Contoh kemarin.",
    "Kebakaran terjadi di RT 04/RW 02 Kelurahan Sidomakmur.",
    "Lokasinya di Desa Batu Ampar Kec. Tanah Datar Kab. Contoh.",
    "Tim tiba di Desa Sukamaju, Kecamatan Sukajaya Kabupaten Contoh.",
])
def test_addresses_without_commas_are_left_alone(checker: Checker, text: str) -> None:
    """``koma-bagian-alamat`` is retired: readers of real releases did not mark it
    reliably (tuning 27 marked, 22 not; fresh full texts 0 of 7)."""
    assert found(checker, text, RULE_ADDRESS_COMMA) == []


def test_the_retired_address_rule_is_not_listed() -> None:
    assert RULE_ADDRESS_COMMA not in {rule["id"] for rule in rulebook()}


@pytest.mark.parametrize(("text", "degree"), [
    ("Kapolsek Sukajaya AKP Dedi Wiryawan, M.H. mengatakan situasi aman.", "M.H."),
    ("Pelatihan dibuka Ani Lestari, S.Sos. dengan doa bersama.", "S.Sos."),
    ("Kapolsek Sukajaya AKP Dedi Wiryawan, S.H. berharap warga tetap waspada.", "S.H."),
    ("Imbauan itu disampaikan Iptu Rudi Hartono, S.I.K. melalui radio.", "S.I.K."),
    ("Dr. Sari Murni, M.Si. dalam paparannya menekankan kebersihan.", "M.Si."),
])
def test_a_degree_closing_an_apposition_takes_a_comma(checker: Checker, text: str,
                                                      degree: str) -> None:
    assert found(checker, text, RULE_DEGREE_CLOSE) == [(degree, (f"{degree},",))]


@pytest.mark.parametrize("text", [
    "Kapolsek Sukajaya AKP Dedi Wiryawan, S.H., M.H., mengatakan situasi aman.",
    "Pemateri hari itu adalah Ani Lestari, S.Sos.",
    "Hadir pula Budi Santoso, S.H. dan Ani Lestari, M.H.",
    "Sambutan dibacakan Rudi Hartono, S.H. (Kapolsek Sukajaya).",
    "Acara ditutup oleh Rudi Hartono, S.H. Setelah itu warga pulang.",
    "Ia menyebut “Rudi Hartono, S.H.” sebagai teladan.",
    "Pelatihan dibuka Ani Lestari, S.Sos. yang menjabat camat.",
    "Piagam diserahkan kepada Drs. Rudi Hartono, M.M. sebagai tanda terima kasih.",
    "Hadir Kompol Dedi Wiryawan, S.H., S.I.K. pejabat utama Polres Contoh.",
    # session 13: the last of a list of degrees (readers: 1 of 8 on full text)
    "Kapolsek Sukajaya AKP Dedi Wiryawan, S.H., M.H. mengatakan situasi aman.",
    "Kasat Reskrim Iptu Ani Lestari, S.I.K., M.Si. melalui Kanit menyampaikan imbauan.",
])
def test_degrees_that_end_or_are_closed_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_DEGREE_CLOSE) == []


def test_rules_are_listed_as_suggestions_with_their_source() -> None:
    listed = {rule["id"]: rule for rule in rulebook()}
    for rule_id in (RULE_DEGREE_CLOSE,):
        assert listed[rule_id]["severity"] == "saran"
        assert "EYD V" in listed[rule_id]["source"]


@pytest.mark.parametrize(("rule", "wrong", "right"), [
    (rule, wrong, right) for rule, (wrongs, rights) in apposition_commas.EXAMPLES.items()
    for wrong, right in zip(wrongs, rights, strict=False)])
def test_module_examples(checker: Checker, rule: str, wrong: str, right: str) -> None:
    assert found(checker, wrong, rule)
    assert found(checker, right, rule) == []
