"""Session 11: EYD slips other than commas and capitals — a title before initials, the
number of a regulation in a headline, a paragraph or sentence cut off from its main
clause, direct speech introduced by *bahwa*, and a headline ending in a period. Every
sentence here is invented for the project."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.rulebook import BUILT_IN_SOURCES


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


LEAD = "\n\nSUKAMAJU – Warga Desa Sukamaju bergotong royong membersihkan saluran irigasi " \
       "pada Minggu pagi bersama perangkat desa dan anggota Babinsa setempat."


# -- titik-gelar-sapaan: gelar sebelum inisial berhuruf kapital ------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Wali Kota Sukamaju H RN Pratama membuka lomba perahu hias.", "H"),
    ("Gubernur Ir H Bima Sakti meninjau bendungan baru.", "Ir"),
])
def test_title_before_initials_takes_a_period(checker: Checker, text: str, wrong: str) -> None:
    assert (wrong, (wrong + ".",)) in found(checker, text, "titik-gelar-sapaan")


def test_title_with_period_before_initials_is_left_alone(checker: Checker) -> None:
    text = "Wali Kota Sukamaju H. RN Pratama membuka lomba perahu hias."
    assert found(checker, text, "titik-gelar-sapaan") == []


# -- nomor-titik: nomor peraturan di judul ---------------------------------------------------

def test_number_abbreviation_in_a_headline(checker: Checker) -> None:
    text = "Camat Sosialisasikan Perda No 3 Tahun 2021 kepada Pedagang" + LEAD
    assert found(checker, text, "nomor-titik") == [("No", ("No.",))]
    assert found(checker, text, "nomor-tahun-peraturan") == []


def test_number_abbreviation_in_prose_is_flagged_once(checker: Checker) -> None:
    text = "Petugas menegakkan Perda No 3 Tahun 2021 tentang ketertiban umum di pasar."
    rules = [f.rule for f in checker.check(text) if f.rule.startswith("nomor")]
    assert rules == ["nomor-titik"]
    lower = "Petugas menegakkan Perda No 3 tahun 2021 tentang ketertiban umum di pasar."
    assert [f.rule for f in checker.check(lower) if f.rule.startswith("nomor")] == [
        "nomor-tahun-peraturan"]


# -- sehingga-awal-paragraf ------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Sehingga arus", "Sehingga, arus", "“Sehingga arus"])
def test_paragraph_does_not_open_with_sehingga(checker: Checker, opening: str) -> None:
    text = ("Petugas berjaga di setiap simpang sampai malam.\n\n"
            f"{opening} kendaraan tetap lancar selama libur panjang.")
    findings = found(checker, text, "sehingga-awal-paragraf")
    assert len(findings) == 1
    assert findings[0][1][0].lstrip("“").startswith("Dengan demikian, ")


def test_sehingga_inside_a_sentence_is_left_alone(checker: Checker) -> None:
    text = ("Petugas berjaga di setiap simpang sampai malam sehingga arus kendaraan tetap "
            "lancar.\n\nDengan demikian, warga dapat mudik dengan tenang.")
    assert found(checker, text, "sehingga-awal-paragraf") == []


# -- titik-sebelum-anak-kalimat --------------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Warga memilih tetap di rumah. Karena hujan deras mengguyur desa sejak pagi.",
     ". Karena", " karena"),
    ("Jalan itu tetap dilalui truk. Meskipun kondisinya rusak parah.",
     ". Meskipun", " meskipun"),
    ("Kader posyandu menimbang balita. Sekaligus membagikan makanan tambahan.",
     ". Sekaligus", " sekaligus"),
])
def test_subordinate_clause_cut_off_by_a_period(checker: Checker, text: str, wrong: str,
                                                right: str) -> None:
    assert found(checker, text, "titik-sebelum-anak-kalimat") == [(wrong, (right,))]


@pytest.mark.parametrize("text", [
    "Jalan itu tetap dilalui truk. Meskipun rusak, jalan masih bisa dipakai warga.",
    "Panen tertunda. Karena itu petani menunggu hujan reda.",
    "Warga memilih tetap di rumah karena hujan deras mengguyur desa.",
    "Acara ditunda sepekan.\n\nKarena hujan deras mengguyur desa sejak pagi.",
])
def test_sentence_with_its_own_main_clause_is_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "titik-sebelum-anak-kalimat") == []


# -- bahwa-sebelum-petikan -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kepala desa mengatakan bahwa “kegiatan ini digelar setiap bulan bersama kader,” ujarnya.",
    "Camat menjelaskan bahwa \"Pasar murah dibuka sampai akhir pekan di kantor,\" katanya.",
])
def test_bahwa_does_not_introduce_direct_speech(checker: Checker, text: str) -> None:
    findings = found(checker, text, "bahwa-sebelum-petikan")
    assert len(findings) == 1
    wrong, suggestions = findings[0]
    assert wrong.startswith(" bahwa ") and suggestions[0].startswith(", ")


@pytest.mark.parametrize("text", [
    "Kepala desa mengatakan, “Kegiatan ini digelar setiap bulan bersama kader,” ujarnya.",
    "Ia menegaskan bahwa “hoaks” tidak boleh disebarkan di grup warga.",
    "Ia menegaskan bahwa kegiatan ini digelar setiap bulan.",
])
def test_indirect_speech_and_quoted_terms_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "bahwa-sebelum-petikan") == []


# -- titik-akhir-judul -----------------------------------------------------------------------

def test_headline_does_not_end_in_a_period(checker: Checker) -> None:
    text = "Warga Desa Sukamaju Gotong Royong Membersihkan Saluran Irigasi." + LEAD
    assert found(checker, text, "titik-akhir-judul") == [(".", ("",))]


@pytest.mark.parametrize("text", [
    "Warga Desa Sukamaju Gotong Royong Membersihkan Saluran Irigasi" + LEAD,
    "Kapolres Sukamaju Hadiri Apel Bersama Ketua Panitia Budi, S.H." + LEAD,
    "Bupati hadir di acara itu. Warga Senang Sekali." + LEAD,
    "Warga Desa Sukamaju Gotong Royong Membersihkan Saluran Irigasi.",
    "Warga Sukamaju membersihkan saluran irigasi bersama perangkat desa pagi ini." + LEAD,
])
def test_headline_without_a_final_period_or_a_sentence_is_left_alone(
        checker: Checker, text: str) -> None:
    assert found(checker, text, "titik-akhir-judul") == []


def test_new_rules_are_listed_with_their_source() -> None:
    assert "titik-akhir-judul" in BUILT_IN_SOURCES


# -- titik-sebelum-pada-hari-tanggal ---------------------------------------------------------

def test_a_day_and_date_alone_continue_the_sentence(checker: Checker) -> None:
    text = "Lomba perahu digelar di Sungai Sukamaju. Pada Senin (6/10/2031)."
    assert found(checker, text, "titik-sebelum-pada-hari-tanggal") == [
        (". Pada Senin", (" pada Senin",))]


def test_a_sentence_opened_by_a_day_and_date_is_left_alone(checker: Checker) -> None:
    text = "Lomba perahu digelar di Sungai Sukamaju. Pada Senin (6/10/2031), warga berlomba."
    assert found(checker, text, "titik-sebelum-pada-hari-tanggal") == []


# -- tetapi-juga -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Lomba ini tidak hanya menghibur warga. Namun juga menggerakkan usaha kecil.",
     ". Namun"),
    ("Pasar itu bukan hanya tempat berdagang. Tetapi juga tempat warga bertemu.",
     ". Tetapi"),
])
def test_not_only_but_also_stays_in_one_sentence(checker: Checker, text: str,
                                                 wrong: str) -> None:
    assert found(checker, text, "tetapi-juga") == [(wrong, (", tetapi",))]


@pytest.mark.parametrize("text", [
    "Posko itu tidak hanya melayani pemudik, tetapi juga warga sekitar.",
    "Hujan turun deras. Namun, warga tetap datang ke balai desa.",
    # sesi 13: ", namun juga" in one sentence is left to the writer (readers: 4 of 4 unsure)
    "Posko itu tidak hanya melayani pemudik, namun juga warga sekitar.",
])
def test_tetapi_juga_and_namun_between_sentences_are_left_alone(checker: Checker,
                                                                text: str) -> None:
    assert found(checker, text, "tetapi-juga") == []


# -- petik-pembuka-terbalik: petik tutup berspasi di depan, rapat di belakang -----------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Lomba digelar dengan tema ”peran serta pemuda menjaga desa”.\n\nWarga hadir.", "”"),
    ("Apel digelar. Dengan Tema ” Transformasi Menuju Desa Sejahtera” kegiatan dibuka.", "” "),
])
def test_a_closing_mark_that_opens_a_title(checker: Checker, text: str, wrong: str) -> None:
    assert found(checker, text, "petik-pembuka-terbalik") == [(wrong, ("“",))]


@pytest.mark.parametrize("text", [
    "“Kami siap menjaga pos sampai malam ”ujarnya.",
    "“Kami siap menjaga pos sampai malam ” Kata dia.",
    "Lomba digelar dengan tema “peran serta pemuda menjaga desa”.",
])
def test_a_closing_mark_before_its_attribution_is_not_an_opening(checker: Checker,
                                                                  text: str) -> None:
    assert found(checker, text, "petik-pembuka-terbalik") == []
