"""A DOCX package edited at the part level: zip members, relationships, content types.

This is what python-docx does when it opens a document and saves it again, without
importing python-docx (about 45 ms of a one-draft ``rilis render``) or, on the usual path,
lxml (another 5–25 ms, more on a busy machine): the writer starts
from a base package python-docx built once (:mod:`app.render.writers.docx_base`), changes a few
XML parts and adds others, and this module writes the package back in python-docx's own
form — parts in the order of a depth-first walk of the relationships, each followed by
its relationships; relationship ids taken from the first gap; ``[Content_Types].xml``
rebuilt with the defaults sorted by extension and the overrides by part name — so the
file equals the one python-docx would write for the same changes. The package parts
(relationships, content types) are python-docx's own serialisation, read and written here
as text; a part the writer edits as a tree is parsed with lxml on demand.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import zipfile
from typing import Any

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RELS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
IMAGE_RELATIONSHIP = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                      "image")
_DEFAULT_CONTENT_TYPES = frozenset({
    ("bin", "application/vnd.openxmlformats-officedocument.presentationml.printerSettings"),
    ("bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"),
    ("bin", "application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings"),
    ("bmp", "image/bmp"), ("emf", "image/x-emf"), ("fntdata", "application/x-fontdata"),
    ("gif", "image/gif"), ("jpe", "image/jpeg"), ("jpeg", "image/jpeg"), ("jpg", "image/jpeg"),
    ("png", "image/png"), ("rels", RELS_CONTENT_TYPE), ("tif", "image/tiff"),
    ("tiff", "image/tiff"), ("wdp", "image/vnd.ms-photo"), ("wmf", "image/x-wmf"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("xml", "application/xml"),
})
"""(extension, content type) pairs written as a ``Default`` (python-docx's ``opc.spec``)."""
_IMAGE_NUMBER = re.compile(r"(\d+)$")

_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')
_ELEMENT = re.compile(r"<(\w+)\b([^>]*?)/>")
_REFERENCE = re.compile(r"&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
XML_DECLARATION = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
"""What lxml writes before a part (``encoding="UTF-8", standalone=True``)."""


def escape_text(text: str) -> str:
    """Text content escaped as lxml (libxml2) writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def escape_attribute(value: str) -> str:
    """An attribute value escaped as lxml (libxml2) writes it."""
    return (escape_text(value).replace('"', "&quot;").replace("\n", "&#10;")
            .replace("\t", "&#9;"))


def unescape(value: str) -> str:
    """An attribute value as written in the XML, with its references resolved."""
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return _NAMED[name]

    return _REFERENCE.sub(replace, value)


def _empty_elements(data: bytes, tag: str) -> list[dict[str, str]]:
    """The attributes of each ``<tag .../>`` in a package part python-docx wrote (its
    relationships and content types hold nothing else)."""
    text = data.decode("utf-8")
    return [{name: unescape(value) for name, value in _ATTRIBUTE.findall(attributes)}
            for name, attributes in _ELEMENT.findall(text) if name == tag]


def parse(data: bytes) -> Any:
    """A part's XML as python-docx parses it (blank text between elements dropped): for
    the writer's slow path, the only user of lxml here."""
    import lxml.etree as etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    return etree.fromstring(data, parser)


def serialize(element: Any) -> bytes:
    """A part's XML as python-docx writes it."""
    import lxml.etree as etree

    data: bytes = etree.tostring(element, encoding="UTF-8", standalone=True)
    return data


def _root_xml(tag: str, namespace: str, items: list[str]) -> bytes:
    """A package part: ``<tag xmlns="namespace">items</tag>`` as lxml writes it."""
    body = "".join(items)
    element = (f'<{tag} xmlns="{namespace}">{body}</{tag}>' if body
               else f'<{tag} xmlns="{namespace}"/>')
    return XML_DECLARATION + element.encode("utf-8")


class Relationship:
    """One relationship: ``target`` is a part name (``/word/media/image1.jpg``), or the
    address when ``external``. (Plain classes, not dataclasses: building a dataclass costs
    start-up time every ``rilis render`` pays.)"""

    __slots__ = ("external", "reltype", "rid", "target")

    def __init__(self, rid: str, reltype: str, target: str, external: bool = False) -> None:
        self.rid = rid
        self.reltype = reltype
        self.target = target
        self.external = external


class _Part:
    """A part's bytes as read, or its parsed XML once asked for (serialized again on
    writing), and its relationships."""

    __slots__ = ("content_type", "data", "element", "rels")

    def __init__(self, content_type: str, data: bytes | None) -> None:
        self.content_type = content_type
        self.data = data
        self.element: Any = None
        self.rels: list[Relationship] = []


def _rels_member(partname: str) -> str:
    folder, name = posixpath.split(partname)
    return posixpath.join(folder, "_rels", name + ".rels")[1:]


def _base_uri(partname: str) -> str:
    return posixpath.split(partname)[0] if partname != "/" else "/"


def _relative(partname: str, base: str) -> str:
    return partname[1:] if base == "/" else posixpath.relpath(partname, base)


class Package:
    """The parts of one DOCX, read from a package python-docx wrote."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
        types = members.pop("[Content_Types].xml")
        defaults = {item["Extension"].lower(): item["ContentType"]
                    for item in _empty_elements(types, "Default")}
        overrides = {item["PartName"]: item["ContentType"]
                     for item in _empty_elements(types, "Override")}
        self.rels = self._read_rels(members.pop("_rels/.rels", b""), "/")
        self.parts: dict[str, _Part] = {}
        rels_members = {name for name in members if name.endswith(".rels")}
        for name, body in members.items():
            if name in rels_members:
                continue
            partname = "/" + name
            extension = posixpath.splitext(name)[1][1:].lower()
            content_type = overrides.get(partname) or defaults.get(extension, "")
            part = _Part(content_type, body)
            rels = members.get(_rels_member(partname))
            if rels is not None:
                part.rels = self._read_rels(rels, _base_uri(partname))
            self.parts[partname] = part

    @staticmethod
    def _read_rels(data: bytes, base: str) -> list[Relationship]:
        if not data:
            return []
        result = []
        for item in _empty_elements(data, "Relationship"):
            external = item.get("TargetMode") == "External"
            target = item["Target"]
            if not external:
                target = posixpath.abspath(posixpath.join(base, target))
            result.append(Relationship(item["Id"], item["Type"], target, external))
        return result

    # -- parts ---------------------------------------------------------------------------

    def xml(self, partname: str) -> Any:
        """The part's root element (lxml), parsed once; changes to it are written."""
        part = self.parts[partname]
        if part.element is None:
            part.element = parse(part.data or b"")
        return part.element

    def text(self, partname: str) -> str:
        """The part's XML as text, for an edit with :meth:`set_text`."""
        return (self.parts[partname].data or b"").decode("utf-8")

    def set_text(self, partname: str, text: str) -> None:
        self.parts[partname].data = text.encode("utf-8")

    def rels_of(self, partname: str) -> list[Relationship]:
        return self.rels if partname == "/" else self.parts[partname].rels

    def related(self, source: str, reltype: str) -> str | None:
        """The part ``source`` relates to by ``reltype`` (the first), or None."""
        for rel in self.rels_of(source):
            if rel.reltype == reltype and not rel.external:
                return rel.target
        return None

    def partnames(self, content_type: str) -> list[str]:
        return [name for name, part in self.parts.items() if part.content_type == content_type]

    def add_part(self, partname: str, content_type: str, data: bytes) -> None:
        self.parts[partname] = _Part(content_type, data)

    def relate(self, source: str, reltype: str, target: str, external: bool = False) -> str:
        """The id of the relationship from ``source`` to ``target``, added when missing
        (python-docx's ``get_or_add``: an equal relationship is reused)."""
        rels = self.rels_of(source)
        for rel in rels:
            if (rel.reltype, rel.target, rel.external) == (reltype, target, external):
                return rel.rid
        used = {rel.rid for rel in rels}
        rid = next(f"rId{n}" for n in range(1, len(rels) + 2) if f"rId{n}" not in used)
        rels.append(Relationship(rid, reltype, target, external))
        return rid

    def unused_partname(self, template: str) -> str:
        """``template % n`` for the lowest ``n`` from 1 that no part has."""
        number = 1
        while template % number in self.parts:
            number += 1
        return template % number

    def image_part(self, data: bytes, extension: str, content_type: str) -> str:
        """The part holding this image: an existing one with the same bytes (SHA-1, as
        python-docx compares), else a new ``/word/media/imageN.ext`` where N is the lowest
        number no image part uses."""
        images = [rel.target for rel in self._walk_rels()
                  if rel.reltype == IMAGE_RELATIONSHIP and not rel.external]
        images = list(dict.fromkeys(images))
        digest = hashlib.sha1(data).hexdigest()
        for name in images:
            body = self.parts[name].data
            if body is not None and hashlib.sha1(body).hexdigest() == digest:
                return name
        used = set()
        for name in images:
            match = _IMAGE_NUMBER.search(posixpath.splitext(posixpath.basename(name))[0])
            if match:
                used.add(int(match.group(1)))
        number = next((n for n in range(1, len(images) + 1) if n not in used), len(images) + 1)
        partname = f"/word/media/image{number}.{extension}"
        self.add_part(partname, content_type, data)
        return partname

    # -- writing -------------------------------------------------------------------------

    def _walk(self) -> list[str]:
        """Part names in python-docx's order: depth first along the relationships."""
        order: list[str] = []
        seen: set[str] = set()

        def visit(source: str) -> None:
            for rel in self.rels_of(source):
                if rel.external or rel.target in seen or rel.target not in self.parts:
                    continue
                seen.add(rel.target)
                order.append(rel.target)
                visit(rel.target)

        visit("/")
        return order

    def _walk_rels(self) -> list[Relationship]:
        return [rel for source in ["/", *self._walk()] for rel in self.rels_of(source)]

    @staticmethod
    def _rels_xml(rels: list[Relationship], base: str) -> bytes:
        items = []
        for rel in rels:
            target = rel.target if rel.external else _relative(rel.target, base)
            mode = ' TargetMode="External"' if rel.external else ""
            items.append(f'<Relationship Id="{escape_attribute(rel.rid)}" '
                         f'Type="{escape_attribute(rel.reltype)}" '
                         f'Target="{escape_attribute(target)}"{mode}/>')
        return _root_xml("Relationships", RELS_NS, items)

    def _content_types(self, partnames: list[str]) -> bytes:
        defaults = {"rels": RELS_CONTENT_TYPE, "xml": "application/xml"}
        overrides: dict[str, str] = {}
        for name in partnames:
            content_type = self.parts[name].content_type
            extension = posixpath.splitext(name)[1][1:]
            if (extension.lower(), content_type) in _DEFAULT_CONTENT_TYPES:
                defaults[extension.lower()] = content_type
            else:
                overrides[name] = content_type
        items = [f'<Default Extension="{escape_attribute(extension)}" '
                 f'ContentType="{escape_attribute(defaults[extension])}"/>'
                 for extension in sorted(defaults)]
        items += [f'<Override PartName="{escape_attribute(name)}" '
                  f'ContentType="{escape_attribute(overrides[name])}"/>'
                  for name in sorted(overrides)]
        return _root_xml("Types", CT_NS, items)

    def to_bytes(self) -> bytes:
        partnames = self._walk()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", self._content_types(partnames))
            archive.writestr("_rels/.rels", self._rels_xml(self.rels, "/"))
            for name in partnames:
                part = self.parts[name]
                body = serialize(part.element) if part.element is not None else part.data
                archive.writestr(name[1:], body or b"")
                if part.rels:
                    archive.writestr(_rels_member(name),
                                     self._rels_xml(part.rels, _base_uri(name)))
        return buffer.getvalue()
