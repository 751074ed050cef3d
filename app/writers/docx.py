"""DOCX writer (python-docx): A4, named styles a supervisor can restyle, page numbers.

Styles used: Title, Subtitle, Heading 2, Body Text, Quote, List Number, List Bullet,
Caption, and Rilis's own "Kop Surat", "Info Rilis", "Catatan Rilis" and "Penutup Rilis".
Related stories become real hyperlinks (python-docx has no API: ``w:hyperlink`` with a
relationship is built here). Text is stripped of characters XML forbids before it
reaches python-docx, which would raise on them.
"""

from __future__ import annotations

import hashlib
import io
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

import docx
import lxml.etree  # type: ignore[import-untyped]
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor

from app.cache import private_dir, read_entry, write_entry
from app.document import (
    Document,
    ImageBlock,
    ListBlock,
    Run,
    TextBlock,
    safe_url,
    xml_clean,
)
from app.docx_source import embed_source
from app.images import prepare_image
from app.model import Release

logger = logging.getLogger(__name__)

BODY_FONT = "Liberation Serif"
"""Metric-compatible with Times New Roman; Word substitutes it with Times New Roman."""
HEADING_FONT = "Liberation Sans"

STYLE_FOR: dict[str, str] = {
    "title": "Title",
    "subtitle": "Subtitle",
    "heading": "Heading 2",
    "p": "Body Text",
    "quote": "Quote",
    "letterhead": "Kop Surat",
    "info": "Info Rilis",
    "note": "Catatan Rilis",
    "closing": "Penutup Rilis",
}
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


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
    _set_language(doc)

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


def _set_language(doc: Any) -> None:
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


def _element(tag: str, **attributes: str) -> Any:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _run_element(text: str, bold: bool, italic: bool, link: bool = False) -> Any:
    """A ``w:r`` built directly: python-docx's ``add_run`` inspects the text character by
    character (for tabs and breaks), which was a tenth of the export time."""
    run = OxmlElement("w:r")
    # CT_RPr children must keep the schema's order (rStyle, b, i, color, u) or Word
    # reports the file as damaged.
    props = [_element("w:rStyle", val="Hyperlink")] if link else []
    props += [OxmlElement("w:b")] * bold + [OxmlElement("w:i")] * italic
    if link:
        props += [_element("w:color", val="0645AD"), _element("w:u", val="single")]
    if props:
        container = OxmlElement("w:rPr")
        for prop in props:
            container.append(prop)
        run.append(container)
    node = OxmlElement("w:t")
    node.set(qn("xml:space"), "preserve")
    node.text = text
    run.append(node)
    return run


def _add_hyperlink(paragraph: Any, url: str, text: str, bold: bool, italic: bool) -> None:
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    link.append(_run_element(text, bold, italic, link=True))
    paragraph._p.append(link)


def _append_run(paragraph: Any, text: str, bold: bool, italic: bool) -> None:
    if "\t" in text or "\n" in text or "\r" in text:
        added = paragraph.add_run(text)  # python-docx turns these into w:tab / w:br
        added.bold = bold or None
        added.italic = italic or None
        return
    paragraph._p.append(_run_element(text, bold, italic))


def _add_runs(paragraph: Any, runs: list[Run]) -> None:
    for run in runs:
        if run.text == "\n":
            paragraph.add_run().add_break()
            continue
        text = xml_clean(run.text)
        href = safe_url(run.href)
        if href:
            _add_hyperlink(paragraph, href, text, run.bold, run.italic)
            continue
        _append_run(paragraph, text, run.bold, run.italic)


def _add_rule(doc: Any) -> None:
    paragraph = doc.add_paragraph()
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "12"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    ppr.append(borders)


def _content_width(doc: Any) -> int:
    section = doc.sections[0]
    return int(section.page_width - section.left_margin - section.right_margin)


def _add_image(doc: Any, block: ImageBlock, paragraphs: _StyledParagraphs) -> None:
    prepared = prepare_image(block.src)
    if prepared is None:
        missing = f"[Foto tidak dapat dibaca: {block.caption or block.src}]"
        paragraphs.add("Caption").add_run(xml_clean(missing))
        return
    max_width = _content_width(doc) if block.role != "emblem" else int(Cm(2.5))
    max_height = int(Cm(12)) if block.role != "emblem" else int(Cm(2.5))
    scale = min(max_width / prepared.width, max_height / prepared.height)
    width = Emu(int(prepared.width * scale))
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run().add_picture(io.BytesIO(prepared.data), width=width)
    caption = " ".join(part for part in (block.caption, f"({block.credit})" if block.credit
                                         else "") if part)
    if caption and block.role != "emblem":
        paragraphs.add("Caption").add_run(xml_clean(caption))


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
    wanted = {doc.styles[name].style_id for name in set(STYLE_FOR.values())
              | {"List Number", "List Bullet", "Caption", "Body Text"}} | _KEEP_STYLES
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


def _xml_escape(text: str) -> str:
    """``xml.sax.saxutils.escape`` with quotes, without its import of urllib (~30 ms)."""
    return (text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace('"', "&quot;"))


BASE_CACHE_FOLDER = "docx"
_BASE_CACHE_FORMAT = b"rilis-docx-base-1\n"


@lru_cache(maxsize=1)
def _base_template() -> bytes:
    """An empty A4 document with Rilis's styles, built once per process (saves ~15 ms)
    and kept in the user cache (``app.cache``), which saves a one-draft ``rilis render``
    another ~30 ms. The entry is keyed by this module's source and the python-docx and
    lxml versions: the only inputs of :func:`_build_base_template`."""
    try:
        source = Path(__file__).read_bytes()
    except OSError:
        return _build_base_template()
    header = _BASE_CACHE_FORMAT + (
        f"{hashlib.sha256(source).hexdigest()} {docx.__version__} "
        f"{'.'.join(map(str, lxml.etree.LXML_VERSION))}\n").encode()
    folder = private_dir(BASE_CACHE_FOLDER)
    if folder is not None:
        cached = read_entry(folder, "base.docx", header)
        if cached:
            return cached
    data = _build_base_template()
    if folder is not None:
        write_entry(folder, "base.docx", header, data)
    return data


def _build_base_template() -> bytes:
    doc = docx.Document()
    _setup_page(doc)
    _setup_styles(doc)
    _prune(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


class _StyledParagraphs:
    """Adds paragraphs with a style id looked up once; python-docx scans all styles per call."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self._ids: dict[str, str] = {}

    def add(self, style_name: str) -> Any:
        style_id = self._ids.get(style_name)
        if style_id is None:
            style_id = self._doc.styles[style_name].style_id
            self._ids[style_name] = style_id
        paragraph = self._doc.add_paragraph()
        paragraph._p.get_or_add_pPr().get_or_add_pStyle().val = style_id
        return paragraph


_VML_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
_WATERMARK = (
    '<w:r {ns}><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
    '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
    '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>'
    '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s1025" '
    'type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:430pt;'
    'height:140pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;'
    'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#c0392b" '
    'stroked="f"><v:fill opacity=".2"/><v:textpath on="t" fitshape="t" '
    'style="font-family:&quot;Liberation Sans'
    '&quot;;font-size:1pt;font-weight:bold" string="{text}"/></v:shape></w:pict></w:r>'
)


def _add_header(doc: Any, document: Document, reference: bool = False) -> None:
    """Review notices in the page header, and the DRAF watermark behind every page.

    Under a reference document the unit's headers are kept: the notices go in a paragraph
    of their own above each header's first line (first page, other pages, even pages)."""
    if not document.notices and not document.mark:
        return
    if not reference:
        _fill_header(doc.sections[0].header.paragraphs[0], document)
        return
    section = doc.sections[0]
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
        _fill_header(paragraph, document)


def _fill_header(paragraph: Any, document: Document) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for index, line in enumerate(document.notices):
        run = paragraph.add_run(xml_clean(line))
        run.font.size = Pt(9)
        run.bold = bool(document.mark) and index == 0
        if document.mark:
            run.font.color.rgb = RGBColor(0xC0, 0x39, 0x2B)
        if index < len(document.notices) - 1:
            run.add_break()
    if document.mark:
        text = _xml_escape(xml_clean(document.mark))
        paragraph._p.append(parse_xml(_WATERMARK.format(ns=_VML_NS, text=text)))


RILIS_STYLES: tuple[str, ...] = (*dict.fromkeys(STYLE_FOR.values()), "Body Text",
                                  "List Number", "List Bullet", "Caption")
"""Every style an export uses: a reference document's own definitions win for these."""


@lru_cache(maxsize=4)
def _reference_base(path: str, stamp: tuple[int, int]) -> bytes:
    """The reference document made into an empty base with Rilis's missing styles; cached
    per file and modification (``stamp``), so a batch reads and cleans it once."""
    from app.writers.reference_doc import clean_reference, merge_styles, read_reference

    del stamp
    reference = Path(path)
    cleaned = clean_reference(read_reference(reference), reference.name)
    try:
        doc = docx.Document(io.BytesIO(cleaned))
        copied = merge_styles(doc, docx.Document(io.BytesIO(_base_template())), RILIS_STYLES)
    except Exception as error:  # python-docx raises many types on parts it cannot map
        from app.writers.reference_doc import ReferenceError

        raise ReferenceError(f"Dokumen acuan {reference.name} tidak dapat dipakai: "
                             "bagiannya tidak dikenali.") from error
    logger.info("reference %s: Rilis styles added %s", reference.name, copied)
    _set_language(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def reference_base(path: Path) -> bytes:
    """The base package for exports under ``path`` (see :mod:`app.writers.reference_doc`)."""
    try:
        info = path.stat()
        stamp = (info.st_mtime_ns, info.st_size)
    except OSError:
        stamp = (0, 0)  # read_reference reports the problem in Indonesian
    return _reference_base(str(path), stamp)


def write_docx(document: Document, source: Release | None = None,
               reference: Path | None = None) -> bytes:
    """The DOCX file's bytes; with ``source`` the draft travels inside the file.

    ``reference``: a unit's Word document whose page, headers, footers and styles the
    export takes (``app.export`` finds the one that applies, :mod:`app.references`)."""
    base = _base_template() if reference is None else reference_base(reference)
    doc = docx.Document(io.BytesIO(base))
    paragraphs = _StyledParagraphs(doc)
    _add_header(doc, document, reference is not None)
    core = doc.core_properties
    core.title = xml_clean(document.title)[:255]
    core.author = xml_clean(document.author)[:255] or "Rilis"
    core.language = "id-ID"
    core.comments = "Dibuat dengan Rilis"
    for block in document.blocks:
        if isinstance(block, TextBlock):
            paragraph = paragraphs.add(STYLE_FOR.get(block.style, "Body Text"))
            if block.align:
                paragraph.alignment = ALIGN[block.align]
            _add_runs(paragraph, block.runs)
        elif isinstance(block, ListBlock):
            style = "List Number" if block.ordered else "List Bullet"
            for item in block.items:
                _add_runs(paragraphs.add(style), item)
        elif isinstance(block, ImageBlock):
            _add_image(doc, block, paragraphs)
        else:
            _add_rule(doc)
    if source is not None:
        embed_source(doc, source)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
