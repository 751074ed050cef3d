"""Commas inside a clause that EYD V (III.B Tanda Koma) rules out or asks for, where a
shallow reading of the sentence can tell them apart from the commas that are right.

- ``koma-subjek-predikat-rangkaian``: *tanda koma tidak dipakai di antara subjek dan
  predikat*. The subject is a run of names joined by *dan*, *serta*, *di*, *melalui*,
  *bersama* or *beserta* (*Polres Sukamaju dan Kodim 0801/Contoh, menggelar …*), or the
  predicate opens with *turut*, *kembali*, *tidak* or *juga* (*Pemerintah Kecamatan
  Sukajaya, turut …*) — since session 10 also with a modal or an adverb (*harus*, *dapat*,
  *bisa*, *sangat*, *tetap* …: *Peran Forum Desa Sukamaju, sangat strategis*).
  ``koma-subjek-predikat`` (``eyd_context``) judges the plain name run; this rule reads the
  joined run with the same guards: the run opens the sentence (or follows a dateline's
  dash), holds no comma (a comma that closes an apposition is right), and does not open
  with a preposition, a conjunction, a time word or a verb (an adverbial's comma is right).
  Session 10: a name phrase joined by *dan*, *serta*, *bersama*, *beserta* to one to three
  lower-case nouns (*Bupati bersama pejabat terkait, berjalan …*) is read as a subject too.
- ``koma-subjek-sesudah-keterangan``: the same run of names after an opening adverbial
  and its comma (*Minggu (12/3) pukul 09.00 WIB, Polres Contoh, memperketat …*). Judged
  only when the stretch before is an adverbial that ends in a date, a time, a number or a
  lower-case word; after a name (*Kapolres Contoh, AKBP Budi, …*) the comma opens an
  apposition and is right. Session 10: an adverbial that ends in a place (*di Kabupaten
  Contoh*) counts, and one that runs on over *, serta …* is read from its start; a subject
  opening with an address level (*, Kecamatan Sukajaya, mendadak …*) goes on an address.
- ``koma-subjek-predikat-penunjuk``: a noun phrase closed by *tersebut*, *ini*, *itu* that
  opens the sentence or a clause (after *bahwa*, *agar*, *semoga* …), holds no verb or
  subordinating conjunction (place prepositions, *yang* and *dan* may stand inside a noun
  phrase), and is cut from its predicate by a comma (*Apel kesiapan pasukan tersebut,
  memantapkan …*; *Pelatihan ini, untuk membekali …*). Session 10: the verb of a *yang*
  clause inside the phrase is part of the subject (*Personel yang terlibat dalam pengamanan
  ini, harus …*), and a paragraph may open with a reversed quote (*”Lomba ini, dapat …*).
- ``koma-apit-pengucap``: *keterangan pengucap yang menyisip di tengah kalimat diapit
  koma* (EYD V, III.B: keterangan tambahan diapit koma): *Kos-kosan juga lanjutnya, …* →
  *juga, lanjutnya, …*; *Sejauh ini, lanjut dia dari …* → *lanjut dia, dari …*. The TOML rule
  ``koma-keterangan-pengucap-sisipan`` covers *kata/ujar/… dia* before the comma; this one
  the *-nya* forms, the other saying verbs and the missing closing comma. Session 10: both
  commas missing around a *-nya* form (*Hal ini sambungnya sangat …*; not *katanya*, KBBI
  'konon'), and a saying verb with the speaker's name (*penting lanjut Bupati, mengingat
  …*, *…, kata Agus pihaknya …*) — on tuning, 6 labelled, none unlabelled, in five rounds.
- ``koma-sesudah-pengantar-rincian``: *berupa*, *seperti*, *termasuk*, *antara lain*, *di
  antaranya* lead straight into what they introduce, as *yaitu* and *meliputi* do (EYD V,
  III.B: koma tidak memisahkan kata pengantar dari pelengkapnya): *berupa, dua poket* →
  *berupa dua poket*.
- ``koma-baik-maupun``: the paired conjunction *baik … maupun …* joins two parts without a
  comma (EYD V, III.B: koma dipakai di antara unsur perincian, not between the two parts of
  a paired conjunction; KBBI: *maupun*): *baik pengendara roda dua, maupun pengemudi* →
  *roda dua maupun pengemudi*. Not when the first part is itself a list (*baik A, B, maupun
  C*).

Every rule was measured on the whole text of the real tuning releases before it was added
(no false alarm on any); all are ``saran``: a run of names may still be read wrongly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.base.calendar_words import DAYS, MONTHS
from app.language import saying
from app.language.eyd_context import (
    DEGREE_END_RE,
    NOT_PREDICATE,
    NOT_SUBJECT_START_RE,
    SUBJECT_WORD_RE,
    subject_comma_finding,
)
from app.language.finding import Finding
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_JOINED_SUBJECT = "koma-subjek-predikat-rangkaian"
RULE_SUBJECT_AFTER_ADVERBIAL = "koma-subjek-sesudah-keterangan"
RULE_DEMONSTRATIVE_SUBJECT = "koma-subjek-predikat-penunjuk"
RULE_ATTRIBUTION = "koma-apit-pengucap"
RULE_LEAD_IN = "koma-sesudah-pengantar-rincian"
RULE_PAIRED = "koma-baik-maupun"

DESCRIPTIONS: dict[str, str] = {
    RULE_JOINED_SUBJECT: "Subjek berupa rangkaian nama (dan, serta, melalui, bersama) tidak "
                         "dipisahkan koma dari predikatnya",
    RULE_SUBJECT_AFTER_ADVERBIAL: "Sesudah keterangan pembuka dan komanya, subjek tidak "
                                  "dipisahkan koma dari predikatnya",
    RULE_DEMONSTRATIVE_SUBJECT: "Subjek yang ditutup tersebut, ini, atau itu tidak "
                                "dipisahkan koma dari predikatnya",
    RULE_ATTRIBUTION: "Keterangan pengucap yang menyisip di tengah kalimat diapit koma "
                      "(…, lanjutnya, …)",
    RULE_LEAD_IN: "Tidak ada koma sesudah berupa, seperti, termasuk, antara lain, di "
                  "antaranya",
    RULE_PAIRED: "Tidak ada koma di antara kedua bagian baik … maupun …",
}
SOURCES: dict[str, str] = {
    RULE_JOINED_SUBJECT: "EYD V, III.B Tanda Koma (tidak dipakai di antara subjek dan "
                         "predikat)",
    RULE_SUBJECT_AFTER_ADVERBIAL: "EYD V, III.B Tanda Koma (dipakai sesudah keterangan di "
                                  "awal kalimat; tidak dipakai di antara subjek dan "
                                  "predikat)",
    RULE_DEMONSTRATIVE_SUBJECT: "EYD V, III.B Tanda Koma (tidak dipakai di antara subjek "
                                "dan predikat)",
    RULE_ATTRIBUTION: "EYD V, III.B Tanda Koma (mengapit keterangan tambahan; petikan tidak "
                      "langsung dengan keterangan pengucap)",
    RULE_LEAD_IN: "EYD V, III.B Tanda Koma (kata pengantar perincian seperti yaitu, "
                  "meliputi, berupa tidak dipisahkan dari pelengkapnya)",
    RULE_PAIRED: "EYD V, III.B Tanda Koma; KBBI VI daring: maupun (baik … maupun …, "
                 "kata penghubung berpasangan)",
}
SOFT_RULES = frozenset({RULE_JOINED_SUBJECT, RULE_SUBJECT_AFTER_ADVERBIAL,
                        RULE_DEMONSTRATIVE_SUBJECT, RULE_ATTRIBUTION, RULE_LEAD_IN, RULE_PAIRED})
"""A shallow reading of a clause can misjudge it: ``saran``."""
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_JOINED_SUBJECT: (
        ("Polres Sukamaju dan Kodim 0801/Contoh, menggelar patroli gabungan.",
         "Pemerintah Kecamatan Sukajaya, turut memeriahkan lomba desa.",
         "Kapolres Contoh AKBP Budi melalui Kapolsek Sukajaya Iptu Rudi, menyampaikan "
         "imbauan.",
         "Bupati bersama pejabat terkait, berjalan kaki ke lokasi banjir.",
         "Peran Forum Desa Sukamaju, sangat strategis bagi warga."),
        ("Polres Sukamaju dan Kodim 0801/Contoh menggelar patroli gabungan.",
         "Kapolsek Sukajaya, Iptu Rudi dan Bripka Ani, menyampaikan imbauan.",
         "Pada Senin dan Selasa, digelar patroli gabungan.",
         "Usai apel, Polres Sukamaju dan Kodim Contoh bergerak ke pasar.",
         "Bupati bersama pejabat yang hadir, menurut panitia, berjalan kaki.",
         "Usai apel bersama warga desa, diadakan doa bersama.",
         "Kapolsek Sukajaya, Iptu Rudi, tetap berjaga di pos.")),
    RULE_SUBJECT_AFTER_ADVERBIAL: (
        ("Minggu (12/3) sekitar pukul 09.00 WIB, Polres Contoh, memperketat penjagaan.",
         "Meski hari libur, Sabtu, 4 Mei 2026, Bupati Contoh H. Budi Santoso, tidak "
         "beristirahat.",
         "Usai apel, Kapolsek Sukajaya Iptu Rudi, memeriksa kendaraan dinas.",
         "Guna memperkuat ketahanan pangan, serta pembangunan desa di Kabupaten Contoh, "
         "Dinas Pertanian Contoh, menggelar pelatihan."),
        ("Usai apel, Kapolsek Sukajaya, Iptu Rudi, memeriksa kendaraan dinas.",
         "Sementara Budi, Kepala Desa Sukamaju, mengaku lega.",
         "Pada kesempatan itu, Kapolres Contoh AKBP Budi, didampingi Wakapolres, meninjau pos.",
         "Usai apel, Kapolres Contoh AKBP Budi memeriksa kendaraan dinas.",
         "Pagi yang semula tenang di Jalan Melati, Kecamatan Sukajaya, mendadak ramai.")),
    RULE_DEMONSTRATIVE_SUBJECT: (
        ("Apel kesiapan pasukan tersebut, memantapkan rencana pengamanan.",
         "Puncak perayaan hari jadi kota ini, dilaksanakan di alun-alun.",
         "Ia berharap patroli malam ini, bisa membuat warga tenang.",
         "“Semoga lomba desa kali ini, turut menggerakkan ekonomi warga.”",
         "Pelatihan aparatur desa pada tahap pertama ini, akan digelar pekan depan.",
         "Apel personel Polres dan Kodim tersebut, dilaksanakan di lapangan.",
         "Pelatihan ini, untuk membekali para kader posyandu.",
         "Personel yang terlibat dalam pengamanan ini, harus menjaga sikap.",
         "”Lomba desa yang kita rayakan ini, dapat menggerakkan ekonomi warga.”"),
        ("Apel kesiapan pasukan tersebut memantapkan rencana pengamanan.",
         "Selain itu, disiapkan pula dua pos pantau.",
         "Bukan hanya itu, dipaparkan pula rute patroli.",
         "Kedua pemuda tersebut, berinisial AB dan CD, diamankan di pos.",
         "Kerukunan warga itu, menurutnya, menjadi modal desa.",
         "Kegiatan ini, dikatakan Kapolsek, digelar setiap pekan.",
         "Kegiatan tersebut, adalah agenda rutin.",
         "Dengan adanya kegiatan tersebut, diharapkan warga makin waspada.",
         "Sehubungan dengan hal itu, diharapkan warga tetap waspada.",
         "Akibat hujan deras dari hulu itu, jalan desa tergenang.",
         "Kapolsek mengimbau warga dan pedagang di pasar tersebut, agar waspada.",
         "Selain kegiatan ini, untuk warga juga disiapkan bazar.",
         "Kali ini, akan digelar lomba perahu.",
         "Warga yang hadir di pos ini, menurut Kapolsek, merasa aman.")),
    RULE_ATTRIBUTION: (
        ("Pos ronda juga lanjutnya, menjadi tempat warga bertukar kabar.",
         "Sejauh ini, lanjut dia dari hasil pantauan, situasi aman.",
         "Kegiatan itu, imbuhnya akan digelar setiap pekan.",
         "Hal ini sambungnya sangat penting bagi warga desa.",
         "Jalan itu rusak parah lanjut Budi Santoso, sehingga perlu segera diperbaiki.",
         "Bantuan itu selanjutnya kata Budi akan diantar ke rumah warga.",
         "Selain itu, kata Budi pihaknya juga menyiapkan posko."),
        ("Pos ronda juga, lanjutnya, menjadi tempat warga bertukar kabar.",
         "Situasi aman, ujarnya kepada wartawan.",
         "“Kami siap,” lanjutnya saat ditemui di pos.",
         "Situasi aman, katanya.",
         "Hal ini, sambungnya, sangat penting bagi warga desa.",
         "Citra polisi yang katanya keras mulai berubah.",
         "Lebih lanjut Budi menyampaikan terima kasih.",
         "Untuk itu saya harap Budi segera pulang.",
         "Selain itu, kata Budi saat ditemui, posko sudah siap.",
         "Hal itu, kata Kepala Dinas Komunikasi dan Statistik Sukamaju, sudah dibahas.")),
    RULE_LEAD_IN: (
        ("Petugas menyita barang bukti berupa, dua bungkus plastik.",
         "Warga membawa hasil kebun seperti, jagung dan ubi."),
        ("Petugas menyita barang bukti berupa dua bungkus plastik.",
         "Hadir pula beberapa tokoh, di antaranya, menurut panitia, kepala desa.",
         "Hadir pula para kepala desa, antara lain, Kades Sukamaju.")),
    RULE_PAIRED: (
        ("Imbauan itu untuk baik pengendara roda dua, maupun pengemudi mobil.",),
        ("Imbauan itu untuk baik pengendara roda dua maupun pengemudi mobil.",
         "Sasarannya baik pencurian, penipuan, maupun penjambretan.",
         "Kondisinya baik, maupun yang lama masih dipakai.")),
}
"""Wrong and right examples of each rule: the tests run them."""

# -- subject and predicate ------------------------------------------------------------------

_COMMA_BEFORE_PREDICATE_RE = _PATTERNS.compile(
    r",[ \t]+(me[a-z]{3,}|ber[a-z]{3,}|di[a-z]{4,}|akan|telah|sudah|terus|tengah|sedang"
    r"|turut|kembali|tidak|juga|harus|dapat|bisa|mampu|perlu|wajib|selalu|masih|sangat"
    r"|segera|tetap|senantiasa|sempat)(?![\w-])")
"""A comma before a predicate: a *meN-*, *ber-* or *di-* verb, an aspect word, or a modal
or adverb that opens the predicate (*Peran forum desa, sangat strategis*)."""
_PLAIN_RULE_PREDICATES = _PATTERNS.compile(
    r"me[a-z]{3,}|ber[a-z]{3,}|di[a-z]{4,}|akan|telah|sudah|terus|tengah|sedang")
"""What ``koma-subjek-predikat`` reads as a predicate after a plain name run."""
_ASIDE_PREDICATES = frozenset({"menurutnya", "mengingat", "menyusul"})
"""*Kebersamaan itu, menurutnya, menjadi …*: an aside after the comma, not the predicate."""
_JOINERS = frozenset({"dan", "serta", "di", "melalui", "bersama", "beserta"})
"""Lower-case words that join names into one subject (*Polres A dan Kodim B*, *Kapolres
A melalui Kapolsek B*, *Kantor Camat di Desa C*)."""
_CLAUSE_MARKS = ".!?\n,;:“”\"–—"
_MARKS_BUT_PERIOD = "!?\n,;:“”\"–—"
_ABBREVIATION_END_RE = _PATTERNS.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,3}|[A-Z]{2,6})\Z")
"""*H.*, *Drs.*, *AKBP.* before a period: an abbreviation's period, not a sentence's."""
_ADVERBIAL_TAIL = frozenset({
    *MONTHS, *DAYS, "WIB", "WITA", "WIT", "Wib", "Wita", "Wit"})
"""An opening adverbial of time ends in a day, a month or a time zone."""


def _predicate_follows(match: re.Match[str], text: str) -> bool:
    """Whether the word after the comma (group 1's last group) reads as the predicate:
    not a word that opens an aside, and not itself closed by a comma (*…, menurutnya,*)."""
    predicate = match.group(match.lastindex or 0)
    return (predicate not in NOT_PREDICATE and predicate not in _ASIDE_PREDICATES
            and not text.startswith(",", match.end()))


def _boundary(text: str, end: int) -> int:
    """The last clause mark before ``end``: a period only where a sentence ends (a blank
    after it, not an abbreviation's or a number's), or -1."""
    mark = max(text.rfind(char, 0, end) for char in _MARKS_BUT_PERIOD)
    period = end
    while True:
        period = text.rfind(".", 0, period)
        if period < 0 or period < mark:
            return mark
        if text[period + 1:period + 2].isspace() and not _ABBREVIATION_END_RE.search(
                text, max(0, period - 6), period):
            return period


def _opening_adverbial(stretch: str) -> bool:
    """*Minggu (12/3) sekitar pukul 09.00 WIB*, *Usai apel*: a stretch that opens with a
    preposition, a conjunction, a time word, a verb or a number and ends in a lower-case
    word, a number, a date, a day, a month or a time zone — not in a name (*Sementara
    Budi*, whose comma opens an apposition)."""
    words = stretch.split()
    if not words:
        return False
    first, last = words[0], words[-1]
    if not (NOT_SUBJECT_START_RE.fullmatch(first) or first[:1].isdigit()
            or first.startswith("Pasca")):
        return False
    return (last[:1].islower() or any(char.isdigit() for char in last)
            or last in _ADVERBIAL_TAIL or last.endswith(")") or _ends_in_place(words))


_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari"})
_ADDRESS_LEVELS = frozenset({"Dusun", "Desa", "Kelurahan", "Kecamatan", "Distrik",
                             "Kabupaten", "Kota", "Provinsi", "Kampung", "Nagari", "Gampong"})
"""*di Jalan Melati, Kecamatan Sukajaya, mendadak …*: after a comma these go on an address
(EYD V: commas between its parts), not open the subject."""


def _ends_in_place(words: list[str]) -> bool:
    """*… pembangunan desa di Kabupaten Sampang*: the adverbial ends in a place, a
    preposition of place and the capitalised words of its name (at most four)."""
    for back in range(2, min(len(words), 6)):
        word = words[-back]
        if word in _PLACE_PREPOSITIONS:
            return True
        if not word[:1].isupper():
            return False
    return False


def _name_subject(words: list[str]) -> bool:
    """A subject of capitalised words, numbers and joiners (*Polres Contoh dan Kodim
    0801*), two words at least, not opening like an adverbial, not ending in a degree."""
    return (len(words) >= 2 and words[0] not in _JOINERS and words[-1] not in _JOINERS
            and all(word in _JOINERS or SUBJECT_WORD_RE.fullmatch(word) for word in words)
            and not NOT_SUBJECT_START_RE.fullmatch(words[0])
            and not DEGREE_END_RE.fullmatch(words[-1]))


_COMMON_JOINERS = frozenset({"dan", "serta", "bersama", "beserta"})


def _joined_common_subject(words: list[str]) -> bool:
    """*Bupati bersama pejabat terkait*: a name phrase joined by *dan*, *serta*, *bersama*
    or *beserta* to one to three lower-case nouns — no verb, preposition or conjunction
    among them, which would make the stretch a clause or an adverbial; a *ter-* word there
    modifies the noun (*pihak terkait*, *warga terdampak*)."""
    joiner = next((index for index, word in enumerate(words) if word in _COMMON_JOINERS), 0)
    head, tail = words[:joiner], words[joiner + 1:]
    return (0 < len(head) <= 5 and 0 < len(tail) <= 3
            and all(SUBJECT_WORD_RE.fullmatch(word) for word in head)
            and not NOT_SUBJECT_START_RE.fullmatch(head[0])
            and all(word.isalpha() and word.islower() and word not in _JOINERS
                    and (word.startswith("ter") or not _NOT_IN_SUBJECT_RE.fullmatch(word))
                    for word in tail))


def joined_subject_comma(text: str) -> Iterator[Finding]:
    """``koma-subjek-predikat-rangkaian``: a comma after a subject of joined names, or
    before *turut*, *kembali*, *tidak*, *juga*. Silent where ``koma-subjek-predikat``
    already speaks (a plain name run before its predicates) and where the comma may be
    right (see the module)."""
    for match in _COMMA_BEFORE_PREDICATE_RE.finditer(text):
        predicate = match.group(1)
        if not _predicate_follows(match, text):
            continue
        start = match.start()
        cut = _boundary(text, start)
        if cut >= 0 and text[cut] in ",;:“\"":
            continue                         # an apposition or a quotation
        words = text[cut + 1:start].split()
        if not any(word in _JOINERS for word in words) and \
                _PLAIN_RULE_PREDICATES.fullmatch(predicate):
            continue                         # koma-subjek-predikat's finding
        if not (_name_subject(words) or _joined_common_subject(words)):
            continue
        finding = subject_comma_finding(text, start, words[-1], RULE_JOINED_SUBJECT)
        if finding is not None:
            yield finding


_COMMA_AFTER_DEMONSTRATIVE_RE = _PATTERNS.compile(
    r"(?<![\w-])(tersebut|ini|itu),[ \t]+(me[a-z]{3,}|ber[a-z]{3,}|di[a-z]{4,}|ter[a-z]{3,}"
    r"|akan|telah|sudah|turut|terus|tengah|sedang|kembali|bisa|dapat|harus|juga|sangat"
    r"|tidak|masih|mampu|perlu|wajib|selalu|senantiasa|menjadi|untuk)(?![\w-])")
"""A demonstrative, its comma, then a predicate (*adalah*/*merupakan* are
``koma-sebelum-kopula``'s)."""
_NOT_DEMONSTRATIVE_PREDICATE = frozenset({
    "berinisial", "bernama", "berusia", "berumur", "termasuk", "terutama", "terkait",
    "terhadap", "tersebut", "berupa", "diharapkan", "dimana", "diantaranya"})
"""Words after the comma that open an apposition or an adverbial (*Kedua pemuda tersebut,
berinisial AB, …*; *…, diharapkan …* after an opening adverbial), beyond
``koma-subjek-predikat``'s list."""
_ASIDE_VERBS = frozenset({"dikatakan", "disampaikan", "dijelaskan", "diungkapkan",
                          "ditegaskan", "disebutkan", "diakui", "dinilai"})
"""*Kegiatan ini, dikatakan Kapolsek, digelar …*: an attribution set off as an aside."""
_NOT_IN_SUBJECT_RE = _PATTERNS.compile(
    r"(?:me|ber|di|ter)[a-z]{3,}|untuk|agar|karena|bahwa|jika|saat|ketika"
    r"|sebagai|sesuai|seperti|selama|sebelum|sesudah"
    r"|setelah|kepada|oleh|guna|sejak|maupun"
    r"|adalah|merupakan|bisa|dapat|akan|telah|sudah|harus|juga|tidak|hanya")
"""Inside the noun phrase: a verb, a subordinating conjunction or a preposition that
opens a clause or an adverbial makes the stretch one, whose comma may be right. A noun
phrase may hold *yang*, *dan*, *serta*, *atau* and the place prepositions *di*, *ke*,
*dari*, *pada*, *dalam*, *dengan*, *bagi* (*Pelatihan aparatur desa pada tahap pertama
ini, akan …*); an adverbial that opens with one is ruled out by its first word."""
_CLAUSE_OPENERS = frozenset({"bahwa", "agar", "supaya", "sehingga", "semoga", "maka",
                             "karena", "mudah-mudahan", "harap", "berharap"})
"""A subject may open after these (*bahwa pelaksanaan patroli kali ini, turut …*)."""
_NOT_DEMONSTRATIVE_START = frozenset({"Bukan", "Tidak", "Hal", "Oleh", "Untuk", "Karena",
                                      "Sebelum", "Sesudah", "Setelah", "Selain", "Akibat",
                                      "Lewat", "Perihal", "Soal", "Kalau", "Bila", "Walau",
                                      "Kendati", "Bahkan", "Apalagi", "Begitu", "Yang",
                                      "Kali", "Waktu", "Sekarang", "Kini", "Tadi", "Dulu",
                                      "Musim", "Momen", "Periode", "Tahap"})
"""*Bukan hanya itu, …*, *Hal itu, …*, *Akibat hujan deras itu, …*, *Kali ini, …*: an
adverbial, a time word or a pronoun-like head, not a noun phrase a copy editor would call
the subject."""


_RELATIVE_VERB_RE = _PATTERNS.compile(r"(?:me|ber|di|ter)[a-z]{3,}")
"""A verb inside a relative clause (*Personel yang terlibat dalam pengamanan ini*)."""


def _outside_relative(words: list[str]) -> list[str]:
    """The noun phrase's words after its head, less the verbs of a *yang* clause: a
    relative clause is part of the subject (EYD V: *yang* clause restricting the noun
    takes no comma), so its verb does not make the stretch a clause of its own."""
    kept: list[str] = []
    relative = False
    for word in words[1:]:
        if word == "yang":
            relative = True
        elif relative and _RELATIVE_VERB_RE.fullmatch(word):
            continue
        kept.append(word)
    return kept


def subject_after_adverbial_comma(text: str) -> Iterator[Finding]:
    """``koma-subjek-sesudah-keterangan``: *Minggu (12/3) pukul 09.00 WIB, Polres Contoh,
    memperketat …*: the opening adverbial takes its comma, the subject after it none.
    Judged only when the stretch before the subject is such an adverbial (see
    ``_opening_adverbial``); after a name the comma opens an apposition and is right."""
    for match in _COMMA_BEFORE_PREDICATE_RE.finditer(text):
        if not _predicate_follows(match, text):
            continue
        start = match.start()
        cut = _boundary(text, start)
        if cut < 0 or text[cut] != ",":
            continue
        words = text[cut + 1:start].split()
        if not _name_subject(words) or words[0] in _ADDRESS_LEVELS:
            continue
        before = _boundary(text, cut)
        for _ in range(3):                   # *Guna …, serta … di Kabupaten Sampang,*
            if before < 0 or text[before] != "," or \
                    text[before + 1:cut].split()[:1] not in (["serta"], ["dan"]):
                break
            before = _boundary(text, before)
        if not _opening_adverbial(text[before + 1:cut]):
            continue
        last = words[-1]
        word_start = start - len(last)
        if text[word_start:start] != last:
            continue
        yield Finding(word_start, start + 1, f"{last},", "style",
                      RULE_SUBJECT_AFTER_ADVERBIAL,
                      f"Subjek dan predikat tidak dipisahkan koma: “{last}”.", (last,),
                      "saran")


def demonstrative_subject_comma(text: str) -> Iterator[Finding]:
    """``koma-subjek-predikat-penunjuk``: *Apel kesiapan pasukan tersebut, memantapkan …*:
    a noun phrase closed by *tersebut*/*ini*/*itu* that opens the sentence (or a clause
    after *bahwa*, *agar*, *semoga* …) and is cut from its predicate by a comma. The
    phrase holds no verb, preposition or conjunction, and does not open with a
    preposition, a time word or a verb (an adverbial's comma is right)."""
    for match in scan(_COMMA_AFTER_DEMONSTRATIVE_RE, text):
        predicate = match.group(2)
        if not _predicate_follows(match, text) or predicate in _NOT_DEMONSTRATIVE_PREDICATE:
            continue
        if predicate in _ASIDE_VERBS and "," in text[match.end():match.end() + 60]:
            continue
        comma = match.end(1)
        cut = max(text.rfind(mark, 0, comma) for mark in ".!?\n,;:“”\"–—()")
        mark = text[cut] if cut >= 0 else ""
        if mark in ("”", "\"") and text[cut - 1:cut] in ("", "\n"):
            mark = "“"                       # a paragraph's opening quote, written reversed
        if mark in (",", ";", ":", "”", '"', "(", ")") or (
                mark == "." and not text[cut + 1:cut + 2].isspace()):
            continue
        words = text[cut + 1:match.start(1)].split()
        for index in range(len(words) - 1, -1, -1):
            if words[index].lower() in _CLAUSE_OPENERS or (
                    index and f"{words[index - 1]}-{words[index]}".lower() == "mudah-mudahan"):
                words = words[index + 1:]
                break
        else:
            if not words or not words[0][:1].isupper():
                continue                     # a clause that opens in lower case: unread
        if not words:
            continue
        head = words[0][:1].upper() + words[0][1:]
        if head in _NOT_DEMONSTRATIVE_START or NOT_SUBJECT_START_RE.fullmatch(head) or \
                any(_NOT_IN_SUBJECT_RE.fullmatch(word) for word in _outside_relative(words)):
            continue
        word = match.group(1)
        yield Finding(match.start(1), comma + 1, f"{word},", "style",
                      RULE_DEMONSTRATIVE_SUBJECT,
                      f"Subjek dan predikat tidak dipisahkan koma: “{word}”.", (word,),
                      "saran")


# -- a speaker's attribution inside the sentence --------------------------------------------

_SAYING_ROOTS = saying.roots(without=("tutup",))
_SAYING = saying.alternation(_SAYING_ROOTS)
"""Roots of the verbs that attribute speech (app/language/saying.py; not *pesan*,
*ajak*, *akui*, whose *-nya* forms are nouns or objects: *dalam pesannya, …*; nor *tutup*,
a noun too in mid-sentence: *botol dan tutupnya, …*)."""
_TOML_SAYING = frozenset(saying.ASIDE)
"""``X dia,`` with these is ``koma-keterangan-pengucap-sisipan``'s (aturan-eyd.toml)."""
_ATTRIBUTION = rf"(?:(?:{_SAYING})nya|(?:{_SAYING})[ \t]+(?:dia|ia|beliau))"
_OPEN_MISSING_RE = _PATTERNS.compile(
    rf"(?<=[a-z] )({_ATTRIBUTION}),[ \t]+(?=[a-z])")
"""*juga lanjutnya, sering …*: the attribution closes with a comma but opens without."""
_CLOSE_MISSING_RE = _PATTERNS.compile(
    rf"(?<=[a-z], )({_ATTRIBUTION})[ \t]+([a-z]+)(?=[ \t]+[\w“\"(])")
"""*Sejauh ini, lanjut dia dari …*: the attribution opens with a comma but the sentence
goes on with no closing one."""
_NOT_BEFORE_ATTRIBUTION = frozenset({"masih", "menurut", "seperti", "sebagaimana",
                                     "demikian", "apalagi", "lebih", "konon", "dalam",
                                     "atas", "sesuai", "untuk", "pun"})
"""*Masih kata Danramil, …*, *seperti kata dia, …*, *lebih jelasnya, …*: the attribution
or the *-nya* word is itself the adverbial."""
_ATTRIBUTION_ADJUNCTS = frozenset({
    "kepada", "pada", "saat", "ketika", "usai", "seusai", "sesudah", "setelah", "selepas",
    "di", "dalam", "sambil", "sembari", "kala", "melalui", "lewat", "menjawab", "dengan",
    "kemarin", "lagi", "pula", "juga", "singkat", "tegas", "mengakhiri", "menutup",
    "mengingatkan", "menambahkan", "menjelaskan", "via", "dihubungi", "ditemui",
    "dikonfirmasi", "menanggapi", "terkait", "soal", "tentang", "mengenai", "sebelum"})
"""Words that go on the attribution itself (*ujarnya kepada wartawan*, *lanjut dia saat
ditemui*): the sentence may end after them, so no comma is due."""


_SAYING_ONLY = saying.alternation(saying.roots(
    _SAYING_ROOTS, without=("jelas", "terang", "tegas", "harap", "pinta", "sebut", "urai")))
"""The saying verbs that are nothing else between two words: not *jelas*, *terang*, *tegas*
(adjectives: *sikap tegasnya*, *sudah jelas Pemerintah …*), *harap*, *pinta*, *sebut*,
*urai*."""
_BOTH_MISSING_RE = _PATTERNS.compile(
    rf"(?<=[a-z] )((?:{_SAYING_ONLY})nya)[ \t]+(?=([a-z]+))")
"""*Hal ini sambungnya sangat penting*: a *-nya* attribution between two lower-case words,
with neither comma."""
_NAMED_SPEAKER_RE = _PATTERNS.compile(
    rf"(?<=[a-z] )((?:{_SAYING_ONLY})((?:[ \t]+[A-Z][\w.’']*){{1,4}}))(?=(,?)[ \t]+([a-z]+))")
"""*penting lanjut Bupati, mengingat …*, *selanjutnya kata Budi Santoso bantuan …*: a saying
verb and the speaker's name in mid-sentence, the opening comma missing."""
_NAMED_CLOSE_MISSING_RE = _PATTERNS.compile(
    rf"(?<=[a-z], )((?:{_SAYING})(?:[ \t]+[A-Z][\w.’']*){{1,6}})[ \t]+(?=([a-z]+))")
"""*…, kata Agus pihaknya juga …*: the speaker's name after an opening comma, the sentence
going on with no closing one."""
_NOT_BEFORE_SPEAKER = _NOT_BEFORE_ATTRIBUTION | {"yang", "namun", "lanjut", "sebut", "tidak",
                                                 "akan", "telah", "sudah", "bisa", "dapat",
                                                 "saling", "ikut", "turut", "saya", "aku",
                                                 "kami", "kita", "dia", "ia", "mereka",
                                                 "beliau", "anda", "pihaknya"}
"""Besides the adverbials: *yang katanya*, *lebih lanjut Budi* (*lanjut* as an adverb),
*tidak jelas*, *akan tegas*: the saying verb's root used as an adjective or adverb; after
a pronoun it is the predicate (*saya harap Budi …*)."""
_NAME_GOES_ON = frozenset({"dan", "serta", "atau", "yang", "selaku", "sebagai", "itu", "ini",
                           "tersebut", "didampingi", "bersama", "beserta", "bin", "binti",
                           "alias"})
"""Words after a capitalised run that carry the speaker's name or title on (*kata Kepala
Dinas Komunikasi dan Statistik*, *kata Budi selaku ketua*)."""
_AFTER_ROOT_COMPOUNDS = frozenset({"usia", "daya", "syukur", "terima"})
"""*lanjut Usia*, *tambah Daya*, *ucap Syukur*, *ucap Terima kasih*: KBBI compounds with the
saying root, capitalised in a title, not a speaker's name."""
_HEARSAY = frozenset({"katanya"})
"""KBBI: *katanya* adv 'konon' (*yang katanya keras*): hearsay, not an attribution."""
_VERB_PREFIX_RE = _PATTERNS.compile(r"(?:me|ber|di|ter|se)[a-z]{2,}")
"""*lanjut Budi menyampaikan …*: a verb after the name makes the name the subject and
*lanjut* an adverb, not an attribution."""


def _word_before(text: str, end: int) -> tuple[int, str]:
    """The start and the letters of the word that ends at ``end``."""
    start = max(text.rfind(" ", 0, end), text.rfind("\t", 0, end),
                text.rfind("\n", 0, end)) + 1
    return start, text[start:end]


def attribution_commas(text: str) -> Iterator[Finding]:
    """``koma-apit-pengucap``: an attribution in mid-sentence with one or both of its
    commas missing. One finding on the place of the missing comma."""
    yield from _speaker_attribution_commas(text)
    for match in scan(_OPEN_MISSING_RE, text):
        phrase = match.group(1)
        verb = phrase.split()[0]
        if verb in _TOML_SAYING:
            continue                         # koma-keterangan-pengucap-sisipan's finding
        word_end = match.start(1) - 1
        word_start = max(text.rfind(" ", 0, word_end), text.rfind("\n", 0, word_end)) + 1
        before = text[word_start:word_end]
        if before.lower() in _NOT_BEFORE_ATTRIBUTION or not before.isalpha():
            continue
        yield Finding(word_start, word_end, before, "style", RULE_ATTRIBUTION,
                      f"Keterangan pengucap yang menyisip diapit koma: “{before}, "
                      f"{phrase},”.", (f"{before},",), "saran")
    for match in scan(_CLOSE_MISSING_RE, text):
        phrase, following = match.group(1), match.group(2)
        if following in _ATTRIBUTION_ADJUNCTS:
            continue
        yield Finding(match.start(1), match.end(1), phrase, "style", RULE_ATTRIBUTION,
                      f"Keterangan pengucap yang menyisip diapit koma: “{phrase},”.",
                      (f"{phrase},",), "saran")


# -- lead-in words and paired conjunctions --------------------------------------------------

_LEAD_IN_RE = _PATTERNS.compile(
    r"(?<![\w-])(berupa|seperti|termasuk|antara lain|di antaranya),[ \t]+(?=[a-z\d])"
    r"(?![^,.\n]{1,25},)")
"""A lead-in word, its comma, then what it introduces in lower case or a number; an
aside (*di antaranya, menurut panitia, …*: another comma soon) is left alone."""
_PAIRED_RE = _PATTERNS.compile(
    r"(?<![\w-])baik[ \t]+[^,.!?\n;:]{3,80}?([\w)]+),[ \t]+maupun(?![\w-])")
"""*baik A, maupun B* with no comma inside A (a list's commas are right)."""
_NOT_PAIRED_BEFORE = frozenset({"yang", "lebih", "sangat", "cukup", "kurang", "paling",
                                "amat", "dengan", "secara", "kondisi", "keadaan",
                                "berjalan", "dalam", "sebaik", "begitu", "tidak"})
"""*dalam keadaan baik, …*: *baik* as an adjective, not the first half of the pair."""


def _speaker_attribution_commas(text: str) -> Iterator[Finding]:
    """The attribution with both commas missing (*-nya* form or a named speaker), and a
    named speaker's attribution without its closing comma."""
    for match in scan(_BOTH_MISSING_RE, text):
        phrase, following = match.group(1), match.group(2)
        if phrase in _HEARSAY or following in _ATTRIBUTION_ADJUNCTS:
            continue
        start, before = _word_before(text, match.start(1) - 1)
        if before.lower() in _NOT_BEFORE_SPEAKER or not before.isalpha():
            continue
        yield Finding(start, match.end(1), f"{before} {phrase}", "style", RULE_ATTRIBUTION,
                      f"Keterangan pengucap yang menyisip diapit koma: “{before}, {phrase},”.",
                      (f"{before}, {phrase},",), "saran")
    for match in scan(_NAMED_SPEAKER_RE, text):
        comma, following = match.group(3), match.group(4)
        if not comma and (following in _ATTRIBUTION_ADJUNCTS or following in _NAME_GOES_ON
                          or _VERB_PREFIX_RE.fullmatch(following)):
            continue
        if match.group(2).split()[0].lower() in _AFTER_ROOT_COMPOUNDS:
            continue
        start, before = _word_before(text, match.start(1) - 1)
        if before.lower() in _NOT_BEFORE_SPEAKER or not before.isalpha():
            continue
        phrase = match.group(1)
        fixed = f"{before}, {phrase}" + ("" if comma else ",")
        yield Finding(start, match.end(1), f"{before} {phrase}", "style", RULE_ATTRIBUTION,
                      f"Keterangan pengucap yang menyisip diapit koma: “{fixed}”.", (fixed,),
                      "saran")
    for match in scan(_NAMED_CLOSE_MISSING_RE, text):
        if match.group(2) in _ATTRIBUTION_ADJUNCTS or match.group(2) in _NAME_GOES_ON:
            continue
        phrase = match.group(1)
        yield Finding(match.start(1), match.end(1), phrase, "style", RULE_ATTRIBUTION,
                      f"Keterangan pengucap yang menyisip diapit koma: “{phrase},”.",
                      (f"{phrase},",), "saran")


def lead_in_comma(text: str) -> Iterator[Finding]:
    """``koma-sesudah-pengantar-rincian``: *berupa, dua poket* → *berupa dua poket*."""
    for match in scan(_LEAD_IN_RE, text):
        word = match.group(1)
        yield Finding(match.start(1), match.end(1) + 1, f"{word},", "style", RULE_LEAD_IN,
                      f"Tidak ada koma sesudah “{word}”: “{word}”.", (word,), "saran")


def paired_conjunction_comma(text: str) -> Iterator[Finding]:
    """``koma-baik-maupun``: *baik pengendara roda dua, maupun pengemudi* → *roda dua
    maupun*."""
    for match in scan(_PAIRED_RE, text):
        previous = text[max(0, match.start() - 30):match.start()].split()
        if previous and previous[-1].lower() in _NOT_PAIRED_BEFORE:
            continue
        word = match.group(1)
        yield Finding(match.start(1), match.end(1) + 1, f"{word},", "style", RULE_PAIRED,
                      f"Tidak ada koma di antara baik … maupun …: “{word} maupun”.",
                      (word,), "saran")


def check(text: str) -> Iterator[Finding]:
    """Every rule of this module, in text order per rule."""
    yield from joined_subject_comma(text)
    yield from subject_after_adverbial_comma(text)
    yield from demonstrative_subject_comma(text)
    yield from attribution_commas(text)
    yield from lead_in_comma(text)
    yield from paired_conjunction_comma(text)
