"""The rank lists the comma rules spell out in code stay entries of ``pangkat.tsv``."""

from __future__ import annotations

from app.language import apposition_commas, eyd_context
from app.language.lexicon import lexicon_dir, read_table


def _ranks() -> set[str]:
    return {entry for entry, _kind in read_table(lexicon_dir() / "pangkat.tsv")}


def test_apposition_ranks_are_in_the_table() -> None:
    missing = set(apposition_commas._RANKS.split("|")) - _ranks()
    assert missing == set()


def test_initial_ranks_are_in_the_table() -> None:
    missing = set(eyd_context._INITIAL_RANKS) - {rank.lower() for rank in _ranks()}
    assert missing == set()


def test_initial_end_reads_a_rank_period() -> None:
    assert eyd_context._INITIAL_END_RE.search("oleh IPDA")
    assert eyd_context._INITIAL_END_RE.search("Bupati Contoh, H")
    assert not eyd_context._INITIAL_END_RE.search("Kombes Pol")
