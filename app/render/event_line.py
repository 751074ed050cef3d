"""Whether a release tells its event, and the attribution sentence that tells it when not.

The officer fills day, date, time and place in *Kegiatan*; a body written without them
would print none of it. The layout then adds one sentence in house style after the first
paragraph or quote (``Hal itu disampaikan Kapolres …, Jumat (22/9) pukul 09.00 WIB di Aula
Polres X.``). What counts as "stated" is decided here, once, for the composer, the form's
note and the checklist alike.

"Stated" means, in the text the reader gets:
  - the date: the event's day name (``Jumat``) or its date in a usual form (``22/9``,
    ``22/09/2023``, ``22-9-2023``, ``22 September``, ``22 Sept 2023``, ``2023-09-22``);
  - the place: the place name as typed (case and spacing ignored).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from app.release import indonesian as ind
from app.release.model import Event
from app.render.document import Document, TextBlock

EVENT_REF = "event"
"""``ref`` of the attribution paragraph in the document (the form's note finds it)."""

_SPACES = re.compile(r"\s+")
_MONTH_ABBREVIATIONS: dict[int, tuple[str, ...]] = {
    1: ("jan",), 2: ("feb", "peb", "pebruari"), 3: ("mar",), 4: ("apr",), 5: ("mei",),
    6: ("jun",), 7: ("jul",), 8: ("agu", "agt", "ags", "agus", "agust"), 9: ("sep", "sept"),
    10: ("okt",), 11: ("nov", "nop", "nopember"), 12: ("des",),
}


@lru_cache(maxsize=8)
def _normal(text: str) -> str:
    # cached: the checklist asks about every official's name in the same long text
    return _SPACES.sub(" ", text).strip().casefold()


def _event_date(event: Event) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(event.date) if event.date else None
    except ValueError:
        return None


def states_date(text: str, date: _dt.date) -> bool:
    """True when ``text`` names this date, or its day name, in a usual Indonesian form."""
    if re.search(rf"\b{ind.DAYS[date.weekday()]}\b", text, re.I):
        return True
    day, month = date.day, date.month
    numeric = rf"(?<!\d)0?{day}\s*[/.\-]\s*0?{month}(?!\d)"
    if re.search(numeric, text):
        return True
    if re.search(rf"(?<!\d){date.year}-0?{month}-0?{day}(?!\d)", text):
        return True
    names = (ind.MONTHS[month - 1].lower(), *_MONTH_ABBREVIATIONS.get(month, ()))
    spelled = rf"(?<!\d)0?{day}\s+(?:{'|'.join(names)})\b\.?"
    return re.search(spelled, text, re.I) is not None


def states_place(text: str, place: str) -> bool:
    """True when ``text`` names the place as typed (case and spacing ignored)."""
    wanted = _normal(place)
    return bool(wanted) and wanted in _normal(text)


@dataclass(frozen=True)
class Missing:
    """What of the event the text leaves out (only what the form has filled counts)."""

    date: bool
    place: bool

    def __bool__(self) -> bool:
        return self.date or self.place


def missing(text: str, event: Event) -> Missing:
    day = _event_date(event)
    return Missing(date=day is not None and not states_date(text, day),
                   place=bool(event.place.strip()) and not states_place(text, event.place))


def attribution_sentence(event: Event, gaps: Missing, mention: str) -> str:
    """``Hal itu disampaikan <mention> saat <acara>, Jumat (22/9) pukul 09.00 WIB di
    <tempat>.``; without an official, ``<Acara> berlangsung …``. Only the missing parts
    are told (the time goes with the date)."""
    when = ""
    if gaps.date:
        when = " ".join(part for part in (ind.format_date(event.date, "short"),
                                          ind.format_time(event.time, event.timezone))
                        if part)
    where = f"di {event.place.strip()}" if gaps.place else ""
    name = event.name.strip()
    if mention:
        head = f"Hal itu disampaikan {mention}"
        if name:
            head += ("," if ind.opens_apposition(mention) else "") + f" saat {name}"
    else:
        head = f"{name[:1].upper()}{name[1:]} berlangsung" if name else "Kegiatan berlangsung"
        return " ".join(part for part in (head, when, where) if part) + "."
    tail = " ".join(part for part in (when, where) if part)
    if tail:
        return f"{head}, {tail}."
    return head if head.endswith(".") else f"{head}."


Where = Literal["attribution", "body", "header", "none", "empty"]


@dataclass(frozen=True)
class Placement:
    """Where the rendered release tells the event: ``attribution`` (the added sentence),
    ``body`` (the officer's own words), ``header`` (an info line such as *Hari/tanggal*),
    ``none`` (nowhere), ``empty`` (no date or place filled). ``paragraph`` counts the
    body's printed paragraphs and quotes from 1."""

    where: Where
    paragraph: int = 0


def placement(document: Document, event: Event) -> Placement:
    """Find, in a rendered document, where the event's date or place is told."""
    day = _event_date(event)
    if day is None and not event.place.strip():
        return Placement("empty")

    def tells(block: TextBlock) -> bool:
        return ((day is not None and states_date(block.text, day))
                or states_place(block.text, event.place))

    number = 0
    header = False
    for block in document.blocks:
        if not isinstance(block, TextBlock):
            continue
        if block.style in ("p", "quote"):
            number += 1
            if block.ref == EVENT_REF:
                return Placement("attribution", number)
            if tells(block):
                return Placement("body", number)
        elif block.style == "info" and tells(block):
            header = True
    return Placement("header") if header else Placement("none")
