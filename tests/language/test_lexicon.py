"""The domain lexicon: every category loads, and capitalisation is part of an entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.language import Checker, Lexicon
from app.language.lexicon import CaseAwareWords, lexicon_dir, read_table


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def test_every_data_line_has_a_category() -> None:
    for path in lexicon_dir().glob("*.tsv"):
        for entry, category in read_table(path):
            assert category, f"{path.name}: {entry} tanpa kategori"


def test_all_provinces_and_regencies_are_listed(lexicon: Lexicon) -> None:
    provinces = lexicon.entries("provinsi")
    assert {"Papua Pegunungan", "Papua Barat Daya", "Kalimantan Utara", "Jawa Timur"} <= provinces
    assert len(lexicon.entries("kabupaten")) == 416
    assert len(lexicon.entries("kota")) == 98
    assert {"Tulungagung", "Penukal Abab Lematang Ilir", "Tojo Una-Una"} <= \
        lexicon.entries("kabupaten")
    assert {"Jatim", "Jabar", "Sumut", "Kaltara"} <= lexicon.entries("singkatan-wilayah")


@pytest.mark.parametrize(("word", "category"), [
    ("AKBP", "pangkat-polri"), ("Bripka", "pangkat-polri"), ("Aipda", "pangkat-polri"),
    ("Serka", "pangkat-tni"), ("Letkol", "pangkat-tni"), ("Marsda", "pangkat-tni"),
    ("Polresta", "satuan-jabatan"), ("Bhabinkamtibmas", "satuan-jabatan"),
    ("Danramil", "satuan-jabatan"), ("Satlantas", "satuan-jabatan"),
    ("Bawaslu", "lembaga-akronim"), ("Forkopimda", "lembaga-akronim"),
    ("Harkamtibmas", "lembaga-akronim"), ("Jumat", "waktu"), ("Agustus", "waktu"),
    ("medsos", "kata-mapan"), ("Trenggalek", "kabupaten"), ("Surabaya", "kota"),
    ("Jatim", "singkatan-wilayah"),
])
def test_categories(lexicon: Lexicon, word: str, category: str) -> None:
    assert lexicon.accepts(word)
    assert lexicon.category(word) == category


def test_degrees_are_abbreviations(lexicon: Lexicon) -> None:
    assert {"S.H.", "S.I.K.", "M.Si."} <= lexicon.abbreviations


@pytest.mark.parametrize("word", ["Polres", "POLRES", "Kapolres", "KPU", "Tulungagung",
                                  "TULUNGAGUNG", "medsos", "Medsos", "MEDSOS"])
def test_proper_case_accepted(lexicon: Lexicon, word: str) -> None:
    assert lexicon.accepts(word)


@pytest.mark.parametrize("word", ["polres", "kpu", "Kpu", "tulungagung", "PolRes"])
def test_wrong_case_rejected(lexicon: Lexicon, word: str) -> None:
    assert not lexicon.accepts(word)


def test_case_aware_words() -> None:
    words = CaseAwareWords(["Arsya", "hoaks"])
    assert words.accepts("Arsya") and words.accepts("ARSYA")
    assert not words.accepts("arsya")
    assert words.accepts("Hoaks") and words.accepts("hoaks")
    assert words.proper_form("arsya") == "Arsya"


def test_lowercase_unit_mid_sentence_is_a_capital_finding(checker: Checker) -> None:
    findings = checker.check("Warga mendatangi polres Tulungagung untuk melapor.")
    assert [(f.text, f.rule) for f in findings] == [("polres", "huruf-kapital")]
    # a unit word used as a common noun, not before its name, is left alone (issue 10)
    assert checker.check("Personel jajaran polsek hadir.") == []
    assert findings[0].suggestions[0] == "Polres"
    assert checker.check("Warga mendatangi Polres untuk melapor.") == []


def test_sentence_initial_capital_of_common_word_is_fine(checker: Checker) -> None:
    assert checker.check("Medsos menjadi sarana penyebaran hoaks.") == []


def test_custom_lexicon_folder(tmp_path: Path) -> None:
    (tmp_path / "uji.tsv").write_text("# komentar\nSukamaju\tdesa\ntanpa-kategori\n",
                                      encoding="utf-8")
    lexicon = Lexicon.load(tmp_path)
    assert lexicon.category("Sukamaju") == "desa"
    assert lexicon.category("tanpa-kategori") == "uji"


GUIDE_VOCABULARY = [
    "AKBP", "Kompol", "Ipda", "Bripka", "Aipda", "Serka", "Kapten", "Letkol", "Dandim",
    "Polda", "Polres", "Polresta", "Polsek", "Kapolres", "Kapolsek", "Kasat", "Reskrim",
    "Kasi", "Humas", "Satlantas", "Bhabinkamtibmas", "Babinsa", "Koramil", "Kodim", "TNI",
    "Polri", "Pilkada", "Pemilu", "KPU", "PPK", "Kamtibmas", "Harkamtibmas", "Forkopimda",
    "Jatim", "Jabar", "Tulungagung", "medsos", "kesiapan", "pastikan", "berkomitmen",
    "tandasnya", "ujarnya", "Polrestabes", "Wakapolres", "Danramil", "Bawaslu", "Sumut", "WIB",
    "WITA", "WIT", "Senin", "Jumat", "Desember",
]


@pytest.mark.parametrize("word", GUIDE_VOCABULARY)
def test_vocabulary_hunspell_lacks_is_accepted(checker: Checker, word: str) -> None:
    """Section 2 of the guide: the words raw hunspell flags in a real release."""
    assert checker.accepts_word(word)
