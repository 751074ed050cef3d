"""Layout templates: sandboxed Jinja2 that renders a release into the document markup.

A template is untrusted input (editors share them): it runs in Jinja2's immutable sandbox
with strict undefined variables and autoescaping, so every piece of user text is escaped
exactly once and cannot add markup. The house style (mentions, quotes, dates) lives in
``Composer``, which the template calls, so templates stay short.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from app import indonesian as ind
from app.document import Document, ImageBlock, parse_markup, safe_url, xml_clean
from app.errors import TemplateError
from app.model import Official, Quote, Release
from app.paths import builtin_templates_dir

logger = logging.getLogger(__name__)

TEMPLATE_SUFFIX = ".xml.j2"
DEFAULT_TEMPLATE = "berita-kegiatan"
_MENTION = re.compile(r"(?<![\w@.])@([A-Za-z][\w-]*)(?::(jabatan|lengkap|singkat))?")
EVENT_TOKENS: frozenset[str] = frozenset({"acara", "tempat", "hari", "tanggal", "pukul"})
"""``@acara`` etc. in paragraph text print the event's fields; not usable as official ids."""
_HEADER = re.compile(r"\A\{#(.*?)#\}", re.S)
_TEMPLATE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return Markup(xml_clean(str(value)))
    if isinstance(value, str):
        return xml_clean(value)
    return value


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    name: str
    description: str
    path: Path


class Composer:
    """House-style helpers for one render; remembers who has been mentioned already."""

    def __init__(self, release: Release) -> None:
        self._release = release
        self._mentioned: set[str] = set()

    def mention(self, official_id: str, form: str = "") -> str:
        """Full form on the first mention of an official, rank and short name later."""
        person = self._release.official(official_id)
        if person is None:
            return f"@{official_id}"
        if form == "jabatan":
            text = ind.position_mention(person)
        elif form == "singkat":
            text = ind.short_mention(person)
        elif form == "lengkap" or person.id not in self._mentioned:
            text = ind.full_mention(person)
        else:
            text = ind.short_mention(person)
        if form != "jabatan":
            self._mentioned.add(person.id)
        return text

    def event_field(self, key: str) -> str | None:
        """The value of an event token (``@acara``, ``@tempat``, ``@hari``, ...), or None."""
        event = self._release.event
        if key == "acara":
            return event.name
        if key == "tempat":
            return event.place
        if key == "pukul":
            return ind.format_time(event.time, event.timezone)
        if key in ("hari", "tanggal") and event.date:
            try:
                if key == "hari":
                    return ind.short_date(event.date)
                return ind.long_date(event.date)
            except ValueError:
                return event.date
        return "" if key in EVENT_TOKENS else None

    def event_sentence(self) -> str:
        """A lead composed from the event fields when the body is still empty."""
        event = self._release.event
        sentence = " ".join(part for part in (self._release.unit, "menggelar", event.name) if part)
        if event.place:
            sentence += f" di {event.place}"
        when = " ".join(part for part in (self.event_field("hari"), self.event_field("pukul"))
                        if part)
        if when:
            sentence += f", {when}"
        return sentence + "."

    def text(self, text: str) -> str:
        """Paragraph text with ``@id`` mentions and event tokens resolved.

        A degree's closing period is not doubled at the end of a sentence.
        """
        pieces: list[str] = []
        position = 0
        for match in _MENTION.finditer(text):
            key = match.group(1)
            event_value = self.event_field(key) if not match.group(2) else None
            if event_value is None and self._release.official(key) is None:
                continue
            pieces.append(text[position:match.start()])
            if event_value is not None:
                pieces.append(event_value)
                position = match.end()
                continue
            mention = self.mention(key, match.group(2) or "")
            position = match.end()
            if mention.endswith(".") and text[position:position + 1] == ".":
                position += 1
            pieces.append(mention)
        pieces.append(text[position:])
        return "".join(pieces)

    def quote(self, block: Quote) -> dict[str, str]:
        """``{"words": "“...,”", "attribution": "ujar AKBP Arsya."}`` for a quote block."""
        verb = block.verb.strip() or "ujar"
        person = self._release.official(block.speaker)
        attribution = ""
        if person is not None and not ind.is_nya_verb(verb):
            attribution = self.mention(person.id)
        elif person is not None:
            self._mentioned.add(person.id)
        words, tail = ind.quote_sentence(self.text(block.text), verb, attribution)
        return {"words": words, "attribution": tail}

    def official(self, official_id: str) -> Official | None:
        return self._release.official(official_id)


def _date_filter(value: str, form: str = "long") -> str:
    if not value:
        return ""
    try:
        if form == "short":
            return ind.short_date(value)
        if form == "short_year":
            return ind.short_date(value, with_year=True)
        if form == "day":
            return ind.day_name(value)
        if form == "nodate":
            return ind.long_date(value, with_day=False)
        return ind.long_date(value)
    except ValueError:
        return value


@lru_cache(maxsize=8)
def _environment(search_path: tuple[str, ...]) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(list(search_path), encoding="utf-8"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    env.filters.update(
        date=_date_filter,
        time=ind.format_time,
        dateline=ind.dateline,
        title_case=ind.title_case,
        degree=ind.normalize_degree,
        safe_url=safe_url,
    )
    env.globals.update(full_mention=ind.full_mention, short_mention=ind.short_mention)
    return env


def _search_path(extra: list[Path] | None) -> tuple[str, ...]:
    folders = [*(extra or []), builtin_templates_dir()]
    return tuple(str(folder) for folder in folders)


def _read_header(path: Path) -> tuple[str, str]:
    try:
        head = path.read_text(encoding="utf-8")[:2000]
    except OSError:
        return path.name, ""
    match = _HEADER.match(head)
    fields: dict[str, str] = {}
    if match:
        for line in match.group(1).splitlines():
            key, _, value = line.partition(":")
            if value:
                fields[key.strip().lower()] = value.strip()
    return fields.get("name", path.name), fields.get("description", "")


def list_templates(extra: list[Path] | None = None) -> list[TemplateInfo]:
    """Every template id found, the first folder winning (user folders before built-ins)."""
    found: dict[str, TemplateInfo] = {}
    for folder in _search_path(extra):
        for path in sorted(Path(folder).glob(f"*{TEMPLATE_SUFFIX}")):
            template_id = path.name[: -len(TEMPLATE_SUFFIX)]
            if template_id.startswith("_") or template_id in found:
                continue
            name, description = _read_header(path)
            found[template_id] = TemplateInfo(template_id, name, description, path)
    return sorted(found.values(), key=lambda info: info.id)


def render_markup(release: Release, template_id: str | None = None,
                  extra: list[Path] | None = None) -> str:
    """The template's output (document markup) for this release."""
    template_id = template_id or release.template or DEFAULT_TEMPLATE
    if not _TEMPLATE_ID.match(template_id):
        raise TemplateError(f"Nama templat '{template_id}' tidak sah.")
    env = _environment(_search_path(extra))
    try:
        template = env.get_template(template_id + TEMPLATE_SUFFIX)
    except jinja2.TemplateNotFound as error:
        known = ", ".join(info.id for info in list_templates(extra))
        raise TemplateError(
            f"Templat '{template_id}' tidak ada. Yang tersedia: {known}.") from error
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(
            f"Templat '{template_id}' rusak di baris {error.lineno}: {error.message}"
        ) from error
    composer = Composer(release)
    try:
        return template.render(release=release, rilis=composer)
    except jinja2.UndefinedError as error:
        raise TemplateError(
            f"Templat '{template_id}' memakai variabel tak dikenal: {error}") from error
    except jinja2.exceptions.SecurityError as error:
        raise TemplateError(f"Templat '{template_id}' mencoba akses terlarang: {error}") from error
    except jinja2.TemplateError as error:
        raise TemplateError(f"Templat '{template_id}' gagal dirender: {error}") from error


def render_document(release: Release, template_id: str | None = None,
                    extra: list[Path] | None = None) -> Document:
    """Render a release into the Document all writers share.

    Images are limited to the release's own photos and emblem: a template cannot pull an
    arbitrary file from disk into the export.
    """
    document = parse_markup(render_markup(release, template_id, extra))
    allowed = {photo.path for photo in release.photos()} | {release.emblem}
    document.blocks = [block for block in document.blocks
                       if not isinstance(block, ImageBlock) or block.src in allowed]
    return document
