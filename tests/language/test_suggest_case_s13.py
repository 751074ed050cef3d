"""The other case of a certain first suggestion comes second where the place cannot tell
the case (``refine._other_case_second``, session 13), and a joined *di*/*ke* habit with an
enclitic is offered split (``suggest._joined_split``). Invented sentences only."""

from __future__ import annotations

import pytest

from app.language import Checker, Finding
from app.language.lexicon import Lexicon
from app.language.refine import fit_to_context
from app.language.suggest import _joined_split

WORD_RULES = ("ejaan", "bentuk-tidak-baku", "kata-asing")


def suggestions(checker: Checker, text: str, word: str) -> tuple[str, ...]:
    found = [f for f in checker.check(text) if f.text == word and f.rule in WORD_RULES]
    assert found, f"{word!r} not flagged in {text!r}"
    return found[0].suggestions


@pytest.mark.parametrize(("text", "word", "first_two"), [
    # a lowercase slip before an acronym or a name: the name may begin with it
    ("Petugas meninjau proyek kontruksi PUPR di kota itu.", "kontruksi",
     ("konstruksi", "Konstruksi")),
    ("Rapat digelar di pendopo Sukamaju kemarin.", "pendopo", ("pendapa", "Pendapa")),
    # a service word the lexicon lists in lower case, which sites capitalise
    ("Warga menghadiri musrembang di balai desa pagi tadi.", "musrembang",
     ("musrenbang", "Musrenbang")),
    # a capital in a list, no name around it: the common noun in lower case next
    ("Anggaran desa dipakai untuk Pendidikan, Kesehatana, dan jalan desa.", "Kesehatana",
     ("Kesehatan", "kesehatan")),
    ("Acara itu dihadiri para Bupati, Walikota, dan camat se-provinsi.", "Walikota",
     ("Wali Kota", "wali kota")),
])
def test_the_other_case_comes_second(checker: Checker, text: str, word: str,
                                     first_two: tuple[str, str]) -> None:
    assert suggestions(checker, text, word)[:2] == first_two


@pytest.mark.parametrize(("text", "word", "absent"), [
    # an office before its name keeps its capital only
    ("Upacara itu dihadiri Walikota Sukamaju beserta jajarannya.", "Walikota", "wali kota"),
    # a run of capitals is a name
    ("Ketua panitia, Budi Santoso Kesehatana, hadir.", "Kesehatana", "kesehatan"),
    # a capital lowered in mid-sentence gets no capital back
    ("Warga membawa Sampahh ke tempat itu.", "Sampahh", "Sampah"),
])
def test_no_other_case_where_the_place_decides(checker: Checker, text: str, word: str,
                                               absent: str) -> None:
    assert absent not in suggestions(checker, text, word)


def _fitted(text: str, word: str, offered: tuple[str, ...],
            scores: dict[str, float]) -> tuple[str, ...]:
    start = text.index(word)
    finding = Finding(start, start + len(word), word, "spelling", "ejaan",
                      f"Ejaan: “{offered[0]}”.", offered)
    fitted = fit_to_context(text, [finding], {}, set(), lambda w: True, Lexicon([]),
                            zipf=lambda w: 4.0, score=lambda typo, c: scores.get(c, 0.0))
    return fitted[0].suggestions


def test_a_close_second_candidate_keeps_its_place() -> None:
    """Only a first candidate that clearly leads gives way to its other case."""
    text = "Laporan pantuan Dinas Perhubungan dibacakan."
    close = {"panutan": 3.0, "pantulan": 2.8, "pantauan": 2.5}
    assert _fitted(text, "pantuan", ("panutan", "pantulan", "pantauan"), close) == \
        ("panutan", "pantulan", "pantauan")
    clear = {"panutan": 4.0, "pantulan": 2.0, "pantauan": 1.5}
    assert _fitted(text, "pantuan", ("panutan", "pantulan", "pantauan"), clear) == \
        ("panutan", "Panutan", "pantulan", "pantauan")


def test_the_other_case_already_offered_is_not_repeated() -> None:
    text = "Laporan pantuan Dinas Perhubungan dibacakan."
    offered = ("panutan", "Panutan", "pantulan")
    assert _fitted(text, "pantuan", offered, {"panutan": 4.0}) == offered


def test_a_joined_preposition_with_an_enclitic_is_split(checker: Checker) -> None:
    joined = {"diantara": "di antara", "disini": "di sini"}
    assert _joined_split(joined, "diantaranya") == "di antaranya"
    assert _joined_split(joined, "disinilah") == "di sinilah"
    assert _joined_split(joined, "diantara") == "di antara"
    assert _joined_split(joined, "dirinya") is None
    text = "Hadir para tokoh. Diantranya kepala desa dan camat."
    assert suggestions(checker, text, "Diantranya")[0] == "Di antaranya"
