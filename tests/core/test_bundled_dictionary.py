"""The hunspell id_ID dictionary that ships with Rilis, and when it replaces the system's.

The "no system dictionary" case was checked by hand (moving /usr/share/hunspell/id_ID.*
away); here the system dictionary is a tiny one in ``$ENCHANT_CONFIG_DIR/hunspell/``, which
enchant prefers to /usr/share/hunspell, dated before or after the bundled copy.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from app.base.paths import hunspell_dir
from app.language.spelling import (
    SYSTEM,
    SpellBackend,
    bundled_dictionary,
    bundled_to_use,
    system_dictionary,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="enchant's folders and XDG_CACHE_HOME as on Linux")


def _enchant_ok() -> bool:
    try:
        import enchant  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


needs_enchant = pytest.mark.skipif(not _enchant_ok(), reason="libenchant not installed")


def _tiny_system_dictionary(tmp_path: Path, when: str) -> Path:
    """A one-word id_ID in a config folder enchant searches first, dated ``when``."""
    config = tmp_path / "enchant-config"
    folder = config / "hunspell"
    folder.mkdir(parents=True)
    (folder / "id_ID.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (folder / "id_ID.dic").write_text("1\nhalo\n", encoding="utf-8")
    stamp = date.fromisoformat(when)
    seconds = (stamp - date(1970, 1, 1)).days * 86400 + 43200
    for path in folder.iterdir():
        os.utime(path, (seconds, seconds))
    return config


@pytest.fixture
def private_enchant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "Rilis" / "enchant"


def test_bundled_copy_is_complete_and_recorded() -> None:
    bundled = bundled_dictionary()
    assert bundled is not None and bundled.folder == hunspell_dir()
    assert bundled.files_date is not None and bundled.version.startswith("hunspell-id ")
    sources = (hunspell_dir() / "SOURCES.md").read_text(encoding="utf-8")
    for path in bundled.files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert re.search(rf"`{re.escape(path.name)}` \| `{digest}`", sources), (
            f"SOURCES.md does not record the SHA-256 of {path.name}")
    assert bundled.version.split()[-1] in sources
    assert (hunspell_dir() / "LICENSE-LGPL-3.txt").is_file()


def test_no_system_dictionary_means_the_bundled_one() -> None:
    bundled = bundled_dictionary()
    assert bundled_to_use("id_ID", system_has_it=False) == bundled
    assert bundled_to_use("xx_XX", system_has_it=False) is None  # Rilis carries only id_ID


def test_system_dictionary_is_found_where_enchant_looks(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    config = _tiny_system_dictionary(tmp_path, "2001-01-01")
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", str(config))
    assert system_dictionary("id_ID") == config / "hunspell" / "id_ID.dic"
    assert bundled_to_use("id_ID", system_has_it=True) == bundled_dictionary()


@needs_enchant
def test_older_system_dictionary_gives_way_to_the_bundled_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_enchant: Path) -> None:
    config = _tiny_system_dictionary(tmp_path, "2001-01-01")
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", str(config))
    backend = SpellBackend()
    try:
        assert backend.available and backend.source and "bawaan" in backend.source
        assert backend.check("kucing") and not backend.check("kucingg")
        assert "kucing" in backend.suggest("kucingg")
    finally:
        backend.close()
    assert os.environ["ENCHANT_CONFIG_DIR"] == str(config)  # the user's setting is back
    assert (private_enchant / "hunspell" / "id_ID.dic").read_bytes() == (
        hunspell_dir() / "id_ID.dic").read_bytes()
    # enchant's own word lists go to the cache copy, never into the bundled folder
    assert sorted(path.name for path in hunspell_dir().iterdir()) == sorted(
        ["id_ID.aff", "id_ID.dic", "LICENSE-GPL-3.txt", "LICENSE-LGPL-3.txt", "SOURCES.md",
         "VERSION"])


@needs_enchant
def test_newer_system_dictionary_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         private_enchant: Path) -> None:
    config = _tiny_system_dictionary(tmp_path, "2099-01-01")
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", str(config))
    backend = SpellBackend()
    try:
        assert backend.available and backend.source == SYSTEM
        assert backend.check("halo") and not backend.check("kucing")  # the tiny one
    finally:
        backend.close()
    assert not private_enchant.exists()
