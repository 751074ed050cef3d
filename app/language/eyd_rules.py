"""EYD edisi V writing rules kept as data, the way LanguageTool keeps its rules.

Each rule in ``resources/style/aturan-eyd.toml`` is a regex with a replacement, a message,
its source in EYD V or KBBI, a severity and right/wrong examples that the tests run. Editors
of the rule file need no Python; a broken rule is refused at load time with its id named,
so one bad edit cannot silently switch a rule off or flag every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal, cast

from app.language import regex_code, rule_cache
from app.language.eyd_context import headline_line
from app.language.finding import Finding
from app.language.lexicon import style_dir
from app.language.module_regex import ModulePatterns
from app.language.realword import in_quotation
from app.language.regex_starts import Haystack, Starts, finditer, literal_starts
from app.language.spans import Spans

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RuleSeverity = Literal["kesalahan", "saran"]
_Fail = Callable[[str], ValueError]
"""Builds the error for a bad field, naming the rule."""

_SEVERITIES: frozenset[str] = frozenset({"kesalahan", "saran"})
_REQUIRED_KEYS = ("id", "pesan", "sumber", "tingkat", "pola", "ganti", "salah", "benar")
_OPTIONAL_KEYS = ("kecuali_sebelum", "kecuali_kata", "abaikan_huruf_besar", "ubah_huruf",
                  "kecuali_judul", "kecuali_kutipan")
_CASE_CHANGES: dict[str, Callable[[str], str]] = {
    "kapital": lambda text: text[:1].upper() + text[1:],
    "kecil": str.lower,
    "besar": str.upper,
    "judul": lambda text: " ".join(word[:1].upper() + word[1:] for word in text.split(" ")),
    "nama": lambda text: " ".join(word[:1].upper() + word[1:].lower()
                                  for word in text.split(" ")),
}
"""``ubah_huruf``: what a rule does to the case of its replacement (a regex cannot).
``nama`` writes each word of a name typed in capitals with only its first letter capital
(EYD V I.E). A pattern with a group named ``ubah`` changes the case of that group only, so
a rank before a name (``AKBP``) keeps its own spelling."""
_CHANGED_GROUP = "ubah"
_ID_RE = _PATTERNS.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_BEFORE_WINDOW = 30
"""How many characters before a match ``kecuali_sebelum`` may look at."""

_URL_RE = _PATTERNS.compile(r"(?:https?://|www\.)\S+")
_EMAIL_RE = _PATTERNS.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TLD_RE = _PATTERNS.compile(r"\.(?:com|id|net|org)(?![\w-])(?:/\S*)?")
"""The end of a bare domain (``polri.go.id``, ``contoh.com/berita``); its start is found
by walking back over the host name, which is linear where a leftward regex is not."""

_NUMBER_RE = _PATTERNS.compile(r"\d+(?:[.,]\d+)+")
"""A number with decimal or thousands separators; a rule may rewrite it whole, never cut it."""

PREFILTER = True
"""Try each rule only where its literals occur (``regex_starts``); False searches the whole
text with every rule, for comparing the findings of both ways."""


@dataclass(frozen=True)
class EydRule:
    """One validated rule of the rule file. Its regexes are compiled when first used: a
    rule whose literals a text lacks (``starts``) is never compiled for it."""

    id: str
    message: str
    source: str
    severity: RuleSeverity
    pattern_source: str
    flags: int
    replacement: str
    wrong_examples: tuple[str, ...]
    right_examples: tuple[str, ...]
    exception_source: str | None = None
    exception_words: frozenset[str] = frozenset()
    case_change: str | None = None
    skip_headlines: bool = False
    starts: Starts | None = None
    """The literals a match begins with (derived from ``pattern``): where to try it."""
    pattern_code: regex_code.Code | None = field(default=None, compare=False, repr=False)
    exception_code: regex_code.Code | None = field(default=None, compare=False, repr=False)
    """The compiled regexes as the cache keeps them (``regex_code``)."""
    skip_quotations: bool = False
    """``kecuali_kutipan``: silent inside quoted speech, which keeps the speaker's own
    sentence breaks (*“… harus dilakukan. Karena mereka warga kita.”*)."""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return regex_code.rebuild(self.pattern_source, self.flags, self.pattern_code)

    @cached_property
    def exception_before(self) -> re.Pattern[str] | None:
        if self.exception_source is None:
            return None
        return regex_code.rebuild(self.exception_source, re.MULTILINE, self.exception_code)

    def fix(self, match: re.Match[str]) -> str:
        """The replacement for ``match``, with the rule's change of case."""
        if not self.case_change:
            return match.expand(self.replacement)
        change = _CASE_CHANGES[self.case_change]
        changed = match.group(_CHANGED_GROUP) if _CHANGED_GROUP in match.re.groupindex else None
        if changed is None:
            return change(match.expand(self.replacement))
        marker = "\x00"                          # stands for the group while expanding
        template = self.replacement.replace(f"\\g<{_CHANGED_GROUP}>", marker)
        return match.expand(template).replace(marker, change(changed))

    def excepted(self, text: str, match: re.Match[str]) -> bool:
        """Whether an exception of the rule cancels ``match`` (a listed word, a context)."""
        if match.group().lower() in self.exception_words:
            return True
        if self.exception_before is None:
            return False
        # search with pos/endpos keeps ^ and lookbehinds true to the whole text
        window_start = max(0, match.start() - _BEFORE_WINDOW)
        return self.exception_before.search(text, window_start, match.start()) is not None


def default_rules_path() -> Path:
    return style_dir() / "aturan-eyd.toml"


def load_rules(path: Path | None = None) -> list[EydRule]:
    """Every rule of the file, in file order; ``ValueError`` names the first bad rule.

    A file read before (the same bytes, the same code) comes from the user cache folder
    already validated, with each rule's literal starts: no TOML parsing, no regex
    compiling at start-up (``rule_cache``)."""
    path = path or default_rules_path()
    raw = path.read_bytes()
    cached = rule_cache.read(path, raw)
    if cached is not None:
        return [_build(entry, starts, pattern, exception)
                for entry, starts, pattern, exception in cached]
    rules, entries = _load_checked(raw, path)
    rule_cache.write(path, raw, [(entry, rule.starts) for entry, rule in
                                 zip(entries, rules, strict=True)])
    return rules


def _load_checked(raw: bytes, path: Path) -> tuple[list[EydRule], list[dict[str, object]]]:
    """The rules of the file, each validated (compiled, its replacement tried)."""
    import tomllib  # only a file not read before is parsed: the cache holds the rest

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"Berkas aturan {path.name} bukan teks UTF-8.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"Berkas aturan {path.name} tidak bisa dibaca: {exc}") from exc
    entries = data.get("aturan", [])
    if not isinstance(entries, list):
        raise ValueError(f"Berkas aturan {path.name}: “aturan” harus berupa [[aturan]].")
    rules: list[EydRule] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise ValueError(f"Aturan ke-{number} di {path.name} bukan tabel.")
        rule = _parse_rule(cast(dict[str, object], entry), number)
        if rule.id in seen:
            raise ValueError(f"Aturan “{rule.id}”: id dipakai lebih dari sekali.")
        seen.add(rule.id)
        rules.append(rule)
    return rules, cast(list[dict[str, object]], entries)


def _parse_rule(entry: dict[str, object], number: int) -> EydRule:
    raw_id = entry.get("id")
    if not isinstance(raw_id, str) or not raw_id:
        raise ValueError(f"Aturan ke-{number} tidak punya id.")
    rule_id = raw_id

    def fail(reason: str) -> ValueError:
        return ValueError(f"Aturan “{rule_id}”: {reason}")

    if not _ID_RE.fullmatch(rule_id):
        raise fail("id harus huruf kecil dengan tanda hubung (kebab-case).")
    missing = [key for key in _REQUIRED_KEYS if key not in entry]
    if missing:
        raise fail(f"kunci wajib tidak ada: {', '.join(missing)}.")
    unknown = sorted(set(entry) - set(_REQUIRED_KEYS) - set(_OPTIONAL_KEYS))
    if unknown:
        raise fail(f"kunci tidak dikenal: {', '.join(unknown)}.")

    _string(entry, "pesan", fail)
    _string(entry, "sumber", fail)
    severity = _string(entry, "tingkat", fail)
    if severity not in _SEVERITIES:
        raise fail(f"tingkat “{severity}” tidak dikenal (pakai “kesalahan” atau “saran”).")
    ignore_case = entry.get("abaikan_huruf_besar", False)
    skip_headlines = entry.get("kecuali_judul", False)
    skip_quotations = entry.get("kecuali_kutipan", False)
    if not isinstance(ignore_case, bool) or not isinstance(skip_headlines, bool) or \
            not isinstance(skip_quotations, bool):
        raise fail("abaikan_huruf_besar, kecuali_judul dan kecuali_kutipan harus true atau "
                   "false.")
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    pattern = _compile(_string(entry, "pola", fail), flags, "pola", fail)
    replacement = _string(entry, "ganti", fail, allow_empty=True)
    try:
        _dummy_match(pattern).expand(replacement)
    except (re.error, IndexError) as exc:
        raise fail(f"ganti “{replacement}” tidak cocok dengan pola: {exc}") from exc

    if "kecuali_sebelum" in entry:
        _compile(_string(entry, "kecuali_sebelum", fail), re.MULTILINE, "kecuali_sebelum",
                 fail)
    _strings(entry, "kecuali_kata", fail)
    if "ubah_huruf" in entry:
        case_change = _string(entry, "ubah_huruf", fail)
        if case_change not in _CASE_CHANGES:
            raise fail(f"ubah_huruf “{case_change}” tidak dikenal (pakai “kapital”, "
                       f"“judul”, “kecil”, “besar” atau “nama”).")
    wrong = _strings(entry, "salah", fail)
    right = _strings(entry, "benar", fail)
    if not wrong or not right:
        raise fail("contoh salah dan benar masing-masing minimal satu.")
    return _build(entry, literal_starts(pattern))


def _build(entry: dict[str, object], starts: Starts | None,
           pattern_code: regex_code.Code | None = None,
           exception_code: regex_code.Code | None = None) -> EydRule:
    """The rule of a validated entry (from the file or from the cache: the same rule)."""
    exception = entry.get("kecuali_sebelum")
    case_change = entry.get("ubah_huruf")
    return EydRule(
        str(entry["id"]), str(entry["pesan"]), str(entry["sumber"]),
        cast(RuleSeverity, entry["tingkat"]), str(entry["pola"]),
        re.MULTILINE | (re.IGNORECASE if entry.get("abaikan_huruf_besar") else 0),
        str(entry["ganti"]), tuple(cast(list[str], entry["salah"])),
        tuple(cast(list[str], entry["benar"])),
        str(exception) if exception is not None else None,
        frozenset(word.lower() for word in cast(list[str], entry.get("kecuali_kata", []))),
        str(case_change) if case_change is not None else None,
        bool(entry.get("kecuali_judul", False)), starts, pattern_code, exception_code,
        bool(entry.get("kecuali_kutipan", False)))


def _string(entry: dict[str, object], key: str, fail: _Fail, *,
            allow_empty: bool = False) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or (not value and not allow_empty):
        raise fail(f"{key} harus berupa teks yang tidak kosong.")
    return value


def _strings(entry: dict[str, object], key: str, fail: _Fail) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise fail(f"{key} harus berupa daftar teks.")
    return tuple(cast(list[str], value))


def _compile(source: str, flags: int, key: str, fail: _Fail) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise fail(f"{key} bukan regex yang sah: {exc}") from exc


def _dummy_match(pattern: re.Pattern[str]) -> re.Match[str]:
    """A match with the same groups (and group names) as ``pattern``, to test ``ganti``."""
    names = {index: name for name, index in pattern.groupindex.items()}
    groups = "".join(f"(?P<{names[i]}>)" if i in names else "()"
                     for i in range(1, pattern.groups + 1))
    match = re.compile(groups).match("")
    assert match is not None
    return match


def check_rules(text: str, rules: Sequence[EydRule],
                haystack: Haystack | None = None) -> list[Finding]:
    """Findings of ``rules`` in ``text``, ordered by position.

    Matches touching a link, an e-mail address or a domain are dropped, and so are matches
    that cut through a number (``2.500``, ``1,5``): the punctuation there is not prose.
    ``haystack`` is ``text``'s, when the caller shares one with its own look-ups.
    """
    protected = Spans(_protected_spans(text))
    numbers = Spans(((m.start(), m.end()) for m in _NUMBER_RE.finditer(text)), merge=False)
    haystack = haystack if haystack is not None and haystack.text == text else Haystack(text)
    findings: list[Finding] = []
    for rule in rules:
        places = haystack.places(rule.starts) if PREFILTER and rule.starts else None
        if places == []:
            continue                            # none of its literals: not even compiled
        for match in finditer(rule.pattern, places, text):
            start, end = match.span()
            if start == end or protected.overlaps(start, end):
                continue
            if _cuts_number(start, end, numbers) or rule.excepted(text, match):
                continue
            if rule.skip_headlines and headline_line(text, start):
                continue                        # a headline keeps its title case
            if rule.skip_quotations and in_quotation(text, start):
                continue                        # quoted speech keeps its own breaks
            wrong = match.group()
            right = rule.fix(match)
            if right == wrong:
                continue                        # already as the rule wants it
            message = rule.message.replace("{benar}", right).replace("{salah}", wrong)
            findings.append(Finding(start, end, wrong, "style", rule.id, message, (right,),
                                    rule.severity))
    findings.sort(key=lambda finding: (finding.start, finding.end))
    return findings


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """Links, e-mail addresses and bare domains: their dots and commas are not prose."""
    spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        spans += [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    if "@" in text:
        spans += [(m.start(), m.end()) for m in _EMAIL_RE.finditer(text)]
    floor = 0                               # never walk back into the previous domain
    for match in _TLD_RE.finditer(text):
        start = match.start()
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "._-"):
            start -= 1
        if start < match.start():
            spans.append((start, match.end()))
        floor = match.end()
    return spans


def _cuts_number(start: int, end: int, numbers: Spans) -> bool:
    """A match that overlaps a number without covering all of it."""
    return any(not (start <= n_start and n_end <= end)
               for n_start, n_end in numbers.overlapping(start, end))
