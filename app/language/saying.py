"""The verbs of saying: the one list every rule that reads an attribution draws from.

A press release attributes a quotation with a bare verb root, or the root and *-nya*
(*…,” ujar Kapolres.*, *…,” tandasnya.*; KBBI: *ujar*, *kata*, *tutur* …; EYD V, III.B
Tanda Koma and III.O Tanda Petik on the comma and the marks around it). Until session 13
eleven modules (21 lists) and 14 rules of aturan-eyd.toml each spelled the verbs out,
every copy a little different. Here they are listed once, in one order, with the named
sets the rules read; a module that must not fire after some verb takes a subset and says
why next to it.

The sets, each a tuple in the order of ``ROOTS`` (the order regex alternations use):

- ``HOUSE``: the fourteen verbs the release style uses most (*ujar*, *kata*, *jelas* …).
  The rules that read the bare word before a name or a noun take these (context, realword,
  typo_evidence, capital_before_name, common_capitals, style's names): after the rarer
  ones a capitalised word is as often an ordinary one (*harap* 'please', *tutup* 'closed',
  *pinta* 'request'), and a wider set would hide a slip in it from the spelling check.
- ``AFTER_QUOTE``: ``HOUSE`` and the verbs that follow a closing quotation mark less often
  (*lanjut*, *tukas*, *pinta*, *harap*, *beber*, *tutup*, *sambung*, *timpal*, *urai*): the
  rules whose context is the quotation or the attribution's punctuation take these
  (punctuation, clause_commas, text_names, sentence_case, refine, phrase_commas, style's
  quotation marks, aturan-eyd.toml's quotation rules).
- ``ASIDE``: the verbs of ``koma-keterangan-pengucap-sisipan`` (aturan-eyd.toml).
- ``MORE``: roots some rules read besides (*tanya*, *pesan*, *ajak*, *bilang*): each is
  also a noun or a verb of another kind (*pesan* 'message', *ajak* 'invite'), so only a rule
  whose context proves the attribution takes it.

aturan-eyd.toml cannot import this module: tests/language/test_saying.py holds each of its
lists to one of these sets (or a subset it names), and every module to drawing from here.
"""

from __future__ import annotations

from collections.abc import Iterable

HOUSE: tuple[str, ...] = (
    "ujar", "kata", "jelas", "ungkap", "terang", "tutur", "tegas", "imbuh", "tambah",
    "pungkas", "tandas", "papar", "ucap", "sebut")
"""The house-style verbs of attribution (KBBI roots)."""

AFTER_QUOTE: tuple[str, ...] = (
    "ujar", "kata", "jelas", "ungkap", "terang", "tutur", "tegas", "imbuh", "tambah",
    "pungkas", "tandas", "lanjut", "papar", "ucap", "tukas", "sebut", "pinta", "harap",
    "beber", "tutup", "sambung", "timpal", "urai")
"""Every verb that attributes a quotation after its closing mark (aturan-eyd.toml)."""

MORE: tuple[str, ...] = ("tanya", "pesan", "ajak", "bilang")
"""Roots that attribute speech only in a context that shows it."""

ASIDE: tuple[str, ...] = ("ujar", "kata", "jelas", "ungkap", "terang", "tutur", "ucap")
"""The verbs aturan-eyd.toml's ``koma-keterangan-pengucap-sisipan`` reads in an aside with
its opening comma missing (*Aspirasi itu kata dia, …*): clause_commas leaves them to it."""

ROOTS: tuple[str, ...] = AFTER_QUOTE + MORE
"""All the roots, in the order every alternation uses."""

SUFFIX = "nya"
"""*tandasnya*: the root and the third person's *-nya* name the speaker by themselves."""


def roots(base: Iterable[str] = AFTER_QUOTE, *, add: Iterable[str] = (),
          without: Iterable[str] = ()) -> tuple[str, ...]:
    """``base`` with ``add`` and less ``without``, in the order of ``ROOTS``. A root not in
    ``ROOTS`` or a ``without`` not in the set is a slip in the caller's list: an error."""
    chosen = set(base) | set(add)
    dropped = set(without)
    unknown = (chosen | dropped) - set(ROOTS)
    if unknown or not dropped <= chosen:
        raise ValueError(f"bukan kata pengucap dalam daftar: {sorted(unknown or dropped - chosen)}")
    return tuple(root for root in ROOTS if root in chosen - dropped)


def alternation(chosen: Iterable[str], *, capital: bool = False) -> str:
    """``ujar|kata|…`` for a regex, ``Ujar|Kata|…`` with ``capital``."""
    return "|".join(root.capitalize() if capital else root for root in chosen)


def with_suffix(chosen: Iterable[str]) -> frozenset[str]:
    """The roots and their *-nya* forms (*ujar*, *ujarnya*)."""
    return frozenset(form for root in chosen for form in (root, root + SUFFIX))
