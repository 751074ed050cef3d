"""A release pasted as text (WhatsApp, Word, a web page) turned back into a draft.

Officers receive and keep releases as text: the WhatsApp group message, a Word file, the
news site. ``parse_release`` reads such a text into what the forms edit — headline, dateline,
body blocks, closing — so that exporting it again reads as the original with house style
applied. ``split_paragraphs`` is the smaller piece the editor uses when several paragraphs
are pasted into one block.

What is recognised (and what the export then changes, see docs/paste.md):

- line ends (CRLF, CR, Unicode separators), non-breaking and zero-width spaces, lines of
  spaces; a blank line always ends a paragraph, a single line end too unless the text is
  hard-wrapped (the line runs on without final punctuation into a lower-case word);
- the headline: a first short paragraph without a final period (WhatsApp ``*bold*`` or
  ``_italic_`` marks removed);
- the dateline: ``TULUNGAGUNG – ``, ``Malang - ``, ``*TRENGGALEK* — `` at the start of the
  first paragraph;
- quotes: a whole paragraph ``“…,” ujar AKBP Arsya.`` (straight or curly quotes, comma in
  or outside) whose speaker is one of the draft's officials, or ``“…,” tandasnya.`` after a
  known speaker; a speaker who is not certain is a question for the user
  (``ParsedRelease.questions``), an unknown one leaves the paragraph as it is;
- mentions in paragraphs: an official's full mention (as Rilis prints it) becomes ``@id``,
  so the first mention stays full and the later ``AKBP Arsya`` stay short;
- the closing tag ``(*)`` or ``(san/jan)``, alone or at the end of the last paragraph.

No Qt here: the GUI only calls this module.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from app.release import indonesian as ind
from app.release.model import MENTION, Block, Official, Paragraph, Photo, Quote, Release

logger = logging.getLogger(__name__)

HEADLINE_MAX_CHARS = 160
HEADLINE_MAX_WORDS = 25
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]+")
_SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', "’", "'", ")", "»", "…")
_WA_MARKS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")
"""WhatsApp bold ``*kata*`` (no space inside the marks, none glued to a word)."""
_WRAPPED = re.compile(r"^([*_~])(?=\S)(.*\S)\1$")
_DATELINE = re.compile(
    r"^(?P<star>\*?)(?P<city>[A-Z][\w.'’]*(?:[ ,]{1,2}[A-Z(][\w.'’()]*){0,6})(?P=star)"
    r"\s*(?:[–—]|-{1,2})\s+(?=\S)")
"""``TULUNGAGUNG – ``, ``Malang - ``, ``Polres PPU, IKN Nusantara – ``: capitalised words and
a dash with a space after it at the very start of the first paragraph."""
_CLOSING = re.compile(r"\s*(\((?:\*|[a-z]{2,5}(?:/[a-z]{2,5}){0,3})\))$")
_QUOTE = re.compile(
    r'^["“”„](?P<words>.+)["”“](?P<comma>[,.]?)\s+(?P<verb>[A-Za-z]+)'
    r"(?:\s+(?P<who>[^“”\"]+?))?\s*\.$", re.S)
"""A whole paragraph that is a quote and its attribution: ``“…,” ujar AKBP Arsya.``"""


@dataclass
class SpeakerQuestion:
    """A quote whose speaker Rilis is not sure of; the block stays a paragraph unless the
    user picks one of ``candidates`` (official ids) for ``quote``."""

    index: int
    quote: Quote
    candidates: list[str]
    original: str


@dataclass
class ParsedRelease:
    """What a pasted text holds; empty strings mean "not found"."""

    title: str = ""
    dateline: str = ""
    closing: str = ""
    blocks: list[Block] = field(default_factory=list)
    questions: list[SpeakerQuestion] = field(default_factory=list)

    def quotes(self) -> int:
        return sum(1 for block in self.blocks if isinstance(block, Quote))

    def resolve(self, question: SpeakerQuestion, speaker: str | None) -> None:
        """The user's answer: a speaker id makes the block a quote, None keeps the text."""
        if speaker:
            question.quote.speaker = speaker
            self.blocks[question.index] = question.quote


def is_blank_draft(release: Release) -> bool:
    """No headline and no body text yet: a pasted release may fill the whole draft."""
    return not release.title.strip() and not any(
        block.path.strip() if isinstance(block, Photo) else block.text.strip()
        for block in release.body)


# ---------------------------------------------------------------- text to paragraphs


def normalise_text(text: str) -> str:
    """One kind of line end, ordinary spaces, no invisible characters, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0b", "\n")
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def _runs_on(previous: str, following: str) -> bool:
    """A hard-wrapped line: no final punctuation, and the next line starts in lower case."""
    return (not previous.endswith(_SENTENCE_END) and bool(following)
            and following[0].islower())


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a pasted text, each on one line, empty ones dropped."""
    paragraphs: list[str] = []
    current = ""
    for line in normalise_text(text).split("\n"):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
        elif current and _runs_on(current, line):
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return paragraphs


def strip_chat_marks(text: str) -> str:
    """WhatsApp ``*bold*`` marks removed (the words stay); Rilis formats the release itself."""
    return _WA_MARKS.sub(r"\1", text)


def _unwrap(text: str) -> str:
    """A headline wrapped whole in WhatsApp marks (``*…*``, ``_…_``, ``~…~``)."""
    match = _WRAPPED.match(text)
    return match.group(2).strip() if match else text


# ---------------------------------------------------------------- parts of a release


def looks_like_headline(paragraph: str) -> bool:
    """A first short line without a final period."""
    text = _unwrap(paragraph)
    return (0 < len(text) <= HEADLINE_MAX_CHARS and len(text.split()) <= HEADLINE_MAX_WORDS
            and not text.endswith((".", ",", ";", ":")) and text[0] not in "“\"„("
            and _DATELINE.match(text) is None)


def split_dateline(paragraph: str) -> tuple[str, str]:
    """``("TULUNGAGUNG", rest)`` for a paragraph that opens with a dateline, else ``("", p)``."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return "", paragraph
    city = match.group("city").strip(" ,")
    words = city.replace(",", " ").split()
    if len(city) > 60 or not words or any(not word[0].isupper() and word[0] != "("
                                          for word in words):
        return "", paragraph
    return city, paragraph[match.end():]


def split_closing(paragraph: str) -> tuple[str, str]:
    """``(text, "(*)")`` when the paragraph ends with (or is) a closing tag."""
    match = _CLOSING.search(paragraph)
    if match is None:
        return paragraph, ""
    return paragraph[:match.start()].rstrip(), match.group(1)


def _key(text: str) -> str:
    return " ".join(text.replace(",", " , ").split()).casefold().rstrip(". ")


def _forms(person: Official) -> dict[str, str]:
    """The ways a release names an official, normalised, with how sure the match is."""
    forms: dict[str, str] = {}
    for text, kind in ((ind.position_mention(person), "position"),
                       (person.name, "name"),
                       (f"{person.rank} {person.name}", "name"),
                       (ind.short_mention(person), "short"),
                       (ind.full_mention(person), "full")):
        if text.strip():
            forms[_key(text)] = kind
    return forms


def match_speaker(who: str, officials: list[Official]) -> list[str]:
    """Ids of the officials an attribution (``AKBP Arsya``, ``Kapolres``) may name."""
    key = _key(who)
    if not key:
        return []
    return [person.id for person in officials if key in _forms(person)]


@dataclass
class _Mentions:
    """Turns an official's full mention into ``@id`` so house style decides the form."""

    officials: list[Official]
    mentioned: set[str] = field(default_factory=set)
    last: str = ""

    def convert(self, text: str) -> str:
        found: list[tuple[int, int, str, str]] = []
        for person in self.officials:
            if not MENTION.fullmatch(f"@{person.id}"):
                continue
            for form, kind in ((ind.full_mention(person), "full"),
                               (ind.short_mention(person), "short")):
                if not form.strip() or (kind == "short" and form == ind.full_mention(person)):
                    continue
                for match in re.finditer(re.escape(form), text):
                    found.append((match.start(), match.end(), person.id, kind))
        found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        pieces: list[str] = []
        position = 0
        for start, end, official_id, kind in found:
            if start < position:
                continue
            before = text[start - 1:start]
            after = text[end:end + 1]
            if (before and (before.isalnum() or before in "@.")) or (
                    after and (after.isalnum() or after in "-_@")):
                continue
            if kind == "short" and official_id not in self.mentioned:
                self.last = official_id  # named, though not in the full form Rilis needs
                continue
            token = f"@{official_id}" if kind == "short" or official_id not in self.mentioned \
                else f"@{official_id}:lengkap"
            pieces.append(text[position:start])
            pieces.append(token)
            position = end
            self.mentioned.add(official_id)
            self.last = official_id
        pieces.append(text[position:])
        return "".join(pieces)


def parse_quote(paragraph: str) -> tuple[str, str, str] | None:
    """``(words, verb, who)`` of a paragraph that is one quote with its attribution.

    Quotes with double quotes inside (or two quotes in one paragraph) are not taken apart:
    the paragraph then stays as it was written.
    """
    match = _QUOTE.match(paragraph)
    if match is None:
        return None
    verb = match.group("verb")
    who = (match.group("who") or "").strip()
    words = match.group("words").strip()
    if not ind.attribution_verb(verb) or not verb.islower() or not words:
        return None
    if (ind.is_nya_verb(verb) and who) or any(mark in words for mark in '"“”'):
        return None
    while words.endswith((",", ".")) and not words.endswith("..."):
        words = words[:-1].rstrip()  # the template puts the comma back, inside the quote
    return (words, verb, who) if words else None


def _quote_block(paragraph: str, officials: list[Official], mentions: _Mentions,
                 last_speaker: str) -> tuple[Quote | None, list[str]]:
    """The quote and, when its speaker is not certain, the officials it may be by.

    ``(None, [])`` when the paragraph is no quote or names someone who is not one of the
    draft's officials: it then stays a paragraph, exactly as written.
    """
    parsed = parse_quote(paragraph)
    if parsed is None or not officials:
        return None, []
    words, verb, who = parsed
    quote = Quote(text=words, verb=verb)
    if who:
        candidates = match_speaker(who, officials)
        if not candidates:
            return None, []
    else:  # ``tandasnya``: the speaker quoted or named just before
        context = last_speaker or mentions.last
        candidates = [context] if context else [person.id for person in officials]
        if not context:
            return quote, candidates
    if len(candidates) == 1:
        quote.speaker = candidates[0]
        return quote, []
    return quote, candidates


def parse_release(text: str, officials: list[Official] | None = None) -> ParsedRelease:
    """Headline, dateline, blocks and closing of a pasted release (see the module doc)."""
    officials = list(officials or [])
    paragraphs = [strip_chat_marks(_unwrap(p)) if index == 0 else strip_chat_marks(p)
                  for index, p in enumerate(split_paragraphs(text))]
    result = ParsedRelease()
    if not paragraphs:
        return result
    if len(paragraphs) > 1 and looks_like_headline(paragraphs[0]):
        result.title = _unwrap(paragraphs.pop(0))
    last_text, closing = split_closing(paragraphs[-1])
    if closing:
        result.closing = closing
        if last_text:
            paragraphs[-1] = last_text
        else:
            paragraphs.pop()
    if paragraphs:
        city, rest = split_dateline(paragraphs[0])
        if city and rest:
            result.dateline = city
            paragraphs[0] = rest
    mentions = _Mentions(officials)
    last_speaker = ""
    for paragraph in paragraphs:
        quote, candidates = _quote_block(paragraph, officials, mentions, last_speaker)
        index = len(result.blocks)
        if quote is not None and not candidates:
            result.blocks.append(quote)
            last_speaker = quote.speaker
            mentions.mentioned.add(quote.speaker)
            mentions.last = quote.speaker
            continue
        if quote is not None and candidates:
            result.questions.append(SpeakerQuestion(index, quote, candidates, paragraph))
            result.blocks.append(Paragraph(text=paragraph))
            continue
        result.blocks.append(Paragraph(text=mentions.convert(paragraph)))
        last_speaker = ""
    logger.debug("pasted release: %d blocks, %d quotes, %d questions", len(result.blocks),
                 result.quotes(), len(result.questions))
    return result
