"""Acceptance paths that let typos through (issue 10): the classes fixed, and the experiment.

Fictional sentences written for this project.
"""

from __future__ import annotations

import random
from pathlib import Path

from app.language import Checker
from bench.typo_paths import main, one_edit, two_apart


def _spelling(checker: Checker, text: str) -> dict[str, tuple[str, ...]]:
    return {f.text: f.suggestions for f in checker.check(text) if f.rule == "ejaan"}


def test_long_slip_of_very_common_word_flagged_in_a_name_run(checker: Checker) -> None:
    """A long capitalised word never seen in Indonesian text, one keystroke from a very
    common word, is a typo even inside a name after a rank (where a domain-term neighbour
    used to make it a name)."""
    found = _spelling(checker, "Kapolsek Tanjung Utara AKP Ijdonesia Putra memimpin patroli.")
    assert "Ijdonesia" in found and found["Ijdonesia"][0] == "Indonesia"
    found = _spelling(checker, "Polres Lampung Sfelatan menggelar apel siaga bencana.")
    assert found.get("Sfelatan", ())[:1] == ("Selatan",)


def test_names_and_places_in_the_same_positions_stay_unflagged(checker: Checker) -> None:
    text = ("Kapolsek Tanjung Utara AKP Darmono Putra memimpin patroli bersama Kepala "
            "Dinas Pendidikan, Rudi Hartono, di Polres Lampung Selatan.")
    assert _spelling(checker, text) == {}


def test_one_edit_changes_one_letter_and_keeps_the_first_letter_case() -> None:
    rng = random.Random(3)
    for _ in range(200):
        typo = one_edit("Kegiatan", rng)
        assert typo[:1].isupper()
        assert abs(len(typo) - len("Kegiatan")) <= 1


def test_experiment_refuses_held_out_files(tmp_path: Path) -> None:
    held = tmp_path / "heldout.jsonl"
    held.write_text("", encoding="utf-8")
    assert main([str(held)]) == 2


def test_experiment_prints_the_table(tmp_path: Path, capsys: object) -> None:
    release = tmp_path / "fiksi.json"
    release.write_text(
        '{"text": "Kepolisian Resor Sumber Jaya menggelar patroli malam di sepanjang '
        'jalan utama kecamatan. Petugas mengimbau warga menjaga keamanan lingkungan.", '
        '"errors": []}', encoding="utf-8")
    assert main([str(release), "--per-file", "5"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "% lolos" in out and "huruf-kecil" in out


def test_experiment_in_document_mode_checks_the_whole_release(tmp_path: Path,
                                                               capsys: object) -> None:
    release = tmp_path / "fiksi.json"
    release.write_text(
        '{"text": "Kepala desa, Darmanto Wiryo, membuka rapat. Menurut Darmanto, jalan '
        'rusak sejak hujan. Darmanto meminta warga bergotong royong.", "errors": []}',
        encoding="utf-8")
    assert main([str(release), "--per-file", "5", "--document", "--seed", "4"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "% lolos" in out


def test_two_apart_keeps_the_letters_and_the_first_one() -> None:
    """The two-edit slip of the hand: same letters, same first letter, a new order."""
    rng = random.Random(5)
    changed = 0
    for _ in range(200):
        typo = two_apart("Gubernur", rng)
        assert typo[0] == "G" and sorted(typo.lower()) == sorted("gubernur")
        changed += typo != "Gubernur"
    assert changed > 150
    assert two_apart("SABHARA", rng).isupper()

