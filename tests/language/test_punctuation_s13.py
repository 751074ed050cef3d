"""Session 13 (wave F3): punctuation and style false alarms that readers of the full
published text leave unmarked, narrowed to the part they mark. Invented sentences."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.eyd_rules import load_rules


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def rules_at(checker: Checker, text: str, rule: str) -> list[str]:
    return [text[f.start:f.end] for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize("text", [
    "RBO >>>  SUKAMAJU  >>>  Pemerintah kecamatan menggelar rapat warga.",
    "KOTA CONTOH  ||  contohberita.com Polres Contoh menggelar patroli malam.",
    "Kegiatan itu berjalan lancar, tutup Kompol Budi.  (*)",
])
def test_double_space_beside_a_separator_or_sign_off_is_layout(checker: Checker,
                                                                text: str) -> None:
    assert rules_at(checker, text, "spasi-ganda") == []


def test_double_space_between_words_is_still_flagged(checker: Checker) -> None:
    assert rules_at(checker, "Warga  datang ke balai desa.", "spasi-ganda") == ["  "]
    assert rules_at(checker, "Tarakan -  Warga datang ke balai desa.", "spasi-ganda") == ["  "]


@pytest.mark.parametrize("text", [
    "Kapolda Sukamaju, Irjen Pol. Rudi Hartono, menjelaskan bahwa patroli berlanjut.",
    "Kabid Humas Polda Contoh, Kombes. Pol. Rudi Hartono, menambahkan bahwa warga aman.",
    "Kapolres Contoh AKBP Budi Santoso Melalui Kapolsek Sukamaju Iptu Rudi Hartono, "
    "menyatakan bahwa patroli berlanjut.",
])
def test_subject_comma_after_corps_abbreviation_or_aside_is_left(checker: Checker,
                                                                 text: str) -> None:
    assert rules_at(checker, text, "koma-subjek-predikat") == []


def test_subject_comma_before_predicate_is_still_flagged(checker: Checker) -> None:
    text = "Kapten Nanang Subardi, meminta warga menjaga kebersihan saluran."
    assert rules_at(checker, text, "koma-subjek-predikat") == ["Subardi,"]


def test_place_comma_is_left_in_a_title_case_headline(checker: Checker) -> None:
    text = ("Ketika Warga Maybrat Papua Barat Menyiapkan Tempat Tinggal Prajurit...\n\n"
            "Warga desa bergotong royong membangun rumah.")
    assert rules_at(checker, text, "koma-kota-provinsi") == []
    prose = "Polisi menyita paket yang dikirim dari Malang Jawa Timur pekan lalu."
    assert rules_at(checker, prose, "koma-kota-provinsi") == ["Malang Jawa Timur"]


def test_bare_tetapi_is_left_while_sedangkan_is_flagged(checker: Checker) -> None:
    rule = "koma-sebelum-sedangkan"
    assert rules_at(checker, "Lahan itu luas tetapi belum digarap warga.", rule) == []
    assert rules_at(checker, "Bapak berjaga di pos sedangkan ibu memasak.", rule) == [" "]
    assert rules_at(checker, "Warga sudah diimbau akan tetapi masih membakar sampah.",
                    rule) == [" "]


def test_subordinate_clause_period_in_quoted_speech_is_left(checker: Checker) -> None:
    rule = "titik-sebelum-anak-kalimat"
    quoted = ("“Penertiban tetap berjalan dengan ramah. Karena pedagang juga warga kita,” "
              "kata camat.")
    assert rules_at(checker, quoted, rule) == []
    prose = "Warga memilih tetap di rumah. Karena hujan deras mengguyur desa sejak pagi."
    assert rules_at(checker, prose, rule) == [". Karena"]


def test_rule_file_reads_kecuali_kutipan() -> None:
    rule = next(r for r in load_rules() if r.id == "titik-sebelum-anak-kalimat")
    assert rule.skip_quotations
    other = next(r for r in load_rules() if r.id == "koma-sebelum-sedangkan")
    assert not other.skip_quotations


@pytest.mark.parametrize("text", [
    "Judul Berita Warga\n\nBupati mengajak warga untuk melaksanakan agenda pembangunan di "
    "tahun ini\ndengan semangat gotong royong yang baik.\n\nWarga hadir di balai desa pagi itu.",
    "Judul Berita Warga\n\n1. Rancangan peraturan daerah tentang perubahan peraturan perangkat "
    "desa; dan\n\n2. Rancangan peraturan daerah tentang pajak daerah yang baru disusun.",
])
def test_final_period_is_left_for_a_wrapped_line_or_a_list_item(checker: Checker,
                                                                text: str) -> None:
    assert rules_at(checker, text, "titik-akhir-paragraf") == []


def test_final_period_is_still_asked_at_a_paragraph_end(checker: Checker) -> None:
    text = ("Judul Berita Warga\n\nBupati mengajak warga untuk melaksanakan agenda "
            "pembangunan di tahun ini\n\nWarga hadir di balai desa pada pagi itu.")
    assert rules_at(checker, text, "titik-akhir-paragraf") == ["ini"]
