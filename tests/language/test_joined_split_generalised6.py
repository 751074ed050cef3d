"""Prepositions and affixes joined or split wrongly, as classes (EYD V II.A, II.E, II.F):
*di*/*ke* joined to any common non-verb, the passive *di-* apart before any verb root, a
suffix apart from its word, and a joined compound capitalised mid-sentence. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.finding import Finding
from app.language.rulebook import rulebook
from app.language.style import (
    EXAMPLES,
    RULE_JOINED_PREPOSITION,
    RULE_NONSTANDARD,
    RULE_SPLIT_PREFIX,
    RULE_SPLIT_SUFFIX,
    StyleData,
    _active_forms,
)


def of_rule(checker: Checker, text: str, rule: str) -> list[Finding]:
    return [f for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (wrong, _right) in EXAMPLES.items() for text in wrong])
def test_every_wrong_example_is_flagged(checker: Checker, rule: str, text: str) -> None:
    assert of_rule(checker, text, rule), text


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (_wrong, right) in EXAMPLES.items() for text in right])
def test_every_right_example_is_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert of_rule(checker, text, rule) == [], text


# -- 1. di/ke joined to a word that is no verb ---------------------------------------------

@pytest.mark.parametrize(("text", "written", "right"), [
    ("Patroli dilakukan disemua jalur mudik.", "disemua", "di semua"),
    ("Ditemukan bekas luka dibadannya.", "dibadannya", "di badannya"),
    ("Siswa duduk dibangku paling depan.", "dibangku", "di bangku"),
    ("Anak-anak belajar dikamar masing-masing.", "dikamar", "di kamar"),
    ("Sampah menumpuk ditoko itu.", "ditoko", "di toko"),
    ("Pengemudi diminta beristirahat dimusim hujan.", "dimusim", "di musim"),
    ("Warga mengantar korban kedokter terdekat.", "kedokter", "ke dokter"),
])
def test_joined_preposition_before_a_common_noun(checker: Checker, text: str, written: str,
                                                 right: str) -> None:
    found = of_rule(checker, text, RULE_JOINED_PREPOSITION)
    assert [(f.text, f.suggestions[0]) for f in found] == [(written, right)]
    assert found[0].severity == "saran"        # the general rule can misfire


def test_a_listed_joined_preposition_stays_an_error(checker: Checker) -> None:
    found = of_rule(checker, "Kendaraan diparkir disekitar lokasi.", RULE_JOINED_PREPOSITION)
    assert [(f.text, f.severity) for f in found] == [("disekitar", "kesalahan")]


@pytest.mark.parametrize("text", [
    "Sasaran operasi disasar sejak pekan lalu.",        # a passive verb
    "Usulan itu dikaji panitia.",
    "Pelaku diciduk di rumahnya.",                       # hunspell: ciduk takes meN-
    "Kesemuanya mengikuti upacara.",                     # ke- + numeral: a collective
    "Kedua petugas berjaga di pos.",
    "Ketuanya menyampaikan laporan.",                    # a word + -nya
    "Kepala desa menyambut rombongan.",
    "Kesehatan warga diperiksa gratis.",                 # a ke-…-an noun
    "Dinas terkait hadir dalam rapat.",
    "Barang itu dibanderol murah.",                      # a rare root: a loan verb
    "Rapat diskusi digelar malam hari.",
])
def test_words_that_only_look_joined_are_left_alone(checker: Checker, text: str) -> None:
    assert of_rule(checker, text, RULE_JOINED_PREPOSITION) == []


def test_a_capitalised_name_is_not_split(checker: Checker) -> None:
    assert of_rule(checker, "Massa bergerak menuju Jalan Diponegoro.",
                   RULE_JOINED_PREPOSITION) == []


def test_the_general_rule_needs_word_frequencies(checker: Checker) -> None:
    """Without frequencies (a bare StyleChecker) nothing marks a word as common: only the
    listed forms are split, so the rule never guesses."""
    from app.language.style import StyleChecker

    bare = StyleChecker(StyleData(passive_roots={"sasar": "akhiran"}),
                        lambda word: word in {"semua", "kebun"}, lambda word: False)
    assert bare._joined_preposition("disemua") is None
    rich = StyleChecker(StyleData(), lambda word: word in {"semua", "kebun"},
                        lambda word: False, zipf=lambda word: 6.0 if word == "semua" else 0.0)
    assert rich._joined_preposition("disemua") == "di semua"
    assert rich._joined_preposition("dikebun") is None        # not a common word here


# -- 2. the passive prefix typed apart -------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "right"), [
    ("Lokasi itu di sasar tim gabungan.", "di sasar", "disasar"),
    ("Di sasar sejak pagi, gudang itu akhirnya kosong.", "Di sasar", "Disasar"),
    ("Acara di awali menyanyikan lagu kebangsaan.", "di awali", "diawali"),
    ("Di awali apel pagi, operasi berjalan lancar.", "Di awali", "Diawali"),
    ("Bantuan di awalnya dibagikan.", None, None),          # di awalnya: the preposition
])
def test_split_passive_prefix(checker: Checker, text: str, written: str | None,
                              right: str | None) -> None:
    found = of_rule(checker, text, RULE_SPLIT_PREFIX)
    if written is None:
        assert found == []
    else:
        assert [(f.text, f.suggestions[0]) for f in found] == [(written, right)]


@pytest.mark.parametrize("text", [
    "Kapal bersandar di seberang dermaga.",       # menyeberang is no more frequent
    "Pesawat itu tertahan di darat.",
    "Kunci ditemukan di balik pintu.",
    "Perantau itu lama tinggal di rantau.",
    "Kegiatan dimulai di awal bulan.",
])
def test_preposition_before_a_noun_that_also_makes_a_verb(checker: Checker, text: str) -> None:
    assert of_rule(checker, text, RULE_SPLIT_PREFIX) == []


@pytest.mark.parametrize("text", [
    "Bantuan itu dikirim ke sekolah di negara tetangga.",
    "Siswa belajar di kelas baru sejak pagi.",
    "Patroli digelar di malam hari oleh regu jaga.",
    "Masalah itu akan dibahas di kemudian hari.",
    "Petugas berjaga di kota dan di pantai selatan.",
])
def test_preposition_before_a_noun_the_affix_data_lets_take_di(checker: Checker,
                                                              text: str) -> None:
    """hunspell's flags give *negara*, *kelas*, *malam* a bare *di-*; running text never
    makes verbs of them, so *di* before them is the preposition."""
    assert of_rule(checker, text, RULE_SPLIT_PREFIX) == []


@pytest.mark.parametrize(("text", "written"), [
    ("Warga di harap hadir tepat waktu.", "di harap"),
    ("Rumah pelaku di geledah petugas kemarin.", "di geledah"),
])
def test_a_verb_root_after_a_split_di_is_still_joined(checker: Checker, text: str,
                                                      written: str) -> None:
    assert [f.text for f in of_rule(checker, text, RULE_SPLIT_PREFIX)] == [written]


def test_active_forms_follow_the_nasal_rules() -> None:
    assert next(_active_forms("sasar")) == "menyasar"
    assert next(_active_forms("pukul")) == "memukul"
    assert "mengkaji" in _active_forms("kaji")
    assert next(_active_forms("bawa")) == "membawa"
    assert "mengecek" in _active_forms("cek")


# -- 3. a suffix written apart ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "right"), [
    ("Kapolres menekan kan perlunya helm.", "menekan kan", "menekankan"),
    ("Tim segera laksana kan tugasnya.", "laksana kan", "laksanakan"),
    ("Mobil itu di gunakan nya untuk mengangkut kayu.", "di gunakan nya", "digunakannya"),
    ("Rumah nya berada di ujung gang.", "Rumah nya", "Rumahnya"),
    ("Siapa kah yang melapor?", "Siapa kah", "Siapakah"),
    ("Inilah saat nya warga bergerak.", "saat nya", "saatnya"),
])
def test_suffix_written_apart(checker: Checker, text: str, written: str, right: str) -> None:
    found = of_rule(checker, text, RULE_SPLIT_SUFFIX)
    assert [(f.text, f.suggestions[0]) for f in found] == [(written, right)]
    assert found[0].severity == "saran"


def test_one_finding_for_a_verb_split_on_both_sides(checker: Checker) -> None:
    """*di gunakan nya* is one slip to fix at once, not a prefix finding and a suffix one
    that overlap."""
    findings = checker.check("Mobil itu di gunakan nya untuk mengangkut kayu.")
    assert [f.rule for f in findings if f.start < 25] == [RULE_SPLIT_SUFFIX]


@pytest.mark.parametrize("text", [
    "Kita kan sudah sepakat, katanya.",       # the spoken particle kan
    "Bapak makan kan nasi?",                   # makankan is no word
    "Warga menyerahkan kan- kan besi tua.",
])
def test_spoken_kan_is_left_alone(checker: Checker, text: str) -> None:
    assert of_rule(checker, text, RULE_SPLIT_SUFFIX) == []


# -- 4. a joined compound capitalised mid-sentence -------------------------------------------

@pytest.mark.parametrize(("text", "written", "right"), [
    ("Kelompok tani Bekerjasama dengan penyuluh.", "Bekerjasama", "bekerja sama"),
    ("Satlantas Bekerjasama dengan dinas perhubungan.", "Bekerjasama", "bekerja sama"),
    ("Orang yang Bertanggungjawab atas acara itu hadir.", "Bertanggungjawab",
     "bertanggung jawab"),
])
def test_capitalised_joined_compound(checker: Checker, text: str, written: str,
                                     right: str) -> None:
    found = of_rule(checker, text, RULE_NONSTANDARD)
    assert [(f.text, f.suggestions[0]) for f in found] == [(written, right)]


@pytest.mark.parametrize("text", [
    "Petugas bekerja sama dengan penyuluh.",
    "Penjual Rumah Minimalis membuka stan.",           # a capital run: a name
    "Warga yang Minimalis gaya hidupnya ikut lomba.",  # a word that only splits oddly
    "Desa Sukamaju menggelar lomba.",
])
def test_capitalised_words_that_are_no_joined_compound(checker: Checker, text: str) -> None:
    assert of_rule(checker, text, RULE_NONSTANDARD) == []


# -- the rule list ---------------------------------------------------------------------------

def test_rules_list_names_the_rules_with_their_sources() -> None:
    listed = {rule["id"]: rule for rule in rulebook()}
    assert listed[RULE_SPLIT_SUFFIX]["severity"] == "saran"
    assert "II.A" in listed[RULE_SPLIT_SUFFIX]["source"]
    assert "II.F" in listed[RULE_JOINED_PREPOSITION]["source"]
    assert "II.A" in listed[RULE_SPLIT_PREFIX]["source"]


def test_suffix_only_roots_come_from_the_dictionary_flags() -> None:
    data = StyleData.load()
    assert "badan" in data.suffix_only            # membadankan only: di badan is a place
    assert "sasar" not in data.suffix_only        # menyasar: a verb root
    assert data.suffix_only <= data.passive_roots.keys()


def test_a_split_prefix_found_by_frequency_is_a_suggestion(checker: Checker) -> None:
    """*di sasar* is judged a verb by how often *menyasar* is written: a saran; *di awali*
    (the -i makes it a verb) stays an error."""
    guessed = of_rule(checker, "Lokasi itu di sasar tim gabungan.", RULE_SPLIT_PREFIX)
    sure = of_rule(checker, "Acara di awali doa.", RULE_SPLIT_PREFIX)
    assert [f.severity for f in guessed] == ["saran"]
    assert [f.severity for f in sure] == ["kesalahan"]


@pytest.mark.parametrize(("text", "written", "right"), [
    ("Petugas Direktorat Lalulintas Polda Contoh hadir.", "Lalulintas", "Lalu Lintas"),
    ("Kedua pihak menandatangani Perjanjian Kerjasama Daerah kemarin.", "Kerjasama",
     "Kerja Sama"),
])
def test_a_joined_compound_inside_a_name_is_split_keeping_its_capitals(
        checker: Checker, text: str, written: str, right: str) -> None:
    found = [(f.text, f.suggestions[0]) for f in checker.check(text)
             if f.rule == "bentuk-tidak-baku"]
    assert found == [(written, right)]


@pytest.mark.parametrize("text", [
    "Rombongan tiba di Tanjungpinang dan Bukittinggi pekan lalu.",
    "Warga Desa Sukamaju Kecamatan Karyabakti hadir.",
])
def test_place_names_made_of_two_words_are_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "bentuk-tidak-baku"] == []
