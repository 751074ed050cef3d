"""Commas at the seams of a phrase that EYD V (III.B Tanda Koma) fixes one way, where the
words themselves tell a shallow reading which way.

- ``koma-sesudah-menurut``: *Menurut Budi*, *Menurutnya*, *Menurut dia* opening a sentence
  names the source of what follows and is closed by a comma (EYD V, III.B: keterangan di
  awal kalimat; KBBI: *menurut* p 'sesuai dengan pendapat'): *Menurut Budi warga …* →
  *Menurut Budi, warga …*. The phrase is *Menurut* with capitalised words or a pronoun;
  not when the next word goes on the phrase (*Menurut Budi yang …*, *Menurut Perda nomor
  …*). *Menurutnya* before a capitalised word too (*Menurutnya Kepala Dinas …*): its
  *-nya* ends the source (session 10: 3 of 3 labelled, none unlabelled, on tuning).
- ``koma-predikat-pelengkap``: no comma between a predicate and its object or the clause
  it takes (EYD V, III.B: anak kalimat yang mengikuti induk kalimatnya tidak didahului
  koma; koma tidak memisahkan predikat dari objeknya): *mengucapkan, terima kasih* →
  *mengucapkan terima kasih*; *berharap, agar* → *berharap agar*; *mengimbau, untuk* →
  *mengimbau untuk*; *imbauan, kepada warga* → *imbauan kepada warga*. Only verbs of
  saying, hoping and asking, whose *agar*/*supaya* clause is what is said or asked, the
  nouns of thanks and greeting that only stand as an object, and *kepada* after a
  lower-case object (not an aside closed by another comma).
- ``koma-sesudah-kata-hubung``: a conjunction of a list or a pair is not followed by a
  comma (EYD V, III.B: koma dipakai *sebelum* dan/atau in a list): *Budi dan, Ani* →
  *Budi dan Ani*. Not *ikut serta,* / *turut serta,* (a verb) nor an aside (*dan,
  menurut dia, …*: another comma soon).
- ``kalimat-diawali-serta``: *serta* and *maupun* join parts of one sentence (KBBI: *serta*,
  *maupun* p, penghubung intrakalimat) and do not open one: *… berlaku. Serta memberi …*
  → *berlaku serta memberi*. The TOML rule ``titik-sebelum-kata-sambung`` covers
  *Sehingga* and the lower-case forms (*berlaku. serta memberi*); the capitalised *Serta*
  and *Maupun* are this rule's alone (no TOML rule matches them).
- ``koma-keterangan-sisipan-sebelah``: *Budi dalam sambutannya, menyampaikan …*: an aside
  between a subject and its predicate is set off on both sides or on neither (EYD V,
  III.B: keterangan tambahan diapit koma); with the opening comma missing, the lone comma
  cuts the subject from its predicate. Session 11: the opening comma without the closing
  one too, before *melalui* or *didampingi* after a name run that opens the sentence, when
  no comma follows in the rest of the sentence (*Kapolres Contoh AKBP Budi, melalui Kasat
  Binmas Iptu Rudi mengimbau …*): the subject's verb then sits inside the supposed aside.
  On the tuning half 1 labelled, 1 the labellers disagreed on, none unlabelled.
- ``koma-hari-tanggal``: a day name and the date that follows it are parted by a comma
  (EYD V, III.B: koma dipakai di antara nama hari dan tanggal): *Selasa 17 September 2019*
  → *Selasa, 17 September 2019*. Only a day name straight before a day number and a month
  name; readers from the second round on mark it 10 times of 11. Session 13: not after a
  speaker's attribution closed by a comma (*kata Kapolres AKBP Budi, Jumat 17 November
  2023.*): the day and date there stamp the statement, as a dateline does, and readers of
  the tuning half left both such firings unmarked (no marked one had this shape).

Each was measured on the whole text of the real tuning releases before it was added;
all are ``saran``: a shallow reading can still take a phrase for another.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.base.calendar_words import DAYS, MONTHS
from app.language import saying
from app.language.eyd_context import DEGREE_END_RE, NOT_PREDICATE, NOT_SUBJECT_START_RE
from app.language.finding import Finding
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_MENURUT = "koma-sesudah-menurut"
RULE_COMPLEMENT = "koma-predikat-pelengkap"
RULE_AFTER_CONJUNCTION = "koma-sesudah-kata-hubung"
RULE_OPENING_CONJUNCTION = "kalimat-diawali-serta"
RULE_HALF_ASIDE = "koma-keterangan-sisipan-sebelah"
RULE_DAY_DATE = "koma-hari-tanggal"

DESCRIPTIONS: dict[str, str] = {
    RULE_MENURUT: "Keterangan sumber di awal kalimat (Menurut Budi, Menurutnya) ditutup koma",
    RULE_COMPLEMENT: "Tidak ada koma di antara predikat dan objek atau anak kalimat "
                     "pelengkapnya (mengucapkan terima kasih, berharap agar)",
    RULE_AFTER_CONJUNCTION: "Tidak ada koma sesudah dan, atau, serta, maupun dalam "
                            "perincian",
    RULE_OPENING_CONJUNCTION: "Serta dan maupun menghubungkan bagian satu kalimat, tidak "
                              "membuka kalimat baru",
    RULE_HALF_ASIDE: "Keterangan sisipan di antara subjek dan predikat diapit koma di kedua "
                     "sisi atau tanpa koma",
    RULE_DAY_DATE: "Nama hari dan tanggal sesudahnya dipisahkan koma (Selasa, 17 September)",
}
SOURCES: dict[str, str] = {
    RULE_MENURUT: "EYD V, III.B Tanda Koma (dipakai sesudah keterangan di awal kalimat); "
                  "KBBI VI daring: menurut",
    RULE_COMPLEMENT: "EYD V, III.B Tanda Koma (tidak dipakai jika anak kalimat mengikuti "
                     "induk kalimatnya; tidak memisahkan predikat dari objek)",
    RULE_AFTER_CONJUNCTION: "EYD V, III.B Tanda Koma (dipakai di antara unsur perincian, "
                            "sebelum dan/atau, bukan sesudahnya)",
    RULE_OPENING_CONJUNCTION: "KBBI VI daring: serta, maupun (penghubung intrakalimat); "
                              "EYD V, III.A Tanda Titik (di akhir kalimat)",
    RULE_HALF_ASIDE: "EYD V, III.B Tanda Koma (mengapit keterangan tambahan; tidak dipakai "
                     "di antara subjek dan predikat)",
    RULE_DAY_DATE: "EYD V, III.B Tanda Koma (dipakai di antara nama hari dan tanggal)",
}
SOFT_RULES = frozenset(DESCRIPTIONS)
"""A shallow reading of a phrase can misjudge it: ``saran``."""
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_MENURUT: (
        ("Menurut Budi warga sudah lama menunggu jembatan itu.",
         "Menurutnya patroli malam membuat pasar lebih tertib.",
         "Menurutnya Kepala Dinas harus turun ke desa.",
         "Pos itu ramai. Menurut Kepala Desa Sukamaju Rudi Hartono pembangunan selesai "
         "bulan depan.",
         "“Menurut dia semua berjalan lancar.”"),
        ("Menurut Budi, warga sudah lama menunggu jembatan itu.",
         "Menurutnya, patroli malam membuat pasar lebih tertib.",
         "Menurut Budi yang memimpin rapat, warga setuju.",
         "Menurutnya, Kepala Dinas harus turun ke desa.",
         "Menurut Kepala Dinas Sukamaju, warga setuju.",
         "Menurut Perda nomor 3 itu, pedagang wajib berizin.",
         "Warga tenang menurut Kapolsek Sukajaya.",
         "Menurut data desa, warga sudah divaksin.")),
    RULE_COMPLEMENT: (
        ("Kapolsek mengucapkan, terima kasih kepada warga.",
         "Camat menyampaikan, ucapan selamat kepada para juara.",
         "Bupati berharap, agar jalan itu segera diperbaiki.",
         "Kapolsek mengimbau, supaya warga mengunci kendaraan.",
         "Danramil mengajak, untuk menjaga kebersihan sungai.",
         "Petugas memberikan imbauan, kepada para pengendara."),
        ("Kapolsek mengucapkan terima kasih kepada warga.",
         "Bupati berharap agar jalan itu segera diperbaiki.",
         "Kapolsek menjelaskan, untuk sementara jalan ditutup.",
         "Petugas memperkuat patroli, agar pasar tetap aman.",
         "Kapolsek menyampaikan, “Terima kasih atas kerja samanya.”",
         "Ia menjelaskan, kepada wartawan di pos, bahwa jalan aman.",
         "Bantuan diberikan kepada lansia, kepada anak yatim dan kepada janda.")),
    RULE_AFTER_CONJUNCTION: (
        ("Rapat dihadiri Budi Santoso dan, Ani Lestari.",
         "Warga membawa cangkul, sabit, atau, parang.",
         "Petugas membagikan masker serta, hand sanitizer."),
        ("Rapat dihadiri Budi Santoso dan Ani Lestari.",
         "Warga diajak ikut serta, sedangkan petugas berjaga.",
         "Pos itu dijaga, dan, menurut Kapolsek, akan ditambah.")),
    RULE_OPENING_CONJUNCTION: (
        ("Petugas berjaga di pos. Serta memberi imbauan kepada sopir.",
         "Bantuan itu untuk warga lansia. Maupun warga yang sakit."),
        ("Petugas mengecek kendaraan yang lewat serta memberi imbauan kepada sopir.",
         "Serta-merta warga berkumpul.",
         "Ketua Tim Serta Anggota hadir.")),
    RULE_HALF_ASIDE: (
        ("Camat Sukajaya Budi Santoso dalam sambutannya, menyampaikan terima kasih.",
         "Kapolsek Sukajaya pada kesempatan itu, mengajak warga menjaga pos ronda.",
         "Kapolres Contoh AKBP Budi Santoso, melalui Kasat Binmas Iptu Rudi mengimbau warga "
         "menjaga pos ronda."),
        ("Camat Sukajaya Budi Santoso, dalam sambutannya, menyampaikan terima kasih.",
         "Camat Sukajaya Budi Santoso dalam sambutannya menyampaikan terima kasih.",
         "Budi, dalam sambutannya, menyampaikan terima kasih.",
         "Dalam sambutannya, Camat menyampaikan terima kasih.",
         "Lomba dibuka Camat pada kesempatan itu, didampingi Kapolsek Sukajaya.",
         "Kapolres Contoh AKBP Budi Santoso, melalui Kasat Binmas Iptu Rudi, mengimbau warga.",
         "Pada Senin pagi, melalui Kasat Binmas Iptu Rudi warga diimbau waspada.",
         "Kapolres Contoh AKBP Budi Santoso SH, melalui Kasat Binmas mengimbau warga.")),
    RULE_DAY_DATE: (
        ("Lomba itu digelar di alun-alun, Selasa 17 September 2024.",
         "Warga berkumpul pada hari Jumat 3 Mei di balai desa.",
         "Apel dimulai Kamis 04 Juli 2024 pagi."),
        ("Lomba itu digelar di alun-alun, Selasa, 17 September 2024.",
         "Warga berkumpul pada hari Jumat (3/5) di balai desa.",
         "Apel dimulai Kamis pagi, 4 Juli 2024.",
         "Pasar Minggu 2 kali sepekan ramai.",
         "“Stok beras aman,” kata Kepala Dinas Pangan Ani Lestari, Jumat 17 November 2034.")),
}
"""Wrong and right examples of each rule: the tests run them."""


def _word_finding(text: str, start: int, end: int, rule: str, message: str,
                  suggestion: str) -> Finding:
    word = text[start:end]
    return Finding(start, end, word, "style", rule, message, (suggestion,), "saran")


# -- Menurut X, … ---------------------------------------------------------------------------

_MENURUT_RE = _PATTERNS.compile(
    r"Menurut(?:nya|(?:[ \t]+(?:[A-Z][\w’'.-]*|dia|beliau|ia|mereka|saya|kami|kita))+)"
    r"(?=[ \t]+([a-z]+))")
"""*Menurut* with its source — capitalised words or a pronoun — then a lower-case word."""
_MENURUT_OPENS_RE = _PATTERNS.compile(r"(?:\A[ \t]*|[.!?][ \t]+|\n[ \t]*|[“\"]|[–—][ \t]+)\Z")
"""Where the phrase opens a sentence: the text's start, a sentence's end, a new line, an
opening quote, a dateline's dash."""
_MENURUT_GOES_ON = frozenset({
    "yang", "dari", "di", "selaku", "sebagai", "saat", "ketika", "kepada", "dalam", "pada",
    "usai", "seusai", "melalui", "bersama", "dan", "serta", "atau", "juga", "lagi", "pula",
    "ini", "itu", "tersebut", "nomor", "no", "tahun", "pasal", "ayat", "huruf", "bab",
    "tentang", "mengenai", "soal", "terkait", "pun", "sendiri", "setempat"})
"""A word that goes on the phrase rather than opening the clause (*Menurut Budi yang …*,
*Menurut Perda nomor 3 …*, *Menurut UU ini, …*)."""


_MENURUTNYA_CAPITAL_RE = _PATTERNS.compile(r"Menurutnya(?=[ \t]+[A-Z][a-z])")
"""*Menurutnya* before a capitalised word: *-nya* closes the source, so the capital opens
the clause (*Menurutnya Kepala Dinas harus …* → *Menurutnya, Kepala Dinas …*); after
*Menurut Budi* a capital may still be part of the name."""


def menurut_comma(text: str) -> Iterator[Finding]:
    """``koma-sesudah-menurut``: *Menurut Budi warga …* → *Menurut Budi, warga …*;
    *Menurutnya Kepala Dinas …* → *Menurutnya, Kepala Dinas …*."""
    matches = sorted([*_MENURUT_RE.finditer(text), *_MENURUTNYA_CAPITAL_RE.finditer(text)],
                     key=lambda match: match.start())
    for match in matches:                        # one literal prefix: re's own search
        if (match.lastindex and match.group(1) in _MENURUT_GOES_ON) or \
                not _MENURUT_OPENS_RE.search(text, max(0, match.start() - 4), match.start()):
            continue
        end = match.end()
        start = max(text.rfind(" ", 0, end), text.rfind("\t", 0, end),
                    text.rfind("\n", 0, end)) + 1
        word = text[start:end]
        yield _word_finding(text, start, end, RULE_MENURUT,
                            f"Keterangan sumber di awal kalimat ditutup koma: “{word},”.",
                            f"{word},")


# -- a predicate and what it takes ----------------------------------------------------------

_ASKING = ("mengimbau|menghimbau|meminta|mengajak|mengingatkan|berpesan|memohon|mendorong"
           "|menginstruksikan|memerintahkan|menyarankan|menganjurkan|menekankan")
"""Verbs of asking and urging: their *agar*, *supaya* or *untuk* clause is what is asked."""
_HOPING = "berharap|mengharapkan|menghendaki|menginginkan|menyampaikan|menegaskan"
"""Verbs of hoping and saying: their *agar*/*supaya* clause is what is hoped or said."""
_COMPLEMENT_RE = _PATTERNS.compile(
    rf"(?<![\w-])(?:({_ASKING}),[ \t]+(?=(?:agar|supaya|untuk)[ \t]+[a-z])"
    rf"|({_HOPING}),[ \t]+(?=(?:agar|supaya)[ \t]+[a-zA-Z])"
    r"|(mengucapkan|menyampaikan|memanjatkan|menghaturkan),[ \t]+"
    r"(?=(?:terima[ \t]+kasih|ucapan|selamat|apresiasi|penghargaan|permohonan[ \t]+maaf"
    r"|belasungkawa|syukur|puji[ \t]+syukur|doa)(?![\w-])))")
"""A verb of asking, hoping or thanking, its comma, then its clause or object."""


_RECIPIENT_RE = _PATTERNS.compile(
    r"kepada(?<=[a-z], kepada)(?=[ \t]+[a-z])(?![^,.;:!?\n]{1,40},)")
"""*memberikan imbauan, kepada warga*: a lower-case object, a comma, then to whom it goes;
not an aside (*…, kepada wartawan, …*: another comma soon)."""
_WORD_BEFORE_COMMA_RE = _PATTERNS.compile(r"(?<![\w-])[a-z]{3,}\Z")
"""The lower-case word before that comma."""


def complement_comma(text: str) -> Iterator[Finding]:
    """``koma-predikat-pelengkap``: *berharap, agar* → *berharap agar*; *mengucapkan,
    terima kasih* → *mengucapkan terima kasih*; *imbauan, kepada* → *imbauan kepada*."""
    for match in scan(_COMPLEMENT_RE, text):
        group = match.lastindex or 1
        verb = match.group(group)
        start = match.start(group)
        yield Finding(start, match.end(group) + 1, f"{verb},", "style", RULE_COMPLEMENT,
                      f"Tidak ada koma di antara predikat dan pelengkapnya: “{verb}”.",
                      (verb,), "saran")
    for match in _RECIPIENT_RE.finditer(text):   # one literal prefix: re's own search
        comma = match.start() - 2
        if "kepada" in text[max(0, comma - 60):comma]:
            continue                         # a list of recipients: its own commas
        before = _WORD_BEFORE_COMMA_RE.search(text, max(0, comma - 30), comma)
        if before is None:
            continue
        word = before.group()
        yield Finding(before.start(), comma + 1, f"{word},", "style", RULE_COMPLEMENT,
                      f"Tidak ada koma di antara objek dan pelengkapnya: “{word} kepada”.",
                      (word,), "saran")


# -- conjunctions ---------------------------------------------------------------------------

_AFTER_CONJUNCTION_RE = _PATTERNS.compile(
    r"(?<=[\w),] )(dan|atau|serta|maupun),[ \t]+(?=[\w“\"])(?![^,.;:!?\n]{1,25},)")
"""A list's conjunction with a comma after it, not opening an aside (another comma
soon)."""
_SERTA_VERBS = frozenset({"ikut", "turut", "peran", "beserta"})
"""*ikut serta*, *turut serta*, *peran serta*: *serta* as part of a word, not a conjunction."""


def after_conjunction_comma(text: str) -> Iterator[Finding]:
    """``koma-sesudah-kata-hubung``: *Budi dan, Ani* → *Budi dan Ani*."""
    for match in scan(_AFTER_CONJUNCTION_RE, text):
        word = match.group(1)
        if word == "serta":
            before = text[max(0, match.start(1) - 12):match.start(1)].split()
            if before and before[-1].lower() in _SERTA_VERBS:
                continue
        yield Finding(match.start(1), match.end(1) + 1, f"{word},", "style",
                      RULE_AFTER_CONJUNCTION,
                      f"Tidak ada koma sesudah kata penghubung “{word}”.", (word,), "saran")


_OPENING_CONJUNCTION_RE = _PATTERNS.compile(
    r"(Serta(?<=[a-z]\. Serta)|Maupun(?<=[a-z]\. Maupun))(?=[ \t]+[a-z])")
"""A sentence's period after a lower-case word, then *Serta*/*Maupun* and a lower-case
word: the second part of the same sentence."""


def opening_conjunction(text: str) -> Iterator[Finding]:
    """``kalimat-diawali-serta``: *berlaku. Serta memberi* → *berlaku serta memberi*."""
    for match in scan(_OPENING_CONJUNCTION_RE, text):
        word = match.group(1)
        start = match.start() - 2             # the period and its space
        written = text[start:match.end()]
        fixed = f" {word.lower()}"
        yield Finding(start, match.end(), written, "style", RULE_OPENING_CONJUNCTION,
                      f"“{word}” menghubungkan bagian satu kalimat dan tidak membuka "
                      f"kalimat baru: “…{fixed}”.", (fixed,), "saran")


# -- an aside with one comma ----------------------------------------------------------------

_HALF_ASIDE_RE = _PATTERNS.compile(
    r"(?:sambutannya|arahannya|amanatnya|keterangannya|pidatonya"
    r"|kesempatan[ \t]+(?:itu|tersebut|ini)),(?=[ \t]+((?:me|ber|di)[a-z]{3,}))")
"""*Budi dalam sambutannya, menyampaikan*: an aside after a name, closed by a comma but
not opened by one, before the predicate (not before a word that opens another aside:
*…, didampingi Wakapolsek, …*)."""
_ASIDE_OPENING_RE = _PATTERNS.compile(r"(?<=[A-Za-z.)] )(?:dalam|pada|saat)[ \t]+\Z")
"""The aside's preposition right before it, after a word (no comma)."""


def half_aside_comma(text: str) -> Iterator[Finding]:
    """``koma-keterangan-sisipan-sebelah``: *Budi dalam sambutannya, menyampaikan* →
    *Budi dalam sambutannya menyampaikan* (or commas on both sides)."""
    for match in scan(_HALF_ASIDE_RE, text):
        if match.group(1) in NOT_PREDICATE:
            continue
        opening = _ASIDE_OPENING_RE.search(text, max(0, match.start() - 10), match.start())
        if opening is None:
            continue
        before = text[max(0, opening.start() - 40):opening.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].endswith(","):
            continue                         # not after a name: an adverbial's comma
        comma = match.end() - 1
        last = text[match.start():comma].split()[-1]
        start = comma - len(last)
        yield Finding(start, comma + 1, f"{last},", "style", RULE_HALF_ASIDE,
                      f"Keterangan sisipan diapit koma di kedua sisi atau tanpa koma: "
                      f"“{last}”.", (last,), "saran")


_OPEN_ONLY_ASIDE_RE = _PATTERNS.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))"
    r"((?:[A-Z][\w/’'.-]*|\([A-Za-z]+\)|\d[\w/-]*)"
    r"(?:[ \t]+(?:[A-Z][\w/’'.-]*|\([A-Za-z]+\)|\d[\w/-]*)){1,9}),"
    r"(?=[ \t]+(?:melalui|didampingi)[ \t]+[A-Z]"
    r"(?:[^,;:\n“”\"]*?[a-z]{3}\.(?=[ \t]|\Z)|[^,;:\n“”\"]*(?=\n|\Z)))")
"""A name run opening the sentence, a comma, then *melalui*/*didampingi* and a name, and
no further comma up to the end of the sentence (a lower-case word and its period) or of
the paragraph."""


def open_only_aside_comma(text: str) -> Iterator[Finding]:
    """``koma-keterangan-sisipan-sebelah``: *Kapolres Contoh AKBP Budi, melalui Kasat …
    mengimbau* → *AKBP Budi melalui Kasat … mengimbau*: an aside opened by a comma that
    no comma closes (EYD V, III.B: keterangan tambahan diapit koma or none)."""
    for match in scan(_OPEN_ONLY_ASIDE_RE, text):
        words = match.group(1).split()
        if NOT_SUBJECT_START_RE.fullmatch(words[0]) or DEGREE_END_RE.fullmatch(words[-1]):
            continue                         # an adverbial's comma, or a degree's
        last = words[-1]
        comma = match.end(1)
        start = comma - len(last)
        yield Finding(start, comma + 1, f"{last},", "style", RULE_HALF_ASIDE,
                      f"Keterangan sisipan diapit koma di kedua sisi atau tanpa koma: "
                      f"“{last}”.", (last,), "saran")


# -- Selasa, 17 September ----------------------------------------------------------------

_DAY_DATE_RE = _PATTERNS.compile(
    r"\b(?:" + "|".join(DAYS) + r"|Jum[’']at|Ahad)(?=[ \t]+\d{1,2}[ \t]+"
    r"(?:" + "|".join(MONTHS) + r"|Pebruari|Nopember)\b)")
"""A day name straight before a day number and a month name."""
_AFTER_ATTRIBUTION_RE = _PATTERNS.compile(
    r"\b(?:" + saying.alternation(saying.AFTER_QUOTE) + r"|ucapan)(?:nya)?"
    r"(?:[ \t]+[A-Z0-9][\w.’'/-]*){1,12},[ \t]*\Z")
"""A speaker's attribution, the speaker's office and name all capitalised, closed by a
comma: what comes next is the statement's date, not a date inside the sentence."""
_ATTRIBUTION_REACH = 150


def day_date_comma(text: str) -> Iterator[Finding]:
    """``koma-hari-tanggal``: *Selasa 17 September* → *Selasa, 17 September*. Not after a
    speaker's attribution (:data:`_AFTER_ATTRIBUTION_RE`)."""
    for match in _DAY_DATE_RE.finditer(text):
        if _AFTER_ATTRIBUTION_RE.search(
                text, max(0, match.start() - _ATTRIBUTION_REACH), match.start()):
            continue
        day = match.group(0)
        yield _word_finding(text, match.start(), match.end(), RULE_DAY_DATE,
                            f"Nama hari dan tanggal dipisahkan koma: “{day}, …”.", f"{day},")


def check(text: str) -> Iterator[Finding]:
    """Every rule of this module, in text order per rule."""
    yield from menurut_comma(text)
    yield from complement_comma(text)
    yield from after_conjunction_comma(text)
    yield from opening_conjunction(text)
    yield from half_aside_comma(text)
    yield from open_only_aside_comma(text)
    yield from day_date_comma(text)
