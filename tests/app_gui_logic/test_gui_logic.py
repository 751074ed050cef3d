"""The plain-Python helpers behind the desktop app: no Qt here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.base.paths import sample_draft
from app.base.settings import Settings, load_settings, save_settings
from app.base.stats import text_stats
from app.desk.recent import RecentFiles
from app.desk.recovery import RecoverySlot, discard_orphan, find_orphans
from app.release.draftfile import load_draft
from app.release.filenames import base_name, draft_name, export_name, slugify
from app.release.model import Event, Release


def test_settings_round_trip_in_the_config_folder(private_profile: Path) -> None:
    settings = Settings(author="Bripka Dwi", default_unit="Polres Contoh", language="en",
                        autosave_seconds=45, team_dictionary="/srv/kamus")
    save_settings(settings)
    assert [path.relative_to(private_profile).as_posix()
            for path in (private_profile / ".config").rglob("*.json")] == [
        ".config/Rilis/pengaturan.json"]
    assert load_settings() == settings


def test_settings_survive_a_corrupt_or_odd_file(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
    path.write_text(json.dumps({"author": 5, "language": "xx", "autosave_seconds": 1,
                                "unknown": True}), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.author == "" and loaded.language == "id" and loaded.autosave_seconds == 5
    path.write_text("[]", encoding="utf-8")
    assert load_settings(path) == Settings()


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    files = [tmp_path / f"{name}.rilis" for name in "abc"]
    for file in files:
        file.write_text("{}", encoding="utf-8")
    recent = RecentFiles(tmp_path / "recent.json", limit=2)
    for file in (files[0], files[1], files[0], files[2]):
        recent.add(file)
    assert recent.items() == [files[2], files[0]]
    files[0].unlink()
    assert RecentFiles(tmp_path / "recent.json").items() == [files[2]]
    (tmp_path / "recent.json").write_text("oops", encoding="utf-8")
    assert RecentFiles(tmp_path / "recent.json").items() == []


def test_default_file_names_from_date_and_headline() -> None:
    release = Release(title="Polres Trenggalek Ajak Pelajar Jadi Pelopor Keselamatan Berlalu "
                            "Lintas", event=Event(date="2026-11-20"))
    assert export_name(release, "docx") == (
        "2026-11-20-polres-trenggalek-ajak-pelajar-jadi-pelopor-keselamatan.docx")
    assert draft_name(Release()) == "rilis.rilis"
    assert base_name(Release(title="Patroli “Cipta Kondisi” Jelang Idulfitri: 100%!")) == (
        "patroli-cipta-kondisi-jelang-idulfitri-100")
    assert slugify("Ketupat Ñandú Café") == "ketupat-nandu-cafe"
    assert len(slugify("kata " * 40)) <= 60


def test_stats_count_words_characters_and_reading_time() -> None:
    stats = text_stats("Teman-temannya datang pukul 09.00 WIB.")
    assert stats.words == 6  # teman-temannya once; 09 and 00 apart
    assert stats.characters == len("Teman-temannya datang pukul 09.00 WIB.")
    assert stats.reading_minutes == 0
    assert text_stats("kata " * 450).reading_minutes == 3
    assert text_stats("").words == 0
    assert "kata" in text_stats("satu dua").summary()


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_recovery_slot_found_only_after_its_process_died(tmp_path: Path) -> None:
    release = load_draft(sample_draft())
    slot = RecoverySlot(tmp_path / "pemulihan")
    slot.write(release, sample_draft())
    assert find_orphans(slot.folder) == []  # this process still runs
    info = json.loads(slot.info_path.read_text(encoding="utf-8"))
    info["pid"] = _dead_pid()
    slot.info_path.write_text(json.dumps(info), encoding="utf-8")
    [orphan] = find_orphans(slot.folder)
    assert orphan.source == sample_draft()
    assert orphan.title == release.title
    assert orphan.load() == release
    discard_orphan(orphan)
    assert list(slot.folder.iterdir()) == []


def test_recovery_slot_without_info_is_still_offered(tmp_path: Path) -> None:
    slot = RecoverySlot(tmp_path)
    slot.write(Release(title="Tanpa info"), None)
    slot.info_path.unlink()
    [orphan] = find_orphans(tmp_path)
    assert orphan.source is None and orphan.load().title == "Tanpa info"


def test_discard_after_save_leaves_nothing(tmp_path: Path) -> None:
    slot = RecoverySlot(tmp_path)
    slot.write(Release(), None)
    slot.discard()
    slot.discard()  # twice is harmless
    assert list(tmp_path.iterdir()) == []
