"""Damaged draft files give the clear load error, never a traceback or a changed file."""

from __future__ import annotations

import dataclasses
import json
import random
import re
import types
import typing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.base.errors import DraftError
from app.release.draftfile import dumps, load_draft, loads
from app.release.model import Release
from tests.hardening.strategies import examples


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from app.base.paths import sample_draft

    return sample_draft().read_bytes()


PYTHON_INTERNALS = re.compile(
    r"Traceback|\b\w+(Error|Exception)\b|NoneType|object has no|not subscriptable|"
    r"<[a-z_.]+ object at 0x|\bline \d+, in\b")
"""What a message would hold if an exception's text leaked through instead of ours."""


def _assert_well_typed(value: object, hint: object, place: str) -> None:
    """``value`` matches the model's annotation ``hint`` all the way down: whatever the file
    held, a loaded release has a str where the model says str, a list of officials, ..."""
    origin = typing.get_origin(hint)
    if hint is typing.Any or hint is object:
        return
    if origin is typing.Literal:
        assert value in typing.get_args(hint), f"{place}: {value!r} not in {hint}"
    elif origin in (types.UnionType, typing.Union):
        options = typing.get_args(hint)
        if value is None:
            assert type(None) in options, f"{place}: None"
            return
        matching = [option for option in options
                    if type(value) is (typing.get_origin(option) or option)]
        assert matching, f"{place}: {type(value).__name__}, not {hint}"
        _assert_well_typed(value, matching[0], place)
    elif origin is list:
        assert type(value) is list, f"{place}: {type(value).__name__}, not list"
        (item,) = typing.get_args(hint)
        for index, element in enumerate(value):
            _assert_well_typed(element, item, f"{place}[{index}]")
    elif origin is dict:
        assert type(value) is dict, f"{place}: {type(value).__name__}, not dict"
    elif origin is tuple:
        assert type(value) is tuple, f"{place}: {type(value).__name__}"
    elif isinstance(hint, type) and dataclasses.is_dataclass(hint):
        assert type(value) is hint, f"{place}: {type(value).__name__}, not {hint.__name__}"
        hints = typing.get_type_hints(hint)
        for field in dataclasses.fields(hint):
            _assert_well_typed(getattr(value, field.name), hints[field.name],
                               f"{place}.{field.name}")
    else:
        assert isinstance(hint, type), f"{place}: unexpected annotation {hint!r}"
        assert type(value) is hint, f"{place}: {type(value).__name__}, not {hint.__name__}"


def _load_or_refuse(path: Path) -> None:
    """Either the clear load error (naming the file, in our words, one line per problem) or
    a release that is well typed and saves and loads back unchanged; the file untouched."""
    before = path.read_bytes()
    try:
        release = load_draft(path)
    except DraftError as error:
        message = str(error)
        assert error.message.startswith(f"{path}: ") or str(path) in error.message, message
        assert len(error.message) > len(f"{path}: ") + 10, message
        assert not PYTHON_INTERNALS.search(message), message
        assert all(problem.strip() and "\n" not in problem for problem in error.problems)
    else:
        _assert_well_typed(release, Release, "release")
        text = dumps(release)
        assert loads(text) == release
        assert dumps(loads(text)) == text
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_every_truncation_of_the_sample(good_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "potong.rilis"
    for length in range(0, len(good_bytes), 7):
        path.write_bytes(good_bytes[:length])
        _load_or_refuse(path)


def test_random_bit_flips(good_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "balik.rilis"
    rng = random.Random(20261128)
    for _ in range(1500):
        data = bytearray(good_bytes)
        for _ in range(rng.randint(1, 8)):
            position = rng.randrange(len(data))
            data[position] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        _load_or_refuse(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.text(max_size=8), children, max_size=4),
    max_leaves=20)
KEYS = ["version", "template", "title", "dateline", "officials", "event", "body", "related",
        "closing", "contact", "meta", "embargo", "case", "points", "review", "versions"]


@settings(max_examples=examples(600), deadline=None)
@given(replacements=st.dictionaries(st.sampled_from(KEYS), json_values, min_size=1))
def test_wrong_types_in_any_key(tmp_path_factory: pytest.TempPathFactory,
                                replacements: dict[str, object]) -> None:
    data = json.loads(dumps(Release()))
    data.update(replacements)
    path = tmp_path_factory.mktemp("tipe") / "salah.rilis"
    try:
        path.write_text(json.dumps(data), encoding="utf-8")
    except ValueError:
        return
    _load_or_refuse(path)


@settings(max_examples=examples(300), deadline=None)
@given(value=json_values)
def test_wrong_types_inside_lists(tmp_path_factory: pytest.TempPathFactory,
                                  value: object) -> None:
    data = json.loads(dumps(Release()))
    data["officials"] = [value]
    data["body"] = [value, {"type": "quote", "speaker": value, "text": value}]
    data["review"] = {"comments": [value], "history": [value], "status": value}
    data["versions"] = [value, {"content": value}]
    path = tmp_path_factory.mktemp("daftar") / "salah.rilis"
    path.write_text(json.dumps(data), encoding="utf-8")
    _load_or_refuse(path)


def test_deeply_nested_and_huge_files(tmp_path: Path) -> None:
    path = tmp_path / "aneh.rilis"
    for content in ('{"version": 2, "body": ' + "[" * 50_000 + "]" * 50_000 + "}",
                    '{"a":' * 5000 + "1" + "}" * 5000,
                    '{"version": 2, "title": "' + "x" * 5_000_000 + '"}',
                    "\ufeff" + '{"version": 2}', "null", '"teks"', "1e999999"):
        path.write_text(content, encoding="utf-8")
        _load_or_refuse(path)
    path.write_bytes(b"\x00" * 1000)
    _load_or_refuse(path)
    path.unlink()
    big = tmp_path / "besar.rilis"
    with big.open("wb") as handle:
        handle.seek(60 * 1024 * 1024)
        handle.write(b"}")
    with pytest.raises(DraftError, match="terlalu besar"):
        load_draft(big)
