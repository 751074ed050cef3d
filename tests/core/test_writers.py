"""The three writers read back as a user's tools would read them."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import html5lib
import pytest
from PIL import Image

from app.release.model import Contact, Official, Paragraph, Photo, Quote, RelatedStory, Release
from app.render.export import export_bytes, export_file
from app.render.templating import render_document
from app.render.writers.text import write_text

HOSTILE = '<script>alert("x")</script> "kutip" \'satu\' & <img src=x onerror=alert(1)>'


def _hostile_release() -> Release:
    return Release(
        title=HOSTILE, dateline=HOSTILE, unit=HOSTILE, closing=HOSTILE, number=HOSTILE,
        officials=[Official(id="a", rank=HOSTILE, name=HOSTILE, short_name=HOSTILE,
                            position=HOSTILE, degrees=[HOSTILE])],
        body=[Paragraph(text=HOSTILE), Quote(speaker="a", text=HOSTILE, verb=HOSTILE),
              Photo(path="/tidak/ada.jpg", caption=HOSTILE, credit=HOSTILE)],
        related=[RelatedStory(title=HOSTILE, url="javascript:alert(1)"),
                 RelatedStory(title=HOSTILE, url='https://a.example/"onmouseover=alert(1)')],
        contact=Contact(name=HOSTILE, phone=HOSTILE, email=HOSTILE),
    )


def _parse_html(text: str) -> object:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(text)


@pytest.mark.parametrize("template_id", ["berita-kegiatan", "siaran-pers"])
def test_html_escapes_every_field(template_id: str) -> None:
    html = export_bytes(_hostile_release(), "html", template_id).decode("utf-8")
    tree = _parse_html(html)
    assert tree.findall(".//script") == []  # type: ignore[attr-defined]
    for element in tree.iter():  # type: ignore[attr-defined]
        assert not any(name.lower().startswith("on") for name in element.attrib)
        assert not element.attrib.get("href", "").lower().startswith("javascript")
    assert "&lt;script&gt;" in html
    assert html.count("<a ") == 0


def test_html_is_standalone_with_embedded_photo(sample_release: Release) -> None:
    html = export_bytes(sample_release, "html").decode("utf-8")
    _parse_html(html)
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="id">' in html and "<style>" in html
    assert 'src="data:image/jpeg;base64,' in html
    assert '<a href="https://contoh.polres-trenggalek.example/berita/operasi-zebra-2026">' in html
    assert "TRENGGALEK –" in html


def _docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_docx_has_named_styles_and_text(sample_release: Release) -> None:
    document = _docx(export_bytes(sample_release, "docx"))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", sample_release.title)
    body = [text for name, text in styles if name == "Body Text"]
    assert body[0].startswith("TRENGGALEK – Menjelang libur akhir tahun")
    quotes = [text for name, text in styles if name == "Quote"]
    assert len(quotes) == 4
    assert quotes[0].endswith("bukan menunggu mereka di jalan,” ujar AKBP Bagus.")
    assert quotes[-1].endswith("tandasnya. (*)")
    assert ("Heading 2", "Berita terkait") in styles
    assert [name for name, _ in styles].count("List Bullet") == 3
    assert any(name == "Caption" and "Humas Polres Trenggalek" in text for name, text in styles)
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert document.core_properties.title == sample_release.title
    assert document.core_properties.author == "Bripka Dwi Anggraeni"
    assert len(document.inline_shapes) == 1
    assert document.inline_shapes[0].width <= section.page_width - section.left_margin \
        - section.right_margin


def test_docx_links_page_numbers_and_language(sample_release: Release) -> None:
    data = export_bytes(sample_release, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
        footers = [archive.read(n).decode("utf-8") for n in archive.namelist()
                   if n.startswith("word/footer")]
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert body.count("<w:hyperlink") == 2
    assert "https://contoh.polres-trenggalek.example/berita/sambang-karangsoko" in rels
    assert any('w:instr="PAGE"' in footer for footer in footers)
    assert 'w:val="id-ID"' in styles


def test_docx_survives_control_characters_and_hostile_text() -> None:
    release = _hostile_release()
    release.body.append(Paragraph(text="nol\x00 bel\x07 vt\x0b esc\x1b \ufffe selesai"))
    document = _docx(export_bytes(release, "docx"))
    texts = [p.text for p in document.paragraphs]
    assert any("nol bel vt esc selesai" in text for text in texts)
    assert any(HOSTILE in text for text in texts)


def test_photos_in_other_formats_are_converted(tmp_path: Path, small_release: Release) -> None:
    webp = tmp_path / "foto.webp"
    Image.new("RGB", (3000, 1000), (200, 30, 30)).save(webp, "WEBP")
    rgba = tmp_path / "logo.png"
    Image.new("RGBA", (300, 300), (0, 0, 0, 0)).save(rgba)
    small_release.body.insert(0, Photo(path=str(webp), caption="Merah", credit="Uji"))
    small_release.body.insert(0, Photo(path=str(rgba), caption="Bening"))
    document = _docx(export_bytes(small_release, "docx"))
    assert len(document.inline_shapes) == 2
    html = export_bytes(small_release, "html").decode("utf-8")
    assert "data:image/jpeg;base64" in html and "data:image/png;base64" in html


def test_text_export_for_chat(sample_release: Release) -> None:
    text = export_bytes(sample_release, "txt").decode("utf-8")
    assert text.startswith("[DRAF — belum disetujui untuk dipublikasikan (status: Draf)]\n\n"
                           + sample_release.title + "\n\nTRENGGALEK – ")
    assert "[Foto: Para pelajar mengikuti" in text
    assert "- Polsek Pogalan Gelar Patroli Malam di Jalur Lintas Selatan\n" in text
    assert "<" not in text


def test_text_keeps_every_related_story_link(sample_release: Release,
                                            small_release: Release) -> None:
    """Plain text has no links, so each URL follows its title in parentheses; a story
    without a URL is the title alone."""
    text = export_bytes(sample_release, "txt").decode("utf-8")
    assert text.endswith(
        "Berita terkait\n\n"
        "- Operasi Zebra Semeru 2026, Satlantas Trenggalek Utamakan Teguran Simpatik "
        "(https://contoh.polres-trenggalek.example/berita/operasi-zebra-2026)\n"
        "- Bhabinkamtibmas Desa Karangsoko Sambangi Warga Jelang Musim Hujan "
        "(https://contoh.polres-trenggalek.example/berita/sambang-karangsoko)\n"
        "- Polsek Pogalan Gelar Patroli Malam di Jalur Lintas Selatan\n")
    for template_id in ("berita-kegiatan", "siaran-pers", "imbauan", "konferensi-pers",
                        "pengungkapan-kasus"):
        lines = export_bytes(small_release, "txt", template_id).decode("utf-8").splitlines()
        assert "- Patroli Malam di Alun-Alun (https://contoh.example/a)" in lines, template_id
        assert "- Tanpa Tautan" in lines, template_id


def test_text_keeps_inline_links_of_a_template(tmp_path: Path) -> None:
    """A link inside a paragraph keeps its target after the linked words; a link whose
    words are its address is not doubled; a ``mailto:`` link shows only the address."""
    (tmp_path / "tautan.xml.j2").write_text(
        '<document><p>Baca <a href="https://contoh.example/b">di <b>sini</b></a> atau '
        '<a href="https://contoh.example/c">https://contoh.example/c</a>; surel '
        '<a href="mailto:humas@contoh.example">humas@contoh.example</a>.</p>'
        '<list><item><a href="https://contoh.example/d">Daftar</a></item></list>'
        '<p><a href="javascript:alert(1)">bukan tautan</a></p></document>',
        encoding="utf-8")
    document = render_document(Release(), "tautan", [tmp_path])
    document.notices = []
    assert write_text(document) == (
        "Baca di sini (https://contoh.example/b) atau https://contoh.example/c; surel "
        "humas@contoh.example.\n\n- Daftar (https://contoh.example/d)\n\nbukan tautan\n")


def test_export_file_writes_into_new_folder(sample_release: Release, tmp_path: Path) -> None:
    out = export_file(sample_release, "html", tmp_path / "baru" / "rilis.html")
    assert out.read_bytes().startswith(b"<!DOCTYPE html>")


@pytest.mark.slow
def test_docx_converts_with_libreoffice(sample_release: Release, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is installed by `make test` (scripts/system-deps.sh test)"
    for template_id in ("berita-kegiatan", "siaran-pers"):
        source = export_file(sample_release, "docx", tmp_path / f"{template_id}.docx",
                             template_id)
        result = subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
             "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
            capture_output=True, text=True, timeout=180, check=False)
        assert result.returncode == 0, result.stderr
        pdf = tmp_path / f"{template_id}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
