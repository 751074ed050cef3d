"""KBBI's non-standard forms that hunspell accepts (*pemukiman*, *memperbaharui*, *kaos*).

Hunspell's 2014 dictionary lists many forms KBBI VI gives as *bentuk tidak baku*, so the
spelling rule never sees them. The reviewed pairs and their affixed forms
(``resources/bahasa/tidak-baku-diterima-bentuk.tsv``, built by
``scripts/build_nonstandard_list.py``) are found here under the style rule
*bentuk-tidak-baku*, the standard form first, case kept (*Seijin* → *Seizin*). A form
that is also a word with another meaning (*pemukiman*) is a ``saran``.

A capitalised form inside a name is left alone, as the other tables leave it (EYD V,
I.E: a name is written as it is named): one beside another capitalised word (*Desa
Pagelaran*, *Pagelaran Seni Budaya*), a Kemendagri place word, and an ALL-CAPS word on
its own (an acronym may share the letters). An ALL-CAPS headline is checked as text is,
and so is the first word of a sentence before a lowercase word.

*antara … dengan* for the correlative pair *antara … dan* is not flagged: readers of real
releases marked it in 3 of 13 firings on the tuning half and 0 of 5 on the full text of 150
releases (the pair is widespread in published prose and KBBI VI gives no ruling on it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Set
from functools import lru_cache

from app.language.finding import Finding
from app.language.lexicon import read_table, style_dir
from app.language.spans import Spans
from app.language.tokens import Token, is_capitalized, match_case
from app.language.vocabulary import accepted_nonstandard

RULE = "bentuk-tidak-baku"
"""The style rule of the KBBI table (``style.RULE_NONSTANDARD``)."""
SENTENCE_ENDS = ".!?\n"

EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE: (("Warga memperbaharui data kependudukan di kantor desa.",
            "Petugas membagikan kaos kepada peserta jalan sehat.",
            "Seijin pemilik lahan, tim memasang tenda darurat.",
            "Pengunjung pasar malam membludak sejak sore.",
            "Jaringan baru di desa menambah konektifitas warga.",
            "Program unggulan desa, yaitunya pasar murah, dibuka pagi ini.",
            "Warga berkumpul di pendopo kabupaten untuk rapat."),
           ("Warga memperbarui data kependudukan di kantor desa.",
            "Panitia menggelar lomba di Lapangan Desa Pagelaran.",
            "Bupati menerima rombongan pelajar di Pendopo Kabupaten Sukamaju.",
            "Petugas membagikan kaus kepada peserta jalan sehat.",
            "Ronda malam mempererat hubungan antara warga dan petugas.",
            "Ronda malam mempererat hubungan antara warga dengan petugas.",
            "Hadiah diberikan di antara peserta dengan nilai tertinggi.")),
}
"""Sentences the rule must flag, and sentences it must leave alone (tests run them)."""


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, str]]:
    """The bundled forms: lowercase form -> (standard form, severity)."""
    return accepted_nonstandard()


def find(text: str, tokens: list[Token], earlier: list[Finding],
         is_place: Callable[[str], bool], forms: dict[str, tuple[str, str]] | None = None
         ) -> Iterator[Finding]:
    """Findings for the table's forms among ``tokens`` not already covered by ``earlier``."""
    forms = table() if forms is None else forms
    taken: Spans | None = None
    for index, token in enumerate(tokens):
        lowered = token.text.lower()
        entry = forms.get(lowered) or CONJUNCTION_CLITICS.get(lowered) or \
            _absorbed_suffix(lowered)
        if entry is None or (token.text.isupper() and not _in_caps_line(tokens, index)):
            continue
        if taken is None:
            taken = Spans((f.start, f.end) for f in earlier)
        if taken.overlaps(token.start, token.end):
            continue
        if is_capitalized(token.text) and in_name(text, tokens, index, is_place):
            continue
        right = match_case(token.text, entry[0])
        if entry[1] == "saran":              # a word of its own too: the reader decides
            yield Finding(token.start, token.end, token.text, "style", RULE,
                          f"Kemungkinan bentuk tidak baku; KBBI memakai “{right}” "
                          "(periksa maknanya).", (right,), severity="saran")
        else:
            yield Finding(token.start, token.end, token.text, "style", RULE,
                          f"Bentuk tidak baku; bentuk baku menurut KBBI: “{right}”.", (right,))


def _absorbed_suffix(word: str) -> tuple[str, str] | None:
    """*-ifitas* for *-ivitas* in any word (*konektifitas*, *beraktifitas*): English
    *-ivity* is absorbed as *-ivitas* (Pedoman Umum Pembentukan Istilah, penyerapan akhiran
    *-ivity*; KBBI VI: aktivitas, kreativitas, konektivitas); no Indonesian word ends in
    *-ifitas*, so the class needs no list."""
    if "ifitas" not in word:
        return None
    return (word.replace("ifitas", "ivitas"), "kesalahan")


CONJUNCTIONS = frozenset({
    "yaitu", "yakni", "ialah", "adalah", "serta", "tetapi", "namun", "sehingga", "agar",
    "supaya", "maupun", "ataupun", "melainkan", "sedangkan", "apabila", "walaupun",
    "meskipun"})
"""Conjunctions (KBBI VI, kelas kata *p*/konjungsi) that are no other word class: the
enclitic *-nya* goes with nouns, verbs, adjectives, prepositions and some adverbs
(*padanya*, *rupanya*), never with these. *karena* and *sebab* are left out: *karenanya*
and *sebabnya* are words."""


CONJUNCTION_CLITICS: dict[str, tuple[str, str]] = {
    f"{word}nya": (word, "kesalahan") for word in CONJUNCTIONS}
"""*yaitunya*, *sehingganya* → *yaitu*, *sehingga*: *-nya* on a conjunction (Tata Bahasa
Baku Bahasa Indonesia: *-nya* is an enclitic of content words), looked up as the table is."""


LOAN_ROOT_SUFFIXES = ("kannya", "inya", "nya", "kan", "i", "")
MIN_LOAN_ROOT = 5


def loan_root(rest: str, is_word: Callable[[str], bool]) -> bool:
    """Whether ``rest`` (what follows *meN-*/*peN-*, its first k, p, t or s kept) is a
    dictionary word of five letters or more, with or without *-kan*/*-i*/*-nya*: a loanword
    root whose affixed forms hunspell does not list (*komparasi*: *mengkomparasi* →
    *mengomparasi*). KBBI melts these as it melts native roots (KBBI VI: mengonsumsi,
    memopulerkan); *per-* opens a prefix (*memperat* is a slip of *mempererat*)."""
    lowered = rest.lower()
    if lowered.startswith("per"):
        return False
    return any(lowered.endswith(suffix) and len(lowered) - len(suffix) >= MIN_LOAN_ROOT and
               is_word(lowered[:len(lowered) - len(suffix)]) for suffix in LOAN_ROOT_SUFFIXES)


def in_name(text: str, tokens: list[Token], index: int,
            is_place: Callable[[str], bool]) -> bool:
    """Whether a capitalised form stands in a name: beside another capitalised word (not
    across a sentence end), or a place word anywhere but at a sentence's start."""
    token = tokens[index]
    opens = opens_sentence(text, token.start)
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and _adjacent(text, token, after) and is_capitalized(after.text):
        return True
    if opens:
        return False
    before = tokens[index - 1] if index else None
    if before is not None and _adjacent(text, before, token) and is_capitalized(before.text):
        return True
    return is_place(token.text)


def in_person_name(text: str, tokens: list[Token], index: int, heads: Set[str],
                   is_common: Callable[[str], bool]) -> bool:
    """Whether a capitalised form is part of a person's name: right after a rank or title
    (*Bripka Ramadhan*), or after one given name that follows one (*Ipda Rievky
    Ramadhan*). Narrower than ``in_name``: readers mark a non-standard word that opens a
    building's or a body's name (*Komplek Islamic Center*, *Orwil Propinsi Kalbar*), but
    a person's name is written as the person writes it (EYD V, I.E). A word before a
    figure counts something (*Gubernur Nomer 73*) and is no name."""
    before = tokens[index - 1] if index else None
    if before is None or not _adjacent(text, before, tokens[index]) or \
            opens_sentence(text, tokens[index].start) or \
            _before_figure(text, tokens[index]):
        return False
    if before.text in heads:
        return True
    head = tokens[index - 2] if index > 1 else None
    return head is not None and head.text in heads and _adjacent(text, head, before) and \
        is_capitalized(before.text) and not before.text.isupper() and \
        not is_common(before.text)


NAME_SPELLINGS_FILE = "baku-nama.txt"
"""``baku.tsv`` forms that proper names keep (*Pendopo Kabupaten*, *Desa Bhakti Jaya*)."""


@lru_cache(maxsize=1)
def name_spellings() -> frozenset[str]:
    """The lowercase forms of ``NAME_SPELLINGS_FILE`` (empty when the file is missing)."""
    path = style_dir() / NAME_SPELLINGS_FILE
    if not path.exists():
        return frozenset()
    return frozenset(word.lower() for (word,) in read_table(path, columns=1))


def in_own_name(text: str, tokens: list[Token], index: int,
                is_common: Callable[[str], bool]) -> bool:
    """Whether a capitalised old or regional spelling that names keep (``baku-nama.txt``:
    *Pendopo*, *Bhakti*) stands inside a name, where EYD V (I.E) writes a name as it is
    named: mid-sentence, before another capitalised word (*Pendopo Kecamatan Sukamaju*,
    *Bhakti Jaya*) or after a capitalised word that is no common word (*Umpu Bhakti*).
    After a common word it is the common compound capitalised (*Kerja Bhakti*, KBBI VI
    *kerja bakti*) and is still flagged, as are the lowercase and sentence-initial forms."""
    token = tokens[index]
    if not is_capitalized(token.text) or token.text.lower() not in name_spellings() or \
            opens_sentence(text, token.start):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and _adjacent(text, token, after) and is_capitalized(after.text):
        return True
    before = tokens[index - 1] if index else None
    return before is not None and _adjacent(text, before, token) and \
        is_capitalized(before.text) and not is_common(before.text)


def _before_figure(text: str, token: Token) -> bool:
    """A word right before a figure counts something (*Peraturan Gubernur Nomer 73*,
    *Pasal 5*): a noun, not a person's name."""
    return text[token.end:token.end + 2].lstrip(" ")[:1].isdigit()


def _in_caps_line(tokens: list[Token], index: int) -> bool:
    """An ALL-CAPS word beside another ALL-CAPS word: a headline, checked as words are; on
    its own it may be an acronym (EYD V, I.E)."""
    return any(0 <= other < len(tokens) and len(tokens[other].text) > 1 and
               tokens[other].text.isupper() for other in (index - 1, index + 1))


def _adjacent(text: str, first: Token, second: Token) -> bool:
    """Two words separated by spaces only (a comma or a full stop ends a name)."""
    return not text[first.end:second.start].strip(" ")


def opens_sentence(text: str, start: int) -> bool:
    head = text[:start].rstrip(" \"“'‘(")
    return not head or head[-1] in SENTENCE_ENDS
