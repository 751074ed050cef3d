"""The session core: one place that opens, stamps, saves and reviews a draft."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.base.errors import DraftError
from app.base.settings import Settings
from app.desk.session import Session, new_release, stamp, with_extension
from app.release.draftfile import load_draft
from app.release.model import Paragraph

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")


def _settings() -> Settings:
    return Settings(author="Bripka Dewi Lestari", default_unit="Polres Sukamaju",
                    contact_name="Humas Polres Sukamaju", contact_phone="0812-0000-0000",
                    contact_email="humas@sukamaju.example")


def test_new_release_takes_the_officers_defaults() -> None:
    release = new_release(_settings(), "imbauan")
    assert release.template == "imbauan"
    assert release.unit == "Polres Sukamaju"
    assert release.contact.name == "Humas Polres Sukamaju"
    assert release.meta.author == "Bripka Dewi Lestari"
    assert STAMP.fullmatch(release.meta.created)
    assert release.meta.modified == ""


def test_stamp_sets_modified_and_keeps_created() -> None:
    release = new_release(_settings())
    created = release.meta.created
    stamp(release, "2026-12-01T09:00:00+07:00")
    assert release.meta.modified == "2026-12-01T09:00:00+07:00"
    assert release.meta.created == created
    release.meta.created = ""
    stamp(release, "2026-12-01T10:00:00+07:00")
    assert release.meta.created == "2026-12-01T10:00:00+07:00"


def test_save_stamps_writes_and_remembers_the_path(tmp_path: Path) -> None:
    session = Session.new(_settings())
    session.release.title = "Polres Sukamaju Gelar Patroli Malam"
    session.release.body.append(Paragraph("Patroli malam digelar di tiga kecamatan."))
    target = tmp_path / "patroli.rilis"
    notices = session.save(target)
    assert notices == []
    assert session.path == target.resolve()
    saved = load_draft(target)
    assert saved.title == "Polres Sukamaju Gelar Patroli Malam"
    assert STAMP.fullmatch(saved.meta.modified)
    assert saved.meta.modified == session.release.meta.modified


def test_save_without_a_path_is_refused_before_writing(tmp_path: Path) -> None:
    session = Session.new(_settings())
    with pytest.raises(ValueError):
        session.save()
    assert list(tmp_path.iterdir()) == []


def test_open_resolves_the_path_and_refuses_a_broken_draft(tmp_path: Path) -> None:
    good = tmp_path / "baik.rilis"
    Session.new(_settings()).save(good)
    opened = Session.open(good)
    assert opened.path == good.resolve()
    broken = tmp_path / "rusak.rilis"
    broken.write_text("{bukan json", encoding="utf-8")
    with pytest.raises(DraftError):
        Session.open(broken)
    assert broken.read_text(encoding="utf-8") == "{bukan json"


def test_review_transitions_and_comments_go_through_the_session(tmp_path: Path) -> None:
    session = Session.new(_settings())
    session.release.body.append(Paragraph("Paragraf pertama."))
    comment = session.comment("Sebutkan jumlah personel.", "Kasi Humas", 0)
    assert comment in session.release.review.comments
    session.resolve(comment.id)
    assert comment.resolved
    change = session.set_status("diajukan", "Bripka Dewi Lestari")
    assert session.release.review.status == "diajukan"
    assert change.by == "Bripka Dewi Lestari"


def test_with_extension() -> None:
    assert with_extension(Path("a/rilis-x")) == Path("a/rilis-x.rilis")
    assert with_extension(Path("a/rilis-x.rilis")) == Path("a/rilis-x.rilis")


def test_with_format_and_is_docx() -> None:
    from app.desk.session import is_docx, with_format

    assert with_format(Path("a/rilis-x"), "docx") == Path("a/rilis-x.docx")
    assert with_format(Path("a/RILIS.DOCX"), "docx") == Path("a/RILIS.DOCX")
    assert with_format(Path("a/rilis.html"), "txt") == Path("a/rilis.html.txt")
    assert is_docx(Path("balik.DOCX")) and not is_docx(Path("balik.rilis"))


def _filled() -> Session:
    session = Session.new(_settings())
    session.release.title = "Polres Sukamaju Amankan Pasar Malam"
    session.release.body.append(Paragraph("Personel berjaga di pintu masuk pasar malam."))
    return session


def test_export_writes_the_format_and_a_docx_opens_back(tmp_path: Path) -> None:
    session = _filled()
    text = session.export("txt", tmp_path / "rilis.txt")
    assert "Personel berjaga di pintu masuk pasar malam." in text.read_text(encoding="utf-8")
    assert "Personel berjaga" in session.copy_text()
    session.export("docx", tmp_path / "rilis.docx")
    back, opened = Session.from_docx(tmp_path / "rilis.docx")
    assert opened.embedded and not opened.needs_choice
    assert back.path is None  # saving asks for a .rilis name, never over the DOCX
    assert back.release.title == "Polres Sukamaju Amankan Pasar Malam"


def test_report_refuses_an_unknown_format_and_writes_html(tmp_path: Path) -> None:
    from app.base.errors import RilisError

    session = _filled()
    with pytest.raises(RilisError):
        session.report("pdf", tmp_path / "laporan.pdf")
    assert not (tmp_path / "laporan.pdf").exists()
    page = session.report("html", tmp_path / "laporan.html").read_text(encoding="utf-8")
    assert "Polres Sukamaju Amankan Pasar Malam" in page


def test_paste_fills_the_draft_and_empty_text_changes_nothing() -> None:
    session = Session.new(_settings())
    assert session.paste("   \n\n ") is None
    assert session.release.body == []
    asked: list[str] = []
    parsed = session.paste(
        "Warga Sukamaju Ikuti Senam Bersama\n\n"
        "SUKAMAJU - Ratusan warga mengikuti senam bersama di alun-alun, Minggu pagi.\n\n"
        "Kegiatan ditutup dengan pemeriksaan kesehatan gratis.",
        lambda question: asked.append(question.original) or None)
    assert parsed is not None
    assert session.release.title == "Warga Sukamaju Ikuti Senam Bersama"
    assert session.release.body and "pemeriksaan kesehatan" in str(session.release.body)


def test_approval_blockers_only_for_approval_and_recorded_as_override() -> None:
    session = _filled()
    session.comment("Foto belum ada.", "Kasi Humas")
    assert session.blockers_for("diajukan") == []
    session.set_status("diajukan", "Bripka Dewi Lestari")
    blockers = session.blockers_for("disetujui")
    assert any("Foto belum ada." in item for item in blockers)
    change = session.set_status("disetujui", "Kasi Humas", open_items=blockers)
    assert change.overridden and change.open_items == blockers


def test_a_stamp_alone_records_no_new_version(tmp_path: Path) -> None:
    """A draft saved before stamping existed (no meta.created) gets it filled in by the
    next save through the session — which is not a new version of the text."""
    from app.release.draftfile import save_draft
    from app.release.model import Release

    draft = tmp_path / "lama.rilis"
    release = Release(title="Patroli Subuh", body=[Paragraph("Patroli subuh di pasar.")])
    save_draft(release, draft)
    assert len(load_draft(draft).versions) == 1
    session = Session.open(draft)
    session.save()
    saved = load_draft(draft)
    assert STAMP.fullmatch(saved.meta.created)
    assert len(saved.versions) == 1
    session.release.title = "Patroli Subuh di Pasar Baru"
    session.save()
    assert len(load_draft(draft).versions) == 2
