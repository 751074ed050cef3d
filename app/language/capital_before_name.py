"""Lower case where EYD V writes a capital, judged by what follows the word.

EYD V, I.E (Huruf Kapital) capitalises the names of days and months wherever they stand
(*Jumat*, *Mei*), and an office or unit written before the name of a person, an
institution or a place (*Camat Kota Tengah*, *Polres OKU*, *Bupati Manggarai*); the same
word naming no one stays in lower case (*para camat*, *setiap polres*). Three rules:

- ``kapital-hari-bulan``: a day or month name in lower case anywhere in a sentence, not
  only before a date (*shalat jumat*, *bulan mei*); *minggu* only after *hari*, *malam*
  (elsewhere also ‘week’);
- ``kapital-jabatan-sebelum-nama``: an office (``sapaan.tsv``) or a police or army unit
  (``satuan.tsv``) in lower case directly before a name: an acronym (*gubernur NTB*), a
  capitalised word that is no common word (*lurah Liluwo*), or a place word with its name
  (*camat Kota Tengah*). An office that heads something (*kepala*, *ketua*) only where
  a body's acronym and then a person's name follow (*ketua LPM Yunus*): before a person
  alone it is as often a body part (*di kepala Budi*), before an acronym alone it may
  name a kind of body (*kepala OPD*, *ketua RT*), and before an institution's name the
  name lists judge the whole name (``kapital-nama-lembaga``). A unit no dictionary has
  in lower case (*polres OKU*) is the spelling check's ``huruf-kapital`` finding already;
- ``kapital-satuan-tertentu``: that unit or a one-holder office in lower case where no
  name follows but it refers to one unit or person of the story (*bantuan kapolri*,
  *koramil dan Kodim*, *humas polres*, *kata kapolres*); not where it names any unit of
  its kind (*setiap polsek*, *polsek terdekat*).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Set
from dataclasses import dataclass

from app.language.finding import Finding
from app.language.lexicon import lexicon_dir, read_table
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan
from app.language.tokens import Token

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_DAY_MONTH = "kapital-hari-bulan"
RULE_OFFICE_BEFORE_NAME = "kapital-jabatan-sebelum-nama"
RULE_UNIT_LOWER = "kapital-satuan-tertentu"
DESCRIPTIONS: dict[str, str] = {
    RULE_UNIT_LOWER: "Satuan atau jabatan yang merujuk satuan atau orang tertentu ditulis "
                     "dengan huruf kapital (bantuan Kapolri, Humas Polres)",
    RULE_DAY_MONTH: "Nama hari dan bulan ditulis dengan huruf kapital (salat Jumat, bulan Mei)",
    RULE_OFFICE_BEFORE_NAME: "Jabatan atau satuan yang diikuti nama ditulis dengan huruf "
                             "kapital (Camat Kota Tengah, Bupati Ranumerta)",
}
SOURCES: dict[str, str] = {
    RULE_UNIT_LOWER: "EYD V, I.E Huruf Kapital (nama jabatan yang dipakai sebagai pengganti "
                     "nama orang tertentu atau nama instansi); EYD V, II.H (akronim nama "
                     "diri ditulis dengan huruf awal kapital: Polres, Koramil)",
    RULE_DAY_MONTH: "EYD V, I.E Huruf Kapital (nama tahun, bulan, hari, dan hari besar); "
                    "KBBI VI daring: Jumat, Mei",
    RULE_OFFICE_BEFORE_NAME: "EYD V, I.E Huruf Kapital (nama jabatan yang diikuti nama "
                             "orang, nama instansi, atau nama tempat; unsur nama lembaga)",
}
SOFT_RULES = frozenset({RULE_OFFICE_BEFORE_NAME, RULE_UNIT_LOWER})
"""A word the lists do not know may be a common word after all: ``saran``."""
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_UNIT_LOWER: (
        ("Beras itu bantuan kapolri untuk warga terdampak banjir.",
         "Penyaluran berjalan lancar, kata kapolres kepada wartawan.",
         "Laporan warga diteruskan ke koramil dan Kodim.",
         "Sosialisasi dilakukan polwan satbinmas di sekolah dasar.",
         "“Semua pos sudah siaga,” jelas kapolresta."),
        ("Data pemudik dicatat di setiap polsek yang dilalui.",
         "Bantuan Kapolri tiba di pelabuhan kemarin.",
         "Informasi itu diunggah di laman humas.polres.example.")),
    RULE_DAY_MONTH: (
        ("Sesudah salat jumat warga berkumpul di serambi.",
         "Panen raya diperkirakan berlangsung pada bulan mei mendatang.",
         "Posko dibuka setiap sabtu dan rabu pagi.",
         "Situasi pada malam minggu itu aman."),
        ("Sesudah salat Jumat warga berkumpul di serambi.",
         "Ronda digelar dua kali seminggu, tiap minggu berganti regu.",
         "Foto diunggah di laman desa.example/kegiatan-mei-ceria.")),
    RULE_OFFICE_BEFORE_NAME: (
        ("Rapat itu dihadiri camat Kota Tengah dan para lurah.",
         "Surat itu ditandatangani gubernur Ranumerta kemarin.",
         "Bantuan diterima lurah Sindangrasa pagi tadi."),
        ("Rapat itu dihadiri Camat Kota Tengah dan para lurah.",
         "Data itu ada di setiap polsek yang kami datangi.",
         "Korban mengalami luka di kepala Budi tidak sadarkan diri.")),
}
"""Wrong and right examples of each rule: the tests run them."""

_DAY_MONTH_RE = _PATTERNS.compile(
    r"(?<![\w/.@#-])(senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|januari|februari"
    r"|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
    r"|minggu(?<=[Hh]ari minggu)|minggu(?<=[Mm]alam minggu))"
    r"(?![\w/@#-]|\.[A-Za-z])")
"""Day and month names in lower case, not inside an address or a hashtag
(*laman.example/mei-ceria*, *#jumatberkah*). *Minggu* only after *hari* or *malam*
(*malam Minggu*): elsewhere *minggu* is also ‘week’ (*minggu depan*)."""

_NOT_OFFICES = frozenset({"anggota", "polwan", "kepala", "ketua", "wakil", "komandan",
                          "sekretaris", "koordinator", "direktur", "pimpinan"})
"""*anggota Polres*, *polwan Satbinmas*: a member or a kind of officer is no office
(EYD V, I.E), whatever follows; offices that head something (*kepala*, *ketua*) are left
to the name lists (see the module's docstring)."""
_GENERIC_BEFORE = frozenset({"para", "setiap", "tiap", "seluruh", "semua", "beberapa",
                             "sejumlah", "masing-masing", "sang", "bagi", "antar"})
"""Words after which an office names any holder, not one (*para camat*)."""
_OPENS_WORD = frozenset(" \t\n(“\"'‘")
"""What may stand before the office word: it is a word of the sentence, not part of an
address (*polri.go.id*) or of a joined form."""
_DAYS_MONTHS = frozenset({
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Februari",
    "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
    "Desember"})


@functools.cache
def load_units() -> frozenset[str]:
    """Units and one-holder offices of the police and army in lower case (*polres*,
    *koramil*, *kapolri*): single-word ``satuan-jabatan`` entries of ``satuan.tsv`` in
    title case, less the unit kinds KBBI lists as common nouns (*batalyon*)."""
    path = lexicon_dir() / "satuan.tsv"
    if not path.exists():
        return frozenset()
    return frozenset(entry.lower() for entry, kind in read_table(path)
                     if kind == "satuan-jabatan" and entry.isalpha() and len(entry) > 3
                     and entry[:1].isupper() and entry[1:].islower()) - _KBBI_COMMON_UNITS


_KBBI_COMMON_UNITS = frozenset({"batalyon", "brigade", "resimen", "kompi", "peleton",
                                "detasemen", "divisi", "markas", "subsektor"})
"""Kinds of unit KBBI lists as common nouns (*batalyon* n): *satu batalyon pasukan*."""


def load_offices() -> frozenset[str]:
    """Offices and units in lower case (*camat*, *polres*, *koramil*): single-word offices
    of ``sapaan.tsv`` (``sapaan-jabatan``) and single-word units of ``satuan.tsv``
    (``satuan-jabatan``) the lexicon writes in title case."""
    found: set[str] = set()
    folder = lexicon_dir()
    for name, category in (("sapaan.tsv", "sapaan-jabatan"), ("satuan.tsv", "satuan-jabatan")):
        path = folder / name
        if not path.exists():
            continue
        found.update(entry.lower() for entry, kind in read_table(path)
                     if kind == category and entry.isalpha() and len(entry) > 3
                     and entry[:1].isupper() and entry[1:].islower())
    return frozenset(found - _NOT_OFFICES)


def day_month_lower(text: str) -> Iterator[Finding]:
    """``kapital-hari-bulan``: *shalat jumat*, *bulan mei* → *Jumat*, *Mei*. Cheap: the
    pattern opens with literals the engine finds fast."""
    for match in scan(_DAY_MONTH_RE, text):
        word = match.group(1)
        fixed = word[:1].upper() + word[1:]
        yield Finding(match.start(1), match.end(1), word, "style", RULE_DAY_MONTH,
                      f"Nama hari dan bulan ditulis dengan huruf kapital: “{fixed}”.",
                      (fixed,))


@dataclass(frozen=True)
class NameSigns:
    """What the style data says about the word after an office."""

    offices: Set[str]
    """Offices and units in lower case (``load_offices``)."""
    is_common: Callable[[str], bool]
    """A capitalised common word (*Kegiatan*, *Tengah*): no name by itself."""
    is_unit: Callable[[str], bool]
    """An institution or unit the lexicon writes in title case (*Polres*, *Pemda*)."""
    place_nouns: Set[str]
    """Place words a name follows (*Kota*, *Desa*, *Kecamatan*)."""
    spelling_asks_capital: Callable[[str], bool]
    """A lowercase word no dictionary accepts and the lexicon knows only capitalised
    (*polres*, not *lurah*): the spelling check already asks for its capital before a
    name (``huruf-kapital``)."""


def _acronym(word: str) -> bool:
    letters = word.replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and word[:2].isupper()


def _title(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() and word.isalpha()


def _name_follows(text: str, tokens: list[Token], index: int, signs: NameSigns) -> bool:
    """Whether a name opens at ``tokens[index]``: an acronym, a unit, a place word with a
    capitalised word after it, or a capitalised word that is no common word, day or
    month."""
    word = tokens[index].text
    if _acronym(word) or (_title(word) and signs.is_unit(word) and word not in _DAYS_MONTHS):
        return True
    if not _title(word):
        return False
    if word in signs.place_nouns and index + 1 < len(tokens):
        following = tokens[index + 1]
        return text[tokens[index].end:following.start] == " " and \
            following.text[:1].isupper()
    return word not in _DAYS_MONTHS and not signs.is_common(word)


_HEAD_OFFICES = frozenset({"kepala", "ketua", "wakil", "komandan", "sekretaris",
                           "koordinator", "direktur", "pimpinan", "bendahara"})
"""Offices that head a body: before a person they are titles only with the body named
between (*ketua LPM Yunus*)."""


def _person_after_body(text: str, tokens: list[Token], index: int, signs: NameSigns
                       ) -> bool:
    """Whether ``tokens[index]`` is a body's acronym (*LPM*, *RT*) and a person's name
    follows it: a capitalised word that is no common word, unit, day or month."""
    if index + 1 >= len(tokens):
        return False
    body, person = tokens[index], tokens[index + 1]
    return _acronym(body.text) and body.text.isupper() and \
        text[body.end:person.start] == " " and _title(person.text) and \
        person.text not in _DAYS_MONTHS and not signs.is_common(person.text) and \
        not signs.is_unit(person.text) and person.text not in signs.place_nouns


def office_before_name(text: str, tokens: list[Token], signs: NameSigns
                       ) -> Iterator[Finding]:
    """``kapital-jabatan-sebelum-nama``: *camat Kota Tengah*, *polres OKU*, *lurah Liluwo*
    → *Camat*, *Polres*, *Lurah*: an office or unit before the name it belongs to."""
    for index in range(len(tokens) - 1):
        token = tokens[index]
        word = token.text
        head = word in _HEAD_OFFICES
        if (word not in signs.offices and not head) or signs.spelling_asks_capital(word) or \
                (token.start > 0 and text[token.start - 1] not in _OPENS_WORD):
            continue
        following = tokens[index + 1]
        if text[token.end:following.start] != " ":
            continue
        if index > 0 and tokens[index - 1].text.lower() in _GENERIC_BEFORE:
            continue                         # para camat: any holder
        if not (_person_after_body(text, tokens, index + 1, signs) if head
                else _name_follows(text, tokens, index + 1, signs)):
            continue                         # ketua LPM Yunus: the body, then its holder
        fixed = word[:1].upper() + word[1:]
        yield Finding(token.start, token.end, word, "style", RULE_OFFICE_BEFORE_NAME,
                      f"Jabatan atau satuan yang diikuti nama ditulis dengan huruf kapital: "
                      f"“{fixed}”.", (fixed,), severity="saran")


_GENERIC_CONTEXT_BEFORE = _GENERIC_BEFORE | frozenset({
    "tingkat", "setingkat", "jajaran", "masing", "tiap-tiap", "level", "kategori"})
"""Words after which a unit names any unit of its kind (*setiap polsek*, *tingkat
polres*): a common noun (KBBI: *polsek* n)."""
_GENERIC_CONTEXT_AFTER = frozenset({
    "yang", "itu", "ini", "tersebut", "lain", "lainnya", "setempat", "terdekat",
    "masing-masing", "se", "atau", "maupun"})
"""Words after which the unit is one of a kind, or pointed at (*polsek terdekat*,
*polres lainnya*, *polsek yang …*): left to the writer."""
_SAYING_BEFORE = frozenset({"kata", "ujar", "ungkap", "jelas", "tutur", "tegas", "imbuh",
                            "tambah", "terang", "pungkas", "papar", "tandas", "katanya"})
"""After a verb of saying the office names the one who spoke (*kata kapolres*): a
certain person, so a capital (EYD V, I.E), even where the dictionary knows the office
in lower case."""
_ADDRESS_BEFORE = frozenset({"bapak", "ibu", "pak", "bu"})
"""*bapak kapolri*: the address rule (``kapital-sapaan``) corrects both words at once."""
_ADDRESS_AFTER = frozenset("./@-_")
"""What follows a unit word inside an address or a joined form (*humas.polres.go.id*)."""


def _address_goes_on(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` goes on as an address or a joined form
    (*humas.polres.go.id*, *polres-ku*); a full stop that ends the sentence (*jelas
    kapolresta.*) does not."""
    char = text[end:end + 1]
    if char == ".":
        return text[end + 1:end + 2].isalnum()
    return char != "" and char in _ADDRESS_AFTER


def unit_in_lower_case(text: str, tokens: list[Token], signs: NameSigns
                       ) -> Iterator[Finding]:
    """``kapital-satuan-tertentu``: *bantuan kapolri*, *koramil dan Kodim*, *humas
    polres*: a unit or one-holder office the lexicon writes capitalised, in lower case
    where it refers to one unit or person of the story (EYD V, I.E: a title standing for
    a certain person; EYD V, II.H: an acronym of a name takes its capital). Only a word
    no dictionary accepts in lower case (``spelling_asks_capital``: the spelling check
    asks for its capital before a name already, and lets it pass elsewhere as a common
    noun), or any office after a verb of saying (*kata kapolres*: the one who spoke);
    not after *setiap*, *para*, *tingkat*… nor before *yang*, *terdekat*, *lainnya*…,
    where it names any unit of its kind. At a sentence's end (*jelas kapolresta.*) only
    a service title no dictionary has in lower case; *kata bupati.* is left to the
    writer."""
    for index, token in enumerate(tokens):
        word = token.text
        if word not in signs.offices:       # a set look-up first: most tokens stop here
            continue
        spoken = index > 0 and tokens[index - 1].text in _SAYING_BEFORE and \
            text[tokens[index - 1].end:token.start] == " "
        if not word.islower() or not (spoken or (
                word in load_units() and signs.spelling_asks_capital(word))) or \
                (token.start > 0 and text[token.start - 1] not in _OPENS_WORD) or \
                _address_goes_on(text, token.end):
            continue
        if text[token.end:token.end + 1] == "." and word not in load_units():
            continue                         # kata bupati.: KBBI's common noun, left
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and text[token.end:following.start].strip(" ") == "" and (
                following.text[:1].isupper() or following.text in _GENERIC_CONTEXT_AFTER):
            continue                         # polres OKU: the spelling check's; polsek yang
        if index > 0 and tokens[index - 1].text.lower() in _GENERIC_CONTEXT_BEFORE:
            continue                         # setiap polsek: any unit of its kind
        if index > 0 and tokens[index - 1].text.lower() in _ADDRESS_BEFORE:
            continue                         # bapak kapolri: the address rule's whole
        fixed = word[:1].upper() + word[1:]
        yield Finding(token.start, token.end, word, "style", RULE_UNIT_LOWER,
                      f"Satuan atau jabatan yang merujuk satuan atau orang tertentu ditulis "
                      f"dengan huruf kapital: “{fixed}”.", (fixed,), severity="saran")
