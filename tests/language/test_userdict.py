"""Personal and team dictionaries: add, remove, share; broken files warn, never crash."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.language import Checker, PersonalDictionary, TeamDictionary
from app.language.userdict import default_personal_path


def test_default_personal_path_is_in_user_data_folder() -> None:
    path = default_personal_path()
    assert path.name == "kamus-pribadi.txt"
    assert "Rilis" in str(path) or "rilis" in str(path)


def test_personal_add_remove_persist(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "kamus.txt"
    personal = PersonalDictionary(path)
    personal.add("Karangsoko")
    personal.add("Karangsoko")
    assert "Karangsoko" in PersonalDictionary(path)
    personal.remove("Karangsoko")
    assert "Karangsoko" not in PersonalDictionary(path)
    assert not list(path.parent.glob(".kamus-*"))


def test_checker_uses_personal_dictionary(checker: Checker, tmp_path: Path) -> None:
    own = Checker(backend=checker.backend, lexicon=checker.lexicon,
                  personal=PersonalDictionary(tmp_path / "kamus.txt"))
    text = "Warga jaga sipandu hadir."
    assert [f.text for f in own.check(text)] == ["sipandu"]
    own.add_to_personal("sipandu")
    own.add_to_personal("Karangsoko")
    assert own.check(text) == []
    assert own.check("Warga karangsoko hadir.")[0].rule == "huruf-kapital"
    own.remove_from_personal("sipandu")
    assert [f.text for f in own.check(text)] == ["sipandu"]


def test_team_dictionary_file_and_folder(checker: Checker, tmp_path: Path) -> None:
    folder = tmp_path / "tim"
    folder.mkdir()
    (folder / "desa.txt").write_text("# desa binaan\nKarangsoko\nPogalan\n", encoding="utf-8")
    (folder / "nama.dic").write_text("Wibisono\n", encoding="utf-8")
    (folder / "catatan.md").write_text("Bukan kamus\n", encoding="utf-8")
    team = TeamDictionary(folder)
    assert team.words == {"Karangsoko", "Pogalan", "Wibisono"}
    assert TeamDictionary(folder / "desa.txt").words == {"Karangsoko", "Pogalan"}
    own = Checker(backend=checker.backend, lexicon=checker.lexicon, team=team)
    assert own.check("Warga Karangsoko dan Pogalan menyambut AKP Wibisono.") == []


def test_missing_team_dictionary_is_a_warning(tmp_path: Path) -> None:
    team = TeamDictionary(tmp_path / "tidak-ada")
    assert team.words == set()
    assert "tidak ditemukan" in team.warnings[0]


def test_corrupt_dictionary_files_are_reported(checker: Checker, tmp_path: Path) -> None:
    personal_path = tmp_path / "kamus.txt"
    personal_path.write_bytes(b"\xff\xfe\x00rusak\x80\x81")
    team_path = tmp_path / "tim.txt"
    team_path.write_bytes(b"Karangsoko\n\x00\x00\x00")
    personal = PersonalDictionary(personal_path)
    team = TeamDictionary(team_path)
    assert personal.words == set() and "rusak" in personal.warnings[0]
    assert team.words == set() and "rusak" in team.warnings[0]
    own = Checker(backend=checker.backend, lexicon=checker.lexicon, personal=personal, team=team)
    assert len(own.warnings) == 2
    assert [f.text for f in own.check("jaga sipandu.")] == ["sipandu"]


def test_unreadable_dictionary_is_reported(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied (as on a shared drive); simulated, since root reads anything."""
    path = tmp_path / "kamus.txt"
    path.write_text("Karangsoko\n", encoding="utf-8")
    real_open = os.open

    def denied(name: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(name) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    personal = PersonalDictionary(path)
    assert personal.words == set()
    assert "tidak dapat dibaca" in personal.warnings[0]


def test_unreadable_is_reported_even_as_root(tmp_path: Path) -> None:
    """A folder where a file should be: unreadable for every user, root included."""
    path = tmp_path / "kamus.txt"
    path.mkdir()
    personal = PersonalDictionary(path)
    assert personal.words == set()
    assert "tidak dapat dibaca" in personal.warnings[0]
