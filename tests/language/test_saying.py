"""The verbs of saying have one source (app/language/saying.py), session 13.

Every module that reads an attribution takes its verbs from ``saying``; a module whose set
differs says so with a named subset or exclusion. These tests fail when a module spells
the verbs out again, or when a list in aturan-eyd.toml drifts from the named sets.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from app.language import (
    capital_before_name,
    clause_commas,
    common_capitals,
    context,
    phrase_commas,
    punctuation,
    realword,
    refine,
    saying,
    sentence_case,
    style,
    text_names,
)

ROOT = Path(__file__).resolve().parents[2]
LANGUAGE = ROOT / "app" / "language"
RULES = ROOT / "resources" / "style" / "aturan-eyd.toml"
_FORMS = {form for root in saying.ROOTS for form in (root, root.capitalize())}
_ROOT_CALLS = {"roots", "alternation", "with_suffix"}

_OTHER_LISTS = {("punctuation.py", "_INTRODUCES_QUOTE_RE"), ("punctuation.py", "_REPORTING_WORDS")}
"""Lists that hold some of the roots among other words, for another reason: the words
before a quotation that introduce it (*kata*, *ujar*, *pesan* + a colon) and the words of
reported speech (*katanya*, *menurut*, *bahwa*)."""


def _roots_of(value: str) -> list[str]:
    """The verbs in the longest regex alternation of ``value`` (``ujar|kata|…``)."""
    return max(([part for part in run.split("|") if part.removesuffix(saying.SUFFIX) in _FORMS]
                for run in re.findall(r"\w+(?:\|\w+)+", value)), key=len, default=[])


def _spelled_out(path: Path) -> list[str]:
    """Assignments in ``path`` that spell three or more verbs of saying out themselves."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        name = target.id if isinstance(target, ast.Name) else "?"
        if (path.name, name) in _OTHER_LISTS:
            continue
        skipped: set[int] = set()
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and \
                    sub.func.attr in _ROOT_CALLS:
                skipped |= {id(inner) for inner in ast.walk(sub)}
        for sub in ast.walk(node):
            if id(sub) in skipped:
                continue
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and \
                    len(_roots_of(sub.value)) >= 3:
                found.append(f"{path.name}:{sub.lineno} {name}")
            elif isinstance(sub, ast.Tuple | ast.Set | ast.List):
                listed = [item.value for item in sub.elts if isinstance(item, ast.Constant)
                          and isinstance(item.value, str)
                          and item.value.removesuffix(saying.SUFFIX) in _FORMS]
                if len(listed) >= 3:
                    found.append(f"{path.name}:{sub.lineno} {name}")
    return found


def test_no_module_spells_the_verbs_out() -> None:
    spelled = [hit for path in sorted(LANGUAGE.glob("*.py")) if path.name != "saying.py"
               for hit in _spelled_out(path)]
    assert spelled == []


def test_each_module_draws_its_verbs_from_saying() -> None:
    house, after_quote = set(saying.HOUSE), set(saying.AFTER_QUOTE)
    assert saying.HOUSE == realword.SAYING_ROOTS
    assert saying.with_suffix(saying.HOUSE) == context.SAYING_VERBS
    assert house | {"katanya"} == capital_before_name._SAYING_BEFORE
    assert house | {"oleh"} == common_capitals._SAYING_WORDS
    assert house <= common_capitals._NOT_COMPLEMENT
    assert house | {"lanjut", "bilang"} <= style._SAYING
    assert saying.alternation(saying.AFTER_QUOTE) == style._SAYING_VERBS
    assert set(saying.ASIDE) == clause_commas._TOML_SAYING
    assert after_quote - {"tutup"} == set(clause_commas._SAYING.split("|"))
    assert set(clause_commas._SAYING_ONLY.split("|")) < set(clause_commas._SAYING.split("|"))
    assert after_quote | {"tanya"} == set(punctuation._SAYING_WORDS.split("|"))
    assert after_quote - {"pungkas", "tandas", "tutup"} == set(punctuation._INTERRUPTING_SAYING)
    assert saying.alternation(saying.AFTER_QUOTE) == punctuation._CLOSING_SAYING
    assert after_quote | {"ajak"} == set(text_names._SAYING.split("|"))
    assert saying.alternation(saying.AFTER_QUOTE) in refine._SPEAKER_BEFORE.pattern
    assert saying.alternation(saying.AFTER_QUOTE) in phrase_commas._AFTER_ATTRIBUTION_RE.pattern
    for word in ("pesannya", "ajak", "timpalnya", "ujar", "mengatakan"):
        assert sentence_case._SAYING_RE.fullmatch(word), word


def test_wider_lists_read_the_rarer_verbs() -> None:
    """Session 13: the lists that lacked a verb of the same set now read it; one finding
    changed on the 943 texts measured (*”. Tutup Kapolsek* now reads as an attribution)."""
    from app.language import Checker

    checker = Checker()
    found = {(f.rule, f.text) for f in checker.check(
        "“Pos ronda dijaga bergantian setiap malam oleh warga Desa Sukamaju”. "
        "Tutup Kepala Desa Sukamaju.")}
    assert ("titik-luar-petik-atribusi", "”. Tutup") in found
    assert ("tanda-baca-petik", "”.") not in found


def _toml_alternations() -> list[tuple[str, set[str]]]:
    rules = tomllib.loads(RULES.read_text(encoding="utf-8"))
    found = []
    for rule in rules["aturan"]:
        for alternation in re.findall(r"(?:\(\?i:|\(\?:|\(|[ \t]\*)((?:[A-Za-z]+\|)+[A-Za-z]+)\)",
                                      str(rule["pola"])):
            words = {word.lower() for word in alternation.split("|")}
            if len(words & set(saying.ROOTS)) >= 3:
                found.append((str(rule["id"]), words))
    return found


def test_toml_lists_are_named_sets() -> None:
    """aturan-eyd.toml cannot import; each of its lists of the verbs is one of the named
    sets of saying.py, or one of the subsets listed here."""
    named = [
        set(saying.AFTER_QUOTE),
        set(saying.AFTER_QUOTE) - {"urai"},                  # the rules of a glued mark
        set(saying.ASIDE),                                   # koma-keterangan-pengucap-sisipan
        set(saying.HOUSE) - {"papar", "sebut", "tambah"},    # atribusi-sesudah-titik, ". Kata X"
    ]
    lists = _toml_alternations()
    assert len(lists) >= 10
    for rule_id, words in lists:
        assert words in named, (rule_id, sorted(words))


def test_roots_keeps_the_order_and_refuses_strangers() -> None:
    assert saying.roots(saying.HOUSE) == saying.HOUSE
    assert set(saying.ASIDE) < set(saying.HOUSE) < set(saying.AFTER_QUOTE)
    assert len(set(saying.ROOTS)) == len(saying.ROOTS)
    assert saying.roots(saying.HOUSE, add=("lanjut",))[11] == "lanjut"
    assert saying.roots(("kata", "ujar")) == ("ujar", "kata")
    with pytest.raises(ValueError):
        saying.roots(add=("bersabda",))
    with pytest.raises(ValueError):
        saying.roots(saying.HOUSE, without=("tukas",))
    assert saying.alternation(("ujar", "kata"), capital=True) == "Ujar|Kata"
    assert saying.with_suffix(("ujar",)) == {"ujar", "ujarnya"}


def test_the_composer_recognises_every_verb_the_checker_reads() -> None:
    """The quote form (``app.release.indonesian``) takes the checker's verbs, so a quote
    the officer attributes with *tukas* or *bilang* is composed as the checker reads it."""
    from app.release.indonesian import ATTRIBUTION_VERBS, attribution_verb

    assert set(saying.ROOTS) <= ATTRIBUTION_VERBS
    assert all(attribution_verb(root + saying.SUFFIX) for root in saying.ROOTS)
    assert not attribution_verb("meja")
