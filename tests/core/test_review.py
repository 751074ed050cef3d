"""Supervisor review: workflow, comments, marks in exports, versions, DOCX source, checklist."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from app.base.errors import RilisError
from app.cli import main
from app.release.approval import changed_since_approval, is_approved
from app.release.draftfile import load_draft, save_draft
from app.release.model import Event, Official, Paragraph, Photo, Quote, RelatedStory, Release
from app.render.docx_source import extract_source
from app.render.export import export_bytes
from app.review.checklist import overall, run_checklist
from app.review.diff import compare_releases
from app.review.docx_open import compare_with_source, open_docx
from app.review.report import report_docx, report_html
from app.review.workflow import add_comment, set_status


def test_status_transitions_and_history(small_release: Release) -> None:
    set_status(small_release, "diajukan", "Bripka Dwi", at="2026-11-20T10:00:00+07:00")
    with pytest.raises(RilisError, match="Nama peninjau"):
        set_status(small_release, "disetujui", " ")
    set_status(small_release, "perlu-revisi", "Iptu Sulis", "Lengkapi jumlah peserta")
    with pytest.raises(RilisError, match="tidak dapat berpindah"):
        set_status(small_release, "disetujui", "Iptu Sulis")
    set_status(small_release, "diajukan", "Bripka Dwi")
    set_status(small_release, "disetujui", "Iptu Sulis")
    history = [(c.status, c.by) for c in small_release.review.history]
    assert history == [("diajukan", "Bripka Dwi"), ("perlu-revisi", "Iptu Sulis"),
                       ("diajukan", "Bripka Dwi"), ("disetujui", "Iptu Sulis")]
    assert small_release.review.history[1].note == "Lengkapi jumlah peserta"
    assert is_approved(small_release)


def test_comments_survive_save_and_appear_in_report(small_release: Release,
                                                    tmp_path: Path) -> None:
    add_comment(small_release, "Sebutkan jumlah pedagang", "Iptu Sulis", block=0)
    whole = add_comment(small_release, "Judul terlalu umum", "Iptu Sulis")
    whole.resolved = True
    path = tmp_path / "d.rilis"
    save_draft(small_release, path)
    loaded = load_draft(path)
    assert loaded.review.comments == small_release.review.comments
    assert loaded.review.comments[0].excerpt.startswith("Hal itu disampaikan")
    loaded.body.insert(0, Paragraph(text="Paragraf baru di depan."))
    items = run_checklist(loaded, with_language=False)
    comment_item = next(item for item in items if item.id == "komentar")
    assert comment_item.status == "warn" and "blok 2: Sebutkan jumlah pedagang" in \
        comment_item.reason
    html = report_html(loaded, items)
    assert "Sebutkan jumlah pedagang" in html and "Blok 2" in html and "Selesai" in html
    document = docx.Document(io.BytesIO(report_docx(loaded, items)))
    texts = "\n".join(p.text for p in document.paragraphs)
    assert "Blok 2: Sebutkan jumlah pedagang — Iptu Sulis" in texts
    assert any("Perhatian" in cell.text for row in document.tables[0].rows
               for cell in row.cells)


def _marks(release: Release) -> dict[str, bool]:
    html = export_bytes(release, "html").decode("utf-8")
    text = export_bytes(release, "txt").decode("utf-8")
    data = export_bytes(release, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        headers = "".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                          if name.startswith("word/header"))
    return {
        "html-banner": 'class="rilis-notices draft"' in html,
        "html-watermark": 'class="watermark"' in html,
        "text": text.startswith("[DRAF"),
        "docx-header": "DRAF" in re.sub(r"<[^>]+>", "", headers),
        "docx-watermark": 'string="DRAF"' in headers,
    }


def test_draft_marks_by_status(small_release: Release) -> None:
    for status in ("draf", "diajukan", "perlu-revisi"):
        if status != "draf":
            set_status(small_release, status, "Iptu Sulis")
        assert all(_marks(small_release).values()), status
    set_status(small_release, "diajukan", "Bripka Dwi")
    set_status(small_release, "disetujui", "Iptu Sulis", at="2026-11-21T09:00:00+07:00")
    assert not any(_marks(small_release).values())
    text = export_bytes(small_release, "txt").decode("utf-8")
    assert text.startswith("[Disetujui oleh Iptu Sulis, Sabtu, 21 November 2026]")


def test_editing_after_approval_brings_the_mark_back(small_release: Release) -> None:
    set_status(small_release, "diajukan", "Bripka Dwi")
    set_status(small_release, "disetujui", "Iptu Sulis")
    small_release.meta.modified = "2026-12-01T00:00:00+07:00"
    assert not changed_since_approval(small_release)
    small_release.title += " (revisi)"
    assert changed_since_approval(small_release) and not is_approved(small_release)
    assert all(_marks(small_release).values())
    assert "diubah setelah disetujui" in export_bytes(small_release, "txt").decode("utf-8")


def test_embargo_line_in_every_format(small_release: Release) -> None:
    small_release.embargo.date = "2023-09-23"
    small_release.embargo.time = "06.00"
    line = "Embargo sampai Sabtu, 23 September 2023 pukul 06.00 WIB"
    assert line in export_bytes(small_release, "txt").decode("utf-8")
    assert line in export_bytes(small_release, "html").decode("utf-8")
    data = export_bytes(small_release, "docx")
    header = docx.Document(io.BytesIO(data)).sections[0].header
    assert line in "\n".join(p.text for p in header.paragraphs)
    text = export_bytes(small_release, "txt", "siaran-pers").decode("utf-8")
    assert text.count("Embargo sampai") == 1


def test_versions_recorded_on_save_and_diff_lists_changed_words(
        small_release: Release, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.rilis"
    save_draft(small_release, path)
    save_draft(small_release, path)
    assert len(load_draft(path).versions) == 1
    small_release.title = "Polsek Sukamaju Gelar Patroli Dialogis di Pasar"
    small_release.body[2] = Paragraph(text="Kegiatan dimulai @pukul di halaman @tempat.")
    small_release.officials[1].rank = "Iptu"
    save_draft(small_release, path)
    assert len(load_draft(path).versions) == 2
    status = main(["diff", f"{path}#1", f"{path}#2", "--json",
                   "-o", str(tmp_path / "beda.html")])
    assert status == 1
    changes = json.loads(capsys.readouterr().out)["changes"]
    summary = {(c["label"], tuple(c["deleted"]), tuple(c["inserted"])) for c in changes}
    assert summary == {
        ("Judul", (), ("di", "Pasar")),
        ("Pejabat kanit: pangkat", ("Ipda",), ("Iptu",)),
        ("Isi blok 3 (paragraf)", (), ("halaman",)),
    }
    report = (tmp_path / "beda.html").read_text(encoding="utf-8")
    assert "<ins>halaman </ins>" in report or "<ins>halaman</ins>" in report
    assert main(["diff", f"{path}#2", str(path)]) == 0


def test_moved_block_is_not_reported_as_everything_changing(small_release: Release) -> None:
    import copy

    edited = copy.deepcopy(small_release)
    edited.body.insert(0, Paragraph(text="Paragraf pembuka baru."))
    diffs = compare_releases(small_release, edited)
    assert [d.label for d in diffs] == ["Isi blok 1 (paragraf) (baru)"]


def test_docx_carries_its_draft_exactly(sample_release: Release, tmp_path: Path) -> None:
    data = export_bytes(sample_release, "docx")
    assert extract_source(data) == sample_release
    path = tmp_path / "rilis.docx"
    path.write_bytes(data)
    assert main(["open", str(path), "-o", str(tmp_path / "kembali.rilis")]) == 0
    assert load_draft(tmp_path / "kembali.rilis").body == sample_release.body
    opened = open_docx(path)
    assert opened.embedded and opened.edits == [] and opened.note == ""


def test_docx_edited_with_python_docx_shows_the_edit(sample_release: Release,
                                                     tmp_path: Path) -> None:
    data = export_bytes(sample_release, "docx")
    document = docx.Document(io.BytesIO(data))
    target = next(p for p in document.paragraphs if p.text.startswith("Menurut data"))
    for run in target.runs:
        run.text = run.text.replace("41 kecelakaan", "43 kecelakaan lalu lintas")
    buffer = io.BytesIO()
    document.save(buffer)
    edits = compare_with_source(sample_release, buffer.getvalue())
    assert [(e.deleted, e.inserted) for e in edits] == [(["41"], ["43", "lalu", "lintas"])]
    assert extract_source(buffer.getvalue()) == sample_release


SYSTEM_PYTHON = Path("/usr/bin/python3")
"""The Python that LibreOffice's UNO bridge (Debian package python3-uno) belongs to."""


@pytest.mark.slow
def test_docx_edited_in_libreoffice_keeps_draft_and_shows_edit(sample_release: Release,
                                                               tmp_path: Path) -> None:
    assert shutil.which("soffice"), "LibreOffice is installed by `make test`"
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True,
                           check=False)
    assert probe.returncode == 0, "python3-uno is installed by `make test`"
    exported = tmp_path / "rilis.docx"
    exported.write_bytes(export_bytes(sample_release, "docx"))
    edited = tmp_path / "disunting.docx"
    tool = Path(__file__).resolve().parent.parent / "tools" / "lo_edit.py"
    result = subprocess.run(
        [str(SYSTEM_PYTHON), str(tool), str(exported), str(edited), "sepulang sekolah",
         "sepulang les", str(tmp_path / "lo")], capture_output=True, text=True, timeout=180,
        check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    opened = open_docx(edited)
    assert opened.embedded and opened.release == sample_release
    assert [(e.deleted, e.inserted) for e in opened.edits] == [(["sekolah."], ["les."])]
    cli = subprocess.run([sys.executable, "-m", "app.cli", "diff", str(edited)],
                         capture_output=True, text=True, check=False, timeout=60)
    assert cli.returncode == 1 and "-sekolah. +les." in cli.stdout


@pytest.mark.slow
def test_docx_resaved_by_libreoffice_conversion_keeps_the_draft(sample_release: Release,
                                                                tmp_path: Path) -> None:
    source = tmp_path / "rilis.docx"
    source.write_bytes(export_bytes(sample_release, "docx"))
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "lo-out"),
         str(source)], capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    opened = open_docx(tmp_path / "lo-out" / "rilis.docx")
    assert opened.embedded and opened.release == sample_release and opened.edits == []


def test_docx_without_source_is_imported_from_text_with_a_note(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Warga Gotong Royong Bersihkan Saluran", style="Title")
    document.add_paragraph("KEDIRI – Ratusan warga membersihkan saluran air.")
    document.add_paragraph("Kegiatan ditutup dengan makan bersama.")
    path = tmp_path / "luar.docx"
    document.save(str(path))
    opened = open_docx(path)
    assert not opened.embedded and "tidak membawa draf Rilis" in opened.note
    assert opened.release.title == "Warga Gotong Royong Bersihkan Saluran"
    assert opened.release.dateline == "Kediri"
    assert [b.text for b in opened.release.body] == [  # type: ignore[union-attr]
        "Ratusan warga membersihkan saluran air.", "Kegiatan ditutup dengan makan bersama."]


def test_checklist_flags_each_missing_element(tmp_path: Path) -> None:
    crafted = Release(
        title="Patroli",
        officials=[Official(id="kapolsek", name="Budi Santoso", position="Kapolsek Sukamaju"),
                   Official(id="camat", name="", position="")],
        event=Event(date="2023-09-22"),
        body=[Paragraph(text="Ada kegiatan hari ini. " + "kata " * 130),
              Quote(speaker="", text="Aman", verb=""),
              Photo(path=str(tmp_path / "tidak-ada.jpg"), caption="", credit="")],
        related=[RelatedStory(title="", url="javascript:alert(1)")],
    )
    crafted.embargo.date = "2023-09-20"
    items = {item.id: item for item in run_checklist(crafted, with_language=False)}
    expected = {
        # siapa: officials are filled but the text never names one (the checklist reads
        # the rendered release)
        "siapa": "fail", "apa": "pass", "kapan": "warn", "di-mana": "fail",
        "mengapa": "warn", "bagaimana": "warn", "kutipan": "fail", "sebutan-pertama": "fail",
        "judul": "warn", "panjang": "warn", "foto": "fail", "terkait": "fail",
        "embargo": "warn", "komentar": "pass", "perlindungan": "pass",
    }
    assert {key: item.status for key, item in items.items()} == expected
    assert "kutipan blok 2 tanpa pembicara" in items["kutipan"].reason
    assert "tanpa kata kerja" in items["kutipan"].reason
    assert "camat: nama kosong" in items["sebutan-pertama"].reason
    assert "Budi Santoso: pangkat belum diisi" in items["sebutan-pertama"].reason
    assert "blok 1: paragraf 134 kata" in items["panjang"].reason
    assert "sebelum tanggal kegiatan" in items["embargo"].reason
    assert overall(list(items.values())) == "fail"


def test_sample_passes_the_checklist_without_failures(sample_release: Release) -> None:
    items = run_checklist(sample_release, with_language=False)
    assert overall(items) == "pass"


def test_review_cli_writes_reports_and_exit_codes(sample_dir: Path, tmp_path: Path) -> None:
    draft = sample_dir / "kegiatan-polres.rilis"
    assert main(["status", str(draft), "diajukan", "--by", "Bripka Dwi"]) == 0
    assert main(["comment", str(draft), "Tambahkan foto kedua", "--by", "Iptu Sulis",
                 "--block", "2"]) == 0
    assert main(["review", str(draft), "-o", str(tmp_path / "laporan.docx")]) == 0
    assert main(["review", str(draft), "-o", str(tmp_path / "laporan.html")]) == 0
    html = (tmp_path / "laporan.html").read_text(encoding="utf-8")
    assert "Tambahkan foto kedua" in html and "Diajukan" in html
    assert load_draft(draft).review.status == "diajukan"
    assert main(["status", str(draft), "draf", "--by", "x"]) == 0
    assert main(["status", str(draft), "disetujui", "--by", "x"]) == 2
