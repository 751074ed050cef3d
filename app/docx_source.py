"""DOCX files that carry their draft: embed it, find it again, see what Word changed.

Every DOCX Rilis writes holds the draft as a custom XML part (``customXml/itemN.xml``, the
mechanism Word and LibreOffice keep when they re-save a file), base64-encoded so no
character of the draft can break the XML. ``rilis open FILE.docx`` and the app's Open
rebuild the draft exactly; when the supervisor edited the text, the paragraphs are compared
with the embedded draft's rendering so the officer can take the edits over.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import logging
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from app.document import ListBlock, TextBlock
from app.draftfile import loads, shareable_dict
from app.errors import DraftError, RilisError
from app.model import Paragraph, Release
from app.templating import render_document
from app.userfile import MAX_DOCX_BYTES, read_user_file
from app.zipread import ZipMemberError, read_member

if TYPE_CHECKING:
    from app.diff import FieldDiff
    from app.docx_review import ReturnedDocx

logger = logging.getLogger(__name__)

NAMESPACE = "urn:rilis:draft"
_PAYLOAD = re.compile(rb"<rilis:draft\b[^>]*>([A-Za-z0-9+/=\s]*)</rilis:draft>")
_DATELINE = re.compile(r"^([A-Z][A-Z .,'-]{1,60}) – ")
_SKIPPED_STYLES = ("Caption",)

ITEM_CONTENT_TYPE = "application/xml"
PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def _item_xml(release: Release) -> bytes:
    compact = json.dumps(shareable_dict(release), ensure_ascii=False, separators=(",", ":"))
    payload = base64.b64encode(compact.encode("utf-8")).decode("ascii")
    lines = "\n".join(payload[i:i + 76] for i in range(0, len(payload), 76))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<rilis:draft xmlns:rilis="{NAMESPACE}" format="json" encoding="base64">\n'
            f"{lines}\n</rilis:draft>\n").encode("ascii")


def _props_xml() -> bytes:
    item_id = "{" + str(uuid.uuid4()).upper() + "}"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            f'<ds:datastoreItem ds:itemID="{item_id}" xmlns:ds="http://schemas.openxmlformats'
            f'.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri='
            f'"{NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>').encode("ascii")


def embed_source(doc: Any, release: Release) -> None:
    """Add the draft to a python-docx document before it is saved."""
    package = doc.part.package
    used = {str(part.partname) for part in package.iter_parts()}
    number = 1
    while f"/customXml/item{number}.xml" in used:
        number += 1
    item = Part(PackURI(f"/customXml/item{number}.xml"), ITEM_CONTENT_TYPE, _item_xml(release),
                package)
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"), PROPS_CONTENT_TYPE,
                 _props_xml(), package)
    item.relate_to(props, RELATIONSHIP_TYPE.CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RELATIONSHIP_TYPE.CUSTOM_XML)


MAX_PART_BYTES = 50_000_000
"""One part of a DOCX (XML or a photo) as read back; a bigger one is refused, never inflated."""
MAX_UNPACKED_BYTES = 250_000_000
"""All parts together: python-docx holds every part in memory while it reads the file."""
MAX_PARTS = 2_000


def _open_zip(data: bytes) -> zipfile.ZipFile:
    """The DOCX as a zip whose declared sizes are within the caps (``ZipExtFile`` never
    returns more than a member's declared size, so the caps hold for every later read)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError, OSError) as error:
        raise RilisError("Berkas bukan DOCX yang utuh.") from error
    members = archive.infolist()
    if len(members) > MAX_PARTS:
        archive.close()
        raise RilisError(f"DOCX berisi terlalu banyak bagian ({len(members)}).")
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_PART_BYTES or total > MAX_UNPACKED_BYTES:
            archive.close()
            raise RilisError(f"Bagian {member.filename!r} di DOCX terlalu besar bila "
                             "dibuka; berkas ditolak.")
    return archive


def read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    """One member, read through a capped reader (never more than ``MAX_PART_BYTES``)."""
    try:
        return read_member(archive, name, MAX_PART_BYTES)
    except ZipMemberError as error:
        message = {"missing": f"Bagian {name} tidak ada di DOCX.",
                   "broken": f"Bagian {name} di DOCX rusak.",
                   "too_big": f"Bagian {name} di DOCX terlalu besar."}[error.why]
        raise RilisError(message) from error


def check_xml(name: str, data: bytes) -> None:
    """Refuse a DTD, which no Word part holds and which entity bombs (billion laughs)
    need; :func:`parse_part` refuses the rest (not well-formed, nested deeper than 256)."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise RilisError(f"Bagian {name} di DOCX memuat DTD/entitas; berkas ditolak.")


def parse_part(name: str, data: bytes) -> Any:
    """An XML part as an lxml element, safely: no DTD, no entities, no network, depth ≤ 256
    (libxml2's own limit without ``huge_tree``)."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on it

    check_xml(name, data)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_blank_text=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise RilisError(f"Bagian {name} di DOCX bukan XML yang sah (rusak atau "
                         "bersarang terlalu dalam).") from error


def checked_docx(data: bytes) -> None:
    """Before python-docx reads ``data`` (it inflates every part whole): the zip's sizes are
    within the caps and every XML part is well-formed, shallow and free of DTDs."""
    with _open_zip(data) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                parse_part(name, read_part(archive, name))


def extract_source(data: bytes) -> Release | None:
    """The draft embedded in a DOCX, or None when the file carries none."""
    with _open_zip(data) as archive:
        for name in archive.namelist():
            if not (name.startswith("customXml/") and name.endswith(".xml")):
                continue
            match = _PAYLOAD.search(read_part(archive, name))
            if not match:
                continue
            try:
                text = base64.b64decode(b"".join(match.group(1).split())).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError) as error:
                raise DraftError("Draf yang tertanam di DOCX rusak.") from error
            return loads(text)
    return None


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style, text) of every non-empty body paragraph, as Word or LibreOffice left them."""
    checked_docx(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises zipfile/KeyError/Attribute/XML errors alike
        raise RilisError("Berkas bukan DOCX yang dapat dibaca.") from error
    result = []
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        style = paragraph.style.name if paragraph.style is not None else ""
        if text and style not in _SKIPPED_STYLES:
            result.append((style, text))
    return result


def rendered_targets(release: Release) -> list[tuple[str, str]]:
    """(text, field) of every paragraph a DOCX export of this release has. The field says
    which form field the paragraph shows: ``title``, ``body.N``, ``related.N``,
    ``contact.name``/``contact.phone``/``contact.email``, or ``""`` for template text."""
    document = render_document(release)
    result: list[tuple[str, str]] = []
    heading = ""
    related = 0
    contact = release.contact
    for block in document.blocks:
        if isinstance(block, TextBlock):
            text = " ".join(block.text.split())
            target = ""
            if block.style == "heading":
                heading = text
            elif block.style == "title" and text == " ".join(release.title.split()):
                target = "title"
            elif block.ref.startswith("body."):
                target = block.ref
            elif block.style == "info" and heading == "Narahubung":
                for name, value in (("contact.name", contact.name),
                                    ("contact.phone", contact.phone),
                                    ("contact.email", contact.email)):
                    if value.strip() and " ".join(value.split()) in text:
                        target = name
                        break
            result.append((text, target))
        elif isinstance(block, ListBlock):
            for item in block.items:
                text = " ".join("".join(run.text for run in item).split())
                target = ""
                if heading == "Berita terkait" and related < len(release.related):
                    target = f"related.{related}"
                    related += 1
                result.append((text, target))
    return [(text, target) for text, target in result if text]


def rendered_paragraphs(release: Release) -> list[str]:
    """The texts a DOCX export of this release has, paragraph by paragraph."""
    return [text for text, _ in rendered_targets(release)]


@dataclass
class OpenedDocx:
    """What ``rilis open`` found in a DOCX: the draft, the edits made without Track Changes
    (``edits``) and the review (tracked changes and comments, ``returned``)."""

    release: Release
    embedded: bool
    edits: list[FieldDiff] = field(default_factory=list)
    note: str = ""
    returned: ReturnedDocx | None = None
    needs_choice: bool = False
    """A DOCX without a draft that holds tracked changes: accept or reject them first."""


def compare_with_source(release: Release, data: bytes) -> list[FieldDiff]:
    """What the DOCX's text says now (tracked changes accepted) against the draft it
    carries."""
    from app.diff import align_texts  # only reading a DOCX back needs the diff
    from app.docx_review import read_returned

    returned = read_returned(data)
    rendered = [(f"Paragraf {i + 1}", text) for i, text in enumerate(rendered_paragraphs(release))]
    current = [(f"Paragraf {n + 1}", text) for n, text in
               enumerate(t for t in (returned.final(i) for i in range(len(returned.paragraphs)))
                         if t)]
    return align_texts(rendered, current)


def import_without_source(data: bytes,
                          paragraphs: list[tuple[str, str]] | None = None) -> Release:
    """A draft rebuilt from the text alone (or from ``paragraphs``, (style, text)): title,
    dateline, paragraphs."""
    if paragraphs is None:
        paragraphs = docx_paragraphs(data)
    release = Release()
    if not paragraphs:
        return release
    titled = [text for style, text in paragraphs if style == "Title"]
    release.title = titled[0] if titled else paragraphs[0][1]
    body = [text for style, text in paragraphs if text != release.title]
    for index, text in enumerate(body):
        if index == 0:
            match = _DATELINE.match(text)
            if match:
                release.dateline = match.group(1).title()
                text = text[match.end():]
        release.body.append(Paragraph(text=text))
    return release


_FOREIGN_NOTE = ("DOCX ini tidak membawa draf Rilis: judul dan paragraf diambil dari teksnya; "
                 "pejabat, kutipan, kegiatan dan foto perlu diisi ulang.")


def open_docx(path: Path, decision: str | None = None) -> OpenedDocx:
    """Rebuild the draft of a DOCX: exactly when it carries one, from its text otherwise.

    ``decision`` (``"accept"``/``"reject"``) settles tracked changes of a DOCX without a
    draft; without it such a file comes back with ``needs_choice`` and nothing mixed."""
    from app.docx_review import has_changes, import_comments, map_onto, read_returned

    data = read_user_file(path, MAX_DOCX_BYTES, "DOCX")
    release = extract_source(data)
    returned = read_returned(data)
    if release is None:
        map_onto(returned, None)
        tracked = has_changes(returned)
        if tracked and decision not in ("accept", "reject"):
            return OpenedDocx(Release(), False, note=(
                "DOCX ini tidak membawa draf Rilis dan berisi perubahan terlacak: pilih "
                "terima semua atau tolak semua sebelum diimpor."), returned=returned,
                needs_choice=True)
        keep = (lambda change: True) if decision == "accept" else (lambda change: False)
        paragraphs = [(para.style, returned.text(i, keep))
                      for i, para in enumerate(returned.paragraphs)]
        imported = import_without_source(data, [(s, t) for s, t in paragraphs if t])
        note = _FOREIGN_NOTE
        if tracked:
            note += (" Perubahan terlacak " + ("diterima." if decision == "accept"
                                               else "ditolak."))
        opened = OpenedDocx(imported, False, note=note, returned=returned)
        import_comments(imported, returned, {})
        return opened
    edits = map_onto(returned, release)
    parts = []
    if edits:
        parts.append(f"{len(edits)} bagian disunting tanpa pelacakan perubahan")
    count = sum(1 for change in returned.changes if change.paragraph >= 0)
    if count:
        parts.append(f"{count} perubahan terlacak")
    if returned.review_comments:
        parts.append(f"{len(returned.review_comments)} komentar")
    note = ("DOCX ini telah ditinjau di luar Rilis: " + ", ".join(parts) + "."
            if parts else "")
    return OpenedDocx(release, True, edits, note, returned)
