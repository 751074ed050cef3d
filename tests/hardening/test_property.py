"""Random releases with hostile Unicode go through the whole pipeline without an exception.

``make test`` runs 2,000 examples; ``make fuzz`` runs 50,000 (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import io
import os
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.draftfile import load_draft, save_draft
from app.export import export_bytes, release_plain_text
from app.language import Checker, words_from_release
from app.model import Release
from app.templating import list_templates
from tests.hardening.strategies import releases

settings.register_profile("ci", max_examples=2000, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz", max_examples=50_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

TEMPLATES = [info.id for info in list_templates()]
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
    reopened = docx.Document(io.BytesIO(export_bytes(release, "docx", template)))
    assert reopened.paragraphs is not None
    export_bytes(release, "txt", template)
    text = release_plain_text(release, template)
    sample = text[:CHECKED_CHARS]
    for finding in checker.check(sample, words_from_release(release)):
        assert 0 <= finding.start <= finding.end <= len(sample)
        assert sample[finding.start:finding.end] == finding.text
