"""Current KBBI words hunspell's old dictionary lacks (``kata-kbbi-hunspell-id.txt``):
right as words, never roots for affixes, never a non-standard form."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from app.base.paths import resources_dir
from app.language import Checker, SpellBackend
from app.language.vocabulary import (
    KBBI_WORDS_FILE,
    Vocabulary,
    accepted_nonstandard,
    data_dir,
    nonstandard_variants,
)
from tests.language.conftest import flagged


def _words(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


def _build_script() -> ModuleType:
    path = resources_dir().parent / "scripts" / "build_kbbi_words.py"
    spec = importlib.util.spec_from_file_location("build_kbbi_words", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_data_file_names_its_source_and_holds_only_words_the_checker_lacks(
        backend: SpellBackend) -> None:
    path = data_dir() / KBBI_WORDS_FILE
    header = path.read_text(encoding="utf-8").split("\n", 5)[:5]
    assert any("github.com/shuLhan/hunspell-id" in line for line in header)
    assert any("LGPL-3.0" in line for line in header)
    words = _words(path)
    assert len(words) > 100
    assert words == sorted(set(words))
    nonstandard = set(nonstandard_variants()) | set(accepted_nonstandard())
    roots = set(_words(data_dir() / "kata-dasar.txt"))
    for word in words:
        assert word.islower() and len(word) >= 4, word
        assert word not in nonstandard and word not in roots, word
        assert not backend.check(word), word


def test_sources_row_names_the_file() -> None:
    sources = (data_dir() / "SOURCES.md").read_text(encoding="utf-8")
    assert f"`{KBBI_WORDS_FILE}`" in sources and "build_kbbi_words.py" in sources


def test_vocabulary_loads_the_list_as_words_only(tmp_path: Path) -> None:
    """Read from its own folder (a changed file is read again, not an old snapshot), the
    non-standard forms of the tables dropped whatever the list says."""
    folder = tmp_path / "bahasa"
    shutil.copytree(data_dir(), folder)
    (folder / KBBI_WORDS_FILE).write_text("# uji\nzorbalingan\naktifitas\n", encoding="utf-8")
    vocabulary = Vocabulary.load(folder)
    assert "zorbalingan" in vocabulary.words_only and "zorbalingan" in vocabulary.roots
    assert "aktifitas" not in vocabulary.words_only and "aktifitas" not in vocabulary.roots
    (folder / KBBI_WORDS_FILE).write_text("# uji\nkwelimara\n", encoding="utf-8")
    reloaded = Vocabulary.load(folder)
    assert reloaded.words_only >= {"kwelimara"} and "zorbalingan" not in reloaded.words_only


def test_add_words_only_keeps_existing_roots_as_roots() -> None:
    vocabulary = Vocabulary(roots={"akuntabel"})
    vocabulary.add_words_only({"akuntabel", "rutinitas"})
    assert vocabulary.words_only == {"rutinitas"}
    assert vocabulary.roots == {"akuntabel", "rutinitas"}


@pytest.mark.parametrize("text, word", [
    ("Warga desa kini bisa mengakses internet gratis di balai pertemuan.", "internet"),
    ("Patroli malam menjadi rutinitas anggota polsek setiap akhir pekan.", "rutinitas"),
    ("Pelatihan itu melahirkan wirausaha muda di kampung nelayan.", "wirausaha"),
    ("Petugas memeriksa fitur keamanan pada aplikasi layanan.", "fitur"),
])
def test_current_kbbi_words_are_not_flagged(checker: Checker, text: str, word: str) -> None:
    assert word not in flagged(checker.check(text))


def test_a_list_word_is_no_root_for_affixes(checker: Checker) -> None:
    """*terisih* is *tersisih* with a letter dropped; *risih* (a list word) + ter- must
    not explain it away, nor *promo* + -i explain *promoi*."""
    assert "risih" in checker.vocabulary.words_only
    assert "terisih" in flagged(checker.check("Pedagang kecil terisih dari pasar induk."))
    assert checker.verdict("promoi") != "accept"


def test_a_non_standard_form_the_source_lists_is_still_found(checker: Checker) -> None:
    assert "aktifitas" not in checker.vocabulary.roots
    assert "aktifitas" in flagged(checker.check("Aktivitas warga meningkat, aktifitas pasar juga."))


def test_build_keeps_only_words_no_table_or_rule_explains(checker: Checker) -> None:
    build = _build_script()
    candidates = {"internet", "kemaren", "tandatangan", "aqidah", "polres", "banten", "yg",
                  "aktifitas", "Sukamaju"}
    assert build.select(candidates, checker) == ["internet"]


def test_build_reads_stems_of_a_dic_file(tmp_path: Path) -> None:
    dic = tmp_path / "id_ID.dic"
    dic.write_text("3\nabadi/KI\ninternet\n-an\n", encoding="utf-8")
    assert _build_script().stems(dic) == {"abadi", "internet", "-an"}
