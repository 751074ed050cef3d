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
  Session 13: not when the town names a unit (*Polres Badung Bali*, *Pemkab Contoh
  Jawa Timur*): the province there qualifies the body's name, as *Polda Jawa Timur* is one
  name, and readers left it (tuning half 1 not marked, no marked one of this shape).
- A partial reduplication with *meN-* written apart (*bahu membahu*) takes a hyphen: the
  second word is the first with *meN-* by the nasal rules (EYD V, II.E).
- A connector between sentences from ``penghubung-antarkalimat.tsv`` (*Meski begitu*,
  *Tidak hanya itu*) takes a comma after it (EYD V, III.B).
- A reduplication written with a dash (*pesan–pesan*, *bidang – bidangnya*) or apart when
  hunspell's KBBI-built dictionary lists it (*Mudah mudahan*) takes a hyphen (EYD V, II.E).
- Words of saying in lower case after a full stop (*berlangsung. ujar*) go on with the
  quotation's sentence; a full stop between two dictionary words (*maka.segala*) is a
  slip; a name written in full takes no full stop before its comma (*Bayu Pati.,*).
- A closing parenthesis with no opening one before it in the paragraph (*terhadap
  Ranperda) menjadi*) is a stray mark (EYD V, III.M: brackets come in pairs); after a date
  (*Kamis 16/10/2025)*) it is the opening one that is missing.
- The period that ends a direct quotation goes inside the closing mark (*umum”.* →
  *umum.”*, EYD V, III.O) where the quotation is speech: it opens its paragraph, runs on
  from an earlier one, or is long; a short quoted title keeps its period outside.
- A quotation opened with a double mark closes with one, not with a single mark before the
  word of saying (*protes,’ jelas dia* → *protes,” jelas*; EYD V, III.O–P).
- A short paragraph of speech that closes its quotation before the attribution (*…,” kata
  Kapolsek*) but never opens it lacks its opening mark (EYD V, III.O).

Each rule is one compiled regex pass over the text; the region names are looked up in a
dictionary built once.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from app.base.calendar_words import DAYS, DAYS_AND_MONTHS
from app.base.paths import hunspell_dir
from app.language import data_cache, saying
from app.language.affixes import men_form
from app.language.finding import Finding
from app.language.lexicon import lexicon_dir, read_table, style_dir
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan
from app.language.tokens import Token

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_QUOTE_OPENS = "petik-pembuka-terbalik"
RULE_JOINED_CASE = "spasi-antarkata-hilang"
RULE_PLACE_COMMA = "koma-kota-provinsi"
RULE_PARAGRAPH_COMMA = "koma-akhir-paragraf"
RULE_DAY_COMMA = "koma-sebelum-hari-tanggal"
RULE_MEN_REDUPLICATION = "ulang-berimbuhan-men"
RULE_CONNECTOR_COMMA = "koma-sesudah-ungkapan-penghubung"
RULE_REDUPLICATION_DASH = "ulang-tanda-pisah-rapat"
RULE_REDUPLICATION_SPACE = "ulang-berakhiran-spasi"
RULE_ATTRIBUTION_PERIOD = "atribusi-huruf-kecil-sesudah-titik"
RULE_PERIOD_BETWEEN = "titik-di-antara-kata"
RULE_NAME_PERIOD_COMMA = "titik-koma-sesudah-nama"
RULE_NESTED_QUOTE = "petik-tunggal-dalam-petikan"
RULE_AFFIXED_PAIR = "ulang-berubah-bunyi-berimbuhan"
RULE_STRAY_BRACKET = "kurung-tutup-tanpa-pembuka"
RULE_PERIOD_IN_QUOTE = "titik-dalam-petik-kutipan"
RULE_MIXED_QUOTE = "petik-tunggal-penutup-petik-ganda"
RULE_MISSING_OPENING = "petik-pembuka-hilang"
RULE_INTERRUPTED_QUOTE = "petik-sela-pengucap"
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
    RULE_REDUPLICATION_DASH: "Kata ulang ditulis dengan tanda hubung, bukan tanda pisah "
                             "(pesan-pesan, mudah-mudahan)",
    RULE_REDUPLICATION_SPACE: "Kata ulang berakhiran yang ditulis terpisah diberi tanda "
                              "hubung (mudah-mudahan, bidang-bidangnya)",
    RULE_ATTRIBUTION_PERIOD: "Keterangan pengucap sesudah petikan tidak didahului titik "
                             "(…,” ujar Kapolres)",
    RULE_PERIOD_BETWEEN: "Titik tidak dipakai di antara dua kata dalam satu kalimat",
    RULE_NAME_PERIOD_COMMA: "Nama yang bukan singkatan tidak diberi titik sebelum koma",
    RULE_NESTED_QUOTE: "Petikan di dalam petikan diapit tanda petik tunggal (‘…’)",
    RULE_AFFIXED_PAIR: "Kata ulang berubah bunyi yang berimbuhan ditulis dengan tanda hubung "
                       "(beramah-tamah)",
    RULE_STRAY_BRACKET: "Tanda kurung tutup tanpa kurung buka dihapus",
    RULE_PERIOD_IN_QUOTE: "Titik yang mengakhiri petikan langsung ditulis sebelum tanda "
                          "petik penutup (.”)",
    RULE_MIXED_QUOTE: "Petikan yang dibuka tanda petik ganda ditutup tanda petik ganda (”)",
    RULE_MISSING_OPENING: "Petikan langsung yang ditutup tanda petik juga dibuka tanda petik "
                          "(“)",
    RULE_INTERRUPTED_QUOTE: "Petikan yang disela keterangan pengucap ditutup sebelum dan "
                            "dibuka lagi sesudahnya (…,” kata dia, “…)",
}
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_REDUPLICATION_DASH: (
        ("Babinsa menyampaikan pesan–pesan kamtibmas kepada warga.",
         "Petugas menata bidang – bidangnya sesuai rencana.",
         "Warga berdoa, mudah – mudahan panen tahun ini berhasil."),
        ("Babinsa menyampaikan pesan-pesan kamtibmas kepada warga.",
         "Jalur Sukamaju–Sukamulya ditutup sementara.",
         "SUKAMAJU–Sukamaju kembali menggelar pasar murah.")),
    RULE_REDUPLICATION_SPACE: (
        ("Mudah mudahan kegiatan ini bermanfaat bagi warga.",
         "Orang tua diminta mengawasi anak anaknya saat libur."),
        ("Mudah-mudahan kegiatan ini bermanfaat bagi warga.",
         "Petugas menyita minuman keras dari pesta minum minuman keras itu.",
         "Kader mengajak balita makan makanan bergizi.")),
    RULE_ATTRIBUTION_PERIOD: (
        ("“Kami jaga sampai tahapan pemilu selesai. ujar Kapolres Sukamaju.",
         "Patroli malam digelar setiap hari. katanya kepada wartawan."),
        ("“Kami jaga sampai tahapan pemilu selesai,” ujar Kapolres Sukamaju.",
         "Ia menyebut nama desa dll. kata itu tercatat di buku.")),
    RULE_PERIOD_BETWEEN: (
        ("Dengan kerja sama, maka.segala persoalan bisa diatasi.",),
        ("Berita lengkap ada di kabar.net setiap hari.",
         "Dengan kerja sama, maka segala persoalan bisa diatasi.")),
    RULE_NAME_PERIOD_COMMA: (
        ("Kapolres Sukamaju, AKBP Dimas Pranata., S.I.K., memimpin apel.",),
        ("Kapolres Sukamaju, AKBP Dimas Pranata, S.I.K., memimpin apel.",
         "Acara dibuka oleh Rektor, Prof., dan jajaran dekan.",
         "Dandim Letkol Inf Agus Wirawan, S.E., M.Han., hadir.")),
    RULE_AFFIXED_PAIR: (
        ("Usai upacara, pejabat diundang beramah tamah di pendopo.",
         "Ia tak berhenti membolak balik berkas perkara."),
        ("Usai upacara, pejabat diundang beramah-tamah di pendopo.",
         "Acara ditutup dengan ramah tamah.",
         "Warga menolak balik nama sertifikat itu.")),
    RULE_NESTED_QUOTE: (
        ("“Patroli dengan sandi “Malam Aman” digelar setiap hari,” ujar Kapolsek.",),
        ("“Patroli dengan sandi ‘Malam Aman’ digelar setiap hari,” ujar Kapolsek.",
         "“Patroli digelar. “Warga senang,” kata Kades.")),
    RULE_PERIOD_IN_QUOTE: (
        ("“Kami mengajak warga menjaga keamanan lingkungan masing-masing.\n\nMelapor bila "
         "ada hal mencurigakan, dan tidak mudah terpancing kabar bohong di media sosial”.\n\n"
         "Sesudah itu Kapolsek meninjau pos ronda.",
         "Kepala dinas menjelaskan “Sanggar seni dan kelompok musik desa kami libatkan dalam "
         "sosialisasi ini, juga tokoh adat, pemuda, dan kader posyandu di setiap dusun agar "
         "pesannya sampai kepada semua warga tanpa kecuali dan sejenisnya”. Lebih lanjut ia "
         "menjelaskan jadwalnya."),
        ("“Kami mengajak warga menjaga keamanan lingkungan.\n\nMelapor bila ada hal "
         "mencurigakan.”\n\nSesudah itu Kapolsek meninjau pos ronda.",
         "Polres meluncurkan program “Jumat Curhat”. Warga menyambutnya.",
         "Acara itu bertema “Bersama Membangun Desa yang Aman dan Sejahtera”. Warga hadir.")),
    RULE_MIXED_QUOTE: (
        ("“Bantuan dibagi rata supaya tidak ada yang protes,’ jelas Kades.",
         "“Kami siap. Semua regu sudah berjaga!’ kata Danramil."),
        ("“Bantuan dibagi rata supaya tidak ada yang protes,” jelas Kades.",
         "Ia berkata, ‘Kami siap,’ lalu pergi.",
         "“Ia menyebut ‘siaga satu,’ kata Danramil.")),
    RULE_MISSING_OPENING: (
        ("Patroli Malam di Sukamaju\n\nPolsek Sukamaju menggelar patroli malam di pasar desa."
         "\n\nKegiatan ini kami gelar setiap malam agar warga merasa aman,” kata Kapolsek.",),
        ("Patroli Malam di Sukamaju\n\nPolsek Sukamaju menggelar patroli malam di pasar desa."
         "\n\n“Kegiatan ini kami gelar setiap malam agar warga merasa aman,” kata Kapolsek.",
         "Patroli Malam di Sukamaju\n\nPolsek Sukamaju menggelar patroli malam di pasar desa."
         "\n\nKapolsek menambahkan bahwa patroli digelar setiap malam,” katanya.")),
    RULE_INTERRUPTED_QUOTE: (
        ("“Dengan jadwal yang tetap, kata dia, pos ronda tidak pernah kosong.”",
         "“Pasar kami jaga, ujar Kapolsek Sukamaju, sampai pagi hari.”"),
        ("“Dengan jadwal yang tetap,” kata dia, “pos ronda tidak pernah kosong.”",
         "Dengan jadwal yang tetap, kata dia, pos ronda tidak pernah kosong.",
         "“Pos ronda tidak pernah kosong,” kata dia, menambahkan.")),
    RULE_STRAY_BRACKET: (
        ("DPRD mengambil keputusan terhadap Ranperda) menjadi Perda.",
         "jelas Camat kepada wartawan di Sukamaju, Kamis 16/10/2026)"),
        ("DPRD mengambil keputusan terhadap Ranperda (rancangan perda) menjadi Perda.",
         "Syaratnya: a) KTP, b) KK, dan 1) surat pengantar.",
         "Sampai jumpa :) di acara berikutnya.",
         "jelas Camat di Sukamaju, Kamis (16/10/2026).")),
}
"""Wrong and right examples of this module's newer rules, run by
``tests/language/test_punctuation_s8.py`` as the rule file's are."""
SOFT_RULES = frozenset({RULE_PLACE_COMMA, RULE_DAY_COMMA, RULE_PARAGRAPH_COMMA,
                        RULE_CONNECTOR_COMMA, RULE_REDUPLICATION_SPACE,
                        RULE_PERIOD_BETWEEN, RULE_MISSING_OPENING, RULE_INTERRUPTED_QUOTE})
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
    RULE_REDUPLICATION_DASH: "EYD V, II.E Bentuk Ulang (ditulis dengan tanda hubung: "
                             "anak-anak, mudah-mudahan); III.E Tanda Hubung; III.F Tanda "
                             "Pisah (bukan untuk kata ulang)",
    RULE_REDUPLICATION_SPACE: "EYD V, II.E Bentuk Ulang (ditulis dengan tanda hubung: "
                              "mudah-mudahan, sayur-sayuran); kata ulang tercatat di kamus "
                              "hunspell id_ID (dari KBBI)",
    RULE_ATTRIBUTION_PERIOD: "EYD V, III.B Tanda Koma (memisahkan petikan langsung dari "
                             "keterangan pengucapnya); III.A Tanda Titik; I.E Huruf Kapital "
                             "(awal kalimat)",
    RULE_PERIOD_BETWEEN: "EYD V, III.A Tanda Titik (akhir kalimat, singkatan); Bab II "
                         "Penulisan Kata (kata dipisahkan spasi)",
    RULE_NAME_PERIOD_COMMA: "EYD V, III.A Tanda Titik (hanya pada singkatan: nama orang "
                            "yang ditulis lengkap tidak bertitik); III.B Tanda Koma",
    RULE_NESTED_QUOTE: "EYD V, III.P Tanda Petik Tunggal (mengapit petikan yang terdapat "
                       "dalam petikan lain)",
    RULE_AFFIXED_PAIR: "EYD V, II.E Bentuk Ulang (ditulis dengan tanda hubung, juga yang "
                       "berubah bunyi dan berimbuhan: sayur-mayur, beramah-tamah); kata ulang "
                       "tercatat di kamus hunspell id_ID (dari KBBI)",
    RULE_PERIOD_IN_QUOTE: "EYD V, III.O Tanda Petik (tanda petik penutup mengikuti tanda "
                          "baca yang mengakhiri petikan langsung)",
    RULE_MIXED_QUOTE: "EYD V, III.O Tanda Petik (mengapit petikan langsung: dibuka dan "
                      "ditutup tanda petik ganda); III.P Tanda Petik Tunggal (hanya petikan "
                      "di dalam petikan)",
    RULE_INTERRUPTED_QUOTE: "EYD V, III.O Tanda Petik (mengapit petikan langsung); III.B "
                            "Tanda Koma (memisahkan petikan langsung dari keterangan "
                            "pengucapnya)",
    RULE_MISSING_OPENING: "EYD V, III.O Tanda Petik (mengapit petikan langsung: tanda petik "
                          "pembuka dan penutup berpasangan)",
    RULE_STRAY_BRACKET: "EYD V, III.M Tanda Kurung (mengapit tambahan keterangan: kurung "
                        "buka dan kurung tutup berpasangan)",
}

_CLOSING_OPENS_RE = _PATTERNS.compile(r"”[ \t]*(?=[A-Z])|(?:^|(?<=\n))”[ \t]*(?=\w)"
                                      r"|(?<=\w[ \t])”(?=[a-z])", re.MULTILINE)
_QUOTE_LATER_RE = _PATTERNS.compile(r"[^\n]*?[“”\"]")
"""A quotation mark later in the same paragraph: the mark that closes what ” opened."""
_PARAGRAPH_COMMA_RE = _PATTERNS.compile(r"(?<=\S),[ \t]*(?=\n[ \t]*\n(?:[ \t]*\n)*[ \t]*[“\"A-Z])")
"""A comma, then a blank line (a paragraph break, not a line wrapped by hand)."""
_INTRODUCES_QUOTE_RE = _PATTERNS.compile(r"(?:me\w+kan|ber\w+|kata|ujar|pesan|sebagai berikut)\Z",
                                  re.IGNORECASE)
"""*Kapolres menyampaikan,⏎“…*: a verb that introduces the quotation in the next paragraph
may keep its comma (EYD V, III.B: comma before a direct quotation)."""
_CLAUSE_GOES_ON_RE = _PATTERNS.compile(
    r"(?:Sehingga|Guna|Agar|Supaya|Karena|Sebab|Yang|Dan|Serta|Untuk)(?![\w-])")
"""KBBI subordinating and coordinating conjunctions (and *yang*) that join what follows to
the sentence before: a paragraph opening with one (*…, Kamis (1/5),⏎⏎Sehingga …*) is that
sentence broken by a stray line break, whose comma readers leave (session 13: full text
of raw11-15, 0 marked of 2; no marked firing of the tuning half opens so)."""
_LIST_ITEM_RE = _PATTERNS.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]")
_MIN_PARAGRAPH_WORDS = 8
"""A shorter line ending in a comma is a heading, an address line or a list item."""
_DAY_DATE_RE = _PATTERNS.compile(
    r"(?:" + "|".join(DAYS) + r")(?=[ \t]*\(\d{1,2}[/.-]\d{1,2})")
"""A day before its date in parentheses; the word before it is judged from the text."""
_WORD_BEFORE_DAY_RE = _PATTERNS.compile(r"(?:^|(?<=[^\w’'-]))([\w’'-]+)([ \t]+)\Z")
_NOT_A_PLACE = frozenset({"Pada", "Hari", "Sejak", "Hingga", "Sampai", "Mulai", "Tiap",
                          "Setiap", "Malam", "Pagi", "Siang", "Sore", "Dari", "Tanggal", "Dan",
                          "Atau", *DAYS})
"""Capitalised words that lead into the day rather than name a place (*Pada Jumat*)."""
_SENTENCE_START_RE = _PATTERNS.compile(r"(?:^|[.!?][”\"]?[ \t]+)\Z", re.MULTILINE)
_JOINED_CASE_RE = _PATTERNS.compile(r"(?<![\w#@/.-])([a-z]{2,})([A-Z][a-z]{2,})(?![\w-])")
_CAPITAL_RUN_RE = _PATTERNS.compile(r"(?<![\w-])[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)+")
"""A run of capitalised words (*Kota Malang Jawa Timur*): where a place name can stand."""
_MONTHS_DAYS = DAYS_AND_MONTHS


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
        elif before.endswith((" ", "\t")) and before.rstrip(" \t").endswith((",", ":")):
            fixed = "“"                      # mengatakan, ” Pemerintah: the space is there
        elif before[-1:].isalnum() and _QUOTE_LATER_RE.search(text, match.end()):
            fixed = " “"                     # tema” Tertib … ”: a title or quotation opens
        elif before[-1:] in " \t" and before[-2:-1].isalnum() and \
                _SAYING_AFTER_MARK_RE.match(text, match.end()) is None and \
                _QUOTE_LATER_RE.search(text, match.end()):
            fixed = "“"                      # tema ”peran serta …”, Tema ” Transformasi …”
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
    for match in scan(_DAY_DATE_RE, text):
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
    for match in scan(_PARAGRAPH_COMMA_RE, text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start:match.start()]
        if len(line.split()) < _MIN_PARAGRAPH_WORDS or _LIST_ITEM_RE.match(line):
            continue
        following = text[match.end():match.end() + 20].lstrip()
        if following[:1] in "“\"" and _INTRODUCES_QUOTE_RE.search(line.rstrip()):
            continue
        if _CLAUSE_GOES_ON_RE.match(following):
            continue
        yield Finding(match.start(), match.start() + 1, ",", "style", RULE_PARAGRAPH_COMMA,
                      "Paragraf diakhiri tanda titik, bukan koma: “.”.", (".",), "saran")


def joined_at_case(text: str, is_word: Callable[[str], bool],
                   is_place: Callable[[str], bool]) -> Iterator[Finding]:
    """*padaMinggu*, *diJakarta*: a common word run into a day, a month, a known place or
    another common word with a capital. Brand names (*tvOne*, *detikNews*) are left
    alone: their parts are not both known."""
    for match in scan(_JOINED_CASE_RE, text):
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


_UNIT_BEFORE_TOWN_RE = _PATTERNS.compile(
    r"(?<![\w-])(?:Polres|Polresta|Polrestabes|Polsek|Kodim|Koramil|Korem|Lanal|Lanud|Pemkab"
    r"|Pemkot|Kapolres|Kapolresta|Kapolsek|Dandim|Danramil|Bupati|Walikota|Wali Kota)[ \t]+\Z")
"""A police, military or government unit (or its head) right before the town: the town
is the unit's name."""


_TITLE_WORD_RE = _PATTERNS.compile(r"[^\W\d_]{4,}")


def _title_line(text: str, position: int) -> bool:
    """The line around ``position`` is a headline in title case: no sentence inside it, and
    most of its longer words capitalised. Its closing *...* or *?* does not make it prose
    (*Ketika Warga Contoh Papua Menanam Jagung...*)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start:end if end >= 0 else len(text)].strip().rstrip(".?!…")
    if ". " in line:
        return False
    words = _TITLE_WORD_RE.findall(line)
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def place_comma(text: str, places: PlaceNames) -> Iterator[Finding]:
    """*Malang Jawa Timur* → *Malang, Jawa Timur*: a regency or city written straight before
    a province. Silent when the words together are one region's name (*Bandar Lampung*,
    *Muaro Jambi*, *Lampung Selatan*), on lines in capitals and in title-case headlines
    (session 13: readers marked 0 of 2 there, on tuning and on full text; the rule's other
    firings: tuning 3 marked, 0 not, 3 uncertain)."""
    if places.province_re is None:
        return
    for match in scan(places.province_re, text):
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
        if _UNIT_BEFORE_TOWN_RE.search(text, max(0, start - 20), start):
            continue                         # Polres Badung Bali: a unit's name
        written = text[start:match.end()]
        if written.isupper() or _title_line(text, start):
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


class Reduplications(NamedTuple):
    """The reduplications hunspell id_ID lists (the dictionary is built from KBBI): the
    evidence that two words written apart are one word."""

    full: dict[str, bool]
    """``anak-anak``, ``mudah-mudah/…a0``: the repeated word, and whether it takes *-an*
    (*mudah-mudahan*)."""
    pairs: dict[str, tuple[str, ...]]
    """``ramah-tamah``, ``bolak-balik``: with a change of sound, keyed by the second half."""


def load_reduplications(folder: Path | None = None) -> Reduplications:
    """Both tables from one read of ``id_ID.dic`` (through the data cache)."""
    path = (folder or hunspell_dir()) / "id_ID.dic"
    if not path.exists():
        return Reduplications({}, {})
    full, pairs = data_cache.parsed(path, "reduplications-2", _parse_reduplications)
    return Reduplications(dict(full), {second: tuple(firsts)
                                       for second, firsts in pairs.items()})


def _parse_reduplications(text: str) -> tuple[dict[str, bool], dict[str, list[str]]]:
    """``X-X/flags`` lines of a .dic file as {X: takes -an} (flag ``a0``: ``SFX a0 …
    # -an`` in id_ID.aff), and ``A-B`` lines with two different halves of letters as
    {B: [A, …]}. Self-contained: the cache key hashes this code."""
    full: dict[str, bool] = {}
    pairs: dict[str, list[str]] = {}
    for line in text.split("\n")[1:]:
        word, _, marks = line.strip().partition("/")
        first, dash, second = word.partition("-")
        if not dash or not first.isalpha() or not second.isalpha() or not word.islower():
            continue
        if first == second:
            flags = marks.split()[0] if marks.split() else ""
            full[first] = any(flags[i:i + 2] == "a0" for i in range(0, len(flags) - 1, 2))
        else:
            pairs.setdefault(second, []).append(first)
    return full, pairs


def _affixed_forms(root: str) -> frozenset[str]:
    """The *ber-*, *ter-*, *di-*, *se-* and *meN-* forms of ``root`` (EYD V, II.A; *ber-*
    loses its r before r: *beramah*)."""
    forms = {"ber" + root, "ter" + root, "di" + root, "se" + root, *men_forms(root)}
    if root.startswith("r"):
        forms |= {"be" + root, "te" + root}
    return frozenset(forms)


def affixed_sound_pair(text: str, tokens: Sequence[Token],
                       reduplications: Reduplications) -> Iterator[Finding]:
    """*beramah tamah*, *membolak balik* → *beramah-tamah*, *membolak-balik*: the
    dictionary lists the pair (*ramah-tamah*) and the first word is exactly an affixed
    form of its first half, so the two are one affixed reduplication. The bare pair
    written apart (*ramah tamah*) is left alone: readers mark it rarely."""
    pairs = reduplications.pairs
    for index in [index for index, token in enumerate(tokens) if index and token.text in pairs]:
        first, second = tokens[index - 1], tokens[index]
        roots = pairs[second.text]
        if text[first.end:second.start] != " ":
            continue
        word = first.text.lower()
        if not any(word in _affixed_forms(root) for root in roots):
            continue
        fixed = f"{first.text}-{second.text}"
        yield Finding(first.start, second.end, text[first.start:second.end], "style",
                      RULE_AFFIXED_PAIR,
                      f"Kata ulang berimbuhan ditulis dengan tanda hubung: “{fixed}”.", (fixed,))


_REDUPLICATION_SUFFIXES = ("an", "nya")
_DASHES = ("–", "—")
_DASH_BETWEEN_RE = _PATTERNS.compile(r"[ \t]*[-–—][ \t]*")
_BLANKS_RE = _PATTERNS.compile(r"[ \t]+")


def reduplication_apart(text: str, tokens: Sequence[Token], reduplications: Reduplications,
                        is_word: Callable[[str], bool]) -> Iterator[Finding]:
    """A reduplication written with a dash or apart: *pesan–pesan*, *bidang – bidangnya*,
    *mudah – mudahan* (kesalahan: the dash shows the writer meant one word) and *Mudah
    mudahan*, *bidang bidangnya* (saran, only when the dictionary lists the reduplication,
    and for *-an* only when it lists it with *-an* and the *-an* form is no word of its
    own: *makan makanan bergizi*, *minum minuman keras* are two words).
    A word and its spaced dash twin (*X – X*) and a word written twice (*X X*) are other
    rules' (``ulang-tanda-pisah``, ``kata-ganda``)."""
    lowered = [token.text.lower() for token in tokens]
    starts_same = map(str.startswith, itertools.islice(lowered, 1, None), lowered)
    for index in [index for index, same in enumerate(starts_same) if same]:
        first, second = tokens[index], tokens[index + 1]
        left, right = lowered[index], lowered[index + 1]
        if len(left) < 2 or not first.text.isalpha():
            continue
        suffix = right[len(left):]
        between = text[first.end:second.start]
        if not suffix:
            if between not in _DASHES:
                continue
            rule = RULE_REDUPLICATION_DASH
        elif suffix in _REDUPLICATION_SUFFIXES and len(left) >= 3:
            if _DASH_BETWEEN_RE.fullmatch(between):
                rule = RULE_REDUPLICATION_DASH
            elif _BLANKS_RE.fullmatch(between) and left in reduplications.full and \
                    (suffix == "nya" or (reduplications.full[left] and not is_word(right))):
                rule = RULE_REDUPLICATION_SPACE
            else:
                continue
        else:
            continue
        if (first.start == 0 or text[first.start - 1] == "\n") and between.strip() and \
                second.text[:1].isupper():
            continue                         # BONE–Bone …: a dateline, not one word
        fixed = f"{first.text}-{second.text}"
        yield Finding(first.start, second.end, text[first.start:second.end], "style", rule,
                      f"Kata ulang ditulis dengan tanda hubung tanpa spasi: “{fixed}”.",
                      (fixed,), "saran" if rule == RULE_REDUPLICATION_SPACE else "kesalahan")


_SAYING_ROOTS = saying.roots(add=("tanya",))
"""The verbs after a closing mark (app/language/saying.py), and *tanya* after a question's
(*…?” tanyanya*)."""
_SAYING_WORDS = saying.alternation(_SAYING_ROOTS)
_SAYING_AFTER_MARK_RE = _PATTERNS.compile(
    r"[ \t]*(?i:" + _SAYING_WORDS + r")(?:nya)?(?![\w-])")
"""A saying word after a closing mark (*aman ”ujarnya*, *aman ” Kata dia*): the mark
closes the quotation, only its space is misplaced."""
_ATTRIBUTION_AFTER_PERIOD_RE = _PATTERNS.compile(
    r"\.[ \t]+(?=(?:" + _SAYING_WORDS + r")(?:nya)?(?![\w-]))")
"""*… berlangsung. ujar Kapolres*: a saying word in lower case after a full stop."""
_WORD_BEFORE_RE = _PATTERNS.compile(r"([^\W\d_]+)\)?\Z")
_MIN_WORD_BEFORE = 4
"""A shorter word before the full stop may be an abbreviation (*dll.*, *Kec.*)."""


def attribution_after_period(text: str) -> Iterator[Finding]:
    """*… tahapan pilkada berlangsung. ujar Kapolresta.* → *berlangsung,” ujar …*: the
    words of saying go on with the quotation's sentence (a sentence never opens in lower
    case), so the full stop is a comma, inside the closing mark when a quotation is open
    in the paragraph."""
    for match in scan(_ATTRIBUTION_AFTER_PERIOD_RE, text):
        before = _WORD_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
        if before is None or len(before.group(1)) < _MIN_WORD_BEFORE:
            continue
        paragraph = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        quoting = paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2
        fixed = ",” " if quoting else ", "
        yield Finding(match.start(), match.end(), match.group(), "style",
                      RULE_ATTRIBUTION_PERIOD,
                      "Keterangan pengucap melanjutkan kalimat petikan; titik diganti koma"
                      f": “{fixed.strip()}”.", (fixed,))


_PERIOD_BETWEEN_RE = _PATTERNS.compile(r"\.(?<=[a-z]\.)(?=[a-z]{3})")
_LOWER_RUN_BEFORE_RE = _PATTERNS.compile(r"(?<![\w.@/:\\-])[a-z]{2,}\Z")
_LOWER_RUN_AFTER_RE = _PATTERNS.compile(r"[a-z]{3,}(?![\w.@/\\-])")
_DOMAIN_ENDINGS = frozenset({"com", "net", "org", "info", "news", "today", "online", "site",
                             "web", "biz", "xyz", "asia", "tech", "media", "live", "blog"})
"""Generic top-level domains (IANA) that are also words (*net*, *media*): after a dot they
end a site's name (*suara.net*), not a sentence."""


def period_between_words(text: str, is_word: Callable[[str], bool]) -> Iterator[Finding]:
    """*maka.segala persoalan* → *maka segala*: a full stop between two words in lower
    case, both dictionary words, is a slip of the space bar (a domain or a file name has
    no dictionary word after its dot: *berita.today*, and links are skipped)."""
    for match in scan(_PERIOD_BETWEEN_RE, text):
        left = _LOWER_RUN_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
        right = _LOWER_RUN_AFTER_RE.match(text, match.end())
        if left is None or right is None or right.group() in _DOMAIN_ENDINGS or \
                not is_word(left.group()) or not is_word(right.group()):
            continue
        fixed = f"{left.group()} {right.group()}"
        yield Finding(left.start(), right.end(), text[left.start():right.end()], "style",
                      RULE_PERIOD_BETWEEN,
                      f"Titik di antara dua kata diganti spasi: “{fixed}”.", (fixed,), "saran")


_PERIOD_COMMA_RE = _PATTERNS.compile(r"\.,")
_NAME_BEFORE_RE = _PATTERNS.compile(r"(?<![\w.])[A-Z][a-z]{3,}\Z")


def load_abbreviations(folder: Path | None = None) -> frozenset[str]:
    """Abbreviations written with a full stop in the lexicon (``Prof.``, ``Telp.``,
    ``Sdri.``), lower-cased: a word of theirs keeps its period before a comma."""
    folder = folder or lexicon_dir()
    found: set[str] = set()
    for name in ("singkatan.tsv", "gelar.tsv", "sapaan.tsv", "pangkat.tsv"):
        path = folder / name
        if path.exists():
            found.update(entry.lower() for entry, _kind in read_table(path)
                         if entry.endswith("."))
    return frozenset(found)


def name_period_comma(text: str, abbreviations: frozenset[str]) -> Iterator[Finding]:
    """*AKBP I Putu Bayu Pati., S.I.K.* → *Pati, S.I.K.*: a word written in full (a
    name) takes no full stop before its comma; a listed abbreviation (*Prof.,*) and the
    last part of a dotted one (*M.Han.,*) keep theirs."""
    for match in scan(_PERIOD_COMMA_RE, text):
        word = _NAME_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
        if word is None or f"{word.group().lower()}." in abbreviations:
            continue
        written = text[word.start():match.end()]
        fixed = f"{word.group()},"
        yield Finding(word.start(), match.end(), written, "style", RULE_NAME_PERIOD_COMMA,
                      f"Nama yang ditulis lengkap tidak diberi titik sebelum koma: “{fixed}”.",
                      (fixed,))


_NESTED_QUOTE_RE = _PATTERNS.compile(r"“[^“”\n]*(“([^“”\n]{1,60})”)[^“”\n]*”")
"""A quotation with a short one inside it, all in one paragraph: *“… dengan “Blue Light
Patrol” setiap malam,”*."""


def nested_quotes(text: str) -> Iterator[Finding]:
    """*“Patroli dengan “Blue Light Patrol” rutin digelar,” ujarnya* → *‘Blue Light
    Patrol’*: a quotation inside a quotation takes single quotation marks (EYD V, III.P).
    Only when both pairs open and close in the same paragraph, so a mark left unclosed
    (the commoner slip) is not read as nesting."""
    for match in scan(_NESTED_QUOTE_RE, text):
        fixed = f"‘{match.group(2)}’"
        yield Finding(match.start(1), match.end(1), match.group(1), "style",
                      RULE_NESTED_QUOTE,
                      f"Petikan di dalam petikan diapit tanda petik tunggal: “{fixed}”.",
                      (fixed,))


_STRAY_CLOSE_RE = _PATTERNS.compile(r"\)(?<=[^\W\d_]{2}\))(?=[ \t]+[a-z])")
"""A closing parenthesis after a word and before a lowercase one: mid-sentence, where a
list marker (*a)*, *1)*) or an emoticon (*:)*) does not stand."""


_DATE_CLOSE_RE = _PATTERNS.compile(r"\)(?:(?<=/\d\))|(?<=/\d\d\))|(?<=/\d{4}\)))")
"""A closing parenthesis after a short date (*Kamis 16/10/2025)*): the opening one may be
missing before the date rather than the closing one stray. The pattern opens with the
bracket, which the engine finds fast; the date is read back from the text."""
_DATE_BEFORE_RE = _PATTERNS.compile(r"(?<![\w(/.-])\d{1,2}/\d{1,2}(?:/\d{2,4})?\Z")


def stray_closing_bracket(text: str) -> Iterator[Finding]:
    """*terhadap Ranperda) menjadi Perda* → *Ranperda menjadi*: no opening parenthesis
    earlier in the paragraph, so the closing one pairs with nothing (EYD V, III.M). After a
    date (*Kamis 16/10/2025)*) the opening one is what is missing: *(16/10/2025)*."""
    for match in scan(_STRAY_CLOSE_RE, text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start:match.start()]
        if before.count("(") > before.count(")"):
            continue
        word = before.split()[-1] if before.split() else ""
        if len(word) <= 3:
            continue                      # a list marker of letters (*ii)*), not a word
        yield Finding(match.start(), match.end(), ")", "style", RULE_STRAY_BRACKET,
                      "Tanda kurung tutup ini tidak berpasangan dengan kurung buka; hapus.",
                      ("",))
    for match in _DATE_CLOSE_RE.finditer(text):
        found = _DATE_BEFORE_RE.search(text, max(0, match.start() - 10), match.start())
        if found is None:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text.count("(", line_start, match.start()) > text.count(")", line_start,
                                                                  match.start()):
            continue
        date = found.group()
        yield Finding(found.start(), match.end(), text[found.start():match.end()], "style",
                      RULE_STRAY_BRACKET,
                      f"Tanggal dalam kurung diapit kurung buka dan tutup: “({date})”.",
                      (f"({date})",))


_PERIOD_OUTSIDE_RE = _PATTERNS.compile(r"”\.(?<=[\w)]”\.)(?=[ \t]*(?:\n|$|[A-Z]))")
"""A closing quotation mark, then the sentence's period, then a paragraph's end or a new
sentence (a lowercase word or *Ujar …* after it is the attribution rules' case)."""
_SAYING_CAPITAL_RE = _PATTERNS.compile(
    r"[ \t]*(?:" + saying.alternation(_SAYING_ROOTS, capital=True) + ")")
LONG_QUOTE_WORDS = 30
"""A quotation at least this long is speech, not a title or a term in quotation marks
(themes and programme names in quotes run to about 25 words at most)."""


def period_outside_quote(text: str) -> Iterator[Finding]:
    """*… kepada masyarakat secara umum”. Lebih lanjut …* → *umum.”*: the period that ends a
    direct quotation goes inside the closing mark (EYD V, III.O). A quotation is direct
    speech when it opens its paragraph, runs on from an earlier paragraph, or is long; a
    short quoted title or term (*program “Jumat Curhat”.*) keeps its period outside."""
    if "”." not in text:
        return
    for match in _PERIOD_OUTSIDE_RE.finditer(text):
        if _SAYING_CAPITAL_RE.match(text, match.end()):
            continue                         # ”. Ujar Kapolres: the attribution rules
        line_start = text.rfind("\n", 0, match.start()) + 1
        opening = text.rfind("“", line_start, match.start())
        if opening < 0:
            before = text[:line_start]
            if before.count("“") <= before.count("”"):
                continue                     # nothing open: a stray mark, not this slip
        elif "”" in text[opening + 1:match.start()]:
            continue                         # closed before (,” ungkap Budi”.): a stray mark
        elif text[line_start:opening].strip() and \
                len(text[opening:match.start()].split()) < LONG_QUOTE_WORDS:
            continue                         # a short quotation inside a sentence
        written = match.group()
        yield Finding(match.start(), match.end(), written, "style", RULE_PERIOD_IN_QUOTE,
                      "Titik yang mengakhiri petikan ditulis sebelum tanda petik penutup "
                      "(.”).", (".”",))


_SINGLE_CLOSE_RE = _PATTERNS.compile(
    r"’(?<=[,.!?]’)(?=[ \t]*(?:" + saying.alternation(saying.AFTER_QUOTE)
    + r")(?:nya)?(?![\w-]))")
"""A single closing mark after the quotation's last punctuation, before a word of saying."""


def single_closes_double(text: str) -> Iterator[Finding]:
    """*“… yang protes,’ jelas dia* → *protes,” jelas*: a quotation opened with a double mark
    closes with one (EYD V, III.O); a single mark closes only a quotation opened with a
    single one, or one inside another (III.P)."""
    if "’" not in text:
        return
    for match in _SINGLE_CLOSE_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start:match.start()]
        double, single = before.rfind("“"), before.rfind("‘")
        if double < 0 or single > double or before.count("“") <= before.count("”"):
            continue                         # no double quotation open, or a nested one
        yield Finding(match.start(), match.end(), "’", "style", RULE_MIXED_QUOTE,
                      "Petikan yang dibuka tanda petik ganda ditutup tanda petik ganda (”).",
                      ("”",))


_CLOSING_SAYING = saying.alternation(saying.AFTER_QUOTE)
"""The saying verbs that mark a quotation as closed."""
_CLOSED_SPEECH_RE = _PATTERNS.compile(
    r"(?:[”\"](?:(?<=[,.!?][”\"])|(?<=\w[”\"])(?=\.|[a-z]+nya(?![\w-])))"
    r"|(?<=[,.!?])[ \t]?“)\.?[ \t]*"
    r"(?:" + _CLOSING_SAYING + r")(?:nya)?(?![\w-])")
"""A quotation closed before its attribution (*…,” kata Kapolsek*, *…”. imbuhnya*, a
straight mark too; session 12: a mark glued to the word of saying, *…”imbuhnya*; S3: an
opening mark written for the closing one, *…, “terang Kapolsek*)."""
_OPENING_AS_CLOSING_RE = _PATTERNS.compile(
    r"(?<=[\w,.!?])[ \t]?“[ \t]*(?:" + _CLOSING_SAYING + r")(?:nya)?(?![\w-])")
"""An opening mark that closes a quotation before its attribution (*… 2023 “imbuhnya*):
counted as a closing mark when judging what an earlier paragraph left open."""
_NESTED_PAIR_RE = _PATTERNS.compile(r"‘[^‘’\n]{1,40}’")
"""A term in single marks inside speech (*benar-benar ‘clear’*): a nested quotation, not a
mark of the speech's own."""
_REPORTING_WORDS = frozenset({
    "bahwa", "menyampaikan", "mengatakan", "menambahkan", "menjelaskan", "mengungkapkan",
    "menegaskan", "mengimbau", "menghimbau", "berpesan", "sampaikan", "ditambahkannya",
    "dijelaskannya", "disampaikannya", "katanya", "kata", "ujarnya", "menurutnya", "menurut"})
"""Words of reported speech: a paragraph that holds one reports what was said, and its
closing mark is the stray one."""
MAX_SPEECH_WORDS = 40
"""A paragraph of quoted speech a reader can take for one is short; a long one with a
closing mark only is more often narration with a stray mark."""


def missing_opening_quote(text: str) -> Iterator[Finding]:
    """*Kegiatan ini kami gelar setiap malam,” kata Kapolsek.* → *“Kegiatan …*: a paragraph
    that closes a direct quotation before its attribution but holds no opening mark, with
    none left open from an earlier paragraph, is speech whose opening mark is missing
    (EYD V, III.O). Not the first paragraph (a headline or dateline), not one that reports
    speech (*Kapolsek menambahkan bahwa …*), not a long one. S3: a term in single marks
    inside the speech (*‘clear’*) is a nested quotation and no reason to stay quiet; an
    opening mark written for the closing one (*…, “terang Kapolsek*) closes the speech."""
    if "”" not in text and "“" not in text:
        return
    for match in _CLOSED_SPEECH_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        paragraph = text[line_start:match.start()]
        if not text[:line_start].strip() or \
                any(mark in _NESTED_PAIR_RE.sub("", paragraph) for mark in "“”\"‘’"):
            continue
        misplaced = len(_OPENING_AS_CLOSING_RE.findall(text, 0, line_start))
        if text.count("“", 0, line_start) - misplaced > \
                text.count("”", 0, line_start) + misplaced:
            continue                         # a quotation open from an earlier paragraph
        words = paragraph.split()
        if not words or len(words) > MAX_SPEECH_WORDS or not words[0][:1].isupper() or \
                any(word.strip(",.:;").lower() in _REPORTING_WORDS for word in words):
            continue
        first = words[0]
        start = line_start + (len(paragraph) - len(paragraph.lstrip()))
        yield Finding(start, start + len(first), first, "style", RULE_MISSING_OPENING,
                      f"Petikan langsung yang ditutup tanda petik juga dibuka dengan tanda "
                      f"petik: “{'“' + first}”.", ("“" + first,), "saran")
    # the marks around an attribution inside the speech are the same class, read here
    yield from interrupted_quote(text)


_INTERRUPTING_SAYING = saying.roots(without=("pungkas", "tandas", "tutup"))
"""The saying verbs of an attribution inside the speech: not *pungkas*, *tandas*, *tutup*,
which close it (KBBI: 'to conclude', 'to close')."""
_INTERRUPTION_RE = _PATTERNS.compile(
    r"(?<=\w),[ \t]+((?:" + saying.alternation(_INTERRUPTING_SAYING)
    + r")(?:nya|[ \t]+(?:dia|ia|beliau"
    r"|[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3})))(?![\w-]),[ \t]+(?=[a-z])")
"""*…, kata dia, upaya …*: an attribution set off by commas, then the speech going on."""


def interrupted_quote(text: str) -> Iterator[Finding]:
    """``petik-sela-pengucap``: *“Dengan jadwal yang tetap, kata dia, pos ronda …”* →
    *tetap,” kata dia, “pos*: a paragraph that opens a direct quotation and, before any
    closing mark, sets an attribution off by commas has left the speech open around it
    (EYD V, III.O). Only inside a quotation the paragraph opens and nothing has closed."""
    if "“" not in text:
        return
    for match in _INTERRUPTION_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start:match.start()].lstrip()
        if not before.startswith("“") or any(mark in before[1:] for mark in "“”\""):
            continue
        attribution = match.group(1)
        written = text[match.start():match.end()]
        fixed = f",” {attribution}, “"
        yield Finding(match.start(), match.end(), written, "style", RULE_INTERRUPTED_QUOTE,
                      f"Petikan yang disela keterangan pengucap ditutup dan dibuka lagi: "
                      f"“{fixed}”.", (fixed,), "saran")
