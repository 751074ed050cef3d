"""Typos the word alone cannot show, but its place and the document can (issue 10).

Out of context an unknown capitalised word is taken for a name, so a typo of a capitalised
word gets through. A copy editor looks further, and so does this module:

- **A service term misspelt is not a name** (EYD V, I.E: the units, ranks and offices of
  the lexicon are written one way): a word never seen in Indonesian text and one keystroke
  from a long term of the service lexicon (*Kapolnsek*, *Babinha*) is that term mistyped,
  even where a name would stand; so is a word one keystroke from a place or title word
  (*Dsea*, *Jalam*) standing where such a word stands, before a capitalised name.
- **The document names the word right elsewhere**: a capitalised word written once, never
  seen in Indonesian text, one keystroke from a capitalised word the same release writes
  at least twice (*Wahyudu* beside *Wahyudi* ×3), or two from a service term the release
  uses (*Kapikda* beside *Kapolda*), is that word mistyped. A doubled letter is no
  evidence (*Hassan*, *Hasan*: names are spelt both ways). A word written more than
  once is still a slip when it is one keystroke, after the same first three letters,
  from a long service term the same release writes (*Bhabinkamtimas* ×3 beside
  *Bhabinkamtibmas*): a name the document repeats is kept, a misspelt unit term is not;
  every occurrence is flagged, and the report lists it once with its count.
- **A capital that position explains is no sign of a name** (EYD V, I.E Huruf Kapital:
  a sentence's first word, every word of a title): the first word of a sentence, a word
  between lowercase words, a word of a headline in title case. There a word that occurs
  once in the release, that no dictionary, lexicon or place list knows, and that is one
  keystroke from a frequent word (*Selanjutny*, *Kegiata*, *Kemudia* — a hundred times
  rarer than *kemudian*) is read as that word mistyped.

- **Two letters out of place are one slip of the hand**: a word never seen in text,
  with the letters of a long one-word service term (or one changed) and its first letter,
  two edits from it (*Shabara* for *Sabhara*, *Geburnur* for *Gubernur*); where position
  explains the capital, a frequent word of six letters or more written with its letters
  in another order (*Keaigtan* for *Kegiatan*).
- **A loan word is no name** (KBBI; Pedoman Umum Pembentukan Istilah: *-itas*, *-isasi*,
  *-asi*, *-ensi* make abstract nouns of borrowed roots): a capitalised word with such an
  ending, never seen in text, one keystroke from a KBBI word with the same ending
  (*Koneksivitas* for *Konektivitas*), is that word mistyped wherever it stands.
- **A place name with two letters swapped** right after the word of its level or of a unit
  named after it (*Kecamatan*, *Kodim*; Kemendagri region names): a word never seen in
  text that, with two letters that are not neighbours changed round, is a Kemendagri
  name (*Kodim Marpatura* → *Martapura*) — one keystroke is the checker's own test.
- **A place name one letter off** right after the word of its level (*Kecamatan
  Tujungan* → *Tunjungan*), where the word splits into two known words and so escapes
  the checker's own test; a two-word name of the register run together (*Nusalaut*) is
  the writer's spelling, not a slip.
- **An acronym's expansion is made of common words** (EYD V, II.H Singkatan; I.E): in
  the run of capitalised words whose initials spell the acronym in brackets after it
  (*Basan Kepegawaian Negara (BKN)*), the one word no dictionary knows, the others all
  common words, is a common word mistyped (*Badan*), not a name.
- **A long word two slips from a common word is no name** (EYD V, I.E; KBBI): a
  capitalised word of nine letters or more, never seen in text, written once, not in a run
  of capitalised words, not after a verb of saying and not alone on its line, whose first
  suggestion is a frequent KBBI word (or one with its loan ending) of the same first letter
  two keystrokes off (*Purnawiran* → *Purnawirawan*, *Hultikultura* → *Hortikultura*).
  Measured on the tuning half: shorter words, or words beside a capitalised word, are
  names two keystrokes from some word (*Setyawan*, *Letkol Dharmawan*). In an acronym's
  expansion the same two-keystroke reading applies to its one unknown word (*Organisasi
  Wants (GOW)* → *Wanita*), and so it does where position explains the capital
  (*Selnjtnya*, nine letters or more).
- **An institution's name and a run of common words hold no personal name** (EYD V, I.E):
  a word never seen in text and one keystroke from a frequent word is that word mistyped
  where it stands right after an institution's head (*Dinas*, *Badan*, *Kantor*…) or
  after its first common word, seven letters or more (*Dinas Perhubngan*), or in a run
  of three or more capitalised words whose other words are all frequent common words and
  none a title, rank, place or service word, five letters or more (*Program Keluarga
  Harapn*).
- **A derived word whose root is a slip** (``affix_slips``: *diperolah* → *diperoleh*),
  lowercase or where position explains its capital.
- **Admissions read as a class** (round ten): a rare *-ku*/*-mu* form one keystroke from a
  frequent word (*palaku* → *pelaku*), *peN-…-kan* for the noun *peN-…-an*
  (*penambahkan*), *ber-* where KBBI writes *be-* (*berpergian*; ``affix_slips``), a
  capitalised word opening with one consonant typed twice (*Mmempersilahkan*), a derived
  word followed by its own root (*menghadapi hadapi*), and an impossible year in a
  numeric date (``date_slips``: *(26/4/202)*).
- **Round TYP2**: *meN-*/*di-…-an* for *-kan* (*menyimpulan*; ``affix_slips``); a
  syllabic acronym defined in brackets that its own expansion cannot spell, one keystroke
  from a lexicon term it does spell (*Musyawarah Perencanaan Pembangunan (Musrembang)*;
  EYD V, II.H); a long institution acronym of the lexicon (eight letters or more:
  *Forkopimda*) counted as a service term; a conjunction or preposition written twice
  across a comma (*lantaran, lantaran*); no field of an office after a place word
  (*Kantor Desa Peleyan* is a village).
- **A capital inside a lowercase word** joins two words (*sebabMkita*, *daerahKita*; EYD V
  writes a capital only at a word's start): brands, units, handles and *-nya* after an
  acronym are told apart by what stands before the capital.

- **Session 13, forms and places no name takes** (EYD V, I.E; II.A Kata Berimbuhan): a
  capitalised *peN-…-kan* word anywhere (*Pemberlakukan Pembatasan*; ``confix_slip``);
  a capitalised *meN-*/*di-* word of seven letters or more, never seen in text and
  flagged in lowercase, one keystroke from a frequent verb the suggester puts first
  (*Mengelar* → *menggelar*); a word never seen in text between two capitalised common
  words (*Sinkronisasi Pogram Pencegahan*), one keystroke from a frequent word.
  Measured on the full text of raw11-15 and on the tuning half: every firing a
  labelled typo (one new catch each; the verb check also takes over one sentence-start
  slip the ``awal`` check already caught), none on a name; the one-sided forms of the
  last (after a common word only, as in *Mesin Suwita*; before one only, as in *Kanit 2
  Sukarta Direktorat*) flagged names three times for one catch and were left out.

Every finding is a suggestion (``saran``): a name can still be meant. Each check costs
a few set look-ups per unknown capitalised word; nothing runs over the whole text.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from app.language import data_cache, date_slips
from app.language.affix_slips import (
    NOUN_PREFIXES,
    PERSON_CLITICS,
    VERB_PREFIXES,
    be_form,
    clitic_slip,
    confix_slip,
    root_slip,
    verb_confix_slip,
)
from app.language.affixes import AffixAnalyzer
from app.language.capitals import CapitalRules
from app.language.context import (
    ADMIN_TRIGGERS,
    NAME_TRIGGERS,
    PLACE_TRIGGERS,
    REGION_CATEGORIES,
    UNIT_TRIGGERS,
    defined_terms,
)
from app.language.defined_acronyms import lowercase_acronyms
from app.language.finding import Finding, Severity
from app.language.lexicon import CaseAwareWords, Lexicon
from app.language.module_regex import ModulePatterns
from app.language.realword import SAYING_ROOTS
from app.language.spans import Spans
from app.language.spelling import SpellBackend
from app.language.tokens import Token, is_capitalized, match_case, word_list
from app.language.two_edits import osa_within
from app.language.vocabulary import Vocabulary, edits1

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_SPELLING = "ejaan"
RULE_NONSTANDARD = "bentuk-tidak-baku"
"""The KBBI table's rule (``style.RULE_NONSTANDARD``): a *ber-* form KBBI writes *be-*."""
RULE_DOUBLED = "kata-ganda"
"""The style rule of a word written twice (``style``): here, once with its affix."""
REDUPLICATING = ("ber", "se")
"""Prefixes whose words reduplicate with the root after them (*bersama-sama*)."""
MIN_DOUBLED = 5
"""A word this long with its first letter doubled (*Mmempersilahkan*); shorter runs are
initials and acronyms (*SSos*, *PPKM* are caught by their capitals first)."""
VOWELS = frozenset("aeiou")
"""A doubled vowel opens names (*Aang*, *Oong*): only a doubled consonant is a slip."""
SEVERITY: Severity = "saran"

SERVICE_CATEGORIES = frozenset({"pangkat-polri", "pangkat-tni", "satuan-jabatan",
                                "sapaan-jabatan", "istilah-polri", "istilah-tni",
                                "istilah-pemda"})
"""Lexicon categories whose entries are service terms, never personal names."""
INSTITUTION_CATEGORY = "lembaga-akronim"
MIN_INSTITUTION = 8
"""A syllabic acronym of an institution or forum this long (*Forkopimda*, *Musrenbang*)
is a service term too: no personal name lies one keystroke from it."""
MIN_TERM = 6
"""A service term this long has no name one keystroke away in practice (*Kapolsek*,
*Babinsa*); shorter ranks do (*Serka*, *Sertu*)."""
MIN_REPEATED = 5
"""Names shorter than this differ by one letter too often (*Andi*, *Andri*; *Budi*, *Rudi*)."""
TWO_EDITS = 7
"""Two keystrokes are read as a slip of a service term only on words this long, and only
after the same first three letters (a typist rarely misses the start of a word)."""
MIN_HEAD = 3
"""Lowercase letters before an inner capital that make a word, not a brand's prefix."""
MIN_REORDERED = 6
"""A word this long is read as a frequent word with letters out of order; shorter words
have too many anagrams among names (*Rina*, *Rani*)."""
MAX_LETTERS_APART = 2
CHANGED_LETTERS = 2
"""Letters changed in place in a long service term before a capitalised word (*Genernur
Malut*): a name of the term's length and first letter differs in more."""
"""Two keystrokes from a long service term: the same letters, or one changed."""
START_FLOOR = 4.0
"""Where position explains the capital, the word meant must be this frequent (zipf)."""
MIN_START = 4
"""Shorter capitalised words are initials, acronyms or short names."""
MIN_AFFIXED = 6
"""Words shorter than this are never read as a derived word's slip."""
TITLE_SHARE = 0.7
"""Share of a headline's words (three letters or more) written with a capital."""
FREQUENT_MARGIN = 2.0
"""A word the frequency list knows is read as a slip only of a word this much more
frequent (zipf: a hundred times): *Kemudia* (3.2) of *kemudian* (5.9)."""
MAX_MEMO = 50_000
"""Word answers kept per lexicon, as the checker's own word caches keep."""
RANK_CATEGORIES = frozenset({"pangkat-polri", "pangkat-tni"})
MAX_RANK = 6
"""Ranks written in capitals are short (*AKBP*, *BRIPKA*); longer capitals are words."""
TITLE_CATEGORIES = frozenset({"pangkat-polri", "pangkat-tni", "gelar", "sapaan-jabatan"})
"""A period after these is an abbreviation's (*Kombes Pol.*), not a sentence's end."""

LOAN_ENDINGS = ("itas", "isasi", "asi", "ensi", "ansi", "isme", "ional")
"""Endings of KBBI words formed from borrowed roots (Pedoman Umum Pembentukan Istilah:
*-ity* → *-itas*, *-ization* → *-isasi*, *-tion* → *-asi*, *-ence* → *-ensi*, *-ance* →
*-ansi*, *-ism* → *-isme*, *-ional* → *-ional*): endings no Indonesian personal name has."""
MIN_LOAN = 8
"""A loan word at least this long: shorter ones (*Rasi*, *Susi*) are names."""
PLACE_HEADS = ADMIN_TRIGGERS | UNIT_TRIGGERS | frozenset({"Polsek", "Polrestabes",
                                                          "Koramil", "Kapolsek", "Danramil"})
"""Words a Kemendagri name follows: a level (*Kecamatan*) or a unit named after its
region (*Kodim*, *Polsek*)."""
INSTITUTION_HEADS = frozenset({
    "Badan", "Dinas", "Kantor", "Kementerian", "Direktorat", "Inspektorat", "Sekretariat",
    "Biro", "Balai", "Lembaga", "Komisi", "Dewan", "Majelis", "Tim", "Satuan", "Bidang",
    "Seksi", "Bagian", "Pusat", "Unit"})
"""Words that open an institution's own name (EYD V, I.E: *Badan Penanggulangan Bencana
Daerah*, *Dinas Perhubungan*): the words after them name its field, common words."""
MIN_FIELD = 7
"""An institution's field this long (*Kesehatan*, *Perhubungan*); a short word after a
head is a name as often (*Sekretaris Dinas Amrin*, Bali's *Banjar Dinas Munduk*)."""
MIN_COMMON_RUN = 3
"""A run of capitalised words this long whose other words are common words names a
programme, event or body (*Program Keluarga Harapan*); two words prove too little."""
MIN_FAR = 9
"""A capitalised word this long, never seen in text, is read as a common word two
keystrokes off; shorter ones are names two keystrokes from some word (*Wahyudi*)."""
FAR_FLOOR = 3.0
"""The common word meant is at least this frequent (zipf): a word releases write."""
MIN_SWAPPED = 7
"""A place name this long, with two letters swapped, has no other place so near in
practice; shorter names (*Sapta*, *Pasta*) swap into one another."""

_OPENERS = "\"“‘'(["
_SENTENCE_END = _PATTERNS.compile(r"[.!?][\"”’')\]]*\s+[\"“‘'(\[]?$")


class CheckerView(Protocol):
    """What these checks read from the checker."""

    backend: SpellBackend
    lexicon: Lexicon
    vocabulary: Vocabulary
    capitals: CapitalRules
    """The capital rules' data: the register's multi-word place names."""

    @property
    def affixes(self) -> AffixAnalyzer:
        """The checker's own affix analysis, so a derived word is read as it reads it."""

    @property
    def user_words(self) -> CaseAwareWords:
        """The officer's personal and team words: never flagged, whatever their form."""

    def verdict(self, word: str) -> str: ...

    def accepts_word(self, word: str) -> bool: ...

    def suggest(self, word: str) -> tuple[str, ...]: ...


def _text_terms(text: str) -> CaseAwareWords:
    """The text's own terms: acronyms it defines in brackets (*(Bansos)*, *tim khusus
    (timsus)*) and initials it introduces (*berinisial AR*)."""
    return CaseAwareWords(defined_terms(text) | lowercase_acronyms(text))


def document_typos(checker: CheckerView, text: str, tokens: Sequence[Token],
                   flagged: Sequence[Finding], covered: Spans,
                   skip: Callable[[str], bool]) -> list[Finding]:
    """Findings for capitalised words the word-by-word pass accepted (see the module)."""
    counts = Counter(token.text for token in tokens if token.text[:1].isupper())
    taken = Spans((f.start, f.end) for f in flagged)
    references: _References | None = None
    defined: CaseAwareWords | None = None
    headlines: dict[int, str | None] = {}
    expansions: set[int] | None = None
    repeats: dict[str, str | None] = {}
    found: list[Finding] = []

    def open_to_slip(token: Token) -> bool:
        """No other finding on the word, nothing to skip there, not the user's own word."""
        return not taken.overlaps(token.start, token.end) and \
            not covered.overlaps(token.start, token.end) and not skip(token.text) and \
            not checker.user_words.accepts(token.text)

    for index, token in enumerate(tokens):
        word = token.text
        if word[:1].islower():
            if not word.islower():           # sebabMkita: most lowercase words stop here
                joined = _inner_capital(checker, text, token)
                if joined is not None and not taken.overlaps(token.start, token.end) and \
                        not covered.overlaps(token.start, token.end) and not skip(word):
                    found.append(_finding(checker, token, joined, "gabung"))
            elif len(word) >= MIN_AFFIXED and checker.verdict(word) == "accept":
                repeated = _root_repeated(checker, text, tokens, index)
                if repeated is not None and not taken.overlaps(repeated.start, repeated.end) \
                        and not covered.overlaps(repeated.start, repeated.end) and \
                        not skip(word):
                    found.append(repeated)   # menghadapi hadapi: the root written again
                    continue
                root_meant = _affixed_slip(checker, word)   # diperolah: diperoleh
                reason = "imbuhan"
                if root_meant is None:
                    root_meant, reason = _clitic_or_be(checker, word)   # palaku, berpergian

                if root_meant is not None and open_to_slip(token):
                    found.append(_be_finding(token, root_meant) if reason == "be" else
                                 _finding(checker, token, _ranked_first(
                                     checker, word, root_meant), reason))
            continue
        if not word[:1].isupper() or len(word) < MIN_START:
            continue                         # most words: a dictionary look-up saved
        if counts[word] > 1:                 # Bhabinkamtimas x3 beside Bhabinkamtibmas
            if len(word) < MIN_TERM or not is_capitalized(word):
                continue
            if word not in repeats:          # once per word and document
                repeats[word] = None
                if _repeat_candidate(checker, word, skip):
                    if references is None:
                        references = _References(checker, counts)
                    repeats[word] = references.service_slip(word.lower())
                if repeats[word] is not None:
                    if defined is None:
                        defined = _text_terms(text)
                    if defined.accepts(word):    # (Bhabinkamtimas): the text's own term
                        repeats[word] = None
            term = repeats[word]
            if term is not None and not taken.overlaps(token.start, token.end) and \
                    not covered.overlaps(token.start, token.end) and not _by_digit(text, token):
                found.append(_finding(checker, token, term, "berulang", counts[word]))
            continue
        if len(word) >= MIN_AFFIXED and is_capitalized(word) and word.isalpha():
            lowered_word = word.lower()
            root_meant = _affixed_slip(checker, lowered_word)   # Diperolah: as diperolah
            if root_meant is not None and \
                    _sentence_initial(text, tokens, index, checker.lexicon) and \
                    not _name_follows(checker, text, tokens, index) and open_to_slip(token):
                found.append(_finding(checker, token, _ranked_first(
                    checker, word, match_case(word, root_meant)), "imbuhan"))
                continue
            if lowered_word.endswith("kan") and lowered_word.startswith(NOUN_PREFIXES):
                noun = _confix(checker, lowered_word)   # Pemberlakukan: peN-…-kan, no name
                if noun is not None and open_to_slip(token):
                    found.append(_finding(checker, token, match_case(word, noun), "konfiks"))
                    continue
        if len(word) >= MIN_VERB_WORD and word.startswith(VERB_HEADS) and \
                is_capitalized(word) and word.isalpha() and open_to_slip(token):
            verb = _verb_slip(checker, word)     # Mengelar: a verb's slip, no name
            if verb is not None:             # mid-sentence a verb is written lowercase
                if _sentence_initial(text, tokens, index, checker.lexicon) or \
                        _in_title_line(checker, text, token, headlines):
                    verb = match_case(word, verb)
                found.append(_finding(checker, token, verb, "verba"))
                continue
        capitals = word.isupper()
        if not (capitals or is_capitalized(word)) or \
                not word.isalpha() or (len(word) > MAX_RANK and capitals) or \
                not _unknown(checker, word) or skip(word) or \
                taken.overlaps(token.start, token.end) or \
                covered.overlaps(token.start, token.end) or _by_digit(text, token):
            continue
        lowered = word.lower()
        meant: str | None = None
        if not capitals:                     # Mmempersilahkan: a key held down
            meant = _doubled_start(checker, lowered)
            reason = "huruf-awal"
        if capitals:                         # AKBI Sutarjo: a rank before a name
            meant = _rank(checker, word) if _run_follows(text, tokens, index) else None
            reason = "istilah"
        unseen = not capitals and checker.vocabulary.zipf(lowered) == 0.0
        if unseen and meant is None:
            meant = _service_term(checker, lowered)
            if meant is None:
                meant = _service_term_two(checker, lowered)
            reason = "istilah"
            if meant is None and _run_follows(text, tokens, index) and \
                    not _name_precedes(checker, text, tokens, index):
                meant = _trigger_word(checker, lowered)
                reason = "penanda"
                if meant is None and _region_follows(checker, tokens, index):
                    meant = _term_two_changed(checker, lowered)   # Genernur Malut
                    reason = "istilah"
        if meant is None and not capitals and len(word) >= MIN_LOAN and \
                lowered.endswith(LOAN_ENDINGS):
            meant = _loan_word(checker, lowered)
            reason = "serapan"
        if meant is None and unseen and len(word) >= MIN_SWAPPED and index and \
                tokens[index - 1].text in PLACE_HEADS and \
                text[tokens[index - 1].end:token.start] == " ":
            meant = _swapped_place(checker, lowered)
            reason = "wilayah"
            if meant is None and tokens[index - 1].text in ADMIN_TRIGGERS:
                meant = _near_place(checker, lowered)   # Kecamatan Tujungan: a letter lost
                reason = "wilayah-dekat"
        if meant is None and unseen and len(word) >= MIN_REPEATED:
            if references is None:
                references = _References(checker, counts)
            meant = _written_elsewhere(lowered, references)
            reason = "dokumen"
        if meant is None and not capitals and checker.verdict(lowered) != "accept":
            if _sentence_initial(text, tokens, index, checker.lexicon) and \
                    not _name_follows(checker, text, tokens, index):
                meant = _common_word(checker, lowered) or _far_at(checker, word, lowered)
                reason = "awal"
            elif _among_common_words(text, tokens, index) and \
                    not checker.vocabulary.is_place(word):
                meant = _common_word(checker, lowered) or _far_at(checker, word, lowered)
                reason = "tengah"
            elif not checker.vocabulary.is_place(word) and \
                    _in_title_line(checker, text, token, headlines):
                meant = _common_word(checker, lowered) or _far_at(checker, word, lowered)
                reason = "judul"
        if meant is None and unseen and len(word) >= MIN_FIELD and \
                _after_institution(checker, text, tokens, index):
            meant = _common_word(checker, lowered)   # Dinas Perhubngan: a field, no name
            reason = "lembaga"
        if meant is None and unseen and len(word) >= MIN_START + 1 and \
                _common_run(checker, text, tokens, index):
            meant = _common_word(checker, lowered)   # Program Keluarga Harapn
            reason = "deret-umum"
        if meant is None and unseen and len(word) >= MIN_START + 1 and \
                _between_common(checker, text, tokens, index):
            meant = _common_word(checker, lowered)   # Sinkronisasi Pogram Pencegahan
            reason = "deret-umum"
        if meant is None and not capitals and "(" in text:
            if expansions is None:
                expansions = _expansions(checker, text, tokens)
            if index in expansions:          # Basan Kepegawaian Negara (BKN)
                meant = _expansion_word(checker, lowered)
                reason = "singkatan"
        if meant is None and unseen and len(word) >= MIN_FAR and word.isalpha() and \
                not checker.vocabulary.is_place(word) and \
                not _run_follows(text, tokens, index) and \
                not _run_precedes(text, tokens, index) and \
                not (index and tokens[index - 1].text in SAYING_ROOTS) and \
                not _alone_on_line(text, token):     # kata Dharmawan; a signature
            meant = _far_common_word(checker, word, lowered)   # Purnawiran, Kontijensi
            reason = "dua-ketik"
        if meant is None:
            continue
        if defined is None:
            defined = _text_terms(text)      # (Bansos), berinisial: the text's own terms
        if not defined.accepts(word):
            found.append(_finding(checker, token, match_case(word, meant)
                                  if meant.islower() else meant, reason))
    return found + _year_findings(text, taken, covered) + \
        _unspelt_acronyms(checker, text, tokens, taken, covered, skip) + \
        _linker_repeated(text, tokens, taken, covered)


LINKERS = frozenset({
    "lantaran", "karena", "sehingga", "bahwa", "namun", "tetapi", "serta", "dan", "atau",
    "yang", "untuk", "agar", "supaya", "jika", "apabila", "ketika", "hingga", "sejak",
    "seperti", "dengan", "kepada", "terhadap", "dari", "pada", "oleh", "bagi", "sebagai",
    "melalui", "tentang", "maupun", "sedangkan", "meskipun", "walaupun"})
"""KBBI conjunctions and prepositions: words that link, which no one repeats for
emphasis (as one may *sangat, sangat* or *tidak, tidak*)."""


def _linker_repeated(text: str, tokens: Sequence[Token], taken: Spans,
                     covered: Spans) -> list[Finding]:
    """A conjunction or preposition written twice across a comma (*penting lantaran,
    lantaran untuk*): the word typed again after a pause (editing: a word written twice,
    as the style rule *kata-ganda* reads it without the comma); the repeat is dropped."""
    found: list[Finding] = []
    for index in range(len(tokens) - 1):
        token, following = tokens[index], tokens[index + 1]
        if token.text not in LINKERS or following.text.lower() != token.text or \
                text[token.end:following.start] != ", " or \
                taken.overlaps(token.start, following.end) or \
                covered.overlaps(token.start, following.end):
            continue
        written = text[token.start:following.end]
        found.append(Finding(token.start, following.end, written, "style", RULE_DOUBLED,
                             MESSAGES["ulang-tugas"].format(word=token.text),
                             (token.text,), severity=SEVERITY))
    return found


def _root_repeated(checker: CheckerView, text: str, tokens: Sequence[Token],
                   index: int) -> Finding | None:
    """A derived word followed by its own root (*menghadapi hadapi*): the word written
    twice, once with its affix (editing: a word written twice): the repeat is dropped.
    *ber-* and *se-* words are left to the spaced-reduplication rule, for they are
    reduplicated so (*bersama sama* → *bersama-sama*, *semata mata*)."""
    if index + 1 >= len(tokens):
        return None
    token, following = tokens[index], tokens[index + 1]
    root = following.text
    if len(root) < MIN_START or not root.islower() or root not in token.text or \
            text[token.end:following.start] != " " or \
            token.text.startswith(REDUPLICATING) or \
            checker.affixes.explain(token.text) != root:
        return None
    written = text[token.start:following.end]
    return Finding(token.start, following.end, written, "style", RULE_DOUBLED,
                   MESSAGES["ulang-dasar"].format(word=token.text, meant=root),
                   (token.text,), severity=SEVERITY)


def _year_findings(text: str, taken: Spans, covered: Spans) -> list[Finding]:
    """A numeric date's impossible year (``date_slips``: *(26/4/202)*)."""
    return [Finding(slip.start, slip.end, slip.written, "spelling", RULE_SPELLING,
                    date_slips.MESSAGE.format(year=slip.written), slip.meant,
                    severity=SEVERITY)
            for slip in date_slips.find(text)
            if not taken.overlaps(slip.start, slip.end) and
            not covered.overlaps(slip.start, slip.end)]


def _clitic_or_be(checker: CheckerView, word: str) -> tuple[str | None, str]:
    """The word meant by a lowercase word the checker accepts, read as a rare *-ku*/*-mu*
    form (``affix_slips.clitic_slip``), as *peN-…-kan* for *peN-…-an*
    (``affix_slips.confix_slip``), as *meN-/di-…-an* for *-kan*
    (``affix_slips.verb_confix_slip``) or as *ber-* where KBBI writes *be-*
    (``affix_slips.be_form``), with the kind of slip; asked once per word and lexicon."""
    memo = _terms(checker.lexicon)             # string tests first: most words stop there
    if word.endswith(PERSON_CLITICS):
        meant = memo.memo(("klitik", word), lambda: clitic_slip(
            word, checker.vocabulary, checker.backend.check))
        if meant is not None:
            return meant, "klitik"
    if word.endswith("kan") and word.startswith(NOUN_PREFIXES):
        meant = memo.memo(("konfiks", word), lambda: confix_slip(word, checker.vocabulary))
        if meant is not None:
            return meant, "konfiks"
    if word.startswith(VERB_PREFIXES) and "an" in word[-5:]:
        meant = memo.memo(("konfiks-kan", word), lambda: verb_confix_slip(
            word, checker.vocabulary, checker.backend.check))
        if meant is not None:
            return meant, "konfiks-kan"
    if word.startswith("ber"):
        return memo.memo(("be", word), lambda: be_form(
            word, checker.vocabulary, checker.backend.check)), "be"
    return None, ""


def _confix(checker: CheckerView, word: str) -> str | None:
    """``affix_slips.confix_slip`` asked once per word and lexicon. Session 13: asked of a
    capitalised word too, anywhere (*Pemberlakukan Pembatasan*): a *peN-…-kan* form is
    no personal name."""
    return _terms(checker.lexicon).memo(("konfiks", word),
                                        lambda: confix_slip(word, checker.vocabulary))


def _be_finding(token: Token, meant: str) -> Finding:
    right = match_case(token.text, meant)
    return Finding(token.start, token.end, token.text, "style", RULE_NONSTANDARD,
                   MESSAGES["be"].format(word=token.text, meant=right), (right,))


def _doubled_start(checker: CheckerView, lowered: str) -> str | None:
    """The word meant when a capitalised word opens with one consonant typed twice
    (*Mmempersilahkan*): no Indonesian word or name in Latin letters starts so (EYD V, I.A
    Huruf Abjad; KBBI has no such lema), and without the first letter the word is one the
    checker knows; its standard form is offered when KBBI marks it non-standard."""
    if len(lowered) < MIN_DOUBLED or lowered[0] != lowered[1] or lowered[0] in VOWELS:
        return None
    rest = lowered[1:]
    if not (checker.backend.check(rest) or checker.verdict(rest) == "accept"):
        return None
    return checker.vocabulary.nonstandard.get(rest, rest)


def _affixed_slip(checker: CheckerView, word: str) -> str | None:
    """The frequent word a lowercase derived word is a slip of (``affix_slips``), asked
    once per word and lexicon."""
    def slip() -> str | None:
        if checker.backend.check(word) or checker.lexicon.accepts(word):
            return None                      # most words: hunspell's own
        return root_slip(word, checker.affixes.explain(word), checker.vocabulary,
                         checker.backend.check)

    return _terms(checker.lexicon).memo(("affixed", word), slip)


def _ranked_first(checker: CheckerView, word: str, meant: str) -> str:
    """The suggester's first word for a slip this module found, or ``meant``: the slip is
    sure, the word meant is the ranking's to say (*tersang*: *tersangka* before the
    one-keystroke *terbang*)."""
    return next(iter(checker.suggest(word)), meant)


def _unknown(checker: CheckerView, word: str) -> bool:
    """Known to no dictionary, root list, lexicon or the officer's own word lists (the
    frequency list may know it: *kemudia* is a frequent slip)."""
    lowered = word.lower()
    vocabulary = checker.vocabulary
    # a root list entry never seen in text that the lowercase check reads as a slip is
    # no proof (perengkat, Sastrawi's list, one keystroke from the frequent perangkat)
    return ((lowered not in vocabulary.roots or (
        vocabulary.zipf(lowered) == 0.0 and checker.verdict(lowered) == "flag"))
            and lowered not in vocabulary.nonstandard and checker.verdict(word) != "flag"
            and not checker.backend.check(lowered)
            and not checker.accepts_word(word))    # the lexicon, the user's words


def _repeat_candidate(checker: CheckerView, word: str, skip: Callable[[str], bool]) -> bool:
    """A word written more than once that may still be a slip: unknown, never seen in
    Indonesian text, no place name, not one the officer accepted."""
    return word.isalpha() and checker.vocabulary.zipf(word.lower()) == 0.0 and \
        not checker.vocabulary.is_place(word) and not skip(word) and _unknown(checker, word)


def _by_digit(text: str, token: Token) -> bool:
    return (token.start > 0 and text[token.start - 1].isdigit()) or (
        token.end < len(text) and text[token.end].isdigit())


TermTables = tuple[dict[str, str], dict[str, str], dict[str, dict[str, str]], dict[str, str]]
_TERM_CODE = (__name__, "app.language.context", "app.language.tokens")
"""The modules whose code makes ``_term_tables`` from the lexicon."""


def _term_tables(lexicon: Lexicon) -> TermTables:
    """``_Terms``' tables: service terms, ranks, long terms, triggers (see there)."""
    service: dict[str, str] = {}
    ranks: dict[str, str] = {}
    for word in sorted(lexicon.words):          # the same answer every run
        if not word.isalpha() or len(word) < MIN_START:
            continue
        proper = lexicon.words.proper_form(word.lower()) or word
        category = lexicon.category(proper)
        if (category in SERVICE_CATEGORIES and len(word) >= MIN_TERM) or \
                (category == INSTITUTION_CATEGORY and len(word) >= MIN_INSTITUTION):
            service.setdefault(word.lower(), proper)
        if category in RANK_CATEGORIES:
            ranks.setdefault(word.lower(), proper.upper())
    long_terms: dict[str, dict[str, str]] = {}
    for category in sorted(SERVICE_CATEGORIES):
        for entry in sorted(lexicon.categories.get(category, ())):
            if entry.isalpha() and len(entry) >= TWO_EDITS and entry[:1].isupper():
                long_terms.setdefault(entry[0].lower(), {}).setdefault(entry.lower(), entry)
    triggers = {word.lower(): word for word in sorted(PLACE_TRIGGERS | NAME_TRIGGERS)
                if len(word) >= MIN_START and is_capitalized(word)}
    return service, ranks, long_terms, triggers


def _is_term_tables(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 4 and all(
        type(table) is dict for table in value)


class _Terms:
    """The lexicon's service terms, ranks and the place and title words, by lowercase
    form, built once per lexicon: a word is then looked up among its edits by set."""

    def __init__(self, lexicon: Lexicon) -> None:
        # kept in the user cache under the lexicon's key: some 6 ms of every fresh start
        tables = data_cache.derived(lexicon.fingerprint, "typo-terms",
                                    lambda: _term_tables(lexicon), _TERM_CODE, _is_term_tables)
        self.service: dict[str, str] = tables[0]
        self.ranks: dict[str, str] = tables[1]
        self.long_terms: dict[str, dict[str, str]] = tables[2]
        """Service terms of ``TWO_EDITS`` letters or more by first letter: the one-word
        entries of a service category (*Gubernur* is also an institution's word); not
        the words of a longer entry, which may be a name (*Kodam XIV/Hasanuddin*)."""
        self.triggers: dict[str, str] = tables[3]
        self._answers: dict[tuple[str, str], str | None] = {}
        """Answers that depend on the word and the lexicon alone."""

    def memo(self, key: tuple[str, str], compute: Callable[[], str | None]) -> str | None:
        """A per-word answer, computed once; a full memo starts over (bounded memory)."""
        if key in self._answers:
            return self._answers[key]
        if len(self._answers) >= MAX_MEMO:
            self._answers.clear()
        answer = self._answers[key] = compute()
        return answer


_TERMS: weakref.WeakKeyDictionary[Lexicon, _Terms] = weakref.WeakKeyDictionary()


def _terms(lexicon: Lexicon) -> _Terms:
    terms = _TERMS.get(lexicon)
    if terms is None:
        terms = _TERMS[lexicon] = _Terms(lexicon)
    return terms


def _one_edit_from(lowered: str, table: dict[str, str], same_start: bool = False) -> str | None:
    """The entry of ``table`` one keystroke from the word (a doubled letter is none)."""
    for edit in edits1(lowered):
        form = table.get(edit)
        if form is not None and not _doubling(lowered, edit) and \
                not (same_start and edit[0] != lowered[0]):
            return form
    return None


def _service_term(checker: CheckerView, lowered: str) -> str | None:
    """The long service term (rank, unit, office) one keystroke from the word."""
    if len(lowered) < MIN_TERM or checker.vocabulary.is_place(lowered):
        return None
    terms = _terms(checker.lexicon)
    return terms.memo(("term", lowered), lambda: _one_edit_from(lowered, terms.service))


def _rank(checker: CheckerView, word: str) -> str | None:
    """The rank one keystroke from a word in capitals (*AKBI* → *AKBP*, *IPTI* → *IPTU*),
    after the same first letter: an institution's acronym differs from a rank anywhere
    (*KKBP Lembahsari*), a typist's slip seldom at the start."""
    terms = _terms(checker.lexicon)
    return terms.memo(("rank", word), lambda: _one_edit_from(word.lower(), terms.ranks,
                                                              same_start=True))


def _service_term_two(checker: CheckerView, lowered: str) -> str | None:
    """The long service term two keystrokes from the word, written with the same letters
    (or one changed) after the same first letter: *Shabara* for *Sabhara*, *Geburnur* for
    *Gubernur* — letters swapped across a neighbour, which a name a term's length and
    start seldom is (a name differs in its letters, not their order)."""
    if len(lowered) < TWO_EDITS or checker.vocabulary.is_place(lowered):
        return None
    terms = _terms(checker.lexicon)
    return terms.memo(("term2", lowered), lambda: _near_long_term(
        lowered, terms.long_terms.get(lowered[0], {})))


def _near_long_term(lowered: str, table: dict[str, str]) -> str | None:
    letters = Counter(lowered)
    for form, word in table.items():
        if abs(len(form) - len(lowered)) <= 1 and form != lowered and \
                _letters_apart(letters, Counter(form)) <= MAX_LETTERS_APART and \
                _within_two(lowered, form) and \
                _undoubled(lowered) != _undoubled(form):
            return word
    return None




def _region_follows(checker: CheckerView, tokens: Sequence[Token], index: int) -> bool:
    """The next word (the caller has seen it on the same line, capitalised) names a region:
    an office named after its region stands there (*Gubernur Malut*, *Kapolres Bima*),
    a person's first name seldom does."""
    following = tokens[index + 1].text
    return checker.vocabulary.is_place(following) or \
        checker.lexicon.category(following) in REGION_CATEGORIES


def _term_two_changed(checker: CheckerView, lowered: str) -> str | None:
    """The long service term of the word's length and first letter with two other
    letters in place (*Genernur* for *Gubernur*): asked only of a word before a region's
    name, where such terms stand; before a personal name the word is read as a name
    (*Ibu Sabtari Lestanti*)."""
    if len(lowered) < TWO_EDITS or checker.vocabulary.is_place(lowered):
        return None
    terms = _terms(checker.lexicon)

    def changed() -> str | None:
        found = [word for form, word in terms.long_terms.get(lowered[0], {}).items()
                 if len(form) == len(lowered) and
                 sum(a != b for a, b in zip(form, lowered, strict=True)) == CHANGED_LETTERS]
        return found[0] if len(found) == 1 else None

    return terms.memo(("term-changed", lowered), changed)


def _undoubled(word: str) -> str:
    """The word with every doubled letter written once (*Hassanudin*, *Hasanuddin*)."""
    return "".join(letter for i, letter in enumerate(word) if i == 0 or word[i - 1] != letter)


def _letters_apart(a: Counter[str], b: Counter[str]) -> int:
    """Letters one word has and the other lacks, counted both ways (a swap: 0)."""
    return sum(((a - b) + (b - a)).values())


def _inner_capital(checker: CheckerView, text: str, token: Token) -> str | None:
    """Two words run together, the second after a capital, inside a lowercase word
    (*sebabMkita*, *daerahKita*): EYD V puts a capital only at a word's start and a space
    between words. A brand's inner capital follows a capital or a single lowercase
    letter (*WhatsApp*, *iPhone*, *eKTP*), a unit's two at most (*kWh*, *mmHg*), an
    acronym's *-nya* a capital (*KTPnya*): here the part before the capital is a word of
    three letters or more and what follows it (kept as written: *padaMinggu* → *pada
    Minggu*), or all but its stray capital, is a word.
    A hashtag or handle (*#polriPresisi*, *@humasPolres*) is a name, not prose."""
    word = token.text
    if not word.isalpha() or (token.start and text[token.start - 1] in "#@_"):
        return None
    cut = next((i for i, letter in enumerate(word) if letter.isupper()), 0)
    head, tail = word[:cut], word[cut:]
    if cut == 0 or len(head) < MIN_HEAD or not tail[1:].islower() or not _plain_word(checker, head):
        return None
    if _plain_word(checker, tail.lower()):
        return f"{head} {tail}"              # padaMinggu: the space lost, the capital meant
    rest = tail[1:]
    return f"{head} {rest}" if len(rest) >= 2 and _plain_word(checker, rest) else None


def _plain_word(checker: CheckerView, word: str) -> bool:
    return checker.backend.check(word) or word in checker.vocabulary.roots


def _trigger_word(checker: CheckerView, lowered: str) -> str | None:
    """The place or title word one keystroke from the word (*Dsea* → *Desa*, *Kotq* →
    *Kota*), for a word that stands before a name, as those words do."""
    if len(lowered) < MIN_START or checker.vocabulary.is_place(lowered):
        return None
    terms = _terms(checker.lexicon)
    return terms.memo(("trigger", lowered), lambda: _one_edit_from(lowered, terms.triggers))


def _loan_word(checker: CheckerView, lowered: str) -> str | None:
    """The KBBI word with the same loan ending one keystroke from the word (*koneksivitas*
    → *konektivitas*), when the frequency list does not know the word written better than
    it knows that one (``FREQUENT_MARGIN``)."""
    vocabulary = checker.vocabulary
    ending = next(end for end in LOAN_ENDINGS if lowered.endswith(end))
    own = vocabulary.zipf(lowered)
    found = [edit for edit in set(edits1(lowered))
             if edit != lowered and edit.endswith(ending) and not _doubling(lowered, edit)
             and (edit in vocabulary.roots or checker.backend.check(edit))
             and (own == 0.0 or vocabulary.zipf(edit) >= own + FREQUENT_MARGIN)]
    return max(sorted(found), key=vocabulary.zipf) if found else None


def _two_slips_off(checker: CheckerView, word: str, lowered: str) -> str | None:
    """The suggester's first word for ``word`` when it can be what two slips garbled: letters
    only, the same first letter, neither word the other cut short, at most two edits away,
    and no name's form in the lexicon. Shared by the two far-typo checks, which then ask
    each its own evidence (frequency, loan ending, position)."""
    first = next(iter(checker.suggest(word)), "")
    meant = first.lower()
    if not meant.isalpha() or meant[:1] != lowered[:1] or \
            meant.startswith(lowered) or lowered.startswith(meant) or \
            not osa_within(lowered, meant, 2) or \
            checker.lexicon.words.proper_form(meant) is not None:
        return None
    return first


def _far_common_word(checker: CheckerView, word: str, lowered: str) -> str | None:
    """The common word a long capitalised word never seen in text is two slips from
    (*Purnawiran* → *Purnawirawan*, *Hultikultura* → *Hortikultura*), when it is the
    suggester's first word: a frequent KBBI word (hunspell's, zipf ``FAR_FLOOR`` or more)
    or a KBBI word with the same loan ending (*Kontijensi* → *Kontingensi*), of the same
    first letter and about the same length, known as no name or place. A name this long
    that is never seen in text and two keystrokes from a frequent common word is rare;
    shorter words sit two keystrokes from too many words (*Wahyudi*, *Slamet*)."""
    first = _two_slips_off(checker, word, lowered)
    if first is None:
        return None
    meant = first.lower()
    vocabulary = checker.vocabulary
    if len(meant) < MIN_FAR - 1 or _doubling(lowered, meant) or vocabulary.is_place(meant):
        return None
    frequent = meant in vocabulary.correct and vocabulary.zipf(meant) >= FAR_FLOOR
    ending = next((end for end in LOAN_ENDINGS if lowered.endswith(end)), None)
    loan = ending is not None and meant.endswith(ending) and (
        meant in vocabulary.roots or checker.backend.check(meant))
    return first if frequent or loan else None


def _swapped_place(checker: CheckerView, lowered: str) -> str | None:
    """The Kemendagri name the word becomes with two letters that are not neighbours
    changed round, the first kept (*marpatura* → *Martapura*); None when there is not
    exactly one."""
    vocabulary = checker.vocabulary
    if vocabulary.is_place(lowered):
        return None
    found = {swapped for swapped in _far_swaps(lowered) if vocabulary.is_place(swapped)}
    return found.pop().capitalize() if len(found) == 1 else None


def _near_place(checker: CheckerView, lowered: str) -> str | None:
    """The one Kemendagri name one keystroke from the word after its first letter
    (*tujungan* → *Tunjungan*), asked where a level word stands before it (*Kecamatan*,
    *Desa*; after a unit, *Kapolres Marpaung*, a surname stands as often). The
    checker reads such slips itself, except of a word that splits into two known words
    (*tuju* + *ngan*), lest a two-word name run together be taken for a slip (*Nusalaut*:
    Kemendagri writes *Nusa Laut*); here only the register's own two-word names are
    spared. Of several such names, the one Indonesian text mentions (wordfreq), if only
    one is."""
    vocabulary = checker.vocabulary
    regions = checker.capitals.data.regions
    if vocabulary.is_place(lowered) or any(
            f"{lowered[:cut]} {lowered[cut:]}" in regions
            for cut in range(MIN_START - 1, len(lowered) - MIN_START + 2)):
        return None
    found = {edit for edit in edits1(lowered)
             if edit != lowered and edit[:1] == lowered[:1] and len(edit) >= MIN_SWAPPED
             and not _doubling(lowered, edit) and not regional_variant(lowered, edit)
             and vocabulary.is_place(edit)}
    if len(found) > 1:                       # Tajungan, Turungan, Tunjungan: the one
        found = {edit for edit in found if vocabulary.zipf(edit) > 0.0}   # text names
    return found.pop().capitalize() if len(found) == 1 else None


_ACRONYM = _PATTERNS.compile(r"\(([A-Z]{2,8})\)")
EXPANSION_LINKS = frozenset({"dan", "di", "ke", "dari", "untuk", "serta", "atau", "pada",
                             "bagi", "yang", "&"})
"""Words an institution's name keeps in lower case (EYD V, I.E): not in its acronym."""


def _expansions(checker: CheckerView, text: str, tokens: Sequence[Token]) -> set[int]:
    """Positions of the unknown words of acronym expansions whose other words are all
    common words: *Basan Kepegawaian Negara (BKN)*. An expansion is the run of
    capitalised words (and the lower-case links of a name) right before an acronym in
    brackets whose letters are its words' initials, one for one (EYD V, I.E; II.H
    Singkatan: the initials of a name's words); such a name is made of common words, so
    an unknown word in it is no person's name."""
    found: set[int] = set()
    starts = {token.start: index for index, token in enumerate(tokens)}
    for match in _ACRONYM.finditer(text):
        letters = match.group(1)
        end = next((starts[p] for p in range(match.start() + 1, match.start() + 3)
                    if p in starts), None)
        if end is None:
            continue
        words: list[int] = []
        index = end - 1
        while index >= 0 and len(words) < len(letters):
            word = tokens[index].text
            gap = text[tokens[index].end:tokens[index + 1].start] if index + 1 < end \
                else text[tokens[index].end:match.start()]
            if gap.strip() or "\n" in gap:
                break
            if is_capitalized(word):
                words.append(index)
            elif word not in EXPANSION_LINKS:
                break
            index -= 1
        words.reverse()
        if "".join(tokens[i].text[0] for i in words) != letters:
            continue
        unknown = [i for i in words if not _common_name_word(checker, tokens[i].text)]
        if len(unknown) == 1 and len(words) >= 2:
            found.add(unknown[0])
    return found


_SYLLABIC_ACRONYM = _PATTERNS.compile(r"\(([A-Z][a-z]{4,11})\)")
"""A syllabic acronym defined in brackets after its expansion (*… Pembangunan
(Musrenbang)*): capital first, then lower case."""
MAX_EXPANSION = 6


def _unspelt_acronyms(checker: CheckerView, text: str, tokens: Sequence[Token],
                      taken: Spans, covered: Spans, skip: Callable[[str], bool]
                      ) -> list[Finding]:
    """A syllabic acronym defined in brackets that its own expansion cannot spell, one
    keystroke from a lexicon term that it does spell: *Musyawarah Perencanaan
    Pembangunan (Musrembang)* → *Musrenbang*, *Wakil Bupati (Wabub)* → *Wabup*. EYD V
    (II.H Singkatan dan Akronim) forms such an acronym from letters and syllables of its
    words, in order, so a letter no word of the expansion has at that place is a slip,
    not the writer's own acronym: a definition makes a new term known, not a misspelt
    one. Every occurrence in the text is flagged (the definition admitted them all)."""
    found: list[Finding] = []
    if "(" not in text:
        return found
    starts = {token.start: index for index, token in enumerate(tokens)}
    seen: set[str] = set()
    for match in _SYLLABIC_ACRONYM.finditer(text):
        term = match.group(1)
        if term in seen or checker.lexicon.accepts(term) or skip(term) or \
                checker.backend.check(term.lower()) or checker.user_words.accepts(term):
            continue
        seen.add(term)
        lowered = term.lower()
        near = sorted({proper for edit in edits1(lowered) if edit != lowered and
                       (proper := checker.lexicon.words.proper_form(edit)) is not None})
        if not near:
            continue                         # most definitions: no lexicon term close by
        words = _expansion_words(text, tokens, starts, match.start())
        if not words or _spells(lowered, words):
            continue                         # the writer's own acronym, spelt from its words
        meant = next((proper for proper in near if _spells(proper.lower(), words)), None)
        if meant is None:
            continue
        for token in tokens:
            if token.text == term and not taken.overlaps(token.start, token.end) and \
                    not covered.overlaps(token.start, token.end):
                found.append(_finding(checker, token, match_case(term, meant), "akronim"))
    return found


def _expansion_words(text: str, tokens: Sequence[Token], starts: dict[int, int],
                     bracket: int) -> list[str]:
    """The lowercased capitalised words right before ``bracket`` on its line (the lower
    case links of a name skipped): the expansion of the acronym in the brackets."""
    index = next((starts[p] for p in range(bracket + 1, bracket + 3) if p in starts), None)
    if index is None:
        return []
    words: list[str] = []
    index -= 1
    while index >= 0 and len(words) < MAX_EXPANSION:
        token = tokens[index]
        after = tokens[index + 1].start if index + 1 < len(tokens) else bracket
        gap = text[token.end:min(after, bracket)]
        if gap.strip() or "\n" in gap:
            break
        if is_capitalized(token.text):
            words.append(token.text.lower())
        elif token.text not in EXPANSION_LINKS:
            break
        index -= 1
    words.reverse()
    return words


ONSET_PAIRS = ("ng", "ny", "sy", "kh")
"""Two letters that open a syllable as one consonant (KBBI: gugus *ng*, *ny*, *sy*, *kh*)."""


def _syllable_start(word: str, at: int) -> bool:
    """Whether a syllable may open at ``word[at]`` (EYD V, I.H Pemenggalan Kata): the
    word's start, a consonant (or *ng*, *ny*, *sy*, *kh*) before a vowel, or a vowel
    after a vowel."""
    if at == 0:
        return True
    letter = word[at]
    if letter in VOWELS:
        return word[at - 1] in VOWELS
    step = 2 if word[at:at + 2] in ONSET_PAIRS else 1
    return word[at + step:at + step + 1] in VOWELS


def _spells(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` is pieces of ``words`` in order, one piece from each word used,
    each opening a syllable and the first opening its word (*musrenbang*: *mus|ren|bang*
    of *musyawarah perencanaan pembangunan*; not *mus|re|mbang*)."""
    def rest(at: int, first: int) -> bool:
        if at == len(acronym):
            return True
        for index in range(first, len(words)):
            word = words[index]
            for end in range(len(acronym), at, -1):
                piece = acronym[at:end]
                fits = word.startswith(piece) if at == 0 else any(
                    word.startswith(piece, place) and _syllable_start(word, place)
                    for place in range(len(word) - len(piece) + 1))
                if fits and rest(end, index + 1):
                    return True
        return False

    return rest(0, 0)


def _common_name_word(checker: CheckerView, word: str) -> bool:
    lowered = word.lower()
    return checker.backend.check(lowered) or checker.lexicon.accepts(word) or \
        checker.lexicon.accepts(lowered)


def _expansion_word(checker: CheckerView, lowered: str) -> str | None:
    """The frequent common word one keystroke from the word with its first letter kept
    (the acronym holds it): *basan* → *badan*; else the suggester's first word when it is
    such a word two keystrokes off (*Organisasi Wants (GOW)* → *Wanita*): the acronym and
    the common words around it already say the word is no name."""
    one = next((candidate for candidate, zipf in checker.vocabulary.neighbours(lowered)
                if zipf >= START_FLOOR and candidate[:1] == lowered[:1]
                and checker.backend.check(candidate)), None)
    if one is not None or len(lowered) < MIN_START:
        return one
    first = next(iter(checker.suggest(lowered)), "").lower()
    if first[:1] == lowered[:1] and first.isalpha() and osa_within(lowered, first, 2) and \
            checker.vocabulary.zipf(first) >= START_FLOOR and checker.backend.check(first):
        return first
    return None


def _far_swaps(word: str) -> set[str]:
    """Every form of ``word`` with two different letters at least two apart changed
    round, the first letter kept."""
    return {word[:i] + word[j] + word[i + 1:j] + word[i] + word[j + 1:]
            for i in range(1, len(word)) for j in range(i + 2, len(word))
            if word[i] != word[j]}


VARIANT_VOWELS = frozenset({"o", "u"})
"""Vowels regional names write either way (Javanese *Wonosamodro*/*Wonosamudro*: the
old spelling's *oe* became *u*, local usage kept *o*)."""


def regional_variant(a: str, b: str) -> bool:
    """Whether the two differ only as local spellings of one place name do: *o* for *u*
    (*Wonosamudro*, Kemendagri *Wonosamodro*) or the schwa after the first consonant
    written or dropped (*Klubagolit*, Kemendagri *Kelubagolit*). Such a word is the
    writer's spelling of the name, not a slip of the hand."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 and {a[diff[0]], b[diff[0]]} == VARIANT_VOWELS
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) == len(shorter) + 1 and longer[1:2] == "e" and \
        longer[:1] + longer[2:] == shorter and longer[:1] not in "aeiou" and \
        shorter[1:2] in "lr"


def _doubling(a: str, b: str) -> bool:
    """Whether the two differ only by a letter written twice (*Hassanuddin*, *Hasanuddin*;
    *Muhammad*, *Muhamad*): names are spelt both ways, so that is no evidence of a slip."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1:
        return False
    for i in range(1, len(longer)):
        if longer[i] == longer[i - 1] and longer[:i] + longer[i + 1:] == shorter:
            return True
    return False


class _References:
    """Capitalised words the document vouches for, by lowercase form: written at least
    twice and accepted, or a long service term it uses; indexed by every form with one
    letter left out (symmetric deletion), so a word meets only the forms near it."""

    def __init__(self, checker: CheckerView, counts: Counter[str]) -> None:
        self.words: dict[str, str] = {}
        self.near: dict[str, list[str]] = {}
        self.service: set[str] = set()
        """The long service terms among them (``MIN_TERM`` letters or more)."""
        self._by_start: dict[str, list[tuple[str, str]]] | None = None
        for word, count in counts.items():
            if not is_capitalized(word) or not word.isalpha() or len(word) < MIN_REPEATED:
                continue
            category = checker.lexicon.category(word)
            if category in SERVICE_CATEGORIES or (
                    count >= 2 and checker.verdict(word) == "accept"):
                form = word.lower()
                if category in SERVICE_CATEGORIES and len(form) >= MIN_TERM:
                    self.service.add(form)
                self.words[form] = word
                for key in _deletions(form):
                    self.near.setdefault(key, []).append(form)

    def service_slip(self, lowered: str) -> str | None:
        """The long service term the document writes that the word is one keystroke from,
        after the same first three letters (*Dirlantas*, *Ditlantas* are two offices)."""
        for key in _deletions(lowered):
            for form in self.near.get(key, ()):
                if form in self.service and form[:3] == lowered[:3] and \
                        _one_edit(lowered, form) and not _doubling(lowered, form):
                    return self.words[form]
        return None

    def starting(self, head: str) -> list[tuple[str, str]]:
        """The words (lowercase form, as written) whose form starts with ``head`` (three
        letters), in the order of ``words``: a two-edit search meets only those."""
        if self._by_start is None:
            self._by_start = {}
            for form, word in self.words.items():
                self._by_start.setdefault(form[:3], []).append((form, word))
        return self._by_start.get(head, [])

    def one_edit(self, lowered: str) -> str | None:
        for key in _deletions(lowered):
            for form in self.near.get(key, ()):
                if _one_edit(lowered, form) and not _doubling(lowered, form):
                    return self.words[form]
        return None


def _deletions(word: str) -> list[str]:
    """The word and every form of it with one letter left out."""
    return [word, *(word[:i] + word[i + 1:] for i in range(len(word)))]


def _written_elsewhere(lowered: str, references: _References) -> str | None:
    meant = references.one_edit(lowered)
    if meant is not None:
        return meant
    if len(lowered) >= TWO_EDITS:
        for form, word in references.starting(lowered[:3]):
            if len(form) >= TWO_EDITS and \
                    abs(len(form) - len(lowered)) <= 2 and not (
                        lowered.startswith(form) or form.startswith(lowered)) and \
                    _within_two(lowered, form):      # not Kapoldasu: Kapolda + Sumut
                return word
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is one deletion, insertion, substitution or swap of neighbours from
    ``a`` (what ``edits1`` makes), without making the edits: a release has few words to
    compare with."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                 min(len(a), len(b)))
    if len(a) == len(b):
        return a[first + 1:] == b[first + 1:] or (
            a[first + 2:] == b[first + 2:] and a[first:first + 2] == b[first + 1::-1][:2]
            if first + 1 < len(a) else False)
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[first + 1:] == shorter[first:]


def _within_two(a: str, b: str) -> bool:
    """Whether two words are at most two edits apart (Levenshtein, banded)."""
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (letter != other))
        if min(current) > 2:
            return False
        previous = current
    return previous[-1] <= 2


def _sentence_initial(text: str, tokens: Sequence[Token], index: int,
                      lexicon: Lexicon) -> bool:
    """The first word of a sentence or a line (after an opening quote or bracket); not the
    word after an abbreviation's period (*H. Wahyudi*, *Jl. Merdeka*), nor a word alone on
    its line (a signature, a caption: a name)."""
    start = tokens[index].start
    if index + 1 >= len(tokens) or "\n" in text[tokens[index].end:tokens[index + 1].start]:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before.strip(" \t" + _OPENERS):
        return True
    if not _SENTENCE_END.search(before[-6:]):
        return False
    if index == 0:
        return True
    previous = tokens[index - 1]
    gap = text[previous.end:start]
    if not gap.startswith("."):
        return True                          # ! or ? or a closing quote first
    word = previous.text
    if word.isupper() or word in lexicon.abbreviations or f"{word}." in lexicon.abbreviations:
        return False                         # S.H. Wahyudi, Jl. Merdeka
    if word[:1].isupper() and (len(word) <= 3 or word in NAME_TRIGGERS or
                               lexicon.category(word) in TITLE_CATEGORIES):
        return False                         # Kombes Pol. Areis, Mayjen. Hasan
    return len(word) > 2


def _among_common_words(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Right after a lowercase word and before one (or the end of the sentence): where a
    common word stands, not a name (no rank, title or place word before it, no run)."""
    if index == 0:
        return False
    previous = tokens[index - 1]
    if not previous.text.islower() or text[previous.end:tokens[index].start] != " ":
        return False
    return not _run_follows(text, tokens, index)


def _in_title_line(checker: CheckerView, text: str, token: Token,
                   lines: dict[int, str | None]) -> bool:
    """Whether the word stands in a headline written in title case (EYD V, I.E.13: every
    word capitalised but the function words): there a capital says nothing about a name,
    so the words are read as common words. A headline is a line of at most 25 words
    with no closing period, most of them capitalised, and half of those common words.
    ``lines`` keeps the answer per line start."""
    start = text.rfind("\n", 0, token.start) + 1
    if start not in lines:
        end = text.find("\n", token.end)
        line = text[start:end if end != -1 else len(text)].strip()
        terms = _terms(checker.lexicon)
        lines[start] = terms.memo(("headline", line), lambda: _headline(checker, line))
    return lines[start] is not None


def _headline(checker: CheckerView, line: str) -> str | None:
    """``line`` when it reads as a headline in title case, else None (see above)."""
    words = [w for w in word_list(line) if len(w) >= 3]
    capitals = [w for w in words if is_capitalized(w)]
    if not 3 <= len(words) <= 25 or line.endswith(".") or \
            len(capitals) < TITLE_SHARE * len(words):
        return None
    common = [w for w in capitals if checker.backend.check(w.lower())]
    return line if 2 * len(common) >= len(capitals) else None


def _name_follows(checker: CheckerView, text: str, tokens: Sequence[Token],
                  index: int) -> bool:
    """A capitalised word follows that may be a name (*Bagenda Ali*): any but a term of
    the lexicon, an acronym or a title or place word (*Menurut Kapolres*, *Selain TNI*)."""
    if not _run_follows(text, tokens, index):
        return False
    following = tokens[index + 1].text
    return not (checker.lexicon.accepts(following) or following.isupper() or
                following in PLACE_TRIGGERS or following in NAME_TRIGGERS)


def _run_follows(text: str, tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word follows on the same line (*Bagenda Ali*, *Betun–Bolan*): the
    word starts a name, a route or a title."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    gap = text[tokens[index].end:following.start]
    return following.text[:1].isupper() and not gap.strip(" –—-/&")


def _far_at(checker: CheckerView, word: str, lowered: str) -> str | None:
    """Where position explains the capital (a sentence's first word, a word among
    lowercase words, a title-case headline), the frequent word two keystrokes off that the
    suggester puts first (*Selnjtnya* → *Selanjutnya*), for a word of ``MIN_FAR`` letters
    or more never seen in text (shorter ones are names two keystrokes from some word:
    *Romanus*, *Kabanga*)."""
    if len(lowered) < MIN_FAR or checker.vocabulary.zipf(lowered) > 0.0:
        return None
    first = _two_slips_off(checker, word, lowered)
    if first is None:
        return None
    first = first.lower()
    if checker.vocabulary.zipf(first) < START_FLOOR or first not in checker.vocabulary.correct:
        return None
    return first


def _after_institution(checker: CheckerView, text: str, tokens: Sequence[Token],
                       index: int) -> bool:
    """The word opens the field of an institution's name, or follows its first common
    word there (*Dinas Perhubungan*, *Badan Penanggulangan Bencana*): EYD V, I.E writes
    such names with common words, each capitalised, and a person's name follows the whole
    of it (*Kepala Dinas Perhubungan Budi*), never its head. After a place word a place
    name stands (*Kantor Desa Sukamaju*), no field."""
    if index == 0 or text[tokens[index - 1].end:tokens[index].start] != " ":
        return False
    previous = tokens[index - 1].text
    if previous in INSTITUTION_HEADS:
        return True
    return index >= 2 and tokens[index - 2].text in INSTITUTION_HEADS and \
        text[tokens[index - 2].end:tokens[index - 1].start] == " " and \
        previous not in PLACE_TRIGGERS and \
        is_capitalized(previous) and checker.backend.check(previous.lower()) and \
        checker.vocabulary.zipf(previous.lower()) >= START_FLOOR


def _common_run(checker: CheckerView, text: str, tokens: Sequence[Token],
                index: int) -> bool:
    """The word stands in a run of at least ``MIN_COMMON_RUN`` capitalised words on one
    line whose other words are all frequent common words, none a title, rank, place or
    service word (*Program Keluarga Harapan*): a name made of common words (EYD V, I.E),
    so the one unknown word in it is a common word too, not a person's name."""
    first = last = index
    while first > 0 and text[tokens[first - 1].end:tokens[first].start] == " " and \
            is_capitalized(tokens[first - 1].text):
        first -= 1
    while last + 1 < len(tokens) and text[tokens[last].end:tokens[last + 1].start] == " " \
            and is_capitalized(tokens[last + 1].text):
        last += 1
    if last - first + 1 < MIN_COMMON_RUN:
        return False
    for other in range(first, last + 1):
        word = tokens[other].text
        if other == index:
            continue
        lowered = word.lower()
        if word in NAME_TRIGGERS or word in PLACE_TRIGGERS or \
                checker.lexicon.category(word) is not None or \
                not checker.backend.check(lowered) or \
                checker.vocabulary.zipf(lowered) < START_FLOOR or \
                checker.vocabulary.is_place(word):
            return False
    return True


def _common_capital(checker: CheckerView, word: str) -> bool:
    """A capitalised common word releases write (zipf ``FAR_FLOOR`` or more), no title,
    rank, place or service word (session 13)."""
    lowered = word.lower()
    return is_capitalized(word) and word.isalpha() and \
        word not in NAME_TRIGGERS and word not in PLACE_TRIGGERS and \
        checker.lexicon.category(word) is None and checker.backend.check(lowered) and \
        checker.vocabulary.zipf(lowered) >= FAR_FLOOR and \
        not checker.vocabulary.is_place(word)


def _between_common(checker: CheckerView, text: str, tokens: Sequence[Token],
                    index: int) -> bool:
    """The word stands between two capitalised common words, one space either side
    (*Sinkronisasi Pogram Pencegahan*): the middle of a title or a name made of common
    words (EYD V, I.E), where no personal name stands; a name follows such a run
    (*Kepala Dinas Sosial Budi*), it does not split it. Session 13; the run check
    (``_common_run``) asks the whole run, this only the two neighbours."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    return text[before.end:tokens[index].start] == " " and \
        text[tokens[index].end:after.start] == " " and \
        _common_capital(checker, before.text) and _common_capital(checker, after.text)


VERB_HEADS = ("Meng", "Meny", "Mem", "Men", "Di")
"""How a capitalised *meN-* or *di-* verb opens (KBBI; EYD V, II.A Kata Berimbuhan)."""
MIN_VERB_WORD = 7
"""Shorter words with these openings are names as often (*Mendy*, *Dimas*)."""


def _verb_slip(checker: CheckerView, word: str) -> str | None:
    """The frequent verb (zipf ``START_FLOOR`` or more, the suggester's first word, the same
    first three letters) one keystroke from a capitalised *meN-*/*di-* word never seen in
    text that the checker flags in lowercase (*Mengelar* → *menggelar*): a verb's form,
    which a personal name does not take, so the capital alone does not make it a name
    (session 13)."""
    lowered = word.lower()
    if checker.verdict(lowered) != "flag" or checker.vocabulary.zipf(lowered) > 0.0:
        return None
    first = next(iter(checker.suggest(word)), "").lower()
    if first[:3] != lowered[:3] or not first.isalpha() or \
            not osa_within(lowered, first, 1) or \
            checker.vocabulary.zipf(first) < START_FLOOR:
        return None
    return first


def _alone_on_line(text: str, token: Token) -> bool:
    """The word is the only word of its line (a signature, a name under a photo)."""
    start = text.rfind("\n", 0, token.start) + 1
    end = text.find("\n", token.end)
    line = text[start:len(text) if end < 0 else end]
    return line.strip(" \t.,;:()\"“”'’") == token.text


def _name_precedes(checker: CheckerView, text: str, tokens: Sequence[Token],
                   index: int) -> bool:
    """A personal name's word stands right before, one space away (*Bernad Dinus
    Fansiena*): the word is inside the name, where no rank or office word stands (EYD V,
    I.E puts the office before the whole name). A name's word is capitalised and known
    to no dictionary, lexicon or place list."""
    if index == 0 or text[tokens[index - 1].end:tokens[index].start] != " ":
        return False
    previous = tokens[index - 1].text
    return is_capitalized(previous) and previous.isalpha() and \
        checker.verdict(previous) == "accept" and \
        not _common_name_word(checker, previous) and \
        not checker.vocabulary.is_place(previous) and \
        checker.affixes.explain(previous.lower()) is None


def _run_precedes(text: str, tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word stands right before on the same line (*Letkol Dharmawan*, *Roni
    Melantika*): the word ends a name or follows a rank, where names stand."""
    if index == 0:
        return False
    previous = tokens[index - 1]
    gap = text[previous.end:tokens[index].start]
    return previous.text[:1].isupper() and not gap.strip(" –—-/&")


def _common_word(checker: CheckerView, lowered: str) -> str | None:
    """The frequent word one keystroke from ``lowered``, when there is a clear one; else
    (none, or only rare ones: *awalan* beside *Awalany*), for a longer word, the frequent
    word with its letters in another order (*awalnya*)."""
    neighbours = checker.vocabulary.neighbours(lowered)
    if not neighbours or neighbours[0][1] < START_FLOOR or \
            neighbours[0][1] < checker.vocabulary.zipf(lowered) + FREQUENT_MARGIN:
        return _reordered(checker.vocabulary, lowered)   # Awalany: no frequent neighbour
    return neighbours[0][0]


class _Anagrams:
    """The frequent words (zipf ``START_FLOOR`` or more, ``MIN_REORDERED`` letters or
    more) by their sorted letters, built once per vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        # kept in the user cache under the vocabulary's key: sorting and grouping 18,000
        # words is some 30 ms of a fresh check that asks
        self.words: dict[str, list[str]] = data_cache.derived(
            vocabulary.fingerprint, "anagrams", lambda: _anagram_table(vocabulary),
            (__name__, "app.language.vocabulary"), _is_anagram_table)


def _anagram_table(vocabulary: Vocabulary) -> dict[str, list[str]]:
    words: dict[str, list[str]] = {}
    for word in sorted(vocabulary.correct):
        if len(word) >= MIN_REORDERED and vocabulary.zipf(word) >= START_FLOOR:
            words.setdefault("".join(sorted(word)), []).append(word)
    return words


def _is_anagram_table(value: object) -> bool:
    return type(value) is dict and set(map(type, value)) <= {str} and \
        set(map(type, value.values())) <= {list}


_ANAGRAMS: weakref.WeakKeyDictionary[Vocabulary, _Anagrams] = weakref.WeakKeyDictionary()


def _reordered(vocabulary: Vocabulary, lowered: str) -> str | None:
    """The frequent word written with the same letters, the first in place, two edits
    away (*Kegaitan*: letters two apart swapped — *Kegiatan*; *Selnajutnya*): a slip of
    the hand that one keystroke does not explain. The most frequent such word, when it is
    ``FREQUENT_MARGIN`` more frequent than the word written."""
    if len(lowered) < MIN_REORDERED:
        return None
    anagrams = _ANAGRAMS.get(vocabulary)
    if anagrams is None:
        anagrams = _ANAGRAMS[vocabulary] = _Anagrams(vocabulary)
    floor = vocabulary.zipf(lowered) + FREQUENT_MARGIN
    found = [w for w in anagrams.words.get("".join(sorted(lowered)), ())
             if w[0] == lowered[0] and w != lowered and vocabulary.zipf(w) >= floor and
             _within_two(lowered, w)]
    return max(found, key=vocabulary.zipf) if found else None


MESSAGES = {
    "istilah": "“{word}” mirip istilah dinas “{meant}”; mungkin salah ketik (istilah "
               "satuan, pangkat, dan jabatan ditulis satu cara; EYD V, I.E Huruf Kapital).",
    "penanda": "“{word}” mirip “{meant}”, kata yang lazim berdiri sebelum nama tempat atau "
               "orang; mungkin salah ketik (EYD V, I.E Huruf Kapital: nama geografi).",
    "dokumen": "“{word}” hanya sekali ditulis begini; di teks ini tertulis “{meant}”: "
               "mungkin salah ketik (nama diri ditulis taat asas).",
    "berulang": "“{word}” ({count} kali) tidak dikenal, sedangkan teks ini juga menulis "
                "istilah dinas “{meant}”: salah ketik yang berulang? (istilah satuan, "
                "pangkat, dan jabatan ditulis satu cara; EYD V, I.E Huruf Kapital).",
    "awal": "“{word}” tidak dikenal; huruf kapital di awal kalimat bukan tanda nama diri "
            "(EYD V, I.E Huruf Kapital): maksudnya “{meant}”?",
    "tengah": "“{word}” tidak dikenal dan berdiri di tempat kata biasa: maksudnya "
              "“{meant}”? (KBBI)",
    "serapan": "“{word}” tidak dikenal; kata serapan berakhiran ini adalah kata umum, bukan "
               "nama diri: maksudnya “{meant}”? (KBBI; Pedoman Umum Pembentukan Istilah)",
    "wilayah": "“{word}” tidak dikenal; dengan dua huruf bertukar tempat menjadi nama "
               "wilayah “{meant}” (Kemendagri): mungkin salah ketik (nama geografi ditulis "
               "taat asas; EYD V, I.E Huruf Kapital).",
    "singkatan": "“{word}” tidak dikenal; kata lain nama yang disingkat dalam kurung ini "
                 "kata umum, jadi ini bukan nama orang: maksudnya “{meant}”? (EYD V, II.H "
                 "Singkatan; I.E Huruf Kapital)",
    "wilayah-dekat": "“{word}” tidak dikenal; satu huruf dari nama wilayah “{meant}” "
                     "(Kemendagri), sesudah kata tingkat wilayahnya: mungkin salah ketik "
                     "(nama geografi ditulis taat asas; EYD V, I.E Huruf Kapital).",
    "gabung": "“{word}” memuat huruf kapital di tengah kata: dua kata tergabung? "
              "Maksudnya “{meant}”? (EYD V, I.E Huruf Kapital: huruf kapital hanya di awal "
              "kata; kata dipisahkan spasi).",
    "imbuhan": "“{word}” tidak dikenal: kamus tidak mencatat bentuk berimbuhan ini dari "
               "akarnya, dan kata yang lazim hanya berbeda satu huruf. Maksudnya “{meant}”? "
               "(KBBI; EYD V, II.A Kata Berimbuhan)",
    "klitik": "“{word}” tidak dikenal sebagai kata dengan -ku/-mu dan berbeda satu huruf "
              "dari kata yang lazim: maksudnya “{meant}”? (KBBI; siaran pers memakai orang "
              "ketiga)",
    "ulang-tugas": "Kata “{word}” ditulis dua kali dipisahkan koma: kata tertulis dua kali? "
                   "(Penyuntingan; KBBI: kata penghubung dan kata depan tidak diulang)",
    "ulang-dasar": "Kata dasar “{meant}” ditulis lagi sesudah “{word}”: kata tertulis dua "
                   "kali? (Penyuntingan; bentuk ulang ditulis dengan tanda hubung, EYD V, "
                   "II.C Bentuk Ulang)",
    "verba": "“{word}” tidak dikenal; bentuk berawalan meN- atau di- ini kata kerja, bukan "
             "nama diri: maksudnya “{meant}”? (KBBI; EYD V, II.A Kata Berimbuhan)",
    "konfiks": "“{word}”: imbuhan peN-…-kan tidak ada; kata benda dibentuk dengan peN-…-an. "
               "Maksudnya “{meant}”? (KBBI; Tata Bahasa Baku Bahasa Indonesia, konfiks "
               "peN-…-an)",
    "konfiks-kan": "“{word}”: akhiran -an tidak mengikuti awalan meN- atau di- pada kata "
                   "kerja; kata kerjanya berakhiran -kan. Maksudnya “{meant}”? (KBBI; Tata "
                   "Bahasa Baku Bahasa Indonesia, akhiran -kan; EYD V, II.A Kata "
                   "Berimbuhan)",
    "be": "Bentuk tidak baku; awalan ber- menjadi be- bila suku pertama kata dasarnya "
          "berakhir -er: “{meant}” (KBBI; Tata Bahasa Baku Bahasa Indonesia, awalan ber-).",
    "huruf-awal": "“{word}” diawali huruf yang sama dua kali: maksudnya “{meant}”? (EYD V, "
                  "I.A Huruf Abjad; KBBI)",
    "tahun": date_slips.MESSAGE,
    "akronim": "“{word}” tidak tersusun dari huruf dan suku kata kepanjangannya, sedangkan "
               "“{meant}” tersusun darinya: maksudnya “{meant}”? (EYD V, II.H Singkatan dan "
               "Akronim)",
    "lembaga": "“{word}” tidak dikenal; nama lembaga tersusun dari kata umum yang "
               "masing-masing berhuruf kapital, bukan nama orang (EYD V, I.E Huruf Kapital): "
               "maksudnya “{meant}”?",
    "deret-umum": "“{word}” tidak dikenal; kata lain dalam nama ini kata umum, jadi ini "
                  "bukan nama orang (EYD V, I.E Huruf Kapital): maksudnya “{meant}”?",
    "dua-ketik": "“{word}” tidak dikenal dan dua huruf dari kata umum “{meant}”; kata "
                 "umum ditulis dengan huruf kapital hanya di awal kalimat atau dalam nama "
                 "(EYD V, I.E Huruf Kapital; KBBI): mungkin salah ketik.",
    "judul": "“{word}” tidak dikenal; dalam judul setiap kata berhuruf kapital, bukan tanda "
             "nama diri (EYD V, I.E Huruf Kapital): maksudnya “{meant}”?",
}
"""The message of each kind of evidence, with its source."""

EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "serapan": (
        ("Sukamaju – Koneksivitas antardesa menjadi fokus pembangunan tahun ini.",
         "Survei itu mengukur Elektebilitas calon kepala desa.",
         "Warga menaruh Ekspetasi tinggi pada program itu."),
        ("Sukamaju – Konektivitas antardesa menjadi fokus pembangunan tahun ini.",
         "Warga menaruh Ekspektasi tinggi pada program itu.",
         "Rapat dipimpin Sekretaris Desa Anastasi di balai warga."),
    ),
    "wilayah": (
        ("Ketua Persit Kodim Marpatura hadir dalam bakti sosial itu.",
         "Warga Kecamatan Sembursari berkumpul di balai desa.",
         "Apel gabungan digelar di Kodim Sokuharjo pagi ini."),
        ("Ketua Persit Kodim Martapura hadir dalam bakti sosial itu.",
         "Warga Kecamatan Sukamaju berkumpul di balai desa.",
         "Kapolres Sukamaju AKBP Marpatura Siregar memimpin apel."),
    ),
}
"""Wrong and right sentences (fictional) of this round's kinds, run by the tests."""


def _finding(checker: CheckerView, token: Token, meant: str, reason: str,
             count: int = 1) -> Finding:
    word = token.text
    message = MESSAGES[reason].format(word=word, meant=meant, count=count)
    others = [s for s in checker.suggest(word) if s != meant]
    return Finding(token.start, token.end, word, "spelling", RULE_SPELLING, message,
                   (meant, *others)[:5], severity=SEVERITY)

EXAMPLES_FAR: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "dua-ketik": (
        ("Bantuan sembako diserahkan kepada para Purnawiwan di balai desa.",
         "Dinas Pertanian dan Holtikultora membagikan bibit kepada petani."),
        ("Bantuan sembako diserahkan kepada para purnawirawan di balai desa.",
         "Apel dipimpin Kapten Inf Dharmawan Sukamaju di lapangan.",
         "“Semua sudah siap,” kata Dharmawan di pos jaga."),
    ),
}
"""Wrong and right sentences (fictional) of the two-keystroke kind, run by the tests."""

EXAMPLES_S10: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "klitik": (
        ("Petugas mendata para palaku di pos jaga.",),
        ("Petugas mendata para pelaku di pos jaga.",
         "“Ini tugasku sebagai warga,” kata Rina."),
    ),
    "ulang-dasar": (
        ("Bagaimana warga menghadapi hadapi musim hujan tahun ini?",),
        ("Warga bersama-sama menghadapi musim hujan.",
         "Petugas menghadapi hambatan di jalan desa."),
    ),
    "be": (
        ("Warga yang hendak berpergian diminta mengunci pintu rumah.",
         "Para relawan berkerja sejak pagi."),
        ("Warga yang hendak bepergian diminta mengunci pintu rumah.",
         "Warga bercermin pada pengalaman tahun lalu."),
    ),
    "huruf-awal": (
        ("Mmempersilakan warga masuk, petugas membuka gerbang.",
         "Kegiatan itu Ddiikuti seluruh warga."),
        ("Kepala desa Aang Sutisna membuka acara.",
         "Petugas mempersilakan warga masuk."),
    ),
    "tahun": (date_slips.EXAMPLES[0], date_slips.EXAMPLES[1]),
    "ulang-tugas": (
        ("Rapat itu penting lantaran, lantaran warga menunggu keputusan anggaran.",),
        ("Rapat itu penting lantaran warga menunggu keputusan anggaran.",
         "“Tidak, tidak ada yang dirugikan,” kata kepala desa."),
    ),
    "akronim": (
        ("Camat membuka Musyawarah Perencanaan Pembangunan (Musrembang) di aula desa.",
         "Wakil Bupati (Wabub) Sukamaju meninjau pasar pagi ini."),
        ("Camat membuka Musyawarah Perencanaan Pembangunan (Musrenbang) di aula desa.",
         "Wakil Bupati (Wabup) Sukamaju meninjau pasar pagi ini."),
    ),
    "konfiks-kan": (
        ("Rapat warga menyimpulan tiga usulan untuk musyawarah desa.",),
        ("Rapat warga menyimpulkan tiga usulan untuk musyawarah desa.",
         "Petugas menahan dua pemuda yang membawa senjata tajam.",
         "Warga menanam bibit pohon di pesisir desa."),
    ),
}
"""Wrong and right sentences (fictional) of round ten's kinds (and of the *-kan* lost
after *meN-*/*di-*), run by the tests."""

EXAMPLES_S13: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "konfiks": (
        ("Pemkab Sukamaju menerapkan Pemberlakukan Jam Malam di tiga kecamatan.",),
        ("Pemkab Sukamaju menerapkan Pemberlakuan Jam Malam di tiga kecamatan.",
         "Kepala desa meminta warga mendukung pemberlakuan jam malam."),
    ),
    "verba": (
        ("Anggota Koramil 07 Sukamaju Mengelar Kerja Bakti di balai desa.",),
        ("Anggota Koramil 07 Sukamaju menggelar kerja bakti di balai desa.",
         "Hadir pula Kepala Dusun Mentari Wulandari di balai desa."),
    ),
    "deret-umum": (
        ("Panitia menyusun Evaluasi Pogram Pelatihan untuk kader desa.",),
        ("Panitia menyusun Evaluasi Program Pelatihan untuk kader desa.",
         "Hadir Ketua Tim Sukarta Wibawa dan Kepala Dinas Sosial Budi Santoso."),
    ),
}
"""Wrong and right sentences (fictional) of session 13's kinds, keyed by the reason
whose message the finding carries, run by the tests."""
