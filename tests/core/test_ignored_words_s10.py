"""*Abaikan* that lasts (issue 10 follow-up): the draft keeps its ignored words
(``kata_diabaikan``), every rule honours them, and ``rilis check`` reads them from the draft.

The texts below are fictional, written for these tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.base.errors import DraftError
from app.cli import main
from app.language import Checker
from app.release.approval import content_hash
from app.release.draftfile import dumps, load_draft, loads, save_draft
from app.release.model import Paragraph, Release

CAPITAL_TEXT = ("Warga Desa Sumberwangi menggelar kerja bakti menjelang tahun Politik "
                "yang diperkirakan ramai.")
"""``Politik`` mid-sentence: the context rule ``kapital-tengah-kalimat`` flags it."""
TYPO = "pengamnan"


@pytest.fixture(scope="module")
def checker() -> Iterator[Checker]:
    made = Checker()
    yield made
    made.close()


def test_a_draft_without_ignored_words_is_saved_as_before(small_release: Release) -> None:
    text = dumps(small_release)
    assert "kata_diabaikan" not in text
    assert dumps(loads(text)) == text


def test_ignored_words_round_trip(small_release: Release, tmp_path: Path) -> None:
    small_release.kata_diabaikan = ["Politik", TYPO]
    path = tmp_path / "draf.rilis"
    save_draft(small_release, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["kata_diabaikan"] == ["Politik", TYPO]
    again = load_draft(path)
    assert again.kata_diabaikan == ["Politik", TYPO]
    assert dumps(again) == dumps(small_release)


def test_ignoring_a_word_is_not_a_new_version_nor_a_new_approval_hash(
        small_release: Release, tmp_path: Path) -> None:
    path = tmp_path / "draf.rilis"
    save_draft(small_release, path)
    versions = len(load_draft(path).versions)
    before = content_hash(small_release)
    small_release.kata_diabaikan = ["Politik"]
    save_draft(small_release, path)
    again = load_draft(path)
    assert len(again.versions) == versions
    assert all("kata_diabaikan" not in version.content for version in again.versions)
    assert content_hash(again) == before


def test_an_old_draft_without_the_field_loads(small_release: Release) -> None:
    data = json.loads(dumps(small_release))
    assert "kata_diabaikan" not in data
    release = loads(json.dumps(data))
    assert release.kata_diabaikan == []
    assert release.title == small_release.title


def test_blank_and_repeated_entries_are_dropped(small_release: Release) -> None:
    data = json.loads(dumps(small_release))
    data["kata_diabaikan"] = [" Politik ", "", "Politik", TYPO]
    assert loads(json.dumps(data)).kata_diabaikan == ["Politik", TYPO]


@pytest.mark.parametrize(("value", "place"), [
    ("Politik", "kata_diabaikan: harus berupa daftar teks, bukan teks"),
    ({"kata": "Politik"}, "kata_diabaikan: harus berupa daftar teks, bukan objek"),
    (["Politik", 7], "kata_diabaikan[1]: harus berupa teks, bukan angka"),
])
def test_a_corrupt_field_gets_an_indonesian_message(small_release: Release, tmp_path: Path,
                                                    value: object, place: str) -> None:
    data = json.loads(dumps(small_release))
    data["kata_diabaikan"] = value
    path = tmp_path / "rusak.rilis"
    original = json.dumps(data)
    path.write_text(original, encoding="utf-8")
    with pytest.raises(DraftError) as raised:
        load_draft(path)
    assert any(place in problem for problem in raised.value.problems), raised.value.problems
    assert path.read_text(encoding="utf-8") == original  # nothing typed is lost


def test_the_cli_refuses_a_corrupt_field_with_status_2(small_release: Release, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(dumps(small_release))
    data["kata_diabaikan"] = 12
    path = tmp_path / "rusak.rilis"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "kata_diabaikan" in err and "harus berupa daftar teks" in err
    assert "Traceback" not in err


def test_the_checker_drops_a_context_rule_finding_on_an_ignored_word(checker: Checker) -> None:
    found = checker.check(CAPITAL_TEXT)
    assert any(f.rule == "kapital-tengah-kalimat" and f.text == "Politik" for f in found)
    kept = checker.check(CAPITAL_TEXT, ignored=["Politik"])
    assert not any(f.text == "Politik" for f in kept)
    assert len(kept) == len(found) - sum(f.text == "Politik" for f in found)


def test_an_ignored_word_is_compared_stripped(checker: Checker) -> None:
    assert not any(f.text == "Politik" for f in checker.check(CAPITAL_TEXT,
                                                              ignored=[" Politik "]))


def _draft_with(tmp_path: Path, ignored: list[str]) -> Path:
    release = Release(title="Kerja Bakti Warga Sumberwangi", dateline="Sumberwangi",
                      body=[Paragraph(text=CAPITAL_TEXT),
                            Paragraph(text=f"Petugas membantu {TYPO} jalur kerja bakti.")],
                      kata_diabaikan=ignored)
    tmp_path.mkdir()
    path = tmp_path / "kerja-bakti.rilis"
    save_draft(release, path)
    return path


def _cli_findings(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    main(["check", str(path), "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"findings", "words"}
    findings: list[dict[str, object]] = payload["findings"]
    return findings


def test_rilis_check_honours_the_drafts_ignored_words(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    plain = _cli_findings(_draft_with(tmp_path / "a", []), capsys)
    assert {"Politik", TYPO} <= {str(f["text"]) for f in plain}
    ignoring = _cli_findings(_draft_with(tmp_path / "b", ["Politik", TYPO]), capsys)
    assert not {"Politik", TYPO} & {str(f["text"]) for f in ignoring}
    assert len(ignoring) == len(plain) - sum(f["text"] in ("Politik", TYPO) for f in plain)
