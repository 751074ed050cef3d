"""Layouts without Jinja (``app.render.layout_form``): every choice of parts writes a valid
template, typed text stays text, HTML fonts follow the layout, and the reference document
chosen in the form shapes the DOCX export."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import docx
import pytest

import app.render.locations
from app.base.errors import RilisError
from app.library.catalog import Library
from app.library.template_check import validate_template
from app.release.model import Release
from app.render.export import export_bytes
from app.render.layout_form import (
    PARTS,
    LayoutSpec,
    css_for,
    generate,
    install_reference,
    spec_from_header,
)
from app.render.locations import resolve
from app.render.templating import read_header, render_document, render_source, to_document
from app.render.writers.text import write_text
from tests.core.test_reference_doc import UNIT_LINES, build_reference


def _spec(**changes: object) -> LayoutSpec:
    spec = LayoutSpec("siaran-sidomulyo", "Siaran Polres Sidomulyo",
                      letterhead=["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "RESOR SIDOMULYO"])
    for key, value in changes.items():
        setattr(spec, key, value)
    return spec


@pytest.mark.parametrize("parts", [list(PARTS), ["title", "body"], ["body", "closing"],
                                   ["closing", "related", "body", "title", "number"],
                                   ["embargo", "date", "title", "lead", "body", "contact"]])
def test_generated_layouts_validate(parts: list[str]) -> None:
    assert validate_template(generate(_spec(parts=parts))) == []


def test_every_pair_order_of_parts_validates() -> None:
    for first, second in itertools.permutations(PARTS, 2):
        parts = [first, second] if "title" in (first, second) or "body" in (first, second) \
            else [first, second, "body"]
        assert validate_template(generate(_spec(parts=parts, emblem=False))) == [], parts


def test_parts_appear_in_the_chosen_order(sample_release: Release) -> None:
    sample_release.number = "B/17/XI/HUM.3.4/2026"
    spec = _spec(parts=["title", "number", "body", "closing", "contact"])
    document = to_document(render_source(sample_release, generate(spec)), sample_release)
    text = write_text(document)
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[:2] == ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "RESOR SIDOMULYO"]
    assert text.index(sample_release.title) < text.index("B/17/XI/HUM.3.4/2026")
    assert text.index("B/17/XI/HUM.3.4/2026") < text.index("TRENGGALEK")
    assert "Berita terkait" not in text
    assert text.rstrip().endswith(sample_release.contact.name) or \
        sample_release.contact.email in text.splitlines()[-1]
    body = [b for b in document.text_blocks() if b.style in ("p", "quote")]
    assert "".join(run.text for run in body[-1].runs).endswith(" " + sample_release.closing)
    assert not list(document.text_blocks("closing"))


def test_typed_text_is_text_never_template_code(small_release: Release) -> None:
    hostile = ['{{ release.__class__ }} {% for x in range(9) %}x{% endfor %}',
               '</letterhead><image src="/etc/passwd"/><letterhead>', 'A "B" \\ #} C']
    source = generate(_spec(letterhead=hostile, name="Uji #} {{ 7*7 }}"))
    assert validate_template(source) == []
    document = to_document(render_source(small_release, source), small_release)
    heads = ["".join(run.text for run in block.runs)
             for block in document.text_blocks("letterhead")]
    assert heads == [hostile[0], hostile[1], hostile[2]]
    assert read_header(source)["name"] == "Uji # } {{ 7*7 }}"


@pytest.mark.parametrize(("change", "fragment"), [
    ({"id": "Siaran Baru"}, "Id harus"), ({"name": " "}, "Nama templat"),
    ({"parts": ["contact"]}, "judul atau isi"), ({"parts": ["body", "sihir"]}, "tidak sah"),
    ({"font": 'Arial"; } body { display:none'}, "Nama huruf"), ({"font_size": 99}, "Ukuran"),
    ({"reference": "kop.pdf"}, ".docx"), ({"letterhead": ["x"] * 9}, "Kop paling banyak"),
])
def test_bad_form_values_are_explained(change: dict[str, object], fragment: str) -> None:
    with pytest.raises(RilisError, match=fragment):
        generate(_spec(**change))


def test_css_only_from_safe_values() -> None:
    assert css_for({"font": "DejaVu Serif", "font-size": "13", "heading-font": "Arial"}) == (
        'body { font-family: "DejaVu Serif", serif; }\n'
        'h1.title, h2.heading, p.subtitle, p.letterhead { font-family: "Arial", sans-serif; }\n'
        "body { font-size: 13pt; }")
    assert css_for({"font": 'X"; } * { color: red', "font-size": "300"}) == ""
    assert css_for({}) == ""


def test_saved_layout_drives_html_fonts_and_docx_reference(sample_release: Release,
                                                           tmp_path: Path) -> None:
    library = Library(resolve())
    place = library.target()
    build_reference(tmp_path / "Kop Polres (resmi).docx")
    name = install_reference(tmp_path / "Kop Polres (resmi).docx", place)
    assert name == "Kop-Polres-resmi.docx"
    library.save_template("siaran-sidomulyo", generate(_spec(
        reference=name, font="DejaVu Serif", font_size=13, letterhead=[])))
    app.render.locations.refresh()
    sample_release.template = "siaran-sidomulyo"
    html = export_bytes(sample_release, "html").decode("utf-8")
    assert 'body { font-family: "DejaVu Serif", serif; }' in html
    assert "body { font-size: 13pt; }" in html
    exported = docx.Document(io.BytesIO(export_bytes(sample_release, "docx")))
    first = "\n".join(p.text for p in exported.sections[0].first_page_header.paragraphs)
    assert all(line in first for line in UNIT_LINES)
    builtin = export_bytes(Release(title="Tanpa layout formulir"), "html").decode("utf-8")
    assert "DejaVu Serif" not in builtin
    assert render_document(sample_release).blocks


def test_install_reference_refuses_a_broken_document(tmp_path: Path) -> None:
    broken = tmp_path / "kop.docx"
    broken.write_bytes(b"bukan zip")
    with pytest.raises(RilisError, match="zip rusak"):
        install_reference(broken, Library(resolve()).target())
    assert not (Library(resolve()).target().root / "assets" / "kop.docx").exists()


def test_form_choices_come_back_from_the_written_template() -> None:
    spec = _spec(parts=["title", "body", "closing"], unit_line=True, emblem=False,
                 reference="kop.docx", font="DejaVu Sans", heading_font="DejaVu Serif",
                 font_size=11, description="Untuk Polsek jajaran")
    assert spec_from_header(spec.id, generate(spec)) == spec
    assert spec_from_header("lain", "{# name: Tulisan tangan #}\n<document/>") is None
