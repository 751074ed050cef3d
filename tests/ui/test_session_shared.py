"""The desktop app and the command line save a draft through one function.

Before ``app.desk.session`` the window stamped ``meta.modified`` and ``rilis status``/``rilis
comment`` did not; now both go through :meth:`app.desk.session.Session.save`."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from app.base.settings import Settings
from app.cli import main
from app.desk.session import Session
from app.release.draftfile import load_draft
from app.release.model import Paragraph
from ui.main_window import MainWindow

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
OLD = "2020-01-01T08:00:00+07:00"


def _spy_on_save(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every path written by ``Session.save``, the real method still doing the work."""
    saved: list[Path] = []
    real = Session.save

    def spy(self: Session, path: Path | None = None) -> list[str]:
        notices = real(self, path)
        assert self.path is not None
        saved.append(self.path)
        return notices

    monkeypatch.setattr(Session, "save", spy)
    return saved


def _old_draft(path: Path) -> Path:
    """A draft last touched long ago, written without the session (no fresh stamp)."""
    from app.release.draftfile import save_draft

    session = Session.new(Settings(author="Aipda Rudi Hartono"))
    session.release.title = "Polsek Lembah Hijau Bagikan Masker"
    session.release.body.append(Paragraph("Masker dibagikan kepada pengendara di simpang."))
    session.release.meta.created = session.release.meta.modified = OLD
    save_draft(session.release, path)
    return path


def test_cli_and_gui_stamp_modified_through_the_same_save(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        make_window: Callable[..., MainWindow]) -> None:
    saved = _spy_on_save(monkeypatch)

    commented = _old_draft(tmp_path / "komentar.rilis")
    assert main(["comment", str(commented), "Sebutkan jumlah masker.", "--oleh",
                 "Kasi Humas"]) == 0
    moved = _old_draft(tmp_path / "status.rilis")
    assert main(["status", str(moved), "diajukan", "--oleh", "Aipda Rudi Hartono"]) == 0

    window = make_window()
    window.open_path(_old_draft(tmp_path / "jendela.rilis"))
    assert window.release.meta.modified == OLD
    assert window.save_to(tmp_path / "jendela.rilis")

    assert saved == [commented.resolve(), moved.resolve(),
                     (tmp_path / "jendela.rilis").resolve()]
    for path in saved:
        meta = load_draft(path).meta
        assert meta.modified != OLD and STAMP.fullmatch(meta.modified), path
        assert meta.created == OLD, path  # created is kept, never re-stamped
    assert load_draft(commented).review.comments[0].text == "Sebutkan jumlah masker."
    assert load_draft(moved).review.status == "diajukan"


def test_cli_new_saves_through_the_session(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    saved = _spy_on_save(monkeypatch)
    assert main(["new", "-t", "imbauan", "-o", str(tmp_path / "baru")]) == 0
    assert saved == [(tmp_path / "baru.rilis").resolve()]
    assert STAMP.fullmatch(load_draft(tmp_path / "baru.rilis").meta.modified)
