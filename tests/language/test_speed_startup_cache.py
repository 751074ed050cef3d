"""Start-up of ``rilis check`` (issue 10): whole word tables kept ready in the user cache,
and pyenchant told where its library is. What is read back must be what the files give,
and a cache that is stale, damaged or of the wrong shape is built again, never a crash."""

from __future__ import annotations

import ctypes.util
import hashlib
import logging
import marshal
import os
from pathlib import Path

import pytest

from app.base.cache import private_dir
from app.language import data_cache, enchant_library
from app.language.lexicon import Lexicon
from app.language.vocabulary import Vocabulary

CODE = ("app.language.data_cache",)


def _plain(value: object) -> bool:
    return isinstance(value, dict)


def _entries() -> list[Path]:
    folder = private_dir(data_cache.SNAPSHOT_FOLDER)
    assert folder is not None
    return sorted(folder.glob("*.marshal"))


def test_a_snapshot_is_built_once_and_read_back_as_new_objects(tmp_path: Path) -> None:
    source = tmp_path / "kata.txt"
    source.write_text("sawah\nladang\n", encoding="utf-8")
    builds: list[int] = []

    def build() -> dict[str, set[str]]:
        builds.append(1)
        return {"kata": set(source.read_text(encoding="utf-8").split())}

    first = data_cache.snapshot("uji", [source], build, CODE, _plain)
    first["kata"].add("diubah")                     # the caller may change what it got
    second = data_cache.snapshot("uji", [source], build, CODE, _plain)
    assert builds == [1]
    assert second == {"kata": {"sawah", "ladang"}}
    assert len(_entries()) == 1


def test_an_edited_source_or_other_code_builds_it_again(tmp_path: Path) -> None:
    source = tmp_path / "kata.txt"
    source.write_text("lama\n", encoding="utf-8")

    def build() -> dict[str, str]:
        return {"isi": source.read_text(encoding="utf-8")}

    assert data_cache.snapshot("uji", [source], build, CODE, _plain) == {"isi": "lama\n"}
    source.write_text("baru\n", encoding="utf-8")
    assert data_cache.snapshot("uji", [source], build, CODE, _plain) == {"isi": "baru\n"}
    calls: list[int] = []

    def counted() -> dict[str, str]:
        calls.append(1)
        return build()

    data_cache.snapshot("uji", [source], counted, CODE, _plain)
    assert calls == []                                      # same bytes, same code
    data_cache.snapshot("uji", [source], counted, ("app.language.lexicon",), _plain)
    assert calls == [1]                                     # another builder's code


def _rewrite_payload(entry: Path, payload: bytes) -> None:
    """A well-formed entry (header, digest) holding ``payload``: damage the checksum
    cannot see, as a half-written or foreign file could be."""
    data = entry.read_bytes()
    header = data[:data.index(b"\n") + 1]
    entry.write_bytes(header + hashlib.sha256(payload).digest() + payload)


@pytest.mark.parametrize("payload", [b"\x00\xffrusak", marshal.dumps(["bukan", "dict"])],
                         ids=["unreadable", "wrong-shape"])
def test_a_damaged_snapshot_is_built_again_and_logged(
        tmp_path: Path, payload: bytes, caplog: pytest.LogCaptureFixture) -> None:
    source = tmp_path / "kata.txt"
    source.write_text("padi\n", encoding="utf-8")
    value = {"isi": ["padi"]}
    data_cache.snapshot("uji", [source], lambda: value, CODE, _plain)
    [entry] = _entries()
    _rewrite_payload(entry, payload)
    with caplog.at_level(logging.INFO, logger="app.language.data_cache"):
        assert data_cache.snapshot("uji", [source], lambda: value, CODE, _plain) == value
    assert "rebuilding" in caplog.text
    assert data_cache.read_data(data_cache.SNAPSHOT_FOLDER, entry.name, entry.read_bytes()[
        :entry.read_bytes().index(b"\n") + 1]) == value    # and replaced by a good one


def test_a_missing_source_is_never_kept(tmp_path: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"n": 0}

    for _ in range(2):
        data_cache.snapshot("uji", [tmp_path / "tidak-ada.txt"], build, CODE, _plain)
    assert calls == [1, 1]
    assert _entries() == []


def test_a_value_that_is_not_plain_data_is_returned_but_not_kept(tmp_path: Path) -> None:
    source = tmp_path / "kata.txt"
    source.write_text("x\n", encoding="utf-8")
    value = {"fungsi": len}
    assert data_cache.snapshot("uji", [source], lambda: value, CODE, _plain) is value
    assert _entries() == []


def _lexicon_state(lexicon: Lexicon) -> tuple[object, ...]:
    words = lexicon.words
    return (lexicon.categories, words._exact, words._lower, words._forms,
            lexicon.abbreviations, lexicon._word_category)


def test_the_lexicon_from_the_cache_is_the_lexicon_from_the_files(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "pangkat.tsv").write_text(
        "AKBP\tpangkat\nKompol\tpangkat\n\tkosong\nIr.\tgelar\n", encoding="utf-8")
    (tmp_path / "wilayah.tsv").write_text(
        "Sukamaju\tdesa\nPangkajene dan Kepulauan\tkabupaten\n", encoding="utf-8")
    loads = []
    for _ in range(2):
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            loads.append(Lexicon.load(tmp_path))
        assert [r.getMessage() for r in caplog.records] == [
            f"{tmp_path / 'pangkat.tsv'}:3: baris tanpa entri dilewati"]
    assert len(_entries()) == 1
    fresh, cached = loads
    assert _lexicon_state(cached) == _lexicon_state(fresh)
    assert cached.accepts("AKBP") and cached.accepts("Sukamaju") and not cached.accepts("dan")
    assert cached.category("KOMPOL") == "pangkat" and "Ir" in cached.abbreviations
    cached.add("Wonokerto", "desa")                      # its own sets, not the cache's
    assert not Lexicon.load(tmp_path).accepts("Wonokerto")


def test_the_bundled_vocabulary_from_the_cache_is_the_one_from_the_files() -> None:
    fresh = Vocabulary.load()
    assert len(_entries()) == 1
    cached = Vocabulary.load()
    for name in ("frequencies", "correct", "places", "roots", "nonstandard"):
        assert getattr(cached, name) == getattr(fresh, name), name
    assert list(cached.frequencies) == list(fresh.frequencies)   # the file's order too
    assert cached.zipf("yang") > 5 and cached.nonstandard.get("himbauan") == "imbauan"


def test_the_enchant_library_is_the_one_the_loader_would_find(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(enchant_library.VARIABLE, raising=False)
    monkeypatch.delenv("LD_LIBRARY_PATH", raising=False)
    path = enchant_library.library_path()
    found = ctypes.util.find_library("enchant-2")            # what pyenchant asks (ldconfig)
    assert (os.path.basename(path) if path else None) == found
    if path is not None:
        assert os.path.exists(path)


def test_the_user_s_own_settings_leave_pyenchant_its_own_search(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))
    assert enchant_library.library_path() is None
    monkeypatch.delenv("LD_LIBRARY_PATH")
    monkeypatch.setenv(enchant_library.VARIABLE, str(tmp_path / "libenchant-2.so.2"))
    assert enchant_library.library_path() is None


def test_the_hint_is_set_for_the_import_only(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    library = tmp_path / enchant_library.LIBRARY
    library.write_bytes(b"")
    monkeypatch.delenv(enchant_library.VARIABLE, raising=False)
    monkeypatch.setattr(enchant_library, "library_path", lambda: str(library))
    monkeypatch.delitem(__import__("sys").modules, "enchant", raising=False)
    with enchant_library.library_hint():
        assert os.environ[enchant_library.VARIABLE] == str(library)
    assert enchant_library.VARIABLE not in os.environ


def test_a_parser_is_known_again_by_the_next_process() -> None:
    """The key of a parsed table names its parser's code; a key that changed from one
    process to the next (marshal of code does) would leave every entry unread."""
    import subprocess
    import sys

    script = ("import hashlib; from app.language import data_cache, lexicon; "
              "print(hashlib.sha256(data_cache.code_fingerprint("
              "lexicon._parse_table.__code__)).hexdigest())")
    keys = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(keys) == 1 and len(keys.pop()) == 65


def test_start_up_holds_the_cycle_collector_then_freezes_and_restores_it() -> None:
    import gc

    from app.cli import startup

    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        startup.hold()
        assert not gc.isenabled()
        made = [[index] for index in range(1000)]       # what start-up makes
        startup.release()
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(made)
        startup.release()                               # a second call changes nothing
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_main_called_in_a_process_leaves_its_collector_alone(tmp_path: Path) -> None:
    import gc

    from app.cli import main

    draft = tmp_path / "teks.txt"
    draft.write_text("Warga Desa Sukamaju bergotong royong.\n", encoding="utf-8")
    gc.disable()
    try:
        main(["check", str(draft)])
        assert not gc.isenabled()                       # the caller's choice stands
    finally:
        gc.enable()
    main(["check", str(draft)])
    assert gc.isenabled()


def test_the_console_check_gives_what_main_gives(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The whole process (start-up held, caches cold then warm) finds what an in-process
    call finds."""
    import subprocess
    import sys

    from app.cli import main

    draft = tmp_path / "teks.txt"
    draft.write_text("Kapolsek AKP Sutarno menghimbau warga , agar tetap waspada.\n"
                     "Kegiatan di hadiri oleh Camat dan Kades Sukamaju.\n", encoding="utf-8")
    main(["check", "--json", str(draft)])
    expected = capsys.readouterr().out
    command = [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())",
               "check", "--json", str(draft)]
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, check=False,
                              env=dict(os.environ))
        assert done.returncode == 1, done.stderr
        assert done.stdout == expected and '"rule"' in expected


def test_a_kept_table_lasts_to_the_next_process_of_the_same_code() -> None:
    version = [b"satu"]
    first = data_cache.KeptTable("uji-tabel", "contoh", lambda: version[0])
    assert first.get("a") is None
    first.put("a", [1, "x"])
    first._save()                                       # what atexit does
    assert data_cache.KeptTable("uji-tabel", "contoh", lambda: version[0]).get("a") == [1, "x"]
    version[0] = b"dua"                                 # other code: nothing is read
    assert data_cache.KeptTable("uji-tabel", "contoh", lambda: version[0]).get("a") is None
    folder = private_dir("uji-tabel")
    assert folder is not None
    [entry] = list(folder.glob("*.marshal"))
    entry.write_bytes(entry.read_bytes()[:-4] + b"rsak")  # damaged: read as empty
    version[0] = b"satu"
    assert data_cache.KeptTable("uji-tabel", "contoh", lambda: version[0]).get("a") is None


def test_kept_literal_starts_are_the_derived_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from app.language import regex_starts

    patterns = [re.compile(r"(?<![\w-])(?:antar[ \t]+kota|pasca[ \t]+panen)(?![\w-])",
                           re.IGNORECASE),
                re.compile(r"(?<![\w-])se[ \t]+(?:kabupaten|kota)\b"),
                re.compile(r"\d+[.,]\d+")]
    derived = [regex_starts._derive(pattern) for pattern in patterns]
    assert derived[0] is not None
    for starts in derived:
        assert regex_starts.from_plain(regex_starts.to_plain(starts)) == starts
    fresh = data_cache.KeptTable("regex-awal", "literal-starts", regex_starts._version)
    monkeypatch.setattr(regex_starts, "_KEPT", fresh)
    assert [regex_starts.literal_starts(p) for p in patterns] == derived   # derived, kept
    fresh._save()
    again = data_cache.KeptTable("regex-awal", "literal-starts", regex_starts._version)
    monkeypatch.setattr(regex_starts, "_KEPT", again)
    monkeypatch.setattr(regex_starts, "_derive", lambda pattern: pytest.fail("derived"))
    assert [regex_starts.literal_starts(p) for p in patterns] == derived   # read back
