"""Issue 13, round two: generated hostile templates and hostile zip files (``make fuzz``).

Templates: every one either renders to output within the render's limit or is refused with
an Indonesian ``TemplateError`` raised by a guard — never another exception, and never by
running out of memory (the process is capped while the test runs, so a guard that does not
hold shows up as "memori tidak cukup", which fails). Zips (DOCX and packs): read, planned
and imported, they give a result or a ``RilisError``, and nothing lands outside the
target's folders.
"""

from __future__ import annotations

import resource
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings

from app.base.errors import RilisError, TemplateError
from app.library.catalog import Library
from app.library.packs import apply_import, plan_import
from app.release.model import Paragraph, Release
from app.render.docx_source import extract_source
from app.render.sandbox_limits import OUTPUT_BASE
from app.render.templating import render_source
from app.review.docx_open import compare_with_source
from tests.hardening.strategies import examples, hostile_templates, hostile_zips

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="resource limits")
HEADROOM = 1_500_000_000
"""Address space the test process may grow by while fuzzing."""


def _address_space() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[0]) * resource.getpagesize()


@pytest.fixture
def capped_memory() -> Iterator[None]:
    """Lower the soft address-space limit to what the process uses now plus HEADROOM."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _address_space() + HEADROOM
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


RELEASE = Release(title="Kerja bakti di Kampung Sidomulyo", dateline="Sidomulyo",
                  body=[Paragraph(text="Warga dan petugas membersihkan saluran air.")])


@posix_only
@settings(max_examples=examples(40), deadline=None)
@given(source=hostile_templates())
def test_a_hostile_template_renders_within_limits_or_is_refused(
        capped_memory: None, source: str) -> None:
    try:
        output = render_source(RELEASE, source)
    except TemplateError as error:
        message = str(error)
        assert "memori tidak cukup" not in message, (source, message)
        assert message.startswith(("Templat", "Baris")), message
        return
    assert len(output) <= OUTPUT_BASE + 4 * 1000, len(output)


@posix_only
@settings(max_examples=examples(40), deadline=None)
@given(data=hostile_zips())
def test_a_hostile_docx_gives_a_result_or_a_message(capped_memory: None, data: bytes) -> None:
    """The path of ``rilis open`` and ``rilis diff FILE.docx``: the embedded draft, then the
    comparison with the document's text when there is one."""
    try:
        source = extract_source(data)
        if source is not None:
            compare_with_source(source, data)
    except RilisError as error:
        assert str(error)


@posix_only
@settings(max_examples=examples(30), deadline=None)
@given(data=hostile_zips())
def test_a_hostile_pack_is_refused_or_imported_inside_its_target(
        capped_memory: None, tmp_path: Path, data: bytes) -> None:
    pack = tmp_path / "serangan.rilispack"
    pack.write_bytes(data)
    library = Library()
    target = library.target()
    try:
        plan = plan_import(pack, library, target)
        written = apply_import(plan, target)
    except RilisError as error:
        assert str(error)
        return
    allowed = (target.templates_dir.resolve(), target.starters_dir.resolve(),
               target.root.resolve())
    for path in written:
        assert any(path.resolve().is_relative_to(folder) for folder in allowed), path
