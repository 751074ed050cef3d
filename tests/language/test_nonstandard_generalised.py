"""KBBI non-standard forms hunspell accepts (issue 10): reviewed pairs, their affixed
forms, names left alone, standard homographs untouched. Sentences are fictional."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from app.language import Checker, nonstandard_forms
from app.language.vocabulary import accepted_nonstandard

RULE = "bentuk-tidak-baku"


def nonstandard(checker: Checker, text: str) -> dict[str, tuple[str, ...]]:
    return {f.text: f.suggestions for f in checker.check(text) if f.rule == RULE}


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Relawan membagikan kaos kepada peserta gerak jalan.", "kaos", "kaus"),
    ("Dapur umum menyiapkan telor rebus untuk pengungsi.", "telor", "telur"),
    ("Para pengrajin anyaman mengikuti pameran di balai desa.", "pengrajin", "perajin"),
    ("Sopir yang bergadang semalaman diminta beristirahat.", "bergadang", "begadang"),
])
def test_hunspell_accepted_form_is_flagged_with_standard_first(
        checker: Checker, text: str, word: str, right: str) -> None:
    assert checker.backend.check(word)             # the class: hunspell lets it through
    assert nonstandard(checker, text)[word][0] == right


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Pemohon diminta memperbaharui berkas sebelum tenggat.", "memperbaharui", "memperbarui"),
    ("Data pemilih sudah diperbaharui panitia kemarin.", "diperbaharui", "diperbarui"),
    ("Rapat membahas pembaharuan sistem antrean puskesmas.", "pembaharuan", "pembaruan"),
    ("Penonton membludak hingga ke halaman gedung.", "membludak", "membeludak"),
    ("Kegiatan itu berlangsung seijin pemilik lapangan.", "seijin", "seizin"),
])
def test_affixed_form_of_a_reviewed_root_is_flagged(
        checker: Checker, text: str, word: str, right: str) -> None:
    assert nonstandard(checker, text)[word][0] == right


def test_case_is_kept_at_a_sentence_start(checker: Checker) -> None:
    found = nonstandard(checker, "Seijin kepala dusun, warga membersihkan selokan.")
    assert found["Seijin"][0] == "Seizin"
    found = nonstandard(checker, "Membludaknya pemudik membuat terminal penuh.")
    assert found["Membludaknya"][0] == "Membeludaknya"


@pytest.mark.parametrize("text", [
    "Lomba layang-layang digelar di Lapangan Desa Pagelaran pekan ini.",
    "Sanggar Kaos Merah Putih tampil pada malam puncak.",
    "Tim KAOS tampil pada malam puncak.",             # ALL-CAPS alone: maybe an acronym
])
def test_capitalised_form_in_a_name_is_left_alone(checker: Checker, text: str) -> None:
    assert nonstandard(checker, text) == {}


def test_all_caps_headline_is_checked(checker: Checker) -> None:
    found = nonstandard(checker, "POLSEK BAGIKAN KAOS KEPADA WARGA\n\nIsi berita.")
    assert found["KAOS"][0] == "KAUS"


def test_mempengaruhi_is_a_suggestion(checker: Checker) -> None:
    findings = [f for f in checker.check("Cuaca buruk mempengaruhi jadwal penyeberangan.")
                if f.rule == RULE]
    assert [(f.suggestions[0], f.severity) for f in findings] == [("memengaruhi", "saran")]


@pytest.mark.parametrize("text", [
    "Sanksi tegas menanti pelanggar aturan parkir.",     # source maps it the wrong way
    "Petugas mengantar surat undangan ke rumah warga.",  # surat and surah: two words
    "Rapor siswa dibagikan pada akhir semester.",
    "Aparatur desa mengikuti pelatihan administrasi.",
    "Kampung itu menjadi sentra kerajinan bambu.",
])
def test_standard_homograph_is_not_flagged(checker: Checker, text: str) -> None:
    assert nonstandard(checker, text) == {}


def test_pemukiman_is_a_suggestion_not_an_error(checker: Checker) -> None:
    findings = [f for f in checker.check("Banjir merendam pemukiman di tepi sungai.")
                if f.rule == RULE]
    assert [(f.suggestions[0], f.severity) for f in findings] == [("permukiman", "saran")]


def test_table_keeps_reviewed_decisions() -> None:
    table = accepted_nonstandard()
    assert table["kaos"] == ("kaus", "kesalahan")
    assert table["pemukiman"] == ("permukiman", "saran")
    for rejected in ("sanksi", "rapor", "surat", "tapi", "baharu", "sop"):
        assert rejected not in table               # reviewed and refused, or standard


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (wrong, _right) in nonstandard_forms.EXAMPLES.items()
    for text in wrong])
def test_every_wrong_example_is_flagged(checker: Checker, rule: str, text: str) -> None:
    assert [f for f in checker.check(text) if f.rule == rule], text


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (_wrong, right) in nonstandard_forms.EXAMPLES.items()
    for text in right])
def test_every_right_example_is_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert [f for f in checker.check(text) if f.rule == rule] == [], text


def _build_script() -> ModuleType:
    """``scripts/build_nonstandard_list.py`` as a module (scripts/ is no package)."""
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_nonstandard_list.py"
    spec = importlib.util.spec_from_file_location("build_nonstandard_list", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("prefix", "root", "suffix", "form"), [
    ("meN", "himbau", "", "menghimbau"),         # a vowel-like h root takes meng-
    ("meN", "kantung", "i", "mengantungi"),      # k melts (KBBI peluluhan)
    ("peN", "baharu", "an", "pembaharuan"),      # peN- melts as meN- does
    ("memper", "baharu", "i", "memperbaharui"),
    ("per", "ijin", "an", "perijinan"),
    ("se", "ijin", "", "seijin"),
    ("peN", "ijin", "", ""),                     # pe-…-an is a confix: no bare peN- noun
])
def test_build_derives_affixed_forms_by_kbbi_morphology(
        prefix: str, root: str, suffix: str, form: str) -> None:
    assert _build_script()._affixed(prefix, root, suffix) == form


def test_every_generated_standard_form_is_a_word_the_checker_accepts(checker: Checker) -> None:
    rejected = [right for right, _severity in accepted_nonstandard().values()
                if not checker.accepts_word(right)]
    assert rejected == []                        # a suggestion never makes a new finding
