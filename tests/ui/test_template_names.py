"""A duplicated template is never a second identical "Berita kegiatan" (issue 11, point 8):
the copy is named ``(salinan)``, numbered when needed, and every list says where each
template lives."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from app.library.catalog import TEMPLATE
from tests.ui.test_review_library import manager_for
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]


def combo_labels(window: MainWindow) -> list[str]:
    combo = window.release_form.template
    return [combo.itemText(index) for index in range(combo.count())]


def test_duplicates_are_told_apart_in_the_release_kind_list(qtbot: QtBot,
                                                            make_window: Factory) -> None:
    window = make_window()
    manager = manager_for(qtbot, window)
    for new_id in ("kegiatan-polsek", "kegiatan-polres"):
        assert manager.select(TEMPLATE, "berita-kegiatan", "bawaan")
        manager.ask_new_id = lambda _suggested, i=new_id: i  # type: ignore[method-assign]
        assert manager.duplicate_current()
    labels = combo_labels(window)
    assert len(labels) == len(set(labels)), labels
    assert "Berita kegiatan" in labels
    assert "Berita kegiatan (salinan) · folder saya" in labels
    assert "Berita kegiatan (salinan 2) · folder saya" in labels
    names = [manager.entry_item(TEMPLATE, entry_id, "pengguna").text(0)  # type: ignore[union-attr]
             for entry_id in ("kegiatan-polsek", "kegiatan-polres")]
    assert names == ["Berita kegiatan (salinan)", "Berita kegiatan (salinan 2)"]


def test_the_new_draft_question_lists_distinct_names(qtbot: QtBot, make_window: Factory,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    manager = manager_for(qtbot, window)
    assert manager.select(TEMPLATE, "berita-kegiatan", "bawaan")
    manager.ask_new_id = lambda _suggested: "kegiatan-salinan"  # type: ignore[method-assign]
    assert manager.duplicate_current()
    offered: list[str] = []

    def get_item(*args: object, **_kwargs: object) -> tuple[str, bool]:
        items = args[3]
        assert isinstance(items, list)
        offered.extend(str(item) for item in items)
        return offered[0], False

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    assert MainWindow.ask_template(window) is None
    starts = [label.split(" — ")[0] for label in offered]
    assert len(starts) == len(set(starts))
    assert "Berita kegiatan (salinan) · folder saya" in starts
