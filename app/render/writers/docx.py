"""DOCX writer: A4, named styles a supervisor can restyle, page numbers.

Styles used: Title, Subtitle, Heading 2, Body Text, Quote, List Number, List Bullet,
Caption, and Rilis's own "Kop Surat", "Info Rilis", "Catatan Rilis" and "Penutup Rilis".
Related stories become real hyperlinks (``w:hyperlink`` with a relationship). Text is
stripped of characters XML forbids.

The release is written into an empty base document as XML text
(:mod:`app.render.writers.docx_package`): python-docx, which builds the base, costs a one-draft
``rilis render`` about 45 ms to import and lxml another 5–25 ms, and the base is in the
user cache on every run but the first. The XML added is exactly what python-docx's own
calls (``add_paragraph``, ``add_run``, ``add_picture``, core properties, the custom XML
parts) used to add, as lxml writes it; the golden files (``tests/golden/``) hold it. A
reference document whose parts use other namespace prefixes or another layout goes the
tree path instead (:mod:`app.render.writers.docx_tree`, lxml), which adds the same elements.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import re
import struct
import time
from functools import lru_cache
from pathlib import Path

from app.base.cache import private_dir, read_entry, write_entry
from app.base.errors import ExportError
from app.release.model import Release
from app.render.document import (
    Document,
    ImageBlock,
    ListBlock,
    Run,
    TextBlock,
    safe_url,
    xml_clean,
)
from app.render.writers.docx_package import Package, escape_attribute, escape_text, unescape

logger = logging.getLogger(__name__)

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
RILIS_STYLES: tuple[str, ...] = (*dict.fromkeys(STYLE_FOR.values()), "List Number",
                                  "List Bullet", "Caption")
"""Every style an export uses: a reference document's own definitions win for these."""
ALIGN = {"left": "left", "center": "center", "right": "right", "justify": "both"}
"""Block alignment → ``w:jc`` value."""
INTERNAL_NAMES = {"Caption": "caption", "Heading 2": "heading 2"}
"""UI style names python-docx translates to the names in ``styles.xml`` (``BabelFish``)."""
HEADER_MARK = "rilis-kop"
"""Attribute the base puts on each header paragraph the notices fill (``docx_base``)."""
STAMP_MARK = "rilis-waktu"
"""Attribute on core properties the export dates (``docx_base``)."""

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DC = "http://purl.org/dc/elements/1.1/"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT = _RELS + "officeDocument"
CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/" \
    "core-properties"
HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"


W_PREFIXES = {"w": W, "r": _R}
"""The prefixes the text path writes, which the main document part must bind so."""
_DRAWING = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
            "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture", "r": _R}
_VML = {"v": "urn:schemas-microsoft-com:vml", "o": "urn:schemas-microsoft-com:office:office",
        "w": W}


# -- the base ----------------------------------------------------------------------------

BASE_CACHE_FOLDER = "docx"
_BASE_CACHE_FORMAT = b"rilis-docx-base-2\n"


def _base_key() -> bytes:
    """What the base depends on: the module that builds it, python-docx and lxml (their
    ``__init__`` files read, not imported: each names its version)."""
    sha = hashlib.sha256(Path(__file__).with_name("docx_base.py").read_bytes())
    for package in ("docx", "lxml"):
        spec = importlib.util.find_spec(package)
        origin = spec.origin if spec is not None and spec.origin else package
        try:
            sha.update(Path(origin).read_bytes())
        except OSError:  # inside a frozen app's archive: the bundle fixes the versions
            sha.update(origin.encode("utf-8", "replace"))
    return _BASE_CACHE_FORMAT + f"{sha.hexdigest()}\n".encode()


@lru_cache(maxsize=2)
def _base_template(header: bool = False) -> bytes:
    """An empty A4 document with Rilis's styles (``header``: with the header the notices
    fill), built once per process and kept in the user cache (``app.base.cache``): a one-draft
    ``rilis render`` then never imports python-docx."""
    try:
        key = _base_key()
    except OSError:
        return _build_base_template(header)
    folder = private_dir(BASE_CACHE_FOLDER)
    name = "base-kop.docx" if header else "base.docx"
    if folder is not None:
        cached = read_entry(folder, name, key)
        if cached:
            return cached
    data = _build_base_template(header)
    if folder is not None:
        write_entry(folder, name, key, data)
    return data


def _build_base_template(header: bool = False) -> bytes:
    from app.render.writers.docx_base import build_base

    return build_base(header)


@lru_cache(maxsize=4)
def _reference_base(path: str, stamp: tuple[int, int], header: bool) -> bytes:
    """The reference document made into an empty base with Rilis's missing styles; cached
    per file and modification (``stamp``), so a batch reads and cleans it once."""
    from app.render.writers.docx_base import build_reference_base

    del stamp
    return build_reference_base(Path(path), _base_template(), header)


def reference_base(path: Path, header: bool = False) -> bytes:
    """The base package for exports under ``path`` (see :mod:`app.render.writers.reference_doc`)."""
    try:
        info = path.stat()
        stamp = (info.st_mtime_ns, info.st_size)
    except OSError:
        stamp = (0, 0)  # read_reference reports the problem in Indonesian
    return _reference_base(str(path), stamp, header)


# -- images ------------------------------------------------------------------------------

EMU_PER_INCH = 914400
EMU_PER_CM = 360000
EMU_PER_TWIP = 635
INLINE_XML = (
    '<wp:inline{ns}>'
    '<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{id}" name="Picture {id}"/>'
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/>'
    '</a:graphic></wp:inline>')
PICTURE_XML = (
    '<pic:pic{ns}>'
    '<pic:nvPicPr><pic:cNvPr id="0" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    '<a:prstGeom prst="rect"/></pic:spPr></pic:pic>')
"""python-docx's ``CT_Inline`` and ``CT_Picture`` with their values filled in; ``ns``: the
namespace declarations lxml keeps on each once it is in the document."""
PICTURE_SLOT = '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/>'
"""Where the picture goes in ``INLINE_XML``."""


def _jfif_dpi(units: int, density: int) -> int:
    """python-docx's ``_App0Marker._dpi``."""
    if units == 1:
        return density
    if units == 2:
        return round(density * 2.54)
    return 72


def _png_dpi(unit: int, per_unit: int) -> int:
    """python-docx's ``_PngParser._dpi``."""
    return round(per_unit * 0.0254) if unit == 1 and per_unit else 72


def _dpi(data: bytes) -> tuple[int, int] | None:
    """Horizontal and vertical dpi as python-docx reads them, for the JPEG (JFIF) and PNG
    files ``app.render.images`` writes; None for anything else."""
    if data[:4] == b"\xff\xd8\xff\xe0" and data[6:10] == b"JFIF" and len(data) >= 18:
        units = data[13]
        x_density, y_density = struct.unpack(">HH", data[14:18])
        return _jfif_dpi(units, x_density), _jfif_dpi(units, y_density)
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        offset = 8
        while offset + 8 <= len(data):
            length, kind = struct.unpack(">I4s", data[offset:offset + 8])
            if kind == b"pHYs" and length >= 9:
                x_ppu, y_ppu, unit = struct.unpack(">IIB", data[offset + 8:offset + 17])
                return _png_dpi(unit, x_ppu), _png_dpi(unit, y_ppu)
            if kind == b"IEND":
                break
            offset += 12 + length
        return 72, 72
    return None


def image_metrics(data: bytes, width: int, height: int) -> tuple[str, str, int, int]:
    """(extension, content type, native width, native height in EMU) of an image, as
    python-docx computes them."""
    dpi = _dpi(data)
    if dpi is None:  # not written by app.render.images: let python-docx read it
        from docx.image.image import Image

        image = Image.from_blob(data)
        return image.ext, image.content_type, int(image.width), int(image.height)
    extension, content_type = ("png", "image/png") if data[:4] == b"\x89PNG" \
        else ("jpg", "image/jpeg")
    return (extension, content_type, int(width / dpi[0] * EMU_PER_INCH),
            int(height / dpi[1] * EMU_PER_INCH))


EMU_PER_TWIP = 635


# -- the writer --------------------------------------------------------------------------


def declarations(wanted: dict[str, str], present: dict[str, str]) -> str:
    """The ``xmlns`` declarations lxml keeps on an element moved under ``present`` (the
    bindings in scope there): those not already bound the same way."""
    return "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in wanted.items()
                   if present.get(prefix) != uri)


def _compatible(wanted: dict[str, str], present: dict[str, str]) -> bool:
    """Whether ``present`` binds each wanted namespace, if at all, to the same prefix."""
    by_uri = {uri: prefix for prefix, uri in present.items()}
    return all(present.get(prefix, uri) == uri and by_uri.get(uri, prefix) == prefix
               for prefix, uri in wanted.items())


_START_TAG = re.compile(r"<(?![?!])([^\s/>]+)([^>]*)>")
_XMLNS = re.compile(r'\sxmlns:([\w.-]+)="([^"]*)"')


def root_namespaces(text: str) -> dict[str, str]:
    """The prefixes the root element of a part binds (``{"w": W, …}``)."""
    match = _START_TAG.search(text)
    return dict(_XMLNS.findall(match.group(2))) if match else {}


def _element(tag: str, content: str, attributes: str = "") -> str:
    """``<tag attributes>content</tag>``, or ``<tag attributes/>`` when empty (as lxml)."""
    return f"<{tag}{attributes}>{content}</{tag}>" if content else f"<{tag}{attributes}/>"


def _val(tag: str, value: str) -> str:
    return f'<{tag} w:val="{escape_attribute(value)}"/>'


def text_xml(text: str) -> str:
    """A run's content for ``text``, as python-docx's ``Run.text`` writes it: ``w:t``
    pieces, ``w:tab`` for a tab and ``w:br`` for a line end; ``xml:space`` only where a
    piece starts or ends with a space."""
    out = []
    for line_number, line in enumerate(text.replace("\r", "\n").split("\n")):
        if line_number:
            out.append("<w:br/>")
        for tab_number, chunk in enumerate(line.split("\t")):
            if tab_number:
                out.append("<w:tab/>")
            if chunk:
                space = ' xml:space="preserve"' if len(chunk.strip()) < len(chunk) else ""
                out.append(f"<w:t{space}>{escape_text(chunk)}</w:t>")
    return "".join(out)


def run_xml(text: str, bold: bool, italic: bool, link: bool = False) -> str:
    flags = "<w:b/>" * bold + "<w:i/>" * italic
    if not link and ("\t" in text or "\n" in text or "\r" in text):
        # python-docx's add_run(text), then .bold/.italic, which always add w:rPr
        return f"<w:r>{_element('w:rPr', flags)}{text_xml(text)}</w:r>"
    # CT_RPr children keep the schema's order (rStyle, b, i, color, u) or Word reports
    # the file as damaged.
    props = (_val("w:rStyle", "Hyperlink") + flags + _val("w:color", "0645AD")
             + _val("w:u", "single")) if link else flags
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape_text(text)}</w:t></w:r>'


def plain_run_xml(text: str) -> str:
    """``paragraph.add_run(text)``: a run without properties."""
    return _element("w:r", text_xml(text))


_SECTION_ATTRIBUTE = {name: re.compile(rf'<w:{tag}\b[^>]*?\sw:{name}="(-?\d+)"')
                      for tag, name in (("pgSz", "w"), ("pgMar", "left"), ("pgMar", "right"))}
_ID_ATTRIBUTE = re.compile(r'\sid="(\d+)"')
_TAG = re.compile(r"<[^>]+>")
_STYLE = re.compile(r"<w:style\b([^>]*?)(?:/>|>(.*?)</w:style>)", re.S)
_STYLE_ID = re.compile(r'\sw:styleId="([^"]*)"')
_STYLE_NAME = re.compile(r'<w:name\b[^>]*?\sw:val="([^"]*)"')
_MARKED = re.compile(r'<w:p rilis-kop="1">(?:<w:pPr/>|<w:pPr>((?:(?!</w:pPr>).)*)</w:pPr>)?</w:p>',
                     re.S)


class _Unexpected(Exception):
    """A part is not laid out as the text path expects: the tree path writes the file."""


class BlockWriter:
    """What both DOCX paths share: finding a style by name, sizing a photo, the order in
    which blocks become paragraphs. The text path (:class:`_TextWriter`) and the tree path
    (``docx_tree``) only say how a paragraph, a picture and a rule are written."""

    package: Package
    main: str
    _style_ids: tuple[dict[str, str], dict[str, str]] | None = None

    def style_id(self, name: str) -> str:
        """The id of the style with this name, as python-docx's ``doc.styles[name]`` finds
        it: by name (Word's internal ``heading 2``, ``caption``), else by id."""
        if self._style_ids is None:
            self._style_ids = self.read_style_ids()
        by_name, by_id = self._style_ids
        found = by_name.get(INTERNAL_NAMES.get(name, name)) or by_id.get(name)
        if not found:
            raise ExportError(f"Gaya '{name}' tidak ada di dokumen dasar DOCX.")
        return found

    def read_style_ids(self) -> tuple[dict[str, str], dict[str, str]]:
        """The style ids of the base, by style name and by id."""
        raise NotImplementedError

    def text(self, style_name: str, runs: list[Run], align: str = "") -> None:
        raise NotImplementedError

    def caption(self, text: str) -> None:
        raise NotImplementedError

    def rule(self) -> None:
        raise NotImplementedError

    def content_width(self) -> int:
        raise NotImplementedError

    def next_shape_id(self) -> int:
        raise NotImplementedError

    def picture(self, rid: str, extension: str, width: int, height: int,
                shape_id: int) -> None:
        raise NotImplementedError

    def image(self, block: ImageBlock) -> None:
        from app.render.images import prepare_image  # Pillow's side: only for a release with photos

        prepared = prepare_image(block.src)
        if prepared is None:
            self.caption(xml_clean(f"[Foto tidak dapat dibaca: {block.caption or block.src}]"))
            return
        emblem = block.role == "emblem"
        max_width = self.content_width() if not emblem else int(2.5 * EMU_PER_CM)
        max_height = int(12 * EMU_PER_CM) if not emblem else int(2.5 * EMU_PER_CM)
        scale = min(max_width / prepared.width, max_height / prepared.height)
        width = int(prepared.width * scale)
        extension, content_type, native_width, native_height = image_metrics(
            prepared.data, prepared.width, prepared.height)
        height = round(native_height * (float(width) / float(native_width)))
        partname = self.package.image_part(prepared.data, extension, content_type)
        rid = self.package.relate(self.main, _RELS + "image", partname)
        self.picture(rid, extension, width, height, self.next_shape_id())
        caption = " ".join(part for part in (block.caption, f"({block.credit})" if block.credit
                                             else "") if part)
        if caption and not emblem:
            self.caption(xml_clean(caption))

    def blocks(self, document: Document) -> None:
        for block in document.blocks:
            if isinstance(block, TextBlock):
                self.text(STYLE_FOR.get(block.style, "Body Text"), block.runs,
                          ALIGN[block.align] if block.align else "")
            elif isinstance(block, ListBlock):
                style = "List Number" if block.ordered else "List Bullet"
                for item in block.items:
                    self.text(style, item)
            elif isinstance(block, ImageBlock):
                self.image(block)
            else:
                self.rule()


class _TextWriter(BlockWriter):
    """Adds the release to the main document part of ``package`` as XML text."""

    def __init__(self, package: Package, main: str) -> None:
        self.package = package
        self.main = main
        self.document = package.text(main)
        self.namespaces = root_namespaces(self.document)
        self.body: list[str] = []
        self._style_ids: tuple[dict[str, str], dict[str, str]] | None = None
        self._last_id: int | None = None

    def body_end(self) -> int:
        """Where paragraphs go: before the body's ``w:sectPr``."""
        end = self.document.rfind("</w:body>")
        start = self.document.rfind("<w:sectPr", 0, end)
        if end < 0 or start < 0 or not self.document[start:end].endswith("</w:sectPr>") \
                or "<w:sectPrChange" in self.document \
                or not _compatible(W_PREFIXES, self.namespaces) \
                or not _compatible(_DRAWING, self.namespaces):
            raise _Unexpected(self.main)
        return start

    # styles

    def read_style_ids(self) -> tuple[dict[str, str], dict[str, str]]:
        by_name: dict[str, str] = {}
        by_id: dict[str, str] = {}
        styles = self.package.related(self.main, _RELS + "styles")
        text = self.package.text(styles) if styles is not None else ""
        for attributes, content in _STYLE.findall(text):
            found = _STYLE_ID.search(attributes)
            style_id = unescape(found.group(1)) if found else ""
            by_id.setdefault(style_id, style_id)
            for name in _STYLE_NAME.findall(content or ""):
                by_name.setdefault(unescape(name), style_id)
        return by_name, by_id

    # paragraphs

    def styled(self, style_name: str, content: str, align: str = "") -> None:
        jc = _val("w:jc", align) if align else ""
        self.body.append(f"<w:p><w:pPr>{_val('w:pStyle', self.style_id(style_name))}{jc}"
                         f"</w:pPr>{content}</w:p>")

    def text(self, style_name: str, runs: list[Run], align: str = "") -> None:
        self.styled(style_name, self.runs_xml(runs), align)

    def caption(self, text: str) -> None:
        self.styled("Caption", plain_run_xml(text))

    def runs_xml(self, runs: list[Run]) -> str:
        out = []
        for run in runs:
            if run.text == "\n":
                out.append("<w:r><w:br/></w:r>")
                continue
            text = xml_clean(run.text)
            href = safe_url(run.href)
            if href:
                rid = self.package.relate(self.main, _RELS + "hyperlink", href, external=True)
                out.append(f'<w:hyperlink r:id="{rid}">'
                           f"{run_xml(text, run.bold, run.italic, link=True)}</w:hyperlink>")
                continue
            out.append(run_xml(text, run.bold, run.italic))
        return "".join(out)

    def rule(self) -> None:
        self.body.append('<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" '
                         'w:space="1" w:color="000000"/></w:pBdr></w:pPr></w:p>')

    # images

    def content_width(self) -> int:
        """Page width less the side margins of the first section, in EMU."""
        start = self.document.find("<w:sectPr")
        section = self.document[start:self.document.find("</w:sectPr>", start)] \
            if start >= 0 else ""
        values = [pattern.search(section) for pattern in _SECTION_ATTRIBUTE.values()]
        if not all(values):
            return int((21.0 - 2.5 - 2.0) * EMU_PER_CM)  # Rilis's own A4 page
        width, left, right = (int(value.group(1)) * EMU_PER_TWIP for value in values if value)
        return width - left - right

    def next_shape_id(self) -> int:
        """python-docx's ``next_id``: one more than the largest ``id`` attribute."""
        if self._last_id is None:
            used = [int(value) for tag in _TAG.findall(self.document)
                    for value in _ID_ATTRIBUTE.findall(tag)]
            self._last_id = max(used, default=0)
        self._last_id += 1
        return self._last_id

    def picture(self, rid: str, extension: str, width: int, height: int,
                shape_id: int) -> None:
        inline_ns = declarations(_DRAWING, self.namespaces)
        picture = PICTURE_XML.format(ns="", name=escape_attribute(f"image.{extension}"),
                                     rid=rid, cx=width, cy=height)
        inline = INLINE_XML.format(ns=inline_ns, cx=width, cy=height, id=shape_id)
        inline = inline.replace(PICTURE_SLOT, PICTURE_SLOT[:-2] + ">" + picture
                                + "</a:graphicData>")
        self.body.append('<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>'
                         f"<w:r><w:drawing>{inline}</w:drawing></w:r></w:p>")

    # the whole release

    def finish(self, at: int) -> None:
        self.package.set_text(self.main, self.document[:at] + "".join(self.body)
                              + self.document[at:])


def add_source(package: Package, main: str, release: Release) -> None:
    """The draft as a custom XML part (``app.render.writers.draft_part``)."""
    from app.render.writers.draft_part import (
        ITEM_CONTENT_TYPE,
        PROPS_CONTENT_TYPE,
        item_xml,
        props_xml,
    )

    item = package.unused_partname("/customXml/item%d.xml")
    number = item[len("/customXml/item"):-len(".xml")]
    props = f"/customXml/itemProps{number}.xml"
    package.add_part(item, ITEM_CONTENT_TYPE, item_xml(release))
    package.add_part(props, PROPS_CONTENT_TYPE, props_xml())
    package.relate(item, _RELS + "customXmlProps", props)
    package.relate(main, _RELS + "customXml", item)


WATERMARK_XML = (
    '<w:r{ns}><w:pict>'
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



# -- header and core properties ----------------------------------------------------------


def watermark_text(mark: str) -> str:
    """The mark as the watermark's ``string`` attribute holds it once parsed (white space
    normalised to spaces) and written again."""
    value = xml_clean(mark).replace("\r\n", "\n").replace("\r", " ").replace("\n", " ") \
        .replace("\t", " ")
    return escape_attribute(value)


def header_xml(inner: str, document: Document, namespaces: dict[str, str]) -> str:
    """The notice paragraph: centred, the notices in 9 pt (the first in bold red under the
    DRAF mark), then the watermark behind the page."""
    runs = []
    for index, line in enumerate(document.notices):
        bold = "<w:b/>" if document.mark and index == 0 else '<w:b w:val="0"/>'
        color = '<w:color w:val="C0392B"/>' if document.mark else ""
        brk = "<w:br/>" if index < len(document.notices) - 1 else ""
        runs.append(f'<w:r><w:rPr>{bold}{color}<w:sz w:val="18"/></w:rPr>'
                    f"{text_xml(xml_clean(line))}{brk}</w:r>")
    if document.mark:
        runs.append(WATERMARK_XML.format(ns=declarations(_VML, namespaces),
                                         text=watermark_text(document.mark)))
    return f'<w:p><w:pPr>{inner}<w:jc w:val="center"/></w:pPr>{"".join(runs)}</w:p>'


def _header_edits(package: Package, document: Document) -> dict[str, str]:
    """Each header part with its notice paragraphs filled."""
    edits = {}
    for name in package.partnames(HEADER_TYPE):
        text = package.text(name)
        if HEADER_MARK not in text:
            continue
        namespaces = root_namespaces(text)
        if not (_compatible({"w": W}, namespaces) and _compatible(_VML, namespaces)):
            raise _Unexpected(name)
        def fill(match: re.Match[str], bound: dict[str, str] = namespaces) -> str:
            return header_xml(match.group(1) or "", document, bound)

        filled, count = _MARKED.subn(fill, text)
        if count != text.count(HEADER_MARK):
            raise _Unexpected(name)
        edits[name] = filled
    return edits


def _core_edit(package: Package, document: Document) -> tuple[str, str] | None:
    """The core properties part with the title, author, language and comment set (the
    modification time too for a reference python-docx gave them); None without one."""
    core = package.related("/", CORE_PROPERTIES)
    if core is None:
        return None
    text = package.text(core)
    if not _compatible({"dc": _DC}, root_namespaces(text)):
        raise _Unexpected(core)
    stamp = f' {STAMP_MARK}="1"'
    if stamp in text:
        text = text.replace(stamp, "", 1)
        text = re.sub(r"(<dcterms:modified\b[^>]*>)[^<]*(</dcterms:modified>)",
                      lambda m: m.group(1) + time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
                      + m.group(2), text, count=1)
    for name, value in (("title", xml_clean(document.title)[:255]),
                        ("creator", xml_clean(document.author)[:255] or "Rilis"),
                        ("language", "id-ID"), ("description", "Dibuat dengan Rilis")):
        element = f"<dc:{name}>{escape_text(value)}</dc:{name}>"
        start = text.find(f"<dc:{name}")
        if start < 0:  # appended as the root's last child
            end = text.rfind("</")
            text = text[:end] + element + text[end:]
            continue
        empty, opened = f"<dc:{name}/>", f"<dc:{name}>"
        if text.startswith(empty, start):
            end = start + len(empty)
        elif text.startswith(opened, start) and "<" not in text[start + len(opened):
                                                                 text.find("</", start)]:
            end = text.find(f"</dc:{name}>", start) + len(f"</dc:{name}>")
        else:
            raise _Unexpected(core)
        text = text[:start] + element + text[end:]
    return core, text


def write_docx(document: Document, source: Release | None = None,
               reference: Path | None = None) -> bytes:
    """The DOCX file's bytes; with ``source`` the draft travels inside the file.

    ``reference``: a unit's Word document whose page, headers, footers and styles the
    export takes (``app.render.export`` finds the one that applies,
    :mod:`app.render.references`)."""
    header = bool(document.notices or document.mark)
    base = _base_template(header) if reference is None else reference_base(reference, header)
    package = Package(base)
    main = package.related("/", OFFICE_DOCUMENT)
    if main is None:
        raise ExportError("Dasar DOCX rusak: dokumen utamanya tidak ada.")
    writer = _TextWriter(package, main)
    try:  # nothing is changed before these checks
        at = writer.body_end()
        headers = _header_edits(package, document) if header else {}
        core = _core_edit(package, document)
    except _Unexpected as error:
        logger.info("DOCX base part %s: tree path", error)
        from app.render.writers.docx_tree import write_tree

        return write_tree(package, document, source, header)
    for name, text in headers.items():
        package.set_text(name, text)
    if core:
        package.set_text(*core)
    writer.blocks(document)
    writer.finish(at)
    if source is not None:
        add_source(package, main, source)
    return package.to_bytes()
