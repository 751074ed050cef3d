"""The ``.rilis`` draft file: UTF-8 JSON with a format version, validated on load.

The JSON keys are a public format (docs/draft-format.md). Loading never changes the file;
problems are reported in Indonesian with their place (``officials[1].rank: ...``).
"""

from __future__ import annotations

import datetime
import json
import logging
import re
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from app.atomic import write_atomic
from app.errors import DraftError
from app.model import (
    REVIEW_STATES,
    TIMEZONES,
    Block,
    Case,
    Comment,
    Contact,
    Embargo,
    Event,
    Meta,
    Official,
    Paragraph,
    Photo,
    Quote,
    RelatedStory,
    Release,
    Review,
    StatusChange,
    Suspect,
    Version,
)

logger = logging.getLogger(__name__)

FORMAT_VERSION = 2
MAX_VERSIONS = 30
"""Versions kept in a draft's history; the oldest go first."""
_NOT_CONTENT = ("version", "review", "versions")
EXTENSION = ".rilis"
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PROBLEMS = 8

REQUIRED_KEYS: tuple[str, ...] = ("template", "title", "officials", "event", "body")
REQUIRED_BLOCK_KEYS: dict[str, tuple[str, ...]] = {
    "paragraph": ("text",), "quote": ("speaker", "text"), "photo": ("path",),
}
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")
"""Lone surrogates reach Python only through JSON escapes; raw UTF-8 cannot carry them."""
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{2}\.\d{2}")


# ---------------------------------------------------------------- writing


def release_to_dict(release: Release, base_dir: Path | None = None) -> dict[str, Any]:
    """The JSON object of a draft; photo paths relative to ``base_dir`` where they can be."""
    data: dict[str, Any] = {"version": FORMAT_VERSION}
    data.update(asdict(replace(release, versions=[])))
    # versions hold plain JSON already: shared, not deep-copied (asdict would copy each one)
    data["versions"] = [{"at": v.at, "by": v.by, "content": v.content}
                        for v in release.versions]
    body: list[dict[str, Any]] = []
    for block in release.body:
        item = asdict(block)
        item = {"type": item.pop("type"), **item}
        if isinstance(block, Photo):
            item["path"] = relative_photo_path(block.path, base_dir)
        body.append(item)
    data["body"] = body
    if release.emblem:
        data["emblem"] = relative_photo_path(release.emblem, base_dir)
    return data


def relative_photo_path(path: str, base_dir: Path | None) -> str:
    """A path inside the draft's folder is stored relative (the folder can be moved)."""
    if not path or base_dir is None:
        return path
    candidate = Path(path)
    if not candidate.is_absolute():
        return candidate.as_posix()
    try:
        return candidate.resolve().relative_to(base_dir.resolve()).as_posix()
    except (ValueError, OSError):
        return path


def dumps(release: Release, base_dir: Path | None = None) -> str:
    return json.dumps(release_to_dict(release, base_dir), ensure_ascii=False, indent=2) + "\n"


def content_of(release: Release, base_dir: Path | None = None) -> dict[str, Any]:
    """What a version records: the release without its review state and versions."""
    data = release_to_dict(release, base_dir)
    for key in _NOT_CONTENT:
        data.pop(key, None)
    return data


def comparable_content(data: dict[str, Any]) -> dict[str, Any]:
    """Content without the fields every save touches (``meta.modified``)."""
    meta = dict(data.get("meta") or {})
    meta.pop("modified", None)
    return {**data, "meta": meta}


def _same_content(left: dict[str, Any], right: dict[str, Any]) -> bool:
    return comparable_content(left) == comparable_content(right)


def record_version(release: Release, by: str = "", base_dir: Path | None = None,
                   now: str | None = None) -> bool:
    """Append the current content to ``release.versions`` if it changed; True if added."""
    content = content_of(release, base_dir)
    if release.versions and _same_content(release.versions[-1].content, content):
        return False
    stamp = now or datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    release.versions.append(Version(at=stamp, by=by, content=content))
    del release.versions[:-MAX_VERSIONS]
    return True


def save_draft(release: Release, path: Path, by: str = "") -> None:
    """Save atomically, keeping the previous file as ``NAME.rilis.bak`` and recording a
    version in the draft's history when the content changed."""
    path = Path(path)
    base_dir = path.parent.resolve()
    record_version(release, by or release.meta.author, base_dir)
    text = dumps(release, base_dir)
    write_atomic(path, text.encode("utf-8"))
    logger.info("saved draft %s", path)


# ---------------------------------------------------------------- reading


class _Reader:
    """Reads typed values out of untrusted JSON, collecting problems with their place."""

    def __init__(self, surrogates: bool = True) -> None:
        self.problems: list[str] = []
        self.surrogates = surrogates
        """False when the source text cannot hold lone surrogates: cleaning is skipped."""

    def clean(self, value: str) -> str:
        return _LONE_SURROGATE.sub("\ufffd", value) if self.surrogates else value

    def problem(self, place: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{place}: {message}")

    def require(self, data: dict[str, Any], keys: tuple[str, ...], place: str) -> None:
        for key in keys:
            if key not in data:
                self.problem(_join(place, key), "wajib ada tetapi tidak ditemukan")

    def obj(self, data: Any, place: str) -> dict[str, Any]:
        if isinstance(data, dict):
            return data
        self.problem(place, f"harus berupa objek, bukan {_type_name(data)}")
        return {}

    def text(self, data: dict[str, Any], key: str, place: str, default: str = "") -> str:
        value = data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            self.problem(_join(place, key), f"harus berupa teks, bukan {_type_name(value)}")
            return default
        return self.clean(value)

    def texts(self, data: dict[str, Any], key: str, place: str) -> list[str]:
        value = data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(_join(place, key), f"harus berupa daftar teks, bukan {_type_name(value)}")
            return []
        result: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                result.append(self.clean(item))
            else:
                self.problem(f"{_join(place, key)}[{index}]",
                             f"harus berupa teks, bukan {_type_name(item)}")
        return result

    def items(self, data: dict[str, Any], key: str, place: str) -> list[tuple[str, Any]]:
        value = data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(_join(place, key), f"harus berupa daftar, bukan {_type_name(value)}")
            return []
        return [(f"{_join(place, key)}[{index}]", item) for index, item in enumerate(value)]


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def _type_name(value: Any) -> str:
    names = {dict: "objek", list: "daftar", str: "teks", bool: "benar/salah",
             int: "angka", float: "angka", type(None): "kosong (null)"}
    return names.get(type(value), type(value).__name__)


def _read_official(reader: _Reader, place: str, raw: Any) -> Official:
    data = reader.obj(raw, place)
    reader.require(data, ("id", "name"), place)
    official = Official(
        id=reader.text(data, "id", place),
        rank=reader.text(data, "rank", place),
        name=reader.text(data, "name", place),
        short_name=reader.text(data, "short_name", place),
        position=reader.text(data, "position", place),
        degrees=reader.texts(data, "degrees", place),
    )
    if "id" in data and not official.id.strip():
        reader.problem(_join(place, "id"), "wajib diisi (dipakai kutipan untuk menunjuk pejabat)")
    return official


def _read_review(reader: _Reader, raw: Any) -> Review:
    data = reader.obj(raw, "review")
    review = Review(status=reader.text(data, "status", "review", "draf") or "draf")
    if review.status not in REVIEW_STATES:
        reader.problem("review.status", f"status '{review.status}' tidak dikenal "
                                        f"({', '.join(REVIEW_STATES)})")
    for place, item in reader.items(data, "history", "review"):
        change = reader.obj(item, place)
        review.history.append(StatusChange(status=reader.text(change, "status", place),
                                           by=reader.text(change, "by", place),
                                           at=reader.text(change, "at", place),
                                           note=reader.text(change, "note", place),
                                           content_hash=reader.text(change, "content_hash",
                                                                    place)))
    for place, item in reader.items(data, "comments", "review"):
        comment = reader.obj(item, place)
        block = comment.get("block", -1)
        if isinstance(block, bool) or not isinstance(block, int):
            reader.problem(f"{place}.block", "harus berupa angka (indeks blok, -1 = seluruh rilis)")
            block = -1
        resolved = comment.get("resolved", False)
        if not isinstance(resolved, bool):
            reader.problem(f"{place}.resolved", "harus berupa true atau false")
            resolved = False
        review.comments.append(Comment(id=reader.text(comment, "id", place),
                                       text=reader.text(comment, "text", place),
                                       author=reader.text(comment, "author", place),
                                       at=reader.text(comment, "at", place), block=block,
                                       excerpt=reader.text(comment, "excerpt", place),
                                       resolved=resolved))
    return review


def _clean_json(value: Any, depth: int = 0) -> Any:
    """A stored snapshot with lone surrogates replaced, so saving it again cannot fail."""
    if depth > 20:
        return None
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean_json(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {_LONE_SURROGATE.sub("\ufffd", str(key)): _clean_json(item, depth + 1)
                for key, item in value.items()}
    return value


def _read_case(reader: _Reader, raw: Any) -> Case:
    data = reader.obj(raw, "case")
    case = Case(modus=reader.text(data, "modus", "case"),
                evidence=reader.texts(data, "evidence", "case"),
                articles=reader.texts(data, "articles", "case"),
                penalty=reader.text(data, "penalty", "case"))
    for place, item in reader.items(data, "suspects", "case"):
        suspect = reader.obj(item, place)
        case.suspects.append(Suspect(initials=reader.text(suspect, "initials", place),
                                     age=reader.text(suspect, "age", place),
                                     role=reader.text(suspect, "role", place)))
    return case


def _read_event(reader: _Reader, raw: Any) -> Event:
    data = reader.obj(raw, "event")
    event = Event(
        name=reader.text(data, "name", "event"),
        date=reader.text(data, "date", "event"),
        time=reader.text(data, "time", "event"),
        timezone=reader.text(data, "timezone", "event", "WIB") or "WIB",
        place=reader.text(data, "place", "event"),
    )
    _check_moment(reader, "event", event.date, event.time, event.timezone)
    return event


def _check_moment(reader: _Reader, place: str, date: str, time: str, zone: str) -> None:
    if date and not _valid_date(date):
        reader.problem(f"{place}.date", f"tanggal '{date}' tidak sah (format YYYY-MM-DD)")
    if time and not (_TIME.fullmatch(time) and int(time[:2]) < 24 and int(time[3:]) < 60):
        reader.problem(f"{place}.time", f"jam '{time}' tidak sah (format HH.MM, mis. 09.00)")
    if zone not in TIMEZONES:
        reader.problem(f"{place}.timezone", f"zona waktu '{zone}' tidak dikenal (WIB, WITA, WIT)")


def _valid_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _read_block(reader: _Reader, place: str, raw: Any, base_dir: Path | None) -> Block | None:
    data = reader.obj(raw, place)
    if not data:
        return None
    kind = data.get("type")
    if kind in REQUIRED_BLOCK_KEYS:
        reader.require(data, REQUIRED_BLOCK_KEYS[kind], place)
    if kind == "paragraph":
        return Paragraph(text=reader.text(data, "text", place))
    if kind == "quote":
        return Quote(speaker=reader.text(data, "speaker", place),
                     text=reader.text(data, "text", place),
                     verb=reader.text(data, "verb", place, "ujar"))
    if kind == "photo":
        path = reader.text(data, "path", place)
        return Photo(path=_absolute(path, base_dir), caption=reader.text(data, "caption", place),
                     credit=reader.text(data, "credit", place))
    reader.problem(_join(place, "type"),
                   f"jenis blok '{kind}' tidak dikenal (paragraph, quote, photo)")
    return None


def _absolute(path: str, base_dir: Path | None) -> str:
    if not path or base_dir is None or Path(path).is_absolute():
        return path
    return str((base_dir / path).resolve())


def release_from_dict(data: Any, base_dir: Path | None = None,
                      surrogates: bool = True) -> Release:
    """Validate and build a Release from parsed JSON (after migration).

    ``surrogates=False`` promises the data holds no lone surrogates (true of JSON text
    without ``\\uD800``-``\\uDFFF`` escapes), which skips cleaning every string."""
    reader = _Reader(surrogates)
    root = reader.obj(data, "(berkas)")
    reader.require(root, REQUIRED_KEYS, "")
    release = Release(
        template=reader.text(root, "template", "", "berita-kegiatan") or "berita-kegiatan",
        title=reader.text(root, "title", ""),
        dateline=reader.text(root, "dateline", ""),
        unit=reader.text(root, "unit", ""),
        closing=reader.text(root, "closing", "", "(*)"),
        number=reader.text(root, "number", ""),
        emblem=_absolute(reader.text(root, "emblem", ""), base_dir),
    )
    release.officials = [_read_official(reader, place, raw)
                         for place, raw in reader.items(root, "officials", "")]
    ids = [o.id for o in release.officials]
    for index, official_id in enumerate(ids):
        if official_id and ids.index(official_id) != index:
            reader.problem(f"officials[{index}].id", f"'{official_id}' dipakai dua kali")
    release.event = _read_event(reader, root.get("event", {}))
    for place, raw in reader.items(root, "body", ""):
        block = _read_block(reader, place, raw, base_dir)
        if block is not None:
            release.body.append(block)
    for index, block in enumerate(release.body):
        if isinstance(block, Quote) and block.speaker and block.speaker not in ids:
            reader.problem(f"body[{index}].speaker",
                           f"pejabat '{block.speaker}' tidak ada di daftar officials")
    for place, raw in reader.items(root, "related", ""):
        item = reader.obj(raw, place)
        release.related.append(RelatedStory(title=reader.text(item, "title", place),
                                            url=reader.text(item, "url", place)))
    contact = reader.obj(root.get("contact", {}), "contact")
    release.contact = Contact(name=reader.text(contact, "name", "contact"),
                              phone=reader.text(contact, "phone", "contact"),
                              email=reader.text(contact, "email", "contact"))
    meta = reader.obj(root.get("meta", {}), "meta")
    release.meta = Meta(author=reader.text(meta, "author", "meta"),
                        editor=reader.text(meta, "editor", "meta"),
                        tags=reader.texts(meta, "tags", "meta"),
                        created=reader.text(meta, "created", "meta"),
                        modified=reader.text(meta, "modified", "meta"))
    embargo = reader.obj(root.get("embargo", {}), "embargo")
    release.embargo = Embargo(date=reader.text(embargo, "date", "embargo"),
                              time=reader.text(embargo, "time", "embargo"),
                              timezone=reader.text(embargo, "timezone", "embargo", "WIB") or "WIB")
    _check_moment(reader, "embargo", release.embargo.date, release.embargo.time,
                  release.embargo.timezone)
    release.case = _read_case(reader, root.get("case", {}))
    release.points = reader.texts(root, "points", "")
    release.review = _read_review(reader, root.get("review", {}))
    for place, raw in reader.items(root, "versions", ""):
        item = reader.obj(raw, place)
        content = item.get("content", {})
        if not isinstance(content, dict):
            reader.problem(f"{place}.content", f"harus berupa objek, bukan {_type_name(content)}")
            content = {}
        release.versions.append(Version(at=reader.text(item, "at", place),
                                        by=reader.text(item, "by", place),
                                        content=_clean_json(content) if reader.surrogates
                                        else content))
    if reader.problems:
        raise DraftError("Isi draf tidak sah:", reader.problems)
    return release


# ---------------------------------------------------------------- versions


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (prototype): degrees as one string, time ``HH:MM``, bare strings in lists."""
    for official in data.get("officials") or []:
        if isinstance(official, dict) and isinstance(official.get("degrees"), str):
            from app.indonesian import split_degrees

            official["degrees"] = split_degrees(official["degrees"])
    event = data.get("event")
    if isinstance(event, dict) and isinstance(event.get("time"), str):
        from app.indonesian import normalize_time

        event["time"] = normalize_time(event["time"])
    body = data.get("body")
    if isinstance(body, list):
        data["body"] = [{"type": "paragraph", "text": b} if isinstance(b, str) else b
                        for b in body]
    related = data.get("related")
    if isinstance(related, list):
        data["related"] = [{"title": r, "url": ""} if isinstance(r, str) else r for r in related]
    data["version"] = 2
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_1_to_2}
"""``MIGRATIONS[n]`` turns a version-n object into version n+1."""


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise DraftError(f"version: harus berupa angka bulat, bukan {_type_name(version)}"
                         if version is not None else "version: wajib ada di setiap draf")
    if version > FORMAT_VERSION:
        raise DraftError(
            f"Draf ini dibuat oleh Rilis yang lebih baru (format versi {version}; "
            f"versi ini mengenal sampai {FORMAT_VERSION}). Perbarui Rilis untuk membukanya."
        )
    if version < 1:
        raise DraftError(f"version: versi format {version} tidak dikenal")
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        logger.info("migrated draft from version %d", version)
        version += 1
    return data


def loads(text: str, base_dir: Path | None = None) -> Release:
    """Parse, migrate and validate the text of a draft."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DraftError(
            f"Berkas bukan draf Rilis yang utuh (JSON rusak di baris {error.lineno}, "
            f"kolom {error.colno})."
        ) from error
    except RecursionError as error:
        raise DraftError("Berkas bukan draf Rilis: isinya bersarang terlalu dalam.") from error
    except ValueError as error:
        logger.info("draft rejected: %s", error)
        raise DraftError("Berkas bukan draf Rilis yang utuh (ada nilai JSON yang tidak sah, "
                         "mis. angka terlalu panjang).") from error
    if not isinstance(data, dict):
        raise DraftError(f"Berkas bukan draf Rilis: isinya {_type_name(data)}, bukan objek.")
    surrogates = bool(_SURROGATE_ESCAPE.search(text) or _LONE_SURROGATE.search(text))
    return release_from_dict(migrate(data), base_dir, surrogates)


def load_draft(path: Path) -> Release:
    """Read a ``.rilis`` file; the file is never modified, even when migrated."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DraftError(f"{path}: berkas terlalu besar untuk draf ({size // 1_000_000} MB).")
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise DraftError(f"Berkas {path} tidak ditemukan.") from error
    except IsADirectoryError as error:
        raise DraftError(f"{path} adalah folder, bukan draf.") from error
    except PermissionError as error:
        raise DraftError(f"Tidak ada izin membaca {path}.") from error
    except OSError as error:
        raise DraftError(f"Gagal membaca {path}: {error.strerror or error}") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DraftError(f"{path}: berkas bukan teks UTF-8 (bita ke-{error.start}).") from error
    try:
        return loads(text, path.parent.resolve())
    except DraftError as error:
        raise DraftError(f"{path}: {error.message}", error.problems) from error
