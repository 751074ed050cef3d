"""Random releases with hostile Unicode go through the whole pipeline without an exception.

``make test`` replays the same 2,000 examples (profile ``ci``); ``make fuzz`` explores
50,000 new ones on every run and keeps any failure in ``.hypothesis/examples`` (profile
``fuzz``; see ``tests/hardening/strategies.py``).
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.language import Checker
from app.release.draftfile import load_draft, save_draft
from app.release.known_words import words_from_release
from app.release.model import Release
from app.render.document import Document, ListBlock, TextBlock, safe_url, xml_clean
from app.render.export import export_bytes, release_plain_text
from app.render.templating import list_templates, render_document
from tests.hardening.strategies import releases

TEMPLATES = [info.id for info in list_templates()]
_BREAKS = re.compile("[\r\n]")


def _block_texts(document: Document) -> list[str]:
    """What each text block and list item of the document says, as Word reads it back."""
    texts: list[str] = []
    for block in document.blocks:
        if isinstance(block, TextBlock):
            texts.append(block.text)
        elif isinstance(block, ListBlock):
            texts.extend("".join(run.text for run in item) for item in block.items)
    return [_BREAKS.sub("\n", xml_clean(text)) for text in texts if xml_clean(text).strip()]


def _in_order(expected: list[str], actual: list[str]) -> bool:
    """Every expected paragraph is in ``actual``, in the same order (others may sit between:
    images, rules, empty paragraphs)."""
    remaining = iter(actual)
    return all(any(text == found for found in remaining) for text in expected)
CHECKED_CHARS = 5_000
"""The checker's own speed is measured in bench/; here it must only survive the text."""


class _StrictParser(HTMLParser):
    """Collects start tags; the standard parser never raises, so structure is checked."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        assert tag != "script"
        for name, value in attrs:
            assert not name.lower().startswith("on")
            assert not (value or "").strip().lower().startswith("javascript:")


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("properti")


@given(release=releases(), template=st.sampled_from(TEMPLATES))
def test_any_release_survives_the_whole_pipeline(release: Release, template: str,
                                                 checker: Checker, workdir: Path) -> None:
    path = workdir / "acak.rilis"
    save_draft(release, path)
    assert load_draft(path) == release
    for template_id in TEMPLATES:
        release_plain_text(release, template_id)
    html = export_bytes(release, "html", template).decode("utf-8")
    parser = _StrictParser()
    parser.feed(html)
    parser.close()
    assert parser.tags.count("html") == 1
    document = render_document(release, template)
    reopened = docx.Document(io.BytesIO(export_bytes(release, "docx", template)))
    assert _in_order(_block_texts(document), [p.text for p in reopened.paragraphs])
    exported = export_bytes(release, "txt", template).decode("utf-8")
    for story in release.related:
        url = safe_url(story.url)
        if url and xml_clean(story.title).strip() and story.title.strip() != url:
            assert f"({url})" in exported  # the link survives into plain text
    text = release_plain_text(release, template)
    assert exported == text if not document.notices else exported.endswith(text)
    sample = text[:CHECKED_CHARS]
    for finding in checker.check(sample, words_from_release(release)):
        assert 0 <= finding.start <= finding.end <= len(sample)
        assert sample[finding.start:finding.end] == finding.text
