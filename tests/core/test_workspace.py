"""The workspace holds what used to be module globals: locations, the folders a render
searches and the compiled environments — so two of them never see each other's state."""

from __future__ import annotations

from pathlib import Path

import app.render.workspace
from app.desk.session import Session
from app.release.model import Release
from app.render.locations import TEAM
from app.render.templating import list_templates, render_markup
from app.render.workspace import Workspace

TEAM_TEMPLATE = '<document><p>kabar tim {{ release.title }}</p></document>'


def _team(root: Path, template_id: str) -> Path:
    (root / "templates").mkdir(parents=True)
    (root / "templates" / f"{template_id}.xml.j2").write_text(TEAM_TEMPLATE, encoding="utf-8")
    return root


def test_two_workspaces_keep_their_own_team_folders(tmp_path: Path) -> None:
    north = Workspace(team_folders=[_team(tmp_path / "utara", "kabar-utara")])
    south = Workspace(team_folders=[_team(tmp_path / "selatan", "kabar-selatan")])
    north_ids = {info.id for info in list_templates(space=north)}
    south_ids = {info.id for info in list_templates(space=south)}
    assert "kabar-utara" in north_ids and "kabar-utara" not in south_ids
    assert "kabar-selatan" in south_ids and "kabar-selatan" not in north_ids
    assert [place.kind for place in north.locations().places].count(TEAM) == 1
    release = Release(title="Patroli")
    assert "kabar tim Patroli" in render_markup(release, "kabar-utara", space=north)
    assert north.compiled() == 1 and south.compiled() == 0
    assert app.render.workspace.is_fresh()  # the process's own workspace was never touched


def test_refresh_forgets_locations_and_compiled_templates(tmp_path: Path) -> None:
    team = tmp_path / "tim"
    space = Workspace(team_folders=[team])
    assert "kabar-baru" not in {info.id for info in list_templates(space=space)}
    render_markup(Release(title="x"), "berita-kegiatan", space=space)
    assert space.compiled() == 1
    _team(team, "kabar-baru")
    space.refresh()
    assert space.compiled() == 0
    assert "kabar-baru" in {info.id for info in list_templates(space=space)}


def test_a_session_exports_through_its_own_workspace(tmp_path: Path) -> None:
    space = Workspace(team_folders=[_team(tmp_path / "tim", "kabar-tim")])
    session = Session(Release(title="Apel Pagi", template="kabar-tim"), workspace=space)
    out = session.export("txt", tmp_path / "apel.txt")
    assert "kabar tim Apel Pagi" in out.read_text(encoding="utf-8")
    follower = session.follow(Release(title="Lain"))
    assert follower.workspace is space
    assert app.render.workspace.is_fresh()
