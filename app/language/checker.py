"""The façade the UI and the CLI call: plain text in, findings with offsets out."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from app.base.calendar_words import MONTHS
from app.language import data_cache
from app.language.affixes import (
    FUNCTION_WORDS,
    AffixAnalyzer,
    clitic_after_capitals,
    men_form,
)
from app.language.agency_acronyms import field_clippings, is_office_acronym
from app.language.capitals import CapitalRules
from app.language.context import (
    ADMIN_TRIGGERS,
    PLACE_TRIGGERS,
    REGION_CATEGORIES,
    UNIT_TRIGGERS,
    defined_terms,
    foreign_phrase_spans,
    link_spans,
    name_positions,
    right_in_place,
    skip_spans,
)
from app.language.credit_lines import credit_line_spans
from app.language.data_cache import module_bytes
from app.language.defined_acronyms import lowercase_acronyms
from app.language.finding import Finding
from app.language.letter_slips import MESSAGES as LETTER_MESSAGES
from app.language.letter_slips import (
    LetterSlip,
    digit_for_letter,
    foreign_letter,
    l_for_capital_i,
)
from app.language.lexicon import CaseAwareWords, Lexicon, read_table, style_dir
from app.language.module_regex import ModulePatterns
from app.language.one_edit_index import OneEditIndex
from app.language.ranking import likelihood
from app.language.realword import RULE_REAL_WORD, RealWordSlips, meant_case, slip_message
from app.language.refine import fit_to_context
from app.language.regex_starts import scan
from app.language.report import WORD_RULES
from app.language.spans import Spans
from app.language.spelling import SpellBackend
from app.language.style import RULE_FOREIGN, RULE_NONSTANDARD, StyleChecker, StyleData
from app.language.suggest import Suggester
from app.language.tokens import (
    Token,
    is_all_caps,
    is_capitalized,
    is_roman_numeral,
    match_case,
    tokenize,
    word_list,
)
from app.language.typo_evidence import RANK_CATEGORIES, document_typos, regional_variant
from app.language.userdict import PersonalDictionary, TeamDictionary
from app.language.vocabulary import Vocabulary, edits1

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

logger = logging.getLogger(__name__)
_T = TypeVar("_T")

RULE_SPELLING = "ejaan"
RULE_CAPITAL = "huruf-kapital"

_ABBREVIATION_RE = _PATTERNS.compile(r"(?<![\w.])(?:[A-Za-z]{1,5}\.)+(?:[A-Za-z]{1,5}\.?)?")
_INITIALS_BEFORE = _PATTERNS.compile(
    r"(?:inisial|berinisial|Inisial|Berinisial)[ \t]+(?:[A-Z][A-Za-z]{0,3}\.?"
    r"(?:[ \t]\(\d{1,2}\))?,?[ \t]+(?:(?:dan|serta)[ \t]+)?)*$")
"""*berinisial* and the initials listed after it (*berinisial AS (31), Sl, dan Ur*)."""
_INITIALS_AFTER = _PATTERNS.compile(r"^\s*\(\d")
_NAME_PARTICLES = frozenset({"der", "den", "ter", "het"})
_PARTICLE_PLACE = _PATTERNS.compile(r"[Vv]an [a-z]{3} [A-Z]")
"""*van der*, *van den* inside a Dutch name (*Van der Wijck*, *van den Bosch*): the name's
own lower-case particles (EYD V, I.E: names keep their spelling)."""
_WORD_LIST_RULES = frozenset({RULE_NONSTANDARD, RULE_FOREIGN})
_TRIGGER_CATEGORIES = frozenset({"pangkat-polri", "pangkat-tni", "sapaan-jabatan", "gelar",
                                 "satuan-jabatan"})
_ENCLITICS = ("nya", "lah", "pun", "ku", "mu")
_VERB_PREFIXES = ("di", "me", "ter")
"""Prefixes of verbs that KBBI often derives only with -kan/-i, *memper-*/*diper-* among
them (see ``_missing_suffix``)."""
_STRAY_LETTER_RE = _PATTERNS.compile(r"(?<=[^\W\d_]) [b-wyz](?= [^\W\d_])")
"""A lone lowercase letter between two words (*padi d Desa*): what is left of a short word
(*di*, *ke*, *dan*). Not *a* (English text) nor *x* (*panjang x lebar*)."""

_LOANWORD_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("x", ("ks",)), ("ph", ("f",)), ("th", ("t",)), ("dz", ("z",)), ("sh", ("sy", "s")),
    ("q", ("k",)), ("c(?=[aou]|$)", ("k",)), ("c(?=[ei])", ("s",)), ("y", ("i",)),
    ("ck", ("k",)), ("ee", ("i",)), ("oo", ("u",)),
)
_FOREIGN_SPELLING_RE = _PATTERNS.compile(r"x|ph|th|dz|sh|q|c|y|ee|oo")
COMMON_ZIPF = 3.5
COMPOUND_ZIPF = 3.0
"""Both words of a compound under a confix are common words (*siap* + *siaga*), so a typo
does not pass as two rare dictionary words (*sebut* + *kanya*)."""
"""A word this frequent is an ordinary word even where a village bears its name (*Tim*)."""
_REDUPLICATION_SUFFIXES = frozenset({"an", "nya", "kan", "i", "annya"})
MAX_WORD = 40
"""Longer 'words' get no dictionary work (edit candidates grow with length): the longest
Indonesian words (*ketidakbertanggungjawaban*) have 25 letters."""
_CONFIX_RE = _PATTERNS.compile(r"^(?:ke|pe|per|di|me|ber|ter).{6,}(?:an|kan|i|nya)$")
"""A word with both a prefix and a suffix: the only place two words are written as one."""
_TRIPLE_LETTER_RE = _PATTERNS.compile(r"([^\W\d_])\1\1")
"""A letter written three times running: Indonesian spelling doubles a letter at most
(EYD V, I: *saat*, *masukkan*), so *Gangggawa*, *menggalakkkan* hold a key held too long
(words in capitals, Roman numerals and acronyms such as *III*, *DPPPA*, are not asked)."""
_CONFIX_NOUN_RE = _PATTERNS.compile(r"^(?:ke|pe|per)[a-z]{3,}an$|^(?:di|me)[a-z]{3,}(?:kan|i)$")
"""A noun under the confix *ke-…-an*, *peN-…-an* or *per-…-an*, or a verb under *di-/meN-
…-kan/-i* (KBBI; EYD V, II.B): the shape of an ordinary derived word, not of a personal or
place name."""
DOUBLED_LAST_MIN = 5
"""A doubled last consonant is read as a slip in words this long (*Nomorr*); shorter ones
are English names and words (*Bill*, *Jeff*)."""
CONFIX_SLIP_ZIPF = 4.0
"""A capitalised unattested word one keystroke from a *ke-/peN-/per-…-an* noun at least
this frequent (*Kedatanagn*, *Kepolisin*) is that noun mistyped, even beside a name (where
a name stands, after *Dinas*, the institution-field check reads it)."""
_PLACE_CATEGORIES = frozenset({"kabupaten", "kota", "provinsi", "singkatan-wilayah", "gelar"})
_OFFICE_CATEGORIES = frozenset({"lembaga-akronim", "satuan-jabatan"})
BOUND_WORDS = frozenset({"se", "non", "pasca", "antar", "pra", "anti", "multi", "sub"})
"""Bound forms standing alone: the EYD rules say how to join them, not the speller."""

# Verdicts on a word out of context.
ACCEPT = "accept"
FLAG = "flag"
NAME_ONLY = "name"
"""Flagged unless it stands where a name stands (after a rank, title or place word)."""

AT_NAME = "at-name"
"""Flagged unless it stands where a name stands (a village called so: *Desa Mesjid*)."""
IN_RUN = "run"
"""Flagged unless it stands in a run of capitalised words (a full name) or a name place."""
SHORT_NAME = 6
"""Capitalised words this short that are one edit from a common word are mostly names."""
REPEATED_NAME = 2
"""A short capitalised word written the same way this many times in one text is a name
(*Saniri*, *Astri*, *Bakor*): a slip is a key missed once, not the same miss again and
again, while a release names its person, body or village over and over. Readers marked
none of the 40 firings on such words (27 on the tuning half, 13 on the full text of 150
tuning releases) before this rule. (Longer repeated words
are often a term misspelt the same way each time, *Musrembang*, *Seketaris*: readers
mark those, so only a vowel respelling of a longer one counts, see _respelt_name.)"""
RANK_RUN_WORDS = 4
"""Capitalised words walked back over to find the rank or office that opens a full name
(*AKBP Mada Indra Laksanta*: the common words *Mada*, *Indra* inside it)."""
LONG_SLIP = 7
VERY_COMMON_ZIPF = 5.0
"""A capitalised word of at least LONG_SLIP letters one keystroke from a word this frequent
(*Priovinsi*, *Sedangan*) is a typo even after a rank or inside a name: long names one edit
from a very frequent word are rare, long typos of one are common."""
INNER_STUTTER = 9
"""A syllable typed twice inside a word is looked for in words this long or longer."""
SHORT_STEM_ZIPF = 4.0
"""A three-letter stem this frequent (*isu*, *bus*, *kue*) takes *-nya* as a longer stem
does; a rarer one is too often a clipped slip (*tamnya* for *tamunya*)."""
_FUNCTION_STEMS = frozenset({"dan", "ini", "itu", "per", "dia", "kau", "pun", "apa",
                             "dll", "tsb", "nya", "dsb", "ala", "toh", "kok", "lah"})
"""Three-letter function words (KBBI: conjunctions, demonstratives, pronouns,
particles) that a release never writes with *-nya*: *dannya* is a slip."""
RARE_STEM_ZIPF = 1.0
"""A stem under an enclitic this rare (*kelim* of *kelimnya*) that is one keystroke from a
common word (*kelima*) is read as a slip, not as the rare word."""

DOMAIN_BONUS = 1.0
"""Suggestion ranking: a domain term counts as this much more frequent (zipf) than it is."""
SLIP_FLOOR = 3.0
"""A typo is measured against words at least this frequent (zipf): common words."""
SLIP_FLOOR_AFFIXED = 4.0
"""Affixed words sit close to other affixed words (*dibekuk*, *ditekuk*): only a slip of a
really common word overrules the affix analysis."""
SLIP_MARGIN_LOWER = 1.5
PREFIX_MARGIN = 1.0
"""A derived word with a misread prefix is a slip when the well-formed word is this much
more frequent (zipf), or when the written form never occurs in the frequency list."""
MAX_CACHED_WORDS = 50_000
"""Word forms each per-word cache keeps before it starts over: a session of hours sees
at most a few thousand forms, so the warm check keeps its caches, and memory stays bounded."""
SLIP_MARGIN_CAPITAL = 2.0
"""How much more frequent than the word itself its one-edit neighbour must be to call the
word a slip: capitalised words are often rare names near common words, so more."""



def _letter_slip_possible(text: str, token: Token) -> bool:
    """Whether ``letter_slips`` could read this token as a slip of another key: it is not
    ASCII, opens with *l* before a consonant (for *I*), or is glued to a 0 or 1. Asked
    before a word's verdict lets it pass, so a name-like slip (*Sudaryant0*) is still seen."""
    word = token.text
    return not word.isascii() or (word[0] == "l" and word[1:2] not in "aeiou") or (
        token.start > 0 and text[token.start - 1] in "01") or (
        token.end < len(text) and text[token.end] in "01")

LexiconTables = tuple[set[str], set[str], set[str], set[str], dict[str, str], set[str],
                      set[str]]
_LEXICON_TABLES_CODE = (__name__, "app.language.context", "app.language.tokens")
"""The modules whose code makes ``_lexicon_tables`` from the lexicon."""


def _lexicon_tables(lexicon: Lexicon) -> LexiconTables:
    """What the checker reads off the lexicon: its long words in lower case, title-case
    terms, lowercase entries, person triggers, the form per lowercase word, the short
    region names and the words of region names (see ``Checker.__init__``)."""
    domain_lower = {word.lower() for word in lexicon.words
                    if len(word) >= 5 and word.isalpha()}
    title_case_terms = {
        entry for category, entries in lexicon.categories.items()
        if not category.startswith("pangkat") and category not in _PLACE_CATEGORIES
        for entry in entries if entry.isalpha() and entry[:1].isupper()
        and entry[1:].islower()}
    lower_entries = {entry for entries in lexicon.categories.values()
                     for entry in entries if entry.islower()}
    person_triggers = {entry for category in _TRIGGER_CATEGORIES
                       for entry in lexicon.categories.get(category, ()) if " " not in entry}
    domain_forms: dict[str, str] = {}
    for word in lexicon.words:               # per lowercase form the first word in the
        if word.isalpha():                   # order (lowercase first, then by letters):
            lowered = word.lower()           # sabu before Sabu, the same answer every run
            known = domain_forms.get(lowered)
            if known is None or (not word.islower(), word) < (not known.islower(), known):
                domain_forms[lowered] = word
    region_short = {entry.lower() for entry in lexicon.categories.get("singkatan-wilayah", ())}
    region_words = {word.lower() for category in REGION_CATEGORIES
                    for entry in lexicon.categories.get(category, ())
                    for word in word_list(entry) if len(word) >= 4}
    return (domain_lower, title_case_terms, lower_entries, person_triggers, domain_forms,
            region_short, region_words)


def _is_lexicon_tables(value: object) -> bool:
    kinds = (set, set, set, set, dict, set, set)
    return isinstance(value, tuple) and len(value) == len(kinds) and all(
        type(part) is kind for part, kind in zip(value, kinds, strict=True))


def not_ignored(findings: list[Finding], ignored: Collection[str]) -> list[Finding]:
    """Findings the officer has not dismissed: *Abaikan* on a word hides every finding on
    it, a context rule's (*Menurutnya* without its comma, a degree without periods) as
    much as a word list's, for every caller (app, ``rilis check``, the checklist)."""
    if not ignored:
        return findings
    return [f for f in findings if (f.text.strip() or f.text) not in ignored]


class Checker:
    """Spelling (hunspell + lexicon + affixes + user words) and EYD style in one call.

    Thread-safe for concurrent ``check`` calls: hunspell sits behind its own lock and the
    caches only ever grow with values that do not depend on the caller.
    """

    def __init__(
        self,
        backend: SpellBackend | None = None,
        lexicon: Lexicon | None = None,
        style_data: StyleData | None = None,
        personal: PersonalDictionary | None = None,
        team: TeamDictionary | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.backend = backend or SpellBackend()
        self.lexicon = lexicon or Lexicon.load()
        self.personal = personal
        self.team = team
        self.vocabulary = vocabulary or Vocabulary.load()
        (self._domain_lower, self._title_case_terms, self._lower_entries,
         self._person_triggers, self._domain_forms, self._region_short,
         self._region_words) = data_cache.derived(   # kept: some 4 ms of every start
            self.lexicon.fingerprint, "checker-lexicon-tables",
            lambda: _lexicon_tables(self.lexicon), _LEXICON_TABLES_CODE, _is_lexicon_tables)
        key = self._data_key()                # _domain_lower comes from the lexicon alone
        self._domain_index = OneEditIndex(
            "domain", lambda: self._domain_lower,
            None if key is None else key.encode() + b"\0" + module_bytes(__name__))
        self._trigger_lower: frozenset[str] | None = None
        self._office_clips: frozenset[str] | None = None   # see agency_acronyms
        self._ranks: frozenset[str] | None = None          # see _after_rank
        self._verdicts: dict[str, str] = {}
        self._slip_targets: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._common: dict[str, bool] = {}
        self._user_words = CaseAwareWords()
        self._reload_user_words()
        self._affixes = AffixAnalyzer(self._is_root, self._attested)
        self._compound_affixes = AffixAnalyzer(self._is_compound_root)
        self._cache: dict[str, bool] = {}
        self._cache_lock = threading.Lock()
        frequent = [row[0] for row in read_table(style_dir() / "frekuensi.tsv", columns=1)] \
            if (style_dir() / "frekuensi.tsv").exists() else []
        self._suggester = Suggester(self.accepts_word, self.backend.suggest,
                                    self._is_domain, frequent, self._one_edit_index,
                                    vocabulary=self.vocabulary,
                                    terms=self.lexicon.categories,
                                    cache_key=self._data_key())
        self._real_words = RealWordSlips(self.vocabulary.zipf, self.backend.check,
                                         self.vocabulary.is_place, self._is_office,
                                         (entry for category in ("kabupaten", "kota")
                                          for entry in self.lexicon.categories.get(
                                              category, ())),
                                         lambda word: self.style.data.passive_roots.get(word))
        self.style = StyleChecker(style_data or StyleData.load(), self._hunspell_or_lexicon,
                                  self._is_proper_only, self._is_name_or_term,
                                  self.vocabulary.is_place, self.lexicon.words.proper_form,
                                  self._is_acronym_word, self._is_jargon,
                                  zipf=self.vocabulary.zipf)
        self.capitals = CapitalRules.load(self.lexicon, self._hunspell_or_lexicon)

    def _data_key(self) -> str | None:
        """What the vocabulary and the lexicon were loaded from, when both were (data
        derived from them may then be kept in the cache under it), else None."""
        parts = (self.vocabulary.fingerprint, self.lexicon.fingerprint)
        return None if None in parts else " ".join(str(part) for part in parts)

    # -- public ------------------------------------------------------------------------

    @property
    def spelling_available(self) -> bool:
        return self.backend.available

    @property
    def affixes(self) -> AffixAnalyzer:
        """The affix analysis the word-by-word pass reads words with (``typo_evidence``
        reads a derived word as it does)."""
        return self._affixes

    @property
    def user_words(self) -> CaseAwareWords:
        """The officer's personal and team words: never flagged, whatever their form."""
        return self._user_words

    @property
    def warnings(self) -> list[str]:
        """Problems to show the user (missing dictionary, corrupt word lists)."""
        problems = [self.backend.problem] if self.backend.problem else []
        for source in (self.personal, self.team):
            if source is not None:
                problems += source.warnings
        return problems

    def check(self, text: str, known_words: Iterable[str] = (),
              ignored: Iterable[str] = ()) -> list[Finding]:
        """Findings sorted by position; ``known_words`` are names learned from the draft,
        ``ignored`` the words the officer chose to ignore for this draft (its
        ``kata_diabaikan``): no finding on them, whichever rule raised it."""
        tokens = list(tokenize(text))
        values = list(known_words)
        known = CaseAwareWords(word for value in values for word in _words(value))
        skip = {word.strip() or word for word in ignored}
        links = Spans(link_spans(text))
        sources = Spans(skip_spans(text))        # domains, bylines, a dateline's source
        typed = Spans(_phrase_spans(text, values))
        style = self.capitals.merge(text, tokens, self.style.check(text, tokens))
        findings = [f for f in style
                    if not (f.rule in _WORD_LIST_RULES
                            and (f.text in skip or known.accepts(f.text)
                                 or sources.overlaps(f.start, f.end)))
                    and not links.overlaps(f.start, f.end)
                    and not (_is_case_rule(f.rule) and typed.covers(f.start, f.end))]
        if self.backend.available:
            findings += self._spelling(text, tokens, findings, known, skip)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return not_ignored(_without_repeats(fit_to_context(
            text, findings, self.style.data.nonstandard, self.style.data.established,
            self.accepts_word, self.lexicon, self.vocabulary.zipf,
            self._suggester.score)), skip)

    def count_words(self, text: str) -> int:
        return len(word_list(text))

    def accepts_word(self, word: str) -> bool:
        """Whether the word is correct without draft knowledge (lexicon, user, hunspell)."""
        return self._cached(self._cache, word, self._accepts_uncached)

    def suggest(self, word: str) -> tuple[str, ...]:
        if len(word) > MAX_WORD:
            return ()
        suggestions = self._suggester.suggest(word)
        loans = [match_case(word, form) for form in self._loanword_forms(word.lower())]
        if loans:                                # expo -> ekspo, music -> musik
            suggestions = self._suggester.with_respellings(word, suggestions, loans)
        missing_suffix = self._missing_suffix(word.lower()) if word.islower() else None
        if missing_suffix is not None:           # dimanfaat -> dimanfaatkan first
            suggestions = (missing_suffix, *[s for s in suggestions if s != missing_suffix])[:5]
        missing_n = self._missing_n(word.lower())
        if missing_n is not None:                # disebutkanya -> disebutkannya first
            fixed = match_case(word, missing_n)
            suggestions = (fixed, *[s for s in suggestions if s != fixed])[:5]
        standard = self.vocabulary.nonstandard.get(word.lower())
        if standard is not None:                 # coklat -> cokelat first
            fixed = match_case(word, standard)
            suggestions = (fixed, *[s for s in suggestions if s != fixed])[:5]
        prefixed = self._prefix_slip(word) if word.islower() and \
            self.verdict(word) == FLAG else None
        if prefixed is not None:                 # perkerjaan -> pekerjaan first
            suggestions = (prefixed, *[s for s in suggestions if s != prefixed])[:5]
        stutter = self._stutter(word.lower()) if word.islower() else None
        if stutter is not None:                  # mememerangi -> memerangi first
            suggestions = (stutter, *[s for s in suggestions if s != stutter])[:5]
        return suggestions

    def add_to_personal(self, word: str) -> None:
        if self.personal is None:
            self.personal = PersonalDictionary()
        self.personal.add(word)
        self._reload_user_words()

    def set_team(self, location: Path | None) -> None:
        """Point to the team dictionary (a file or a folder; None = no team dictionary)."""
        self.team = TeamDictionary(location) if location is not None else None
        self._reload_user_words()

    def remove_from_personal(self, word: str) -> None:
        if self.personal is not None:
            self.personal.remove(word)
            self._reload_user_words()

    def close(self) -> None:
        self.backend.close()

    # -- spelling ------------------------------------------------------------------------

    def _reload_user_words(self) -> None:
        words = CaseAwareWords()
        for source in (self.personal, self.team):
            if source is not None:
                for entry in source.words:
                    for word in _words(entry):
                        words.add(word)
        self._user_words = words
        if hasattr(self, "_cache"):
            with self._cache_lock:
                self._cache.clear()
                self._verdicts.clear()
                self._slip_targets.clear()
                self._common.clear()
            self._suggester.clear()

    def _spelling(self, text: str, tokens: list[Token], style: list[Finding],
                  known: CaseAwareWords, ignored: set[str]) -> list[Finding]:
        covered = [(f.start, f.end) for f in style]
        covered += self._abbreviation_spans(text)
        covered += skip_spans(text)
        covered += foreign_phrase_spans(text)    # goes to school: English, not misspelt
        covered += credit_line_spans(text)       # (Teh’ nena), *Abdy: who wrote it, a name
        covered_index = Spans(covered)
        names = name_positions(text, tokens, self._is_person_trigger, self._is_common)
        # (Timsus) and tim khusus (timsus): the text's own acronyms
        defined = CaseAwareWords(defined_terms(text) | lowercase_acronyms(text))
        # a capitalised word already known to be one keystroke from no trigger or place
        # is a slip only where a month may stand (1 Mey 2023): most cost no call at all
        known_targets = self._slip_targets
        slips = {index: meant for index, token in enumerate(tokens)
                 if token.text[:1].isupper()        # both cases need a capital: no call
                 and (known_targets.get(token.text) != _NO_TARGETS
                      or (token.start >= 2 and text[token.start - 1] == " "
                          and text[token.start - 2].isdecimal()))
                 and (meant := self._context_slip(text, tokens, index))}
        titled: set[str] = set()         # names after a rank's run or a title, in lists
        for index in names - slips.keys():          # a name once seen as a name is one everywhere
            if self.verdict(tokens[index].text) != FLAG:
                defined.add(tokens[index].text)
                if self._after_rank(text, tokens, index):
                    titled.add(tokens[index].text)   # Kombes Pol Tatan: the document pass too
        findings: list[Finding] = []
        has_known, has_defined = len(known) > 0, len(defined) > 0
        accepted: dict[str, bool] = {}           # by word, for this check only
        repeated, respelt = _repeated_capitals(tokens)
        for index, token in enumerate(tokens):
            word = token.text
            passes = accepted.get(word)
            if passes is None:
                passes = accepted[word] = len(word) > 1 and self._passes_anywhere(
                    word, known, defined, ignored, has_known, has_defined)
            if passes and index not in slips and not _letter_slip_possible(text, token):
                continue                         # fine wherever it stands: no more to ask
            if covered_index.overlaps(token.start, token.end):
                continue
            if len(token.text) == 1 and token.start and token.text not in ignored and \
                    _STRAY_LETTER_RE.match(text, token.start - 1):
                findings.append(self._spelling_finding(token.start, token.text))
                continue                     # padi d Desa: a short word lost its letters
            letters = self._letter_slip(text, token)
            if letters is not None:          # Sudaryant0, Sianțar: a key of another set
                if letters.written not in ignored and not known.accepts(letters.written) \
                        and not covered_index.overlaps(letters.start, letters.end) and \
                        not any(f.start == letters.start for f in findings[-1:]):
                    findings.append(self._letter_finding(letters))
                continue
            if self._skippable(text, token):
                continue
            if word in ignored or (has_known and known.accepts(word)) or (
                    has_defined and defined.accepts(word)):
                continue                     # (an empty word set accepts nothing: skip it)
            if "-" in word or (("'" in word or "’" in word) and word.islower()):
                findings += self._check_parts(token, known, ignored, index in names)
                continue
            verdict = FLAG if index in slips else self.verdict(word)
            if verdict in (NAME_ONLY, IN_RUN) and index not in names and \
                    self._in_rank_run(text, tokens, index):
                titled.add(word)                 # the document pass leaves it too
                continue
            if verdict == ACCEPT or (verdict in (NAME_ONLY, IN_RUN, AT_NAME)
                                     and (index in names or word in repeated)) or (
                    verdict == FLAG and word in respelt and index not in slips and
                    self._respelt_name(word)) or (
                    verdict == IN_RUN and _in_capital_run(text, tokens, index)) or (
                    verdict == NAME_ONLY and self._beside_a_name(text, tokens, index)):
                continue
            if verdict in (NAME_ONLY, IN_RUN) and self._among_names(text, tokens, index):
                titled.add(word)                 # a list of villages: the document pass too
                continue
            if word.islower() and (self._generic_unit(word, text, token) or
                                   right_in_place(text, token, self.backend.check)):
                continue                     # sedini mungkin; ,” tukasnya
            split = self._split_word(text, tokens, index)
            if split is not None:            # k ota: a space inside the word
                findings.append(split)
                continue
            findings.append(self._spelling_finding(
                token.start, word, slips.get(index, ()) or self._affix_meant(word)))
        findings += document_typos(self, text, tokens, findings, covered_index,
                                   lambda word: word in ignored or word in titled or
                                   known.accepts(word))
        return findings + self._real_word_findings(text, tokens, covered_index, findings,
                                                   known, ignored)

    def _passes_anywhere(self, word: str, known: CaseAwareWords, defined: CaseAwareWords,
                         ignored: set[str], has_known: bool, has_defined: bool) -> bool:
        """Whether ``word`` (two letters or more) passes the spelling loop below wherever
        it stands, unless the sentence makes it a slip: ignored, known, defined, or a word
        the verdict accepts outright. Asked once per word of a check, not per token: most
        tokens then skip the look-ups of their place (covered spans, digits beside)."""
        if word in ignored or (has_known and known.accepts(word)) or (
                has_defined and defined.accepts(word)):
            return True
        if "-" in word or (("'" in word or "’" in word) and word.islower()):
            return False
        return self.verdict(word) == ACCEPT

    def _real_word_findings(self, text: str, tokens: list[Token], covered: Spans,
                            findings: list[Finding], known: CaseAwareWords,
                            ignored: set[str]) -> list[Finding]:
        """A slip that is itself a word (*dab* for *dan*), where the sentence leaves no
        doubt (``realword``): a suggestion, since the word written is a word."""
        taken = Spans((f.start, f.end) for f in findings)
        found: list[Finding] = []
        for slip in self._real_words.find(text, tokens):
            if covered.overlaps(slip.start, slip.end) or taken.overlaps(slip.start, slip.end) \
                    or slip.written in ignored or known.accepts(slip.written) or \
                    self._user_words.accepts(slip.written) or \
                    self.lexicon.words.proper_form(slip.written) is not None:
                continue                     # sertu: a rank in lower case, not serta
            meant = meant_case(slip.written, slip.meant)
            found.append(Finding(slip.start, slip.end, slip.written, "spelling",
                                 RULE_REAL_WORD, slip_message(slip, meant),
                                 tuple(meant_case(slip.written, form)
                                       for form in self._real_words.suggestions(slip)),
                                 severity="saran"))
        return found

    def _split_word(self, text: str, tokens: list[Token], index: int) -> Finding | None:
        """A word broken by a stray space after its first letter or two (*k ota*, *pe
        ngamanan*): the part after the space is no word, and the two joined are a common
        word."""
        if index == 0:
            return None
        head, tail = tokens[index - 1], tokens[index]
        joined = head.text + tail.text
        if len(head.text) > 2 or text[head.end:tail.start] != " " or \
                self.vocabulary.zipf(joined) < SLIP_FLOOR or not self.accepts_word(joined):
            return None
        written = text[head.start:tail.end]
        return Finding(head.start, tail.end, written, "spelling", RULE_SPELLING,
                       f"Kata “{written}” terpisah spasi; maksudnya “{joined}”?", (joined,))

    def _letter_slip(self, text: str, token: Token) -> LetterSlip | None:
        """A digit for a letter beside this token, or a letter of another alphabet in it
        (``letter_slips``); only tokens glued to a digit or not ASCII are looked at."""
        if not _letter_slip_possible(text, token):
            return None
        word = token.text
        if not word.isascii():
            return foreign_letter(word, token.start, self._known_plain)
        if word[0] == "l" and word[1:2] not in "aeiou":
            return l_for_capital_i(word, token.start, self._known_plain)
        if (token.start > 0 and text[token.start - 1] in "01") or (
                token.end < len(text) and text[token.end] in "01"):
            return digit_for_letter(text, token.start, token.end,
                                    lambda meant: self.verdict(meant) == ACCEPT)
        return None

    def _known_plain(self, word: str) -> bool:
        """A word a dictionary, the lexicon or the place list knows; not a name the
        frequency list merely has seen (*Jurgen*, *Jose*: *Jürgen* is spelt right)."""
        return self.backend.check(word) or self.backend.check(word.lower()) or \
            self.lexicon.accepts(word) or self.vocabulary.is_place(word)

    def _letter_finding(self, slip: LetterSlip) -> Finding:
        message = LETTER_MESSAGES[slip.kind].format(written=slip.written, meant=slip.meant)
        return Finding(slip.start, slip.end, slip.written, "spelling", RULE_SPELLING, message,
                       (slip.meant,), severity="saran")

    def _affix_meant(self, word: str) -> tuple[str, ...]:
        """The word a flagged derived word was meant as, when its form says so."""
        if not word.islower():
            if is_capitalized(word) and word.isalpha():
                lowered = word.lower()
                triple = _TRIPLE_LETTER_RE.search(lowered)
                meant = (lowered[:triple.start() + 2] + lowered[triple.end():] if triple
                         else self._single_k(lowered) or self._stutter(lowered)
                         or self._doubled_last(lowered))
                if meant is not None:
                    return (meant.capitalize(),)
            return ()
        meant = self._single_k(word)
        if meant is None and self.backend.check(word):
            meant = self._letter_short(word)
        return (meant,) if meant is not None else ()

    def _letter_short(self, word: str) -> str | None:
        """*mengusai* (meN- + *usai*) for *menguasai*: a derived word that only the affix
        rules allow, never seen in Indonesian text, with one letter fewer than a very
        common word of the same start, is that word with a letter lost; a word people
        write is seen in text (*diindahkan*, *meninju* are, or their neighbour is rarer)."""
        if len(word) < LONG_SLIP or self._affixes.explain(word) is None:
            return None
        for candidate, zipf in self.vocabulary.neighbours(word):
            if zipf < LOST_LETTER_ZIPF:
                break                        # most frequent first
            if len(candidate) == len(word) + 1 and candidate[:3] == word[:3] and \
                    not candidate.startswith(word) and self.backend.check(candidate):
                return candidate
        return None

    def _single_k(self, word: str) -> str | None:
        """*cocokan*, *dimasukan*, *menggerakan*: a root ending in *k* takes *-kan* whole,
        so the *k* is written twice (EYD V, II.A Kata Berimbuhan: *masuk* + *-kan* =
        *masukkan*). A word hunspell rejects that ends in *k* + *-an* (and an enclitic),
        where the same word with *-kan* is a word (as written, or after *di-*: the
        imperative *cocokkan* beside *dicocokkan*), is that *-kan* with a *k* lost."""
        stem, enclitic = word, ""
        for suffix in _ENCLITICS:
            if word.endswith("kan" + suffix):
                stem, enclitic = word[:-len(suffix)], suffix
                break
        if not stem.endswith("kan") or len(stem) < 6 or stem.endswith("kkan") or \
                self.backend.check(word) or stem in self.vocabulary.roots or \
                stem in self.vocabulary.words_only:
            return None                      # tusukan, dudukan: KBBI's -an nouns
        meant = stem[:-3] + "kkan"
        if self.backend.check(meant) or (not meant.startswith(("di", "me", "ber", "ter")) and
                                         self.backend.check("di" + meant)):
            return meant + enclitic
        return None

    def verdict(self, word: str) -> str:
        """ACCEPT, FLAG or NAME_ONLY for a single word out of context (cached)."""
        return self._cached(self._verdicts, word, self._verdict_uncached)

    def _cached(self, cache: dict[str, _T], word: str, compute: Callable[[str], _T]) -> _T:
        """A per-word answer, computed once (caller-free values); a full cache starts over."""
        cached = cache.get(word)
        if cached is None:
            cached = compute(word)
            with self._cache_lock:
                if len(cache) >= MAX_CACHED_WORDS:
                    cache.clear()            # the app checks for hours: memory stays bounded
                cache[word] = cached
        return cached

    def _verdict_uncached(self, word: str) -> str:
        if len(word) > MAX_WORD:
            return FLAG                      # no word is this long: a pasted run of letters
        if self.lexicon.accepts(word) or self._user_words.accepts(word):
            return ACCEPT
        if word.islower():
            return self._lowercase_verdict(word)
        if not (is_capitalized(word) or is_all_caps(word)):
            if word[:2].isupper() and word[2:].islower() and len(word) > 3:
                return FLAG                  # LIntas: a slip of the shift key
            return ACCEPT                    # mixed case: a brand or site (SwaraBanten, iPhone)
        if word.capitalize() in self.vocabulary.world_names:
            return ACCEPT                    # Kamboja: a CLDR country name, not kemboja
        lowered = word.lower()
        if lowered in self.vocabulary.nonstandard and not self.backend.check(word):
            if self._is_person_trigger(self.vocabulary.nonstandard[lowered].capitalize()):
                return FLAG                  # Kapolri Jendral: a rank after a rank, no name
            return AT_NAME                   # Mesjid Raya: KBBI's non-standard spelling
        if self.backend.check(word) or self.backend.check(lowered) or \
                self.lexicon.accepts(lowered) or self._user_words.accepts(lowered) or \
                lowered in self.vocabulary.roots:
            return ACCEPT
        if is_all_caps(word) and len(word) <= 5:
            return ACCEPT                    # an acronym: SMA, BBM, PPKM, RKPD
        if self.vocabulary.is_place(word):
            return ACCEPT
        if not is_all_caps(word) and _TRIPLE_LETTER_RE.search(lowered):
            return FLAG                      # Gangggawa: no Indonesian word triples a letter
        if self._office_clips is None:
            self._office_clips = field_clippings(self.lexicon.entries("lembaga-akronim"))
        if is_office_acronym(word, self._office_clips):
            return ACCEPT                    # Disbud, Dinpar: a dinas clipped as listed ones
        lowercase = self._lowercase_verdict(lowered)
        if lowercase == ACCEPT:
            return ACCEPT                    # Lengahnya: a sentence starts with a right word
        if self._domain_slip(lowered) and self.vocabulary.zipf(lowered) < SLIP_FLOOR:
            if len(word) >= LONG_SLIP and self._unseen_slip_of_very_common(lowered):
                return FLAG                  # Sfelatan, Kiepala: as Priovinsi below
            return NAME_ONLY                 # Satresrkim, Bhabinkamibmas, Baperjkat
        if self._word_form_slip(lowered):
            return FLAG                      # Disebutkanya: -kan + -nya is -kannya
        slip = self._slip(lowered, SLIP_MARGIN_CAPITAL)
        if not slip:
            return ACCEPT                    # an unknown capitalised word is a name
        if len(word) <= SHORT_NAME and not is_all_caps(word):
            return IN_RUN                    # Utami, Jovan: short names sit near many words
        if self._affixes.explain(lowered) is not None or self.vocabulary.zipf(lowered) > 0:
            return FLAG
        if len(word) >= LONG_SLIP and self.vocabulary.zipf(slip) >= VERY_COMMON_ZIPF:
            return FLAG                      # Priovinsi, Sedangan: even where a name stands
        if len(word) >= LONG_SLIP and _CONFIX_NOUN_RE.match(slip) and \
                self.vocabulary.zipf(slip) >= CONFIX_SLIP_ZIPF and \
                self._affixes.explain(slip) is not None and not _vowel_for_vowel(lowered, slip):
            return AT_NAME                   # Kedatanagn, Kepolisin: a derived noun mistyped
        return NAME_ONLY

    def _word_form_slip(self, lowered: str) -> bool:
        """A slip in how the word is built, which no name shares: a lost *n* before *-nya*
        (*Disebutkanya*), *-kan* on a root in *k* with one *k* or a syllable typed twice
        (``_capital_form_slip``), a doubled last consonant (``_doubled_last``)."""
        return self._missing_n(lowered) is not None or self._capital_form_slip(lowered) or \
            self._doubled_last(lowered) is not None

    def _capital_form_slip(self, lowered: str) -> bool:
        """*Letakan*, *Jajajaran*: a capitalised word whose lower-case form the word-form
        rules already read as a slip (*-kan* on a root in *k* written with one *k*, EYD V,
        II.A; a syllable typed twice before a common word), wherever it stands: the slip
        is in how the word is built, which a name does not share."""
        meant = self._single_k(lowered)
        if meant is None:
            meant = self._stutter(lowered)
            if meant is not None and self.vocabulary.zipf(meant) < SLIP_FLOOR:
                return False                 # a rare remainder: maybe a name's own syllables
        return meant is not None

    def _doubled_last(self, lowered: str) -> str | None:
        """*Kegiatann*, *Nomorr*: a word whose last consonant is written twice.
        No Indonesian word ends in a doubled consonant (EYD V, I: a double letter stands
        only where two syllables meet, *masukkan*), so when the word without it is a
        common dictionary word, the key was struck twice (the neighbour test leaves a
        letter added at the end alone: it is how *-i* joins a root). A form seen in text
        is left alone (*Kendall*, a name)."""
        if len(lowered) < DOUBLED_LAST_MIN or lowered[-1] != lowered[-2] or \
                lowered[-1] in "aiueo" or self.vocabulary.zipf(lowered) > 0.0:
            return None                      # Kendall: a name seen in text
        meant = lowered[:-1]
        if not self.backend.check(meant) or self.vocabulary.zipf(meant) < SLIP_FLOOR or any(
                candidate != meant and zipf >= SLIP_FLOOR
                for candidate, zipf in self.vocabulary.neighbours(lowered)):
            return None                      # Pelayann: pelayan or pelayanan, not for here
        return meant

    def _unseen_slip_of_very_common(self, lowered: str) -> bool:
        """Never seen in Indonesian text and one keystroke from a very common word."""
        if self.vocabulary.zipf(lowered) > 0.0:
            return False
        slip = self._slip(lowered, SLIP_MARGIN_CAPITAL)
        return slip is not None and self.vocabulary.zipf(slip) >= VERY_COMMON_ZIPF

    def _lowercase_verdict(self, word: str) -> str:
        if self.backend.check(word) and self.vocabulary.zipf(word) == 0.0 and (
                self._prefix_slip(word, SLIP_FLOOR_AFFIXED) is not None or
                self._letter_short(word) is not None):
            return FLAG                      # mengelar (kelar): menggelar is meant
        if self.backend.check(word) or word in BOUND_WORDS:
            return ACCEPT
        if self._stutter(word) is not None or self._single_k(word) is not None:
            return FLAG
        for enclitic in _ENCLITICS:          # tegasnya, paparnya: a known word + enclitic
            stem = word[:-len(enclitic)]
            if word.endswith(enclitic) and ((len(stem) >= 4 and (
                    self._hunspell_or_lexicon(stem) or stem in self.vocabulary.words_only))
                    or self._short_stem(stem, enclitic)):
                # an enclitic joins any word, so a KBBI word hunspell lacks takes one too
                # (dulunya), though it derives nothing (see build_kbbi_words.py)
                return FLAG if self._rare_stem_slip(stem) else ACCEPT
        if self._domain_slip(word) and self.vocabulary.zipf(word) < SLIP_FLOOR:
            return FLAG
        if word in self.vocabulary.roots:
            return FLAG if self._slip(word, SLIP_MARGIN_LOWER) else ACCEPT
        if self._affixes.explain(word) is None:
            if _CONFIX_RE.match(word) and self._compound_affixes.explain(word) is not None:
                # kesiapsiagaan, ditindaklanjuti; not menyelarasakan (sela + rasa), a slip
                return FLAG if self._slip(word, SLIP_MARGIN_LOWER) else ACCEPT
            return FLAG
        if self._prefix_slip(word) is not None:
            return FLAG                      # perkerjaan, berbincangan, mengencarkan
        if self._missing_suffix(word) is not None:
            return FLAG                      # dimanfaat: the dictionary has dimanfaatkan
        if self._affixes.bare_verb(word):
            return ACCEPT                    # kita tekankan: ditekankan is a word
        slip = self._slip(word, SLIP_MARGIN_LOWER, SLIP_FLOOR_AFFIXED)
        return FLAG if slip and not self._common_root(word, slip) else ACCEPT

    def _short_stem(self, stem: str, enclitic: str) -> bool:
        """A frequent three-letter dictionary word before *-nya* (isunya, tamunya): -nya
        joins any noun (EYD V, II.E), and a word this frequent is no rare slip."""
        return enclitic == "nya" and len(stem) == 3 and stem not in _FUNCTION_STEMS and \
            self.backend.check(stem) and \
            self.vocabulary.zipf(stem) >= SHORT_STEM_ZIPF and \
            not self.backend.check(stem + "n")    # lainya: lain + -nya lost an n

    def _prefix_slip(self, word: str, floor: float = 0.0) -> str | None:
        """The word meant when a derived word hunspell rejects carries the wrong form of
        its prefix (EYD V, II.B, and KBBI: *pe-/per-/ber-* before a root, and *meN-/peN-*
        melt only k, p, t, s, so *g, b, d, c, j* stay): *perkerjaan* → *pekerjaan*,
        *berbincangan* → *perbincangan*, *mengencarkan* → *menggencarkan*. The form meant
        must be a word hunspell accepts and more frequent than the one written (and at
        least ``floor`` zipf: a word hunspell knows yields only to a common one)."""
        own = self.vocabulary.zipf(word)
        root = self._affixes.explain(word)
        for candidate in _prefix_variants(word):
            if not self.backend.check(candidate) or self.vocabulary.zipf(candidate) < floor:
                continue
            if self.vocabulary.zipf(candidate) >= own + PREFIX_MARGIN or (
                    own == 0.0 and self._root_zipf(candidate) > self._root_zipf_of(root)):
                return candidate
        return self._pen_for_per(word)       # perbersihan: after per-/pe- (perkerjaan)

    def _root_zipf(self, word: str) -> float:
        return self._root_zipf_of(self._affixes.explain(word))

    def _root_zipf_of(self, root: str | None) -> float:
        return self.vocabulary.zipf(root) if root else 0.0

    def _common_root(self, word: str, slip: str) -> bool:
        """*diperdaya* (daya), *perkuatan* (kuat): a regular derivation of a root at least as
        frequent as the word it is one keystroke from is meant, not a slip (*dipercaya*)."""
        root = self._affixes.explain(word)
        if root is None:
            return False
        near = max(self.vocabulary.zipf(slip), *(
            self.vocabulary.zipf(slip[:-len(enclitic)]) for enclitic in _ENCLITICS
            if slip.endswith(enclitic)), 0.0)
        return self.vocabulary.zipf(root) >= near

    def _loanword_forms(self, lowered: str) -> list[str]:
        """The word spelt the Indonesian way a loanword is (EYD V, Pedoman Umum Pembentukan
        Istilah: x → ks, c → k, ph → f, th → t, y → i, dz → z, sh → sy/s, q → k), when
        that spelling is a known word: *music* → *musik*, *shabu* → *sabu*."""
        if not _FOREIGN_SPELLING_RE.search(lowered):
            return []                            # nothing foreign to respell
        forms = {lowered}
        for pattern, replacements in _LOANWORD_RULES:
            forms |= {re.sub(pattern, replacement, form) for form in forms
                      for replacement in replacements}
            if len(forms) > 64:
                break
        forms.discard(lowered)
        return sorted((form for form in forms if self.backend.check(form)
                       or self.lexicon.accepts(form) or form in self.vocabulary.roots),
                      key=lambda form: (-self.vocabulary.zipf(form), form))   # same in every run

    def _stutter(self, word: str) -> str | None:
        """*mememerangi*, *didiberikan*: a syllable typed twice at the start of a known
        word (the affix analysis would read it as one more prefix); or inside it
        (*menggunanakan*, *pelaksaksanaan*), when the word is never seen in text and the
        word without the repeat is a common one — a correct word with a repeated syllable
        (*celananya*, *panganan*) is attested, so it is left alone; so is a prefix before a
        root that starts with it (*didiagnosis*, *sesederhana*: common in text)."""
        for size in (2, 3):
            if len(word) > 2 * size + 2 and word[:size] == word[size:2 * size] and \
                    self.backend.check(word[size:]) and \
                    self.vocabulary.zipf(word) < SLIP_FLOOR:
                return word[size:]
        if len(word) < INNER_STUTTER or self.vocabulary.zipf(word) > 0.0:
            return None
        for size in (2, 3):
            for start in range(1, len(word) - 2 * size + 1):
                if word[start:start + size] != word[start + size:start + 2 * size]:
                    continue
                fixed = word[:start + size] + word[start + 2 * size:]
                if self.vocabulary.zipf(fixed) >= SLIP_FLOOR and self.backend.check(fixed):
                    # pengamaman: one keystroke from pengamanan is the likelier slip
                    return None if self.vocabulary.neighbours(word) else fixed
        return None

    def _pen_for_per(self, word: str) -> str | None:
        """*perbersihan* → *pembersihan*: a noun in *per-…-an* belongs to a verb in *ber-*
        or *memper-* (*bertemu* → *pertemuan*, *memperkuat* → *perkuatan*); one in
        *peN-…-an* to a verb in *meN-* (*membersihkan* → *pembersihan*; KBBI, Tata Bahasa
        Baku Bahasa Indonesia, nominalisation). A *per-…-an* word hunspell rejects whose
        root has no *ber-*/*memper-* verb, while its *peN-…-an* form is a word, is that
        form mistyped, when that form is the more frequent (*perfilman*, not *pemfilman*)."""
        stem, enclitic = (word[:-3], "nya") if word.endswith("annya") else (word, "")
        if not (stem.startswith("per") and stem.endswith("an")) or stem.endswith("kan") or \
                len(stem) < 9 or self.backend.check(word):
            return None
        root = stem[3:-2]
        if any(self.backend.check(verb) for verb in (
                "ber" + root, "memper" + root, "memper" + root + "kan", "memper" + root + "i")):
            return None
        noun = "pe" + men_form(root)[2:] + "an"
        if not self.backend.check(noun) or \
                self.vocabulary.zipf(noun) < self.vocabulary.zipf(stem) + PREFIX_MARGIN:
            return None                      # perfilman: the written form is the usual one
        return noun + enclitic

    def _context_slip(self, text: str, tokens: list[Token], index: int) -> tuple[str, ...]:
        """A capitalised word never seen in Indonesian text that is one keystroke from the
        word its place calls for: a rank, office or place word right before a name (*Jalab
        F.L. Tobing* → *Jalan*, *Wabub Viktor* → *Wabup*), or a Kemendagri place name right
        after *Desa*, *Kecamatan*… (*Kecamatan Kumpe Ulu* → *Kumpeh*). A name one edit from
        such a word would have to be both unattested and in that very position. Returns
        the words meant, or nothing."""
        word, start = tokens[index].text, tokens[index].start
        if not is_capitalized(word):
            return ()                            # both cases below need a capital
        if word not in MONTHS and len(word) <= 10 and start >= 2 and text[start - 1] == " " \
                and text[start - 2].isdecimal() and \
                _DAY_BEFORE.search(text[max(0, start - 4):start]) and \
                _YEAR_AFTER.match(text, tokens[index].end):
            edits = set(edits1(word.lower()))  # 1 Mey 2023: a month stands there
            return tuple(month for month in MONTHS if month.lower() in edits)
        targets = self._cached(self._slip_targets, word, self._slip_targets_uncached)
        if not any(targets):
            return ()
        triggers, places, regions = targets
        meant: tuple[str, ...] = ()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        previous = tokens[index - 1].text if index else ""
        if following is not None and text[tokens[index].end:following.start] == " " and \
                following.text[:1].isupper() and not self._after_rank(text, tokens, index) \
                and not (
                    index and text[tokens[index - 1].end:start] == " " and
                    is_capitalized(previous) and previous.isalpha() and
                    self._name_word(previous)):
            # not inside a name (Bernad Dinus Fansiena) nor right after a rank: there a
            # name begins (Kombes Pol Tatan Dirsan, not Taman), session 13
            meant = triggers
        if not meant and index and text[tokens[index - 1].end:start] == " ":
            if previous in ADMIN_TRIGGERS:      # Kabupaten Penukak: a regency first
                meant = (*regions, *[place for place in places if place not in regions]) \
                    if previous in REGION_LEVEL else places
            elif previous in UNIT_TRIGGERS:
                meant = regions                  # a unit: a regency or province
        return meant

    def _after_rank(self, text: str, tokens: list[Token], index: int) -> bool:
        """Right after a Polri or TNI rank (``pangkat.tsv``), one space between (*Kombes
        Pol Tatan*, *AKBP Tatan*): where a person's name begins (EYD V, I.E), no office or
        place word. Not after an office (*Kasat Shabara*, *Pj. Geburnur*, *Bupati
        Loekmam*): a unit, another office or a mistyped name may follow one."""
        if not index:
            return False
        if self._ranks is None:
            self._ranks = frozenset(
                rank for category in sorted(RANK_CATEGORIES)
                for rank in self.lexicon.entries(category) if " " not in rank)
        previous = tokens[index - 1]
        return text[previous.end:tokens[index].start] == " " and (
            previous.text in self._ranks or previous.text.capitalize() in self._ranks)

    def _slip_targets_uncached(self, word: str) -> tuple[tuple[str, ...], ...]:
        """What an unknown, unattested capitalised word is one keystroke from (cached per
        word; the sentence decides which applies): rank/office/place words of its length
        (a key hit for its neighbour), Kemendagri places, and regencies or provinces."""
        if len(word) < 4 or len(word) > MAX_WORD or \
                self.vocabulary.zipf(word) > 0 or self.vocabulary.is_place(word) or \
                self.lexicon.accepts(word) or self._user_words.accepts(word) or \
                self.backend.check(word) or self.backend.check(word.lower()):
            return ((), (), ())
        lowered = word.lower()
        edits = set(edits1(lowered))
        size = len(lowered)
        if len(word) < 5:
            triggers = []
        elif lowered.isascii():              # ASCII case maps both ways: one set look-up
            lower_triggers = self._lower_triggers()
            triggers = [edit for edit in edits if edit in lower_triggers and len(edit) == size]
        else:
            triggers = [edit for edit in edits if len(edit) == size
                        and self._is_trigger_word(edit)]
        places: list[str] = []
        regions: list[str] = []
        if not self._two_known_words(lowered):   # Nusalaut: Nusa Laut written as one
            # _is_region written out: some 400 edits a word, the calls cost more than the
            # look-ups
            known, short = self.vocabulary.places, self._region_short
            places = [edit for edit in edits if len(edit) >= 4 and (
                edit in known or edit.capitalize() in known or edit in short)]
            regions = [edit for edit in edits if edit in self._region_words]
            # Wonosamudro, Klubagolit: the writer's spelling of the name, not a slip
            places = [edit for edit in places if not regional_variant(lowered, edit)]
            regions = [edit for edit in regions if not regional_variant(lowered, edit)]
        return tuple(self._ranked_forms(lowered, found)
                     for found in (triggers, places, regions))

    def _ranked_forms(self, lowered: str, found: list[str]) -> tuple[str, ...]:
        ranked = sorted(set(found), key=lambda edit: (   # a dropped letter first: Kumpeh
            -likelihood(lowered, edit, self.vocabulary.zipf(edit)),
            len(edit) <= len(lowered), edit))        # the slip's cost too: Wabub -> Wabup
        return tuple(self._trigger_form(edit) for edit in ranked)

    def _trigger_form(self, lowered: str) -> str:
        """A lowercase edit as the word is written (*Wabup*, *AKBP*, *Kumpeh*)."""
        for form in (lowered.capitalize(), lowered.upper()):
            if form in PLACE_TRIGGERS or form in self._person_triggers:
                return form
        return self.lexicon.words.proper_form(lowered) or lowered.capitalize()

    def _is_region(self, lowered: str) -> bool:
        """A Kemendagri place word or a province's short name (*Sulbar*, *Kalteng*)."""
        return self.vocabulary.is_place(lowered) or lowered in self._region_short

    def _two_known_words(self, lowered: str) -> bool:
        """A place name written as one word that the register writes as two."""
        def known(part: str) -> bool:
            return self.vocabulary.is_place(part) or self.backend.check(part)
        return any(known(lowered[:cut]) and known(lowered[cut:])
                   for cut in range(MIN_PLACE_PART, len(lowered) - MIN_PLACE_PART + 1))

    def _lower_triggers(self) -> frozenset[str]:
        """The ASCII rank, office and place words of at least five letters written
        capitalised or in capitals, in lower case: for an ASCII lowercase word, being in
        it is :meth:`_is_trigger_word` (built at first use)."""
        if self._trigger_lower is None:
            self._trigger_lower = frozenset(
                form.lower() for form in PLACE_TRIGGERS | self._person_triggers
                if form.isascii() and len(form) >= 5
                and form in (form.lower().capitalize(), form.upper()))
        return self._trigger_lower

    def _is_trigger_word(self, lowered: str) -> bool:
        return len(lowered) >= 5 and any(
            form in PLACE_TRIGGERS or form in self._person_triggers
            for form in (lowered.capitalize(), lowered.upper()))

    def _in_rank_run(self, text: str, tokens: list[Token], index: int) -> bool:
        """*AKBP Mada Indra Laksanta*, *AKBP Hari Rosena*: the last word of one run of
        capitalised words (single spaces) that a rank, title or office opens, a full
        name whose earlier words are also common words (*Hari*, *Indra*), which end the
        name positions of :func:`name_positions`; or the word right after a title the
        lexicon writes with its period (*Drs. Naji*: EYD V, I.E, a title before a name).
        A slip with strong evidence (a tripled letter, a word-form slip, a long word one
        key from a very common one) has the verdict FLAG and is not asked."""
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.text[:1].isupper() and \
                text[tokens[index].end:following.start] == " ":
            return False                     # Tim Prnggerak PKK: a name ends its run
        if index and _TITLE_GAP_RE.fullmatch(text, tokens[index - 1].end, tokens[index].start) \
                and f"{tokens[index - 1].text}." in self._person_triggers:
            return True                      # Drs. Naji: a title written with its period
        walked = index
        for _ in range(RANK_RUN_WORDS):
            if walked == 0:
                return False
            before, after = tokens[walked - 1], tokens[walked]
            if text[before.end:after.start] != " " or not before.text[:1].isupper():
                return False
            if self._is_person_trigger(before.text):
                return walked < index       # right after the rank: name_positions decides
            if not before.text.isalpha():
                return False
            walked -= 1
        return False

    def _respelt_name(self, word: str) -> bool:
        """*Panjung* (of *Korem 102/Panju Panjung*), written so again and again: a long
        capitalised word flagged only for being one vowel away from a very common word
        (*panjang*) is how a regional name respells a word, when the text keeps to it; a
        slip of the key is not made the same way twice. Word-form slips (a tripled or
        doubled letter, *-kan* on a root in *k*) keep their flag."""
        lowered = word.lower()
        if len(word) < LONG_SLIP or self.vocabulary.zipf(lowered) > 0.0 or \
                _TRIPLE_LETTER_RE.search(lowered) or self._word_form_slip(lowered):
            return False
        slip = self._slip(lowered, SLIP_MARGIN_CAPITAL)
        return slip is not None and _vowel_for_vowel(lowered, slip)

    def _among_names(self, text: str, tokens: list[Token], index: int) -> bool:
        """*Aboru, Kariuw, Pelau, Kailolo*: a member of a comma list whose members on both
        sides are names or places, no dictionary word, is one of them; an office after a
        name (*Sutrisno, Sekretaris Daerah*) has no name after it."""
        if index == 0 or index + 1 >= len(tokens):
            return False
        before, word, after = tokens[index - 1], tokens[index], tokens[index + 1]
        return text[before.end:word.start] == ", " == text[word.end:after.start] and \
            all(is_capitalized(other.text) and other.text.isalpha() and
                self.verdict(other.text) == ACCEPT and
                not self.backend.check(other.text.lower()) and
                self._affixes.explain(other.text.lower()) is None
                for other in (before, after))

    def _beside_a_name(self, text: str, tokens: list[Token], index: int) -> bool:
        """*Achmad Mutahir*, *Bagenda Ali*: next to a word that is only a name (no
        dictionary word, no term, no place), in one run of capitalised words."""
        for other in (index - 1, index + 1):
            if not 0 <= other < len(tokens):
                continue
            a, b = sorted((tokens[index], tokens[other]), key=lambda t: t.start)
            word = tokens[other].text
            if text[a.end:b.start] == " " and is_capitalized(word) and word.isalpha() and \
                    self._name_word(word):
                return True
        return False

    def _name_word(self, word: str) -> bool:
        lowered = word.lower()
        return (self.verdict(word) == ACCEPT and not self.backend.check(lowered)
                and not self.lexicon.accepts(word) and not self.vocabulary.is_place(word)
                and self._affixes.explain(lowered) is None)

    def _missing_n(self, lowered: str) -> str | None:
        """*disebutkanya*, *kegiatanya*: -kan or -an + -nya written with one n (the form
        with -annya must be a word the lowercase analysis accepts)."""
        if not lowered.endswith("anya") or lowered.endswith("annya") or len(lowered) < 8:
            return None
        fixed = lowered[:-3] + "nnya"
        return fixed if self._lowercase_verdict(fixed) == ACCEPT else None

    def _missing_suffix(self, lowered: str) -> str | None:
        """*dimanfaat*, *memperhati*: a verb prefix whose root the dictionary derives only
        with *-kan* or *-i* (hunspell's affix data lists *dimanfaatkan*, never *dimanfaat*),
        written without the suffix. The suffixed form must be common and the bare one never
        seen in Indonesian text: hunspell's affix flags are incomplete (it lacks *digelar*,
        a word of every release), the frequency list is not."""
        if not lowered.startswith(_VERB_PREFIXES) or lowered.endswith(("kan", "i")) or \
                self.vocabulary.zipf(lowered) > 0.0:
            return None
        forms = [form for form in (lowered + "kan", lowered + "i")
                 if self.backend.check(form) and self.vocabulary.zipf(form) >= SLIP_FLOOR]
        if not forms or self.backend.check(lowered):
            return None
        return max(forms, key=self.vocabulary.zipf)

    def _rare_stem_slip(self, stem: str) -> bool:
        """A dictionary stem that is rare and one keystroke from a common word."""
        if self.vocabulary.zipf(stem) >= RARE_STEM_ZIPF:
            return False
        return any(zipf >= SLIP_FLOOR_AFFIXED and not (
            candidate.startswith(stem) and candidate[len(stem):] in _REDUPLICATION_SUFFIXES)
            for candidate, zipf in self.vocabulary.neighbours(stem))

    def _domain_slip(self, lowered: str) -> bool:
        """One edit from a long domain term (Satreskrim, Bhabinkamtibmas, Bupati)."""
        if len(lowered) < 5:
            return False
        return self._domain_index.near(lowered)   # = any edit of it in _domain_lower

    def _slip(self, lowered: str, margin: float, floor: float = SLIP_FLOOR) -> str | None:
        """The common word this one is one keystroke from (also under an enclitic)."""
        slip = self.vocabulary.likely_slip_of(lowered, margin, floor)
        if slip is not None:
            return slip
        for enclitic in _ENCLITICS:
            stem = lowered[:-len(enclitic)]
            if lowered.endswith(enclitic) and len(stem) >= 4 and not self.backend.check(stem):
                slip = self.vocabulary.likely_slip_of(stem, margin, floor)
                if slip is not None:
                    return slip + enclitic
        return None

    def _generic_unit(self, word: str, text: str, token: Token) -> bool:
        """*jajaran polsek*: a unit word used as a common noun, not before its name."""
        proper = self.lexicon.words.proper_form(word)
        if proper is None or self.lexicon.category(proper) != "satuan-jabatan":
            return False
        following = text[token.end:token.end + 40].lstrip(" \t")
        return not following[:1].isupper()

    def _is_common(self, word: str) -> bool:
        """A capitalised word whose lowercase form is an ordinary word (Tim, Provinsi);
        cached per word form, as name runs ask it of every capitalised word each check."""
        return self._cached(self._common, word, self._is_common_uncached)

    def _is_common_uncached(self, word: str) -> bool:
        lowered = word.lower()
        return lowered != word and self.backend.check(lowered) and (
            self.vocabulary.zipf(lowered) >= COMMON_ZIPF or not self.vocabulary.is_place(word))

    def _is_person_trigger(self, word: str) -> bool:
        """A rank, title or office standing alone as a lexicon entry (*AKBP*, *Bupati*);
        not a word taken from a longer entry (*Tim* of *Tim Penggerak PKK*)."""
        return word in self._person_triggers or (
            word.isupper() and word.capitalize() in self._person_triggers)   # IPTU Arisman

    def _check_parts(self, token: Token, known: CaseAwareWords, ignored: set[str],
                     in_name: bool) -> list[Finding]:
        """A hyphenated word is right when each part is (``isu-isu``, ``Covid-19``); a
        reduplication (``Kanak-Kanak``) is judged once, as its base word."""
        lowered = token.text.lower()
        if self.accepts_word(token.text) or self.backend.check(lowered) or \
                lowered in self.vocabulary.roots or self.lexicon.accepts(lowered):
            return []                        # ogoh-ogoh, awig-awig: KBBI words whole
        parts = re.split(r"([-'’])", token.text)
        words = [part for part in parts if part and part not in "-'’"]
        if len(words) == 2 and (words[0].lower() == words[1].lower() or (
                words[1].lower().startswith(words[0].lower())
                and words[1][len(words[0]):].lower() in _REDUPLICATION_SUFFIXES)):
            parts = parts[:1]                # Kanak-Kanak, kos-kosan, sok-sokan
        findings = self._part_findings(token, parts, words, known, ignored, in_name)
        if findings:
            whole = self._whole_word_suggestions(token.text, words)
            if whole:                        # shabu-shabu, uneg-unegnya, ma'af, masih-masing
                return [Finding(token.start, token.end, token.text, "spelling", RULE_SPELLING,
                                f"Kata “{token.text}” tidak dikenal; periksa ejaannya.",
                                whole)]
        return findings

    def _part_findings(self, token: Token, parts: list[str], words: list[str],
                       known: CaseAwareWords, ignored: set[str],
                       in_name: bool) -> list[Finding]:
        findings: list[Finding] = []
        offset = token.start
        previous = ""
        for part in parts:
            if part in ("-", "'", "’") or not part:
                offset += len(part)
                continue
            verdict = ACCEPT if (len(part) < 2 or part in ignored or known.accepts(part)
                                 or clitic_after_capitals(previous, part)) \
                else self.verdict(part)
            previous = part
            if not (verdict == ACCEPT or (verdict == NAME_ONLY and in_name)) and \
                    not (part.islower() and len(words) > 1 and "'" not in token.text
                         and "’" not in token.text and self._affixes.explain(part)):
                findings.append(self._spelling_finding(offset, part))
            offset += len(part)
        return findings

    def _whole_word_suggestions(self, token: str, words: list[str]) -> tuple[str, ...]:
        """Corrections of a hyphenated or apostrophe word as one word, when it is one:
        a reduplication (*shabu-shabu* → *sabu-sabu*, *uneg-unegnya* → *unek-uneknya*,
        *masih-masing* → *masing-masing*, EYD V, II.E) or a word whose apostrophe is not
        Indonesian spelling (*ma'af* → *maaf*)."""
        found: list[str] = []
        if "'" in token or "’" in token:
            joined = re.sub("['’]", "", token)
            if token.islower() and self.accepts_word(joined):
                found.append(joined)
            return tuple(found)
        if len(words) != 2 or len(token) > MAX_WORD:
            return ()
        first, second = words
        suffix = ""
        if second.lower().startswith(first.lower()) and \
                second[len(first):].lower() in _REDUPLICATION_SUFFIXES:
            suffix = second[len(first):]
            second = second[:len(first)]
        if first.lower() == second.lower():
            asked = f"{first}-{first}"
            bases = [match_case(first, s) for s in self.suggest(first) if " " not in s]
        elif first[:3].lower() == second[:3].lower():
            asked = token                    # masih-masing: one half mistyped
            bases = [first, second]
        else:
            return ()
        for whole in self.backend.suggest(asked):   # hunspell knows reduplications whole
            halves = whole.split("-")
            if len(halves) == 2 and halves[0].lower() == halves[1].lower():
                found.append(match_case(first, whole) + suffix)
        for base in bases:
            whole = f"{base}-{base}"
            if self.backend.check(whole) or self.backend.check(whole.lower()):
                found.append(whole + suffix)
        unique: dict[str, str] = {}
        for whole in found:
            unique.setdefault(whole.lower(), whole)
        return tuple(unique.values())[:5]

    def _spelling_finding(self, start: int, word: str, meant: tuple[str, ...] = ()) -> Finding:
        """``meant``: what the word's place in the sentence calls for, suggested first."""
        suggestions = self.suggest(word)
        if meant:
            suggestions = (*meant, *[s for s in suggestions if s not in meant])[:5]
        proper = self.lexicon.words.proper_form(word) or self._user_words.proper_form(word)
        if proper is not None and proper != word and not is_all_caps(word):
            return Finding(start, start + len(word), word, "spelling", RULE_CAPITAL,
                           f"Nama diri atau singkatan ditulis “{proper}”.",
                           (proper, *[s for s in suggestions if s != proper])[:5])
        return Finding(start, start + len(word), word, "spelling", RULE_SPELLING,
                       f"Kata “{word}” tidak dikenal; periksa ejaannya.", suggestions)

    def _skippable(self, text: str, token: Token) -> bool:
        word = token.text
        if len(word) < 2:
            return True
        if (token.start > 0 and text[token.start - 1].isdigit()) or (
                token.end < len(text) and text[token.end].isdigit()):
            return True                     # 3C, 22nd, Covid19
        if word == "an" and token.start >= 2 and text[token.start - 1] == "-" and \
                text[token.start - 2].isdigit():
            return True                     # tahun 1990-an (EYD V, III.E tanda hubung)
        if word.isupper() and is_roman_numeral(word):
            return True
        if word in _NAME_PARTICLES and _PARTICLE_PLACE.match(
                text, max(0, token.start - 4), min(len(text), token.end + 2)):
            return True                     # Kapal Van der Wijck: a Dutch name's particle
        # initials of suspects and victims: "berinisial AS", "MR (34)"; a list after
        # berinisial holds initials however typed (Sl, Ei, dan Ur: session 13, 0 of 3 marked)
        if len(word) <= 3 and word[:1].isupper() and \
                _INITIALS_BEFORE.search(text[max(0, token.start - 48):token.start]):
            return True
        return word.isupper() and len(word) <= 3 and bool(
            _INITIALS_AFTER.match(text[token.end:token.end + 4]))

    def _abbreviation_spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in scan(_ABBREVIATION_RE, text):
            chunk = match.group()
            if "." not in chunk.rstrip("."):
                if chunk.endswith(".") and chunk in self.lexicon.abbreviations:
                    spans.append((match.start(), match.end()))
                continue
            if chunk in self.lexicon.abbreviations or chunk.rstrip(".") in \
                    self.lexicon.abbreviations:
                spans.append((match.start(), match.end()))
        return spans

    def _accepts_uncached(self, word: str) -> bool:
        if self.lexicon.accepts(word) or self._user_words.accepts(word):
            return True
        if self.backend.check(word):
            return True
        if word.islower() or is_capitalized(word) or is_all_caps(word):
            lowered = word.lower()
            if lowered != word and (self.lexicon.accepts(lowered) or
                                    self._user_words.accepts(lowered)):
                return True
            return self._affixes.explain(lowered) is not None
        return False

    def _attested(self, word: str) -> bool:
        """A form common in Indonesian text (``affixes``: a short se- form's witness),
        and no name the lexicon or the place list knows (*semeru*: Semeru in lower case)."""
        return self.vocabulary.zipf(word) >= SLIP_FLOOR and \
            self.lexicon.words.proper_form(word) is None and not self.vocabulary.is_place(word)

    def _is_compound_root(self, root: str) -> bool:
        """Two words written as one under a confix (EYD V, II.D: *siap siaga* →
        *kesiapsiagaan*, *tindak lanjut* → *ditindaklanjuti*)."""
        zipf = self.vocabulary.zipf
        return any(self.backend.check(root[:cut]) and self.backend.check(root[cut:])
                   and zipf(root[:cut]) >= COMPOUND_ZIPF and zipf(root[cut:]) >= COMPOUND_ZIPF
                   and root[:cut] not in FUNCTION_WORDS and root[cut:] not in FUNCTION_WORDS
                   and not root.endswith(("kan", "an"))   # the confix's suffix is off already
                   for cut in range(3, len(root) - 2))

    def _is_root(self, root: str) -> bool:
        """A root for affixes: a dictionary word, a domain word, or a KBBI root hunspell
        lacks that is long enough not to explain typos away (*akuntabel*)."""
        return self.lexicon.accepts(root) or self.backend.check(root) or (
            len(root) >= 5 and root in self.vocabulary.roots
            and root not in self.vocabulary.words_only)

    def _hunspell_or_lexicon(self, word: str) -> bool:
        return self.lexicon.accepts(word) or self.backend.check(word)

    def _is_proper_only(self, word: str) -> bool:
        """A lowercase word that the lexicon only knows capitalised (a place, a unit)."""
        return not self.lexicon.accepts(word) and self.lexicon.words.proper_form(word) \
            is not None

    def _one_edit_index(self, word: str) -> dict[str, float]:
        """Known words one edit from ``word``, in the case they are written, with their
        frequency: frequent correct words, domain terms, the user's words."""
        found: dict[str, float] = {}
        for candidate, zipf in self.vocabulary.neighbours(word):
            found[candidate] = zipf
        lowered = word.lower()
        for edit in edits1(lowered):
            proper = self._domain_forms.get(edit)
            if proper is not None:
                found.setdefault(proper, self.vocabulary.zipf(edit) + DOMAIN_BONUS)
            user = self._user_words.proper_form(edit)
            if user is not None and self._user_words.accepts(user):
                found.setdefault(user, self.vocabulary.zipf(edit) + DOMAIN_BONUS)
        proper = self.lexicon.words.proper_form(lowered)
        if proper is not None and proper != word:
            found[proper] = 9.0              # only the case is wrong: polres -> Polres
        elif lowered != word and self.backend.check(lowered):
            found[word[:1] + lowered[1:]] = 9.0    # LIntas -> Lintas
        return found

    def _is_jargon(self, word: str) -> bool:
        """A capitalised word the lexicon knows in lower case (*Musrenbang*, *Sidak*):
        service jargon that sites capitalise by custom."""
        return word.lower() in self._lower_entries

    def _is_acronym_word(self, word: str) -> bool:
        """An institution or service word written in title case (*Polri*, *Pemilu*); not a
        rank or a place, which sites write in capitals in datelines and bylines."""
        return word in self._title_case_terms

    def _is_name_or_term(self, word: str) -> bool:
        """A capitalised word the lexicon or the user knows written so (*Polres*, *Jumat*;
        not *Sidak*, which the lexicon knows in lower case)."""
        if self._user_words.accepts(word):
            return True
        proper = self.lexicon.words.proper_form(word)
        return proper is not None and not proper.islower()

    def _is_office(self, word: str) -> bool:
        """An institution or unit the lexicon knows (*BPBD*, *Polres*): it has a head."""
        return self.lexicon.category(word) in _OFFICE_CATEGORIES

    def _is_domain(self, word: str) -> bool:
        return self.lexicon.category(word) is not None


_RUN_GAPS = frozenset({" ", ". ", "–", "—"})
_TITLE_GAP_RE = _PATTERNS.compile(r"\. ?")
"""Between a title written with its period and the name: *Drs. Naji*, *Drs.Naji*."""
_DAY_BEFORE = _PATTERNS.compile(r"(?<!\d)\d{1,2} $")
_NO_TARGETS: tuple[tuple[str, ...], ...] = ((), (), ())
"""What ``_slip_targets_uncached`` finds for a word one keystroke from no trigger or place."""
_YEAR_AFTER = _PATTERNS.compile(r" \d{4}(?!\d)")
LOST_LETTER_ZIPF = 4.5
"""A word this common (zipf; *menguasai* 4.95) is what an unseen derived word one letter
short of it means; rarer ones have real derived neighbours (*meninjau*, *meninju*)."""
REGION_LEVEL = frozenset({"Kabupaten", "Kota", "Provinsi"})
"""Words a regency, city or province follows, not a village (*Kabupaten Penukal*)."""
MIN_PLACE_PART = 4
"""Each word of a place name written as one (*Nusa Laut*): three letters make a word
inside almost any name (*Penu-kak*), which proves nothing."""
_PREFIX_SWAPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("per", ("pe", "ber")), ("ber", ("per",)), ("pe", ("per",)),
)
"""Prefixes written for one another: *pe-* and *per-* (*pekerjaan*, *perbaikan*), *ber-*
and *per-* (*berbincang*, *perbincangan*)."""
_UNMELTED: tuple[tuple[str, str], ...] = (("meng", "g"), ("peng", "g"))
"""A nasal prefix keeps the root's first letter unless it is k, p, t or s (EYD V, KBBI:
*menggelar*, *penggalian*): a *g* lost after *meng-/peng-* reads as a melted *k*. Only
*g*: *b* and *p* roots pair too often for the same reading (*pemalakan*, *pembalakan*)."""


def _phrase_spans(text: str, values: list[str]) -> Iterator[tuple[int, int]]:
    """Where the draft's multi-word field values (an event's name, a position, a place)
    stand in the text: the officer typed them as names, capitals and all."""
    for value in {value.strip() for value in values if " " in value.strip()}:
        start = text.find(value)
        while start >= 0:
            yield start, start + len(value)
            start = text.find(value, start + len(value))


def _is_case_rule(rule: str) -> bool:
    """Rules about capital letters, which a name typed in a field decides for itself."""
    return rule.startswith("kapital") or rule in _CASE_RULES


_CASE_RULES = frozenset({"kata-tugas-huruf-kecil", "nama-orang-huruf-kapital",
                         "huruf-kapital"})


def _without_repeats(findings: list[Finding]) -> list[Finding]:
    """One finding per span and correction: two rules that agree (*mentaati* is both a
    non-standard form and an unmelted prefix) would otherwise list the same fix twice. The
    more certain one is kept, and of two as certain the one that names a rule of EYD (it
    teaches the class) rather than a word list."""
    kept: dict[tuple[int, int, tuple[str, ...]], int] = {}
    result: list[Finding] = []
    for finding in findings:
        key = (finding.start, finding.end, finding.suggestions)
        index = kept.get(key)
        if index is None or not finding.suggestions:
            kept.setdefault(key, len(result))
            result.append(finding)
        elif _preferred(finding) > _preferred(result[index]):
            result[index] = finding
    return result


def _preferred(finding: Finding) -> tuple[bool, bool]:
    return finding.severity == "kesalahan", finding.rule not in WORD_RULES


def _prefix_variants(word: str) -> Iterator[str]:
    """The word with its prefix written the other ways it is confused with."""
    for prefix, others in _PREFIX_SWAPS:
        if word.startswith(prefix) and len(word) > len(prefix) + 4:
            for other in others:
                yield other + word[len(prefix):]
    for prefix, letter in _UNMELTED:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4 and rest[0] in "aeiou":
            yield prefix + letter + rest


def _vowel_for_vowel(written: str, meant: str) -> bool:
    """One vowel written for another (*Parlindungan* beside *perlindungan*): how regional
    names respell a word, unlike a dropped, doubled or swapped letter."""
    if len(written) != len(meant):
        return False
    changed = [(a, b) for a, b in zip(written, meant, strict=True) if a != b]
    return len(changed) == 1 and all(letter in "aiueo" for letter in changed[0])


def _repeated_capitals(tokens: list[Token]) -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words the text writes, the same way, at least REPEATED_NAME times: the
    short ones (at most SHORT_NAME letters), names however near a common word they are;
    and the longer ones, names when they respell a word's vowel (see _respelt_name)."""
    seen: dict[str, int] = {}
    for token in tokens:
        word = token.text
        if word[:1].isupper() and word[1:].islower():
            seen[word] = seen.get(word, 0) + 1
    repeated = [word for word, count in seen.items() if count >= REPEATED_NAME]
    return (frozenset(word for word in repeated if len(word) <= SHORT_NAME),
            frozenset(word for word in repeated if len(word) > SHORT_NAME))


def _in_capital_run(text: str, tokens: list[Token], index: int) -> bool:
    """Whether a neighbour on the same line, one space (or a dash: *Betun–Bolan*, a route
    or a pair of places) away, is capitalised too."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(tokens):
            a, b = sorted((tokens[index], tokens[other]), key=lambda t: t.start)
            gap = text[a.end:b.start]
            if gap in _RUN_GAPS and tokens[other].text[:1].isupper():
                return True
    return False


def _words(value: str) -> list[str]:
    return word_list(value)



