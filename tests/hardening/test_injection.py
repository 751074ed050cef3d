"""Over 100 HTML/JS injection payloads in every field never become live markup.

The HTML export (and the review and comparison reports, which also carry user text) is
parsed like a browser would (html5lib) and searched for script elements, event-handler
attributes and ``javascript:``/``data:`` URLs; only http(s) links may come from user text.
"""

from __future__ import annotations

import copy
from pathlib import Path

import html5lib
import pytest

from app.release.model import (
    Case,
    Contact,
    Event,
    Official,
    Paragraph,
    Photo,
    Quote,
    RelatedStory,
    Release,
    Suspect,
)
from app.render.export import export_bytes
from app.render.templating import list_templates
from app.review.checklist import run_checklist
from app.review.diff import compare_releases, diff_report_html
from app.review.report import report_html
from app.review.workflow import add_comment

PAYLOADS = [line for line in (Path(__file__).parent / "data" / "xss-payloads.txt")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("# ")]
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "xlink:href", "srcset",
                  "background", "poster")


UNESCAPED_PAGES = (
    "<!DOCTYPE html><html><head><title>{}</title></head><body><p>x</p></body></html>",
    "<!DOCTYPE html><html><body><p>{}</p></body></html>",
    '<!DOCTYPE html><html><body><p title="{}">x</p></body></html>',
    "<!DOCTYPE html><html><body><p title='{}'>x</p></body></html>",
    "<!DOCTYPE html><html><body><a href={}>x</a></body></html>",
    '<!DOCTYPE html><html><body><a href="{}">x</a></body></html>',
    "<!DOCTYPE html><html><head><style>p {{ color: red; }}{}</style></head></html>",
)
"""Where a writer that forgot to escape would put user text: element text, the title,
quoted and unquoted attributes, a link target, a style sheet."""


def test_over_a_hundred_distinct_payloads_each_live_when_not_escaped() -> None:
    """The payloads and the check are worth something: each payload, pasted unescaped into
    at least one place a writer puts user text, is caught by ``_assert_inert``."""
    assert len(PAYLOADS) >= 100
    assert len(set(PAYLOADS)) == len(PAYLOADS)
    harmless = []
    for payload in PAYLOADS:
        caught = 0
        for page in UNESCAPED_PAGES:
            try:
                _assert_inert(page.format(payload))
            except AssertionError:
                caught += 1
        if not caught:
            harmless.append(payload)
    assert harmless == []
    _assert_inert(UNESCAPED_PAGES[1].format("teks biasa & <b>tebal</b>"))


def _everywhere(payload: str) -> Release:
    release = Release(
        title=payload, dateline=payload, unit=payload, closing=payload, number=payload,
        officials=[Official(id="a", rank=payload, name=payload, short_name=payload,
                            position=payload, degrees=[payload])],
        event=Event(name=payload, place=payload, date="2026-11-20", time="09.00"),
        body=[Paragraph(text=payload + " @a @acara"), Quote(speaker="a", text=payload,
                                                            verb=payload),
              Photo(path="", caption=payload, credit=payload)],
        related=[RelatedStory(title=payload, url=payload),
                 RelatedStory(title=payload, url="https://contoh.example/" + payload)],
        contact=Contact(name=payload, phone=payload, email=payload),
        case=Case(suspects=[Suspect(payload, payload, payload)], modus=payload,
                  evidence=[payload], articles=[payload], penalty=payload),
        points=[payload],
    )
    release.meta.author = payload
    add_comment(release, payload, payload, block=0)
    return release


def _assert_inert(html: str) -> None:
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    for element in tree.iter():
        tag = str(element.tag).lower()
        assert tag not in ("script", "iframe", "object", "embed", "base", "form", "svg",
                           "math", "meta" if element.get("http-equiv") else "-")
        for name, value in element.attrib.items():
            lowered = name.lower()
            assert not lowered.startswith("on"), (name, value)
            if lowered in URL_ATTRIBUTES:
                target = "".join(value.split()).lower()
                assert target.startswith(("https://", "http://", "mailto:", "data:image/")), \
                    (name, value)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_inert_in_every_html_output(payload: str) -> None:
    release = _everywhere(payload)
    for info in list_templates():
        _assert_inert(export_bytes(release, "html", info.id).decode("utf-8"))
    _assert_inert(report_html(release, run_checklist(release, with_language=False)))
    edited = copy.deepcopy(release)
    edited.title = "judul bersih"
    _assert_inert(diff_report_html(compare_releases(edited, release), payload, payload))


def test_only_http_links_come_from_related_stories() -> None:
    release = _everywhere("aman")
    release.related = [RelatedStory("a", url) for url in (
        "javascript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd",
        "ftp://contoh.example", "//contoh.example", "https://contoh.example/ok",
        "http://contoh.example/ok", "HTTPS://CONTOH.EXAMPLE/OK")]
    html = export_bytes(release, "html").decode("utf-8")
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    links = [a.get("href") for a in tree.iter("a")]
    assert links == ["https://contoh.example/ok", "http://contoh.example/ok",
                     "HTTPS://CONTOH.EXAMPLE/OK"]
