"""Capital letters, round seven (issue 10): closed-class words capitalised in mid-sentence
and a place word with no name after a lowercase noun (EYD V, I.E Huruf Kapital). Every
sentence is written for this test; the names and places in it are invented."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.capitals import RULE_CAPITAL_MIDDLE
from app.language.common_capitals import RULE_CLOSED_CLASS, RULE_PAIR
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


def test_the_rules_are_listed_as_saran_with_their_source() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    for rule in (RULE_CLOSED_CLASS, RULE_PAIR):
        assert book[rule]["severity"] == "saran", rule
        assert "EYD V" in book[rule]["source"], rule
    assert "KBBI" in book[RULE_CLOSED_CLASS]["source"]


def lowered(checker: Checker, text: str, word: str) -> bool:
    """Whether some finding starts at ``word`` and suggests it in lower case first (a
    word followed by a lowercase one is the older common-word rule's)."""
    return any(f.text.startswith(word) and f.suggestions and
               f.suggestions[0].startswith(word.lower())
               for f in checker.check(text) if text.find(word) == f.start)


# -- articles and indefinite numerals -------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Kepala dinas meminta Para Lurah menyiapkan data penerima.", "Para"),
    ("Acara itu dihadiri oleh camat, kepala puskesmas, Para PKK desa dan warga yang "
     "datang dari tiga dusun.", "Para"),
    ("Menjadi Seorang Bhabinkamtibmas berarti siap melayani warga kapan saja.", "Seorang"),
    ("Lomba diikuti oleh Sejumlah Siswa dari tiga sekolah.", "Sejumlah"),
])
def test_article_or_numeral_in_mid_sentence_is_lower_case(
        checker: Checker, text: str, word: str) -> None:
    assert found(checker, text, RULE_CLOSED_CLASS) == [(word, word.lower())]


@pytest.mark.parametrize("text", [
    "Para Lurah menyiapkan data penerima sejak pagi.",          # the sentence's first word
    "Warga menonton siaran Asean Para Games di balai dusun.",   # a name's own word
    "Ia menyanyikan “Seorang Kapiten” bersama murid kelas satu.",   # a quoted title
    "Kapolsek Temu Para Lurah di Aula Kecamatan Lontar Jaya",   # a headline
    "“Para Lurah harus hadir,” kata camat.",                    # after an opening quote
    "Dinas Seluruh Kabupaten menggelar rapat.",                 # opener that heads a name
])
def test_article_where_capitals_are_right_is_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_CLOSED_CLASS) == []


# -- conjunctions and prepositions ---------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Pelatihan menjahit itu terbuka Bagi PKK dari semua desa di kecamatan ini.", "Bagi"),
    ("Patroli menyisir pantai dan pasar ikan sampai larut, Terutama Dusun Karang Sari "
     "yang rawan.", "Terutama"),
    ("Rapat itu dipimpin oleh camat yang baru dilantik, Kemudian Kades Tanjung Asri "
     "menyampaikan usul warga.", "Kemudian"),
    ("Kerja sama yang baik Antara Polsek dan warga membuat lingkungan tetap aman.",
     "Antara"),
])
def test_function_word_in_mid_sentence_is_lower_case(
        checker: Checker, text: str, word: str) -> None:
    assert found(checker, text, RULE_CLOSED_CLASS) == [(word, word.lower())]


@pytest.mark.parametrize(("text", "word"), [
    ("Pelatihan menjahit itu gratis Bagi ibu rumah tangga.", "Bagi"),
    ("Hal itu disampaikan Saat memberikan arahan kepada relawan.", "Saat"),
    ("Kepala dinas meminta Para kader posyandu mendata balita.", "Para"),
    ("Patroli menyisir pantai, Khususnya Dusun Karang Sari, hingga malam.", "Khususnya"),
])
def test_before_a_lowercase_word_the_older_rules_lower_it(
        checker: Checker, text: str, word: str) -> None:
    """Followed by a lowercase word the common-word and *-nya* rules already judge the
    word; the new rule adds nothing there but must not leave it unflagged."""
    assert lowered(checker, text, word)


@pytest.mark.parametrize("text", [
    "Surat itu dikirim ke Kementerian Dalam Negeri pekan lalu.",   # inside a name
    "Tema lomba tahun ini “Bersih Bagi Semua Warga” disambut baik.",   # a quoted title
    "Bantuan Beras Bagi Nelayan Pesisir Lontar Jaya",           # a headline
    "Saat memberikan arahan, camat meminta warga waspada.",     # the sentence's first word
    "Kami bersyukur kepada Tuhan Yang Maha Esa atas panen ini.",   # honorific Yang
])
def test_function_word_where_capitals_are_right_is_left_alone(
        checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_CLOSED_CLASS) == []


def test_the_comma_rule_keeps_its_own_words(checker: Checker) -> None:
    """*, Kemudian ia*: the after-comma rule judges it; this rule does not list it twice."""
    text = "Rapat selesai pukul sepuluh, Kemudian peserta makan siang bersama."
    assert found(checker, text, RULE_CLOSED_CLASS) == []
    assert [f.text for f in checker.check(text) if f.text == "Kemudian"] == ["Kemudian"]


def test_closed_class_word_after_a_lowercase_word_or_comma(checker: Checker) -> None:
    text = "Dalam rapat itu camat mengajak Para PKK untuk hadir di balai warga pada pagi hari."
    assert found(checker, text, RULE_CLOSED_CLASS) == [("Para", "para")]
    text = "Dalam rapat itu camat mengundang kader posyandu, Para PKK, dan pemuda dari tiga dusun."
    assert found(checker, text, RULE_CLOSED_CLASS) == [("Para", "para")]


# -- a place word with no name after a lowercase noun ---------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Bhabinkamtibmas berkunjung ke balai Desa, Rabu (4/6/2025).", "Desa"),
    ("Sampah itu dibawa petugas dari halaman Sekolah.", "Sekolah"),
])
def test_place_word_after_lowercase_noun_without_name(
        checker: Checker, text: str, word: str) -> None:
    assert (word, word.lower()) in found(checker, text, RULE_CAPITAL_MIDDLE)


@pytest.mark.parametrize("text", [
    "Bhabinkamtibmas berkunjung ke balai Desa Tanjung Asri, Rabu (4/6/2025).",
    "Rapat digelar di Kantor Desa, Rabu pagi.",
])
def test_place_word_with_name_or_in_a_name_is_left_alone(checker: Checker, text: str) -> None:
    assert [w for w, _ in found(checker, text, RULE_CAPITAL_MIDDLE) if "Desa" in w] == []


# -- two common words joined by dan ---------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Bhabinkamtibmas mengajak pemuda menjaga Keamanan dan Ketertiban di kampungnya.",
     "Keamanan dan Ketertiban"),
    ("“Kami menanam Jagung dan Kedelai secara bergiliran,” kata ketua kelompok tani.",
     "Jagung dan Kedelai"),                              # quoted speech is prose
])
def test_pair_of_common_words_is_lower_case(checker: Checker, text: str, pair: str) -> None:
    assert found(checker, text, RULE_PAIR) == [(pair, pair.lower())]


@pytest.mark.parametrize("text", [
    "Laporan itu diteruskan ke Dinas Perindustrian dan Perdagangan pekan lalu.",   # a head
    "Rapat dihadiri staf bidang Ekonomi dan Pembangunan Setda Kabupaten Lontar.",  # a name
    "Penyuluhan tentang Keamanan dan Ketertiban digelar di balai warga.",   # a title
    "Lomba bertema “Bersih dan Sehat” diikuti semua dusun.",   # a quoted title
    "Warga Jaga Keamanan dan Ketertiban Jelang Pesta Panen",   # a headline
    "Warga menjaga keamanan dan ketertiban kampung.",          # already lower case
])
def test_pair_where_capitals_are_right_is_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_PAIR) == []
