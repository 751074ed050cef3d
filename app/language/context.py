"""What a careful reader knows from the document itself, before judging a word.

- Spans never spell-checked: web addresses, e-mail, domains and site names written as
  domains (``RIAUPOS.CO``, ``tribratanews.polri.go.id``), byline and credit lines
  (``Editor: …``, ``Laporan: …``), editors' initials closing a paragraph, in the forms
  sites write them (``(yki)``, ``(*/adv)``, ``(**anq)``, ``[fik]``, ``(Ags/RL/Polres Batola)``),
  and the editor's gloss *red.* (redaksi) in ``(jalan setapak-red)`` or ``(red)`` anywhere.
- Positions where a capitalised word is a name: after a rank, a title or honorific, an office
  (*Kapolres*, *Bupati*, *Kades*), a place word (*Desa*, *Jalan*, *Kecamatan*), and the rest
  of the run of capitalised words that follows.
- Acronyms and initials the text defines: ``Bantuan Sosial (BS)``, ``berinisial HS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.language import saying
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

DOMAIN_ENDINGS = r"(?:com|co|id|net|org|news|today|info|my|tv|online|xyz|go|web|or)"
"""The last parts of the domains sites print in a release (*humas.go.id*, *Berita.news*):
the one list of them that the skipped spans, the datelines (``datelines``) and the site
names in a sentence (``style``) read."""

SKIP_RE = _PATTERNS.compile(
    LINK_PATTERN +
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\." + DOMAIN_ENDINGS + r"\b"
    r"|^[ \t]*(?:Laporan|Editor|Reporter|Penulis|Pewarta|Sumber|Foto|Oleh|Redaktur|Penyunting"
    r"|Kontributor|Sumber foto|Ilustrasi)[ \t]*:.*$"
    r"|\((?:[A-Za-z]{2,12})(?:/[A-Za-z]{2,12})+\)"
    r"|(?<=[-–—])[ \t]*red\.?(?=[ \t]*\))|\([ \t]*red\.?[ \t]*\)"
    r"|[(\[][ \t]*\**/?[A-Za-z]{2,5}"
    r"(?:[ \t]*/[ \t]*\**[A-Za-z]{1,12}(?:[ \t][A-Z][a-z]{1,12}){0,3})*[ \t]*[)\]]\.?[ \t]*$"
    r"|\b[IVXL]+/[A-Z][A-Za-z]{1,5}\b"
    r"|^[^\n]{0,40}?,[ \t]*[A-Za-z][\w.]*(?=[ \t]*(?:\||--|–|—))"
    r"|^[ \t]*[A-Z][^\n()]{0,40}?\([^()\n]{2,30}\)(?=[ \t]*(?:-|–|—))",
    re.IGNORECASE | re.MULTILINE,
)

ENGLISH_FUNCTION_WORDS = ("the", "of", "for", "on", "to", "and", "with", "from", "your",
                          "our", "is", "are", "at", "by")
"""English words Indonesian spelling has no word for (written in lower case: *To* and *BY*
start Sulawesi names and initials)."""
FOREIGN_PHRASE_RE = _PATTERNS.compile(
    r"(?<![\w-])(?<!\w['’])(?:[A-Za-z]+[ -])?(?:(?:" + "|".join(ENGLISH_FUNCTION_WORDS) +
    r")[ -])+[A-Za-z]+(?![\w-])(?!['’]\w)")
"""An English phrase inside Indonesian text (*goes to school*, *sahur on the road*, *Healthy
Cities for All*): an English function word and the word on each side of it, not inside a
word with an apostrophe (*Jema'at*). Foreign words
are italicised (EYD V, I.F), which plain text cannot show, and the list of foreign words
with Indonesian equivalents (``kata-asing``) judges them; the spelling rule does not."""

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

SAYING_VERBS = saying.with_suffix(saying.HOUSE)
"""*…,” ujar Berman.*: the name after a verb of saying (app/language/saying.py)."""

PLACE_TRIGGERS = frozenset({
    "Desa", "Kelurahan", "Kalurahan", "Kecamatan", "Kapanewon", "Kemantren", "Kabupaten",
    "Kota", "Provinsi", "Dusun", "Dukuh", "Padukuhan", "Kampung", "Gampong", "Nagari", "Jorong",
    "Lingkungan", "Banjar", "Jalan", "Jl", "Jln", "Gang", "Gg", "Perumahan", "Blok", "Pulau",
    "Sungai", "Gunung", "Bukit", "Danau", "Pantai", "Teluk", "Selat", "Tanjung", "Pasar",
    "Terminal", "Bandara", "Pelabuhan", "Stasiun", "Masjid", "Gereja", "Pura", "Vihara",
    "Klenteng", "Pondok", "Ponpes", "Madrasah", "Lapas", "Rutan", "Mapolres", "Mapolsek", "Mapolda",
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
_FOREIGN_IN_LINE: _LineSpans = {}


def skip_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``SKIP_RE`` (see ``_line_by_line``)."""
    return _line_by_line(SKIP_RE, _SKIPPED_IN_LINE, text)


def foreign_phrase_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``FOREIGN_PHRASE_RE`` (see ``_line_by_line``): not spell-checked."""
    return _line_by_line(FOREIGN_PHRASE_RE, _FOREIGN_IN_LINE, text)


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
            elif previous in PLACE_TRIGGERS or initial:
                in_run = True                # Sungai Pinang, Desa Suka Maju: a common word
                                             # names the place, and the run goes on; so
                                             # after an initial (F. Bagus Panuntun)
        if word in NAME_TRIGGERS or word in PLACE_TRIGGERS or is_trigger(word):
            in_run = False
        elif capital and text[token.end:token.end + 1] in _AGE_OPENERS and \
                _AGE_AFTER.match(text, token.end):
            positions.add(index)             # Edi (25): a person with an age
    positions |= _appositions(text, tokens, is_trigger, is_common)
    positions |= _before_degrees(text, tokens, is_trigger)
    positions |= _after_unit_numbers(text, tokens, is_common)
    return positions


_DEGREE_AFTER = _PATTERNS.compile(
    r",[ \t]*(?!(?:Jl|Jln|Kec|Kab|Kel|Ds|Dsn|Prov|No|Gg|Telp|Hlm|Tbk|Kp|RT|RW)\.)"
    r"(?:[A-Z][A-Za-z]{0,3}\.[ \t]?){1,4}")
"""``, S.H.``, ``, S.I.K.``, ``, M.Si.``, ``, Ph.D.``: an academic degree (EYD V, I.E:
degrees follow a person's name after a comma); not an address's abbreviation (``, Jl.``)."""
MAX_NAME_WORDS = 4
"""Words of a name walked back over (*I Made Bayu Sutha Sartana*: a rank or an initial ends
the walk)."""


def _before_degrees(text: str, tokens: Sequence[Token],
                    is_trigger: Callable[[str], bool]) -> set[int]:
    """*Kapolres Karimun AKBP Robby Topan Manusiwa, S.I.K.*: the capitalised words right
    before a comma and a degree are a person's name, whatever word stands before them (a
    common word inside the name, *Topan*, *Bayu*, breaks the run after the rank)."""
    found: set[int] = set()
    index_ending = {token.end: index for index, token in enumerate(tokens)}
    for place in places_of(text, ","):
        index = index_ending.get(place)
        if index is None or not _DEGREE_AFTER.match(text, place):
            continue
        run = index
        while run > index - MAX_NAME_WORDS and run >= 0 and \
                _capitalised(tokens[run].text) and not is_trigger(tokens[run].text):
            found.add(run)
            if run == 0 or text[tokens[run - 1].end:tokens[run].start] != " ":
                break
            run -= 1
    return found


_UNIT_NUMBER_BEFORE = _PATTERNS.compile(r"\d{2,4}(?:[-/]\d{1,3})?(?:/|[ \t])$")
"""*Kodim 0907/Trk*, *Koramil 0907/04 Tarut*, *Korem 102/Panju Panjung*: a territorial unit's
number, then the name of its seat (TNI AD numbering: Kodam, Korem, Kodim and Koramil carry
a number and their seat's name after a slash)."""
_UNIT_WORDS = frozenset({"Kodam", "Korem", "Kodim", "Koramil", "Yonif", "Brigif", "Lanal",
                         "Lanud", "Lantamal", "Batalyon", "Denpom", "Yon", "Satradar",
                         "Pangdam", "Danrem", "Dandim", "Danramil", "Danyon", "Danbrigif",
                         "Makodim", "Makorem", "Makoramil"})
"""Units, their commanders and headquarters, written with a number before the seat's
name."""


MAX_SEAT_WORDS = 3
"""Words of a unit's seat (*Panju Panjung*, *Aceh Utara*)."""


def _after_unit_numbers(text: str, tokens: Sequence[Token],
                        is_common: Callable[[str], bool]) -> set[int]:
    """The capitalised words after a unit word and its number: *Koramil 0907/04 Tarut*,
    *Kodim 0907/Trk*; a common word ends the seat's name (*Koramil 0907/04 Tarut Aktif
    Dampingi*: a headline goes on in title case)."""
    found: set[int] = set()
    for index, token in enumerate(tokens):
        if token.text not in _UNIT_WORDS or index + 1 >= len(tokens):
            continue
        number_end = token.end
        while number_end < len(text) and text[number_end] in " \t":
            number_end += 1
        end = number_end
        while end < len(text) and (text[end].isdigit() or text[end] in "-/"):
            end += 1
        window = end + 1 if text[end:end + 1] in (" ", "\t") else end
        if end == number_end or not _UNIT_NUMBER_BEFORE.search(text, number_end, window):
            continue
        run = index + 1
        while run < len(tokens) and tokens[run].start < end:
            run += 1                         # the number's own tokens, if any
        start = end + (1 if text[end:end + 1] in " \t" else 0)
        first = run
        while run < len(tokens) and run < first + MAX_SEAT_WORDS and \
                tokens[run].start == start and _capitalised(tokens[run].text) and \
                not is_common(tokens[run].text):
            found.add(run)
            start = tokens[run].end + 1
            if text[tokens[run].end:start] != " ":
                break
            run += 1
    return found


_SPEAKING_AFTER = _PATTERNS.compile(r"[ \t]+(?:(?:juga|pun|pula|kembali|turut)[ \t]+)?"
                             r"(?:mengatakan|menjelaskan|menyampaikan|menuturkan|"
                             r"mengungkapkan|menegaskan|menambahkan|mengimbau)\b")
"""A verb of saying after the name, an adverb allowed between (*, Goris juga
menyampaikan*)."""


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


_MUNGKIN_AFTER = _PATTERNS.compile(r"[ \t]+mungkin\b")
_QUOTE_CLOSED_BEFORE = _PATTERNS.compile(r"[,.!?]?[”\"’'][ \t]*$")
SAYING_SUFFIX = saying.SUFFIX


def right_in_place(text: str, token: Token, is_word: Callable[[str], bool]) -> bool:
    """A lowercase word the dictionary lacks that its place shows to be a regular form:

    - se- + an adjective before *mungkin* (*sedini mungkin*, *secermat mungkin*: KBBI, se-
      'as … as'; EYD V writes it joined);
    - a verb + *-nya* right after a closed quotation (*…,” tukasnya.*): the verb of saying
      that attributes the quotation (EYD V, I.B petikan), whatever its frequency.

    ``is_word`` is the dictionary: the adjective or the verb must be a word of it."""
    word = token.text
    if word.startswith("se") and len(word) >= 5 and is_word(word[2:]) and \
            _MUNGKIN_AFTER.match(text, token.end):
        return True
    stem = word[:-len(SAYING_SUFFIX)]
    return word.endswith(SAYING_SUFFIX) and len(stem) >= 4 and is_word(stem) and \
        _QUOTE_CLOSED_BEFORE.search(text, max(0, token.start - 4), token.start) is not None
