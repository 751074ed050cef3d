"""A word listed once in *Periksa* but written in a Title Case headline and in a sentence:
the entry's menu offers the suggestions of the place it points to, so a fix put in there
has that place's capitals (SUGG2)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.language.finding import Finding
from tests.ui.test_checking import Factory, open_sample
from ui.check_panel import FINDING_ROLE
from ui.checking import PlacedFinding


def _placed(path: str, start: int, suggestions: tuple[str, ...]) -> PlacedFinding:
    word = "Holtikultura"
    finding = Finding(start, start + len(word), word, "spelling", "ejaan", "Ejaan.",
                      suggestions)
    return PlacedFinding(path, path, finding)


def test_the_menu_offers_the_shown_places_own_suggestions(qtbot: QtBot,
                                                           make_window: Factory) -> None:
    window = open_sample(make_window)
    panel = window.check_panel
    headline = _placed("title", 10, ("Hortikultura", "hortikultura"))
    sentence = _placed("body.0", 30, ("hortikultura",))
    panel.show_findings([headline, sentence])
    item = next(panel.list.item(i) for i in range(panel.list.count())
                if "Holtikultura" in panel.list.item(i).text())
    assert "(2 kali)" in item.text() and "Hortikultura" in item.text()
    first = [a.text() for a in panel.menu_for(item).actions() if "Ganti" in a.text()]
    assert first[0] == "Ganti dengan “Hortikultura”"
    panel._activated(item)                   # to the headline
    panel._activating = False
    panel._activated(item)                   # on to the sentence
    assert panel.shown_occurrence(item.data(FINDING_ROLE)) is sentence
    second = [a.text() for a in panel.menu_for(item).actions() if "Ganti" in a.text()]
    assert second == ["Ganti dengan “hortikultura”"]
