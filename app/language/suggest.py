"""Suggestions ranked for press releases: the word most likely meant first.

Candidates come from in-memory sets first: the known words one edit away (frequent
words, domain terms, the user's words), frequent words the dictionaries know only
capitalised (*elasa* → *Selasa*), a slip inside the stem of an affixed word
(*disigaakan* → *disiagakan*), a repeated syllable (*kegiatatan* → *kegiatan*), two
words run together (*tanggungjawab*, *dipasaran* → *di pasaran*), loanwords with their
Indonesian ending (*persuasive* → *persuasif*), and known words two slips away
(``two_edits``: *kpolisin* → *kepolisian*, a skipped syllable *pelaksaan* →
*pelaksanaan*, a moved letter *kesetahan* → *kesehatan*, two wrong keys in a service
term *kamtobnas* → *kamtibmas*), and a suffix typed or left off (*rapatan* →
*rapat*) or a slip inside an affix (*koordinasiakn* → *koordinasikan*, an enclitic cut
short on any listed word: *binaanny* → *binaannya*; a meN-/peN- nasal the root does not
take: *pengbalasan* → *pembalasan*), a word typed twice without a space
(*dibukadibuka* → *dibuka*), and a noun in *-ivitas* built on a known adjective in *-if*
(*responsifitas* → *responsivitas*). A unit or office
the lexicon writes capitalised is offered so (*bhabinkamtibnas* → *Bhabinkamtibmas*).
hunspell's own suggestions (tens of ms a word) are asked only when these are too few.
All are ranked by a noisy-channel score
(``ranking``): how common the word is less how unlikely the slip is; domain terms, the
hand-kept list of frequent news words and hunspell's order break ties.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Mapping
from functools import cache
from itertools import pairwise

from app.language import data_cache
from app.language.affixes import KEPT_NASAL, men_form
from app.language.lexicon import listed, read_table, style_dir
from app.language.ranking import (
    CASE_CHANGE,
    SPACE_KEYS,
    UNKNOWN_ZIPF,
    abbreviated,
    abbreviation_shape,
    adjective_nouns,
    likelihood,
    loan_forms,
    repeated_chunk_forms,
    respelling_cost,
    split_zipf,
    spoken_forms,
    suffix_forms,
)
from app.language.tokens import is_all_caps, is_capitalized, match_case
from app.language.two_edits import TwoEditIndex, one_edit
from app.language.vocabulary import Vocabulary

logger = logging.getLogger(__name__)

MAX_SUGGESTIONS = 5
MAX_CACHED_SUGGESTIONS = 20_000
"""Unknown words whose suggestions are kept before the cache starts over (a long day of
typing sees a few thousand)."""
MAX_EDITED = 30
"""Longer 'words' get no edit candidates (they grow with length), only hunspell's."""
MIN_SPLIT_PART = 4
"""Shorter parts make too many false splits (*sinergi tas*, *mus rembang*)..."""
SPLIT_HEADS = ("di", "ke")
"""...except the prepositions *di* and *ke*, which EYD V (II.E, kata depan) writes apart
from the noun after them: *dipasaran* → *di pasaran*. The style rules catch most of these;
a word the spelling rule flags still gets the split form among its suggestions."""
DERIVED_PART = 7
"""A part the frequency list lacks may still be a derived word the dictionaries accept
(*pengendalian*, *digencarkan*) when it is this long: a short rare root (*kerai*) would
split too many typos."""
SHORT_PART_ZIPF = 5.5
"""...except three-letter function words, which are what a missing space most often
follows or precedes (*danpetugas*, *yangada*): a three-letter part must be this common."""
ABBREVIATED_ZIPF = 5.0
"""Only very common words are shortened to their consonants in notes (*yg*, *dgn*, *utk*)."""
MAX_ABBREVIATION = 4
ENOUGH = 2
"""Candidates enough for the first places: hunspell (tens of ms a word) is asked only when
there are fewer, or one and it is not likely. The in-memory candidates (one and two slips,
splits, affixes) hold the word meant nearly as often as hunspell's list does: on the
synthetic bench (``bench/suggest_synthetic``) asking hunspell at three candidates instead
calls it nine times as often for 0.2 points of top 3."""
STRONG = 1.0
"""A candidate at least this likely (``ranking.likelihood``): one candidate will do
without hunspell, and a word two slips away this likely counts as a candidate found."""
ENCLITICS = ("nya", "lah", "pun", "kah", "ku", "mu")
ENCLITIC_DISCOUNT = 1.0
"""A word with an enclitic the frequency list lacks counts as its stem less this."""
PREFIXES = ("", "di", "ter", "ber", "ke", "se", "per", "antar", "pasca", "non", "pra")
SUFFIXES = ("", "nya", "lah", "pun", "kah", "ku", "mu", "kan", "an", "i")
"""Affixes a slip in the stem is looked for under (EYD V: prefixes that do not change
the stem's first letter, the bound forms written joined to a word — II.E, *antarwarga*,
*pascabencana*, *nonpemerintah*, *prasejahtera* — suffixes and enclitics)."""
MIN_STEM = 4
SLIP_PREFIXES = ("di", "ke", "se", "ber", "ter", "per", "me", "mem", "men", "meng", "meny",
                 "pe", "pem", "pen", "peng", "peny")
SLIP_SUFFIXES = ("kan", "an", "nya", "lah", "i")
"""KBBI's productive affixes, where a slip in the affix itself is looked for
(*koordinasiakn* → *koordinasi* + *-kan*, *dsiagakan* → *di-* + *siagakan*)."""
MIN_REDUPLICATED = 3
"""A half this long (*biri-biri*, *masing-masing*); shorter ones are syllables."""
AFFIXED_DISCOUNT = 1.0
"""A derived form the frequency list lacks counts as the word it is built on less this."""
AFFIX_ONLY_ZIPF = -1.0
"""A candidate neither listed nor suggested by hunspell may be known only through the
affix rules (*memerdaksakan*): the weakest evidence that it is a word."""
DOMAIN_FLOOR = 1.0
"""A lexicon term the frequency list lacks counts as this much more common than an
unlisted word (listed terms get the checker's own bonus through the index)."""
CASE_ONLY = 99.0
"""Score of the word itself in the case the dictionaries know (*polres* → *Polres*)."""
SHOWN_FIRST = 3
"""The places an officer reads before typing the word himself."""
OFFICE_CATEGORIES = ("satuan-jabatan", "lembaga-akronim")
"""Lexicon categories of units and offices, which EYD V (I.E, huruf kapital: nama lembaga
and singkatan of a name) writes capitalised: *Bhabinkamtibmas*, *Forkopimda*."""
ESTABLISHED = "kata-mapan"
"""The lexicon's category of service words established as common nouns (*kamtibmas*):
they keep the case the officer typed."""
PLACE_CATEGORIES = frozenset({"kabupaten", "kota", "provinsi", "singkatan-wilayah"})
"""Region names: not service vocabulary (the place list has its own candidates)."""
JOINED_TABLE = "kata-depan.tsv"
"""*di*/*ke* written joined to the next word (*diantara*, *kedepannya*) and the standard
split form: a candidate in this table is offered as the split form (EYD V, II.E kata
depan ditulis terpisah), never as the joined habit."""


@cache
def joined_prepositions() -> dict[str, str]:
    """The joined forms of ``JOINED_TABLE`` (lower case) with their split form."""
    path = style_dir() / JOINED_TABLE
    if not path.exists():
        return {}
    return {wrong.lower(): right for wrong, right in read_table(path) if wrong and right}


def _joined_split(joined: Mapping[str, str], lowered: str) -> str | None:
    """The split form of a joined *di*/*ke* habit (``joined_prepositions``), also with an
    enclitic after it (*diantaranya* → *di antaranya*, session 13): the enclitic is
    written joined to the word before it (EYD V, II.E), the preposition still apart."""
    split = joined.get(lowered)
    if split is not None:
        return split
    for enclitic in ENCLITICS:
        stem = lowered[:-len(enclitic)]
        if lowered.endswith(enclitic) and stem in joined:
            return joined[stem] + enclitic
    return None


TWO_KEYS_ZIPF = 3.5
"""Two wrong keys in one word are looked for among words at least this frequent (zipf):
common words, about one in three of those the frequency list holds."""
TWO_SLIPS = 2.0
"""The least two slips cost (``ranking``: two doubled letters): a word two slips away
that is not this much more common than the third candidate already found cannot take
one of the first three places, and is not scored."""


def edits1(word: str) -> frozenset[str]:
    """All strings one deletion, transposition, substitution or insertion away (the same
    set serves every candidate source of one word, and the two-slip index)."""
    return one_edit(word)


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without re-edits)."""
    a, b = a.lower(), b.lower()
    rows = len(a) + 1
    cols = len(b) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        table[i][0] = i
    for j in range(cols):
        table[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, table[i - 2][j - 2] + 1)
            table[i][j] = best
    return table[-1][-1]


def _affix_variants(affixes: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each string one slip from an affix -> the affixes it may be a slip of."""
    variants: dict[str, list[str]] = {}
    for affix in affixes:
        for variant in one_edit(affix):
            if variant.isalpha() and variant.islower():
                variants.setdefault(variant, []).append(affix)
    return {variant: tuple(found) for variant, found in variants.items()}


@cache
def affix_slips() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], int]:
    """The slips of ``SLIP_PREFIXES`` and of ``SLIP_SUFFIXES``, and the longest slip: made
    at the first typo that needs them (a few ms, kept out of start-up)."""
    prefixes, suffixes = _affix_variants(SLIP_PREFIXES), _affix_variants(SLIP_SUFFIXES)
    return prefixes, suffixes, max(map(len, (*prefixes, *suffixes)))


def _cut_short(tail: str, suffix: str) -> bool:
    """Whether ``tail`` is the enclitic ``suffix`` with its last letter(s) left off
    (*binaanny*): the hand stops early at the end of a word. A letter dropped inside it
    (*terusna*) is the commoner slip of another word (*terusan*), and stays with the
    ordinary rules."""
    return suffix in ENCLITICS and len(tail) >= 2 and suffix.startswith(tail)


def _inner_capital(word: str) -> bool:
    """A capital after a lowercase letter (*kegiatanNya*, *iPhone*)."""
    return any(left.islower() and right.isupper() for left, right in pairwise(word))


NASAL_PREFIXES = ("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen")
MELTED = {"ng": ("k",), "ny": ("s",), "m": ("p",), "n": ("t",)}
"""The first letter of a root that meN-/peN- melt (KBBI; Tata Bahasa Baku: *k*, *s*, *p*,
*t* before a vowel), by the nasal that takes its place."""
NASAL_DISCOUNT = 2.0
"""A meN-/peN- form the frequency list lacks counts as its root less this: a derivation
is rarer than its root (``AFFIXED_DISCOUNT`` for a form built on a listed word, and one
more for a root read back through the nasal rule)."""
MIN_NASAL_ROOT = 4
NASAL_SUFFIXES = ("kan", "an", "i", "")
"""*-an* only after *peN-*: *meN-…-an* is no confix (``ranking.prefix_slip``)."""


def nasal_fits(prefix: str, rest: str, rooted: Callable[[str], bool]) -> bool:
    """Whether a meN-/peN- prefix is the nasal the rest of the word takes (KBBI; EYD V,
    II.A): *meng-*/*peng-* before a vowel, *k*, *g*, *h*; *mem-*/*pem-* before *b*, *f*
    and a melted *p*; *men-*/*pen-* before *d*, *c*, *j* and a melted *t*; *meny-*/*peny-*
    for a melted *s*. A slip mended in the prefix must give the form the rule gives
    (*peganggaran* → *penganggaran*, not *pemanggaran*): hunspell's affix rules accept any
    nasal before any root. A root read back through a melted letter (*pem* + *anggaran*
    from *panggaran*) must be one ``rooted`` knows; a *k*, *p*, *t* or *s* the nasal keeps
    (*mengkaji*, *memproses*, *mentaati*: ``affixes.KEPT_NASAL``) fits too. Other
    prefixes always fit."""
    if prefix not in NASAL_PREFIXES or not rest:
        return True
    nasal = prefix[2:]
    return men_form(rest)[2:] == nasal + rest or KEPT_NASAL.get(rest[:1]) == nasal or any(
        men_form(head + rest)[2:] == nasal + rest and rooted(head + rest)
        for head in MELTED.get(nasal, ()))


def nasal_root_zipf(word: str, zipf: Callable[[str], float]) -> float:
    """The frequency of a meN-/peN- word (bare or with *-kan*, *-i*; *peN-* also with
    *-an*) the list lacks, read from its root (*menguning* from *kuning*, *penganggaran*
    from *anggar*): the affix system makes such a word as well formed as its root is
    common. 0 when no listed root of four letters or more gives the word by the nasal
    rule (``affixes.men_form``)."""
    if word[:2] not in ("me", "pe"):
        return 0.0
    prefix = next((p for p in NASAL_PREFIXES if word.startswith(p)), None)
    if prefix is None:
        return 0.0
    best = 0.0
    for suffix in NASAL_SUFFIXES:
        if not word.endswith(suffix) or (suffix == "an" and prefix.startswith("me")):
            continue
        body = word[len(prefix):len(word) - len(suffix)]
        for head in ("", *MELTED.get(prefix[2:], ())):
            root = head + body
            if len(root) >= MIN_NASAL_ROOT and men_form(root)[2:] == prefix[2:] + body:
                best = max(best, zipf(root) - NASAL_DISCOUNT)
    return best


class Suggester:
    """Ranks candidates for one misspelt word."""

    def __init__(
        self,
        accepts: Callable[[str], bool],
        hunspell_suggest: Callable[[str], list[str]],
        is_domain: Callable[[str], bool],
        frequent: Iterable[str] = (),
        index: Callable[[str], dict[str, float]] | None = None,
        vocabulary: Vocabulary | None = None,
        terms: Mapping[str, Collection[str]] | None = None,
        cache_key: str | None = None,
    ) -> None:
        """``cache_key`` names the data ``vocabulary`` and ``terms`` were loaded from
        (``Vocabulary.fingerprint``, ``Lexicon.fingerprint``): word lists derived from them
        are then kept in the cache (``two_edits``)."""
        self._accepts = accepts
        self._hunspell = hunspell_suggest
        self._is_domain = is_domain
        self._frequent = {word.lower(): rank for rank, word in enumerate(frequent)}
        self._index = index
        """Known words one edit away with their zipf frequency, from in-memory sets: the
        fast path. hunspell's own suggestions (tens of ms each) are asked only when it
        finds too little."""
        self._vocabulary = vocabulary or Vocabulary()
        self._cache: dict[str, tuple[str, ...]] = {}
        self._scores: dict[str, dict[str, float]] = {}
        """Per word, the score each candidate was ranked by (lower case), for ``score``."""
        self._abbreviated: dict[str, list[tuple[str, float]]] | None = None
        """Very common words by first letter, built at the first shortening seen."""
        self._nasal: dict[str, float] = {}
        """``nasal_root_zipf`` per unlisted candidate (asked for many candidates)."""
        self._terms = terms or {}
        """The lexicon's entries by category (``lexicon.Lexicon.categories``)."""
        self._offices: dict[str, str] | None = None
        self._two_edits = TwoEditIndex(
            lambda: self._vocabulary.correct | self._vocabulary.roots | self._service_words(),
            lambda: self._service_words() | self._frequent_words(),
            None if cache_key is None else  # the lists' code is this module's
            cache_key.encode() + b"\0" + data_cache.module_bytes(__name__))

    def _service_words(self) -> set[str]:
        """The lexicon's single-word service terms in lower case (*harkamtibmas*,
        *forkopimda*): words a release uses often that a frequency list of general text
        holds rarely or not at all."""
        return {entry.lower() for category, entries in self._terms.items()
                if category not in PLACE_CATEGORIES
                for entry in entries if entry.isalpha()}

    def _frequent_words(self) -> set[str]:
        """Known words of at least ``TWO_KEYS_ZIPF``: two wrong keys in one word
        (*terjebat* for *terlibat*) are looked for among these only, where the word meant
        is common enough to stand out from the many rare words two keys away."""
        vocabulary = self._vocabulary
        return {word for word, value in vocabulary.frequencies.items()
                if value >= TWO_KEYS_ZIPF and word.isalpha() and word.islower()
                and (word in vocabulary.correct or word in vocabulary.roots)}

    def _entry(self, form: str) -> bool:
        """Whether the lexicon lists ``form`` as an entry of its own (*Jumat*, *Polres*)."""
        return listed(self._terms, form)

    def _office_form(self, candidate: str) -> str | None:
        """The capitalised lexicon entry of a unit or office (*Bhabinkamtibmas*) for a
        lowercase candidate that is not also a common word: neither an established
        service word (*kamtibmas*) nor a frequent word the dictionaries accept. Acronyms
        in capitals are left to the lexicon's own case look-up."""
        if self._offices is None:
            established = self._terms.get(ESTABLISHED, ())
            self._offices = {}
            for category in OFFICE_CATEGORIES:
                for entry in sorted(self._terms.get(category, ())):
                    lowered = entry.lower()
                    if entry.isalpha() and is_capitalized(entry) \
                            and lowered not in established \
                            and lowered not in self._vocabulary.correct:
                        self._offices.setdefault(lowered, entry)
        return self._offices.get(candidate) if candidate.islower() else None

    def suggest(self, word: str) -> tuple[str, ...]:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._compute(word)
            if len(self._cache) >= MAX_CACHED_SUGGESTIONS:
                self._cache.clear()          # the app checks for hours: memory stays bounded
                self._scores.clear()
            self._cache[word] = cached
        return cached

    def clear(self) -> None:
        self._cache.clear()
        self._scores.clear()

    def score(self, word: str, candidate: str) -> float:
        """How likely ``candidate`` is what ``word`` meant (``ranking.likelihood``): the
        score it was ranked by, or one read from the frequency list for a candidate not
        ranked so (a respelling): for weighing a suggestion again where the text it
        stands in is known (``document_words``)."""
        known = self._scores.get(word, {}).get(candidate.lower())
        return known if known is not None else \
            self._score(word, candidate, self._zipf(candidate))

    def with_respellings(self, word: str, suggestions: Iterable[str],
                         respellings: Iterable[str]) -> tuple[str, ...]:
        """``suggestions`` with loanword respellings (EYD V: *x* → *ks*, *c* → *k*,
        *y* → *i*) put where their likelihood places them: a cheap slip, but one that a
        more common word behind a keystroke still beats (*beraway* → *berawal*, not
        *berawai*)."""
        ranked = list(dict.fromkeys(suggestions))
        for form in respellings:
            if form in ranked:
                ranked.remove(form)
            value = (self._zipf(form) or UNKNOWN_ZIPF) - respelling_cost(word) - (
                CASE_CHANGE if word.islower() and not form.islower() else 0.0)
            position = next((i for i, other in enumerate(ranked)
                             if self._score(word, other, self._zipf(other)) < value),
                            len(ranked))
            ranked.insert(position, form)
        return tuple(ranked[:MAX_SUGGESTIONS])

    def _known_form(self, candidate: str) -> str | None:
        """The candidate in the capitalisation the dictionaries accept it in; a KBBI root
        hunspell lacks (*instruksi*, *ekspo*) is a word in lower case."""
        for form in (candidate, candidate.capitalize(), candidate.upper()):
            if self._accepts(form):
                return form
        if candidate.islower() and candidate in self._vocabulary.roots:
            return candidate
        return None

    def _zipf(self, candidate: str) -> float:
        if " " in candidate:
            return split_zipf([self._vocabulary.zipf(part) for part in candidate.split()])
        own = self._vocabulary.zipf(candidate)
        if own:
            return own
        lowered = candidate.lower()
        for enclitic in ENCLITICS:           # kelimanya: as common as kelima, a little less
            stem = lowered[:-len(enclitic)]
            if lowered.endswith(enclitic) and len(stem) >= 3 and self._vocabulary.zipf(stem):
                return self._vocabulary.zipf(stem) - ENCLITIC_DISCOUNT
        found = self._nasal.get(lowered)
        if found is None:
            if len(self._nasal) >= MAX_CACHED_SUGGESTIONS:
                self._nasal.clear()          # bounded, as the suggestion cache is
            found = self._nasal[lowered] = nasal_root_zipf(lowered, self._vocabulary.zipf)
        return found

    def _compute(self, word: str) -> tuple[str, ...]:
        if not word:
            return ()
        lowered = word.lower()
        zipf: dict[str, float] = {}          # candidate -> frequency (zipf)
        hunspell_rank: dict[str, int] = {}
        if len(lowered) <= MAX_EDITED:
            if self._index is not None:
                zipf.update(self._index(word))
            if word.islower():
                self._add_abbreviated(lowered, zipf)
            self._add_listed_neighbours(lowered, zipf)
            self._add_listed(repeated_chunk_forms(lowered), zipf)
            self._add_listed(suffix_forms(lowered), zipf)
            self._add_listed(spoken_forms(lowered), zipf)
            self._add_split(lowered, zipf)
            self._add_affixed_neighbours(lowered, zipf)
            self._add_affix_slips(lowered, zipf)
            self._add_nasal_forms(lowered, zipf)
            self._add_doubled(lowered, zipf)
            self._add_adjective_nouns(lowered, zipf)
            self._add_joined(lowered, zipf)
            self._add_reduplicated(lowered, zipf)
            self._add_undoubled(lowered, zipf)
            for form in loan_forms(lowered):
                known = self._known_form(form)
                if known is not None:
                    zipf.setdefault(known, self._zipf(known))
        two = self._two_edits_for(word, zipf) if len(lowered) <= MAX_EDITED else {}
        likely = {candidate: value for candidate, value in two.items()
                  if self._score(word, candidate, value) >= STRONG}
        zipf.update({**likely, **zipf})      # hunspell is still asked beside unlikely ones
        places: dict[str, float] = {}
        if word[:1].isupper() and len(lowered) <= MAX_EDITED:
            self._add_places(lowered, places)
        if len(zipf) >= ENOUGH or (len(zipf) >= ENOUGH - 1 and self._best(word, zipf) >= STRONG):
            return self._ranked(word, {**places, **two, **zipf}, hunspell_rank)  # no hunspell
        for candidate, value in two.items():
            zipf.setdefault(candidate, value)
        for rank, hint in enumerate(self._hunspell(word)):
            if hint.lower() == lowered or ("-" in hint and "-" not in word):
                continue
            if " " in hint and (hint.replace(" ", "").lower() != lowered
                                or not all(map(self._split_part, hint.lower().split()))):
                continue                     # only a missing space: terimakasih
            if _inner_capital(hint) and not _inner_capital(word):
                continue                     # kegiatanNya: the capital is for God only
            hunspell_rank.setdefault(hint, rank)
            zipf.setdefault(hint, self._zipf(hint))
        for place, value in places.items():      # village names do not keep hunspell away
            zipf.setdefault(place, value)
        if len(lowered) <= MAX_EDITED and not zipf:
            for edit in sorted(edits1(lowered)):
                found = self._known_form(edit)
                if found is not None:    # unlisted and not hunspell's: maybe only affixes
                    zipf.setdefault(found, self._zipf(found) or AFFIX_ONLY_ZIPF)
        proper = self._known_form(lowered)
        if proper is not None and proper != word:
            zipf[proper] = CASE_ONLY         # only the case is wrong: polres -> Polres
        return self._ranked(word, zipf, hunspell_rank)

    def _add_undoubled(self, lowered: str, zipf: dict[str, float]) -> None:
        """A letter typed twice (``ranking.DOUBLED``, the cheapest slip) taken out, when
        the dictionaries accept the word left and the frequency list or its root
        (``nasal_root_zipf``) backs it (*mengguning* → *menguning*): derived forms the
        list lacks are not among the in-memory candidates."""
        for i in range(1, len(lowered)):
            if lowered[i] == lowered[i - 1]:
                form = lowered[:i] + lowered[i + 1:]
                value = self._zipf(form)
                if value > 0.0 and form not in zipf:    # a word the list or its root backs
                    found = self._known_form(form)
                    if found is not None:
                        zipf.setdefault(found, value)

    def _add_reduplicated(self, lowered: str, zipf: dict[str, float]) -> None:
        """A word the dictionary knows only reduplicated (*masing* → *masing-masing*,
        *kupu* → *kupu-kupu*; EYD V, II.C Bentuk Ulang): the whole form, as common as the
        frequency list's count of its half (the list splits at the hyphen);
        ``ranking.reduplication_cut`` prices the slip."""
        if len(lowered) < MIN_REDUPLICATED or not lowered.isalpha():
            return
        form = f"{lowered}-{lowered}"
        if not self._accepts(lowered) and self._accepts(form):
            zipf.setdefault(form, self._zipf(form) or self._vocabulary.zipf(lowered))

    def _add_joined(self, lowered: str, zipf: dict[str, float]) -> None:
        """A slip in a form writers join by habit (*kedepanmya* for *kedepannya*): no
        dictionary accepts the joined form, so no other source finds it; its split form
        (*ke depannya*) is the candidate, valued as two words side by side like any
        missing space (the habit's own frequency would put *di sini* before *disinari*
        for *disinri*)."""
        table = joined_prepositions()
        for edit in one_edit(lowered):
            split = table.get(edit)
            if split is not None:
                zipf.setdefault(split, self._zipf(split))

    def _add_listed(self, forms: Iterable[str], zipf: dict[str, float]) -> None:
        """Those of ``forms`` the frequency list holds and the dictionaries accept."""
        frequencies = self._vocabulary.frequencies
        for form in forms:
            if form in frequencies:
                found = self._known_form(form)
                if found is not None:
                    zipf.setdefault(found, frequencies[form])

    def _add_affixed_neighbours(self, lowered: str, zipf: dict[str, float]) -> None:
        """The slip inside the stem of an affixed word the frequency list lacks in this
        combination: *kelimnya* → *kelima* + *-nya*, *disigaakan* → *di-* + *siaga* +
        *-kan*. Only affixes that leave the stem as it is (EYD V) are taken off."""
        frequencies = self._vocabulary.frequencies
        seen = {candidate.lower() for candidate in zipf}
        for prefix in PREFIXES:
            if not lowered.startswith(prefix):
                continue
            for suffix in SUFFIXES:
                stem = lowered[len(prefix):len(lowered) - len(suffix)]
                if not (prefix or suffix) or not lowered.endswith(suffix) \
                        or len(stem) < MIN_STEM:
                    continue
                for edit in edits1(stem):
                    candidate = prefix + edit + suffix
                    if edit not in frequencies or candidate in seen:
                        continue
                    seen.add(candidate)
                    found = self._known_form(candidate)
                    if found is not None:    # an enclitic goes with any word
                        zipf.setdefault(found, self._zipf(found) or (
                            frequencies[edit] - ENCLITIC_DISCOUNT
                            if not prefix and suffix in ENCLITICS else 0.0))

    def _add_affix_slips(self, lowered: str, zipf: dict[str, float]) -> None:
        """A slip inside the affix of a word whose other part is a known word: the affix
        mended (*koordinasiakn* → *koordinasikan*, *partisipasiny* → *partisipasinya*,
        *dsiagakan* → *disiagakan*, *kewilayahna* → *kewilayahan*). The first letter
        stays (``ranking.FIRST_LETTER``), and the word built must be one the
        dictionaries accept."""
        seen = {candidate.lower() for candidate in zipf}
        prefix_slips, suffix_slips, longest = affix_slips()
        for size in range(1, min(longest, len(lowered) - MIN_STEM) + 1):
            head, rest = lowered[:size], lowered[size:]
            for prefix in prefix_slips.get(head, ()):
                if prefix[0] == lowered[0] and nasal_fits(prefix, rest, self._rooted):
                    self._add_affixed(prefix + rest, rest, seen, zipf)
            stem, tail = lowered[:-size], lowered[-size:]
            for suffix in suffix_slips.get(tail, ()):
                self._add_affixed(stem + suffix, stem, seen, zipf,
                                  repeated=stem.endswith(suffix),
                                  enclitic=_cut_short(tail, suffix))

    def _add_nasal_forms(self, lowered: str, zipf: dict[str, float]) -> None:
        """A meN-/peN- word written with a nasal its root does not take (*penbangunan*,
        *pengbalasan*, *menpukul*; ``ranking.NASAL_FORM``): the prefix the root takes
        (``affixes.men_form``, a first *k*, *p*, *t*, *s* melted), and the one that keeps
        that letter (*memproses*), when it is a word (``_add_affixed``)."""
        prefix = next((p for p in NASAL_PREFIXES if lowered.startswith(p)), None)
        rest = lowered[len(prefix):] if prefix else ""
        if prefix is None or len(rest) < MIN_NASAL_ROOT:
            return
        seen = {candidate.lower() for candidate in zipf}
        forms = [lowered[:2] + men_form(rest)[2:]]
        kept = KEPT_NASAL.get(rest[:1])
        if kept is not None:
            forms.append(lowered[:2] + kept + rest)
        for form in forms:
            if form != lowered:
                self._add_affixed(form, rest, seen, zipf)

    def _add_affixed(self, candidate: str, part: str, seen: set[str],
                     zipf: dict[str, float], repeated: bool = False,
                     enclitic: bool = False) -> None:
        """``candidate`` (``part`` with an affix mended) among ``zipf`` if it is a word.

        A listed candidate needs no more evidence. An unlisted one (most derived forms)
        must be built on a long part (``DERIVED_PART``: hunspell's affix rules take a
        short one with too many affixes, *pen-* + *tuan*) that is a listed word or one
        with an affix of its own (*kewilayah* is *ke-* + *wilayah*): dictionary look-ups
        before hunspell is asked. It counts as its part, a little less — unless the part
        ends in the suffix put on it (``repeated``: *kebersamaan* + *-an*, which hunspell
        allows and Indonesian words hardly ever are).

        An enclitic (*-nya*) goes with any word (EYD V, II.D: *binaannya*, *rumahnya*),
        so a listed part of any length carries it when the enclitic was cut short
        (``enclitic``: *binaanny* → *binaannya*)."""
        if candidate in seen:
            return
        frequencies = self._vocabulary.frequencies
        if candidate in frequencies:
            found = self._known_form(candidate)
        elif ((len(part) >= DERIVED_PART and self._rooted(part))
              or (enclitic and part in frequencies)) and self._accepts(candidate):
            found = candidate                # a derived word: in lower case
        else:
            return                           # another cut may still build it (pe|nganggaran
        seen.add(candidate)                  # fails, peng|anggaran holds)
        if found is not None:
            own = 0.0 if repeated else self._vocabulary.zipf(part)
            zipf.setdefault(found, self._zipf(found) or (
                own - AFFIXED_DISCOUNT if own else 0.0))

    def _add_doubled(self, lowered: str, zipf: dict[str, float]) -> None:
        """A word typed twice without a space (*dibukadibuka* → *dibuka*): the word once,
        when the dictionaries know it (``ranking.doubled_word`` prices the slip)."""
        half = len(lowered) // 2
        if len(lowered) % 2 or half < 3 or lowered[:half] != lowered[half:]:
            return
        found = self._known_form(lowered[:half])
        if found is not None:
            zipf.setdefault(found, self._zipf(found))

    def _add_adjective_nouns(self, lowered: str, zipf: dict[str, float]) -> None:
        """A noun in *-ivitas* written with its adjective's *f* (*responsifitas* →
        *responsivitas*, ``ranking.NOUN_FROM_ADJECTIVE``): the noun is offered when the
        dictionaries know it, or know the adjective it is built on; then it counts as the
        adjective less the affix discount."""
        for noun, adjective in adjective_nouns(lowered):
            found = self._known_form(noun)
            if found is not None:
                zipf.setdefault(found, self._zipf(found))
            elif self._accepts(adjective):
                own = self._vocabulary.zipf(adjective)
                zipf.setdefault(noun, own - AFFIXED_DISCOUNT if own else 0.0)

    def _rooted(self, part: str) -> bool:
        """A listed word, or one with a prefix or suffix taken off."""
        frequencies = self._vocabulary.frequencies
        return part in frequencies or any(
            part.startswith(prefix) and part[len(prefix):] in frequencies
            for prefix in SLIP_PREFIXES) or any(
            part.endswith(suffix) and part[:-len(suffix)] in frequencies
            for suffix in SLIP_SUFFIXES)

    def _two_edits_for(self, word: str, zipf: dict[str, float]) -> dict[str, float]:
        """Known words two slips away (*kpolisin* → *kepolisian*) that could still rank in
        the first three: common enough to beat the third candidate found so far."""
        scores = sorted((self._score(word, candidate, value)
                         for candidate, value in zipf.items()), reverse=True)
        bar = scores[SHOWN_FIRST - 1] if len(scores) >= SHOWN_FIRST else -CASE_ONLY
        seen = {candidate.lower() for candidate in zipf}
        frequencies = self._vocabulary.frequencies
        found: dict[str, float] = {}
        for candidate in self._two_edits.near(word):
            value = frequencies.get(candidate, 0.0)
            floor = UNKNOWN_ZIPF + DOMAIN_FLOOR if self._is_domain(candidate) \
                or self._is_domain(candidate.capitalize()) else UNKNOWN_ZIPF
            if candidate in seen or max(value, floor) - TWO_SLIPS <= bar:
                continue
            form = self._known_form(candidate)
            if form is not None:
                found[form] = value
        return found

    def _add_places(self, lowered: str, zipf: dict[str, float]) -> None:
        """Kemendagri region and village names one edit from a capitalised word
        (*Randudongkl* → *Randudongkal*): names a dictionary cannot know."""
        places = self._vocabulary.places
        for edit in edits1(lowered):
            place = edit.capitalize()
            if len(edit) >= MIN_STEM and place in places:
                zipf.setdefault(place, self._vocabulary.zipf(edit))

    def _split_part(self, part: str) -> bool:
        """A correct listed word that may stand on one side of a missing space (hunspell
        splits too: not *kerai aman*, whose *kerai* no frequency list holds): one hunspell
        accepts, or a service word the lexicon keeps in lower case and the frequency list
        holds (*balita*, *sembako*, *narkoba*: hunspell lacks them, releases use them
        every day)."""
        listed = part in self._vocabulary.correct or (
            part.islower() and self._vocabulary.zipf(part) > 0 and self._is_domain(part))
        return listed and (len(part) >= MIN_SPLIT_PART or (
            len(part) == 3 and self._vocabulary.zipf(part) >= SHORT_PART_ZIPF))

    def _add_split(self, lowered: str, zipf: dict[str, float]) -> None:
        """Two correct frequent words written together (*gotongroyong*, *danpetugas*), or
        with a key above the space bar typed for the space (*aksinpencurian*)."""
        for cut in range(2, len(lowered) - 2):
            pairs = [(lowered[:cut], lowered[cut:])]
            if lowered[cut] in SPACE_KEYS:   # a key above the space bar for the space
                pairs.append((lowered[:cut], lowered[cut + 1:]))
            for head, tail in pairs:
                if head == tail:             # a word typed twice: ``_add_doubled``
                    continue
                if (cut > 2 or head in SPLIT_HEADS) and self._split_pair(head, tail):
                    pair = f"{head} {tail}"
                    zipf.setdefault(pair, self._zipf(pair))

    def _split_pair(self, head: str, tail: str) -> bool:
        """Both sides words: listed ones, or long words the dictionaries accept (derived
        forms the list lacks: *pengendalian*, *digencarkan*)."""
        head_listed = head in SPLIT_HEADS or self._split_part(head)
        tail_listed = self._split_part(tail)
        if head_listed and tail_listed:
            return True
        long_head, long_tail = len(head) >= DERIVED_PART, len(tail) >= DERIVED_PART
        if not ((head_listed or long_head) and (tail_listed or long_tail)):
            return False
        return (head_listed or self._accepts(head)) and (tail_listed or self._accepts(tail))

    def _add_abbreviated(self, lowered: str, zipf: dict[str, float]) -> None:
        """A very common word written with its consonants only, as in notes and chat
        (*yg* → *yang*, *dgn* → *dengan*, *utk* → *untuk*): no Indonesian word lacks a
        vowel, so a lowercase word without one after its first letter is a shortening."""
        if not abbreviation_shape(lowered):
            return
        if self._abbreviated is None:
            self._abbreviated = {}
            for candidate, value in self._vocabulary.frequencies.items():
                if value >= ABBREVIATED_ZIPF and candidate in self._vocabulary.correct \
                        and candidate.isalpha():
                    self._abbreviated.setdefault(candidate[0], []).append(
                        (candidate, value))
        for candidate, value in self._abbreviated.get(lowered[0], ()):
            if abbreviated(lowered, candidate):
                zipf.setdefault(candidate, value)

    def _add_listed_neighbours(self, lowered: str, zipf: dict[str, float]) -> None:
        """Frequent words one edit away that the dictionaries know only capitalised or
        as written by the affix rules: *elasa* → *Selasa*."""
        frequencies = self._vocabulary.frequencies
        seen = {candidate.lower() for candidate in zipf}
        for edit in edits1(lowered):
            if edit in frequencies and edit not in seen:
                form = self._known_form(edit)
                if form is not None:
                    zipf.setdefault(form, frequencies[edit])

    def _best(self, word: str, zipf: dict[str, float]) -> float:
        return max((self._score(word, candidate, value) for candidate, value in zipf.items()),
                   default=-CASE_ONLY)

    def _score(self, word: str, candidate: str, zipf: float) -> float:
        if zipf >= CASE_ONLY or candidate.lower() == word.lower():
            return CASE_ONLY
        if self._is_domain(candidate):       # a service term is common in a release
            zipf = max(zipf, UNKNOWN_ZIPF + DOMAIN_FLOOR)
        return likelihood(word, candidate, zipf)

    def _ranked(self, word: str, zipf: dict[str, float],
                hunspell_rank: dict[str, int]) -> tuple[str, ...]:
        def key(candidate: str) -> tuple[float, int, int, int, str]:
            frequent = self._frequent.get(candidate.lower(), 10_000)
            return (
                -round(self._score(word, candidate, zipf[candidate]), 6),
                0 if self._is_domain(candidate) else 1,
                frequent,
                hunspell_rank.get(candidate, 100),
                candidate,                   # the same order in every run
            )

        ranked = sorted(zipf, key=key)
        scores = self._scores.setdefault(word, {})
        for candidate in ranked[:2 * MAX_SUGGESTIONS]:    # the best of each form, any case
            scores.setdefault(candidate.lower(), self._score(word, candidate, zipf[candidate]))
        # A word typed in lower case is a common word's slip: the same word capitalised
        # (part of a longer lexicon entry: *Operasi Mantap Brata*) would take a place of
        # the first three and add nothing; a name of its own (*Jumat*) stays.
        unique: list[str] = []
        common: list[str] = []
        joined = joined_prepositions()
        for candidate in ranked:
            shaped = self._shape(word, self._title_acronym(word, candidate))
            split = _joined_split(joined, shaped.lower())
            if split is not None:            # diatara: not the habit diantara, di antara
                shaped = match_case(shaped, split)
            office = self._office_form(shaped)
            if office is not None:           # releases write a unit capitalised: its
                common.append(shaped)        # lowercase form only where there is room
                shaped = office
            if shaped not in unique and shaped != word:
                unique.append(shaped)
        if word.islower():                   # mantab: mantap, not Mantap too
            common_words = {form for form in unique if form.islower()}
            unique = [form for form in unique if form.islower()
                      or form.lower() not in common_words or self._entry(form)]
        unique += [form for form in common if form not in unique and form != word]
        return tuple(unique[:MAX_SUGGESTIONS])

    def _title_acronym(self, word: str, candidate: str) -> str:
        """An acronym found in capitals (*POLRI*) in the title case the dictionaries also
        accept it in (*Polri*), unless the word was typed in capitals: EYD V (II.H,
        singkatan) writes an acronym of a name made of syllables with one capital
        (*Polri*, *Bappenas*), and a writer who typed *Polori* or *polri* meant that
        form; a pure initialism (*BPBD*) has no such form and stays in capitals."""
        if len(candidate) < 2 or not is_all_caps(candidate) or is_all_caps(word) \
                or not candidate.isalpha():
            return candidate
        titled = candidate.capitalize()
        if self._accepts(titled) and not self._accepts(candidate.lower()):
            return titled                    # not DI -> Di: that is the preposition
        return candidate

    @staticmethod
    def _shape(word: str, candidate: str) -> str:
        """Keep the user's capitals (headline words) unless the case itself was the error."""
        if is_all_caps(word) and len(word) > 1:
            return candidate.upper()
        if is_capitalized(word) or word[:1].isupper():
            return match_case(word, candidate)
        return candidate
