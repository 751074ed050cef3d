"""The hunspell backend, its stand-in when enchant or id_ID is missing, and the checker."""

from __future__ import annotations

import builtins
import threading
from typing import Any

import pytest

from app.language import INSTALL_HINT, Checker, SpellBackend
from app.release.known_words import words_from_release
from app.release.model import Event, Official, Release


def test_backend_checks_and_suggests(backend: SpellBackend) -> None:
    assert backend.available and backend.problem is None
    assert backend.check("keamanan")
    assert not backend.check("bersinegi")
    assert "bersinergi" in backend.suggest("bersinegi")


def test_missing_dictionary_is_a_stand_in_with_install_hint() -> None:
    stand_in = SpellBackend(language="xx_XX")
    assert not stand_in.available
    assert stand_in.problem is not None and INSTALL_HINT in stand_in.problem
    assert "kamus" in stand_in.problem
    assert stand_in.check("qwrtzx") and stand_in.suggest("qwrtzx") == []


def test_missing_enchant_library_is_a_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_enchant(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "enchant":
            raise ImportError("libenchant-2.so.2: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_enchant)
    stand_in = SpellBackend()
    assert not stand_in.available
    assert stand_in.problem is not None and "enchant" in stand_in.problem
    assert INSTALL_HINT in stand_in.problem


def test_checker_keeps_running_without_dictionary() -> None:
    checker = Checker(backend=SpellBackend(language="xx_XX"))
    assert not checker.spelling_available
    assert any(INSTALL_HINT in warning for warning in checker.warnings)
    findings = checker.check("Kata qwrtzx dan himbauan.")
    assert [(f.kind, f.text) for f in findings] == [("style", "himbauan")]


def test_backend_is_safe_across_threads(backend: SpellBackend) -> None:
    words = ["keamanan", "kegiatan", "bersinegi", "masyarakat", "ketertiban"] * 40
    results: list[bool] = []

    def work() -> None:
        results.extend(backend.check(word) for word in words)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(False) == 4 * 40


def test_spelling_finding_offsets_and_suggestions(checker: Checker) -> None:
    text = "“Warga” hadir. Kegiatn berjalan lancar."
    findings = checker.check(text)
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.kind, finding.rule, finding.text) == ("spelling", "ejaan", "Kegiatn")
    assert text[finding.start:finding.end] == "Kegiatn"
    assert finding.suggestions[0] == "Kegiatan"


def test_headline_in_capitals_keeps_capitals_in_suggestions(checker: Checker) -> None:
    findings = checker.check("PENGAMANA GUDANG LOGISTIK PPK BERLANGSUNG KONDUSIF")
    assert [f.text for f in findings] == ["PENGAMANA"]
    assert findings[0].suggestions[0] == "PENGAMANAN"


def test_learned_names_are_accepted(checker: Checker) -> None:
    """Unknown names are names (issue 10); a name the draft knows is also right where it
    looks like a slip of a common word (Pembangunnan), and its lowercase form is not."""
    text = "Kapolsek Wonodadi, AKP Arsya Khadafi, memimpin patroli di Pembangunnan."
    assert {f.text for f in checker.check(text)} == {"Pembangunnan"}
    known = ["Polsek Wonodadi", "Arsya Khadafi", "Arsya", "Pembangunnan"]
    assert checker.check(text, known_words=known) == []
    assert checker.check("POLSEK WONODADI PATROLI", known_words=known) == []
    assert checker.check("Warga pembangunnan hadir.", known_words=known)[0].text == \
        "pembangunnan"


def test_words_from_release() -> None:
    release = Release(dateline="Tulungagung", unit="Polsek Wonodadi",
                      officials=[Official(id="a", rank="AKP", name="Laras Pertiwi",
                                          short_name="Laras", position="Kapolsek Wonodadi",
                                          degrees=["S.H."])])
    words = words_from_release(release)
    assert {"Wonodadi", "Laras", "Pertiwi", "Polsek", "AKP", "Tulungagung"} <= words


def test_ignored_for_this_draft(checker: Checker) -> None:
    text = "Warga jaga sipandu hadir."
    assert [f.text for f in checker.check(text)] == ["sipandu"]
    assert checker.check(text, ignored={"sipandu"}) == []


@pytest.mark.parametrize("text", [
    "Tersangka berinisial AS (34) diamankan.", "Pelaku MR (27) ditangkap.",
    "Pangdam V Brawijaya hadir.", "Lihat https://tribratanews.example/berita-baru sekarang.",
    "Kirim ke humas@polres.example atau #PolriPresisi.", "Pelanggaran 3C marak.",
    "Kapolres Tulungagung, AKBP Teuku Arsya, S.H., S.I.K., M.Si., hadir.",
    "Isu-isu dan langkah-langkah proaktif.", "Pasien Covid-19 pulih.", "Aman. (san/jan)",
])
def test_things_that_are_not_misspellings(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text, known_words=["Teuku Arsya"])
            if f.kind == "spelling"] == []


def test_hyphenated_word_flags_only_the_wrong_part(checker: Checker) -> None:
    findings = checker.check("Langkah-lagkah diambil.")
    assert [(f.text, f.start) for f in findings] == [("lagkah", 8)]


def test_sentence_initial_capital_and_title_case(checker: Checker) -> None:
    assert checker.check("Polres Jember Pastikan Kesiapan Pengamanan Pilkada") == []


def test_count_words(checker: Checker) -> None:
    assert checker.count_words("Polres Jember, Jumat (22/9), isu-isu.") == 4


def test_a_name_typed_in_a_field_keeps_its_capitals_in_the_text(checker: Checker) -> None:
    """An event's name typed in its field (*Lomba Kebersihan bagi Pelajar*) is a name: the
    capital rules leave it, and only it, as the officer wrote it."""
    release = Release(dateline="Sukamaju", unit="Polsek Sukamaju",
                      event=Event(name="Lomba Kebersihan bagi Pelajar"))
    known = words_from_release(release)
    assert "Lomba Kebersihan bagi Pelajar" in known
    text = ("Warga mengikuti Lomba Kebersihan bagi Pelajar di balai desa. Para Pelajar "
            "datang sejak pagi.")
    flagged = [(f.rule, f.start) for f in checker.check(text, known)]
    assert [start for rule, start in flagged if rule.startswith("kapital")] == [
        text.index("Pelajar datang")]
