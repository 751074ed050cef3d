"""The start-up caches give what a fresh parse gives: the region-name table of the capital
rules, the word frequencies and place words, the passive roots, and module regexes read
back as engine code (first process parses and stores, the next reads the cache)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.language import data_cache, eyd_context
from app.language.capitals import REGION_NAMES_FILE, CapitalData, CapitalRules, RegionNames
from app.language.lexicon import Lexicon, read_table
from app.language.module_regex import ModulePatterns
from app.language.vocabulary import Vocabulary

ROWS = data_cache.MIN_BYTES // 20 + 50
"""Enough rows that each table is big enough to be cached."""


def region_table(folder: Path) -> dict[str, tuple[str, str]]:
    """A fictional table (with a comment, a blank line, a row with no level and a name
    repeated with another level) and the mapping the old line-by-line reader made."""
    lines = ["# nama wilayah majemuk (contoh)", ""]
    for number in range(ROWS):
        lines.append(f"Sumber Jaya {number}\tdesa")
        lines.append(f"Tanjung Baru Ilir {number}\tkecamatan ")
    lines += ["Tanpa Tingkat", "Sumber Jaya 7\tkecamatan", "Bukit Indah Sari Lestari\tdesa"]
    (folder / REGION_NAMES_FILE).write_text("\r\n".join(lines) + "\n", encoding="utf-8")
    expected: dict[str, tuple[str, str]] = {}
    for line in lines:
        name, _, level = line.partition("\t")
        if name and not name.startswith("#") and level:
            expected[name.lower()] = (name, level.strip())
    return expected


@pytest.mark.parametrize("round_", ["parsed", "from the cache"])
def test_region_names_are_the_table_as_read_line_by_line(tmp_path: Path, round_: str) -> None:
    expected = region_table(tmp_path)
    if round_ == "from the cache":
        CapitalData.load(Lexicon(), tmp_path)
    data_cache.clear()
    regions = CapitalData.load(Lexicon(), tmp_path).regions
    assert isinstance(regions, RegionNames)
    assert dict(regions) == expected
    assert regions["sumber jaya 7"] == ("Sumber Jaya 7", "kecamatan")   # the later row
    number: object = 7
    assert "tanpa tingkat" not in regions and "sumber" not in regions and number not in regions
    with pytest.raises(KeyError):
        regions["bukit indah"]
    rules = CapitalRules(CapitalData(regions=expected), lambda word: True)
    assert regions.first == rules._region_first
    assert regions.first["bukit"] == 4


def test_frequencies_and_place_words_from_the_cache(tmp_path: Path) -> None:
    rows = [f"kata{number}\t{number % 7 + 0.125:.3f}\t{'hax'[number % 3]}"
            for number in range(ROWS * 2)]
    (tmp_path / "frekuensi.tsv").write_text("# kata\tzipf\tflag\n" + "\n".join(rows) + "\n",
                                            encoding="utf-8")
    places = [f"Tempat{number}" for number in range(ROWS * 3)]
    (tmp_path / "wilayah.txt").write_text("# tempat\n" + "\n".join(places) + "\n\n",
                                          encoding="utf-8")
    (tmp_path / "kata-dasar.txt").write_text("akuntabel\nkuliner\n", encoding="utf-8")
    data_cache.clear()
    fresh = Vocabulary.load(tmp_path)
    data_cache.clear()
    cached = Vocabulary.load(tmp_path)
    for vocabulary in (fresh, cached):
        assert vocabulary.frequencies["kata10"] == 10 % 7 + 0.125
        assert list(vocabulary.frequencies)[:2] == ["kata0", "kata1"]
        assert len(vocabulary.frequencies) == ROWS * 2
        assert vocabulary.correct == {f"kata{n}" for n in range(ROWS * 2) if n % 3 != 2}
        assert vocabulary.places == set(places)
        assert vocabulary.roots == {"akuntabel", "kuliner"}
    assert cached.frequencies == fresh.frequencies


def test_passive_roots_are_the_rows_of_the_table(tmp_path: Path) -> None:
    path = tmp_path / eyd_context.PASSIVE_ROOTS_FILE
    lines = ["# akar\tjenis", ""] + [f"akar{n}\t{'polos' if n % 2 else 'akhiran'}"
                                     for n in range(ROWS * 2)] + ["  lebih \t polos \t x"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = {word: kind for word, kind in read_table(path)}
    for _ in range(2):
        data_cache.clear()
        assert eyd_context.read_passive_roots(tmp_path) == expected
    assert expected["lebih"] == "polos"
    assert eyd_context.read_passive_roots(tmp_path / "tidak-ada") == {}


SOURCES = [(r"(?<![\w.-])(desa|kelurahan)[ \t]+(?P<nama>[a-z]+)", re.IGNORECASE),
           (r"^”[ \t]*(?=\w)", re.MULTILINE), (r"\d{1,3}\Z", 0)]
SAMPLE = "Warga Desa sukamaju dan kelurahan Baru\n”Kami siap, 123"


def test_module_regexes_read_back_from_the_cache_match_as_compiled() -> None:
    first = ModulePatterns("tests.contoh_modul")
    compiled = [first.compile(source, flags) for source, flags in SOURCES]
    first._save()
    second = ModulePatterns("tests.contoh_modul")
    assert len(second._load()) == len(SOURCES)         # the codes were stored
    for (source, flags), before in zip(SOURCES, compiled, strict=True):
        after = second.compile(source, flags)
        reference = re.compile(source, flags)
        assert (after.pattern, after.flags, after.groupindex) == \
            (reference.pattern, reference.flags, reference.groupindex)
        assert [m.span() for m in after.finditer(SAMPLE)] == \
            [m.span() for m in reference.finditer(SAMPLE)] == \
            [m.span() for m in before.finditer(SAMPLE)]
    assert second.compile(r"(?:desa|dusun) (\w+)", re.IGNORECASE).findall("Dusun Asri") == \
        ["Asri"]                                       # a new pattern: compiled, not looked up
