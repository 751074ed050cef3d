"""Hypothesis strategies for whole releases with hostile text in every field, and the
profiles every property test runs under.

Profiles (``HYPOTHESIS_PROFILE``, loaded by ``tests/conftest.py`` before any test module):

``ci`` (the default: ``make test``, plain ``pytest``)
    The same examples on every run (``derandomize``): a red CI is the code, not the dice.
    No example database (Hypothesis ignores it when derandomised).
``fuzz`` (``make fuzz``)
    New random examples on every run, 25 times as many, and an example database in the
    checkout (``.hypothesis/examples``, git-ignored): a failure found is saved there and
    replayed first by the next ``make fuzz`` until it is fixed; the failing example is
    printed with a ``@reproduce_failure`` blob to paste into a regression test.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

from app.release.model import (
    REVIEW_STATES,
    TIMEZONES,
    Case,
    Comment,
    Contact,
    Embargo,
    Event,
    Meta,
    Official,
    Paragraph,
    Photo,
    Quote,
    RelatedStory,
    Release,
    Review,
    StatusChange,
    Suspect,
)

PROFILE_VARIABLE = "HYPOTHESIS_PROFILE"
EXAMPLE_DATABASE = Path(__file__).resolve().parents[2] / ".hypothesis" / "examples"
FUZZ_FACTOR = 25
"""How many times more examples a test runs under ``fuzz`` than under ``ci``."""
CI_EXAMPLES = 2000
_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                 HealthCheck.data_too_large]


def register_profiles() -> str:
    """Register ``ci`` and ``fuzz``, load the one ``HYPOTHESIS_PROFILE`` names (``ci`` when
    unset) and return its name."""
    settings.register_profile("ci", max_examples=CI_EXAMPLES, deadline=None,
                              derandomize=True, database=None, print_blob=True,
                              suppress_health_check=_SLOW_IS_FINE)
    settings.register_profile("fuzz", max_examples=CI_EXAMPLES * FUZZ_FACTOR, deadline=None,
                              derandomize=False,
                              database=DirectoryBasedExampleDatabase(EXAMPLE_DATABASE),
                              phases=tuple(Phase), print_blob=True,
                              suppress_health_check=_SLOW_IS_FINE)
    name = os.environ.get(PROFILE_VARIABLE, "ci")
    settings.load_profile(name)
    return name


def examples(ci: int) -> int:
    """``ci`` examples for a test under the ``ci`` profile, ``FUZZ_FACTOR`` times as many
    under ``fuzz``: for tests that set their own ``max_examples``."""
    default = settings.default
    fuzzing = default is not None and default.max_examples > CI_EXAMPLES
    return ci * FUZZ_FACTOR if fuzzing else ci


NASTY = [
    "", " ", "\u200b", "\u200d", "\ufeff", "\u202e", "\u2066", "e\u0301\u0301\u0301",
    "👮‍♀️🇮🇩", "𝕽𝖎𝖑𝖎𝖘", "مرحبا بالعالم", "שלום", "\x00", "\x07\x1b", "\r\n", "\t",
    "<script>alert(1)</script>", "]]>", "&amp;", "{{ 7*7 }}", "{% raw %}", "@kapolres",
    "@acara@tempat", "“”‘’", "..", "–—", "\ufffe\uffff", "\U0010fffd",
]
"""Strings that have broken document tools before: invisible, combining, RTL, control."""

texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(NASTY),
    st.lists(st.sampled_from(NASTY) | st.text(max_size=8), max_size=6).map("".join),
)
_huge = st.one_of(st.sampled_from(NASTY).map(lambda s: (s or "x") * 2000),
                  st.just("kata " * 20_000))
long_texts = st.integers(0, 24).flatmap(lambda n: _huge if n == 0 else texts)
"""About one paragraph in 25 is huge (up to 100,000 characters)."""

dates = st.one_of(st.just(""), st.dates().map(lambda d: d.isoformat()))
times = st.one_of(st.just(""), st.tuples(st.integers(0, 23), st.integers(0, 59)).map(
    lambda hm: f"{hm[0]:02d}.{hm[1]:02d}"))
zones = st.sampled_from(TIMEZONES)
ids = st.from_regex(r"[a-z][a-z0-9_-]{0,12}", fullmatch=True)


@st.composite
def releases(draw: st.DrawFn, photo_dir: str = "/tmp/rilis-tidak-ada") -> Release:
    """A release whose fields are drawn from a small pool of hostile strings (cheap to
    generate, so thousands of examples fit in the normal test run)."""
    pool = draw(st.lists(texts, min_size=1, max_size=6))
    text = st.sampled_from(pool)
    words = st.lists(text, max_size=3)
    official_ids = draw(st.lists(ids, max_size=4, unique=True))
    officials = [Official(id=i, rank=draw(text), name=draw(text), short_name=draw(text),
                          position=draw(text), degrees=draw(words)) for i in official_ids]
    speakers = st.sampled_from(["", *official_ids])
    block = st.one_of(
        st.builds(Paragraph, text=st.one_of(text, long_texts)),
        st.builds(Quote, speaker=speakers, text=text, verb=text),
        st.builds(Photo, path=st.sampled_from(["", f"{photo_dir}/foto.jpg"]), caption=text,
                  credit=text),
    )
    status = draw(st.sampled_from(REVIEW_STATES))
    return Release(
        template=draw(st.sampled_from(["berita-kegiatan", "siaran-pers", "pengungkapan-kasus",
                                       "imbauan", "konferensi-pers"])),
        title=draw(text), dateline=draw(text), unit=draw(text), officials=officials,
        event=Event(name=draw(text), date=draw(dates), time=draw(times),
                    timezone=draw(zones), place=draw(text)),
        body=draw(st.lists(block, max_size=8)),
        related=draw(st.lists(st.builds(RelatedStory, title=text, url=st.one_of(
            text, st.just("https://contoh.example/a?b=<c>"), st.just("javascript:alert(1)"),
            st.just("https://contoh.example/berita/2026/patroli?hal=2"))),
            max_size=3)),
        closing=draw(text),
        contact=Contact(name=draw(text), phone=draw(text), email=draw(text)),
        meta=Meta(author=draw(text), editor=draw(text), tags=draw(words), created=draw(text),
                  modified=draw(text)),
        number=draw(text),
        embargo=Embargo(date=draw(dates), time=draw(times), timezone=draw(zones)),
        case=Case(suspects=draw(st.lists(st.builds(Suspect, initials=text, age=text, role=text),
                                         max_size=3)),
                  modus=draw(text), evidence=draw(words), articles=draw(words),
                  penalty=draw(text)),
        points=draw(words),
        review=Review(status=status,
                      history=[StatusChange(status=status, by=draw(text), at=draw(text),
                                            note=draw(text))],
                      comments=draw(st.lists(st.builds(
                          Comment, id=text, text=text, author=text, at=text,
                          block=st.integers(-1, 8), excerpt=text, resolved=st.booleans()),
                          max_size=2))),
    )


# ------------------------------------------------------------------ hostile templates

HUGE = st.sampled_from([10 ** 6, 10 ** 9, 2 ** 31, 99_999_999, -1, 0, 100_000, 64])
_SMALL_STRINGS = st.sampled_from(['"x"', '"ab\\n"', '""', '"\\t"', '"%s"', '"{}"',
                                  '"%0999d"', '"{:>9999999}"', "release.title"])


@st.composite
def template_expressions(draw: st.DrawFn, depth: int = 3) -> str:
    """A Jinja2 expression built to be big: filters and str methods with huge widths and
    counts, repetition, powers, concatenation, nested inside one another."""
    if depth <= 0 or draw(st.booleans()):
        return draw(st.one_of(_SMALL_STRINGS, HUGE.map(str),
                              st.just("[1, 2, 3]"), st.just("[[1] * 1000] * 1000")))
    inner = draw(template_expressions(depth - 1))
    number = draw(HUGE)
    shape = draw(st.sampled_from([
        "({e})|center({n})", "({e})|indent({n})", "({e})|indent(\"y\" * {m})",
        "({e})|format({n})", "({e}) % ({n},)", "({e})|replace(\"\", \"z\" * {m})",
        "({e})|join(\"w\" * {m})", "({e})|wordwrap(1, true, \"v\" * {m})",
        "({e})|truncate({n})", "({e})|batch({n}, 0)|list", "({e})|slice({n})|list",
        "({e})|string|center({n})", "({e})|pprint", "({e})|tojson",
        "({e}) * {n}", "[({e})] * {n}", "({e}) ** {n}", "({e}) ~ ({e}) ~ ({e})",
        "({e}) + ({e})", "({e})|string ~ ({e})|string",
        "({e})|string.ljust({n})", "({e})|string.zfill({n})", "({e})|string.expandtabs({n})",
        "({e})|string.replace(\"\", \"q\" * {m})", "\"{{:>{n}}}\".format({e})",
    ]))
    repeat = draw(st.sampled_from([1, 1000, 100_000]))
    return shape.format(e=inner, n=number, m=repeat)


@st.composite
def hostile_templates(draw: st.DrawFn) -> str:
    """A whole template: expressions printed inside loops, recursive macros or blocks."""
    expression = draw(template_expressions())
    wrapper = draw(st.sampled_from([
        "<p>{{{{ {e} }}}}</p>",
        "{{% for i in range({n}) %}}<p>{{{{ {e} }}}}</p>{{% endfor %}}",
        "{{% for i in range({n}) %}}{{% for j in range({n}) %}}<p>x</p>{{% endfor %}}"
        "{{% endfor %}}<p>{{{{ {e} }}}}</p>",
        "{{% macro m(k) %}}{{% if k %}}{{{{ m(k - 1) }}}}{{{{ m(k - 1) }}}}{{% else %}}"
        "{{{{ {e} }}}}{{% endif %}}{{% endmacro %}}<p>{{{{ m(40) }}}}</p>",
        "{{% set s %}}{{% for i in range({n}) %}}{{{{ {e} }}}}{{% endfor %}}{{% endset %}}"
        "<p>{{{{ s|length }}}}</p>",
        "{{% if false %}}{{{{ {e} }}}}{{% endif %}}<p>tetap</p>",
    ]))
    count = draw(st.sampled_from([3, 1000, 100_000]))
    return '<document title="Uji">' + wrapper.format(e=expression, n=count) + "</document>"


# ------------------------------------------------------------------ hostile zip packages

_ZIP_NAMES = st.sampled_from([
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
    "customXml/item1.xml", "customXml/itemProps1.xml", "manifest.json",
    "templates/baik.xml.j2", "templates/_potong.xml.j2", "starters/awal.rilis",
    "../keluar.txt", "/mutlak.txt", "templates/../../naik.xml.j2", "aset/logo.png",
    "templates/baik\n.xml.j2", "C:\\windows.txt",
])


@st.composite
def zip_member_data(draw: st.DrawFn) -> bytes:
    """What a hostile member holds: deep XML or JSON, entity bombs, zero bombs, noise."""
    depth = draw(st.sampled_from([10, 300, 5000]))
    kind = draw(st.sampled_from(["xml", "json", "laughs", "zeros", "noise", "manifest"]))
    if kind == "xml":
        return (b"<?xml version='1.0'?><w:document xmlns:w='urn:w'>" + b"<w:p>" * depth
                + b"teks" + b"</w:p>" * depth + b"</w:document>")
    if kind == "json":
        return b'{"a":' * depth + b"1" + b"}" * depth
    if kind == "laughs":
        return (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
                b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;&c;&c;</l>')
    if kind == "zeros":
        return b"\0" * draw(st.sampled_from([10, 1_000_000, 4_000_000]))
    if kind == "manifest":
        items = draw(st.integers(0, 3000))
        entry = (b'{"kind": "template", "id": "baik", "file": "templates/baik.xml.j2", '
                 b'"version": -5}')
        return (b'{"format": "rilispack", "version": 1, "name": "\\u001b[2J", "items": ['
                + b", ".join([entry] * items) + b"]}")
    return draw(st.binary(max_size=2000))


@st.composite
def hostile_zips(draw: st.DrawFn) -> bytes:
    """A zip (a DOCX or a ``.rilispack``) of hostile members; some marked as symlinks."""
    import io
    import warnings
    import zipfile

    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) \
            as archive:
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are part of the attack
        for _ in range(draw(st.integers(1, 8))):
            info = zipfile.ZipInfo(draw(_ZIP_NAMES))
            info.compress_type = zipfile.ZIP_DEFLATED
            if draw(st.integers(0, 5)) == 0:
                info.external_attr = 0o120777 << 16  # a symlink entry
            archive.writestr(info, draw(zip_member_data()))
    return buffer.getvalue()
