"""The automatic review checklist a supervisor reads beside the preview.

Each item passes, warns or fails with a reason in Indonesian. Who, what, when and where
come from the fields; why and how cannot be read off a field, so the checklist looks for
the usual wording and otherwise asks the officer.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.composer import MENTION
from app.document import safe_url
from app.export import release_plain_text
from app.language import Checker, words_from_release
from app.model import Paragraph, Photo, Quote, Release
from app.review import comment_block, open_comments

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


def _narrative(release: Release) -> str:
    return " ".join(getattr(block, "text", "") for block in release.body
                    if isinstance(block, Paragraph | Quote))


def _five_w(release: Release) -> list[CheckItem]:
    event = release.event
    narrative = _narrative(release)
    who = [] if (release.officials or release.unit.strip()) else [
        "tidak ada pejabat maupun satuan"]
    what = [] if (event.name.strip() or release.title.strip()) else [
        "nama kegiatan dan judul kosong"]
    when_warn = [] if not event.date or event.time else ["jam kegiatan belum diisi"]
    when = [] if event.date else ["tanggal kegiatan belum diisi"]
    where = [] if (event.place.strip() or release.dateline.strip()) else [
        "tempat kegiatan dan dateline kosong"]
    why = [] if _WHY.search(narrative) else [
        "tanyakan kepada petugas: mengapa kegiatan ini dilakukan? (tidak ditemukan kata "
        "seperti 'untuk', 'guna', 'dalam rangka')"]
    how = [] if _HOW.search(narrative) else [
        "tanyakan kepada petugas: bagaimana kegiatan dilaksanakan?"]
    return [
        _item("siapa", "Siapa (pejabat/satuan)", who, "pejabat atau satuan tercantum"),
        _item("apa", "Apa (kegiatan)", what, "kegiatan tercantum"),
        _item("kapan", "Kapan (tanggal dan jam)", when, "tanggal dan jam tercantum", when_warn),
        _item("di-mana", "Di mana (tempat)", where, "tempat tercantum"),
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


def _officials(release: Release) -> CheckItem:
    problems, warnings = [], []
    mentioned = {block.speaker for block in release.body if isinstance(block, Quote)}
    for block in release.body:
        if isinstance(block, Paragraph):
            mentioned |= {match.group(1) for match in MENTION.finditer(block.text)}
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
        if person.id not in mentioned and release.template != "konferensi-pers":
            warnings.append(f"{who} tidak disebut di isi rilis")
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


def _language(release: Release, checker: Checker | None) -> CheckItem:
    own = checker is None
    active = Checker() if checker is None else checker
    try:
        if not active.spelling_available:
            return CheckItem("ejaan", "Ejaan dan gaya", "warn",
                             "pemeriksa ejaan tidak tersedia: " + "; ".join(active.warnings))
        findings = active.check(release_plain_text(release), words_from_release(release))
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
    items = _five_w(release)
    items += [_quotes(release), _officials(release), _headline(release), _lengths(release)]
    if with_language:
        items.append(_language(release, checker))
    items += [_photos(release), _related(release), _embargo(release), _comments(release)]
    return items


def overall(items: list[CheckItem]) -> Status:
    statuses = {item.status for item in items}
    return "fail" if "fail" in statuses else "warn" if "warn" in statuses else "pass"
