"""Word tables read through the cache (``data_cache``) are the tables read from the file:
same rows, same warnings for bad lines, and an edited or damaged file is read again."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.base.cache import private_dir
from app.language import data_cache
from app.language.lexicon import read_table

BIG = data_cache.MIN_BYTES


def table(tmp_path: Path, body: str, name: str = "tabel.tsv") -> Path:
    path = tmp_path / name
    path.write_bytes(body.encode("utf-8"))
    return path


def rows_fresh(path: Path, columns: int = 2) -> list[tuple[str, ...]]:
    data_cache.clear()
    return list(read_table(path, columns))


def test_rows_from_the_cache_are_the_rows_from_the_file(tmp_path: Path) -> None:
    lines = ["# komentar", "", "Sukamaju\tdesa", "  Mekarsari \t desa \t lama", "Kota Baru",
             "\tkosong", "   # juga komentar", "Tanjung\t"]
    body = "\r\n".join(lines * (BIG // 60 + 1)) + "\r\n"       # Windows line ends too
    path = table(tmp_path, body)
    first = rows_fresh(path, 3)
    assert first[:4] == [("Sukamaju", "desa", ""), ("Mekarsari", "desa", "lama"),
                         ("Kota Baru", "", ""), ("Tanjung", "", "")]
    assert rows_fresh(path, 3) == first                           # read from the cache
    assert rows_fresh(path, 1) == [row[:1] for row in first]


def test_bad_lines_are_still_reported_from_the_cache(tmp_path: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    path = table(tmp_path, "a\tb\n\tkosong\n" + "c\td\n" * (BIG // 4))
    for _ in range(2):
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            rows_fresh(path)
        assert [r.getMessage() for r in caplog.records] == [
            f"{path}:2: baris tanpa entri dilewati"]


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = table(tmp_path, "lama\tx\n" * BIG)
    assert rows_fresh(path)[0] == ("lama", "x")
    path.write_text("baru\ty\n" * BIG, encoding="utf-8")
    assert next(read_table(path)) == ("baru", "y")       # same process: the memo checks bytes
    assert rows_fresh(path)[0] == ("baru", "y")


def test_a_damaged_cache_entry_is_parsed_again(tmp_path: Path) -> None:
    path = table(tmp_path, "entri\tkategori\n" * BIG)
    expected = rows_fresh(path)
    folder = private_dir(data_cache.CACHE_FOLDER)
    assert folder is not None
    [entry] = list(folder.glob("*.marshal"))
    entry.write_bytes(entry.read_bytes()[:-3] + b"!!!")
    assert rows_fresh(path) == expected


def test_small_files_are_not_cached(tmp_path: Path) -> None:
    path = table(tmp_path, "a\tb\n")
    assert rows_fresh(path) == [("a", "b")]
    folder = private_dir(data_cache.CACHE_FOLDER)
    assert folder is not None and list(folder.glob("*.marshal")) == []

