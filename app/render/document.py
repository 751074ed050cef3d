"""The document structure every writer serialises: blocks of inline runs.

A template renders a small XML vocabulary (documented in docs/templates.md); ``parse_markup``
turns it into these dataclasses. One template therefore drives HTML, DOCX and text alike.

Vocabulary (root ``<document title=".." author=".." lang="id">``):
  blocks  ``<title> <subtitle> <heading> <p> <quote> <letterhead> <info> <note> <closing>``
          (each may have ``align="left|center|right|justify"``), ``<list ordered="true">``
          with ``<item>``, ``<image src caption credit role="photo|emblem"/>``, ``<rule/>``;
          a text block or image may carry ``ref="body.3"``, the draft block it shows
  inline  ``<b> <i> <a href=".."> <br/>``
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.parsers import expat

from app.base.errors import TemplateError

TEXT_STYLES: tuple[str, ...] = (
    "title", "subtitle", "heading", "p", "quote", "letterhead", "info", "note", "closing",
)
ALIGNMENTS: tuple[str, ...] = ("left", "center", "right", "justify")
SAFE_URL = re.compile(r"(?i)^(https?://|mailto:)[^\s\"'<>\\]+$")
_SPACES = re.compile(r"[ \t\r\n]+")
_REF = re.compile(r"^[a-z]+(\.\d{1,4})?$")
_XML_FORBIDDEN = "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
"""Compiled on first use only: its surrogate range makes ``re`` build a 64K-entry table,
about a millisecond of every ``rilis render`` that text without such characters needs not."""


def xml_clean(text: str) -> str:
    """Remove characters XML 1.0 forbids (control characters, lone surrogates)."""
    # Every forbidden character is a control, a surrogate or a non-character, so text that
    # is printable once its tabs and line ends are set aside has none (most text).
    if text.isprintable() or text.replace("\n", "").replace("\t", "").replace(
            "\r", "").isprintable():
        return text
    return re.sub(_XML_FORBIDDEN, "", text)


@dataclass(frozen=True)
class Run:
    """A piece of text with one formatting; ``"\\n"`` alone is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""


@dataclass
class TextBlock:
    """A paragraph of one style (``p``, ``title``, ``quote``…): a writer's paragraph."""

    style: str
    runs: list[Run]
    align: str = ""
    ref: str = ""
    """The draft block shown (``body.3``), for the preview; writers of files ignore it."""

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class ListBlock:
    """A numbered or bulleted list, each item a line of runs."""

    ordered: bool
    items: list[list[Run]]


@dataclass
class ImageBlock:
    """A photo or the emblem, by path: each writer embeds it in its own way."""

    src: str
    caption: str = ""
    credit: str = ""
    role: str = "photo"
    ref: str = ""


@dataclass
class RuleBlock:
    """A horizontal line between parts of the release."""


DocBlock = TextBlock | ListBlock | ImageBlock | RuleBlock


@dataclass
class Document:
    """The rendered release that every writer serialises.

    (Each dataclass here has a docstring: without one, ``dataclass`` computes a signature
    for it with ``inspect``, a cost every ``rilis render`` pays at start-up.)"""

    title: str = ""
    author: str = ""
    lang: str = "id"
    blocks: list[DocBlock] = field(default_factory=list)
    mark: str = ""
    """A watermark word (``DRAF``) for a release that is not approved; empty when final."""
    notices: list[str] = field(default_factory=list)
    """Lines about the document rather than in it: draft status, approval, embargo."""

    def text_blocks(self, style: str | None = None) -> Iterator[TextBlock]:
        for block in self.blocks:
            if isinstance(block, TextBlock) and (style is None or block.style == style):
                yield block


def safe_url(url: str) -> str:
    """The URL if it is http(s) or mailto, else empty: no ``javascript:`` ever reaches a link."""
    url = url.strip()
    return url if SAFE_URL.match(url) else ""


MAX_BLOCKS = 10_000
"""Blocks (and list items) in one document. A release has tens; DOCX export of 10,000
takes seconds, of 100,000 over a minute, so more is refused before anything is written."""
MAX_INLINE_DEPTH = 100
"""Nesting of ``<b>``/``<i>``/``<a>`` inside a block (5,000 used to overflow the stack)."""


class _Element:
    """One element of a template's output: what ``xml.etree`` would give, without loading
    it (and ``defusedxml``), which cost every ``rilis render`` a few milliseconds."""

    __slots__ = ("attrib", "children", "tag", "tail", "text")

    def __init__(self, tag: str, attrib: dict[str, str]) -> None:
        self.tag = tag
        self.attrib = attrib
        self.text: str | None = None
        self.tail: str | None = None
        self.children: list[_Element] = []

    def get(self, key: str, default: str = "") -> str:
        return self.attrib.get(key, default)

    def __iter__(self) -> Iterator[_Element]:
        return iter(self.children)

    def __len__(self) -> int:
        return len(self.children)


class _Refused(Exception):
    """The markup declares a DTD, an entity or an external reference."""


def _fixname(name: str) -> str:
    return "{" + name if "}" in name else name


def _parse(markup: str) -> _Element:
    """The markup as a tree, built as ``defusedxml.ElementTree.fromstring(markup,
    forbid_dtd=True)`` builds it (expat with the same handlers, text and tails joined the
    same way, comments and processing instructions dropped); raises ``_Refused`` for a
    DTD or entity and ``expat.ExpatError`` (with ``lineno``/``offset``) for bad XML."""
    parser = expat.ParserCreate(None, "}")
    stack: list[_Element] = []
    data: list[str] = []
    state: dict[str, _Element | bool | None] = {"root": None, "last": None, "tail": False}

    def flush() -> None:
        last = state["last"]
        if data and isinstance(last, _Element):
            text = "".join(data)
            if state["tail"]:
                last.tail = text
            else:
                last.text = text
        data.clear()

    def start(tag: str, attributes: list[str]) -> None:
        flush()
        element = _Element(_fixname(tag), {_fixname(attributes[i]): attributes[i + 1]
                                           for i in range(0, len(attributes), 2)})
        if stack:
            stack[-1].children.append(element)
        elif state["root"] is None:
            state["root"] = element
        stack.append(element)
        state["last"], state["tail"] = element, False

    def end(tag: str) -> None:
        flush()
        state["last"], state["tail"] = stack.pop(), True

    def default(text: str) -> None:
        if text[:1] == "&":  # an entity no DTD defines
            error = expat.ExpatError(f"undefined entity {text}: line {parser.ErrorLineNumber}, "
                                     f"column {parser.ErrorColumnNumber}")
            error.lineno = parser.ErrorLineNumber
            error.offset = parser.ErrorColumnNumber
            raise error

    def refuse(*_arguments: object) -> int:
        raise _Refused

    parser.DefaultHandlerExpand = default
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data.append
    parser.CommentHandler = lambda _text: None
    parser.ProcessingInstructionHandler = lambda _target, _text: None
    parser.buffer_text = True
    parser.ordered_attributes = True
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.Parse(markup, False)
    parser.Parse(b"", True)
    root = state["root"]
    assert isinstance(root, _Element)  # expat reports a document without an element
    return root


def _inline(element: _Element, bold: bool, italic: bool, href: str, out: list[Run],
            depth: int = 0) -> None:
    if depth > MAX_INLINE_DEPTH:
        raise TemplateError(f"Teks bersarang terlalu dalam (lebih dari {MAX_INLINE_DEPTH} "
                            "tingkat <b>/<i>/<a>).")
    if element.text:
        out.append(Run(element.text, bold, italic, href))
    for child in element:
        tag = child.tag
        if tag == "br":
            out.append(Run("\n", bold, italic, href))
        elif tag in ("b", "strong"):
            _inline(child, True, italic, href, out, depth + 1)
        elif tag in ("i", "em"):
            _inline(child, bold, True, href, out, depth + 1)
        elif tag == "a":
            _inline(child, bold, italic, safe_url(child.get("href", "")) or href, out,
                    depth + 1)
        else:
            raise TemplateError(f"Tag <{tag}> tidak dikenal di dalam teks.")
        if child.tail:
            out.append(Run(child.tail, bold, italic, href))


def _normalise(runs: list[Run]) -> list[Run]:
    """Collapse whitespace like HTML does, trim the block's ends, merge equal neighbours."""
    result: list[Run] = []
    pending: list[list[str]] = []
    previous_space = True
    for run in runs:
        if run.text == "\n":
            result.append(run)
            pending.append([run.text])
            previous_space = True
            continue
        text = _SPACES.sub(" ", run.text)
        if previous_space:
            text = text.lstrip(" ")
        if not text:
            continue
        previous_space = text.endswith(" ")
        last = result[-1] if result else None
        if last and last.text != "\n" and (last.bold, last.italic, last.href) == (
                run.bold, run.italic, run.href):
            pending[-1].append(text)  # joined once below: += on a growing run is quadratic
        else:
            result.append(Run(text, run.bold, run.italic, run.href))
            pending.append([text])
    result = [Run("".join(texts), run.bold, run.italic, run.href) if len(texts) > 1 else run
              for run, texts in zip(result, pending, strict=True)]
    while result and result[-1].text != "\n" and result[-1].text.endswith(" "):
        last = result.pop()
        if last.text.rstrip(" "):
            result.append(Run(last.text.rstrip(" "), last.bold, last.italic, last.href))
            break
    return result


def _runs(element: _Element) -> list[Run]:
    raw: list[Run] = []
    _inline(element, False, False, "", raw)
    return _normalise(raw)


def _ref(element: _Element) -> str:
    """A well-formed ``ref`` (``body.3``) or empty: it ends up as an HTML anchor."""
    ref = element.get("ref", "").strip()
    return ref if _REF.fullmatch(ref) else ""


def _block(element: _Element) -> DocBlock | None:
    tag = element.tag
    if tag in TEXT_STYLES:
        align = element.get("align", "")
        if align and align not in ALIGNMENTS:
            raise TemplateError(f"align='{align}' tidak dikenal (left, center, right, justify).")
        runs = _runs(element)
        return TextBlock(tag, runs, align, _ref(element)) if runs else None
    if tag == "list":
        items = []
        for child in element:
            if child.tag != "item":
                raise TemplateError(f"<list> hanya berisi <item>, bukan <{child.tag}>.")
            runs = _runs(child)
            if runs:
                items.append(runs)
        ordered = element.get("ordered", "false").lower() in ("true", "1", "yes")
        return ListBlock(ordered, items) if items else None
    if tag == "image":
        src = element.get("src", "").strip()
        if not src:
            return None
        return ImageBlock(src, _SPACES.sub(" ", element.get("caption", "")).strip(),
                          _SPACES.sub(" ", element.get("credit", "")).strip(),
                          element.get("role", "photo"), _ref(element))
    if tag == "rule":
        return RuleBlock()
    raise TemplateError(f"Tag <{tag}> tidak dikenal sebagai blok dokumen.")


def parse_markup(markup: str) -> Document:
    """Build a Document from a template's output; untrusted, so DTDs and entities are refused."""
    try:
        root = _parse(markup)
    except _Refused as error:
        raise TemplateError("Templat memakai DTD/entitas XML, yang tidak diizinkan.") from error
    except expat.ExpatError as error:
        line, column = error.lineno, error.offset
        raise TemplateError(
            f"Keluaran templat bukan XML dokumen yang sah (baris {line}, kolom {column})."
        ) from error
    if root.tag != "document":
        raise TemplateError("Keluaran templat harus berakar pada <document>.")
    document = Document(
        title=_SPACES.sub(" ", root.get("title", "")).strip(),
        author=_SPACES.sub(" ", root.get("author", "")).strip(),
        lang=root.get("lang", "id"),
    )
    count = len(root) + sum(len(child) for child in root if child.tag == "list")
    if count > MAX_BLOCKS:
        raise TemplateError(f"Dokumen terlalu panjang: {count:,} blok (batas {MAX_BLOCKS:,}); "
                            "gabungkan paragraf atau pecah rilisnya.".replace(",", "."))
    for child in root:
        block = _block(child)
        if block is not None:
            document.blocks.append(block)
    return document
