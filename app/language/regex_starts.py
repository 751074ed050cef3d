"""Where a regex can start a match, read from the pattern itself, and a search that only
tries those places.

The EYD rules are regexes that mostly begin with a lookbehind (``(?<![\\w-])se[ \\t]+``),
which keeps Python's own fast skipping from working: the engine then tries the whole
pattern at every character of the text, for every rule. Most rules can only start with
one of a few literal strings (*se*, *antar*, *pasca*, ``s/d``), and those are found in a
fraction of the time: all of them in one Aho–Corasick pass over the text
(:class:`LiteralIndex`), or with ``str.find`` one by one when pyahocorasick is missing.
The literals are derived from the parsed pattern, so a rule added to the data file later
gets its prefilter without anyone declaring it;
when they cannot be derived (a pattern starting with ``\\d`` or ``.``), or a text has too
many candidate places, the rule runs as a plain ``finditer``. Both ways give the same
matches: every place a match can start is tried, with ``pattern.match(text, pos)``, which
sees the text before ``pos`` as a search does.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, cast

from app.language import data_cache, regex_code

logger = logging.getLogger(__name__)

MAX_LITERALS = 64
"""A rule that can start with more literals than this is not worth prefiltering."""
MAX_JOINED = 8
"""A literal is lengthened by what follows (*p* + *asca*) only while that does not
multiply the literals much: each literal costs a scan of the text, each place a match."""
CANDIDATES_PER_CHAR = 1 / 20
"""Above this many candidate places per character, one ``finditer`` over the text is
cheaper than a ``match`` call at each place (measured: ~40 ns a character, ~1 µs a call)."""

MAX_HEADS = 32
"""A literal whose first character occurs at most this often is looked for only there."""

_FOLD_FIXES = (("ı", "i"), ("ſ", "s"))
"""Characters that ``re.IGNORECASE`` matches to an ASCII letter although ``str.lower``
leaves them alone (dotless i, long s). ``K`` (Kelvin) lowers to *k* already; ``İ`` is
replaced before lowering, since ``str.lower`` turns it into two characters."""

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_DIGITS = frozenset("0123456789")

try:                                       # one pass for every literal (pyahocorasick, C)
    import ahocorasick
except ImportError:                        # pragma: no cover - not installed: str.find
    ahocorasick = None

try:                                       # the parser of the re module (CPython 3.11+)
    _PARSER: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
    _COMPILER: Any = importlib.import_module("re._compiler")
except ImportError:                        # pragma: no cover - another Python: no prefilter
    _PARSER = _C = _COMPILER = None


@dataclass(frozen=True)
class Starts:
    """The literals every match starts with: as written (``exact``), or, for parts of the
    pattern under ``re.IGNORECASE``, in lowercase ASCII to look up in the folded text."""

    exact: tuple[str, ...]
    folded: tuple[str, ...]
    digits: bool = False
    """Some literal holds an ASCII digit, which may stand for ``\\d``, which also matches
    the digits of other scripts, so a text holding those is searched whole."""
    lead: str = ""
    """Characters of a run (at least ``lead_min`` long) the match starts with, before the
    literals: a match may then start anywhere in the run before a literal."""
    lead_min: int = 0
    needs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    """Further literals every match holds (exact, folded): a text lacking all of one
    group cannot match at all."""
    lead_max: int = 0
    """At most this many characters of the run are matched (0: no bound)."""
    lead_alone: bool = False
    """A lookbehind refuses every ``lead`` character before the match (``(?<![\\w.])``
    before ``[A-Za-z]{1,5}\\.``): a match can only start where the run starts."""
    engine_skips: bool = False
    """The pattern opens with a literal (``,[ \\t]+``, ``\\.``), which the regex engine
    itself skips to in C: a plain search is then faster than a ``match`` call at each
    place, so only ``needs`` is asked (a text lacking one is not searched at all)."""


_NONE: list[int] = []
"""The places of an indexed literal the text lacks (shared; never changed)."""

_UNDERIVED = Starts((), ())
"""Stands for starts not derived yet (``None``: no literals to look for)."""


def fold(text: str) -> str | None:
    """``text`` in lower case with the same offsets, as ``re.IGNORECASE`` compares ASCII
    letters; ``None`` when lowering would move offsets (then no folded look-up)."""
    if "İ" in text:
        text = text.replace("İ", "i")
    folded = text.lower()
    if len(folded) != len(text):
        return None
    for odd, letter in _FOLD_FIXES:
        if odd in folded:
            folded = folded.replace(odd, letter)
    return folded


def _version() -> bytes:
    return regex_code.ENGINE.encode() + b"\0" + data_cache.module_bytes(__name__)


_KEPT = data_cache.KeptTable("regex-awal", "literal-starts", _version)
"""What :func:`literal_starts` derived, by pattern, kept for the next process: deriving
the starts of the phrase tables' long alternations costs a few ms at every start."""


def literal_starts(pattern: re.Pattern[str]) -> Starts | None:
    """The literals any non-empty match of ``pattern`` begins with; ``None`` when they
    cannot be told (the caller then searches the whole text)."""
    key = f"{int(pattern.flags)}\0{pattern.pattern}"
    kept = _KEPT.get(key)
    if isinstance(kept, list) and len(kept) == 1:
        try:
            return from_plain(kept[0])
        except (ValueError, TypeError) as error:       # a damaged value: derive it again
            logger.debug("kept starts for %r unusable: %s", pattern.pattern, error)
    starts = _derive(pattern)
    _KEPT.put(key, [to_plain(starts)])
    return starts


def to_plain(starts: Starts | None) -> list[Any] | None:
    """``starts`` as plain data (lists, strings, numbers) for a cache."""
    if starts is None:
        return None
    return [list(starts.exact), list(starts.folded), starts.digits, starts.lead,
            starts.lead_min, [[list(exact), list(folded)] for exact, folded in starts.needs],
            starts.engine_skips, starts.lead_max, starts.lead_alone]


def from_plain(value: object) -> Starts | None:
    """The :class:`Starts` :func:`to_plain` made ``value`` from."""
    if value is None:
        return None
    exact, folded, digits, lead, lead_min, needs, engine_skips, lead_max, lead_alone = \
        cast(list[Any], value)
    return Starts(tuple(exact), tuple(folded), bool(digits), str(lead), int(lead_min),
                  tuple((tuple(need_exact), tuple(need_folded))
                        for need_exact, need_folded in needs), int(lead_max), bool(lead_alone),
                  bool(engine_skips))


def _derive(pattern: re.Pattern[str]) -> Starts | None:
    if _PARSER is None or pattern.flags & re.LOCALE:
        return None
    try:
        parsed = _PARSER.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None                    # an empty match moves finditer differently
        items, flags = list(parsed.data), parsed.state.flags
        starts = _lead(items, flags, parsed.state)
        if starts is None:
            found = _sequence(items, flags, parsed.state)
            if not found or len(found) > MAX_LITERALS or any(not text for text, *_ in found):
                return None
            starts = _starts_of(found)
        needs = _needs(items, flags, parsed.state, starts)
    except Exception as error:  # a change in the re parser must only cost speed
        logger.debug("no prefilter for %r: %s", pattern.pattern, error)
        return None
    digits = starts.digits or any(char in _ASCII_DIGITS for need in needs
                                  for literals in need for text in literals for char in text)
    return replace(starts, needs=needs, digits=digits,
                   engine_skips=_engine_skips(parsed, pattern.flags))


def _engine_skips(parsed: Any, flags: int) -> bool:
    """Whether the regex engine finds the pattern's literal prefix itself (its compiler's
    own test, as it builds the pattern's info block): it then skips to each place of
    that prefix in C, which no look-up of ours beats."""
    try:
        prefix, _skip, _whole = _COMPILER._get_literal_prefix(parsed, flags)
    except Exception as error:  # a change in the re compiler must only cost speed
        logger.debug("no literal prefix read: %s", error)
        return False
    return bool(prefix)


def _needs(items: list[tuple[Any, Any]], flags: int, state: Any,
           starts: Starts) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """What else every match needs somewhere in the text, item by item: ``,[ \\t]+"``
    needs a straight quote mark, which a text with only curly ones lacks."""
    needs: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    index = 0
    while index < len(items):
        op, av = items[index]
        index += 1
        found: _Literals | None = None
        if op is _C.LITERAL:
            run = _literal_run(items, index - 1)
            index += len(run) - 1
            found = _literal(run, flags)
        elif op is _C.IN:
            found = _charset(av, flags)
        elif op is _C.ASSERT and av[1].getwidth()[0] > 0:     # (?=…), (?<=…)
            found = _sequence(list(av[1].data), flags, state)
        elif op in (_C.SUBPATTERN, _C.ATOMIC_GROUP, _C.BRANCH, _C.MAX_REPEAT,
                    _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and \
                _PARSER.SubPattern(state, [(op, av)]).getwidth()[0] > 0:
            found = _item(op, av, flags, state)
        if not found or len(found) > MAX_LITERALS or any(not text for text, *_ in found):
            continue
        need = _starts_of(found)
        pair = (need.exact, need.folded)
        if pair != (starts.exact, starts.folded) and pair not in needs and \
                not all(text in " \t" for text in need.exact + need.folded):
            needs.append(pair)
    return tuple(needs)


def _lead(items: list[tuple[Any, Any]], flags: int, state: Any) -> Starts | None:
    """``[ \\t]+`` then literals: candidates are found from the literals, walking back
    over the run of spaces (a space is everywhere; a space before a comma is not). The
    run may be written in parts of one class, in a group (``([A-Z][A-Z]+)nya``,
    ``(\\d{1,2}):``): a group without flags matches what its items match."""
    items = _opening_groups_opened(items)
    index = 0
    while index < len(items) and items[index][0] in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        index += 1
    behind = items[:index]
    lead: frozenset[str] | None = None
    least = most = 0
    repeated = False
    while index < len(items):
        part = _class_run(items[index], flags)
        if part is None or (lead is not None and part[0] != lead):
            break
        lead, least = part[0], least + part[1]
        most = -1 if most < 0 or part[2] < 0 else most + part[2]
        repeated = repeated or items[index][0] not in (_C.IN, _C.LITERAL)
        index += 1
    if lead is None or least < 1 or not repeated:
        return None                        # [“”]kata: the literals themselves are better
    after = _sequence(items[index:], flags, state)
    if not after or len(after) > MAX_LITERALS or any(not text for text, *_ in after):
        return None
    starts = _starts_of(after)
    chars = "".join(sorted(lead))
    digits = starts.digits or any(char in _ASCII_DIGITS for char in chars)
    return Starts(starts.exact, starts.folded, digits, chars, least, lead_max=max(most, 0),
                  lead_alone=_refused_before(behind, chars, flags))


def _refused_before(items: list[tuple[Any, Any]], chars: str, flags: int) -> bool:
    """Whether one of the zero-width ``items`` is a lookbehind of one character that
    refuses every one of ``chars`` (``(?<![\\w.])`` refuses every letter): asked of the
    regex engine itself, with the lookbehind's own pattern."""
    for op, av in items:
        if op is not _C.ASSERT_NOT or av[0] != -1 or av[1].getwidth() != (1, 1):
            continue
        try:
            refused = _COMPILER.compile(av[1], flags)
        except Exception as error:  # a change in the re compiler must only cost speed
            logger.debug("lookbehind not compiled: %s", error)
            return False
        if all(refused.fullmatch(char) for char in chars):
            return True
    return False


def _opening_groups_opened(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """``items`` with the groups before the first literal item replaced by their items,
    where the group sets no flags (so they match alike); a group repeated at least once
    by the items of its first round (what follows is then left out: the literals after
    the run are read from that round alone, a prefix of what the match holds there)."""
    opened: list[tuple[Any, Any]] = []
    for index, (op, av) in enumerate(items):
        if op is _C.SUBPATTERN and av[1] == 0 and av[2] == 0:
            opened.extend(_opening_groups_opened(list(av[3].data)))
            continue
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1 and \
                len(av[2].data) > 1:       # (?:[A-Za-z]{1,5}\.)+: its first round, and
            return opened + _opening_groups_opened(list(av[2].data))   # no more is read
        opened.append((op, av))
        if op not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT, _C.IN, _C.MAX_REPEAT,
                      _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            return opened + items[index + 1:]
    return opened


def _class_run(item: tuple[Any, Any], flags: int) -> tuple[frozenset[str], int, int] | None:
    """The characters of a class (``[A-Z]``, ``\\d``) or of a repeat of one (``[ \\t]+``),
    the least and the most of them it matches (-1: no bound); None for anything else."""
    op, av = item
    least = most = 1
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        body = list(av[2].data)
        if len(body) != 1:
            return None
        least, most, (op, av) = av[0], -1 if av[1] >= _C.MAXREPEAT else av[1], body[0]
    if op is _C.IN:
        chars = _charset(av, flags)
    elif op is _C.LITERAL:
        chars = _charset([(op, av)], flags)
    else:
        return None
    if chars is None or any(folded for _text, folded, _whole in chars):
        return None                        # letters under IGNORECASE: not a plain set
    return frozenset(text for text, _folded, _whole in chars), least, most


def _starts_of(found: _Literals) -> Starts:
    exact = tuple(sorted({text for text, folded, _whole in found if not folded}))
    folded = tuple(sorted({text for text, is_folded, _whole in found if is_folded}))
    return Starts(exact, folded, any(char in _ASCII_DIGITS for text in exact + folded
                                     for char in text))


_Literal = tuple[str, "bool | None", bool]
"""A literal a match starts with, whether it is to be looked up in the folded text
(``None``: the empty literal, either way) and whether it is all the items matched."""
_Literals = set[_Literal]
_EMPTY: _Literals = {("", None, True)}


def _sequence(items: list[tuple[Any, Any]], flags: int, state: Any) -> _Literals | None:
    """Literals a match of the item sequence starts with, or ``None`` (unknown). A
    lookahead before the first consumed character also tells what the text holds there
    (``[ \\t]+(?=kata)``): its literals stand in when the items themselves tell nothing."""
    ahead: _Literals | None = None
    for index, (op, av) in enumerate(items):
        if op is _C.ASSERT and av[0] == 1 and ahead is None:
            ahead = _usable(_sequence(list(av[1].data), flags, state))
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue                       # zero width: the match starts after it
        if op is _C.LITERAL:
            run = _literal_run(items, index)
            return _followed(_literal(run, flags), items[index + len(run):], flags, state)
        if op is _C.IN:
            found = _charset(av, flags)
            return _followed(found, items[index + 1:], flags, state) if found else ahead
        low, high = _PARSER.SubPattern(state, [(op, av)]).getwidth()
        if high == 0:
            continue                       # a group of assertions, x{0}
        inner = _item(op, av, flags, state)
        if inner is None:
            return ahead
        rest = items[index + 1:]
        if low == 0:                       # optional: the match may start after it
            after = _sequence(rest, flags, state)
            return ahead if after is None else _partial(inner) | after
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and \
                (av[0], av[1]) != (1, 1):
            inner = _partial(inner)        # x+: the literal is its first round only
        return _followed(inner, rest, flags, state)
    return ahead if ahead is not None else set(_EMPTY)     # nothing consumed


def _usable(found: _Literals | None) -> _Literals | None:
    """Literals of a lookahead, as text that follows rather than text matched."""
    if not found or len(found) > MAX_LITERALS or any(not text for text, *_ in found):
        return None
    return _partial(found)


def _item(op: Any, av: Any, flags: int, state: Any) -> _Literals | None:
    """Literals a group, an alternation or a repeat starts with."""
    if op is _C.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence(list(sub.data), (flags | add) & ~remove, state)
    if op is _C.ATOMIC_GROUP:
        return _sequence(list(av.data), flags, state)
    if op is _C.BRANCH:
        found: _Literals = set()
        for alternative in av[1]:
            inner = _sequence(list(alternative.data), flags, state)
            if inner is None:
                return None
            found |= inner
        return found
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        return _sequence(list(av[2].data), flags, state)
    return None                            # any character, a class, a back-reference


def _partial(found: _Literals) -> _Literals:
    return {(text, folded, False) for text, folded, _whole in found}


def _followed(found: _Literals | None, rest: list[tuple[Any, Any]], flags: int,
              state: Any, following: _Literals | None = None) -> _Literals | None:
    """``found`` followed by the literals the rest of the sequence starts with, where a
    literal is all its items matched: *p* + *asca|ra* is *pasca|pra*, ``[Ss]`` + *ekali*
    is *Sekali|sekali*."""
    if found is None or not any(whole for _text, _folded, whole in found):
        return found
    if following is None:
        following = _sequence(rest, flags, state)
    if following is None:
        return _partial(found)
    joined: _Literals = set()
    for head, head_folded, whole in found:
        if not whole:
            joined.add((head, head_folded, False))
            continue
        for tail, tail_folded, tail_whole in following:
            if head_folded is None or tail_folded is None or head_folded == tail_folded:
                mode = tail_folded if head_folded is None else head_folded
                joined.add((head + tail, mode, tail_whole))
            else:
                joined.add((head, head_folded, False))   # exact and folded do not join
    if len(joined) > max(2 * len(found), MAX_JOINED):
        return _partial(found)             # ke + 40 digit pairs: more scans than places
    if len(joined) > MAX_LITERALS:
        longest = max(len(tail) for tail, _folded, _whole in following)
        if longest > 1:                    # [A-Z]\.[A-Z]: A. to Z. rather than A to Z
            shorter = {(tail[:longest - 1], folded, whole and len(tail) < longest)
                       for tail, folded, whole in following}
            return _followed(found, [], flags, state, shorter)
        return _partial(found)
    return joined


def _literal_run(items: list[tuple[Any, Any]], index: int) -> str:
    run = []
    for op, av in items[index:]:
        if op is not _C.LITERAL:
            break
        run.append(chr(av))
    return "".join(run)


def _literal(text: str, flags: int) -> _Literals | None:
    if not flags & re.IGNORECASE or not any(char.isalpha() for char in text):
        return {(text, False, True)}
    if not text.isascii():
        return None                        # non-ASCII case folding: not modelled
    return {(text.lower(), True, True)}


def _charset(items: list[tuple[Any, Any]], flags: int) -> _Literals | None:
    """A class of a few literal characters (``[.,]``, ``[“”]``, ``[A-Z]``), or ``\\d``
    read as the ASCII digits (``Starts.digits`` says when that holds)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < MAX_LITERALS:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None                    # negated, \w, \s, a wide range
    found: _Literals = set()
    for char in chars:
        literal = _literal(char, flags)
        if literal is None:
            return None
        found |= literal
    return found


class LiteralIndex:
    """Every literal of two characters or more the rules have asked for, in one
    Aho–Corasick automaton (exact literals and folded ones apart): one pass over a text
    finds every place of all of them, overlapping ones too, where a ``str.find`` per
    literal scans the whole text for each (most literals are absent from most texts).

    The literals are learnt as the rules ask for them; one not in the automaton yet is
    looked up with ``str.find`` and taken into the next automaton, made when a check
    starts. Which literals the automaton holds changes only the speed, never a place.
    Single characters stay with ``str.count``/``str.find``: spaces and letters would
    make most of the automaton's hits."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: dict[bool, frozenset[str]] = {False: frozenset(), True: frozenset()}
        self._automata: dict[bool, Any] = {}
        self._pending: dict[bool, set[str]] = {False: set(), True: set()}

    def automaton(self, folded: bool) -> tuple[frozenset[str], Any]:
        """The literals indexed and their automaton (``None`` while there are none)."""
        if self._pending[folded]:
            self._rebuild(folded)
        return self._known[folded], self._automata.get(folded)

    def learn(self, literal: str, folded: bool) -> None:
        """Take ``literal`` into the next automaton (when the C extension is there)."""
        if ahocorasick is not None and len(literal) > 1 and literal not in self._known[folded]:
            self._pending[folded].add(literal)

    def learn_starts(self, starts: list[Starts]) -> None:
        """Take every literal of these starts (and of their ``needs``) into the next
        automaton: the rules known at start-up need no check to teach them."""
        for one in starts:
            for literal in one.exact:
                self.learn(literal, False)
            for literal in one.folded:
                self.learn(literal, True)
            for exact, folded in one.needs:
                for literal in exact:
                    self.learn(literal, False)
                for literal in folded:
                    self.learn(literal, True)

    def _rebuild(self, folded: bool) -> None:
        with self._lock:
            pending, self._pending[folded] = self._pending[folded], set()
            known = self._known[folded] | pending
            if known == self._known[folded]:
                return
            automaton = ahocorasick.Automaton()
            for literal in known:
                automaton.add_word(literal, (literal, len(literal) - 1))
            automaton.make_automaton()
            self._automata[folded], self._known[folded] = automaton, known


INDEX = LiteralIndex()
"""The process's literal index: built from the literals the rules ask for (data, like the
compiled regexes; no result of a check is kept in it)."""


def _all_places(automaton: Any, text: str) -> dict[str, list[int]]:
    """Every place of every indexed literal in ``text``, in order, overlapping ones too."""
    found: dict[str, list[int]] = {}
    for end, (literal, back) in automaton.iter(text):
        places = found.get(literal)
        if places is None:
            found[literal] = [end - back]
        else:
            places.append(end - back)
    return found


class Haystack:
    """A text with what the look-ups need, computed once for all rules: its folded form
    and whether it holds digits of other scripts."""

    def __init__(self, text: str, index: LiteralIndex | None = INDEX) -> None:
        self.text = text
        self._folded: str | None = None
        self._folded_done = False
        self._other_digits: bool | None = None
        self._positions: dict[tuple[str, bool], list[int]] = {}
        self._head_places: dict[tuple[str, bool], list[int] | None] = {}
        self._counts: dict[tuple[str, bool], int] = {}
        self._index = index
        self._indexed: dict[bool, tuple[frozenset[str], dict[str, list[int]]]] = {}
        self.limit = int(len(text) * CANDIDATES_PER_CHAR) + 8
        """More places than this: search everywhere (so no look-up counts past it)."""

    @property
    def folded(self) -> str | None:
        if not self._folded_done:
            self._folded, self._folded_done = fold(self.text), True
        return self._folded

    def places(self, starts: Starts) -> list[int] | None:
        """Where a match with these ``starts`` may begin; ``None``: search everywhere
        (too many places, or the look-up would not be exact)."""
        if starts.digits and self.other_digits:
            return None
        if any(self._lacks(exact, folded) for exact, folded in starts.needs):
            return []
        if starts.engine_skips:
            return None                    # the engine's own skipping is faster
        return candidates(starts, self, self.limit)

    def positions(self, literal: str, folded: bool) -> list[int] | None:
        """Offsets of ``literal`` in the text (or, ``folded``, in the folded text),
        shared by every rule that looks for it; ``None`` when there is no folded text."""
        key = (literal, folded)
        found = self._positions.get(key)
        if found is None:
            text = self.folded if folded else self.text
            if text is None:
                return None
            indexed = self._indexed_places(literal, folded, text)
            if indexed is not None:
                found = indexed if len(indexed) <= self.limit + 1 else indexed[:self.limit + 1]
                self._positions[key] = found
                return found
            known = self._known_prefix(literal, folded) if len(literal) > 2 else None
            if known is None and len(literal) > 1:
                known = self._heads(text, literal[0], folded)
            if known is not None:              # Beber → Bebernya; few places of its head
                found = [place for place in known if text.startswith(literal, place)]
                del found[self.limit + 1:]
            else:
                found = positions(text, literal, self.limit)
            self._positions[key] = found
        return found

    def count(self, char: str, folded: bool) -> int:
        """How often ``char`` occurs in the text (or the folded text; 0 without one)."""
        key = (char, folded)
        counted = self._counts.get(key)
        if counted is None:
            text = self.folded if folded else self.text
            counted = self._counts[key] = text.count(char) if text is not None else 0
        return counted

    def indexed(self, folded: bool) -> tuple[frozenset[str], dict[str, list[int]]] | None:
        """The literals the index holds and the places of those the text (or the folded
        text) holds, all found in one pass; ``None`` without an index or a folded text."""
        found = self._indexed.get(folded)
        if found is None:
            text = self.folded if folded else self.text
            if self._index is None or text is None:
                return None
            known, automaton = self._index.automaton(folded)
            found = self._indexed[folded] = (
                known, _all_places(automaton, text) if automaton is not None else {})
        return found

    def _indexed_places(self, literal: str, folded: bool, text: str) -> list[int] | None:
        """The places of ``literal`` from the one pass of the literal index over ``text``;
        ``None`` when the index does not hold it (it learns it for the next check)."""
        if self._index is None or len(literal) < 2:
            return None
        indexed = self.indexed(folded)
        if indexed is None:
            return None
        if literal not in indexed[0]:
            self._index.learn(literal, folded)
            return None
        return indexed[1].get(literal, _NONE)

    def _known_prefix(self, literal: str, folded: bool) -> list[int] | None:
        """All the places of the longest prefix of ``literal`` already looked up, if its
        list is whole (not cut at the limit): the literal can only stand there. A literal
        ending in a blank (the rules' ``[ \\t]+`` joined on) looks its stem up first, so
        ``Antar- `` and ``Antar-\\t`` cost one scan of the text, not two."""
        for size in range(len(literal) - 1, 1, -1):
            found = self._positions.get((literal[:size], folded))
            if found is not None:
                return found if len(found) <= self.limit else None
        stem = literal.rstrip(" \t")
        if len(stem) >= 2 and stem != literal:
            found = self.positions(stem, folded)
            if found is not None and len(found) <= self.limit:
                return found
        return None

    def _heads(self, text: str, char: str, folded: bool) -> list[int] | None:
        """Every place of ``char`` in ``text``, when there are at most ``MAX_HEADS``
        (``None``: too many, ``str.find`` the literal instead). Shared by every literal
        starting with it: most literals then cost no scan of their own."""
        key = (char, folded)
        if key in self._head_places:
            return self._head_places[key]
        found: list[int] | None = None
        if text.count(char) <= MAX_HEADS:  # one C pass, not MAX_HEADS finds to give up
            found = positions(text, char)
        self._head_places[key] = found
        return found

    def _lacks(self, exact: tuple[str, ...], folded: tuple[str, ...]) -> bool:
        """The text holds none of these literals (False when that cannot be told)."""
        if any(self._holds(text, False) for text in exact):
            return False
        if not folded:
            return True
        return self.folded is not None and not any(self._holds(text, True) for text in folded)

    def _holds(self, literal: str, folded: bool) -> bool:
        """``literal in`` the text (or the folded text, which must exist)."""
        text = cast(str, self.folded) if folded else self.text
        indexed = self._indexed_places(literal, folded, text)
        return literal in text if indexed is None else bool(indexed)

    @property
    def other_digits(self) -> bool:
        if self._other_digits is None:
            self._other_digits = not self.text.isascii() and any(
                char.isdecimal() for char in set(_NON_ASCII.findall(self.text)))
        return self._other_digits


def candidates(starts: Starts, haystack: Haystack, limit: int) -> list[int] | None:
    """Sorted places where a literal of ``starts`` occurs; ``None`` past ``limit`` places
    or when the look-up cannot be exact (no folded text, digits of other scripts)."""
    if starts.digits and haystack.other_digits:
        return None
    places: set[int] = set()
    for literals, folded in ((starts.exact, False), (starts.folded, True)):
        if not literals:
            continue
        known, indexed = haystack.indexed(folded) or (frozenset(), {})
        for literal in literals:
            if literal in known:               # from the one pass: no call, no copy
                found = indexed.get(literal)
                if found is None:
                    continue                   # not in the text: adds no place
            elif len(literal) == 1 and haystack.count(literal, folded) > limit:
                return None                    # a space, a period: counted in C, not listed
            else:
                found = haystack.positions(literal, folded)
                if found is None:
                    return None
            if len(found) > limit:
                return None
            if starts.lead:
                for place in found:
                    _add_run(places, haystack.text, place, starts)
            else:
                places.update(found)
            if len(places) > limit:
                return None
    return sorted(places)


def positions(text: str, literal: str, limit: int | None = None) -> list[int]:
    """Every offset where ``literal`` occurs in ``text`` (overlapping ones too); with a
    ``limit``, stops after ``limit + 1`` (past the limit the count no longer matters)."""
    found: list[int] = []
    place = text.find(literal)             # most literals of most rules: one fast scan
    while place >= 0:
        found.append(place)
        if limit is not None and len(found) > limit:
            break
        place = text.find(literal, place + 1)
    return found


def _add_run(places: set[int], text: str, end: int, starts: Starts) -> None:
    """Every place a run of ``lead`` characters ending at ``end`` may start: no further
    back than the run may be long, and only at its start when a lookbehind refuses
    every character of the run before the match."""
    lead, least, most = starts.lead, starts.lead_min, starts.lead_max
    floor = max(end - most - 1, 0) if most else 0
    start = end
    while start > floor and text[start - 1] in lead:
        start -= 1
    if starts.lead_alone:
        if least <= end - start and (not most or end - start <= most):
            places.add(start)
        return
    places.update(range(max(start, end - most) if most else start, end - least + 1))


def finditer(pattern: re.Pattern[str], places: list[int] | None,
             text: str) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, trying only at ``places`` (every
    place a match can start; ``None``: everywhere)."""
    if places is None:
        yield from pattern.finditer(text)
        return
    resume = 0                             # finditer goes on after the previous match
    for place in places:
        if place < resume:
            continue
        match = pattern.match(text, place)
        if match is not None:
            yield match
            resume = match.end()


_STARTS: dict[re.Pattern[str], Starts | None] = {}
_SHARED = threading.local()


def shared_haystack(text: str, fresh: bool = False) -> Haystack:
    """The haystack of ``text`` that this thread's rules share while they check it: the
    last one made, when it is for the same string object. A check starts with a
    ``fresh`` one: nothing is carried from one check to the next."""
    haystack: Haystack | None = getattr(_SHARED, "haystack", None)
    if fresh or haystack is None or haystack.text is not text:
        haystack = Haystack(text)
        _SHARED.haystack = haystack
    return haystack


def scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where the pattern's literals occur (the
    prefilter of the EYD rules, for a module's own regex): the same matches."""
    starts = _STARTS.get(pattern, _UNDERIVED)
    if starts is _UNDERIVED:
        starts = _STARTS[pattern] = literal_starts(pattern)
    if starts is None:
        return pattern.finditer(text)
    places = shared_haystack(text).places(starts)
    return iter(()) if places == [] else finditer(pattern, places, text)
