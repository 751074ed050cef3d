"""The supervisor's review made by the real program: LibreOffice headless through UNO records
changes (a word replaced, a sentence inserted, one deleted) and adds comments, saves DOCX;
Rilis reads exactly those changes and comments back, on the right blocks."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.release.draftfile import content_of, load_draft
from app.release.model import Official, Paragraph, Release
from app.render.export import export_bytes
from app.review.docx_open import open_docx

SYSTEM_PYTHON = Path("/usr/bin/python3")
"""The Python that LibreOffice's UNO bridge (Debian package python3-uno) belongs to."""
TOOL = Path(__file__).resolve().parent.parent / "tools" / "lo_edit.py"


def _release() -> Release:
    return Release(
        title="Warga Sidomulyo Ronda Bersama Polisi", dateline="Wanasari",
        officials=[Official(id="kapolsek", rank="AKP", name="Bagus Hartono",
                            short_name="Bagus", position="Kapolsek Wanasari")],
        body=[Paragraph(text="Ratusan warga Desa Sidomulyo mengikuti ronda malam bersama "
                             "@kapolsek. Ronda dimulai dari balai desa."),
              Paragraph(text="Kegiatan ditutup dengan doa bersama di pos kamling. Warga "
                             "pulang menjelang subuh.")])


@pytest.mark.slow
def test_a_review_made_in_libreoffice_comes_back_exactly(tmp_path: Path) -> None:
    assert shutil.which("soffice"), "LibreOffice is installed by `make test`"
    release = _release()
    exported, reviewed = tmp_path / "rilis.docx", tmp_path / "ditinjau.docx"
    exported.write_bytes(export_bytes(release, "docx"))
    script = tmp_path / "tinjauan.json"
    script.write_text(json.dumps([
        {"author": "Kasi Humas"},
        {"replace": ["Ratusan", "Puluhan"]},
        {"insert_after": ["pos kamling.", " Ketua RT menyampaikan terima kasih."]},
        {"delete": " Ronda dimulai dari balai desa."},
        {"comment": ["Desa Sidomulyo", "Kasi Humas", "Nama desa sudah benar?",
                     "2026-11-20T09:15", [["Kabag Ops", "Sudah, sesuai data.",
                                           "2026-11-20T12:40"]]]}]), encoding="utf-8")
    result = subprocess.run(
        [str(SYSTEM_PYTHON), str(TOOL), "review", str(exported), str(reviewed),
         str(tmp_path / "lo"), str(script)], capture_output=True, text=True, timeout=180,
        check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "4"
    opened = open_docx(reviewed)
    assert opened.embedded and opened.edits == []  # nothing reported deleted that was not
    assert opened.returned is not None
    assert [(c.kind, c.text, c.field, c.author) for c in opened.returned.changes] == [
        ("delete", "Ratusan", "body.0", "Kasi Humas"),
        ("insert", "Puluhan", "body.0", "Kasi Humas"),
        ("delete", " Ronda dimulai dari balai desa.", "body.0", "Kasi Humas"),
        ("insert", " Ketua RT menyampaikan terima kasih.", "body.1", "Kasi Humas")]
    assert all(c.date.startswith("20") for c in opened.returned.changes)
    comments = sorted((c.date, c.author, c.text, c.field, c.quote)
                      for c in opened.returned.comments)
    assert comments == [
        ("2026-11-20T09:15:00Z", "Kasi Humas", "Nama desa sudah benar?", "body.0",
         "Desa Sidomulyo"),
        ("2026-11-20T12:40:00Z", "Kabag Ops", "Sudah, sesuai data.", "body.0",
         "Desa Sidomulyo")]
    accepted, rejected = tmp_path / "terima.rilis", tmp_path / "tolak.rilis"
    assert main(["open", str(reviewed), "--accept-all", "-o", str(accepted)]) == 0
    assert main(["open", str(reviewed), "--reject-all", "-o", str(rejected)]) == 0
    typed = copy.deepcopy(release)
    first, last = typed.body
    assert isinstance(first, Paragraph) and isinstance(last, Paragraph)
    first.text = "Puluhan warga Desa Sidomulyo mengikuti ronda malam bersama @kapolsek."
    last.text = ("Kegiatan ditutup dengan doa bersama di pos kamling. Ketua RT menyampaikan "
                 "terima kasih. Warga pulang menjelang subuh.")
    got = load_draft(accepted)
    assert content_of(got) == content_of(typed)
    assert content_of(load_draft(rejected)) == content_of(release)
    assert sorted((c.author, c.block) for c in got.review.comments) == [
        ("Kabag Ops", 0), ("Kasi Humas", 0)]


@pytest.mark.slow
def test_a_komentar_export_opens_in_libreoffice_with_every_comment_at_its_word(
        tmp_path: Path) -> None:
    """LibreOffice converts the DOCX to PDF with each comment as a note at its anchor: one
    per comment, the finding's note on the line of "himbauan"."""
    import re

    import docx

    from app.release.draftfile import save_draft
    from app.review.workflow import add_comment

    release = _release()
    first = release.body[0]
    assert isinstance(first, Paragraph)
    first.text += " Polisi memberi himbauan agar warga menjaga lingkungan."
    add_comment(release, "Sebutkan jumlah pos kamling.", "Iptu Ratna", block=1)
    draft, out = tmp_path / "ronda.rilis", tmp_path / "ronda.docx"
    save_draft(release, draft)
    assert main(["render", str(draft), "-f", "docx", "--komentar", "-o", str(out)]) == 0
    written = len(docx.Document(str(out)).comments)
    assert written >= 3  # the finding, the review comment, the open checklist items
    filter_options = ('pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean",'
                      '"value":"true"},"ExportNotes":{"type":"boolean","value":"true"}}')
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", filter_options, "--outdir", str(tmp_path / "pdf"), str(out)],
        capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    pdf = (tmp_path / "pdf" / "ronda.pdf").read_bytes()
    assert len(re.findall(rb"/Subtype\s*/Text\b", pdf)) == written
    boxes = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "pdf" / "ronda.pdf"), "-"],
                           capture_output=True, text=True, timeout=60, check=True).stdout
    assert "Rilis (pemeriksa)" not in boxes  # notes, not body text
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', boxes).group(1))  # type: ignore[union-attr]
    word = re.search(r'xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">'
                     r"himbauan<", boxes)
    assert word is not None
    top, right = float(word.group(1)), float(word.group(2))
    notes = [tuple(float(v) for v in m.group(1).split())
             for m in re.finditer(rb"/Subtype\s*/Text\b.*?/Rect\s*\[([^\]]*)\]", pdf, re.S)]
    notes += [tuple(float(v) for v in m.group(1).split())
              for m in re.finditer(rb"/Rect\s*\[([^\]]*)\][^>]*?/Subtype\s*/Text\b", pdf,
                                   re.S)]
    # the finding's note sits at the end of "himbauan", on its line
    assert any(abs(x1 - right) < 3 and abs((height - y2) - top) < 5
               for x1, _y1, _x2, y2 in notes), (notes, top, right)
