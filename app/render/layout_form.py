"""Layouts without Jinja: a form's choices written out as a layout template.

An editor picks the letterhead lines (or the unit's Word reference document), whether the
draft's emblem shows, which parts appear and in what order, and the fonts and size of the
HTML export; :func:`generate` writes an ordinary layout template from that (validated like
any other before it is saved), so experts can open it in the Jinja editor afterwards. Every
text typed in the form reaches the template as a quoted Jinja string, never as template
code, and is escaped on output like any value.

The HTML choices live in the template's header (``font:``, ``heading-font:``,
``font-size:``) and become CSS through :func:`layout_css`, for every HTML export of the
layout; the reference document is named by ``reference:`` (``app.render.references``).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from app.base.errors import RilisError
from app.render.locations import Location
from app.render.references import REFERENCE_KEY, assets_dir
from app.render.templating import TEMPLATE_ID, TEMPLATE_SUFFIX, read_header, search_path

logger = logging.getLogger(__name__)

PARTS: tuple[str, ...] = ("number", "date", "embargo", "title", "lead", "body", "contact",
                          "related", "closing")
"""Every part a form layout can show, in the default order."""
FONT_KEY, HEADING_FONT_KEY, SIZE_KEY = "font", "heading-font", "font-size"
FORM_KEY = "form"
"""Header key holding the form's choices (JSON), so the form can reopen a layout."""
DEFAULT_FONT = "Liberation Serif"
DEFAULT_HEADING_FONT = "Liberation Sans"
FONT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")
SIZES = range(8, 25)
MAX_LINES = 8
MAX_LINE = 120

_SNIPPETS: dict[str, str] = {
    "number": '{% if release.number %}<info>Nomor: {{ release.number }}</info>{% endif %}',
    "date": ('{% if release.event.date %}<info>Tanggal: {{ release.event.date|date("nodate") }}'
             "</info>{% endif %}"),
    "embargo": (
        "{% if release.embargo.date %}<note>Embargo sampai {{ release.embargo.date|date }}"
        "{% if release.embargo.time %} {{ release.embargo.time|time(release.embargo.timezone) }}"
        "{% endif %}</note>{% else %}<note>Untuk disiarkan segera</note>{% endif %}"),
    "title": "<title>{{ release.title }}</title>",
    "lead": "{{ blocks.lead_from_event(release, rilis) }}",
    "contact": (
        "{% if release.contact.name or release.contact.phone or release.contact.email %}\n"
        "<heading>Narahubung</heading>\n"
        "{% if release.contact.name %}<info>{{ release.contact.name }}</info>{% endif %}\n"
        "{% if release.contact.phone %}<info>Telepon: {{ release.contact.phone }}</info>"
        "{% endif %}\n"
        "{% if release.contact.email %}<info>Surel: {{ release.contact.email }}</info>"
        "{% endif %}\n{% endif %}"),
    "related": "{{ blocks.related(release) }}",
    "closing": "{{ blocks.closing(release) }}",
}


@dataclass
class LayoutSpec:
    """What the form holds."""

    id: str
    name: str
    description: str = ""
    letterhead: list[str] = field(default_factory=list)
    unit_line: bool = False
    """A letterhead line with the draft's unit (``release.unit``) after the typed lines."""
    emblem: bool = True
    """Show the draft's emblem (``release.emblem``) above the letterhead."""
    reference: str = ""
    """File name of the unit's Word document in the place's ``assets/`` (DOCX only)."""
    parts: list[str] = field(default_factory=lambda: list(PARTS))
    font: str = DEFAULT_FONT
    heading_font: str = DEFAULT_HEADING_FONT
    font_size: int = 12
    sample: str = "kegiatan-polres.rilis"


def _literal(text: str) -> str:
    """A Jinja string expression printing ``text`` as typed (escaped on output)."""
    return "{{ " + json.dumps(text, ensure_ascii=False) + " }}"


def _header_value(text: str) -> str:
    """A header value on one line, unable to close the header comment."""
    return " ".join(text.replace("#}", "# }").split())


def check_spec(spec: LayoutSpec) -> list[str]:
    """Indonesian problems with the form's values (empty when it can be written)."""
    problems = []
    if not TEMPLATE_ID.fullmatch(spec.id):
        problems.append("Id harus huruf kecil, angka dan tanda hubung (mis. siaran-polres).")
    if not spec.name.strip():
        problems.append("Nama templat wajib diisi.")
    if len(spec.letterhead) > MAX_LINES or any(len(line) > MAX_LINE for line in spec.letterhead):
        problems.append(f"Kop paling banyak {MAX_LINES} baris, masing-masing {MAX_LINE} huruf.")
    unknown = [part for part in spec.parts if part not in PARTS]
    if unknown or len(set(spec.parts)) != len(spec.parts):
        problems.append("Daftar bagian tidak sah.")
    if "title" not in spec.parts and "body" not in spec.parts:
        problems.append("Pilih setidaknya judul atau isi.")
    for font in (spec.font, spec.heading_font):
        if not FONT_NAME.fullmatch(font):
            problems.append(f"Nama huruf '{font}' tidak sah.")
    if spec.font_size not in SIZES:
        problems.append(f"Ukuran huruf harus {SIZES.start}–{SIZES.stop - 1} pt.")
    if spec.reference and not spec.reference.lower().endswith((".docx", ".dotx")):
        problems.append("Dokumen acuan harus berupa .docx atau .dotx.")
    return problems


def generate(spec: LayoutSpec) -> str:
    """The layout template's text for the form's choices."""
    problems = check_spec(spec)
    if problems:
        raise RilisError("Formulir templat belum lengkap:\n" + "\n".join(
            f"  - {problem}" for problem in problems))
    choices = {"letterhead": spec.letterhead, "unit_line": spec.unit_line,
               "emblem": spec.emblem, "parts": spec.parts}
    header = [f"name: {_header_value(spec.name)}",
              f"description: {_header_value(spec.description or 'Dibuat dari formulir.')}",
              f"sample: {Path(spec.sample).name}",
              f"{FONT_KEY}: {spec.font}", f"{HEADING_FONT_KEY}: {spec.heading_font}",
              f"{SIZE_KEY}: {spec.font_size}",
              f"{FORM_KEY}: {_header_value(json.dumps(choices, ensure_ascii=False))}"]
    if spec.reference:
        header.append(f"{REFERENCE_KEY}: {Path(spec.reference).name}")
    lines = ["{# " + "\n".join(header) + " #}", '{% import "_blocks.xml.j2" as blocks %}',
             '<document title="{{ release.title }}" author="{{ release.meta.author }}" '
             'lang="id">']
    if spec.emblem:
        lines.append('{% if release.emblem %}<image src="{{ release.emblem }}" '
                     'role="emblem"/>{% endif %}')
    lines += [f'<letterhead align="center">{_literal(line.strip())}</letterhead>'
              for line in spec.letterhead if line.strip()]
    if spec.unit_line:
        lines.append('{% if release.unit %}<letterhead align="center">'
                     "{{ release.unit|upper }}</letterhead>{% endif %}")
    if spec.emblem or spec.unit_line or any(line.strip() for line in spec.letterhead):
        lines.append("<rule/>")
    parts = spec.parts
    for index, part in enumerate(parts):
        if part == "body":
            inline_closing = index + 1 < len(parts) and parts[index + 1] == "closing"
            lines.append("{{ blocks.body(release, rilis, closing=%s) }}"
                         % ("true" if inline_closing else "false"))
        elif part == "closing" and index > 0 and parts[index - 1] == "body":
            continue  # the closing tag ends the last paragraph (house style)
        else:
            lines.append(_SNIPPETS[part])
    lines.append("</document>")
    return "\n".join(lines) + "\n"


def spec_from_header(template_id: str, source: str) -> LayoutSpec | None:
    """The form's choices back from a layout written by :func:`generate`, or None."""
    header = read_header(source)
    try:
        choices = json.loads(header.get(FORM_KEY, ""))
        size = int(header.get(SIZE_KEY, "12"))
    except ValueError:
        return None
    if not isinstance(choices, dict):
        return None
    letterhead = [str(line) for line in choices.get("letterhead", [])][:MAX_LINES]
    parts = [str(part) for part in choices.get("parts", []) if part in PARTS]
    return LayoutSpec(template_id, header.get("name", template_id),
                      header.get("description", ""), letterhead,
                      bool(choices.get("unit_line")), bool(choices.get("emblem", True)),
                      header.get(REFERENCE_KEY, ""), parts,
                      header.get(FONT_KEY, DEFAULT_FONT),
                      header.get(HEADING_FONT_KEY, DEFAULT_HEADING_FONT), size,
                      header.get("sample", "kegiatan-polres.rilis"))


def css_for(header: dict[str, str]) -> str:
    """CSS for a layout's HTML choices (empty for a layout that makes none)."""
    font = header.get(FONT_KEY, "")
    heading = header.get(HEADING_FONT_KEY, "")
    size = header.get(SIZE_KEY, "")
    rules = []
    if FONT_NAME.fullmatch(font):
        rules.append(f'body {{ font-family: "{font}", serif; }}')
    if FONT_NAME.fullmatch(heading):
        rules.append(f'h1.title, h2.heading, p.subtitle, p.letterhead {{ font-family: '
                     f'"{heading}", sans-serif; }}')
    if size.isdigit() and int(size) in SIZES:
        rules.append(f"body {{ font-size: {int(size)}pt; }}")
    return "\n".join(rules)


def layout_css(template_id: str) -> str:
    """The HTML choices of the layout ``template_id`` as CSS (searched like a render)."""
    if not TEMPLATE_ID.fullmatch(template_id):
        return ""
    for folder in map(Path, search_path()):
        try:
            with (folder / f"{template_id}{TEMPLATE_SUFFIX}").open(
                    encoding="utf-8", errors="replace") as handle:
                return css_for(read_header(handle.read(4000)))
        except OSError:
            continue
    return ""


def install_reference(path: Path, place: Location) -> str:
    """Check a reference document and copy it into the place's ``assets/``; its name."""
    from app.render.writers.reference_doc import clean_reference, read_reference

    clean_reference(read_reference(path), path.name)
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._")[:60] or "kop"
    target = assets_dir(place) / f"{name}{path.suffix.lower()}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.resolve() != target.resolve():
            shutil.copyfile(path, target)
    except OSError as error:
        raise RilisError(f"Dokumen acuan tidak dapat disalin ke {target.parent}: "
                         f"{error.strerror}") from error
    return target.name
