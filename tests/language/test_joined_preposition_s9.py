"""*di* joined to a common noun in *-an* (EYD V, *Kata Depan*): Indonesian has no
*di-…-an* verb, so *diurutan*, *dikediaman* are the preposition written joined even where
hunspell's affix rules accept the joined form; passives on roots in *-an* (*ditahan*,
*disimpan*, *dimakan*) stay verbs. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.style import RULE_JOINED_PREPOSITION


def joined(checker: Checker, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text)
            if f.rule == RULE_JOINED_PREPOSITION]


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Regu kami berada diurutan kedua pada lomba itu.", "diurutan", "di urutan"),
    ("Tamu disambut dikediaman kepala desa.", "dikediaman", "di kediaman"),
    ("Papan nama dipasang dibagian depan balai.", "dibagian", "di bagian"),
])
def test_di_joined_to_a_noun_in_an_is_split(checker: Checker, text: str, word: str,
                                            right: str) -> None:
    assert joined(checker, text) == [(word, (right,))]


@pytest.mark.parametrize("text", [
    "Dua orang ditahan di pos jaga.",
    "Arsip disimpan di lemari besi.",
    "Bekal dimakan bersama setelah apel.",
    "Amanah itu diemban dengan sungguh-sungguh.",
])
def test_passives_on_roots_in_an_stay_verbs(checker: Checker, text: str) -> None:
    assert joined(checker, text) == []
