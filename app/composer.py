"""House style applied while a template renders: mentions, quotes, event tokens.

A ``Composer`` lives for one render and remembers which officials have been named, so the
first mention is full (``Kapolres Tulungagung, AKBP Teuku Arsya Khadafi, S.H., ...``) and
later ones short (``AKBP Arsya``) whatever the order the template prints blocks in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app import indonesian as ind
from app.model import Block, Official, Paragraph, Photo, Quote, Release

MENTION = re.compile(r"(?<![\w@.])@([A-Za-z][\w-]*)(?::(jabatan|lengkap|singkat))?")
_LINE_BREAKS = re.compile(r"\s*\n\s*")
EVENT_TOKENS: frozenset[str] = frozenset({"acara", "tempat", "hari", "tanggal", "pukul"})
"""``@acara`` etc. in paragraph text print the event's fields; not usable as official ids."""


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
        if key in ("hari", "tanggal"):
            return ind.format_date(event.date, "short" if key == "hari" else "long")
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
        for match in MENTION.finditer(text):
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

    def filled(self, blocks: Iterable[Block]) -> list[Block]:
        """The blocks that print something: an empty paragraph or quote would leave a bare
        dateline, ``“,” ujar AKBP Arsya.`` or a closing tag alone in every export."""
        kept: list[Block] = []
        for block in blocks:
            if isinstance(block, Photo):
                if block.path.strip():
                    kept.append(block)
            elif isinstance(block, Paragraph | Quote) and block.text.strip():
                kept.append(block)
        return kept

    def paragraphs(self, text: str) -> list[str]:
        """A paragraph's text split at its line breaks: a line break the officer sees in the
        editor is a paragraph break in every export too."""
        return [part for part in _LINE_BREAKS.split(text.strip()) if part]

    def ref(self, block: Block) -> str:
        """``body.3``: which body block a document block comes from (the preview scrolls to
        the block being edited); empty for a block that is not in the body."""
        for index, candidate in enumerate(self._release.body):
            if candidate is block:
                return f"body.{index}"
        return ""

    def quote(self, block: Quote) -> dict[str, str]:
        """``{"words": "“...,”", "attribution": "ujar AKBP Arsya."}`` for a quote block;
        both empty for a quote without words (the template's element is then dropped)."""
        if not block.text.strip():
            return {"words": "", "attribution": ""}
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
