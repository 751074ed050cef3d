"""The one capped zip-member read that DOCX, reference documents and packs share."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.base.zipread import ZipMemberError, read_member


def _zip(members: dict[str, bytes]) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def test_reads_a_member_within_its_cap() -> None:
    assert read_member(_zip({"a.xml": b"<a/>"}), "a.xml", 4) == b"<a/>"


def test_a_member_over_its_cap_is_refused() -> None:
    archive = _zip({"besar.xml": b"\0" * 2_000_000})  # deflates to a few kB
    with pytest.raises(ZipMemberError) as raised:
        read_member(archive, "besar.xml", 1000)
    assert raised.value.why == "too_big"


def test_missing_and_damaged_members_say_so() -> None:
    with pytest.raises(ZipMemberError) as missing:
        read_member(_zip({"a.xml": b"<a/>"}), "b.xml", 100)
    assert missing.value.why == "missing"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("a.xml", b"<isi-yang-utuh/>")
    damaged = bytearray(buffer.getvalue())
    start = damaged.index(b"<isi-yang-utuh/>")
    damaged[start:start + 5] = b"RUSAK"  # the CRC no longer matches
    with pytest.raises(ZipMemberError) as broken:
        read_member(zipfile.ZipFile(io.BytesIO(bytes(damaged))), "a.xml", 100)
    assert broken.value.why == "broken"
