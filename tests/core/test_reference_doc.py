"""A unit's Word document as the base of the DOCX export (``--reference-doc``): what is
kept (page, margins, headers and footers with images, Normal font, styles), what is left
behind (its body, custom XML, comments, external relationships), where it is set, and
what a broken or hostile reference gets: exit 2 and an Indonesian message."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Pt
from PIL import Image

import app.render.locations
from app.base.paths import sample_draft
from app.cli import main
from app.release.model import Release
from app.render.export import export_bytes
from app.render.references import find_reference

UNIT_LINES = ("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH JAWA RAYA",
              "RESOR KOTA SIDOMULYO")
LATER_PAGES = "Polres Kota Sidomulyo · lanjutan"
FOOTER = "Jalan Kenanga 7, Sidomulyo — Telepon 0000-111"
LEFTOVER = "Teks lama di badan dokumen acuan yang tidak boleh ikut."
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _emblem_png(colour: tuple[int, int, int] = (230, 0, 230)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (96, 96), colour).save(buffer, "PNG")
    return buffer.getvalue()


def build_reference(path: Path) -> Path:
    """A unit's letterhead document as python-docx writes it: F4 page, own margins, a
    first-page header with the emblem and the unit's lines, another header for later
    pages, a footer, DejaVu Sans 11 pt as Normal, a ``Kop Surat`` style of its own."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.5), Cm(33.0)
    section.top_margin, section.bottom_margin = Cm(1.7), Cm(2.1)
    section.left_margin, section.right_margin = Cm(3.2), Cm(1.6)
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(11)
    kop = document.styles.add_style("Kop Surat", 1)
    kop.font.size = Pt(17)
    kop.font.name = "DejaVu Serif"
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.paragraphs[0].add_run().add_picture(io.BytesIO(_emblem_png()), width=Cm(2.2))
    for line in UNIT_LINES:
        first.add_paragraph(line)
    section.header.paragraphs[0].text = LATER_PAGES
    section.footer.paragraphs[0].text = FOOTER
    section.first_page_footer.paragraphs[0].text = FOOTER
    document.add_paragraph(LEFTOVER)
    document.save(str(path))
    return path


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    return build_reference(tmp_path / "kop-polres.docx")


@pytest.fixture
def draft(sample_dir: Path) -> Path:
    return sample_dir / sample_draft().name


def _export(release: Release, reference: Path | None) -> docx.document.Document:
    return docx.Document(io.BytesIO(export_bytes(release, "docx", reference=reference)))


def _close(length: int | None, centimetres: float) -> bool:
    """Word stores lengths in twentieths of a point: equal to within a tenth of a mm."""
    return length is not None and abs(length - Cm(centimetres)) < Cm(0.01)


def _header_text(header: object) -> str:
    return "\n".join(p.text for p in header.paragraphs)  # type: ignore[attr-defined]


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


# ------------------------------------------------------------------ what is kept


def test_export_keeps_page_headers_footers_and_normal_font(sample_release: Release,
                                                           reference: Path) -> None:
    exported = _export(sample_release, reference)
    section = exported.sections[0]
    original = docx.Document(str(reference)).sections[0]
    for name in ("page_width", "page_height", "top_margin", "bottom_margin", "left_margin",
                 "right_margin", "header_distance", "footer_distance"):
        assert getattr(section, name) == getattr(original, name), name
    assert _close(section.page_height, 33.0)
    assert _close(section.left_margin, 3.2)
    assert section.different_first_page_header_footer
    first = _header_text(section.first_page_header)
    assert all(line in first for line in UNIT_LINES)
    assert LATER_PAGES in _header_text(section.header)
    assert LATER_PAGES not in first
    assert FOOTER in _header_text(section.footer)
    assert FOOTER in _header_text(section.first_page_footer)
    normal = exported.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("DejaVu Sans", Pt(11))
    body = "\n".join(p.text for p in exported.paragraphs)
    assert LEFTOVER not in body
    assert sample_release.title in body


def test_header_image_travels_with_the_header(sample_release: Release,
                                              reference: Path) -> None:
    parts = _parts(export_bytes(sample_release, "docx", reference=reference))
    header_rels = [name for name in parts if re.fullmatch(r"word/_rels/header\d+\.xml\.rels",
                                                          name)]
    assert len(header_rels) == 1
    target = re.search(rb'Target="(media/[^"]+)"', parts[header_rels[0]])
    assert target is not None
    assert parts["word/" + target.group(1).decode()] == _emblem_png()
    header = parts[header_rels[0].replace("_rels/", "").removesuffix(".rels")]
    assert b"<a:blip" in header and b"r:embed=" in header


def test_reference_styles_win_and_rilis_fills_the_rest(sample_release: Release,
                                                       reference: Path) -> None:
    exported = _export(sample_release, reference)
    kop = exported.styles["Kop Surat"]
    assert (kop.font.name, kop.font.size) == ("DejaVu Serif", Pt(17))
    info = exported.styles["Info Rilis"]  # not in the reference: Rilis's own definition
    assert (info.font.name, info.font.size) == ("Liberation Serif", Pt(12))
    used = {p.style.name for p in exported.paragraphs if p.text and p.style is not None}
    assert {"Title", "Body Text", "Quote"} <= used
    plain = _export(sample_release, None)
    assert plain.styles["Kop Surat"].font.size == Pt(14)


def test_list_style_missing_from_reference_keeps_its_numbering(tmp_path: Path,
                                                               sample_release: Release) -> None:
    bare = tmp_path / "polos.docx"
    build_reference(bare)
    data = _parts(bare.read_bytes())
    styles = re.sub(rb'<w:style [^>]*w:styleId="ListBullet".*?</w:style>', b"",
                    data["word/styles.xml"], flags=re.S)
    assert styles != data["word/styles.xml"]
    data["word/styles.xml"] = styles
    _rezip(bare, data)
    sample_release.template = "imbauan"
    sample_release.points = ["Pakai helm.", "Patuhi rambu."]
    exported = _export(sample_release, bare)
    style = exported.styles["List Number"]
    num = style.element.find(f"{W_NS}pPr/{W_NS}numPr/{W_NS}numId")
    numbering = exported.part.numbering_part.element
    assert num is not None
    assert any(n.get(f"{W_NS}numId") == num.get(f"{W_NS}val")
               for n in numbering.findall(f"{W_NS}num"))


def test_draft_marks_appear_above_the_units_headers(sample_release: Release,
                                                    reference: Path) -> None:
    assert sample_release.review.status != "disetujui"
    parts = _parts(export_bytes(sample_release, "docx", reference=reference))
    headers = [data for name, data in parts.items() if re.fullmatch(r"word/header\d+\.xml", name)]
    assert len(headers) == 2
    for header in headers:
        assert b"PowerPlusWaterMarkObject" in header and b"DRAF" in header
    exported = _export(sample_release, reference)
    first = exported.sections[0].first_page_header.paragraphs
    assert first[0].text.startswith("DRAF")
    assert any(p.text == UNIT_LINES[0] for p in first[1:])


def test_without_a_reference_nothing_changes(sample_release: Release) -> None:
    from app.render.templating import render_document
    from app.render.writers.docx import write_docx

    document = render_document(sample_release)
    assert _parts(export_bytes(sample_release, "docx"))["word/document.xml"] == _parts(
        write_docx(document, sample_release))["word/document.xml"]


# ------------------------------------------------------------------ what is left behind


def _rezip(path: Path, parts: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def _add_to_rels(rels: bytes, entries: str) -> bytes:
    return rels.replace(b"</Relationships>", entries.encode() + b"</Relationships>")


def test_only_look_is_embedded_nothing_external_is_kept(tmp_path: Path, reference: Path,
                                                        sample_release: Release) -> None:
    parts = _parts(reference.read_bytes())
    header = next(name for name in parts if re.fullmatch(r"word/header\d+\.xml", name)
                  and b"<a:blip" in parts[name])
    rels = f"word/_rels/{Path(header).name}.rels"
    parts[rels] = _add_to_rels(parts[rels], (
        '<Relationship Id="rIdLuar" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/hyperlink" Target="https://pelacak.example/kop" '
        'TargetMode="External"/>'))
    parts[header] = parts[header].replace(
        b"</w:hdr>", b'<w:p><w:hyperlink r:id="rIdLuar"><w:r><w:t>situs satuan</w:t></w:r>'
        b'</w:hyperlink><w:commentRangeStart w:id="1"/><w:r><w:t>komentar</w:t></w:r>'
        b'<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>'
        b'<w:fldSimple w:instr=" INCLUDEPICTURE &quot;https://pelacak.example/a.png&quot; ">'
        b'<w:r><w:t>gambar</w:t></w:r></w:fldSimple></w:p></w:hdr>')
    parts["word/_rels/settings.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
        b'//schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
        b'Target="file:///\\\\server\\share\\kop.dotm" TargetMode="External"/></Relationships>')
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"<w:zoom", b'<w:attachedTemplate r:id="rId1"/><w:docVars><w:docVar w:name="rahasia" '
        b'w:val="x"/></w:docVars><w:zoom', 1)
    parts["customXml/item9.xml"] = b"<rahasia>data lain</rahasia>"
    parts["word/comments.xml"] = b"<w:comments/>"
    parts["word/_rels/document.xml.rels"] = _add_to_rels(parts["word/_rels/document.xml.rels"], (
        '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/customXml" Target="../customXml/item9.xml"/>'
        '<Relationship Id="rIdK" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/comments" Target="comments.xml"/>'))
    _rezip(reference, parts)
    out = _parts(export_bytes(sample_release, "docx", reference=reference))
    every = b"".join(out.values())
    assert b"pelacak.example" not in every and b"server" not in every
    assert b"rahasia" not in every and "word/comments.xml" not in out
    assert b"attachedTemplate" not in out["word/settings.xml"]
    assert b"commentRangeStart" not in every
    external = re.findall(rb'Target="([^"]+)" TargetMode="External"', every)
    assert external and all(url.startswith(b"https://contoh.") for url in external)
    header_out = b"".join(data for name, data in out.items() if name.startswith("word/header"))
    assert b"situs satuan" in header_out and b"gambar" in header_out
    assert not [name for name in out if name.startswith("word/media/") and
                out[name] not in (_emblem_png(),) and not name.endswith(".jpg")]


def test_dotx_becomes_a_document(tmp_path: Path, reference: Path,
                                 sample_release: Release) -> None:
    parts = _parts(reference.read_bytes())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"document.main+xml", b"template.main+xml")
    template = tmp_path / "kop.dotx"
    _rezip(template, parts)
    out = _parts(export_bytes(sample_release, "docx", reference=template))
    assert b"document.main+xml" in out["[Content_Types].xml"]
    assert b"template.main+xml" not in out["[Content_Types].xml"]
    assert docx.Document(io.BytesIO(export_bytes(sample_release, "docx", reference=template)))


# ------------------------------------------------------------------ hostile references


def _hostile(tmp_path: Path, reference: Path, kind: str) -> Path:
    parts = _parts(reference.read_bytes())
    target = tmp_path / "jahat.docx"
    if kind == "bukan-zip":
        target.write_bytes(b"PK\x03\x04 ini bukan zip")
        return target
    if kind == "xml-rusak":
        parts["word/styles.xml"] = parts["word/styles.xml"][:500]
    elif kind == "entitas":
        parts["word/styles.xml"] = (
            b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:styles xmlns:w="http://schemas.'
            b'openxmlformats.org/wordprocessingml/2006/main">&b;</w:styles>')
    elif kind == "bom-zip":
        parts["word/styles.xml"] = parts["word/styles.xml"] + b" " * 12_000_000
    elif kind == "makro":
        parts["word/vbaProject.bin"] = b"\x00" * 64
    elif kind == "tanpa-dokumen":
        parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"officeDocument", b"lainnya")
    elif kind == "dotm":
        target = tmp_path / "jahat.dotm"
    _rezip(target, parts)
    return target


@pytest.mark.parametrize(("kind", "fragment"), [
    ("bukan-zip", "zip rusak"),
    ("xml-rusak", "bukan XML yang sah"),
    ("entitas", "memuat DTD"),
    ("bom-zip", "terlalu besar"),
    ("makro", "memuat makro"),
    ("dotm", "memuat makro"),
    ("tanpa-dokumen", "bukan dokumen Word"),
])
def test_hostile_reference_exits_2_in_indonesian(tmp_path: Path, reference: Path, draft: Path,
                                                 kind: str, fragment: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    hostile = _hostile(tmp_path, reference, kind)
    out = tmp_path / "keluar.docx"
    code = main(["render", str(draft), "-f", "docx", "-o", str(out), "--reference-doc",
                 str(hostile)])
    error = capsys.readouterr().err
    assert code == 2
    assert fragment in error and "Dokumen acuan" in error
    assert "Traceback" not in error
    assert not out.exists()


@pytest.mark.parametrize("name", ["tidak-ada.docx", "folder.docx", "kop.pdf"])
def test_missing_or_wrong_reference_exits_2(tmp_path: Path, draft: Path, name: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "folder.docx").mkdir()
    (tmp_path / "kop.pdf").write_bytes(b"%PDF-1.4")
    code = main(["render", str(draft), "-f", "docx", "-o", str(tmp_path / "k.docx"),
                 "--reference-doc", str(tmp_path / name)])
    error = capsys.readouterr().err
    assert code == 2 and "Dokumen acuan" in error and "Traceback" not in error


def test_cli_subprocess_with_reference(tmp_path: Path, reference: Path, draft: Path) -> None:
    out = tmp_path / "rilis.docx"
    result = subprocess.run([sys.executable, "-m", "app.cli", "render", str(draft), "-f",
                             "docx", "-o", str(out), "--reference-doc", str(reference)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert all(line in _header_text(docx.Document(str(out)).sections[0].first_page_header)
               for line in UNIT_LINES)
    html = tmp_path / "rilis.html"
    assert main(["render", str(draft), "-f", "html", "-o", str(html), "--reference-doc",
                 str(reference)]) == 0


# ------------------------------------------------------------------ where it is set


def _team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    team = tmp_path / "tim"
    (team / "templates").mkdir(parents=True)
    monkeypatch.setenv("RILIS_TEAM_FOLDERS", str(team))
    app.render.locations.refresh()
    return team


def test_precedence_cli_starter_layout_team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            sample_release: Release) -> None:
    team = _team(tmp_path, monkeypatch)
    assert find_reference(sample_release) is None
    build_reference(team / "kop-surat.docx")
    assert find_reference(sample_release) == team / "kop-surat.docx"
    (team / "assets").mkdir()
    build_reference(team / "assets" / "kop-kegiatan.docx")
    source = (Path(__file__).resolve().parents[2] / "templates" /
              "berita-kegiatan.xml.j2").read_text(encoding="utf-8")
    (team / "templates" / "berita-kegiatan.xml.j2").write_text(
        source.replace("{# name:", "{# reference: kop-kegiatan.docx\nname:", 1),
        encoding="utf-8")
    app.render.locations.refresh()
    assert find_reference(sample_release) == team / "assets" / "kop-kegiatan.docx"
    from app.library.catalog import Library

    starter = Library().save_starter(sample_release, "polres-sidomulyo")
    text = starter.read_text(encoding="utf-8").replace(
        '"name": "polres-sidomulyo"', '"name": "polres-sidomulyo", "reference": "kop-st.docx"')
    starter.write_text(text, encoding="utf-8")
    build_reference(starter.parent / "kop-st.docx")
    assert find_reference(sample_release, starter="polres-sidomulyo") == \
        starter.parent / "kop-st.docx"
    cli = tmp_path / "baris-perintah.docx"
    assert find_reference(sample_release, cli=cli, starter="polres-sidomulyo") == cli
    exported = _export(sample_release, find_reference(sample_release))
    assert all(line in _header_text(exported.sections[0].first_page_header)
               for line in UNIT_LINES)


def test_team_kop_surat_applies_to_every_docx_export(tmp_path: Path, draft: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    team = _team(tmp_path, monkeypatch)
    build_reference(team / "kop-surat.docx")
    out = tmp_path / "rilis.docx"
    assert main(["render", str(draft), "-f", "docx", "-o", str(out), "-q"]) == 0
    section = docx.Document(str(out)).sections[0]
    assert _close(section.left_margin, 3.2)
    assert LATER_PAGES in _header_text(section.header)


def test_template_naming_a_missing_reference_is_a_clear_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, draft: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    team = _team(tmp_path, monkeypatch)
    (team / "templates" / "berita-kegiatan.xml.j2").write_text(
        "{# name: Berita\nreference: ../../etc/kop.docx #}\n<document><p>x</p></document>",
        encoding="utf-8")
    app.render.locations.refresh()
    code = main(["render", str(draft), "-f", "docx", "-o", str(tmp_path / "k.docx")])
    error = capsys.readouterr().err
    assert code == 2 and "kop.docx" in error and "tidak ditemukan" in error
    assert "etc" not in error.split("dicari di")[0]


# ------------------------------------------------------------------ LibreOffice


def _office_ready() -> None:
    assert shutil.which("soffice"), "LibreOffice is installed by `make test`"
    assert shutil.which("pdftoppm"), "poppler-utils is installed by `make test`"


def _to_png(docx_path: Path, out_dir: Path, profile: Path) -> list[Path]:
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to",
         "pdf", "--outdir", str(out_dir), str(docx_path)], capture_output=True, text=True,
        timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    pdf = out_dir / (docx_path.stem + ".pdf")
    assert pdf.is_file() and pdf.stat().st_size > 1000, result.stdout + result.stderr
    prefix = out_dir / docx_path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(prefix)], check=True,
                   timeout=120)
    return sorted(out_dir.glob(f"{docx_path.stem}*.png"))


def _emblem_pixels_top(png: Path) -> int:
    """Pixels of the magenta test emblem in the top fifth of a page (the header)."""
    with Image.open(png) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        count = 0
        for x in range(0, width, 2):
            for y in range(0, height // 5, 2):
                red, green, blue = rgb.getpixel((x, y))  # type: ignore[misc]
                count += red > 180 and green < 70 and blue > 180
        return count


@pytest.mark.slow
def test_libreoffice_renders_export_like_the_reference(tmp_path: Path, reference: Path,
                                                       sample_release: Release) -> None:
    _office_ready()
    exported = tmp_path / "rilis.docx"
    exported.write_bytes(export_bytes(sample_release, "docx", reference=reference))
    profile = tmp_path / "lo"
    reference_pages = _to_png(reference, tmp_path / "acuan", profile)
    export_pages = _to_png(exported, tmp_path / "ekspor", profile)
    assert len(reference_pages) == 1 and len(export_pages) >= 2
    with Image.open(reference_pages[0]) as a, Image.open(export_pages[0]) as b:
        assert a.size == b.size  # same page size (F4 portrait)
    assert _emblem_pixels_top(reference_pages[0]) > 50
    assert abs(_emblem_pixels_top(export_pages[0]) - _emblem_pixels_top(reference_pages[0])) < 40
    assert _emblem_pixels_top(export_pages[1]) == 0  # later pages: the other header
    shots = Path("/work/scratch/shots")
    if shots.is_dir():
        for page in [*reference_pages, *export_pages]:
            shutil.copy(page, shots / f"acuan-pydocx-{page.parent.name}-{page.name}")


SYSTEM_PYTHON = Path("/usr/bin/python3")


@pytest.mark.slow
def test_reference_made_in_libreoffice_is_kept(tmp_path: Path,
                                               sample_release: Release) -> None:
    _office_ready()
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True,
                           check=False)
    assert probe.returncode == 0, "python3-uno is installed by `make test`"
    emblem = tmp_path / "lambang.png"
    emblem.write_bytes(_emblem_png())
    made = tmp_path / "kop-lo.docx"
    tool = Path(__file__).resolve().parent.parent / "tools" / "lo_reference.py"
    result = subprocess.run([str(SYSTEM_PYTHON), str(tool), str(made), str(emblem),
                             str(tmp_path / "lo")], capture_output=True, text=True,
                            timeout=180, check=False)
    assert result.returncode == 0 and made.is_file(), result.stderr
    exported_bytes = export_bytes(sample_release, "docx", reference=made)
    exported = docx.Document(io.BytesIO(exported_bytes))
    section = exported.sections[0]
    assert _close(section.left_margin, 3.5)
    assert _close(section.right_margin, 1.5)
    header = _header_text(section.header)
    assert "PEMERINTAH KABUPATEN SIDOMAKMUR" in header
    assert "DINAS KOMUNIKASI DAN INFORMATIKA" in header
    assert "Jalan Merdeka Barat 12" in _header_text(section.footer)
    assert "Isi contoh yang diganti" not in "\n".join(p.text for p in exported.paragraphs)
    normal = exported.styles["Normal"]
    fonts = normal.element.find(f"{W_NS}rPr/{W_NS}rFonts")
    defaults = exported.styles.element.find(f"{W_NS}docDefaults")
    assert "DejaVu Serif" in (str(fonts.attrib) if fonts is not None else "") + str(
        [e.attrib for e in defaults.iter(f"{W_NS}rFonts")] if defaults is not None else "")
    parts = _parts(exported_bytes)
    assert _emblem_png() in parts.values()
    out = tmp_path / "rilis-lo.docx"
    out.write_bytes(exported_bytes)
    pages = _to_png(out, tmp_path / "png", tmp_path / "lo")
    reference_pages = _to_png(made, tmp_path / "png-acuan", tmp_path / "lo")
    assert pages and _emblem_pixels_top(pages[0]) > 50
    assert _emblem_pixels_top(reference_pages[0]) > 50
    shots = Path("/work/scratch/shots")
    if shots.is_dir():
        for page in [*reference_pages, *pages]:
            shutil.copy(page, shots / f"acuan-lo-{page.parent.name}-{page.name}")


def test_export_on_a_reference_still_carries_its_draft(tmp_path: Path, reference: Path,
                                                       draft: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rilis.docx"
    assert main(["render", str(draft), "-f", "docx", "-o", str(out), "-q",
                 "--reference-doc", str(reference)]) == 0
    assert main(["diff", str(out)]) == 0
    assert "Tidak ada perbedaan." in capsys.readouterr().out
