"""A unit's own Word document (``.docx``/``.dotx``) as the base of the DOCX export.

The reference is untrusted input, like any DOCX a user opens. It is read with caps on the
file, on every zip member and on the total (zip bombs), its XML parsed without DTDs or
entities, and a *new* package is built from it holding only what the look of the export
needs: the first section's page size, margins and header/footer references, the headers
and footers with their images, styles, numbering, theme, font table and settings. Its body,
custom XML, comments, macros, embedded fonts and objects, and every external relationship
are left behind (never followed); a macro-enabled file is refused. Rilis's styles are then
merged: a style the reference defines under the same name keeps the reference's
definition, the others are copied from Rilis's own base (``app.render.writers.docx``).
"""

from __future__ import annotations

import copy
import io
import logging
import posixpath
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.etree as etree  # type: ignore[import-untyped]
from docx.styles import BabelFish

from app.base.errors import RilisError
from app.base.userfile import read_user_file
from app.base.zipread import ZipMemberError, read_member

logger = logging.getLogger(__name__)

MAX_REFERENCE_BYTES = 25_000_000
"""The reference file itself (a letterhead with a few images is well under 1 MB)."""
MAX_PART_BYTES = 10_000_000
"""One XML part or image, uncompressed."""
MAX_TOTAL_BYTES = 60_000_000
"""All the members read, uncompressed."""
MAX_MEMBERS = 2000
SUFFIXES = (".docx", ".dotx")
REFUSED_SUFFIXES = (".docm", ".dotm")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DOCUMENT_CT = ("application/vnd.openxmlformats-officedocument.wordprocessingml."
               "document.main+xml")
TEMPLATE_CT = ("application/vnd.openxmlformats-officedocument.wordprocessingml."
               "template.main+xml")
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_KEPT: dict[str, tuple[str, str]] = {
    # relationship type → (canonical part name, content type)
    "styles": ("word/styles.xml", _WML + "styles+xml"),
    "settings": ("word/settings.xml", _WML + "settings+xml"),
    "fontTable": ("word/fontTable.xml", _WML + "fontTable+xml"),
    "numbering": ("word/numbering.xml", _WML + "numbering+xml"),
    "theme": ("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
    "header": ("word/header{n}.xml", _WML + "header+xml"),
    "footer": ("word/footer{n}.xml", _WML + "footer+xml"),
}
IMAGE_TYPES: dict[str, str] = {
    "png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif",
    "bmp": "image/bmp", "tif": "image/tiff", "tiff": "image/tiff", "emf": "image/x-emf",
    "wmf": "image/x-wmf",
}
_SETTINGS_DROPPED = ("attachedTemplate", "docVars", "mailMerge", "documentProtection",
                     "writeProtection", "saveThroughXslt", "attachedSchema", "footnotePr",
                     "endnotePr", "removePersonalInformation", "removeDateAndTime")
_FIELD_DROPPED = ("INCLUDEPICTURE", "INCLUDETEXT", "LINK", "DDE", "DDEAUTO", "IMPORT")


class ReferenceError(RilisError):
    """A reference document that cannot be used; the export is not written."""


@dataclass
class _Source:
    """The reference's zip, read under caps."""

    name: str
    archive: zipfile.ZipFile
    read_total: int = 0
    names: set[str] = field(default_factory=set)

    def read(self, part: str) -> bytes:
        if part not in self.names:
            raise ReferenceError(f"Dokumen acuan {self.name} rusak: bagian {part} tidak ada.")
        try:
            data = read_member(self.archive, part, MAX_PART_BYTES)
        except ZipMemberError as error:
            if error.why == "too_big":
                raise ReferenceError(f"Dokumen acuan {self.name}: bagian {part} terlalu besar "
                                     f"(batas {MAX_PART_BYTES // 1_000_000} MB).") from error
            raise ReferenceError(
                f"Dokumen acuan {self.name} rusak: bagian {part} tidak dapat dibaca.") from error
        self.read_total += len(data)
        if self.read_total > MAX_TOTAL_BYTES:
            raise ReferenceError(f"Dokumen acuan {self.name}: isinya terlalu besar.")
        return data

    def xml(self, part: str) -> Any:
        return parse_xml(self.read(part), self.name, part)


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          load_dtd=False, remove_comments=True, remove_pis=True)


def parse_xml(data: bytes, name: str, part: str) -> Any:
    """A part's XML; a DTD (entity expansion, external entities) is refused outright."""
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        raise ReferenceError(f"Dokumen acuan {name}: bagian {part} memuat DTD; ditolak.")
    try:
        return etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as error:
        raise ReferenceError(
            f"Dokumen acuan {name} rusak: bagian {part} bukan XML yang sah.") from error


def read_reference(path: Path) -> bytes:
    """The reference file's bytes (regular file, capped, a Word document by its name)."""
    suffix = path.suffix.lower()
    if suffix in REFUSED_SUFFIXES:
        raise ReferenceError(f"Dokumen acuan {path.name} memuat makro ({suffix}); ditolak. "
                             "Simpan sebagai .docx atau .dotx.")
    if suffix not in SUFFIXES:
        raise ReferenceError(f"Dokumen acuan {path.name} harus berupa .docx atau .dotx.")
    return read_user_file(path, MAX_REFERENCE_BYTES, "Dokumen acuan")


def _q(namespace: str, tag: str) -> str:
    return f"{{{namespace}}}{tag}"


def _rels_of(source: _Source, part: str) -> list[tuple[str, str, str, bool]]:
    """(id, short type, target part or URL, external) of a part's relationships."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in source.names:
        return []
    result = []
    for rel in source.xml(rels_name).findall(_q(PR, "Relationship")):
        rel_id, kind = rel.get("Id", ""), rel.get("Type", "")
        target = rel.get("Target", "")
        external = rel.get("TargetMode", "") == "External"
        short = kind.rsplit("/", 1)[-1]
        if not external:
            joined = posixpath.normpath(posixpath.join("/" + folder, target)) \
                if not target.startswith("/") else posixpath.normpath(target)
            if joined.startswith("/.."):
                external = True  # a target outside the package is never followed
            target = joined.lstrip("/")
        result.append((rel_id, short, target, external))
    return result


def _has_r_attribute(element: Any) -> list[str]:
    return [value for key, value in element.attrib.items()
            if isinstance(key, str) and key.startswith(f"{{{R}}}")]


def strip_relationships(root: Any, keep: Iterable[str]) -> None:
    """Remove what refers to a relationship not kept: a hyperlink keeps its text, a run
    (image, object) goes whole, anything else is removed."""
    kept = set(keep)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        values = _has_r_attribute(element)
        if not values or all(value in kept for value in values):
            continue
        if element.tag == _q(W, "hyperlink"):
            parent = element.getparent()
            if parent is not None:
                index = parent.index(element)
                for child in list(element):
                    parent.insert(index, child)
                    index += 1
                parent.remove(element)
            continue
        target = element
        for ancestor in element.iterancestors():
            if ancestor.tag == _q(W, "r"):
                target = ancestor
                break
        parent = target.getparent()
        if parent is not None:
            parent.remove(target)


def _unwrap(element: Any) -> None:
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    content = element.find(_q(W, "sdtContent")) if element.tag == _q(W, "sdt") else element
    for child in list(content if content is not None else []):
        if child.tag in (_q(W, "customXmlPr"),):
            continue
        parent.insert(index, child)
        index += 1
    parent.remove(element)


def sanitize_story(root: Any) -> None:
    """A header or footer without comments, custom XML, data bindings or fields that fetch
    outside content (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE)."""
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for element in list(root.iter(_q(W, tag))):
            element.getparent().remove(element)
    for element in list(root.iter(_q(W, "commentReference"))):
        run = element.getparent()
        if run is not None and run.getparent() is not None:
            run.getparent().remove(run)
    for element in list(root.iter(_q(W, "customXml"))):
        _unwrap(element)
    for element in list(root.iter(_q(W, "dataBinding"))):
        element.getparent().remove(element)
    for element in list(root.iter(_q(W, "fldSimple"))):
        instruction = element.get(_q(W, "instr"), "").strip().upper()
        if instruction.startswith(_FIELD_DROPPED):
            _unwrap(element)
    for element in root.iter(_q(W, "instrText")):
        if (element.text or "").strip().upper().startswith(_FIELD_DROPPED):
            element.text = " "


def _clean_settings(root: Any) -> None:
    for name in _SETTINGS_DROPPED:
        for element in list(root.findall(_q(W, name))):
            root.remove(element)
    strip_relationships(root, ())


def _clean_font_table(root: Any) -> None:
    for tag in ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic"):
        for element in list(root.iter(_q(W, tag))):
            element.getparent().remove(element)
    strip_relationships(root, ())


def _clean_numbering(root: Any) -> None:
    for tag in ("numPicBullet", "lvlPicBulletId"):
        for element in list(root.iter(_q(W, tag))):
            element.getparent().remove(element)
    strip_relationships(root, ())


def _serialize(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                standalone=True))


def _open(data: bytes, name: str) -> _Source:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ReferenceError(f"Dokumen acuan {name} bukan dokumen Word yang utuh "
                             "(zip rusak).") from error
    if len(members) > MAX_MEMBERS:
        raise ReferenceError(f"Dokumen acuan {name} berisi terlalu banyak bagian "
                             f"({len(members)}).")
    declared = 0
    for member in members:
        declared += member.file_size
        if member.filename.lower().endswith("vbaproject.bin"):
            raise ReferenceError(f"Dokumen acuan {name} memuat makro; ditolak.")
    if declared > MAX_TOTAL_BYTES * 4:
        raise ReferenceError(f"Dokumen acuan {name}: isinya terlalu besar.")
    return _Source(name, archive, names={member.filename for member in members})


def _main_part(source: _Source) -> str:
    for rel_id, kind, target, external in _rels_of(source, ""):
        del rel_id
        if kind == "officeDocument" and not external:
            return target
    raise ReferenceError(f"Dokumen acuan {source.name} bukan dokumen Word (tidak ada "
                         "dokumen utama).")


def _check_main_type(source: _Source, main: str) -> None:
    types = source.xml("[Content_Types].xml")
    content_type = ""
    for override in types.findall(_q(CT, "Override")):
        if override.get("PartName", "").lstrip("/") == main:
            content_type = override.get("ContentType", "")
    if "macroEnabled" in content_type:
        raise ReferenceError(f"Dokumen acuan {source.name} memuat makro; ditolak.")
    if content_type not in (DOCUMENT_CT, TEMPLATE_CT):
        raise ReferenceError(f"Dokumen acuan {source.name} bukan dokumen Word "
                             "(.docx atau .dotx).")


def _first_section(document: Any, name: str) -> Any:
    body = document.find(_q(W, "body"))
    if body is None:
        raise ReferenceError(f"Dokumen acuan {name} rusak: dokumen tanpa isi (w:body).")
    for section in body.iter(_q(W, "sectPr")):
        return copy.deepcopy(section)
    return etree.SubElement(etree.Element(_q(W, "x")), _q(W, "sectPr"))


@dataclass
class _Package:
    parts: dict[str, bytes] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)
    images: int = 0

    def add_image(self, data: bytes, target: str) -> str | None:
        extension = target.rsplit(".", 1)[-1].lower() if "." in target else ""
        if extension not in IMAGE_TYPES:
            return None
        self.images += 1
        name = f"word/media/acuan{self.images}.{extension}"
        self.parts[name] = data
        return name


def _rels_xml(rels: list[tuple[str, str, str]]) -> bytes:
    root = etree.Element(_q(PR, "Relationships"), nsmap={None: PR})
    for rel_id, kind, target in rels:
        etree.SubElement(root, _q(PR, "Relationship"), Id=rel_id, Type=_REL + kind,
                         Target=target)
    return _serialize(root)


def _story(source: _Source, package: _Package, part: str, kind: str, number: int) -> str:
    """Copy a header or footer with its images; returns the new part name."""
    root = source.xml(part)
    sanitize_story(root)
    rels = []
    for rel_id, rel_kind, target, external in _rels_of(source, part):
        if rel_kind != "image" or external or target not in source.names:
            continue
        image = package.add_image(source.read(target), target)
        if image is not None:
            rels.append((rel_id, "image", posixpath.relpath(image, "word")))
    strip_relationships(root, (rel_id for rel_id, _, _ in rels))
    name = _KEPT[kind][0].format(n=number)
    package.parts[name] = _serialize(root)
    package.overrides[name] = _KEPT[kind][1]
    if rels:
        package.parts[f"word/_rels/{posixpath.basename(name)}.rels"] = _rels_xml(rels)
    return name


def clean_reference(data: bytes, name: str) -> bytes:
    """A new, minimal DOCX package built from the reference: its look, none of its content."""
    try:
        return _clean(data, name)
    except RilisError:
        raise
    except (etree.LxmlError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ReferenceError(f"Dokumen acuan {name} tidak dapat dipakai: susunannya tidak "
                             "dikenali.") from error


def _clean(data: bytes, name: str) -> bytes:
    source = _open(data, name)
    with source.archive:
        main = _main_part(source)
        _check_main_type(source, main)
        document = source.xml(main)
        section = _first_section(document, name)
        package = _Package()
        main_rels: list[tuple[str, str, str]] = []
        counts = {"header": 0, "footer": 0}
        for rel_id, kind, target, external in _rels_of(source, main):
            if external or kind not in _KEPT or target not in source.names:
                continue
            if kind in counts:
                counts[kind] += 1
                new_name = _story(source, package, target, kind, counts[kind])
            elif kind == "theme" and _rels_of(source, target):
                continue  # a theme with images of its own: Rilis's look is used instead
            else:
                root = source.xml(target)
                {"settings": _clean_settings, "fontTable": _clean_font_table,
                 "numbering": _clean_numbering}.get(kind, lambda r: strip_relationships(r, ()))(
                    root)
                new_name = _KEPT[kind][0]
                if new_name in package.parts:
                    continue
                package.parts[new_name] = _serialize(root)
                package.overrides[new_name] = _KEPT[kind][1]
            main_rels.append((rel_id, kind, posixpath.relpath(new_name, "word")))
    if _KEPT["numbering"][0] not in package.parts:
        # Rilis's list styles need a numbering part to copy their definitions into.
        package.parts[_KEPT["numbering"][0]] = _serialize(etree.Element(
            _q(W, "numbering"), nsmap={"w": W}))
        package.overrides[_KEPT["numbering"][0]] = _KEPT["numbering"][1]
        main_rels.append(("rIdRilisNumbering", "numbering", "numbering.xml"))
    strip_relationships(section, (rel_id for rel_id, kind, _ in main_rels
                                  if kind in ("header", "footer")))
    root = etree.Element(document.tag, nsmap=document.nsmap)
    for key, value in document.attrib.items():
        root.set(key, value)
    etree.SubElement(root, _q(W, "body")).append(section)
    package.parts["word/document.xml"] = _serialize(root)
    package.overrides["word/document.xml"] = DOCUMENT_CT
    package.parts["word/_rels/document.xml.rels"] = _rels_xml(main_rels)
    return _zip(package)


def _zip(package: _Package) -> bytes:
    types = etree.Element(_q(CT, "Types"), nsmap={None: CT})
    etree.SubElement(types, _q(CT, "Default"), Extension="rels",
                     ContentType="application/vnd.openxmlformats-package.relationships+xml")
    etree.SubElement(types, _q(CT, "Default"), Extension="xml", ContentType="application/xml")
    extensions = sorted({name.rsplit(".", 1)[-1] for name in package.parts
                         if name.startswith("word/media/")})
    for extension in extensions:
        etree.SubElement(types, _q(CT, "Default"), Extension=extension,
                         ContentType=IMAGE_TYPES[extension])
    for part, content_type in package.overrides.items():
        etree.SubElement(types, _q(CT, "Override"), PartName="/" + part,
                         ContentType=content_type)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _serialize(types))
        archive.writestr("_rels/.rels", _rels_xml([("rId1", "officeDocument",
                                                    "word/document.xml")]))
        for part, data in package.parts.items():
            archive.writestr(part, data)
    return buffer.getvalue()


def _style_by_name(styles_element: Any) -> dict[str, Any]:
    """Styles keyed by lower-cased name (Word writes ``heading 2``, ``caption``)."""
    found: dict[str, Any] = {}
    for style in styles_element.findall(_q(W, "style")):
        name = style.find(_q(W, "name"))
        if name is not None:
            found.setdefault(name.get(_q(W, "val"), "").lower(), style)
    return found


def _style_ids(styles_element: Any) -> dict[str, Any]:
    return {style.get(_q(W, "styleId")): style for style in styles_element.findall(_q(W, "style"))}


def merge_styles(target_doc: Any, base_doc: Any, names: Iterable[str]) -> list[str]:
    """Copy into ``target_doc`` each Rilis style (by name) it does not define, with the
    styles it is based on, links to and is followed by; returns the names copied.

    Numbered styles (lists) bring their numbering definitions under fresh ids."""
    target = target_doc.styles.element
    base = base_doc.styles.element
    target_names = _style_by_name(target)
    target_ids = _style_ids(target)
    base_ids = _style_ids(base)
    mapping: dict[str, str] = {}
    copied: list[str] = []

    def resolve(base_id: str) -> str:
        """The id in the target for a base style id, copying the style when needed."""
        if base_id in mapping:
            return mapping[base_id]
        style = base_ids.get(base_id)
        if style is None:
            return base_id
        name_element = style.find(_q(W, "name"))
        name = name_element.get(_q(W, "val"), "").lower() if name_element is not None else ""
        if name in target_names:
            mapping[base_id] = target_names[name].get(_q(W, "styleId"))
            return mapping[base_id]
        new_id = base_id
        while new_id in target_ids:
            new_id += "Rilis"
        mapping[base_id] = new_id
        clone = copy.deepcopy(style)
        clone.set(_q(W, "styleId"), new_id)
        target_ids[new_id] = clone
        target_names[name] = clone
        for tag in ("basedOn", "link", "next"):
            ref = clone.find(_q(W, tag))
            if ref is not None:
                ref.set(_q(W, "val"), resolve(ref.get(_q(W, "val"), "")))
        _renumber(clone, target_doc, base_doc)
        target.append(clone)
        copied.append(name)
        return new_id

    for name in names:
        internal = BabelFish.ui2internal(name)
        if name.lower() in target_names:
            # Word writes ``caption``, LibreOffice ``Caption``: python-docx finds the former.
            target_names[name.lower()].find(_q(W, "name")).set(_q(W, "val"), internal)
            continue
        base_style = _style_by_name(base).get(name.lower())
        if base_style is not None:
            resolve(base_style.get(_q(W, "styleId")))
    return copied


def _renumber(style: Any, target_doc: Any, base_doc: Any) -> None:
    """A copied list style's ``w:numId`` pointed into Rilis's numbering: copy the definition."""
    num_id = style.find(f"{_q(W, 'pPr')}/{_q(W, 'numPr')}/{_q(W, 'numId')}")
    if num_id is None or num_id.get(_q(W, "val")) in (None, "0"):
        return
    base_numbering = base_doc.part.numbering_part.element
    num = next((element for element in base_numbering.findall(_q(W, "num"))
                if element.get(_q(W, "numId")) == num_id.get(_q(W, "val"))), None)
    abstract_ref = num.find(_q(W, "abstractNumId")) if num is not None else None
    abstract = next((element for element in base_numbering.findall(_q(W, "abstractNum"))
                     if abstract_ref is not None and element.get(_q(W, "abstractNumId"))
                     == abstract_ref.get(_q(W, "val"))), None)
    if abstract is None:
        num_id.getparent().remove(num_id)
        return
    numbering = target_doc.part.numbering_part.element
    used_abstract = [int(element.get(_q(W, "abstractNumId"), "0"))
                     for element in numbering.findall(_q(W, "abstractNum"))]
    used_num = [int(element.get(_q(W, "numId"), "0"))
                for element in numbering.findall(_q(W, "num"))]
    new_abstract = max(used_abstract, default=-1) + 1
    new_num = max(used_num, default=0) + 1
    abstract_copy = copy.deepcopy(abstract)
    abstract_copy.set(_q(W, "abstractNumId"), str(new_abstract))
    for link in abstract_copy.findall(_q(W, "styleLink")) + abstract_copy.findall(
            _q(W, "numStyleLink")):
        abstract_copy.remove(link)
    for link in abstract_copy.iter(_q(W, "pStyle")):
        link.set(_q(W, "val"), style.get(_q(W, "styleId")))
    existing_abstracts = numbering.findall(_q(W, "abstractNum"))
    if existing_abstracts:
        existing_abstracts[-1].addnext(abstract_copy)
    else:
        numbering.insert(0, abstract_copy)
    num_copy = etree.Element(_q(W, "num"))
    num_copy.set(_q(W, "numId"), str(new_num))
    nums = numbering.findall(_q(W, "num"))
    (nums[-1] if nums else abstract_copy).addnext(num_copy)
    etree.SubElement(num_copy, _q(W, "abstractNumId")).set(_q(W, "val"), str(new_abstract))
    num_id.set(_q(W, "val"), str(new_num))
