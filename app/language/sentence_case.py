"""Capitals a sentence asks for whatever its words are (EYD V, I.E Huruf Kapital).

- ``kapital-kata-ganti-anda``: the pronoun *Anda* is always capitalised, wherever it
  stands (EYD V, I.E: *huruf kapital dipakai sebagai huruf pertama kata ganti Anda*):
  *kendaraan anda* → *kendaraan Anda*;
- ``kapital-awal-kalimat``: a sentence opened in lower case after the full stop (or
  question or exclamation mark) that closed the one before: *… Kabupaten Asahan. acara
  ini berlangsung …* → *Acara*. The stop must close a word written in full: not an
  abbreviation the lexicon lists (*dll.*, *Kec.*, *Dr.*), not a dotted one (*M.Hum.*),
  not an initial, not a short capitalised word no dictionary knows (*Gg.*, *Kav.*). The
  lower-case word must be a common word (a domain's *com* is not), and not a verb of
  saying (*berlangsung. ujar Kapolres*: the stop should have been a comma, which the
  punctuation rules say);
- ``kapital-awal-petikan``: a direct quotation opened after a comma in lower case:
  *membacakan amanat Kapolri, “sebagaimana …”* → *“Sebagaimana* (EYD V, I.E: *huruf
  kapital dipakai sebagai huruf pertama awal kalimat dalam petikan langsung*; the mark
  after the sentence's end or a colon is ``kapital-tengah-kalimat``'s). Only where the
  quotation closes later in the paragraph, holds four words or more (a short one is a
  term or a title: *tema, “desa bersih”*) and its first word is no verb of saying or
  word in *-nya* (*…, “ujarnya.*: a closing mark typed as an opening one, a punctuation
  slip).

The pronoun rule is certain; the sentence rule is a ``saran``: an abbreviation the lexicon
does not know may end in a stop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Set

from app.language import saying
from app.language.finding import Finding
from app.language.module_regex import ModulePatterns
from app.language.regex_starts import scan

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_ANDA = "kapital-kata-ganti-anda"
RULE_SENTENCE_LOWER = "kapital-awal-kalimat"
RULE_QUOTE_LOWER = "kapital-awal-petikan"
DESCRIPTIONS: dict[str, str] = {
    RULE_ANDA: "Kata ganti Anda selalu ditulis dengan huruf kapital (kendaraan Anda)",
    RULE_SENTENCE_LOWER: "Kalimat sesudah tanda titik, tanda tanya, atau tanda seru dimulai "
                         "dengan huruf kapital (… di Asahan. Acara ini …)",
    RULE_QUOTE_LOWER: "Petikan langsung sesudah koma diawali huruf kapital (kata Camat, "
                      "“Warga …”)",
}
SOURCES: dict[str, str] = {
    RULE_ANDA: "EYD V, I.E Huruf Kapital (huruf kapital dipakai sebagai huruf pertama kata "
               "ganti Anda); KBBI VI daring: Anda pron",
    RULE_SENTENCE_LOWER: "EYD V, I.E Huruf Kapital (huruf kapital dipakai sebagai huruf "
                         "pertama kata pada awal kalimat); III.A Tanda Titik (dipakai pada "
                         "akhir kalimat pernyataan)",
    RULE_QUOTE_LOWER: "EYD V, I.E Huruf Kapital (huruf kapital dipakai sebagai huruf "
                      "pertama awal kalimat dalam petikan langsung: Adik bertanya, “Kapan "
                      "kita pulang?”)",
}
SOFT_RULES = frozenset({RULE_SENTENCE_LOWER, RULE_QUOTE_LOWER})
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_ANDA: (
        ("Jangan tinggalkan kunci di kendaraan anda saat parkir.",
         "Tugas anda ini penting bagi warga desa, kata Camat.",
         "anda bisa melapor ke pos terdekat."),
        ("Jangan tinggalkan kunci di kendaraan Anda saat parkir.",
         "Lagu itu dinyanyikan oleh Ananda Putri dari sanggar desa.",
         "Hubungi layanan di lapor.anda.example untuk bertanya.")),
    RULE_SENTENCE_LOWER: (
        ("Lomba perahu dibuka di Kabupaten Lontar. acara ini berlangsung meriah.",
         "Gubernur memuji pengelola pasar saat ini. kemudian ia meninjau kios.",
         "Silakan temui para kepala dinas yang ikut bersama saya. ada juga camat.",
         "Warga membawa beras, sayur, dan lain-lain. nanti semua dibagikan."),
        ("Lomba perahu dibuka di Kabupaten Lontar. Acara ini berlangsung meriah.",
         "Peserta membawa alat tulis, buku, dll. untuk dipakai di kelas.",
         "Ia tinggal di Kec. tanjung dan bekerja di Jl. mawar.",
         "Gelar itu diraih Rudi Hartono, M.Hum. bersama rekan sejawatnya.",
         "Kantor berada di Gg. melati nomor 4.",
         "Kegiatan berjalan lancar. ujar Kapolsek kepada wartawan.",
         "Berita lengkap ada di lontarnews. com dan laman desa.")),
    RULE_QUOTE_LOWER: (
        ("Saat membacakan amanat Bupati, “sebagaimana kita ketahui, banjir datang tiap "
         "tahun,” katanya.",
         "Kepala dinas menegaskan, \"pasar ini harus bersih setiap hari.\""),
        ("Saat membacakan amanat Bupati, “Sebagaimana kita ketahui, banjir datang tiap "
         "tahun,” katanya.",
         "Warga diminta menjaga kebersihan pasar, “ujarnya.",
         "Lomba bertema, “desa bersih” itu diikuti sepuluh desa, “tambahnya.",
         "Pasar itu kini bersih, “pungkas Camat di hadapan pedagang.")),
}
"""Wrong and right examples of each rule: the tests run them (``test_rule_examples.py``)."""

_ANDA_RE = _PATTERNS.compile(r"(?<![\w@/.-])anda(?![\w@/-]|\.[^\W\d_])")
"""*anda* as a word of its own (not *Ananda*, not part of a domain *lapor.anda.example*)."""
_SENTENCE_END_RE = _PATTERNS.compile(r"[.!?][ \t]+(?=[a-z])")
"""A stop, blanks, a lower-case letter: the places the sentence rule looks at."""
_SAYING_RE = _PATTERNS.compile(
    r"(?:(?:" + saying.alternation(saying.roots(add=("pesan", "ajak")))
    + r")(?:nya)?|bahwa|mengatakan|mengungkapkan|menyampaikan"
    r"|menjelaskan|menegaskan|menuturkan|menambahkan|menerangkan|menyebutkan|memaparkan"
    r"|menyatakan)(?![\w-])")
"""Words that go on the sentence before the stop (*berlangsung. ujar Kapolres*,
*mengatakan. bahwa*, *AKP Zulkifli HRP. mengungkapkan*): the stop is the slip (a comma,
or none), not the lower case."""
_QUOTE_AFTER_COMMA_RE = _PATTERNS.compile(r",[ \t]*([“\"])([a-z]+)(?![\w-])")
"""An opening mark after a comma, then a lower-case word."""
_DOMAIN_PARTS = frozenset({"com", "co", "id", "net", "org", "go", "ac", "sch", "or", "web",
                           "info", "my", "biz", "news", "tv"})
"""Parts of a web address typed with a blank after its dot (*lontarnews. com*)."""
_OPENS_WORD = frozenset(" \t\n\"“”‘’'(")
"""What may stand before the word the stop closes (not a period: *M.Hum.*; not a slash
or an at sign: an address)."""


def anda_lower(text: str) -> Iterator[Finding]:
    """``kapital-kata-ganti-anda``: *anda* written in lower case."""
    if "anda" not in text:
        return
    for match in scan(_ANDA_RE, text):
        yield Finding(match.start(), match.end(), match.group(), "style", RULE_ANDA,
                      "Kata ganti Anda ditulis dengan huruf kapital: “Anda”.", ("Anda",))


def _word_before(text: str, end: int) -> tuple[int, str]:
    """The word (letters and hyphens) that ends at ``end``, with its start."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    return start, text[start:end]


def _closes_sentence(word: str, abbreviations: Set[str],
                     is_word: Callable[[str], bool]) -> bool:
    """Whether a stop after ``word`` (written in full) ends a sentence, not an
    abbreviation: a lower-case or capitalised word that is no listed abbreviation; a
    short capitalised word only when the dictionary knows it (*Gg.*, *Kav.* are
    abbreviations); an acronym of three letters or more (*WIB.*, *TNI.*)."""
    if len(word) < 2 or not word[:1].isalpha() or not word[-1:].isalpha():
        return False
    if word.lower() in abbreviations:
        return False
    if word.isupper():
        return len(word) >= 3
    if len(word) <= 4:
        return is_word(word.lower())
    return word.islower() or word[:1].isupper()


def lower_after_stop(text: str, abbreviations: Set[str],
                     is_word: Callable[[str], bool]) -> Iterator[Finding]:
    """``kapital-awal-kalimat``: *… Asahan. acara ini …*: the word after the stop that
    closes a sentence opens the next one with a capital."""
    for match in scan(_SENTENCE_END_RE, text):
        stop = match.start()
        start, word = _word_before(text, stop)
        if start > 0 and text[start - 1] not in _OPENS_WORD:
            continue                         # M.Hum., a.n., lapor@desa.id
        if not _closes_sentence(word, abbreviations, is_word):
            continue
        after = match.end()
        end = after
        while end < len(text) and text[end].isalpha():
            end += 1
        following = text[after:end]
        if not following.islower() or len(following) < 2 or following in _DOMAIN_PARTS or \
                _SAYING_RE.fullmatch(following) or not is_word(following):
            continue
        if text[end:end + 1] in ("-", "@", "/") or (
                text[end:end + 1] == "." and text[end + 1:end + 2].isalpha()):
            continue                         # an address or a compound cut here
        fixed = following[:1].upper() + following[1:]
        yield Finding(after, end, following, "style", RULE_SENTENCE_LOWER,
                      f"Kalimat baru dimulai dengan huruf kapital: “{fixed}”.", (fixed,),
                      severity="saran")


def quote_opens_lower(text: str, is_word: Callable[[str], bool]) -> Iterator[Finding]:
    """``kapital-awal-petikan``: *…, “sebagaimana …”* → *“Sebagaimana*."""
    for match in scan(_QUOTE_AFTER_COMMA_RE, text):
        word = match.group(2)
        if _SAYING_RE.fullmatch(word) or word.endswith("nya") or not is_word(word):
            continue
        paragraph_end = text.find("\n", match.end())
        rest = text[match.end():paragraph_end if paragraph_end >= 0 else len(text)]
        closing = rest.find("”" if match.group(1) == "“" else '"')
        if closing < 0:
            continue                         # never closed: a closing mark typed wrong
        if len(rest[:closing].split()) < 3:
            continue                         # “desa bersih”: a term or a title, no speech
        fixed = word[:1].upper() + word[1:]
        yield Finding(match.start(2), match.end(2), word, "style", RULE_QUOTE_LOWER,
                      f"Petikan langsung diawali huruf kapital: “{fixed}”.", (fixed,),
                      severity="saran")


def check(text: str, abbreviations: Set[str], is_word: Callable[[str], bool]
          ) -> Iterator[Finding]:
    """Both rules over one text; ``abbreviations``: the lexicon's, lower case, without
    their stops."""
    yield from anda_lower(text)
    yield from lower_after_stop(text, abbreviations, is_word)
    yield from quote_opens_lower(text, is_word)
