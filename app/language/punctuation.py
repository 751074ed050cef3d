"""EYD V punctuation rules that need more than a regex: the quotation marks open so far,
the region list, or whether the parts of a word are words.

- A closing quotation mark that opens the next sentence (*Tengah.” Satgas …*, a paragraph
  that starts *” Pada …*), a quotation after a comma (*Hardi,”Kegiatan*) or a title
  (*tema” Tertib … ”*) is an opening mark typed the wrong way round.
- A word run into the next one at a change of case (*padaMinggu*) misses its space.
- A paragraph that ends in a comma, with a new paragraph after it, ends its sentence
  there: the comma is a period (*… Kapolres Bukittinggi,⏎“Kegiatan …*).
- A day and its date in parentheses straight after a name (*Mapolres Mamuju Jumat
  (23/8)*) are set off by a comma, as the house style writes *…, Jumat (23/8)*.
- A regency or city followed straight by its province (*Malang Jawa Timur*) misses the
  comma between them (EYD V, III.B: comma between the parts of an address or place).
- A partial reduplication with *meN-* written apart (*bahu membahu*) takes a hyphen: the
  second word is the first with *meN-* by the nasal rules (EYD V, II.E).
- A connector between sentences from ``penghubung-antarkalimat.tsv`` (*Meski begitu*,
  *Tidak hanya itu*) takes a comma after it (EYD V, III.B).

Each rule is one compiled regex pass over the text; the region names are looked up in a
dictionary built once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from app.language.affixes import men_form
from app.language.finding import Finding
from app.language.lexicon import lexicon_dir, read_table, style_dir
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_QUOTE_OPENS = "petik-pembuka-terbalik"
RULE_JOINED_CASE = "spasi-antarkata-hilang"
RULE_PLACE_COMMA = "koma-kota-provinsi"
RULE_PARAGRAPH_COMMA = "koma-akhir-paragraf"
RULE_DAY_COMMA = "koma-sebelum-hari-tanggal"
RULE_MEN_REDUPLICATION = "ulang-berimbuhan-men"
RULE_CONNECTOR_COMMA = "koma-sesudah-ungkapan-penghubung"
CONNECTORS_FILE = "penghubung-antarkalimat.tsv"

DESCRIPTIONS: dict[str, str] = {
    RULE_QUOTE_OPENS: "Petikan yang membuka kalimat diawali tanda petik pembuka (“)",
    RULE_JOINED_CASE: "Dua kata yang tertulis rapat diberi spasi",
    RULE_PLACE_COMMA: "Kabupaten atau kota dan provinsinya dipisahkan koma",
    RULE_PARAGRAPH_COMMA: "Paragraf tidak diakhiri koma",
    RULE_DAY_COMMA: "Hari dan tanggal sesudah nama tempat atau lembaga dipisah koma",
    RULE_MEN_REDUPLICATION: "Kata ulang berimbuhan meN- ditulis dengan tanda hubung "
                            "(bahu-membahu)",
    RULE_CONNECTOR_COMMA: "Sesudah ungkapan penghubung antarkalimat diberi koma (Meski "
                          "begitu, …)",
}
SOFT_RULES = frozenset({RULE_PLACE_COMMA, RULE_DAY_COMMA, RULE_PARAGRAPH_COMMA,
                        RULE_CONNECTOR_COMMA})
"""Rules reported as ``saran``: they can misfire."""
SOURCES: dict[str, str] = {
    RULE_QUOTE_OPENS: "EYD V, III.O Tanda Petik (mengapit petikan langsung)",
    RULE_JOINED_CASE: "EYD V, Bab II Penulisan Kata (kata ditulis terpisah); penyuntingan",
    RULE_PLACE_COMMA: "EYD V, III.B Tanda Koma (di antara nama tempat dan wilayah yang "
                      "ditulis berurutan); wilayah Kemendagri",
    RULE_DAY_COMMA: "EYD V, III.B Tanda Koma (memisahkan keterangan tempat dan waktu: di "
                    "Mapolres Sukamaju, Jumat (23/8))",
    RULE_PARAGRAPH_COMMA: "EYD V, III.A Tanda Titik (akhir kalimat pernyataan); III.B Tanda "
                          "Koma (tidak mengakhiri kalimat)",
    RULE_MEN_REDUPLICATION: "EYD V, II.E Bentuk Ulang (bentuk ulang ditulis dengan tanda "
                            "hubung: tolong-menolong, bahu-membahu); KBBI: bahu-membahu",
    RULE_CONNECTOR_COMMA: "EYD V, III.B Tanda Koma (sesudah kata atau ungkapan penghubung "
                          "antarkalimat: oleh karena itu, jadi, dengan demikian, meskipun "
                          "demikian)",
}

_CLOSING_OPENS_RE = _PATTERNS.compile(r"”[ \t]*(?=[A-Z])|(?:^|(?<=\n))”[ \t]*(?=\w)", re.MULTILINE)
_QUOTE_LATER_RE = _PATTERNS.compile(r"[^\n]*?[“”\"]")
"""A quotation mark later in the same paragraph: the mark that closes what ” opened."""
_PARAGRAPH_COMMA_RE = _PATTERNS.compile(r"(?<=\S),[ \t]*(?=\n[ \t]*\n(?:[ \t]*\n)*[ \t]*[“\"A-Z])")
"""A comma, then a blank line (a paragraph break, not a line wrapped by hand)."""
_INTRODUCES_QUOTE_RE = _PATTERNS.compile(r"(?:me\w+kan|ber\w+|kata|ujar|pesan|sebagai berikut)\Z",
                                  re.IGNORECASE)
"""*Kapolres menyampaikan,⏎“…*: a verb that introduces the quotation in the next paragraph
may keep its comma (EYD V, III.B: comma before a direct quotation)."""
_LIST_ITEM_RE = _PATTERNS.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]")
_MIN_PARAGRAPH_WORDS = 8
"""A shorter line ending in a comma is a heading, an address line or a list item."""
_DAY_DATE_RE = _PATTERNS.compile(
    r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?=[ \t]*\(\d{1,2}[/.-]\d{1,2})")
"""A day before its date in parentheses; the word before it is judged from the text."""
_WORD_BEFORE_DAY_RE = _PATTERNS.compile(r"(?:^|(?<=[^\w’'-]))([\w’'-]+)([ \t]+)\Z")
_NOT_A_PLACE = frozenset({"Pada", "Hari", "Sejak", "Hingga", "Sampai", "Mulai", "Tiap",
                          "Setiap", "Malam", "Pagi", "Siang", "Sore", "Dari", "Tanggal", "Dan",
                          "Atau", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
                          "Minggu"})
"""Capitalised words that lead into the day rather than name a place (*Pada Jumat*)."""
_SENTENCE_START_RE = _PATTERNS.compile(r"(?:^|[.!?][”\"]?[ \t]+)\Z", re.MULTILINE)
_JOINED_CASE_RE = _PATTERNS.compile(r"(?<![\w#@/.-])([a-z]{2,})([A-Z][a-z]{2,})(?![\w-])")
_CAPITAL_RUN_RE = _PATTERNS.compile(r"(?<![\w-])[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)+")
"""A run of capitalised words (*Kota Malang Jawa Timur*): where a place name can stand."""
_MONTHS_DAYS = frozenset({
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Februari",
    "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
    "Desember"})


def closing_mark_opens(text: str) -> Iterator[Finding]:
    """*Lombok Tengah.” Satgas …*, *Darmawan,”Kegiatan …* or *tema” Tertib … Presisi”*
    with no quotation open before it, or a paragraph that starts with *”*: the mark opens
    a quotation, so it is *“*. Marks inside an open quotation (also one opened in an
    earlier paragraph) close it and are left alone, except at a paragraph's start."""
    if "”" not in text:
        return
    for match in scan(_CLOSING_OPENS_RE, text):
        before = text[:match.start()]
        written = match.group()
        if match.start() == 0 or text[match.start() - 1] == "\n":
            # a paragraph never opens with ”: a quotation running on from the paragraph
            # before opens again with “ (EYD V, III.O), so no open quotation excuses it
            fixed = "“"
        elif before.count("“") > before.count("”") or _straight_quote_open(before):
            continue                         # closes a quotation that is open
        elif before.endswith((".", "!", "?", ",", ":")):
            fixed = " “"                     # .” Satgas, Hardi,”Kegiatan
        elif before[-1:].isalnum() and _QUOTE_LATER_RE.search(text, match.end()):
            fixed = " “"                     # tema” Tertib … ”: a title or quotation opens
        else:
            continue
        yield Finding(match.start(), match.end(), written, "style", RULE_QUOTE_OPENS,
                      "Petikan yang membuka kalimat diawali tanda petik pembuka: “ “…”.",
                      (fixed,))

def _straight_quote_open(before: str) -> bool:
    """Whether the paragraph so far leaves a straight quotation mark open (*"Aman”*)."""
    return before[before.rfind("\n") + 1:].count('"') % 2 == 1


def day_after_name(text: str) -> Iterator[Finding]:
    """*di Mapolres Mamuju Jumat (23/8/2026)* → *Mamuju, Jumat (23/8/2026)*: a day and date
    after a capitalised name. Not after a word in lower case (*digelar Jumat (…)*), a word
    that leads into the day (*Pada*, *Hari*, *Sabtu dan Minggu*), nor after a sentence's
    first word (*Selanjutnya Selasa (25/6) …*)."""
    for match in _DAY_DATE_RE.finditer(text):
        window = text[max(0, match.start() - 40):match.start()]
        before = _WORD_BEFORE_DAY_RE.search(window)
        if before is None:
            continue
        word = before.group(1)
        if not word[:1].isupper() or word in _NOT_A_PLACE:
            continue
        word_start = match.start() - len(window) + before.start(1)
        if _SENTENCE_START_RE.search(text, max(0, word_start - 4), word_start):
            continue
        written = text[word_start:match.end()]
        fixed = f"{word}, {match.group()}"
        yield Finding(word_start, match.end(), written, "style", RULE_DAY_COMMA,
                      f"Hari dan tanggal sesudah nama tempat dipisah koma: “{fixed}”.",
                      (fixed,), "saran")


def paragraph_comma(text: str) -> Iterator[Finding]:
    """*… arahan dari Kapolres Bukittinggi,⏎⏎“Kegiatan ini …*: a paragraph of prose that
    ends in a comma before a new paragraph. List items (*- Ahmad, Kecamatan Sukun,*) and
    short lines are left alone."""
    if ",\n" not in text and ", \n" not in text:
        return
    for match in _PARAGRAPH_COMMA_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start:match.start()]
        if len(line.split()) < _MIN_PARAGRAPH_WORDS or _LIST_ITEM_RE.match(line):
            continue
        following = text[match.end():match.end() + 20].lstrip()
        if following[:1] in "“\"" and _INTRODUCES_QUOTE_RE.search(line.rstrip()):
            continue
        yield Finding(match.start(), match.start() + 1, ",", "style", RULE_PARAGRAPH_COMMA,
                      "Paragraf diakhiri tanda titik, bukan koma: “.”.", (".",), "saran")


def joined_at_case(text: str, is_word: Callable[[str], bool],
                   is_place: Callable[[str], bool]) -> Iterator[Finding]:
    """*padaMinggu*, *diJakarta*: a common word run into a day, a month, a known place or
    another common word with a capital. Brand names (*tvOne*, *detikNews*) are left
    alone: their parts are not both known."""
    for match in _JOINED_CASE_RE.finditer(text):
        left, right = match.group(1), match.group(2)
        if not is_word(left):
            continue
        if right not in _MONTHS_DAYS and not is_place(right) and not is_word(right.lower()):
            continue
        fixed = f"{left} {right}"
        yield Finding(match.start(), match.end(), match.group(), "style", RULE_JOINED_CASE,
                      f"Dua kata tertulis rapat; diberi spasi: “{fixed}”.", (fixed,))


class PlaceNames:
    """Regencies, cities and provinces of the Kemendagri list (``wilayah.tsv``), with one
    compiled pattern that finds a province written after a word (the only place where a
    comma can be missing), so a text is scanned once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.towns: dict[str, str] = {}
        self.provinces: dict[str, str] = {}
        for name, category in read_table((folder or lexicon_dir()) / "wilayah.tsv"):
            if category in ("kabupaten", "kota"):
                self.towns[name.lower()] = name
            elif category == "provinsi":
                self.provinces[name.lower()] = name
        self.town_words = max((key.count(" ") + 1 for key in self.towns), default=0)
        names = sorted(self.provinces.values(), key=len, reverse=True)
        self.province_re = _PATTERNS.compile(
            r"(?<=[^\W\d_] )(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w-])"
        ) if names else None


def place_comma(text: str, places: PlaceNames) -> Iterator[Finding]:
    """*Malang Jawa Timur* → *Malang, Jawa Timur*: a regency or city written straight before
    a province. Silent when the words together are one region's name (*Bandar Lampung*,
    *Muaro Jambi*, *Lampung Selatan*) and on lines in capitals."""
    if places.province_re is None:
        return
    for match in places.province_re.finditer(text):
        before = text[max(0, match.start() - 60):match.start() - 1].split(" ")
        following = text[match.end():match.end() + 30].split(" ")[1:2]
        if following and f"{match.group()} {following[0]}".lower() in places.towns:
            continue                         # Maluku Tengah: the province begins a regency
        town = None
        for size in range(1, min(places.town_words, len(before)) + 1):
            key = " ".join(before[-size:]).lower()
            if f"{key} {match.group().lower()}" in places.towns or \
                    f"{key} {match.group().lower()}" in places.provinces:
                town = None                  # Bandar Lampung, Muaro Jambi: one name
                break
            if key in places.towns and " ".join(before[-size:])[:1].isupper():
                town = " ".join(before[-size:])
        if town is None:
            continue
        start = match.start() - 1 - len(town)
        written = text[start:match.end()]
        if written.isupper():
            continue
        fixed = f"{town}, {match.group()}"
        yield Finding(start, match.end(), written, "style", RULE_PLACE_COMMA,
                      f"Nama kota atau kabupaten dan provinsinya dipisahkan koma: “{fixed}”.",
                      (fixed,), "saran")


_MEN_WORD_RE = _PATTERNS.compile(r"(?<=[ \t–—-])me[a-z]{3,}(?![\w-])")
"""A *me-* word after a space or a dash: the second half of a reduplication written apart
when the word before it is its root (``men_forms``)."""
_SEPARATOR_RE = _PATTERNS.compile(r"[ \t]+[-–—]?[ \t]*|[ \t]*[-–—][ \t]+")
"""Between the halves of a reduplication written apart: spaces, or a dash with spaces."""
_VOWELS_RE = _PATTERNS.compile(r"[aiueo]+")


def men_forms(root: str) -> frozenset[str]:
    """The *meN-* forms of ``root`` by the nasal rules (EYD V, II.A; KBBI; ``men_form``):
    *mem-* before b, f, v and p (p drops), *men-* before c, d, j, z and t (t drops), *meny-*
    for s (s drops), *meng-* before vowels, g, h and k (k drops, kept in loans), *me-*
    before l, m, n, r, w, y, and *menge-* for a root of one syllable."""
    word = root.lower()
    forms = {men_form(word)}
    if word[:1] == "k":
        forms.add("meng" + word)             # mengkritik: a loan keeps its k
    if len(_VOWELS_RE.findall(word)) == 1:
        forms.add("menge" + word)
    return frozenset(forms)


def men_reduplication(text: str) -> Iterator[Finding]:
    """*bahu membahu*, *tolong – menolong* → *bahu-membahu*, *tolong-menolong*: a word
    repeated with *meN-* on the second is one reduplicated word, written with a hyphen
    and no spaces. Told by morphology, not a list: the second word must be exactly a
    *meN-* form of the first."""
    for match in scan(_MEN_WORD_RE, text):
        derived = match.group()
        window = text[max(0, match.start() - 30):match.start()]
        head = window.rstrip(" \t-–—")
        parts = head.rsplit(None, 1)
        root = parts[-1] if parts else ""
        if len(root) < 3 or root.lower()[2:] not in derived:
            continue                         # cheap test first: the root's tail is in it
        root_start = match.start() - len(window) + len(head) - len(root)
        separator = text[root_start + len(root):match.start()]
        if not root.isalpha() or not root[1:].islower() or \
                text[root_start - 1:root_start] in ("-", "–") or \
                not _SEPARATOR_RE.fullmatch(separator) or derived not in men_forms(root):
            continue
        fixed = f"{root}-{derived}"
        yield Finding(root_start, match.end(), text[root_start:match.end()], "style",
                      RULE_MEN_REDUPLICATION,
                      f"Kata ulang berimbuhan ditulis dengan tanda hubung: “{fixed}”.",
                      (fixed,))


def load_connectors(folder: Path | None = None) -> tuple[str, ...]:
    """The connectors between sentences of ``penghubung-antarkalimat.tsv``, longest first
    (so *Meskipun begitu* is tried before a shorter entry it starts with)."""
    path = (folder or style_dir()) / CONNECTORS_FILE
    if not path.exists():
        return ()
    entries = {entry for entry, _source in read_table(path) if entry}
    return tuple(sorted(entries, key=lambda entry: (-len(entry), entry)))


class Connectors:
    """The connector list with one pattern that finds a connector opening a sentence and
    followed by a word in lower case (a name after it is left alone: editors differ)."""

    def __init__(self, entries: tuple[str, ...]) -> None:
        self.entries = entries
        self.pattern = _PATTERNS.compile(
            "(?:" + "|".join(re.escape(entry) for entry in entries) +
            r")(?=[ \t]+(?!juga\b)[a-z])") if entries else None


_SENTENCE_OPENS_RE = _PATTERNS.compile(r"(?:^|\n|[.!?][”\"]? )\Z")
"""What stands just before a sentence's first word: the text's start, a line break, or a
sentence's end and a space."""


def connector_comma(text: str, connectors: Connectors) -> Iterator[Finding]:
    """*Meski begitu petugas tetap berjaga* → *Meski begitu, petugas …*: a connector that
    opens a sentence is set off by a comma. Only at the start of a line or after a
    sentence's end, and only before a word in lower case other than *juga* (*Tidak hanya
    itu juga …* reads as one phrase)."""
    if connectors.pattern is None:
        return
    for match in connectors.pattern.finditer(text):
        if _SENTENCE_OPENS_RE.search(text, max(0, match.start() - 3), match.start()) is None:
            continue
        written = match.group()
        fixed = written + ","
        yield Finding(match.start(), match.end(), written, "style", RULE_CONNECTOR_COMMA,
                      f"Sesudah ungkapan penghubung antarkalimat diberi koma: “{fixed}”.",
                      (fixed,), "saran")
