"""Suggestions fitted to where the word stands: what a copy editor writes in its place.

Each rule sees one word; the place decides the rest. Three general corrections:

- a suggestion is never a non-standard form itself: *meng himbau* joined is *menghimbau*,
  which the KBBI table writes *mengimbau*, so that is what is offered;
- a misspelt or non-standard common word written with a capital in mid-sentence gets its
  correction in lower case (EYD V, huruf kapital: common nouns are not capitalised), so
  one click fixes both slips (*orang Personil yakni* → *personel*, not *Personel*);
- a finding the corrected one already covers is dropped (*himbau* inside *meng himbau*).

Where the place cannot decide the case (a common noun or the head of a name, a service
term written both ways), the likelier form comes first and the other case next, so that
the form a reader wants is among the first three. The place also chooses among a typo's
candidates: the word that completes a region name after its first word (*Aceh Selata*),
the *ke-…-an* noun where no *ke* phrase can stand (*dalam kebersama*).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from typing import Protocol

from app.language import saying
from app.language.affixes import BOUND_FORMS
from app.language.document_words import DocumentWords, prefer_document_word
from app.language.finding import Finding
from app.language.lexicon import listed
from app.language.module_regex import ModulePatterns
from app.language.style import (
    RULE_CAPITAL_MIDDLE,
    RULE_FOREIGN,
    RULE_JOINED_PREPOSITION,
    RULE_NONSTANDARD,
)
from app.language.suggest import MAX_SUGGESTIONS, joined_prepositions
from app.language.tokens import is_capitalized, match_case
from app.language.two_edits import one_edit, osa_within

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_SPELLING = "ejaan"
"""``checker.RULE_SPELLING`` (the checker imports this module, not the other way round)."""
WORD_RULES = frozenset({RULE_SPELLING, RULE_NONSTANDARD, RULE_FOREIGN})
"""Rules about the word itself: their suggestion may also mend its case."""

_BEFORE_MIDDLE = _PATTERNS.compile(
    r"(?:(?<![\w-])[a-z][a-z-]*(?: \d+(?:[.,]\d+)?)?,?"
    r"|(?:(?<![\w-])Rp\.? ?|(?<![\w/:.,-]))\d+(?:[.,]\d+)?) $")
"""A lowercase word, perhaps a number (*6
Personil*) or a comma, then one space: the word after it stands in mid-sentence. So
does a word counted by a number or an amount after anything (*Arhanud 14 Personil*,
*Rp1,1 Milyar*): what a number counts is a common noun or a unit (EYD V, I.E), not a
name — not a date's or a time's last number (*12/5*, *09.30*)."""
_AFTER_COMMON = _PATTERNS.compile(r"(?: [a-z]|[.,;:!?)])")
"""A lowercase word or punctuation next: the capitalised word does not start a name."""
LOOK_BACK = 60
BOUND_APART_RULES = frozenset({"bentuk-terikat-terpisah", "bentuk-terikat-kapital"})
"""Rules of ``aturan-eyd.toml`` that find a bound form written apart (*antar warga*)."""
_ANTAR_APART = _PATTERNS.compile(r"(?i:antar)(?=[ \t])")
COMMON_ZIPF = 3.0
"""An alternative reading offered beside the rule's own must be a common word."""


class Terms(Protocol):
    """The lexicon (``lexicon.Lexicon``): its entries by category."""

    @property
    def categories(self) -> Mapping[str, Collection[str]]: ...


def fit_to_context(text: str, findings: list[Finding], standard: Mapping[str, str],
                   established: Collection[str], is_word: Callable[[str], bool],
                   terms: Terms, zipf: Callable[[str], float] = lambda word: 0.0,
                   score: Callable[[str, str], float] | None = None) -> list[Finding]:
    """``findings`` with suggestions in their standard form and the case the place needs.

    ``standard``: the KBBI table of non-standard → standard forms (lower case keys);
    ``established``: the lexicon's ordinary words (*personel*, *kamtibmas*) that follow
    EYD although a unit or office is written with them capitalised; ``is_word``: whether a
    lowercase word is correct; ``terms``: the lexicon, to keep the capital of an office or
    unit it lists as a word of its own (*Bupati*, *Bhabinkamtibmas*); ``zipf``: a word's
    frequency, for alternatives that must be common words; ``score``: the suggester's
    likelihood of a candidate for a typo, to weigh the text's own words in
    (``document_words``)."""
    if score is not None:
        findings = _document_words_first(text, findings, score, zipf)
    fitted: list[Finding] = []
    shared = Counter((finding.start, finding.end) for finding in findings)
    normalised: list[tuple[int, int]] = []
    lowered: list[tuple[int, int]] = []
    for finding in findings:
        suggestions = _standard_forms(finding.suggestions, standard)
        if suggestions != finding.suggestions:
            normalised.append((finding.start, finding.end))
        if finding.rule in WORD_RULES and is_capitalized(finding.text) and \
                _in_mid_sentence(text, finding) and not _speaker(text, finding):
            cased = tuple(dict.fromkeys(
                _lowered(s, established, is_word, terms) for s in suggestions))
            if cased != suggestions:
                lowered.append((finding.start, finding.end))
                cased = _capital_kept_next(cased, suggestions[0], terms, established)
                if _coordinated(text, finding.start):
                    cased = tuple(dict.fromkeys((suggestions[0], *cased)))[:MAX_SUGGESTIONS]
            suggestions = cased
        elif _listed_form(finding, suggestions, standard) and \
                is_capitalized(finding.text) and _after_common_word(text, finding.start):
            suggestions = _with_lowercase(suggestions, established, is_word, terms,
                                          _time_name_next(text, finding.end, terms),
                                          after_common=True)
        elif _listed_form(finding, suggestions, standard) and is_capitalized(finding.text):
            phrase = finding.rule != RULE_FOREIGN and _CAPITAL_BEFORE.search(
                text, max(0, finding.start - LOOK_BACK), finding.start) is not None
            if phrase:
                widened, suggestions = _common_phrase(text, finding, suggestions,
                                                      established, is_word, terms)
                phrase = widened is not finding     # not a phrase of common words (a
                finding = widened                   # name follows): both cases below
            if not phrase and not _opens_sentence(text, finding.start):
                suggestions = _with_lowercase(suggestions, established, is_word, terms,
                                              after_common=_after_comma(text, finding.start))
        elif finding.rule == RULE_SPELLING and suggestions and \
                is_capitalized(finding.text) and _ends_capital_pair(text, finding):
            suggestions = _typo_lowercase_second(suggestions, established, is_word, terms,
                                                 zipf)
        if finding.rule == RULE_SPELLING and len(suggestions) > 1 and \
                is_capitalized(finding.text):
            suggestions = _name_spelt_elsewhere(text, finding, suggestions)
        if finding.rule == RULE_SPELLING and suggestions:
            suggestions = _region_completed(text, finding, suggestions, terms)
        if finding.rule == RULE_NONSTANDARD and suggestions and \
                suggestions[0].lower() in BOUND_FORMS:
            finding, suggestions = _bound_form(text, finding, suggestions)
        elif finding.rule == RULE_JOINED_PREPOSITION and \
                finding.text.lower().startswith("ke"):
            suggestions = _ke_alternatives(text, finding, suggestions, is_word, zipf)
        elif finding.rule in BOUND_APART_RULES:
            suggestions = _antara_alternative(finding, suggestions)
        if finding.rule == RULE_JOINED_PREPOSITION and suggestions:
            suggestions = _slipped_word(finding, suggestions, is_word, zipf)
        if finding.rule in WORD_RULES and suggestions and \
                shared[(finding.start, finding.end)] == 1:    # two rules' one fix stays one
            suggestions = _other_case_second(text, finding, suggestions, established,
                                             is_word, terms, zipf, score)
        if suggestions != finding.suggestions:
            message = finding.message
            if finding.suggestions and suggestions:
                message = message.replace(f"“{finding.suggestions[0]}”", f"“{suggestions[0]}”")
            finding = replace(finding, suggestions=suggestions, message=message)
        fitted.append(finding)
    return [finding for finding in fitted
            if not _mended_by_another(finding, normalised, lowered)]


def _document_words_first(text: str, findings: list[Finding],
                          score: Callable[[str, str], float],
                          zipf: Callable[[str], float]) -> list[Finding]:
    """Each typo's candidates with a word the text itself uses first when that makes it
    the likeliest (``document_words.prefer_document_word``); the text is counted only
    when a typo has candidates to choose among."""
    document: DocumentWords | None = None
    result = []
    for finding in findings:
        if finding.rule == RULE_SPELLING and len(finding.suggestions) > 1:
            if document is None:
                document = DocumentWords(text)
            preferred = prefer_document_word(finding.text, finding.suggestions, document,
                                             score, zipf)
            if preferred != finding.suggestions:
                finding = replace(finding, suggestions=preferred, message=finding.message.replace(
                    f"“{finding.suggestions[0]}”", f"“{preferred[0]}”"))
        result.append(finding)
    return result


_COORDINATED_CAPITAL = _PATTERNS.compile(r"(?<![\w-])[A-Z][A-Za-z]*,? (?:dan|atau|serta) $")
"""A capitalised word, then *dan*, *atau* or *serta*: coordination joins like with like,
so the word after it is the last of a run of names or of a title's words (*Aman, Damai
dan Nyaman*; *unit Pidum dan Siber*), which EYD V (I.E) keeps capitalised. The capital
is offered first and the common noun's lower case next; in the tuning releases readers
kept the capital in both such cases."""


def _coordinated(text: str, start: int) -> bool:
    """Whether a capitalised word that does not open its sentence, then *dan*, *atau* or
    *serta*, stand right before ``start`` (``_COORDINATED_CAPITAL``)."""
    match = _COORDINATED_CAPITAL.search(text, max(0, start - LOOK_BACK), start)
    return match is not None and not _opens_sentence(text, match.start())


def _listed_form(finding: Finding, suggestions: tuple[str, ...],
                 standard: Mapping[str, str]) -> bool:
    """Whether the first suggestion is certain: a word-list rule's, or the KBBI table's
    standard form of the word whichever rule reports it (*Personil* → *Personel*). Only
    then may the case alone be in question."""
    if not suggestions:
        return False
    if finding.rule in (RULE_NONSTANDARD, RULE_FOREIGN):
        return True
    right = standard.get(finding.text.lower())
    return finding.rule in WORD_RULES and right is not None and \
        suggestions[0].lower() == right.lower()


def _standard_forms(suggestions: tuple[str, ...], standard: Mapping[str, str]
                    ) -> tuple[str, ...]:
    """Each suggestion in its standard form, when the KBBI table lists it as non-standard."""
    forms = []
    for suggestion in suggestions:
        right = standard.get(suggestion.lower())
        forms.append(match_case(suggestion, right) if right else suggestion)
    return tuple(dict.fromkeys(forms))


def _in_mid_sentence(text: str, finding: Finding) -> bool:
    """A capitalised word between a lowercase word and a lowercase word or punctuation,
    as a common noun stands; not before another capitalised word, where it may head a
    name (*dari Kementrian Dalam Negeri*)."""
    before = text[max(0, finding.start - LOOK_BACK):finding.start]
    return bool(_BEFORE_MIDDLE.search(before)) and bool(_AFTER_COMMON.match(text, finding.end))


_SPEAKER_BEFORE = _PATTERNS.compile(
    r"(?<![\w-])(?:" + saying.alternation(saying.AFTER_QUOTE) + r")(?:nya)? $")
"""A verb that attributes speech, right before the word (*kata Mawarr.*)."""
_SPEAKER_AFTER = _PATTERNS.compile(r"[.,;:!?]|\s*$")


def _speaker(text: str, finding: Finding) -> bool:
    """A capitalised misspelling after a verb of saying and before a mark: the speaker's
    name (*," kata Mawarr.*), a certain person, so it keeps its capital (EYD V, I.E)
    even where a common word is one slip away (*mawar*). Only a spelling finding: a
    listed non-standard word there (*kata Personil*) is still a common noun."""
    return finding.rule == RULE_SPELLING and \
        _SPEAKER_BEFORE.search(text, max(0, finding.start - 12), finding.start) is not None \
        and _SPEAKER_AFTER.match(text, finding.end) is not None


_NEXT_WORD = _PATTERNS.compile(r" ([a-z]+)\b")


def _bound_form(text: str, finding: Finding, suggestions: tuple[str, ...]
                ) -> tuple[Finding, tuple[str, ...]]:
    """A non-standard spelling of a bound form (*paska* for *pasca*) before a word: the
    bound form is written joined to it (EYD V, II.A bentuk terikat: *pascabanjir*), so
    the finding covers both and the joined form is the correction."""
    match = _NEXT_WORD.match(text, finding.end)
    if match is None:
        return finding, suggestions
    joined = suggestions[0] + match.group(1)
    widened = replace(finding, end=match.end(), text=text[finding.start:match.end()],
                      message=finding.message.replace(f"“{suggestions[0]}”", f"“{joined}”"))
    if match.group(1).endswith(CLAUSE_ENDING):
        return widened, (joined, f"{suggestions[0]} {match.group(1)}")
    return widened, (joined,)


CLAUSE_ENDING = "nya"
"""A word in *-nya* after a bound form (*pasca terjadinya*, *pasca kaburnya*) makes a
clause of a verb into a noun: EYD V joins the bound form to a word (*pascabanjir*) but
says nothing of a clause, and readers leave it apart as often as they join it (one
tuning label of *Pasca terjadinya* is marked uncertain). The joined form stays first,
the respelling alone comes next."""


VERB_PREFIXES = ("ter", "ber")
"""*ke* goes before a place or a goal, a noun (KBBI, *ke* preposisi); a word in *ter-* or
*ber-* after it is a verb or an adjective (*ke tertarik*, *ke berhasil*): no place, so the
*ke-…-an* noun is what the writer left unfinished (*ketertarikan*, *keberhasilan*)."""


NO_DIRECTION_BEFORE = frozenset({
    "di", "dalam", "dengan", "pada", "untuk", "bagi", "demi", "atas", "terhadap", "tentang",
    "melalui", "oleh", "dari", "sebagai", "tanpa", "dan", "serta", "atau", "bahwa", "jika",
    "agar", "karena"})
"""Prepositions and conjunctions: the preposition *ke* does not follow a preposition
(prepositions do not stack, KBBI *ke*), and after a conjunction a clause or a noun
phrase begins, not a direction. In the tuning releases these words stand before a
*ke-…-an* noun hundreds of times (*dan keamanan*, *dalam kegiatan*) and never before a
lowercase *ke* phrase."""
_WORD_BEFORE = _PATTERNS.compile(r"(?:(?<![\w-])([A-Za-z]+)|([,;:(“\"]))[ \t]+$")


def _no_direction_before(text: str, start: int) -> bool:
    """Whether a word is where no *ke* phrase stands: opening a sentence, after a
    comma or an opening mark, or after a word of ``NO_DIRECTION_BEFORE``."""
    if _opens_sentence(text, start):
        return True
    match = _WORD_BEFORE.search(text, max(0, start - LOOK_BACK), start)
    if match is None:
        return False
    return match.group(2) is not None or match.group(1).lower() in NO_DIRECTION_BEFORE


def _ke_alternatives(text: str, finding: Finding, suggestions: tuple[str, ...],
                     is_word: Callable[[str], bool], zipf: Callable[[str], float]
                     ) -> tuple[str, ...]:
    """A word read as *ke* joined to its noun may be something else: after *di* the *ke*
    is one preposition too many (*di kedalam parit* → *di dalam*: prepositions do not
    stack), and *ke-* without its *-an* is a confix left unfinished (*acara
    kemasyarakat* → *kemasyarakatan*, EYD V: *ke-* forms nouns only with *-an*), first
    when the word after *ke* is no place (``VERB_PREFIXES``) or where no *ke* phrase
    stands (``_no_direction_before``), in any case the word is written in."""
    word = finding.text
    alternatives = list(suggestions)
    if text[max(0, finding.start - 3):finding.start].lower() == "di " and \
            word[2:].islower() and is_word(word[2:]):
        alternatives.insert(0, word[2:])     # di kedalam: di dalam stays first
        stacked = True
    else:
        stacked = False
    noun = word.lower() + "an"
    if (word.islower() or is_capitalized(word) or word.isupper()) and \
            zipf(noun) >= COMMON_ZIPF and is_word(noun):
        place = 0 if word[2:].lower().startswith(VERB_PREFIXES) or (
            not stacked and _no_direction_before(text, finding.start)) else 1
        alternatives.insert(place, match_case(word, noun))
    return tuple(dict.fromkeys(alternatives))


def _slipped_word(finding: Finding, suggestions: tuple[str, ...],
                  is_word: Callable[[str], bool], zipf: Callable[[str], float]
                  ) -> tuple[str, ...]:
    """A word read as *di*/*ke* joined to a noun may be a common word with one letter
    mistyped (*dikanal bahwa* for *dikenal*, *kepadi kami* for *kepada*): the word one
    wrong key or vowel away, when it is a correct word more common than the noun the
    split would give, comes second — the split stays first, as the rule reads it. Only a
    letter for a letter (the length kept): the prefix and the noun are both written."""
    word = finding.text
    lowered = word.lower()
    if not lowered.startswith(SPLIT_PREPOSITIONS) or " " in word or not word.isalpha():
        return suggestions
    noun_zipf = zipf(lowered[2:])
    joined = joined_prepositions()
    best = max((edit for edit in one_edit(lowered)
                if len(edit) == len(lowered) and edit[:2] == lowered[:2]
                and edit not in joined and zipf(edit) > max(noun_zipf, SLIPPED_ZIPF)
                and is_word(edit)), key=zipf, default=None)
    if best is None:
        return suggestions
    return tuple(dict.fromkeys((suggestions[0], match_case(word, best),
                                *suggestions[1:])))[:MAX_SUGGESTIONS]


SPLIT_PREPOSITIONS = ("di", "ke")
SLIPPED_ZIPF = 4.0
"""A common word (about one in ten thousand words of text): a rarer one is not what a
writer most likely meant."""


def _antara_alternative(finding: Finding, suggestions: tuple[str, ...]
                        ) -> tuple[str, ...]:
    """*antar* standing apart before a word is the bound form *antar-* written apart
    (EYD V, II.A: *antarwarga*) or the word *antara* with its last letter left out
    (KBBI *antara*: *kerja sama antara humas dan media*); the position cannot tell which,
    so the bound form stays first and *antara* comes second."""
    match = _ANTAR_APART.match(finding.text)
    if match is None or not suggestions:
        return suggestions
    cut = match.end()
    antara = finding.text[:cut] + finding.text[cut - 1:cut].translate(_LAST_A) + \
        finding.text[cut:]
    return tuple(dict.fromkeys((suggestions[0], antara, *suggestions[1:])))[:MAX_SUGGESTIONS]


REGION_CATEGORIES = ("provinsi", "kabupaten", "kota")
"""The lexicon's Kemendagri region names (``resources/lexicon/wilayah.tsv``)."""
_NAME_BEFORE = _PATTERNS.compile(r"(?<![\w-])((?:[A-Z][A-Za-z]+ ){0,2}[A-Z][A-Za-z]+) $")
"""One to three capitalised words, then one space: the head of a name the word may end."""
REGION_SLIPS = 1
"""Slips a region's last word may carry and still be read as that word..."""
REGION_SLIPS_LONG = 2
REGION_LONG = 6
"""...two when it is this long (*Selaatn*): the head of the name has already chosen among
a handful of words, so a word this far off is still only one of them."""


def _region_completed(text: str, finding: Finding, suggestions: tuple[str, ...],
                      terms: Terms) -> tuple[str, ...]:
    """A misspelt word after the first word(s) of a province, regency or city name (*Aceh
    Selata*, *Jakarta Utra*): the word that completes the Kemendagri name is what was
    meant, whatever a general word list ranks first (*Selat*). It goes first, in the case
    the word was typed in (a headline's capitals kept); a word the head leaves more than
    one way to complete changes nothing."""
    match = _NAME_BEFORE.search(text, max(0, finding.start - LOOK_BACK), finding.start)
    if match is None:
        return suggestions
    words = match.group(1).lower().split(" ")
    typed = finding.text.lower()
    index = _region_index(terms)
    for size in range(len(words), 0, -1):
        ends = index.get(" ".join(words[-size:]), ())
        near = [end for end in ends if _within_slips(typed, end)]
        if len(near) == 1:
            meant = match_case(finding.text, near[0])
            if is_capitalized(finding.text) or finding.text[:1].isupper():
                meant = meant[:1].upper() + meant[1:]
            rest = [s for s in suggestions if s.lower() != near[0]]
            return tuple(dict.fromkeys((meant, *rest)))[:MAX_SUGGESTIONS]
    return suggestions


_REGION_INDEX: list[tuple[Terms, dict[str, set[str]]]] = []
"""The last lexicon's region names by their words but the last (one lexicon a process)."""


def _region_index(terms: Terms) -> dict[str, set[str]]:
    """Every multi-word region name's words but the last (lower case) -> its last words."""
    for owner, index in _REGION_INDEX:
        if owner is terms:
            return index
    index = {}
    for category in REGION_CATEGORIES:
        for entry in terms.categories.get(category, ()):
            *head, last = entry.lower().split(" ")
            if head:
                index.setdefault(" ".join(head), set()).add(last)
    _REGION_INDEX[:] = [(terms, index)]
    return index


def _within_slips(typed: str, word: str) -> bool:
    """Whether ``typed`` is one slip from ``word`` (two when the word is long)."""
    limit = REGION_SLIPS_LONG if len(word) >= REGION_LONG else REGION_SLIPS
    return typed != word and osa_within(typed, word, limit)


_LAST_A = str.maketrans({"r": "a", "R": "A"})
"""The *a* added after *antar*, in the case of its *r* (*ANTAR* → *ANTARA*)."""


TITLE_CATEGORY = "sapaan-jabatan"
"""The lexicon's offices that stand for the person holding them (*Kapolres*, *Bupati*):
EYD V (I.E, huruf kapital) capitalises an office used in place of a particular person's
name (*kata Kapolres*), and *Kapolres* holds the name of a unit (*Polres*) besides. A
slip in one keeps its capital first; the lowercase form the lexicon also keeps comes
next."""


def _name_spelt_elsewhere(text: str, finding: Finding, suggestions: tuple[str, ...]
                          ) -> tuple[str, ...]:
    """A capitalised typo after a capitalised word (*Desa Bungur Lestarian*) whose text
    writes the same first word with one of the typo's candidates elsewhere (*Bungur
    Lestari*): a release spells a name the same way throughout, so that candidate leads,
    however rare the general word list finds it. Only the order changes."""
    before = _CAPITAL_BEFORE.search(text, max(0, finding.start - LOOK_BACK), finding.start)
    if before is None:
        return suggestions
    for candidate in suggestions[1:]:
        if " " in candidate or not is_capitalized(candidate):
            continue
        phrase = f"{before.group(1)} {candidate}"
        at = text.find(phrase)
        while at != -1:
            end = at + len(phrase)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and \
                    (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
                return (candidate, *(s for s in suggestions if s != candidate))
            at = text.find(phrase, at + 1)
    return suggestions


def _capital_kept_next(cased: tuple[str, ...], first: str, terms: Terms,
                       established: Collection[str]) -> tuple[str, ...]:
    """A service term the lexicon writes capitalised (*Pilkada*, *Satpol PP*) is also
    written so in mid-sentence (EYD V, I.E: singkatan of a name); the lexicon keeps its
    lowercase form as an established word too (*pilkada serentak*). Which of the two
    the writer meant the position cannot tell: the lowercase form stays first, the
    capitalised one comes next instead of falling out of the first three — first for an
    office that stands for its holder (``TITLE_CATEGORY``). So does the capital of a
    service word the lexicon lists in lower case only (*karhutla*, *musrenbang*): sites
    capitalise such jargon by custom, and a reader who corrects only the slip keeps it;
    not an ``established`` common noun (*personel*), which readers lower."""
    jargon = first.lower() not in established and listed(terms.categories, first.lower())
    if first in cased or not (jargon or listed(terms.categories, first)):
        return cased
    if first in terms.categories.get(TITLE_CATEGORY, ()):
        return tuple(dict.fromkeys((first, *cased)))[:MAX_SUGGESTIONS]
    return tuple(dict.fromkeys((cased[0], first, *cased[1:])))[:MAX_SUGGESTIONS]


_SENTENCE_END = frozenset(".!?\n")
_OPENING_MARKS = "“\"'‘(["


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence or a line (an opening mark may stand before):
    there the capital is the sentence's, not the word's, and the word keeps it."""
    position = start
    while position > 0 and text[position - 1] in _OPENING_MARKS:
        position -= 1
    before = text[:position].rstrip(" ")
    return not before or before[-1] in _SENTENCE_END or before.endswith(("”", "\""))


def _after_common_word(text: str, start: int) -> bool:
    """Whether a lowercase word (or a comma after one) stands right before ``start``."""
    return bool(_BEFORE_MIDDLE.search(text[max(0, start - LOOK_BACK):start]))


def _after_comma(text: str, start: int) -> bool:
    """Whether a comma stands right before ``start`` (*di Desa Sako, Personil kami*): the
    sentence goes on there, as after a lowercase word, though a name ends before it; the
    tuning labels of an established noun there (*Personil* after a comma, 4 of 4) write it
    in lower case."""
    return text[max(0, start - LOOK_BACK):start].rstrip(" ").endswith(",")


TIME_CATEGORY = "waktu"
"""The lexicon's day and month names (``resources/lexicon/waktu.tsv``)."""
_NEXT_NAME = _PATTERNS.compile(r" ([A-Z][a-z]+)\b")


def _time_name_next(text: str, end: int, terms: Terms) -> bool:
    """Whether a day or month name follows (*Sholat Jumat*, *bulan Mei*): a name of its
    own, which a common noun before it does not join (EYD V, I.E: *salat Jumat*, *hari
    Senin*); both tuning labels of the case (*pelaksanaan Sholat Jumat*) write it so."""
    match = _NEXT_NAME.match(text, end)
    return match is not None and match.group(1) in terms.categories.get(TIME_CATEGORY, ())


def _with_lowercase(suggestions: tuple[str, ...], established: Collection[str],
                    is_word: Callable[[str], bool], terms: Terms,
                    before_time: bool = False, after_common: bool = False
                    ) -> tuple[str, ...]:
    """A capitalised common word after a lowercase word and before a capitalised one
    (*serta Personil Polsek*, *waktu Sholat Jumat*): it may head a name, or be a common
    noun before one (EYD V: *personel Polres*, *salat Jumat*). The reader decides: the
    first suggestion keeps the capital, the lowercase form comes second — the other way
    round before a day or month name (``before_time``), and after a lowercase word
    (``after_common``) for a word the lexicon keeps as an established common noun
    (*personel*: never the head of a unit's name; all six tuning labels of a
    mid-sentence *Personel Polri*-type pair write it lower). Only for the
    word-list rules, whose first suggestion is certain: a typo's other candidates keep
    their places."""
    first = suggestions[0]
    if listed(terms.categories, first):
        return suggestions                   # Walikota Blitar: an office before its name
    lowered = _lowered(first, established, is_word, terms)
    if lowered == first:
        return suggestions
    if before_time or (after_common and lowered in established):   # salat Jumat
        return tuple(dict.fromkeys((lowered, first, *suggestions[1:])))[:MAX_SUGGESTIONS]
    return tuple(dict.fromkeys((first, lowered, *suggestions[1:])))[:MAX_SUGGESTIONS]


_CAPITAL_BEFORE = _PATTERNS.compile(r"(?<![\w-])([A-Z][a-z]+) $")


def _common_phrase(text: str, finding: Finding, suggestions: tuple[str, ...],
                   established: Collection[str], is_word: Callable[[str], bool],
                   terms: Terms) -> tuple[Finding, tuple[str, ...]]:
    """A non-standard word ending a capitalised phrase of common words (*acara Karya
    Bhakti itu*, *warga, Kerja Bhakti pagi*, *melaksanakan Kegiatan Karya Bhakti
    normalisasi*): the phrase is a common noun that EYD V (I.E, huruf kapital) writes in
    lower case (*karya bakti*), unless it names something. The finding covers the phrase;
    its corrected form in lower case comes first (as for a single word in mid-sentence),
    with the capitals kept second. A phrase that opens the sentence keeps the capital of
    its first word only (*Karya bakti itu...*); a run of three that opens it keeps its
    first word apart (*Kegiatan karya bakti*: only *karya bakti* is the finding's)."""
    match = _CAPITAL_BEFORE.search(text, max(0, finding.start - LOOK_BACK), finding.start)
    if match is None or not _AFTER_COMMON.match(text, finding.end):
        return finding, suggestions
    outer = _CAPITAL_BEFORE.search(text, max(0, match.start() - LOOK_BACK), match.start())
    heads = [match.group(1)]
    sentence_case = False
    start = match.start()
    if _after_common_word(text, match.start()):
        pass
    elif outer is not None and _after_common_word(text, outer.start()):
        heads.insert(0, outer.group(1))      # three capitalised common words
        start = outer.start()
    elif outer is not None and _opens_sentence(text, outer.start()):
        pass                                 # the sentence's first word stays outside
    elif _opens_sentence(text, match.start()):
        sentence_case = True
    else:
        return finding, suggestions
    phrase = " ".join((*heads, suggestions[0]))
    lowered = _lowered(phrase, established, is_word, terms)
    if lowered == phrase:
        return finding, suggestions
    if sentence_case:
        lowered = lowered[:1].upper() + lowered[1:]
    widened = replace(finding, start=start, text=text[start:finding.end],
                      message=finding.message.replace(f"“{suggestions[0]}”", f"“{lowered}”"))
    return widened, (lowered, phrase)


NAME_HEADS = frozenset({
    "Desa", "Dusun", "Dukuh", "Kelurahan", "Kampung", "Nagari", "Gampong", "Jorong",
    "Kecamatan", "Kabupaten", "Kota", "Provinsi", "Wilayah", "Daerah", "Pulau", "Sungai",
    "Gunung", "Jalan", "Jl", "Gang", "Perumahan", "Pasar", "Bapak", "Pak", "Ibu", "Bu",
    "Bung", "Mas", "Mbak", "Kak", "Saudara", "Haji", "Hajjah"})
"""Words a name follows (*Desa Sukamakmur*, *Dusun Krajann*, *Bung Hatta*): a capitalised
typo after one is the name, not a common noun."""


def _ends_capital_pair(text: str, finding: Finding) -> bool:
    """A capitalised word after a capitalised one that follows a lowercase word, and
    before a lowercase word or a mark (*menjaga Protokol Kesehtan di*): a pair of two
    capitals inside a sentence, the end of a name or a common noun phrase written with
    capitals; which, the place cannot tell. Not a longer run of capitals (*Kapolres
    Aceh Selata*) or one that opens the sentence (*Warga Sumba Bara*): names."""
    before = _CAPITAL_BEFORE.search(text, max(0, finding.start - LOOK_BACK), finding.start)
    return before is not None and before.group(1) not in NAME_HEADS and \
        _after_common_word(text, before.start()) and \
        _AFTER_COMMON.match(text, finding.end) is not None


def _typo_lowercase_second(suggestions: tuple[str, ...], established: Collection[str],
                           is_word: Callable[[str], bool], terms: Terms,
                           zipf: Callable[[str], float]) -> tuple[str, ...]:
    """A typo ending a capitalised pair (``_ends_capital_pair``): its likeliest word keeps
    the capital, and the same word in lower case comes second (EYD V, I.E: a common noun
    phrase is not capitalised, *protokol kesehatan*), so that one click mends both slips
    whichever the writer meant."""
    first = suggestions[0]
    if listed(terms.categories, first):
        return suggestions                   # an office or unit the lexicon capitalises
    lowered = _lowered(first, established, is_word, terms)
    if lowered == first or zipf(lowered) < COMMON_ZIPF:
        return suggestions                   # a rare word: more likely part of a name
    return tuple(dict.fromkeys((first, lowered, *suggestions[1:])))[:MAX_SUGGESTIONS]


CLEAR_LEAD = 1.2
"""How far (``ranking.likelihood``, log10 odds) a typo's first candidate must lead the
second before the other case of it takes second place: below it, the second candidate
is as likely a word as the first, and stays (*pantuan*: *panutan*, *pantulan*,
*pantauan*)."""
_NEXT_CAPITAL = _PATTERNS.compile(r"[ \t]+[A-Z]")
"""A capitalised word or an acronym right after: a name may go on there."""


def _other_case_second(text: str, finding: Finding, suggestions: tuple[str, ...],
                       established: Collection[str], is_word: Callable[[str], bool],
                       terms: Terms, zipf: Callable[[str], float],
                       score: Callable[[str, str], float] | None) -> tuple[str, ...]:
    """The first suggestion in its other case, second, where the place cannot tell the
    case (session 13): whether a word is a common noun or part of a name (EYD V, I.E,
    huruf kapital) the writer's case decides only sometimes (*Pendidikan, Kesehatana,*
    lowers the capital; *pendopo Sukamaju* gains one). Offered:

    - in lower case, for a capitalised word that neither opens a sentence nor stands
      right after or before a capitalised word (no name goes on around it: *Budi
      Santoso Kesehatana* stays a name) nor names a speaker, when every word of the
      correction is a common one (``_lowered``, ``COMMON_ZIPF``);
    - capitalised, for a lowercase word before a capitalised word or an acronym
      (*kontruksi BPBD*: the name may begin with it), and for a service word the
      lexicon lists in lower case, which sites capitalise by custom (*musrenbang*, as
      ``_capital_kept_next``). A capital that mid-sentence lowered (``_lowered``) is not
      offered back: that was decided on reader counts before (*Sampahh* → *sampah*).

    Only when the first suggestion is certain: a word-list rule's, or a typo's whose
    first candidate leads the second by ``CLEAR_LEAD``; then the other case of the
    likeliest word is likelier than the third candidate it displaces. Nothing changes
    when the other case is already among the first three."""
    first = suggestions[0]
    if " " in finding.text or not first[:1].isalpha() or any(
            other.lower() == first.lower() for other in suggestions[1:3]):
        return suggestions
    if finding.rule == RULE_SPELLING and len(suggestions) > 1 and score is not None and \
            score(finding.text, first) - score(finding.text, suggestions[1]) < CLEAR_LEAD:
        return suggestions
    name_next = _NEXT_CAPITAL.match(text, finding.end) is not None
    if first[:1].isupper():
        if name_next or _opens_sentence(text, finding.start) or _speaker(text, finding) \
                or _CAPITAL_BEFORE.search(text, max(0, finding.start - LOOK_BACK),
                                          finding.start) is not None:
            return suggestions
        other = _lowered(first, established, is_word, terms)
        if min(map(zipf, other.split(" "))) < COMMON_ZIPF:
            return suggestions               # a rare word: more likely a name (Ahmad)
    else:
        jargon = first not in established and listed(terms.categories, first)
        if not finding.text.islower() or not (name_next or jargon):
            return suggestions               # a capital lowered mid-sentence stays so
        other = " ".join(part[:1].upper() + part[1:] for part in first.split(" "))
    if other == first:
        return suggestions
    rest = tuple(s for s in suggestions[1:] if s != other)
    return (first, other, *rest)[:MAX_SUGGESTIONS]


def _lowered(suggestion: str, established: Collection[str], is_word: Callable[[str], bool],
             terms: Terms) -> str:
    """The suggestion in lower case when every word of it is a common word: not an office,
    unit or name the lexicon lists capitalised as an entry of its own (*Bupati*,
    *Bhabinkamtibmas*; not *Bakti*, which is only part of *Bakti TNI*), unless the lexicon
    also keeps it as an established ordinary word (*kamtibmas*)."""
    if not is_capitalized(suggestion.split(" ", 1)[0]):
        return suggestion
    lowered = suggestion.lower()
    for word in lowered.split():
        capitalised = word.capitalize()
        capitalised_term = word not in established and listed(terms.categories, capitalised)
        if capitalised_term or not is_word(word):
            return suggestion
    return lowered


def _mended_by_another(finding: Finding, normalised: list[tuple[int, int]],
                      lowered: list[tuple[int, int]]) -> bool:
    """A non-standard word inside a longer finding now corrected to the standard form
    (*himbau* in *meng himbau*), or a mid-sentence capital on a word whose correction is
    now in lower case: the other finding mends both."""
    span = (finding.start, finding.end)
    if finding.rule == RULE_NONSTANDARD:
        return any(start <= finding.start and finding.end <= end and (start, end) != span
                   for start, end in normalised)
    return finding.rule == RULE_CAPITAL_MIDDLE and span in lowered
