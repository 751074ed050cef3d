"""The DOCX writer without python-docx (issue 14.2): what it writes equals what python-docx
wrote, on both of its paths, and a one-draft ``rilis render`` loads neither python-docx
nor lxml.

The text path (:mod:`app.render.writers.docx`) splices XML text into the cached base; the tree
path (:mod:`app.render.writers.docx_tree`, lxml) is taken for a reference document laid out
otherwise. Every part of the package must come out the same from both, in the same order,
for releases that exercise every block, run and header the writer knows.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx.image.image import Image as DocxImage
from PIL import Image

from app.base.atomic import write_atomic
from app.release.model import Release
from app.render.document import ImageBlock, ListBlock, RuleBlock, Run, TextBlock, xml_clean
from app.render.images import prepare_image
from app.render.templating import render_document
from app.render.writers import docx as docx_writer
from app.render.writers.docx_package import Package
from app.render.writers.html import escape
from tests.core.test_reference_doc import build_reference

_ITEM_ID = re.compile(rb'itemID="\{[0-9A-F-]+\}"')


def _parts(data: bytes) -> list[tuple[str, bytes]]:
    """Every member in order; the embedded draft's random item id blanked."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, _ITEM_ID.sub(b'itemID="-"', archive.read(info)))
                for info in archive.infolist()]


def _tree_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(self: object) -> int:
        raise docx_writer._Unexpected("test")

    monkeypatch.setattr(docx_writer._TextWriter, "body_end", unexpected)


def _demanding_release(release: Release, folder: Path) -> tuple[Release, object]:
    """The sample's rendering plus every kind of block and run, hostile text included."""
    translucent = folder / "bening.png"
    Image.new("RGBA", (240, 90), (20, 60, 120, 100)).save(translucent)
    dense = folder / "rapat.png"
    Image.new("RGB", (301, 177), (200, 120, 10)).save(dense, dpi=(150, 150))
    document = render_document(release)
    document.blocks += [
        TextBlock("p", [Run("tab\tdan\nbaris\r\nbaru  ", True), Run("\n"),
                        Run(" miring\tsaja", italic=True), Run("kendali\x01\ufffe", True, True),
                        Run("tautan\tkedua", href="https://contoh.example/a?x=1&y=2"),
                        Run("lagi", True, True, "https://contoh.example/a?x=1&y=2"),
                        Run("bukan tautan", href="javascript:alert(1)")], "right"),
        TextBlock("quote", [Run("“Kutipan <tebal> & ‘miring’,” ujarnya.", italic=True)],
                  "center"),
        TextBlock("tak-dikenal", [Run("gaya cadangan")]),
        ListBlock(True, [[Run("satu")], [Run("dua", True)]]),
        ListBlock(False, [[Run("butir\tA")]]),
        RuleBlock(),
        ImageBlock(str(translucent), "Foto bening", "Humas"),
        ImageBlock(str(dense), "Foto 150 dpi"),
        ImageBlock(str(translucent), "Foto yang sama lagi"),
        ImageBlock(str(folder / "tidak-ada.jpg"), "Foto hilang"),
        ImageBlock(str(translucent), role="emblem"),
    ]
    document.notices = ["DRAF — belum disetujui", "baris\tdua & <tiga>", "", "empat"]
    document.mark = 'DRAF "&" <x>\tdua'
    document.title = "Judul\x02 " + "x" * 300
    document.author = ""
    return release, document


@pytest.mark.parametrize("with_reference", [False, True], ids=["rilis", "acuan"])
def test_text_and_tree_paths_write_the_same_package(
        sample_release: Release, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        with_reference: bool) -> None:
    reference = build_reference(tmp_path / "kop.docx") if with_reference else None
    release, document = _demanding_release(sample_release, tmp_path)
    text = docx_writer.write_docx(document, release, reference)  # type: ignore[arg-type]
    with monkeypatch.context() as patch:
        _tree_path(patch)
        tree = docx_writer.write_docx(document, release, reference)  # type: ignore[arg-type]
    text_parts, tree_parts = _parts(text), _parts(tree)
    assert [name for name, _ in text_parts] == [name for name, _ in tree_parts]
    different = [name for (name, a), (_, b) in zip(text_parts, tree_parts, strict=True)
                 if a != b and not (with_reference and name == "docProps/core.xml")]
    assert different == []
    media = [name for name, _ in text_parts if name.startswith("word/media/image")]
    photos = {prepared.data for block in document.blocks  # type: ignore[attr-defined]
              if isinstance(block, ImageBlock) and (prepared := prepare_image(block.src))}
    assert len(media) == len(photos) >= 3  # the same photo twice is one part
    body = dict(text_parts)["word/document.xml"].decode()
    rels = dict(text_parts)["word/_rels/document.xml.rels"].decode()
    link = re.findall(r'Id="(rId\d+)"[^>]*Target="https://contoh.example/a\?x=1&amp;y=2"', rels)
    assert len(link) == 1  # one relationship for both runs, its address escaped
    assert body.count(f'<w:hyperlink r:id="{link[0]}">') == 2 and "javascript" not in body
    assert "kendali</w:t>" in body and "\x01" not in body
    assert "&lt;tebal&gt; &amp;" in body


def test_the_tree_path_is_taken_for_foreign_prefixes(sample_release: Release,
                                                     tmp_path: Path) -> None:
    """A base whose main part binds WordprocessingML to another prefix still exports."""
    base = docx_writer._base_template()
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename == "word/document.xml":
                data = data.replace(b"xmlns:w=", b"xmlns:wx=").replace(b"<w:", b"<wx:") \
                    .replace(b"</w:", b"</wx:").replace(b" w:", b" wx:")
            archive.writestr(info, data)
    foreign = Package(buffer.getvalue())
    writer = docx_writer._TextWriter(foreign, "/word/document.xml")
    with pytest.raises(docx_writer._Unexpected):
        writer.body_end()


def test_package_written_back_unchanged_is_the_same_file() -> None:
    base = docx_writer._base_template(header=True)
    assert _parts(Package(base).to_bytes()) == _parts(base)


@pytest.mark.parametrize("kind", ["jpeg", "png", "png-dpi"])
def test_image_sizes_are_python_docx_s(tmp_path: Path, kind: str) -> None:
    buffer = io.BytesIO()
    image = Image.new("RGB", (333, 217), (1, 2, 3))
    if kind == "jpeg":
        image.save(buffer, "JPEG", quality=85)
    else:
        image.save(buffer, "PNG", **({"dpi": (150, 150)} if kind == "png-dpi" else {}))
    data = buffer.getvalue()
    reference = DocxImage.from_blob(data)
    assert docx_writer.image_metrics(data, 333, 217) == (
        reference.ext, reference.content_type, reference.width, reference.height)


def test_one_draft_render_loads_neither_python_docx_nor_lxml(sample_dir: Path,
                                                             tmp_path: Path) -> None:
    draft = sample_dir / "kegiatan-polres.rilis"
    code = ("import sys; from app.cli import main; "
            f"status = main(['render', {str(draft)!r}, '-f', 'docx', '-o', "
            f"{str(tmp_path / 'keluar.docx')!r}, '-q']); "
            "print(status, sorted(m for m in ('docx', 'lxml.etree', 'html.entities', 'signal') "
            "if m in sys.modules))")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True)  # builds the base into the user cache
    assert first.stdout.startswith("0 ['docx', 'lxml.etree'"), first.stdout + first.stderr
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split("\n")[0] == "0 []", result.stdout + result.stderr
    with zipfile.ZipFile(tmp_path / "keluar.docx") as archive:
        assert "word/document.xml" in archive.namelist()


def test_xml_clean_fast_path_removes_exactly_what_xml_forbids() -> None:
    forbidden = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
    samples = ["biasa", "tab\tbaris\nCR\r", "nbsp\u00a0dan\u2028", "\x00\x1f\x7f", "\ud800x",
               "\ufffe\uffff\ufffd", "emoji 😀", ""]
    for text in samples:
        assert xml_clean(text) == forbidden.sub("", text), repr(text)


def test_html_escape_is_the_standard_one() -> None:
    for text in ("a&b<c>d\"e'f", "&amp;", "", "é<"):
        assert escape(text) == html.escape(text)
        assert escape(text, quote=False) == html.escape(text, quote=False)


def test_an_export_written_without_fsync_is_still_whole(tmp_path: Path) -> None:
    target = tmp_path / "rilis.docx"
    target.write_bytes(b"lama")
    write_atomic(target, b"baru" * 1000, keep_backup=False, durable=False)
    assert target.read_bytes() == b"baru" * 1000
    assert [path.name for path in tmp_path.iterdir()] == ["rilis.docx"]
