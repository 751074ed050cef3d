"""Which reference document (the unit's Word letterhead) a DOCX export takes.

Precedence, first found wins: the command line (``--reference-doc``), the draft's
starter, the layout template, the team folder.

- a layout template names one in its header comment: ``reference: kop-polres.docx``;
- a starter names one in its ``starter`` header: ``{"reference": "kop-polres.docx"}``;
- a team folder holding ``kop-surat.docx`` (or ``.dotx``) gives it to everyone using it.

A name in a template or starter is a bare file name, looked up in the ``assets/`` folder of
the place (user, team) that holds the template or starter, then beside the file itself: a
template cannot point anywhere else on the disk.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.base.errors import RilisError
from app.release.draftfile import EXTENSION, starter_header
from app.release.model import Release
from app.render.locations import TEAM, Location
from app.render.locations import current as current_locations
from app.render.templating import DEFAULT_TEMPLATE, TEMPLATE_ID, TEMPLATE_SUFFIX, read_header

logger = logging.getLogger(__name__)

REFERENCE_KEY = "reference"
"""Header key of a layout template and of a starter."""
TEAM_REFERENCES = ("kop-surat.docx", "kop-surat.dotx")
ASSETS = "assets"


def assets_dir(place: Location) -> Path:
    """Where a place keeps reference documents and other files templates and starters use."""
    return place.root / ASSETS


def layout_reference_in(value: str, place: Location | None, beside: Path, owner_id: str,
                        kind: str = "templat") -> Path:
    """The file a template's (or starter's) ``reference:`` names, for packs."""
    return _named(value, place, beside, f"{kind} '{owner_id}'")


def _named(value: str, place: Location | None, beside: Path, owner: str) -> Path:
    name = Path(value.replace("\\", "/")).name
    folders = ([assets_dir(place)] if place is not None else []) + [beside]
    for folder in folders:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise RilisError(f"Dokumen acuan '{name}' yang disebut {owner} tidak ditemukan "
                     f"(dicari di {', '.join(str(folder) for folder in folders)}).")


def _place_of(folder: Path) -> Location | None:
    for place in current_locations().places:
        if place.templates_dir == folder or place.starters_dir == folder:
            return place
    return None


def layout_reference(template_id: str) -> Path | None:
    """The reference a layout template names, or None."""
    if not TEMPLATE_ID.fullmatch(template_id):
        return None
    from app.render.templating import search_path

    for folder in map(Path, search_path()):
        path = folder / f"{template_id}{TEMPLATE_SUFFIX}"
        try:
            with path.open(encoding="utf-8", errors="replace") as handle:
                header = read_header(handle.read(4000))
        except OSError:
            continue
        value = header.get(REFERENCE_KEY, "")
        return _named(value, _place_of(folder), folder,
                      f"templat '{template_id}'") if value else None
    return None


def starter_reference(starter_id: str) -> Path | None:
    """The reference a starter names in its header, or None.

    The starter is the library's winning copy: the first location, in the order the
    library lists them, whose starters folder holds ``<id>.rilis``."""
    if not TEMPLATE_ID.fullmatch(starter_id):
        return None
    for place in current_locations().places:
        path = place.starters_dir / f"{starter_id}{EXTENSION}"
        if path.is_file():
            value = starter_header(path).get(REFERENCE_KEY, "")
            return _named(value, place, path.parent,
                          f"starter '{starter_id}'") if value else None
    return None


def team_reference() -> Path | None:
    """The first team folder's ``kop-surat.docx`` (or ``.dotx``), or None."""
    for place in current_locations().by_kind(TEAM):
        for name in TEAM_REFERENCES:
            for folder in (place.root, assets_dir(place)):
                candidate = folder / name
                if candidate.is_file():
                    return candidate
    return None


def find_reference(release: Release, template_id: str | None = None,
                   cli: Path | None = None, starter: str | None = None) -> Path | None:
    """The reference document for this export, or None for Rilis's own look."""
    if cli is not None:
        return cli
    starter = starter or release.meta.starter or None  # the draft records its starter
    if starter:
        found = starter_reference(starter)
        if found is not None:
            return found
    found = layout_reference(template_id or release.template or DEFAULT_TEMPLATE)
    if found is not None:
        return found
    return team_reference()
