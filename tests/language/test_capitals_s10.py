"""Session 10 capital rules: the pronoun *Anda*, a sentence opened in lower case after a
stop, function words in a title-case headline, titles and acronyms in the wrong case, the
reduplicated *Undang-Undang* of a cited law, and nouns of position and date before a name
or number. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.rulebook import rulebook


def flagged(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions[:1]) for f in checker.check(text) if f.rule == rule]


# -- kapital-kata-ganti-anda -------------------------------------------------------------

def test_anda_in_lower_case_gets_its_capital(checker: Checker) -> None:
    text = "Kunci pintu rumah anda sebelum mudik, pesan Kapolsek."
    assert flagged(checker, text, "kapital-kata-ganti-anda") == [("anda", ("Anda",))]
    finding = next(f for f in checker.check(text) if f.rule == "kapital-kata-ganti-anda")
    assert finding.severity == "kesalahan"


@pytest.mark.parametrize("text", [
    "Kunci pintu rumah Anda sebelum mudik.",
    "Piala diserahkan kepada Ananda Rizki dari kelas enam.",
    "Kirim pertanyaan ke tanya@anda.example paling lambat Jumat.",
])
def test_anda_left_alone(checker: Checker, text: str) -> None:
    assert flagged(checker, text, "kapital-kata-ganti-anda") == []


# -- kapital-awal-kalimat ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Jembatan itu selesai dibangun warga Sukamaju. kini anak-anak tidak perlu memutar.",
     "kini"),
    ("“Kami sudah siap. silakan warga datang ke posko,” ujar Lurah.", "silakan"),
    ("Panitia menyiapkan tenda, kursi, dan lain-lain. nanti semua dibongkar sore hari.",
     "nanti"),
    ("Apakah pos itu dijaga? tentu saja, jawab petugas.", "tentu"),
    ("Apel dimulai pukul 07.00 WIB. setelah itu peserta berbaris.", "setelah"),
])
def test_lower_case_after_a_stop_opens_a_sentence(checker: Checker, text: str,
                                                  word: str) -> None:
    fixed = word[:1].upper() + word[1:]
    assert flagged(checker, text, "kapital-awal-kalimat") == [(word, (fixed,))]


@pytest.mark.parametrize("text", [
    "Panitia menyiapkan tenda, kursi, dll. untuk acara malam itu.",
    "Kantornya di Kec. tanjung, dekat pasar.",
    "Sertifikat ditandatangani Rina Wati, M.Pd. bersama kepala sekolah.",
    "Rumahnya di Gg. kenanga, belakang masjid.",
    "Acara selesai pukul sepuluh. ujar Kapolsek kepada wartawan.",
    "Pelaku diamankan warga Sukamaju. mengatakan bahwa ia menyesal.",
    "Berita itu dimuat lontarpos. com pagi tadi.",
    "Ia dikenal dengan inisial A. n. dalam berkas perkara.",
    "Jembatan itu selesai dibangun warga Sukamaju. Kini anak-anak tidak perlu memutar.",
])
def test_stops_that_close_no_sentence_or_are_followed_by_a_capital(checker: Checker,
                                                                    text: str) -> None:
    assert flagged(checker, text, "kapital-awal-kalimat") == []


# -- kapital-kata-tugas-judul ------------------------------------------------------------

BODY = "\n\nSUKAMAJU – Warga desa bekerja bakti sejak pagi."


@pytest.mark.parametrize(("headline", "word"), [
    ("Warga Sukamaju Gotong Royong Bangun Jembatan Di Sungai Lontar", "Di"),
    ("Camat Kunjungi Posko Banjir Dan Serahkan Bantuan Sembako", "Dan"),
    ("Polsek Lontar Bagikan Masker Untuk Pedagang Pasar Sukamaju", "Untuk"),
])
def test_function_word_in_a_title_case_headline(checker: Checker, headline: str,
                                                word: str) -> None:
    assert flagged(checker, headline + BODY, "kapital-kata-tugas-judul") == [
        (word, (word.lower(),))]


@pytest.mark.parametrize("headline", [
    "Di Tengah Hujan, Warga Sukamaju Bangun Jembatan Bambu",
    "Kunjungan Pejabat Kementerian Dalam Negeri ke Desa Sukamaju",
    "Bupati Lontar: Dengan Gotong Royong Jembatan Cepat Selesai",
    "WARGA SUKAMAJU BANGUN JEMBATAN DI SUNGAI LONTAR",
    "Doa Bersama kepada Tuhan Yang Maha Esa di Balai Desa",
    "Warga Kampung Teras Dalam",
])
def test_function_words_a_headline_keeps(checker: Checker, headline: str) -> None:
    assert flagged(checker, headline + BODY, "kapital-kata-tugas-judul") == []


def test_ordinal_ke_before_a_number_is_left(checker: Checker) -> None:
    """*Ke-12* joined by a hyphen to a number is the ordinal prefix, not the preposition
    *ke*, so a title-case headline may capitalise it; readers marked it once in four
    firings (tuning and full text of 150 releases)."""
    headline = "Lomba Perahu Hias Sungai Lontar Ke-12 Berlangsung Meriah"
    assert flagged(checker, headline + BODY, "kapital-kata-tugas-judul") == []


def test_function_word_rule_reads_only_headlines(checker: Checker) -> None:
    text = ("Warga Sukamaju Bangun Jembatan\n\nSUKAMAJU – Warga bekerja bakti Di sungai "
            "itu sejak pagi.")
    assert flagged(checker, text, "kapital-kata-tugas-judul") == []


# -- kapital-singkatan-gelar, kapital-huruf-kedua ---------------------------------------

def test_title_in_capitals_takes_its_lexicon_form(checker: Checker) -> None:
    text = "Seminar dibuka PROF. DR. Hendra Wijaya, M.Si. di aula kampus bersama IR. Yudi."
    found = flagged(checker, text, "kapital-singkatan-gelar")
    assert found == [("PROF.", ("Prof.",)), ("DR.", ("Dr.",)), ("IR.", ("Ir.",))]


def test_capital_line_and_standard_titles_are_left(checker: Checker) -> None:
    assert flagged(checker, "SEMINAR DIBUKA PROF. DR. HENDRA WIJAYA\n\nIsi berita.",
                   "kapital-singkatan-gelar") == []
    assert flagged(checker, "Seminar dibuka Prof. Dr. Hendra Wijaya, S.H. di aula.",
                   "kapital-singkatan-gelar") == []


@pytest.mark.parametrize(("text", "word", "fixed"), [
    ("Petugas Dinas Perhubungan (DIshub) mengatur arus di simpang.", "DIshub", "Dishub"),
    ("Rapat digelar di kantor Gubernur Sumatera Selatan (SUmsel) kemarin.", "SUmsel",
     "Sumsel"),
])
def test_second_capital_slip(checker: Checker, text: str, word: str, fixed: str) -> None:
    assert flagged(checker, text, "kapital-huruf-kedua") == [(word, (fixed,))]


def test_unknown_word_with_two_capitals_is_no_slip_of_this_rule(checker: Checker) -> None:
    assert flagged(checker, "Berita itu dimuat portal KWnews kemarin.",
                   "kapital-huruf-kedua") == []


# -- kapital-akronim-pemerintah, kapital-undang-undang ----------------------------------

def test_government_acronym_before_its_region(checker: Checker) -> None:
    text = "Bantuan dari pemkot Jambi tiba, disusul bantuan pemprov Jawa Barat."
    assert flagged(checker, text, "kapital-akronim-pemerintah") == [
        ("pemkot", ("Pemkot",)), ("pemprov", ("Pemprov",))]


@pytest.mark.parametrize("text", [
    "Setiap pemkab wajib menyusun rencana aksi daerah.",
    "Surat itu dikirim ke pemkab dan pemkot se-provinsi.",
    "Pemkab Lontar membuka posko banjir.",
])
def test_government_acronym_naming_no_region(checker: Checker, text: str) -> None:
    assert flagged(checker, text, "kapital-akronim-pemerintah") == []


@pytest.mark.parametrize("text", [
    "Dana desa diatur dalam Undang-undang Nomor 6 Tahun 2014.",
    "Pelaku dijerat undang-undang No.35 Tahun 2009 tentang Narkotika.",
    "Semua warga tunduk pada Undang-undang Dasar 1945.",
])
def test_cited_law_reduplication(checker: Checker, text: str) -> None:
    assert [s for _w, s in flagged(checker, text, "kapital-undang-undang")] == [
        ("Undang-Undang",)]


def test_law_as_common_noun(checker: Checker) -> None:
    text = "Perbuatan itu dilarang undang-undang dan aturan adat desa."
    assert flagged(checker, text, "kapital-undang-undang") == []


# -- kapital-kata-ruang, kapital-kata-tanggal --------------------------------------------

def test_position_noun_before_a_name(checker: Checker) -> None:
    text = "Warga berkumpul di Depan Balai Desa Sukamaju, lalu ke Halaman Masjid Raya."
    assert flagged(checker, text, "kapital-kata-ruang") == [
        ("Depan", ("depan",)), ("Halaman", ("halaman",))]


def test_position_noun_in_a_headline_is_left(checker: Checker) -> None:
    text = "Warga Berkumpul di Depan Balai Desa Sukamaju\n\nSUKAMAJU – Warga berkumpul."
    assert flagged(checker, text, "kapital-kata-ruang") == []


def test_date_word_mid_sentence(checker: Checker) -> None:
    text = "Pendaftaran dibuka sejak Tanggal 3 Maret, dan Tgl 10 Maret ditutup."
    assert [w for w, _s in flagged(checker, text, "kapital-tanggal-tahun")] == [
        "Tanggal", "Tgl"]
    assert flagged(checker, "Tanggal 3 Maret pendaftaran dibuka.",
                   "kapital-tanggal-tahun") == []


# -- the rule list ------------------------------------------------------------------------

def test_rulebook_lists_the_new_rules_with_sources() -> None:
    rules = {rule["id"]: rule for rule in rulebook()}
    for rule_id, severity in (("kapital-kata-ganti-anda", "kesalahan"),
                              ("kapital-awal-kalimat", "saran"),
                              ("kapital-kata-tugas-judul", "saran"),
                              ("kapital-singkatan-gelar", "kesalahan"),
                              ("kapital-huruf-kedua", "kesalahan"),
                              ("kapital-akronim-pemerintah", "saran"),
                              ("kapital-undang-undang", "kesalahan"),
                              ("kapital-kata-ruang", "saran"),
                              ("kapital-tanggal-tahun", "saran"),
                              ("kapital-awal-petikan", "saran"),
                              ("kapital-nama-agama", "kesalahan")):
        assert rules[rule_id]["severity"] == severity
        assert rules[rule_id]["source"].startswith("EYD V")


def test_year_word_placed_in_time(checker: Checker) -> None:
    text = "Anggaran pembangunan Tahun 2027 mendatang sudah disusun, kata Kades."
    assert flagged(checker, text, "kapital-tanggal-tahun") == [("Tahun", ("tahun",))]
    assert flagged(checker, "Lomba digelar memeriahkan HUT Bhayangkara Tahun 2026 ini.",
                   "kapital-tanggal-tahun") == []


def test_quotation_after_a_comma_opens_with_a_capital(checker: Checker) -> None:
    text = "Kades berpesan, “jaga kebersihan sungai kita bersama,” katanya."
    assert flagged(checker, text, "kapital-awal-petikan") == [("jaga", ("Jaga",))]
    assert flagged(checker, "Sungai itu kini bersih, “ujarnya di tepi sungai.",
                   "kapital-awal-petikan") == []


# -- kapital-tengah-kalimat: the day after a comma, a people's name, oleh + an institution --

def test_common_noun_before_the_day_of_the_sentence(checker: Checker) -> None:
    text = "Hal itu disampaikan Kades saat ditemui awak Media, Jumat (3/5/2024)."
    assert flagged(checker, text, "kapital-tengah-kalimat") == [("Media", ("media",))]


def test_agent_of_a_passive_verb_of_asking_is_a_name(checker: Checker) -> None:
    text = "Kapolsek yang dihubungi Kompaslontar, Senin (6/5/2024), membenarkan kejadian itu."
    assert flagged(checker, text, "kapital-tengah-kalimat") == []


@pytest.mark.parametrize("text", [
    "Lomba itu mengenalkan seni dan tradisi Banyuasri yang hampir hilang.",
    "Penyuluhan disampaikan dalam bahasa Sasak agar mudah dipahami.",
    "Ia berterima kasih kepada masyarakat Sukamaju yang hadir.",
])
def test_name_of_a_people_or_place_after_its_people(checker: Checker, text: str) -> None:
    assert flagged(checker, text, "kapital-tengah-kalimat") == []


def test_counted_people_and_group_words_stay_common(checker: Checker) -> None:
    text = "Kegiatan itu diikuti 5 orang Relawan dan warga Masyarakat sekitar pasar."
    assert [w for w, _s in flagged(checker, text, "kapital-tengah-kalimat")] == [
        "Relawan", "Masyarakat"]


def test_institution_after_oleh(checker: Checker) -> None:
    text = "Program itu digalakkan oleh Kepolisian yang dekat dengan warga."
    assert flagged(checker, text, "kapital-tengah-kalimat") == [
        ("Kepolisian", ("kepolisian",))]
    assert flagged(checker, "Sambutan dibacakan oleh Kurniawan yang mewakili Bupati.",
                   "kapital-tengah-kalimat") == []


def test_hijri_month_in_lower_case(checker: Checker) -> None:
    assert flagged(checker, "Warga saling bermaaf-maafan di bulan syawal ini.",
                   "kapital-hari-bulan") == [("syawal", ("Syawal",))]
    assert flagged(checker, "Bupati membuka safari ramadan di masjid raya.",
                   "kapital-hari-bulan") == []


def test_wilayah_before_any_place_name(checker: Checker) -> None:
    text = ("Rapat itu juga dihadiri para kepala desa di Wilayah Lontar Utara yang meliputi "
            "tujuh desa di pesisir.")
    assert flagged(checker, text, "kapital-kata-umum-depan-nama") == [
        ("Wilayah", ("wilayah",))]
    text = ("Surat itu ditujukan kepada kantor otoritas bandara udara Wilayah II yang "
            "berada di kota itu.")
    assert flagged(checker, text, "kapital-kata-umum-depan-nama") == []


def test_kind_of_place_without_its_name(checker: Checker) -> None:
    text = "Babinsa bersama warga Nagari binaannya membersihkan saluran air."
    assert flagged(checker, text, "kapital-tengah-kalimat") == [("Nagari", ("nagari",))]
    text = "Patroli menyusuri jalan di Tanjung Harapan setiap malam."
    assert flagged(checker, text, "kapital-tengah-kalimat") == []


def test_religion_in_lower_case(checker: Checker) -> None:
    text = "Pengamanan ibadah umat islam dan umat katolik berjalan tertib."
    assert flagged(checker, text, "kapital-nama-agama") == [
        ("islam", ("Islam",)), ("katolik", ("Katolik",))]
    assert flagged(checker, "Lomba busana islami digelar di alun-alun.",
                   "kapital-nama-agama") == []
