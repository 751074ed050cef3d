"""Issue 10, round five: punctuation rules stated as a copy editor states them, for every
text, not for the words of the tuning releases. Each class has text it must flag (with the
fix it offers) and text it must leave alone, through the whole checker.

Every sentence is written for this test."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.eyd_context import final_period
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


# -- a dash or hyphen with a space on one side only --------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("SUKAJAYA- Seorang pedagang melapor kehilangan motor ke polsek.", "- "),
    ("Sukajaya Barat,- Warga desa menggelar kerja bakti.", ",- "),
    ("SUKAJAYA, - Bintara Pembina Desa mendampingi petani.", ", - "),
    ("Sukajaya. - Kepolisian Resor Sukajaya menggelar apel.", ". - "),
    ("Sukajaya, kabarsukajaya.id- Kapolres memimpin apel pagi.", "- "),
    ("Sukajaya– Untuk mendengar keluhan warga, polisi datang.", "– "),
    ("SUKAJAYA -Polres Sukajaya menggelar patroli.", " -"),
    ("SUKAJAYA, –Polres Sukajaya menggelar patroli.", ", –"),
    ("Pulau Sukajaya_ Bripka Andi berpatroli malam.", "_ "),
])
def test_a_dash_spaced_on_one_side_is_flagged(checker: Checker, text: str,
                                               wrong: str) -> None:
    assert found(checker, text, "pisah-spasi-sebelah") == [(wrong, " – ")]


@pytest.mark.parametrize("text", [
    "SUKAJAYA – Seorang pedagang melapor kehilangan motor ke polsek.",
    "Bus jurusan Sukajaya–Sukamaju kembali beroperasi.",
    "Keamanan desa itu—kata warga—makin baik.",
    "Pelayanan buka pukul 08.00- 12.00 WIB setiap hari.",
    "- Kapolsek Sukajaya\n- Danramil Sukajaya",
    "Informasi ada di https://kabar-sukajaya.id/berita- Terbaru hari ini.",
    # session 13: a spaced dash after a comma or period, an em dash close on the left
    "Sukajaya, – Seorang pedagang melapor kehilangan motor ke polsek.",
    "KABARSUKAJAYA.ID. – Seorang pedagang melapor kehilangan motor.",
    "Kabarsukajaya— Seorang pedagang melapor kehilangan motor.",
])
def test_dashes_spaced_both_or_neither_side_are_left_alone(checker: Checker,
                                                           text: str) -> None:
    assert found(checker, text, "pisah-spasi-sebelah") == []


def test_a_hyphen_spaced_on_one_side_inside_a_word_is_closed(checker: Checker) -> None:
    text = "Warga bergotong- royong membersihkan saluran air."
    assert found(checker, text, "hubung-spasi-sebelah") == [("- ", "-")]
    elided = "Petugas memeriksa pra- dan pascapanen di lumbung desa."
    assert found(checker, elided, "hubung-spasi-sebelah") == []


# -- quotation marks ----------------------------------------------------------------------

def test_two_single_quotes_standing_for_double_quotes_are_flagged(checker: Checker) -> None:
    text = "‘’Rencana ini kita bahas lagi bulan depan,’’ kata Camat Sukajaya."
    assert found(checker, text, "petik-ganda-dari-tunggal") == [("‘’", "“")]
    assert found(checker, text, "petik-ganda-penutup-dari-tunggal") == [("’’", "”")]
    single = "Operasi itu bersandi ‘Lilin Sukajaya’ tahun ini."
    assert found(checker, single, "petik-ganda-dari-tunggal") == []
    assert found(checker, single, "petik-ganda-penutup-dari-tunggal") == []


def test_backticks_used_as_quotation_marks_are_flagged(checker: Checker) -> None:
    text = "Apel digelar dalam rangka `Operasi Sukajaya Aman 2031` di halaman markas."
    assert found(checker, text, "petik-aksen") == [
        ("`Operasi Sukajaya Aman 2031`", "“Operasi Sukajaya Aman 2031”")]


def test_a_verb_of_saying_before_a_direct_quotation_takes_a_comma(checker: Checker) -> None:
    text = "Kapolsek Sukajaya mengatakan “Patroli malam akan kami tambah mulai pekan ini.”"
    assert found(checker, text, "koma-sebelum-petikan") == [
        ("mengatakan ", "mengatakan, ")]
    right = "Kapolsek Sukajaya mengatakan, “Patroli malam akan kami tambah.”"
    assert found(checker, right, "koma-sebelum-petikan") == []
    greeting = "Warga mengucapkan “Selamat Hari Bhayangkara” kepada petugas."
    assert found(checker, greeting, "koma-sebelum-petikan") == []


# -- periods and commas -------------------------------------------------------------------

def test_a_closing_note_after_the_last_period_is_spaced(checker: Checker) -> None:
    text = "Warga mendukung patroli itu, tuturnya.(tim/sjy)"
    assert found(checker, text, "spasi-sebelum-kurung-catatan") == [(".(", ". (")]
    dated = "Apel digelar pada Senin.(3/2/2031)"
    assert found(checker, dated, "spasi-sebelum-kurung-catatan") == []


def test_a_period_before_a_clause_connector_is_dropped(checker: Checker) -> None:
    text = "Kapolsek Sukajaya menegaskan. bahwa patroli digelar setiap malam."
    assert found(checker, text, "titik-sebelum-kata-sambung") == [(". ", " ")]
    abbreviation = "Petugas menyita pisau, tali, dll. yang dibawa pelaku."
    assert found(checker, abbreviation, "titik-sebelum-kata-sambung") == []


def test_an_attribution_is_not_a_sentence_of_its_own(checker: Checker) -> None:
    text = "Warga diminta menjaga ketertiban selama pesta desa. Ujar Kapolsek Sukajaya."
    assert found(checker, text, "atribusi-sesudah-titik") == [(". Ujar", ", ujar")]
    fronted = "Warga diminta tertib. Kata Kapolsek, patroli terus digelar sampai pagi."
    assert found(checker, fronted, "atribusi-sesudah-titik") == []


def test_a_day_and_date_after_a_closing_quote_or_parenthesis_continue_the_sentence(
        checker: Checker) -> None:
    quote = "Lomba bertema “Desa Tertib Desa Aman”. Sabtu, (8/6/2031)."
    assert found(checker, quote, "titik-sebelum-hari-tanggal") == [
        (". Sabtu, ", ", Sabtu ")]
    acronym = "Apel digelar di Kabupaten Sukajaya Hulu (KSH). Kamis, (5/2/2031)."
    assert found(checker, acronym, "titik-sebelum-hari-tanggal") == [
        (". Kamis, ", ", Kamis ")]
    two_sentences = "Apel digelar Rabu (4/2/2031). Senin (9/2) apel berlanjut."
    assert found(checker, two_sentences, "titik-sebelum-hari-tanggal") == []


def test_a_passive_verb_opening_a_sentence_is_not_cut_from_its_agent(
        checker: Checker) -> None:
    text = "Dihadiri, Camat Sukajaya, Kapolsek Sukajaya, dan para kepala desa."
    assert found(checker, text, "koma-sesudah-predikat-pembuka") == [
        ("Dihadiri, ", "Dihadiri ")]
    reported = "Ditambahkan, Kapolsek meminta warga mengunci kendaraan."
    assert found(checker, reported, "koma-sesudah-predikat-pembuka") == []


def test_a_colon_of_a_byline_label_has_no_space_before_it(checker: Checker) -> None:
    text = "Patroli berjalan aman dan lancar sampai pagi.\n\nPenulis : Sari Wulandari"
    assert found(checker, text, "spasi-sebelum-titik-dua-label") == [
        ("Penulis :", "Penulis:")]
    form = "Hari/Tanggal : Senin, 2 Juni 2031\nTempat : Aula Polsek"
    assert found(checker, form, "spasi-sebelum-titik-dua-label") == []


def test_a_slash_in_a_unit_code_is_closed_up(checker: Checker) -> None:
    text = "Polres Sukajaya dan Kodim 0931/ Sukajaya memperketat pengamanan."
    assert found(checker, text, "spasi-garis-miring-kode") == [("/ ", "/")]
    assert found(checker, "Peraturan Nomor 12/ 2031 berlaku.", "spasi-garis-miring-kode") == []


def test_the_kilogram_symbol_is_lower_case_away_from_the_number(checker: Checker) -> None:
    text = "Barang bukti mencapai 12 lebih Kg ganja kering."
    assert found(checker, text, "lambang-kg-huruf-kecil") == [("Kg", "kg")]
    assert found(checker, "POLISI SITA 12 KG GANJA KERING DI SUKAJAYA",
                 "lambang-kg-huruf-kecil") == []


def test_a_comma_closing_an_also_known_as_phrase_is_not_a_subject_comma(
        checker: Checker) -> None:
    text = "Ronda adat atau yang dikenal sebagai Siskamling Sukajaya, merupakan tradisi desa."
    assert found(checker, text, "koma-sebelum-kopula") == []


# -- the paragraph's final period ---------------------------------------------------------

def test_a_lead_after_a_dateline_is_checked_for_its_final_period() -> None:
    text = ("SUKAJAYA – Polsek Sukajaya terus menggencarkan patroli dan sosialisasi "
            "kepada warga\n\nKegiatan itu disambut baik oleh warga.")
    assert [f.text for f in final_period(text)] == ["warga"]
    headline = ("Polsek Sukajaya Terus Gencarkan Patroli dan Sosialisasi kepada Warga Desa\n\n"
                "Kegiatan itu disambut baik oleh warga.")
    assert list(final_period(headline)) == []


def test_a_sentence_listing_many_names_is_still_a_sentence() -> None:
    text = ("Judul\n\nKegiatan itu turut dihadiri Camat Sukajaya, Kapolsek Sukajaya, "
            "Danramil Sukajaya, Ketua TP PKK Sukajaya, Kepala Desa Sukamulya serta tokoh "
            "agama dan tokoh masyarakat\n\nAcara ditutup dengan doa.")
    assert [f.text for f in final_period(text)] == ["masyarakat"]
    names = ("Judul\n\nHadir Camat Sukajaya Budi Santoso, Kapolsek Sukajaya Iptu Rudi "
             "Hartono, Danramil Kapten Inf Agus Salim, Kades Sukamulya Wawan Setiawan\n\n"
             "Acara ditutup dengan doa.")
    assert list(final_period(names)) == []


def test_a_sentence_ending_in_an_explained_acronym_wants_its_period() -> None:
    text = ("Judul\n\nSuasana pertemuan berlangsung akrab antara warga dan Bintara Pembina "
            "Desa (Babinsa)\n\nAcara ditutup dengan doa bersama.")
    assert [f.text for f in final_period(text)] == ["(Babinsa)"]
    note = ("Judul\n\nSuasana pertemuan berlangsung akrab antara warga dan Bintara Pembina "
            "Desa. (Sari)\n\nAcara ditutup dengan doa bersama.")
    assert list(final_period(note)) == []


# -- the rule list ------------------------------------------------------------------------

def test_the_new_rules_are_listed_with_source_and_severity() -> None:
    listed = {rule["id"]: rule for rule in rulebook()}
    for rule_id, severity in (("pisah-spasi-sebelah", "kesalahan"),
                              ("hubung-spasi-sebelah", "kesalahan"),
                              ("petik-ganda-dari-tunggal", "kesalahan"),
                              ("koma-sebelum-petikan", "saran"),
                              ("koma-sesudah-predikat-pembuka", "saran"),
                              ("spasi-sebelum-titik-dua-label", "saran"),
                              ("atribusi-sesudah-titik", "kesalahan")):
        assert listed[rule_id]["severity"] == severity
        assert listed[rule_id]["source"].startswith(("EYD V", "Penyuntingan"))


def test_a_bound_form_before_a_capital_keeps_its_hyphen_not_a_dash(
        checker: Checker) -> None:
    text = "Pegawai non- ASN dan warga se- Kabupaten Sukajaya ikut apel pasca- Lebaran."
    assert found(checker, text, "terikat-spasi-sebelah") == [
        ("non- ", "non-"), ("se- ", "se-"), ("pasca- ", "pasca-")]
    assert found(checker, text, "pisah-spasi-sebelah") == []
