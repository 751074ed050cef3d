"""What a careful reader knows from the document itself, before judging a word.

- Spans never spell-checked: web addresses, e-mail, domains and site names written as
  domains (``RIAUPOS.CO``, ``tribratanews.polri.go.id``), byline and credit lines
  (``Editor: …``, ``Laporan: …``), editors' initials.
- Positions where a capitalised word is a name: after a rank, a title or honorific, an office
  (*Kapolres*, *Bupati*, *Kades*), a place word (*Desa*, *Jalan*, *Kecamatan*), and the rest
  of the run of capitalised words that follows.
- Acronyms and initials the text defines: ``Bantuan Sosial (BS)``, ``berinisial HS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.language.module_regex import ModulePatterns
from app.language.regex_starts import positions as places_of
from app.language.regex_starts import scan
from app.language.tokens import Token

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

LINK_PATTERN = (r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                r"|\B[#@]\w+")
"""Links, e-mail addresses, tags. Every unbounded run starts where a run of its characters
starts, so the scan stays linear on a long run of letters (issue 13, point 7)."""
LINK_RE = _PATTERNS.compile(LINK_PATTERN)

SKIP_RE = _PATTERNS.compile(
    LINK_PATTERN +
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|co|id|net|org|news|today|info|my|tv|online"
    r"|xyz)\b"
    r"|^[ \t]*(?:Laporan|Editor|Reporter|Penulis|Pewarta|Sumber|Foto|Oleh|Redaktur|Penyunting"
    r"|Kontributor|Sumber foto|Ilustrasi)[ \t]*:.*$"
    r"|\((?:[A-Za-z]{2,12})(?:/[A-Za-z]{2,12})+\)"
    r"|\([a-z]{2,5}\)[ \t]*$"
    r"|\b[IVXL]+/[A-Z][A-Za-z]{1,5}\b"
    r"|^[^\n]{0,40}?,[ \t]*[A-Za-z][\w.]*(?=[ \t]*(?:\||--|–|—))"
    r"|^[ \t]*[A-Z][^\n()]{0,40}?\([^()\n]{2,30}\)(?=[ \t]*(?:-|–|—))",
    re.IGNORECASE | re.MULTILINE,
)

REGION_CATEGORIES = frozenset({"kabupaten", "kota", "provinsi", "singkatan-wilayah"})
"""Lexicon categories of region names (*Malut*, *Sulbar*), besides the Kemendagri list."""

NAME_TRIGGERS = frozenset({
    "Bapak", "Ibu", "Pak", "Bu", "Sdr", "Saudara", "Saudari", "Sdri", "Tn", "Ny", "Nyonya",
    "Tuan", "Mbah", "Mas", "Mbak", "Bang", "Kak", "Haji", "Hajjah", "H", "Hj", "Dr", "dr",
    "drg", "Ir", "Prof", "KH", "Kiai", "Kyai", "Habib", "Ustaz", "Ustadz", "Ustad", "Gus",
    "Ning", "Almarhum", "Alm", "Almh", "Romo", "Pastor", "Pendeta", "Pdt", "Bhikkhu", "Ida",
    "Anak", "Ananda", "Adik", "Kakek", "Nenek", "Inisial"
})
"""Honorifics and titles followed by a person's name."""

SAYING_VERBS = frozenset(
    f"{verb}{ending}" for verb in ("ujar", "kata", "tutur", "jelas", "ungkap", "tegas", "imbuh",
                                   "tambah", "pungkas", "tandas", "sebut", "terang", "ucap",
                                   "papar")
    for ending in ("", "nya"))
"""*…,” ujar Berman.*: the name after a verb of saying."""

PLACE_TRIGGERS = frozenset({
    "Desa", "Kelurahan", "Kalurahan", "Kecamatan", "Kapanewon", "Kemantren", "Kabupaten",
    "Kota", "Provinsi", "Dusun", "Dukuh", "Padukuhan", "Kampung", "Gampong", "Nagari", "Jorong",
    "Lingkungan", "Banjar", "Jalan", "Jl", "Jln", "Gang", "Gg", "Perumahan", "Blok", "Pulau",
    "Sungai", "Gunung", "Bukit", "Danau", "Pantai", "Teluk", "Selat", "Tanjung", "Pasar",
    "Terminal", "Bandara", "Pelabuhan", "Stasiun", "Masjid", "Gereja", "Pura", "Vihara",
    "Klenteng", "Pondok", "Ponpes", "Lapas", "Rutan", "Mapolres", "Mapolsek", "Mapolda",
    "Makodim", "Makoramil", "Kantor", "Gedung", "Hotel", "Wisma", "Aula", "Lapangan", "Stadion",
    "Taman", "Alun", "Simpang", "Bundaran", "Kompleks", "Komplek", "Polres", "Polsek", "Polda",
    "Polresta", "Polrestabes", "Kodim", "Koramil", "Korem", "Kodam", "Kejari", "Kejati",
    "Pengadilan", "Dinas", "Puskesmas", "RSUD", "Sekolah", "SMA", "SMK", "SMP", "SD", "MTs",
    "MAN", "MA", "MI", "Universitas", "Kampus", "Yayasan", "Dukcapil", "Distrik", "Wilayah"
})
"""Words followed by a place or institution name."""
ADMIN_TRIGGERS = frozenset({"Desa", "Kelurahan", "Kalurahan", "Kecamatan", "Kapanewon",
                            "Kabupaten", "Kota", "Provinsi", "Nagari", "Gampong", "Distrik",
                            "Wilayah"})
"""Words a Kemendagri region or village name follows (*Kecamatan Kumpeh Ulu*)."""
UNIT_TRIGGERS = frozenset({"Polda", "Polres", "Polresta", "Kodam", "Korem", "Kodim",
                           "Kapolda", "Kapolres", "Kapolresta", "Pangdam", "Danrem", "Dandim"})
"""Units, and their commanders, named after their province or regency (*Polda Sulbar*,
*Kapolres Tulungagung*)."""


_AGE_AFTER = _PATTERNS.compile(r"[ \t]*\(\d{1,2}(?:[ \t]*(?:th|tahun))?\)")
_AGE_OPENERS = frozenset({" ", "\t", "("})
"""The characters ``_AGE_AFTER`` can start with: a cheap test before the regex."""


MAX_CACHED_LINES = 4096
"""Lines whose spans ``skip_spans`` and ``link_spans`` keep: a draft's lines, many times
over; a full cache starts over, so memory stays bounded in a session of hours."""
_LineSpans = dict[str, tuple[tuple[int, int], ...]]
_SKIPPED_IN_LINE: _LineSpans = {}
_LINKS_IN_LINE: _LineSpans = {}


def skip_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``SKIP_RE`` (see ``_line_by_line``)."""
    return _line_by_line(SKIP_RE, _SKIPPED_IN_LINE, text)


def link_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``LINK_RE`` (see ``_line_by_line``)."""
    return _line_by_line(LINK_RE, _LINKS_IN_LINE, text)


def _line_by_line(pattern: re.Pattern[str], cache: _LineSpans,
                  text: str) -> list[tuple[int, int]]:
    """The spans of ``pattern`` in ``text``, found line by line: no match of these patterns
    crosses a line break and no lookaround of theirs looks past one, so a line gives the
    same spans alone, and a draft checked again after an edit keeps most of its lines."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        found = cache.get(line)
        if found is None:
            found = tuple((m.start(), m.end()) for m in pattern.finditer(line))
            if len(cache) >= MAX_CACHED_LINES:
                cache.clear()
            cache[line] = found
        if found:
            spans += [(offset + start, offset + end) for start, end in found]
        offset += len(line) + 1
    return spans


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def name_positions(text: str, tokens: Sequence[Token], is_trigger: Callable[[str], bool],
                   is_common: Callable[[str], bool] = lambda word: False) -> set[int]:
    """Indices of tokens standing where a person's name stands: after a rank, title or
    office and the run of capitalised words (not ordinary words: *Tim*, *Provinsi*) that
    follows it on one line, or before an age
    in parentheses."""
    positions: set[int] = set()
    in_run = False
    for index, token in enumerate(tokens):
        word = token.text
        capital = word[:1].isupper()
        if index and capital:                # only a capitalised word asks for the gap
            gap = text[tokens[index - 1].end:token.start]
            joined = gap == " " or (gap.strip(" \t.") == "" and "\n" not in gap)
        else:
            joined = False
        if in_run and joined and capital and not is_common(word):
            positions.add(index)
            continue
        in_run = False
        if index and joined and capital:
            previous = tokens[index - 1].text
            initial = len(previous) == 1 and previous.isupper()      # F. Bagus Panuntun
            if (previous in NAME_TRIGGERS or previous in PLACE_TRIGGERS or initial
                    or previous in SAYING_VERBS or is_trigger(previous)) and not is_common(word):
                positions.add(index)
                in_run = True
            elif previous in PLACE_TRIGGERS:
                in_run = True                # Sungai Pinang, Desa Suka Maju: a common word
                                             # names the place, and the run goes on
        if word in NAME_TRIGGERS or word in PLACE_TRIGGERS or is_trigger(word):
            in_run = False
        elif capital and text[token.end:token.end + 1] in _AGE_OPENERS and \
                _AGE_AFTER.match(text, token.end):
            positions.add(index)             # Edi (25): a person with an age
    positions |= _appositions(text, tokens, is_trigger, is_common)
    return positions


_SPEAKING_AFTER = _PATTERNS.compile(r"[ \t]+(?:mengatakan|menjelaskan|menyampaikan|menuturkan|"
                             r"mengungkapkan|menegaskan|menambahkan|mengimbau)\b")


def _appositions(text: str, tokens: Sequence[Token], is_trigger: Callable[[str], bool],
                 is_common: Callable[[str], bool]) -> set[int]:
    """Names a release sets beside an office with a comma: *Bagenda Ali, Kepala Satuan
    Pol PP*, and *Sekretaris Daerah, Sapril mengatakan*: the run of capitalised words
    right before ``, <office>``, and a capitalised word after a comma that says
    something (the subject of the quote)."""
    found: set[int] = set()
    index_ending = {token.end: index for index, token in enumerate(tokens)}
    for place in places_of(text, ", "):      # both readings need ", " between two words
        index = index_ending.get(place)
        if index is None or index + 1 >= len(tokens) or tokens[index + 1].start != place + 2:
            continue
        token, following = tokens[index], tokens[index + 1]
        if is_trigger(following.text) and _capitalised(token.text):
            run = index                      # walk back over the name, one line only
            while run >= max(0, index - 3) and _capitalised(tokens[run].text) and \
                    not is_trigger(tokens[run].text):
                found.add(run)
                if run == 0 or text[tokens[run - 1].end:tokens[run].start] != " ":
                    break
                run -= 1
        if _capitalised(following.text) and not is_common(following.text) and \
                _SPEAKING_AFTER.match(text, following.end):
            found.add(index + 1)
    return found


_DEFINED_RE = _PATTERNS.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_INITIALS_RE = _PATTERNS.compile(r"\b(?:[Bb]er)?[Ii]nisial\s+([A-Z]{1,4}(?:\.[A-Z]){0,3}\.?)")


def defined_terms(text: str) -> set[str]:
    """Acronyms defined in parentheses and initials introduced by *berinisial*."""
    terms = {m.group(1) for m in _DEFINED_RE.finditer(text)}
    terms |= {m.group(1).replace(".", "") for m in scan(_INITIALS_RE, text)}
    return terms
