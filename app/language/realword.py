"""Real-word slips: a typo that happens to be another dictionary word (*dab* for *dan*).

A dictionary cannot see these; the sentence can, but only where the word meant is nearly
certain. Without word-pair counts, Rilis looks only in closed places a copy editor reads
the same way every time:

- a coordinating conjunction (*dan*, *atau*, *serta*) between two capitalised words,
  typed as a rare word one keystroke away: *Kodim dab Polres*, *Satpol PP dam
  Dishub* (names and units are joined by a conjunction, not by a rare noun);
  between two capitalised common words of an institution's name a commoner slip too
  (*Dinas Budaya da Pariwisata*: *da*, not *Leonardo da Vinci*);
- a rare dictionary word one keystroke from a unit named after its region, right before
  a Kemendagri place name (*Samapta Poles Sukamaju* → *Polres*);
- a long function word (KBBI: preposition or conjunction of five letters or more) with
  one letter left out, when the form written is a rare word: *sebagi* for *sebagai*;
- a reduplication whose second half has a slip (*benar banar* → *benar-benar*, EYD V,
  II.C bentuk ulang): the second word is one keystroke from the first, rare, and the
  reduplication is a dictionary word;
- the verb of saying right after a quote written as its noun (*…,” ucapan Camat* →
  *ucap*): after the comma inside a closing quote comes the attribution, a verb;
- *Kepada* opening a sentence before an office or institution (*Kepada BPBD Sukamaju
  Rudi Hartono … mengatakan*) where the sentence has a verb of saying: its subject is the
  head of the office, *Kepala*, for a sentence does not open with the addressee of what
  it says;
- the second word of a two-word regency or city name (Kemendagri) with a slip, right
  after its first word: *kabupaten Ogan lir* → *Ilir*;
- *pada* opening an item in a list of offices (*Sekda, pada Kabag, dan camat*): the
  plural marker *para* is meant (KBBI *para*: penunjuk jamak), a preposition does not
  open a list item;
- an administrative word one or two keystrokes away before a Kemendagri place name that is
  followed by the next level (*Keluaran Sukamaju Kecamatan …* → *Kelurahan*);
- a transitive verb written as its bare root between *yang* and an institution or office
  that does it (*kegiatan yang gelar Polres* → *digelar*; KBBI: the root takes *di-* and
  *meN-*, and formal writing — EYD V, II.A kata berimbuhan — writes the verb with its
  prefix): the passive is suggested first, the active (*menggelar*) second;
- (retired in session 13: a verb with *-kan*/*-i* but no prefix after a word of aspect or
  modality, *akan lakukan*, *sudah perintahkan*: readers of the full text of raw11-15 mark
  it 0 of 8 times, the tuning stand-ins 1 of 1; prose keeps this register)
- an agent noun in *peN-* right after a verb that takes an action as its object
  (*melakukan pemantau* → *pemantauan*, *melaksanakan pembersih* → *pembersihan*): KBBI
  derives from a meN- verb both the doer or tool (*peN-*) and the process (*peN-…-an*),
  and one carries out a process, not a doer. Only where the meN- verb and the *-an* noun
  are words and the noun is the more common of the two.
- right after a noun of time (*hari*, *minggu*, *tahun*, a day name), a rare word one
  keystroke from the word that places that time (KBBI: *depan*, *lalu*, *ini*, *itu*,
  *mendatang*, *silam*, *kemarin*): *minggu sepan* → *minggu depan*;
- a fixed phrase with its second word left out (KBBI VI: *salah satu*, *salah seorang*
  num 'one of'; *akhir-akhir ini* adv 'lately'): *merupakan salah upaya* → *salah satu
  upaya*, *kejadian akhir-akhir terjadi* → *akhir-akhir ini*. *Salah* stands for *salah
  satu* only where a noun phrase starts (a sentence or clause opening, after a comma or a
  copula such as *merupakan*, *menjadi*, *sebagai*) and the next word is a common word
  that forms no KBBI compound with *salah* (*salah paham*, *salah sasaran*) and is no verb
  (*salah menilai*): there *salah* 'wrong' would be a predicate, which those places are not.

Frequencies come from ``wordfreq`` (``resources/bahasa/frekuensi.tsv``); a slip is only
called where the word meant is far more common than the word written. These are
suggestions (severity ``saran``): the word written is a word, and the writer may mean it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.base.calendar_words import DAYS as DAY_NAMES
from app.language import saying
from app.language.affixes import FUNCTION_WORDS, men_form
from app.language.module_regex import ModulePatterns
from app.language.suggest import distance
from app.language.tokens import Token, is_capitalized
from app.language.vocabulary import edits1

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

logger = logging.getLogger(__name__)

RULE_REAL_WORD = "salah-ketik-kata"
SOURCE = ("KBBI VI (kata tugas: preposisi, konjungsi; salah satu, akhir-akhir ini); "
          "EYD V, II.A Kata Berimbuhan; EYD V, II.C Bentuk Ulang; wordfreq (id)")
DESCRIPTION = ("Salah ketik yang menjadi kata lain (dab → dan, sebagi → sebagai), verba "
               "tanpa awalan (yang gelar Polres → yang digelar Polres), pelaku untuk "
               "proses (melakukan pemantau → melakukan pemantauan) dan frasa tetap yang "
               "kehilangan kata keduanya "
               "(merupakan salah upaya → salah satu upaya; akhir-akhir terjadi → "
               "akhir-akhir ini), kata penunjuk waktu yang salah ketik (minggu sepan → "
               "minggu depan)")

COORDINATORS = ("dan", "atau", "serta")
"""KBBI: konjungsi koordinatif that join two names or units."""
LONG_FUNCTION = 5
"""Function words at least this long: shorter ones (*pada*, *kita*) have too many real
neighbours one letter away (*padi*, *pita*)."""
FREQUENCY_GAP = 2.5
"""The word meant is at least this much more frequent (zipf) than the word written."""
COORDINATOR_GAP = 3.0
COORDINATOR_CEILING = 4.0
"""Between two capitalised words a less rare word is still a slip (*dam*), but not a
common one (*ban*, *tan*: *Ban Serep*, *Tan Malaka* stand in names)."""
COMMON_RUN_CEILING = 5.0
COMMON_RUN_GAP = 2.4
COMMON_RUN_ZIPF = 4.0
"""Between two capitalised common words of an institution's name (*Budaya da
Pariwisata*) only a conjunction stands, so there a commoner slip (*da*, zipf 4.9) is read
as *dan* too: both neighbours must be dictionary words at least this frequent (zipf)."""
RARE_ZIPF = 3.6
"""A word written more often than this is a word people mean (*unjuk*, *dalem*)."""
REDUPLICATED_ZIPF = 2.0
"""The second half of a slipped reduplication is a rare word (*banar*), never a common
one (*batu bara*)."""
SAYING_ROOTS = saying.HOUSE
"""Verbs that attribute a quote (KBBI roots; the house style of releases; saying.HOUSE)."""
_AFTER_QUOTE = _PATTERNS.compile(r"[,!?][”\"’][ \t]+$")
_SAYING_IN_SENTENCE = _PATTERNS.compile(
    r"\b(?:mengatakan|menjelaskan|menyampaikan|menuturkan|mengungkapkan|menegaskan|"
    r"menambahkan|mengimbau|menerangkan|memaparkan)\b")
_SENTENCE_END = _PATTERNS.compile(r"[.!?](?:[ \t]|$)|\n")
_SENTENCE_START = _PATTERNS.compile(r"(?:^|[.!?][”\"]?[ \t]+|\n[ \t]*)$")
LOOK_BACK = 12
DAYS = frozenset(DAY_NAMES)
_OTHER_SUBJECT = _PATTERNS.compile(r"(?:di )?\b([A-Z][A-Za-z]*)")
"""A capitalised word between the office and the verb: a place after *di* and a day are
where and when; anything else may be another subject."""
ADMIN_WORDS = ("Kelurahan", "Kecamatan", "Kabupaten", "Provinsi", "Kalurahan")
"""Administrative levels (Kemendagri) a place name follows."""
MIN_REGION_WORD = 4
"""Second words of region names at least this long: shorter ones (*Aru*, *Sula*) sit one
keystroke from too many words."""
UNIT_WORDS = ("Polres", "Polresta", "Polsek", "Polda", "Kodim", "Korem", "Kodam", "Koramil")
"""Units named after their region (*Polres Lombok Barat*, *Kodim Sukamaju*)."""
UNIT_RARE_ZIPF = 3.5
"""The word written must be a rare word Indonesian text uses (*poles* 'polish', zipf 3.0):
a common one may be meant, and one never seen in text may be a name (*Kadim*)."""
ADMIN_LOOKAHEAD = 5
ADMIN_EDITS = 2
"""These words are long (8-9 letters) and the place is certain: two slips still read as
the word (*Keluaran* for *Kelurahan*: one letter left out, two swapped)."""
PLACE_GAP = " "
PASSIVE_ZIPF = 3.0
"""The passive form (*digelar*) must be this common in running text (zipf): a verb
people write, not a form the affix data merely allows."""
AGENT_WORDS = frozenset({"oleh"})
"""Besides an office, the word that brings in the doer of a passive verb (KBBI *oleh*)."""
ACTION_VERBS = frozenset({"melakukan", "melaksanakan", "mengadakan"})
"""Active verbs whose object is an action (KBBI): *melakukan pemeriksaan*. Not their
passives, after which a doer may follow (*dilakukan pemantau pemilu*)."""
ONE_OF_OPENERS = frozenset({"merupakan", "menjadi", "adalah", "ialah", "sebagai", "yakni",
                            "yaitu", "termasuk"})
"""Copulas and the like after which a noun phrase starts (KBBI): *merupakan salah satu
upaya*. A sentence start and a comma open one too."""
ONE_OF_WORDS = frozenset({"satu", "seorang", "sebuah", "satunya", "seekor", "dua", "tiga"})
"""What follows *salah* in the numeral phrase (KBBI *salah satu*, *salah seorang*)."""
SALAH_COMPOUNDS = frozenset({
    "air", "angkat", "arah", "asuh", "cetak", "dengar", "duga", "guna", "hitung", "jalan",
    "kaprah", "ketik", "kira", "langkah", "lihat", "makan", "paham", "faham", "pilih",
    "sangka", "sasaran", "tafsir", "tangkap", "terima", "tidur", "tingkah", "ucap",
    "urat", "urus", "besar", "fatal", "total", "lagi", "sekali", "semua", "apa", "siapa",
    "atau", "dan", "maupun", "benar", "tempat", "input", "kamar", "alamat", "nomor",
    "posisi", "prosedur", "persepsi", "informasi", "pengertian", "menafsirkan"})
"""Words that follow *salah* 'wrong' (KBBI VI gabungan kata of *salah*: *salah paham*,
*salah sasaran*, *salah urus*…; the adverbs and conjunctions that end a predicate *salah*;
and the nouns news text pairs with it: *salah alamat*, *salah prosedur*): never read as
*salah satu* left short."""
ONE_OF_ZIPF = 4.0
"""The word after *salah* is a common word (*upaya*, *program*, *tokoh*): a rare one
may be a term of its own."""
VERB_PREFIXES = ("me", "di", "ber", "ter", "per")
"""A word with these openings after *salah* is read as a verb (*salah menilai*)."""
TIME_NOUNS = frozenset({"hari", "minggu", "pekan", "bulan", "tahun", "malam", "pagi",
                        "siang", "sore", "masa", "waktu", "saat", "senin", "selasa", "rabu",
                        "kamis", "jumat", "sabtu"})
"""KBBI nouns of time (and the day names) that a deictic word follows: *minggu depan*,
*tahun lalu*, *hari ini*, *masa mendatang*."""
TIME_DEICTICS = ("depan", "lalu", "ini", "itu", "mendatang", "silam", "kemarin")
"""KBBI: the words that place a time before or after now (adjectives *depan*, *lalu*,
*mendatang*, *silam*; the demonstratives *ini*, *itu*)."""
FIXED_SECOND = {"salah": "satu", "akhir-akhir": "ini"}
"""Fixed phrases (KBBI VI) and the second word a slip leaves out."""

@dataclass(frozen=True)
class Slip:
    """``text[start:end]`` is most likely a slip of ``meant``."""

    start: int
    end: int
    written: str
    meant: str
    reason: str


class RealWordSlips:
    """Finds real-word slips in the closed places above.

    ``zipf``: a word's frequency (0 when unlisted); ``is_word``: whether hunspell knows a
    lowercase word or a hyphenated form; ``is_place``: a Kemendagri place word.
    """

    def __init__(self, zipf: Callable[[str], float], is_word: Callable[[str], bool],
                 is_place: Callable[[str], bool],
                 is_office: Callable[[str], bool] = lambda word: False,
                 regions: Iterable[str] = (),
                 passive_kind: Callable[[str], str | None] = lambda word: None) -> None:
        self._zipf = zipf
        self._passive_kind = passive_kind
        """``polos`` for a root whose bare passive (*di+root*) is attested, ``akhiran``
        for one that takes *di-* only with *-i*/*-kan* (``resources/style/akar-pasif.txt``)."""
        self._is_word = is_word
        self._is_place = is_place
        self._is_office = is_office
        self._regions: dict[str, list[str]] = {}
        """First word of a multi-word region name, as written -> its second words."""
        for name in regions:
            words = name.split()
            if len(words) >= 2 and words[0][:1].isupper():
                self._regions.setdefault(words[0], []).append(words[1])
        self._region_slips: dict[tuple[str, str], str | None] = {}
        self._dropped: dict[str, str] = {}
        for word in FUNCTION_WORDS:
            if len(word) >= LONG_FUNCTION:
                for i in range(1, len(word)):          # the first letter is rarely lost
                    self._dropped.setdefault(word[:i] + word[i + 1:], word)
        self._saying_nouns = {root + ending: root + kept for root in SAYING_ROOTS
                              for ending, kept in (("an", ""), ("annya", "nya"))}
        """*ucapan* → *ucap*, *ucapannya* → *ucapnya*."""
        self._admin_heads = {word[:3] for word in ADMIN_WORDS}
        self._unit_slips = {edit.capitalize(): unit for unit in UNIT_WORDS
                            for edit in edits1(unit.lower())
                            if edit.capitalize() not in UNIT_WORDS}
        """A unit word one keystroke off, capitalised -> the unit (*Poles* → *Polres*)."""
        self._deictic: dict[str, str] = {}
        """A slip of a time deictic one keystroke away -> the deictic (*sepan* → *depan*)."""
        for word in TIME_DEICTICS:
            for edit in edits1(word):
                if edit != word and edit not in TIME_DEICTICS:
                    self._deictic.setdefault(edit, word)
        self._coordinator: dict[str, str] = {}
        for word in COORDINATORS:
            for edit in edits1(word):
                if edit != word and edit not in COORDINATORS:
                    self._coordinator.setdefault(edit, word)

    def find(self, text: str, tokens: Sequence[Token]) -> list[Slip]:
        """Every slip in ``text``. Each place is tried only when a cheap look-up says it
        may apply: this runs on every keystroke's check."""
        slips: list[Slip] = []
        previous = ""
        for index, token in enumerate(tokens):
            word = token.text
            found: tuple[str, str] | None = None
            start = token.start
            if word.islower():
                if word in self._dropped:
                    found = self._function_word(word)
                elif word in self._coordinator:
                    found = self._conjunction(text, tokens, index)
                elif word in self._saying_nouns:
                    found = self._saying_noun(text, token)
                elif word == "pada":
                    found = self._list_marker(text, tokens, index)
                elif previous == "yang":
                    found = self._bare_verb(text, tokens, index)
                elif previous in ACTION_VERBS and word.startswith("pe") and \
                        not word.endswith("an"):
                    found = self._action_noun(text, tokens, index)
                if found is None and previous[:1] == word[:1] and previous.islower():
                    reduplicated = self._reduplication(text, tokens, index)
                    if reduplicated is not None:
                        found, start = reduplicated, tokens[index - 1].start
                if found is None and word in self._deictic and previous.lower() in TIME_NOUNS:
                    found = self._time_word(text, tokens, index)
                if found is None and word in FIXED_SECOND:
                    found = self._fixed_phrase(text, tokens, index)
            elif word == "Kepada":
                found = self._addressee(text, tokens, index)
            elif word in ("Salah", "Akhir-akhir"):
                found = self._fixed_phrase(text, tokens, index)
            elif word[:3] in self._admin_heads and is_capitalized(word):
                found = self._admin_word(text, tokens, index)
            elif word in self._unit_slips:
                found = self._unit_word(text, tokens, index)
            if found is None and previous in self._regions:
                found = self._region_word(text, tokens, index)
            if found is not None:
                meant, reason = found
                slips.append(Slip(start, token.end, text[start:token.end], meant, reason))
            previous = word
        return slips

    def _fixed_phrase(self, text: str, tokens: Sequence[Token], index: int
                      ) -> tuple[str, str] | None:
        """*merupakan salah upaya*, *akhir-akhir terjadi*: a fixed phrase (KBBI) whose
        second word is missing; the finding offers the phrase whole."""
        token = tokens[index]
        head = token.text.lower()
        second = FIXED_SECOND[head]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        gap = text[token.end:following.start] if following is not None else ""
        if following is None or gap != " ":
            return None if head == "salah" else (f"{head} {second}", "frasa-tetap")
        word = following.text
        if word.lower() == second:
            return None
        if head == "akhir-akhir":
            return f"{head} {second}", "frasa-tetap"
        if not word.islower() or not word.isalpha() or word in ONE_OF_WORDS or \
                word in SALAH_COMPOUNDS or word.startswith(VERB_PREFIXES) or \
                word.endswith(("kan", "nya")) or self._zipf(word) < ONE_OF_ZIPF or \
                not self._is_word(word) or not self._opens_noun_phrase(text, tokens, index):
            return None
        return f"{head} {second}", "frasa-tetap"

    @staticmethod
    def _opens_noun_phrase(text: str, tokens: Sequence[Token], index: int) -> bool:
        """Whether a noun phrase starts at token ``index``: a sentence or line opening,
        after a comma, or after a copula (``ONE_OF_OPENERS``)."""
        start = tokens[index].start
        if index == 0:
            return True
        previous = tokens[index - 1]
        gap = text[previous.end:start]
        if "," in gap or "\n" in gap or any(mark in gap for mark in ".!?:;“\"("):
            return True
        return gap == " " and previous.text.lower() in ONE_OF_OPENERS

    def _time_word(self, text: str, tokens: Sequence[Token], index: int
                   ) -> tuple[str, str] | None:
        """*minggu sepan* → *minggu depan*: after a noun of time stands the word that
        places it (KBBI: *depan*, *lalu*, *ini*, *mendatang*…); a rare word one keystroke
        from one of them, there, is that word mistyped."""
        word = tokens[index].text
        meant = self._deictic[word]
        if text[tokens[index - 1].end:tokens[index].start] != " " or \
                not self._rare_word(word, meant, FREQUENCY_GAP):
            return None
        return meant, "keterangan-waktu"

    def _rare_word(self, word: str, meant: str, gap: float, ceiling: float = RARE_ZIPF
                   ) -> bool:
        own = self._zipf(word)
        return self._is_word(word) and own < ceiling and self._zipf(meant) - own >= gap

    def _function_word(self, word: str) -> tuple[str, str] | None:
        meant = self._dropped.get(word)
        if meant is None or not self._rare_word(word, meant, FREQUENCY_GAP):
            return None
        return meant, "kata-tugas"

    def _conjunction(self, text: str, tokens: Sequence[Token], index: int
                     ) -> tuple[str, str] | None:
        word = tokens[index].text
        meant = self._coordinator.get(word)
        if meant is None or not 0 < index < len(tokens) - 1:
            return None
        before, after = tokens[index - 1], tokens[index + 1]
        if text[before.end:tokens[index].start] != " " or \
                text[tokens[index].end:after.start] != " ":
            return None
        if not (before.text[:1].isupper() and after.text[:1].isupper()):
            return None
        if not self._rare_word(word, meant, COORDINATOR_GAP, ceiling=COORDINATOR_CEILING) \
                and not (self._rare_word(word, meant, COMMON_RUN_GAP, ceiling=COMMON_RUN_CEILING)
                         and self._common_capital(before.text)
                         and self._common_capital(after.text)):
            return None
        return meant, "konjungsi"

    def _common_capital(self, word: str) -> bool:
        """A capitalised common word (*Budaya*, *Pariwisata*; a village may share it): a
        word of an institution's name, which a conjunction joins (*Dinas Budaya dan
        Pariwisata*), never a foreign name (*da Vinci*)."""
        lowered = word.lower()
        return is_capitalized(word) and self._is_word(lowered) and \
            self._zipf(lowered) >= COMMON_RUN_ZIPF

    def _reduplication(self, text: str, tokens: Sequence[Token], index: int
                       ) -> tuple[str, str] | None:
        """*benar banar*: the second half one keystroke from the first."""
        if index == 0:
            return None
        first, second = tokens[index - 1], tokens[index]
        base, word = first.text, second.text
        if text[first.end:second.start] != " " or not base.islower() or base == word or \
                len(base) < 4 or self._zipf(word) >= REDUPLICATED_ZIPF or \
                self._zipf(base) < RARE_ZIPF or abs(len(word) - len(base)) > 1 or \
                distance(base, word) != 1:
            return None
        whole = f"{base}-{base}"
        if not self._is_word(whole):
            return None
        return whole, "bentuk-ulang"

    def _region_word(self, text: str, tokens: Sequence[Token], index: int
                     ) -> tuple[str, str] | None:
        """*Ogan lir*: a slip in the second word of a regency or city after its first."""
        if index == 0:
            return None
        first, token = tokens[index - 1], tokens[index]
        if text[first.end:token.start] != " " or len(token.text) < MIN_REGION_WORD - 1:
            return None
        key = (first.text, token.text.lower())
        if key not in self._region_slips:
            self._region_slips[key] = self._region_slip(*key)
        meant = self._region_slips[key]
        return (meant, "nama-wilayah") if meant is not None else None

    def _region_slip(self, first: str, written: str) -> str | None:
        """The second word of the region ``first …`` that ``written`` is a slip of."""
        seconds = self._regions[first]
        if any(second.lower() == written for second in seconds):
            return None
        meant = [second for second in seconds if len(second) >= MIN_REGION_WORD
                 and abs(len(second) - len(written)) <= 1
                 and distance(second.lower(), written) == 1]
        return meant[0] if len(meant) == 1 else None

    def _list_marker(self, text: str, tokens: Sequence[Token], index: int
                     ) -> tuple[str, str] | None:
        """*…, pada Kabag, dan camat*: an item of a list of offices opened by *pada*."""
        token = tokens[index]
        if token.text != "pada" or index + 1 >= len(tokens) or \
                text[max(0, token.start - 2):token.start] != ", ":
            return None
        office = tokens[index + 1]
        after = text[office.end:office.end + 5]
        if text[token.end:office.start] == " " and self._is_office(office.text) and \
                (after.startswith(",") or after.startswith(" dan ")):
            return "para", "penanda-jamak"
        return None

    def _bare_verb(self, text: str, tokens: Sequence[Token], index: int
                   ) -> tuple[str, str] | None:
        """*kegiatan yang gelar Polres*: a bare transitive root between *yang* and the
        office that does it. The root (or root + *-kan*/*-i*) takes *di-* per the affix
        data and its passive is a common word; the word after it is an office the lexicon
        knows or *oleh*."""
        token = tokens[index]
        if index + 1 >= len(tokens) or \
                text[tokens[index - 1].end:token.start] != " " or \
                text[token.end:tokens[index + 1].start] != " ":
            return None
        agent = tokens[index + 1].text
        if agent not in AGENT_WORDS and not (agent[:1].isupper() and self._is_office(agent)):
            return None
        word = token.text
        root = word[:-3] if word.endswith("kan") else word[:-1] if word.endswith("i") else ""
        kind = self._passive_kind(word)
        if not (kind == "polos" or (root and self._passive_kind(root) is not None)):
            return None
        passive = "di" + word
        if self._zipf(passive) < PASSIVE_ZIPF:
            return None
        return passive, "pasif"

    def _action_noun(self, text: str, tokens: Sequence[Token], index: int
                     ) -> tuple[str, str] | None:
        """*melakukan pemantau pusat keramaian*: the doer (*peN-*) where the process
        (*peN-…-an*) is meant, after a verb that takes an action."""
        token = tokens[index]
        word = token.text
        noun = word + "an"
        verb = "me" + word[2:]               # pemantau -> memantau, penyuluh -> menyuluh
        if text[tokens[index - 1].end:token.start] != " " or len(word) < 6 or \
                not self._is_word(word) or not self._is_word(noun) or \
                self._zipf(noun) <= self._zipf(word) or \
                not any(self._is_word(form) for form in (verb, verb + "kan", verb + "i")):
            return None
        return noun, "benda-proses"

    def _best_active(self, word: str) -> str | None:
        """The meN- form of ``word`` that is a word, the most frequent first."""
        known = [form for form in active_forms(word)
                 if self._is_word(form) or self._zipf(form) >= PASSIVE_ZIPF]
        return max(known, key=self._zipf) if known else None

    def suggestions(self, slip: Slip) -> tuple[str, ...]:
        """The words meant, best first, as written in lower case: for a bare verb the
        passive, then the meN- form when it is a word (*menggelar*, *memasang*); for
        *salah* left short, *salah satu*, then *salah seorang* (KBBI: of persons)."""
        if slip.reason == "frasa-tetap" and slip.written.lower() == "salah":
            return (slip.meant, "salah seorang")     # KBBI: seorang for a person
        if slip.reason != "pasif":
            return (slip.meant,)
        active = self._best_active(slip.written)
        return (slip.meant, active) if active else (slip.meant,)

    def _saying_noun(self, text: str, token: Token) -> tuple[str, str] | None:
        """*…,” ucapan Camat*: the noun of a verb of saying where the verb stands."""
        if _AFTER_QUOTE.search(text, max(0, token.start - LOOK_BACK), token.start):
            return self._saying_nouns[token.text], "kata-kerja-kutipan"
        return None

    def _addressee(self, text: str, tokens: Sequence[Token], index: int
                   ) -> tuple[str, str] | None:
        """*Kepada BPBD Sukamaju Rudi Hartono di Cibeureum … mengatakan*: the head of
        the office speaks. Not when the addressee is set off by a comma before another
        subject (*Kepada Polres Sukamaju, Bupati menyampaikan terima kasih*)."""
        token = tokens[index]
        if token.text != "Kepada" or index + 1 >= len(tokens) or \
                not self._is_office(tokens[index + 1].text) or \
                not _SENTENCE_START.search(text, max(0, token.start - LOOK_BACK), token.start):
            return None
        last = index + 1                     # the office and the names after it
        while last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper() and \
                text[tokens[last].end:tokens[last + 1].start] == " ":
            last += 1
        end = _SENTENCE_END.search(text, token.end)
        verb = _SAYING_IN_SENTENCE.search(text, tokens[last].end,
                                          end.start() if end else len(text))
        if verb is None:
            return None
        between = text[tokens[last].end:verb.start()]
        if any(match.group(1) not in DAYS and not match.group(0).startswith("di ")
               for match in _OTHER_SUBJECT.finditer(between)):
            return None                      # another subject speaks
        return "Kepala", "kepala"

    def _admin_word(self, text: str, tokens: Sequence[Token], index: int
                    ) -> tuple[str, str] | None:
        """*Keluaran Sukamaju Kecamatan Cibeureum*: an administrative word is meant."""
        word = tokens[index].text
        if len(word) < 6 or word in ADMIN_WORDS or index + 1 >= len(tokens):
            return None
        meant = next((admin for admin in ADMIN_WORDS if abs(len(admin) - len(word)) <= 2
                      and admin[:3] == word[:3] and distance(admin, word) <= ADMIN_EDITS),
                     None)
        following = tokens[index + 1]
        if meant is None or text[tokens[index].end:following.start] != PLACE_GAP or \
                not following.text[:1].isupper() or not self._is_place(following.text) or \
                self._is_place(word) or self._zipf(meant) <= self._zipf(word):
            return None
        ahead = tokens[index + 2:index + 2 + ADMIN_LOOKAHEAD]
        if not any(token.text in ADMIN_WORDS and token.text != meant for token in ahead):
            return None
        return meant, "wilayah"


    def _unit_word(self, text: str, tokens: Sequence[Token], index: int
                   ) -> tuple[str, str] | None:
        """*Samapta Poles Lombok Barat*: a rare dictionary word one keystroke from a unit
        named after its region (KBBI: *poles* 'gosok'), right before a Kemendagri place
        name, where the unit stands (EYD V, I.E: a unit's name is written whole)."""
        word = tokens[index].text
        if index + 1 >= len(tokens):
            return None
        following = tokens[index + 1]
        lowered = word.lower()
        if text[tokens[index].end:following.start] != PLACE_GAP or \
                not is_capitalized(following.text) or not self._is_place(following.text) or \
                not self._is_word(lowered) or self._is_place(word) or \
                not 0.0 < self._zipf(lowered) < UNIT_RARE_ZIPF:
            return None
        return self._unit_slips[word], "satuan"


PASSIVE_MESSAGE = ("“{written}” setelah “yang” dan sebelum pelakunya adalah verba tanpa awalan; "
                   "ragam baku menulis “{meant}” (pasif) atau bentuk meN- (aktif) (KBBI; "
                   "EYD V, II.A Kata Berimbuhan).")


EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "konjungsi": (
        ("Kepala Dinas Pemuda da Olahraga membuka turnamen voli antarkampung.",
         "Petugas Satpol PP dab Dishub menertibkan parkir liar."),
        ("Kepala Dinas Pemuda dan Olahraga membuka turnamen voli antarkampung.",
         "Murid sekolah itu mempelajari lukisan Leonardo da Vinci.",
         "Tamu dari Brasil bernama Joao da Silva berkunjung ke desa."),
    ),
    "satuan": (
        ("Patroli Satsamapta Poles Sukamaju menyisir pasar malam.",),
        ("Patroli Satsamapta Polres Sukamaju menyisir pasar malam.",
         "Pengrajin memoles kayu jati di bengkel desa."),
    ),
    "pasif": (
        ("Lomba perahu yang gelar Polres Sukamaju ramai ditonton warga.",
         "Baliho yang pasang Satlantas di perempatan itu sudah lusuh.",
         "Sepeda motor yang sita oleh petugas dibawa ke kantor."),
        ("Lomba perahu yang digelar Polres Sukamaju ramai ditonton warga.",
         "Warga yang tinggal di Desa Sukamaju ikut kerja bakti.",
         "Anggota yang hadir Kapolsek Cibeureum sendiri.",
         "Petugas yang gelar pasukan pagi ini berasal dari Polres."),
    ),
    "frasa-tetap": (
        ("Kerja bakti ini merupakan salah upaya menjaga kebersihan pasar.",
         "Sementara itu, salah tokoh pemuda Desa Sukamaju ikut membantu.",
         "Pengelolaan sampah menjadi salah program utama kelurahan tahun ini.",
         "Petugas menyikapi kejadian akhir-akhir terjadi di jalan lingkar."),
        ("Kerja bakti ini merupakan salah satu upaya menjaga kebersihan pasar.",
         "Salah seorang warga melapor ke pos ronda.",
         "Tindakan itu merupakan salah paham antara dua warga.",
         "Bantuan itu menjadi salah sasaran karena data lama.",
         "Warga yang salah parkir ditegur petugas.",
         "Pencurian motor meningkat akhir-akhir ini di kecamatan itu.",
         "Ia khawatir salah menilai keadaan."),
    ),
    "keterangan-waktu": (
        ("Beras dari gudang itu paling lama masuk minggu sepan, kata pedagang.",
         "Lomba perahu naga itu juga digelar tahun lalau di sungai yang sama.",
         "Kejadian serupa terjadi minggu lali di desa tetangga."),
        ("Beras dari gudang itu paling lama masuk minggu depan, kata pedagang.",
         "Warga memperingati Hari Ibu di balai desa.",
         "Sejak pagi tadi petugas berjaga di pos ronda.",
         "Rapat warga dijadwalkan bulan mendatang di balai desa."),
    ),
    "benda-proses": (
        ("Petugas melakukan pemantau arus kendaraan di simpang empat.",
         "Warga melaksanakan pembersih saluran air setiap Minggu.",
         "Puskesmas mengadakan pemeriksa kesehatan gratis bagi lansia."),
        ("Petugas melakukan pemantauan arus kendaraan di simpang empat.",
         "Patroli dilakukan pemantau pemilu dari lembaga independen.",
         "Warga melakukan pesan antar makanan lewat aplikasi.",
         "Tim melakukan penyuluhan hukum di balai desa."),
    ),
}
"""Right and wrong examples per kind of slip the tests run (fictional sentences)."""


ACTION_MESSAGE = ("“{written}” menamai pelaku atau alat; yang dilakukan adalah proses, "
                  "nomina peN-…-an: “{meant}” (KBBI; EYD V, II.A Kata Berimbuhan).")


TIME_MESSAGE = ("“{written}” setelah kata waktu: maksudnya “{meant}”? (KBBI: kata waktu diikuti "
                "penunjuk waktu seperti depan, lalu, ini, mendatang).")


UNIT_MESSAGE = ("“{written}” sebelum nama wilayah berbeda satu huruf dari satuan “{meant}”: "
                "maksudnya “{meant}”? (EYD V, I.E Huruf Kapital: nama satuan ditulis utuh)")
FIXED_MESSAGE = ("“{written}” di sini kehilangan kata keduanya: frasa tetapnya “{meant}” "
                 "(KBBI VI).")


def slip_message(slip: Slip, meant: str) -> str:
    """The Indonesian message of a slip: the verb rules say why; others ask."""
    if slip.reason == "frasa-tetap":
        return FIXED_MESSAGE.format(written=slip.written, meant=meant)
    if slip.reason == "keterangan-waktu":
        return TIME_MESSAGE.format(written=slip.written, meant=meant)
    if slip.reason == "pasif":
        return PASSIVE_MESSAGE.format(written=slip.written, meant=meant)
    if slip.reason == "benda-proses":
        return ACTION_MESSAGE.format(written=slip.written, meant=meant)
    if slip.reason == "satuan":
        return UNIT_MESSAGE.format(written=slip.written, meant=meant)
    return f"“{slip.written}” mungkin salah ketik; maksudnya “{meant}”?"


def in_quotation(text: str, position: int) -> bool:
    """Inside a quotation opened earlier on the same line (“…” or "…")."""
    return quotation_opening(text, position) >= 0


def quotation_opening(text: str, position: int) -> int:
    """Where the quotation still open at ``position`` opened on its line: a curly mark not
    yet closed, or else the last of an odd number of straight ones; -1 when none is open."""
    line_start = text.rfind("\n", 0, position) + 1
    line = text[line_start:position]
    curly = line.rfind("“")
    if curly > line.rfind("”"):
        return line_start + curly
    return line_start + line.rfind('"') if line.count('"') % 2 == 1 else -1


def active_forms(root: str) -> tuple[str, ...]:
    """The meN- form of a root, and where it opens with *per*, the form that keeps the
    prefix *per-* (*memperhatikan*; *memeriksa* for the root *periksa*): the caller keeps
    the one that is a word."""
    melted = men_form(root)
    return (melted, "mem" + root) if root.startswith("per") else (melted,)


def meant_case(written: str, meant: str) -> str:
    """``meant`` with the written word's capital (*Dab* → *Dan*)."""
    return meant[:1].upper() + meant[1:] if written[:1].isupper() else meant
