"""Function words inside a headline written in title case (EYD V, I.E Huruf Kapital).

EYD V capitalises every word of a title *kecuali kata tugas, seperti di, ke, dari, dan,
yang, dan untuk yang tidak terletak pada posisi awal*. ``kata-tugas-huruf-kecil``
(``eyd_context``) judges function words in running text and leaves headlines alone;
this rule reads the headline itself:

- ``kapital-kata-tugas-judul``: *Banjir Di Darul Aman* → *di*, *Kunker Ke KSB* → *ke*,
  *Peringatan Dari Bupati* → *dari*. Not *Ke-* joined to a number (*Festival Irau
  Ke-11*: the ordinal prefix, not the preposition). Not the first word
  of the title or of a part after a colon or dash (*Gubernur : Semegah …*), not in a
  line of capitals (*BANJIR DI DARUL*), not *Dalam* of *Dalam Negeri* (the ministry's
  name: *Kementerian Dalam Negeri*) nor *Yang* of an honorific (*Yang Maha Esa*), and not
  a word that ends the line (*Sungai Teras Dalam*: a place's name).

A ``saran``: some sites write every word of a headline with a capital by house style.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.language.eyd_context import title_case_line
from app.language.finding import Finding
from app.language.module_regex import ModulePatterns
from app.language.name_forms import caps_line

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_HEADLINE_FUNCTION = "kapital-kata-tugas-judul"
DESCRIPTIONS: dict[str, str] = {
    RULE_HEADLINE_FUNCTION: "Kata tugas (di, ke, dari, dan, yang, untuk, pada, dalam, oleh, "
                            "dengan) di dalam judul ditulis dengan huruf kecil kecuali di "
                            "awal judul (Banjir di Darul Aman)",
}
SOURCES: dict[str, str] = {
    RULE_HEADLINE_FUNCTION: "EYD V, I.E Huruf Kapital (huruf pertama setiap kata di dalam "
                            "judul ditulis kapital, kecuali kata tugas seperti di, ke, dari, "
                            "dan, yang, dan untuk yang tidak terletak pada posisi awal); "
                            "KBBI VI daring: di, ke, dari, dalam, untuk, pada, oleh p",
}
SOFT_RULES = frozenset({RULE_HEADLINE_FUNCTION})
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_HEADLINE_FUNCTION: (
        ("Bupati Lontar Tinjau Lokasi Banjir Di Desa Sukamaju\n\nLONTAR – Bupati meninjau "
         "lokasi banjir.",
         "Gubernur Lakukan Kunjungan Kerja Ke Kabupaten Lontar\n\nLONTAR – Gubernur tiba "
         "pagi ini.",
         "Warga Terima Peringatan Dari Bupati Soal Banjir\n\nLONTAR – Bupati mengingatkan "
         "warga."),
        ("Bupati Lontar Tinjau Lokasi Banjir di Desa Sukamaju\n\nLONTAR – Bupati meninjau "
         "lokasi banjir.",
         "Di Desa Sukamaju, Warga Bangun Jembatan Bambu\n\nSUKAMAJU – Warga bekerja bakti.",
         "BUPATI TINJAU LOKASI BANJIR DI DESA SUKAMAJU\n\nLONTAR – Bupati meninjau.",
         "Dewan Hadiri Festival Budaya Lontar Ke-11 di Sukamaju\n\nSUKAMAJU – Festival "
         "dibuka.",
         "Pejabat Kementerian Dalam Negeri Kunjungi Kantor Bupati Lontar\n\nLONTAR – Rombongan "
         "tiba.",
         "Gubernur Lontar: Dengan Gotong Royong Desa Cepat Maju\n\nLONTAR – Gubernur "
         "berpesan.",
         "Warga Sukamaju Salat Bersama di Masjid\n\nwarga berkumpul di masjid. Di masjid "
         "itu mereka berdoa.")),
}
"""Wrong and right examples of each rule: the tests run them (``test_rule_examples.py``)."""

_CAPITALISED = ("Di", "Ke", "Dari", "Dan", "Yang", "Untuk", "Pada", "Dalam", "Oleh", "Dengan",
                "Kepada", "Bagi", "Tentang", "Terhadap", "Atau", "Serta", "Daripada")
"""The function words of ``_FUNCTION_RE``: a line without any of them is passed over."""
_FUNCTION_RE = _PATTERNS.compile(
    r"(?<=[^\W\d_]|[)”\"]) (" + "|".join(_CAPITALISED) + r")(?=[ \t]+[^\W\d_])")
"""A capitalised function word after a word (not first on its line, not after a colon,
a dash or a comma's pause) before the next word. *Ke-* joined by a hyphen to a number
(*Ke-72*) is the ordinal prefix, not the preposition *ke*, and is left: readers marked it
once in four firings."""
_SENTENCE_MARKS = (".", "?", "!")
_KEPT_AFTER = {"Dalam": ("Negeri",), "Yang": ("Maha", "Mulia", "Terhormat", "Dipertuan")}
"""Names and honorifics the word is a part of: *Kementerian Dalam Negeri*, *Tuhan Yang
Maha Esa*."""


def headline_function_words(text: str) -> Iterator[Finding]:
    """``kapital-kata-tugas-judul``: a function word capitalised inside a headline in
    title case."""
    for start, end in _headline_candidates(text):
        if caps_line(text, start) or not title_case_line(text, start):
            continue
        for match in _FUNCTION_RE.finditer(text, start, end):
            yield from _finding(text, match, end)


def _headline_candidates(text: str) -> Iterator[tuple[int, int]]:
    """The lines that hold no sentence (no stop inside or at their end): only they can be
    headlines, and a paragraph is passed over with two string searches."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip()
        if line and not line.endswith(_SENTENCE_MARKS) and ". " not in line and \
                any(f" {word}" in line for word in _CAPITALISED):
            yield start, end
        start = end + 1


def _finding(text: str, match: re.Match[str], end: int) -> Iterator[Finding]:
    """The finding for one function word of a headline, unless a name keeps it or it
    ends the line (*Sungai Teras Dalam*)."""
    word = match.group(1)
    following = text[match.end(1):end].split()
    kept = _KEPT_AFTER.get(word, ())
    if not following or (kept and following[0].startswith(kept)):
        return
    fixed = word.lower()
    yield Finding(match.start(1), match.end(1), word, "style", RULE_HEADLINE_FUNCTION,
                  f"Kata tugas di dalam judul ditulis dengan huruf kecil: “{fixed}”.",
                  (fixed,), severity="saran")
