"""The automatic review checklist a supervisor reads beside the preview.

Each item passes, warns or fails with a reason in Indonesian. The items judge the rendered
release text (what the reader gets, the same path as the text export), not the form: a
date filled in *Kegiatan* that no sentence prints fails *Kapan*, and the reason names the
form field to fix. Why and how cannot be read off a field, so the checklist looks for the
usual wording and otherwise asks the officer.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.base.errors import TemplateError
from app.language import Checker
from app.release import indonesian as ind
from app.release.known_words import words_from_release
from app.release.model import Official, Paragraph, Photo, Quote, Release
from app.render import event_line
from app.render.document import safe_url
from app.render.export import release_plain_text
from app.review import protection
from app.review.workflow import comment_block, open_comments

logger = logging.getLogger(__name__)

Status = Literal["pass", "warn", "fail"]
STATUS_LABELS: dict[str, str] = {"pass": "Lulus", "warn": "Perhatian", "fail": "Gagal"}

HEADLINE_MAX_CHARS = 100
HEADLINE_MIN_WORDS = 5
PARAGRAPH_MAX_WORDS = 120
SENTENCE_MAX_WORDS = 40

_WHY = re.compile(r"\b(karena|sebab|untuk|guna|agar|supaya|dalam rangka|sebagai upaya|demi|"
                  r"bertujuan|tujuan)\b", re.I)
_HOW = re.compile(r"\b(dengan|melalui|secara|dengan cara|caranya|memberikan|menggelar|"
                  r"melakukan|mengajak|menyampaikan)\b", re.I)
_UNIFORMED = re.compile(r"(?i)\b(kapol\w*|wakapol\w*|kasat\w*|kasi\w*|kanit\w*|"
                        r"kabag\w*|pol(res|sek|da|resta|restabes)\w*|dan(dim|ramil|rem|"
                        r"yon|lanal|lanud)\w*|pangdam|kodim|koramil|bhabin\w*|babinsa)\b")
"""Positions held by police or TNI officers, whose rank belongs in the first mention."""
_SENTENCE = re.compile(r"[^.!?…]+[.!?…]+[”\"’]?|[^.!?…]+$")


@dataclass(frozen=True)
class CheckItem:
    id: str
    label: str
    status: Status
    reason: str


def _item(item_id: str, label: str, problems: list[str], ok: str,
          warnings: list[str] | None = None) -> CheckItem:
    if problems:
        return CheckItem(item_id, label, "fail", "; ".join(problems + (warnings or [])))
    if warnings:
        return CheckItem(item_id, label, "warn", "; ".join(warnings))
    return CheckItem(item_id, label, "pass", ok)


def _field(name: str, form: str) -> str:
    """``Isi "Tempat" di formulir Kegiatan``: the fix, named as the form names it."""
    return f'isi "{name}" di formulir {form}'


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _says(text: str, phrase: str) -> bool:
    """True when the text carries the phrase: two thirds of its words of four or more
    letters (an officer rewords an event's name; a sentence that drops it is caught)."""
    words = {word.casefold() for word in _CONTENT_WORD.findall(phrase)}
    if not words:
        return event_line.states_place(text, phrase)
    present = {word.casefold() for word in _CONTENT_WORD.findall(text)}
    return len(words & present) * 3 >= len(words) * 2


def _names_official(text: str, person: Official) -> bool:
    forms = [person.name, ind.short_mention(person), person.position]
    return any(form.strip() and event_line.states_place(text, form) for form in forms)


def _five_w(release: Release, text: str) -> list[CheckItem]:
    event = release.event
    if release.officials:
        named = [person for person in release.officials if _names_official(text, person)]
        who = [] if named else ["tidak ada pejabat yang disebut di teks rilis; sebut @id "
                                "pejabat di formulir Isi"]
    elif release.unit.strip():
        who = [] if event_line.states_place(text, release.unit) else [
            f'satuan "{release.unit}" tidak tertulis di rilis; sebut di formulir Isi']
    else:
        who = ["tidak ada pejabat maupun satuan: " + _field("Satuan", "Rilis")
               + " atau tambahkan di formulir Pejabat"]
    if event.name.strip():
        what = [] if _says(text, event.name) else [
            f'kegiatan "{event.name}" tidak tertulis di rilis; tulis @acara di formulir Isi']
    else:
        what = [] if release.title.strip() else [
            "nama kegiatan dan judul kosong: " + _field("Acara", "Kegiatan")]
    when: list[str] = []
    when_warn: list[str] = []
    gaps = event_line.missing(text, event)
    if not event.date:
        when = ["tanggal kegiatan belum diisi: " + _field("Tanggal", "Kegiatan")]
    elif gaps.date:
        untold = [f"tanggal kegiatan ({ind.format_date(event.date, 'short')}) tidak tertulis "
                  "di rilis; tulis @hari di formulir Isi"]
        if event.name.strip() or event.place.strip():
            when = untold
        else:  # only a date (a new draft's is today's): no event to tell yet
            when_warn = untold
    if event.date and not event.time:
        when_warn.append("jam kegiatan belum diisi: " + _field("Pukul", "Kegiatan"))
    elif event.time and ind.normalize_time(event.time) not in text:
        when_warn.append(f"jam ({event.time}) tidak tertulis di rilis; tulis @pukul di "
                         "formulir Isi")
    where: list[str] = []
    where_warn: list[str] = []
    if event.place.strip():
        if gaps.place:
            where = [f'tempat "{event.place}" tidak tertulis di rilis; tulis @tempat di '
                     "formulir Isi"]
    elif release.dateline.strip() and event_line.states_place(text, release.dateline):
        where_warn = ["hanya kota dateline; " + _field("Tempat", "Kegiatan")]
    else:
        where = ["tempat kegiatan tidak tertulis di rilis: " + _field("Tempat", "Kegiatan")]
    why = [] if _WHY.search(text) else [
        "tanyakan kepada petugas: mengapa kegiatan ini dilakukan? (tidak ditemukan kata "
        "seperti 'untuk', 'guna', 'dalam rangka'; tambahkan di formulir Isi)"]
    how = [] if _HOW.search(text) else [
        "tanyakan kepada petugas: bagaimana kegiatan dilaksanakan? (tambahkan di formulir Isi)"]
    return [
        _item("siapa", "Siapa (pejabat/satuan)", who, "pejabat atau satuan tertulis di rilis"),
        _item("apa", "Apa (kegiatan)", what, "kegiatan tertulis di rilis"),
        _item("kapan", "Kapan (tanggal dan jam)", when, "tanggal dan jam tertulis di rilis",
              when_warn),
        _item("di-mana", "Di mana (tempat)", where, "tempat tertulis di rilis", where_warn),
        _item("mengapa", "Mengapa (tujuan)", [], "tujuan kegiatan dijelaskan", why),
        _item("bagaimana", "Bagaimana (cara)", [], "cara pelaksanaan dijelaskan", how),
    ]


def _quotes(release: Release) -> CheckItem:
    ids = {person.id for person in release.officials}
    problems = []
    for index, block in enumerate(release.body):
        if not isinstance(block, Quote):
            continue
        if not block.speaker or block.speaker not in ids:
            problems.append(f"kutipan blok {index + 1} tanpa pembicara")
        if not block.verb.strip():
            problems.append(f"kutipan blok {index + 1} tanpa kata kerja atribusi")
        if not block.text.strip():
            problems.append(f"kutipan blok {index + 1} kosong")
    return _item("kutipan", "Kutipan: pembicara dan kata kerja", problems,
                 "setiap kutipan punya pembicara dan kata kerja")


def _officials(release: Release, text: str) -> CheckItem:
    problems, warnings = [], []
    for person in release.officials:
        who = person.name or person.id
        if not person.name.strip():
            problems.append(f"{person.id}: nama kosong")
        needs_rank = bool(_UNIFORMED.search(person.position))
        missing = [label for label, value, needed in (("pangkat", person.rank, needs_rank),
                                                      ("jabatan", person.position, True))
                   if needed and not value.strip()]
        if missing:
            warnings.append(f"{who}: {' dan '.join(missing)} belum diisi")
        if person.name.strip() and not _names_official(text, person):
            warnings.append(f"{who} tidak disebut di teks rilis; sebut @{person.id} di "
                            "formulir Isi")
    return _item("sebutan-pertama", "Sebutan pertama pejabat lengkap", problems,
                 "pangkat, nama dan jabatan setiap pejabat lengkap", warnings)


def _headline(release: Release) -> CheckItem:
    title = release.title.strip()
    if not title:
        return CheckItem("judul", "Panjang judul", "fail", "judul kosong")
    words = len(title.split())
    warnings = []
    if len(title) > HEADLINE_MAX_CHARS:
        warnings.append(f"{len(title)} karakter (lebih dari {HEADLINE_MAX_CHARS})")
    if words < HEADLINE_MIN_WORDS:
        warnings.append(f"hanya {words} kata")
    return _item("judul", "Panjang judul", [], f"{words} kata, {len(title)} karakter", warnings)


def _lengths(release: Release) -> CheckItem:
    warnings = []
    for index, block in enumerate(release.body):
        text = getattr(block, "text", "")
        if not isinstance(block, Paragraph | Quote) or not text:
            continue
        words = len(text.split())
        if words > PARAGRAPH_MAX_WORDS:
            warnings.append(f"blok {index + 1}: paragraf {words} kata")
        for sentence in _SENTENCE.findall(text):
            count = len(sentence.split())
            if count > SENTENCE_MAX_WORDS:
                warnings.append(f"blok {index + 1}: kalimat {count} kata")
                break
    return _item("panjang", "Panjang paragraf dan kalimat", [],
                 f"paragraf ≤ {PARAGRAPH_MAX_WORDS} kata, kalimat ≤ {SENTENCE_MAX_WORDS} kata",
                 warnings)


def _language(release: Release, text: str, checker: Checker | None) -> CheckItem:
    own = checker is None
    active = Checker() if checker is None else checker
    try:
        if not active.spelling_available:
            return CheckItem("ejaan", "Ejaan dan gaya", "warn",
                             "pemeriksa ejaan tidak tersedia: " + "; ".join(active.warnings))
        findings = active.check(text, words_from_release(release), release.kata_diabaikan)
    finally:
        if own:
            active.close()
    if not findings:
        return CheckItem("ejaan", "Ejaan dan gaya", "pass", "tidak ada temuan")
    counts = Counter(finding.kind for finding in findings)
    names = {"spelling": "ejaan", "style": "gaya"}
    detail = ", ".join(f"{count} {names.get(kind, kind)}" for kind, count in sorted(counts.items()))
    examples = ", ".join(sorted({finding.text for finding in findings})[:6])
    return CheckItem("ejaan", "Ejaan dan gaya", "warn", f"{detail}: {examples}")


def _protection(release: Release, text: str) -> CheckItem:
    """Identities the law protects, initials, guilt-presuming words (app.review.protection)."""
    findings = protection.check_text(release, text)
    problems = [finding.message for finding in findings if finding.status == "fail"]
    warnings = [finding.message for finding in findings if finding.status == "warn"]
    protected = protection.protected_persons(release)
    for index in protection.unblurred_photos(release):
        message = (f"foto blok {index + 1}: centang \"Wajah/identitas sudah disamarkan\" di "
                   "formulir Isi setelah menyamarkannya")
        if protected:
            laws = " dan ".join(sorted({person.law for person in protected}))
            problems.append(f"{message} — {laws}")
        elif release.case.suspects:
            warnings.append(f"{message} — {protection.KUHAP}")
    return _item("perlindungan", "Perlindungan identitas", problems,
                 "tidak ada identitas yang dilindungi di rilis", warnings)


def _photos(release: Release) -> CheckItem:
    problems, warnings = [], []
    for index, block in enumerate(release.body):
        if not isinstance(block, Photo):
            continue
        if not block.path or not Path(block.path).is_file():
            problems.append(f"foto blok {index + 1} tidak ditemukan")
        if not block.caption.strip():
            warnings.append(f"foto blok {index + 1} tanpa keterangan")
        if not block.credit.strip():
            warnings.append(f"foto blok {index + 1} tanpa kredit")
    return _item("foto", "Foto: keterangan dan kredit", problems,
                 "setiap foto punya keterangan dan kredit", warnings)


def _related(release: Release) -> CheckItem:
    problems, warnings = [], []
    for index, story in enumerate(release.related):
        if not story.title.strip():
            problems.append(f"berita terkait {index + 1} tanpa judul")
        if story.url.strip() and not safe_url(story.url).startswith("http"):
            warnings.append(f"berita terkait {index + 1}: tautan bukan http(s)")
    return _item("terkait", "Berita terkait berjudul", problems,
                 "setiap berita terkait berjudul", warnings)


def _embargo(release: Release) -> CheckItem:
    embargo = release.embargo
    if not embargo.date:
        problems = ["jam embargo diisi tanpa tanggal"] if embargo.time else []
        return _item("embargo", "Embargo", problems, "tanpa embargo (untuk disiarkan segera)")
    try:
        day = datetime.date.fromisoformat(embargo.date)
    except ValueError:
        return CheckItem("embargo", "Embargo", "fail", f"tanggal embargo '{embargo.date}' salah")
    warnings = []
    if release.event.date:
        try:
            event_day = datetime.date.fromisoformat(release.event.date)
        except ValueError:
            event_day = None
        if event_day and day < event_day:
            warnings.append("embargo berakhir sebelum tanggal kegiatan; periksa lagi")
        if event_day and (day - event_day).days > 30:
            warnings.append("embargo lebih dari 30 hari setelah kegiatan")
    if not embargo.time:
        warnings.append("jam embargo belum diisi")
    return _item("embargo", "Embargo", [], "embargo konsisten dengan tanggal kegiatan", warnings)


def _comments(release: Release) -> CheckItem:
    pending = open_comments(release)
    warnings = []
    for comment in pending:
        where = comment_block(release, comment)
        place = f"blok {where + 1}" if where >= 0 else "seluruh rilis"
        warnings.append(f"{place}: {comment.text[:60]}")
    return _item("komentar", "Komentar peninjau", [], "tidak ada komentar terbuka", warnings)


def run_checklist(release: Release, with_language: bool = True,
                  checker: Checker | None = None) -> list[CheckItem]:
    """Every checklist item for this release, in the order a reviewer reads them.

    The app passes its loaded ``checker`` (call from the checker's thread: enchant is not
    thread-safe); without one a checker is built and closed for this run."""
    try:
        text = release_plain_text(release)
    except TemplateError as error:
        logger.warning("checklist: template failed: %s", error)
        return [CheckItem("templat", "Templat", "fail", f"rilis tidak dapat dirender: {error}")]
    items = _five_w(release, text)
    items += [_quotes(release), _officials(release, text), _headline(release),
              _lengths(release)]
    items.append(_protection(release, text))
    if with_language:
        items.append(_language(release, text, checker))
    items += [_photos(release), _related(release), _embargo(release), _comments(release)]
    return items


def overall(items: list[CheckItem]) -> Status:
    statuses = {item.status for item in items}
    return "fail" if "fail" in statuses else "warn" if "warn" in statuses else "pass"
