"""Session 12: EYD slips seen on releases from sites new to the checker — a closing mark
glued to the words of saying or written as an opening one, hours and minutes split by a
comma or a spaced colon, an ordinal *ke* before an anniversary's number, a title's period
typed as a comma after an apposition's comma, the space before a comma instead of after it,
a comma after a preposition, a straight quotation mark glued to the previous sentence, a
sentence cut before *yang* after a number, and more sentence-opening connectors. Every
sentence here is invented for the project."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.eyd_rules import load_rules


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


# -- quotation closed before the words of saying ---------------------------------------------

@pytest.mark.parametrize("text", [
    "“Saluran harus tetap bersih”imbuhnya.",
    "“Semua warga wajib ikut kerja bakti\"ujarnya.",
    "“Bendera dipasang di setiap rumah”tegas Kepala Desa Sukamaju.",
])
def test_closing_mark_glued_to_the_saying_word(checker: Checker, text: str) -> None:
    [(written, suggestions)] = found(checker, text, "koma-spasi-petik-atribusi")
    assert suggestions[0] == f",{written} "


def test_closing_mark_with_comma_and_space_is_left_alone(checker: Checker) -> None:
    text = "“Saluran harus tetap bersih,” imbuhnya."
    assert found(checker, text, "koma-spasi-petik-atribusi") == []


def test_missing_opening_mark_before_a_glued_closing_one(checker: Checker) -> None:
    text = ("Warga Desa Sukamaju bergotong royong membersihkan saluran.\n\n"
            "Kebersihan balai desa harus dijaga bersama”imbuhnya.")
    assert found(checker, text, "petik-pembuka-hilang") == [("Kebersihan", ("“Kebersihan",))]


def test_opening_mark_used_to_close_before_the_saying_word(checker: Checker) -> None:
    text = "“Anggaran desa naik pada tahun 2026 “imbuhnya."
    assert found(checker, text, "petik-buka-sebagai-penutup-atribusi") == [(" “", (",” ",))]


def test_a_quoted_saying_word_is_left_alone(checker: Checker) -> None:
    text = "Warga menyebut kata “ujarnya” terlalu sering dalam sambutan itu."
    assert found(checker, text, "petik-buka-sebagai-penutup-atribusi") == []


# -- pukul: jam dan menit --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "fixed"), [
    ("Rapat dimulai pukul 09,30 di balai desa.", "09,30", "09.30"),
    ("Bantuan dibagikan sekira pukul 10 : 00 WIB.", "10 : 00", "10.00"),
    ("Apel digelar pukul 07. 30 WITA di halaman kantor.", "07. 30", "07.30"),
])
def test_hour_and_minute_take_a_period(checker: Checker, text: str, written: str,
                                       fixed: str) -> None:
    assert (written, (fixed,)) in found(checker, text, "pukul-pemisah-menit")


@pytest.mark.parametrize("text", [
    "Rapat dimulai pukul 09.30 di balai desa.",
    "Apel selesai pukul 10. 25 peserta lalu pulang ke rumah.",
])
def test_right_times_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "pukul-pemisah-menit") == []


# -- ke- + angka sesudah akronim peringatan --------------------------------------------------

def test_ordinal_after_an_anniversary_acronym(checker: Checker) -> None:
    text = "Puncak Hari Jadi Sukamaju (HJS) Ke 312 akan digelar di alun-alun kota."
    # sesi 13: sesudah akronim peringatan (H + 2–3 huruf) ke-bilangan-ordinal yang menandai
    assert found(checker, text, "ke-bilangan-ordinal") == [("Ke 312", ("Ke-312",))]


def test_preposition_before_a_count_is_left_alone(checker: Checker) -> None:
    text = "Bantuan beras dikirim ke 3 desa terdampak banjir."
    assert found(checker, text, "ke-bilangan-ordinal-ragu") == []


# -- gelar yang diberi koma sesudah koma aposisi ---------------------------------------------

def test_title_comma_after_an_apposition_comma(checker: Checker) -> None:
    text = "Sambutan Bupati Sukamaju, H, Ahmad Rafi Santoso, dibacakan oleh camat."
    assert found(checker, text, "titik-gelar-sapaan-koma") == [("H,", ("H.",))]


def test_a_list_of_letters_is_left_alone(checker: Checker) -> None:
    text = "Rumah di blok G, H, Ibu Kota Baru sudah dihuni."
    assert found(checker, text, "titik-gelar-sapaan-koma") == []


# -- spasi dan koma --------------------------------------------------------------------------

def test_space_before_the_comma_instead_of_after(checker: Checker) -> None:
    text = "Kami berterima kasih kepada pemerintah ,karena bantuan tiba cepat."
    assert found(checker, text, "spasi-pindah-sesudah-koma") == [(" ,", (", ",))]


def test_comma_glued_after_a_closing_bracket(checker: Checker) -> None:
    text = "Tim berkunjung ke Desa Sukamaju (Sukma),Kecamatan Sukaraja."
    assert found(checker, text, "spasi-setelah-koma") == [(",", (", ",))]


@pytest.mark.parametrize(("text", "written"), [
    ("Rapat digelar bertempat di, Kantor Dinas Perikanan.", "di,"),
    ("Sosialisasi digelar pada, Rabu (4/3/2026) di aula.", "pada,"),
])
def test_comma_after_a_preposition(checker: Checker, text: str, written: str) -> None:
    assert (written, (written[:-1],)) in found(checker, text, "koma-sesudah-kata-depan")


def test_a_row_of_prepositions_is_left_alone(checker: Checker) -> None:
    text = "Pemerintahan itu dari, oleh, dan untuk rakyat."
    assert found(checker, text, "koma-sesudah-kata-depan") == []


# -- petik lurus pembuka yang rapat dengan kalimat sebelumnya ---------------------------------

def test_straight_quote_glued_to_the_previous_sentence(checker: Checker) -> None:
    text = "Air panas ada di Kecamatan Sukaraja.\"Memang belum banyak yang datang.\""
    assert found(checker, text, "petik-lurus-buka-setelah-kalimat") == [(".\"", (". \"",))]


def test_straight_quote_that_closes_is_left_alone(checker: Checker) -> None:
    text = "Ia berkata, \"Aman.\"Kapolres lalu pergi."
    assert found(checker, text, "petik-lurus-buka-setelah-kalimat") == []


# -- titik sebelum "yang" sesudah angka ------------------------------------------------------

def test_period_before_yang_after_a_number(checker: Checker) -> None:
    text = "Kegiatan itu berdasarkan Surat Camat Nomor 12/IV/2026. yang dipusatkan di balai desa."
    assert found(checker, text, "titik-sebelum-kata-sambung") == [(". ", (" ",))]


# -- penghubung antarkalimat -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "opener"), [
    ("Lomba selesai siang hari. Setelah itu peserta makan bersama.", "Setelah itu"),
    ("“Ke depan kami akan menambah pos jaga,” kata Camat.", "Ke depan"),
    ("Hujan turun sejak pagi. Alhasil jalan desa tergenang.", "Alhasil"),
])
def test_sentence_connector_takes_a_comma(checker: Checker, text: str, opener: str) -> None:
    assert (opener, (opener + ",",)) in found(checker, text, "koma-penghubung-antarkalimat")


@pytest.mark.parametrize("text", [
    "Jadi korban penipuan, warga itu melapor ke polsek.",
    "Ke depan rumah warga, petugas membawa bantuan.",
    "Stok beras aman. Jadi, warga tidak perlu memborong.",
    "“Stok beras aman. Jadi warga tidak perlu memborong,” kata Camat.",
    "“Jalan ditutup. Artinya warga harus memutar lewat pasar,” ujar Kapolsek.",
])
def test_connector_look_alikes_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "koma-penghubung-antarkalimat") == []


def test_new_rules_name_their_source() -> None:
    ids = {"koma-spasi-petik-atribusi", "petik-buka-sebagai-penutup-atribusi",
           "pukul-pemisah-menit", "spasi-pindah-sesudah-koma", "koma-sesudah-kata-depan",
           "petik-lurus-buka-setelah-kalimat"}
    rules = {rule.id: rule for rule in load_rules() if rule.id in ids}
    assert set(rules) == ids
    assert all(rule.source.startswith(("EYD V", "KBBI")) for rule in rules.values())


# -- petik lurus sesudah titik sebelum kata pengucap ber-nya ---------------------------------

def test_straight_quote_after_a_period_before_the_saying_word(checker: Checker) -> None:
    text = "\"Jalan desa akan diperbaiki tahun depan.\" Jelasnya."
    assert found(checker, text, "titik-petik-lurus-atribusi") == [
        ('." Jelasnya', (',\" jelasnya',))]


def test_a_new_sentence_opening_with_jelasnya_is_left_alone(checker: Checker) -> None:
    text = "Jalan itu rusak.\" Jelasnya, jalan itu perlu diperbaiki."
    assert found(checker, text, "titik-petik-lurus-atribusi") == []


# -- spasi-setelah-titik: nama situs berhuruf kapital ----------------------------------------

def test_a_site_name_with_a_capitalised_domain_is_left_alone(checker: Checker) -> None:
    text = "Kabarsukamaju.Com, Sukamaju – Warga berkumpul di balai desa."
    assert found(checker, text, "spasi-setelah-titik") == []
