"""Golden files: every built-in template's HTML, plain text and DOCX ``word/document.xml``
for its own sample draft, kept in ``tests/golden/`` so that any change in what Rilis writes
is a diff a reviewer reads (issue 14.4).

After an intended change, regenerate and review the diff::

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/core/test_golden.py
    git diff tests/golden/

Normalised before comparing (see ``tests/golden/README.md``): embedded images (the bytes
depend on the Pillow version) become their format and size; the DOCX XML is pretty-printed
one element a line and its relationship ids are replaced by what they point to.
"""

from __future__ import annotations

import base64
import difflib
import io
import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from app.base.paths import builtin_templates_dir
from app.release.draftfile import load_draft
from app.render.export import export_bytes
from app.render.templating import TemplateInfo, list_templates, templates_in

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
BUILTINS = templates_in(builtin_templates_dir())
FORMATS = {"html": "html", "txt": "txt", "docx": "document.xml"}
"""Export format → suffix of its golden file (``<template>.<suffix>``)."""

_DATA_URI = re.compile(r"data:(image/[a-z]+);base64,([A-Za-z0-9+/=]+)")
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _image_summary(match: re.Match[str]) -> str:
    with Image.open(io.BytesIO(base64.b64decode(match.group(2)))) as image:
        return f"data:{match.group(1)};base64,[{image.format} {image.width}x{image.height}]"


def normalise_html(data: bytes) -> str:
    return _DATA_URI.sub(_image_summary, data.decode("utf-8"))


def normalise_docx(data: bytes) -> str:
    """``word/document.xml`` pretty-printed, each ``r:id``/``r:embed`` naming its target."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
        rels = etree.fromstring(archive.read("word/_rels/document.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(f"{_RELS_NS}Relationship")}
    for element in document.iter():
        for name, value in element.attrib.items():
            if name.startswith(_R_NS) and value in targets:
                element.set(name, f"[{targets[value]}]")
    etree.indent(document, space=" ")
    return etree.tostring(document, encoding="unicode") + "\n"


def rendered(info: TemplateInfo, fmt: str) -> str:
    assert info.sample is not None, f"{info.id} names no sample draft"
    data = export_bytes(load_draft(info.sample), fmt, info.id)
    if fmt == "html":
        return normalise_html(data)
    if fmt == "docx":
        return normalise_docx(data)
    return data.decode("utf-8")


def test_every_builtin_template_has_golden_files() -> None:
    assert [info.id for info in BUILTINS] == [info.id for info in list_templates()]
    expected = sorted(f"{info.id}.{suffix}" for info in BUILTINS for suffix in FORMATS.values())
    assert sorted(path.name for path in GOLDEN.iterdir() if path.name != "README.md") \
        == expected


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("info", BUILTINS, ids=lambda info: info.id)
def test_output_matches_the_golden_file(info: TemplateInfo, fmt: str) -> None:
    path = GOLDEN / f"{info.id}.{FORMATS[fmt]}"
    actual = rendered(info, fmt)
    if UPDATE:
        if not path.exists() or path.read_text(encoding="utf-8") != actual:
            path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path.name} missing: run with UPDATE_GOLDEN=1 and review it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            f"tests/golden/{path.name}", "sekarang", n=2))
        pytest.fail(f"{info.id} {fmt} differs from its golden file (UPDATE_GOLDEN=1 to "
                    f"accept after review):\n{diff[:6000]}")


def test_the_goldens_hold_the_content_they_guard() -> None:
    """Not empty shells: the sample's words, its links and its photo are in them."""
    text = (GOLDEN / "berita-kegiatan.txt").read_text(encoding="utf-8")
    assert "(https://contoh.polres-trenggalek.example/berita/operasi-zebra-2026)" in text
    html = (GOLDEN / "berita-kegiatan.html").read_text(encoding="utf-8")
    assert re.search(r'src="data:image/jpeg;base64,\[JPEG \d+x\d+\]"', html)
    xml = (GOLDEN / "berita-kegiatan.document.xml").read_text(encoding="utf-8")
    assert 'r:id="[https://contoh.polres-trenggalek.example/berita/operasi-zebra-2026]"' in xml
    assert 'r:embed="[media/image1.jpg]"' in xml
    for info in BUILTINS:
        release = load_draft(info.sample) if info.sample else None
        assert release is not None
        assert release.title in (GOLDEN / f"{info.id}.txt").read_text(encoding="utf-8")
