"""WhatsApp writer: the release as chat messages for the journalists' group.

WhatsApp's own markup: ``*bold*`` (the title, the dateline, headings), ``_italic_`` (foreign
terms the document marks italic), paragraphs separated by a blank line, links bare so the
app makes them tappable. A release that is not approved carries its DRAF line at the top of
every message, since each message can be forwarded alone.

Splitting: WhatsApp accepts 65,536 characters in a message, but shows only the first ~700
before *Baca selengkapnya* ("Read more"), and a 700-character cut would scatter an ordinary
release (2,500–4,000 characters) over five or six messages that other members' messages
interleave. So a message holds up to ``MESSAGE_LIMIT`` (4,000) characters: a usual release
stays one message a journalist copies whole, and a long one (a full *siaran pers*, a case
with many suspects) becomes a few numbered parts ``(1/3)``, cut between paragraphs (within
a paragraph only if it alone is longer, at a sentence end). The *versi singkat* (lead and
one quote, for a status or a photo caption) keeps to ``SHORT_LIMIT`` (700), WhatsApp's
limit for a text status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.render.document import Document, ImageBlock, ListBlock, Run, TextBlock

MESSAGE_LIMIT = 4000
SHORT_LIMIT = 700
_MARKERS = {"bold": "*", "italic": "_"}
_SENTENCE_END = re.compile(r"(?<=[.!?…”\"])\s+")


@dataclass(frozen=True)
class ChatPhoto:
    """A photo to send beside the text: the file to compress, and its caption."""

    number: int
    src: str
    caption: str
    credit: str

    @property
    def name(self) -> str:
        return f"foto-{self.number}"

    @property
    def caption_text(self) -> str:
        """The caption as WhatsApp shows it under the photo."""
        credit = f" (Foto: {self.credit})" if self.credit else ""
        return f"{self.caption or 'Tanpa keterangan'}{credit}"


def _wrap(text: str, marker: str) -> str:
    """``*text*`` with the spaces outside: WhatsApp ignores ``* text *``."""
    core = text.strip()
    if not core or core == "\n":
        return text
    start = text[: len(text) - len(text.lstrip())]
    end = text[len(text.rstrip()):]
    return f"{start}{marker}{core}{marker}{end}"


def _runs(runs: list[Run], bold_all: bool = False) -> str:
    """Runs as WhatsApp text; a link's address follows its words, bare."""
    parts: list[str] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        if run.href:
            words = ""
            href = run.href
            while index < len(runs) and runs[index].href == href:
                words += runs[index].text
                index += 1
            address = href.removeprefix("mailto:")
            words = words.strip()
            parts.append(address if words in (address, href) else f"{words} {address}")
            continue
        text = run.text
        if run.italic and text.strip():
            text = _wrap(text, _MARKERS["italic"])
        if run.bold and not bold_all and text.strip():
            text = _wrap(text, _MARKERS["bold"])
        parts.append(text)
        index += 1
    joined = "".join(parts)
    return _wrap(joined, _MARKERS["bold"]) if bold_all else joined


def _related_item(runs: list[Run]) -> str:
    """A related story: its headline, then its link bare on the next line."""
    hrefs = [run.href for run in runs if run.href]
    title = "".join(run.text for run in runs).strip()
    return f"- {title}\n{hrefs[0]}" if hrefs else f"- {title}"


def paragraphs(document: Document) -> tuple[list[str], list[ChatPhoto]]:
    """The release's chunks (one per paragraph, heading or list) and its photos."""
    chunks: list[str] = []
    photos: list[ChatPhoto] = []
    for block in document.blocks:
        if isinstance(block, TextBlock):
            bold = block.style in ("title", "heading", "letterhead", "subtitle")
            chunks.append(_runs(block.runs, bold_all=bold))
        elif isinstance(block, ListBlock):
            if any(run.href for item in block.items for run in item) and \
                    not block.ordered:
                chunks.append("\n".join(_related_item(item) for item in block.items))
            else:
                chunks.append("\n".join(
                    (f"{number}. " if block.ordered else "- ") + _runs(item)
                    for number, item in enumerate(block.items, start=1)))
        elif isinstance(block, ImageBlock):
            if block.role == "emblem":
                continue
            photo = ChatPhoto(len(photos) + 1, block.src, block.caption, block.credit)
            photos.append(photo)
            chunks.append(f"[Foto {photo.number}: {photo.caption_text}]")
    return [chunk for chunk in chunks if chunk.strip()], photos


def header_lines(document: Document) -> list[str]:
    """The DRAF line (bold) while not approved, then an embargo; nothing for approval."""
    lines = []
    for index, notice in enumerate(document.notices):
        if index == 0 and not document.mark:
            continue  # "Disetujui oleh …": for the file's header, not for the group
        lines.append(_wrap(f"[{notice}]", _MARKERS["bold"]))
    return lines


def _split_long(chunk: str, limit: int) -> list[str]:
    """A chunk longer than ``limit``: cut at sentence ends, else at spaces."""
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(chunk.strip()):
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            if current:
                pieces.append(current)
                current = ""
            pieces.append(sentence[:cut].rstrip())
            sentence = sentence[cut:].lstrip()
        candidate = f"{current} {sentence}" if current else sentence
        if len(candidate) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces


def split_messages(chunks: list[str], header: list[str],
                   limit: int = MESSAGE_LIMIT) -> list[str]:
    """Chunks packed into messages of at most ``limit`` characters, each starting with
    ``header`` and, when there are several, numbered ``(1/N)``."""
    top = "\n".join(header)
    # room for the header, the "(12/12)" line and the blank lines between them
    room = limit - len(top) - len("(99/99)") - 6
    if room < 200:
        raise ValueError(f"message limit {limit} leaves no room for the text")
    pieces: list[str] = []
    for chunk in chunks:
        pieces += [chunk] if len(chunk) <= room else _split_long(chunk, room)
    groups: list[list[str]] = [[]]
    size = 0
    for piece in pieces:
        added = len(piece) + (2 if groups[-1] else 0)
        if groups[-1] and size + added > room:
            groups.append([])
            size, added = 0, len(piece)
        groups[-1].append(piece)
        size += added
    total = len(groups)
    messages = []
    for number, group in enumerate(groups, start=1):
        lines = [top] if top else []
        if total > 1:
            lines.append(f"({number}/{total})")
        lines.append("\n\n".join(group))
        messages.append("\n\n".join(lines))
    return messages


def write_whatsapp(document: Document, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The release as one or more WhatsApp messages (each within ``limit`` characters)."""
    chunks, _photos = paragraphs(document)
    return split_messages(chunks, header_lines(document), limit)


def chat_photos(document: Document) -> list[ChatPhoto]:
    return paragraphs(document)[1]


def write_short(document: Document, limit: int = SHORT_LIMIT) -> str:
    """*Versi singkat*: the title, the lead paragraph and the first quote (dropped, then
    the lead cut at a sentence, when over ``limit``), with the DRAF line when due."""
    title = next((block for block in document.text_blocks("title")), None)
    lead = next((block for block in document.text_blocks("p")), None)
    quote = next((block for block in document.text_blocks("quote")), None)
    header = "\n".join(header_lines(document))
    parts = [_runs(title.runs, bold_all=True)] if title else []
    lead_text = _runs(lead.runs) if lead else ""
    quote_text = _runs(quote.runs) if quote else ""

    def assemble(*body: str) -> str:
        return "\n\n".join(part for part in (header, *parts, *body) if part)

    text = assemble(lead_text, quote_text)
    if len(text) <= limit:
        return text
    text = assemble(lead_text)
    if len(text) <= limit:
        return text
    room = limit - len(assemble("")) - 3
    cut = ""
    for sentence in _SENTENCE_END.split(lead_text):
        candidate = f"{cut} {sentence}".strip()
        if len(candidate) > room:
            break
        cut = candidate
    if not cut:
        cut = lead_text[:room].rsplit(" ", 1)[0] + " …"
    return assemble(cut)
