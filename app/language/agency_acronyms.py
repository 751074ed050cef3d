"""Clipped names of a regional *dinas* (office) the lexicon does not list yet.

A regional office is named *Dinas* + its field, and its acronym clips both: *Dis*/*Din* +
a syllable or two of each field word (*Dispar*, *Dinkes*, *Disbudpar* = budaya +
pariwisata). Offices merge and split, so a release writes combinations no list holds
(*Disbud* beside the listed *Disbudpar*, *Dinpar* beside *Dispar*). The field clippings
are taken from the acronyms the lexicon already lists (category ``lembaga-akronim``):
a listed *Dis*/*Din* + F gives the clipping F, and a listed acronym that is two listed
clippings joined gives nothing new but confirms both. A word is read as an office's
acronym when it is *Dis*/*Din* + one or two of those clippings — the same pieces, put
together as the offices themselves put them, not a guess at an unseen word.
"""

from __future__ import annotations

from collections.abc import Collection

HEADS = ("Dis", "Din")
"""The two clippings of *Dinas* (KBBI: dinas; *Diskes* and *Dinkes* are both in use)."""
MIN_CLIP = 3
"""A field clipping this long (*kes*, *par*, *bud*); two letters clip too little to
tell a field from a slip (*Disa*)."""


def field_clippings(acronyms: Collection[str]) -> frozenset[str]:
    """The field clippings of the listed office acronyms (*Dispar* → *par*); a listed
    acronym of a known clipping and a rest adds the rest (*Disbudpar* → *bud*)."""
    rests = [word[len(head):] for word in acronyms for head in HEADS
             if word.startswith(head) and word[len(head):].isalpha()
             and word[len(head):].islower()]
    single = {rest for rest in rests if len(rest) >= MIN_CLIP}
    clips = set(single)
    for rest in rests:
        for clip in single:
            if rest != clip and len(rest) - len(clip) >= MIN_CLIP:
                if rest.startswith(clip):
                    clips.add(rest[len(clip):])
                elif rest.endswith(clip):
                    clips.add(rest[:-len(clip)])
    # a field clipping opens on a consonant (Disnakertrans less nak is no ertrans)
    return frozenset(clip for clip in clips if clip in single or clip[0] not in "aeiou")


def is_office_acronym(word: str, clips: Collection[str]) -> bool:
    """*Dis*/*Din* + one or two known field clippings (*Disbud*, *Dinpar*, *Dinbudpar*)."""
    for head in HEADS:
        if word.startswith(head):
            rest = word[len(head):]
            if not rest.isalpha() or not rest.islower():
                return False
            if rest in clips:
                return True
            return any(rest[:cut] in clips and rest[cut:] in clips
                       for cut in range(MIN_CLIP, len(rest) - MIN_CLIP + 1))
    return False
