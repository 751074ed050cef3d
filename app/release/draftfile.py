"""The ``.rilis`` draft file: UTF-8 JSON with a format version, validated on load.

The JSON keys are a public format (docs/draft-format.md). Loading never changes the file;
problems are reported in Indonesian with their place (``officials[1].rank: ...``).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import logging
import re
import zlib
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from app.base.atomic import clean_stale_temporaries, write_atomic
from app.base.errors import DraftError, ExportError, RilisError
from app.base.textdelta import DeltaError, apply_delta, literal_size, make_delta
from app.base.userfile import UserFileError, read_user_file, read_user_text, size_text
from app.release.blur_regions import parse_regions
from app.release.model import (
    PERSON_ROLES,
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
    Person,
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

FORMAT_VERSION = 4
MAX_VERSIONS = 30
"""Versions kept in a draft's history; the oldest go first."""
_NOT_CONTENT = ("version", "kata_diabaikan", "review", "versions")
"""Keys outside a version's content: ignored words say nothing about the release."""
EXTENSION = ".rilis"
MAX_FILE_BYTES = 50 * 1024 * 1024
STARTER_KEY = "starter"
"""A starter is a draft file with a header under this key (name, description, reference)."""
"""The loader refuses bigger files, so a save never writes one (old versions go first)."""
MAX_HISTORY_CHARS = 200_000_000
"""Characters of version history decoded on load: deltas are small on disk, but each
version becomes a whole copy in memory; older versions beyond this are left out."""
_PACK_THRESHOLD = 4096
"""A delta storing more text than this is compared with the version compressed whole."""
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
    """The JSON object of a draft as stored: photo paths relative to ``base_dir`` where
    they can be, versions as deltas (``encode_versions``)."""
    data = _fields_dict(release, base_dir)
    data["versions"] = encode_versions(release.versions, canonical_text(_content(data)))
    return data


IDENTIFYING_KEYS: tuple[str, ...] = ("name", "school", "parents", "address")
"""What is typed for a victim or witness (``case.persons``) only for the guard to find."""


def shareable_dict(release: Release) -> dict[str, Any]:
    """``release_to_dict`` for a copy that leaves the desk (the draft a DOCX carries):
    victims' and witnesses' names, schools, parents and addresses are left out, from the
    draft and from every saved version (UU SPPA Pasal 19, Kode Etik Jurnalistik Pasal 5)."""
    copy = replace(release, case=replace(release.case, persons=[
        replace(person, name="", school="", parents="", address="")
        for person in release.case.persons]), versions=[
        Version(at=version.at, by=version.by, content=_without_identities(version.content))
        for version in release.versions])
    return release_to_dict(copy)


def _without_identities(content: dict[str, Any]) -> dict[str, Any]:
    case = content.get("case")
    if not isinstance(case, dict) or not isinstance(case.get("persons"), list):
        return content
    persons = [{key: ("" if key in IDENTIFYING_KEYS else value) for key, value in item.items()}
               if isinstance(item, dict) else item for item in case["persons"]]
    return {**content, "case": {**case, "persons": persons}}


def _fields_dict(release: Release, base_dir: Path | None) -> dict[str, Any]:
    """The draft's JSON object without its ``versions`` (still the last key)."""
    data: dict[str, Any] = {"version": FORMAT_VERSION}
    data.update(asdict(replace(release, versions=[])))
    body: list[dict[str, Any]] = []
    for block in release.body:
        item = asdict(block)
        item = {"type": item.pop("type"), **item}
        if isinstance(block, Photo):
            item["path"] = relative_photo_path(block.path, base_dir)
            if not block.blurred:
                del item["blurred"]
        body.append(item)
    data["body"] = body
    _omit_unset_protection(data["case"])
    if not data["meta"].get("starter"):  # written only when set: older drafts keep their bytes
        data["meta"].pop("starter", None)
    if not data["kata_diabaikan"]:  # written only when set: older drafts keep their bytes
        del data["kata_diabaikan"]
    if release.emblem:
        data["emblem"] = relative_photo_path(release.emblem, base_dir)
    del data["versions"]
    return data


def _omit_unset_protection(case: dict[str, Any]) -> None:
    """Version 4's protection keys are written only when set, so a draft without them
    keeps the content (and the approval hash) it had in version 3."""
    if not case.get("persons"):
        case.pop("persons", None)
    for suspect in case.get("suspects", []):
        if not suspect.get("child"):
            suspect.pop("child", None)


def _content(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key not in _NOT_CONTENT}


def canonical_text(content: dict[str, Any]) -> str:
    """The one text of a version that deltas are computed on (keys sorted, compact, ASCII:
    the fastest path of the C encoder): the same content always gives the same text."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"))


def _encode_one(old: str, new: str) -> dict[str, Any]:
    """``{"delta": ...}`` rebuilding ``old`` from ``new``, or ``{"packed": ...}`` (the
    text compressed whole) when that is smaller."""
    delta = make_delta(old, new)
    stored = literal_size(delta)
    if stored > _PACK_THRESHOLD and stored > len(old) // 8:
        packed = base64.b64encode(zlib.compress(old.encode("utf-8"), 6)).decode("ascii")
        if len(packed) < len(json.dumps(delta, ensure_ascii=False)):
            return {"packed": packed}
    return {"delta": delta}


def encode_versions(versions: list[Version], current: str) -> list[dict[str, Any]]:
    """The ``versions`` records of the file, oldest first: each a delta against the next
    version, the newest one against ``current`` (the canonical text of the draft itself).

    Records still valid from the last load or save are reused (``Version.stored``), so a
    save computes one or two deltas, not thirty."""
    records: list[dict[str, Any]] = []
    next_key: object = current
    next_text: str | None = current
    for version in reversed(versions):
        cached = version.stored
        if cached is not None and (cached[0] is next_key or (
                isinstance(next_key, str) and isinstance(cached[0], str)
                and cached[0] == next_key)):
            encoded = cached[1]
            text: str | None = None
        else:
            if next_text is None:
                next_text = canonical_text(next_key) if isinstance(next_key, dict) else ""
            text = canonical_text(version.content)
            encoded = _encode_one(text, next_text)
            version.stored = (next_key, encoded)
        records.append({"at": version.at, "by": version.by, **encoded})
        next_key, next_text = version.content, text
    records.reverse()
    return records


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
    """The file text; versions that would make it too big to load are dropped (see
    :func:`encode_draft`)."""
    return encode_draft(release, base_dir)[0]


def encode_draft(release: Release, base_dir: Path | None = None,
                 limit: int | None = None) -> tuple[str, list[str]]:
    """The file text and Indonesian notices for the user.

    A text the loader would refuse is never produced: when the history makes it bigger
    than ``limit`` bytes, the oldest versions are dropped (from ``release`` too, so memory
    and file agree) and a notice says so; a draft too big even without history raises
    ExportError and nothing is written."""
    limit = MAX_FILE_BYTES if limit is None else limit
    data = _fields_dict(release, base_dir)
    head = json.dumps(data, ensure_ascii=False, indent=2)
    head_bytes = len(head.encode("utf-8"))
    if head_bytes + 20 > limit:
        raise ExportError(f"Draf terlalu besar untuk disimpan ({size_text(head_bytes)}; batas "
                          f"{size_text(limit)}). Perkecil isinya, mis. pecah teks yang sangat "
                          "panjang ke draf lain. Berkas lama tidak diubah.")
    records = encode_versions(release.versions, canonical_text(_content(data)))
    lines = [json.dumps(record, ensure_ascii=False, separators=(",", ":"))
             for record in records]
    sizes = [len(line.encode("utf-8")) + 6 for line in lines]
    total = head_bytes + 20 + sum(sizes)
    dropped = 0
    while total > limit and dropped < len(lines):
        total -= sizes[dropped]
        dropped += 1
    notices: list[str] = []
    if dropped:
        lines = lines[dropped:]
        del release.versions[:dropped]
        notices.append(f"Riwayat versi terlalu besar: {dropped} versi tertua dihapus agar "
                       f"draf tetap dapat dibuka (batas berkas {size_text(limit)}).")
        logger.warning("%s", notices[-1])
    body = (",\n    ".join(lines) if lines else "")
    versions = f'[\n    {body}\n  ]' if lines else "[]"
    return head[:-2] + f',\n  "versions": {versions}\n}}\n', notices


def content_of(release: Release, base_dir: Path | None = None) -> dict[str, Any]:
    """What a version records: the release without its review state and versions."""
    return _content(_fields_dict(release, base_dir))


def comparable_content(data: dict[str, Any]) -> dict[str, Any]:
    """Content without the fields every save touches (``meta.modified``)."""
    meta = dict(data.get("meta") or {})
    meta.pop("modified", None)
    return {**data, "meta": meta}


def _same_content(left: dict[str, Any], right: dict[str, Any]) -> bool:
    """Equal but for the save stamps: a first save filling in ``meta.created`` (every
    front end stamps through ``app.desk.session``) is not a new version of the text."""
    def unstamped(data: dict[str, Any]) -> dict[str, Any]:
        content = comparable_content(data)
        content["meta"].pop("created", None)
        return content

    return unstamped(left) == unstamped(right)


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


def save_draft(release: Release, path: Path, by: str = "") -> list[str]:
    """Save atomically, keeping the previous file as ``NAME.rilis.bak`` and recording a
    version in the draft's history when the content changed.

    Returns notices (Indonesian) to show the user, e.g. that old versions were dropped to
    keep the file openable; raises ExportError when nothing could be written."""
    path = Path(path)
    base_dir = path.parent.resolve()
    clean_stale_temporaries(path)
    record_version(release, by or release.meta.author, base_dir)
    text, notices = encode_draft(release, base_dir)
    write_atomic(path, text.encode("utf-8"))
    logger.info("saved draft %s", path)
    return notices


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

    def flag(self, data: dict[str, Any], key: str, place: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.problem(_join(place, key), f"harus berupa true/false, bukan {_type_name(value)}")
            return False
        return value

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
                                                                    place),
                                           overridden=change.get("overridden") is True,
                                           open_items=reader.texts(change, "open_items",
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
                                     role=reader.text(suspect, "role", place),
                                     child=reader.flag(suspect, "child", place)))
    for place, item in reader.items(data, "persons", "case"):
        person = reader.obj(item, place)
        role = reader.text(person, "role", place, "korban") or "korban"
        if role not in PERSON_ROLES:
            reader.problem(_join(place, "role"),
                           f"peran '{role}' tidak dikenal ({', '.join(PERSON_ROLES)})")
        case.persons.append(Person(
            role=role, initials=reader.text(person, "initials", place),
            name=reader.text(person, "name", place), age=reader.text(person, "age", place),
            child=reader.flag(person, "child", place),
            sexual_victim=reader.flag(person, "sexual_victim", place),
            school=reader.text(person, "school", place),
            parents=reader.text(person, "parents", place),
            address=reader.text(person, "address", place)))
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
        regions, problems = parse_regions(data.get("blur_regions"))
        for problem in problems:
            reader.problem(_join(place, "blur_regions"), problem)
        return Photo(path=_absolute(path, base_dir), caption=reader.text(data, "caption", place),
                     credit=reader.text(data, "credit", place), blur_regions=regions,
                     blurred=reader.flag(data, "blurred", place))
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
    ids: dict[str, int] = {}  # a dict: a list's index()/in made 10,000 officials quadratic
    for index, official in enumerate(release.officials):
        if official.id and ids.setdefault(official.id, index) != index:
            reader.problem(f"officials[{index}].id", f"'{official.id}' dipakai dua kali")
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
                        modified=reader.text(meta, "modified", "meta"),
                        starter=reader.text(meta, "starter", "meta"))
    embargo = reader.obj(root.get("embargo", {}), "embargo")
    release.embargo = Embargo(date=reader.text(embargo, "date", "embargo"),
                              time=reader.text(embargo, "time", "embargo"),
                              timezone=reader.text(embargo, "timezone", "embargo", "WIB") or "WIB")
    _check_moment(reader, "embargo", release.embargo.date, release.embargo.time,
                  release.embargo.timezone)
    release.case = _read_case(reader, root.get("case", {}))
    release.points = reader.texts(root, "points", "")
    release.kata_diabaikan = _ignored_words(reader.texts(root, "kata_diabaikan", ""))
    release.review = _read_review(reader, root.get("review", {}))
    release.versions = _read_versions(reader, root)
    if reader.problems:
        raise DraftError("Isi draf tidak sah:", reader.problems)
    return release


def _ignored_words(words: list[str]) -> list[str]:
    """Stripped, blank and repeated entries dropped: the checker compares stripped text."""
    return list(dict.fromkeys(word.strip() for word in words if word.strip()))


def _read_versions(reader: _Reader, root: dict[str, Any]) -> list[Version]:
    """The history, newest first decoded: each delta applies to the next version's text.

    A record that cannot be decoded (hand-edited, truncated) loses that version and the
    older ones, which depend on it, with a warning: a damaged history never makes the
    draft itself unopenable. So does history beyond ``MAX_VERSIONS`` or
    ``MAX_HISTORY_CHARS``."""
    items = reader.items(root, "versions", "")
    versions: list[Version] = []
    next_text: str | None = None
    next_key: object = None
    valid = True
    """Whether ``next_text`` is what a save would encode the next version as."""
    budget = MAX_HISTORY_CHARS
    lost = ""
    for count, (place, raw) in enumerate(reversed(items)):
        if count == MAX_VERSIONS:
            lost = f"lebih dari {MAX_VERSIONS} versi"
            break
        item = reader.obj(raw, place)
        at, by = reader.text(item, "at", place), reader.text(item, "by", place)
        if "content" in item:
            content = item["content"]
            if not isinstance(content, dict):
                reader.problem(f"{place}.content",
                               f"harus berupa objek, bukan {_type_name(content)}")
                content = {}
            version = Version(at=at, by=by, content=_clean_json(content) if reader.surrogates
                              else content)
            next_text, next_key, valid = None, version.content, True
            versions.append(version)
            continue
        if next_text is None:
            next_text = canonical_text(next_key if isinstance(next_key, dict)
                                       else _content(root))
            next_key = next_key if isinstance(next_key, dict) else next_text
        try:
            text = _decode_record(item, next_text, budget)
        except DeltaError as error:
            lost = f"{place}: {error}"
            break
        except (ValueError, zlib.error, binascii.Error, MemoryError):
            lost = f"{place}: data terkompresi rusak"
            break
        try:
            content = json.loads(text)
        except (ValueError, RecursionError, MemoryError):
            lost = f"{place}: isinya bukan JSON yang sah"
            break
        if not isinstance(content, dict):
            lost = f"{place}: isinya bukan objek"
            break
        budget -= len(text)
        if reader.surrogates:
            content = _clean_json(content)
        version = Version(at=at, by=by, content=content)
        # kept as stored only if a save would rebuild this very text for the next one
        valid = valid and canonical_text(content) == text
        if valid:
            version.stored = (next_key, {key: item[key] for key in ("delta", "packed")
                                         if key in item})
        next_text, next_key = text, content
        versions.append(version)
    if lost:
        logger.warning("Riwayat versi draf tidak utuh (%s): versi yang lebih lama "
                       "dilewati.", lost)
    versions.reverse()
    return versions


def _decode_record(item: dict[str, Any], next_text: str, budget: int) -> str:
    """The canonical text of one stored version (``delta`` or ``packed``)."""
    limit = min(MAX_FILE_BYTES, budget)
    if "delta" in item:
        return apply_delta(next_text, item["delta"], limit)
    packed = item.get("packed")
    if not isinstance(packed, str):
        raise DeltaError("versi tanpa content, delta atau packed")
    inflater = zlib.decompressobj()
    raw = inflater.decompress(base64.b64decode(packed, validate=True), limit * 4 + 1)
    if len(raw) > limit * 4 or inflater.unconsumed_tail:
        raise DeltaError("versi terkompresi terlalu besar")
    text = raw.decode("utf-8")
    if len(text) > limit:
        raise DeltaError("versi terkompresi terlalu besar")
    return text


# ---------------------------------------------------------------- versions


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (prototype): degrees as one string, time ``HH:MM``, bare strings in lists."""
    for official in data.get("officials") or []:
        if isinstance(official, dict) and isinstance(official.get("degrees"), str):
            from app.release.indonesian import split_degrees

            official["degrees"] = split_degrees(official["degrees"])
    event = data.get("event")
    if isinstance(event, dict) and isinstance(event.get("time"), str):
        from app.release.indonesian import normalize_time

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


def _migrate_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 stored every version whole (``content``): still a valid record in 3,
    re-encoded as deltas on the next save."""
    data["version"] = 3
    return data


def _migrate_3_to_4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 adds the protection marks (``case.persons``, ``suspects[].child``,
    ``body[].blurred``); a version-3 draft has none, which reads as unset."""
    data["version"] = 4
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _migrate_1_to_2, 2: _migrate_2_to_3, 3: _migrate_3_to_4}
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
        raw = read_user_file(path, MAX_FILE_BYTES, "Draf")
    except UserFileError as error:
        raise DraftError(str(error)) from error
    clean_stale_temporaries(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DraftError(f"{path}: berkas bukan teks UTF-8 (bita ke-{error.start}).") from error
    try:
        return loads(text, path.parent.resolve())
    except DraftError as error:
        raise DraftError(f"{path}: {error.message}", error.problems) from error


def starter_header(path: Path) -> dict[str, str]:
    """The header of a starter file (its strings only); empty when it has none or is unreadable."""
    try:
        data = json.loads(read_user_text(path, MAX_FILE_BYTES, "Starter"))
    except (RilisError, ValueError, RecursionError, MemoryError):
        return {}
    header = data.get(STARTER_KEY) if isinstance(data, dict) else None
    if not isinstance(header, dict):
        return {}
    return {key: value for key, value in header.items() if isinstance(value, str)}
