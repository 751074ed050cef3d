"""The façade the UI and the CLI call: plain text in, findings with offsets out."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from app.language.affixes import FUNCTION_WORDS, AffixAnalyzer
from app.language.context import LINK_RE, defined_terms, name_positions, skip_spans
from app.language.finding import Finding
from app.language.lexicon import CaseAwareWords, Lexicon, read_table, style_dir
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
from app.language.userdict import PersonalDictionary, TeamDictionary
from app.language.vocabulary import Vocabulary, edits1

logger = logging.getLogger(__name__)
_T = TypeVar("_T")

RULE_SPELLING = "ejaan"
RULE_CAPITAL = "huruf-kapital"

_ABBREVIATION_RE = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,5}\.)+(?:[A-Za-z]{1,5}\.?)?")
_INITIALS_BEFORE = re.compile(r"(?:inisial|berinisial|Inisial|Berinisial)\s+$")
_INITIALS_AFTER = re.compile(r"^\s*\(\d")
_WORD_LIST_RULES = frozenset({RULE_NONSTANDARD, RULE_FOREIGN})
_TRIGGER_CATEGORIES = frozenset({"pangkat-polri", "pangkat-tni", "sapaan-jabatan", "gelar",
                                 "satuan-jabatan"})
_ENCLITICS = ("nya", "lah", "pun", "ku", "mu")
_STRAY_LETTER_RE = re.compile(r"(?<=[^\W\d_]) [b-wyz](?= [^\W\d_])")
"""A lone lowercase letter between two words (*padi d Desa*): what is left of a short word
(*di*, *ke*, *dan*). Not *a* (English text) nor *x* (*panjang x lebar*)."""

_LOANWORD_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("x", ("ks",)), ("ph", ("f",)), ("th", ("t",)), ("dz", ("z",)), ("sh", ("sy", "s")),
    ("q", ("k",)), ("c(?=[aou]|$)", ("k",)), ("c(?=[ei])", ("s",)), ("y", ("i",)),
    ("ck", ("k",)), ("ee", ("i",)), ("oo", ("u",)),
)
_FOREIGN_SPELLING_RE = re.compile(r"x|ph|th|dz|sh|q|c|y|ee|oo")
COMMON_ZIPF = 3.5
COMPOUND_ZIPF = 3.0
"""Both words of a compound under a confix are common words (*siap* + *siaga*), so a typo
does not pass as two rare dictionary words (*sebut* + *kanya*)."""
"""A word this frequent is an ordinary word even where a village bears its name (*Tim*)."""
_REDUPLICATION_SUFFIXES = frozenset({"an", "nya", "kan", "i", "annya"})
MAX_WORD = 40
"""Longer 'words' get no dictionary work (edit candidates grow with length): the longest
Indonesian words (*ketidakbertanggungjawaban*) have 25 letters."""
_CONFIX_RE = re.compile(r"^(?:ke|pe|per|di|me|ber|ter).{6,}(?:an|kan|i|nya)$")
"""A word with both a prefix and a suffix: the only place two words are written as one."""
_PLACE_CATEGORIES = frozenset({"kabupaten", "kota", "provinsi", "singkatan-wilayah", "gelar"})
BOUND_WORDS = frozenset({"se", "non", "pasca", "antar", "pra", "anti", "multi", "sub"})
"""Bound forms standing alone: the EYD rules say how to join them, not the speller."""

# Verdicts on a word out of context.
ACCEPT = "accept"
FLAG = "flag"
NAME_ONLY = "name"
"""Flagged unless it stands where a name stands (after a rank, title or place word)."""

IN_RUN = "run"
"""Flagged unless it stands in a run of capitalised words (a full name) or a name place."""
SHORT_NAME = 6
"""Capitalised words this short that are one edit from a common word are mostly names."""
LONG_SLIP = 7
VERY_COMMON_ZIPF = 5.0
"""A capitalised word of at least LONG_SLIP letters one keystroke from a word this frequent
(*Priovinsi*, *Sedangan*) is a typo even after a rank or inside a name: long names one edit
from a very frequent word are rare, long typos of one are common."""
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
SLIP_MARGIN_CAPITAL = 2.0
"""How much more frequent than the word itself its one-edit neighbour must be to call the
word a slip: capitalised words are often rare names near common words, so more."""


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
        self._domain_lower = {word.lower() for word in self.lexicon.words
                              if len(word) >= 5 and word.isalpha()}
        self._title_case_terms = {
            entry for category, entries in self.lexicon.categories.items()
            if not category.startswith("pangkat") and category not in _PLACE_CATEGORIES
            for entry in entries if entry.isalpha() and entry[:1].isupper()
            and entry[1:].islower()}
        self._lower_entries = {entry for entries in self.lexicon.categories.values()
                               for entry in entries if entry.islower()}
        self._person_triggers = {entry for category in _TRIGGER_CATEGORIES
                                 for entry in self.lexicon.categories.get(category, ())
                                 if " " not in entry}
        self._domain_forms = {word.lower(): word for word in self.lexicon.words
                              if word.isalpha()}
        self._verdicts: dict[str, str] = {}
        self._user_words = CaseAwareWords()
        self._reload_user_words()
        self._affixes = AffixAnalyzer(self._is_root)
        self._compound_affixes = AffixAnalyzer(self._is_compound_root)
        self._cache: dict[str, bool] = {}
        self._cache_lock = threading.Lock()
        frequent = [row[0] for row in read_table(style_dir() / "frekuensi.tsv", columns=1)] \
            if (style_dir() / "frekuensi.tsv").exists() else []
        self._suggester = Suggester(self.accepts_word, self.backend.suggest,
                                    self._is_domain, frequent, self._one_edit_index,
                                    vocabulary=self.vocabulary)
        self.style = StyleChecker(style_data or StyleData.load(), self._hunspell_or_lexicon,
                                  self._is_proper_only, self._is_name_or_term,
                                  self.vocabulary.is_place, self.lexicon.words.proper_form,
                                  self._is_acronym_word, self._is_jargon)

    # -- public ------------------------------------------------------------------------

    @property
    def spelling_available(self) -> bool:
        return self.backend.available

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
        ``ignored`` the words the officer chose to ignore for this draft."""
        tokens = list(tokenize(text))
        known = CaseAwareWords(word for value in known_words for word in _words(value))
        skip = set(ignored)
        links = Spans((m.start(), m.end()) for m in LINK_RE.finditer(text))
        findings = [f for f in self.style.check(text, tokens)
                    if not (f.rule in _WORD_LIST_RULES
                            and (f.text in skip or known.accepts(f.text)))
                    and not links.overlaps(f.start, f.end)]
        if self.backend.available:
            findings += self._spelling(text, tokens, findings, known, skip)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings

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
        missing_n = self._missing_n(word.lower())
        if missing_n is not None:                # disebutkanya -> disebutkannya first
            fixed = match_case(word, missing_n)
            suggestions = (fixed, *[s for s in suggestions if s != fixed])[:5]
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
            self._suggester.clear()

    def _spelling(self, text: str, tokens: list[Token], style: list[Finding],
                  known: CaseAwareWords, ignored: set[str]) -> list[Finding]:
        covered = [(f.start, f.end) for f in style]
        covered += self._abbreviation_spans(text)
        covered += skip_spans(text)
        covered_index = Spans(covered)
        names = name_positions(text, tokens, self._is_person_trigger, self._is_common)
        defined = CaseAwareWords(defined_terms(text))
        for index in names:                  # a name once seen as a name is one everywhere
            if self.verdict(tokens[index].text) != FLAG:
                defined.add(tokens[index].text)
        findings: list[Finding] = []
        for index, token in enumerate(tokens):
            if covered_index.overlaps(token.start, token.end):
                continue
            if len(token.text) == 1 and token.start and token.text not in ignored and \
                    _STRAY_LETTER_RE.match(text, token.start - 1):
                findings.append(self._spelling_finding(token.start, token.text))
                continue                     # padi d Desa: a short word lost its letters
            if self._skippable(text, token):
                continue
            word = token.text
            if word in ignored or known.accepts(word) or defined.accepts(word):
                continue
            if "-" in word or (("'" in word or "’" in word) and word.islower()):
                findings += self._check_parts(token, known, ignored, index in names)
                continue
            verdict = self.verdict(word)
            if verdict == ACCEPT or (verdict in (NAME_ONLY, IN_RUN) and index in names) or (
                    verdict == IN_RUN and _in_capital_run(text, tokens, index)) or (
                    verdict == NAME_ONLY and self._beside_a_name(text, tokens, index)):
                continue
            if word.islower() and self._generic_unit(word, text, token):
                continue
            findings.append(self._spelling_finding(token.start, word))
        return findings

    def verdict(self, word: str) -> str:
        """ACCEPT, FLAG or NAME_ONLY for a single word out of context (cached)."""
        return self._cached(self._verdicts, word, self._verdict_uncached)

    def _cached(self, cache: dict[str, _T], word: str, compute: Callable[[str], _T]) -> _T:
        """A per-word answer, computed once; the caches only grow with caller-free values."""
        cached = cache.get(word)
        if cached is None:
            cached = compute(word)
            with self._cache_lock:
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
        lowered = word.lower()
        if self.backend.check(word) or self.backend.check(lowered) or \
                self.lexicon.accepts(lowered) or self._user_words.accepts(lowered) or \
                lowered in self.vocabulary.roots:
            return ACCEPT
        if is_all_caps(word) and len(word) <= 5:
            return ACCEPT                    # an acronym: SMA, BBM, PPKM, RKPD
        if self.vocabulary.is_place(word):
            return ACCEPT
        lowercase = self._lowercase_verdict(lowered)
        if lowercase == ACCEPT:
            return ACCEPT                    # Lengahnya: a sentence starts with a right word
        if self._domain_slip(lowered) and self.vocabulary.zipf(lowered) < SLIP_FLOOR:
            return NAME_ONLY                 # Satresrkim, Bhabinkamibmas, Baperjkat
        if self._missing_n(lowered) is not None:
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
        return NAME_ONLY

    def _lowercase_verdict(self, word: str) -> str:
        if self.backend.check(word) or word in BOUND_WORDS:
            return ACCEPT
        if self._stutter(word) is not None:
            return FLAG
        for enclitic in _ENCLITICS:          # tegasnya, paparnya: a known word + enclitic
            stem = word[:-len(enclitic)]
            if word.endswith(enclitic) and len(stem) >= 4 and self._hunspell_or_lexicon(stem):
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
        slip = self._slip(word, SLIP_MARGIN_LOWER, SLIP_FLOOR_AFFIXED)
        return FLAG if slip and not self._common_root(word, slip) else ACCEPT

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
                       or self.lexicon.accepts(form)),
                      key=lambda form: -self.vocabulary.zipf(form))

    def _stutter(self, word: str) -> str | None:
        """*mememerangi*, *didiberikan*: a syllable typed twice at the start of a known
        word (the affix analysis would read it as one more prefix)."""
        for size in (2, 3):
            if len(word) > 2 * size + 2 and word[:size] == word[size:2 * size] and \
                    self.backend.check(word[size:]):
                return word[size:]
        return None

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
        return any(edit in self._domain_lower for edit in edits1(lowered))

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
        """A capitalised word whose lowercase form is an ordinary word (Tim, Provinsi)."""
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
        if self.accepts_word(token.text) or self.backend.check(token.text.lower()):
            return []
        parts = re.split(r"([-'’])", token.text)
        words = [part for part in parts if part and part not in "-'’"]
        if len(words) == 2 and (words[0].lower() == words[1].lower() or (
                words[1].lower().startswith(words[0].lower())
                and words[1][len(words[0]):].lower() in _REDUPLICATION_SUFFIXES)):
            parts = parts[:1]                # Kanak-Kanak, kos-kosan, sok-sokan
        findings: list[Finding] = []
        offset = token.start
        for part in parts:
            if part in ("-", "'", "’") or not part:
                offset += len(part)
                continue
            verdict = ACCEPT if (len(part) < 2 or part in ignored or known.accepts(part)) \
                else self.verdict(part)
            if not (verdict == ACCEPT or (verdict == NAME_ONLY and in_name)) and \
                    not (part.islower() and len(words) > 1 and "'" not in token.text
                         and "’" not in token.text and self._affixes.explain(part)):
                findings.append(self._spelling_finding(offset, part))
            offset += len(part)
        return findings

    def _spelling_finding(self, start: int, word: str) -> Finding:
        suggestions = self.suggest(word)
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
        if word.isupper() and is_roman_numeral(word):
            return True
        # initials of suspects and victims: "berinisial AS", "MR (34)"
        return word.isupper() and len(word) <= 3 and bool(
            _INITIALS_BEFORE.search(text[max(0, token.start - 12):token.start])
            or _INITIALS_AFTER.match(text[token.end:token.end + 4]))

    def _abbreviation_spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in _ABBREVIATION_RE.finditer(text):
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
            len(root) >= 5 and root in self.vocabulary.roots)

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

    def _is_domain(self, word: str) -> bool:
        return self.lexicon.category(word) is not None


_RUN_GAPS = frozenset({" ", ". ", "–", "—"})


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



