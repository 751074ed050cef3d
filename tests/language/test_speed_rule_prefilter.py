"""The EYD rules' prefilter (``regex_starts``) and the rule cache change speed, never
findings: the places a rule is tried cover every place it can match, and rules read
from the cache are the rules read from the file."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from app.base.cache import private_dir
from app.language import eyd_rules, regex_code, rule_cache
from app.language.eyd_rules import check_rules, load_rules
from app.language.regex_starts import Haystack, Starts, finditer, fold, literal_starts

RULES = load_rules()


def matches(pattern: str, text: str, flags: int = re.MULTILINE) -> list[tuple[int, int]]:
    """The spans the prefiltered search finds, checked against a plain ``finditer``."""
    compiled = re.compile(pattern, flags)
    starts = literal_starts(compiled)
    places = Haystack(text).places(starts) if starts is not None else None
    found = [m.span() for m in finditer(compiled, places, text)]
    assert found == [m.span() for m in compiled.finditer(text)]
    return found


@pytest.mark.parametrize(("pattern", "exact", "folded"), [
    (r"(?<![\w-])se[ \t]+(?=[A-Z])", ("se\t", "se "), ()),
    (r"\b([Ss]ekali)[ \t]+pun", ("Sekali\t", "Sekali ", "sekali\t", "sekali "), ()),
    (r"(?<![\w-])((?i:pasca|pra))[ \t]+", (), ("pasca", "pra")),
    (r"(?:^|(?<=[.!?] ))(Ada|ada)pun", ("Adapun", "adapun"), ()),
    (r"([A-Z]\.[A-Z])(?=[ \t]+[A-Z])", tuple(f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
     ()),
])
def test_starts_are_read_from_the_pattern(pattern: str, exact: tuple[str, ...],
                                          folded: tuple[str, ...]) -> None:
    starts = literal_starts(re.compile(pattern, re.MULTILINE))
    assert starts is not None
    assert (starts.exact, starts.folded) == (tuple(sorted(exact)), tuple(sorted(folded)))


@pytest.mark.parametrize("pattern", [r"\w+an", r".x", r"(?:a|)b?", r"(?=x)", r"[^a]b"])
def test_no_starts_when_any_place_could_start_a_match(pattern: str) -> None:
    assert literal_starts(re.compile(pattern)) is None


def test_a_lookahead_tells_where_spaces_end() -> None:
    pattern = r"(?<=[a-z])[ \t]+(?=(?:kata|ujar)[ \t]+dia,)"
    starts = literal_starts(re.compile(pattern))
    assert starts is not None and starts.lead == "\t " and "kata " in starts.exact
    assert matches(pattern, "Aman  kata dia, lalu pulang ujar dia.") == [(4, 6)]


def test_a_text_without_a_needed_literal_is_skipped_whole() -> None:
    starts = literal_starts(re.compile(r'(?<=\w),[ \t]+"(?=ujar)'))
    assert starts is not None and (('"',), ()) in starts.needs
    assert Haystack("aman, “ujar dia”").places(starts) == []
    assert Haystack('aman, "ujar dia"').places(starts) == [4]


def test_spaces_before_a_mark_are_found_from_the_mark() -> None:
    starts = literal_starts(re.compile(r"(?<=\w)[ \t]+([,.!?])"))
    assert starts == Starts(("!", ",", ".", "?"), (), False, "\t ", 1)
    assert matches(r"(?<=\w)[ \t]+([,.!?])", "Warga   , lalu  pergi .") == [(5, 9), (21, 23)]


def test_ignorecase_finds_letters_python_folds() -> None:
    """*ſ* (long s), *ı* (dotless i), *İ* and the Kelvin sign match ASCII letters under
    ``re.IGNORECASE``; the folded text keeps them findable at the same offsets."""
    assert fold("İſıK") == "isik"
    assert matches(r"(?i:pasca)", "PAſCA dan paſca") == [(0, 5), (10, 15)]
    assert matches(r"(?i)\bisik\b", "İſıK", re.IGNORECASE) == [(0, 4)]


def test_every_character_ignorecase_folds_to_an_ascii_letter_is_folded_so() -> None:
    """The fold covers every character ``re.IGNORECASE`` matches to an ASCII letter."""
    everything = "".join(chr(code) for code in range(0x110000)
                         if not 0xD800 <= code <= 0xDFFF)
    for found in re.finditer(r"[a-z]", everything, re.IGNORECASE):
        char = found.group()
        folded = fold(char)
        assert folded is not None and len(folded) == 1, hex(ord(char))
        assert re.fullmatch(folded, char, re.IGNORECASE), hex(ord(char))


def test_digits_of_other_scripts_make_the_search_whole() -> None:
    """``\\d`` matches Arabic-Indic digits too: a text with them is searched whole."""
    everything = "".join(chr(code) for code in range(0x110000)
                         if not 0xD800 <= code <= 0xDFFF)
    assert re.findall(r"\d", everything) == [c for c in everything if c.isdecimal()]
    assert matches(r"(?<![\d.])\d{2}[ \t]+an\b", "tahun 90 an dan ٩٠ an") == [(6, 11),
                                                                             (16, 21)]


def test_same_matches_as_finditer_on_made_up_patterns() -> None:
    """Random patterns built from the pieces the rule file uses, on random text."""
    rng = random.Random(10)
    pieces = ["a", "se", "Se", "ke", "[ \\t]", "[ \\t]+", "\\d", "\\d{1,3}", "[Ss]", "[A-C]",
              "\\.", ",", "(?<![\\w-])", "(?<=\\w)", "\\b", "^", "$", "(?=[A-Z])", "(?!x)",
              "(?i:ab)", "(?i:s)", "x?", "(?:ab|a)", "(?:b|)", "\\w+", "(a|b)+", "(?>ab|a)",
              "(a)\\1", "[ \\t]{2,}", "K[ \\t]*\\d", "İ", "ſ", "(?=ab)", "(?=[ \\t]+x)",
              "(?=(?:ke|se)\\b)"]
    letters = [*"aAbBsSkKeExiI .,-\t\n12", "ı", "İ", "ſ", "\u212a", "٣", "“"]
    for _ in range(3000):
        pattern = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.3:
            pattern += "|" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
        flags = re.MULTILINE | (re.IGNORECASE if rng.random() < 0.3 else 0)
        try:
            re.compile(pattern, flags)
        except re.error:
            continue
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
        matches(pattern, text, flags)


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_every_rule_finds_the_same_with_and_without_prefilter(
        rule: eyd_rules.EydRule, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each rule on all the rule file's examples at once (its own and the others'); that
    each still fires on its own wrong examples is ``test_eyd_rules``' work, through the
    same prefiltered ``check_rules``."""
    text = "\n".join(example for other in RULES
                     for example in (*other.wrong_examples, *other.right_examples))
    prefiltered = check_rules(text, [rule])
    monkeypatch.setattr(eyd_rules, "PREFILTER", False)
    assert prefiltered == check_rules(text, [rule])


def test_a_text_without_a_rules_literals_never_compiles_it(tmp_path: Path) -> None:
    path = tmp_path / "aturan.toml"
    path.write_text('[[aturan]]\nid = "contoh"\npesan = "x"\nsumber = "EYD V"\n'
                    'tingkat = "saran"\npola = "(?<![\\\\w-])s/d(?![\\\\w/])"\n'
                    'ganti = "sampai dengan"\nsalah = ["1 s/d 3"]\nbenar = ["1 sampai 3"]\n',
                    encoding="utf-8")
    [rule] = load_rules(path)
    assert check_rules("Tidak ada singkatan di sini.", [rule]) == []
    assert "pattern" not in vars(rule)                  # cached_property never ran
    assert [f.text for f in check_rules("1 s/d 3", [rule])] == ["s/d"]


def test_rules_from_the_cache_are_the_rules_from_the_file(tmp_path: Path) -> None:
    path = eyd_rules.default_rules_path()
    fresh, _entries = eyd_rules._load_checked(path.read_bytes(), path)
    load_rules(path)                                    # writes the cache
    cached = rule_cache.read(path, path.read_bytes())
    assert cached is not None and len(cached) == len(fresh)
    again = load_rules(path)
    assert again == fresh                               # every field but the kept code
    assert all(rule.pattern_code is not None for rule in again)


def test_regexes_rebuilt_from_kept_code_are_the_compiled_ones() -> None:
    load_rules()                                        # writes the cache
    rules = load_rules()                                # reads it: patterns from code
    text = "\n".join(example for rule in rules
                     for example in (*rule.wrong_examples, *rule.right_examples))
    for rule in rules:
        assert rule.pattern_code is not None
        compiled = re.compile(rule.pattern_source, rule.flags)
        rebuilt = rule.pattern
        assert rebuilt is not compiled                 # made from the code, not re.compile
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == \
            (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)
        assert [m.span() for m in rebuilt.finditer(text)] == \
            [m.span() for m in compiled.finditer(text)]
        if rule.exception_source is not None:
            assert rule.exception_before is not None
            assert rule.exception_before.pattern == rule.exception_source


def test_code_the_engine_refuses_falls_back_to_compiling() -> None:
    code = regex_code.code_of("a(b)c", re.MULTILINE)
    assert code is not None
    assert regex_code.rebuild("a(b)c", re.MULTILINE, code).fullmatch("abc")
    broken = [code[0], [999999, *code[1][1:]], *code[2:]]
    assert regex_code.rebuild("a(b)c", re.MULTILINE, broken).fullmatch("abc")
    assert regex_code.rebuild("a(b)c", re.MULTILINE, ["rusak"]).fullmatch("abc")


def test_an_edited_rule_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "aturan.toml"
    rule = ('[[aturan]]\nid = "{id}"\npesan = "x"\nsumber = "EYD V"\ntingkat = "saran"\n'
            'pola = "a  b"\nganti = "a b"\nsalah = ["a  b"]\nbenar = ["a b"]\n')
    path.write_text(rule.format(id="satu"), encoding="utf-8")
    assert [r.id for r in load_rules(path)] == ["satu"]
    path.write_text(rule.format(id="dua"), encoding="utf-8")
    assert [r.id for r in load_rules(path)] == ["dua"]
    path.write_text(rule.format(id="dua").replace('pola = "a  b"', 'pola = "a(b"'),
                    encoding="utf-8")
    with pytest.raises(ValueError, match="dua"):
        load_rules(path)                                # a bad edit is still refused


def test_a_damaged_cache_entry_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "aturan.toml"
    path.write_text('[[aturan]]\nid = "satu"\npesan = "x"\nsumber = "EYD V"\n'
                    'tingkat = "saran"\npola = "a  b"\nganti = "a b"\nsalah = ["a  b"]\n'
                    'benar = ["a b"]\n', encoding="utf-8")
    load_rules(path)
    folder = private_dir(rule_cache.CACHE_FOLDER)
    assert folder is not None
    [entry] = list(folder.glob("*.marshal"))
    entry.write_bytes(entry.read_bytes()[:-5] + b"xxxxx")
    assert rule_cache.read(path, path.read_bytes()) is None
    assert [r.id for r in load_rules(path)] == ["satu"]
    assert rule_cache.read(path, path.read_bytes()) is not None


def test_cache_key_names_the_python_that_wrote_it(monkeypatch: pytest.MonkeyPatch) -> None:
    path = eyd_rules.default_rules_path()
    load_rules(path)
    assert rule_cache.read(path, path.read_bytes()) is not None
    monkeypatch.setattr(sys, "version", sys.version + " lain")
    assert rule_cache.read(path, path.read_bytes()) is None
