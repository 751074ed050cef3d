"""The commas around an apposition after a name (``apposition_commas``): the closing
comma after an office's name (``koma-penutup-aposisi-nama``) and the opening comma
before *salah satu anggota*, *sapaan akrab*, *seorang*, *salah satunya*
(``koma-sebelum-aposisi``). Every sentence here is fictional."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.apposition_commas import RULE_APPOSITION_OPEN, RULE_NAME_APPOSITION_CLOSE
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("text", "word"), [
    ("Kapolres Contoh, AKBP Budi Santoso melalui Kasat Samapta mengimbau warga.", "Santoso"),
    ("Hujan reda. Bupati Sukamaju, H. Rudi Hartono membuka pasar murah.", "Hartono"),
    ("SUKAJAYA – Kapolda Ranumerta, Irjen Pol. Ani Lestari meninjau pos.", "Lestari"),
    ("Kepala Dinas Sosial Kota Contoh, Rini Wulandari menyerahkan bantuan.", "Wulandari"),
    ("Camat Sukajaya, Dedi didampingi lurah meninjau lokasi.", "Dedi"),
    ("Dalam sambutannya, Bupati Contoh, H. Rudi Hartono mengajak warga menanam pohon.",
     "Hartono"),
    ("Dalam arahannya Kapolda Ranumerta, Irjen Pol. Ani Lestari meminta personel siaga.",
     "Lestari"),
])
def test_the_name_after_an_office_and_its_comma_is_closed(checker: Checker, text: str,
                                                          word: str) -> None:
    assert found(checker, text, RULE_NAME_APPOSITION_CLOSE) == [(word, (f"{word},",))]


@pytest.mark.parametrize("text", [
    "Kapolres Contoh, AKBP Budi Santoso, melalui Kasat Samapta mengimbau warga.",
    "Kapolres Contoh AKBP Budi Santoso melalui Kasat Samapta mengimbau warga.",
    "Kapolsek Sukajaya, Iptu Rudi dan Bripka Ani berjaga di pos.",
    "Bupati Sukamaju, H. Rudi Hartono mengatakan, pasar murah digelar tiap bulan.",
    "Usai apel, Kapolres Contoh AKBP Budi memeriksa pos.",
    "Sementara Budi, Kepala Desa Sukamaju, mengaku lega.",
    "Kapolres Contoh, AKBP Budi Santoso kepada wartawan menyebut jalan aman.",
    "Warga Desa Sukamaju, Kecamatan Sukajaya menanam pohon.",
    "Dalam sambutannya, Bupati Contoh, H. Rudi Hartono, mengajak warga menanam pohon.",
    "Pada Senin, Kapolres Contoh AKBP Budi Santoso meninjau pos.",
])
def test_written_commas_lists_and_other_openings_are_left_alone(checker: Checker,
                                                                 text: str) -> None:
    assert found(checker, text, RULE_NAME_APPOSITION_CLOSE) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Hadir pula Serka Budi salah satu anggota Babinsa Koramil Sukajaya.", "Budi"),
    ("Acara dibuka Haji Rudi sapaan akrab Bupati Contoh.", "Rudi"),
    ("Menurut Ani (35) seorang warga Desa Sukamaju, air mulai surut.", "(35)"),
    ("Banjir melanda beberapa desa salah satunya Desa Sukamaju.", "desa"),
])
def test_an_apposition_after_a_name_is_opened_by_a_comma(checker: Checker, text: str,
                                                        word: str) -> None:
    assert found(checker, text, RULE_APPOSITION_OPEN) == [(word, (f"{word},",))]


@pytest.mark.parametrize("text", [
    "Hadir pula Serka Budi, salah satu anggota Babinsa Koramil Sukajaya.",
    "Kota Contoh salah satu kota terbersih di provinsi ini.",
    "Petugas mendapati Budi seorang diri di rumah.",
    "Banjir melanda beberapa desa, salah satunya Desa Sukamaju.",
    "Kemudian seorang warga melapor ke pos.",
    "Pada Senin seorang warga melapor ke pos.",
    "Ia melapor kepada Kapolsek seorang warga melihat pelaku kabur.",
    "Ada tiga program unggulan yang salah satunya pasar murah.",
])
def test_predicates_and_written_commas_are_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_APPOSITION_OPEN) == []


def test_both_rules_are_listed_as_suggestions() -> None:
    listed = {rule["id"]: rule for rule in rulebook()}
    for rule in (RULE_NAME_APPOSITION_CLOSE, RULE_APPOSITION_OPEN):
        assert listed[rule]["severity"] == "saran"
        assert listed[rule]["source"].startswith("EYD V, III.B Tanda Koma")
