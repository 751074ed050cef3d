"""The start-up caches (compiled templates, prepared photos, the styled empty DOCX): same
output as without them, private to the user, and a damaged entry is rebuilt, never fatal."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest

import app.base.cache
import app.render.workspace
from app.base.paths import user_cache_dir
from app.release.model import Release
from app.render import images, templating
from app.render.export import export_bytes
from app.render.sandbox import environment_fingerprint, make_environment, template_bytecode_cache
from app.render.writers import docx as docx_writer


def _fresh_process() -> None:
    """Forget what this process holds in memory, as a new ``rilis render`` would."""
    app.render.workspace.reset()
    images._prepare.cache_clear()
    docx_writer._base_template.cache_clear()
    app.base.cache._verified.clear()


@pytest.fixture(autouse=True)
def cold(private_profile: Path) -> Iterator[None]:
    _fresh_process()
    yield
    _fresh_process()


def _entries(folder: str) -> list[Path]:
    return sorted((user_cache_dir() / folder).glob("*.*"))


def _docx_parts(data: bytes) -> dict[str, bytes]:
    """The DOCX's parts without the random id of the embedded-draft item."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    return {name: body for name, body in parts.items() if "itemProps" not in name}


def _exports(release: Release) -> tuple[bytes, bytes, dict[str, bytes]]:
    return (export_bytes(release, "html"), export_bytes(release, "txt"),
            _docx_parts(export_bytes(release, "docx")))


def test_second_process_uses_the_cache_and_writes_the_same_files(
        sample_release: Release, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _exports(sample_release)
    assert _entries("templates") and _entries("images") and _entries("docx")
    _fresh_process()

    def no_compile(*args: object, **kwargs: object) -> None:
        raise AssertionError("template compiled again despite the cache")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compile)
    monkeypatch.setattr(images, "_convert", no_compile)
    monkeypatch.setattr(docx_writer, "_build_base_template", no_compile)
    assert _exports(sample_release) == first


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty"])
def test_a_damaged_cache_entry_is_rebuilt(sample_release: Release, damage: str) -> None:
    first = _exports(sample_release)
    entries = [*_entries("templates"), *_entries("images"), *_entries("docx")]
    for entry in entries:
        data = entry.read_bytes()
        if damage == "garbage":
            data = os.urandom(len(data))
        elif damage == "truncated":
            data = data[: len(data) * 2 // 3]
        elif damage == "flipped":
            data = data[:-40] + bytes([data[-40] ^ 0xFF]) + data[-39:]
        else:
            data = b""
        entry.write_bytes(data)
    _fresh_process()
    assert _exports(sample_release) == first
    _fresh_process()
    assert _exports(sample_release) == first  # rebuilt entries are good again


def test_an_edited_template_is_compiled_again(small_release: Release, tmp_path: Path) -> None:
    folder = tmp_path / "templat"
    folder.mkdir()
    path = folder / "uji.xml.j2"
    path.write_text("<document><p>satu {{ release.title }}</p></document>", encoding="utf-8")
    small_release.template = "uji"
    assert "satu" in templating.render_markup(small_release, extra=[folder])
    path.write_text("<document><p>dua {{ release.title }}</p></document>", encoding="utf-8")
    _fresh_process()
    markup = templating.render_markup(small_release, extra=[folder])
    assert "dua" in markup and "satu" not in markup


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_cache_folders_are_private(sample_release: Release) -> None:
    _exports(sample_release)
    for name in ("templates", "images", "docx"):
        folder = user_cache_dir() / name
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for entry in folder.iterdir():
            assert stat.S_IMODE(entry.stat().st_mode) & 0o077 == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_open_cache_folder_is_closed_again(sample_release: Release) -> None:
    folder = user_cache_dir() / "templates"
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    _exports(sample_release)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert _entries("templates")


@pytest.mark.skipif(os.name != "posix", reason="POSIX symlinks")
def test_a_symlinked_cache_folder_is_not_used(sample_release: Release, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    user_cache_dir().mkdir(parents=True)
    (user_cache_dir() / "templates").symlink_to(elsewhere, target_is_directory=True)
    first = _exports(sample_release)
    assert not list(elsewhere.iterdir())
    _fresh_process()
    assert _exports(sample_release) == first


def test_an_unwritable_cache_is_not_an_error(sample_release: Release) -> None:
    user_cache_dir().parent.mkdir(parents=True, exist_ok=True)
    user_cache_dir().write_text("not a folder", encoding="utf-8")
    first = _exports(sample_release)
    _fresh_process()
    assert _exports(sample_release) == first


def test_entries_are_keyed_by_how_the_environment_compiles() -> None:
    sandbox = make_environment(None)
    plain = jinja2.Environment(autoescape=True)
    assert environment_fingerprint(sandbox) == environment_fingerprint(make_environment(None))
    assert environment_fingerprint(sandbox) != environment_fingerprint(plain)
    cache = template_bytecode_cache()
    keys = {cache.get_bucket(env, "a.xml.j2", "/t/a.xml.j2", "{{ x }}").key
            for env in (sandbox, plain)}
    assert len(keys) == 2
