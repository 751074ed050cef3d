"""Every route out of Rilis carries the DRAF mark until the release is approved.

Routes: DOCX (page header on every page), HTML, text, the clipboard text (*Salin sebagai
teks*), WhatsApp (every message, and the *versi singkat*), PDF and print (every page,
checked page by page with ``pdftotext``). The approved release is the control: the same
routes then carry no DRAF, so the tests cannot pass by accident.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.release.approval import is_approved
from app.release.draftfile import load_draft
from app.release.model import Paragraph, Release
from app.render.export import export_bytes, release_copy_text
from app.render.wa_export import export_whatsapp, whatsapp_texts
from app.review.workflow import set_status
from tests.core.test_whatsapp import long_release

DRAF = "DRAF — belum disetujui untuk dipublikasikan"


def approve(release: Release) -> Release:
    set_status(release, "diajukan", "Bripka Dwi Anggraeni")
    set_status(release, "disetujui", "Kompol Hartono Wijaya")
    assert is_approved(release)
    return release


def docx_parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.startswith("word/") and name.endswith(".xml")}


def texts_of_routes(release: Release, folder: Path) -> dict[str, list[str]]:
    """What each Qt-free route gives, as the texts a reader sees (one per message/part)."""
    parts = docx_parts(export_bytes(release, "docx"))
    headers = [text for name, text in parts.items() if "header" in name]
    html = export_bytes(release, "html").decode("utf-8")
    export_whatsapp(release, folder)
    files = sorted(folder.glob("pesan-*.txt"))
    return {
        "docx-header": [" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", text))
                        for text in headers] or [""],
        "html": [html],
        "txt": [export_bytes(release, "txt").decode("utf-8")],
        "clipboard": [release_copy_text(release)],
        "whatsapp": whatsapp_texts(release)[0],
        "whatsapp-files": [path.read_text(encoding="utf-8") for path in files],
        "singkat": whatsapp_texts(release, short=True)[0],
    }


def test_every_route_of_a_draft_carries_the_mark(sample_release: Release,
                                                 tmp_path: Path) -> None:
    routes = texts_of_routes(sample_release, tmp_path / "wa")
    for route, texts in routes.items():
        assert texts, route
        for text in texts:
            assert DRAF in text, f"{route} leaves without the DRAF mark"
    assert routes["txt"][0].startswith(f"[{DRAF}")
    assert routes["clipboard"][0].startswith(f"[{DRAF}")
    assert 'class="watermark"' in routes["html"][0]


def test_every_whatsapp_part_of_a_long_draft_carries_the_mark(tmp_path: Path) -> None:
    release = long_release(tmp_path)
    messages = whatsapp_texts(release)[0]
    assert len(messages) >= 2
    for message in messages:
        assert message.startswith(f"*[{DRAF}")


def test_approved_release_leaves_without_the_mark_and_an_edit_brings_it_back(
        sample_release: Release, tmp_path: Path) -> None:
    approve(sample_release)
    for route, texts in texts_of_routes(sample_release, tmp_path / "wa1").items():
        for text in texts:
            assert "DRAF" not in text, route
    sample_release.body.append(Paragraph(text="Kalimat tambahan sesudah persetujuan."))
    for route, texts in texts_of_routes(sample_release, tmp_path / "wa2").items():
        for text in texts:
            assert "DRAF — isi diubah setelah disetujui" in text, route


# ---------------------------------------------------------------- PDF and print (Qt)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, read back with poppler's pdftotext (installed by make test)."""
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is required: scripts/system-deps.sh installs it"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    count = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    # -raw: in drawing order, so the diagonal watermark does not interleave the header
    return [subprocess.run([tool, "-raw", "-f", str(n), "-l", str(n), str(path), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


def three_pages(sample_dir: Path) -> Release:
    release = load_draft(sample_dir / "kegiatan-polres.rilis")
    for number in range(1, 13):
        release.body.append(Paragraph(text=f"Paragraf uji {number}. " + " ".join(
            ["Petugas kembali mengingatkan pengendara muda agar memakai helm."] * 6)))
    return release


@pytest.mark.usefixtures("qapp")
def test_pdf_export_marks_every_page(sample_dir: Path, tmp_path: Path) -> None:
    from ui.printing import export_pdf

    release = three_pages(sample_dir)
    out = export_pdf(release, tmp_path / "rilis.pdf")
    pages = pdf_pages(out)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert DRAF in text, f"page {number} has no DRAF header"
        assert f"halaman {number}/{len(pages)}" in text
    assert "Paragraf uji 12." in "".join(pages)  # nothing lost at the page breaks

    approve(release)
    final = pdf_pages(export_pdf(release, tmp_path / "final.pdf"))
    assert final and all("DRAF" not in text for text in final)


@pytest.mark.usefixtures("qapp")
def test_print_route_marks_every_page(sample_dir: Path, tmp_path: Path) -> None:
    """*Cetak…* paints through the same job as the PDF; a PDF printer stands in for paper."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import a4_printer, print_document

    printer = a4_printer(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    job = print_document(three_pages(sample_dir))
    assert job.mark == "DRAF"
    count = job.print_(printer)
    del printer
    pages = pdf_pages(tmp_path / "cetak.pdf")
    assert len(pages) == count >= 3
    assert all(DRAF in text for text in pages)
