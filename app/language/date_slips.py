"""A year mistyped in a numeric date (*(26/4/202)*, *18/04/1025*): issue 10.

A release dates its events in the dateline and in brackets after the day (*Rabu
(5/5/2021)*), day/month/year in figures (EYD V, III.A.8 and III.L: the parts of a date in
figures are separated by a slash or a period; a year is written in full). A year of
three figures is a figure lost, and a four-figure year before 1900 or after 2099 beside a
day and month is a slip of the hand: no release reports an event of the year 1025. The
year meant is the one the same release writes (*2023* in the headline's date), when it is
one keystroke from the year written; otherwise the years nearest to the latest year the
release writes (or this year, when it writes none) are offered.

Only the ``d/m/y`` form with a real day (1–31) and month (1–12) is read: numbers of
letters, units and rules (*Nomor 1565/X/2021*, *Kodim 1417/Kendari*) have other shapes.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

RULE = "ejaan"
KIND = "tahun"
FIRST_YEAR = 1900
LAST_YEAR = 2099
"""Years a release can date an event with; any other four-figure year is a slip."""
MAX_OFFERED = 3

_DATE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})/(\d+)(?![\d/]|[.,]\d)")
_NUMBER_BEFORE = re.compile(r"\b(?:[Nn]o(?:mor|mer)?|NO(?:MOR)?)\b[.:]?\s*$")
"""A letter's or a decree's number (*Nomor 12/3/1565*) is no date."""
NUMBER_LOOK_BACK = 12
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

MESSAGE = ("Tahun “{year}” pada tanggal ini tidak mungkin: tahun ditulis lengkap empat "
           "angka (EYD V, III.A Tanda Titik dan III.L Garis Miring pada tanggal). "
           "Salah ketik?")

EXAMPLES: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Sukamaju – Patroli digelar pada Rabu (26/4/202) malam di pasar.",
     "Halalbihalal warga berlangsung Jumat (18/04/1025) di balai desa."),
    ("Sukamaju – Patroli digelar pada Rabu (26/4/2023) malam di pasar.",
     "Surat Nomor 1565/X/2021 dibacakan di depan peserta.",
     "Personel Kodim 1417/Kendari membantu warga."),
)
"""Wrong and right sentences (fictional), run by the tests."""


@dataclass(frozen=True)
class YearSlip:
    """A year no date can have: where it stands and the years the release suggests."""

    start: int
    end: int
    written: str
    meant: tuple[str, ...]


def find(text: str) -> Iterator[YearSlip]:
    """The impossible years of the numeric dates in ``text`` (see the module)."""
    if "/" not in text:
        return
    years: Counter[str] | None = None
    for match in _dates(text):
        day, month, year = match.groups()
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12) or not _impossible(year) \
                or _NUMBER_BEFORE.search(text, max(0, match.start() - NUMBER_LOOK_BACK),
                                         match.start()):
            continue
        if years is None:
            years = Counter(found.group() for found in _YEAR.finditer(text))
        meant = tuple(written for written, _ in years.most_common()
                      if _one_keystroke(year, written))
        if not meant:                        # no year of the release is one key away
            meant = _nearest(year, max((int(y) for y in years), default=_this_year()))
        yield YearSlip(match.start(3), match.end(3), year, meant)


def _dates(text: str) -> Iterator[re.Match[str]]:
    """The ``d/m/y`` dates, tried only at a slash after a figure (a release has few
    slashes: its dates, a URL), not at every character."""
    slash = text.find("/")
    while slash != -1:
        if slash and text[slash - 1].isdigit():
            start = slash - 2 if slash > 1 and text[slash - 2].isdigit() else slash - 1
            match = _DATE.match(text, start)
            if match is not None:
                yield match
                slash = text.find("/", match.end())
                continue
        slash = text.find("/", slash + 1)


def _impossible(year: str) -> bool:
    """A three-figure year, or a four-figure one outside the years a release dates."""
    if len(year) == 3:
        return True
    return len(year) == 4 and not FIRST_YEAR <= int(year) <= LAST_YEAR


def _nearest(written: str, reference: int) -> tuple[str, ...]:
    """Possible years one keystroke from ``written``, nearest ``reference`` first (the
    latest year the release writes, or this year): a release reports recent events."""
    candidates = {str(year) for year in range(FIRST_YEAR, LAST_YEAR + 1)
                  if _one_keystroke(written, str(year))}
    return tuple(sorted(candidates, key=lambda year: (abs(int(year) - reference), year)))[
        :MAX_OFFERED]


def _this_year() -> int:
    return datetime.date.today().year


def _one_keystroke(written: str, year: str) -> bool:
    """A figure lost, added, changed or two figures swapped."""
    if len(written) == len(year):
        apart = [i for i, (a, b) in enumerate(zip(written, year, strict=True)) if a != b]
        return len(apart) == 1 or (len(apart) == 2 and apart[1] == apart[0] + 1 and
                                   written[apart[0]] == year[apart[1]] and
                                   written[apart[1]] == year[apart[0]])
    short, long = sorted((written, year), key=len)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1:] == short for i in range(len(long)))
