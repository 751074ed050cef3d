"""Slips in how a capitalised word is built (a tripled letter, a stutter, one k of -kkan,
a derived noun mistyped) and the KBBI words those checks must leave alone.

Every sentence here is invented for this test."""

from __future__ import annotations

from app.language import Checker
from app.language.finding import Finding


def found(checker: Checker, text: str) -> dict[str, Finding]:
    return {f.text: f for f in checker.check(text)}


def test_a_letter_written_three_times_is_a_slip(checker: Checker) -> None:
    findings = found(checker, "Pameran kerajinan digelar di Balai Wiyyyata sejak pagi.")
    assert findings["Wiyyyata"].rule == "ejaan"
    assert findings["Wiyyyata"].suggestions[0] == "Wiyyata"


def test_roman_numerals_and_acronyms_in_capitals_keep_their_letters(checker: Checker) -> None:
    findings = found(checker, "Pejabat eselon III dan Asisten III hadir di kantor DPPPA.")
    assert not {"III", "DPPPA"} & findings.keys()


def test_a_capitalised_stutter_of_a_common_word_is_flagged(checker: Checker) -> None:
    findings = found(checker, "Kapolres meminta Jajajaran polsek tetap siaga malam ini.")
    assert findings["Jajajaran"].suggestions[0].lower() == "jajaran"


def test_a_prefix_before_a_root_with_the_same_syllable_is_no_stutter(checker: Checker) -> None:
    text = "Didiagnosis sejak awal, pasien itu kini pulih. Ia didiagnosis dokter desa."
    assert not {"Didiagnosis", "didiagnosis"} & found(checker, text).keys()


def test_kan_on_a_root_in_k_needs_two_ks_in_a_headline_too(checker: Checker) -> None:
    findings = found(checker, "Warga Letakan Sampah pada Tempatnya Setiap Sore")
    assert findings["Letakan"].suggestions[0] == "Letakkan"


def test_kbbi_an_nouns_on_a_root_in_k_are_words(checker: Checker) -> None:
    text = "Luka tusukan itu dirawat. Dudukan kamera dipasang di tiang."
    assert not {"tusukan", "Dudukan"} & found(checker, text).keys()


def test_a_mistyped_derived_noun_is_flagged_even_beside_a_name(checker: Checker) -> None:
    findings = found(checker, "Kedatanagn Dirjen disambut warga. Kepolisin Sektor Sukamaju "
                              "menggelar apel.")
    assert findings["Kedatanagn"].suggestions[0] == "Kedatangan"
    assert "Kepolisin" in findings


def test_a_name_one_vowel_from_a_derived_noun_is_a_name(checker: Checker) -> None:
    text = "Ketua panitia Parlindungan Sihombing membuka acara di aula desa."
    assert "Parlindungan" not in found(checker, text)


def test_mentri_is_the_non_standard_menteri(checker: Checker) -> None:
    findings = found(checker, "Surat edaran mentri itu tiba kemarin.")
    assert findings["mentri"].rule == "bentuk-tidak-baku"
    assert findings["mentri"].suggestions[0] == "menteri"


def test_a_last_consonant_struck_twice_is_a_slip(checker: Checker) -> None:
    findings = found(checker, "Pelaksanaann lomba desa berjalan tertib. Agenda Masyarakatt "
                              "Sukamaju dibuka.")
    assert findings["Pelaksanaann"].suggestions[0] == "Pelaksanaan"
    assert findings["Masyarakatt"].suggestions[0].lower() == "masyarakat"


def test_a_rank_in_its_non_standard_spelling_is_flagged_after_a_rank(checker: Checker) -> None:
    findings = found(checker, "Kapolri Jendral Polisi Rudi Hartono meninjau pos jaga.")
    assert findings["Jendral"].suggestions[0] == "Jenderal"


def test_a_place_named_with_a_non_standard_word_keeps_its_name(checker: Checker) -> None:
    assert "Mesjid" not in found(checker, "Warga Desa Mesjid berkumpul di balai.")


def test_a_mistyped_prefixed_verb_is_flagged_even_beside_a_name(checker: Checker) -> None:
    findings = found(checker, "Diungkpkan Kapolsek Rudi Hartono, patroli digelar tiap malam.")
    assert findings["Diungkpkan"].suggestions[0] == "Diungkapkan"


def test_a_doubled_last_consonant_in_a_short_word(checker: Checker) -> None:
    findings = found(checker, "Surat Nomorr 12 Tahun 2024 sudah terbit.")
    assert findings["Nomorr"].suggestions[0] == "Nomor"


def test_a_lowercase_acronym_defined_after_its_words_is_the_texts_own(checker: Checker) -> None:
    text = ("Polsek membentuk tim khusus (timsus) untuk melayani warga. Timsus itu berkeliling "
            "dengan satuan fungsi (satfung) lalu lintas.")
    assert not {"timsus", "Timsus", "satfung"} & found(checker, text).keys()


def test_a_bracketed_word_its_words_cannot_spell_is_still_checked(checker: Checker) -> None:
    assert "dessa" in found(checker, "Warga desa (dessa) berkumpul di balai.")


def test_lowercase_acronyms_are_spelt_from_pieces_of_the_words_before() -> None:
    from app.language.defined_acronyms import lowercase_acronyms
    assert lowercase_acronyms("dibahas dalam bimbingan teknis (bimtek) kemarin") == {"bimtek"}
    assert lowercase_acronyms("warga diminta gerak cepat (gercep) membantu") == {"gercep"}
    assert lowercase_acronyms("rumah sakit (kemarin) penuh") == set()
    assert lowercase_acronyms("kata tim (tim) diulang") == set()
