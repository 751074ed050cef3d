"""Active verbs written bare in running text (*Polsek terus lakukan patroli*).

Headlines drop the prefix (*Polsek Terus Lakukan Patroli*); copied into the body, the habit
gives *petugas terus lakukan patroli*. In a sentence the
predicate of a subject who acts is the active verb with *meN-* (KBBI: *melakukan*,
*melaporkan*; TBBBI: the prefixless form serves the imperative and the passive whose doer
is *saya*, *kami*, *kita*, *Anda*). A copy editor restores *meN-*.

Only the forms with *-kan* or *-i* (*lakukan*, *hadiri*), whose root takes *di-*/*meN-* in
the affix data, whose passive (*dihadiri*) and active (*menghadiri*) are common words and
more common than the bare form (*mulai*, *pakai* are words of their own); never in a
headline line or in quoted speech (speech keeps its register: *“Kami sudah amankan …”*),
and only where the reading is certain: after an adverb that continues a subject's
predicate (*terus*, *berhasil*, *gencar*), not at a sentence's start (*Terus lakukan!* is a
command) and not after a first or second person in the sentence (*kami terus tingkatkan*:
their passive is bare).

Session 13 retired the second place, a bare verb after *dan*/*serta* joined to a prefixed
verb a few words before (*memantau … dan laporkan*): readers marked none of its firings
(tuning 0 marked, 1 uncertain; full text of 250 releases 0 of 2: *wadah inventarisir dan
rumuskan*, *meminta supaya warga hadir dan berikan*, where the nearest prefixed verb is
not the one the bare verb joins).

The words of aspect and modality (*sudah*, *akan*, *untuk*) are ``realword``'s. A bare verb
right after its subject (*Kapolres hadiri rapat*, *Ia sampaikan*) is left alone: readers of
the tuning releases marked it only as uncertain (7 of 7) and left it unmarked twice, so the
register is theirs to judge. A ``saran``: the bare form can be a command the sentence hides.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping

from app.language.finding import Finding
from app.language.nonstandard_forms import opens_sentence
from app.language.realword import active_forms, in_quotation
from app.language.spans import Spans
from app.language.tokens import Token

logger = logging.getLogger(__name__)

RULE = "verba-aktif-tanpa-awalan"
DESCRIPTIONS = {RULE: "Verba aktif dalam kalimat berita ditulis dengan awalan meN- "
                      "(terus lakukan → terus melakukan)"}
SOURCES = {RULE: "KBBI VI daring (verba me-…-kan, me-…-i: melakukan, menghadiri); Tata Bahasa "
                 "Baku Bahasa Indonesia ed. IV (verba transitif aktif berawalan meN-; bentuk "
                 "tanpa awalan untuk perintah dan pasif persona pertama/kedua); EYD V, II.A "
                 "Kata Berimbuhan"}
SOFT_RULES = frozenset({RULE})
COMMON_ZIPF = 3.0
"""The passive and the active form are words people write (wordfreq zipf)."""
CONTINUERS = frozenset({"terus", "berhasil", "gencar", "langsung", "turut", "kembali",
                        "juga", "lalu", "kemudian", "pun"})
"""KBBI adverbs after which a subject's predicate goes on (*terus*, *berhasil*): the verb
after them is the subject's, active."""
PERSON_PASSIVE = frozenset({"saya", "aku", "kami", "kita", "anda", "engkau", "kau", "kamu",
                            "kalian"})
"""First and second persons: their passive is bare (*kami sampaikan*)."""
SENTENCE_ENDS = ".!?"
HEADLINE_WORDS = 15
"""A line longer than this is a paragraph even without a full stop (headlines are shorter)."""

EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE: (("Personel Polsek Sukamaju terus lakukan patroli malam di pasar.",
            "Tim gabungan berhasil amankan dua sepeda motor tanpa pelat.",
            "Satlantas gencar laksanakan razia kendaraan tanpa pelat nomor."),
           ("Personel Polsek Sukamaju terus melakukan patroli malam di pasar.",
            "Polsek Terus Lakukan Patroli Malam di Pasar",
            "“Kami sudah amankan dua orang,” kata petugas jaga.",
            "Hasil rapat itu kami terus sampaikan kepada kepala desa.",
            "Terus laksanakan tugas dengan ikhlas.",
            "Camat Sukamaju Darmaji hadiri kegiatan panen raya di Desa Cibeureum.",
            "Petugas menyiapkan personel, siapkan dan tegakkan pos jaga.",
            "Warga diimbau memakai masker, cuci tangan, jaga jarak, dan patuhi aturan.",
            "Ronda malam terus mulai digelar warga.")),
}
"""Sentences the rule must flag, and sentences it must leave alone (tests run them)."""


class BareVerbs:
    """Finds bare active verbs; ``passive_roots``: the roots taking *di-*/*meN-*
    (``akar-pasif.txt``), ``zipf``: word frequencies."""

    def __init__(self, passive_roots: Mapping[str, str],
                 zipf: Callable[[str], float]) -> None:
        self._roots = passive_roots
        self._zipf = zipf
        self._actives: dict[str, str | None] = {}

    def find(self, text: str, tokens: list[Token], earlier: list[Finding]
             ) -> Iterator[Finding]:
        taken: Spans | None = None
        for index in range(1, len(tokens)):
            token = tokens[index]
            word = token.text
            if not word.endswith(("kan", "i")) or not word.islower():
                continue
            active = self.active_of(word)
            if active is None or not self._after_subject(text, tokens, index):
                continue
            if in_quotation(text, token.start) or not _in_sentence(text, token.end):
                continue
            if taken is None:
                taken = Spans((f.start, f.end) for f in earlier)
            if taken.overlaps(token.start, token.end):
                continue
            choices = (active, "di" + word)
            yield Finding(token.start, token.end, word, "style", RULE,
                          f"Verba tanpa awalan; dalam kalimat berita verba ditulis berawalan "
                          f"meN-: “{choices[0]}” (KBBI; "
                          "EYD V, II.A Kata Berimbuhan).", choices, severity="saran")

    def active_of(self, word: str) -> str | None:
        """The *meN-* form ``word`` stands for, or None when it is no bare verb."""
        if word in self._actives:
            return self._actives[word]
        found = self._active_uncached(word)
        if len(self._actives) < 4096:
            self._actives[word] = found
        return found

    def _active_uncached(self, word: str) -> str | None:
        suffix = "kan" if word.endswith("kan") else "i"
        stem = word[:-len(suffix)]
        if len(stem) < 3 or stem not in self._roots or word in self._roots or \
                word.endswith("si") or not word.isalpha():
            return None                      # fasilitasi, antisipasi: nouns of their own
        active = max(active_forms(word), key=self._zipf)  # memperhatikan beside memeriksa
        own = self._zipf(word)
        if self._zipf(active) < COMMON_ZIPF or self._zipf(active) <= own or \
                self._zipf("di" + word) < COMMON_ZIPF:
            return None                      # mulai, pakai: words more common bare
        return active

    def _after_subject(self, text: str, tokens: list[Token], index: int) -> bool:
        """Whether the word before continues a subject's predicate (module doc)."""
        before = tokens[index - 1]
        if text[before.end:tokens[index].start] != " " or \
                opens_sentence(text, before.start):
            return False                     # Terus lakukan!: a command
        key = before.text.lower()
        return key in CONTINUERS and not self._person_before(text, tokens, index - 1)

    @staticmethod
    def _person_before(text: str, tokens: list[Token], index: int) -> bool:
        """A first or second person earlier in the sentence (*kami data dan laporkan*)."""
        for other in range(index - 1, -1, -1):
            token = tokens[other]
            if any(mark in text[token.end:tokens[other + 1].start] for mark in SENTENCE_ENDS):
                return False
            if token.text.lower() in PERSON_PASSIVE:
                return True
        return False


def _in_sentence(text: str, position: int) -> bool:
    """Whether the line is body text, not a headline (which writes its verbs bare): it
    goes on to a sentence end, or is longer than a headline (a paragraph whose last full
    stop was left out)."""
    end = text.find("\n", position)
    rest = text[position:end if end >= 0 else len(text)]
    if any(mark in rest for mark in SENTENCE_ENDS):
        return True
    start = text.rfind("\n", 0, position) + 1
    return len(text[start:position].split()) + len(rest.split()) > HEADLINE_WORDS
