"""EYD edisi V writing rules kept as data, the way LanguageTool keeps its rules.

Each rule in ``resources/style/aturan-eyd.toml`` is a regex with a replacement, a message,
its source in EYD V or KBBI, a severity and right/wrong examples that the tests run. Editors
of the rule file need no Python; a broken rule is refused at load time with its id named,
so one bad edit cannot silently switch a rule off or flag every sentence.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from app.language.eyd_context import headline_line
from app.language.finding import Finding
from app.language.lexicon import style_dir
from app.language.spans import Spans

RuleSeverity = Literal["kesalahan", "saran"]
_Fail = Callable[[str], ValueError]
"""Builds the error for a bad field, naming the rule."""

_SEVERITIES: frozenset[str] = frozenset({"kesalahan", "saran"})
_REQUIRED_KEYS = ("id", "pesan", "sumber", "tingkat", "pola", "ganti", "salah", "benar")
_OPTIONAL_KEYS = ("kecuali_sebelum", "kecuali_kata", "abaikan_huruf_besar", "ubah_huruf",
                  "kecuali_judul")
_CASE_CHANGES: dict[str, Callable[[str], str]] = {
    "kapital": lambda text: text[:1].upper() + text[1:],
    "kecil": str.lower,
    "besar": str.upper,
    "judul": lambda text: " ".join(word[:1].upper() + word[1:] for word in text.split(" ")),
}
"""``ubah_huruf``: what a rule does to the case of its replacement (a regex cannot)."""
_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_BEFORE_WINDOW = 30
"""How many characters before a match ``kecuali_sebelum`` may look at."""

_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TLD_RE = re.compile(r"\.(?:com|id|net|org)(?![\w-])(?:/\S*)?")
"""The end of a bare domain (``polri.go.id``, ``contoh.com/berita``); its start is found
by walking back over the host name, which is linear where a leftward regex is not."""

_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)+")
"""A number with decimal or thousands separators; a rule may rewrite it whole, never cut it."""


@dataclass(frozen=True)
class EydRule:
    """One rule from the rule file, compiled and validated."""

    id: str
    message: str
    source: str
    severity: RuleSeverity
    pattern: re.Pattern[str]
    replacement: str
    wrong_examples: tuple[str, ...]
    right_examples: tuple[str, ...]
    exception_before: re.Pattern[str] | None = None
    exception_words: frozenset[str] = frozenset()
    case_change: str | None = None
    skip_headlines: bool = False

    def fix(self, match: re.Match[str]) -> str:
        """The replacement for ``match``, with the rule's change of case."""
        right = match.expand(self.replacement)
        return _CASE_CHANGES[self.case_change](right) if self.case_change else right

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
    """Every rule of the file, in file order; ``ValueError`` names the first bad rule."""
    path = path or default_rules_path()
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
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
    return rules


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

    message = _string(entry, "pesan", fail)
    source = _string(entry, "sumber", fail)
    severity = _string(entry, "tingkat", fail)
    if severity not in _SEVERITIES:
        raise fail(f"tingkat “{severity}” tidak dikenal (pakai “kesalahan” atau “saran”).")
    ignore_case = entry.get("abaikan_huruf_besar", False)
    skip_headlines = entry.get("kecuali_judul", False)
    if not isinstance(ignore_case, bool) or not isinstance(skip_headlines, bool):
        raise fail("abaikan_huruf_besar dan kecuali_judul harus true atau false.")
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    pattern = _compile(_string(entry, "pola", fail), flags, "pola", fail)
    replacement = _string(entry, "ganti", fail, allow_empty=True)
    try:
        _dummy_match(pattern).expand(replacement)
    except (re.error, IndexError) as exc:
        raise fail(f"ganti “{replacement}” tidak cocok dengan pola: {exc}") from exc

    exception_before = None
    if "kecuali_sebelum" in entry:
        exception_before = _compile(_string(entry, "kecuali_sebelum", fail), re.MULTILINE,
                                    "kecuali_sebelum", fail)
    exception_words = frozenset(word.lower() for word in _strings(entry, "kecuali_kata", fail))
    case_change = None
    if "ubah_huruf" in entry:
        case_change = _string(entry, "ubah_huruf", fail)
        if case_change not in _CASE_CHANGES:
            raise fail(f"ubah_huruf “{case_change}” tidak dikenal (pakai “kapital”, "
                       f"“judul”, “kecil” atau “besar”).")
    wrong = _strings(entry, "salah", fail)
    right = _strings(entry, "benar", fail)
    if not wrong or not right:
        raise fail("contoh salah dan benar masing-masing minimal satu.")
    return EydRule(rule_id, message, source, cast(RuleSeverity, severity), pattern,
                   replacement, wrong, right, exception_before, exception_words, case_change,
                   skip_headlines)


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


def check_rules(text: str, rules: Sequence[EydRule]) -> list[Finding]:
    """Findings of ``rules`` in ``text``, ordered by position.

    Matches touching a link, an e-mail address or a domain are dropped, and so are matches
    that cut through a number (``2.500``, ``1,5``): the punctuation there is not prose.
    """
    protected = Spans(_protected_spans(text))
    numbers = Spans(((m.start(), m.end()) for m in _NUMBER_RE.finditer(text)), merge=False)
    findings: list[Finding] = []
    for rule in rules:
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if start == end or protected.overlaps(start, end):
                continue
            if _cuts_number(start, end, numbers) or rule.excepted(text, match):
                continue
            if rule.skip_headlines and headline_line(text, start):
                continue                        # a headline keeps its title case
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
