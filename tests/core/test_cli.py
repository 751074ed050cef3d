"""The ``rilis`` command as a user's script sees it: outputs, exit codes, stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from app import __version__
from app.base.paths import sample_draft
from app.cli import main
from app.release.draftfile import load_draft


def _rilis(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True,
                          text=True, check=False, timeout=120)


def test_version() -> None:
    result = _rilis("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"rilis {__version__}"


def test_render_every_format(sample_dir: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    draft = sample_dir / sample_draft().name
    assert main(["render", str(draft), "-f", "all", "-o", str(tmp_path / "keluar")]) == 0
    names = sorted(p.name for p in (tmp_path / "keluar").iterdir())
    assert names == ["kegiatan-polres.docx", "kegiatan-polres.html", "kegiatan-polres.txt"]
    assert "[3/3]" in capsys.readouterr().out


def test_render_one_file_with_template(sample_dir: Path, tmp_path: Path) -> None:
    draft = sample_dir / sample_draft().name
    out = tmp_path / "siaran.docx"
    assert main(["render", str(draft), "-f", "docx", "-o", str(out), "-t", "siaran-pers"]) == 0
    styles = [p.style.name for p in docx.Document(str(out)).paragraphs]
    assert styles.count("Kop Surat") == 2


def test_render_several_drafts_into_a_folder(sample_dir: Path, tmp_path: Path) -> None:
    draft = sample_dir / sample_draft().name
    second = sample_dir / "kedua.rilis"
    second.write_bytes(draft.read_bytes())
    out = tmp_path / "batch"
    assert main(["render", str(draft), str(second), "-f", "txt", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["kedua.txt", "kegiatan-polres.txt"]


def test_new_draft_loads_and_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "baru.rilis"
    result = _rilis("new", "-t", "siaran-pers", "-o", str(target))
    assert result.returncode == 0, result.stderr
    release = load_draft(target)
    assert release.template == "siaran-pers" and release.event.date
    again = _rilis("new", "-o", str(target))
    assert again.returncode == 2 and "sudah ada" in again.stderr
    assert "Traceback" not in again.stderr


def test_templates_lists_ids_with_descriptions() -> None:
    result = _rilis("templates")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert any(line.startswith("berita-kegiatan ") and "Berita kegiatan" in line
               for line in lines)
    assert any(line.startswith("siaran-pers ") for line in lines)


@pytest.mark.parametrize(("args", "fragment"), [
    (["render", "tidak-ada.rilis"], "tidak ditemukan"),
    (["render"], "wajib diisi"),
    (["render", "x.rilis", "-f", "pdfx"], "tidak sah"),
    (["new", "-t", "tidak-ada", "-o", "x.rilis"], "tidak ada"),
    (["perintah-aneh"], "tidak sah"),
])
def test_user_mistakes_exit_2_in_indonesian(args: list[str], fragment: str,
                                            tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True,
                            text=True, check=False, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_draft_exit_2_and_file_untouched(tmp_path: Path) -> None:
    draft = tmp_path / "rusak.rilis"
    draft.write_text(json.dumps({"version": 2, "title": 5}), encoding="utf-8")
    before = draft.read_bytes()
    result = _rilis("render", str(draft), "-o", str(tmp_path / "x.html"))
    assert result.returncode == 2
    assert "title: harus berupa teks" in result.stderr
    assert draft.read_bytes() == before
    assert not (tmp_path / "x.html").exists()


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`rilis templates list | head -1`: the pipe's reader is gone before Rilis writes, so
    every write fails with EPIPE; that ends quietly, without a traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # gone before the child writes anything
    with open(tmp_path / "err.txt", "wb") as errors:
        status = subprocess.run([sys.executable, "-m", "app.cli", "templates", "list"],
                                stdout=write_end, stderr=errors, timeout=60,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"}).returncode
    os.close(write_end)
    stderr = (tmp_path / "err.txt").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
    assert status == 0


def test_render_format_follows_the_output_extension(sample_dir: Path, tmp_path: Path) -> None:
    """``-o siaran.docx`` without ``-f`` writes a real DOCX, not HTML under a .docx name."""
    draft = sample_dir / sample_draft().name
    out = tmp_path / "siaran.docx"
    assert main(["render", str(draft), "-o", str(out), "-q"]) == 0
    assert out.read_bytes()[:2] == b"PK"
    assert docx.Document(str(out)).paragraphs
    text = tmp_path / "siaran.TXT"
    assert main(["render", str(draft), "-o", str(text), "-q"]) == 0
    assert "<html" not in text.read_text(encoding="utf-8").lower()
    other = tmp_path / "siaran.rilis-keluar"
    assert main(["render", str(draft), "-o", str(other), "-q"]) == 0
    assert "<html" in other.read_text(encoding="utf-8").lower()


def test_render_refuses_a_format_that_contradicts_the_extension(sample_dir: Path,
                                                                 tmp_path: Path) -> None:
    draft = sample_dir / sample_draft().name
    out = tmp_path / "siaran.docx"
    result = _rilis("render", str(draft), "-f", "html", "-o", str(out))
    assert result.returncode == 2 and "tidak cocok" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
