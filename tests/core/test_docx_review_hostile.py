"""Issue 13, points 4–6 for DOCX reading: hostile DOCX files given to ``rilis open``,
``rilis diff FILE.docx`` and ``rilis check FILE.docx`` end in an Indonesian message and
exit 2, at once, within a memory cap; every zip member is read through a capped reader."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from app.release.model import Paragraph, Release
from app.render.export import export_bytes

TIMEOUT = 60
MEMORY = 1 << 30
"""Address space a hostile file may make ``rilis`` use (a 4 GiB part would need four)."""


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _rilis(*args: str | Path) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)],
                            capture_output=True, text=True, timeout=TIMEOUT, check=False,
                            preexec_fn=_limited)
    assert time.monotonic() - started < TIMEOUT
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _exported() -> bytes:
    release = Release(title="Warga Sidomulyo Tanam Seribu Pohon", dateline="Sidomulyo",
                      body=[Paragraph(text="Seribu bibit pohon ditanam di bantaran sungai.")])
    return export_bytes(release, "docx")


def _with_part(name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_exported())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != name:
                target.writestr(item, source.read(item.filename))
        target.writestr(name, content)
    return out.getvalue()


def _zip_bomb(size: int = 4 << 30) -> bytes:
    """A DOCX whose customXml part inflates to ``size`` zero bytes (its deflate stream is
    one fully flushed 16 MiB block repeated, so building it costs nothing)."""
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    chunk = 1 << 24
    block = packer.compress(b"\0" * chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    stream = block * (size // chunk) + packer.flush()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_exported())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        info = zipfile.ZipInfo("customXml/item9.xml", (2026, 12, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.file_size, info.compress_size, info.CRC = size, len(stream), 0
        info.header_offset = target.fp.tell()  # type: ignore[union-attr]
        target.fp.write(info.FileHeader(zip64=True))  # type: ignore[union-attr]
        target.fp.write(stream)  # type: ignore[union-attr]
        target.start_dir = target.fp.tell()  # type: ignore[union-attr]
        target.filelist.append(info)
        target.NameToInfo[info.filename] = info
        target._didModify = True  # type: ignore[attr-defined]
    return out.getvalue()


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'
                     .encode() for n in range(1, 10))
          + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
DEEP = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body>' + b"<w:sdt>" * 300 + b"</w:sdt>" * 300
        + b"</w:body></w:document>")
ATTACKS: dict[str, Callable[[], bytes]] = {
    "rusak": lambda: _with_part("word/document.xml", b"<w:document><w:body><w:p>"),
    "billion-laughs": lambda: _with_part("word/document.xml", LAUGHS),
    "bersarang-300": lambda: _with_part("word/document.xml", DEEP),
    "bom-zip-4gib": _zip_bomb,
    "komentar-rusak": lambda: _with_part("word/comments.xml", b"<w:comments><oops"),
}


def test_wrong_content_types_read_the_draft_or_give_a_message(tmp_path: Path) -> None:
    """Well-formed XML of the wrong kind where the content types belong (found by make
    fuzz): python-docx fails inside its package reader with an AttributeError. ``check``
    (which reads the text through python-docx) says so in Indonesian; ``open`` and ``diff``
    read the embedded draft through Rilis's own capped zip reader and still work."""
    path = tmp_path / "jenis-isi-salah.docx"
    path.write_bytes(_with_part(
        "[Content_Types].xml", b"<w:document xmlns:w='urn:w'><w:body/></w:document>"))
    checked = _rilis("check", path)
    assert checked.returncode == 2
    assert checked.stderr.splitlines()[-1].startswith("rilis: galat: ")
    assert "Tidak ada perbedaan" in _rilis("diff", path).stdout
    opened = _rilis("open", path, "--json")
    assert opened.returncode == 0, opened.stderr
    assert '"embedded": true' in opened.stdout and '"changes": []' in opened.stdout


@pytest.mark.parametrize("name", sorted(ATTACKS))
@pytest.mark.parametrize("command", ["open", "diff", "check"])
def test_hostile_docx_is_refused_with_a_message(name: str, command: str,
                                                tmp_path: Path) -> None:
    path = tmp_path / f"{name}.docx"
    path.write_bytes(ATTACKS[name]())
    before = set(tmp_path.iterdir())
    result = _rilis(command, path)
    assert result.returncode == 2, (result.returncode, result.stderr)
    last = result.stderr.splitlines()[-1]
    assert last.startswith("rilis: galat: "), result.stderr
    assert any(word in last for word in ("DOCX", "XML", "DTD")), last
    assert set(tmp_path.iterdir()) == before  # nothing written


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_named_docx_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "x.docx"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = _rilis("open", fifo)
    assert time.monotonic() - started < 20
    assert result.returncode == 2 and "bukan berkas biasa" in result.stderr, result.stderr


def test_a_member_read_never_exceeds_its_cap() -> None:
    from app.render.docx_source import MAX_PART_BYTES, _open_zip

    with pytest.raises(Exception, match="terlalu besar"):
        _open_zip(_zip_bomb(MAX_PART_BYTES + (1 << 24)))
