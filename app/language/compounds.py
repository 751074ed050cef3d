"""Compounds and bound forms written apart that EYD V writes joined, and the reverse.

EYD V (Bab II Penulisan Kata: *Gabungan Kata*, *Bentuk Terikat*) decides whether two parts are one
word, and the decision is a fact about the compound, not about the text:

- a compound felt as one word is written joined (*olahraga*, *matahari*, *dukacita*: the
  list of EYD V), and so are its affixed forms (*berolahraga*, *sukarelawan*);
- a compound that is still two words stays apart (*kerja sama*, *lalu lintas*: KBBI
  sublemmas), also with a prefix or a suffix alone (*bekerja sama*, *tindak
  lanjuti*), and is never hyphenated (*gotong-royong*);
- with a prefix and a suffix at once it is written joined (*menumbuhkembangkan*,
  *penyalahgunaan*, *ketidakstabilan*);
- a bound form is joined to the word after it (*superketat*, *Subbagian*);
- an ordinal with *ke-* and a number word is one word (*tempat kedua*; EYD V, *Angka dan
  Bilangan*), and *per* 'each' stands apart in *satu per satu* (KBBI: per).

The compounds and bound forms are data (``resources/style/gabungan-kata.tsv``, each entry
checked against KBBI), the affixed forms are built from them, and a form outside the list
needs hunspell or the frequency list as a witness. Bound forms in ``aturan-eyd.toml``
(*antar*, *pasca*, *non* …) stay there; ``bentuk-terikat-ragu`` keeps lowercase *sub*,
*pro*, *kontra*, and this module adds their title-case use in names (*Sub Bagian*).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from app.language.affixes import men_form
from app.language.eyd_context import headline_line
from app.language.finding import Finding, Severity
from app.language.lexicon import read_table, style_dir
from app.language.nonstandard_forms import opens_sentence
from app.language.spans import Spans
from app.language.tokens import Token, is_all_caps, is_capitalized

logger = logging.getLogger(__name__)

DATA_FILE = "gabungan-kata.tsv"
RULE_JOINED = "gabungan-kata-serangkai"
RULE_APART = "gabungan-kata-terpisah"
RULE_AFFIXED = "gabungan-kata-berimbuhan"
RULE_BOUND = "bentuk-terikat-lain"
RULE_ORDINAL = "ke-bilangan-kata"
RULE_PER = "satu-per-satu"

DESCRIPTIONS = {
    RULE_JOINED: "Gabungan kata yang sudah padu ditulis serangkai (olah raga → olahraga)",
    RULE_APART: "Gabungan kata ditulis terpisah, juga bila hanya berawalan atau berakhiran "
                "(kerjasama → kerja sama, bekerjasama → bekerja sama)",
    RULE_AFFIXED: "Gabungan kata berawalan dan berakhiran sekaligus ditulis serangkai "
                  "(menumbuh kembangkan → menumbuhkembangkan)",
    RULE_BOUND: "Bentuk terikat ditulis serangkai dengan kata berikutnya "
                "(super ketat → superketat, Sub Bagian → Subbagian)",
    RULE_ORDINAL: "Bilangan tingkat ke- dengan huruf ditulis serangkai (ke dua → kedua)",
    RULE_PER: "Per ‘demi’ ditulis terpisah (satu persatu → satu per satu)",
}
SOURCES = {
    RULE_JOINED: "EYD V, Bab II Penulisan Kata: Gabungan Kata (yang sudah padu ditulis "
                 "serangkai: olahraga, matahari, dukacita); KBBI VI daring",
    RULE_APART: "EYD V, Bab II Penulisan Kata: Gabungan Kata (ditulis terpisah, juga bila "
                "hanya berawalan atau berakhiran: bertanggung jawab, garis bawahi); sublema "
                "KBBI VI daring (kerja sama, lalu lintas)",
    RULE_AFFIXED: "EYD V, Bab II Penulisan Kata: Gabungan Kata (berawalan dan berakhiran "
                  "sekaligus ditulis serangkai: dilipatgandakan, menggarisbawahi, "
                  "pertanggungjawaban)",
    RULE_BOUND: "EYD V, Bab II Penulisan Kata: Bentuk Terikat (superketat, subbagian, "
                "nirlaba, pramusaji; juga di dalam nama)",
    RULE_ORDINAL: "EYD V, Bab II Penulisan Kata: Angka dan Bilangan (bilangan tingkat: "
                  "kedua, ketiga; ke-2 dengan angka)",
    RULE_PER: "KBBI VI daring: per p ‘demi’ (satu per satu); EYD V, Bab II Penulisan Kata: "
              "Kata Depan",
}
SOFT_RULES = frozenset({RULE_AFFIXED, RULE_BOUND})
"""Rules that always report as ``saran``; the others say per entry or per reading."""

EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_JOINED: (("Warga Desa Sukamaju rutin berolah raga setiap Minggu pagi.",
                   "Peserta berangkat saat mata hari terbit.",
                   "Kapolsek menyampaikan duka cita kepada keluarga nelayan itu.",
                   "Panitia membagikan kaca mata baca kepada lansia.",
                   "Wisatawan manca negara memadati pantai."),
                  ("Warga Desa Sukamaju rutin berolahraga setiap Minggu pagi.",
                   "Lomba lari digelar di Lapangan Mata Hari Indah.",
                   "Rapat pada hal ini belum selesai.")),
    RULE_APART: (("Polsek Sukamaju menjalin kerjasama dengan sekolah.",
                  "Kerjasama itu diteken pagi tadi.",
                  "Pengendara diimbau tertib berlalulintas di jalan desa.",
                  "Warga bergotong-royong membersihkan saluran air.",
                  "Salahsatu warga melapor ke pos jaga.",
                  "Tindaklanjuti laporan warga secepatnya, pinta camat."),
                 ("Polsek Sukamaju menjalin kerja sama dengan sekolah.",
                  "Camat meminta dinas menindaklanjuti laporan itu.",
                  "Perjanjian itu dikerjasamakan dengan koperasi.",
                  "Warga bergotong royong membersihkan saluran air.")),
    RULE_AFFIXED: (("Sekolah itu menumbuh kembangkan minat baca siswa.",
                    "Petugas mencegah penyalah gunaan narkoba di kalangan pelajar.",
                    "Surat itu ditanda tangani kepala desa.",
                    "Hujan deras menimbulkan ketidak nyamanan pengendara."),
                   ("Sekolah itu menumbuhkembangkan minat baca siswa.",
                    "Petugas mencegah penyalahgunaan narkoba di kalangan pelajar.",
                    "Surat itu ditandatangani kepala desa.",
                    "Warga ikut serta dalam lomba.")),
    RULE_BOUND: (("Pengamanan super ketat diberlakukan di gerbang stadion.",
                  "Kepala Sub Bagian Umum membuka acara.",
                  "Yayasan nir laba itu membantu korban banjir.",
                  "Koperasi melatih pramu saji dari desa wisata."),
                 ("Pengamanan superketat diberlakukan di gerbang stadion.",
                  "Kepala Subbagian Umum membuka acara.",
                  "Briptu Eka Saputra menerima laporan warga.",
                  "Tuhan Yang Maha Esa memberkati kita semua.",
                  "Kita berdoa kepada Tuhan Yang Maha Pengasih.",
                  "Pengamanan ekstra ketat diberlakukan di gerbang stadion.")),
    RULE_ORDINAL: (("Regu Sukamaju meraih tempat ke dua dalam lomba itu.",
                    "Rapat membahas perubahan ke dua peraturan desa.",
                    "Ini adalah kunjungan ke tiga kalinya ke desa itu.",
                    "Juara ke empat diraih regu Polsek Sukamaju.",
                    "Regu Sukamaju finis di urutan ke-tiga."),
                   ("Bantuan dikirim ke dua desa yang terdampak banjir.",
                    "Regu Sukamaju meraih tempat kedua dalam lomba itu.",
                    "Petugas membagi warga ke dua kelompok.",
                    "Peringkatnya naik dari tiga ke dua.")),
    RULE_PER: (("Petugas memeriksa satu persatu kendaraan yang lewat.",
                "Nama peserta dipanggil satu-persatu oleh panitia."),
               ("Petugas memeriksa satu per satu kendaraan yang lewat.",
                "Warga menjaga persatuan desa.")),
}
"""Wrong and right sentences for each rule (fictional); the tests run them."""

PREFIXES_JOINED = ("", "ber", "be", "ke", "se")
"""Prefixes of a joined compound's affixed forms (*berolahraga*, *keolahragaan*)."""
SUFFIXES_JOINED = ("", "nya", "an", "wan", "kan", "i", "annya")
"""Suffixes of a joined compound's affixed forms (*olahragawan*, *sukarelawan*)."""
PREFIXES_APART = ("", "ber", "be", "ter")
"""A prefix alone keeps the compound apart (*bekerja sama*, *berlalu lintas*); so does
*peN-* (*penanggung jawab*, *penanda tangan*)."""
SUFFIXES_APART = ("", "nya", "kan", "i", "lah", "ku", "mu")
"""A suffix alone keeps it apart (*tindak lanjuti*, *kerja samanya*)."""
CONFIX_VERB_SUFFIXES = ("kan", "i", "kannya", "inya")
"""With *meN-*, *di-*, *ter-*, *memper-*, *diper-*: *menindaklanjuti*, *ditandatangani*."""
CONFIX_NOUN_SUFFIXES = ("an", "annya")
"""With *peN-*, *per-*, *ke-*: *penyalahgunaan*, *pertanggungjawaban*, *keikutsertaan*."""
NO_CONFIX = frozenset({"tata"})
"""*menata ruangan*, *penata ruangan*: a verb or doer of *tata* before a noun in *-an* is a
phrase; KBBI forms the nouns of *tata* compounds with *penataan* instead."""
FUNCTION_WORDS = frozenset({
    "ini", "itu", "yang", "dan", "atau", "dengan", "dari", "pada", "untuk", "juga", "pun",
    "tersebut", "saja", "lalu", "serta", "bagi", "oleh", "akan", "telah", "sudah", "tidak",
    "bukan", "adalah", "dalam", "karena", "kita", "kami", "mereka", "dia", "para", "sebuah",
    "suatu", "satu", "sekitar", "hari", "tahun", "bulan", "lain", "sampai", "hingga",
    "menuju", "langsung", "sendiri", "esa", "kepada", "di", "ke", "se", "sebagai", "agar",
    "maupun", "merupakan", "sangat", "lebih", "paling", "masih", "bisa", "dapat", "harus"})
"""Words a bound form never joins (EYD V joins it to a content word): *Maha Esa*
stays apart, and *super* or *pro* before a function word is a word of its own."""
NAME_CASE_BOUND = frozenset({"sub", "super", "maha", "pramu", "nir", "infra", "hiper",
                             "mikro", "makro"})
"""Bound forms judged in title case too (*Sub Bagian*); *Eka*, *Dwi*, *Tri*, *Adi*,
*Mega* are also given names, *Pro* opens foreign names (*Pro Liga*): lower case only."""
RAGU_LOWER = frozenset({"sub", "pro", "kontra"})
"""Lowercase uses ``aturan-eyd.toml``'s ``bentuk-terikat-ragu`` already flags."""
NUMBER_WORDS = frozenset({"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                          "sembilan", "sepuluh", "sebelas", "seratus", "seribu"})
"""Number words that make ordinals with *ke-* (KBBI: *kedua*, *kesepuluh*)."""
ORDINAL_HEADS = frozenset({
    "hari", "malam", "minggu", "pekan", "bulan", "tahun", "abad", "tahap", "tempat",
    "juara", "peringkat", "urutan", "lantai", "gelombang", "putaran", "babak", "periode",
    "perubahan", "jilid", "generasi", "sesi", "angkatan", "edisi", "seri", "ayat", "pasal",
    "kloter", "termin", "ronde", "etape", "kuartal", "triwulan", "semester", "amendemen",
    "ranking", "lapis", "ring", "sif", "hut", "milad"})
"""Nouns that rank or order and never go anywhere (*tempat kedua*, *perubahan kedua*):
after them *ke* + a number word is the ordinal. Nouns of people and of visits are not
here (*mengirim regu ke dua desa*, *kunjungan ke tiga kecamatan*): after them only the
end of the phrase tells (``ORDINAL_FOLLOWERS``)."""
ORDINAL_FOLLOWERS = frozenset({"kalinya", "kali", "yang", "ini", "itu", "tersebut", "adalah",
                               "merupakan", "setelah", "sebelum", "sebagai"})
"""Words after which *ke* + a number word cannot be *to two (places)*: the noun counted
is missing, so it is the ordinal (*kunjungan ke tiga kalinya*). Not *dan*, *atau*,
*dari*: *dikirim ke dua atau tiga desa* still counts places."""
RANGE_WORDS = frozenset({"dari", "sampai", "hingga", "antara", "naik", "turun"})
"""*dari tiga ke dua*: a range, where *ke* is the preposition."""
NUMBER_TAILS = frozenset({"belas", "puluh", "ratus", "ribu"})
_AFFIXED_STARTS = ("pe", "ber", "ter", "me", "di", "ke", "se")
"""*maha* + a derived word stays apart, capitalised (EYD V, Bentuk Terikat: *Yang Maha
Pengasih*, *Maha Pengampun*); + a root it is joined (*Mahakuasa*)."""
_CONFIX_ENDINGS = ("kan", "i", "an")
_SUFFIXED = ("kan", "i", "an", "nya")
"""A first half never carries the suffix (*melakukan patroli* is two words)."""
_CONFIX_STARTS = ("me", "di", "ter", "pe", "ke")
"""Cheap tests that let a pair reach the generic confix check (``_generic_confix``)."""
PUNCTUATION_AFTER = ".,;:!?)”\"’"
ORDINAL_REACH = 3
"""How many words before *ke* a range word may stand."""


@dataclass
class CompoundData:
    """The entries of ``gabungan-kata.tsv``."""

    joined: dict[tuple[str, str], Severity] = field(default_factory=dict)
    """(first, second) of a compound written joined -> severity when written apart."""
    apart: list[tuple[str, str]] = field(default_factory=list)
    """(first, second) of a compound KBBI writes apart."""
    bound: dict[str, bool] = field(default_factory=dict)
    """Bound form -> whether its joined form needs a witness."""

    @classmethod
    def load(cls, folder: Path | None = None) -> CompoundData:
        path = (folder or style_dir()) / DATA_FILE
        data = cls()
        if not path.exists():
            logger.warning("%s tidak ada; aturan gabungan kata tidak dijalankan", path)
            return data
        for kind, entry, level in read_table(path, columns=3):
            parts = tuple(entry.lower().split())
            if kind == "terikat" and len(parts) == 1:
                data.bound[parts[0]] = level != "selalu"
            elif len(parts) != 2:
                logger.warning("%s: entri “%s” bukan dua unsur; dilewati", path, entry)
            elif kind == "serangkai":
                data.joined[(parts[0], parts[1])] = "saran" if level == "saran" \
                    else "kesalahan"
            elif kind == "terpisah":
                data.apart.append((parts[0], parts[1]))
        return data


SPLIT_PREFIX_RULE = "awalan-terpisah"
"""The style rule that joins *di* to the next word alone (*di tanda* → *ditanda*)."""


def _drop_part_fixes(earlier: list[Finding], found: Sequence[Finding]) -> None:
    """*di tanda tangani*: the split-prefix rule joins *di* to the first half only
    (*ditanda*); the affixed compound's finding (*ditandatangani*) covers it and is the
    fix, so the narrower finding inside it goes."""
    wide = [(f.start, f.end) for f in found if f.rule == RULE_AFFIXED]
    if wide:
        earlier[:] = [f for f in earlier if not (
            f.rule == SPLIT_PREFIX_RULE and any(start <= f.start and f.end <= end
                                                 and (start, end) != (f.start, f.end)
                                                 for start, end in wide))]


def _pe_form(root: str) -> str:
    """peN- + root, from meN- (*menyalah* → *penyalah*, *memberi* → *pemberi*)."""
    return "pe" + men_form(root)[2:]


def _confix_heads(root: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The first halves a compound's root takes with a prefix and a suffix at once, each
    with the suffixes that prefix pairs with."""
    for head in (men_form(root), "di" + root, "ter" + root, "memper" + root, "diper" + root):
        yield head, CONFIX_VERB_SUFFIXES
    for head in (_pe_form(root), "ke" + root, "per" + root):
        yield head, CONFIX_NOUN_SUFFIXES


def _case_like(template: Sequence[str], joined: str) -> str:
    """``joined`` in the case its written parts show: capitals, a capital first, or lower."""
    if all(is_all_caps(part) for part in template):
        return joined.upper()
    if template[0][:1].isupper():
        return joined[:1].upper() + joined[1:]
    return joined


def _gap_is_space(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    return bool(gap) and gap.strip(" \t") == "" and len(gap) <= 3


class Compounds:
    """Finds the six classes in a text; built once per checker."""

    def __init__(self, data: CompoundData, is_word: Callable[[str], bool],
                 zipf: Callable[[str], float]) -> None:
        self._is_word = is_word
        self._zipf = zipf
        self._bound = data.bound
        self._joined_by_second: dict[str, list[tuple[str, str, bool, Severity]]] = {}
        """A written second half -> (first half as written, joined form, whether it is an
        affixed form, severity)."""
        for (first, second), severity in data.joined.items():
            for prefix in PREFIXES_JOINED:
                for suffix in SUFFIXES_JOINED:
                    self._joined_by_second.setdefault(second + suffix, []).append(
                        (prefix + first, prefix + first + second + suffix,
                         bool(prefix or suffix), severity))
        self._apart_forms: dict[str, tuple[str, str]] = {}
        """A joined or hyphenated written form (lower case) -> its two halves apart."""
        self._confix: dict[str, list[tuple[str, str]]] = {}
        """A written second half with its suffix -> (first half with prefix, joined form)."""
        for first, second in data.apart:
            heads = [prefix + first for prefix in PREFIXES_APART] + [_pe_form(first)]
            for head in heads:
                for suffix in SUFFIXES_APART:
                    if head != first and suffix:
                        continue             # both at once: written joined (EYD V)
                    tail = second + suffix
                    self._apart_forms.setdefault(head + tail, (head, tail))
                    self._apart_forms.setdefault(f"{head}-{tail}", (head, tail))
            if first in NO_CONFIX:
                continue
            for head, suffixes in _confix_heads(first):
                for suffix in suffixes:
                    self._confix.setdefault(second + suffix, []).append(
                        (head, head + second + suffix))
        self._first_triggers = frozenset(self._bound) | {"ketidak", "ke", "di"}
        """First words that may open a finding of their own (a bound form, *ketidak*, *ke*
        before a number word, *di* before a split compound)."""
        self._second_triggers = frozenset(self._joined_by_second) | frozenset(self._confix)
        """Second words that may close one (a compound's second half, with its suffix)."""

    # -- the one entry point ---------------------------------------------------------------

    def find(self, text: str, tokens: list[Token], earlier: Sequence[Finding]
             ) -> list[Finding]:
        """Findings of the six rules where no earlier finding covers the words. One pass
        of set look-ups over the words; the rules run only where a look-up hits."""
        found: list[Finding] = []
        lows = [token.text.lower() for token in tokens]
        firsts, seconds, confix = self._first_triggers, self._second_triggers, self._confix
        alone = {i for i, w in enumerate(lows) if w in self._apart_forms or "-" in w}
        unique = set(lows)                   # each written form tested once
        per_again = {"per" + word for word in unique}
        ends = {word for word in unique if word.endswith(_CONFIX_ENDINGS)}
        starts = {word for word in unique if word.startswith(_CONFIX_STARTS)
                  and not word.endswith(_SUFFIXED)}
        pairs = {i for i, (w, n) in enumerate(pairwise(lows))
                 if w in firsts or n in seconds or n in per_again or (n in ends and w in starts)}
        last = len(tokens) - 1
        for index in sorted(alone | pairs):
            lower = lows[index]
            if index in alone:
                if lower in self._apart_forms or lower.startswith("ketidak-"):
                    found += self._joined_apart_compound(text, tokens, index)
                if "-per" in lower:
                    found += self._per_hyphenated(tokens[index], lower)
                if lower.startswith("ke-") and lower[3:] in NUMBER_WORDS:
                    found.append(self._hyphenated_ordinal(tokens[index]))
            if index not in pairs or index == last:
                continue
            second = lows[index + 1]
            if lower == "ke" and second not in NUMBER_WORDS:
                continue
            if lower == "di" and (index + 1 == last or lows[index + 2] not in confix):
                continue
            token, after = tokens[index], tokens[index + 1]
            if not _gap_is_space(text, token, after):
                continue
            if second in self._joined_by_second:
                found += self._split_joined(text, token, after)
            if lower in self._bound:
                found += self._split_bound(text, token, after)
            if lower == "ke":
                found += self._ordinal(text, tokens, index)
                continue
            if second.startswith("per") and second[3:] == lower and lower.isalpha():
                found.append(self._per(token, after, token.text, after.text[3:]))
            found += self._split_confix(text, tokens, index)
        if not found:
            return found
        if isinstance(earlier, list):
            _drop_part_fixes(earlier, found)
        taken = Spans((f.start, f.end) for f in earlier)
        kept: list[Finding] = []
        for finding in found:                # the first of two overlapping ones stays
            if not taken.overlaps(finding.start, finding.end) and not any(
                    k.start < finding.end and finding.start < k.end for k in kept):
                kept.append(finding)
        return kept

    @staticmethod
    def _per_hyphenated(token: Token, lower: str) -> Iterator[Finding]:
        """*satu-persatu*, *satu-per-satu* as one hyphenated word."""
        at = lower.index("-per")
        again = token.text[at + 4:].lstrip("-")
        if again.lower() == lower[:at] and again.isalpha():
            right = f"{token.text[:at]} per {again}"
            yield Finding(token.start, token.end, token.text, "style", RULE_PER,
                          f"Per ‘demi’ ditulis terpisah: “{right}” (KBBI: per).", (right,))

    # -- a compound felt as one word, written apart ------------------------------------------

    def _split_joined(self, text: str, token: Token, after: Token) -> Iterator[Finding]:
        first, second = token.text, after.text
        if not _plain_pair(text, token, after):
            return
        for head, joined, derived, severity in self._joined_by_second[second.lower()]:
            if first.lower() != head or (derived and not self._attested(joined)):
                continue                     # an affixed form needs a witness
            if severity == "saran" and _determiner_after(text, after):
                continue                     # barang kali ini: goods, this time
            right = _case_like((first, second), joined)
            yield Finding(token.start, after.end, text[token.start:after.end], "style",
                          RULE_JOINED,
                          f"Gabungan kata yang sudah padu ditulis serangkai: “{right}” "
                          f"(EYD V: Gabungan Kata).", (right,), severity=severity)
            return

    def _attested(self, form: str) -> bool:
        """hunspell or the lexicon knows the form, or running text uses it."""
        return self._is_word(form) or self._zipf(form) > 0.0

    # -- a compound that stays two words, written joined ------------------------------------

    def _joined_apart_compound(self, text: str, tokens: list[Token], index: int
                               ) -> Iterator[Finding]:
        token = tokens[index]
        word = token.text
        lower = word.lower()
        if lower.startswith("ketidak-"):
            rest = lower[len("ketidak-"):]
            if rest.endswith("an") and self._is_word("ketidak" + rest):
                yield _affixed(text, token.start, token.end,
                               _case_like((word,), "ketidak" + rest))
            return
        if not (word.islower() or is_capitalized(word) or is_all_caps(word)
                or _title_hyphenated(word)):
            return
        head, tail = self._apart_forms[lower]
        if is_all_caps(word):
            rights = [f"{head} {tail}".upper()]
        elif word[:1].isupper():
            named = _in_name(text, tokens, index) or _title_hyphenated(word)
            sentence = f"{head.capitalize()} {tail}"
            title = f"{head.capitalize()} {tail.capitalize()}"
            rights = [title, sentence] if named else [sentence, title]
        else:
            rights = [f"{head} {tail}"]
        yield Finding(token.start, token.end, word, "style", RULE_APART,
                      f"Gabungan kata ditulis terpisah: “{rights[0]}” "
                      f"(EYD V: Gabungan Kata; KBBI).",
                      tuple(rights))

    # -- a prefix and a suffix at once, written apart ---------------------------------------

    def _split_confix(self, text: str, tokens: list[Token], index: int
                      ) -> Iterator[Finding]:
        token, after = tokens[index], tokens[index + 1]
        first, second = token.text, after.text
        lower, tail = first.lower(), second.lower()
        if lower == "di":
            if index + 2 < len(tokens):
                yield from self._split_passive_confix(text, tokens, index)
            return
        joined = None
        if lower == "ketidak" and tail.endswith("an") and len(tail) > 4:
            joined = "ketidak" + tail
        elif tail in self._confix:
            joined = next((form for head, form in self._confix[tail] if head == lower), None)
        if joined is None and self._generic_confix(lower, tail):
            joined = lower + tail
        if joined is None or not _plain_pair(text, token, after):
            return
        yield _affixed(text, token.start, after.end, _case_like((first, second), joined))

    def _split_passive_confix(self, text: str, tokens: list[Token], index: int
                              ) -> Iterator[Finding]:
        """*di tanda tangani*: *di* apart as well as the two halves."""
        middle, last = tokens[index + 1], tokens[index + 2]
        if not _gap_is_space(text, middle, last) or not middle.text.islower() \
                or not last.text.islower():
            return
        candidates = self._confix.get(last.text)
        joined = next((form for head, form in candidates or ()
                       if head == "di" + middle.text), None)
        if joined is None:
            return
        first = tokens[index]
        yield _affixed(text, first.start, last.end, _case_like((first.text,), joined))

    def _generic_confix(self, first: str, second: str) -> bool:
        """A compound not in the list: the first half carries a prefix, the second a
        suffix, and hunspell knows the two joined (*penyalah gunaan*, *kegotong
        royongan*)."""
        if len(first) < 5 or len(second) < 4 or not first.isalpha() or not second.isalpha() \
                or first.endswith(_SUFFIXED):
            return False
        verb = first.startswith(("me", "di", "ter")) and second.endswith(("kan", "i"))
        noun = first.startswith(("pe", "ke")) and second.endswith("an")
        if not (verb or noun):
            return False
        if second in ("kan", "nya") or (first.startswith(("di", "ke")) and len(first) < 6):
            return False
        return self._is_word(first + second)

    # -- a bound form apart ------------------------------------------------------------------

    def _split_bound(self, text: str, token: Token, after: Token) -> Iterator[Finding]:
        bound, word = token.text, after.text
        key, rest = bound.lower(), word.lower()
        if rest in FUNCTION_WORDS or len(rest) < 3 or not rest.isalpha():
            return
        lower_pair = word.islower() and (bound.islower() or (
            is_capitalized(bound) and opens_sentence(text, token.start)))
        title_pair = is_capitalized(bound) and is_capitalized(word) and key in NAME_CASE_BOUND
        if not (lower_pair or title_pair) or (lower_pair and key in RAGU_LOWER):
            return
        if key == "maha" and rest.startswith(_AFFIXED_STARTS):
            return                           # Yang Maha Pengasih: maha + a derived word
        joined = key + rest
        needs_witness = self._bound[key] or title_pair
        if needs_witness and not self._attested(joined):
            return
        if not needs_witness and not self._is_word(rest):
            return
        right = bound[:1] + joined[1:] if bound[:1].isupper() else joined
        yield Finding(token.start, after.end, text[token.start:after.end], "style", RULE_BOUND,
                      f"Bentuk terikat ditulis serangkai dengan kata berikutnya: “{right}” "
                      f"(EYD V: Bentuk Terikat).", (right,), severity="saran")

    # -- ke + a number word as an ordinal ----------------------------------------------------

    def _ordinal(self, text: str, tokens: list[Token], index: int) -> Iterator[Finding]:
        ke, number = tokens[index], tokens[index + 1]
        if not (ke.text in ("ke", "Ke", "KE") and (number.text.islower()
                                                    or number.text[1:].islower())):
            return
        before = tokens[index - 1].text.lower() if index > 0 and \
            _gap_is_space(text, tokens[index - 1], ke) else ""
        last_index = index + 1
        if index + 2 < len(tokens) and tokens[index + 2].text.lower() in NUMBER_TAILS and \
                _gap_is_space(text, number, tokens[index + 2]):
            last_index = index + 2               # ke dua belas
        last = tokens[last_index]
        following = text[last.end:last.end + 1]
        next_word = tokens[last_index + 1].text.lower() if last_index + 1 < len(tokens) and \
            _gap_is_space(text, last, tokens[last_index + 1]) else ""
        reach = [t.text.lower() for t in tokens[max(0, index - ORDINAL_REACH):index]]
        if any(word in RANGE_WORDS for word in reach):
            return                           # dari tiga ke dua: a range
        at_end = following in ("", "\n") or following in PUNCTUATION_AFTER
        head = before in ORDINAL_HEADS
        if not (head or at_end or next_word in ORDINAL_FOLLOWERS):
            return
        ordinal = "ke" + text[number.start:last.end].lower()
        right = _case_like((ke.text,), ordinal)
        severity: Severity = "kesalahan" if head else "saran"
        yield Finding(ke.start, last.end, text[ke.start:last.end], "style", RULE_ORDINAL,
                      f"Bilangan tingkat ditulis serangkai: “{right}” (EYD V: Angka dan Bilangan).",
                      (right,), severity=severity)

    @staticmethod
    def _hyphenated_ordinal(token: Token) -> Finding:
        """*ke-dua*: the hyphen joins *ke-* to digits only (*ke-2*); to a number word the
        ordinal is written joined."""
        right = _case_like((token.text,), token.text.replace("-", "", 1).lower())
        return Finding(token.start, token.end, token.text, "style", RULE_ORDINAL,
                       f"Bilangan tingkat ditulis serangkai: “{right}” "
                       f"(EYD V: Angka dan Bilangan).", (right,))

    # -- per 'demi' --------------------------------------------------------------------------

    @staticmethod
    def _per(token: Token, after: Token, word: str, again: str) -> Finding:
        right = f"{word} per {again}"
        return Finding(token.start, after.end, f"{word} {after.text}", "style", RULE_PER,
                       f"Per ‘demi’ ditulis terpisah: “{right}” (KBBI: per).", (right,))


def _affixed(text: str, start: int, end: int, right: str) -> Finding:
    """A ``gabungan-kata-berimbuhan`` finding: ``text[start:end]`` written as ``right``."""
    return Finding(start, end, text[start:end], "style", RULE_AFFIXED,
                   f"Gabungan kata berawalan dan berakhiran ditulis serangkai: “{right}” "
                   f"(EYD V: Gabungan Kata).", (right,), severity="saran")


def _plain_pair(text: str, left: Token, right: Token) -> bool:
    """Two words written as running text: both lower case, the first capitalised (a
    sentence's start), or both capitalised or in capitals within a headline. Two title-case
    words in a sentence are a name (*Lapangan Mata Hari*) and left alone."""
    first, second = left.text, right.text
    if not first.isalpha() or not second.isalpha():
        return False
    if second.islower():
        return first.islower() or is_capitalized(first)
    if (is_capitalized(first) and is_capitalized(second)) or \
            (is_all_caps(first) and is_all_caps(second)):
        return headline_line(text, left.start)
    return False


def _determiner_after(text: str, token: Token) -> bool:
    """The word after ``token`` is *ini*, *itu*, *tersebut* or *yang*: the pair is a noun
    phrase of its own (*barang kali ini*)."""
    words = text[token.end:token.end + 16].lower().split()
    return bool(words) and words[0].rstrip(",.;:") in ("ini", "itu", "tersebut", "yang")


def _title_hyphenated(word: str) -> bool:
    """*Gotong-Royong*: each half in title case."""
    parts = word.split("-")
    return len(parts) == 2 and all(is_capitalized(part) for part in parts)


def _in_name(text: str, tokens: list[Token], index: int) -> bool:
    """A capitalised word beside another capitalised word, or in a headline: part of a
    name or title, whose words all keep their capitals (*Direktorat Lalu Lintas*)."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(tokens):
            left, right = sorted((tokens[index], tokens[other]))
            if _gap_is_space(text, left, right) and is_capitalized(tokens[other].text):
                return True
    return headline_line(text, tokens[index].start)
