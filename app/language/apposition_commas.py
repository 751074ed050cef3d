"""Commas EYD V (III.B Tanda Koma) asks for that hasty copy leaves out: between the
parts of an address and after degrees that close an apposition.

- ``koma-bagian-alamat`` is retired (session 13): readers of real releases accept an
  address written without commas (*Desa Sukamaju Kecamatan Sukajaya*) about as often as
  they mark it — tuning half 27 marked, 22 not, 23 uncertain; 100 fresh full texts 0 marked,
  7 not — and no part of it (the level word after the name, an RT/RW number, an
  abbreviation, the text's own commas elsewhere) was marked reliably: with the text's own
  commas as the condition, 1 marked and 5 not.
- ``koma-penutup-gelar``: degrees after a name are set off by commas on both sides (EYD
  V, III.B Tanda Koma: *keterangan tambahan / aposisi diapit tanda koma*; gelar akademik
  sesudah nama): *AKBP Budi Santoso, S.H., M.H. mengatakan* → *M.H., mengatakan*.
  Not when the degree ends the sentence or a comma, a bracket or a quote follows, nor
  before *dan*, *serta*, *atau* (two names in a list) or *bahwa* (the clause the speaker
  introduces: no comma before it); only before a prefixed verb or a preposition, the
  predicate or an adverbial (:data:`_PREDICATE_START_RE`).

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
    RULE_DEGREE_CLOSE: "EYD V, III.B Tanda Koma (tanda koma dipakai di antara nama orang "
                       "dan singkatan gelar akademik; keterangan aposisi diapit tanda koma)",
    RULE_OFFICE_APPOSITION: "EYD V, III.B Tanda Koma (keterangan aposisi diapit tanda "
                            "koma: Siti Aminah, istri Pak Hasan, …)",
    RULE_NAME_APPOSITION_CLOSE: "EYD V, III.B Tanda Koma (keterangan aposisi diapit tanda "
                                "koma: Siti Aminah, istri Pak Hasan, …)",
    RULE_APPOSITION_OPEN: "EYD V, III.B Tanda Koma (keterangan aposisi atau keterangan "
                          "tambahan diapit tanda koma: Siti Aminah, istri Pak Hasan, …)",
}
SOFT_RULES = frozenset({RULE_DEGREE_CLOSE, RULE_OFFICE_APPOSITION,
                        RULE_NAME_APPOSITION_CLOSE, RULE_APPOSITION_OPEN})
"""A capitalised run may be a name the rule cannot read: ``saran``."""
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_DEGREE_CLOSE: (
        ("Kapolres Contoh AKBP Budi Santoso, S.H. mengatakan situasi aman.",
         "Rapat dipimpin Ani Lestari, S.Sos. dalam suasana santai.",
         "Hal itu disampaikan Kasat Lantas Iptu Rudi Hartono, S.H. melalui pesan singkat."),
        ("Kapolres Contoh AKBP Budi Santoso, S.H., M.H., mengatakan situasi aman.",
         "Kapolres Contoh AKBP Budi Santoso, S.H., M.H. mengatakan situasi aman.",
         "Pemateri hari itu adalah Ani Lestari, S.Sos.",
         "Hadir pula Budi Santoso, S.H. dan Ani Lestari, M.H.",
         "Hal itu disampaikan Kasi Humas Iptu Rudi Hartono, S.H. bahwa jalan aman.",
         "Sambutan dibacakan Rudi Hartono, S.H. (Kapolsek Sukajaya).",
         "Rapat dipimpin Ani Lestari, S.Sos. yang juga ketua panitia.")),
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

_LOWER_CONNECTORS = frozenset({"dan", "serta", "atau"})
"""Before these the degree closes an item of a list, not an apposition."""
_CLAUSE_AFTER_SPEAKER = frozenset({"bahwa"})
"""*disampaikan Kabidhumas Eko Saputro, S.H., M.H. bahwa …*: the speaker's name is followed
by the *bahwa* clause it introduces, which no comma separates from it (EYD V, III.B)."""
_PREDICATE_START_RE = _PATTERNS.compile(
    r"(?:me|ber|be|di|ter)[a-z]{3,}|(?:dalam|dengan|pada|saat|ketika|usai|seusai)\Z")
"""What closes the apposition: a verb with *meN-*, *ber-*, *di-* or *ter-* (the predicate:
*menegaskan*, *melalui*, *berharap*) or a preposition opening an adverbial (*dalam
paparannya*, *dengan dihadiri*). Session 13: not *yang*, *sebagai*, *selaku* or a noun
(*pejabat utama*), which attach to the name or continue a list; on the tuning half the
firings before a real word were 8 marked, 1 not (*yang*), 3 uncertain, and on 100 fresh
full texts 1 marked, 2 not."""


_DEGREE_BEFORE_WORD_RE = _PATTERNS.compile(
    r"(?<=[\w.,] )((?:[A-Z][A-Za-z]{0,4}\.){2,4}) ([a-z]+)(?![\w’'])")
"""A degree written with periods (*S.H.*, *M.Si.*, *S.I.K.*) before a lowercase word."""
_DEGREE_WORD_RE = _PATTERNS.compile(r"(?:[A-Z][A-Za-z]{0,4}\.){2,4}")
"""A word shaped as a degree with periods (*S.I.K.*, *M.I.Pol.*), listed or not."""


def degree_closing_comma(text: str, degrees: Set[str]) -> Iterator[Finding]:
    """``koma-penutup-gelar``: *Budi Santoso, S.H. mengatakan* → *S.H., mengatakan*:
    a standard degree ending a name, followed by a lowercase word with no comma. The
    degree must follow a name, a comma or another degree."""
    for match in _DEGREE_BEFORE_WORD_RE.finditer(text):
        degree, following = match.group(1), match.group(2)
        if degree not in degrees or following in _LOWER_CONNECTORS | _CLAUSE_AFTER_SPEAKER \
                or not _PREDICATE_START_RE.match(following):
            continue
        before = text[:match.start(1) - 1].rsplit(" ", 1)[-1]
        if not (before.endswith(",") or before.endswith(".") or before[:1].isupper()):
            continue
        if before.endswith(",") and _DEGREE_WORD_RE.fullmatch(before[:-1]):
            # session 13: the last of a list of degrees (*S.I.K., M.H. mengatakan*):
            # readers mark its closing comma 1 of 8 times on the full text of raw11-15
            # (tuning stand-ins 6 of 7); one degree alone (*Budi, S.H. mengatakan*) keeps it
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
