"""A degree after a name whose abbreviation lacks its final period (EYD V, III.A Tanda
Titik: every abbreviated degree ends in a period — *M.Si.*, *S.M.*, *M.K.M.*, *M.I.Pol.*).

The degree list (``gelar-varian.tsv``) knows the common degrees, but new ones keep coming
(*S.M.*, *M.K.M.*, *M.I.Pol.*, *M.I.K.*); what makes a degree recognisable is its shape and
its place: letters split by periods, after a comma that follows a name or another degree,
and followed by a comma, a semicolon, a lowercase word or the end of the line. A run of
capitals with periods before a capitalised word is more likely a name's initials (*H.M
Nur*), so a capitalised word after it counts only when the degree holds a lowercase letter
(*M.Si Sekaligus*).

A degree the table knows, typed with a comma for its inner period (*M,Si*, *S,Sos*), is
the same slip: the comma is no list comma (the fix *M, Si* would split the degree).

A known bare degree typed in title case straight after a name (*Agus Purnomo Sik
mengatakan*) is the degree *S.I.K.*: the table's bare forms of three letters or more, less
those that are words themselves, are read in title case too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from app.language.finding import Finding
from app.language.lexicon import read_table
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_DEGREE_FINAL_PERIOD = "titik-akhir-gelar"
RULE_DEGREE_COMMA = "koma-dalam-gelar"
RULE_TITLE_CASE_DEGREE = "gelar-huruf-judul"

DESCRIPTIONS: dict[str, str] = {
    RULE_DEGREE_FINAL_PERIOD: "Singkatan gelar sesudah nama diakhiri titik (M.Si., S.M.)",
    RULE_DEGREE_COMMA: "Unsur singkatan gelar dipisah titik, bukan koma (M.Si., bukan M,Si)",
    RULE_TITLE_CASE_DEGREE: "Gelar sesudah nama ditulis dengan titik dan dipisah koma "
                            "(Purnomo, S.I.K.)",
}
SOURCES: dict[str, str] = {
    RULE_DEGREE_FINAL_PERIOD: "EYD V, III.A Tanda Titik (singkatan gelar akademik diakhiri "
                              "titik: S.H., M.Si., M.K.M.); III.B Tanda Koma (nama dan gelar)",
    RULE_DEGREE_COMMA: "EYD V, III.A Tanda Titik (singkatan gelar akademik: M.Si., S.Sos.)",
    RULE_TITLE_CASE_DEGREE: "EYD V, III.A Tanda Titik (singkatan gelar akademik); III.B "
                            "Tanda Koma (di antara nama orang dan gelar akademik)",
}
SOFT_RULES: frozenset[str] = frozenset()
"""The rules are sure: a degree's abbreviation ends in a period and has no comma."""
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_DEGREE_FINAL_PERIOD: (
        ("Kepala Puskesmas Sukamaju, Rina Handayani, M.K.M, membuka posyandu.",
         "Kanit Binmas, Aipda Yoga Pratama, S.M, melaksanakan sambang.",
         "Dandim Letkol Inf Bima Arya, S.I.P., M.M., M.I.Pol, memberi arahan.",
         "Kepala Dinas Drs. Hadi Sutrisno0, M.Si menyatakan dukungannya."),
        ("Kepala Puskesmas Sukamaju, Rina Handayani, M.K.M., membuka posyandu.",
         "Ketua panitia, H.M Nurdin, membuka acara.",
         "Danrem Kolonel Inf Bima Arya, S.I.P., M.Tr (Han), hadir.",
         "Rapat dihadiri warga RT 02, RW 05, dan perangkat desa.",
         "Ia lulus, S.Pd. kini mengajar.")),
    RULE_DEGREE_COMMA: (
        ("Camat Sukamaju, Budi Santoso, M,Si mengatakan warga siap.",
         "Lurah Sukamulya, Dewi Anggraini, S,Sos hadir."),
        ("Camat Sukamaju, Budi Santoso, M.Si., mengatakan warga siap.",
         "Hadir pula perwakilan RT,RW dan warga.")),
    RULE_TITLE_CASE_DEGREE: (
        ("Kapolres Sukamaju, AKBP Dimas Agus Pranata Sik mengatakan situasi aman.",),
        ("Kapolres Sukamaju, AKBP Dimas Agus Pranata, S.I.K., mengatakan situasi aman.",
         "Warga Desa Sik mengatakan jalan rusak.")),
}
"""Wrong and right examples, run by ``tests/language/test_punctuation_s9.py``."""

_DOTTED_RE = _PATTERNS.compile(
    r",[ \t]*((?:[A-Z][A-Za-z]{0,3}\.)+[A-Z][A-Za-z]{0,3})(?![\w.])"
    r"(?=[ \t]*[,;]|[ \t]*$|[ \t]+[a-z]|[ \t]+([A-Z]))",
    re.MULTILINE)
"""A comma, then letters split by periods with no period at the end (*, M.K.M*). The
pattern opens with the comma, a literal the regex engine finds fast."""


def dotted_degrees(text: str, standard_of: Mapping[str, str]) -> Iterator[Finding]:
    """*Rina Handayani, M.K.M, membuka* → *M.K.M.,*: a degree of periods without the last
    one, after a name (a word's last letter or digit before the comma) or another degree
    (its period). ``standard_of`` maps a known written form to its standard one
    (``gelar-varian.tsv``: *S.IK* → *S.I.K.*); an unknown degree gets its period."""
    if "," not in text:
        return
    for match in _DOTTED_RE.finditer(text):
        before = text[match.start() - 1:match.start()]
        if not before or not (before.isalnum() or before in ".'’"):
            continue
        written = match.group(1)
        if match.group(2) is not None and written.upper() == written:
            continue                       # initials before a name: H.M Nurdin
        fixed = standard_of.get(written, written + ".")
        yield Finding(match.start(1), match.end(1), written, "style",
                      RULE_DEGREE_FINAL_PERIOD,
                      f"Singkatan gelar diakhiri titik: “{fixed}”.", (fixed,))


_COMMA_PART_RE = _PATTERNS.compile(r",(?<=[A-Za-z],)(?=[A-Z][A-Za-z]{0,3}(?![\w,]))")
"""A comma between letters with a short capitalised part after it (*M,Si*); the part
before is read from the text (the pattern opens with the comma, which is found fast)."""
_PART_BEFORE_RE = _PATTERNS.compile(r"(?<![\w.,])[A-Z][A-Za-z]{0,3}\Z")


def comma_for_period(text: str, standard_of: Mapping[str, str]) -> Iterator[Finding]:
    """*Budi Santoso, M,Si mengatakan* → *M.Si.*: two parts of a degree joined by a comma
    where the table (``gelar-varian.tsv``, written form → standard) knows them joined by a
    period. Without that knowledge a comma between capitals is left alone (*RT,RW*)."""
    standards: set[str] | None = None        # built only where a match needs it
    for match in _COMMA_PART_RE.finditer(text):
        head = _PART_BEFORE_RE.search(text, max(0, match.start() - 4), match.start())
        if head is None:
            continue
        end = match.end()
        while end < len(text) and (text[end].isalpha()):
            end += 1
        joined = f"{head.group()}.{text[match.end():end]}"
        fixed = standard_of.get(joined)
        if fixed is None:
            if standards is None:
                standards = set(standard_of.values())
            fixed = joined + "." if joined + "." in standards else None
        if fixed is None:
            continue
        start = head.start()
        yield Finding(start, end, text[start:end], "style", RULE_DEGREE_COMMA,
                      f"Unsur singkatan gelar dipisah titik: “{fixed}”.", (fixed,))


class TitleCaseDegrees:
    """The table's bare degrees (*SIK*, *SSos*, *MKes*) as they look typed in title case
    (*Sik*, *Ssos*, *Mkes*), with their standard form; built once per checker."""

    def __init__(self, standard_of: Mapping[str, str], is_word: Callable[[str], bool]) -> None:
        forms: dict[str, str] = {}
        for written, standard in standard_of.items():
            title = written[:1].upper() + written[1:].lower()
            if written.isalpha() and len(written) >= 3 and not is_word(title.lower()):
                forms.setdefault(title, standard)
        self.standard = forms
        alternation = "|".join(sorted(forms, key=lambda form: (-len(form), form)))
        self.pattern = re.compile(
            r"(?:" + alternation + r")(?![\w-])(?=[ \t]*[,;]|[ \t]*$|[ \t]+[a-z])",
            re.MULTILINE) if forms else None


STANDARD_FILE = "gelar-baku.tsv"
"""Standard degree abbreviations (Permenristekdikti 59/2018 and older degrees still in use)."""
MIN_BARE_LETTERS = 3
"""A bare variant shorter than this (*SP*, *MP*) looks like any other abbreviation."""


def standard_variants(standards: Iterable[str]) -> dict[str, str]:
    """Each standard degree written without its periods (*S.STP.* → *SSTP*, *M.I.Kom.* →
    *MIKom*), mapped to the standard: the slip ``gelar-varian.tsv`` lists by hand, made for
    every degree of the standard list. A dotted form missing only its last period (*S.STP*)
    is ``dotted_degrees``' case, found by its shape."""
    variants: dict[str, str] = {}
    for standard in standards:
        bare = standard.replace(".", "")
        if standard.endswith(".") and len(bare) >= MIN_BARE_LETTERS:
            variants[bare] = standard
    return variants


def load_standard_variants(folder: Path) -> dict[str, str]:
    """``standard_variants`` of the standard list in ``folder`` (empty without the file)."""
    path = folder / STANDARD_FILE
    if not path.exists():
        return {}
    return standard_variants(standard for standard, _name in read_table(path))


_NAME_BEFORE_RE = _PATTERNS.compile(r"(?<![\w.])[A-Z][a-z]{2,}[ \t]+\Z")
"""A capitalised word of three letters or more right before: the end of a name."""


def title_case_degrees(text: str, degrees: TitleCaseDegrees) -> Iterator[Finding]:
    """*Agus Purnomo Sik mengatakan* → *Agus Purnomo, S.I.K., mengatakan*: a bare degree in
    title case after a name, before a lowercase word, a comma or the end of the line; not
    after a place word (*Desa Sik*), which names a place of that name."""
    if degrees.pattern is None:
        return
    for match in scan(degrees.pattern, text):
        before = _NAME_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
        if before is None or before.group().split()[0] in _PLACE_WORDS:
            continue
        standard = degrees.standard[match.group()]
        start = before.start() + len(before.group().rstrip())
        fixed = f", {standard}"
        yield Finding(start, match.end(), text[start:match.end()], "style",
                      RULE_TITLE_CASE_DEGREE,
                      f"Gelar ditulis dengan titik dan dipisah koma dari nama: “{fixed}”.",
                      (fixed,))


_PLACE_WORDS = frozenset({"Desa", "Dusun", "Kampung", "Jalan", "Jl", "Kecamatan",
                          "Kelurahan", "Kabupaten", "Kota", "Pulau", "Gunung", "Sungai"})
"""Words after which a capitalised short word is a place's name, not a degree."""
