"""Names a text itself shows to be names, read once over the whole text.

A careful reader uses the whole release: a capitalised word or run that the same text
writes where only a name can stand — after a rank (*AKBP Ikhwan*, *Mayor Inf Firdaus*),
after an office held in a place (*Camat Sukun*, *Bupati Agus*), after a place kind
(*Kecamatan Muara Tiga*, *Kabupaten Biak Numfor*, *Polres Lambar*), after a verb of saying
at the clause's end (*,” tegas Arif.*) or in the dateline (*BIAK –*) — is that name
everywhere in the text, also where it stands alone between lowercase words (*Selain itu,
Arif juga …*, *ekonomi Muara Tiga.*). EYD V, I.E (Huruf Kapital): names of people and
places are capitalised even where the same letters are a common word (*arif*, *bagus*,
*purnama*, *ujung tanah*). ``names_in_text`` gathers them; the common-noun rule
(``kapital-tengah-kalimat``) lets them stand.
"""

from __future__ import annotations

import functools
import re

from app.base.calendar_words import DAYS
from app.language import saying
from app.language.lexicon import lexicon_dir, read_table
from app.language.module_regex import ModulePatterns

_PATTERNS = ModulePatterns(__name__)

_WORD = r"[A-Z][a-z'’]{2,}"
_RUN = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
"""One to four title-case words: a name as it is written after its rank or place."""
_GENERIC_RANKS = frozenset({
    "Polisi", "Prajurit", "Perwira", "Bintara", "Tamtama", "Bhayangkara", "Pati", "Pamen",
    "Pama", "PNS", "ASN", "Polri", "TNI", "Pol", "Jenderal", "Marsekal", "Laksamana",
    "Komisaris", "Inspektur", "Brigadir", "Sersan", "Kopral", "Letnan"})
"""Ranks that are also the name of a body or a rank class (*Polisi*, *Prajurit*,
*Brigadir* in *Brigadir Jenderal*): a capitalised word after them need not be a name."""
_CORPS = ("Pol|Inf|Kav|Arh|Arm|Czi|Cpl|Chb|Ckm|Cku|Cpm|Caj|Ctp|Cba|Chk|Mar|Pnb|Nav|Sus"
          "|Tek|Adm|Lek|Kes|Psk|TNI|Laut")
_OFFICES = ("Camat|Lurah|Bupati|Wakil[ \t]+Bupati|Gubernur|Wakil[ \t]+Gubernur"
            "|Wali[ \t]+Kota|Walikota|Wakil[ \t]+Wali[ \t]+Kota|Kapolres|Kapolresta"
            "|Kapolsek|Kapolda|Kapolri|Wakapolres|Wakapolda|Danramil|Dandim|Danrem|Pangdam"
            "|Kades|Kepala[ \t]+Desa|Kepala[ \t]+Kampung|Keuchik|Wali[ \t]+Nagari"
            "|Sekda|Kajari|Kajati|Kalapas|Karutan")
"""Offices one person holds over one place: the run after them is that person's name or
the place's (*Camat Sukun*, *Bupati Agus*)."""
_PLACE_KINDS = ("Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Provinsi|Kampung|Dusun|Nagari"
                "|Gampong|Distrik|Negeri|Pulau|Kec\\.|Kab\\.|Polres|Polresta|Polsek|Polda"
                "|Kodim|Koramil|Korem|Kodam|Pemkab|Pemkot|Pemprov")
"""Place kinds and the units named after a place (*Polres Lambar*, *Kodim Biak*): the
run after them is the place's name."""
_SAYING = saying.alternation(saying.roots(add=("ajak",)))
_SAYING_RE = _PATTERNS.compile(
    rf"(?<![\w-])(?=[a-z])(?:{_SAYING})[ \t]+(?P<run>{_RUN})(?=[ \t]*(?:[.,;]|$))", re.MULTILINE)
"""*,” tegas Arif.*: after a verb of saying, at the clause's end, the speaker's name."""
_OFFICE_RE = _PATTERNS.compile(rf"(?<![\w-])(?=[A-Z])(?:{_OFFICES})[ \t]+(?P<run>{_RUN})")
_PLACE_RE = _PATTERNS.compile(rf"(?<![\w-])(?=[A-Z])(?P<kind>{_PLACE_KINDS})[ \t]+(?P<run>{_RUN})")
_REGION_KINDS = frozenset({"Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi",
                           "Kampung", "Dusun", "Nagari", "Gampong", "Distrik"})
"""Place kinds that head a list of places (*Kecamatan Wajo dan Ujung Tanah*); after a
unit (*Polda Sulbar dan Media*) a list goes on with other bodies."""
_MORE_PLACES_RE = _PATTERNS.compile(rf"(?:,[ \t]+|[ \t]+dan[ \t]+)(?P<run>{_RUN})(?![\w-])")
"""*Kecamatan Wajo dan Ujung Tanah*: places listed after one place kind share it."""
_DATELINE_RE = _PATTERNS.compile(
    r"^[ \t]*(?P<run>[A-Z]{3,}(?:[ \t]+[A-Z]{3,}){0,2})[ \t]*(?:,|[-–—])", re.MULTILINE)
"""*BIAK –*, *LAHAT, situs.com –*: a release opens with its place in capitals."""
_STOP = frozenset({
    "Dan", "Yang", "Atau", "Serta", "Dengan", "Untuk", "Dari", "Pada", "Dalam", "Kepala",
    "Ketua", "Wakil", "Sekretaris", "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota",
    "Provinsi", "Kampung", "Dusun", "Nagari", "Dinas", "Badan", "Kantor", "Pemerintah",
    "Bersama", "Beserta", "Selaku", "Saat", "Ketika", "Usai", "Setelah", "Juga", "Saja",
    "Tersebut", "Setempat", "Ini", "Itu", "Bapak", "Ibu", "Saudara", "Tim", "Satuan",
    "Warga", "Masyarakat", "Pemkab", "Pemkot", "Polres", "Polsek", "Polda", "Kodim",
    "Koramil", "Camat", "Lurah", "Bupati", "Gubernur", "Kapolres", "Kapolsek", "Danramil",
    *DAYS, "Jajaran", "Jalan",
    "Pulau", "Sungai", "Wilayah", "Daerah", "Pasar", "Lapangan", "Pantai", "Pelabuhan",
    "Terminal", "Gedung", "Balai", "Personel", "Personil", "Anggota"})
"""Words that end a name's run: function words, offices, place kinds and the common
nouns that head a place's name (*Pulau*, *Pasar*), days, and *Jajaran* (*Polsek
Jajaran*: the units under a command, no place)."""


@functools.cache
def _rank_re() -> re.Pattern[str]:
    """Ranks of ``pangkat.tsv`` that only stand before a person's name, then the name."""
    path = lexicon_dir() / "pangkat.tsv"
    ranks = {entry for entry, _category in read_table(path)} if path.exists() else set()
    ranks = {rank for rank in ranks if rank.split()[0] not in _GENERIC_RANKS
             and rank.split()[-1] not in _GENERIC_RANKS}
    ranks |= {"Brigadir", "Kapten", "Mayor", "Kolonel", "Letkol"}
    words = "|".join(re.escape(rank).replace(r"\ ", r"[ \t]+")
                     for rank in sorted(ranks, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?=[A-Z])(?:{words})(?:[ \t]+(?:{_CORPS}))?\.?[ \t]+"
                      rf"(?P<run>{_RUN})")


def _cut(run: str) -> list[str]:
    """The run's words up to the first that ends a name."""
    words: list[str] = []
    for word in run.split():
        if word in _STOP:
            break
        words.append(word)
    return words


def _add_person(names: set[str], run: str) -> None:
    """A person's name: the whole of it and each word (*Arif*, *Firdaus* alone)."""
    words = _cut(run)
    if words:
        names.add(" ".join(words))
        names.update(words)


def _add_place(names: set[str], run: str) -> None:
    """A place's name: the whole of it and each shorter run from its start (*Biak* of
    *Biak Numfor*)."""
    words = _cut(run)
    for end in range(1, len(words) + 1):
        names.add(" ".join(words[:end]))


def names_in_text(text: str) -> frozenset[str]:
    """Capitalised words and runs the text writes where only a name stands (see the
    module's docstring), as written."""
    names: set[str] = set()
    for match in _rank_re().finditer(text):
        _add_person(names, match.group("run"))
    for match in _SAYING_RE.finditer(text):
        _add_person(names, match.group("run"))
    for match in _OFFICE_RE.finditer(text):
        _add_person(names, match.group("run"))
    for match in _PLACE_RE.finditer(text):
        _add_place(names, match.group("run"))
        end = match.end()
        if match.group("kind") not in _REGION_KINDS or \
                len(_cut(match.group("run"))) != len(match.group("run").split()):
            continue                         # the run ended on a stop word
        listed: list[str] = []
        while (more := _MORE_PLACES_RE.match(text, end)) is not None:
            listed.append(more.group("run"))
            end = more.end()
            if more.group().lstrip(", \t").startswith("dan"):
                for run in listed:          # a list closed by *dan*: places all
                    _add_place(names, run)
                break
    for match in _DATELINE_RE.finditer(text):
        _add_place(names, match.group("run").title())
    return frozenset(names)
