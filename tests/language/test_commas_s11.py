"""Session 11 comma widenings: an aside opened by a comma that nothing closes
(``koma-keterangan-sisipan-sebelah``) and more opening adverbials before a name
(``koma-penghubung-antarkalimat``). Every sentence here is fictional."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.phrase_commas import RULE_HALF_ASIDE


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("text", "name"), [
    ("Kapolres Contoh AKBP Budi Santoso, melalui Kasat Binmas Iptu Rudi mengimbau warga.",
     "Santoso"),
    ("Bupati Sukamaju Rini Wulandari, didampingi Camat Sukajaya meninjau jembatan.\nWarga "
     "menyambutnya, lalu berkumpul.", "Wulandari"),
])
def test_an_aside_opened_but_not_closed_loses_its_comma(checker: Checker, text: str,
                                                        name: str) -> None:
    assert found(checker, text, RULE_HALF_ASIDE) == [(f"{name},", (name,))]


@pytest.mark.parametrize("text", [
    "Kapolres Contoh AKBP Budi Santoso, melalui Kasat Binmas Iptu Rudi, mengimbau warga.",
    "Pada Senin pagi, melalui Kasat Binmas Iptu Rudi warga diimbau waspada.",
    "Kapolres Contoh AKBP Budi Santoso SH, melalui Kasat Binmas mengimbau warga.",
    "Warga Sukamaju, melalui kepala desa mereka, menyampaikan usulan.",
])
def test_closed_asides_adverbials_and_degrees_are_left_alone(checker: Checker,
                                                             text: str) -> None:
    assert found(checker, text, RULE_HALF_ASIDE) == []


@pytest.mark.parametrize(("text", "opening"), [
    ("Dalam laporannya Ketua Panitia menyebut lomba diikuti 40 regu.", "Dalam laporannya"),
    ("Hujan reda. Dalam kegiatan tersebut Polsek Sukajaya membagikan masker.",
     "Dalam kegiatan tersebut"),
    ("Dalam acara ini Bupati Contoh menyerahkan piala.", "Dalam acara ini"),
])
def test_an_opening_adverbial_before_a_name_takes_a_comma(checker: Checker, text: str,
                                                          opening: str) -> None:
    assert found(checker, text, "koma-penghubung-antarkalimat") == [
        (opening, (f"{opening},",))]


@pytest.mark.parametrize("text", [
    "Dalam kegiatan tersebut, Polsek Sukajaya membagikan masker.",
    "Ia hadir dalam kegiatan tersebut Senin lalu.",
    "Dalam kegiatan ini warga antusias.",
])
def test_written_commas_and_mid_sentence_phrases_are_left_alone(checker: Checker,
                                                                text: str) -> None:
    assert found(checker, text, "koma-penghubung-antarkalimat") == []
