"""EYD V rules that need the line or the region list around a match, not a bare regex.

Kept apart from ``style.py`` (the word-list rules) and ``aturan-eyd.toml`` (rules a regex
states whole): a paragraph without its final period, unit symbols after numbers, region
names with a part in lower case, and an academic degree without the comma before it.
Each rule says why it stays silent where a reader would not mark the text either.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from app.base.calendar_words import DAYS
from app.base.paths import hunspell_dir
from app.language import data_cache
from app.language.datelines import dateline_comma
from app.language.finding import Finding
from app.language.lexicon import lexicon_dir, read_table
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan
from app.language.tokens import WORD_RE, Token

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_FINAL_PERIOD = "titik-akhir-paragraf"
RULE_HEADLINE_PERIOD = "titik-akhir-judul"
RULE_UNIT_CASE = "satuan-huruf-kecil"
RULE_REGION_NAME = "kapital-nama-wilayah"
RULE_DEGREE_COMMA = "koma-sebelum-gelar"
RULE_FUNCTION_WORD = "kata-tugas-huruf-kecil"
RULE_SUBJECT_COMMA = "koma-subjek-predikat"
RULE_DEGREE_RUN = "gelar-tanda-baca"
RULE_REGULATION = "kapital-judul-peraturan"
RULE_NAME_CASE = "kapital-nama-lembaga"
RULE_ADDRESS = "kapital-sapaan"
"""Capital rules whose logic lives in ``capitals.py``; their ids and texts are listed here
with the other context rules so that ``rilis check --rules`` shows them."""

DESCRIPTIONS: dict[str, str] = {
    RULE_FINAL_PERIOD: "Paragraf berupa kalimat diakhiri tanda titik",
    RULE_HEADLINE_PERIOD: "Judul tidak diakhiri tanda titik",
    RULE_UNIT_CASE: "Satuan ukuran sesudah angka ditulis dengan huruf kecil (kg, gram, ton)",
    RULE_DEGREE_COMMA: "Gelar akademik dipisahkan dari nama dengan koma",
    RULE_FUNCTION_WORD: "Kata tugas di tengah kalimat atau nama ditulis dengan huruf kecil",
    RULE_SUBJECT_COMMA: "Subjek dan predikat tidak dipisahkan koma",
    RULE_DEGREE_RUN: "Gelar sesudah nama: koma sebelum tiap gelar, titik pada tiap singkatan",
    RULE_REGULATION: "Judul peraturan sesudah nomor dan tahunnya ditulis dengan huruf kapital",
    RULE_NAME_CASE: "Nama lembaga, jabatan lengkap, atau operasi ditulis kapital seluruhnya",
    RULE_ADDRESS: "Bapak, Ibu sebagai sapaan atau pengacuan (Bapak Presiden) ditulis kapital",
}
SOURCES: dict[str, str] = {
    RULE_FINAL_PERIOD: "EYD V, III.A.1 Tanda Titik (akhir kalimat pernyataan)",
    RULE_HEADLINE_PERIOD: "EYD V, III.A Tanda Titik (tidak dipakai pada akhir judul yang "
                          "merupakan kepala karangan)",
    RULE_UNIT_CASE: "EYD V, II.H Singkatan dan Akronim (lambang satuan: kg, km, l); "
                    "KBBI: gram, ton, liter",
    RULE_DEGREE_COMMA: "EYD V, III.B Tanda Koma (di antara nama orang dan singkatan gelar)",
    RULE_FUNCTION_WORD: "EYD V, I.E Huruf Kapital (kata tugas seperti di, ke, dari, dan, yang, "
                        "untuk tidak ditulis kapital, juga di dalam nama dan judul)",
    RULE_SUBJECT_COMMA: "EYD V, III.B Tanda Koma (tidak dipakai di antara subjek dan "
                        "predikat)",
    RULE_DEGREE_RUN: "EYD V, III.A Tanda Titik (singkatan gelar); III.B Tanda Koma (di "
                     "antara nama orang dan gelar, di antara gelar)",
    RULE_REGULATION: "EYD V, I.E Huruf Kapital (huruf pertama setiap kata dalam nama "
                     "dokumen resmi dan judul, kecuali kata tugas: Undang-Undang Nomor 6 "
                     "Tahun 2014 tentang Desa)",
    RULE_NAME_CASE: "EYD V, I.E Huruf Kapital (setiap unsur nama lembaga, badan, dan "
                    "dokumen resmi; nama jabatan yang diikuti nama instansi); leksikon "
                    "lembaga Rilis",
    RULE_ADDRESS: "EYD V, I.E Huruf Kapital (kata penunjuk hubungan kekerabatan seperti "
                  "Bapak dan Ibu yang dipakai dalam penyapaan atau pengacuan)",
}
SOFT_RULES = frozenset({RULE_NAME_CASE, RULE_ADDRESS, RULE_HEADLINE_PERIOD})
"""Context rules that can misfire: shown as *saran* (``rilis check --rules``)."""

_MIN_PROSE_WORDS = 10
"""A shorter line is a headline, caption, byline or list item, which ends without a period."""
_MIN_LEAD_WORDS = 20
"""A first line this long is the lead paragraph of a text without its headline."""
_DATELINE_RE = _PATTERNS.compile(r"[^\W\d_][^\n–—]{0,50}?[\w.)][ \t]*[,.]?[ \t]*[–—-][ \t]+[\w“\"]")
"""*SUKAMAJU – Polres …*, *Sukamaju, kabarsukamaju.com – …*: a line that opens with a
dateline is the lead paragraph, not a headline, whatever its length."""
_LONG_PROSE_WORDS = 15
_LONG_PROSE_LOWER = 6
"""A line this long with this many lowercase words is a sentence, however many names,
ranks and places it lists (*… dihadiri Kapolres Sukamaju, Dandim 0824, Ketua DPRD …*)."""
_TRAILING_NOTE_RE = _PATTERNS.compile(r"[^\W\d_] \([A-Z][A-Za-z]{1,24}\)$")
"""*… antara warga dan TNI (Babinsa)*: a sentence that ends with an acronym or a term
explained in parentheses, after a word; a closing note stands after the period
(*… aman. (Tomas)*) or is written in lower case (*(san/jan)*)."""
_SIGN_OFF_RE = _PATTERNS.compile(r"[.!?”\"][ \t]+(?:[A-Z][a-z]{0,3}|[A-Z]{2,4})\Z")
"""*… bersama-sama,” ujarnya. Red*: a short word after the last sentence's closing mark on
the same line is the desk's sign-off (*Red*, *Adv*), a closing note like *(san/jan)*, not a
sentence (session 13: raw15, the rule's one false alarm there)."""
_DATE_PARENS_RE = _PATTERNS.compile(r"\(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)$")
"""A date in parentheses, *(9/1/24)*; other parentheses at a line's end close a note."""
_LABEL_START_RE = _PATTERNS.compile(
    r"(?i)^(?:foto|editor|penulis|sumber|baca juga|tags?|reporter|pewarta|redaksi|"
    r"narahubung|kontak|caption|keterangan)\b")
_UNIT_RE = _PATTERNS.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)[ \t]+(Kg|KG|Gram|GRAM|Ton|TON|Liter|LITER|Km|KM|Kilogram"
    r"|Kilometer|Ml|ML|Mg|Cm|CM|Mm|Hektare|Hektar|Meter)(?![\w-])")
_DEGREE_AFTER_NAME_RE = _PATTERNS.compile(
    r"(?<![\w.])([A-Z][a-z]+[ \t]+[A-Z][a-z]+)[ \t]+((?:[A-Z][A-Za-z]{0,3}\.){2,4})"
    r"(?=[ \t,;)]|$)", re.MULTILINE)
_FUNCTION_WORD_RE = _PATTERNS.compile(
    r"(?<=[\w),] )(Bahwa|Dengan|Untuk|Kepada|Tentang|Terhadap|Oleh|Serta|Atau|Dan|Yang|Dari"
    r"|Pada|Sebagai|Karena|Agar|Sehingga|Bersama|Juga|Telah|Sudah|Sedang|Masih|Di|Ke"
    r"|Dalam(?=[ \t]+(?:[a-z]|Rangka\b))"
    r"|(?:Guna|Demi|Melalui|Menuju|Tanpa|Hingga|Sampai|Terkait)(?=[ \t]+[a-z]))"
    r"(?=[ \t]+[\w“\"(])(?![ \t]+\d)"
    r"(?![ \t]+(?:Maha|Mulia|Terhormat|Dipertuan)\b)")
"""*Tuhan Yang Maha Esa*, *Yang Mulia*: honorifics keep their capital (EYD V, I.E).
*Dalam* only before a lowercase word or *rangka* (*Teluk Dalam*, *Dalam Negeri* are
names); *Guna*, *Demi*, *Melalui*, *Menuju*… only before a lowercase word (a slogan
in title case, *Presisi Menuju Indonesia Maju*, keeps its capitals)."""
_COMMA_BEFORE_VERB_RE = _PATTERNS.compile(
    r",[ \t]+(?=(?:mengatakan|mengungkapkan|meminta|menyampaikan|menjelaskan|menegaskan"
    r"|menyatakan|mengimbau|mengajak|menuturkan|menerangkan|menambahkan|mengucapkan"
    r"|menyebutkan|memaparkan|mengharapkan|menekankan|memastikan|membenarkan|mengapresiasi"
    r"|mengakui|berharap)\b)")
_COMMA_BEFORE_PREDICATE_RE = _PATTERNS.compile(
    r",[ \t]+(?=(?:me[a-z]{3,}|ber[a-z]{3,}|di[a-z]{4,}|akan|telah|sudah|terus|tengah"
    r"|sedang)(?![\w-]))")
"""A comma before a predicate: a *meN-*, *ber-* or *di-* verb or an aspect word."""
NOT_PREDICATE = frozenset({
    "melalui", "mewakili", "didampingi", "diwakili", "dibantu", "diikuti", "dihadiri",
    "disaksikan", "dipimpin", "bersama", "beserta", "berdasarkan", "berikut", "berbagai",
    "beberapa", "bertempat", "bertepatan", "menjelang", "mengingat", "mengenai", "menuju",
    "menurut", "diantaranya", "dimana", "disela", "disamping"})
"""Words of the shape of a verb that open an aside or a phrase after the comma
(*Kapolres Sukamaju, didampingi Wakapolres, meninjau …*; *…, berbagai pihak …*)."""
SUBJECT_WORD_RE = _PATTERNS.compile(r"(?:[A-Z]|\d)[\w/.’'-]*|\([A-Z][\w-]*\)")
NOT_SUBJECT_START_RE = _PATTERNS.compile(
    r"(?:Pada|Dalam|Di|Ke|Dari|Untuk|Selain|Bersama|Sejak|Saat|Usai|Setelah|Sebelum|Guna"
    r"|Demi|Terkait|Menurut|Sementara|Sedangkan|Sebagai|Atas|Oleh|Dengan|Bagi|Kepada"
    r"|Terhadap|Tentang|Hingga|Sampai|Mulai|Selama|Ketika|Sesuai|Seperti|Jika|Apabila"
    r"|Karena|Meski|Meskipun|Walaupun|Agar|Supaya|Sehingga|Namun|Adapun|Tahun|Hari|Kemarin"
    r"|Bulan|Pekan|Pagi|Siang|Sore|Malam|" + "|".join(DAYS) +
    r"|(?!(?:Menteri|Mendagri|Menko|Menkes|Menpora|Menhan|Mensos|Menkeu|Sekda|Sekdes"
    r"|Sekcam|Sekretaris|Setda|Serka|Serda|Sertu|Serma|Sersan|Tersangka|Terdakwa)\b)"
    r"(?:Me|Ber|Ter|Se)[a-z]{3,}|Di[a-z]{2,}(?:kan|i))")
"""A sentence that opens with a preposition, a conjunction, a time word or a verb
(*Pada Hari Senin, dilaksanakan …*, *Menjelang Idulfitri, …*) opens with an adverbial,
whose comma is right: only a name phrase is a subject. Offices, ranks and roles that
look like a prefixed word (*Menteri*, *Sekda*, *Serka*, *Tersangka*) are subjects."""
DEGREE_END_RE = _PATTERNS.compile(
    r"(?i:sh|sik|mh|msi|se|spd|sos|ssos|skom|st|mm|map|sip|mt|mpd|sag|shi|mkn|sstp|msc|skm"
    r"|mkes|sp|mhum|ssi|spdi|ip|md|ma|phd)|.*\.")
"""A subject that ends in a degree (*Budi Santoso SIK,*, *S.H.,*): the comma closes the
degrees, which EYD V sets off by commas, and is right."""
_REGION_CATEGORIES = frozenset({"provinsi", "kabupaten", "kota"})
_DEGREE_CLUSTER_RE = _PATTERNS.compile(
    r"(?<![\w.])([A-Z][a-z]{2,})(\.[ \t]*|,[ \t]*|[ \t]+)"
    r"([A-Z](?:[A-Za-z]{0,3}(?:\.[ \t]*|,[ \t]*|[ \t]+)[A-Za-z]){0,7}[A-Za-z]{0,3}\.?)"
    r"(?![\w])")
"""After a name: its separator and a cluster of degree pieces (*. S.H, M.H*, *.MM*,
*, SH.M.HUM*, * M.A.Ph.D.*); the pieces are matched against the degree table."""
_DEGREE_PIECE_RE = _PATTERNS.compile(r"[A-Za-z]{1,4}")


def title_case_line(text: str, position: int) -> bool:
    """Whether the line at ``position`` is a headline in title case (most words capital)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start:end if end >= 0 else len(text)].strip()
    if line.endswith((".", "?", "!")) or ". " in line:
        return False                         # a headline has no sentence in it
    words = [w for w in WORD_RE.findall(line) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def headline_line(text: str, position: int) -> bool:
    """A headline in title case or in capitals: it keeps the capitals of its words."""
    if title_case_line(text, position):
        return True
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    letters = [c for c in text[start:end if end >= 0 else len(text)] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def load_region_names(folder: Path | None = None) -> dict[str, str]:
    """Multi-word province, regency and city names (*Lampung Selatan*), keyed lower case:
    the Kemendagri list in ``resources/lexicon/wilayah.tsv``."""
    names: dict[str, str] = {}
    for name, category in read_table((folder or lexicon_dir()) / "wilayah.tsv"):
        if category in _REGION_CATEGORIES and " " in name:
            names[name.lower()] = name
    return names


def load_province_names(folder: Path | None = None) -> dict[str, str]:
    """Single-word province names (*Lampung*, *Aceh*), keyed lower case: none of them is
    a common word, so one written in lower case after *Polda* is a slip."""
    names: dict[str, str] = {}
    for name, category in read_table((folder or lexicon_dir()) / "wilayah.tsv"):
        if category == "provinsi" and " " not in name:
            names[name.lower()] = name
    return names


def load_office_titles(folder: Path | None = None) -> set[str]:
    """Single-word offices of ``sapaan.tsv`` (*Kepala*, *Bupati*, *Camat*): capitalised
    before a name, common nouns when they name no one (EYD V, I.E)."""
    path = (folder or lexicon_dir()) / "sapaan.tsv"
    if not path.exists():
        return set()
    return {entry for entry, category in read_table(path)
            if category == "sapaan-jabatan" and " " not in entry and entry[1:].islower()}


def load_established_words(folder: Path | None = None) -> set[str]:
    """The lexicon's established common words (``kata-mapan.tsv``: *patroli*, *mudik*):
    ordinary nouns and verbs, not jargon that sites capitalise by custom."""
    path = (folder or lexicon_dir()) / "kata-mapan.tsv"
    if not path.exists():
        return set()
    return {entry for entry, _category in read_table(path) if entry.islower()}


def load_proper_entries(folder: Path | None = None) -> set[str]:
    """Single-word entries the lexicon keeps capitalised (*Jumat*, *Kepala*, *Lebaran*):
    names in their own right, unlike a word that is only part of a longer name
    (*Kesehatan* in *BPJS Kesehatan*), which is a common word elsewhere."""
    paths = sorted((folder or lexicon_dir()).glob("*.tsv"))

    def build() -> set[str]:
        proper: set[str] = set()
        for path in paths:
            for entry, _category in read_table(path):
                if " " not in entry and entry[:1].isupper() and not entry.isupper():
                    proper.add(entry)
        return proper

    # kept whole in the user cache, keyed by the files' bytes: walking every lexicon row
    # was some 4 ms of every start
    return data_cache.snapshot("proper-entries-1", paths, build,
                               (__name__, "app.language.lexicon", "app.language.data_cache"),
                               lambda value: isinstance(value, set))


PASSIVE_ROOTS_FILE = "akar-pasif.txt"
"""Generated from the hunspell affix data by ``scripts/build_passive_roots.py``."""
_PASSIVE_PREFIXES = frozenset({"di", "me", "mem", "men", "meng", "meny", "menge"})
_PASSIVE_SUFFIX_RE = _PATTERNS.compile(r"#.*\((?:di|me|mem|menge|menye)-(?:i|kan)\)")


def load_passive_roots(folder: Path | None = None,
                       attested: frozenset[str] = frozenset()) -> dict[str, str]:
    """Roots that take the passive *di-* per hunspell id_ID's affix data: a root with a
    *di-* or *meN-* prefix flag, or a *di-/meN-…-i/-kan* suffix flag (*konfirmasi/M0* →
    *dikonfirmasi*, *hadir/…Di* → *dihadiri*). EYD V, II.A: the prefix is joined to them.

    Nouns take *meN-* too (*objek* → *mengobjekkan*), so a root counts bare (``polos``)
    only when its bare passive is ``attested`` in running text (*dikonfirmasi*, not
    *diobjek*); otherwise only with *-i*/*-kan* after it (``akhiran``)."""
    folder = folder or hunspell_dir()
    aff, dic = folder / "id_ID.aff", folder / "id_ID.dic"
    if not aff.exists() or not dic.exists():
        return {}
    flags: set[str] = set()
    for line in aff.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        prefix = len(parts) >= 4 and parts[0] == "PFX" and parts[2] != "Y" and \
            parts[3].split("/")[0] in _PASSIVE_PREFIXES
        suffix = len(parts) >= 3 and parts[0] == "SFX" and parts[2] == "Y" and \
            _PASSIVE_SUFFIX_RE.search(line) is not None
        if prefix or suffix:
            flags.add(parts[1])
    roots: dict[str, str] = {}
    for line in dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word, _, marks = line.partition("/")
        if not marks.strip() or not word.isalpha() or not word.islower():
            continue
        marks = marks.split()[0]
        if any(marks[i:i + 2] in flags for i in range(0, len(marks) - 1, 2)):
            roots[word] = "polos" if "di" + word in attested else "akhiran"
    return roots


def read_passive_roots(folder: Path) -> dict[str, str]:
    """The generated list of roots that take *di-*, each ``polos`` (bare) or ``akhiran``
    (only with *-i*/*-kan*); empty when the file is missing."""
    path = folder / PASSIVE_ROOTS_FILE
    if not path.exists():
        return {}
    return dict(data_cache.parsed(path, "passive-roots-1", _parse_passive_roots))


def _parse_passive_roots(text: str) -> dict[str, str]:
    """The rows ``read_table`` yields (two columns, stripped; comments, blank lines and
    lines with no entry skipped), as one dict: the form the cache keeps, so a process
    does not split 14,000 rows again. Self-contained: the cache key hashes this code."""
    roots: dict[str, str] = {}
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")] + ["", ""]
        if cells[0]:
            roots[cells[0]] = cells[1]
    return roots


def region_index(names: dict[str, str]) -> dict[str, int]:
    """First word of every multi-word region name → the most words a name has after it."""
    index: dict[str, int] = {}
    for key in names:
        first, *rest = key.split(" ")
        index[first] = max(index.get(first, 0), len(rest))
    return index


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _is_prose(line: str) -> bool:
    """A paragraph of sentences: long enough, mostly lower case, not a headline."""
    words = line.split()
    if len(words) < _MIN_PROSE_WORDS or _LABEL_START_RE.match(line.lstrip()):
        return False
    capitals = sum(1 for word in words if word[:1].isupper())
    if capitals < 0.5 * len(words):
        return True
    lower = sum(1 for word in words if word.isalpha() and word.islower())
    return len(words) >= _LONG_PROSE_WORDS and lower >= _LONG_PROSE_LOWER


def _dated_sentence(line: str) -> bool:
    """A long line ending in a day and a date (*…, Kamis (18/8/2022)*): a sentence of a
    lead, whatever number of names and places it holds."""
    words = line.split()
    return len(words) >= _MIN_PROSE_WORDS and not _LABEL_START_RE.match(line.lstrip()) and \
        _DATE_PARENS_RE.search(line.rstrip()) is not None and \
        any(word.islower() and word.isalpha() for word in words)


def _last_word_start(line: str) -> int | None:
    """Where the last run of non-blank characters of ``line`` starts, when only spaces
    and tabs follow it (what ``(\\S+)[ \\t]*$`` finds), read from the end: that regex's
    search tried every word of the line."""
    end = len(line.rstrip(" \t"))
    start = end
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    return None if start == end else start


_WORD_PARENS_RE = _PATTERNS.compile(r"[a-z,][ \t]+\([a-z][a-z ]{5,}\)\Z")
"""A sentence that ends in a gloss of common words in parentheses (*… milik warga
(pedagang)*): a closing note is initials or a code (*(san/jan)*, *(G-15)*), never this."""
_HEADLINE_MIN_WORDS = 3
_HEADLINE_MAX_WORDS = 17
"""A first line in title case of this many words is a headline; a longer one is a lead
sentence that names many people and places (*Kapolres … Jumat (23/8).*)."""
_HEADLINE_CAPITALS = 0.8
_HEADLINE_END_RE = _PATTERNS.compile(r"(?<![.\s])(?<!\b[A-Za-z])\.(?=[ \t]*\Z)")
"""One period after a word of two letters or more: not an ellipsis, not an initial."""
_DATE_IN_LINE_RE = _PATTERNS.compile(r"\(\d{1,2}[/.-]\d{1,2}")
_SENTENCE_INSIDE_RE = _PATTERNS.compile(r"[.!?:;][”\"’)]?[ \t]")
_INNER_PERIOD_RE = _PATTERNS.compile(r"\w\.\w")


def _headline_period(start: int, line: str) -> Iterator[Finding]:
    """*… Gotong Royong Bersihkan Saluran.* → no period: the first line of a text of several
    paragraphs, short and in title case (four in five words of four letters or more
    capitalised), is its headline. Not a line that holds a sentence end or a date in
    parentheses (a lead), nor one whose last word is an abbreviation (*S.H.*, *dkk.*)."""
    body = line.rstrip(" \t")
    words = body.split()
    if not _HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS:
        return
    end = _HEADLINE_END_RE.search(body)
    last = words[-1]
    if end is None or _SENTENCE_INSIDE_RE.search(body) or _DATE_IN_LINE_RE.search(body) \
            or _INNER_PERIOD_RE.search(last) or not (last[:1].isupper() or last[:1].isdigit()):
        return
    long_words = [w for w in WORD_RE.findall(body) if len(w) > 3]
    if len(long_words) < _HEADLINE_MIN_WORDS or \
            sum(w[:1].isupper() for w in long_words) < _HEADLINE_CAPITALS * len(long_words):
        return
    position = start + end.start()
    yield Finding(position, position + 1, ".", "style", RULE_HEADLINE_PERIOD,
                  "Judul tidak diakhiri tanda titik: titik ini dihapus.", ("",), "saran")


def final_period(text: str) -> Iterator[Finding]:
    """A paragraph of prose whose last sentence has no period: *… warga, Selasa (9/1/24)*.

    Only in a document of several paragraphs: a single field (a paragraph or a quotation
    in the form, whose closing punctuation the template writes) is not judged. Silent on
    the first line (a headline in sentence case), on lines ending in a quote, a colon or
    other punctuation, in a link, an e-mail address or a closing note (*(san/jan)*,
    *(\\*)*), and on short lines (captions, bylines, list items). Session 13: silent too
    where the next line goes on in lower case after one line break (a sentence broken
    across lines) and on a list item ending in *; dan* or *; atau* (full text of 250
    releases: 2 of the rule's 4 false alarms; neither shape among its 47 marked firings)."""
    if sum(1 for line in text.split("\n") if line.strip()) < 2:
        return
    first = True
    for start, end in _line_spans(text):
        line = text[start:end]
        if not line.strip():
            continue
        if first:
            first = False
            if ". " not in line.strip() and len(line.split()) < _MIN_LEAD_WORDS and \
                    not _DATELINE_RE.match(line.lstrip()):
                yield from _headline_period(start, line)
                continue                     # the headline
        if not _is_prose(line) and not _dated_sentence(line):
            continue
        last_start = _last_word_start(line)
        if last_start is None:
            continue
        last = line[last_start:len(line.rstrip(" \t"))]
        if last.endswith(")"):
            if not _DATE_PARENS_RE.search(last) and \
                    not _TRAILING_NOTE_RE.search(line.rstrip()) and \
                    not _WORD_PARENS_RE.search(line.rstrip()):
                continue                     # (*), (san/jan), (G-15), … aman. (Tomas)
        elif not last[-1:].isalnum() or any(c in last for c in "/@_") or \
                re.search(r"\w\.\w", last) or (last.isupper() and len(last) > 1):
            continue                         # punctuation, a link, a domain, initials
        if text[end:end + 1] == "\n" and text[end + 1:end + 2].islower():
            continue                         # the sentence goes on after a line break
        if last in ("dan", "atau") and line[:last_start].rstrip().endswith(";"):
            continue                         # a list item (…; dan), not a sentence's end
        if _SIGN_OFF_RE.search(line.rstrip()):
            continue                         # … ujarnya. Red: a sign-off after the end
        word_start = start + last_start
        fixed = last + "."
        yield Finding(word_start, word_start + len(last), last, "style", RULE_FINAL_PERIOD,
                      f"Kalimat diakhiri tanda titik: “{fixed}”.", (fixed,), "saran")


def unit_case(text: str, is_headline: Callable[[str, int], bool]) -> Iterator[Finding]:
    """*10 Ton beras*, *5 Kg*: a unit after a number is a common word or a symbol in lower
    case; a headline in title or capital case keeps its capitals."""
    for match in _UNIT_RE.finditer(text):
        unit = match.group(2)
        if is_headline(text, match.start()):
            continue
        fixed = unit.lower()
        yield Finding(match.start(2), match.end(2), unit, "style", RULE_UNIT_CASE,
                      f"Satuan ditulis dengan huruf kecil: “{fixed}”.", (fixed,))


def region_case(text: str, tokens: list[Token], index: dict[str, int],
                names: dict[str, str]) -> Iterator[Finding]:
    """*Lampung selatan*, *Bengkulu utara*: every word of a region's name is capitalised
    (EYD V, I.E nama geografi). Only when the first word is already capitalised, so that
    *jawa timur* in a URL slug or a lower-case line is not judged."""
    for position, token in enumerate(tokens):
        word = token.text
        longest = index.get(word.lower(), 0)
        if not longest or not word[:1].isupper() or word.isupper():
            continue
        for size in range(min(longest, len(tokens) - position - 1), 0, -1):
            run = tokens[position:position + size + 1]
            if any(text[a.end:b.start] not in (" ", "\t") for a, b in itertools.pairwise(run)):
                continue
            proper = names.get(" ".join(t.text.lower() for t in run))
            if proper is None:
                continue
            if [t.text for t in run] != proper.split():
                written = text[token.start:run[-1].end]
                yield Finding(token.start, run[-1].end, written, "style", RULE_REGION_NAME,
                              f"Setiap unsur nama wilayah ditulis dengan huruf kapital: "
                              f"“{proper}”.", (proper,), "saran")
            break


def degree_comma(text: str, degrees: set[str]) -> Iterator[Finding]:
    """*Syah Natanegara S.H.*: a standard degree straight after a full name wants a comma
    between them."""
    for match in _DEGREE_AFTER_NAME_RE.finditer(text):
        degree = match.group(2)
        if degree not in degrees:
            continue
        start = match.start(1) + match.group(1).rfind(" ") + 1
        name = text[start:match.end(1)]
        written = text[start:match.end()]
        fixed = f"{name}, {degree}"
        yield Finding(start, match.end(), written, "style", RULE_DEGREE_COMMA,
                      f"Gelar dipisahkan dari nama dengan koma: “{fixed}”.", (fixed,))


def degree_keys(degrees: set[str]) -> dict[str, str]:
    """Standard degrees keyed by their letters in lower case (*sik* → *S.I.K.*); where two
    spellings share the letters, the one with a period after every letter group wins."""
    keys: dict[str, str] = {}
    for degree in sorted(degrees, key=lambda d: -d.count(".")):
        keys.setdefault(degree.replace(".", "").lower(), degree)
    return keys


def _segment(pieces: list[str], keys: dict[str, str]) -> list[str] | None:
    """The fewest standard degrees whose letters spell ``pieces`` in order, or ``None``."""
    best: list[list[str] | None] = [[]] + [None] * len(pieces)
    for end in range(1, len(pieces) + 1):
        for start in range(max(0, end - 4), end):
            head = best[start]
            degree = keys.get("".join(pieces[start:end]).lower())
            if head is not None and degree is not None and (
                    best[end] is None or len(head) + 1 < len(best[end] or [])):
                best[end] = [*head, degree]
    return best[-1]


def degree_run(text: str, keys: dict[str, str]) -> Iterator[Finding]:
    """*Mike Kurniawan. S.H, M.H*, *Yuslinda.MM*, *Karnavian M.A.Ph.D.*, *Sutarmidji,
    SH.M.HUM*: degrees after a name written with a period for the comma, pieces run
    together or periods missing. Judged only when every piece is part of a known degree
    and the run has a period in it (bare runs, *Budi SH*, are the bare-degree rule's)."""
    for match in _DEGREE_CLUSTER_RE.finditer(text):
        name, separator, cluster = match.group(1), match.group(2), match.group(3)
        sentence_break = separator.startswith(".") and len(separator) > 1
        if "." not in (cluster if sentence_break else separator + cluster):
            continue                         # Budi. MA menolak: a new sentence
        name_start = match.start(1)
        pieces = _DEGREE_PIECE_RE.findall(cluster)
        degrees = None
        while pieces and degrees is None:
            degrees = _segment(pieces, keys)
            if degrees is None:
                pieces = pieces[:-1]        # a word after the degrees: *M.H melalui*
        if not degrees:
            continue
        end = match.start(3)
        for piece in pieces:                # the end of the last matched piece
            end = text.index(piece, end) + len(piece)
        if text[end:end + 1] == ".":
            end += 1
        written = text[name_start:end]
        fixed = name + ", " + ", ".join(degrees)
        if written == fixed or (written.endswith(".") is False and written + "." == fixed
                                and text[end:end + 1] in ("", "\n")):
            continue
        yield Finding(name_start, end, written, "style", RULE_DEGREE_RUN,
                      f"Gelar ditulis dengan titik dan dipisahkan koma: “{fixed}”.", (fixed,))


def function_word_case(text: str, is_headline: Callable[[str, int], bool]) -> Iterator[Finding]:
    """*Polri Bersama TNI*, *Sumardi, Bahwa*: a conjunction or preposition in the middle of
    a sentence is lower case, also inside names (*Badan Kesatuan Bangsa dan Politik*).
    Headlines and quoted titles (*tema “Dengan Semangat …”*: every word capitalised up to
    it) follow their own case; quoted speech (*“Patroli malam Minggu Untuk …*) is prose."""
    for match in scan(_FUNCTION_WORD_RE, text):
        if is_headline(text, match.start()):
            continue
        if text[match.start(1) - 2:match.start(1)] == ", " and \
                dateline_comma(text, match.start(1) - 2):
            continue                         # KOTABARU, Dalam rangka: the body's first word
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start:match.start()]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            opened = max(before.rfind("“"), before.rfind('"'))
            if not any(part[:1].islower() for part in before[opened + 1:].split()):
                continue                     # a quoted title; quoted speech is prose
        word = match.group(1)
        fixed = word.lower()
        yield Finding(match.start(1), match.end(1), word, "style", RULE_FUNCTION_WORD,
                      f"Kata tugas di tengah kalimat ditulis dengan huruf kecil: “{fixed}”.",
                      (fixed,))


_INITIAL_RANKS = ("ipda", "iptu", "akp", "akbp", "kompol", "kombes", "aipda", "aiptu", "bripka",
                  "brigpol", "briptu", "bripda", "irjen", "brigjen")
"""Polri ranks written with a period (*IPDA.*), lower-cased: entries of ``pangkat.tsv``
(``tests/language/test_rank_lists.py`` keeps them there), yet not read from it. The table
also lists TNI ranks and corps and group words that are words or names as well (*Pol*,
*Pati*, *Perwira*): with all its entries *Kombes Pol. Hadi Wahyudi, menjelaskan* (a tuning
release) lost its true finding, the period after *Pol* read as a rank's."""
_INITIAL_END_RE = _PATTERNS.compile(
    r"(?:^|[\s(])(?:[A-Z]|(?i:" + "|".join((*_INITIAL_RANKS, "drs", "dr", "ir", "hj")) + r"))\Z")
"""*H.*, *A.*, *IPDA.*, *Drs.* before a period: an initial's, a rank's or a title's period,
not a sentence's (*Bupati Contoh, H. Budi Santoso, memimpin …*: the apposition opened
before it)."""
_TNI_RANKS = ("Letda|Lettu|Kapten|Mayor|Letkol|Kolonel|Serda|Sertu|Serka|Serma|Pelda|Peltu"
              "|Praka|Pratu|Prada|Kopda|Koptu|Kopka")
_TNI_CORPS = "Inf|Kav|Arh|Arm|Czi|Cpl|Chb|Ckm|Cku|Cpm|Caj|Ctp|Chk|Mar|Pnb|Tek|Adm|Kes"
_RANK_CORPS_END_RE = _PATTERNS.compile(
    r"(?i:\b(?:" + "|".join(_INITIAL_RANKS) + r")\.?[ \t]+pol)\Z"
    r"|\b(?:" + _TNI_RANKS + r")[ \t]+(?:" + _TNI_CORPS + r")\Z")
"""*Irjen Pol.*, *Kombes. Pol.* before a period: the corps word *Pol* shortened right after a
Polri rank, so the period is an abbreviation's and the apposition opened before the rank
(*Kapolda Contoh, Irjen Pol. Budi Santoso, menjelaskan*). Session 13: full text of 250
releases, 3 of the rule's 4 false alarms (Irjen Pol., Kombes Pol., Kombes. Pol.); likewise
a TNI corps after a rank (*Komandan Pos Contoh, Lettu Inf. Budi, menegaskan*: raw15)."""
_ASIDE_IN_SUBJECT_RE = _PATTERNS.compile(r"(?i:melalui|didampingi|mewakili)")
"""*Kapolres Contoh AKBP Budi Melalui Kapolsek Sukamaju Iptu Rudi, menyatakan …*: the subject
holds an aside (the officer who speaks for the chief), whose end the comma marks
(full text of 250 releases: 1 of the rule's 4 false alarms)."""
_DOMAIN_AFTER_RE = _PATTERNS.compile(r"[a-z]+\.[a-z]")
"""*Sumbawa Besar, mediasumbawa.com – …*: a site's name after a dateline, not a verb."""


def subject_comma(text: str) -> Iterator[Finding]:
    """*Kapten Nanang Subardi, meminta …*, *Polres Sukamaju, menggelar …*: a comma between
    a subject that opens the sentence (a name phrase: a unit, an office, a person with
    rank) and its predicate (a verb of saying, a *meN-*, *ber-*, *di-* verb, or *akan*,
    *telah*, *sudah*, *terus*). Silent when the comma closes an apposition (*Kapolres
    Sukamaju, AKBP Rudi, mengatakan*): the subject then holds a comma, and only a run of
    capitalised words from the start of the sentence (or after a dateline's dash) is
    judged; silent when the sentence opens with a preposition, a conjunction or a verb,
    or the word after the comma opens an aside (*didampingi*, *melalui*)."""
    for match in _comma_before_predicate(text):
        start = match.start()
        cut = max(text.rfind(mark, 0, start) for mark in ".!?\n,;:“”\"–—")
        subject = text[cut + 1:start]
        mark = text[cut] if cut >= 0 else ""
        if mark in (",", ";", ":", "“", '"') or (
                mark == "." and not text[cut + 1:cut + 2].isspace()) or (
                mark == "." and _INITIAL_END_RE.search(text, max(0, cut - 8), cut)) or (
                mark == "." and _RANK_CORPS_END_RE.search(text, max(0, cut - 16), cut)) or \
                _DOMAIN_AFTER_RE.match(text, match.end()):
            continue                         # an apposition, a quotation, an abbreviation
        words = subject.split()
        if len(words) < 2 or not all(SUBJECT_WORD_RE.fullmatch(w) for w in words) or \
                NOT_SUBJECT_START_RE.fullmatch(words[0]) or DEGREE_END_RE.fullmatch(words[-1]) or \
                any(_ASIDE_IN_SUBJECT_RE.fullmatch(word) for word in words[1:]):
            continue
        finding = subject_comma_finding(text, start, words[-1], RULE_SUBJECT_COMMA)
        if finding is not None:
            yield finding


def subject_comma_finding(text: str, start: int, last: str, rule: str) -> Finding | None:
    """The comma at ``start`` after the subject's last word, to drop; ``None`` when a space
    stands before the comma (*Subardi , meminta*: the spacing rule's slip)."""
    word_start = start - len(last)
    if text[word_start:start] != last:
        return None
    return Finding(word_start, start + 1, f"{last},", "style", rule,
                   f"Subjek dan predikat tidak dipisahkan koma: “{last}”.", (last,), "saran")


def _comma_before_predicate(text: str) -> Iterator[re.Match[str]]:
    """Commas before a verb of saying or another predicate, in text order, each once."""
    seen: set[int] = set()
    matches = [*_COMMA_BEFORE_VERB_RE.finditer(text)]
    for match in _COMMA_BEFORE_PREDICATE_RE.finditer(text):
        following = text[match.end():match.end() + 20].split(None, 1)
        if following and following[0].rstrip(".,;:") not in NOT_PREDICATE:
            matches.append(match)
    for match in sorted(matches, key=lambda m: m.start()):
        if match.start() not in seen:
            seen.add(match.start())
            yield match
