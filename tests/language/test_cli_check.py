"""``rilis check``: the JSON contract, the linter lines and the exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from app.cli import main
from app.release.draftfile import load_draft, save_draft
from app.release.model import Official, Paragraph, Quote, Release
from app.render.export import release_plain_text

KEYS = {"start", "end", "text", "kind", "rule", "message", "suggestions", "severity", "count"}
"""The contract of issue 3, with ``severity`` and ``count`` added by issue 10."""
WRONG = "Polisi memberikan himbauan. Kegiatn dimulai pukul 09:00 WIB.\n"


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    status = main(["check", *args, "--json"])
    return status, json.loads(capsys.readouterr().out)


def test_json_contract_on_txt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rilis.txt"
    path.write_text(WRONG, encoding="utf-8")
    status, payload = _json(capsys, str(path))
    assert status == 1
    assert set(payload) == {"findings", "words"}
    assert payload["words"] == 7
    findings = payload["findings"]
    assert isinstance(findings, list)
    for item in findings:
        assert set(item) == KEYS
        assert item["kind"] in ("spelling", "style")
        assert WRONG[item["start"]:item["end"]] == item["text"]
        assert isinstance(item["suggestions"], list)
    assert [(f["rule"], f["text"], f["suggestions"][0]) for f in findings] == [
        ("bentuk-tidak-baku", "himbauan", "imbauan"),
        ("ejaan", "Kegiatn", "Kegiatan"),
        ("waktu-titik-dua", "09:00", "09.00"),
    ]


def test_clean_text_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bersih.txt"
    path.write_text("Polres Jember menggelar patroli pada Jumat pagi.\n", encoding="utf-8")
    status, payload = _json(capsys, str(path))
    assert status == 0 and payload == {"findings": [], "words": 7}
    assert main(["check", str(path)]) == 0
    assert "tidak ada temuan" in capsys.readouterr().out


def test_human_output_is_linter_like(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rilis.txt"
    path.write_text(WRONG, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (f"{path}:1:19: style bentuk-tidak-baku: Bentuk tidak baku; bentuk baku "
                        "menurut KBBI: “imbauan”. (saran: imbauan)")
    assert lines[1].startswith(f"{path}:1:29: spelling ejaan: ")
    assert "(saran: Kegiatan" in lines[1]


def test_docx_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = docx.Document()
    document.add_paragraph("Judul Rilis")
    document.add_paragraph("Berita hoax beredar.")
    docx_path = tmp_path / "rilis.docx"
    document.save(str(docx_path))
    status, payload = _json(capsys, str(docx_path))
    assert status == 1
    assert [(f["text"], f["start"]) for f in payload["findings"]] == [("hoax", 19)]

    html_path = tmp_path / "rilis.html"
    html_path.write_text(
        "<html><head><title>Rilis</title><style>p { color: red }</style>"
        "<script>var hoax = 1;</script></head><body><h1>Patroli Malam</h1>"
        "<p>Petugas berjaga diwilayah pasar.</p></body></html>", encoding="utf-8")
    status, payload = _json(capsys, str(html_path))
    assert status == 1
    assert [f["text"] for f in payload["findings"]] == ["diwilayah"]


def test_rilis_draft_learns_its_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = Release(
        title="Polsek Wonodadi Gelar Patroli", dateline="Blitar", unit="Polsek Wonodadi",
        officials=[Official(id="kapolsek", rank="AKP", name="Arsya Khadafi",
                            short_name="Arsya", position="Kapolsek Wonodadi")],
        body=[Paragraph(text="Patroli dipimpin @kapolsek di Pasar Wonodadi."),
              Quote(speaker="kapolsek", text="Kami siap menjaga keamanan warga", verb="ujar")])
    path = tmp_path / "patroli.rilis"
    save_draft(release, path)
    status, payload = _json(capsys, str(path))
    text = release_plain_text(load_draft(path))
    assert payload["words"] > 10
    assert status == 0, payload
    release.body.append(Paragraph(text="Kegiatn berjalan lancar."))
    save_draft(release, path)
    status, payload = _json(capsys, str(path))
    text = release_plain_text(load_draft(path))
    assert status == 1
    [finding] = payload["findings"]
    assert text[finding["start"]:finding["end"]] == "Kegiatn"


@pytest.mark.parametrize(("name", "content", "fragment"), [
    ("tidak-ada.txt", None, "tidak ditemukan"),
    ("rilis.pdf", b"%PDF", "tidak didukung"),
    ("biner.txt", b"\xff\xfe\x80", "bukan teks UTF-8"),
    ("rusak.docx", b"bukan zip", "bukan dokumen DOCX"),
    ("rusak.rilis", b"{bukan json", "draf"),
])
def test_errors_exit_2_in_indonesian(tmp_path: Path, name: str, content: bytes | None,
                                     fragment: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "app.cli", "check", str(path), "--json"],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_help_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "ejaan" in out and "--json" in out


def test_dash_reads_standard_input() -> None:
    """``rilis check -`` checks text piped in, with the same JSON and exit codes as a .txt."""
    result = subprocess.run([sys.executable, "-m", "app.cli", "check", "-", "--json"],
                            input=WRONG.encode("utf-8"), capture_output=True, check=False,
                            timeout=120)
    assert result.returncode == 1, result.stderr
    payload = json.loads(result.stdout)
    assert payload["words"] == 7
    assert [f["text"] for f in payload["findings"]] == ["himbauan", "Kegiatn", "09:00"]
    human = subprocess.run([sys.executable, "-m", "app.cli", "check", "-"],
                           input=WRONG.encode("utf-8"), capture_output=True, check=False,
                           timeout=120)
    assert human.stdout.decode("utf-8").startswith("-:1:19: style bentuk-tidak-baku: ")


def test_dash_refuses_binary_input_in_indonesian() -> None:
    result = subprocess.run([sys.executable, "-m", "app.cli", "check", "-"],
                            input=b"\xff\xfe\x80", capture_output=True, check=False, timeout=120)
    assert result.returncode == 2
    assert "Masukan standar bukan teks UTF-8" in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr
