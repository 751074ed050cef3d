"""Issue 13, round two: hostile files through the public CLI.

Each attack runs as a real ``rilis`` process with a time limit: a hang fails the test
instead of the suite. Every refusal is exit status 2 with an Indonesian message and no
traceback; nothing is written outside the target; every draft written opens again.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import app.release.draftfile as draftfile
from app.base.errors import ExportError
from app.base.paths import user_config_dir, user_data_dir
from app.base.settings import SETTINGS_FILE, load_settings
from app.language import PersonalDictionary, TeamDictionary
from app.release.draftfile import MAX_FILE_BYTES, load_draft, save_draft
from app.release.model import Paragraph, Release
from bench.releases import random_prose as _prose

TIMEOUT = 60
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero")


def _rilis(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command in a process of its own, killed (failing) if it hangs."""
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)],
                            capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd)
    assert time.monotonic() - started < TIMEOUT
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _refused(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert result.stderr.splitlines()[-1].startswith("rilis: galat: "), result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


def _listing(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*")} if folder.exists() else set()


# ------------------------------------------------------------ 1. drafts that grow


def _edit(rng: random.Random, text: str, number: int) -> str:
    place = rng.randrange(len(text))
    return text[:place] + f"Suntingan ke-{number} di sini. " + text[place + 40:]


def _assert_history_intact(path: Path, saved: Release) -> None:
    reopened = load_draft(path)
    assert reopened.body == saved.body
    assert [v.content for v in reopened.versions] == [v.content for v in saved.versions]


def test_a_2mb_body_resaved_25_times_stays_small_and_opens(tmp_path: Path) -> None:
    """The reported case: 25 saves of a 2 MB body were 53.9 MB and refused."""
    rng = random.Random(13)
    draft = tmp_path / "besar.rilis"
    release = Release(title="Draf besar", body=[Paragraph(text=_prose(rng, 2_000_000))])
    for number in range(25):
        paragraph = release.body[0]
        assert isinstance(paragraph, Paragraph)
        paragraph.text = _edit(rng, paragraph.text, number)
        assert save_draft(release, draft) == []
    size = draft.stat().st_size
    assert size < 2_200_000, size            # the history costs kilobytes, not copies
    _assert_history_intact(draft, release)
    assert len(load_draft(draft).versions) == 25
    result = _rilis("comment", draft, "Periksa lagi.", "--by", "Dwi")
    assert result.returncode == 0, result.stderr
    assert load_draft(draft).review.comments[0].text == "Periksa lagi."
    assert "Suntingan ke-0" in json.dumps(load_draft(draft).versions[0].content)


def test_a_5mb_body_saved_100_times_with_edits_stays_openable(tmp_path: Path) -> None:
    rng = random.Random(5)
    draft = tmp_path / "lima.rilis"
    paragraphs = _prose(rng, 5_000_000)
    release = Release(title="Lima MB", body=[Paragraph(text=paragraphs[start:start + 25_000])
                                             for start in range(0, len(paragraphs), 25_000)])
    for number in range(100):
        block = release.body[rng.randrange(len(release.body))]
        assert isinstance(block, Paragraph)
        block.text = _edit(rng, block.text, number)
        if number % 10 == 0:
            release.body.insert(rng.randrange(len(release.body)), Paragraph(text=f"Baru {number}."))
        assert save_draft(release, draft) == []
    assert draft.stat().st_size < 6_000_000
    _assert_history_intact(draft, release)
    result = _rilis("comment", draft, "Periksa lagi.", "--by", "Dwi")
    assert result.returncode == 0, result.stderr
    assert len(load_draft(draft).versions) == draftfile.MAX_VERSIONS


def test_a_save_that_would_cross_the_limit_drops_the_oldest_versions_and_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Incompressible bodies rewritten whole: the history cannot be small. The save keeps
    the file under the loader's limit and warns in Indonesian."""
    monkeypatch.setattr(draftfile, "MAX_FILE_BYTES", 400_000)
    rng = random.Random(1)
    draft = tmp_path / "acak.rilis"
    release = Release(title="Acak")
    notices: list[str] = []
    for _ in range(12):
        release.body = [Paragraph(text="".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
                                               for _ in range(60_000)))]
        notices += save_draft(release, draft)
        assert draft.stat().st_size <= 400_000
        load_draft(draft)
    assert notices and "versi tertua dihapus" in notices[0]
    assert 1 <= len(load_draft(draft).versions) < 12
    assert load_draft(draft).body == release.body


def test_the_cli_passes_the_notice_on(tmp_path: Path) -> None:
    """``rilis open`` of a DOCX carrying a long history: the save drops the oldest versions
    and says so on stderr (a child process, with the file limit lowered)."""
    draft, docx, opened = tmp_path / "acak.rilis", tmp_path / "acak.docx", tmp_path / "b.rilis"
    script = f"""
import random, sys
import app.release.draftfile as d
from app.cli import main
from app.release.model import Paragraph, Release
d.MAX_FILE_BYTES = 400_000
rng = random.Random(2)
release = Release(title="Acak")
for _ in range(6):
    release.body = [Paragraph(text="".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
                                           for _ in range(60_000)))]
    assert d.save_draft(release, {str(draft)!r}) == []
assert main(["render", {str(draft)!r}, "-f", "docx", "-o", {str(docx)!r}]) == 0
d.MAX_FILE_BYTES = 300_000
sys.exit(main(["open", {str(docx)!r}, "-o", {str(opened)!r}]))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=TIMEOUT)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert "rilis: peringatan: Riwayat versi terlalu besar" in result.stderr
    assert "versi tertua dihapus" in result.stderr
    assert opened.stat().st_size <= 300_000
    assert 1 <= len(load_draft(opened).versions) < 6


def test_a_draft_too_big_even_without_history_is_not_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(draftfile, "MAX_FILE_BYTES", 100_000)
    draft = tmp_path / "raksasa.rilis"
    save_draft(Release(title="kecil"), draft)
    before = draft.read_bytes()
    with pytest.raises(ExportError, match="terlalu besar untuk disimpan"):
        save_draft(Release(title="besar", body=[Paragraph(text="x" * 200_000)]), draft)
    assert draft.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raksasa.rilis"]


def test_version_2_files_with_whole_copies_still_open_and_convert(tmp_path: Path) -> None:
    draft = tmp_path / "lama.rilis"
    old = Release(title="versi satu", body=[Paragraph(text="Isi pertama.")])
    contents = []
    for title in ("versi satu", "versi dua"):
        old.title = title
        contents.append(draftfile.content_of(old))
    data = json.loads(draftfile.dumps(old))
    data["version"] = 2
    data["versions"] = [{"at": f"2026-01-0{n + 1}T08:00:00+07:00", "by": "Dwi",
                         "content": content} for n, content in enumerate(contents)]
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    release = load_draft(draft)
    assert [v.content["title"] for v in release.versions] == ["versi satu", "versi dua"]
    assert _rilis("comment", draft, "ok", "--by", "Dwi").returncode == 0
    stored = json.loads(draft.read_text(encoding="utf-8"))
    assert stored["version"] == draftfile.FORMAT_VERSION
    assert all("delta" in record or "packed" in record for record in stored["versions"])
    assert [v.content for v in load_draft(draft).versions] == contents


def test_hostile_history_never_blows_up_and_the_draft_still_opens(tmp_path: Path) -> None:
    """A delta copying the text a hundred thousand times (a bomb), a broken one, a bad
    compressed one: the history is cut there, the draft opens, the CLI works."""
    base = json.loads(draftfile.dumps(Release(title="Korban", body=[Paragraph(text="isi")])))
    for versions in ([{"at": "", "by": "", "delta": [[0, 100]] * 100_000}],
                     [{"at": "", "by": "", "delta": [[5, 10**9]]}],
                     [{"at": "", "by": "", "delta": "bukan daftar"}],
                     [{"at": "", "by": "", "packed": "!!!"}],
                     [{"at": "", "by": "", "delta": ["{" * 100_000]}]):
        draft = tmp_path / "bom.rilis"
        draft.write_text(json.dumps({**base, "versions": versions}), encoding="utf-8")
        assert load_draft(draft).title == "Korban"
        result = _rilis("diff", f"{draft}#1", draft)
        _refused(result, "hanya punya 0 versi")
        assert "Riwayat versi draf tidak utuh" in result.stderr


# ------------------------------------------------------------ 4./5. packs


def _pack(path: Path, manifest: str | bytes, members: dict[str, bytes] | None = None) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest)
        for name, data in (members or {}).items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


TEMPLATE_SOURCE = b"{# name: Uji #}\n<document><title>{{ release.title }}</title></document>\n"


def _manifest(items: list[dict[str, str]], **extra: object) -> str:
    return json.dumps({"format": "rilispack", "version": 1, "name": "Uji", "items": items,
                       **extra})


def _item(entry_id: str = "baik") -> dict[str, str]:
    return {"kind": "templat", "id": entry_id, "name": "Baik",
            "file": "templates/baik.xml.j2"}


def test_a_manifest_nested_500000_deep_is_refused(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "dalam.rilispack", "[" * 500_000 + "]" * 500_000)
    before = _listing(user_data_dir())
    _refused(_rilis("templates", "import", pack), "Manifes paket")
    assert _listing(user_data_dir()) == before


@posix_only
def test_a_fifo_as_pack_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.rilispack"
    os.mkfifo(fifo)
    _refused(_rilis("templates", "import", fifo), "bukan berkas biasa")


@posix_only
def test_a_fifo_or_device_as_draft_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.rilis"
    os.mkfifo(fifo)
    _refused(_rilis("review", fifo), "bukan berkas biasa")
    zero = tmp_path / "nol.rilis"
    zero.symlink_to("/dev/zero")
    _refused(_rilis("render", zero, "-o", tmp_path / "x.html"), "bukan berkas biasa")
    assert not (tmp_path / "x.html").exists()


def test_3000_items_for_one_member_are_refused(tmp_path: Path) -> None:
    items = [{**_item(f"t{n}")} for n in range(3000)]
    pack = _pack(tmp_path / "banyak.rilispack", _manifest(items),
                 {"templates/baik.xml.j2": TEMPLATE_SOURCE})
    before = _listing(user_data_dir())
    _refused(_rilis("templates", "import", pack), "terlalu banyak", "3000")
    assert _listing(user_data_dir()) == before


def test_an_id_with_a_trailing_newline_is_refused(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "baris.rilispack", _manifest([_item("baik\n")]),
                 {"templates/baik.xml.j2": TEMPLATE_SOURCE})
    before = _listing(user_data_dir())
    _refused(_rilis("templates", "import", pack), "tidak sah")
    assert _listing(user_data_dir()) == before


def test_a_negative_manifest_version_is_refused(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "minus.rilispack", _manifest([_item()], version=-5),
                 {"templates/baik.xml.j2": TEMPLATE_SOURCE})
    _refused(_rilis("templates", "import", pack), "version -5 tidak sah")


def test_escape_sequences_in_names_are_not_printed(tmp_path: Path) -> None:
    evil = "\x1b]0;diretas\x07\x1b[2J\u202eBaik"
    item = {**_item(), "name": evil, "description": evil}
    pack = _pack(tmp_path / "warna.rilispack",
                 _manifest([item], name=evil, author=evil),
                 {"templates/baik.xml.j2": b"{# name: " + evil.encode() + b"\n description: "
                  + evil.encode() + b" #}\n<document><title>{{ release.title }}</title>"
                  b"</document>\n"})
    result = _rilis("templates", "import", pack)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "Baik" in result.stdout
    listing = _rilis("templates", "list")
    assert listing.returncode == 0
    assert "\x1b" not in listing.stdout and "\x07" not in listing.stdout
    assert "baik" in listing.stdout


# ------------------------------------------------------------ 4./5. settings, dictionaries


def _settings_file() -> Path:
    path = user_config_dir() / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    draft = tmp_path / "contoh.rilis"
    save_draft(Release(title="Contoh", body=[Paragraph(text="Isi.")]), draft)
    return draft


def _renders_with_a_warning(sample: Path, fragment: str) -> None:
    out = sample.with_suffix(".html")
    result = _rilis("render", sample, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    assert fragment in result.stderr and "pengaturan bawaan dipakai" in result.stderr.lower()


def test_settings_nested_100000_deep_give_defaults_and_a_warning(sample: Path) -> None:
    _settings_file().write_text('{"extra": ' + "[" * 100_000 + "]" * 100_000 + "}")
    _renders_with_a_warning(sample, "rusak")
    settings = load_settings()
    assert settings.team_folders == []


def test_settings_nested_just_under_the_json_limit_give_defaults(sample: Path) -> None:
    _settings_file().write_text('{"extra": {"a": ' + "[" * 900 + "]" * 900 + "}}")
    """Parsed by ``json``, then too deep to copy: the defaults, not a RecursionError."""
    warnings: list[str] = []
    assert load_settings(warnings=warnings).extra == {}
    assert warnings and "bersarang terlalu dalam" in warnings[0]
    _renders_with_a_warning(sample, "bersarang terlalu dalam")


@posix_only
def test_settings_as_fifo_or_dev_zero_give_defaults_at_once(sample: Path) -> None:
    path = _settings_file()
    os.mkfifo(path)
    _renders_with_a_warning(sample, "bukan berkas biasa")
    path.unlink()
    path.symlink_to("/dev/zero")
    _renders_with_a_warning(sample, "bukan berkas biasa")


def _in_child(code: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=TIMEOUT)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@posix_only
def test_dictionaries_as_fifo_or_dev_zero_are_skipped_with_a_warning(tmp_path: Path) -> None:
    fifo = tmp_path / "kamus.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "nol.dic"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero):
        result = _in_child(
            "from pathlib import Path\n"
            "from app.language import PersonalDictionary, TeamDictionary\n"
            f"p = PersonalDictionary(Path({str(path)!r}))\n"
            f"t = TeamDictionary(Path({str(path)!r}))\n"
            "print(len(p.words), len(t.words))\n"
            "print(p.warnings[0])\n")
        assert result.returncode == 0
        assert result.stdout.startswith("0 0")
        assert "bukan berkas biasa" in result.stdout
    team = TeamDictionary(tmp_path)        # a folder holding both: both skipped
    assert team.words == set()
    assert PersonalDictionary(fifo).words == set()


# ------------------------------------------------------------ 8. leftovers of killed saves


def test_stale_temporary_files_are_cleaned_when_a_draft_is_opened_or_saved(
        sample: Path) -> None:
    folder = sample.parent
    stale = folder / f".{sample.name}.k9x2.tmp"
    fresh = folder / f".{sample.name}.a1b2.tmp"
    other = folder / ".lain.rilis.zz.tmp"
    for path in (stale, fresh, other):
        path.write_bytes(b"{setengah")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    result = _rilis("review", sample)
    assert result.returncode in (0, 1), result.stderr
    assert not stale.exists()
    assert fresh.exists() and other.exists()   # a save in progress, another draft's file
    os.utime(fresh, (hour_ago, hour_ago))
    assert _rilis("comment", sample, "ok", "--by", "Dwi").returncode == 0
    assert not fresh.exists() and other.exists()


def test_a_huge_draft_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    draft = tmp_path / "jarang.rilis"
    with draft.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)      # sparse: no disk used
    _refused(_rilis("review", draft), "terlalu besar")
