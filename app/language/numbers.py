"""EYD V rules on writing numbers that a bare regex cannot state: they read the sentence or
the rest of the document around the number.

- A number that opens a sentence is written in words, or the sentence is rephrased
  (*22 pos …* → *Dua puluh dua pos …*, *453 personel …* → *Sebanyak 453 personel …*).
- A number written once with the thousands period (*1.244 gram*) and once with a comma in
  the same place (*1,244 gram*) is one number: the comma is a slip for the period.

Each rule is one compiled regex pass; the document-wide check looks up a set, never rescans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.language.finding import Finding
from app.language.module_regex import ModulePatterns

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_NUMBER_OPENS = "angka-awal-kalimat"
RULE_GROUPING_COMMA = "pemisah-ribuan-taat-asas"

DESCRIPTIONS: dict[str, str] = {
    RULE_NUMBER_OPENS: "Bilangan di awal kalimat ditulis dengan huruf",
    RULE_GROUPING_COMMA: "Bilangan yang sama ditulis dengan pemisah ribuan yang sama (titik)",
}
SOFT_RULES = frozenset({RULE_NUMBER_OPENS, RULE_GROUPING_COMMA})
"""Rules reported as ``saran``: they can misfire."""
SOURCES: dict[str, str] = {
    RULE_NUMBER_OPENS: "EYD V, II.G Angka dan Bilangan (angka yang terletak pada awal kalimat "
                       "ditulis dengan huruf; bila perlu susunan kalimat diubah)",
    RULE_GROUPING_COMMA: "EYD V, III.A Tanda Titik (pemisah bilangan ribuan); III.B Tanda "
                         "Koma (bilangan desimal)",
}

_UNITS = (r"(?:kg|gram|gr|mg|ton|kilogram|liter|ml|meter|km|kilometer|cm|mm|hektare|hektar"
          r"|ha)")
_BARE_NUMBER_RE = _PATTERNS.compile(r"(?<![\w.,/:-])\d{1,6}(?=[ \t]+[a-z])")
"""A bare number followed by a lowercase word; whether it opens a sentence is judged from
the few characters before it (one regex pass, no per-position lookbehinds)."""
_SENTENCE_END_RE = _PATTERNS.compile(r"[a-z]{2}[.!?][”\"]? \Z")
"""A sentence's end before the number: a lowercase word's last letters and the mark, so
not an abbreviation in capitals (*No. 1*, *Rp. 5*): *lantas. 22 pos pelayanan*."""
_ABBREVIATION_BEFORE_RE = _PATTERNS.compile(
    r"(?<![\w.])(?i:th|thn|tgl|no|hlm|kec|kab|kel|ds|jl|jln|pkl|psl|ps)\. \Z")
"""A lowercase abbreviation's period before the number (*th. 2019*, *kec. 3*), not a
sentence's end: such abbreviations name what the number counts (W3B)."""
_COMMA_THOUSANDS_RE = _PATTERNS.compile(r",(?=\d{3}(?![\d.,])[ \t]*" + _UNITS + r"\b)")
"""A comma and exactly three digits before a unit (*1,244 gram*); the digits before the
comma are read from the text (the pattern opens with the comma, which is found fast)."""
_LEADING_DIGITS_RE = _PATTERNS.compile(r"(?<![\d.,])\d{1,3}\Z")
_MIN_LINE_WORDS = 8
"""A shorter line that starts with a number is a list item (*2 unit sepeda motor*)."""

_ONES = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def in_words(number: int) -> str | None:
    """The number in words when EYD V lets one or two words say it (*sebelas*, *dua puluh*,
    *seratus*, *tiga ribu*); ``None`` for a number that needs more (*dua puluh dua*)."""
    if 1 <= number <= 9:
        return _ONES[number]
    if number == 10:
        return "sepuluh"
    if number == 11:
        return "sebelas"
    if 12 <= number <= 19:
        return f"{_ONES[number - 10]} belas"
    for size, word, single in ((10, "puluh", None), (100, "ratus", "seratus"),
                               (1000, "ribu", "seribu")):
        if number % size == 0 and 1 <= number // size <= 9 and (size > 10 or number < 100):
            if number // size == 1 and single is not None:
                return single
            return f"{_ONES[number // size]} {word}"
    return None


def spelled_out(number: int) -> str | None:
    """The number in words up to 99 (*dua puluh dua*), for a sentence's first word."""
    simple = in_words(number)
    if simple is not None:
        return simple
    if 21 <= number <= 99:
        return f"{_ONES[number // 10]} puluh {_ONES[number % 10]}"
    return None


def number_opens_sentence(text: str) -> Iterator[Finding]:
    """*22 pos pelayanan …*: a sentence does not begin with a figure. Up to 99 the fix
    spells it out; above, *Sebanyak* goes before it. A short line that begins with a
    number, or one of several such lines, is a list item and is left alone."""
    for match in _BARE_NUMBER_RE.finditer(text):
        start = match.start()
        if start == 0 or text[start - 1] == "\n":
            if _list_item(text, start):
                continue
        else:
            before = text[max(0, start - 6):start]
            if _SENTENCE_END_RE.search(before) is None or \
                    _ABBREVIATION_BEFORE_RE.search(before) is not None:
                continue
        digits = match.group()
        words = spelled_out(int(digits))
        fixed = words[:1].upper() + words[1:] if words else f"Sebanyak {digits}"
        yield Finding(start, match.end(), digits, "style", RULE_NUMBER_OPENS,
                      f"Kalimat tidak diawali angka: “{fixed} …”.", (fixed,), "saran")


def _list_item(text: str, start: int) -> bool:
    """Whether the line at ``start`` is an item of a list: short, or next to another line
    that starts with a number."""
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    if len(line.split()) < _MIN_LINE_WORDS:
        return True
    before = text[:max(0, start - 1)].rstrip("\n")
    previous = before[before.rfind("\n") + 1:]
    following = text[end + 1:].lstrip("\n") if end >= 0 else ""
    return previous.lstrip()[:1].isdigit() or following[:1].isdigit() or \
        previous.rstrip().endswith(":")


def grouping_consistency(text: str) -> Iterator[Finding]:
    """*1,244 gram* where the same document writes *1.244 gram*: the same amount, so the
    comma is a slip for the thousands period. Alone, *1,244 gram* may be a decimal."""
    if "," not in text:
        return
    for match in _COMMA_THOUSANDS_RE.finditer(text):
        head = _LEADING_DIGITS_RE.search(text, max(0, match.start() - 4), match.start())
        if head is None:
            continue
        start, end = head.start(), match.end() + 3
        fixed = f"{head.group()}.{text[match.end():end]}"
        if re.search(r"(?<![\d.,])" + re.escape(fixed) + r"(?![\d,]|\.\d)", text) is None:
            continue
        yield Finding(start, end, text[start:end], "style", RULE_GROUPING_COMMA,
                      f"Di bagian lain ditulis “{fixed}”; pemisah ribuan adalah titik: "
                      f"“{fixed}”.", (fixed,), "saran")
