"""Who a release must not identify, and whether its text does (see docs/perlindungan.md).

- Suspects appear by initials only and facts as *diduga*: KUHAP baru (UU 20/2025, Pasal 91)
  forbids anything that creates a presumption of guilt.
- A child in conflict with the law, a child victim and a child witness are never identified
  (name, photo, school, parents, address): UU SPPA (UU 11/2012, Pasal 19).
- Victims of sexual crimes are never identified: Kode Etik Jurnalistik, Pasal 5.

The checks read the rendered release text (what the reader gets); the persons' details
come from the *Kasus* form, where the officer types them so the guard can find them.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from app.language.lexicon import lexicon_dir, read_table
from app.release.model import Photo, Release

logger = logging.getLogger(__name__)

KUHAP = "KUHAP baru (UU 20/2025, Pasal 91)"
SPPA = "UU SPPA (UU 11/2012, Pasal 19)"
KEJ = "Kode Etik Jurnalistik Pasal 5"
ADULT_AGE = 18

_INITIALS = re.compile(r"(?:[A-Z]\.?\s?){1,5}")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_AGE = re.compile(r"\d{1,3}")

ROLE_WORDS: tuple[str, ...] = ("tersangka", "terduga", "pelaku", "korban", "saksi")
"""Words after which a personal name must be initials (``tersangka RS``)."""
_ROLE_NAME = re.compile(
    r"\b(?i:tersangka|terduga|pelaku|korban|saksi)"
    r"(?:\s+(?i:berinisial|bernama|atas\s+nama|inisial))?\s+"
    r"(?P<name>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)*)")

PRESUMPTION_WORDS: tuple[str, ...] = (
    "pelaku", "penjahat", "bersalah", "terbukti", "otak kejahatan", "dalang", "residivis",
    "bandar", "pembunuh", "pencuri", "pemerkosa", "penipu", "koruptor", "maling", "begal",
)
"""Words that state guilt before a court has: the asas praduga tak bersalah of the KUHAP
baru (UU 20/2025, Pasal 91) and the Kode Etik Jurnalistik (Pasal 3, *menerapkan asas
praduga tak bersalah*; Pasal 5 for victims); Dewan Pers' Pedoman Pemberitaan Ramah Anak
(2019) lists the same labels for children. A release writes *tersangka*, *terduga*,
*diduga* instead."""
_PRESUMPTION = re.compile(r"\b(" + "|".join(re.escape(w) for w in PRESUMPTION_WORDS) + r")\b",
                          re.I)
_HEDGED = re.compile(r"\b(diduga|terduga|dugaan|disangka|disangkakan)\b", re.I)
_SUSPECT = re.compile(r"\btersangka\b", re.I)
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")
_ADDRESS = re.compile(r"\b(?:Jl\.|Jln\.|Jalan|Gang|Gg\.)\s+[A-Z0-9]|\bRT\s*\.?\s*\d+\s*/\s*"
                      r"(?:RW\s*\.?\s*)?\d+")
_SCHOOL = re.compile(r"\b(?:SDN?|SMPN?|SMAN?|SMKN?|MI|MTsN?|MAN?)\s+(?:Negeri\s+)?\d+\b|"
                     r"\b(?:siswa|siswi|pelajar|murid)\s+(?:kelas\s+\w+\s+)?(?:di\s+)?"
                     r"(?:SD|SMP|SMA|SMK|MI|MTs|MA)\b")
_PARENTS = re.compile(r"\b(?:anak|putra|putri|putera|puteri)\s+(?:dari|pasangan)\s+[A-Z]|"
                      r"\b(?:ayah|ibu|orang\s+tua)(?:nya)?\s*,?\s+[A-Z][a-z]+\s+[A-Z][a-z]+")


def is_initials(text: str) -> bool:
    """``BS``, ``B.S.``, ``B. S.``, ``MAR``, ``M.A.R.``: capitals, optionally dotted."""
    value = text.strip()
    return bool(value) and _INITIALS.fullmatch(value) is not None


def initials_of(name: str) -> str:
    """``BS`` for ``Budi Santoso`` (the first letter of each word, in capitals)."""
    return "".join(word[0].upper() for word in _NAME_WORD.findall(name))


def initials_problem(text: str) -> str:
    """Why ``text`` is not acceptable as a suspect's initials, offering the initials; empty
    when it is (or when nothing is typed)."""
    value = text.strip()
    if not value or is_initials(value):
        return ""
    offered = initials_of(value)
    offer = f"; pakai inisial: {offered}" if offered else ""
    return (f"'{value}' bukan inisial{offer} — tersangka hanya boleh disebut dengan "
            f"inisial, {KUHAP}")


def _age(text: str) -> int | None:
    match = _AGE.search(text)
    return int(match.group()) if match else None


def is_child(child: bool, age: str) -> bool:
    """Marked as a child, or an age under 18 typed."""
    years = _age(age)
    return child or (years is not None and years < ADULT_AGE)


@dataclass(frozen=True)
class Protected:
    """A person the release must not identify, what would identify them, and the law."""

    label: str
    law: str
    identifiers: tuple[tuple[str, str], ...]
    """(what, value) pairs typed for this person: ``("nama", "Rina Lestari")``."""


def protected_persons(release: Release) -> list[Protected]:
    """Child suspects, child victims and witnesses, and victims of sexual crimes."""
    found: list[Protected] = []
    for index, suspect in enumerate(release.case.suspects):
        if is_child(suspect.child, suspect.age):
            label = f"tersangka {index + 1} ({suspect.initials or 'tanpa inisial'})"
            values: tuple[tuple[str, str], ...] = (
                () if is_initials(suspect.initials) else (("nama", suspect.initials),))
            found.append(Protected(label, SPPA, tuple(v for v in values if v[1].strip())))
    for index, person in enumerate(release.case.persons):
        child = is_child(person.child, person.age)
        if not (child or person.sexual_victim):
            continue
        law = " dan ".join(law for law, applies in ((SPPA, child),
                                                    (KEJ, person.sexual_victim)) if applies)
        label = f"{person.role} {index + 1} ({person.initials or 'tanpa inisial'})"
        values = (("nama", person.name), ("sekolah", person.school),
                  ("orang tua", person.parents), ("alamat", person.address))
        found.append(Protected(label, law, tuple(v for v in values if v[1].strip())))
    return found


def _spelled(value: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in value.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.I)


def _name_parts(name: str) -> list[str]:
    """A protected person's name and its words of three or more letters, each of which
    identifies them on its own (a first name in a village is enough)."""
    words = [word for word in _NAME_WORD.findall(name) if len(word) >= 3]
    return [name.strip(), *words] if len(words) > 1 else [name.strip()]


@functools.cache
def _not_names() -> frozenset[str]:
    """Capitalised words that start ranks, positions, institutions, units and places
    (the domain lexicon): a role word followed by one of these is not followed by a
    personal name (``saksi Polres``, ``korban Desa``)."""
    words: set[str] = set()
    for table in ("pangkat", "sapaan", "lembaga", "satuan", "istilah-dinas", "wilayah"):
        path = lexicon_dir() / f"{table}.tsv"
        if not path.is_file():
            logger.warning("leksikon %s tidak ditemukan", path)
            continue
        for entry, _category in read_table(path):
            first = entry.split()[0]
            if first[:1].isupper():
                words.add(first.casefold())
    return frozenset(words | {"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "jalan",
                              "rumah", "pasal", "undang", "tahun", "warga"})


def _official_words(release: Release) -> set[str]:
    words: set[str] = set()
    for person in release.officials:
        for value in (person.rank, person.name, person.short_name, person.position):
            words |= {word.casefold() for word in _NAME_WORD.findall(value)}
    return words


@dataclass(frozen=True)
class Finding:
    status: str
    """``fail`` or ``warn``."""
    message: str


def check_text(release: Release, text: str) -> list[Finding]:
    """What the rendered ``text`` reveals or presumes, as failures and warnings."""
    findings: list[Finding] = []
    for index, suspect in enumerate(release.case.suspects):
        problem = initials_problem(suspect.initials)
        if problem:
            findings.append(Finding("fail", f"tersangka {index + 1}: {problem}"))
    protected = protected_persons(release)
    for person in protected:
        for what, value in person.identifiers:
            parts = _name_parts(value) if what == "nama" else [value.strip()]
            shown = next((part for part in parts if _spelled(part).search(text)), "")
            if shown:
                findings.append(Finding("fail", f"{what} {person.label} tertulis di rilis "
                                                f"('{shown}') — dilarang oleh {person.law}"))
    findings += _names_after_roles(release, text)
    if protected:
        findings += _generic_identifiers(text, protected)
    findings += _presumptions(release, text)
    return findings


def _title_case(title: str) -> bool:
    """Most longer words capitalised: a headline in title case, where a capital says
    nothing about a personal name (``Amankan Terduga Pencuri Kotak Amal``)."""
    words = [word for word in _NAME_WORD.findall(title) if len(word) >= 4]
    return bool(words) and sum(word[0].isupper() for word in words) * 10 >= len(words) * 6


def _names_after_roles(release: Release, text: str) -> list[Finding]:
    title = release.title.strip()
    if title and _title_case(title):
        text = text.replace(title, "", 1)
    skip = _not_names() | _official_words(release)
    found: list[Finding] = []
    seen: set[str] = set()
    for match in _ROLE_NAME.finditer(text):
        name = match.group("name")
        first = name.split()[0].casefold()
        if first in skip or name in seen:
            continue
        seen.add(name)
        role = match.group(0).split()[0].lower()
        found.append(Finding("fail", f"'{role} {name}': sebut dengan inisial "
                                     f"{initials_of(name)}, bukan nama lengkap — {KUHAP}; "
                                     f"anak: {SPPA}; korban kejahatan seksual: {KEJ}"))
    return found


def _generic_identifiers(text: str, protected: list[Protected]) -> list[Finding]:
    laws = " dan ".join(sorted({person.law for person in protected}))
    found: list[Finding] = []
    for pattern, what in ((_SCHOOL, "sekolah"), (_PARENTS, "orang tua"), (_ADDRESS, "alamat")):
        match = pattern.search(text)
        if match:
            found.append(Finding("warn", f"rilis menyebut {what} ('{match.group(0).strip()}') "
                                         f"padahal ada orang yang dilindungi; pastikan bukan "
                                         f"miliknya — {laws}"))
    return found


def _presumptions(release: Release, text: str) -> list[Finding]:
    """Guilt-presuming words in sentences about a suspect that say neither *diduga* nor
    *terduga* (a release with suspects, or a sentence naming a *tersangka*)."""
    has_suspects = bool(release.case.suspects) or release.template == "pengungkapan-kasus"
    words: list[str] = []
    for sentence in _SENTENCE.findall(text):
        if _HEDGED.search(sentence):
            continue
        if not (has_suspects or _SUSPECT.search(sentence)):
            continue
        words += [match.group(0).lower() for match in _PRESUMPTION.finditer(sentence)]
    if not words:
        return []
    listed = ", ".join(sorted(set(words)))
    return [Finding("warn", f"kata yang menganggap bersalah tanpa 'diduga'/'terduga': {listed} "
                            f"— asas praduga tak bersalah, {KUHAP}")]


def unblurred_photos(release: Release) -> list[int]:
    """Body indexes of photos not confirmed blurred (*Wajah/identitas sudah disamarkan*)."""
    return [index for index, block in enumerate(release.body)
            if isinstance(block, Photo) and block.path.strip() and not block.blurred]
