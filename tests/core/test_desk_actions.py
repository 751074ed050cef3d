"""The desk's decisions without a window: what the GUI does to a draft, a script can do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.base.settings import Settings, load_settings
from app.desk.actions import (
    COMMENT,
    DOCX,
    EXPORT,
    OPEN,
    RECOVERY,
    REPORT,
    RESOLVE,
    SAVE,
    STARTER,
    STATUS,
    Desk,
)
from app.desk.recent import RecentFiles
from app.desk.recovery import RecoveredDraft, RecoverySlot
from app.release.draftfile import load_draft, save_draft
from app.release.model import Paragraph, Quote, Release
from app.release.paste_release import SpeakerQuestion

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
OLD = "2021-03-04T10:00:00+07:00"


def _desk(tmp_path: Path, author: str = "Bripka Sari Wulandari") -> Desk:
    desk = Desk(Settings(author=author, default_unit="Polsek Kali Jernih"),
                RecentFiles(tmp_path / "recent.json"))
    desk.release.title = "Polsek Kali Jernih Bersihkan Saluran Air"
    desk.release.dateline = "Kali Jernih"
    desk.release.body.append(Paragraph("Anggota Polsek membersihkan saluran air di pasar."))
    return desk


def _draft(tmp_path: Path, name: str = "saluran.rilis") -> Path:
    """A draft on disk last touched long ago (written without the desk)."""
    release = _desk(tmp_path).release
    release.meta.created = release.meta.modified = OLD
    save_draft(release, tmp_path / name)
    return tmp_path / name


# ---------------------------------------------------------------- what the window shows


def test_title_names_the_draft_its_status_and_review_mode(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    assert desk.title("Draf baru", "Mode tinjauan") == "Draf baru[*] — Rilis"
    assert desk.save(tmp_path / "saluran.rilis").ok
    desk.release.review.status = "diajukan"
    desk.review_mode = True
    assert desk.title("New draft", "Review mode") == (
        "saluran.rilis[*] · Diajukan · Review mode — Rilis")
    # a DOCX just opened is named as the file, nothing else
    assert desk.title("x", "y", name="kembali.docx") == "kembali.docx[*] — Rilis"
    assert desk.status_text()


def test_modified_is_the_history_or_unsaved_work_it_cannot_see(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    assert not desk.is_modified(history_clean=True)
    assert desk.is_modified(history_clean=False)
    desk.follow(desk.release, None, modified=True)  # recovered, or read from a DOCX
    assert desk.is_modified(history_clean=True)
    assert desk.save(tmp_path / "pulih.rilis").ok
    assert not desk.is_modified(history_clean=True)


@pytest.mark.parametrize(("template", "case", "points"), [
    ("berita-kegiatan", False, False),
    ("pengungkapan-kasus", True, False),
    ("imbauan", False, True),
])
def test_kind_tabs_follow_the_release_kind(tmp_path: Path, template: str, case: bool,
                                           points: bool) -> None:
    desk = _desk(tmp_path)
    desk.release.template = template
    shown = desk.kind_tabs()
    assert (shown.case, shown.points) == (case, points)


def test_case_tab_shows_once_the_text_names_a_protected_role(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    assert not desk.kind_tabs().case
    desk.release.body.append(Paragraph("Seorang saksi melihat pelaku kabur ke arah timur."))
    assert desk.kind_tabs().case
    desk.release.points.append("Kunci pintu rumah sebelum bepergian.")
    assert desk.kind_tabs().points


def test_suggested_names_come_from_the_release(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    assert desk.draft_suggestion().endswith(".rilis")
    assert desk.export_suggestion("docx").endswith(".docx")
    report = desk.report_suggestion("html")
    assert report.endswith("-tinjauan.html")
    assert report.removesuffix("-tinjauan.html") == desk.export_suggestion("html")[:-5]
    assert desk.folder() is None
    desk.save(tmp_path / "saluran.rilis")
    assert desk.folder() == tmp_path.resolve()


# ---------------------------------------------------------------- files


def test_open_a_draft_adds_it_to_recent_and_leaves_the_current_one(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    desk = _desk(tmp_path)
    current = desk.release
    outcome = desk.open(path)
    assert outcome.ok and outcome.session is not None
    assert outcome.session.path == path.resolve()
    assert outcome.session.release.title == "Polsek Kali Jernih Bersihkan Saluran Air"
    assert desk.release is current  # the front end decides when to show it
    assert [p.resolve() for p in desk.recent.items()] == [path.resolve()]


def test_an_unreadable_draft_fails_as_open_and_changes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.rilis"
    broken.write_text("{ bukan json", encoding="utf-8")
    desk = _desk(tmp_path)
    outcome = desk.open(broken)
    assert not outcome.ok and outcome.failure == OPEN and outcome.session is None
    assert outcome.message  # the Indonesian reason from app.release.draftfile
    assert broken.read_text(encoding="utf-8") == "{ bukan json"
    assert desk.recent.items() == []


def test_a_returned_docx_opens_without_a_path(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    exported = tmp_path / "saluran.docx"
    assert desk.export("docx", exported).ok
    outcome = desk.open(exported)
    assert outcome.ok and outcome.opened is not None and outcome.session is not None
    assert outcome.opened.embedded
    assert outcome.session.path is None  # saving asks for a .rilis name
    assert outcome.session.release.title == desk.release.title
    assert desk.recent.items() == []


def test_a_damaged_docx_fails_as_docx(tmp_path: Path) -> None:
    fake = tmp_path / "bukan.docx"
    fake.write_bytes(b"PK\x03\x04 rusak")
    outcome = _desk(tmp_path).open(fake)
    assert outcome.failure == DOCX and outcome.message


def test_save_stamps_and_remembers(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    desk = _desk(tmp_path)
    opened = desk.open(path).session
    assert opened is not None
    desk.follow(opened.release, opened.path)
    outcome = desk.save(path)
    assert outcome.ok and outcome.notices == []
    meta = load_draft(path).meta
    assert STAMP.fullmatch(meta.modified) and meta.modified != OLD
    assert meta.created == OLD


def test_a_save_that_cannot_be_written_keeps_the_work_unsaved(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    desk.follow(desk.release, None, modified=True)
    folder = tmp_path / "folder.rilis"
    folder.mkdir()
    outcome = desk.save(folder)
    assert outcome.failure == SAVE and outcome.message
    assert desk.forced_dirty
    assert desk.recent.items() == []


def test_drafts_among_dropped_files(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    assert desk.drafts_among(["/a/foto.jpg", "/a/satu.rilis", "/b/dua.rilis"]) == [
        Path("/a/satu.rilis"), Path("/b/dua.rilis")]
    assert desk.drafts_among(["/a/foto.jpg"]) == []


def _orphan(tmp_path: Path, release: Release) -> RecoveredDraft:
    """What a crashed window left: its slot, as :func:`app.desk.recovery.find_orphans` lists it
    once the process is gone (this one is alive, so the record is built here)."""
    slot = RecoverySlot(tmp_path / "pemulihan", "20261201-090000-abcd1234")
    slot.write(release, None)
    return RecoveredDraft(slot=slot.slot, draft_path=slot.draft_path, source=None,
                          saved="", title=release.title)


def test_recovery_of_a_damaged_copy_fails_as_recovery(tmp_path: Path) -> None:
    orphan = _orphan(tmp_path, _desk(tmp_path).release)
    orphan.draft_path.write_text("rusak", encoding="utf-8")
    outcome = _desk(tmp_path).recover(orphan)
    assert outcome.failure == RECOVERY and outcome.session is None and outcome.message


def test_recovery_shows_the_copy_as_unsaved_work(tmp_path: Path) -> None:
    release = _desk(tmp_path).release
    release.title = "Judul yang Belum Disimpan"
    orphan = _orphan(tmp_path, release)
    outcome = _desk(tmp_path).recover(orphan)
    assert outcome.ok and outcome.session is not None
    assert outcome.session.release.title == "Judul yang Belum Disimpan"
    Desk.forget(orphan)
    assert not orphan.draft_path.exists()


# ---------------------------------------------------------------- export, copy, report


def test_export_through_the_session_and_pdf_through_the_front_end(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    html = tmp_path / "rilis.html"
    assert desk.export("html", html).ok
    assert "Saluran Air" in html.read_text(encoding="utf-8")
    refused = desk.export("pdf", tmp_path / "rilis.pdf")
    assert refused.failure == EXPORT and not (tmp_path / "rilis.pdf").exists()
    printed: list[tuple[Release, Path]] = []
    assert desk.export("pdf", tmp_path / "rilis.pdf",
                       lambda release, path: printed.append((release, path))).ok
    assert printed == [(desk.release, tmp_path / "rilis.pdf")]


def test_copy_text_and_report(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    copied = desk.copy_text()
    assert copied.ok and "Saluran Air" in copied.text
    report = desk.report("html", tmp_path / "laporan.html")
    assert report.ok and report.path == tmp_path / "laporan.html"
    assert "Saluran Air" in (tmp_path / "laporan.html").read_text(encoding="utf-8")
    wrong = desk.report("pdf", tmp_path / "laporan.pdf")
    assert wrong.failure == REPORT and ".html" in wrong.message


# ---------------------------------------------------------------- review


def test_review_moves_and_their_failures(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    assert desk.set_status("diajukan", "Bripka Sari Wulandari", "").ok
    assert desk.release.review.status == "diajukan"
    refused = desk.set_status("terbang", "Bripka Sari Wulandari", "")
    assert refused.failure == STATUS and "terbang" in refused.message
    assert desk.release.review.status == "diajukan"
    assert desk.comment("Tambahkan jumlah personel.", "Kasi Humas").ok
    comment_id = desk.release.review.comments[0].id
    assert desk.comment("   ", "Kasi Humas").failure == COMMENT
    assert desk.resolve(comment_id).ok and desk.release.review.comments[0].resolved
    assert desk.resolve("tidak-ada").failure == RESOLVE


def test_acting_person_is_asked_once_then_kept(tmp_path: Path) -> None:
    desk = _desk(tmp_path, author="")
    asked: list[int] = []

    def ask() -> str | None:
        asked.append(1)
        return "  Aiptu   Bambang Sutejo "

    assert desk.acting_person(ask) == "Aiptu Bambang Sutejo"
    assert desk.acting_person(ask) == "Aiptu Bambang Sutejo"
    assert len(asked) == 1
    desk.reviewer = "Kompol Hartono"  # a script names the reviewer: it wins
    assert desk.acting_person(ask) == "Kompol Hartono"
    assert _desk(tmp_path, author="").acting_person(lambda: None) is None


# ---------------------------------------------------------------- editing


def test_a_whole_release_pasted_into_an_empty_headline(tmp_path: Path) -> None:
    desk = Desk(Settings(), RecentFiles(tmp_path / "recent.json"))
    text = ("Warga Gotong Royong Perbaiki Jembatan\n\n"
            "DESA MAKMUR – Warga memperbaiki jembatan bambu, Sabtu (3/10).\n\n"
            "Perbaikan selesai menjelang sore.")
    assert desk.pastes_whole_release(text)
    assert not desk.pastes_whole_release("Hanya satu baris judul")
    desk.review_mode = True
    assert not desk.pastes_whole_release(text) and not desk.can_edit()
    desk.review_mode = False
    parsed = desk.paste(text)
    assert parsed is not None
    assert desk.release.title == "Warga Gotong Royong Perbaiki Jembatan"
    assert len(desk.release.body) >= 2
    assert not desk.pastes_whole_release(text)  # no longer an empty draft


def test_a_pasted_quote_asks_who_spoke(tmp_path: Path, small_release: Release) -> None:
    desk = _desk(tmp_path)
    desk.follow(small_release, None)  # two officials, none named before the quote
    asked: list[tuple[str, list[str]]] = []

    def answer(question: SpeakerQuestion) -> str | None:
        asked.append((question.original, question.candidates))
        return "kanit"

    parsed = desk.paste("Patroli Pasar Berjalan Lancar\n\n"
                        "“Pasar aman terkendali,” tandasnya.\n\n"
                        "Patroli berlanjut malam hari.", answer)
    assert parsed is not None
    assert asked == [("“Pasar aman terkendali,” tandasnya.", ["kapolsek", "kanit"])]
    quotes = [block for block in desk.release.body if isinstance(block, Quote)]
    assert [(quote.speaker, quote.text) for quote in quotes] == [
        ("kanit", "Pasar aman terkendali")]


# ---------------------------------------------------------------- library and settings


def test_starters_round_trip(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    assert desk.starter_suggestion() == "Polsek Kali Jernih"
    first = desk.starter_id("Polsek Kali Jernih")
    saved = desk.save_starter(first, "Polsek Kali Jernih")
    assert saved.ok and saved.path is not None and saved.path.exists()
    assert first in {entry.id for entry in desk.starters()}
    assert desk.starter_id("Polsek Kali Jernih") != first  # taken: a new id
    started = desk.from_starter(first)
    assert started.ok and started.session is not None and started.session.path is None
    assert started.session.release.unit == "Polsek Kali Jernih"
    missing = desk.from_starter("tidak-ada")
    assert missing.failure == STARTER and missing.session is None


def test_settings_changes_are_saved_and_reported(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    target = tmp_path / "settings.json"
    edited = Settings(author=desk.settings.author, language="en",
                      team_dictionary=str(tmp_path / "kamus"))
    change = desk.apply_settings(edited, target)
    assert (change.library, change.dictionary, change.language) == (False, True, True)
    assert desk.settings is edited
    assert desk.team_dictionary() == tmp_path / "kamus"
    assert load_settings(target).language == "en"
    same = desk.apply_settings(Settings(author=edited.author, language="en",
                                        team_dictionary=str(tmp_path / "kamus")), target)
    assert (same.library, same.dictionary, same.language) == (False, False, False)
    assert desk.library_problems() == []
