"""Common nouns of place and time capitalised before a name or a number (EYD V, I.E).

A capital belongs to a name; the common noun that says where or when stays in lower case
even when a name or a date follows it:

- ``kapital-kata-ruang``: a noun of position after *di*, *ke*, *dari* before a
  capitalised name: *di Depan Kantor Desa* → *di depan*, *di Halaman Mapolresta* → *di
  halaman* (KBBI: *depan*, *belakang*, *samping*, *halaman*, *sebelah* n, the place
  relative to the thing named after it, never part of its name);
- ``kapital-tanggal-tahun``: *tanggal* in mid-sentence before its number: *sejak Tanggal
  11 Mei* → *sejak tanggal*, *Nomor 337 Tanggal 13 Desember* → *tanggal* (like *pukul*
  in ``pukul-huruf-kecil``); *tahun* before a year that the sentence places in time
  (*mendatang*, *lalu*, *ini*), after a lower-case word: *pembangunan Tahun 2023
  mendatang* → *tahun* (after a name it may end an event's name: *HUT Polri Tahun 2020*);
  a time noun before *ini*, *itu*, *lalu*, *depan*, *kemarin* anywhere mid-sentence
  (*Pilkades Hari ini* → *hari ini*).

Both are ``saran``; a headline in title case or in capitals is left to its own case.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.language.eyd_context import headline_line
from app.language.finding import Finding
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_POSITION = "kapital-kata-ruang"
RULE_DATE_WORD = "kapital-tanggal-tahun"
DESCRIPTIONS: dict[str, str] = {
    RULE_POSITION: "Kata penunjuk letak sesudah di, ke, dari ditulis dengan huruf kecil "
                   "walaupun diikuti nama (di depan Kantor Desa, di halaman Mapolres)",
    RULE_DATE_WORD: "Kata tanggal dan tahun, dan kata waktu sebelum ini/itu/lalu/depan, di "
                    "tengah kalimat ditulis dengan huruf kecil (sejak tanggal 11 Mei, pada "
                    "tahun 2024 mendatang, rapat hari ini)",
}
SOURCES: dict[str, str] = {
    RULE_POSITION: "EYD V, I.E Huruf Kapital (huruf kapital hanya untuk unsur nama diri); "
                   "KBBI VI daring: depan, belakang, samping, halaman, sebelah, seberang, "
                   "pelataran n",
    RULE_DATE_WORD: "EYD V, I.E Huruf Kapital (kata umum di tengah kalimat); KBBI VI "
                    "daring: tanggal, tahun, hari, bulan, pekan n",
}
SOFT_RULES = frozenset({RULE_POSITION, RULE_DATE_WORD})
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_POSITION: (
        ("Parade akan digelar di Depan Kantor Desa Sukamaju pada malam hari.",
         "Apel gabungan dilaksanakan di Seberang Mapolres Lontar, Senin (5/8).",
         "Warga berkumpul di Samping Balai Desa Sukamaju."),
        ("Parade akan digelar di depan Kantor Desa Sukamaju pada malam hari.",
         "Polisi Gelar Apel di Halaman Mapolres Lontar",
         "Rombongan tiba di Halaman belakang rumah warga.")),
    RULE_DATE_WORD: (
        ("Program itu berjalan sejak Tanggal 11 Mei lalu.",
         "Sesuai SK Bupati Nomor 337 Tanggal 13 Desember 2021, ia dilantik.",
         "Surat itu terbit pada Senin, Tanggal 2 Januari.",
         "Rencana pembangunan Tahun 2027 mendatang dibahas di balai desa.",
         "Kami berharap Pilkades Hari ini berjalan lancar."),
        ("Program itu berjalan sejak tanggal 11 Mei lalu.",
         "Tanggal 11 Mei warga berkumpul di balai desa.",
         "Pengumuman Hasil Seleksi Tanggal 2 Januari",
         "Lomba itu digelar dalam rangka HUT Polri Tahun 2026 ini.",
         "Kami berharap Pilkades hari ini berjalan lancar.",
         "Hari ini warga bergotong royong.")),
}
"""Wrong and right examples of each rule: the tests run them (``test_rule_examples.py``)."""

_POSITION_RE = _PATTERNS.compile(
    r"(?<![\w-])(?:di|ke|dari)[ \t]+(Depan|Belakang|Samping|Halaman|Sebelah|Seberang"
    r"|Pelataran)(?=[ \t]+[A-Z])")
"""A noun of position, capitalised after a preposition, before a capitalised word."""
_DATE_WORD_RE = _PATTERNS.compile(r"(?<=[a-z,)\d] )(Tanggal|Tgl\.?)(?=[ \t]+\d)")
"""*Tanggal* after a lower-case word, a comma, a bracket or a number, before a number."""
_YEAR_WORD_RE = _PATTERNS.compile(
    r"(?<=[a-z] )Tahun(?=[ \t]+\d{4}[ \t]+(?:mendatang|lalu|ini|depan|silam|kemarin"
    r"|sebelumnya|berikutnya)\b)")
"""*Tahun* before a year and a word that places it in time (*Tahun 2023 mendatang*)."""
_DEICTIC_TIME_RE = _PATTERNS.compile(
    r"(?<=[\w,] )(?:Hari|Tahun|Bulan|Pekan|Malam|Pagi|Siang|Sore)"
    r"(?=[ \t]+(?:ini|itu|lalu|depan|kemarin)\b)")
"""A time noun in mid-sentence before a word that points to it (*Pilkakam Hari ini*,
*papan informasi Tahun lalu*): *hari ini* is no name (not *Minggu*, also a day's name)."""


def position_nouns(text: str) -> Iterator[Finding]:
    """``kapital-kata-ruang``: *di Depan Kantor* → *di depan Kantor*."""
    for match in scan(_POSITION_RE, text):
        if headline_line(text, match.start()):
            continue
        word = match.group(1)
        fixed = word.lower()
        yield Finding(match.start(1), match.end(1), word, "style", RULE_POSITION,
                      f"Kata penunjuk letak ditulis dengan huruf kecil: “{fixed}”.", (fixed,),
                      severity="saran")


def _lower_word_before(text: str, position: int) -> bool:
    """Whether the word before the blank at ``position - 1`` is wholly in lower case."""
    start = position - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:position - 1].islower() and (start == 0 or not text[start - 1].isalnum())


def date_word(text: str) -> Iterator[Finding]:
    """``kapital-tanggal-tahun``: *sejak Tanggal 11 Mei* → *sejak tanggal*, *pembangunan
    Tahun 2023 mendatang* → *tahun*, *rapat Hari ini* → *hari ini*."""
    matches = [*scan(_DATE_WORD_RE, text),
               *(m for m in scan(_YEAR_WORD_RE, text) if _lower_word_before(text, m.start())),
               *scan(_DEICTIC_TIME_RE, text)]
    for match in matches:
        if headline_line(text, match.start()):
            continue
        word = match.group(0)
        fixed = word.lower()
        yield Finding(match.start(), match.end(), word, "style", RULE_DATE_WORD,
                      f"Di tengah kalimat ditulis dengan huruf kecil: “{fixed}”.", (fixed,),
                      severity="saran")


def check(text: str) -> Iterator[Finding]:
    """Both rules over one text."""
    yield from position_nouns(text)
    yield from date_word(text)
