from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from app.base.atomic import backup_path
from app.base.errors import DraftError, ExportError
from app.release.draftfile import FORMAT_VERSION, dumps, load_draft, loads, save_draft
from app.release.model import Photo, Release


def test_round_trip_is_equal(small_release: Release, tmp_path: Path) -> None:
    path = tmp_path / "rilis.rilis"
    save_draft(small_release, path)
    assert load_draft(path) == small_release


def test_sample_round_trip_keeps_photo_paths_relative(sample_release: Release,
                                                      sample_dir: Path) -> None:
    path = sample_dir / "salinan.rilis"
    save_draft(sample_release, path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    photos = [block for block in stored["body"] if block["type"] == "photo"]
    assert photos[0]["path"] == "foto-sosialisasi.jpg"
    assert stored["emblem"] == "lambang-contoh.png"
    assert stored["version"] == FORMAT_VERSION
    again = load_draft(path)
    assert again == sample_release
    assert Path(again.photos()[0].path).is_file()


def test_photo_outside_the_draft_folder_stays_absolute(tmp_path: Path) -> None:
    outside = tmp_path / "foto" / "a.jpg"
    release = Release(body=[Photo(path=str(outside))])
    (tmp_path / "draf").mkdir()
    save_draft(release, tmp_path / "draf" / "x.rilis")
    stored = json.loads((tmp_path / "draf" / "x.rilis").read_text(encoding="utf-8"))
    assert stored["body"][0]["path"] == str(outside)


def test_saving_keeps_the_previous_version_as_backup(small_release: Release,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "d.rilis"
    save_draft(small_release, path)
    first = path.read_bytes()
    small_release.title = "Judul Baru"
    save_draft(small_release, path)
    assert backup_path(path).read_bytes() == first
    assert load_draft(path).title == "Judul Baru"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_public_keys_are_written(small_release: Release) -> None:
    data = json.loads(dumps(small_release))
    for key in ("version", "template", "title", "dateline", "unit", "officials", "event", "body",
                "related", "closing", "contact", "meta"):
        assert key in data
    assert set(data["officials"][0]) >= {"id", "rank", "name", "short_name", "position",
                                         "degrees"}
    assert set(data["event"]) >= {"name", "date", "time", "timezone", "place"}
    assert data["body"][1] == {"type": "quote", "speaker": "kapolsek",
                               "text": "Kami siap menjaga pasar tetap aman.", "verb": "ujar"}


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "rusak.rilis"
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _assert_refused(path: Path, *fragments: str) -> DraftError:
    before = path.read_bytes()
    with pytest.raises(DraftError) as caught:
        load_draft(path)
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message
    assert path.read_bytes() == before
    assert not backup_path(path).exists()
    return caught.value


def test_corrupt_json_is_refused_with_its_place(tmp_path: Path) -> None:
    _assert_refused(_write(tmp_path, '{"version": 2, "title": '), "JSON rusak", "baris 1")


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    _assert_refused(_write(tmp_path, b'{"version": 2, "title": "\xff\xfe"}'), "UTF-8")


def test_wrong_type_names_the_field(small_release: Release, tmp_path: Path) -> None:
    data = json.loads(dumps(small_release))
    data["officials"][1]["rank"] = 7
    error = _assert_refused(_write(tmp_path, json.dumps(data)), "officials[1].rank",
                            "harus berupa teks")
    assert error.problems == ["officials[1].rank: harus berupa teks, bukan angka"]


def test_missing_field_is_reported(small_release: Release, tmp_path: Path) -> None:
    data = json.loads(dumps(small_release))
    del data["title"]
    del data["body"][1]["speaker"]
    _assert_refused(_write(tmp_path, json.dumps(data)), "title: wajib ada",
                    "body[1].speaker: wajib ada")


def test_bad_values_are_reported(small_release: Release, tmp_path: Path) -> None:
    data = json.loads(dumps(small_release))
    data["event"]["date"] = "22-09-2023"
    data["event"]["timezone"] = "GMT"
    data["body"][1]["speaker"] = "tidakada"
    data["body"].append({"type": "video"})
    _assert_refused(_write(tmp_path, json.dumps(data)), "event.date", "event.timezone",
                    "body[1].speaker", "body[5].type")


def test_future_version_is_refused_clearly(small_release: Release, tmp_path: Path) -> None:
    data = json.loads(dumps(small_release))
    data["version"] = FORMAT_VERSION + 1
    _assert_refused(_write(tmp_path, json.dumps(data)), "lebih baru", "Perbarui Rilis")


def test_missing_version_and_non_object(tmp_path: Path) -> None:
    _assert_refused(_write(tmp_path, '{"title": "x"}'), "version")
    _assert_refused(_write(tmp_path, "[1, 2]"), "bukan objek")


def test_deep_nesting_and_huge_numbers_give_clean_errors(tmp_path: Path) -> None:
    _assert_refused(_write(tmp_path, "[" * 100_000 + "]" * 100_000), "bersarang")
    _assert_refused(_write(tmp_path, '{"version": ' + "9" * 10_000 + "}"), "yang utuh", "angka")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="tidak ditemukan"):
        load_draft(tmp_path / "tidak-ada.rilis")
    with pytest.raises(DraftError, match="folder"):
        load_draft(tmp_path)


def test_version_1_is_migrated(tmp_path: Path) -> None:
    old = {
        "version": 1, "template": "berita-kegiatan", "title": "Lama",
        "officials": [{"id": "a", "name": "Budi Hartono", "rank": "Iptu", "degrees": "SH, MH"}],
        "event": {"name": "Apel", "date": "2023-09-22", "time": "7:30", "timezone": "WIB"},
        "body": ["Paragraf lama.", {"type": "quote", "speaker": "a", "text": "Siap"}],
        "related": ["Berita lain"],
    }
    path = _write(tmp_path, json.dumps(old))
    release = load_draft(path)
    assert release.officials[0].degrees == ["S.H.", "M.H."]
    assert release.event.time == "07.30"
    assert release.body[0].text == "Paragraf lama."  # type: ignore[union-attr]
    assert release.related[0].title == "Berita lain"
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1


def test_lone_surrogates_do_not_break_saving(tmp_path: Path) -> None:
    text = '{"version": 2, "template": "berita-kegiatan", "title": "A\\ud800B", ' \
           '"officials": [], "event": {}, "body": []}'
    release = loads(text)
    assert release.title == "A\ufffdB"
    path = tmp_path / "ok.rilis"
    save_draft(release, path)
    raw = path.read_bytes()
    raw.decode("utf-8")  # strict: no surrogate escapes made it into the file
    assert b"\\ud800" not in raw.lower()
    assert json.loads(raw)["title"] == "A\ufffdB"
    again = load_draft(path)
    assert again.title == "A\ufffdB"
    assert dumps(again) == dumps(release)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.rilis"]


@pytest.mark.parametrize(("code", "fragment"), [
    (errno.ENOSPC, "Disk penuh"), (errno.EACCES, "izin menulis"), (errno.EROFS, "izin menulis"),
])
def test_write_failures_give_clear_message_and_keep_old_file(
        small_release: Release, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        code: int, fragment: str) -> None:
    path = tmp_path / "d.rilis"
    save_draft(small_release, path)
    before = path.read_bytes()
    real_fdopen = os.fdopen

    class FailingFile:
        def __init__(self, fd: int, mode: str) -> None:
            self._handle = real_fdopen(fd, mode)

        def __enter__(self) -> FailingFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

        def write(self, data: bytes) -> int:
            self._handle.write(data[: len(data) // 2])
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr("app.base.atomic.os.fdopen", FailingFile)
    small_release.title = "Tidak tersimpan"
    with pytest.raises(ExportError, match=fragment):
        save_draft(small_release, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.rilis"]
