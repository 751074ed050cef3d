"""Commas EYD V (III.B Tanda Koma) asks for that hasty copy leaves out: between the
parts of an address and after degrees that close an apposition.

- ``koma-bagian-alamat``: *Tanda koma dipakai di antara bagian-bagian alamat*. The
  parts are administrative levels in the text's order, each a level word (*RT*,
  *Dusun*, *Desa*, *Kelurahan*, *Kampung*, *Nagari*, *Gampong*, *Kalurahan*,
  *Kecamatan*, *Distrik*, *Kabupaten*, *Kota*, *Provinsi*, their regional names and
  abbreviations, or *Jalan … No. …* before them) and a capitalised name of one to three
  words: *Desa Sukamaju Kecamatan Sukajaya* → *Desa Sukamaju, Kecamatan Sukajaya*.
  Only a run that opens with a level word counts (*Polsek Sukajaya Kabupaten Contoh*,
  *Camat Sukajaya Kabupaten Contoh* name a unit or an office), not one a capitalised
  word opens in mid-sentence (*Kepala Desa Sukamaju Kecamatan …*, *Pemerintah Kabupaten
  …*); a level word straight after a level word is part of a name (*Desa Kota Baru*).
- ``koma-penutup-gelar``: degrees after a name are set off by commas on both sides (EYD
  V, III.B Tanda Koma: *keterangan tambahan / aposisi diapit tanda koma*; gelar akademik
  sesudah nama): *AKBP Budi Santoso, S.H., M.H. mengatakan* → *M.H., mengatakan*.
  Not when the degree ends the sentence or a comma, a bracket or a quote follows, nor
  before *dan*, *serta*, *atau* (two names in a list) or *bahwa* (the clause the speaker
  introduces: no comma before it).

- ``koma-aposisi-nama-jabatan``: a rank and name followed by the office the person holds
  (*Serka Budi Babinsa Koramil 01/Contoh melaksanakan …*): the office after the name is an
  apposition, set off by commas (EYD V, III.B Tanda Koma: *keterangan aposisi diapit
  tanda koma*): *Serka Budi, Babinsa Koramil 01/Contoh, melaksanakan …*. Only a rank
  (Polri and TNI, ``resources/lexicon/pangkat.tsv``) before the name, so the run is a
  person's; the office before the name (*Kapolsek Contoh Iptu Budi*) names the person and
  takes no comma.

- ``koma-penutup-aposisi-nama``: an office opens the sentence and the name after its comma
  is an apposition, so a second comma closes it before the predicate (EYD V, III.B Tanda
  Koma: *keterangan aposisi diapit tanda koma*): *Kapolres Contoh, AKBP Budi Santoso
  melalui Kasat …* → *Budi Santoso, melalui …*. Only when the opening run (at the start of
  the sentence or after an opening adverbial such as *Dalam sambutannya,*) starts with an
  office (*Kapolres*, *Bupati*, *Kepala* …), the name is a rank, honorifics and one to four
  name words, and a lower-case word that is not a conjunction or preposition follows with
  no comma of its own (*mengatakan,* — the writer's comma may mark the quote instead). On
  the tuning half (2026): 16 labelled, none unlabelled, 13 where the labellers disagreed.
  S3: the office may run to nine words and hold a bracketed acronym written with a space
  (*( Bappeda)*, *(KARO OPS)*); on the full tuning texts 1 new finding, labelled.
- ``koma-sebelum-aposisi``: a name followed straight by the apposition that describes
  the person (*Serka Budi salah satu anggota Babinsa …*, *Haji Rudi sapaan akrab Bupati*,
  *Budi (40) seorang warga …*) or a list followed by *salah satunya* (*di beberapa desa
  salah satunya …*): the apposition or the explanation is set off by a comma before it
  (EYD V, III.B Tanda Koma: *keterangan aposisi diapit tanda koma*). Only after a
  capitalised name word (not the sentence's first) or an age in brackets, and for *salah
  satu* only before a noun for a person (*anggota*, *warga*, *tokoh* …): *Contoh salah satu
  kota* is a subject and its predicate.

All are ``saran``: a capitalised run may still be a name the rule cannot read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from app.base.calendar_words import DAYS, MONTHS
from app.language.finding import Finding
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_ADDRESS_COMMA = "koma-bagian-alamat"
RULE_DEGREE_CLOSE = "koma-penutup-gelar"
RULE_OFFICE_APPOSITION = "koma-aposisi-nama-jabatan"
RULE_NAME_APPOSITION_CLOSE = "koma-penutup-aposisi-nama"
RULE_APPOSITION_OPEN = "koma-sebelum-aposisi"
DESCRIPTIONS: dict[str, str] = {
    RULE_ADDRESS_COMMA: "Bagian-bagian alamat dipisahkan dengan koma (Desa Sukamaju, "
                        "Kecamatan Sukajaya, Kabupaten Contoh)",
    RULE_DEGREE_CLOSE: "Gelar sesudah nama diapit koma; koma juga sesudah gelar terakhir "
                       "bila kalimat berlanjut (Budi Santoso, S.H., M.H., mengatakan)",
    RULE_OFFICE_APPOSITION: "Jabatan sesudah pangkat dan nama diapit koma (Serka Budi, "
                            "Babinsa Koramil 01/Contoh, melaksanakan)",
    RULE_NAME_APPOSITION_CLOSE: "Nama sesudah jabatan dan koma adalah aposisi; ditutup koma "
                                "sebelum predikat (Kapolres Contoh, AKBP Budi, melalui …)",
    RULE_APPOSITION_OPEN: "Aposisi sesudah nama (salah satu anggota, sapaan akrab, seorang "
                          "warga) dan salah satunya didahului koma",
}
SOURCES: dict[str, str] = {
    RULE_ADDRESS_COMMA: "EYD V, III.B Tanda Koma (tanda koma dipakai di antara "
                        "bagian-bagian alamat)",
    RULE_DEGREE_CLOSE: "EYD V, III.B Tanda Koma (tanda koma dipakai di antara nama orang "
                       "dan singkatan gelar akademik; keterangan aposisi diapit tanda koma)",
    RULE_OFFICE_APPOSITION: "EYD V, III.B Tanda Koma (keterangan aposisi diapit tanda "
                            "koma: Siti Aminah, istri Pak Hasan, …)",
    RULE_NAME_APPOSITION_CLOSE: "EYD V, III.B Tanda Koma (keterangan aposisi diapit tanda "
                                "koma: Siti Aminah, istri Pak Hasan, …)",
    RULE_APPOSITION_OPEN: "EYD V, III.B Tanda Koma (keterangan aposisi atau keterangan "
                          "tambahan diapit tanda koma: Siti Aminah, istri Pak Hasan, …)",
}
SOFT_RULES = frozenset({RULE_ADDRESS_COMMA, RULE_DEGREE_CLOSE, RULE_OFFICE_APPOSITION,
                        RULE_NAME_APPOSITION_CLOSE, RULE_APPOSITION_OPEN})
"""A capitalised run may be a name the rule cannot read: ``saran``."""
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_ADDRESS_COMMA: (
        ("Posko itu berdiri di Desa Sukamaju Kecamatan Sukajaya.",
         "Warga Kelurahan Tanjung Asri Kabupaten Contoh menerima bantuan.",
         "Rumah korban di Dusun Krajan, Desa Wonorejo Kecamatan Gununglarang terbakar.",
         "Patroli menyusuri Jalan Melati No. 12 Kelurahan Sidomulyo."),
        ("Posko itu berdiri di Desa Sukamaju, Kecamatan Sukajaya.",
         "Surat itu diteken Camat Sukajaya Kabupaten Contoh kemarin.",
         "Anggota Polsek Sukajaya Kabupaten Contoh berjaga di pasar.",
         "Warga Desa Kota Baru berkumpul di balai.",
         "Pasar itu di RT 002 RW 001, Dusun Krajan, Desa Sukamaju.")),
    RULE_DEGREE_CLOSE: (
        ("Kapolres Contoh AKBP Budi Santoso, S.H., M.H. mengatakan situasi aman.",
         "Rapat dipimpin Ani Lestari, S.Sos. yang juga ketua panitia.",
         "Hal itu disampaikan Kasat Lantas Iptu Rudi Hartono, S.H. melalui pesan singkat."),
        ("Kapolres Contoh AKBP Budi Santoso, S.H., M.H., mengatakan situasi aman.",
         "Pemateri hari itu adalah Ani Lestari, S.Sos.",
         "Hadir pula Budi Santoso, S.H. dan Ani Lestari, M.H.",
         "Hal itu disampaikan Kasi Humas Iptu Rudi Hartono, S.H. bahwa jalan aman.",
         "Sambutan dibacakan Rudi Hartono, S.H. (Kapolsek Sukajaya).")),
    RULE_OFFICE_APPOSITION: (
        ("Serka Budi Santoso Babinsa Koramil 01/Sukajaya melaksanakan patroli.",
         "Hal itu dilakukan oleh Briptu L Andi Bhabinkamtibmas Desa Sukamaju.",
         "Bripka Rudi Kanit Reskrim Polsek Sukajaya memimpin penangkapan."),
        ("Serka Budi Santoso, Babinsa Koramil 01/Sukajaya, melaksanakan patroli.",
         "Babinsa Koramil 01/Sukajaya Serka Budi Santoso melaksanakan patroli.",
         "Kapolsek Sukajaya Iptu Rudi Hartono memimpin apel.",
         "Pangkat Serka Budi naik.")),
    RULE_NAME_APPOSITION_CLOSE: (
        ("Kapolres Contoh, AKBP Budi Santoso melalui Kasat Samapta mengimbau warga.",
         "Warga berkumpul. Bupati Sukamaju, H. Rudi Hartono membuka lomba desa.",
         "SUKAMAJU – Kepala Dinas Pertanian Contoh, Ani Lestari meninjau sawah.",
         "Dalam sambutannya, Bupati Contoh, H. Rudi Hartono mengajak warga menanam pohon."),
        ("Kapolres Contoh, AKBP Budi Santoso, melalui Kasat Samapta mengimbau warga.",
         "Kapolres Contoh AKBP Budi Santoso melalui Kasat Samapta mengimbau warga.",
         "Kapolsek Sukajaya, Iptu Rudi dan Bripka Ani berjaga di pos.",
         "Bupati Sukamaju, H. Rudi Hartono mengatakan, lomba digelar tiap tahun.",
         "Usai apel, Kapolres Contoh AKBP Budi memeriksa pos.",
         "Kepala Desa Sukamaju, Dalam rangka hari jadi, warga menanam pohon.",
         "Kapolsek Sukajaya, Polres Contoh Aipda Rudi menjaga pos.",
         "Kapolres Contoh AKBP Budi Santoso, S. Sos saat ditemui membenarkan kabar itu.")),
    RULE_APPOSITION_OPEN: (
        ("Hadir pula Serka Budi salah satu anggota Babinsa Koramil Sukajaya.",
         "Acara dibuka Haji Rudi sapaan akrab Bupati Contoh.",
         "Menurut Ani (35) seorang warga Desa Sukamaju, air mulai surut.",
         "Banjir melanda beberapa desa salah satunya Desa Sukamaju."),
        ("Hadir pula Serka Budi, salah satu anggota Babinsa Koramil Sukajaya.",
         "Kota Contoh salah satu kota terbersih di provinsi ini.",
         "Sukamaju salah satu desa wisata di Kabupaten Contoh.",
         "Petugas mendapati Budi seorang diri di rumah.",
         "Banjir melanda beberapa desa, salah satunya Desa Sukamaju.",
         "Kemudian seorang warga melapor ke pos.")),
}
"""Wrong and right examples of each rule: the tests run them."""

_LEVEL_WORDS = ("Dusun", "Dukuh", "Jorong", "Desa", "Kelurahan", "Kel.", "Kampung", "Nagari",
                "Gampong", "Kalurahan", "Pekon", "Kecamatan", "Kec.", "Distrik", "Kapanewon",
                "Kemantren", "Kabupaten", "Kab.", "Kota", "Provinsi", "Prov.")
"""Administrative levels an address names in order: the Kemendagri names of villages
and districts and their regional names (*Nagari*, *Gampong*, *Pekon*, *Kalurahan*,
*Distrik*, *Kapanewon*), the parts below a village (*Dusun*, *Dukuh*, *Jorong*), and the
abbreviations addresses use (*Kel.*, *Kec.*, *Kab.*, *Prov.*)."""
_LEVEL = "|".join(re.escape(word) for word in _LEVEL_WORDS)
_PART_START_RE = _PATTERNS.compile(
    rf"(?<![\w.])(?:(?:{_LEVEL})(?= [A-Z])|RT\.? ?\d|RW\.? ?\d|(?:Jalan|Jl\.) ?[A-Z])")
"""Where an address part may open: a level word before a capitalised name, *RT 03*,
*Jalan Melati*."""
_NEXT_LEVEL_RE = _PATTERNS.compile(
    rf" ((?:{_LEVEL})(?= [A-Z])|RT\.? ?\d|RW\.? ?\d)")
"""A level word straight after a name, with one space: the place for the comma."""
_NUMBERED_RE = _PATTERNS.compile(
    r"(?:RT\.? ?\d{1,3}(?:(?: ?/ ?| )RW\.? ?\d{1,3})?|RW\.? ?\d{1,3})(?![\w/])")
"""*RT 03/RW 05*, *RT 003 RW 001*, *RT 003*, *RW 02*: a neighbourhood part, named by its
number; RT and RW together are one part (written *RT 03/RW 05*, never with a comma)."""
_LEVEL_HEAD_RE = _PATTERNS.compile(rf"(?:{_LEVEL}|Jalan|Jl\.)")
_NAME_WORD_RE = _PATTERNS.compile(
    r" ((?:[A-Z][a-z’']+|[A-Z]{2,6}|[IVX]{1,4})(?:-[A-Za-z][a-z]*)?)(?![\w’'-]|\.\w)")
"""One word of a place name after a space: *Sukamaju*, *OKU*, *II*, *Koto-Baru*."""
_HOUSE_NUMBER_RE = _PATTERNS.compile(r" (?:No\.|Nomor|No) ?\d{1,4}[A-Za-z]?(?![\w/.-])")
"""*No. 12* after a street's name."""
_NOT_NAME_WORDS = frozenset({
    *DAYS, *MONTHS, "Polsek", "Polres", "Polresta", "Polda", "Koramil", "Kodim", "Camat",
    "Lurah", "Kapolsek", "Kapolres", "Danramil", "Babinsa", "Bhabinkamtibmas", "Bupati",
    "Pemkab", "Pemkot", "Pemda", "Kepala", "Kades", "Warga", "Tim", "Personel", "Anggota",
    "No", "Nomor"})
"""Days, months, units and offices end a place name: what follows them is no address
part (*Desa Sukamaju Polsek Sukajaya Kabupaten …*)."""
_MAX_NAME_WORDS = 3
_MAX_STREET_WORDS = 4
_LOWER_CONNECTORS = frozenset({"dan", "serta", "atau"})
"""Before these the degree closes an item of a list, not an apposition."""
_CLAUSE_AFTER_SPEAKER = frozenset({"bahwa"})
"""*disampaikan Kabidhumas Eko Saputro, S.H., M.H. bahwa …*: the speaker's name is followed
by the *bahwa* clause it introduces, which no comma separates from it (EYD V, III.B)."""


def _opens_run(text: str, start: int) -> bool:
    """Whether an address run may open at ``start``: not after a capitalised word in
    mid-sentence (*Kepala Desa …*, *Polsek Sukajaya Kabupaten …*, *Pemerintah Kabupaten
    …*: an office or a body's name). A sentence's first word is capitalised anyway
    (*Warga Desa …*), unless it heads an office or a body."""
    before = text[max(0, start - 60):start]
    if not before.endswith(" "):
        return True
    words = before.split()
    if not words:
        return True
    last = words[-1]
    if not (last[:1].isupper() and last[-1:].isalnum()):
        return True
    opening = (len(words) == 1 and start - 60 <= 0) or (
        len(words) > 1 and words[-2][-1:] in ".!?") or before[:-len(last) - 1].endswith("\n")
    return opening and last not in _OFFICE_HEADS


_OFFICE_HEADS = frozenset({"Kepala", "Pemerintah", "Kantor", "Balai", "Camat", "Lurah",
                           "Bupati", "Wakil", "Sekretaris", "Ketua", "Pj", "Plt", "Pemkab",
                           "Pemkot", "Pemdes", "Polsek", "Polres", "Koramil", "Kodim",
                           "Kapolsek", "Danramil", "Dandim", "Kapolres", "Puskesmas"})
"""A sentence opening with these names an office or a body, not a place."""


def _name_end(text: str, start: int, limit: int) -> int | None:
    """The end of a capitalised name of 1..``limit`` words opening after ``start`` (a
    space comes first), or ``None``. The first word may be a level word (*Kota Baru*);
    a later one ends the name."""
    end = start
    count = 0
    while True:
        match = _NAME_WORD_RE.match(text, end)
        if match is None:
            break
        word = match.group(1)
        if word in _NOT_NAME_WORDS or (count and (_LEVEL_HEAD_RE.fullmatch(word) or
                                                  _NEXT_LEVEL_RE.match(text, end))):
            break
        count += 1
        end = match.end()
    if count == 0 or count > limit:
        return None
    return end


def _part_end(text: str, start: int) -> int | None:
    """The end of the address part opening at ``start`` (level word and name), or
    ``None`` when no name follows."""
    numbered = _NUMBERED_RE.match(text, start)
    if numbered is not None:
        return numbered.end()
    if text.startswith(("Jalan", "Jl."), start):
        head = 5 if text.startswith("Jalan", start) else 3
        if text[start + head:start + head + 1] != " ":
            return None
        end = _name_end(text, start + head, _MAX_STREET_WORDS)
        if end is None:
            return None
        number = _HOUSE_NUMBER_RE.match(text, end)
        return number.end() if number is not None else end
    head_match = _LEVEL_HEAD_RE.match(text, start)
    if head_match is None:
        return None
    return _name_end(text, head_match.end(), _MAX_NAME_WORDS)


def address_comma(text: str) -> Iterator[Finding]:
    """``koma-bagian-alamat``: *Desa Sukamaju Kecamatan Sukajaya* → *Sukamaju,*. One
    finding per missing comma, on the last word of the name before the level word.
    Cheap: the search opens with the level words' literals."""
    seen: set[int] = set()
    for match in scan(_PART_START_RE, text):
        start = match.start()
        if start in seen or not _opens_run(text, start):
            continue
        while True:
            seen.add(start)
            end = _part_end(text, start)
            if end is None:
                break
            following = _NEXT_LEVEL_RE.match(text, end)
            if following is None or _part_end(text, following.start(1)) is None:
                break
            word_start = text.rfind(" ", 0, end) + 1
            word = text[word_start:end]
            yield Finding(word_start, end, word, "style", RULE_ADDRESS_COMMA,
                          f"Bagian-bagian alamat dipisahkan dengan koma: “{word},”.",
                          (f"{word},",), "saran")
            start = following.start(1)


_DEGREE_BEFORE_WORD_RE = _PATTERNS.compile(
    r"(?<=[\w.,] )((?:[A-Z][A-Za-z]{0,4}\.){2,4}) ([a-z]+)(?![\w’'])")
"""A degree written with periods (*S.H.*, *M.Si.*, *S.I.K.*) before a lowercase word."""


def degree_closing_comma(text: str, degrees: Set[str]) -> Iterator[Finding]:
    """``koma-penutup-gelar``: *Budi Santoso, S.H. mengatakan* → *S.H., mengatakan*:
    a standard degree ending a name, followed by a lowercase word with no comma. The
    degree must follow a name, a comma or another degree."""
    for match in _DEGREE_BEFORE_WORD_RE.finditer(text):
        degree, following = match.group(1), match.group(2)
        if degree not in degrees or following in _LOWER_CONNECTORS | _CLAUSE_AFTER_SPEAKER:
            continue
        before = text[:match.start(1) - 1].rsplit(" ", 1)[-1]
        if not (before.endswith(",") or before.endswith(".") or before[:1].isupper()):
            continue
        start, end = match.start(1), match.end(1)
        yield Finding(start, end, degree, "style", RULE_DEGREE_CLOSE,
                      f"Gelar yang menutup keterangan nama diikuti koma: “{degree},”.",
                      (f"{degree},",), "saran")


_RANKS = ("AKBP|AKP|Kompol|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Brigadir|Briptu|Bripda"
          "|Bharaka|Bharatu|Bharada|Abrip|Abriptu|Abripda|Kolonel|Letkol|Mayor|Kapten|Lettu"
          "|Letda|Peltu|Pelda|Serma|Serka|Sertu|Serda|Kopka|Koptu|Kopda|Praka|Pratu|Prada")
"""Ranks of Polri and TNI up to AKBP and Kolonel, abbreviated as releases write them
(``resources/lexicon/pangkat.tsv``; ``tests/language/test_rank_lists.py`` keeps every one
there). Not read from the table: it marks no rank as above or below AKBP and Kolonel
(those above are ``_HIGH_RANKS``, written with *Pol*/*TNI*), and it also lists corps and
group words that are words or names as well (*Pol*, *Polisi*, *Pati*, *Perwira*,
*Bintara*); with those fifteen extra entries no finding of the tuning half changed, but
*Pati* and *Polisi* before a name and an office could open a false apposition."""
_CORPS = "Inf|Kav|Arh|Arm|Czi|Cpl|Chb|Ckm|Cku|Cpm|Caj|Ctp|Chk|Mar|Pnb|Sus|Tek|Adm|Kes|Laut"
_OFFICES = ("Babinsa|Bhabinkamtibmas|Babinkamtibmas|Bhabin|Babinpotmar|Babinpotdirga"
            "|Danposramil|Kapospol|Kapolsek|Wakapolsek|Danramil|Kanit|Panit|Kasat|Kasi"
            "|Kasubsi|Kasium|Kaur|Kasihumas|Kasubbag|Kasubag|Bati")
"""Offices held by the rank and file that releases write after the name (KBBI:
*babinsa*, *bhabinkamtibmas*; the Polri and TNI unit offices)."""
_OFFICE_APPOSITION_RE = _PATTERNS.compile(
    rf"(?<![\w.-])(?:{_RANKS})(?:[ \t]+(?:{_CORPS})\.?)?"
    rf"((?:[ \t]+(?:[A-Z][a-z’']+|[A-Z]\.?)(?![\w’'-])){{1,4}})"
    rf"[ \t]+(?=(?:{_OFFICES})(?![\w-]))")
"""A rank (with its corps), one to four words of a name (initials too), then an office
straight after the name."""


def office_apposition(text: str) -> Iterator[Finding]:
    """``koma-aposisi-nama-jabatan``: *Serka Budi Babinsa Koramil …* → *Serka Budi,
    Babinsa Koramil …*. One finding on the name's last word. Also yields
    ``koma-penutup-aposisi-nama`` (:func:`name_apposition_close`), the same class."""
    for match in scan(_OFFICE_APPOSITION_RE, text):
        end = match.end(1)
        start = max(text.rfind(" ", 0, end), text.rfind("\t", 0, end)) + 1
        word = text[start:end]
        yield Finding(start, end, word, "style", RULE_OFFICE_APPOSITION,
                      f"Jabatan sesudah nama adalah aposisi dan diapit koma: “{word},”.",
                      (f"{word},",), "saran")
    # the closing comma of an office's apposition is the same class, read in one pass
    yield from name_apposition_close(text)
    yield from apposition_open(text)


_OFFICE_OPENERS = (
    "Kapolda|Kapolres|Kapolresta|Kapolrestabes|Kapolsek|Wakapolda|Wakapolres|Wakapolresta"
    "|Wakapolsek|Kasat[A-Za-z]*|Kasi|Kasie|Kabag[A-Za-z]*|Kasubbag[A-Za-z]*|Kasubdit"
    "|Kanit|Kadis[a-z]*|Kabid|Kakan[a-z]*|Kajari|Kajati|Kalak|Kalaksa|Kades|Kadus|Danramil"
    "|Dandim|Danrem|Danyon|Danlanal|Danlanud|Pangdam|Bupati|Wabup|Wakil|Wali|Walikota"
    "|Wawali|Gubernur|Wagub|Camat|Lurah|Kepala|Ketua|Sekretaris|Sekda|Sekdes|Direktur"
    "|Dir|Plt\\.|Pjs\\.|Pj\\.|Plh\\.|Penjabat|Menteri|Komandan|Panglima|Koordinator"
    "|Babinsa|Bhabinkamtibmas|Babinkamtibmas")
"""Offices a sentence opens with before the holder's name (KBBI: *bupati*, *camat*,
*lurah*; the Polri and TNI unit offices ``Kapolres`` … of ``sapaan.tsv``)."""
_HIGH_RANKS = ("Kombes(?:[ \t]+Pol\\.?)?|Irjen(?:[ \t]+Pol\\.?)?|Brigjen(?:[ \t]+(?:Pol\\.?|TNI))?"
               "|Mayjen(?:[ \t]+TNI)?|Letjen(?:[ \t]+TNI)?|Komisaris[ \t]+Polisi")
"""Ranks above AKBP and Kolonel, as releases write them (``pangkat.tsv``)."""
_DAY_NAMES = "|".join(DAYS)
_NAME_CLOSE_RE = _PATTERNS.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=[–—-][ \t]))"
    rf"(?:(?:Dalam|Di|Pada|Usai|Seusai|Saat|Setelah|Sebelum|Menurut|Sementara|Selanjutnya"
    rf"|Kemudian|Sedangkan|Selain)\b[^,.\n“”\"]{{0,40}},[ \t]+|(?:Sementara|Sedangkan"
    rf"|Kemudian|Selanjutnya|Dalam[ \t]+(?:arahannya|sambutannya|kesempatan[ \t]+"
    rf"(?:itu|tersebut|ini)))[ \t]+)?"
    rf"(?:{_OFFICE_OPENERS})(?![\w-])"
    rf"(?:[ \t]+(?:[A-Z][\w/’'-]*\.?|\([ \t]?[A-Za-z]+(?:[ \t][A-Z]+)?\)|\d[\w/-]*)){{1,9}},"
    rf"[ \t]+(?:(?:{_RANKS}|{_HIGH_RANKS})(?:[ \t]+(?:{_CORPS}|TNI|Pol)\.?)?[ \t]+)?"
    rf"(?:(?:[A-Z][a-z]{{0,3}}\.|dr\.|H|Hj|KH)[ \t])*"
    rf"(?!(?:Dalam|Guna|Untuk|Ia|Dia|Beliau|Kami|Kita|Mereka|Saat|Pada|Di|Ke|Dari|Namun"
    rf"|Sementara|Selain|Sedangkan|Sehingga|Bahwa|Hal|Kegiatan|Dengan|Sos|Pd|Kom|Ag|Ip|Si"
    rf"|Hum|Kes|Farm|Pt|Ked|Kep|Sc|Psi|Th|Hut|Stp|Sh|Mh|Se|Mm|Sik|Polda|Polres|Polresta"
    rf"|Polsek|Kodim|Koramil|Korem|Kodam|Pemkab|Pemkot|Pemprov|Dinas|Kantor|Desa|Kelurahan"
    rf"|Kecamatan|Kabupaten|Kota|Provinsi|{_DAY_NAMES}|Jum’at"
    rf"|Ketika|Usai|Setelah|Sebelum|Selama|Sejak|Bersama|Kemarin)(?![\w’'-]))"
    rf"([A-Z][a-z’'-]+(?:[ \t][A-Z][a-z’'-]+){{0,3}})"
    rf"[ \t]+(?!(?:dan|serta|atau|yang|di|ke|dari|pada|tahun|sebagai|selaku|kepada|untuk"
    rf"|bagi|dengan|bin|binti|alias)\b)[a-z]{{3,}}\b(?![,\w-])")
"""An office opening the sentence (or following an opening adverbial: *Dalam sambutannya,
Bupati …*), its comma, a name (rank, honorifics and initials, one to
four name words, not a degree such as *S. Sos*) and a lower-case word that carries no
comma."""


def name_apposition_close(text: str) -> Iterator[Finding]:
    """``koma-penutup-aposisi-nama``: *Kapolres Contoh, AKBP Budi melalui …* → *AKBP
    Budi, melalui …*: the apposition the first comma opens is closed before the
    predicate. One finding on the name's last word."""
    for match in scan(_NAME_CLOSE_RE, text):
        end = match.end(1)
        start = max(text.rfind(" ", 0, end), text.rfind("\t", 0, end)) + 1
        word = text[start:end]
        yield Finding(start, end, word, "style", RULE_NAME_APPOSITION_CLOSE,
                      f"Nama sesudah jabatan dan koma adalah aposisi; tutup dengan koma "
                      f"sebelum predikat: “{word},”.", (f"{word},",), "saran")


_PERSON_NOUNS = ("anggota|warga|personel|tokoh|pengurus|peserta|pejabat|petugas|korban|saksi"
                 "|pelaku|tersangka|perwakilan|pemilik|pedagang|petani|nelayan|siswa|guru"
                 "|kader|relawan|staf|pegawai|pendiri|penggagas|pemuda|ibu|bapak")
"""Nouns for a person (KBBI): after *salah satu* they make the phrase an apposition."""
_APPOSITION_OPEN_RE = _PATTERNS.compile(
    rf"(?<=[\w),][ \t])([A-Z][a-z’']+|\(\d{{1,3}}\))[ \t]+"
    rf"(?=(?:salah[ \t]+(?:satu|seorang)[ \t]+(?:{_PERSON_NOUNS})|sapaan[ \t]+akrab"
    rf"|seorang(?![ \t]+diri))(?![\w-]))"
    rf"|(?<![\w-])([a-z]{{3,}}|[A-Z][a-z]{{2,}})[ \t]+(?=salah[ \t]+satunya(?![\w-]))")
"""A name word (not the sentence's first) or an age in brackets before *salah satu
anggota*, *sapaan akrab*, *seorang*; a word before *salah satunya*."""
_NOT_NAME_BEFORE_APPOSITION = frozenset({
    *DAYS, *MONTHS, "Kemudian", "Namun", "Bahkan", "Sementara", "Adapun", "Saat", "Ketika",
    "yang", "dan", "atau", "serta", "dari", "untuk", "pada", "dengan", "adalah", "merupakan",
    "karena", "bahwa", "antara"})
"""Days, months and connectors before *seorang …*, and function words before *salah
satunya*: a time or a clause, not a name or a list."""
_UNITS = frozenset({"Polres", "Polsek", "Polda", "Kodim", "Koramil", "Desa", "Kelurahan",
                    "Kecamatan", "Kabupaten", "Kota", "Provinsi"})
"""Units and address levels: not a person that *seorang …* could describe."""
_OFFICE_WORD_RE = _PATTERNS.compile(_OFFICE_OPENERS)
"""An office (*Kapolsek seorang warga …*: a new clause after the office, not an
apposition of it)."""


def apposition_open(text: str) -> Iterator[Finding]:
    """``koma-sebelum-aposisi``: *Serka Budi salah satu anggota …* → *Serka Budi, salah
    satu anggota …*; *beberapa desa salah satunya …* → *desa, salah satunya …*. One
    finding on the word before the apposition."""
    for match in scan(_APPOSITION_OPEN_RE, text):
        group = 1 if match.group(1) else 2
        word = match.group(group)
        if word in _NOT_NAME_BEFORE_APPOSITION or (
                group == 1 and (word in _UNITS or _OFFICE_WORD_RE.fullmatch(word))):
            continue
        start, end = match.span(group)
        yield Finding(start, end, word, "style", RULE_APPOSITION_OPEN,
                      f"Aposisi atau penjelas sesudah kata ini didahului koma: “{word},”.",
                      (f"{word},",), "saran")
