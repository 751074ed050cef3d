"""Commas at the seams of a phrase (``phrase_commas``), the apposition of an office after a
rank and name (``apposition_commas``) and the wider noun phrase of the demonstrative
subject rule (``clause_commas``): found where EYD V rules the comma in or out, silent where
the comma is right. Every sentence is fictional."""

from __future__ import annotations

import pytest

from app.language import RULES, Checker, phrase_commas
from app.language.apposition_commas import RULE_OFFICE_APPOSITION
from app.language.clause_commas import RULE_DEMONSTRATIVE_SUBJECT
from app.language.finding import Finding
from app.language.phrase_commas import (
    RULE_AFTER_CONJUNCTION,
    RULE_COMPLEMENT,
    RULE_HALF_ASIDE,
    RULE_MENURUT,
    RULE_OPENING_CONJUNCTION,
)
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[Finding]:
    return [f for f in checker.check(text) if f.rule == rule]


def fixed(text: str, finding: Finding) -> str:
    """The text with the finding's first suggestion applied, as the UI applies it."""
    return text[:finding.start] + finding.suggestions[0] + text[finding.end:]


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (wrong, _right) in phrase_commas.EXAMPLES.items()
    for text in wrong])
def test_every_wrong_example_is_flagged(checker: Checker, rule: str, text: str) -> None:
    assert found(checker, text, rule), text


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (_wrong, right) in phrase_commas.EXAMPLES.items()
    for text in right])
def test_every_right_example_is_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert found(checker, text, rule) == [], text


def test_rules_are_listed_with_source_and_as_saran() -> None:
    listed = {entry["id"]: entry for entry in rulebook()}
    for rule in (*phrase_commas.EXAMPLES, RULE_OFFICE_APPOSITION):
        assert rule in RULES
        assert listed[rule]["severity"] == "saran"
        assert listed[rule]["source"].startswith(("EYD V", "KBBI"))
    assert set(phrase_commas.EXAMPLES) == set(phrase_commas.DESCRIPTIONS) \
        == set(phrase_commas.SOURCES) == phrase_commas.SOFT_RULES


@pytest.mark.parametrize(("text", "expected"), [
    ("Menurut Budi warga sudah lama menunggu.", "Menurut Budi, warga sudah lama menunggu."),
    ("Menurutnya patroli membuat pasar tertib.", "Menurutnya, patroli membuat pasar tertib."),
    ("Menurut Kapolsek Sukajaya Iptu Rudi Hartono situasi aman.",
     "Menurut Kapolsek Sukajaya Iptu Rudi Hartono, situasi aman."),
    ("“Menurut dia semua lancar.”", "“Menurut dia, semua lancar.”"),
])
def test_menurut_takes_its_comma_after_the_source(checker: Checker, text: str,
                                                  expected: str) -> None:
    (finding,) = found(checker, text, RULE_MENURUT)
    assert fixed(text, finding) == expected
    assert finding.severity == "saran"


@pytest.mark.parametrize("text", [
    "Warga sudah lama menunggu, menurut Budi.",
    "Menurut Budi dan Ani, warga sudah lama menunggu.",
    "Menurut Undang-Undang Nomor 2 Tahun 2002, polisi mengayomi warga.",
    "Menurut Budi selaku ketua panitia, lomba digelar pekan depan.",
    "Menurutnya, patroli membuat pasar tertib.",
])
def test_menurut_is_silent_where_the_phrase_goes_on_or_is_closed(checker: Checker,
                                                               text: str) -> None:
    assert found(checker, text, RULE_MENURUT) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Bupati berharap, agar jalan segera diperbaiki.",
     "Bupati berharap agar jalan segera diperbaiki."),
    ("Kapolsek mengingatkan, supaya warga mengunci rumah.",
     "Kapolsek mengingatkan supaya warga mengunci rumah."),
    ("Danramil mengucapkan, terima kasih kepada warga.",
     "Danramil mengucapkan terima kasih kepada warga."),
    ("Camat menyampaikan, apresiasi kepada panitia.",
     "Camat menyampaikan apresiasi kepada panitia."),
])
def test_complement_comma_is_removed(checker: Checker, text: str, expected: str) -> None:
    (finding,) = found(checker, text, RULE_COMPLEMENT)
    assert fixed(text, finding) == expected


@pytest.mark.parametrize("text", [
    "Kapolsek menjelaskan, untuk sementara jalan dialihkan.",
    "Petugas memperketat patroli, agar pasar tetap aman.",
    "Kapolsek mengatakan, warga diminta waspada.",
    "Bupati berharap, “Semoga jalan ini bermanfaat.”",
])
def test_complement_rule_leaves_other_commas(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_COMPLEMENT) == []


def test_comma_after_a_list_conjunction(checker: Checker) -> None:
    text = "Rapat dihadiri Kepala Dinas Budi Santoso dan, Sekretaris Ani Lestari."
    (finding,) = found(checker, text, RULE_AFTER_CONJUNCTION)
    assert finding.text == "dan,"
    assert fixed(text, finding) == ("Rapat dihadiri Kepala Dinas Budi Santoso dan "
                                    "Sekretaris Ani Lestari.")
    assert found(checker, "Warga ikut serta, lalu pulang.", RULE_AFTER_CONJUNCTION) == []
    assert found(checker, "Warga turut serta, sedangkan petugas berjaga.",
                 RULE_AFTER_CONJUNCTION) == []


def test_a_sentence_opened_by_serta_is_joined_to_the_one_before(checker: Checker) -> None:
    text = "Petugas memeriksa surat kendaraan. Serta memberi imbauan kepada sopir."
    (finding,) = found(checker, text, RULE_OPENING_CONJUNCTION)
    assert fixed(text, finding) == ("Petugas memeriksa surat kendaraan serta memberi "
                                    "imbauan kepada sopir.")
    assert found(checker, "Petugas berjaga. Serta-merta warga datang.",
                 RULE_OPENING_CONJUNCTION) == []
    assert found(checker, "Hadir Ketua RT. Serta Anggota hadir.",
                 RULE_OPENING_CONJUNCTION) == []


def test_an_aside_with_one_comma(checker: Checker) -> None:
    text = "Kepala Desa Sukamaju Budi Santoso dalam sambutannya, mengajak warga bergotong royong."
    (finding,) = found(checker, text, RULE_HALF_ASIDE)
    assert finding.text == "sambutannya,"
    assert fixed(text, finding) == ("Kepala Desa Sukamaju Budi Santoso dalam sambutannya "
                                    "mengajak warga bergotong royong.")
    closed = "Kepala Desa Sukamaju Budi Santoso, dalam sambutannya, mengajak warga."
    assert found(checker, closed, RULE_HALF_ASIDE) == []
    adverbial = "Para warga dalam kesempatan itu, mengajak anak-anak."   # lower case before
    assert found(checker, adverbial, RULE_HALF_ASIDE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Serka Budi Santoso Babinsa Koramil 01/Sukajaya memantau panen.",
     "Serka Budi Santoso, Babinsa Koramil 01/Sukajaya memantau panen."),
    ("Kegiatan dipimpin Kapten Inf Rudi Kanit Intel Kodim Contoh.",
     "Kegiatan dipimpin Kapten Inf Rudi, Kanit Intel Kodim Contoh."),
    ("Patroli digelar Aipda M. Yusuf Bhabinkamtibmas Desa Sukamaju.",
     "Patroli digelar Aipda M. Yusuf, Bhabinkamtibmas Desa Sukamaju."),
])
def test_office_after_rank_and_name_opens_an_apposition(checker: Checker, text: str,
                                                        expected: str) -> None:
    (finding,) = found(checker, text, RULE_OFFICE_APPOSITION)
    assert fixed(text, finding) == expected
    assert finding.severity == "saran"


@pytest.mark.parametrize("text", [
    "Serka Budi Santoso, Babinsa Koramil 01/Sukajaya, memantau panen.",
    "Babinsa Koramil 01/Sukajaya Serka Budi Santoso memantau panen.",
    "Aiptu Wayan Kasih memantau panen.",
    "Serka Budi memantau panen bersama Babinsa lain.",
])
def test_office_apposition_is_silent_where_no_office_follows_the_name(
        checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_OFFICE_APPOSITION) == []


@pytest.mark.parametrize("text", [
    "Pelatihan kader pada tahap kedua ini, akan digelar di balai desa.",
    "Lomba perahu hias dari tiga kecamatan tersebut, menjadi tontonan warga.",
    "Bantuan beras ini, untuk warga lansia di Dusun Krajan.",
])
def test_demonstrative_subject_may_hold_a_place_phrase(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_DEMONSTRATIVE_SUBJECT)


@pytest.mark.parametrize("text", [
    "Sehubungan dengan hal tersebut, diharapkan warga tetap waspada.",
    "Berkaitan dengan kegiatan itu, akan ada penutupan jalan.",
    "Akibat hujan deras di hulu itu, jalan desa tergenang.",
    "Yang hadir pada rapat itu, antara lain para kepala dusun.",
])
def test_demonstrative_subject_leaves_opening_adverbials(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_DEMONSTRATIVE_SUBJECT) == []
