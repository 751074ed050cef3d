"""Accepting affixed forms the dictionary lacks (*kesiapan*, *pastikan*, *tandasnya*).

A word is accepted only when a known root and a productive Indonesian affix pattern
explain it: enclitics (*-nya, -ku, -mu, -lah, -kah, -pun*), suffixes (*-kan, -i, -an*),
prefixes (*di-, ter-, ber-, se-, per-*, *meN-/peN-* with nasal assimilation, *ke-* only
with *-an*) and two-prefix chains (*diper-, memper-, keber-, pember-*). The root must be
at least three letters and known on its own, so a typo in the root is not explained away.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

logger = logging.getLogger(__name__)

VOWELS = frozenset("aeiou")
PARTICLES = ("lah", "pun")
"""-kah/-tah are left to the dictionary (apakah): productive, they hid -kan typos."""
BOUND_FORMS = ("antar", "pasca", "pra", "non", "multi", "sub", "swa", "tuna", "purna",
               "ekstra", "semi", "lintas", "pro", "kontra", "anti")
"""Bound forms written joined to the next word in EYD V (*antarpelajar*, *pascapanen*)."""
POSSESSIVES = ("nya", "ku", "mu")
NEGATION = "ketidak"
"""ke- + *tidak* opening a negated noun in -an (*ketidakpastian*)."""
BARE_VERB_SUFFIXES = ("kan", "i")
BARE_VERB_ROOT = 4
"""Roots of at least this many letters for a bare *-kan*/*-i* verb: shorter ones sit one
keystroke from too many words."""
SUFFIXES = ("kan", "an", "i")
MIN_ROOT = 3
SHORT_ROOTS = frozenset({
    "cek", "bom", "tes", "pos", "cat", "sah", "tik", "pel", "rem", "sita", "tim", "bor",
    "cap", "cor", "las", "pak", "sol", "pin", "gol", "lem", "jor", "rias", "lap", "ban",
    "tip", "sun", "dam", "kes", "bel", "tar", "ton", "kor", "yel",
})
"""Three-letter roots common enough to take affixes (*mengecek*, *dibom*, *pengetesan*).
Other hunspell entries this short are mostly rare words that would let typos through
(*keamaan* = ke- + *ama* + -an)."""

# Which suffixes each outermost prefix may take ("" = no suffix).
_ALLOWED_SUFFIX: dict[str, frozenset[str]] = {
    "": frozenset({"kan", "i", "an"}),
    "di": frozenset({"", "kan", "i"}),
    "meN": frozenset({"", "kan", "i"}),
    "ter": frozenset({"", "kan", "i"}),
    "ber": frozenset({"", "an", "kan"}),
    "per": frozenset({"", "an", "kan", "i"}),
    "peN": frozenset({"", "an"}),
    "ke": frozenset({"an"}),
    "se": frozenset({""}),
}

FUNCTION_WORDS = frozenset({
    "saja", "kita", "kami", "yang", "untuk", "dari", "pada", "akan", "sudah", "belum",
    "juga", "atau", "tetapi", "namun", "bahwa", "karena", "dengan", "oleh", "para", "masih",
    "lagi", "pula", "hanya", "sangat", "telah", "sedang", "bukan", "tidak", "agar", "seperti",
    "jika", "kalau", "ketika", "sejak", "hingga",
    "mereka", "anda", "kamu", "dia", "beliau", "ini", "itu", "sini", "sana", "situ",
    "sebagai", "terhadap", "kepada", "daripada",
})
"""Words that never take derivational affixes: *bersaja*, *sekita*, *sebagaian* are typos
(prepositions and conjunctions, KBBI: p and konj entries)."""

_NO_NOUN_PREFIXES = frozenset({"di", "meN", "ter"})

# Which prefix may follow which (outer -> inner) in a two-prefix chain.
_ALLOWED_INNER: dict[str, frozenset[str]] = {
    "di": frozenset({"per", "ber"}),
    "meN": frozenset({"per", "ber"}),
    "ke": frozenset({"ber", "ter", "se"}),
    "peN": frozenset({"ber", "per"}),
    "ber": frozenset({"ke", "se", "peN"}),
    "ter": frozenset({"se"}),
    "per": frozenset(),
    "se": frozenset(),
}


HYPHEN_CLITICS = frozenset({"nya", "ku", "mu", "lah", "kah", "pun"})


def clitic_after_capitals(previous: str, part: str) -> bool:
    """*TKP-nya*, *SIM-mu*, *KTP-lah*: an enclitic joined with a hyphen to an abbreviation
    in capitals (EYD V, Tanda Hubung: *KTP-mu*, *SIM-nya*), which is how it must be
    written; not the enclitic cut off a word (*rumah-nya*)."""
    return part in HYPHEN_CLITICS and len(previous) >= 2 and previous.isupper()


def _nasal(word: str, head: str) -> Iterator[str]:
    """Roots under a ``me-``/``pe-`` prefix with nasal assimilation (``head`` is me/pe)."""
    if not word.startswith(head):
        return
    rest = word[len(head):]
    if not rest:
        return
    if rest.startswith("nge") and len(rest) <= 7:
        yield rest[3:]                      # mengecek -> cek
    if rest.startswith("ng"):
        tail = rest[2:]
        if tail[:1] in VOWELS:
            yield tail                      # mengatur -> atur
            yield "k" + tail                # mengirim -> kirim
        elif tail[:1] in ("g", "h", "k"):
            yield tail                      # menggelar, menghadiri, mengkritik
        return
    if rest.startswith("ny"):
        tail = rest[2:]
        if tail[:1] in VOWELS:
            yield "s" + tail                # menyampaikan -> sampaikan
        yield rest                          # menyanyi -> nyanyi
        return
    if rest.startswith("m"):
        tail = rest[1:]
        if tail[:1] in ("b", "f", "v") or (tail[:1] == "p" and not _melts(tail)):
            yield tail                      # membantu, memfasilitasi, memproses, mempunyai
        elif tail[:1] in VOWELS:
            yield "p" + tail                # memastikan -> pastikan
        yield rest                          # memaksimalkan -> maksimalkan
        return
    if rest.startswith("n"):
        tail = rest[1:]
        if tail[:1] in ("d", "c", "j", "z", "t") or tail.startswith("sy"):
            yield tail                      # mendukung, mencari, mentransfer
        elif tail[:1] in VOWELS:
            yield "t" + tail                # menindak -> tindak
        yield rest                          # menikah -> nikah
        return
    if rest[:1] in ("l", "r", "w", "y"):
        yield rest                          # melaksanakan, merangkul


UNMELTED_P = ("puny", "peraga", "perkara", "percaya")
"""The roots KBBI keeps their *p* under *meN-*/*peN-* before a vowel: *mempunyai*, and the
roots whose *per* reads as the prefix *per-* (*memperagakan*, *memperkarakan*,
*mempercayai*)."""


MELTED_NASAL = {"k": "ng", "p": "m", "t": "n", "s": "ny"}
"""The nasal of meN-/peN- that replaces a root's first k, p, t or s (KBBI: it melts)."""
KEPT_NASAL = {"k": "ng", "p": "m", "t": "n", "s": "n"}
"""The nasal before that letter where it is kept, as loans keep it (*mengkaji*, *mentaati*)."""
_MEN_HEADS = (("sy", "men", 0), ("k", "meng", 1), ("p", "mem", 1), ("t", "men", 1),
              ("s", "meny", 1), ("b", "mem", 0), ("f", "mem", 0), ("v", "mem", 0),
              ("c", "men", 0), ("d", "men", 0), ("j", "men", 0), ("z", "men", 0),
              ("g", "meng", 0), ("h", "meng", 0))
"""meN- before a root's first letters (EYD V, II.A; KBBI): the prefix's form, and how
many letters of the root it replaces (k, p, t, s melt)."""


def men_form(root: str) -> str:
    """The root with meN- (EYD V, II.A; KBBI): *menggelar*, *memasang*, *menyita*,
    *melapor*; a vowel takes *meng-*. The one forward form of the nasal rules that
    ``_nasal`` reads backwards; the rule modules build theirs from it."""
    if root[:1] in VOWELS:
        return "meng" + root
    for head, prefix, melted in _MEN_HEADS:
        if root.startswith(head):
            return prefix + root[melted:]
    return "me" + root


def kept_men_form(root: str) -> str | None:
    """meN- with the root's first k, p, t or s kept (*mengkaji*, *mentaati*); ``None`` for
    other roots."""
    nasal = KEPT_NASAL.get(root[:1])
    return None if nasal is None else "me" + nasal + root


def _melts(root: str) -> bool:
    """Whether meN-/peN- melt the root's first *p* (KBBI; Tata Bahasa Baku: *k, p, t, s*
    melt before a vowel — *memakai*, *memublikasikan*, *memesona*): then *mem* + *p* +
    vowel is no attested form (*mempakai*, *memperat*), save *mempunyai*; *p* before a
    consonant stays (*memproses*, *memplester*)."""
    return root[:1] == "p" and root[1:2] in VOWELS and not root.startswith(UNMELTED_P)


def _prefixes(word: str) -> Iterator[tuple[str, str]]:
    """(prefix name, remainder) for every prefix the word may start with."""
    if word.startswith("di"):
        yield "di", word[2:]
    if word.startswith("ter"):
        yield "ter", word[3:]
        yield "ter", word[2:]               # terasa -> rasa
    if word.startswith("ber"):
        yield "ber", word[3:]
    if word.startswith("be") and word[2:3] == "r":
        yield "ber", word[2:]               # beragam -> ragam
    if word.startswith("bel"):
        yield "ber", word[3:]               # belajar -> ajar
    if word.startswith("per"):
        yield "per", word[3:]
    if word.startswith("se"):
        yield "se", word[2:]
    if word.startswith("ke"):
        yield "ke", word[2:]
    if word.startswith("memper"):
        yield "meN", "per" + word[6:]
    for root in _nasal(word, "me"):
        yield "meN", root
    for root in _nasal(word, "pe"):
        yield "peN", root
    if word.startswith("pe") and word[2:3] in ("l", "r"):
        yield "peN", word[2:]               # pelaku, perawat (pe- before l/r)


def _suffixes(word: str) -> Iterator[tuple[str, str]]:
    yield "", word
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_ROOT:
            yield suffix, word[: -len(suffix)]


def _enclitics(word: str) -> Iterator[str]:
    """The word without particles/possessives, longest first stripped last."""
    seen = {word}
    yield word
    bases = [word]
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= MIN_ROOT:
            bases.append(word[: -len(particle)])
    for base in list(bases):
        for possessive in POSSESSIVES:
            if base.endswith(possessive) and len(base) - len(possessive) >= MIN_ROOT:
                bases.append(base[: -len(possessive)])
    for base in bases:
        if base not in seen:
            seen.add(base)
            yield base


class AffixAnalyzer:
    """Explains a lowercase word as root + affixes, with ``is_root`` deciding on roots."""

    def __init__(self, is_root: Callable[[str], bool],
                 is_common: Callable[[str], bool] = lambda word: False) -> None:
        self._is_root = is_root
        self._is_common = is_common
        """Whether a written form is common in Indonesian text (the frequency list):
        the witness a short se- form needs (see ``_short_se``)."""

    def explain(self, word: str) -> str | None:
        """The root that explains ``word``, or None (``word`` is lowercase)."""
        if len(word) < MIN_ROOT + 2 or not word.isalpha():
            return None
        negated = self._negated_noun(word)
        if negated is not None:
            return negated
        for bound in BOUND_FORMS:
            rest = word[len(bound):]
            if word.startswith(bound) and len(rest) >= 4 and self._is_root(rest):
                return rest
        for base in _enclitics(word):
            if base != word and self._root(base):
                return base
            for suffix, stem in _suffixes(base):
                if suffix in _ALLOWED_SUFFIX[""] and self._root(stem) and not (
                        self._is_agent_noun(stem) or self._is_prefixed(stem)):
                    return stem
                found = self._with_prefixes(stem, suffix)
                if found is not None:
                    return found
        return None

    def _negated_noun(self, word: str) -> str | None:
        """*ketidakpastian*, *ketidakhadiran*, *ketidaksesuaiannya*: ke-…-an over the phrase
        *tidak* + adjective or verb (KBBI: *ketidakpastian*, *ketidakadilan*,
        *ketidakmampuan*; Tata Bahasa Baku, nominalisation of a negated predicate). The word
        without *tidak* must be a ke-…-an noun the dictionary or this analysis knows
        (*kepastian*, *kehadiran*, *kesesuaian*), so a typo in the root is not explained."""
        if not word.startswith(NEGATION) or len(word) < len(NEGATION) + 4:
            return None
        noun = "ke" + word[len(NEGATION):]
        for base in _enclitics(noun):
            if base.endswith("an") and len(base) > 4 and (
                    self._is_root(base) or self.explain(base) is not None):
                return self.explain(base) or base
        return None

    def bare_verb(self, word: str) -> bool:
        """*tekankan*, *salurkan*, *datangi*: a verb root with *-kan* or *-i* and no prefix,
        the imperative and object-focus form (*kita tekankan*, *yang kami salurkan*; KBBI,
        Tata Bahasa Baku: the passive with a pronoun agent). Regular for every verb the
        dictionary derives with *di-…-kan*/*di-…-i*, so that form must be known
        (*ditekankan*, *disalurkan*): the bare form is then no slip of the root's noun in
        *-an* (*tekanan*), whatever their frequencies."""
        for base in _enclitics(word):
            for suffix in BARE_VERB_SUFFIXES:
                stem = base[:-len(suffix)]
                if base.endswith(suffix) and len(stem) >= BARE_VERB_ROOT and \
                        self._root(stem) and not self._is_prefixed(stem) and \
                        self._is_root("di" + base):
                    return True
        return False

    def _root(self, candidate: str) -> bool:
        if len(candidate) <= MIN_ROOT:
            return candidate in SHORT_ROOTS
        return candidate not in FUNCTION_WORDS and self._is_root(candidate)

    def _short_se(self, word: str, rest: str) -> bool:
        """*seusai*, *senada*, *sedini*: se- on a root of four letters (KBBI: *seusai* adv,
        *senada* a). Such roots sit one keystroke from many words, so the form must also
        be common in Indonesian text: a typo is not (*seusia* is a word, *sesuia* is not)."""
        return len(rest) == MIN_ROOT + 1 and self._is_common(word)

    def _is_agent_noun(self, stem: str) -> bool:
        """``pengecek`` = peN- + root: -kan/-i never follow it (*pengecekkan*)."""
        return any(self._root(root) for root in _nasal(stem, "pe"))

    def _is_prefixed(self, stem: str) -> bool:
        """``bermain`` = ber- + root: a derived verb takes no bare -kan/-i (*bermainkan*).
        A root that only begins with the letters of a prefix (*bersih*, *terap*, *terjun*,
        *distribusi*: no root after them) is a root, and takes them (*bersihkan*,
        *terapkan*; KBBI, imperative and bare -kan forms)."""
        if stem.startswith("me"):
            return any(self._root(root) for root in _nasal(stem, "me")) or \
                self._root(stem[2:])
        for prefix in ("di", "ber", "ter"):
            if stem.startswith(prefix):
                rest = stem[len(prefix):]
                return self._root(rest) or (prefix != "di" and rest[:1] == "r" and
                                            self._root(rest[1:]))
        return False

    def _is_noun_an(self, rest: str) -> bool:
        """``sediaan`` = root + -an: a noun, which di-/meN-/ter- never attach to."""
        return rest.endswith("an") and not rest.endswith("kan") and self._root(rest[:-2])

    def _with_prefixes(self, stem: str, suffix: str) -> str | None:
        for outer, rest in _prefixes(stem):
            if suffix not in _ALLOWED_SUFFIX[outer] or (
                    outer == "se" and len(rest) < 5 and not self._short_se(stem, rest)):
                continue
            if self._root(rest) and not (suffix == "" and outer in _NO_NOUN_PREFIXES
                                         and self._is_noun_an(rest)) and not (
                    outer in ("meN", "peN") and stem[2:4] == "mp" and _melts(rest)):
                return rest
            for inner, root in _prefixes(rest):
                if inner in _ALLOWED_INNER[outer] and self._root(root):
                    return root
        return None
