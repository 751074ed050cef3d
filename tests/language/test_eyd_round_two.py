"""Issue 10, round two, EYD side: common nouns capitalised mid-sentence, the passive prefix
typed apart from its verb (roots from the hunspell affix data), quotation punctuation before
the speaker, commas after words that lead their complement, RT/RW, fixed proper names and
provinces in lower case after a unit. Each class has text it must flag and text it must
leave alone.

Every sentence is written for this test."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.eyd_context import load_passive_roots, load_proper_entries
from app.language.lexicon import style_dir
from app.language.rulebook import rulebook
from app.language.style import StyleData


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


# -- common nouns with a capital in the middle of a sentence ------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Warga diminta selalu mematuhi Protokol Kesehatan di pasar.", "Protokol Kesehatan",
     "protokol kesehatan"),
    ("Personel menggelar kegiatan Bakti Sosial untuk warga lansia.", "Bakti Sosial",
     "bakti sosial"),
    ("Petugas membagikan Sembako kepada warga terdampak banjir.", "Sembako", "sembako"),
    ("Dalam acara itu hadir para ketua dan Tokoh Masyarakat setempat.", "Tokoh Masyarakat",
     "tokoh masyarakat"),
])
def test_a_common_noun_capitalised_mid_sentence_is_flagged(checker: Checker, text: str,
                                                            wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, "kapital-tengah-kalimat")


@pytest.mark.parametrize("text", [
    "Rapat digelar sesuai Pasal 12 peraturan daerah itu.",           # a name with its number
    "Warga menyimak materi tentang Penyampaian Pendapat di depan umum.",   # a title
    "Desa itu menjalankan program Sambang Desa setiap pekan.",        # a programme's name
    "Personel yang beragama Islam mengikuti pengajian.",              # a religion
    "Sejak pagi situasi Kamtibmas di kota tetap kondusif.",           # the lexicon's capital
    "Petugas berjaga hingga Jumat malam di pos.",                     # a day name
    "Warga berkumpul di Tanjung untuk menyambut rombongan.",          # a place after di
    "Pembinaan diikuti anggota Patroli Simpatik Sahur tahun ini.",    # a long name
])
def test_names_titles_and_lexicon_capitals_stay(checker: Checker, text: str) -> None:
    assert found(checker, text, "kapital-tengah-kalimat") == []


def test_a_word_only_part_of_a_longer_name_is_a_common_word() -> None:
    proper = load_proper_entries()
    assert "Jumat" in proper                 # a name in its own right
    assert "Kesehatan" not in proper         # only inside BPJS Kesehatan, Dinas Kesehatan


def test_a_capital_after_punctuation_is_not_judged(checker: Checker) -> None:
    """Only between lowercase words: after a comma or a quotation mark a name may start."""
    assert found(checker, "Menurut warga, Protokol Kesehatan dipatuhi.",
                 "kapital-tengah-kalimat") == []


# -- di- written apart from its verb ------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Kabar itu sudah di konfirmasi oleh Kapolsek.", "di konfirmasi", "dikonfirmasi"),
    ("Perkara tersebut segera di proses penyidik.", "di proses", "diproses"),
    ("Apel pagi itu di Hadiri seluruh personel.", "di Hadiri", "dihadiri"),
    ("Bantuan beras di distribusikan ke tiga dusun.", "di distribusikan",
     "didistribusikan"),
])
def test_a_passive_prefix_typed_apart_is_flagged(checker: Checker, text: str, wrong: str,
                                                 right: str) -> None:
    assert (wrong, right) in found(checker, text, "awalan-terpisah")


@pytest.mark.parametrize("text", [
    "Petugas berjaga di objek wisata pantai.",        # a noun that takes meN- only with -kan
    "Tiga di antaranya sudah pulang.",                 # di + a place word with -nya
    "Barang bukti disimpan di rumahnya.",
    "Pendaftaran dibuka di gerai pelayanan desa.",
    "Kegiatan digelar di salah satu balai warga.",
    "Rapat berlangsung di Sukamaju kemarin.",          # a place name
])
def test_a_preposition_before_a_noun_stays_apart(checker: Checker, text: str) -> None:
    assert found(checker, text, "awalan-terpisah") == []


def test_passive_roots_come_from_the_affix_data() -> None:
    roots = load_passive_roots(attested=frozenset({"dikonfirmasi"}))
    assert roots["konfirmasi"] == "polos"    # konfirmasi/M0, and dikonfirmasi is attested
    assert roots["hadir"] == "akhiran"       # hadir/…Di: dihadiri, never *dihadir
    data = StyleData.load()
    assert data.passive_roots == {word: kind for word, kind in data.passive_roots.items()}
    assert (style_dir() / "akar-pasif.txt").exists()
    assert data.passive_roots.get("objek") == "akhiran"


# -- quotation punctuation before the speaker ---------------------------------------------

@pytest.mark.parametrize(("text", "rule", "wrong", "right"), [
    ("“Jaga kebersihan pos, “pintanya usai apel.", "petik-penutup-atribusi-lengkung",
     ", “", ",” "),
    ("“Sampah harus dipilah di rumah” tutup Camat Sukamaju.", "koma-sebelum-petik-atribusi",
     "”", ",”"),
    ("“Pos itu kami buka sampai malam.” Beber Kapolsek.", "atribusi-huruf-kecil", "Beber",
     "beber"),
    ("\"Warga makin tenang, \"Tuturnya.", "petik-penutup-atribusi", ", \"", ",\" "),
])
def test_quotation_punctuation_before_the_speaker(checker: Checker, text: str, rule: str,
                                                  wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, rule)


def test_a_quotation_opened_after_a_comma_stays(checker: Checker) -> None:
    text = "Ia berkata, “Harap tenang, petugas sudah di lokasi.”"
    assert found(checker, text, "petik-penutup-atribusi-lengkung") == []


# -- commas -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "wrong"), [
    ("Sasaran operasi yakni, pengendara tanpa helm.", "koma-sesudah-penghubung", "yakni, "),
    ("Pemeriksaan meliputi, pengecekan surat kendaraan.", "koma-sesudah-penghubung",
     "meliputi, "),
    ("Apel digelar pada, Senin pagi di halaman kantor.", "koma-sesudah-penghubung",
     "pada, "),
    ("Kapolsek menyebut bahwa, Sukamaju aman dari banjir.", "koma-sesudah-bahwa",
     "bahwa, "),
    ("Kegiatan rutin tersebut, adalah bagian dari patroli.", "koma-sebelum-kopula", ", "),
])
def test_a_comma_that_cuts_a_word_from_its_complement(checker: Checker, text: str,
                                                      rule: str, wrong: str) -> None:
    assert [w for w, _ in found(checker, text, rule)] == [wrong]


@pytest.mark.parametrize("text", [
    "Sasaran operasi yaitu, menurut Kapolsek, pengendara tanpa helm.",
    "Yang diamankan yakni, Budi Santoso dan Ari Wibowo.",
    "Kapolsek Sukamaju, Iptu Dani Rahman, adalah lulusan Akpol.",
    "Apel digelar pada Senin pagi.",
])
def test_commas_of_an_aside_or_an_apposition_stay(checker: Checker, text: str) -> None:
    rules = {"koma-sesudah-penghubung", "koma-sebelum-kopula", "koma-sesudah-bahwa"}
    assert [f for f in checker.check(text) if f.rule in rules] == []


# -- RT/RW, fixed names, provinces ----------------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "wrong", "right"), [
    ("Rumahnya di Rt 03 Desa Sukamaju.", "rt-rw-kapital", "Rt", "RT"),
    ("Ketua Rt/Rw ikut hadir.", "rt-rw-kapital", "Rw", "RW"),
    ("Rumahnya di RT.03 RW.05 Desa Sukamaju.", "rt-rw-tanpa-titik", "RT.", "RT "),
    ("Upacara diakhiri doa kepada Tuhan yang Maha Esa.", "kapital-nama-tetap",
     "Tuhan yang Maha Esa", "Tuhan Yang Maha Esa"),
    ("Pasukan mengibarkan sang merah putih di lapangan.", "kapital-nama-tetap",
     "sang merah putih", "Sang Merah Putih"),
    ("Patroli digelar pada malam tahun baru di alun-alun.", "kapital-nama-tetap",
     "tahun baru", "Tahun Baru"),
    ("Ditlantas Polda lampung menggelar razia.", "kapital-nama-wilayah", "lampung",
     "Lampung"),
])
def test_names_and_abbreviations_in_the_wrong_case(checker: Checker, text: str, rule: str,
                                                   wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, rule)


@pytest.mark.parametrize("text", [
    "Rumahnya di RT 03 RW 05 Desa Sukamaju.",
    "Tahun baru ajaran sekolah dimulai pekan depan.",
    "Polres metro Sukamaju menggelar razia.",          # Metro is also a common word
    "MALAM TAHUN BARU DI ALUN-ALUN\nWarga berkumpul sejak sore.",
])
def test_right_case_and_headlines_stay(checker: Checker, text: str) -> None:
    rules = {"rt-rw-kapital", "rt-rw-tanpa-titik", "kapital-nama-tetap",
             "kapital-nama-wilayah"}
    assert [f for f in checker.check(text) if f.rule in rules] == []


def test_the_new_rules_are_listed_with_their_source() -> None:
    listed = {rule["id"]: rule for rule in rulebook()}
    for rule_id in ("koma-sesudah-penghubung", "koma-sebelum-kopula", "rt-rw-kapital",
                    "rt-rw-tanpa-titik", "kapital-nama-tetap"):
        assert listed[rule_id]["source"].startswith("EYD V")


# -- degrees after a name with the wrong punctuation ---------------------------------------

@pytest.mark.parametrize(("text", "right"), [
    ("Kapolsek Iptu Dani Santosa. S.H, M.H memimpin apel.", "Santosa, S.H., M.H."),
    ("Sambutan Bupati Rina Wulandari, SH.M.HUM dibacakan.", "Wulandari, S.H., M.Hum."),
    ("Kepala dinas Ir. Sari Lestyani.MM membuka acara.", "Lestyani, M.M."),
    ("Materi diberikan Dr. Yoga Pratama M.A.Ph.D. kemarin.", "Pratama, M.A., Ph.D."),
    ("Kapolres AKBP Tomi Hartanto S.i.K M.H memimpin apel.", "Hartanto, S.I.K., M.H."),
])
def test_degrees_with_the_wrong_punctuation_are_flagged(checker: Checker, text: str,
                                                        right: str) -> None:
    assert [r for _, r in found(checker, text, "gelar-tanda-baca")] == [right]


@pytest.mark.parametrize("text", [
    "Kapolres AKBP Tomi Hartanto, S.I.K., M.H., memimpin apel.",
    "Apel dipimpin Dani Santosa, S.H., M.H. di halaman.",
    "Usul itu ditolak Budi. MA lalu memutus perkara.",      # a new sentence, not a degree
    "Surat diteken Agus S. Harahap kemarin.",               # an initial, not a degree
])
def test_degrees_written_right_and_initials_stay(checker: Checker, text: str) -> None:
    assert found(checker, text, "gelar-tanda-baca") == []


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Spanduk dipasang dimana-mana sejak pagi.", "dimana-mana", "di mana-mana"),
    ("Ia beristirahat disela-sela kegiatan.", "disela-sela", "di sela-sela"),
])
def test_a_reduplicated_place_after_di_is_written_apart(checker: Checker, text: str,
                                                         wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, "kata-depan-serangkai")


# -- the day and date that close a lead ------------------------------------------------------

def test_a_period_before_the_day_and_date_is_flagged(checker: Checker) -> None:
    text = "Bakti sosial digelar di halaman Kantor Desa Sukamaju. Rabu (25/12/2024)."
    assert found(checker, text, "titik-sebelum-hari-tanggal") == [(". Rabu ", ", Rabu ")]


def test_a_new_sentence_after_a_date_stays(checker: Checker) -> None:
    text = "Apel digelar Rabu (25/12/2024). Senin (30/12) acara berlanjut di balai."
    assert found(checker, text, "titik-sebelum-hari-tanggal") == []


def test_a_lead_full_of_names_still_ends_with_a_period(checker: Checker) -> None:
    text = ("Polres Sukamaju Gelar Apel\n"
            "Peresmian Pos Kamling di Kecamatan Sukamaju, Kabupaten Sukamaju Raya, dihadiri "
            "Bupati Sukamaju dan Kapolres Sukamaju, Kamis (18/8/2022)\n"
            "Warga menyambut kegiatan itu dengan gembira dan tertib sampai selesai.")
    assert found(checker, text, "titik-akhir-paragraf") == [("(18/8/2022)", "(18/8/2022).")]


# -- an office named for many people ----------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Rombongan para Bupati se-Sulawesi tiba sore itu.", "Bupati"),
    ("Camat mengundang seluruh Kepala KUA ke kantornya.", "Kepala"),
    ("Setiap wakil datang dari masing-masing Provinsi peserta.", "Provinsi"),
])
def test_an_office_after_a_quantifier_is_a_common_noun(checker: Checker, text: str,
                                                       wrong: str) -> None:
    assert (wrong, wrong.lower()) in found(checker, text, "kapital-tengah-kalimat")


def test_the_service_own_offices_and_days_stay(checker: Checker) -> None:
    text = "Apel diikuti para Kapolsek jajaran setiap Jumat pagi."
    assert found(checker, text, "kapital-tengah-kalimat") == []


def test_an_adverb_after_a_title_is_lower_case(checker: Checker) -> None:
    text = "Dalam apel itu, Kapolda Juga menyerahkan piagam kepada personel."
    assert found(checker, text, "kata-tugas-huruf-kecil") == [("Juga", "juga")]
