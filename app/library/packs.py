"""``.rilispack``: a set of templates and starters shared as one zip file.

A pack is untrusted: its manifest is validated, each template is validated like one typed
in the editor, each starter is loaded like a draft, sizes are capped (no zip bombs), and
nothing is written anywhere but ``<library>/templates/ID.xml.j2`` and
``<library>/starters/ID.rilis`` and ``<library>/assets/NAME`` — paths are built from
validated ids and names, never taken from the zip, and a pack naming ``../`` or absolute
paths is refused outright (zip-slip).

Assets (*aset*) are the files templates and starters use: reference documents (the unit's
Word letterhead, checked like any reference before it is accepted) and pictures (a
starter's photos and emblem; the starter's paths are rewritten to ``../assets/NAME``).

Manifest (``manifest.json``)::

    {"format": "rilispack", "version": 1, "name": ..., "author": ..., "description": ...,
     "items": [{"id", "name", "version", "author", "description",
                "kind": "templat"|"starter"|"aset", "file": "templates/ID.xml.j2"}]}

An asset's ``id`` is its file name (``kop-polres.docx``, ``lambang.png``).
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from app.base.atomic import write_atomic
from app.base.errors import DraftError, RilisError
from app.base.userfile import UserFileError, open_user_file
from app.base.zipread import ZipMemberError, read_member
from app.library.catalog import STARTER, TEMPLATE, Entry, Library, check_id
from app.library.template_check import validate_template
from app.release.draftfile import EXTENSION, loads
from app.render.locations import Location
from app.render.references import ASSETS, REFERENCE_KEY, assets_dir
from app.render.sandbox import MAX_TEMPLATE_BYTES
from app.render.templating import TEMPLATE_ID, TEMPLATE_SUFFIX

logger = logging.getLogger(__name__)

PACK_EXTENSION = ".rilispack"
PACK_FORMAT = "rilispack"
PACK_VERSION = 1
MANIFEST = "manifest.json"
MAX_MEMBERS = 500
MAX_MEMBER_BYTES = 2_000_000
MAX_TOTAL_BYTES = 50_000_000
MAX_ITEMS = 200
"""Templates and starters one pack may add: items are counted, not zip members (a
manifest may name one member a thousand times)."""
MAX_ASSET_BYTES = 10_000_000
"""One asset (a reference document with its images, a photo)."""
ASSET = "aset"
ASSET_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.(docx|dotx|png|jpe?g)$",
                        re.IGNORECASE)
MAX_ASSET_PIXELS = 40_000_000
MAX_PACK_BYTES = 2 * MAX_TOTAL_BYTES
"""The ``.rilispack`` file itself (its members are capped on their own)."""


class PackError(RilisError):
    """A pack that cannot be imported; nothing has been written."""


@dataclass(frozen=True)
class PackItem:
    kind: str
    id: str
    name: str
    version: str
    author: str
    description: str
    file: str


@dataclass
class PackPlan:
    """What an import would do: shown to the user before anything is written."""

    name: str
    author: str
    description: str
    items: list[PackItem]
    actions: dict[tuple[str, str], str] = field(default_factory=dict)
    """(kind, id) → ``tambah`` (new) or ``ganti`` (replaces the copy in the target)."""
    contents: dict[tuple[str, str], bytes] = field(default_factory=dict)

    def summary(self) -> list[str]:
        return [f"{self.actions[(item.kind, item.id)]:<6} {item.kind:<7} {item.id}"
                f"  {item.name}" for item in self.items]


def _text(data: dict[str, Any], key: str, place: str, required: bool = False) -> str:
    value = data.get(key, "")
    if required and not value:
        raise PackError(f"Manifes paket: {place}.{key} wajib diisi.")
    if not isinstance(value, str):
        raise PackError(f"Manifes paket: {place}.{key} harus berupa teks.")
    return value


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return not (path.is_absolute() or ".." in path.parts or name.startswith(("/", "\\"))
                or (len(name) > 1 and name[1] == ":"))


@contextlib.contextmanager
def _open(path: Path) -> Iterator[zipfile.ZipFile]:
    """The pack as a zip; regular files only (a FIFO would hang the import)."""
    try:
        handle = open_user_file(path, MAX_PACK_BYTES, "Paket")
    except UserFileError as error:
        raise PackError(str(error)) from error
    with handle:
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise PackError(f"{path} bukan paket Rilis yang utuh (zip rusak).") from error
        with archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise PackError(f"Paket berisi terlalu banyak berkas ({len(members)}).")
            total = 0
            for member in members:
                if not _safe_member(member.filename):
                    raise PackError(f"Paket berisi jalur berbahaya {member.filename!r}; "
                                    "ditolak.")
                if member.file_size > _member_limit(member.filename):
                    raise PackError(f"Berkas {member.filename!r} di paket terlalu besar.")
                total += member.file_size
            if total > MAX_TOTAL_BYTES:
                raise PackError("Isi paket terlalu besar.")
            yield archive


def _member_limit(name: str) -> int:
    return MAX_ASSET_BYTES if name.startswith(f"{ASSETS}/") else MAX_MEMBER_BYTES


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return read_member(archive, name, _member_limit(name))
    except ZipMemberError as error:
        message = {"missing": f"Berkas {name} yang disebut manifes tidak ada di paket.",
                   "broken": f"Berkas {name} di paket rusak.",
                   "too_big": f"Berkas {name} di paket terlalu besar."}[error.why]
        raise PackError(message) from error


def _items(manifest: Any) -> tuple[dict[str, Any], list[PackItem]]:
    if not isinstance(manifest, dict):
        raise PackError("Manifes paket harus berupa objek JSON.")
    if manifest.get("format") != PACK_FORMAT:
        raise PackError("Manifes paket: format harus 'rilispack'.")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackError("Manifes paket: version harus berupa angka.")
    if version > PACK_VERSION:
        raise PackError(f"Paket dibuat oleh Rilis yang lebih baru (versi {version}); "
                        "perbarui Rilis.")
    if version < 1:
        raise PackError(f"Manifes paket: version {version} tidak sah (mulai dari 1).")
    raw_items = manifest.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise PackError("Manifes paket: items harus berupa daftar yang tidak kosong.")
    if len(raw_items) > MAX_ITEMS:
        raise PackError(f"Paket berisi terlalu banyak templat dan starter ({len(raw_items)}; "
                        f"batas {MAX_ITEMS}); ditolak.")
    items: list[PackItem] = []
    seen: set[tuple[str, str]] = set()
    for index, raw in enumerate(raw_items):
        place = f"items[{index}]"
        if not isinstance(raw, dict):
            raise PackError(f"Manifes paket: {place} harus berupa objek.")
        kind = _text(raw, "kind", place, required=True)
        if kind not in (TEMPLATE, STARTER, ASSET):
            raise PackError(f"Manifes paket: {place}.kind harus 'templat', 'starter' atau "
                            "'aset'.")
        entry_id = _text(raw, "id", place, required=True)
        if not (ASSET_NAME if kind == ASSET else TEMPLATE_ID).fullmatch(entry_id):
            raise PackError(f"Manifes paket: {place}.id {entry_id!r} tidak sah.")
        if (kind, entry_id) in seen:
            raise PackError(f"Manifes paket: {kind} '{entry_id}' disebut dua kali.")
        seen.add((kind, entry_id))
        file_name = _text(raw, "file", place, required=True)
        if not _safe_member(file_name):
            raise PackError(f"Manifes paket: {place}.file '{file_name}' berbahaya; ditolak.")
        items.append(PackItem(kind, entry_id, _text(raw, "name", place) or entry_id,
                              _text(raw, "version", place), _text(raw, "author", place),
                              _text(raw, "description", place), file_name))
    return manifest, items


def plan_import(pack: Path, library: Library, target: Location | None = None) -> PackPlan:
    """Read and validate a pack completely; nothing is written."""
    target = target or library.target()
    with _open(pack) as archive:
        try:
            manifest_data = json.loads(_read(archive, MANIFEST).decode("utf-8"))
        except (ValueError, RecursionError, MemoryError) as error:
            raise PackError("Manifes paket bukan JSON yang sah (rusak atau bersarang terlalu "
                            "dalam).") from error
        manifest, items = _items(manifest_data)
        plan = PackPlan(_text(manifest, "name", "manifes"), _text(manifest, "author", "manifes"),
                        _text(manifest, "description", "manifes"), items)
        folders = library.locations.template_folders()
        total = 0
        for item in items:
            data = _read(archive, item.file)
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise PackError("Isi paket terlalu besar.")
            if item.kind == ASSET:
                _check_asset(item.id, data)
                destination = assets_dir(target) / item.id
                plan.actions[(item.kind, item.id)] = ("ganti" if destination.exists()
                                                      else "tambah")
                plan.contents[(item.kind, item.id)] = data
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as error:
                raise PackError(f"{item.file}: bukan teks UTF-8.") from error
            if item.kind == TEMPLATE:
                if len(data) > MAX_TEMPLATE_BYTES:
                    raise PackError(f"Templat '{item.id}' terlalu besar.")
                problems = validate_template(text, folders)
                if problems:
                    raise PackError(f"Templat '{item.id}' di paket tidak sah: {problems[0]}")
                destination = target.templates_dir / f"{item.id}{TEMPLATE_SUFFIX}"
            else:
                try:
                    loads(text)
                except DraftError as error:
                    raise PackError(f"Starter '{item.id}' di paket tidak sah: {error}") from error
                destination = target.starters_dir / f"{item.id}{EXTENSION}"
            plan.actions[(item.kind, item.id)] = "ganti" if destination.exists() else "tambah"
            plan.contents[(item.kind, item.id)] = data
    return plan


def apply_import(plan: PackPlan, target: Location) -> list[Path]:
    """Write what ``plan_import`` validated, only under the target's two folders."""
    written: list[Path] = []
    for item in plan.items:
        if item.kind == ASSET:
            if not ASSET_NAME.fullmatch(item.id):
                raise PackError(f"Nama aset {item.id!r} tidak sah; ditolak.")
            folder, destination = assets_dir(target), assets_dir(target) / item.id
        else:
            check_id(item.id)
            folder = target.templates_dir if item.kind == TEMPLATE else target.starters_dir
            suffix = TEMPLATE_SUFFIX if item.kind == TEMPLATE else EXTENSION
            destination = folder / f"{item.id}{suffix}"
        if destination.resolve().parent != folder.resolve() and folder.exists():
            raise PackError(f"Jalur tujuan {destination} di luar pustaka; ditolak.")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PackError(f"Folder {folder} tidak dapat dibuat: {error.strerror}") from error
        write_atomic(destination, plan.contents[(item.kind, item.id)], keep_backup=True)
        written.append(destination)
    return written


def _check_asset(name: str, data: bytes) -> None:
    """An asset is accepted only as what its name says: a usable reference document, or a
    picture Pillow can read (and not a decompression bomb)."""
    if name.lower().endswith((".docx", ".dotx")):
        from app.render.writers.reference_doc import clean_reference

        try:
            clean_reference(data, name)
        except RilisError as error:
            raise PackError(f"Aset '{name}' di paket tidak sah: {error}") from error
        return
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_ASSET_PIXELS:
                raise PackError(f"Gambar '{name}' di paket terlalu besar.")
            image.verify()
    except PackError:
        raise
    except Exception as error:  # Pillow raises many types for a broken image
        raise PackError(f"Aset '{name}' di paket bukan gambar yang dapat dibaca.") from error


class _Assets:
    """The assets a pack carries, each under one safe, unique file name."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self._by_source: dict[Path, str] = {}

    def add(self, path: Path) -> str:
        """The asset's name in the pack (``lambang.png``) for a file on disk."""
        source = path.resolve()
        if source in self._by_source:
            return self._by_source[source]
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._")[:60] or "aset"
        name = f"{stem}{path.suffix.lower()}"
        number = 2
        while name in self.files:
            name = f"{stem}-{number}{path.suffix.lower()}"
            number += 1
        if not ASSET_NAME.fullmatch(name):
            raise PackError(f"Berkas {path.name} tidak dapat dibawa paket (hanya .docx, .dotx, "
                            ".png, .jpg).")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise PackError(f"Gagal membaca {path}: {error.strerror}") from error
        if len(data) > MAX_ASSET_BYTES:
            raise PackError(f"Berkas {path.name} terlalu besar untuk paket.")
        self.files[name] = data
        self._by_source[source] = name
        return name


def _template_member(entry: Entry, assets: _Assets) -> bytes:
    """The template's text; the reference it names travels as an asset."""
    from app.render.references import layout_reference_in
    from app.render.templating import read_header

    data = entry.path.read_bytes()
    value = read_header(data[:4000].decode("utf-8", errors="replace")).get(REFERENCE_KEY, "")
    if value:
        reference = layout_reference_in(value, entry.location, entry.path.parent, entry.id)
        assets.add(reference)
    return data


def _starter_member(entry: Entry, assets: _Assets) -> bytes:
    """The starter's JSON with its photos, emblem and reference carried as assets and its
    paths pointing at ``../assets/NAME`` (where an import puts them)."""
    from app.render.references import layout_reference_in

    data = entry.path.read_bytes()
    try:
        starter = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as error:
        raise PackError(f"Starter '{entry.id}' rusak; tidak diekspor.") from error
    if not isinstance(starter, dict):
        return data
    base = entry.path.parent

    def carried(value: object) -> object:
        if not isinstance(value, str) or not value:
            return value
        path = Path(value) if Path(value).is_absolute() else base / value
        if not path.is_file():
            return value
        return f"../{ASSETS}/{assets.add(path)}"

    for block in starter.get("body", []) if isinstance(starter.get("body"), list) else []:
        if isinstance(block, dict) and block.get("type") == "photo":
            block["path"] = carried(block.get("path"))
    if "emblem" in starter:
        starter["emblem"] = carried(starter["emblem"])
    header = starter.get("starter")
    if isinstance(header, dict) and isinstance(header.get(REFERENCE_KEY), str):
        reference = layout_reference_in(header[REFERENCE_KEY], entry.location, base, entry.id,
                                        "starter")
        header[REFERENCE_KEY] = assets.add(reference)
    return (json.dumps(starter, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_pack(entries: list[Entry], out: Path, name: str = "", author: str = "",
                description: str = "") -> Path:
    """Write the entries into one ``.rilispack``, with the assets they use."""
    if not entries:
        raise PackError("Tidak ada templat atau starter yang dipilih untuk diekspor.")
    items = []
    assets = _Assets()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in entries:
            folder = "templates" if entry.kind == TEMPLATE else "starters"
            member = f"{folder}/{entry.path.name}"
            try:
                content = (_template_member(entry, assets) if entry.kind == TEMPLATE
                           else _starter_member(entry, assets))
            except OSError as error:
                raise PackError(f"Gagal membaca {entry.path}: {error.strerror}") from error
            archive.writestr(member, content)
            items.append({"id": entry.id, "name": entry.name, "version": "1",
                          "author": author, "description": entry.description,
                          "kind": entry.kind, "file": member})
        for asset, data in assets.files.items():
            archive.writestr(f"{ASSETS}/{asset}", data)
            items.append({"id": asset, "name": asset, "version": "1", "author": author,
                          "description": "", "kind": ASSET, "file": f"{ASSETS}/{asset}"})
        manifest = {"format": PACK_FORMAT, "version": PACK_VERSION,
                    "name": name or out.stem, "author": author, "description": description,
                    "items": items}
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
    if out.suffix != PACK_EXTENSION:
        out = out.with_name(out.name + PACK_EXTENSION)
    write_atomic(out, buffer.getvalue(), keep_backup=False)
    return out
