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
from app.draftfile import loads, release_to_dict
from app.errors import DraftError, RilisError
from app.model import Paragraph, Release
from app.templating import render_document

if TYPE_CHECKING:
    from app.diff import FieldDiff

logger = logging.getLogger(__name__)

NAMESPACE = "urn:rilis:draft"
_PAYLOAD = re.compile(rb"<rilis:draft\b[^>]*>([A-Za-z0-9+/=\s]*)</rilis:draft>")
_DATELINE = re.compile(r"^([A-Z][A-Z .,'-]{1,60}) – ")
_SKIPPED_STYLES = ("Caption",)

ITEM_CONTENT_TYPE = "application/xml"
PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def _item_xml(release: Release) -> bytes:
    compact = json.dumps(release_to_dict(release), ensure_ascii=False, separators=(",", ":"))
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


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise RilisError("Berkas bukan DOCX yang utuh.") from error


def extract_source(data: bytes) -> Release | None:
    """The draft embedded in a DOCX, or None when the file carries none."""
    with _open_zip(data) as archive:
        for name in archive.namelist():
            if not (name.startswith("customXml/") and name.endswith(".xml")):
                continue
            match = _PAYLOAD.search(archive.read(name))
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
    try:
        document = docx.Document(io.BytesIO(data))
    except (ValueError, KeyError, zipfile.BadZipFile) as error:
        raise RilisError("Berkas bukan DOCX yang dapat dibaca.") from error
    result = []
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        style = paragraph.style.name if paragraph.style is not None else ""
        if text and style not in _SKIPPED_STYLES:
            result.append((style, text))
    return result


def rendered_paragraphs(release: Release) -> list[str]:
    """The texts a DOCX export of this release has, paragraph by paragraph."""
    document = render_document(release)
    texts: list[str] = []
    for block in document.blocks:
        if isinstance(block, TextBlock):
            texts.append(" ".join(block.text.split()))
        elif isinstance(block, ListBlock):
            texts += [" ".join("".join(run.text for run in item).split())
                      for item in block.items]
    return [text for text in texts if text]


@dataclass
class OpenedDocx:
    """What ``rilis open`` found in a DOCX."""

    release: Release
    embedded: bool
    edits: list[FieldDiff] = field(default_factory=list)
    note: str = ""


def compare_with_source(release: Release, data: bytes) -> list[FieldDiff]:
    """What was changed in the DOCX's text against the draft it carries."""
    from app.diff import align_texts  # only reading a DOCX back needs the diff

    rendered = [(f"Paragraf {i + 1}", text) for i, text in enumerate(rendered_paragraphs(release))]
    current = [(f"Paragraf {i + 1}", text) for i, (_, text) in enumerate(docx_paragraphs(data))]
    return align_texts(rendered, current)


def import_without_source(data: bytes) -> Release:
    """A draft rebuilt from the text alone: title, dateline, paragraphs."""
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


def open_docx(path: Path) -> OpenedDocx:
    """Rebuild the draft of a DOCX: exactly when it carries one, from its text otherwise."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise RilisError(f"{path} tidak dapat dibaca: {error.strerror}") from error
    release = extract_source(data)
    if release is None:
        return OpenedDocx(import_without_source(data), False, note=(
            "DOCX ini tidak membawa draf Rilis: judul dan paragraf diambil dari teksnya; "
            "pejabat, kutipan, kegiatan dan foto perlu diisi ulang."))
    edits = compare_with_source(release, data)
    note = (f"DOCX ini telah disunting di luar Rilis: {len(edits)} bagian berbeda dari "
            "draf yang dibawanya." if edits else "")
    return OpenedDocx(release, True, edits, note)
