"""Every ``rilis`` subcommand and flag that no other test runs (issue 14.4): the template
library (``templates list --all|show|validate|import|export|save-starter``), ``new --starter``
and ``--force``, ``comment --resolve``, ``status --note``, ``review --json``, ``diff -o``,
``open --force``, ``render -j/-q`` and ``-v``. Asserted on what they print, write and return.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.base.paths import builtin_templates_dir, sample_draft, user_data_dir
from app.cli import main
from app.library.catalog import STARTER, TEMPLATE, Library
from app.release.draftfile import load_draft, save_draft
from app.release.model import Photo, Release
from app.render.export import export_file
from app.render.locations import TEAM_FOLDERS_ENV

GOOD = ("{# name: Kabar Singkat\ndescription: Satu paragraf saja #}\n"
        "<document><title>{{ release.title }}</title><p>{{ release.unit }}</p></document>")
BROKEN = "<document><title>{{ release.title }</title></document>"
UNKNOWN = "<document><p>{{ release.judul }}</p></document>"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _user_templates() -> Path:
    return user_data_dir() / "templates"


def _user_starters() -> Path:
    return user_data_dir() / "starters"


# ---------------------------------------------------------------- templates show / list --all

def test_templates_show_prints_a_builtin_template_exactly(
        capsys: pytest.CaptureFixture[str]) -> None:
    path = builtin_templates_dir() / "siaran-pers.xml.j2"
    status, out, err = _run(capsys, "templates", "show", "siaran-pers")
    assert status == 0 and err == ""
    first, _, rest = out.partition("\n")
    assert first == f"# templat siaran-pers — bawaan: {path}"
    assert rest == path.read_text(encoding="utf-8")


def test_templates_show_a_starter_and_unknown_ids(sample_dir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    draft = sample_dir / sample_draft().name
    assert _run(capsys, "templates", "save-starter", str(draft), "polres-contoh")[0] == 0
    status, out, _ = _run(capsys, "templates", "show", "--starter", "polres-contoh")
    assert status == 0
    first, _, rest = out.partition("\n")
    assert first.startswith("# starter polres-contoh — pengguna: ")
    assert json.loads(rest)["title"] == load_draft(draft).title
    status, out, err = _run(capsys, "templates", "show", "polres-contoh")  # not a template
    assert status == 2 and out == ""
    assert err == "rilis: galat: Templat 'polres-contoh' tidak ditemukan.\n"
    status, _, err = _run(capsys, "templates", "show", "--starter", "tidak-ada")
    assert status == 2 and "Starter 'tidak-ada' tidak ditemukan." in err


def test_templates_list_all_shows_the_shadowed_builtin(
        capsys: pytest.CaptureFixture[str]) -> None:
    _user_templates().mkdir(parents=True)
    (_user_templates() / "berita-kegiatan.xml.j2").write_text(GOOD, encoding="utf-8")
    status, out, _ = _run(capsys, "templates", "list")
    assert status == 0
    mine = [line for line in out.splitlines() if line.startswith("berita-kegiatan ")]
    assert len(mine) == 1
    assert mine[0].endswith("Satu paragraf saja  [templat, pengguna, menutupi bawaan]")
    status, out, _ = _run(capsys, "templates", "list", "--all")
    both = [line for line in out.splitlines() if line.startswith("berita-kegiatan ")]
    assert len(both) == 2
    assert both[1].endswith("[templat, bawaan]")
    assert "Satu paragraf saja" not in both[1]


# ---------------------------------------------------------------- templates validate

def test_templates_validate_a_good_file_an_id_and_broken_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "baik.xml.j2"
    good.write_text(GOOD, encoding="utf-8")
    assert _run(capsys, "templates", "validate", str(good)) == (
        0, f"{good}: templat sah.\n", "")
    status, out, _ = _run(capsys, "templates", "validate", "imbauan")  # an id
    assert status == 0 and out == f"{builtin_templates_dir() / 'imbauan.xml.j2'}: templat sah.\n"

    broken = tmp_path / "rusak.xml.j2"
    broken.write_text(BROKEN, encoding="utf-8")
    status, out, _ = _run(capsys, "templates", "validate", str(broken))
    assert status == 1
    assert out.startswith(f"{broken}:1: ") and "templat sah" not in out
    unknown = tmp_path / "asing.xml.j2"
    unknown.write_text(UNKNOWN, encoding="utf-8")
    status, out, _ = _run(capsys, "templates", "validate", str(unknown))
    assert status == 1 and "judul" in out and out.startswith(f"{unknown}:")
    status, out, err = _run(capsys, "templates", "validate", "tidak-ada")
    assert status == 2 and "Templat 'tidak-ada' tidak ditemukan." in err


# ---------------------------------------------------------------- save-starter / new --starter

def test_save_starter_then_new_from_it(sample_dir: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    draft = sample_dir / sample_draft().name
    source = load_draft(draft)
    status, out, _ = _run(capsys, "templates", "save-starter", str(draft), "polres-trenggalek",
                          "--name", "Polres Trenggalek", "--description", "Kop dan pejabat")
    assert status == 0
    saved = _user_starters() / "polres-trenggalek.rilis"
    assert out == f"{saved}\n"
    entry = Library().find(STARTER, "polres-trenggalek")
    assert (entry.name, entry.description, entry.path) == (
        "Polres Trenggalek", "Kop dan pejabat", saved)
    status, out, _ = _run(capsys, "templates", "list")
    assert any(line.startswith("polres-trenggalek ") and "Kop dan pejabat" in line
               and line.endswith("[starter, pengguna]") for line in out.splitlines())

    target = tmp_path / "baru"
    status, out, _ = _run(capsys, "new", "--starter", "polres-trenggalek", "-o", str(target))
    assert status == 0 and out == f"{target}.rilis\n"  # the suffix is added
    new = load_draft(target.with_suffix(".rilis"))
    assert new.event.date == datetime.date.today().isoformat()
    assert new.meta.created and new.meta.created == new.meta.modified
    assert new.body == source.body and new.officials == source.officials
    assert new.title == source.title and new.review.history == []

    status, _, err = _run(capsys, "new", "-s", "tidak-ada", "-o", str(tmp_path / "x.rilis"))
    assert status == 2 and "Starter 'tidak-ada' tidak ditemukan." in err
    assert not (tmp_path / "x.rilis").exists()
    status, _, err = _run(capsys, "templates", "save-starter", str(draft), "Bukan Id")
    assert status == 2 and "Id 'Bukan Id' tidak sah" in err


def test_new_force_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "d.rilis"
    assert _run(capsys, "new", "-t", "imbauan", "-o", str(target))[0] == 0
    status, _, err = _run(capsys, "new", "-t", "siaran-pers", "-o", str(target))
    assert status == 2 and "--force" in err
    assert load_draft(target).template == "imbauan"
    assert _run(capsys, "new", "-t", "siaran-pers", "-o", str(target), "--force")[0] == 0
    assert load_draft(target).template == "siaran-pers"


# ---------------------------------------------------------------- templates export / import

def test_export_then_import_a_pack_into_a_fresh_profile(
        sample_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _user_templates().mkdir(parents=True)
    (_user_templates() / "kabar-singkat.xml.j2").write_text(GOOD, encoding="utf-8")
    draft = sample_dir / sample_draft().name
    assert _run(capsys, "templates", "save-starter", str(draft), "polres-contoh")[0] == 0
    pack = tmp_path / "paket.rilispack"
    status, out, _ = _run(capsys, "templates", "export", "kabar-singkat", "siaran-pers",
                          "--starter", "polres-contoh", "-o", str(pack),
                          "--name", "Paket Humas", "--author", "Bripka Dwi")
    assert status == 0 and out == f"{pack}\n"
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist())
    assert manifest["name"] == "Paket Humas" and manifest["author"] == "Bripka Dwi"
    assert {"templates/kabar-singkat.xml.j2", "templates/siaran-pers.xml.j2",
            "starters/polres-contoh.rilis"} <= names

    # Someone else's machine: nothing of ours there.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "profil-lain"))
    status, out, _ = _run(capsys, "templates", "import", str(pack), "--dry-run")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Paket: Paket Humas oleh Bripka Dwi"
    assert lines[-1] == "(uji coba: tidak ada yang ditulis)"
    planned = sorted(line.split()[:3] for line in lines[1:-1])
    assert planned == [["tambah", "aset", "foto-sosialisasi.jpg"],  # the starter's photo
                       ["tambah", "aset", "lambang-contoh.png"],  # and emblem travel too
                       ["tambah", "starter", "polres-contoh"],
                       ["tambah", "templat", "kabar-singkat"],
                       ["tambah", "templat", "siaran-pers"]]
    assert not (tmp_path / "profil-lain").exists()

    status, out, _ = _run(capsys, "templates", "import", str(pack))
    assert status == 0 and out.splitlines()[-1] == "5 berkas diimpor ke pengguna."
    library = Library()
    assert library.find(TEMPLATE, "kabar-singkat").path.read_text(encoding="utf-8") == GOOD
    assert library.find(TEMPLATE, "siaran-pers").location.kind == "pengguna"
    imported, original = library.load_starter("polres-contoh").body, load_draft(draft).body
    for moved, before in zip(imported, original, strict=True):
        if isinstance(moved, Photo) and isinstance(before, Photo):  # now in profil-lain/assets
            assert Path(moved.path).read_bytes() == Path(before.path).read_bytes()
            assert "profil-lain" in moved.path
            moved.path = before.path
    assert imported == original
    status, out, _ = _run(capsys, "templates", "import", str(pack), "--dry-run")
    assert [line.split()[0] for line in out.splitlines()[1:-1]] == ["ganti"] * 5

    status, _, err = _run(capsys, "templates", "export", "tidak-ada", "-o",
                          str(tmp_path / "x.rilispack"))
    assert status == 2 and "tidak ditemukan" in err
    assert not (tmp_path / "x.rilispack").exists()


def test_import_into_a_team_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _user_templates().mkdir(parents=True)
    (_user_templates() / "kabar-singkat.xml.j2").write_text(GOOD, encoding="utf-8")
    pack = tmp_path / "tim.rilispack"
    assert _run(capsys, "templates", "export", "kabar-singkat", "-o", str(pack))[0] == 0
    team = tmp_path / "bersama"
    (team / "templates").mkdir(parents=True)
    status, _, err = _run(capsys, "templates", "import", str(pack), "--team", str(team))
    assert status == 2 and "tidak tersedia" in err  # not a configured team folder
    assert list((team / "templates").iterdir()) == []
    monkeypatch.setenv(TEAM_FOLDERS_ENV, str(team))
    status, out, _ = _run(capsys, "templates", "import", str(pack), "--team", str(team))
    assert status == 0 and out.splitlines()[-1] == f"1 berkas diimpor ke tim ({team})."
    assert (team / "templates" / "kabar-singkat.xml.j2").read_text(encoding="utf-8") == GOOD


def test_a_pack_that_is_not_a_zip_exits_2(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "rusak.rilispack"
    bad.write_bytes(b"bukan zip")
    status, out, err = _run(capsys, "templates", "import", str(bad))
    assert out == ""
    assert status == 2 and "zip rusak" in err and "Traceback" not in err


# ---------------------------------------------------------------- comment --resolve, status --note

def test_comment_resolve_marks_only_that_comment(sample_dir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    draft = sample_dir / sample_draft().name
    status, first, _ = _run(capsys, "comment", str(draft), "Foto kurang terang", "--by", "Sulis",
                            "--block", "1")
    assert status == 0
    status, second, _ = _run(capsys, "comment", str(draft), "Judul terlalu panjang")
    first_id, second_id = first.strip(), second.strip()
    assert first_id and second_id and first_id != second_id
    comments = {c.id: c for c in load_draft(draft).review.comments}
    assert comments[first_id].block == 0 and comments[second_id].block == -1
    assert comments[first_id].author == "Sulis"
    assert not comments[first_id].resolved and not comments[second_id].resolved

    status, out, _ = _run(capsys, "comment", str(draft), "--resolve", first_id)
    assert status == 0 and out == ""
    comments = {c.id: c for c in load_draft(draft).review.comments}
    assert comments[first_id].resolved and not comments[second_id].resolved
    assert len(comments) == 2

    before = draft.read_bytes()
    status, _, err = _run(capsys, "comment", str(draft), "--resolve", "tidak-ada")
    assert status == 2 and "Komentar tidak-ada tidak ditemukan." in err
    assert draft.read_bytes() == before


def test_status_note_is_kept_in_the_history(sample_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    draft = sample_dir / sample_draft().name
    status, out, _ = _run(capsys, "status", str(draft), "diajukan", "--by", "Bripka Dwi",
                          "--note", "Mohon dicek sebelum pukul 10")
    assert status == 0 and out.startswith(f"{draft}: Diajukan (Bripka Dwi, ")
    change = load_draft(draft).review.history[-1]
    assert (change.status, change.by, change.note) == (
        "diajukan", "Bripka Dwi", "Mohon dicek sebelum pukul 10")


# ---------------------------------------------------------------- review --json, diff -o, open

def test_review_json_lists_every_item(sample_dir: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    draft = sample_dir / sample_draft().name
    status, out, _ = _run(capsys, "review", str(draft), "--json")
    report = json.loads(out)
    assert report["status"] == "draf" and report["overall"] in ("pass", "warn")
    assert status == 0
    assert report["items"] and all({"status", "label", "reason"} <= set(item)
                                   for item in report["items"])
    empty = sample_dir / "kosong.rilis"
    assert _run(capsys, "new", "-o", str(empty))[0] == 0
    status, out, _ = _run(capsys, "review", str(empty), "--json")
    assert json.loads(out)["overall"] == "fail" and status == 1


def test_diff_writes_an_html_report(sample_dir: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    draft = sample_dir / sample_draft().name
    release = load_draft(draft)
    edited = sample_dir / "ubah.rilis"
    release.title = "Judul Baru Sekali"
    save_draft(release, edited)
    report = tmp_path / "beda.html"
    status, _, _ = _run(capsys, "diff", str(draft), str(edited), "-o", str(report))
    html = report.read_text(encoding="utf-8")
    assert status in (0, 1) and html.startswith("<!DOCTYPE html>")
    assert "Sekali" in html


def test_open_force_overwrites_an_existing_draft(sample_release: Release, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    document = export_file(sample_release, "docx", tmp_path / "rilis.docx")
    target = tmp_path / "kembali.rilis"
    target.write_text("{}", encoding="utf-8")
    status, _, err = _run(capsys, "open", str(document), "-o", str(target))
    assert status == 2 and "--force" in err and target.read_text(encoding="utf-8") == "{}"
    assert _run(capsys, "open", str(document), "-o", str(target), "--force")[0] == 0
    assert load_draft(target).body == sample_release.body


# ---------------------------------------------------------------- render -j / -q, -v

def test_render_jobs_and_quiet(sample_dir: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    draft = sample_dir / sample_draft().name
    drafts = [draft]
    for number in range(3):
        copy = sample_dir / f"salinan-{number}.rilis"
        copy.write_bytes(draft.read_bytes())
        drafts.append(copy)
    out = tmp_path / "keluar"
    status, printed, _ = _run(capsys, "render", *map(str, drafts), "-f", "txt", "-o", str(out),
                              "-j", "2", "-q")
    assert status == 0 and printed == ""
    written = sorted(path.name for path in out.iterdir())
    assert written == sorted(f"{path.stem}.txt" for path in drafts)
    texts = {path.read_text(encoding="utf-8") for path in out.iterdir()}
    assert len(texts) == 1 and load_draft(draft).title in texts.pop()
    status, printed, _ = _run(capsys, "render", str(draft), "-f", "txt", "-o",
                              str(tmp_path / "satu.txt"), "-j", "1")
    assert status == 0 and printed != ""


def test_verbose_logs_to_stderr(sample_dir: Path, tmp_path: Path) -> None:
    draft = sample_dir / sample_draft().name
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "-v", "render", str(draft), "-f", "txt", "-o",
         str(tmp_path / "x.txt")], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "rilis: debug: " in result.stderr or "rilis: info: " in result.stderr
    assert "DEBUG" not in result.stderr and "INFO" not in result.stderr  # issue 13.8
    quiet = subprocess.run(
        [sys.executable, "-m", "app.cli", "render", str(draft), "-f", "txt", "-o",
         str(tmp_path / "y.txt")], capture_output=True, text=True, check=False, timeout=120)
    assert quiet.returncode == 0 and "INFO" not in quiet.stderr and "DEBUG" not in quiet.stderr

