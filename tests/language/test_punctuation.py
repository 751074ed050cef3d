"""Issue 10, punctuation and word forms found in real releases (EYD V, Bab III Tanda Baca;
II.A Kata Berimbuhan; II.B Bentuk Terikat; KBBI peluluhan), checked through the whole
checker, each class with text it must flag and text it must leave alone.

Every sentence is written for this test."""

from __future__ import annotations

import pytest

from app.language import RULES, Checker
from app.language.punctuation import (
    RULE_DAY_COMMA,
    RULE_JOINED_CASE,
    RULE_PARAGRAPH_COMMA,
    RULE_PLACE_COMMA,
    RULE_QUOTE_OPENS,
    PlaceNames,
    closing_mark_opens,
    day_after_name,
    paragraph_comma,
    place_comma,
)
from app.language.rulebook import rulebook
from app.language.style import RULE_BOUND_NAME, RULE_JOINED_PULA, RULE_NASAL_MELT


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


def apply(text: str, written: str, fixed: str) -> str:
    assert text.count(written) >= 1
    return text.replace(written, fixed, 1)


# -- a closing quotation mark that opens a sentence ----------------------------------------

@pytest.mark.parametrize(("text", "written", "fixed"), [
    ("Tim gabungan berjaga di Desa Sukamaju.” Satgas ini bekerja siang malam,” kata Kapolsek.",
     "” ", " “"),
    ("Petugas menertibkan lapak di trotoar.\n\n” Pada penertiban kali ini tidak ada "
     "perlawanan,” ujar Kasatpol PP.", "” ", "“"),
])
def test_a_closing_mark_that_opens_a_quotation_is_flagged(checker: Checker, text: str,
                                                          written: str, fixed: str) -> None:
    assert found(checker, text, RULE_QUOTE_OPENS) == [(written, fixed)]


@pytest.mark.parametrize("text", [
    "“Kami siap menjaga desa.” Kapolsek lalu meninjau pos.",
    "“Patroli digelar tiap malam.\n\nWarga juga ikut ronda.” Kapolsek menutup apel.",
    "“Semua aman,” kata Kapolsek. Ia lalu pulang.",
])
def test_marks_that_close_an_open_quotation_are_left_alone(text: str) -> None:
    assert list(closing_mark_opens(text)) == []


# -- words run together at a change of case ------------------------------------------------

def test_a_word_run_into_a_day_is_split(checker: Checker) -> None:
    text = "Ronda dilaksanakan padaMinggu (13/12/2026) malam."
    assert found(checker, text, RULE_JOINED_CASE) == [("padaMinggu", "pada Minggu")]


@pytest.mark.parametrize("text", [
    "Tayangan itu disiarkan tvOne dan dibagikan ke akun @humasPolres.",
    "Berita ini dimuat detikNews pagi tadi.",
    "Pakai tagar #polriPresisi di media sosial.",
])
def test_brand_names_and_handles_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_JOINED_CASE) == []


# -- a regency or city and its province ----------------------------------------------------

PLACES = PlaceNames()


def test_a_city_and_its_province_are_separated_by_a_comma(checker: Checker) -> None:
    text = "Tersangka adalah pengedar dari Malang Jawa Timur yang sudah lama diincar."
    assert found(checker, text, RULE_PLACE_COMMA) == [("Malang Jawa Timur",
                                                      "Malang, Jawa Timur")]


@pytest.mark.parametrize("text", [
    "Tersangka berasal dari Malang, Jawa Timur.",
    "Warga Kota Bandar Lampung dan Muaro Jambi hadir.",
    "Apel digelar di Kabupaten Lampung Selatan dan Polres Gorontalo Utara.",
    "Personel Polda Jawa Timur dan Polda Kepulauan Bangka Belitung berjaga.",
    "TERSANGKA DARI MALANG JAWA TIMUR",
    "Anggota Polres Malang Jawa Timur berjaga di gerbang tol.",
])
def test_one_region_name_is_not_cut(text: str) -> None:
    assert list(place_comma(text, PLACES)) == []


# -- a day and its date after a name ------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "fixed"), [
    ("Apel digelar di Mapolres Sukamaju Jumat (23/8/2026).", "Sukamaju Jumat",
     "Sukamaju, Jumat"),
    ("Panen raya di Kabupaten Dairi, Sumatera Utara Kamis (27/2) berjalan lancar.",
     "Utara Kamis", "Utara, Kamis"),
])
def test_a_day_after_a_name_is_set_off_by_a_comma(checker: Checker, text: str, written: str,
                                                  fixed: str) -> None:
    assert found(checker, text, RULE_DAY_COMMA) == [(written, fixed)]


@pytest.mark.parametrize("text", [
    "Apel digelar di Mapolres Sukamaju, Jumat (23/8/2026).",
    "Pada Jumat (23/8) apel digelar.",
    "Pasar ramai pada hari Sabtu dan Minggu (24/8).",
    "Acara berlanjut. Selanjutnya Selasa (25/6) rombongan ke desa.",
    "Tersangka diamankan Sabtu (24/8) malam.",
])
def test_a_day_after_a_lead_word_needs_no_comma(text: str) -> None:
    assert list(day_after_name(text)) == []


# -- a paragraph ending in a comma --------------------------------------------------------

def test_a_paragraph_ending_in_a_comma_is_flagged(checker: Checker) -> None:
    text = ("Kegiatan itu digelar atas petunjuk dan arahan dari Kapolres Sukamaju,\n\n"
            "“Kegiatan ini menunjukkan kepedulian kami,” ujarnya.")
    assert found(checker, text, RULE_PARAGRAPH_COMMA) == [(",", ".")]


def test_a_line_wrapped_by_hand_is_not_a_paragraph() -> None:
    text = ("Upacara itu dihadiri unsur Forkopimda, para camat, kepala desa se-Kecamatan,\n"
            "Kapolsek Sukamaju, dan Danramil Sukamaju.")
    assert list(paragraph_comma(text)) == []


def test_list_items_and_short_lines_may_end_in_a_comma() -> None:
    text = ("Ketua kelompok yang dilantik:\n- Ahmad Fauzi sebagai ketua kelompok tani Desa "
            "Sukamaju,\n- Budi Santoso sebagai ketua kelompok tani Desa Sukamakmur,\n"
            "Hormat kami,\nKepala Desa")
    assert list(paragraph_comma(text)) == []


def test_a_verb_introducing_the_next_paragraphs_quotation_keeps_its_comma() -> None:
    text = ("Dalam kesempatan itu Kapolsek Sukamaju Iptu Budi Hartono menyampaikan,\n\n"
            "“Jaga keamanan lingkungan masing-masing.”")
    assert list(paragraph_comma(text)) == []


# -- word forms ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "fixed"), [
    ("Camat akan mengkoordinasi bantuan dengan dinas.", "mengkoordinasi", "mengoordinasi"),
    ("Remaja itu tertangkap mengkonsumsi minuman keras.", "mengkonsumsi", "mengonsumsi"),
    ("Warga diminta mentaati aturan lalu lintas.", "mentaati", "menaati"),
    ("Warga desa telah mentautkan hati untuk bergotong royong.", "mentautkan", "menautkan"),
])
def test_k_p_t_s_melt_after_men_and_pen(checker: Checker, text: str, written: str,
                                        fixed: str) -> None:
    assert found(checker, text, RULE_NASAL_MELT) == [(written, fixed)]
    assert found(checker, apply(text, written, fixed), RULE_NASAL_MELT) == []


@pytest.mark.parametrize("text", [
    "Tim akan mengkaji usulan warga dan mempunyai waktu sepekan.",
    "Warga mengkritik harga dan mentransfer dana lewat bank.",
    "Petugas mempercepat pembangunan dan mempelajari laporan.",
    "Mentari pagi menyinari lapangan apel.",
])
def test_clusters_memper_and_kbbi_forms_do_not_melt(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_NASAL_MELT) == []


def test_ke_apart_from_a_ke_an_word_is_joined(checker: Checker) -> None:
    text = "Laporkan ke camat atau ke polisian jika ada kendala."
    assert found(checker, text, "awalan-terpisah") == [("ke polisian", "kepolisian")]
    assert found(checker, "Warga pergi ke pasar dan ke luar kota.", "awalan-terpisah") == []


@pytest.mark.parametrize(("text", "written", "fixed"), [
    ("Kepala desa hasil Pemilihan Antar Waktu (PAW) dilantik.", "Antar Waktu", "Antarwaktu"),
    ("Spanduk Kampanye Anti Korupsi dipasang di kantor desa.", "Anti Korupsi", "Antikorupsi"),
])
def test_a_bound_form_inside_a_name_is_joined(checker: Checker, text: str, written: str,
                                              fixed: str) -> None:
    assert found(checker, text, RULE_BOUND_NAME) == [(written, fixed)]


@pytest.mark.parametrize("text", [
    "Sekolah menyediakan Layanan Antar Jemput siswa.",
    "Arus balik Pasca Lebaran dipantau petugas.",
    "Bu Anti Lestari membuka acara.",
    "Anggota Purna Paskibraka hadir.",
])
def test_names_after_a_bound_form_are_left_to_other_rules(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_BOUND_NAME) == []


def test_pula_stands_apart(checker: Checker) -> None:
    text = "Petugas menyita dua motor. Adapula kunci letter T milik pelaku."
    assert found(checker, text, RULE_JOINED_PULA) == [("Adapula", "Ada pula")]
    assert found(checker, "Ada pula kunci letter T.", RULE_JOINED_PULA) == []


# -- rule-file punctuation and rank rules, through the whole checker ----------------------

@pytest.mark.parametrize(("text", "rule", "written", "fixed"), [
    ("Warga memperingati Hari Ulang Tahun,(HUT) desa.", "koma-sebelum-kurung", ",(", " ("),
    ("Apel digelar Jumat, (6/1/2026) pagi.", "koma-sebelum-kurung", ", (", " ("),
    ("Kapolsek Sukamaju AKP. JEFRI PURBA hadir.", "titik-setelah-pangkat", "AKP. ", "AKP "),
    ("kata Kapolres Sukamaju, AKBP, Iwan Pratama.", "koma-pangkat-nama", "AKBP, ", "AKBP "),
    ("kata Dirreskrimum, Kombespol Hadi Utomo.", "pangkat-pol-terpisah", "Kombespol",
     "Kombes Pol"),
    ("Kapolda Brigjend Pol Widodo hadir.", "pangkat-jenderal-singkatan", "Brigjend",
     "Brigjen"),
    ("Kapolsek Sukamaju Akp Oki Sihombing hadir.", "pangkat-huruf-kapital", "Akp", "AKP"),
    ("Kantor Bupati, Jalan. Geser, Kecamatan Kota.", "titik-dalam-nama-tempat", "Jalan. ",
     "Jalan "),
    ("Kecamatan Barabai Kab.Hulu Sungai Tengah.", "spasi-setelah-singkatan", "Kab.", "Kab. "),
    ("Rapat itu dihadiri Se-Kecamatan Sukamaju.", "se-huruf-kecil", "Se-", "se-"),
    ("Dalam kegiatan DDSnya Bripka Roni menyapa warga.", "akronim-nya", "DDSnya", "DDS-nya"),
    ("Situasi aman dalam skala besar,\"ujarnya.", "spasi-setelah-petik-lurus-atribusi",
     ",\"", ",\" "),
    ("Anggota berkumpul di pendopo sedangkan Persit di halaman.", "koma-sebelum-sedangkan",
     " ", ", "),
    ("Usulan tersebut kata dia, dapat dibahas di forum desa.",
     "koma-keterangan-pengucap-sisipan", " ", ", "),
])
def test_punctuation_rules_of_the_rule_file(checker: Checker, text: str, rule: str,
                                            written: str, fixed: str) -> None:
    assert found(checker, text, rule) == [(written, fixed)]


def test_new_rules_are_described_and_listed() -> None:
    ids = {RULE_QUOTE_OPENS, RULE_JOINED_CASE, RULE_PLACE_COMMA, RULE_PARAGRAPH_COMMA,
           RULE_NASAL_MELT, RULE_BOUND_NAME, RULE_JOINED_PULA}
    assert ids <= set(RULES)
    listed = {rule["id"]: rule for rule in rulebook()}
    for rule_id in ids:
        assert listed[rule_id]["source"] != "EYD V", rule_id     # a specific section
    assert listed[RULE_PLACE_COMMA]["severity"] == "saran"
    assert listed[RULE_BOUND_NAME]["severity"] == "saran"
    assert listed[RULE_NASAL_MELT]["severity"] == "kesalahan"
