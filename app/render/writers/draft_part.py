"""The draft a DOCX carries: its custom XML item and item properties, as bytes.

Written by the DOCX writer and read back by :mod:`app.render.docx_source` (``rilis open``): the
draft as JSON, base64-encoded so no character of it can break the XML. Kept apart from
``app.render.docx_source``, which reads DOCX files with python-docx, so that writing one does not
import python-docx.
"""

from __future__ import annotations

import base64
import json
import os

from app.release.draftfile import shareable_dict
from app.release.model import Release

NAMESPACE = "urn:rilis:draft"
ITEM_CONTENT_TYPE = "application/xml"
PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def item_xml(release: Release) -> bytes:
    compact = json.dumps(shareable_dict(release), ensure_ascii=False, separators=(",", ":"))
    payload = base64.b64encode(compact.encode("utf-8")).decode("ascii")
    lines = "\n".join(payload[i:i + 76] for i in range(0, len(payload), 76))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<rilis:draft xmlns:rilis="{NAMESPACE}" format="json" encoding="base64">\n'
            f"{lines}\n</rilis:draft>\n").encode("ascii")


def _uuid4() -> str:
    """``str(uuid.uuid4()).upper()``, without importing ``uuid`` (which loads ``platform``,
    3 ms of a one-draft render)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    text = raw.hex().upper()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def props_xml() -> bytes:
    item_id = "{" + _uuid4() + "}"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            f'<ds:datastoreItem ds:itemID="{item_id}" xmlns:ds="http://schemas.openxmlformats'
            f'.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri='
            f'"{NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>').encode("ascii")
