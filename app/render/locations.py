"""Where layout templates and starters live, and which one wins.

Three kinds of place, searched in this order: the user's own folder (platformdirs), the team
folders set in the settings (a shared network drive or a synced folder), then the built-in
templates that ship with Rilis. The first place holding an id wins, so an editor can copy a
built-in into their folder and change it. A team folder that cannot be read is reported and
skipped, never fatal: a network drive is often away.

Each place holds ``templates/*.xml.j2`` and ``starters/*.rilis``; a team folder with no
``templates/`` subfolder is also searched directly.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from app.base.paths import builtin_templates_dir, resources_dir, user_data_dir

logger = logging.getLogger(__name__)

BUILTIN = "bawaan"
USER = "pengguna"
TEAM = "tim"
TEAM_FOLDERS_ENV = "RILIS_TEAM_FOLDERS"
"""Extra team folders (``os.pathsep``-separated), for scripts and CI."""


@dataclass(frozen=True)
class Location:
    kind: str
    """``bawaan``, ``pengguna`` or ``tim``."""
    root: Path
    templates_dir: Path
    starters_dir: Path
    writable: bool

    @property
    def label(self) -> str:
        if self.kind == TEAM:
            return f"tim ({self.root})"
        return self.kind


def user_location() -> Location:
    root = user_data_dir()
    return Location(USER, root, root / "templates", root / "starters", True)


def builtin_location() -> Location:
    return Location(BUILTIN, builtin_templates_dir().parent, builtin_templates_dir(),
                    resources_dir() / "starters", False)


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def team_location(folder: Path) -> tuple[Location | None, str]:
    """The team location for a folder, or None with an Indonesian reason to show."""
    try:
        if not folder.is_dir():
            return None, f"Folder tim {folder} tidak dapat dijangkau; dilewati."
        templates = folder / "templates"
        starters = folder / "starters"
        templates_dir = templates if templates.is_dir() else folder
        writable = _writable(templates_dir)
    except OSError as error:
        return None, f"Folder tim {folder} tidak dapat dibaca ({error.strerror}); dilewati."
    return Location(TEAM, folder, templates_dir, starters, writable), (
        "" if writable else f"Folder tim {folder} hanya-baca: templat di sana dapat dipakai "
                            "tetapi tidak dapat diubah.")


def env_team_folders() -> list[Path]:
    raw = os.environ.get(TEAM_FOLDERS_ENV, "")
    return [Path(part) for part in raw.split(os.pathsep) if part.strip()]


@dataclass
class Locations:
    """The ordered places for this session, and what went wrong reaching them."""

    places: list[Location]
    problems: list[str]

    def template_folders(self) -> list[Path]:
        """Folders searched before the built-ins (user first, then teams in order)."""
        return [place.templates_dir for place in self.places if place.kind != BUILTIN]

    def writable(self) -> list[Location]:
        return [place for place in self.places if place.writable]

    def by_kind(self, kind: str) -> list[Location]:
        return [place for place in self.places if place.kind == kind]


def resolve(team_folders: list[Path] | None = None) -> Locations:
    """User, then team folders (settings, then the environment), then built-ins."""
    places = [user_location()]
    problems: list[str] = []
    seen: set[Path] = set()
    for folder in [*(team_folders or []), *env_team_folders()]:
        key = folder.expanduser()
        if key in seen:
            continue
        seen.add(key)
        place, problem = team_location(key)
        if problem:
            logger.warning("%s", problem)
            problems.append(problem)
        if place is not None:
            places.append(place)
    places.append(builtin_location())
    return Locations(places, problems)


def configured_team_folders() -> list[Path]:
    """Team folders from the settings file (``team_folders``, a list of paths)."""
    from app.base.settings import load_settings

    return [Path(folder) for folder in load_settings().team_folders
            if isinstance(folder, str) and folder.strip()]


def current() -> Locations:
    """The process workspace's locations, resolved once (``refresh`` after the settings
    change); a session asks its own workspace (:mod:`app.render.workspace`)."""
    from app.render.workspace import default

    return default().locations()


def refresh() -> Locations:
    """Resolve the locations again and drop the templates compiled for the old ones."""
    from app.render.workspace import default

    return default().refresh()
