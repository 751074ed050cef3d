"""The comma that closes a release's dateline (*KOTABARU, Dalam rangka …*, *Sumbawa Barat —
NTB, Curah hujan …*).

A release opens its first paragraph with its place (or its office) and a comma, then the
body's first sentence. The comma there closes the dateline, it does not join two parts of
one sentence, so the capital after it opens a sentence (EYD V, I.E: the first word of a
sentence is capitalised). Rules that judge a capital "after a comma in mid-sentence" ask
here first. Session 13, full text of 250 releases: 3 firings of
``kapital-kata-umum-sesudah-koma`` and ``kata-tugas-huruf-kecil`` after such a comma, none
marked (2 unmarked, 1 uncertain). A head in title case only (*Polres Sorong,*, *Sragen,*:
6 more firings on tuning, all uncertain) is not read as a dateline, because a sentence
may open so too (*Pasalnya, Kedua …*, *Selanjutnya, Tokoh …*: readers marked those),
unless the head opens with the site's domain (*Kabarsukamaju.id-Sukamaju Utara, Dalam
…*; session 13, raw15 full text: 1 firing, unmarked).
"""
from __future__ import annotations

from app.language.context import DOMAIN_ENDINGS
from app.language.module_regex import ModulePatterns

_PATTERNS = ModulePatterns(__name__)
_DATELINE_HEAD_RE = _PATTERNS.compile(
    r"(?:[A-Z][\w.&/-]*|[–—-])(?:[ \t]+(?:[A-Z][\w.&/-]*|[–—-])){0,4}[ \t]*")
"""One to five capitalised words (or dashes between them) and nothing else: *SENDAWAR*,
*Polres Sorong*, *Sumbawa Barat — NTB*."""
_CAPITALS_RE = _PATTERNS.compile(r"[A-Z][A-Z&/-]*[A-Z]{2}[A-Z&/-]*")
"""A word in capitals (*SENDAWAR*, *KOMINFOKUBAR-SENDAWAR*, *NTB*): sites print the
dateline's place in capitals. Words in title case alone before the comma open a sentence
(*Pasalnya, Kedua …*, *Menurut Lurah Sukajadi, Kegiatan …*) and are not read as one."""
_SITE_RE = _PATTERNS.compile(r"[A-Za-z][\w-]*\." + DOMAIN_ENDINGS + r"\b")
"""A site's domain (*Kabarsukamaju.id-Sukamaju Utara,*): only a dateline opens a paragraph
with the site's name, as only a dateline prints its place in capitals."""
_LONGEST = 45


def dateline_comma(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` ends the dateline that opens a paragraph: everything
    from the start of its line is a short run of capitalised words, the first or the last
    in capitals (a rank inside, *Kapolsek AKP Budi, …*, does not make a dateline)."""
    line_start = text.rfind("\n", 0, comma) + 1
    if comma - line_start > _LONGEST or comma == line_start:
        return False
    head = text[line_start:comma]
    if _DATELINE_HEAD_RE.fullmatch(head) is None:
        return False
    words = head.split()
    return any(_CAPITALS_RE.fullmatch(word) for word in (words[0], words[-1])) or \
        _SITE_RE.match(words[0]) is not None
