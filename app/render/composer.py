"""House style applied while a template renders: mentions, quotes, event tokens.

A ``Composer`` lives for one render and remembers which officials have been named, so the
first mention is full (``Kapolres Tulungagung, AKBP Teuku Arsya Khadafi, S.H., ...``) and
later ones short (``AKBP Arsya``) whatever the order the template prints blocks in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.release import indonesian as ind
from app.release.model import MENTION, Block, Official, Paragraph, Photo, Quote, Release
from app.render import event_line

_LINE_BREAKS = re.compile(r"\s*\n\s*")
_SENTENCE_GOES_ON = re.compile(r"[ \t]+[a-z]")
"""After a full mention (*Kapolres Contoh, AKBP Budi, S.H.*) the sentence goes on with a
lower-case word: the apposition it opened takes its closing comma (*…, S.H., bersama*)."""
EVENT_TOKENS: frozenset[str] = frozenset({"acara", "tempat", "hari", "tanggal", "pukul"})
"""``@acara`` etc. in paragraph text print the event's fields; not usable as official ids."""


class Composer:
    """House-style helpers for one render; remembers who has been mentioned already."""

    def __init__(self, release: Release) -> None:
        self._release = release
        self._mentioned: set[str] = set()
        self._event_told = False
        self._event_gaps: event_line.Missing | None = None
        self._people: dict[str, Official] | None = None

    def _person(self, official_id: str) -> Official | None:
        """``release.official`` through an index built once per render: a release with
        10,000 officials and a mention of each is otherwise quadratic."""
        if self._people is None:
            self._people = {}
            for person in self._release.officials:
                self._people.setdefault(person.id, person)
        return self._people.get(official_id)

    def mention(self, official_id: str, form: str = "") -> str:
        """Full form on the first mention of an official, rank and short name later."""
        person = self._person(official_id)
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

    def event_gaps(self) -> event_line.Missing:
        """What of the event (date, place) the body's own words leave out, judged on the
        body as printed (tokens and mentions resolved)."""
        if self._event_gaps is None:
            scratch = Composer(self._release)
            words = " ".join(scratch.text(block.text) for block in self._release.body
                             if isinstance(block, Paragraph | Quote))
            self._event_gaps = event_line.missing(words, self._release.event)
        return self._event_gaps

    def event_line_needed(self) -> bool:
        """True while the attribution sentence is still due: the form names an event (its
        name or place: a new draft's date alone is today's, not an event), the body does
        not state its date or place (``app.render.event_line``) and no sentence has been printed."""
        event = self._release.event
        return not self._event_told and bool(event.name.strip() or event.place.strip()) \
            and bool(self.filled(self._release.body)) and bool(self.event_gaps())

    def event_line(self) -> str:
        """The attribution sentence (once per render), naming the official in full when
        this is the first mention; empty when not due."""
        if not self.event_line_needed():
            return ""
        self._event_told = True
        speaker = self._speaker()
        mention = self.mention(speaker) if speaker else ""
        return event_line.attribution_sentence(self._release.event, self.event_gaps(), mention)

    def _speaker(self) -> str:
        """The official the attribution sentence names: the first block's speaker or
        first mention, else the first speaker quoted, else the first official."""
        ids = [person.id for person in self._release.officials]
        texts = [block for block in self.filled(self._release.body)
                 if isinstance(block, Paragraph | Quote)]
        if texts:
            first = texts[0]
            if isinstance(first, Quote) and first.speaker in ids:
                return first.speaker
            for match in MENTION.finditer(first.text):
                if match.group(1) in ids:
                    return match.group(1)
        for block in texts:
            if isinstance(block, Quote) and block.speaker in ids:
                return block.speaker
        return ids[0] if ids else ""

    def text(self, text: str) -> str:
        """Paragraph text with ``@id`` mentions and event tokens resolved.

        A degree's closing period is not doubled at the end of a sentence.
        """
        pieces: list[str] = []
        position = 0
        for match in MENTION.finditer(text):
            key = match.group(1)
            event_value = self.event_field(key) if not match.group(2) else None
            if event_value is None and self._person(key) is None:
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
            elif ind.opens_apposition(mention) and _SENTENCE_GOES_ON.match(text, position):
                mention += ","
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
        person = self._person(block.speaker)
        attribution = ""
        if person is not None and not ind.is_nya_verb(verb):
            attribution = self.mention(person.id)
        elif person is not None:
            self._mentioned.add(person.id)
        words, tail = ind.quote_sentence(self.text(block.text), verb, attribution)
        return {"words": words, "attribution": tail}

    def official(self, official_id: str) -> Official | None:
        return self._person(official_id)
