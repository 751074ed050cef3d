"""Names, titles and acronyms of names written in the wrong case (EYD V, I.E; II.H).

- ``kapital-singkatan-gelar``: a title or degree the lexicon writes in mixed case, typed
  in capitals in running text: *DR. H. Suyoto* → *Dr.*, *PROF.* → *Prof.*, *M.SI.* →
  *M.Si.* (``gelar.tsv``; EYD V, III.A: the abbreviation of a title is written as it is
  given). Not in a line of capitals (a headline written so);
- ``kapital-huruf-kedua``: an acronym given in brackets whose second letter is also a
  capital although the rest is lower case, where the word in title case is a name or
  word the dictionary or the lexicon knows: *Sumatera Utara (SUmut)* → *Sumut*. Such a
  word is neither an acronym in capitals nor a name: the shift key was held one letter
  too long (outside brackets the spelling check says so already);
- ``kapital-akronim-pemerintah``: the acronym of a regional government (*pemkab*,
  *pemkot*, *pemprov*, *pemdes*: *pemerintah kabupaten/kota/provinsi/desa*) in lower
  case before the name of its region: *pemkab Bangka* → *Pemkab Bangka*. An acronym of a
  name is written with its first letter in capitals (EYD V, II.H); before no name it is
  a common noun (*setiap pemkab*) and is left alone;
- ``kapital-undang-undang``: *Undang-undang Nomor 6 Tahun 2014* → *Undang-Undang*:
  every part of a reduplicated word in a name takes the capital (EYD V, I.E: *huruf
  kapital … termasuk unsur bentuk ulang sempurna*), and a law cited by its number or
  year is a name. Without the number (*menurut undang-undang*) it is a common noun.

- ``kapital-nama-agama``: the name of a religion in lower case (*umat islam*, *pura
  hindu* → *Islam*, *Hindu*; EYD V, I.E: *huruf kapital dipakai sebagai huruf pertama
  nama agama*), read from the lexicon's ``agama.tsv``.

- ``kapital-nama-berkepala-umum``: a name headed by a common word for an institution
  or a place, written in lower case where a capital shows it goes on as a name
  (*posyandu mekar sari Desa …*, *politeknik pariwisata Batam* → *Posyandu Mekar Sari*,
  *Politeknik Pariwisata*; EYD V, I.E).

``kapital-singkatan-gelar``, ``kapital-huruf-kedua``, ``kapital-undang-undang`` and
``kapital-nama-agama`` are certain; the government acronym and the lower-case head are
``saran``: an unknown word after it may be no region, a common phrase may stand before
a place's name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Set

from app.language.finding import Finding
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_TITLE_CAPS = "kapital-singkatan-gelar"
RULE_SECOND_CAPITAL = "kapital-huruf-kedua"
RULE_GOVERNMENT = "kapital-akronim-pemerintah"
RULE_LAW = "kapital-undang-undang"
RULE_RELIGION = "kapital-nama-agama"
RULE_LOWER_HEAD = "kapital-nama-berkepala-umum"
DESCRIPTIONS: dict[str, str] = {
    RULE_LOWER_HEAD: "Nama lembaga atau tempat yang diawali kata umum (politeknik, posyandu, "
                     "sanggar, jalan, pantai) ditulis kapital pada setiap unsurnya "
                     "(Posyandu Mekar Sari, Jalan Raya Sabah)",
    RULE_TITLE_CAPS: "Singkatan gelar ditulis sesuai bentuk bakunya, tidak dengan huruf "
                     "kapital semua (Dr., Prof., Ir., M.Si.)",
    RULE_SECOND_CAPITAL: "Nama atau kata tidak ditulis dengan dua huruf kapital di awal "
                         "(Sumut, bukan SUmut)",
    RULE_GOVERNMENT: "Akronim pemerintah daerah di depan nama wilayahnya ditulis dengan "
                     "huruf awal kapital (Pemkab Bangka, Pemkot Jambi)",
    RULE_LAW: "Undang-Undang dalam nama undang-undang yang disebut nomor atau tahunnya "
              "ditulis kapital pada kedua unsurnya (Undang-Undang Nomor 6 Tahun 2014)",
    RULE_RELIGION: "Nama agama ditulis dengan huruf kapital (umat Islam, pura Hindu)",
}
SOURCES: dict[str, str] = {
    RULE_LOWER_HEAD: "EYD V, I.E Huruf Kapital (huruf pertama setiap kata nama diri, "
                     "nama lembaga, dan nama geografi yang diikuti nama diri: Jalan "
                     "Sudirman, Pantai Kuta); KBBI VI daring: politeknik, posyandu, "
                     "sanggar, yayasan n",
    RULE_TITLE_CAPS: "EYD V, III.A Tanda Titik (singkatan gelar: Dr., Prof., M.Si.); "
                     "EYD V, I.E Huruf Kapital (gelar di depan nama)",
    RULE_SECOND_CAPITAL: "EYD V, I.E Huruf Kapital (huruf pertama unsur nama diri); "
                         "EYD V, II.H Singkatan dan Akronim (akronim nama diri: huruf awal "
                         "kapital)",
    RULE_GOVERNMENT: "EYD V, II.H Singkatan dan Akronim (akronim nama diri yang berupa "
                     "gabungan huruf awal dan suku kata ditulis dengan huruf awal kapital); "
                     "EYD V, I.E Huruf Kapital (nama instansi)",
    RULE_LAW: "EYD V, I.E Huruf Kapital (huruf pertama setiap kata, termasuk unsur bentuk "
              "ulang sempurna, di dalam judul dan nama; nama dokumen resmi: "
              "Undang-Undang Dasar)",
    RULE_RELIGION: "EYD V, I.E Huruf Kapital (huruf kapital dipakai sebagai huruf pertama "
                   "nama agama); KBBI VI daring: Islam, Kristen, Katolik, Hindu, Buddha, "
                   "Konghucu n",
}
SOFT_RULES = frozenset({RULE_GOVERNMENT, RULE_LOWER_HEAD})
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_LOWER_HEAD: (
        ("Balita ditimbang di posyandu melati putih Desa Sukamaju setiap bulan.",
         "Ia ingin melanjutkan kuliah ke politeknik perikanan Lontar.",
         "Razia digelar di jalan lintas Sukamaju pada malam hari."),
        ("Balita ditimbang di Posyandu Melati Putih Desa Sukamaju setiap bulan.",
         "Razia digelar di jalan raya Kecamatan Tampan pada malam hari.",
         "Bantuan dibagikan di posyandu dan Balai Desa Sukamaju.",
         "Pelatihan itu diadakan di sanggar tari milik warga.")),
    RULE_TITLE_CAPS: (
        ("Materi dibawakan Bupati Lontar DR. H. Sutrisno, M.Si. di aula.",
         "Rektor PROF. Dewi Lestari membuka seminar itu.",
         "Sambutan dibacakan oleh Ketua Panitia, IR. Bambang Sukoco."),
        ("Materi dibawakan Bupati Lontar Dr. H. Sutrisno, M.Si. di aula.",
         "BUPATI DR. H. SUTRISNO BUKA SEMINAR DESA",
         "Ia lulus S.H. tahun lalu.")),
    RULE_SECOND_CAPITAL: (
        ("Gubernur Sumatera Selatan (SUmsel) meninjau pasar.",
         "Petugas Dinas Perhubungan (DIshub) mengatur arus kendaraan."),
        ("Gubernur Sumatera Selatan (Sumsel) meninjau pasar.",
         "Petugas Dinas Perhubungan (DISHUB) mengatur arus kendaraan.",
         "Artikel itu dimuat di laman KPwBI Lontar.")),
    RULE_GOVERNMENT: (
        ("Para pejabat dari pemkab Kulonprogo hadir di sawah.",
         "Bantuan diserahkan oleh pemprov Jawa Barat kepada warga.",
         "Turut hadir camat dan kepala OPD. (pemkab Bangka)"),
        ("Para pejabat dari Pemkab Kulonprogo hadir di sawah.",
         "Setiap pemkab wajib menyusun rencana aksi.",
         "Surat itu dikirim ke pemkab dan pemkot se-Jawa Lontar.")),
    RULE_LAW: (
        ("Pengukuhan dilakukan berdasarkan undang-undang Nomor 3 Tahun 2024 tentang Desa.",
         "Undang-undang Nomor 6 Tahun 2014 mengatur dana desa.",
         "Hal itu diatur Undang-undang No. 3 Tahun 2024 tentang Desa."),
        ("Pengukuhan dilakukan berdasarkan Undang-Undang Nomor 3 Tahun 2024 tentang Desa.",
         "Perbuatan itu dilarang menurut undang-undang.",
         "Undang-undang melindungi hak setiap anak.")),
    RULE_RELIGION: (
        ("Pengamanan ibadah umat kristen berjalan lancar.",
         "Warga hindu di desa itu merayakan Nyepi.",
         "Peserta lomba berasal dari sekolah islam terpadu."),
        ("Pengamanan ibadah umat Kristen berjalan lancar.",
         "Busana islami dipamerkan di alun-alun.",
         "Tagar #hindu ramai di media sosial.")),
}
"""Wrong and right examples of each rule: the tests run them (``test_rule_examples.py``)."""

_TITLE_CAPS_RE = _PATTERNS.compile(r"(?<![\w.])((?:[A-Z]{1,4}\.){1,3})(?=[\s,])")
"""Capital letters with stops: *DR.*, *PROF.*, *M.SI.* (the lexicon decides which)."""
_SECOND_CAPITAL_RE = _PATTERNS.compile(r"\(([A-Z]{2}[a-z]{2,})\)")
"""Two capitals, then lower case, in brackets: *(SUmut)*. In running text the spelling
check asks for the case already (``huruf-kapital``); an acronym in brackets it reads as
one the text defines, whatever its case."""
_GOVERNMENT_RE = _PATTERNS.compile(
    r"(?<![\w@/.-])(pemkab|pemkot|pemprov|pemdes)[ \t]+([A-Z][\w-]*)")
"""The acronyms of *pemerintah kabupaten/kota/provinsi/desa* (the four levels of
regional government, UU 23/2014) in lower case before a capitalised word."""
_LAW_RE = _PATTERNS.compile(
    r"(?<![\w-])([Uu]ndang-undang)(?=[ \t]+(?:[Nn]omor|[Nn]omer|N[Oo]\.?[ \t]*\d|[Tt]ahun"
    r"[ \t]+\d|Dasar|RI\b|Republik))")
"""*Undang-undang Nomor …*, *Undang-undang Dasar*, *undang-undang Tahun 2014*."""
_RELIGION_RE = _PATTERNS.compile(
    r"(?<![\w@/.#-])(islam|kristen|katolik|protestan|hindu|buddha|konghucu|kristiani"
    r"|nasrani)(?![\w@/-])")
"""The religions of ``agama.tsv`` in lower case (the lexicon's list decides the form)."""


def caps_line(text: str, position: int) -> bool:
    """Whether the line at ``position`` is written mostly in capitals (a headline)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    letters = [c for c in text[start:end if end >= 0 else len(text)] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def titles_in_capitals(text: str, titles: Mapping[str, str]) -> Iterator[Finding]:
    """``kapital-singkatan-gelar``: ``titles`` maps a lexicon title or degree in lower
    case (*dr.*, *m.si.*) to its form when that form has lower-case letters."""
    for match in scan(_TITLE_CAPS_RE, text):
        written = match.group(1)
        proper = titles.get(written.lower())
        if proper is None or proper == written or caps_line(text, match.start()):
            continue
        yield Finding(match.start(1), match.end(1), written, "style", RULE_TITLE_CAPS,
                      f"Singkatan gelar ditulis “{proper}”.", (proper,))


def second_capital(text: str, proper_form: Callable[[str], str | None],
                   is_word: Callable[[str], bool]) -> Iterator[Finding]:
    """``kapital-huruf-kedua``: *SUmut* where *Sumut* is a known name or word."""
    for match in scan(_SECOND_CAPITAL_RE, text):
        written = match.group(1)
        titled = written[:1] + written[1:].lower()
        fixed = proper_form(titled) or (titled if is_word(titled) else None)
        if fixed is None or fixed == written:
            continue
        yield Finding(match.start(1), match.end(1), written, "style", RULE_SECOND_CAPITAL,
                      f"Hanya huruf pertama ditulis kapital: “{fixed}”.", (fixed,))


def government_acronym(text: str, regions: Set[str], is_word: Callable[[str], bool]
                       ) -> Iterator[Finding]:
    """``kapital-akronim-pemerintah``: *pemkab Bangka*: the name after it is a region the
    lexicon lists or a capitalised word that is no common word."""
    if "pem" not in text:
        return
    for match in scan(_GOVERNMENT_RE, text):
        name = match.group(2)
        if name.lower() not in regions and (is_word(name.lower()) or name.isupper()):
            continue
        word = match.group(1)
        fixed = word[:1].upper() + word[1:]
        yield Finding(match.start(1), match.end(1), word, "style", RULE_GOVERNMENT,
                      f"Akronim nama instansi ditulis dengan huruf awal kapital: “{fixed}”.",
                      (fixed,), severity="saran")


def law_reduplication(text: str) -> Iterator[Finding]:
    """``kapital-undang-undang``: *Undang-undang Nomor 6* → *Undang-Undang*."""
    if "ndang-undang" not in text:
        return
    for match in scan(_LAW_RE, text):
        yield Finding(match.start(1), match.end(1), match.group(1), "style", RULE_LAW,
                      "Nama undang-undang ditulis kapital pada kedua unsurnya: "
                      "“Undang-Undang”.", ("Undang-Undang",))


def religion_lower(text: str, religions: Mapping[str, str]) -> Iterator[Finding]:
    """``kapital-nama-agama``: ``religions`` maps a religion's name in lower case to the
    lexicon's form (*islam* → *Islam*)."""
    for match in scan(_RELIGION_RE, text):
        word = match.group(1)
        proper = religions.get(word)
        if proper is None:
            continue
        yield Finding(match.start(1), match.end(1), word, "style", RULE_RELIGION,
                      f"Nama agama ditulis dengan huruf kapital: “{proper}”.", (proper,))


_LOWER_HEAD_RE = _PATTERNS.compile(
    r"(?<=[a-z,] )((politeknik|universitas|institut|akademi|posyandu|sanggar|yayasan"
    r"|koperasi|pantai|jalan)((?: [a-z]{3,}){1,2})) (?=([A-Z][a-z]+)(?![\w-]))")
"""A head that opens names of institutions and places, in lower case with one or two
lowercase words after it, then a capitalised word: *posyandu mekar sari Desa …*,
*politeknik pariwisata Batam*, *jalan raya Sabah …*."""
_NOT_IN_NAME = frozenset({
    "dan", "yang", "dari", "untuk", "dengan", "pada", "dalam", "oleh", "serta", "atau",
    "ini", "itu", "tersebut", "menuju", "arah", "sampai", "hingga", "milik", "sekitar",
    "setempat", "kami", "kita", "mereka", "tempat", "lain", "lainnya"})
"""Words that end or leave the name: function words, determiners, directions."""
_STREET_HEADS = frozenset({"pantai", "jalan"})
_REGION_AFTER = frozenset({"Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi",
                           "Kampung", "Dusun", "Nagari", "Gampong", "Distrik"})
"""After *jalan raya* or *pantai timur* a region word says where a common road or shore
is (*jalan raya Kecamatan Tampan*); a street's or beach's own name is no region word."""


def lower_head_name(text: str) -> Iterator[Finding]:
    """``kapital-nama-berkepala-umum``: *di posyandu mekar sari Desa Tapango*, *ke
    politeknik pariwisata Batam*, *di jalan raya Sabah balau*: a word that heads the names
    of institutions and places (KBBI VI: *politeknik*, *universitas*, *posyandu*,
    *sanggar*, *yayasan*, *koperasi* n; *jalan*, *pantai* n), written in lower case with
    the words after it, where a capitalised word shows the run goes on as a name. Every
    word of a name is capitalised (EYD V, I.E), so the run is given in capitals. Not where
    a function word or a determiner stands in the run, not a road or shore before a region
    word, not in a headline. A saran: a common phrase may stand before a place's name."""
    for match in scan(_LOWER_HEAD_RE, text):
        words = match.group(3).split()
        if any(word in _NOT_IN_NAME for word in words) or \
                (match.group(2) in _STREET_HEADS and match.group(4) in _REGION_AFTER) or \
                caps_line(text, match.start()):
            continue
        written = match.group(1)
        fixed = " ".join(word.capitalize() for word in written.split())
        yield Finding(match.start(1), match.end(1), written, "style", RULE_LOWER_HEAD,
                      f"Setiap unsur nama ditulis dengan huruf kapital: “{fixed}”.", (fixed,),
                      severity="saran")


def check(text: str, titles: Mapping[str, str], regions: Set[str],
          proper_form: Callable[[str], str | None], is_word: Callable[[str], bool],
          religions: Mapping[str, str]) -> Iterator[Finding]:
    """The six rules over one text."""
    yield from titles_in_capitals(text, titles)
    yield from second_capital(text, proper_form, is_word)
    yield from government_acronym(text, regions, is_word)
    yield from law_reduplication(text)
    yield from religion_lower(text, religions)
    yield from lower_head_name(text)
