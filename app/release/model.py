"""The release model: plain, typed dataclasses with no I/O and no Qt.

Everything the forms edit lives here; the draft file (``app.release.draftfile``) turns it into
JSON and back, and the templates read it to compose the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

TIMEZONES: tuple[str, ...] = ("WIB", "WITA", "WIT")
"""Indonesia's three time zones (UTC+7, +8, +9)."""

Timezone = Literal["WIB", "WITA", "WIT"]

MENTION = re.compile(r"(?<![\w@.])@([A-Za-z][\w-]*)(?::(jabatan|lengkap|singkat))?")
"""How paragraph text names an official: ``@id``, ``@id:jabatan|lengkap|singkat``."""


@dataclass
class Official:
    """A person the release names: an officer or a government official."""

    id: str
    rank: str = ""
    name: str = ""
    short_name: str = ""
    position: str = ""
    degrees: list[str] = field(default_factory=list)


@dataclass
class Event:
    """What happened, where and when (date ISO ``YYYY-MM-DD``, time ``HH.MM``)."""

    name: str = ""
    date: str = ""
    time: str = ""
    timezone: str = "WIB"
    place: str = ""


@dataclass
class Paragraph:
    """Narrative text. ``@id`` mentions an official (see docs/draft-format.md)."""

    text: str = ""
    type: Literal["paragraph"] = "paragraph"


@dataclass
class Quote:
    """Words of an official; the template adds quotes, punctuation and attribution."""

    speaker: str = ""
    text: str = ""
    verb: str = "ujar"
    type: Literal["quote"] = "quote"


@dataclass
class Photo:
    """A picture with caption and credit; ``path`` is absolute in memory."""

    path: str = ""
    caption: str = ""
    credit: str = ""
    blurred: bool = False
    """The officer confirms faces and identity are blurred (required when the release
    concerns a protected person, see ``app.review.protection``)."""
    type: Literal["photo"] = "photo"
    blur_regions: list[list[float]] = field(default_factory=list)
    """Regions blurred in every exported copy, ``[x, y, w, h]`` as fractions (0–1) of the
    photo's width and height (``app.render.blur``); the original file is never changed."""


Block = Paragraph | Quote | Photo


@dataclass
class RelatedStory:
    title: str = ""
    url: str = ""


@dataclass
class Contact:
    """The press contact (narahubung) printed at the end of an official release."""

    name: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Meta:
    """Free metadata: who wrote and edited the draft, tags, ISO timestamps."""

    author: str = ""
    editor: str = ""
    tags: list[str] = field(default_factory=list)
    created: str = ""
    modified: str = ""
    starter: str = ""
    """Id of the starter the draft was made from (its reference document applies to DOCX
    exports); empty for a draft not made from a starter, and then not written."""


@dataclass
class Suspect:
    """A suspect in a case disclosure, named by initials only (presumption of innocence)."""

    initials: str = ""
    age: str = ""
    role: str = ""
    child: bool = False
    """A child in conflict with the law (UU SPPA): no identity may be published."""


PERSON_ROLES: tuple[str, ...] = ("korban", "saksi")


@dataclass
class Person:
    """A victim or witness of a case. Never printed by the templates: what the officer
    types here (name, school, parents, address) is what the checklist makes sure the
    release does not reveal when the person is protected (``app.review.protection``)."""

    role: str = "korban"
    initials: str = ""
    name: str = ""
    age: str = ""
    child: bool = False
    sexual_victim: bool = False
    school: str = ""
    parents: str = ""
    address: str = ""


@dataclass
class Case:
    """The facts of a case disclosure (*pengungkapan kasus*)."""

    suspects: list[Suspect] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    """Victims and witnesses (guard data, not printed)."""
    modus: str = ""
    evidence: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    penalty: str = ""

    def is_empty(self) -> bool:
        return not (self.suspects or self.persons or self.modus or self.evidence or self.articles
                    or self.penalty)


@dataclass
class Embargo:
    """Not to be published before this moment; an empty date means "for immediate release"."""

    date: str = ""
    time: str = ""
    timezone: str = "WIB"


REVIEW_STATES: tuple[str, ...] = ("draf", "diajukan", "perlu-revisi", "disetujui")
"""Review status values as stored; shown as Draf, Diajukan, Perlu revisi, Disetujui."""


@dataclass
class StatusChange:
    """One step of the review history: who moved the release to which status, and when."""

    status: str = "draf"
    by: str = ""
    at: str = ""
    note: str = ""
    content_hash: str = ""
    """For an approval: the hash of the content approved (``app.release.approval.content_hash``)."""
    overridden: bool = False
    """Approved although comments were open or checklist items failed (asked and confirmed)."""
    open_items: list[str] = field(default_factory=list)
    """What was open when an approval was overridden: failed items and open comments."""


@dataclass
class Comment:
    """A reviewer's remark on one body block (``block`` index) or the whole release (-1).

    ``excerpt`` holds the start of the block's text when the comment was made, so the
    comment finds its block again after blocks are moved.
    """

    id: str = ""
    text: str = ""
    author: str = ""
    at: str = ""
    block: int = -1
    excerpt: str = ""
    resolved: bool = False


@dataclass
class Review:
    status: str = "draf"
    history: list[StatusChange] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)


@dataclass
class Version:
    """A saved state of the release (its JSON without review and versions)."""

    at: str = ""
    by: str = ""
    content: dict[str, Any] = field(default_factory=dict)
    stored: tuple[object, dict[str, Any]] | None = field(default=None, repr=False,
                                                           compare=False)
    """How the file stores this version (``app.release.draftfile``: a delta against the next one)
    and what it was computed against; a cache, so a save re-encodes only what changed."""


@dataclass
class Release:
    """One press release as the officer fills it in."""

    template: str = "berita-kegiatan"
    title: str = ""
    dateline: str = ""
    unit: str = ""
    officials: list[Official] = field(default_factory=list)
    event: Event = field(default_factory=Event)
    body: list[Block] = field(default_factory=list)
    related: list[RelatedStory] = field(default_factory=list)
    closing: str = "(*)"
    contact: Contact = field(default_factory=Contact)
    meta: Meta = field(default_factory=Meta)
    number: str = ""
    emblem: str = ""
    embargo: Embargo = field(default_factory=Embargo)
    case: Case = field(default_factory=Case)
    points: list[str] = field(default_factory=list)
    """Numbered points of a public advisory (*imbauan*)."""
    kata_diabaikan: list[str] = field(default_factory=list)
    """Words the officer chose to *Abaikan* in this draft: kept with it, like Word's
    *Ignore*, so every check (app, CLI, checklist) leaves them alone. Not content: it
    is outside versions and the approval hash."""
    review: Review = field(default_factory=Review)
    versions: list[Version] = field(default_factory=list)

    def official(self, official_id: str) -> Official | None:
        """The official with this id, or None."""
        for person in self.officials:
            if person.id == official_id:
                return person
        return None

    def photos(self) -> list[Photo]:
        return [block for block in self.body if isinstance(block, Photo)]

    def known_names(self) -> list[str]:
        """Names, places and units typed into structured fields (the checker learns them)."""
        values: list[str] = [self.dateline, self.unit, self.event.place, self.event.name,
                             self.contact.name]
        for person in self.officials:
            values += [person.rank, person.name, person.short_name, person.position]
            values += person.degrees
        return [value for value in values if value.strip()]
