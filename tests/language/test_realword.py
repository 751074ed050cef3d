"""Real-word slips (``app.language.realword``): a typo that is itself a dictionary word,
caught only where the sentence leaves no doubt, as a suggestion (``saran``)."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.realword import RULE_REAL_WORD


def slips(checker: Checker, text: str) -> list[tuple[str, str, str]]:
    """(written, first suggestion, severity) of every real-word finding."""
    return [(f.text, f.suggestions[0], f.severity) for f in checker.check(text)
            if f.rule == RULE_REAL_WORD]


@pytest.mark.parametrize(("text", "written", "meant"), [
    # a conjunction between two capitalised words
    ("Bantuan logistik dikirim ke Polda dab Polres di wilayah timur.", "dab", "dan"),
    ("Kegiatan itu mempererat hubungan Kodim dam Polres setempat.", "dam", "dan"),
    # a long function word with a letter left out, written as a rare word
    ("Gladi bersih digelar sebagi persiapan upacara hari jadi.", "sebagi", "sebagai"),
    # a reduplication with a slip in its second half
    ("Bantuan diberikan kepada warga yang benar banar membutuhkan.", "benar banar",
     "benar-benar"),
    # the verb of a quote written as its noun
    ("“Semua pos sudah siap,” ucapan Camat Sukamaju, Senin.", "ucapan", "ucap"),
    # Kepada opening a sentence whose office head speaks
    ("Bantuan tiba sore hari. Kepada BPBD Sukamaju Rudi Hartono, Senin, mengatakan "
     "stok cukup.", "Kepada", "Kepala"),
    # the second word of a regency with a slip
    ("Lomba perahu digelar di Kabupaten Ogan lir pekan depan.", "lir", "Ilir"),
    # pada opening an item in a list of offices
    ("Rapat dihadiri Sekda, asisten, pada Kabag, dan lurah.", "pada", "para"),
    # an administrative word before a village and the next level
    ("Warga Keluaran Sukamaju Kecamatan Cibeureum ikut kerja bakti.", "Keluaran",
     "Kelurahan"),
])
def test_a_slip_into_another_word_is_suggested(checker: Checker, text: str, written: str,
                                               meant: str) -> None:
    assert slips(checker, text) == [(written, meant, "saran")]


@pytest.mark.parametrize("text", [
    "Pembangunan dam baru di desa itu rampung tahun ini.",      # dam between lowercase words
    "Kapolres meninjau tambang batu bara di Desa Sukamaju.",     # a common second word
    "Kapolres menerima ucapan selamat dari warga.",              # no quote before it
    "Kepada BPBD kami minta segera mengirim perahu karet.",      # no speaker in the sentence
    "Kepada Polres Sukamaju, Bupati menyampaikan terima kasih.",  # the addressee set off
    "Surat itu disampaikan pada Kabag Umum kemarin.",            # not an item in a list
    "Warga Kabupaten Ogan Ilir dan Kota Baru berkumpul.",        # region names as written
    "Peluncuran produk keluaran baru di pusat kota.",            # no place name follows
    "Petugas mendata unjuk rasa di depan kantor bupati.",        # unjuk is a word people mean
    "Babinsa Koramil sertu Bagas Wicaksono hadir.",              # a rank, not serta
])
def test_words_meant_as_written_are_left_alone(checker: Checker, text: str) -> None:
    assert slips(checker, text) == []


def test_a_word_the_officer_ignored_is_not_flagged(checker: Checker) -> None:
    text = "Bantuan logistik dikirim ke Polda dab Polres di wilayah timur."
    assert not [f for f in checker.check(text, ignored=["dab"]) if f.rule == RULE_REAL_WORD]


def test_the_rule_is_in_the_rulebook() -> None:
    from app.language.rulebook import rulebook

    book = {rule["id"]: rule for rule in rulebook()}
    assert book[RULE_REAL_WORD]["severity"] == "saran"
    assert book[RULE_REAL_WORD]["source"].startswith("KBBI")
