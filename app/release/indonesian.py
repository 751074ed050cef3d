"""Indonesian house-style formatting: dates, times, headlines, degrees, official mentions.

Day and month names are hard-coded (:mod:`app.base.calendar_words`): the system locale of
an officer's laptop is often English, and the release must still say *Jumat, 22 September
2023*.
"""

from __future__ import annotations

import datetime as _dt
import functools
import logging
import re
from collections.abc import Callable

# re-exported: the release's own names for the days and months every stage shares
from app.base.calendar_words import DAYS as DAYS
from app.base.calendar_words import MONTHS as MONTHS
from app.release.model import Official

logger = logging.getLogger(__name__)


TITLE_LOWERCASE: frozenset[str] = frozenset(
    [
        "di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan", "atau", "oleh", "dalam",
        "bagi", "sebagai", "tentang", "serta", "kepada", "terhadap", "daripada", "tetapi",
        "karena", "agar", "bahwa", "para", "si", "sang", "nan", "per"
    ]
)
"""Function words EYD keeps in lower case inside a title (unless first)."""

_KNOWN_DEGREES: dict[str, str] = {
    "LLM": "LL.M.", "PHD": "Ph.D.", "MBA": "M.B.A.", "MPA": "M.P.A.", "MAP": "M.A.P.",
    "MKN": "M.Kn.", "MTI": "M.T.I.", "SAP": "S.A.P.", "SIP": "S.I.P.", "SKM": "S.K.M.",
    "SHI": "S.H.I.", "MHUM": "M.Hum.", "SHUM": "S.Hum.", "SSI": "S.Si.", "MSI": "M.Si.",
    "SKOM": "S.Kom.", "MKOM": "M.Kom.", "SPD": "S.Pd.", "MPD": "M.Pd.", "SSOS": "S.Sos.",
    "SSTMPK": "S.STMPK.", "STRK": "S.Tr.K.", "MTROPSLA": "M.Tr.Opsla.", "SPSI": "S.Psi.",
    "MPSI": "M.Psi.", "SAG": "S.Ag.", "MAG": "M.Ag.", "SKED": "S.Ked.", "MKES": "M.Kes.",
}
"""Degrees whose dotted form cannot be guessed from capital letters alone."""

_DEGREE_SEGMENT = re.compile(r"[A-Z][a-z]*|[a-z]+")


def _parse_date(value: str | _dt.date) -> _dt.date:
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(value)


def day_name(value: str | _dt.date) -> str:
    """``Jumat`` for 2023-09-22."""
    return DAYS[_parse_date(value).weekday()]


def long_date(value: str | _dt.date, with_day: bool = True) -> str:
    """``Jumat, 22 September 2023`` (or ``22 September 2023`` without the day)."""
    date = _parse_date(value)
    text = f"{date.day} {MONTHS[date.month - 1]} {date.year}"
    return f"{DAYS[date.weekday()]}, {text}" if with_day else text


def short_date(value: str | _dt.date, with_year: bool = False) -> str:
    """``Jumat (22/9)`` or ``Jumat (22/9/2023)``, the form used inside a sentence."""
    date = _parse_date(value)
    numbers = f"{date.day}/{date.month}" + (f"/{date.year}" if with_year else "")
    return f"{DAYS[date.weekday()]} ({numbers})"


def format_date(value: str, form: str = "long") -> str:
    """A date as the release prints it, never failing: empty stays empty, an unreadable
    date is shown as typed. Forms: ``long`` (Jumat, 22 September 2023), ``short``
    (Jumat (22/9)), ``short_year`` (Jumat (22/9/2023)), ``day`` (Jumat), ``nodate``
    (22 September 2023)."""
    if not value:
        return ""
    try:
        if form == "short":
            return short_date(value)
        if form == "short_year":
            return short_date(value, with_year=True)
        if form == "day":
            return day_name(value)
        if form == "nodate":
            return long_date(value, with_day=False)
        return long_date(value)
    except ValueError:
        return value


MONTH_NAMES: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(MONTHS, start=1)},
    "jan": 1, "feb": 2, "peb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agust": 8, "agus": 8, "sep": 9, "sept": 9, "okt": 10,
    "nop": 11, "nov": 11, "nopember": 11, "des": 12,
    # English forms an officer's laptop may suggest; harmless to accept
    "may": 5, "aug": 8, "oct": 10, "dec": 12,
}
"""Month names and the abbreviations seen in releases and on forms (``Agt``, ``Sept``)."""

_DAY_WORDS = re.compile(r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\b")
_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d+))?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NAMED_DATE = re.compile(r"(\d{1,2})\s*[\s.\-/]\s*([a-z]+)\.?(?:\s*[\s.\-/,]\s*(\d+))?")


def parse_date(text: str, today: _dt.date | None = None,
               complete: bool = True) -> _dt.date | None:
    """The date an officer typed: ``22/9/2023``, ``22-09-2023``, ``22.9.2023``,
    ``22 September 2023``, ``22 Sept 2023``, ``Jumat, 22 September 2023``, ``2023-09-22``.

    ``complete`` (the field was left or Enter pressed) also takes a two-digit year
    (``22/9/23``) and no year at all (``22/9``: ``today``'s year). While the officer is
    still typing (``complete=False``) only a four-digit year counts, so ``22/9/2`` is never
    read as the year 2. None when the text is not (yet) a real date.
    """
    cleaned = _DAY_WORDS.sub(" ", text.lower().replace("(", " ").replace(")", " "))
    cleaned = " ".join(cleaned.replace(",", " ").split())
    if not cleaned:
        return None
    iso = _ISO_DATE.fullmatch(cleaned)
    if iso:
        return _valid_date(*(int(part) for part in iso.groups()))
    numeric = _NUMERIC_DATE.fullmatch(cleaned)
    named = None if numeric else _NAMED_DATE.fullmatch(cleaned)
    if numeric:
        day_text, month_text, year_text = numeric.groups()
        month = int(month_text)
    elif named:
        day_text, month_word, year_text = named.groups()
        if month_word not in MONTH_NAMES:
            return None
        month = MONTH_NAMES[month_word]
    else:
        return None
    found_year = _year(year_text, today or _dt.date.today(), complete)
    return _valid_date(found_year, month, int(day_text)) if found_year is not None else None


def _year(text: str | None, today: _dt.date, complete: bool) -> int | None:
    if text is None:
        return today.year if complete else None
    if len(text) == 4:
        return int(text)
    if len(text) == 2 and complete:
        return 2000 + int(text)
    return None


def _valid_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def format_moment(date: str, time: str, timezone: str, separator: str = " ") -> str:
    """``Jumat, 20 November 2026 pukul 08.30 WIB`` from the date, time and zone fields."""
    parts = [format_date(date), format_time(time, timezone) if time else ""]
    return separator.join(part for part in parts if part)


def format_time(value: str, timezone: str = "WIB") -> str:
    """``pukul 09.00 WIB`` from ``09.00`` or ``9:00``; empty input gives empty output."""
    value = value.strip()
    if not value:
        return ""
    match = re.fullmatch(r"(\d{1,2})[.:](\d{2})", value)
    if not match:
        return f"pukul {value} {timezone}".strip()
    hours, minutes = match.groups()
    return f"pukul {int(hours):02d}.{minutes} {timezone}".strip()


def normalize_time(value: str) -> str:
    """``HH.MM`` from ``H:MM``/``HH.MM``; anything else is returned unchanged."""
    match = re.fullmatch(r"\s*(\d{1,2})[.:](\d{2})\s*", value)
    if not match:
        return value
    return f"{int(match.group(1)):02d}.{match.group(2)}"


_WORD_EDGES = "\"'“”‘’()[],.:;!?"
"""Punctuation around a headline word (``RW,`` is the acronym RW)."""


@functools.cache
def _lexicon_forms() -> Callable[[str], str | None]:
    """The proper form of a word in the domain lexicon (``app.language``, read-only)."""
    try:
        from app.language import Lexicon

        words = Lexicon.load().words
    except (OSError, ValueError) as error:  # no lexicon: plain title case still works
        logger.warning("lexicon unavailable for title case: %s", error)
        return lambda _word: None
    return words.proper_form


def _lexicon_form(word: str) -> str | None:
    """``RW`` for RW, ``Polres`` for POLRES; None for common words (written lower case in
    the lexicon) and unknown ones."""
    known = _lexicon_forms()(word)
    if known is None or known.islower() or known.lower() != word.lower():
        return None
    return known


def _title_word(word: str, first: bool, all_caps_input: bool, keep_upper: frozenset[str]) -> str:
    if not word:
        return word
    if "-" in word and not word.startswith("-"):
        parts = word.split("-")
        return "-".join(_title_word(p, first and i == 0, all_caps_input, keep_upper)
                        for i, p in enumerate(parts))
    core = word.strip(_WORD_EDGES)
    if not core:
        return word
    if all_caps_input:
        if core in keep_upper or any(ch.isdigit() for ch in core):
            return word
        if first or core.lower() not in TITLE_LOWERCASE:
            known = _lexicon_form(core)
            if known is not None:  # RW, PPU, Polres, Kapolres: as the lexicon writes them
                return word.replace(core, known, 1)
        word = word.lower()
    elif core.isupper() or any(ch.isupper() for ch in core[1:]):
        return word  # an acronym (TNI, RW) or a mixed-case name (McDonald, PolresTa) stays
    lower = word.lower()
    if not first and lower.strip(_WORD_EDGES) in TITLE_LOWERCASE:
        return lower
    for index, char in enumerate(word):
        if char.isalpha():
            return word[:index] + char.upper() + word[index + 1:]
    return word


def title_case(headline: str, acronyms: frozenset[str] = frozenset()) -> str:
    """EYD title case: every word capitalised except function words that are not first.

    A headline typed in capitals is lowered first, keeping ``acronyms`` (e.g. TNI, AKBP)
    and words with digits.
    """
    letters = [ch for ch in headline if ch.isalpha()]
    all_caps = bool(letters) and all(ch.isupper() for ch in letters)
    keep = acronyms | DEFAULT_ACRONYMS
    words = headline.split(" ")
    result: list[str] = []
    seen_word = False
    for word in words:
        result.append(_title_word(word, not seen_word, all_caps, keep))
        seen_word = seen_word or bool(word.strip())
    return " ".join(result)


DEFAULT_ACRONYMS: frozenset[str] = frozenset(
    [
        "TNI", "POLRI", "AKBP", "AKP", "KOMPOL", "IPTU", "IPDA", "KPU", "BAWASLU", "PPK", "PPS",
        "KPPS", "DPR", "DPRD", "MPR", "BNN", "BPBD", "NKRI", "RI", "UU", "KUHP", "SIM", "STNK",
        "BPKB", "OPD", "ASN", "PNS", "RT", "RW", "SD", "SMP", "SMA", "SMK", "HUT", "PT", "CV",
        "WIB", "WITA", "WIT", "ODGJ", "KDRT", "BBM", "SPBU", "APBD", "APBN", "COVID-19", "KTP",
        "NIK"
    ]
)


def normalize_degree(degree: str) -> str:
    """EYD form of an academic degree: ``SH`` → ``S.H.``, ``M.Si`` → ``M.Si.``."""
    raw = degree.strip().strip(",")
    if not raw:
        return ""
    key = re.sub(r"[.\s]", "", raw).upper()
    if key in _KNOWN_DEGREES:
        return _KNOWN_DEGREES[key]
    compact = re.sub(r"[.\s]", "", raw)
    if not compact.isalpha():
        return raw
    if compact.isupper():
        return "".join(f"{letter}." for letter in compact)
    segments = _DEGREE_SEGMENT.findall(compact)
    if "".join(segments) != compact:
        return raw
    return "".join(f"{segment}." for segment in segments)


def split_degrees(text: str) -> list[str]:
    """Degrees typed in one field (``SH, SIK, M.Si``) as a normalised list."""
    return [d for d in (normalize_degree(part) for part in re.split(r"[,;]", text)) if d]


_NAME_PREFIXES: frozenset[str] = frozenset(
    [
        "teuku", "tengku", "cut", "muhammad", "mohammad", "mohamad", "muhamad", "moh.", "moch.",
        "mochamad", "m.", "raden", "r.", "andi", "i", "ni", "gede", "made", "putu", "kadek",
        "komang", "ketut", "nyoman", "wayan", "h.", "hj.", "dr.", "drs.", "ir.", "prof.",
        "daeng", "tuan", "ida", "bagus", "anak", "agung"
    ]
)


def propose_short_name(name: str) -> str:
    """The short name a release uses after the first mention (``Teuku Arsya Khadafi`` → Arsya)."""
    words = [w for w in name.replace(",", " ").split() if w]
    for word in words:
        if word.lower() not in _NAME_PREFIXES:
            return word
    return words[-1] if words else ""


def _join_degrees(degrees: list[str]) -> str:
    return ", ".join(d for d in (normalize_degree(x) for x in degrees) if d)


def full_mention(person: Official) -> str:
    """``Kapolres Tulungagung, AKBP Teuku Arsya Khadafi, S.H., S.I.K., M.Si.``"""
    name = " ".join(part for part in (person.rank.strip(), person.name.strip()) if part)
    degrees = _join_degrees(person.degrees)
    if degrees:
        name = f"{name}, {degrees}" if name else degrees
    position = person.position.strip()
    if position and name:
        return f"{position}, {name}"
    return position or name


def opens_apposition(mention: str) -> bool:
    """A full mention (*Kapolres Contoh, AKBP Budi, S.H.*) opens an apposition: when the
    sentence goes on after it, the apposition takes its closing comma (EYD V, III.B)."""
    return ", " in mention


def short_mention(person: Official) -> str:
    """``AKBP Arsya``: rank and short name (falls back to the name, then the position)."""
    short = person.short_name.strip() or propose_short_name(person.name)
    text = " ".join(part for part in (person.rank.strip(), short) if part)
    return text or person.position.strip()


def position_mention(person: Official) -> str:
    return person.position.strip() or short_mention(person)


QUOTE_VERBS: tuple[str, ...] = (
    "ujar", "kata", "jelas", "ungkap", "terang", "tutur", "tegas", "imbuh", "tambah",
    "lanjut", "tandasnya", "pungkasnya", "ujarnya", "katanya",
)
"""Attribution verbs offered for a quote, most common first."""

ATTRIBUTION_VERBS: frozenset[str] = frozenset(
    ["ujar", "kata", "jelas", "ungkap", "terang", "tutur", "tegas", "imbuh", "tambah",
     "pungkas", "tandas", "lanjut", "papar", "ucap", "tukas", "sebut", "pinta", "harap",
     "beber", "tutup", "sambung", "timpal", "urai", "tanya", "pesan", "ajak", "bilang",
     "kenang", "akui", "katakan"]
)
"""Verb roots recognised after a quote (``ujar``, ``tandas`` → ``tandasnya``): the checker's
verbs of saying (``app.language.saying.ROOTS``, in its order; tests/language/test_saying.py
holds the two together: importing ``app.language`` here would load the whole checker with
the release model), and three an officer may type in the quote form that the checker does
not read as an attribution (*kenang*, *akui*, *katakan*)."""


def attribution_verb(word: str) -> bool:
    """True for a verb that attributes a quote: a known root or its -nya form."""
    word = word.strip().lower()
    if word in ATTRIBUTION_VERBS:
        return True
    return word.endswith("nya") and word[:-3] in ATTRIBUTION_VERBS


def is_nya_verb(verb: str) -> bool:
    """A -nya attribution verb (``tandasnya``) already names the speaker."""
    word = verb.strip().lower()
    return word.endswith("nya") and word not in _ROOTS_ENDING_IN_NYA

_ROOTS_ENDING_IN_NYA: frozenset[str] = frozenset({"tanya", "bertanya", "menanya", "punya"})
"""Verbs that end in -nya without being a -nya form (``tanya AKBP Arsya``)."""


def quote_sentence(text: str, verb: str, attribution: str) -> tuple[str, str]:
    """The quoted words with punctuation inside the closing quote, and the attribution.

    Returns ``("“Kami siap,”", "ujar AKBP Arsya.")``; a question or exclamation keeps its
    own mark (``“Siapa?” tanya ...``). A -nya verb takes no name: ``tandasnya.``
    """
    words = text.strip().strip("\"“”").strip()
    while words.endswith((".", ",", ";", ":")) and not words.endswith("..."):
        words = words[:-1].rstrip()
    ending = "" if words.endswith(("?", "!", "...", "…")) else ","
    quoted = f"“{words}{ending}”"
    verb = verb.strip() or "ujar"
    if is_nya_verb(verb) or not attribution:
        tail = f"{verb}."
    else:
        tail = f"{verb} {attribution}"
        if not tail.endswith("."):
            tail += "."
    return quoted, tail


def format_timestamp(stamp: str) -> str:
    """``Selasa, 1 Desember 2026 pukul 09.15`` in the computer's local time.

    ``stamp`` is ISO 8601 as the app stores it (with an offset, or UTC ``Z``); a stamp
    without an offset is taken as local time already. Anything unreadable is returned as is,
    so a damaged file still shows something rather than failing.
    """
    text = stamp.strip()
    if not text:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{long_date(moment.date())} pukul {moment:%H.%M}"


def dateline(city: str) -> str:
    """``TULUNGAGUNG –`` with a real en dash."""
    city = " ".join(city.split())
    return f"{city.upper()} –" if city else ""
