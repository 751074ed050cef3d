"""A full disk or a read-only folder: a clear message, and the typed text stays in the app."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.release.draftfile import load_draft
from tests.ui.conftest import Answers
from tests.ui.test_files import Factory, copy_sample


@pytest.mark.parametrize(("code", "message"), [
    (errno.ENOSPC, "Disk penuh"), (errno.EROFS, "izin menulis"), (errno.EACCES, "izin menulis"),
])
def test_failed_save_keeps_the_text_and_the_old_file(
        qtbot: QtBot, make_window: Factory, tmp_path: Path, answers: Answers,
        monkeypatch: pytest.MonkeyPatch, code: int, message: str) -> None:
    draft = copy_sample(tmp_path)
    before = draft.read_bytes()
    window = make_window()
    assert window.open_path(draft)
    window.release_form.title.end(False)
    qtbot.keyClicks(window.release_form.title, " (revisi)")

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as patch:
        patch.setattr("app.base.atomic.tempfile.mkstemp", refuse)
        assert not window.save()
    assert answers.errors and message in answers.errors[-1][1]
    assert window.isWindowModified()
    assert window.release.title.endswith(" (revisi)")
    assert window.release_form.title.text().endswith(" (revisi)")
    assert draft.read_bytes() == before
    assert window.save()
    assert load_draft(draft).title.endswith(" (revisi)")
