"""The template library: layout templates and starters across all locations.

Two kinds of reusable thing, named the same way in the UI, the CLI and the docs:

- a *layout template* (``templat``): Jinja2, how a release kind is written;
- a *starter*: a saved, partly filled draft (the unit, its officials with ranks and degrees,
  the contact, the closing tag, a standard closing paragraph) that a new draft copies.

The first location holding an id wins (user, then team folders, then built-in); entries it
hides are listed as ``shadowed`` so the UI can say which copy is used.
"""

from __future__ import annotations

import copy
import datetime
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.base.atomic import write_atomic
from app.base.errors import RilisError
from app.base.userfile import read_user_file, read_user_text
from app.library.template_check import validate_template
from app.release.draftfile import (
    EXTENSION,
    MAX_FILE_BYTES,
    STARTER_KEY,
    dumps,
    loads,
    starter_header,
)
from app.release.model import Release, Review
from app.render.locations import BUILTIN, USER, Location, Locations, resolve
from app.render.sandbox import MAX_TEMPLATE_BYTES
from app.render.templating import TEMPLATE_ID, TEMPLATE_SUFFIX, read_header, templates_in

logger = logging.getLogger(__name__)

TEMPLATE = "templat"
STARTER = "starter"
KINDS: tuple[str, ...] = (TEMPLATE, STARTER)
"""Extra top-level key of a starter file: ``{"name": ..., "description": ...}``."""


@dataclass
class Entry:
    """One template or starter as found in one location."""

    kind: str
    id: str
    name: str
    description: str
    path: Path
    location: Location
    shadowed: list[Location] = field(default_factory=list)

    @property
    def editable(self) -> bool:
        return self.location.kind != BUILTIN and self.location.writable


def check_id(entry_id: str) -> str:
    """The id, or RilisError; ``fullmatch``: ``$`` alone would let ``baik\\n`` through."""
    if not TEMPLATE_ID.fullmatch(entry_id):
        raise RilisError(f"Id '{entry_id}' tidak sah: pakai huruf kecil, angka dan tanda "
                         "hubung (mis. berita-polsek).")
    return entry_id


def _starter_entries(place: Location) -> list[Entry]:
    entries = []
    try:
        paths = sorted(place.starters_dir.glob(f"*{EXTENSION}"))
    except OSError:
        return []
    for path in paths:
        entry_id = path.stem
        if not TEMPLATE_ID.fullmatch(entry_id):
            continue
        info = starter_header(path)
        entries.append(Entry(STARTER, entry_id, info.get("name", entry_id),
                             info.get("description", ""), path, place))
    return entries


class Library:
    """All templates and starters visible in this session."""

    def __init__(self, locations: Locations | None = None) -> None:
        self.locations = locations or resolve()

    @property
    def problems(self) -> list[str]:
        return self.locations.problems

    def entries(self, kind: str | None = None, include_shadowed: bool = False) -> list[Entry]:
        """The winning entry per (kind, id); with ``include_shadowed`` the hidden copies too."""
        winners: dict[tuple[str, str], Entry] = {}
        hidden: list[Entry] = []
        for place in self.locations.places:
            found: list[Entry] = []
            if kind in (None, TEMPLATE):
                found += [Entry(TEMPLATE, info.id, info.name, info.description, info.path,
                                place) for info in templates_in(place.templates_dir)]
            if kind in (None, STARTER):
                found += _starter_entries(place)
            for entry in found:
                key = (entry.kind, entry.id)
                if key in winners:
                    winners[key].shadowed.append(place)
                    hidden.append(entry)
                else:
                    winners[key] = entry
        result = sorted(winners.values(), key=lambda e: (e.kind, e.id))
        if include_shadowed:
            result += sorted(hidden, key=lambda e: (e.kind, e.id))
        return result

    def find(self, kind: str, entry_id: str, location_kind: str | None = None) -> Entry:
        for entry in self.entries(kind, include_shadowed=location_kind is not None):
            if entry.id == entry_id and location_kind in (None, entry.location.kind):
                return entry
        what = "Templat" if kind == TEMPLATE else "Starter"
        raise RilisError(f"{what} '{entry_id}' tidak ditemukan.")

    def target(self, location_kind: str = "pengguna", root: Path | None = None) -> Location:
        """A writable location to save into (the user folder unless a team root is named)."""
        for place in self.locations.places:
            if place.kind == location_kind and (root is None or place.root == root):
                if not place.writable:
                    raise RilisError(f"Lokasi {place.label} hanya-baca.")
                return place
        raise RilisError(f"Lokasi '{location_kind}' tidak tersedia.")

    # ------------------------------------------------------------ templates

    def save_template(self, entry_id: str, source: str, place: Location | None = None) -> Path:
        """Validate, then write a template; invalid templates are never saved."""
        check_id(entry_id)
        problems = validate_template(source, self.locations.template_folders())
        if problems:
            details = "\n".join(f"  - {problem}" for problem in problems)
            raise RilisError(f"Templat '{entry_id}' tidak disimpan:\n{details}")
        place = place or self.target()
        path = place.templates_dir / f"{entry_id}{TEMPLATE_SUFFIX}"
        _mkdir(path.parent)
        write_atomic(path, source.encode("utf-8"), keep_backup=True)
        return path

    def duplicate_template(self, source_id: str, new_id: str | None = None,
                           location_kind: str | None = None) -> Path:
        """Copy a template (typically a built-in) into the user folder to edit it.

        The copy gets a name of its own (``Berita kegiatan (salinan)``, then
        ``(salinan 2)``…): two identical names in the release-kind list cannot be told
        apart."""
        entry = self.find(TEMPLATE, source_id, location_kind)
        new_id = check_id(new_id or source_id)
        source = _read_template(entry.path)
        taken = {other.name for other in self.entries(TEMPLATE, include_shadowed=True)
                 if other.id != new_id or other.location.kind != USER}
        return self.save_template(new_id, with_name(source, copy_name(entry.name, taken)))

    def template_labels(self) -> dict[str, str]:
        """``id → label`` for lists: the name, then where it lives when it is not a
        built-in (``Berita kegiatan (salinan) · folder saya``); a name still shared by two
        ids also shows the id."""
        entries = self.entries(TEMPLATE)
        labels = {entry.id: entry.name + ("" if entry.location.kind == BUILTIN
                                          else f" · {place_label(entry.location)}")
                  for entry in entries}
        counts: dict[str, int] = {}
        for label in labels.values():
            counts[label] = counts.get(label, 0) + 1
        return {entry_id: (f"{label} [{entry_id}]" if counts[label] > 1 else label)
                for entry_id, label in labels.items()}

    # ------------------------------------------------------------ starters

    def save_starter(self, release: Release, entry_id: str, name: str = "",
                     description: str = "", place: Location | None = None,
                     reference: str = "") -> Path:
        """*Simpan sebagai starter*: the draft as it is, without its dates and history;
        ``reference`` names the unit's Word document in the place's ``assets/``
        (``app.render.references``)."""
        check_id(entry_id)
        place = place or self.target()
        path = place.starters_dir / f"{entry_id}{EXTENSION}"
        _mkdir(path.parent)
        starter = copy.deepcopy(release)
        starter.meta.created = starter.meta.modified = ""
        starter.meta.starter = ""  # a new draft from it records this starter instead
        starter.review = Review()
        starter.versions = []
        data: dict[str, Any] = json.loads(dumps(starter, path.parent.resolve()))
        data[STARTER_KEY] = {"name": name or entry_id, "description": description}
        if reference:
            data[STARTER_KEY]["reference"] = Path(reference).name
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        write_atomic(path, text.encode("utf-8"), keep_backup=True)
        return path

    def load_starter(self, entry_id: str) -> Release:
        entry = self.find(STARTER, entry_id)
        return loads(read_user_text(entry.path, MAX_FILE_BYTES, "Starter"),
                     entry.path.parent.resolve())

    def new_from_starter(self, entry_id: str, today: datetime.date | None = None,
                         now: str | None = None) -> Release:
        """*Baru dari starter*: a copy dated today, ready for a new event."""
        release = self.load_starter(entry_id)
        today = today or datetime.date.today()
        stamp = now or datetime.datetime.now().astimezone().isoformat(timespec="seconds")
        release.event.date = today.isoformat()
        release.meta.created = release.meta.modified = stamp
        release.meta.starter = entry_id  # its reference document follows the draft
        return release

    # ------------------------------------------------------------ both

    def delete(self, kind: str, entry_id: str, location_kind: str = "pengguna") -> Path:
        """Delete a user or team copy; built-ins cannot be deleted."""
        if location_kind == BUILTIN:
            raise RilisError("Templat dan starter bawaan tidak dapat dihapus.")
        entry = self.find(kind, entry_id, location_kind)
        if not entry.location.writable:
            raise RilisError(f"Lokasi {entry.location.label} hanya-baca.")
        try:
            entry.path.unlink()
        except OSError as error:
            raise RilisError(f"Gagal menghapus {entry.path}: {error.strerror}") from error
        return entry.path

    def describe(self, entry: Entry) -> dict[str, str]:
        header = read_header(_read_template(entry.path, strict=False)) \
            if entry.kind == TEMPLATE else starter_header(entry.path)
        return {"id": entry.id, "kind": entry.kind, "name": entry.name,
                "description": entry.description, "location": entry.location.label,
                "path": str(entry.path), **{k: v for k, v in header.items()
                                           if k not in ("name", "description")}}


COPY_WORD = "salinan"


def copy_name(name: str, taken: set[str]) -> str:
    """``Berita kegiatan (salinan)``, or ``(salinan 2)``, ``(salinan 3)``… when taken; a
    copy of a copy counts on from its base name."""
    base = re.sub(rf"\s*\({COPY_WORD}(?: \d+)?\)$", "", name.strip()) or name.strip()
    candidate = f"{base} ({COPY_WORD})"
    number = 2
    while candidate in taken:
        candidate = f"{base} ({COPY_WORD} {number})"
        number += 1
    return candidate


_HEADER = re.compile(r"\A\s*\{#.*?#\}", re.DOTALL)
_NAME_LINE = re.compile(r"(?m)((?:^|\{#)[ \t]*name:)[^\n]*?(?=[ \t]*#\}|\n|\Z)")


def with_name(source: str, name: str) -> str:
    """The template text with ``name:`` in its header comment set to ``name`` (a header
    is added when there is none)."""
    header = _HEADER.match(source)
    if header is None:
        return "{# name: " + name + " #}\n" + source
    text = header.group(0)
    renamed, found = _NAME_LINE.subn(lambda match: f"{match.group(1)} {name}", text, count=1)
    if not found:
        renamed = text.replace("{#", "{# name: " + name + "\n", 1)
    return renamed + source[header.end():]


def place_label(place: Location) -> str:
    """Where a template lives, for lists (Indonesian: the library data are Indonesian)."""
    if place.kind == USER:
        return "folder saya"
    if place.kind == BUILTIN:
        return "bawaan"
    return f"tim: {place.root.name or place.root}"


def _read_template(path: Path, strict: bool = True) -> str:
    """A template's text (regular files only, capped); ``strict=False`` never fails."""
    try:
        raw = read_user_file(path, MAX_TEMPLATE_BYTES, "Templat")
    except RilisError:
        if strict:
            raise
        return ""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if strict:
            raise RilisError(f"Templat {path} bukan teks UTF-8.") from error
        return raw.decode("utf-8", errors="replace")


def _mkdir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise RilisError(f"Folder {folder} tidak dapat dibuat: {error.strerror}") from error
