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
  its kind (*setiap polsek*, *polsek terdekat*);
- ``kapital-jenis-tempat-sebelum-nama``: a kind of region or public place in lower case
  directly before its name: the regional names of a district or village that the general
  region rule does not list (*distrik Nimboran*, *kapanewon Sleman*, *pekon Sukamaju*) and
  a terminal, harbour, airport or station (*terminal Amplas*, *dermaga Yahim*): the kind
  is the first word of the place's name (EYD V, I.E nama geografi); also the generic
  elements of place names (PP 2/2021 Nama Rupabumi: *pantai*, *pasar*, *aula*, *gereja*,
  *politeknik*…) before a word that is no common word (*aula Nuku*, *pantai Lakuwora*).

``kapital-jabatan-sebelum-nama`` also reads an office that heads a body (*ketua*,
*kepala*) before the acronym of one named institution (*ketua KPU*, *ketua TP PKK*), not
before a kind of body every region has many of (*kepala OPD*, *ketua RT*).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Set
from dataclasses import dataclass

from app.base.calendar_words import DAYS_AND_MONTHS
from app.language import headline_words, name_forms, place_time_nouns, saying, sentence_case
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
RULE_PLACE_KIND = "kapital-jenis-tempat-sebelum-nama"
DESCRIPTIONS: dict[str, str] = {
    RULE_PLACE_KIND: "Jenis wilayah atau tempat umum yang diikuti namanya ditulis dengan huruf "
                     "kapital (Distrik Nimboran, Terminal Amplas, Pantai Kuta, Aula Nuku)",
    RULE_UNIT_LOWER: "Satuan atau jabatan yang merujuk satuan atau orang tertentu ditulis "
                     "dengan huruf kapital (bantuan Kapolri, Humas Polres)",
    RULE_DAY_MONTH: "Nama hari dan bulan ditulis dengan huruf kapital (salat Jumat, bulan Mei)",
    RULE_OFFICE_BEFORE_NAME: "Jabatan atau satuan yang diikuti nama ditulis dengan huruf "
                             "kapital (Camat Kota Tengah, Bupati Ranumerta)",
    **sentence_case.DESCRIPTIONS,
    **headline_words.DESCRIPTIONS,
    **name_forms.DESCRIPTIONS,
    **place_time_nouns.DESCRIPTIONS,
}
"""With the rules of the capital modules ``capitals`` reads in its merge (the style rules'
lists take each module's dictionaries from here)."""
SOURCES: dict[str, str] = {
    RULE_PLACE_KIND: "EYD V, I.E Huruf Kapital (huruf pertama unsur nama geografi dan nama "
                     "tempat: Jalan Sudirman, Pulau Miangas); distrik: UU 21/2001 jo. UU 2/2021 "
                     "(Otsus Papua); kapanewon, kalurahan, kemantren: Perdais DIY 1/2018; "
                     "unsur generik nama rupabumi: PP 2/2021 Penyelenggaraan Nama Rupabumi; "
                     "KBBI VI daring: distrik, terminal, dermaga, bandara, pelabuhan, stasiun, "
                     "pantai, pasar, aula, gereja, politeknik n",
    RULE_UNIT_LOWER: "EYD V, I.E Huruf Kapital (nama jabatan yang dipakai sebagai pengganti "
                     "nama orang tertentu atau nama instansi); EYD V, II.H (akronim nama "
                     "diri ditulis dengan huruf awal kapital: Polres, Koramil)",
    RULE_DAY_MONTH: "EYD V, I.E Huruf Kapital (nama tahun, bulan, hari, dan hari besar); "
                    "KBBI VI daring: Jumat, Mei, Syawal, Ramadan n",
    RULE_OFFICE_BEFORE_NAME: "EYD V, I.E Huruf Kapital (nama jabatan yang diikuti nama "
                             "orang, nama instansi, atau nama tempat; unsur nama lembaga)",
    **sentence_case.SOURCES,
    **headline_words.SOURCES,
    **name_forms.SOURCES,
    **place_time_nouns.SOURCES,
}
SOFT_RULES = frozenset({RULE_OFFICE_BEFORE_NAME, RULE_UNIT_LOWER, RULE_PLACE_KIND,
                        *sentence_case.SOFT_RULES, *headline_words.SOFT_RULES,
                        *name_forms.SOFT_RULES, *place_time_nouns.SOFT_RULES})
"""A word the lists do not know may be a common word after all: ``saran``."""
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_PLACE_KIND: (
        ("Bantuan beras tiba di distrik Wamena Kota pagi ini.",
         "Petugas berjaga di terminal Lontarsari sejak subuh.",
         "Warga membersihkan dermaga Yakubu bersama prajurit.",
         "Pelantikan pengurus digelar di aula Wolomeo kantor bupati.",
         "Rapat digelar di kantor kapanewon Rejosari kemarin."),
        ("Bantuan beras tiba di Distrik Wamena Kota pagi ini.",
         "Petugas berjaga di setiap terminal Bus kota sejak subuh.",
         "Bus itu berangkat dari terminal pukul enam.",
         "Kapal bersandar di dermaga Pelabuhan Sukamara.",
         "Warga menunggu di terminal Polres untuk mendaftar.",
         "Rapat anggaran digelar di aula Bappeda pagi tadi.",
         "Salat Jumat digelar di masjid Agung kota itu.")),
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
         "Lomba itu ditutup pada 20 mei lalu.",
         "Situasi pada malam minggu itu aman.",
         "Bupati memohon maaf karena masih dalam suasana syawal.",
         "Pasar murah digelar sepanjang bulan ramadan.",
         "Usai menjalankan puasa ramadan, warga bersilaturahmi."),
        ("Sesudah salat Jumat warga berkumpul di serambi.",
         "Ronda digelar dua kali seminggu, tiap minggu berganti regu.",
         "Foto diunggah di laman desa.example/kegiatan-mei-ceria.",
         "Relawan membagikan mei instan kepada pengungsi.")),
    RULE_OFFICE_BEFORE_NAME: (
        ("Rapat itu dihadiri camat Kota Tengah dan para lurah.",
         "Surat itu ditandatangani gubernur Ranumerta kemarin.",
         "Bantuan diterima lurah Sindangrasa pagi tadi.",
         "Rapat dihadiri ketua KPU, Ketua Bawaslu, dan kepala kejaksaan.",
         "Pertanyaan ketua TP PKK menyangkut kesiapan para peserta."),
        ("Rapat itu dihadiri Camat Kota Tengah dan para lurah.",
         "Data itu ada di setiap polsek yang kami datangi.",
         "Korban mengalami luka di kepala Budi tidak sadarkan diri.",
         "Rapat itu juga dihadiri beberapa kepala OPD dan camat.",
         "Warga diminta melapor ke ketua RT masing-masing.",
         "Patroli berjalan di bawah pimpinan KBO Samapta malam itu.",
         "Debat kedua paslon gubernur dan wakil gubernur Ranumerta berjalan tertib.",
         "Sidang itu dihadiri seluruh unsur pimpinan DPRD Ranumerta.")),
}
"""Wrong and right examples of each rule: the tests run them."""

_DAY_MONTH_RE = _PATTERNS.compile(
    r"(?<![\w/.@#-])(senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|januari|februari"
    r"|maret|april|juni|juli|agustus|september|oktober|november|desember"
    r"|mei(?<=\d[ \t]mei)|mei(?<=[Bb]ulan[ \t]mei)|mei(?=[ \t]+\d)"
    r"|minggu(?<=[Hh]ari minggu)|minggu(?<=[Mm]alam minggu)"
    r"|muharam|muharram|rabiulawal|rabiulakhir|jumadilawal|jumadilakhir|rajab|syakban"
    r"|syawal|zulkaidah|zulhijah|ramadan(?<=[Bb]ulan[ \t]ramadan)"
    r"|ramadan(?<=[Pp]uasa[ \t]ramadan))"
    r"(?![\w/@#-]|\.[A-Za-z])")
"""Day and month names in lower case, not inside an address or a hashtag
(*laman.example/mei-ceria*, *#jumatberkah*). *Minggu* only after *hari* or *malam*
(*malam Minggu*): elsewhere *minggu* is also ‘week’ (*minggu depan*). *Mei* only beside a
number or after *bulan*: elsewhere *mei* is the noodle misspelt (*mei goreng*). The months
of the Hijri year as KBBI writes them (*Muharam* … *Zulhijah*; KBBI VI: n, nama bulan
ke-1 … ke-12 tahun Hijriah); *ramadan* only after *bulan* or *puasa* (KBBI VI: *puasa
Ramadan*, the fast of that month; *safari ramadan* names a programme; *ramadhan* is the
non-standard rule's). *Safar* is left out: KBBI's *safar*
is also ‘a journey’."""

_NOT_OFFICES = frozenset({"anggota", "polwan", "kepala", "ketua", "wakil", "komandan",
                          "sekretaris", "koordinator", "direktur", "pimpinan"})
"""*anggota Polres*, *polwan Satbinmas*: a member or a kind of officer is no office
(EYD V, I.E), whatever follows; offices that head something (*kepala*, *ketua*) are left
to the name lists (see the module's docstring)."""
_GENERIC_BEFORE = frozenset({"para", "setiap", "tiap", "seluruh", "semua", "beberapa",
                             "sejumlah", "masing-masing", "sang", "bagi", "antar",
                             "unsur", "segenap", "jajaran"})
"""Words after which an office names any holder, not one (*para camat*); *unsur*,
*segenap*, *jajaran* count the members of a body (*seluruh unsur pimpinan DPRD*).
Session 13, full text raw11-15: 8 such contexts, none marked; the one firing (raw15) not."""
_OPENS_WORD = frozenset(" \t\n(“\"'‘")
"""What may stand before the office word: it is a word of the sentence, not part of an
address (*polri.go.id*) or of a joined form."""
_DAYS_MONTHS = DAYS_AND_MONTHS


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


_CANDIDACY = frozenset({"calon", "paslon", "cagub", "cawagub", "cabup", "cawabup",
                        "cawalkot", "bakal", "kandidat"})
"""*calon gubernur Papua*, *paslon bupati dan wakil bupati Sigi*: the office a candidate
runs for is a post, not a person who holds it (KBBI VI: *calon* n); readers of real
releases write it in lower case."""
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


_BODY_KINDS = frozenset({
    "OPD", "SKPD", "UPT", "UPTD", "KUA", "RT", "RW", "LPM", "PKK", "LSM", "BUMN", "BUMD",
    "BUMDes", "KUD", "UMKM", "PT", "CV", "SD", "SMP", "SMA", "SMK", "SLB", "MI", "MTs", "MA",
    "TK", "PAUD", "KK", "OKP", "DPC", "PAC", "PPK", "PPS", "KPPS", "TPS", "BPD"})
"""Acronyms of kinds of body that every region has many of: regional offices (*OPD*,
*SKPD*, *UPTD*: PP 18/2016 Perangkat Daerah), village bodies (*RT*, *RW*, *LPM*, *PKK*,
*BPD*: Permendagri 18/2018 Lembaga Kemasyarakatan Desa; UU 6/2014 Desa), election
bodies below the regency (*PPK*, *PPS*, *KPPS*, *TPS*: UU 7/2017 Pemilu), schools,
firms and party branches. *kepala OPD*, *ketua RT* name any holder; the office is a
common noun (EYD V, I.E)."""
_NAMED_BODY_OFFICES = frozenset({"ketua", "kepala", "sekretaris", "direktur", "bendahara",
                                 "koordinator"})
"""Offices that head one body; *pimpinan* is also ‘leadership’ (*di bawah pimpinan KBO*),
*wakil* and *komandan* are read by the name lists."""
_BODY_ENDS = frozenset({",", ".", ";", ")", ""})


def _named_body(text: str, tokens: list[Token], index: int, signs: NameSigns) -> bool:
    """Whether the office at ``tokens[index]`` stands before the acronym of one named
    institution (*ketua KPU,*, *ketua TP PKK adalah*, *sebagai ketua BKSAUA,*): a capital
    acronym, not a kind of body (``_BODY_KINDS``), with lower case or punctuation after
    it and its letters; EYD V, I.E writes the office before an institution's name with a
    capital (*Ketua KPU*)."""
    if tokens[index].text not in _NAMED_BODY_OFFICES or index + 1 >= len(tokens):
        return False
    body = index + 1
    while body < len(tokens) and _acronym(tokens[body].text) and \
            tokens[body].text.isupper() and text[tokens[body - 1].end:tokens[body].start] == " ":
        if tokens[body].text in _BODY_KINDS and body == index + 1:
            return False                     # kepala OPD, ketua RT: any holder
        body += 1
    if body == index + 1:
        return False
    last = tokens[body - 1]
    after = text[last.end:last.end + 2]
    return after[:1] in _BODY_ENDS or (after[:1] == " " and after[1:2].islower())


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
        if any(t.text.lower() in _CANDIDACY for t in tokens[max(0, index - 4):index]):
            continue                         # paslon gubernur dan wakil gubernur Sulbar
        if not (_person_after_body(text, tokens, index + 1, signs) or
                _named_body(text, tokens, index, signs) if head
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
_SAYING_BEFORE = frozenset(saying.HOUSE) | {"katanya"}
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


_UNIT_JOINS = frozenset({"dan", "serta"})


def _lower_unit_pair(text: str, tokens: list[Token], index: int, offices: Set[str]) -> bool:
    """Whether the unit at ``index`` is joined by *dan*/*serta* to another unit or office
    also written in lower case (*anggota polsek serta polres*): the writer names two kinds
    of unit, not one unit of the story. Session 13: full text 0 of 2 such firings marked."""
    for near, join in ((index + 2, index + 1), (index - 2, index - 1)):
        if 0 <= near < len(tokens) and tokens[join].text in _UNIT_JOINS and \
                tokens[near].text in offices and tokens[near].text.islower():
            first, last = sorted((index, near))
            if text[tokens[first].end:tokens[last].start] == f" {tokens[join].text} ":
                return True
    return False


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
        if _lower_unit_pair(text, tokens, index, signs.offices):
            continue                         # anggota polsek serta polres: both kinds
        fixed = word[:1].upper() + word[1:]
        yield Finding(token.start, token.end, word, "style", RULE_UNIT_LOWER,
                      f"Satuan atau jabatan yang merujuk satuan atau orang tertentu ditulis "
                      f"dengan huruf kapital: “{fixed}”.", (fixed,), severity="saran")


_PLACE_KIND_RE = _PATTERNS.compile(
    r"(?<![\w./@-])(distrik|kapanewon|kalurahan|kemantren|lembang|pekon|tiyuh|jorong"
    r"|terminal|dermaga|bandara|pelabuhan|stasiun"
    r"|pantai|bukit|lembah|tanjung|muara|pasar|bendungan|waduk|jembatan|taman|stadion"
    r"|gedung|aula|masjid|musala|gereja|pura|vihara|klenteng|kelenteng|candi|benteng|tugu"
    r"|monumen|museum|hotel|wisma|politeknik|universitas|institut)[ \t]+(?=[A-Z])")
"""Kinds of region and public place before a capital (the pattern opens with literals)."""
_NAMED_KINDS = frozenset({
    "pantai", "bukit", "lembah", "tanjung", "muara", "pasar", "bendungan", "waduk",
    "jembatan", "taman", "stadion", "gedung", "aula", "masjid", "musala", "gereja", "pura",
    "vihara", "klenteng", "kelenteng", "candi", "benteng", "tugu", "monumen", "museum",
    "hotel", "wisma", "politeknik", "universitas", "institut"})
"""Generic elements of a place's name (*unsur generik*, PP 2/2021 Penyelenggaraan Nama
Rupabumi: natural and built features; KBBI VI: each a common noun) that the geography rule
in the rule file (*jalan*, *pulau*, *gunung*, *sungai*…) does not read: a shore, hill,
market, dam, bridge, park, hall, house of worship, monument, hotel or college. Judged
only before a capitalised word that is no common word and no acronym (*aula Nuku*,
*pantai Kaledupa*; not *masjid Agung*, *gedung DPRD*, *pasar Tradisional*), where the
name can be nothing but the place's own."""
_REGION_KINDS = frozenset({"distrik", "kapanewon", "kalurahan", "kemantren", "lembang",
                           "pekon", "tiyuh", "jorong"})
"""Regional names of the district and the village in Kemendagri's codes: *distrik*
(Papua), *kapanewon*, *kalurahan*, *kemantren* (DIY), *lembang* (Toraja), *pekon*,
*tiyuh* (Lampung), *jorong* (West Sumatra). ``style``'s region rule reads *desa*,
*kecamatan*, *kampung*, *nagari*, *gampong*."""
_NOT_PLACE_NAMES = frozenset({"Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota",
                              "Provinsi", "Polres", "Polsek", "Polda", "Polresta", "Kodim",
                              "Koramil", "Pemkab", "Pemkot", "Pemprov", "Kantor", "Dinas",
                              "Kampung", "Dusun", "Nagari", "Gampong", "Jorong", "Stasi",
                              "Lingkungan", "Mapolres", "Mapolsek", "Mapolda", "Mapolresta",
                              "Makodim", "Makoramil", "Pemerintah", "Sekolah"})
"""After these the place word belongs to a unit or region named next (*terminal Kota
Lama* aside): the kind does not open the name."""


def place_kind_before_name(text: str, is_word: Callable[[str], bool],
                           bodies: Set[str] = frozenset()) -> Iterator[Finding]:
    """``kapital-jenis-tempat-sebelum-nama``: *di distrik Nimboran*, *simpang terminal
    Amplas*, *suasana dermaga Yahim*: a kind of region or public place in lower case
    before its name. EYD V, I.E capitalises every word of a geographical name and of a
    place's name (*Jalan Sudirman*, *Pulau Miangas*); the kind is its first word. A
    region kind before any capitalised word (a district or village name may be a common
    word: *Distrik Kota*); a terminal, harbour, airport or station only before a word
    no dictionary has in lower case or an acronym (*terminal Bus kota* is a bus
    terminal). A generic element of a place name (``_NAMED_KINDS``) only before a
    capitalised word that is no common word, no acronym and none of ``bodies`` (the
    lexicon's institutions and units: *aula Bappeda* is Bappeda's hall). Not after
    *setiap*, *para*… (any place of its kind), nor before a region or unit word. Quoted
    speech is prose and is read too. Cheap: the pattern's literals first."""
    for match in scan(_PLACE_KIND_RE, text):
        kind = match.group(1)
        following = text[match.end():match.end() + 40].split(None, 1)[0]
        name = following.rstrip(".,;:)”\"")
        if not name or name in _NOT_PLACE_NAMES or name in _DAYS_MONTHS or \
                not (_title(name) or _acronym(name)):
            continue
        if kind not in _REGION_KINDS and _title(name) and is_word(name.lower()):
            continue                         # terminal Bus: a common word after it
        if kind in _NAMED_KINDS and (not _title(name) or name in bodies):
            continue                         # gedung DPRD, aula Bappeda: a body's building
        before = text[max(0, match.start() - 20):match.start()].split()
        if before and before[-1].lower() in _GENERIC_BEFORE:
            continue                         # setiap terminal: any one
        fixed = kind.capitalize()
        yield Finding(match.start(1), match.end(1), kind, "style", RULE_PLACE_KIND,
                      f"Jenis tempat yang diikuti namanya adalah unsur nama itu; ditulis "
                      f"dengan huruf kapital: “{fixed}”.", (fixed,), severity="saran")
