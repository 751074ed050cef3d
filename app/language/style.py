"""Style rules of EYD edition V that are rarely wrong, each with an id, message and fix.

The word lists live in ``resources/style`` (reviewable data, not code). Every rule returns
findings with Python ``str`` offsets into the text it was given.
"""

from __future__ import annotations

import logging
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.base.calendar_words import DAYS
from app.language import (
    apposition_commas,
    bare_verbs,
    capital_before_name,
    clause_commas,
    common_capitals,
    compounds,
    degree_periods,
    eyd_context,
    eyd_rules,
    foreign_gloss,
    locative_di,
    nonstandard_forms,
    numbers,
    phrase_commas,
    punctuation,
    saying,
    word_marks,
)
from app.language.affixes import MELTED_NASAL, UNMELTED_P, kept_men_form, men_form
from app.language.capitals import PLACE_NOUNS, spelled_acronym
from app.language.context import DOMAIN_ENDINGS
from app.language.eyd_context import RULE_REGION_NAME
from app.language.eyd_rules import EydRule, check_rules, load_rules
from app.language.finding import Finding
from app.language.lexicon import lexicon_dir, read_table, style_dir
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import (
    INDEX,
    Haystack,
    Starts,
    finditer,
    literal_starts,
    scan,
    shared_haystack,
)
from app.language.spans import Spans
from app.language.tokens import Token, is_capitalized, match_case, tokenize

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

logger = logging.getLogger(__name__)

RULE_NONSTANDARD = "bentuk-tidak-baku"
RULE_JOINED_PREPOSITION = "kata-depan-serangkai"
RULE_SPLIT_PREFIX = "awalan-terpisah"
RULE_SPACED_REDUPLICATION = "ulang-tanda-pisah"
RULE_DEGREE = "gelar-tanpa-titik"
RULE_TIME = "waktu-titik-dua"
RULE_QUOTE = "tanda-baca-petik"
RULE_DOUBLED_WORD = "kata-ganda"
RULE_DOUBLE_SPACE = "spasi-ganda"
RULE_FOREIGN = "kata-asing"
RULE_CAPITAL_MIDDLE = "kapital-tengah-kalimat"
RULE_PARTICLE_PUN = "partikel-pun-terpisah"
RULE_NASAL_MELT = "peluluhan-awalan"
RULE_BOUND_NAME = "bentuk-terikat-dalam-nama"
RULE_JOINED_PULA = "pula-terpisah"
RULE_SPLIT_SUFFIX = "akhiran-terpisah"
_GENERAL_PREPOSITION = "kata-depan-umum"
"""``_word_kind``'s mark for a joined *di*/*ke* found by the general rule (a ``saran``)."""

RULES: dict[str, str] = {
    RULE_NONSTANDARD: "Bentuk tidak baku diganti bentuk baku KBBI",
    RULE_JOINED_PREPOSITION: "Kata depan di/ke ditulis terpisah dari kata berikutnya",
    RULE_SPLIT_PREFIX: "Awalan di- ditulis serangkai dengan kata dasarnya",
    RULE_SPACED_REDUPLICATION: "Kata ulang memakai tanda hubung tanpa spasi",
    RULE_DEGREE: "Singkatan gelar ditulis dengan titik",
    RULE_TIME: "Jam dan menit dipisahkan dengan titik",
    RULE_QUOTE: "Tanda baca petikan ditulis di dalam tanda petik",
    RULE_DOUBLED_WORD: "Kata tertulis dua kali",
    RULE_DOUBLE_SPACE: "Spasi ganda",
    RULE_FOREIGN: "Kata asing: pakai padanan Indonesia atau tulis miring",
    RULE_CAPITAL_MIDDLE: "Kata umum di tengah kalimat ditulis dengan huruf kecil",
    RULE_REGION_NAME: "Provinsi, kabupaten, desa … yang menjadi bagian nama ditulis kapital",
    RULE_PARTICLE_PUN: "Partikel pun ditulis terpisah, kecuali pada kata penghubung tetap",
    RULE_NASAL_MELT: "Huruf k, p, t, s awal kata dasar luluh sesudah awalan meN-/peN-",
    RULE_BOUND_NAME: "Bentuk terikat di dalam nama ditulis serangkai (Antarwaktu)",
    RULE_JOINED_PULA: "Kata “pula” ditulis terpisah dari kata sebelumnya",
    RULE_SPLIT_SUFFIX: "Akhiran -kan, -nya, -lah, -kah ditulis serangkai dengan kata dasarnya",
    **numbers.DESCRIPTIONS,
    **punctuation.DESCRIPTIONS,
    **degree_periods.DESCRIPTIONS,
    **eyd_context.DESCRIPTIONS,
    **common_capitals.DESCRIPTIONS,
    **capital_before_name.DESCRIPTIONS,
    **apposition_commas.DESCRIPTIONS,
    **clause_commas.DESCRIPTIONS,
    **phrase_commas.DESCRIPTIONS,
    **bare_verbs.DESCRIPTIONS,
    **compounds.DESCRIPTIONS,
    **word_marks.DESCRIPTIONS,
}
"""Every rule id with a one-line Indonesian description (for settings and reports)."""
STYLE_SOURCES: dict[str, str] = {
    RULE_NASAL_MELT: "KBBI VI daring (peluluhan k, p, t, s sesudah meN-/peN-: mengoordinasi, "
                     "menaati, menyukseskan); EYD V, II.A Kata Berimbuhan",
    RULE_BOUND_NAME: "EYD V, II.B Bentuk Terikat (antarwaktu, antikorupsi; juga di dalam nama)",
    RULE_JOINED_PULA: "KBBI VI daring: pula adv (ditulis terpisah: ada pula, demikian pula)",
    RULE_JOINED_PREPOSITION: "EYD V, II.F Kata Depan (di, ke ditulis terpisah: di kebun, "
                             "ke kantor); KBBI VI daring",
    RULE_SPLIT_PREFIX: "EYD V, II.A Kata Berimbuhan (imbuhan ditulis serangkai: disasar, "
                       "diawali); KBBI VI daring",
    RULE_SPLIT_SUFFIX: "EYD V, II.A Kata Berimbuhan (akhiran ditulis serangkai: menekankan, "
                       "digunakannya)",
    **common_capitals.SOURCES,
    **capital_before_name.SOURCES,
    **apposition_commas.SOURCES,
    **clause_commas.SOURCES,
    **phrase_commas.SOURCES,
    **bare_verbs.SOURCES,
    **compounds.SOURCES,
    **degree_periods.SOURCES,
    **word_marks.SOURCES,
}
"""The source of each rule of this module and of ``numbers``/``punctuation`` that
``rilis check --rules`` names."""
SOFT_STYLE_RULES = frozenset({RULE_BOUND_NAME, RULE_SPLIT_SUFFIX, *clause_commas.SOFT_RULES,
                              *numbers.SOFT_RULES, *punctuation.SOFT_RULES,
                              *common_capitals.SOFT_RULES, *capital_before_name.SOFT_RULES,
                              *apposition_commas.SOFT_RULES, *bare_verbs.SOFT_RULES,
                              *compounds.SOFT_RULES,
                              *phrase_commas.SOFT_RULES})
"""Rules of this module and its helpers that report as ``saran`` (they can misfire)."""
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_JOINED_PREPOSITION: (
        ("Petugas berjaga disemua pintu masuk pasar.",
         "Warga menanam cabai dikebun belakang balai desa.",
         "Korban mengalami memar dibadannya setelah terjatuh.",
         "Rombongan bergerak kekantor kecamatan."),
        ("Barang bukti disita petugas piket.", "Rapat diawali doa bersama.",
         "Kesemuanya hadir tepat waktu.", "Ketuanya memimpin rapat warga.",
         "Usulan warga dikaji ulang oleh panitia.")),
    RULE_SPLIT_PREFIX: (
        ("Gudang itu di sasar petugas sejak pagi.", "Di awali doa, apel dimulai tepat waktu.",
         "Kegiatan di awali pembacaan doa."),
        ("Warga tinggal di seberang sungai.", "Nelayan beristirahat di darat.",
         "Lomba digelar di awal bulan.")),
    RULE_SPLIT_SUFFIX: (
        ("Kapolsek menekan kan pentingnya keselamatan berkendara.",
         "Petugas laksana kan patroli malam.",
         "Sepeda itu di gunakan nya untuk berjualan sayur."),
        ("Kita kan sudah siap, ujar seorang warga.",
         "Kapolsek menekankan pentingnya keselamatan berkendara.",
         "“Di pasar itu kan ada pos ronda,” kata Camat.")),
    RULE_NONSTANDARD: (
        ("Polsek Bekerjasama dengan pengurus koperasi.",
         "Pedagang yang Bertanggungjawab menjaga kebersihan pasar."),
        ("Petugas bekerja sama dengan pengurus koperasi.",
         "Pedagang yang bertanggung jawab menjaga kebersihan pasar.")),
}
"""Wrong and right examples of the joined/split rules (EYD V, II.A, II.E, II.F), run by
``tests/language/test_joined_split_generalised6.py``: each wrong one is flagged by its rule,
each right one is not."""

_SPACED_DASH_RE = _PATTERNS.compile(
    r"(?<![\w-])([^\W\d_]+)(?:[ \t]+[-–—][ \t]*|[ \t]*[-–—][ \t]+)([^\W\d_]+)(?![\w-])"
)
_DOUBLE_SPACE_RE = _PATTERNS.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_SEPARATOR_BEFORE_RE = _PATTERNS.compile(r"(?:[>|/]{2,}|(?<![>|/])\|)\Z")
_SEPARATOR_AFTER_RE = _PATTERNS.compile(r"[>|/]{2,}|\|(?![>|/])|\(\*{1,3}\)\s*\Z")
"""Spaces beside a dateline's separator run (*RBO >>>  SELAGAN >>>  Pemerintah …*,
*KOTA  ||  situs.com*) or before a closing sign-off (*… kata dia.  (*)*): layout around a
sign, not spacing between words. Session 13: tuning 0 marked, 4 not, 3
uncertain; full text of 250 releases 0 of 4 marked (spasi-ganda there 13 right, 5 wrong)."""
MAX_CACHED_FORMS = 50_000
"""Written forms ``StyleChecker`` remembers the word-list verdict of before starting over."""
_LETTER_RUN_RE = _PATTERNS.compile(r"[^\W\d_]+")
_DOUBLED_WORD_RE = _PATTERNS.compile(r"(?<![\w-])([^\W\d_]+)([ \t]+)([^\W\d_]+)(?![\w-])")
_TIME_RE = _PATTERNS.compile(r"(?<![\d.:,])(\d{1,2}):(\d{2})(?![\d:])")
_TIME_CONTEXT_BEFORE = _PATTERNS.compile(r"(?:pukul|jam|Pukul|Jam|PUKUL|JAM)\s*$")
_TIME_CONTEXT_AFTER = _PATTERNS.compile(r"^\s*(?:WIB|WITA|WIT)\b")
_QUOTE_RE = _PATTERNS.compile(r"([“\"])([^“”\"\n]{1,3000}?)([”\"])([ \t]?)([,.])")
_DEGREE_RE = _PATTERNS.compile(
    r"(?<=,)[ \t]*((?:[A-Za-z]{1,4}\.)*[A-Za-z]{1,4}\.?)(?=[ \t]*(?:,|$|[ \t\n)\];]))",
    re.MULTILINE,
)
_BARE_PART = r"(?=[A-Za-z]{2,5}\b)[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,3}"
"""A degree written bare has a second capital (SH, SIK, MSi, SSos); a surname has none."""
_BARE_DEGREE_RE = _PATTERNS.compile(
    r"(?<=[a-z])[ \t]+((?:" + _BARE_PART + r"[ \t]+)*" + _BARE_PART + r")"
    r"(?=[ \t]*(?:[,.\n)]|$)|[ \t]+[a-z])",
    re.MULTILINE)
_SAYING_VERBS = saying.alternation(saying.AFTER_QUOTE)
"""The verbs after a closing mark (app/language/saying.py); session 13: all of them, so
*”. Tutup Kapolsek* is an attribution too (one finding on 943 texts, a reader's mark)."""
_SAYING_AFTER_QUOTE_RE = _PATTERNS.compile(
    r"[,!?][”\"’][ \t]+((?:" + _SAYING_VERBS.title() + r")(?:nya)?)\b")
_SAYING_NEXT_RE = _PATTERNS.compile(
    r"[ \t]*(?:(?:" + _SAYING_VERBS + r")(?:nya)?\b|(?:" + _SAYING_VERBS.title()
    + r")(?:nya)?(?=[ \t]*[.,]|[ \t]+[A-Z]))")
"""*…”. imbuhnya*: the words of saying go on after the quotation (EYD V, III.B)."""
_FUNCTION_AFTER_COMMA_RE = _PATTERNS.compile(
    r"(?<=[a-z)]),[ \t]+(Dia|Kemudian|Saya|Kami|Kita|Mereka|Ia|Dan|Serta|Sehingga|Karena|Agar"
    r"|Supaya|Sedangkan|Maka|Bahwa|Yang|Namun|Tetapi|Khususnya|Terutama|Yakni|Yaitu|Termasuk"
    r"|Bahkan)\b(?=[ \t]+[a-z])")
_UNIT_QUALIFIER_RE = _PATTERNS.compile(
    r"\b(Polsek|Polres|Polresta|Polrestabes|Polda|Koramil|Kodim|Korem|Kodam|Pemkab|Pemkot"
    r"|Pemprov|Pemdes|Kecamatan|Kelurahan|Desa|Puskesmas|Dinas|Satpol)[ \t]+"
    r"(Jajaran|Setempat|Terdekat|Terkait|Tersebut|Sekitar|Masing-[Mm]asing)\b")
_REGION_BEFORE_NAME_RE = _PATTERNS.compile(
    r"(?<![\w.])(provinsi|kabupaten|kecamatan|kelurahan|desa|dusun|kampung|nagari|gampong"
    r"|kota(?<![Ii]bu kota)(?=[ \t]+(?!(?:Kelurahan|Kecamatan|Desa|Kabupaten|Provinsi)\b)))"
    r"[ \t]+(?=[A-Z][a-z])")
"""*provinsi Aceh*, *kota Ambon*: a region word before its name; *ibu kota* is one word,
and *kota Kelurahan …* a town area before the village's own name."""
_LOWER_AFTER_UNIT_RE = _PATTERNS.compile(
    r"(?<![\w-])(?:Polda|Polres|Polresta|Polrestabes|Polsek|Kodim|Korem|Kodam|Kecamatan"
    r"|Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemprov|Kapolda|Kapolres|Kapolsek|Bupati"
    r"|Gubernur)[ \t]+([a-z]{3,})(?:[ \t]+([a-z]{3,}))?(?![\w-])")
"""A unit or office followed by its region written in lower case: *Polda lampung*."""
_SPLIT_AFFIX_RE = _PATTERNS.compile(
    r"(?<![\w-])(meng|meny|mem|men|ber|ter|peng|peny|pem|pen)([ \t]+)([a-z]{3,})(?![\w-])")
_SPLIT_KE_RE = _PATTERNS.compile(r"([Kk]e)[ \t]+([a-z]{3,})(?![\w-])")
"""*ke polisian*: the *ke-* of a *ke-…-an* word typed apart, where the rest is no word."""
_NASAL_MELT_RE = _PATTERNS.compile(
    r"([Mm]e|[Pp]e)(ng(?=k)|m(?=p)|n(?=[ts]))([kpts])([aeiou][a-z]{2,})(?![\w-])")
"""*mengkoordinasi*, *mempedomani*, *mentaati*, *mensukseskan*: a root's first k, p, t or
s kept after *meN-*/*peN-* (KBBI: it melts — *mengoordinasi*, *menaati*, *menyukseskan*)."""
_BOUND_IN_NAME_RE = _PATTERNS.compile(
    r"(Antar|Pasca|Pra|Non|Anti|Multi|Semi|Swa|Purna|Inter|Intra|Supra|Ultra)"
    r"[ \t]+([A-Z][a-z]{2,})(?![\w-])")
_BOUND_FREE_WORDS = frozenset({"jemput", "pulang", "barang", "paket", "jenazah", "grata",
                               "bono", "kota", "provinsi", "daerah", "desa", "kecamatan"})
"""Words after *antar* that make a phrase with the verb *antar* (*Antar Jemput*), and
region words whose name-part keeps its capital (*Antar Kota* is left to the officer)."""
_JOINED_PULA_RE = _PATTERNS.compile(r"pula(?![\w-])")
"""The end of a word in *pula*; its start is found by walking back (linear, and the regex
can use its fast literal search)."""
_WORD_START = _PATTERNS.compile(r"[\w-]")


# a title-case heading goes on with another capitalised word (Polisi Mengkoordinasi Warga)
_TITLE_WORD_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]")
_SENTENCE_END_BEFORE_RE = re.compile(r"(?:[.!?:;\n“\"‘'(–—-]|^)[ \t”\"’')]*\Z")


def _mid_sentence(text: str, position: int) -> bool:
    """True when a sentence is already under way before *position*: a capital there
    belongs to a name, not to the sentence start (W3B)."""
    return _SENTENCE_END_BEFORE_RE.search(text, max(0, position - 12), position) is None


def _starts_word(text: str, position: int) -> bool:
    """Whether ``position`` begins a word: no letter, digit or hyphen just before it.
    (The patterns leave this to code so that they open with a literal, which the regex
    engine finds fast, instead of a lookbehind tried at every character.)"""
    return position == 0 or _WORD_START.match(text, position - 1) is None
_NAME_GOES_ON_RE = _PATTERNS.compile(
    r"(?:,?[ \t]+(?:dan|&)[ \t]+(?![A-Z]{2,}\b)"
    r"|,[ \t]*(?!(?:" + "|".join(DAYS) + r"|Jum.at|Ahad)\b)"
    r"|[ \t]+\d+[ \t]+)[A-Z]")
"""A name that goes on after the run (*Komunikasi, Informasi, dan Edukasi*); not an acronym
after *dan* (*Apel dan APP*), which names a unit of its own, nor the day after a comma
(*awak Media, Jumat (23/9)*: the sentence's time, no part of a name)."""
_RELIGIOUS_TITLES = frozenset({"Haji", "Hajah", "Kiai", "Kyai", "Habib", "Ustaz", "Ustazah",
                               "Ustad", "Nyai", "Romo", "Pendeta", "Pastor", "Bhikkhu"})
"""Religious titles of ``sapaan.tsv``: capitalised before a name (*Haji Ahmad*), common
nouns where they name no one (EYD V, I.E gelar keagamaan: *manasik haji*, *menjadi
kiai*). Unlike an office (*Bupati*, *Kapolres*), which refers to the one holder."""
_ADDRESS_WORDS = frozenset({"Bapak", "Ibu", "Saudara", "Saudari", "Anda", "Tuhan", "Allah",
                            "Pak", "Bu", "Kakak", "Adik", "Kak", "Dik"})
"""Words written with a capital by EYD V (address, God) wherever they stand."""
_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "asal", "menuju", "wilayah", "kawasan",
                                 "daerah", "sekitar", "warga", "kampung"})
_PREPOSITION_LOOKALIKES = frozenset({"keluar", "kedua", "ketiga", "keempat", "kelima",
                                     "keenam", "ketujuh", "kedelapan", "kesembilan",
                                     "kesepuluh", "kemari", "kepada"})
"""Words that only look like *ke*/*di* + noun: *keluar* is a verb, *kedua* an ordinal."""
_SAYING_PASSIVE = frozenset({"dijelaskan", "dikatakan", "disampaikan", "diungkapkan",
                             "ditegaskan", "dituturkan", "diterangkan", "disebutkan",
                             "dipaparkan", "ditambahkan", "dihubungi", "dikonfirmasi"})
"""Passive verbs of saying (and of being asked: *dihubungi*, *dikonfirmasi*): the
capitalised word after them is the speaker or the one who asked, the agent (*Lebih jauh
dijelaskan Ikhwan, …*, *saat dihubungi Pionir, Senin*)."""
_CONFIX_NOUN_RE = _PATTERNS.compile(r"(?:Ke|Pe)[a-z]{3,}an")
"""A noun with the confix *ke-…-an* or *pe(N/r)-…-an* (*Kepolisian*, *Pemerintahan*):
an institution or an abstract noun, never a person's given name, so after *oleh* it is no
agent's name (*oleh Kepolisian yang …*)."""
_PEOPLE_OF = frozenset({"masyarakat", "warga", "orang", "suku", "bahasa", "budaya", "tradisi",
                        "adat", "rakyat", "putra", "putri", "etnis", "kesenian", "tarian"})
"""Nouns of the people, the speech and the customs *of* a place or a people: the
capitalised word after them names that place or people (*masyarakat Purus*, *orang Banua*,
*bahasa Sasak*), a common word in lower case otherwise (KBBI: *masyarakat*, *bahasa* n)."""
_GROUP_AFTER_PEOPLE = frozenset({"Masyarakat", "Warga", "Penduduk", "Binaan"})
"""Common words of the group itself, which name no place (*warga Masyarakat tersebut*)."""
_COUNT_BEFORE_ORANG_RE = _PATTERNS.compile(
    r"(?:\d|\)|belas|puluh|ratus|ribu|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
    r"|sepuluh|beberapa|sejumlah|puluhan|ratusan)[ \t]*$")
"""A count before *orang*: then *orang* is a classifier (*5 orang Residivis*). Any count
will do, also one opening the text or after a name; ``common_capitals``'s
``_COUNT_IN_SENTENCE_RE`` differs on purpose (it wants a lowercase word before the count)."""
_ABBREVIATED_TITLE_RE = _PATTERNS.compile(r"\. [A-Z]")
"""*Sdr. Hadi*, *Bpk. Rahmat*: a short capitalised word closed by a period before a name
is a title's abbreviation."""
_NAME_OF_GOD = ("llah", "ullah")
"""*Alhamdulillah*, *Insyaallah*, *Subhanallah*: expressions that hold the name of God keep
their capital (EYD V, I.E: nama Tuhan); readers of real releases never lower them."""
_QUOTE_OPENS_LOWER_RE = _PATTERNS.compile(r"(?:^|(?<=[.!?][ \t])|(?<=:[ \t]))[“\"]([a-z]\w*)",
                                   re.MULTILINE)
_FIXED_PUN = frozenset({"adapun", "andaipun", "ataupun", "bagaimanapun", "biarpun",
                        "kalaupun", "kendatipun", "maupun", "meskipun", "sekalipun",
                        "sungguhpun", "walaupun", "sekaliannya"})
_QUANTIFIERS = frozenset({"para", "seluruh", "setiap", "semua", "sejumlah", "beberapa",
                          "tiap", "segenap", "masing-masing"})
_ACRONYM_AFTER_RE = _PATTERNS.compile(r"[ \t]*\([A-Z][A-Za-z-]{1,12}\)")
_DOMAIN_AFTER_RE = _PATTERNS.compile(r"\." + DOMAIN_ENDINGS + r"(?![^\W\d_])")
"""*kepada Berita.news*: a word joined to a domain is a site's name, written as its owners
write it, not a common word in the sentence."""
_MID_GAP_RE = _PATTERNS.compile(r"(?: (?:\d+(?:[.,]\d+)? )?|, )")
"""Between the lowercase word and the capitalised one: a space, a number (*22 Desa*), or a
comma (an item of a list: *camat, Pemerintah daerah dan Forkopimda*)."""
_PREDICATE_PREFIXES = ("me", "ber")
"""After a comma, a capitalised word before a verb in *meN-*/*ber-* is the subject of a new
clause, often a name (*Dalam arahannya, Dewa menegaskan*): not judged."""
_RUN_HEADS = frozenset({
    "Dinas", "Badan", "Kantor", "Operasi", "Satuan", "Kepala", "Pemerintah", "Kementerian",
    "Hari", "Tahun", "Malam", "Majelis", "Dewan", "Komisi", "Lembaga", "Balai", "Rumah",
    "Sekolah", "Pondok", "Universitas", "Gerakan", "Forum", "Tim", "Unit", "Pos", "Gedung",
    "Jalan", "Pasar", "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi",
    "Pulau", "Gunung", "Sungai", "Danau", "Pantai", "Taman", "Lapangan", "Masjid", "Gereja",
    "Bank", "Partai", "Persatuan", "Ikatan", "Himpunan", "Yayasan", "Koperasi", "Festival",
    "Lomba", "Piala", "Kejuaraan", "Pekan", "Bulan", "Gelar", "Apel", "Upacara", "Sidang",
    "Rapat", "Musyawarah", "Kongres", "Konferensi", "Seminar", "Pelatihan", "Pendidikan",
    "Sekretariat", "Inspektorat", "Biro", "Bagian", "Seksi", "Subbagian", "Bidang", "Pusat",
    "Kampung", "Perumahan", "Stasiun", "Terminal", "Bandar", "Pelabuhan", "Museum", "Pengadilan",
    "Kejaksaan", "Penjara", "Komando", "Resimen", "Batalyon", "Brigade", "Detasemen",
    "Polisi", "Tentara", "Angkatan", "Perusahaan", "Wisma", "Hotel", "Restoran", "Warung",
    "Direktorat", "Perayaan", "Tari",
})
"""Words that head a name of an institution, place or event: the run is a name."""
_STATE_NAMES = frozenset({"Merah Putih"})
"""The national flag's name (EYD V, I.E: *Sang Merah Putih*; KBBI *Sang Merah Putih*):
*bendera Merah Putih* keeps its capitals. Session 13: none of 3 capitalised firings marked
(2 not, 1 uncertain), while readers marked 1 of 1 *bendera merah putih* in lower case."""
_TITLE_BEFORE = frozenset({"tentang", "tema", "bertema", "bertajuk", "berjudul", "judul",
                           "materi", "slogan", "semboyan", "moto", "sandi", "bernama",
                           "program", "pasangan", "wisata", "kelompok", "komunitas",
                           "sanggar", "unit", "agama", "beragama"})
"""Words after which capitals open a title or the name of what the word classifies
(EYD V, I.E: judul, nama diri): *tentang Penyampaian Pendapat*, *program Sambang Desa*."""
_NUMBER_AFTER_RE = _PATTERNS.compile(r"[ \t]+\d")
_QUANTITY_AFTER_RE = _PATTERNS.compile(
    r"[ \t]+\d[\d.,]*[ \t]+(?:butir|buah|biji|ekor|orang|lembar|batang|bungkus|paket|unit"
    r"|keping|helai|pucuk|karung|botol|kotak|gram|kilogram|kg|gr|ton|liter|meter)\b")
"""A number with a classifier or a unit after it counts what the words name (*pil
ekstasi 3.560 butir*): a quantity, not the number of a name (*Pasal 114*)."""
_SAYING = frozenset(saying.roots(saying.HOUSE, add=("lanjut", "bilang"))) | {
    "oleh", "bapak", "ibu", "pak", "bu", "saudara", "sdr"}
"""Words a name follows (*ujar Budi*, *oleh Ikhwan*, *Bapak Hadi*): the house verbs of
saying, *lanjut*, *bilang*, the agent's *oleh* and forms of address."""
_INITIALS_WORD = _PATTERNS.compile(r"inisial\s*$", re.IGNORECASE)
_NAME_BEFORE_COMMA = _PATTERNS.compile(
    r"(?:[A-Z][a-z'’]+|[A-Z][A-Za-z]{0,3}\.|(?<=[A-Z]\. )[A-Z]{3,}"
    r"|(?<=[A-Z] )[A-Z]{3,}|(?<=[A-Z]{3} )[A-Z]{3,})$")
"""A name before a degree's comma: *Purba*, *A.*, and names in capitals after an initial
or another capitalised word (*P. MANURUNG*, *JEFRI A PURBA*)."""
_TERM_BEFORE_QUOTE_RE = _PATTERNS.compile(r"(?<![.!?:,])\b[a-z]+[ \t]+\Z")
"""A quotation mark straight after a lower-case word in a sentence opens a title or a term
(*tema “…”*); EYD V puts the sentence's period after its closing mark."""
_SPLIT_PREFIX_RE = _PATTERNS.compile(r"(?<![\w-])([Dd]i)([ \t]+)([A-Za-z][a-z]{2,})(?![\w-])")
SUFFIX_ONLY_FILE = "akar-pasif-akhiran-saja.txt"
"""Generated by ``scripts/build_suffix_only_roots.py`` from hunspell id_ID's affix flags."""
COMMON_NOUN_ZIPF = 3.5
"""A word after a joined *di*/*ke* must be this frequent (wordfreq zipf): a common word, so a
rare root (a loan verb hunspell lacks: *banderol*, *rapel*) or a name is not split."""
_VERB_PREFIXES = ("ber", "be", "me", "di", "ter")
COMPOUND_ZIPF = 3.0
"""A joined compound must be this common in running text (wordfreq zipf) to be read as the
familiar misspelling (*bekerjasama*) rather than a name."""
COMPOUND_PART_ZIPF = 4.5
"""Each half of a compound split apart is a word this common (*bekerja*, *sama*)."""
VERB_MARGIN = 0.5
"""How much more frequent (zipf) a root's *meN-* form must be than the root for *di* bare
before it to be the passive prefix (*menyasar* ≫ *sasar*; *merantau* ≈ *rantau*: a place)."""
_ENCLITICS = ("nya", "ku", "mu", "lah", "kah", "pun")
_COLLECTIVE_NUMERALS = frozenset({"semua", "semuanya", "dua", "tiga", "empat", "lima", "enam",
                                  "tujuh", "delapan", "sembilan", "sepuluh", "seratus",
                                  "sekian", "sebelas"})
"""*kesemua*, *keduanya*: *ke-* makes a collective numeral (KBBI), not the preposition."""
_SPLIT_SUFFIX_RE = _PATTERNS.compile(r" (kan|nya|lah|kah)(?![\w-])")
"""*menekan kan*, *gunakan nya*: a suffix or particle typed apart from its word (the word
before is found by walking back, so the pattern opens with a literal)."""
_WORD_BEFORE_RE = _PATTERNS.compile(r"(?:(?<![\w-])([Dd]i) )?([^\W\d_]{3,})\Z")
_KAN_PARTICLE_HOSTS = frozenset({"ini", "itu", "begitu", "kita", "kami", "saya", "dia",
                                 "mereka", "kamu", "anda", "beliau"})
"""KBBI pronouns and demonstratives: *kan* after them is the spoken particle (KBBI *kan*
partikel cak, 'bukan'), never the suffix (*itu kan ada Babinsa*); session 13: full text of
raw11-15, 0 of 2 marked (*ini kan*, *itu kan*), which wordfreq lists joined as slang."""
_PASSIVE_ENDING_RE = _PATTERNS.compile(r"(?:kan|i)?(?:nya)?$")
"""The suffixes a passive verb may carry after its root: *di hadiri*, *di selenggarakannya*."""


@dataclass
class StyleData:
    """The word lists behind the rules."""

    nonstandard: dict[str, str] = field(default_factory=dict)
    cased_nonstandard: dict[str, str] = field(default_factory=dict)
    """Entries of ``baku.tsv`` written capitalised (*Walikota* → *Wali Kota*): a word in
    that case takes that form, which ``match_case`` cannot build from the lowercase entry
    (*Wali kota*); the lowercase entry is kept for the word in lower case (before session
    14 the capitalised line replaced it, and *walikota* in mid-sentence was offered
    *Wali Kota*)."""
    foreign: dict[str, str] = field(default_factory=dict)
    degrees: dict[str, str] = field(default_factory=dict)
    joined: dict[str, str] = field(default_factory=dict)
    split_exceptions: set[str] = field(default_factory=set)
    eyd_rules: list[EydRule] = field(default_factory=list)
    regions: dict[str, str] = field(default_factory=dict)
    established: set[str] = field(default_factory=set)
    proper_entries: set[str] = field(default_factory=set)
    passive_roots: dict[str, str] = field(default_factory=dict)
    suffix_only: set[str] = field(default_factory=set)
    """Roots of ``passive_roots`` hunspell gives no bare *di-*/*meN-* (``badan``: only
    *dibadankan*): *di* bare before them is the preposition (``akar-pasif-akhiran-saja.txt``)."""
    provinces: dict[str, str] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)
    ranks: set[str] = field(default_factory=set)
    """Single-word ranks of ``pangkat.tsv`` (*Inspektur*, *Polisi*, *Kapten*)."""

    @classmethod
    def load(cls, folder: Path | None = None) -> StyleData:
        folder = folder or style_dir()
        data = cls()
        for wrong, right in read_table(folder / "baku.tsv"):
            key = wrong.lower()
            if wrong != key:
                data.cased_nonstandard[wrong] = right    # Walikota -> Wali Kota
            if wrong == key or key not in data.nonstandard:
                data.nonstandard[key] = right        # walikota -> wali kota stays
        for word, equivalent in read_table(folder / "asing.tsv"):
            data.foreign[word.lower()] = equivalent
        for wrong, right in read_table(folder / "gelar-varian.tsv"):
            data.degrees[wrong] = right
        data.degrees = {**degree_periods.load_standard_variants(folder), **data.degrees}
        for wrong, right in read_table(folder / "kata-depan.tsv"):
            data.joined[wrong.lower()] = right
        for (word,) in read_table(folder / "di-pisah-kecuali.tsv", columns=1):
            data.split_exceptions.add(word.lower())
        rules_path = folder / "aturan-eyd.toml"
        if rules_path.exists():
            data.eyd_rules = load_rules(rules_path)
        data.regions = eyd_context.load_region_names()
        data.established = eyd_context.load_established_words()
        data.proper_entries = eyd_context.load_proper_entries()
        data.passive_roots = eyd_context.read_passive_roots(folder)
        if (folder / SUFFIX_ONLY_FILE).exists():
            data.suffix_only = {word for (word,) in
                                read_table(folder / SUFFIX_ONLY_FILE, columns=1)}
        data.provinces = eyd_context.load_province_names()
        data.titles = eyd_context.load_office_titles()
        data.ranks = _load_ranks()
        return data


def _load_ranks() -> set[str]:
    """Single-word ranks the lexicon lists (``pangkat.tsv``): capitalised before a name,
    common nouns where they name no one (EYD V, I.E kepangkatan)."""
    path = lexicon_dir() / "pangkat.tsv"
    if not path.exists():
        return set()
    return {entry for entry, _category in read_table(path)
            if entry.isalpha() and entry[:1].isupper() and entry[1:].islower()}


_title_case_line = eyd_context.title_case_line
_headline_line = eyd_context.headline_line


def _spaced_dash_places(text: str) -> list[int]:
    """Where a ``_SPACED_DASH_RE`` match can start: at the letter run before a dash with
    a blank beside it (its pattern starts with a lookbehind and a class of letters, which
    no literal prefilter reads; a dash is rare, a dash with a blank beside it rarer)."""
    places: set[int] = set()
    for dash in "-–—":
        at = text.find(dash)
        while at >= 0:
            if text[at - 1:at] in (" ", "\t") or text[at + 1:at + 2] in (" ", "\t"):
                end = at
                while end > 0 and text[end - 1] in " \t":
                    end -= 1
                start = end
                while start > 0 and _is_letter(text[start - 1]):
                    start -= 1
                if start < end:
                    places.add(start)
            at = text.find(dash, at + 1)
    return sorted(places)


def _names_people(text: str, before: Token, words: list[str]) -> bool:
    """After a noun of ``_PEOPLE_OF``, whether the capitalised ``words`` name a place or a
    people: not a kind of place or a group word (*warga Desa binaan*, *warga Nagari*), not
    a word with *-nya* (*warga Binaannya*), not after *orang* used as a classifier."""
    if words[0] in PLACE_NOUNS or words[0] in _GROUP_AFTER_PEOPLE or \
            words[-1].endswith("nya"):
        return False
    return not (before.text == "orang" and
                _COUNT_BEFORE_ORANG_RE.search(text, max(0, before.start - 12), before.start))


def _is_letter(char: str) -> bool:
    """``[^\\W\\d_]``: a word character that is no digit and no underscore."""
    return char.isalnum() and not char.isdecimal()


def _is_title_word(word: str) -> bool:
    """A word in title case (*Protokol*), or a reduplicated word opening with a capital
    (*Isu-isu*, *Masjid-Masjid*): both halves the same word, as EYD V, II.C writes it."""
    if "-" in word:
        first, _, second = word.partition("-")
        return first.lower() == second.lower() and _is_title_word(first)
    return len(word) > 2 and word[:1].isupper() and word[1:].islower() and word.isalpha()


NOUN_MARGIN = 1.75
"""Zipf by which a root outnumbers its *di-* form when *di* before it is the preposition: the
gap is 1.8–3.2 for *lantai*, *kelas*, *negara* and 0–1.7 for roots also used as passives
(*survei*, *sidang*, *geledah*), measured on the frequency list."""


def _active_forms(root: str) -> Iterator[str]:
    """The *meN-* forms of ``root``: melted (``men_form``), for k, p, t, s also kept
    (*mengkaji*, *mentaati*), and *menge-* for a short root."""
    yield men_form(root)
    kept = kept_men_form(root)
    if kept is not None:
        yield kept
    if len(root) <= 4:
        yield "menge" + root


def _phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """One regex for all multi-word entries, longest first, whole words only."""
    if not phrases:
        return None
    parts = sorted((re.escape(p).replace(r"\ ", r"[ \t]+") for p in phrases), key=len,
                   reverse=True)
    return _PATTERNS.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])",
                             re.IGNORECASE)


class StyleChecker:
    """Runs every rule over a text; ``is_word`` is the spelling checker's acceptance."""

    def __init__(self, data: StyleData, is_word: Callable[[str], bool],
                 is_proper: Callable[[str], bool],
                 is_name: Callable[[str], bool] = lambda word: False,
                 is_place: Callable[[str], bool] = lambda word: False,
                 proper_of: Callable[[str], str | None] = lambda word: None,
                 is_caps_term: Callable[[str], bool] = lambda word: False,
                 is_word_known_lower: Callable[[str], bool] = lambda word: False,
                 zipf: Callable[[str], float] = lambda word: 0.0) -> None:
        self.data = data
        self._zipf = zipf
        self._is_name = is_name
        self._is_place = is_place
        self._proper_of = proper_of
        self._is_caps_term = is_caps_term
        self._is_word_known_lower = is_word_known_lower
        self._is_word = is_word
        self._is_proper = is_proper
        self._place_nouns = {right.split(" ", 1)[1] for right in data.joined.values()
                             if right[:3] in ("di ", "ke ") and " " not in right[3:]}
        self._degrees_upper = {key.replace(".", "").upper(): value
                               for key, value in data.degrees.items()
                               if key.replace(".", "").isalpha()}
        self._nonstandard_phrases = _phrase_regex(
            [key for key in data.nonstandard if " " in key])
        self._foreign_phrases = _phrase_regex([key for key in data.foreign if " " in key])
        self._phrase_starts = {pattern: literal_starts(pattern) for pattern in
                               (self._nonstandard_phrases, self._foreign_phrases)
                               if pattern is not None}
        """The first words of the phrase tables, found with ``str.find`` (as the EYD rules
        are): the case-insensitive alternation is slow to try at every character."""
        INDEX.learn_starts([rule.starts for rule in data.eyd_rules if rule.starts] +
                           [starts for starts in self._phrase_starts.values() if starts])
        # the first check already finds the rules' literals in one pass (rilis check runs one)
        self._region_index = eyd_context.region_index(data.regions)
        self._standard_degrees = {value for value in data.degrees.values()
                                  if value.count(".") >= 2}
        self._degree_keys = eyd_context.degree_keys(set(data.degrees.values()))
        self._title_degrees = degree_periods.TitleCaseDegrees(data.degrees, is_word)
        self._places = punctuation.PlaceNames()
        self._connectors = punctuation.Connectors(punctuation.load_connectors())
        self._bare_verbs = bare_verbs.BareVerbs(data.passive_roots, zipf)
        self._compounds = compounds.Compounds(compounds.CompoundData.load(), is_word, zipf)
        self._reduplications = punctuation.load_reduplications()
        self._abbreviations = punctuation.load_abbreviations()
        self._run_words = common_capitals.RunWords(
            self._is_common_word, _RUN_HEADS | data.titles, PLACE_NOUNS, is_caps_term,
            data.titles, _TITLE_BEFORE, is_word)
        self._name_signs = capital_before_name.NameSigns(
            capital_before_name.load_offices(), self._is_common_word, is_caps_term, PLACE_NOUNS,
            lambda word: is_proper(word) and not is_word(word))
        self._word_kinds: dict[str, tuple[str, str | None]] = {}
        """What ``_word_rules`` makes of a written form, for the life of the checker (the
        tables do not change; bounded by ``MAX_CACHED_FORMS``)."""

    def check(self, text: str, tokens: list[Token] | None = None) -> list[Finding]:
        tokens = tokens if tokens is not None else list(tokenize(text))
        findings: list[Finding] = []
        haystack = shared_haystack(text, fresh=True)   # the phrase tables, EYD rules
        # and the rules' own prefiltered regexes (``scan``) share it for this check
        findings += self._phrases(text, haystack)
        findings += self._word_rules(text, tokens, findings)
        findings += nonstandard_forms.find(text, tokens, findings, self._is_place)
        findings += self._bare_verbs.find(text, tokens, findings)
        findings += self._spaced_reduplication(text)
        findings += self._degrees(text)
        findings += self._bare_degrees(text)
        findings += degree_periods.comma_for_period(text, self.data.degrees)
        findings += degree_periods.title_case_degrees(text, self._title_degrees)
        findings += self._times(text)
        findings += self._quotes(text)
        findings += self._doubled_words(text)
        findings += self._double_spaces(text)
        findings += self._split_prefix(text)
        findings += self._split_suffix(text, findings)
        findings += self._capital_in_middle(text, tokens)
        findings += self._capital_compound(text, tokens)
        findings += self._common_capitals(text, tokens, findings)
        findings += self._lowercase_after(text)
        findings += self._quote_starts_lowercase(text)
        findings += self._caps_name_in_text(text, tokens)
        findings += self._joined_pun(tokens)
        findings += self._title_after_quantifier(text, tokens)
        taken = Spans((f.start, f.end) for f in findings)   # what the quantifier rule left
        findings += [f for f in common_capitals.after_article(text, tokens, self._run_words)
                     if not taken.overlaps(f.start, f.end)]
        findings += self._region_before_name(text)
        findings += self._lower_region_after_unit(text)
        findings += self._unit_qualifier(text)
        findings += self._split_nasal_prefix(text)
        findings += self._split_ke(text)
        findings += self._nasal_melt(text)
        findings += self._bound_form_in_name(text)
        findings += self._joined_pula(text)
        findings += self._compounds.find(text, tokens, findings)
        findings += numbers.number_opens_sentence(text)
        findings += numbers.grouping_consistency(text)
        findings += punctuation.closing_mark_opens(text)
        findings += punctuation.paragraph_comma(text)
        findings += punctuation.day_after_name(text)
        findings += punctuation.joined_at_case(text, self._is_word, self._is_place)
        findings += punctuation.place_comma(text, self._places)
        findings += punctuation.men_reduplication(text)
        findings += punctuation.connector_comma(text, self._connectors)
        findings += punctuation.reduplication_apart(text, tokens, self._reduplications,
                                                     self._is_word)
        findings += punctuation.attribution_after_period(text)
        findings += punctuation.period_between_words(text, self._is_word)
        findings += punctuation.name_period_comma(text, self._abbreviations)
        findings += punctuation.nested_quotes(text)
        findings += punctuation.stray_closing_bracket(text)
        findings += [f for f in punctuation.period_outside_quote(text)
                     if not any(e.start < f.end and f.start < e.end for e in findings)]
        findings += punctuation.single_closes_double(text)
        findings += punctuation.missing_opening_quote(text)
        findings += punctuation.affixed_sound_pair(text, tokens, self._reduplications)
        findings += word_marks.broken_words(text, self._is_word, self._is_place,
                                            self.data.nonstandard.__contains__)
        findings += word_marks.curly_apostrophes(text, self.data.nonstandard)
        findings += [f for f in locative_di.joined_locatives(text)
                     if not any(e.start < f.end and f.start < e.end for e in findings)]
        findings += eyd_context.final_period(text)
        findings += eyd_context.unit_case(text, _headline_line)
        findings += eyd_context.region_case(text, tokens, self._region_index, self.data.regions)
        findings += eyd_context.degree_comma(text, self._standard_degrees)
        findings += eyd_context.function_word_case(text, _headline_line)
        findings += eyd_context.subject_comma(text)
        taken = Spans((f.start, f.end) for f in findings)
        findings += [f for f in check_rules(text, self.data.eyd_rules, haystack)
                     if not taken.overlaps(f.start, f.end)]
        taken = Spans((f.start, f.end) for f in findings)
        findings += [f for f in eyd_context.degree_run(text, self._degree_keys)
                     if not taken.overlaps(f.start, f.end)]   # the specific rules first
        taken = Spans((f.start, f.end) for f in findings)
        findings += [f for f in (*degree_periods.dotted_degrees(text, self.data.degrees),
                                 *capital_before_name.day_month_lower(text),
                                 *capital_before_name.office_before_name(
                                     text, tokens, self._name_signs),
                                 *capital_before_name.unit_in_lower_case(
                                     text, tokens, self._name_signs))
                     if not taken.overlaps(f.start, f.end)]   # the general ones last
        # after the spans are taken: a missing comma leaves the EYD rules' words to them
        findings += apposition_commas.degree_closing_comma(text, self._standard_degrees)
        findings += apposition_commas.office_apposition(text)
        findings += clause_commas.check(text)
        findings += phrase_commas.check(text)
        unique: dict[tuple[int, int, str], Finding] = {}
        for finding in findings:                 # two rules may see the same slip
            unique.setdefault((finding.start, finding.end, finding.rule), finding)
        return list(unique.values())

    # -- word lists ----------------------------------------------------------------------

    def _phrases(self, text: str, haystack: Haystack | None = None) -> Iterator[Finding]:
        haystack = haystack if haystack is not None else Haystack(text)
        if self._nonstandard_phrases is not None:
            for match in self._phrase_matches(self._nonstandard_phrases, text, haystack):
                yield self._nonstandard(match.start(), match.end(), match.group())
        if self._foreign_phrases is not None:
            for match in self._phrase_matches(self._foreign_phrases, text, haystack):
                if not self._glossed(text, match.start(), match.end(), match.group()):
                    yield self._foreign(match.start(), match.end(), match.group())

    def _phrase_matches(self, pattern: re.Pattern[str], text: str,
                        haystack: Haystack) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, tried only where a phrase's first word occurs."""
        starts: Starts | None = self._phrase_starts.get(pattern)
        places = haystack.places(starts) if eyd_rules.PREFILTER and starts else None
        if places != []:
            yield from finditer(pattern, places, text)

    def _word_rules(self, text: str, tokens: list[Token],
                    earlier: list[Finding]) -> Iterator[Finding]:
        taken = Spans((f.start, f.end) for f in earlier)
        for index, token in enumerate(tokens):
            if taken.overlaps(token.start, token.end):
                continue
            kind, separated = self._word_kind(token.text)
            if not kind:
                continue
            if kind == RULE_NONSTANDARD:
                if not (is_capitalized(token.text) and (nonstandard_forms.in_person_name(
                        text, tokens, index, self.data.ranks | self.data.titles,
                        self._is_common_word) or nonstandard_forms.in_own_name(
                        text, tokens, index, self._is_common_word))):
                    # Ipda Rievky Ramadhan: a given name; Pendopo Kecamatan: a building's
                    yield self._nonstandard(token.start, token.end, token.text)
            elif kind == RULE_FOREIGN:
                if not self._glossed(text, token.start, token.end, token.text):
                    yield self._foreign(token.start, token.end, token.text)
            elif separated is not None:
                right = match_case(token.text, separated)
                yield Finding(token.start, token.end, token.text, "style",
                              RULE_JOINED_PREPOSITION,
                              f"Kata depan ditulis terpisah: “{right}”.", (right,),
                              severity="saran" if kind == _GENERAL_PREPOSITION
                              else "kesalahan")

    def _word_kind(self, word: str) -> tuple[str, str | None]:
        """The word-list rule a written form falls under ("" for none) and, for a joined
        preposition, the separated form; cached per form (the warm check's words)."""
        found = self._word_kinds.get(word)
        if found is None:
            key = word.lower()
            if key in self.data.nonstandard:
                found = (RULE_NONSTANDARD, None)
            elif key in self.data.foreign:
                found = (RULE_FOREIGN, None)
            elif (separated := self._separated_preposition(key)) is not None:
                found = (RULE_JOINED_PREPOSITION, separated)
            elif (separated := self._joined_preposition(word)) is not None:
                found = (_GENERAL_PREPOSITION, separated)
            else:
                found = ("", None)
            if len(self._word_kinds) >= MAX_CACHED_FORMS:
                self._word_kinds.clear()     # the app checks for hours: memory stays bounded
            self._word_kinds[word] = found
        return found

    def _separated_preposition(self, key: str) -> str | None:
        """*diwilayah* → *di wilayah*; the table's nouns also after the other preposition
        and with *-nya* (*diantaranya*, *kemasyarakat*, *ditengahnya*)."""
        if key in self.data.joined:
            return self.data.joined[key]
        if key[:2] not in ("di", "ke") or key in _PREPOSITION_LOOKALIKES:
            return None
        rest = key[2:]
        stem = rest.removesuffix("nya")
        first, _, second = rest.partition("-")
        if second and first == second.removesuffix("nya"):
            stem = first                     # diwarung-warung: a reduplicated noun
        if stem in self._place_nouns or rest in self._place_nouns:
            return f"{key[:2]} {rest}"
        return None

    def _joined_preposition(self, word: str) -> str | None:
        """*disemua* → *di semua*, *dibadannya* → *di badannya*, *kekantor* → *ke kantor*
        (EYD V, II.F): *di*/*ke* joined to a common word that is no verb. The joined form is
        no word, the rest (without *-nya*) is a common word, and nothing says it is a verb:
        hunspell gives it no bare *di-*/*meN-*, and no *meN-* or *di-…-kan/-i* form of it is
        attested in running text (*disasar*, *dikaji* are verbs; a misspelt passive is left
        to the spelling rule). A capitalised form that is a name or place is left alone."""
        key = word.lower()
        head, rest = key[:2], key[2:]
        an_noun = head == "di" and self._is_an_noun(rest)
        if head not in ("di", "ke") or key in _PREPOSITION_LOOKALIKES \
                or (self._is_word(key) and not an_noun) \
                or not (word.islower() or word.isupper() or _is_title_word(word)):
            return None                      # diurutan: hunspell's di- on a noun in -an
        if any(key.endswith(enclitic) and self._is_word(key[:-len(enclitic)])
               for enclitic in _ENCLITICS):
            return None                      # ketuanya, kejamnya: a word with its enclitic
        stem = rest[:-3] if rest.endswith("nya") and len(rest) > 6 else rest
        if rest.startswith("di") or (rest.startswith("ke") and not an_noun) \
                or (stem.endswith("kan") and len(stem) > 5):
            return None                      # didiberikan: a stutter; -kan: a verb form
        if len(stem) < 4 or stem.startswith("per") or stem.endswith("si") or \
                self._zipf(stem) < COMMON_NOUN_ZIPF or not self._is_word(stem):
            return None                      # diperuntukan, disertifikasi: di(per)- verbs
        if head == "di" and self._takes_bare_passive(stem):
            return None
        if head == "ke" and (stem in self.data.passive_roots or key.endswith("an")
                             or stem in _COLLECTIVE_NUMERALS):
            return None                      # ketabrak, kesehatan, kesemua
        if self._attested_verb(stem):
            return None
        if not word.islower() and (self._is_name(word) or self._is_place(word)
                                   or self._proper_of(key) is not None):
            return None                      # Kebon, Dikes: a name
        return f"{head} {rest}"

    def _is_an_noun(self, rest: str) -> bool:
        """Whether ``rest`` is a common noun in *-an* that no *di-* verb is built on
        (*urutan*, *kediaman*): Indonesian has no *di-…-an* verb, so *di* + such a noun is
        the preposition even where hunspell's affix rules accept the joined form."""
        return (len(rest) > 5 and rest.endswith("an") and not rest.endswith("kan")
                and rest not in self.data.passive_roots and self._is_word(rest)
                and self._zipf(rest) >= COMMON_NOUN_ZIPF)

    def _takes_bare_passive(self, stem: str) -> bool:
        """Whether *di-* + ``stem`` may be a passive verb: a root hunspell lets take *di-*
        or *meN-* bare, or one with *-kan*/*-i* already on it (*dimanfaatkan*)."""
        kind = self.data.passive_roots.get(stem)
        if kind is not None and (kind == "polos" or stem not in self.data.suffix_only):
            return True
        return any(stem.endswith(suffix) and stem[:-len(suffix)] in self.data.passive_roots
                   for suffix in ("kan", "i"))

    def _attested_verb(self, stem: str) -> bool:
        """A *meN-* form of ``stem`` or *di-…-kan/-i* attested in the frequency list."""
        forms = [f"di{stem}kan", f"di{stem}i"]
        for active in _active_forms(stem):
            forms += [active, active + "kan", active + "i"]
        return any(self._zipf(form) > 0.0 for form in forms)

    def _nonstandard(self, start: int, end: int, written: str) -> Finding:
        right = self.data.cased_nonstandard.get(written) or \
            match_case(written, self.data.nonstandard[written.lower()])
        return Finding(start, end, written, "style", RULE_NONSTANDARD,
                       f"Bentuk tidak baku; bentuk baku menurut KBBI: “{right}”.", (right,))

    def _glossed(self, text: str, start: int, end: int, written: str) -> bool:
        """A foreign word glossed on the spot (``foreign_gloss``): left to the writer."""
        equivalent = self.data.foreign.get(re.sub(r"\s+", " ", written.lower()), "")
        return foreign_gloss.glossed(text, start, end, equivalent)

    def _foreign(self, start: int, end: int, written: str) -> Finding:
        key = re.sub(r"\s+", " ", written.lower())
        equivalent = self.data.foreign.get(key, "")
        if equivalent:
            right = match_case(written, equivalent)
            return Finding(start, end, written, "style", RULE_FOREIGN,
                           f"Kata asing; gunakan padanannya “{right}” atau tulis miring.",
                           (right,))
        return Finding(start, end, written, "style", RULE_FOREIGN,
                       "Kata asing; tulis dengan huruf miring.", ())

    # -- punctuation and spacing ---------------------------------------------------------

    def _spaced_reduplication(self, text: str) -> Iterator[Finding]:
        for match in finditer(_SPACED_DASH_RE, _spaced_dash_places(text), text):
            left, right = match.group(1), match.group(2)
            same = left == right or (left[:1].isupper() and left.lower() == right) or \
                (left.islower() and right == left.capitalize())   # program – Program
            line_start = match.start() == 0 or text[match.start() - 1] == "\n"
            if not same or len(left) < 2 or (line_start and right[:1].isupper()):
                continue                    # "MALANG – Malang ..." is a dateline
            fixed = f"{left}-{right if left[:1].isupper() else right.lower()}"
            yield Finding(match.start(), match.end(), match.group(), "style",
                          RULE_SPACED_REDUPLICATION,
                          f"Kata ulang ditulis dengan tanda hubung tanpa spasi: “{fixed}”.",
                          (fixed,))

    def _degrees(self, text: str) -> Iterator[Finding]:
        previous_end = -2
        previous_ok = False
        for match in _DEGREE_RE.finditer(text):
            written = match.group(1)
            comma = match.start() - 1
            before = text[max(0, comma - 40):comma]
            chained = previous_ok and text[previous_end:comma].strip() == ""
            context = chained or bool(_NAME_BEFORE_COMMA.search(before))
            standard = self.data.degrees.get(written)
            if standard is None and written.endswith("."):
                standard = self.data.degrees.get(written[:-1])
            if standard is None and len(written) >= 2 and (written.isalpha() or any(
                    part[:1].islower() for part in written.split(".")[1:])):
                standard = self._degrees_upper.get(written.replace(".", "").upper())  # S.hut
            known_standard = written in self.data.degrees.values()
            previous_ok = context and (standard is not None or known_standard)
            previous_end = match.end()
            if not context or standard is None or standard == written:
                continue
            next_char = text[match.end(1):match.end(1) + 1]
            at_sentence_end = not written.endswith(".") and next_char == "."
            if at_sentence_end and written + "." == standard:
                continue
            start = match.start(1)
            yield Finding(start, match.end(1), written, "style", RULE_DEGREE,
                          f"Gelar ditulis dengan titik: “{standard}”.", (standard,))

    def _bare_degrees(self, text: str) -> Iterator[Finding]:
        """Degrees after a name with neither periods nor comma: *Rido Purba SIK MH*."""
        for match in _BARE_DEGREE_RE.finditer(text):
            run = match.group(1)
            before = text[max(0, match.start() - 30):match.start()].split()
            if not before or not before[-1][:1].isupper() or \
                    _INITIALS_WORD.search(text[max(0, match.start() - 12):match.start()]):
                continue                     # only after a name: Rido Purba SIK

            parts = run.split()
            standard = [self.data.degrees.get(part) for part in parts]
            if not all(standard) or any(len(part) < 2 for part in parts):
                continue
            fixed = ", " + ", ".join(s for s in standard if s)
            yield Finding(match.start(), match.end(), match.group(), "style", RULE_DEGREE,
                          f"Gelar ditulis dengan titik dan dipisahkan koma: “{fixed.strip()}”.",
                          (fixed,))

    def _capital_in_middle(self, text: str, tokens: list[Token]) -> Iterator[Finding]:
        """*tahun Politik*, *menggelar Bakti Sosial*: capitalised common words (one to three)
        in the middle of a sentence, between lowercase words.

        Not judged: a run with a word the lexicon or the place list knows, a run headed by
        an institution or event word (*Dinas Kesehatan*, *Operasi Ketupat*, *Hari Raya*),
        a name after a verb of saying (*kata Budi*). A saran: names can be words."""
        index = 1
        while index < len(tokens) - 1:
            run_end = index
            while run_end < len(tokens) and tokens[run_end].text[:1].isupper() and \
                    _is_title_word(tokens[run_end].text) and (
                    run_end == index or text[tokens[run_end - 1].end:tokens[run_end].start]
                    == " "):
                run_end += 1
            if run_end == index:
                index += 1
                continue
            run = tokens[index:run_end]
            start_index = index
            index = run_end
            before = tokens[start_index - 1]
            gap = text[before.end:run[0].start]
            if not before.text.islower() or not _MID_GAP_RE.fullmatch(gap):
                continue
            if (before.text.removesuffix("nya") in _SAYING or before.text in _SAYING or
                    before.text in _SAYING_PASSIVE) and not (
                    before.text == "oleh" and _CONFIX_NOUN_RE.fullmatch(run[0].text)):
                continue                     # dijelaskan Ikhwan: the speaker's name
            at_end = run_end >= len(tokens)
            if len(run) > 2 or (at_end and text[run[-1].end:].strip()[:1] not in (".", "!")):
                continue                     # Patroli Simpatik Sahur: a programme's name
            if before.text in _TITLE_BEFORE:
                continue                     # tentang Penyampaian Pendapat: a title
            if _NUMBER_AFTER_RE.match(text, run[-1].end) and \
                    not _QUANTITY_AFTER_RE.match(text, run[-1].end):
                continue                     # Pasal 114, Pos 3: a name with its number
            if before.text in ("dan", "serta", "yang") and start_index >= 2 and \
                    tokens[start_index - 2].text[:1].isupper() and (
                        before.text == "yang" or self._continues_name(
                            tokens[start_index - 2].text)):
                continue                     # Dinas Perindustrian dan Perdagangan: one name
            # Two capitalised words after a name and dan/serta are a second name beside the
            # first (session 13: readers marked 1 of 5 such pairs on tuning and full text).
            if before.text in ("dan", "serta") and len(run) == 2 and gap == " " and \
                    start_index >= 2 and \
                    tokens[start_index - 2].text[:1].isupper() and \
                    text[tokens[start_index - 2].end:before.start] == " ":
                continue                     # relawan Tagana dan Pelopor Perdamaian
            if _ACRONYM_AFTER_RE.match(text, run[-1].end) or \
                    _DOMAIN_AFTER_RE.match(text, run[-1].end):
                continue                     # Obat Berbahaya (Narkoba), Berita.news: names
            if spelled_acronym(text, run[0].start, run[-1].end):
                continue                     # Cuti di Luar Tanggungan Negara (CTLN): a name
            if len(run) == 1 and common_capitals.complement_missing(text, run[0]):
                continue                     # kepada Antara, Rabu: the news agency
            after = tokens[run_end] if not at_end else Token(len(text), len(text), ".")
            if text[run[-1].end:after.start].strip() == "" and not after.text.islower():
                continue
            if gap == ", " and after.text.startswith(_PREDICATE_PREFIXES):
                continue                     # Dalam arahannya, Dewa menegaskan: a subject
            if _NAME_GOES_ON_RE.match(text, run[-1].end):
                continue                     # Sosialisasi Komunikasi, Informasi, dan Edukasi
            words = [token.text for token in run]
            if len(words) > 1 and words[0] in _RUN_HEADS:
                continue
            if " ".join(words) in _STATE_NAMES:
                continue                     # bendera Merah Putih: the flag's name
            if len(words) > 1 and (words[0] in self.data.ranks or
                                   words[0] in _RELIGIOUS_TITLES):
                continue                     # Sertu Budi, Kapten Bagus: a rank before a name
            if not all(self._is_common_word(word) for word in words):
                continue                     # Jumat, Saudara, Polres: capitals by rule
            if any(word.endswith(_NAME_OF_GOD) for word in words):
                continue                     # Alhamdulillah: holds the name of God
            if len(words) == 1 and len(words[0]) <= 3 and \
                    _ABBREVIATED_TITLE_RE.match(text, run[-1].end):
                continue                     # Sdr. Hadi: a title's abbreviation
            if _title_case_line(text, run[0].start):
                continue                     # a headline in title case
            if (before.text in _PLACE_PREPOSITIONS and not gap[1:2].isdigit()  # dari 29 Kabupaten
                    and any(self._is_place(w) for w in words if w not in PLACE_NOUNS)) or \
                    " ".join(words).lower() in self.data.regions:
                continue                     # di Tanjung, Lampung Selatan: a place
            if before.text in _PEOPLE_OF and _names_people(text, before, words):
                continue                     # masyarakat Purus, bahasa Sasak: a people
            written = text[run[0].start:run[-1].end]
            lowered = written.lower()
            yield Finding(run[0].start, run[-1].end, written, "style", RULE_CAPITAL_MIDDLE,
                          f"Kata umum di tengah kalimat ditulis dengan huruf kecil: "
                          f"“{lowered}”.", (lowered,), severity="saran")

    def _capital_compound(self, text: str, tokens: list[Token]) -> Iterator[Finding]:
        """*yang Bekerjasama dengan* → *bekerja sama* (EYD V, II.E: a compound is written
        apart; I.E: a common word mid-sentence is lower case); inside a name the parts keep
        their capitals (*Direktorat Lalulintas* → *Lalu Lintas*). The lower-case form is caught
        as a misspelling; capitalised it passed as a name. Judged before a lower-case word
        and after one (or after a name when it opens with a verb prefix: *Polres Bekerjasama
        dengan*): the lower-case form is no word yet common in running text, and it splits
        in exactly one way into two common words of four letters or more."""
        for index in range(1, len(tokens) - 1):
            word = tokens[index].text
            if len(word) < 8 or not word[:1].isupper() or not _is_title_word(word) or \
                    "-" in word:
                continue
            token = tokens[index]
            before, after = tokens[index - 1], tokens[index + 1]
            key = word.lower()
            verb = key.startswith(_VERB_PREFIXES)      # Polres Bekerjasama dengan: a predicate
            in_sentence = (before.text.islower() or verb) and after.text.islower()
            in_name = _is_title_word(before.text) or _is_title_word(after.text)
            if not (in_sentence or in_name) or text[before.end:token.start] != " " or \
                    text[token.end:after.start] != " ":
                continue
            if self._is_word(key) or self._zipf(key) < COMPOUND_ZIPF or \
                    self._is_name(word) or self._is_place(word) or \
                    self._proper_of(key) is not None:
                continue
            cuts = [(key[:cut], key[cut:]) for cut in range(4, len(key) - 3)
                    if all(self._zipf(part) >= COMPOUND_PART_ZIPF and self._is_word(part)
                           for part in (key[:cut], key[cut:]))]
            if len(cuts) != 1:
                continue
            if not in_sentence:                  # inside a name: the parts keep capitals
                right = " ".join(part.capitalize() for part in cuts[0])
                message = f"Gabungan kata ditulis terpisah, juga di dalam nama: “{right}”."
            else:
                right = " ".join(cuts[0])
                message = f"Gabungan kata ditulis terpisah dengan huruf kecil: “{right}”."
            yield Finding(token.start, token.end, word, "style", RULE_NONSTANDARD, message,
                          (right,), severity="saran")

    def _common_capitals(self, text: str, tokens: list[Token], earlier: list[Finding]
                         ) -> list[Finding]:
        """The rules of ``common_capitals``, where no earlier finding covers the words
        (*Tokoh Masyarakat* after a lowercase word is already a common-noun finding)."""
        taken = Spans((f.start, f.end) for f in earlier)
        found = [*common_capitals.before_name(text, tokens, self._run_words),
                 *common_capitals.after_sentence_start(text, tokens, self._run_words),
                 *common_capitals.office_without_name(text, tokens, self._is_word),
                 *common_capitals.office_of_unit(text, tokens, self._run_words),
                 *common_capitals.time_word_before_day(text, tokens),
                 *common_capitals.kbbi_lower_term(text, tokens),
                 *common_capitals.initialism_in_title_case(text, tokens, self._is_word),
                 *common_capitals.people_groups(text, tokens, self._is_common_word),
                 *common_capitals.after_comma(text, self._run_words),
                 *common_capitals.before_proper_name(text, tokens, self._run_words),
                 *common_capitals.enclitic_common(text, self._run_words),
                 *common_capitals.trailing_descriptor(text, tokens, self._run_words),
                 *common_capitals.closed_class(text, tokens, self._run_words),
                 *common_capitals.common_pair(text, tokens, self._run_words)]
        return [f for f in found if not taken.overlaps(f.start, f.end)]

    def _continues_name(self, word: str) -> bool:
        """Whether a capitalised word before *dan*/*serta* may be the first half of a name
        that goes on after it (*Perindustrian dan Perdagangan*, *Budiannor dan Nila*): a
        common word in title case, or an unknown one. Not an acronym (*TNI dan Rakyat*) nor
        a unit or term the lexicon knows (*Babinsa dan Petugas*), which end where they
        stand."""
        if not _is_title_word(word):
            return False
        return self._is_common_word(word) or not (self._is_name(word)
                                                  or self._is_word(word.lower()))

    def _is_generic_title(self, word: str) -> bool:
        """An office that is also a common word (*Kepala*, *Bupati*, *Ketua*; not the
        service's own *Kapolres*): after *para*, *seluruh* it names no one."""
        return word in self.data.titles and word.lower() not in self.data.established

    def _is_common_word(self, word: str) -> bool:
        """A capitalised word that is a common word (hunspell, the lexicon's established
        words): *Protokol*, *Kesehatan*, *Sembako*. Not a single-word name or acronym the
        lexicon keeps capitalised (*Jumat*, *Kepala*, *Kamtibmas*, *Narkoba*), a form of
        address (*Bapak*, *Saudara*), nor service jargon the lexicon lists only in lower case
        (*Musrenbang*, *Sidak*), which sites capitalise by custom. A word that is only part
        of a longer name (*Kesehatan* in *BPJS Kesehatan*) is common."""
        lower = word.lower()
        if (word in self.data.ranks or word in _RELIGIOUS_TITLES) and self._is_word(lower):
            return True                      # a rank or title that names no one: manasik haji
        if word in _ADDRESS_WORDS or word in self.data.proper_entries:
            return False
        if lower in self.data.established:
            return True
        if not self._is_word(lower):
            return False
        return not self._is_word_known_lower(word)     # Musrenbang, Karhutla: by custom

    def _lowercase_after(self, text: str) -> Iterator[Finding]:
        """A verb of saying after a closing quote (*,” Ujarnya*) and a function word after
        a comma (*, Kemudian*) continue the sentence: lower case."""
        for pattern, severity in ((_SAYING_AFTER_QUOTE_RE, "kesalahan"),
                                  (_FUNCTION_AFTER_COMMA_RE, "saran")):
            for match in scan(pattern, text):
                word = match.group(1)
                lowered = word.lower()
                yield Finding(match.start(1), match.end(1), word, "style", RULE_CAPITAL_MIDDLE,
                              f"Kalimat berlanjut; ditulis dengan huruf kecil: “{lowered}”.",
                              (lowered,), severity=severity)  # type: ignore[arg-type]

    def _unit_qualifier(self, text: str) -> Iterator[Finding]:
        """*Polsek Jajaran*, *Polres Setempat*: a common word after a unit is not part of
        its name (EYD V, I.E)."""
        for match in scan(_UNIT_QUALIFIER_RE, text):
            word = match.group(2)
            lowered = word.lower()
            yield Finding(match.start(2), match.end(2), word, "style", RULE_CAPITAL_MIDDLE,
                          f"Bukan bagian dari nama satuan; ditulis dengan huruf kecil: "
                          f"“{lowered}”.", (lowered,), severity="saran")

    def _quote_starts_lowercase(self, text: str) -> Iterator[Finding]:
        """A quotation that opens a sentence starts with a capital (*“Warga …*)."""
        for match in scan(_QUOTE_OPENS_LOWER_RE, text):
            word = match.group(1)
            fixed = word[:1].upper() + word[1:]
            yield Finding(match.start(1), match.end(1), word, "style", RULE_CAPITAL_MIDDLE,
                          f"Petikan langsung diawali huruf kapital: “{fixed}”.", (fixed,),
                          severity="saran")

    def _caps_name_in_text(self, text: str, tokens: list[Token]) -> Iterator[Finding]:
        """*POLRI* in running text is written *Polri*: an acronym-word the lexicon knows in
        title case (not a rank or a place: sites write datelines and ranks in capitals),
        in capitals on a line that is not itself in capitals (a headline)."""
        for index, token in enumerate(tokens):
            word = token.text
            if not (word.isupper() and len(word) > 3 and word.isalpha()):
                continue
            neighbours = tokens[max(0, index - 1):index] + tokens[index + 1:index + 2]
            if any(n.text.isupper() and len(n.text) > 1 for n in neighbours) or \
                    re.match(r"-\d", text[token.end:token.end + 2]):
                continue                     # a heading in capitals, COVID-19
            proper = self._proper_of(word)
            if proper is None or proper.isupper() or proper == word or \
                    not self._is_caps_term(proper):
                continue
            line_start = text.rfind("\n", 0, token.start) + 1
            line_end = text.find("\n", token.end)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            letters = [c for c in line if c.isalpha()]
            if sum(c.isupper() for c in letters) > 0.6 * len(letters):
                continue                     # a headline in capitals
            yield Finding(token.start, token.end, word, "style", RULE_CAPITAL_MIDDLE,
                          f"Nama ini ditulis “{proper}”.", (proper,))

    def _joined_pun(self, tokens: list[Token]) -> Iterator[Finding]:
        """*seorangpun*, *apapun*: the particle *pun* stands apart, except in the fixed
        conjunctions (*ataupun*, *walaupun*, … — EYD V, II.E)."""
        for token in tokens:
            key = token.text.lower()
            if not key.endswith("pun") or key in _FIXED_PUN or len(key) < 6:
                continue
            base = token.text[:-3]
            if not self._is_word(base.lower()) or self._is_word(key):
                continue
            fixed = f"{base} pun"
            yield Finding(token.start, token.end, token.text, "style", RULE_PARTICLE_PUN,
                          f"Partikel pun ditulis terpisah: “{fixed}”.", (fixed,))

    def _title_after_quantifier(self, text: str, tokens: list[Token]) -> Iterator[Finding]:
        """*para Camat*, *seluruh Kepala Desa*: titles used for many people are common
        nouns (EYD V, I.E: nama jabatan yang tidak diikuti nama orang)."""
        for index in range(len(tokens) - 1):
            if tokens[index].text.lower() not in _QUANTIFIERS:
                continue
            run: list[Token] = []
            for token in tokens[index + 1:index + 4]:
                previous = run[-1] if run else tokens[index]
                if not _is_title_word(token.text) or text[previous.end:token.start] != " ":
                    break
                run.append(token)
            ends = run[-1].end if run else 0
            named_after = bool(run) and text[ends:ends + 1] == " " and \
                text[ends + 1:ends + 2].isupper()
            if not run or not all(self._is_word(t.text.lower()) for t in run) or any(
                    not self._is_generic_title(t.text) and
                    (named_after or t.text not in PLACE_NOUNS) and (
                        self._proper_of(t.text) is not None or self._is_place(t.text))
                    for t in run):
                continue                     # setiap Jumat, para Babinsa: names stay
            if _headline_line(text, run[0].start):
                continue                     # Tinjau Sejumlah Pasar di Batam: a headline
            if _ACRONYM_AFTER_RE.match(text, run[-1].end):
                continue                     # para Penjabat (Pj): defined with its acronym
            if self._is_place(run[-1].text) and len(run) > 1 and \
                    run[-1].text not in PLACE_NOUNS:
                continue
            written = text[run[0].start:run[-1].end]
            lowered = written.lower()
            yield Finding(run[0].start, run[-1].end, written, "style", RULE_CAPITAL_MIDDLE,
                          f"Jabatan atau kata umum untuk banyak orang ditulis dengan huruf "
                          f"kecil: “{lowered}”.", (lowered,), severity="saran")

    def _region_before_name(self, text: str) -> Iterator[Finding]:
        """*provinsi Aceh*, *desa Sukamaju*: a region word that is part of a name is
        capitalised (EYD V, I.E: nama geografi dan nama lembaga)."""
        for match in scan(_REGION_BEFORE_NAME_RE, text):
            word = match.group(1)
            fixed = word.capitalize()
            yield Finding(match.start(1), match.end(1), word, "style", RULE_REGION_NAME,
                          f"Bagian dari nama wilayah ditulis dengan huruf kapital: “{fixed}”.",
                          (fixed,), severity="saran")

    def _lower_region_after_unit(self, text: str) -> Iterator[Finding]:
        """*Polda lampung*, *Kabupaten lampung selatan*: the region named after a unit or
        office is a name (EYD V, I.E nama geografi). Only a single word that names
        a province (*lampung*; a regency may be a common word: *metro*, *batu*), or a whole
        multi-word region of the Kemendagri list."""
        for match in scan(_LOWER_AFTER_UNIT_RE, text):
            first, second = match.group(1), match.group(2)
            if second is not None:
                proper = self.data.regions.get(f"{first} {second}")
                if proper is not None:
                    yield Finding(match.start(1), match.end(2), match.group()[
                        match.start(1) - match.start():], "style", RULE_REGION_NAME,
                        f"Nama wilayah ditulis dengan huruf kapital: “{proper}”.", (proper,),
                        severity="saran")
                    continue
            name = self.data.provinces.get(first)
            if name is None:
                continue                     # Polres metro: Metro is also a common word
            yield Finding(match.start(1), match.end(1), first, "style", RULE_REGION_NAME,
                          f"Nama wilayah ditulis dengan huruf kapital: “{name}”.", (name,),
                          severity="saran")

    def _split_nasal_prefix(self, text: str) -> Iterator[Finding]:
        """*meng himbau*, *ber koordinasi*: a prefix typed apart from its root."""
        for match in scan(_SPLIT_AFFIX_RE, text):
            prefix, root = match.group(1), match.group(3)
            joined = prefix + root
            if not self._is_word(joined.lower()) or self._is_word(prefix.lower()):
                continue
            yield Finding(match.start(), match.end(), match.group(), "style", RULE_SPLIT_PREFIX,
                          f"Imbuhan ditulis serangkai dengan kata dasarnya: “{joined}”.",
                          (joined,))

    def _split_ke(self, text: str) -> Iterator[Finding]:
        """*ke polisian*: *ke-* apart from a rest that is no word, where the joined form is
        one (*kepolisian*); *ke pasar*, *ke luar* (both words) are the preposition."""
        for match in scan(_SPLIT_KE_RE, text):
            if not _starts_word(text, match.start()):
                continue
            prefix, root = match.group(1), match.group(2)
            joined = prefix + root
            if self._is_word(root) or not self._is_word(joined.lower()):
                continue
            yield Finding(match.start(), match.end(), match.group(), "style", RULE_SPLIT_PREFIX,
                          f"Imbuhan ditulis serangkai dengan kata dasarnya: “{joined}”.",
                          (joined,))

    def _nasal_melt(self, text: str) -> Iterator[Finding]:
        """*mengkoordinasi* → *mengoordinasi* (KBBI; EYD V, II.A): k, p, t, s at the start of
        a root melt after *meN-*/*peN-*. Only where the dictionary rejects the written form
        and accepts the melted one, so clusters (*mengkritik*, *mentransfer*), *memper-*
        (*mempercepat*) and the forms KBBI keeps (*mempunyai*, *mengkaji*) stay."""
        for match in scan(_NASAL_MELT_RE, text):
            if not _starts_word(text, match.start()):
                continue
            word = match.group()
            if self._is_word(word.lower()):
                continue
            head, letter, rest = match.group(1), match.group(3), match.group(4)
            if (letter + rest).lower().startswith(UNMELTED_P):
                continue                     # memperkarakan: KBBI keeps the p
            if word[0].isupper() and _mid_sentence(text, match.start()) and \
                    not _TITLE_WORD_AFTER_RE.match(text, match.end()):
                continue                     # Perairan Mengkubung, Batu: a place name
            melted = head + MELTED_NASAL[letter] + rest
            if not self._is_word(melted.lower()) and \
                    not nonstandard_forms.loan_root(letter + rest, self._is_word):
                continue                     # mengkomparasi: komparasi lacks the flag
            yield Finding(match.start(), match.end(), word, "style", RULE_NASAL_MELT,
                          f"Huruf awal kata dasar luluh sesudah awalan: “{melted}”.",
                          (melted,))

    def _bound_form_in_name(self, text: str) -> Iterator[Finding]:
        """*Pengganti Antar Waktu*, *Operasi Anti Narkoba*: a bound form inside a name is
        still joined to a common word (*Antarwaktu*); before a name it takes a hyphen, which
        the rule file's rules judge (*pasca-Lebaran*)."""
        for match in scan(_BOUND_IN_NAME_RE, text):
            if not _starts_word(text, match.start()):
                continue
            bound, word = match.group(1), match.group(2)
            lower = word.lower()
            if lower in _BOUND_FREE_WORDS or not self._is_common_word(word) or \
                    self._is_name(word) or self._is_place(word):
                continue
            fixed = bound + lower
            yield Finding(match.start(), match.end(), match.group(), "style", RULE_BOUND_NAME,
                          f"Bentuk terikat ditulis serangkai: “{fixed}”.", (fixed,), "saran")

    def _joined_pula(self, text: str) -> Iterator[Finding]:
        """*Adapula* → *Ada pula*: *pula* is a word of its own (KBBI: pula adv)."""
        if "pula" not in text:
            return
        for match in _JOINED_PULA_RE.finditer(text):
            start = match.start()
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            stem = text[start:match.start()]
            if len(stem) < 2 or not stem.isascii() or not _starts_word(text, start):
                continue
            word = text[start:match.end()]
            if not self._is_word(stem.lower()) or self._is_word(word.lower()):
                continue
            fixed = f"{stem} pula"
            yield Finding(start, match.end(), word, "style", RULE_JOINED_PULA,
                          f"Kata “pula” ditulis terpisah: “{fixed}”.", (fixed,))

    def _times(self, text: str) -> Iterator[Finding]:
        for match in scan(_TIME_RE, text):
            hours, minutes = int(match.group(1)), int(match.group(2))
            if hours > 24 or minutes > 59:
                continue
            before = text[max(0, match.start() - 12):match.start()]
            after = text[match.end():match.end() + 8]
            if not (_TIME_CONTEXT_BEFORE.search(before) or _TIME_CONTEXT_AFTER.search(after)
                    or len(match.group(1)) == 2):
                continue
            fixed = f"{match.group(1)}.{match.group(2)}"
            yield Finding(match.start(), match.end(), match.group(), "style", RULE_TIME,
                          f"Jam dan menit dipisahkan dengan titik: “{fixed}”.", (fixed,))

    def _quotes(self, text: str) -> Iterator[Finding]:
        for match in scan(_QUOTE_RE, text):
            opening, inside, closing = match.group(1), match.group(2), match.group(3)
            if opening == "“" and closing != "”":
                continue
            if len(inside.split()) < 4 or inside.rstrip()[-1:] in ",.!?":
                continue
            if _TERM_BEFORE_QUOTE_RE.search(text, max(0, match.start() - 40), match.start()):
                continue                     # tema “…”, sandi “…”: a title, not a quotation
            mark = match.group(5)
            start = match.start(3)
            if mark == "." and _SAYING_NEXT_RE.match(text, match.end()):
                continue                     # …”. imbuhnya: titik-luar-petik-atribusi's
            fixed = f"{mark}{closing}"
            yield Finding(start, match.end(), text[start:match.end()], "style", RULE_QUOTE,
                          f"Tanda baca petikan ditulis sebelum tanda petik penutup: {fixed}",
                          (fixed,))

    def _doubled_words(self, text: str) -> Iterator[Finding]:
        """Two neighbouring runs of letters the same but for case (``_DOUBLED_WORD_RE``
        tried only where the lowered runs repeat: the regex at every word pair was slow);
        the second word of a doubled pair does not start another pair."""
        words = _LETTER_RUN_RE.findall(text)    # strings: no match object per word
        lowered = [word.lower() for word in words]
        repeats = [index for index, same in enumerate(map(operator.eq, lowered, lowered[1:]))
                   if same]
        if not repeats:
            return
        starts: list[int] = []
        place = 0
        for word in words[:repeats[-1] + 2]:  # only non-letters lie between two runs, so
            place = text.find(word, place)   # a run is the first of its letters from there
            starts.append(place)
            place += len(word)
        taken_until = -1
        for index in repeats:
            start = starts[index]
            if start < taken_until:
                continue
            match = _DOUBLED_WORD_RE.match(text, start)
            if match is None or match.end() != starts[index + 1] + len(words[index + 1]):
                continue
            first, second = match.group(1), match.group(3)
            if first == second or first.lower() == second:
                yield Finding(match.start(), match.end(), match.group(), "style",
                              RULE_DOUBLED_WORD,
                              f"Kata “{first}” tertulis dua kali; hapus salah satu, atau tulis "
                              f"sebagai kata ulang “{first}-{second.lower()}”.",
                              (first, f"{first}-{second.lower()}"))
                taken_until = match.end()

    def _double_spaces(self, text: str) -> Iterator[Finding]:
        for match in _DOUBLE_SPACE_RE.finditer(text):
            if _SEPARATOR_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()) or \
                    _SEPARATOR_AFTER_RE.match(text, match.end()):
                continue                    # a dateline's separator or a sign-off
            yield Finding(match.start(), match.end(), match.group(), "style", RULE_DOUBLE_SPACE,
                          "Spasi ganda; cukup satu spasi.", (" ",))

    def _passive_stem(self, word: str) -> str | None:
        """The root of ``word`` when it is a passive verb after *di-*: a root the affix data
        lets take *di-* bare (*konfirmasi*) or with *-i*/*-kan* (*hadiri*,
        *selenggarakannya*); ``None`` for a noun (*objek*, *rumahnya*)."""
        for size in range(len(word), 2, -1):
            stem, ending = word[:size], word[size:]
            kind = self.data.passive_roots.get(stem)
            if kind is None or not _PASSIVE_ENDING_RE.fullmatch(ending):
                continue
            suffixed = bool(ending.removesuffix("nya"))
            if stem in self.data.split_exceptions and not suffixed:
                return None                 # di dalamnya, di antaranya: a place
            if suffixed or self._verb_first(stem):
                return stem                 # di awali: -i makes it a verb
            if kind == "polos" and not self._noun_only(stem):
                return stem
        return None

    def _noun_only(self, stem: str) -> bool:
        """A root that hunspell's affix flags let take bare *di-* but that running text
        uses as a noun: no *meN-* form, none with *-kan*/*-i*, no *di-…-kan*/*-i* in the
        frequency list, and the root far more frequent than its *di-* form (*negara*,
        *kelas*, *kota*, *malam*). *di negara* is then the preposition, rightly apart;
        *di geledah* (*digeledah* about as frequent as *geledah*) stays a split passive.
        Without frequency data nothing is known, and the affix data stands."""
        if self._zipf("yang") <= 0.0:
            return False
        if self._attested_verb(stem):
            return False
        return self._zipf(stem) - self._zipf(f"di{stem}") >= NOUN_MARGIN

    def _verb_first(self, stem: str) -> bool:
        """A root hunspell lets take bare *di-*/*meN-* whose *meN-* form is clearly more
        frequent in running text than the root itself (*sasar* → *menyasar*): a verb root,
        so *di sasar* is the passive typed apart; *di darat* (*mendarat* is rarer) is not."""
        if stem in self.data.suffix_only:
            return False
        own = self._zipf(stem) + VERB_MARGIN
        return any(self._zipf(active) > own for active in _active_forms(stem))

    def _split_suffix(self, text: str, earlier: list[Finding]) -> list[Finding]:
        """*menekan kan*, *laksana kan*, *di gunakan nya* (EYD V, II.A: affixes are written
        joined): *-kan*, *-nya*, *-lah*, *-kah* standing alone after the word they attach to.
        *-nya*, *-lah*, *-kah* join any word; *-kan* only where the joined form is a word.
        A split *di* before the word is joined in the same finding (its own finding goes)."""
        found: list[Finding] = []
        for match in _SPLIT_SUFFIX_RE.finditer(text):
            suffix = match.group(1)
            before = _WORD_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
            if before is None or not _starts_word(text, before.start(2)):
                continue
            word = before.group(2)
            if not (word.islower() or _is_title_word(word)) or \
                    not self._is_word(word.lower()):
                continue
            joined = (word + suffix).lower()
            if suffix == "kan" and (word.lower() in _KAN_PARTICLE_HOSTS or not (
                    self._is_word(joined) or self._zipf(joined) > 0.0)):
                continue                     # kita kan: the spoken particle, not -kan
            start, fixed = before.start(2), word + suffix
            prefix = before.group(1)
            if prefix and self._passive_stem(joined[:-3] if suffix == "nya" else joined):
                start, fixed = before.start(1), prefix + word.lower() + suffix
            found.append(Finding(start, match.end(), text[start:match.end()], "style",
                                 RULE_SPLIT_SUFFIX,
                                 f"Akhiran ditulis serangkai dengan kata dasarnya: “{fixed}”.",
                                 (fixed,), severity="saran"))
        if found:
            mine = Spans((f.start, f.end) for f in found)
            earlier[:] = [f for f in earlier if not (f.rule == RULE_SPLIT_PREFIX
                                                      and mine.overlaps(f.start, f.end))]
        return found

    def _split_prefix(self, text: str) -> Iterator[Finding]:
        """*di konfirmasi*, *di Hadiri*: the passive prefix typed apart from its verb
        (EYD V, II.A). A root is a verb when the joined form is a word or the affix data
        lets it take *di-*; places and times after the preposition *di* are listed apart."""
        for match in scan(_SPLIT_PREFIX_RE, text):
            word = match.group(3)
            lower = word.lower()
            if lower in self.data.split_exceptions or self._is_proper(lower) or \
                    lower in self._place_nouns:
                continue
            if lower.endswith("an") and not lower.endswith("kan"):
                continue                    # a noun: "di tujuan", "di lapangan"
            stem = self._passive_stem(lower)
            if word[:1].isupper() and (stem is None or stem == lower
                                       or self._is_name(word) or self._is_place(word)):
                continue                    # di Sukamaju: a place; di Hadiri: a verb
            joined = match.group(1) + lower
            if joined.lower() in self.data.joined:
                continue
            if stem is None and not (word.islower() and self._is_word(joined.lower())):
                continue
            guessed = stem is not None and stem == lower and \
                self.data.passive_roots.get(stem) != "polos"
            yield Finding(match.start(), match.end(), match.group(), "style", RULE_SPLIT_PREFIX,
                          f"Awalan di- ditulis serangkai: “{joined}”.", (joined,),
                          severity="saran" if guessed else "kesalahan")   # di sasar: by frequency
