"""The headless side of the review, version and library dialogs."""

from __future__ import annotations

from app.desk.presenters import (
    allowed_moves,
    parse_tags,
    propose_id,
    status_line,
    tags_text,
    version_choices,
    version_release,
    when_text,
)
from app.release.draftfile import record_version
from app.release.model import Release
from app.review.workflow import set_status


def test_tags_are_split_trimmed_and_deduplicated() -> None:
    assert parse_tags(" polres, lalu  lintas;Polres\npatroli,, ") == [
        "polres", "lalu lintas", "patroli"]
    assert tags_text(["a", "b c"]) == "a, b c"
    assert parse_tags("") == []


def test_proposed_ids_are_valid_and_unique() -> None:
    assert propose_id("Polsek Sukamaju (rutin)") == "polsek-sukamaju-rutin"
    assert propose_id("Kegiatan Ñusa", {"kegiatan-nusa"}) == "kegiatan-nusa-2"
    assert propose_id("!!!") == "starter"


def test_when_text_is_indonesian_and_tolerant() -> None:
    assert when_text("2026-11-20T08:30:00+07:00") == "20 November 2026 08.30"
    assert when_text("kemarin") == "kemarin"


def test_versions_listed_and_rebuilt() -> None:
    release = Release(title="Satu")
    record_version(release, "Dwi", now="2026-11-20T08:30:00+07:00")
    release.title = "Dua"
    record_version(release, "", now="2026-11-20T09:00:00+07:00")
    choices = version_choices(release)
    assert [c.label for c in choices] == [
        "Versi 1 · 20 November 2026 08.30 · Dwi", "Versi 2 · 20 November 2026 09.00",
        "Sekarang (di editor)"]
    first = choices[0].version
    assert first is not None
    assert version_release(first).title == "Satu"


def test_status_line_and_moves() -> None:
    release = Release(title="Judul")
    assert status_line(release) == "Draf"
    assert allowed_moves(release) == [("diajukan", "Diajukan")]
    set_status(release, "diajukan", "Dwi", at="2026-11-20T08:30:00+07:00")
    assert status_line(release) == "Diajukan · Dwi, 20 November 2026 08.30"
    set_status(release, "disetujui", "AKP Budi", at="2026-11-20T09:00:00+07:00")
    assert status_line(release) == "Disetujui · AKP Budi, 20 November 2026 09.00"
    release.title = "Judul lain"
    assert status_line(release).endswith("diubah sesudah disetujui")
