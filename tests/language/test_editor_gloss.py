"""The editor's gloss *red.* (redaksi) that Indonesian newsrooms put inside a parenthesis,
``(jalan setapak-red)`` or ``(red)``, is not a word of the text: the spelling rule leaves it
alone, while the same letters elsewhere are still checked. Sentences are fictional."""

from __future__ import annotations

import pytest

from app.language import Checker


@pytest.mark.parametrize("text", [
    "Warga melintasi jalur ilegal (jalan setapak-red) menuju kebun.",
    "Apel digelar Senin kemarin (Senin–red.) di lapangan desa.",
    "Kegiatan berlangsung lancar dan aman (red) sejak pagi.",
    "Bantuan disalurkan ke posko (Red) di balai desa.",
])
def test_the_editors_gloss_is_not_spell_checked(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == []


def test_red_outside_a_gloss_is_still_checked(checker: Checker) -> None:
    found = [f.text for f in checker.check("Mobil berwarna red melintas di jalan desa.")
             if f.rule == "ejaan"]
    assert found == ["red"]
