"""DOCX files that carry their draft: find it again, read their parts within caps.

Every DOCX Rilis writes holds the draft as a custom XML part (``customXml/itemN.xml``, the
mechanism Word and LibreOffice keep when they re-save a file), base64-encoded so no
character of the draft can break the XML (written by :mod:`app.render.writers.draft_part`).
``rilis open FILE.docx`` and the app's Open rebuild the draft exactly
(:mod:`app.review.docx_open`, in the review stage, reads a returned file and compares its text
with the embedded draft's rendering so the officer can take the edits over).
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
import re
import zipfile
from typing import Any

import docx

from app.base.errors import DraftError, RilisError
from app.base.zipread import ZipMemberError, read_member
from app.release.draftfile import loads
from app.release.model import Release
from app.render.document import ListBlock, TextBlock
from app.render.templating import render_document

logger = logging.getLogger(__name__)

_PAYLOAD = re.compile(rb"<rilis:draft\b[^>]*>([A-Za-z0-9+/=\s]*)</rilis:draft>")
_SKIPPED_STYLES = ("Caption",)

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
