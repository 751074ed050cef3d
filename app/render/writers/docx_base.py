"""The empty documents every DOCX export starts from, built with python-docx.

The export path imports python-docx here, and only when a base is not in the user cache
yet or a unit's reference document is used (and, in :func:`app.render.writers.docx.image_metrics`,
for an image ``app.render.images`` did not write): the page, Rilis's named
styles, and — in the *kop* variant — the header paragraphs that the review notices and
the DRAF watermark fill. :mod:`app.render.writers.docx` then adds the release at the XML level.
Each paragraph that a notice fills carries the attribute ``rilis-kop`` (removed when it
is filled), so the writer finds it without knowing how python-docx laid the headers out.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from app.render.writers.docx import RILIS_STYLES

logger = logging.getLogger(__name__)

BODY_FONT = "Liberation Serif"
"""Metric-compatible with Times New Roman; Word substitutes it with Times New Roman."""
HEADING_FONT = "Liberation Sans"
HEADER_MARK = "rilis-kop"
"""Attribute on a header paragraph the writer fills with the notices (then removed)."""
STAMP_MARK = "rilis-waktu"
"""Attribute on core properties python-docx made up for a reference document: the writer
sets their ``modified`` to the time of export (as python-docx did), then removes it."""



def _set_fonts(font: Any, name: str, size: float, bold: bool | None = None,
               italic: bool | None = None) -> None:
    font.name = name
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = RGBColor(0, 0, 0)
    fonts = font.element.rPr.rFonts if font.element.rPr is not None else None
    if fonts is not None:
        fonts.set(qn("w:eastAsia"), name)
        fonts.set(qn("w:cs"), name)


def _paragraph_style(doc: Any, name: str, base: str = "Normal") -> Any:
    styles = doc.styles
    try:
        return styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
        return style


def _setup_styles(doc: Any) -> None:
    normal = doc.styles["Normal"]
    _set_fonts(normal.font, BODY_FONT, 12)
    normal.paragraph_format.space_after = Pt(0)
    set_language(doc)

    body = doc.styles["Body Text"]
    _set_fonts(body.font, BODY_FONT, 12)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.space_after = Pt(8)
    body.paragraph_format.line_spacing = 1.15

    title = doc.styles["Title"]
    _set_fonts(title.font, HEADING_FONT, 18, bold=True)
    title.paragraph_format.space_before = Pt(6)
    title.paragraph_format.space_after = Pt(12)
    _remove_border(title)

    subtitle = doc.styles["Subtitle"]
    _set_fonts(subtitle.font, HEADING_FONT, 13, italic=False)

    heading = doc.styles["Heading 2"]
    _set_fonts(heading.font, HEADING_FONT, 12, bold=True)
    heading.paragraph_format.space_before = Pt(14)
    heading.paragraph_format.space_after = Pt(4)

    quote = doc.styles["Quote"]
    _set_fonts(quote.font, BODY_FONT, 12, italic=False)
    quote.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    quote.paragraph_format.space_after = Pt(8)
    quote.paragraph_format.line_spacing = 1.15
    quote.paragraph_format.left_indent = Cm(0)
    quote.paragraph_format.right_indent = Cm(0)

    for name in ("List Number", "List Bullet"):
        _set_fonts(doc.styles[name].font, BODY_FONT, 12)
        doc.styles[name].paragraph_format.space_after = Pt(3)

    caption = doc.styles["Caption"]
    _set_fonts(caption.font, BODY_FONT, 10, italic=True)
    caption.paragraph_format.space_after = Pt(10)

    letterhead = _paragraph_style(doc, "Kop Surat")
    _set_fonts(letterhead.font, HEADING_FONT, 14, bold=True)
    letterhead.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = _paragraph_style(doc, "Info Rilis")
    _set_fonts(info.font, BODY_FONT, 12)

    note = _paragraph_style(doc, "Catatan Rilis")
    _set_fonts(note.font, BODY_FONT, 12, bold=True)
    note.paragraph_format.space_before = Pt(6)
    note.paragraph_format.space_after = Pt(6)

    closing = _paragraph_style(doc, "Penutup Rilis", "Body Text")
    _set_fonts(closing.font, BODY_FONT, 12)


def set_language(doc: Any) -> None:
    """Indonesian proofing language, so Word checks the release in the right dictionary."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "id-ID")


def _remove_border(style: Any) -> None:
    ppr = style.element.find(qn("w:pPr"))
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def _setup_page(doc: Any) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(2.5)
    section.bottom_margin = Cm(2.5)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer._p.append(field)


_KEEP_STYLES = frozenset({"Normal", "DefaultParagraphFont", "TableNormal", "NoList",
                          "TableGrid", "Hyperlink"})
_UNUSED_RELATIONSHIPS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RELATIONSHIP_TYPE.CUSTOM_XML,
    RELATIONSHIP_TYPE.THUMBNAIL,
)


def _prune(doc: Any) -> None:
    """Drop what python-docx's default template carries and a release never uses: ~800 kB
    of unused style definitions, a Word 2010 styles copy, a thumbnail and a bibliography
    part. Parsing and writing them was most of the cost of every export."""
    styles_element = doc.styles.element
    by_id = {style.get(qn("w:styleId")): style for style in styles_element.findall(qn("w:style"))}
    wanted = {doc.styles[name].style_id for name in RILIS_STYLES} | _KEEP_STYLES
    pending = list(wanted)
    while pending:
        style = by_id.get(pending.pop())
        if style is None:
            continue
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = style.find(qn(tag))
            target = ref.get(qn("w:val")) if ref is not None else None
            if target and target not in wanted:
                wanted.add(target)
                pending.append(target)
    for style_id, style in by_id.items():
        if style_id not in wanted:
            styles_element.remove(style)
    for latent in styles_element.findall(qn("w:latentStyles")):
        styles_element.remove(latent)
    for owner in (doc.part, doc.part.package):
        for rel_id, rel in list(owner.rels.items()):
            if rel.reltype in _UNUSED_RELATIONSHIPS:
                del owner.rels[rel_id]


def _saved(doc: Any) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _add_header_paragraphs(doc: Any, reference: bool) -> None:
    """The paragraphs the notices go in, marked with ``HEADER_MARK``: the header's own
    first paragraph in Rilis's base; under a reference document, a paragraph of its own
    above each header's first line (first page, other pages, even pages), so the unit's
    headers are kept."""
    section = doc.sections[0]
    if not reference:
        section.header.paragraphs[0]._p.set(HEADER_MARK, "1")
        return
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    if doc.settings.odd_and_even_pages_header_footer:
        headers.append(section.even_page_header)
    for header in headers:
        existing = header.paragraphs
        paragraph = (existing[0].insert_paragraph_before() if existing
                     else header.add_paragraph())
        paragraph.style = None
        paragraph._p.set(HEADER_MARK, "1")


def build_base(header: bool) -> bytes:
    """An empty A4 document with Rilis's styles (and, with ``header``, the header the
    notices fill)."""
    doc = docx.Document()
    _setup_page(doc)
    _setup_styles(doc)
    _prune(doc)
    doc.core_properties  # noqa: B018  # the part the writer fills (python-docx adds it lazily)
    if header:
        _add_header_paragraphs(doc, reference=False)
    return _saved(doc)


def build_reference_base(path: Path, plain_base: bytes, header: bool) -> bytes:
    """The reference document made into an empty base with Rilis's missing styles (copied
    from ``plain_base``, Rilis's own)."""
    from app.render.writers.reference_doc import (
        ReferenceError,
        clean_reference,
        merge_styles,
        read_reference,
    )

    cleaned = clean_reference(read_reference(path), path.name)
    try:
        doc = docx.Document(io.BytesIO(cleaned))
        copied = merge_styles(doc, docx.Document(io.BytesIO(plain_base)), RILIS_STYLES)
        had_core = any(rel.reltype == RELATIONSHIP_TYPE.CORE_PROPERTIES
                       for rel in doc.part.package.rels.values())
        core = doc.core_properties  # python-docx's default when the reference has none
        if not had_core:
            core._element.set(STAMP_MARK, "1")  # dated by the writer, at each export
        if header:
            _add_header_paragraphs(doc, reference=True)
    except Exception as error:  # python-docx raises many types on parts it cannot map
        raise ReferenceError(f"Dokumen acuan {path.name} tidak dapat dipakai: "
                             "bagiannya tidak dikenali.") from error
    logger.info("reference %s: Rilis styles added %s", path.name, copied)
    set_language(doc)
    return _saved(doc)

