"""Capital letters, second round: counted places, time words before *ini*/*lalu*, the
paired address *Bapak-Ibu*, and the false alarms on a speaker's name after a quote, a
post's name with *-nya*, a quoted theme and a title-case headline."""

from __future__ import annotations

import pytest

from app.language import Checker


def rules_on(checker: Checker, text: str, word: str) -> set[str]:
    return {f.rule for f in checker.check(text) if f.text == word}


def lowered(checker: Checker, text: str, word: str) -> bool:
    """Whether some finding on ``word`` offers it in lower case (another capital rule may
    be the one that reads it first)."""
    return any(f.start <= text.index(word) < f.end and word.lower() in f.suggestions[0]
               for f in checker.check(text) if f.suggestions)


@pytest.mark.parametrize(("text", "word"), [
    ("Kabupaten itu memiliki 14 Kecamatan dan 120 desa.", "Kecamatan"),
    ("Bantuan dibagikan ke 7 Desa se-Kecamatan Lontar.", "Desa"),
    ("Warga dari tiga Kampung itu bergotong royong.", "Kampung"),
    ("Lomba diikuti wakil 34 Provinsi, kata panitia.", "Provinsi"),
])
def test_counted_place_is_lowered(checker: Checker, text: str, word: str) -> None:
    assert lowered(checker, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Gerakan 1 Desa 1 Lumbung dimulai tahun ini.", "Desa"),
    ("Bantuan tiba di 2 Desa Sukamaju pagi tadi.", "Desa"),
    ("Kodim 0101/Kota Lontar menggelar apel.", "Kota"),
    ("Bupati Lantik Kepala di Tiga Kecamatan Baru", "Kecamatan"),
])
def test_place_in_a_name_or_headline_is_left(checker: Checker, text: str, word: str) -> None:
    assert "kapital-penggolong-bilangan" not in rules_on(checker, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Kami berharap pemilihan Hari ini berjalan tertib.", "Hari"),
    ("Papan nama yang dipasang Tahun lalu sudah rusak.", "Tahun"),
])
def test_time_word_before_deictic_is_lowered(checker: Checker, text: str, word: str) -> None:
    assert lowered(checker, text, word)


def test_time_word_opening_a_sentence_is_left(checker: Checker) -> None:
    assert not rules_on(checker, "Hari ini warga menanam pohon di tepi sungai.", "Hari")
    assert not rules_on(checker, "Rapat itu digelar pada Minggu ini di balai.", "Minggu")


def test_paired_address_with_hyphen(checker: Checker) -> None:
    found = [f for f in checker.check("Bapak-ibu sekalian, mari menjaga kebersihan.")
             if f.rule == "kapital-sapaan"]
    assert [f.suggestions[0] for f in found] == ["Bapak-Ibu"]
    assert not [f for f in checker.check("Bapak-Ibu sekalian, mari menjaga kebersihan.")
                if f.rule == "kapital-sapaan"]


@pytest.mark.parametrize("text", [
    "“Kami ingin warga hidup sehat dan rukun,” harap Budi.\n\nRapat selesai sore.",
    "“Jaga terus keamanan kampung ini,” tutup Laba.\n\nAcara ditutup doa.",
])
def test_speaker_after_a_quote_is_a_name(checker: Checker, text: str) -> None:
    assert not [f for f in checker.check(text) if f.rule == "kapital-tengah-kalimat"]


def test_common_word_mid_sentence_is_still_lowered(checker: Checker) -> None:
    assert "kapital-tengah-kalimat" in rules_on(
        checker, "Petani menjual gabah dengan Laba yang kecil.", "Laba")


def test_post_name_with_enclitic_is_left(checker: Checker) -> None:
    text = "Tugas itu dijalankan oleh Babinsanya masing-masing di desa."
    assert "kapital-kata-berklitik" not in rules_on(checker, text, "Babinsanya")


def test_common_word_with_enclitic_is_still_lowered(checker: Checker) -> None:
    text = "Bantuan itu diterima langsung oleh Pemiliknya di rumah."
    assert "kapital-kata-berklitik" in rules_on(checker, text, "Pemiliknya")


def test_quoted_theme_keeps_its_capitals(checker: Checker) -> None:
    text = ("Rapat mengangkat tema “Bersama Membangun Desa Demi Tercapainya Warga Sejahtera”"
            " di aula desa.")
    assert "kapital-kata-berklitik" not in rules_on(checker, text, "Tercapainya")


def test_title_case_headline_with_function_words_is_left(checker: Checker) -> None:
    text = ("Pembangunan Rumah Layak di Desa Lontar Ditandai dengan Peletakan Batu Pertama oleh "
            "Bupati Lontar\n\nBupati meletakkan batu pertama pagi tadi.")
    assert "kapital-kata-umum-awal-kalimat" not in rules_on(checker, text, "Rumah Layak")


@pytest.mark.parametrize("text", [
    "Musik tahun 1990-an kembali digemari warga.",
    "Lomba 17-an digelar di lapangan desa.",
])
def test_an_after_a_number_is_no_word(checker: Checker, text: str) -> None:
    assert not [f for f in checker.check(text) if f.text == "an"]


@pytest.mark.parametrize(("text", "word"), [
    ("Camat membuka Musrenbang Kecamatan Lontar Dalam Rangka Penyusunan RKPD di aula.",
     "Dalam"),
    ("Kapolsek Lontar, Dalam penjelasannya, meminta warga waspada.", "Dalam"),
    ("Babinsa hadir di tengah warga Guna memotivasi semangat gotong royong.", "Guna"),
    ("Kapolres mengatakan, Terkait kegiatan itu, warga diminta tertib.", "Terkait"),
])
def test_preposition_mid_sentence_is_lowered(checker: Checker, text: str, word: str) -> None:
    assert "kata-tugas-huruf-kecil" in rules_on(checker, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Banjir melanda Kelurahan Teluk Dalam Kecamatan Lontar kemarin.", "Dalam"),
    ("Ia bertugas di Kementerian Dalam Negeri sejak 2010.", "Dalam"),
    ("Acara itu mengusung slogan Polri Presisi Menuju Indonesia Maju tahun ini.", "Menuju"),
])
def test_preposition_in_a_name_is_left(checker: Checker, text: str, word: str) -> None:
    assert "kata-tugas-huruf-kecil" not in rules_on(checker, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Rapat dihadiri kepala bagian di Lingkungan Pemerintahan Kabupaten Lontar pagi tadi.",
     "Lingkungan"),
    ("Kapal itu ditangkap di Perairan Kabupaten Lontar kemarin.", "Perairan"),
])
def test_area_word_before_a_government_or_region(checker: Checker, text: str,
                                                 word: str) -> None:
    assert "kapital-kata-umum-depan-nama" in rules_on(checker, text, word)


def test_neighbourhood_name_is_left(checker: Checker) -> None:
    text = "Petani di Lingkungan Lok Serapang, Kelurahan Lontar, mulai panen."
    assert "kapital-kata-umum-depan-nama" not in rules_on(checker, text, "Lingkungan")


@pytest.mark.parametrize(("text", "word"), [
    ("Hal Ini disampaikan Danramil Lontar saat ditemui di kantornya.", "Ini"),
    ("Kegiatan Itu diikuti warga desa sejak pagi.", "Itu"),
])
def test_demonstrative_after_sentence_opener(checker: Checker, text: str, word: str) -> None:
    assert "kapital-kata-tugas-tengah" in rules_on(checker, text, word)


def test_demonstrative_in_headline_is_left(checker: Checker) -> None:
    text = "Bupati Resmikan Pasar Ini di Lontar\n\nPasar itu dibangun tahun lalu."
    assert not rules_on(checker, text, "Ini")
