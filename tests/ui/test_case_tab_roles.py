"""The *Kasus* tab appears in any kind of release once its text names a person to protect
(suspect, victim, witness, child), so the officer can mark that person there."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.base.settings import Settings
from app.desk.session import names_protected_role, new_release
from app.release.model import Paragraph
from ui.main_window import MainWindow


def _case_tab_shown(window: MainWindow) -> bool:
    return window.tabs.isTabVisible(window.tabs.indexOf(window.case_form))


def test_typing_a_role_word_in_an_activity_release_shows_the_case_tab(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert window.release.template == "berita-kegiatan"
    assert not _case_tab_shown(window)
    window.tabs.setCurrentWidget(window.body_form)
    window.add_block_actions["paragraph"].trigger()
    qtbot.keyClicks(window.body_form.paragraph, "Petugas mengunjungi rumah warga di Desa")
    assert not _case_tab_shown(window)  # no role named yet
    qtbot.keyClicks(window.body_form.paragraph, " dan menghibur anak yang sakit.")
    assert _case_tab_shown(window)
    window.undo_action.trigger()  # the text without the child: the tab goes again
    assert "anak" not in window.release.body[0].text  # type: ignore[union-attr]
    assert not _case_tab_shown(window)


def test_a_draft_opened_with_a_role_in_its_title_shows_the_case_tab(
        make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    release = new_release(Settings())
    release.title = "Polsek Kali Jernih Dampingi Korban Banjir"
    window.set_release(release, None)
    assert _case_tab_shown(window)


def test_role_words_are_whole_words() -> None:
    release = new_release(Settings())
    release.body.append(Paragraph("Warga menyaksikan pelantikan di lapangan; ada anakan pohon."))
    assert not names_protected_role(release)
    release.body.append(Paragraph("Saksinya dua orang."))
    assert names_protected_role(release)
    release.body[-1] = Paragraph("Kegiatan berjalan tertib.")
    release.title = "Polres Sukamaju Tangkap Terduga Pencuri"
    assert names_protected_role(release)
