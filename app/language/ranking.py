"""A noisy-channel model of how Indonesian press officers mistype: which slip is likely.

A suggestion is ranked by how often the intended word is written (its zipf frequency)
minus the cost of the slip that turns it into the typed word. The costs are in the same
log10 units as zipf: a slip that happens ten times less often costs one point more.

What the costs encode (general observations a copy editor makes, not single words):

- a doubled letter typed once, or a letter typed twice, is the cheapest slip
  (*ditunjukan* for *ditunjukkan*, *binaanya* for *binaannya*): EYD V writes the root's
  final consonant and the suffix's first one both (*tunjuk* + *-kan*, *binaan* + *-nya*);
- neighbouring keys on a QWERTY keyboard and swapped neighbours are cheap, a letter
  unrelated to its neighbours is dear;
- vowels are dropped and confused more often than consonants;
- the first letter is rarely the slip;
- *me-…-an* is not an Indonesian confix (the noun confix is *pe-…-an*: *pembinaan*), so
  *membinaan* is a slip of the prefix, which costs little, and so is a meN-/peN- written
  with a nasal its root does not take (*penbangunan*, *menpukul*);
- *m* and *n* are neighbouring keys and both nasals: one for the other is cheaper than
  another neighbouring key (*pengamaman* for *pengamanan*);
- a repeated syllable is skipped by the eye or typed twice (*pelaksaan*, *kegiatatan*);
- a letter typed two or three places early or late is one slip, not two wrong keys
  (*kesetahan* for *kesehatan*);
- a suffix typed on a word that takes none there, or left off, is one slip of the word,
  not two or three of letters (*rapatan* for *rapat*, *dimanfaat* for *dimanfaatkan*);
  the *-an* of a *ke-…-an* noun left off costs less (*kedatang* for *kedatangan*);
- a whole word typed twice without a space is one slip (*dibukadibuka*), and a
  reduplication written half is one too (*masing* for *masing-masing*);
- a final diphthong written as everyday speech says it (*sampe*, *kalo*) is a habit,
  cheap like a loanword's source spelling, and so is the pepet of a syllable before *r*
  or *l* left out (*sebrang*, *Pemrintah*);
- a stop at the end of a syllable written as it sounds (*mantab*, *Wabub*), and one
  letter of an Arabic *kh* left out (*iklas*, *ahir*), are habits of speech;
- a nasal heard before a consonant and written (*semangkin*, *kondunsif*) is one slip,
  even as the two letters *ng*;
- a loanword keeps its English ending (*-ive*, *-ity*, *-tion*) where EYD V's Pedoman
  Umum Pembentukan Istilah gives the Indonesian one (*-if*, *-itas*, *-si*);
- a missing space joins two words that each must be common on their own.

The costs were set from these observations and checked on the project's own typo bench
and the tuning half of real releases; nothing here names a single word.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from app.language.two_edits import moved_letter, osa_within

VOWELS = frozenset("aeiou")

_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard() -> dict[str, frozenset[str]]:
    """Keys touching each key on a QWERTY keyboard (same row and the rows next to it)."""
    position = {key: (row, col) for row, keys in enumerate(_ROWS)
                for col, key in enumerate(keys)}
    keys_at = {place: key for key, place in position.items()}
    near: dict[str, frozenset[str]] = {}
    for key, (row, col) in position.items():
        # each row sits half a key right of the one above it
        places = ((row, col - 1), (row, col + 1), (row - 1, col), (row - 1, col + 1),
                  (row + 1, col - 1), (row + 1, col))
        near[key] = frozenset(keys_at[place] for place in places if place in keys_at)
    return near


KEYBOARD = _keyboard()

SOUND_ALIKE = frozenset({frozenset(pair) for pair in (
    "fp", "fv", "pv", "kq", "ck", "cs", "sz", "jz", "kg", "hk")})
"""Letters Indonesian writers swap for the sound (EYD V loanword spelling: *aktifitas*,
*kwalitas*; Dutch *ch* heard as *h* where EYD V writes *k*: *tehnis*, *tehnologi*), not
for the key."""

ACCENT = 0.5
"""A letter with a diacritic for the plain one (a transliteration or a French loan)."""
DOUBLED = 1.0
"""A doubled letter typed once or a letter typed twice."""
TRANSPOSED = 1.5
NEAR_KEY = 1.8
VOWEL_SWAP = 2.0
SOUND_SWAP = 2.0
NASAL_SWAP = 1.4
"""*m* typed for *n* or the other way (*pengamaman*, *menanan*): the two keys touch and
both letters are nasals, so the hand and the ear lead to the same slip, cheaper than
either alone (``NEAR_KEY``, ``SOUND_SWAP``)."""
NASAL_PAIR = frozenset("mn")
OTHER_SWAP = 3.0
DROPPED_VOWEL = 1.5
DROPPED = 1.6
"""A left-out letter is the commonest slip; it is one event, where a wrong key is one of
several neighbours, so it costs less than any one substitution."""
EXTRA_NEAR = 2.0
EXTRA_VOWEL = 2.0
"""A vowel typed where the word has none, as if spelling it out by syllables."""
EXTRA = 2.6
FIRST_LETTER = 1.5
"""Added to any slip at the start of the word."""
CASE_CHANGE = 1.5
"""A lowercase word rarely stands for a name or an acronym (*yan* → *yang*, not *Jan*)."""
SPLIT = 1.5
"""A missing space."""
SPLIT_ZIPF = 1.5
"""Two words side by side are about as common as the rarer of them less this."""
PREFIX_SLIP = 1.0
"""*me-…-an* written for *pe-…-an*."""
NASAL_FORM = 1.0
"""meN-/peN- written with a nasal the root does not take (*penbangunan*, *pengbalasan*,
*menpukul* for *pembangunan*, *pembalasan*, *memukul*): the writer knows the word and
picks the wrong form of the prefix (KBBI; EYD V, II.A: *mem-* before *b*, *p*; *men-*
before *d*, *t*; *meng-* before a vowel, *g*, *h*, *k*; *meny-* for *s*): one slip of
the word, as cheap as *me-…-an* for *pe-…-an* (``PREFIX_SLIP``)."""
NASAL_PREFIX_FORMS = ("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen")
MELTED_BY = {"ng": "k", "ny": "s", "m": "p", "n": "t"}
"""The root's first letter each nasal takes the place of (KBBI: *k*, *s*, *p*, *t* melt)."""
BOUNDARY_SLIP = 0.5
"""A doubled consonant at a root-suffix boundary written once."""
LOAN_SLIP = 1.0
"""A loanword left in its source spelling (*persuasive* for *persuasif*)."""
REPEATED_CHUNK = 1.5
"""A repeated syllable skipped or typed twice."""
REPEAT_MIN_LENGTH = 5
"""A repeated group is a slip of words at least this long."""
DROPPED_SYLLABLE = 2.0
"""A two-letter syllable left out: one slip of the eye, not two of the hand."""
ABBREVIATED = 1.5
"""A common word shortened to its consonants (*krn* for *karena*): a habit, not a slip..."""
ABBREVIATED_CONSONANT = 0.5
"""...that leaves out vowels: each consonant left out too costs this (*dgn* for *dengan*
a little, *akhn* for *akhirnya* more than *akan* with a wrong key)."""
SPACE_KEY = NEAR_KEY
"""A key above the space bar typed for the space: one wrong key."""
SPACE_KEYS = frozenset("cvbnm")
UNKNOWN_ZIPF = 1.0
"""The frequency given to a known word the frequency list lacks (most derived forms)."""
MOVED_LETTER = 2.0
"""A letter typed two or three places from where it belongs: one slip of timing, dearer
than a swap of neighbours (``TRANSPOSED``)."""
SUFFIX_SLIP = 3.0
"""A whole suffix typed on a word that takes none there (KBBI's suffixes *-an*, *-kan*,
*-i*): one slip of the word, but two or three letters of the hand: as dear as an unrelated
wrong key (``OTHER_SWAP``), so a letter left out of the suffix or one vowel too many reads
first (*sedangan* is *sedangkan*, *sebagaian* is *sebagian*, before *sedang*, *sebagai*)."""
SUFFIX_DROPPED = 2.5
"""A suffix left off (*dimanfaat* for *dimanfaatkan*): the commoner way round — a writer
drops the *-kan* of a verb he hears without it — a little dearer than a syllable left out
(``DROPPED_SYLLABLE``)."""
SLIP_SUFFIXES = ("kan", "an", "i")
CONFIX_CUT = 1.0
"""*ke-* without the *-an* of its confix (*kedatang* for *kedatangan*, *ketahan* for
*ketahanan*): KBBI's *ke-* makes nouns from verbs and adjectives only together with *-an*
(*ke-…-an*); the prefix alone makes ordinals and a few old words, none of which a writer
misses. One slip of the word, as cheap as *me-…-an* for *pe-…-an* (``PREFIX_SLIP``),
dearer than a doubled letter."""
SPOKEN_VOWEL = 1.0
"""A final diphthong written as it is said (*sampe* for *sampai*): a habit of speech, not
a slip of the hand, as cheap as a loanword left in its source spelling (``LOAN_SLIP``)."""
SCHWA_DROPPED = 1.0
"""The pepet of a syllable before *r* or *l* left out (*sebrang*, *brangkat*, *kriting*,
*Pemrintah* for *seberang*, *berangkat*, *keriting*, *Pemerintah*): everyday speech
drops it (KBBI lists such forms as cakapan), so writers do: a habit, as cheap as a
spoken diphthong (``SPOKEN_VOWEL``), not a slip of the hand."""
SCHWA_BEFORE = frozenset("rl")
NASAL_ADDED = 1.5
"""A nasal typed after a vowel and before a consonant where the word has none
(*semangkin*, *kondunsif*, *sebangai*, *Forkompimda* for *semakin*, *kondusif*,
*sebagai*, *Forkopimda*): a nasal heard before the consonant, as in the regional
languages' prenasalised stops, written as one sound even when it is two letters (*ng*):
one slip, as cheap as a vowel left out (``DROPPED_VOWEL``)."""
NASALS = ("ng", "n", "m")
NASAL_MIN_WORD = 6
"""In a shorter word a nasal more makes another common word too easily (*ranta* is
*rantai* as often as *rata*): there it stays an ordinary extra letter."""
DEVOICED = 1.0
"""A voiced stop written voiceless or the other way round at the end of a syllable
(*Wabub*, *mantab*, *sebap* for *Wabup*, *mantap*, *sebab*): Indonesian says *b*, *d*,
*g* there as *p*, *t*, *k* (KBBI lists *mantab* as the non-standard *mantap*), so the
writer spells the sound he hears: a habit, as cheap as a spoken diphthong
(``SPOKEN_VOWEL``)."""
DEVOICED_PAIRS = frozenset({(pair[i], pair[1 - i]) for pair in ("bp", "dt", "gk")
                            for i in (0, 1)})
KH_SPOKEN = 1.0
"""One letter of the *kh* of an Arabic loan left out (*iklas*, *ahir*, *husus* for
*ikhlas*, *akhir*, *khusus*): everyday speech says it as *k* or *h*, and KBBI lists such
spellings as non-standard: a habit, not a slip of the hand (``SPOKEN_VOWEL``)."""
REDUPLICATION_CUT = 0.5
"""A reduplication written half (*masing* for *masing-masing*): the suggester offers it
only for a half the dictionary lists on no other form, so the word is that one, and the
writer left out the repeat (EYD V, II.C Bentuk Ulang): as cheap as a doubled consonant at
a suffix (``BOUNDARY_SLIP``)."""
SECOND_SLIP = 1.0
"""Added when the word meant is more than one slip from the typo: most typos are one
slip (a hand makes one mistake in a word far more often than two), so two slips cost
more than the two slips' own costs."""


def _plain(letter: str) -> str:
    return unicodedata.normalize("NFKD", letter)[:1]


def substitution(typed: str, meant: str) -> float:
    if _plain(typed) == _plain(meant):
        return ACCENT                    # kafé, ṣalat: EYD V writes no diacritics here
    if meant in VOWELS and typed in VOWELS:
        return VOWEL_SWAP
    if typed != meant and typed in NASAL_PAIR and meant in NASAL_PAIR:
        return NASAL_SWAP
    if typed in KEYBOARD.get(meant, ()):
        return NEAR_KEY
    if frozenset((typed, meant)) in SOUND_ALIKE:
        return SOUND_SWAP
    return OTHER_SWAP


def _substitution_at(typed: str, word: str, j: int) -> float:
    """Cost of typing ``typed`` for ``word[j]``: a stop at the end of a syllable (before
    a consonant or at the end of the word) devoiced or voiced is a habit (``DEVOICED``)."""
    meant = word[j]
    if (typed, meant) in DEVOICED_PAIRS and j > 0 \
            and (j + 1 == len(word) or word[j + 1] not in VOWELS):
        return DEVOICED
    return substitution(typed, meant)


def _extra(typo: str, i: int) -> float:
    """Cost of the letter ``typo[i]`` typed although the word has none there."""
    letter = typo[i]
    before = typo[i - 1] if i > 0 else ""
    after = typo[i + 1] if i + 1 < len(typo) else ""
    if letter in (before, after):
        return DOUBLED
    if before in KEYBOARD.get(letter, ()) or after in KEYBOARD.get(letter, ()):
        return EXTRA_NEAR
    return EXTRA_VOWEL if letter in VOWELS else EXTRA


def _dropped(word: str, j: int) -> float:
    """Cost of leaving out ``word[j]``."""
    letter = word[j]
    if (j > 0 and word[j - 1] == letter) or (j + 1 < len(word) and word[j + 1] == letter):
        return DOUBLED
    if word[j:j + 2] == "kh" or (letter == "h" and j > 0 and word[j - 1] == "k"):
        return KH_SPOKEN
    if letter == "e" and 0 < j < len(word) - 2 and word[j - 1] not in VOWELS \
            and word[j + 1] in SCHWA_BEFORE and word[j + 2] in VOWELS:
        return SCHWA_DROPPED
    return DROPPED_VOWEL if letter in VOWELS else DROPPED


@lru_cache(maxsize=8192)
def channel_cost(typo: str, word: str) -> float:
    """The weighted optimal-string-alignment cost of typing ``word`` as ``typo``
    (both compared in lower case)."""
    a, b = typo.lower(), word.lower()
    rows, cols = len(a) + 1, len(b) + 1
    extra = [_extra(a, i) for i in range(len(a))]       # each once, not once a cell
    dropped = [_dropped(b, j) for j in range(len(b))]
    table = [[0.0] * cols for _ in range(rows)]
    for i in range(1, rows):
        table[i][0] = table[i - 1][0] + extra[i - 1] + (FIRST_LETTER if i == 1 else 0)
    for j in range(1, cols):
        table[0][j] = table[0][j - 1] + dropped[j - 1] + (FIRST_LETTER if j == 1 else 0)
    for i in range(1, rows):
        for j in range(1, cols):
            if a[i - 1] == b[j - 1]:
                best = table[i - 1][j - 1]
            else:
                best = table[i - 1][j - 1] + _substitution_at(a[i - 1], b, j - 1) + (
                    FIRST_LETTER if i == 1 or j == 1 else 0.0)
            best = min(best,
                       table[i - 1][j] + extra[i - 1] + (FIRST_LETTER if i == 1 else 0.0),
                       table[i][j - 1] + dropped[j - 1] + (FIRST_LETTER if j == 1 else 0.0))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1] \
                    and a[i - 1] != a[i - 2]:
                best = min(best, table[i - 2][j - 2] + TRANSPOSED   # the first letter is
                           + (FIRST_LETTER / 2 if i == 2 else 0.0))    # typed, only late
            table[i][j] = best
    return table[-1][-1]


LOAN_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ivity", "ivitas"), ("ity", "itas"), ("ive", "if"), ("tion", "si"), ("sion", "si"),
    ("ism", "isme"), ("ical", "is"), ("ic", "ik"), ("ance", "ans"), ("ence", "ens"),
    ("ary", "er"), ("logy", "logi"), ("graphy", "grafi"), ("ist", "is"), ("y", "i"),
    ("isir", "kan"), ("isir", "isasi"),
)
"""English endings and their Indonesian form (EYD V, Pedoman Umum Pembentukan Istilah,
penyesuaian akhiran: *-ive* → *-if*, *-ity* → *-itas*, *-tion* → *-si*, *-ism* → *-isme*,
*-ic* → *-ik*, *-ical* → *-is*, *-ance* → *-ans*, *-ary* → *-er*, *-logy* → *-logi*), and
the Dutch verb ending *-isir* (*-iseren*), which KBBI does not take: the verb is made
with *-kan* on the base (*meminimalisir* → *meminimalkan*) or from the *-isasi* noun
(*dilegalisir* → *dilegalisasi*); the frequency list chooses between them."""


def loan_forms(typo: str) -> list[str]:
    """The word with an English ending replaced by the Indonesian one (lower case)."""
    lowered = typo.lower()
    return [lowered[:-len(english)] + indonesian for english, indonesian in LOAN_SUFFIXES
            if lowered.endswith(english) and len(lowered) > len(english) + 2]


FOREIGN_SPELLINGS = ("x", "q", "ph", "th", "dz", "sh", "ck", "oo", "ee")
"""Letters and pairs Indonesian words are not spelt with (EYD V, Pedoman Umum
Pembentukan Istilah: *x* → *ks*, *q* → *k*, *ph* → *f*, *th* → *t*...)."""
FOREIGN_SLIP = 0.3
"""A word spelt with them is far more likely a loan in its source spelling than a typo."""


def respelling_cost(typo: str) -> float:
    """The cost of a loanword respelt the Indonesian way (*taxi* → *taksi*)."""
    lowered = typo.lower()
    return FOREIGN_SLIP if any(part in lowered for part in FOREIGN_SPELLINGS) else LOAN_SLIP


NOUN_FROM_ADJECTIVE = (("ifitas", "ivitas", "if"),)
"""KBBI's nouns in *-ivitas* from adjectives in *-if* (*aktif* → *aktivitas*, *kreatif*
→ *kreativitas*, *produktif* → *produktivitas*): the loan keeps the *v* of *-ivity*
(EYD V, Pedoman Umum Pembentukan Istilah), and writers carry the adjective's *f* into
it (*responsifitas*). Productive: the word list cannot hold every noun of the pattern,
so the noun is built on any adjective the dictionaries know."""


def adjective_nouns(typo: str) -> list[tuple[str, str]]:
    """(noun, adjective) for a word written with the adjective's ending inside a noun
    (*responsifitas* → *responsivitas*, on *responsif*), lower case."""
    lowered = typo.lower()
    return [(lowered[:-len(wrong)] + right, lowered[:-len(wrong)] + adjective)
            for wrong, right, adjective in NOUN_FROM_ADJECTIVE
            if lowered.endswith(wrong) and len(lowered) > len(wrong) + 2]


SPOKEN_DIPHTHONGS = (("e", "ai"), ("o", "au"))
"""A final diphthong said as one vowel in everyday speech and written so (KBBI marks
*sampe*, *pake*, *rame*, *kalo* as *cakapan*: the standard forms are *sampai*, *pakai*,
*ramai*, *kalau*)."""
SPOKEN_ENDINGS = ("", "nya", "kan", "lah", "pun")
"""What may follow the diphthong in the word (*pakenya* for *pakainya*)."""
MIN_SPOKEN_STEM = 2
"""Letters before the diphthong: *mau* said *mo* is too short to tell from a slip."""


def spoken_forms(typo: str) -> list[str]:
    """The word with a final diphthong said as one vowel written out in full (*sampe* →
    *sampai*, *kalo* → *kalau*), lower case."""
    lowered = typo.lower()
    forms = []
    for ending in SPOKEN_ENDINGS:
        if not lowered.endswith(ending):
            continue
        stem = lowered[:len(lowered) - len(ending)]
        for said, written in SPOKEN_DIPHTHONGS:
            if stem.endswith(said) and len(stem) - len(said) >= MIN_SPOKEN_STEM:
                forms.append(stem[:-len(said)] + written + ending)
    return forms


def spoken_form(typo: str, word: str) -> bool:
    return word.lower() in spoken_forms(typo)


def doubled_word(typo: str, word: str) -> bool:
    """*dibukadibuka* for *dibuka*: the whole word typed twice without a space (the hand
    repeats a word after a pause, as it repeats a syllable)."""
    a, b = typo.lower(), word.lower()
    return len(b) >= 3 and a == b + b


def loan_adaptation(typo: str, word: str) -> bool:
    return word.lower() in loan_forms(typo)


def reduplication_cut(typo: str, word: str) -> bool:
    """*masing* for *masing-masing*: a reduplication written half (``REDUPLICATION_CUT``)."""
    a, b = typo.lower(), word.lower()
    return b == f"{a}-{a}"


def prefix_slip(typo: str, word: str) -> bool:
    """*membinaan* for *pembinaan*: *me-…-an* (not *-kan*) where *pe-…-an* is meant."""
    a, b = typo.lower(), word.lower()
    return (a.startswith("me") and b.startswith("pe") and a[2:] == b[2:]
            and a.endswith("an") and not a.endswith("kan"))


def _nasal_prefix(word: str) -> str | None:
    return next((p for p in NASAL_PREFIX_FORMS if word.startswith(p)), None)


def nasal_form(typo: str, word: str) -> bool:
    """Whether ``typo`` is ``word`` with another nasal in its meN-/peN- prefix: the same
    root after it, or the root's first letter kept that the right nasal melts
    (*menpukul* for *memukul*) (``NASAL_FORM``)."""
    a, b = typo.lower(), word.lower()
    if a[:2] != b[:2]:
        return False
    typed, meant = _nasal_prefix(a), _nasal_prefix(b)
    if typed is None or meant is None or typed == meant:
        return False
    rest_typed, rest_meant = a[len(typed):], b[len(meant):]
    return rest_typed == rest_meant or (
        rest_typed[:1] == MELTED_BY.get(meant[2:]) and rest_typed[1:] == rest_meant)


def boundary_slip(typo: str, word: str) -> bool:
    """A root's last consonant and the suffix's first written once (EYD V writes both):
    *ditunjukan* for *ditunjukkan* (*tunjuk* + *-kan*), *binaanya* for *binaannya*."""
    a, b = typo.lower(), word.lower()
    return any(a.endswith(short) and b == a[:-len(short)] + full
               for short, full in (("kan", "kkan"), ("anya", "annya")))


def confix_cut(typo: str, word: str) -> bool:
    """*kedatang* for *kedatangan*: a *ke-* word whose *-an* was left off (the stem keeps
    at least four letters)."""
    a, b = typo.lower(), word.lower()
    return a.startswith("ke") and len(a) >= 6 and b == a + "an"


def nasal_added(typo: str, word: str) -> bool:
    """Whether ``typo`` is ``word`` with a nasal (*ng*, *n*, *m*) put between a vowel and
    a consonant (``NASAL_ADDED``)."""
    a, b = typo.lower(), word.lower()
    if len(b) < NASAL_MIN_WORD:
        return False
    for nasal in NASALS:
        if len(a) - len(b) != len(nasal):
            continue
        for i in range(1, len(b)):
            if a[i:i + len(nasal)] == nasal and b[i - 1] in VOWELS and \
                    b[i] not in VOWELS and a[:i] + a[i + len(nasal):] == b:
                return True
    return False


def suffix_slip(typo: str, word: str) -> bool:
    """One of the two is the other with a suffix more (*rapatan* for *rapat*,
    *dimanfaat* for *dimanfaatkan*); the shorter keeps at least four letters."""
    a, b = typo.lower(), word.lower()
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 4 and any(long_ == short + suffix for suffix in SLIP_SUFFIXES)


def suffix_forms(typo: str) -> list[str]:
    """The word with a suffix taken off or put on (lower case): the candidates of a
    suffix slip."""
    lowered = typo.lower()
    forms = [lowered[:-len(suffix)] for suffix in SLIP_SUFFIXES
             if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 4]
    return forms + [lowered + suffix for suffix in SLIP_SUFFIXES]


def repeated_chunk_forms(typo: str) -> set[str]:
    """The word with one of two identical neighbouring letter groups (2-3 letters) put
    back or taken out: *pelaksaan* for *pelaksanaan*, *kegiatatan* for *kegiatan*. The
    eye skips a repeated syllable (haplology) or the hand types it twice."""
    lowered = typo.lower()
    forms: set[str] = set()
    for size in (2, 3):
        for i in range(size, len(lowered) + 1):
            chunk = lowered[i - size:i]
            if chunk.isalpha():
                forms.add(lowered[:i] + chunk + lowered[i:])
                if lowered[i:i + size] == chunk:
                    forms.add(lowered[:i] + lowered[i + size:])
    forms.discard(lowered)
    return forms


_CONSONANTS = "bcdfghjklmnpqrstvwxyz"
SYLLABLES = tuple(c + v for c in _CONSONANTS for v in "aeiou") + tuple(
    v + c for v in "aeiou" for c in _CONSONANTS)
_SYLLABLE_SET = frozenset(SYLLABLES)


def _one_chunk_apart(typo: str, word: str, repeated: bool) -> bool:
    """Whether one 2-3 letter group in the longer of the two is missing from the shorter:
    a repeated group (``repeated``) or a two-letter syllable. The eye loses its place in
    a long word, not in a short one: the shorter of the two must have REPEAT_MIN_LENGTH
    letters (*penen* is a slip of *panen*, not *pen* with *en* typed twice)."""
    a, b = typo.lower(), word.lower()
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    size = len(long_) - len(short)
    if size not in ((2, 3) if repeated else (2,)):
        return False
    for i in range(len(short) + 1):
        if long_[:i] == short[:i] and long_[i + size:] == short[i:]:
            chunk = long_[i:i + size]
            if repeated and len(short) >= REPEAT_MIN_LENGTH and \
                    chunk in (long_[i - size:i], long_[i + size:i + 2 * size]):
                return True
            if not repeated and chunk in _SYLLABLE_SET:
                return True
    return False


def abbreviation_shape(typo: str) -> bool:
    """Two to four lowercase letters with no vowel after the first (*yg*, *dgn*, *utk*)."""
    return 2 <= len(typo) <= 4 and typo.isalpha() and typo.islower() and \
        not VOWELS.intersection(typo[1:])


def abbreviated(typo: str, word: str) -> bool:
    """Whether ``typo`` is ``word`` shortened: its letters in order, the first the same,
    at least two letters left out."""
    if not abbreviation_shape(typo) or word[:1] != typo[:1] or len(word) < len(typo) + 2:
        return False
    letters = iter(word)
    return all(letter in letters for letter in typo)


def _space_key(typo: str, candidate: str) -> bool:
    """*aksinpencurian* for *aksi pencurian*: a key above the space bar for the space."""
    a, b = typo.lower(), candidate.lower()
    cut = b.find(" ")
    return len(a) == len(b) and a[:cut] == b[:cut] and a[cut + 1:] == b[cut + 1:] and \
        a[cut] in SPACE_KEYS


@lru_cache(maxsize=8192)
def slip_cost(typo: str, candidate: str) -> float:
    """What the slip from ``candidate`` to ``typo`` costs, including a change of case
    and a missing space."""
    if " " in candidate and _space_key(typo, candidate):
        cost = SPACE_KEY
    elif " " in candidate:
        cost = SPLIT + channel_cost(typo, candidate.replace(" ", ""))
    elif abbreviated(typo, candidate):
        cost = ABBREVIATED + ABBREVIATED_CONSONANT * (
            sum(letter not in VOWELS for letter in candidate.lower())
            - sum(letter not in VOWELS for letter in typo))
    elif reduplication_cut(typo, candidate):
        cost = REDUPLICATION_CUT
    elif prefix_slip(typo, candidate):
        cost = PREFIX_SLIP
    elif nasal_form(typo, candidate):
        cost = NASAL_FORM
    elif boundary_slip(typo, candidate):
        cost = BOUNDARY_SLIP
    elif loan_adaptation(typo, candidate):
        cost = LOAN_SLIP
    elif confix_cut(typo, candidate):
        cost = CONFIX_CUT
    elif spoken_form(typo, candidate):
        cost = SPOKEN_VOWEL
    elif _one_chunk_apart(typo, candidate, repeated=True) or doubled_word(typo, candidate):
        cost = REPEATED_CHUNK
    elif len(candidate) == len(typo) + 2 and _one_chunk_apart(typo, candidate, repeated=False):
        cost = min(DROPPED_SYLLABLE, channel_cost(typo, candidate))
    elif nasal_added(typo, candidate):
        cost = min(NASAL_ADDED, channel_cost(typo, candidate))
    elif moved_letter(typo.lower(), candidate.lower()):
        cost = min(MOVED_LETTER, channel_cost(typo, candidate))
    elif suffix_slip(typo, candidate):
        cost = min(SUFFIX_DROPPED if len(typo) < len(candidate) else SUFFIX_SLIP,
                   channel_cost(typo, candidate))
    else:
        cost = channel_cost(typo, candidate) + (
            0.0 if osa_within(typo.lower(), candidate.lower(), 1) else SECOND_SLIP)
    if typo.islower() and not candidate.islower():
        cost += CASE_CHANGE
    return cost


def likelihood(typo: str, candidate: str, zipf: float) -> float:
    """Log10 odds (up to a constant) that ``candidate`` was meant: its frequency less the
    cost of the slip. ``zipf`` is the candidate's frequency, 0 when unlisted (a known word
the list lacks, most often a derived form), negative for weaker evidence still."""
    return (zipf or UNKNOWN_ZIPF) - slip_cost(typo, candidate)


def split_zipf(parts: list[float]) -> float:
    """The frequency of words side by side, from each word's own frequency."""
    return min(max(part, UNKNOWN_ZIPF) for part in parts) - SPLIT_ZIPF
