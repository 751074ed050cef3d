"""Issue 13, point 7, through the window: a very long run of word characters pasted into a
paragraph (what once made the link pattern quadratic: 80,000 characters took 37 s) is
checked as the officer types, and the typo beside it is still underlined. The wait is a
generous bound on a hang, not a speed target (that is ``bench/spelling_bench.py``)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.base.paths import sample_draft
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]
TOKEN = "https" + "a1b2c3d4e5" * 15_000
"""150,005 characters with no space, starting like a link (quadratic would take minutes)."""


def test_a_pasted_100k_token_is_checked_and_the_typo_beside_it_found(
        qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    assert window.open_path(sample_draft())
    window.checks.wait_ready()
    body = window.body_form
    window.tabs.setCurrentWidget(body)
    body.list.select(0)
    field = body.paragraph
    field.setPlainText(f"Warga melaporkan kejadiaan itu. {TOKEN} Petugas segera datang.")
    qtbot.waitUntil(lambda: any(f.text == "kejadiaan" for f in field.findings),
                    timeout=60_000)
    assert all(len(f.text) < 1000 for f in field.findings)
    assert window.release.body[0].text.startswith("Warga melaporkan")  # nothing lost
    window.undo_stack.setClean()
