"""The one-page review report (HTML and DOCX): status, history, checklist, comments."""

from __future__ import annotations

import io
from html import escape

import docx
from docx.shared import Pt, RGBColor

from app.release import indonesian as ind
from app.release.approval import LABELS
from app.release.model import Release
from app.render.document import xml_clean
from app.review.checklist import STATUS_LABELS, CheckItem
from app.review.workflow import comment_block

_COLOURS = {"pass": "#1e7b34", "warn": "#9a6700", "fail": "#b42318"}
_CSS = """
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; margin: 1.5em; }
h1 { font-size: 15pt; margin: 0 0 0.2em; } h2 { font-size: 12pt; margin: 1em 0 0.3em; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #ccc;
  padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
.pass { color: #1e7b34; } .warn { color: #9a6700; } .fail { color: #b42318; font-weight: bold; }
@page { size: A4; margin: 1.5cm; }
"""


def _when(stamp: str) -> str:
    try:
        return f"{ind.long_date(stamp[:10])} {stamp[11:16]}".strip()
    except ValueError:
        return stamp


def _comment_place(release: Release, block: int) -> str:
    return f"Blok {block + 1}" if block >= 0 else "Seluruh rilis"


def report_html(release: Release, items: list[CheckItem]) -> str:
    status = LABELS.get(release.review.status, release.review.status)
    rows = "".join(
        f'<tr><td class="{item.status}">{STATUS_LABELS[item.status]}</td>'
        f"<td>{escape(item.label)}</td><td>{escape(item.reason)}</td></tr>" for item in items)
    history = "".join(
        f"<li>{escape(LABELS.get(c.status, c.status))} — {escape(c.by or '?')}, "
        f"{escape(_when(c.at))}{': ' + escape(c.note) if c.note else ''}</li>"
        for c in release.review.history) or "<li>Belum ada perubahan status.</li>"
    comments = "".join(
        f"<tr><td>{escape(_comment_place(release, comment_block(release, c)))}</td>"
        f"<td>{escape(c.text)}</td><td>{escape(c.author)}, {escape(_when(c.at))}</td>"
        f"<td>{'Selesai' if c.resolved else 'Terbuka'}</td></tr>"
        for c in release.review.comments)
    comment_table = (f"<table><tr><th>Tempat</th><th>Komentar</th><th>Oleh</th><th>Status</th>"
                     f"</tr>{comments}</table>" if comments else "<p>Tidak ada komentar.</p>")
    return ('<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
            f"<title>Laporan tinjauan: {escape(release.title)}</title>\n<style>{_CSS}</style>\n"
            f"</head>\n<body>\n<h1>Laporan tinjauan</h1>\n<p><b>{escape(release.title)}</b><br>"
            f"Status: <b>{escape(status)}</b> · Satuan: {escape(release.unit)} · "
            f"Penulis: {escape(release.meta.author)}</p>\n"
            f"<h2>Daftar periksa</h2>\n<table><tr><th>Hasil</th><th>Butir</th><th>Alasan</th>"
            f"</tr>{rows}</table>\n<h2>Komentar peninjau</h2>\n{comment_table}\n"
            f"<h2>Riwayat status</h2>\n<ul>{history}</ul>\n</body>\n</html>\n")


def report_docx(release: Release, items: list[CheckItem]) -> bytes:
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = docx.shared.Cm(21), docx.shared.Cm(29.7)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, docx.shared.Cm(1.5))
    doc.add_paragraph(xml_clean("Laporan tinjauan"), style="Title")
    status = LABELS.get(release.review.status, release.review.status)
    doc.add_paragraph(xml_clean(f"{release.title}\nStatus: {status} · Satuan: {release.unit} · "
                                f"Penulis: {release.meta.author}"))
    doc.add_paragraph("Daftar periksa", style="Heading 2")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Hasil", "Butir", "Alasan"), strict=True):
        cell.text = text
    for item in items:
        cells = table.add_row().cells
        run = cells[0].paragraphs[0].add_run(STATUS_LABELS[item.status])
        colour = _COLOURS[item.status].lstrip("#")
        run.font.color.rgb = RGBColor.from_string(colour.upper())
        run.bold = item.status == "fail"
        cells[1].text = xml_clean(item.label)
        cells[2].text = xml_clean(item.reason)
    doc.add_paragraph("Komentar peninjau", style="Heading 2")
    if not release.review.comments:
        doc.add_paragraph("Tidak ada komentar.")
    for comment in release.review.comments:
        place = _comment_place(release, comment_block(release, comment))
        state = "selesai" if comment.resolved else "terbuka"
        doc.add_paragraph(xml_clean(f"{place}: {comment.text} — {comment.author}, "
                                    f"{_when(comment.at)} ({state})"), style="List Bullet")
    doc.add_paragraph("Riwayat status", style="Heading 2")
    for change in release.review.history:
        doc.add_paragraph(xml_clean(f"{LABELS.get(change.status, change.status)} — "
                                    f"{change.by or '?'}, {_when(change.at)}"
                                    + (f": {change.note}" if change.note else "")),
                          style="List Bullet")
    for paragraph in doc.paragraphs:
        for run in paragraph.runs:
            run.font.size = run.font.size or Pt(10)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
