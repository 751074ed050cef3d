"""Issue 10 in the app: the same word is underlined everywhere but listed once, with its
count, in the *Periksa* panel."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.release.model import Paragraph
from tests.ui.test_checking import Factory, open_sample


def test_a_word_flagged_in_two_paragraphs_is_listed_once(qtbot: QtBot,
                                                         make_window: Factory) -> None:
    window = open_sample(make_window)
    paragraphs = [b for b in window.release.body if isinstance(b, Paragraph)]
    paragraphs[0].text += " Petugas menambakan personel."
    paragraphs[1].text += " Polsek juga menambakan patroli."
    window.set_release(window.release, window.path)
    window.checks.wait_ready()
    window.toggle_check_panel()
    panel = window.check_panel
    qtbot.waitUntil(lambda: sum(p.finding.text == "menambakan" for p in panel.findings) == 2,
                    timeout=10000)
    listed = [(p, n) for p, n in panel.listed if p.finding.text == "menambakan"]
    assert len(listed) == 1 and listed[0][1] == 2
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert sum("menambakan" in text for text in texts) == 1
    assert any("menambakan" in text and "(2 kali)" in text for text in texts)
