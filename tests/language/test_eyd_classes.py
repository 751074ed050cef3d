"""Issue 10, EYD side: the classes of slip found in real releases, checked through the whole
checker (every rule together), each with text it must flag and text it must leave alone.

Every sentence is written for this test."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.eyd_context import final_period, load_region_names
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


# -- paragraph without its final period -------------------------------------------------

PARAGRAPHS = ("Polsek Sukamaju Gelar Patroli Malam\n"
              "Personel Polsek Sukamaju menggelar patroli di sekitar pasar dan terminal "
              "untuk mencegah pencurian kendaraan, Selasa (4/3/2025)\n"
              "Kapolsek berharap warga ikut menjaga keamanan lingkungan masing-masing agar "
              "situasi tetap kondusif\n"
              "Foto: personel saat patroli di pasar\n"
              "(ard/rin)")


def test_a_paragraph_without_its_final_period_is_flagged(checker: Checker) -> None:
    assert found(checker, PARAGRAPHS, "titik-akhir-paragraf") == [
        ("(4/3/2025)", "(4/3/2025)."), ("kondusif", "kondusif.")]


@pytest.mark.parametrize("text", [
    "Ia berkata bahwa patroli akan digelar setiap malam di sekitar pasar kota.\n",
    "Ia berkata bahwa patroli akan digelar setiap malam di tempat berikut:\n",
    "Patroli digelar setiap malam oleh personel gabungan di pasar kota tua (ard/rin)\n",
    "Berita lengkap dapat dibaca pada laman resmi kami di tribratanews.contoh.go.id\n",
    "“Kami akan terus hadir di tengah warga setiap malam sampai situasi aman,”\n",
    "Lead pertama. Patroli digelar setiap malam oleh personel di pasar kota tua SA\n",
])
def test_headlines_closing_notes_links_and_quotes_keep_their_ending(text: str) -> None:
    lead = "Judul Berita Ini\n"
    assert list(final_period(lead + text)) == []


def test_a_headline_in_sentence_case_keeps_its_ending() -> None:
    text = "Polsek Sukamaju gelar patroli malam di sekitar pasar dan terminal kota\nIsi."
    assert list(final_period(text)) == []


def test_a_long_first_line_is_the_lead_and_is_checked() -> None:
    text = ("SUKAMAJU – Personel Polsek Sukamaju bersama warga menggelar kerja bakti di "
            "sepanjang saluran air desa untuk mencegah banjir pada musim hujan, Minggu (2/3)\n"
            "Kegiatan ditutup dengan doa bersama.")
    assert [f.text for f in final_period(text)] == ["(2/3)"]


# -- capitals: units, region names, function words, time words, address, holidays --------

@pytest.mark.parametrize(("text", "rule", "expected"), [
    ("Polisi menyita 12 Kg ganja dan 3 Ton pupuk ilegal.", "satuan-huruf-kecil",
     [("Kg", "kg"), ("Ton", "ton")]),
    ("Warga Kabupaten Lampung selatan menerima bantuan.", "kapital-nama-wilayah",
     [("Lampung selatan", "Lampung Selatan")]),
    ("Polri Bersama TNI menjaga pos, kata Sumardi, Bahwa situasi aman.",
     "kata-tugas-huruf-kecil", [("Bersama", "bersama"), ("Bahwa", "bahwa")]),
    ("Apel digelar di Mapolsek Senin (3/3/2025) Pagi.", "kata-waktu-huruf-kecil",
     [("Pagi", "pagi")]),
    ("Keluhan itu disampaikan bapak Darmaji kepada petugas.", "kapital-sapaan-nama",
     [("bapak", "Bapak")]),
    ("Pengamanan disiagakan hingga masa lebaran usai.", "kapital-hari-raya",
     [("lebaran", "Lebaran")]),
    ("Patroli melintas di jalan Cempaka Putih pada malam hari.", "kapital-penunjuk-tempat",
     [("jalan", "Jalan")]),
    ("Personel Polsek Karanganyar Jajaran Polres Sukamaju bersiaga.", "jajaran-huruf-kecil",
     [("Jajaran", "jajaran")]),
    ("Patroli digelar di Wilayah Hukum Polres Sukamaju.", "wilayah-hukum-huruf-kecil",
     [("Wilayah Hukum", "wilayah hukum")]),
    ("Jadwal berlaku hingga 20 juni 2025.", "kapital-nama-bulan", [("juni", "Juni")]),
    ("Bupati meninjau pasar, rabu (5/3/2025).", "kapital-nama-hari", [("rabu", "Rabu")]),
])
def test_capitals_where_eyd_wants_them(checker: Checker, text: str, rule: str,
                                       expected: list[tuple[str, str]]) -> None:
    assert found(checker, text, rule) == expected


@pytest.mark.parametrize(("text", "rule"), [
    ("POLISI SITA 12 KG GANJA DI PERBATASAN", "satuan-huruf-kecil"),
    ("Polisi Sita 12 Kg Ganja Di Perbatasan Kota", "satuan-huruf-kecil"),
    ("Warga Kabupaten Lampung Selatan menerima bantuan.", "kapital-nama-wilayah"),
    ("Tema tahun ini “Bersama Menjaga Desa” diusung panitia.", "kata-tugas-huruf-kecil"),
    ("Bersama warga, petugas membersihkan saluran.", "kata-tugas-huruf-kecil"),
    ("Warga berlebaran di kampung halaman.", "kapital-hari-raya"),
    ("Warga memilih jalan kaki ke pasar.", "kapital-penunjuk-tempat"),
    ("Jajaran Polres Sukamaju bersiaga.", "jajaran-huruf-kecil"),
])
def test_capitals_that_are_right_stay(checker: Checker, text: str, rule: str) -> None:
    assert found(checker, text, rule) == []


# -- commas, degrees, initials, spacing, numbers -----------------------------------------

@pytest.mark.parametrize(("text", "rule", "expected"), [
    ("Warga hadir. Selain itu petugas membagikan masker.", "koma-penghubung-antarkalimat",
     [("Selain itu", "Selain itu,")]),
    ("Kapolsek mengatakan, bahwa situasi aman.", "koma-sebelum-bahwa",
     [("mengatakan, bahwa", "mengatakan bahwa")]),
    ("Hadir Wakil Bupati Rendra Wiratama S.H., dan tokoh warga.", "koma-sebelum-gelar",
     [("Wiratama S.H.", "Wiratama, S.H.")]),
    ("Kapolsek AKP R. SIMANJUNTAK, SH memimpin apel.", "gelar-tanpa-titik",
     [("SH", "S.H.")]),
    ("Kapolres AKBP Darma Sitepu SIK MH membuka acara.", "gelar-tanpa-titik",
     [(" SIK MH", ", S.I.K., M.H.")]),
    ("Sekda Hj. Ratna, S. Sos membuka rapat.", "gelar-spasi-dalam", [("S. Sos", "S.Sos.")]),
    ("Hadir Serka M.Darmaji dan H.Sulaiman.", "spasi-setelah-inisial",
     [("M.Darmaji", "M. Darmaji"), ("H.Sulaiman", "H. Sulaiman")]),
    ("Personel yakni,, Aipda Rudi,, Bripka Tono.", "koma-ganda",
     [(",,", ","), (",,", ",")]),
    ("Warga bersama sama membersihkan selokan.", "ulang-berimbuhan-spasi",
     [("bersama sama", "bersama-sama")]),
    ("Di tengah pandemi Covid 19 warga tetap bekerja.", "covid-19-tanda-hubung",
     [("Covid 19", "Covid-19")]),
    ("Dilarang membawa senjata tajam(celurit) ke pasar.", "spasi-sebelum-kurung-buka",
     [("(", " (")]),
    ("Kantor di Jalan Merdeka No.12, Sukamaju.", "spasi-setelah-nomor", [("No.", "No. ")]),
    ("Bantuan untuk ibu hamil/ menyusui dibagikan.", "spasi-garis-miring", [("/ ", "/")]),
    ("Petugas memasang spanduk larangan,”Terangnya.", "atribusi-huruf-kecil",
     [("Terangnya", "terangnya")]),
    ("Hari jadi kabupaten (Sukamaju) ke 21 tahun ini meriah.", "ke-bilangan-ordinal-ragu",
     [("ke 21", "ke-21")]),
])
def test_punctuation_and_spelling_of_degrees_and_numbers(checker: Checker, text: str,
                                                         rule: str,
                                                         expected: list[tuple[str, str]]
                                                         ) -> None:
    assert found(checker, text, rule) == expected


@pytest.mark.parametrize(("text", "rule"), [
    ("Warga hadir. Selain itu, petugas membagikan masker.", "koma-penghubung-antarkalimat"),
    ("Petugas berjaga, namun hujan turun.", "koma-penghubung-antarkalimat"),
    ("Ia mengatakan, “Situasi aman.”", "koma-sebelum-bahwa"),
    ("Hadir Wakil Bupati Rendra Wiratama, S.H., dan tokoh warga.", "koma-sebelum-gelar"),
    ("Dosen Dr. Wulan, M.Hum. hadir.", "spasi-setelah-inisial"),
    ("Warga bersama saya membersihkan selokan.", "ulang-berimbuhan-spasi"),
    ("Warga memilih dan/atau menolak.", "spasi-garis-miring"),
])
def test_right_punctuation_is_left_alone(checker: Checker, text: str, rule: str) -> None:
    assert found(checker, text, rule) == []


def test_region_names_come_from_the_kemendagri_list() -> None:
    names = load_region_names()
    assert names["lampung selatan"] == "Lampung Selatan"
    assert all(" " in name for name in names.values())


def test_every_new_rule_is_listed_with_its_source() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    for rule_id in ("titik-akhir-paragraf", "satuan-huruf-kecil", "koma-sebelum-gelar",
                    "kata-tugas-huruf-kecil", "koma-penghubung-antarkalimat",
                    "kapital-hari-raya", "koma-ganda", "jajaran-huruf-kecil"):
        assert book[rule_id]["source"].startswith(("EYD V", "KBBI")), rule_id
    assert book["titik-akhir-paragraf"]["severity"] == "saran"
    assert book["kapital-nama-wilayah"]["severity"] == "saran"


# -- comma between subject and verb; joined prepositions; established words ---------------

def test_a_comma_between_a_named_subject_and_its_verb_is_flagged(checker: Checker) -> None:
    text = "Kapten Inf Darmawan Saputra, meminta para Babinsa mendampingi petani."
    assert found(checker, text, "koma-subjek-predikat") == [("Saputra,", "Saputra")]


@pytest.mark.parametrize("text", [
    "Kapolsek Sukamaju, AKP Darmawan Saputra, meminta warga waspada.",
    "Warga desa, meminta lampu jalan diperbaiki.",
    "“Kami siap,” kata Darmawan Saputra. Ia meminta warga waspada.",
])
def test_an_apposition_or_a_common_subject_keeps_its_comma(checker: Checker,
                                                            text: str) -> None:
    assert found(checker, text, "koma-subjek-predikat") == []


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Warga berkumpul didekat pos ronda.", "didekat", "di dekat"),
    ("Pedagang berjualan diwarung-warung kopi.", "diwarung-warung", "di warung-warung"),
    ("Petugas berjaga dipelabuhan sejak pagi.", "dipelabuhan", "di pelabuhan"),
])
def test_di_joined_to_a_place_is_written_apart(checker: Checker, text: str, wrong: str,
                                               right: str) -> None:
    assert (wrong, right) in found(checker, text, "kata-depan-serangkai")


def test_a_verb_reduplication_with_di_stays_joined(checker: Checker) -> None:
    assert found(checker, "Pintu itu diketuk-ketuk warga.", "kata-depan-serangkai") == []


def test_an_established_common_word_is_not_a_customary_capital(checker: Checker) -> None:
    """*Mudik*, *knalpot* are ordinary words (the lexicon's kata mapan), unlike *Sidak*."""
    text = "Polisi menjaga rumah yang ditinggal Mudik oleh pemiliknya."
    assert found(checker, text, "kapital-tengah-kalimat") == [("Mudik", "mudik")]
    assert found(checker, "Bupati melakukan Sidak ke kantor dinas.",
                 "kapital-tengah-kalimat") == []


def test_a_single_field_is_not_judged_for_its_final_period() -> None:
    """A quotation typed in the form gets its closing punctuation from the template."""
    quote = "Kami minta warga mengunci kendaraan dan memasang kunci ganda setiap malam hari"
    assert list(final_period(quote)) == []


def test_honorifics_keep_their_capital(checker: Checker) -> None:
    text = "Doa dipanjatkan kepada Tuhan Yang Maha Esa oleh warga."
    assert found(checker, text, "kata-tugas-huruf-kecil") == []


def test_a_region_name_with_a_lower_case_conjunction_is_right(checker: Checker) -> None:
    text = "Polres Pangkajene dan Kepulauan menggelar apel pagi ini."
    assert found(checker, text, "kapital-nama-wilayah") == []
