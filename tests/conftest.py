"""Shared fixtures: the bundled sample draft and small releases written for the tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.draftfile import load_draft
from app.model import Event, Official, Paragraph, Photo, Quote, RelatedStory, Release
from app.paths import sample_draft


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


@pytest.fixture(autouse=True)
def private_profile(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets an empty user profile: no real settings, templates or dictionaries."""
    import app.locations

    home = tmp_path_factory.mktemp("profil")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv(app.locations.TEAM_FOLDERS_ENV, raising=False)
    monkeypatch.setattr(app.locations, "_current", None)
    return home
