"""A draft remembers the starter it was made from (``meta.starter``), so the starter's
reference document (the unit's letterhead) applies to its DOCX exports; drafts written
before the key existed load unchanged and keep their approval."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from app.base.settings import Settings
from app.desk.session import Session
from app.library.catalog import Library
from app.release.approval import is_approved
from app.release.draftfile import load_draft
from app.release.model import Paragraph
from app.render.references import find_reference
from tests.core.test_reference_doc import UNIT_LINES, build_reference

STARTER_ID = "polsek-telaga-biru"


def _draft() -> Session:
    session = Session.new(Settings(author="Brigpol Sari Wulandari",
                                   default_unit="Polsek Telaga Biru"))
    session.release.title = "Polsek Telaga Biru Sambangi Pos Ronda"
    session.release.body.append(Paragraph("Petugas menyambangi pos ronda di empat dusun."))
    return session


def _starter_with_reference() -> Path:
    starter = Library().save_starter(_draft().release, STARTER_ID, "Polsek Telaga Biru",
                                     reference="kop-telaga.docx")
    return build_reference(starter.parent / "kop-telaga.docx")


def test_a_draft_from_a_starter_exports_on_the_starters_reference(tmp_path: Path) -> None:
    reference = _starter_with_reference()
    session = Session.from_starter(STARTER_ID)
    assert session.release.meta.starter == STARTER_ID
    session.save(tmp_path / "ronda.rilis")
    reopened = Session.open(tmp_path / "ronda.rilis")  # remembered on disk, not in memory
    assert reopened.release.meta.starter == STARTER_ID
    assert find_reference(reopened.release) == reference
    out = reopened.export("docx", tmp_path / "ronda.docx")
    header = docx.Document(str(out)).sections[0].first_page_header
    text = "\n".join(paragraph.text for paragraph in header.paragraphs)
    assert all(line in text for line in UNIT_LINES)


def test_a_starter_saved_from_such_a_draft_does_not_carry_the_old_id(tmp_path: Path) -> None:
    _starter_with_reference()
    session = Session.from_starter(STARTER_ID)
    path = session.save_starter("polsek-turunan", "Turunan")
    assert "starter" not in json.loads(path.read_text(encoding="utf-8"))["meta"]
    assert Session.from_starter("polsek-turunan").release.meta.starter == "polsek-turunan"


def test_a_draft_without_a_starter_writes_no_key_and_keeps_its_approval(tmp_path: Path) -> None:
    session = _draft()
    session.set_status("diajukan", "Brigpol Sari Wulandari")
    session.set_status("disetujui", "Kapolsek Telaga Biru", open_items=["(uji)"])
    session.save(tmp_path / "lama.rilis")
    data = json.loads((tmp_path / "lama.rilis").read_text(encoding="utf-8"))
    assert "starter" not in data["meta"]
    # a draft written before the key existed, approval hash taken then: still approved
    old = load_draft(tmp_path / "lama.rilis")
    assert old.meta.starter == ""
    assert is_approved(old)
    assert find_reference(old) is None
    old.meta.starter = STARTER_ID  # filled in, it is content like any other
    assert not is_approved(old)


OLD_HASH = "8a8696c5913466681b40fc7e58268bcaafe05244fd3f8fb50e18ef968661c770"
"""``content_hash`` of the release below as Rilis computed it before ``meta.starter``
existed (taken from the code of that time): approvals recorded then must still match."""


def test_the_approval_hash_of_a_draft_without_a_starter_did_not_move() -> None:
    from app.release.approval import content_hash
    from app.release.model import Contact, Event, Meta, Release

    release = Release(template="berita-kegiatan", unit="Polsek Telaga Biru",
                      title="Polsek Telaga Biru Sambangi Pos Ronda",
                      event=Event(date="2026-11-30"),
                      contact=Contact(name="Humas Polsek Telaga Biru"),
                      meta=Meta(author="Brigpol Sari Wulandari",
                                created="2026-11-30T08:00:00+07:00"),
                      body=[Paragraph("Petugas menyambangi pos ronda di empat dusun.")])
    assert content_hash(release) == OLD_HASH
