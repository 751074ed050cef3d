"""Shared fixtures: the bundled sample draft and small releases written for the tests."""

from __future__ import annotations

import inspect
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.base.paths import sample_draft
from app.release.draftfile import load_draft
from app.release.model import Event, Official, Paragraph, Photo, Quote, RelatedStory, Release
from tests.hardening.strategies import register_profiles

HYPOTHESIS_PROFILE = register_profiles()
"""``ci`` unless ``HYPOTHESIS_PROFILE`` says otherwise (``make fuzz``: ``fuzz``)."""


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    """A private copy of the sample folder (draft, photo, emblem)."""
    target = tmp_path / "contoh"
    shutil.copytree(sample_draft().parent, target)
    return target


@pytest.fixture
def sample_release(sample_dir: Path) -> Release:
    return load_draft(sample_dir / sample_draft().name)


@pytest.fixture
def small_release() -> Release:
    """A short fictional release exercising mentions, quotes and event tokens."""
    return Release(
        template="berita-kegiatan",
        title="Polsek Sukamaju Gelar Patroli Dialogis",
        dateline="Sukamaju",
        unit="Polsek Sukamaju",
        officials=[
            Official(id="kapolsek", rank="AKP", name="Teguh Santoso Wibisono",
                     short_name="Teguh", position="Kapolsek Sukamaju",
                     degrees=["SH", "SIK", "M.Si"]),
            Official(id="kanit", rank="Ipda", name="Laras Pertiwi", short_name="Laras",
                     position="Kanit Binmas", degrees=[]),
        ],
        event=Event(name="Patroli Dialogis", date="2023-09-22", time="09.00",
                    timezone="WIB", place="Pasar Sukamaju"),
        body=[
            Paragraph(text="Hal itu disampaikan oleh @kapolsek usai kegiatan @acara, @hari."),
            Quote(speaker="kapolsek", text="Kami siap menjaga pasar tetap aman.", verb="ujar"),
            Paragraph(text="Kegiatan dimulai @pukul di @tempat."),
            Quote(speaker="kanit", text="Warga antusias menyambut kami", verb="kata"),
            Quote(speaker="kapolsek", text="Terima kasih atas dukungan warga", verb="tandasnya"),
        ],
        related=[RelatedStory(title="Patroli Malam di Alun-Alun", url="https://contoh.example/a"),
                 RelatedStory(title="Tanpa Tautan", url="")],
        closing="(ang/rdk)",
    )


@pytest.fixture
def photo_release(small_release: Release, sample_dir: Path) -> Release:
    small_release.body.insert(1, Photo(path=str(sample_dir / "foto-sosialisasi.jpg"),
                                       caption="Petugas menyapa pedagang.", credit="Humas"))
    return small_release


PROFILE_VARIABLES = {
    "HOME": "",
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
}
"""Where the private profile's folders sit inside its home (the Linux defaults)."""

UNSET_VARIABLES = ("RILIS_TEAM_FOLDERS", "RILIS_HOME", "ENCHANT_CONFIG_DIR")
"""Variables of the developer's shell that would change what Rilis reads."""


def forget_session_state() -> None:
    """Drop what Rilis keeps in module globals between calls, as a fresh process would:
    the resolved template locations, the folder provider and the Jinja environments built
    for them, the verified cache folders and the prepared photos (keyed by path)."""
    import app.base.cache
    import app.render.blur
    import app.render.images
    import app.render.workspace

    app.render.workspace.reset()
    app.render.images._prepare.cache_clear()
    app.render.blur._blurred_copy.cache_clear()
    app.base.cache._verified.clear()


_SESSION_HOME: list[Path] = []
_SHELL_ENVIRONMENT: dict[str, str | None] = {}


def _enter_profile(home: Path) -> None:
    for name, relative in PROFILE_VARIABLES.items():
        folder = home / relative
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(folder)
    for name in UNSET_VARIABLES:
        os.environ.pop(name, None)


def pytest_configure(config: pytest.Config) -> None:
    """Already while collecting (module-level ``list_templates()``) and for session-scoped
    fixtures, which are built before ``private_profile``: a throwaway home, not the
    developer's. Restored when the run ends."""
    for name in (*PROFILE_VARIABLES, *UNSET_VARIABLES):
        _SHELL_ENVIRONMENT[name] = os.environ.get(name)
    home = Path(tempfile.mkdtemp(prefix="rilis-test-home-"))
    _SESSION_HOME.append(home)
    _enter_profile(home)
    forget_session_state()


def pytest_unconfigure(config: pytest.Config) -> None:
    for name, value in _SHELL_ENVIRONMENT.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    for home in _SESSION_HOME:
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(autouse=True)
def private_profile(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The one isolation every test gets: an empty home of its own (settings, templates,
    starters, dictionaries, caches, recovery), none of the shell's Rilis variables, and
    none of the previous test's module state. Returns the home folder; its XDG folders are
    ``PROFILE_VARIABLES``. Do not redefine this fixture in a sub-folder's conftest."""
    import app.render.locations

    assert app.render.locations.TEAM_FOLDERS_ENV in UNSET_VARIABLES
    home = tmp_path_factory.mktemp("home")
    for name, relative in PROFILE_VARIABLES.items():
        folder = home / relative
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    for name in UNSET_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    forget_session_state()
    yield home
    forget_session_state()


def _overriding_profile(item: pytest.Item) -> str:
    """The file that redefines ``private_profile`` for this test, or ''."""
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.get("private_profile", ()) if info else ()
    if not definitions:
        return ""
    source = inspect.getfile(definitions[-1].func)
    return "" if Path(source) == Path(__file__) else source


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test under a sub-folder that redefines ``private_profile`` errors: the override
    drops part of the isolation (the shell's team folders, the previous test's module
    state) and the test would pass for the wrong reasons."""
    source = _overriding_profile(item)
    if source:
        pytest.fail(f"private_profile is redefined in {source}: rely on the root one in "
                    "tests/conftest.py (autouse; request it by name for the home folder).",
                    pytrace=False)
