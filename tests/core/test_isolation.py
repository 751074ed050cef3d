"""The root ``private_profile`` fixture is the one isolation: nothing from the developer's
shell, the real home or the previous test reaches a test (issue 14.4)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import app.render.locations
import app.render.templating
import app.render.workspace
from app.base.paths import (
    builtin_templates_dir,
    data_root,
    user_cache_dir,
    user_config_dir,
    user_data_dir,
)
from app.release.model import Release
from app.render.locations import BUILTIN, USER
from app.render.templating import list_templates, render_markup
from tests.conftest import PROFILE_VARIABLES, UNSET_VARIABLES

ROOT = Path(__file__).resolve().parents[2]
BUILTIN_IDS = sorted(path.name.removesuffix(".xml.j2")
                     for path in builtin_templates_dir().glob("*.xml.j2")
                     if not path.name.startswith("_"))
_seen_homes: list[Path] = []
TEAM_TEMPLATE = '<document><p>dari tim {{ release.title }}</p></document>'


def _assert_clean(home: Path) -> None:
    for name, relative in PROFILE_VARIABLES.items():
        assert os.environ[name] == str(home / relative), name
    for name in UNSET_VARIABLES:
        assert name not in os.environ, name
    for folder in (user_data_dir(), user_config_dir(), user_cache_dir()):
        assert folder.is_relative_to(home), folder
    assert data_root() == ROOT  # RILIS_HOME unset: the checkout's own templates
    assert Path("~").expanduser() == home
    assert app.render.workspace.is_fresh()  # nothing resolved or compiled by an earlier test
    places = app.render.locations.current().places
    assert [place.kind for place in places] == [USER, BUILTIN]
    assert [info.id for info in list_templates()] == BUILTIN_IDS


def test_a_previous_test_pollutes_everything(private_profile: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_clean(private_profile)
    _seen_homes.append(private_profile)
    team = tmp_path / "tim"
    (team / "templates").mkdir(parents=True)
    (team / "templates" / "kabar-tim.xml.j2").write_text(TEAM_TEMPLATE, encoding="utf-8")
    (user_data_dir() / "templates").mkdir(parents=True)
    (user_data_dir() / "templates" / "milik-saya.xml.j2").write_text(TEAM_TEMPLATE,
                                                                       encoding="utf-8")
    # What a careless test (or the GUI) leaves behind in module state, not in monkeypatch.
    app.render.workspace.default().team_folders = [team]
    app.render.templating.set_default_folders(lambda: [team / "templates"])
    assert "dari tim Judul" in render_markup(Release(title="Judul"), "kabar-tim")
    assert app.render.workspace.default().compiled() == 1
    assert {"kabar-tim"} <= {info.id for info in list_templates()}
    assert "milik-saya" in {info.id for info in list_templates(app.render.locations.resolve(
        []).template_folders())}
    monkeypatch.setenv("RILIS_TEAM_FOLDERS", str(team))


def test_the_next_test_sees_none_of_it(private_profile: Path) -> None:
    assert _seen_homes, "runs after test_a_previous_test_pollutes_everything"
    assert private_profile not in _seen_homes
    _assert_clean(private_profile)


def test_the_developers_shell_does_not_leak(tmp_path: Path) -> None:
    """The shell sets every variable the fixture must hide; the inner tests still see a
    clean profile, and the shell's folders are untouched."""
    team = tmp_path / "tim"
    (team / "templates").mkdir(parents=True)
    (team / "templates" / "kabar-tim.xml.j2").write_text(TEAM_TEMPLATE, encoding="utf-8")
    shell_home = tmp_path / "rumah-asli"
    shell_home.mkdir()
    environment = {**os.environ, "RILIS_TEAM_FOLDERS": str(team),
                   "RILIS_HOME": str(tmp_path / "bukan-rilis"), "HOME": str(shell_home),
                   "ENCHANT_CONFIG_DIR": str(shell_home / "enchant")}
    for name in PROFILE_VARIABLES:
        if name != "HOME":
            environment[name] = str(shell_home / name.lower())
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-rA", "-p", "no:cacheprovider",
         f"{Path(__file__).relative_to(ROOT)}::test_a_previous_test_pollutes_everything",
         f"{Path(__file__).relative_to(ROOT)}::test_the_next_test_sees_none_of_it"],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED tests/core/test_isolation.py::") == 2, result.stdout
    assert sorted(path.name for path in shell_home.iterdir()) == []
