"""Packs carry the files templates and starters use (reference documents, a starter's
photos and emblem): a layout with its reference, exported and imported in a fresh
profile, renders the same release identically; hostile assets are refused."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

import app.render.locations
from app.base.paths import builtin_templates_dir
from app.library.catalog import STARTER, TEMPLATE, Library
from app.library.packs import PackError, apply_import, export_pack, plan_import
from app.release.model import Photo, Release
from app.render.export import export_bytes
from app.render.locations import resolve
from app.render.references import assets_dir, find_reference
from tests.core.test_reference_doc import UNIT_LINES, build_reference


def _template_with_reference(reference_name: str) -> str:
    source = (builtin_templates_dir() / "siaran-pers.xml.j2").read_text(encoding="utf-8")
    return source.replace("{# name: Siaran pers", "{# name: Siaran pers Polres\n"
                          f"reference: {reference_name}", 1)


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()
                if name.startswith("word/")}


def test_layout_and_starter_with_assets_round_trip(tmp_path: Path, sample_release: Release,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    library = Library(resolve())
    user = library.target()
    assets_dir(user).mkdir(parents=True)
    build_reference(assets_dir(user) / "kop-polres.docx")
    library.save_template("siaran-polres", _template_with_reference("kop-polres.docx"))
    sample_release.template = "siaran-polres"
    library.save_starter(sample_release, "polres-sidomulyo", "Polres Sidomulyo",
                         reference="kop-polres.docx")
    app.render.locations.refresh()
    assert find_reference(sample_release) == assets_dir(user) / "kop-polres.docx"
    before = export_bytes(sample_release, "docx")
    starter_before = library.load_starter("polres-sidomulyo")
    pack = export_pack([library.find(TEMPLATE, "siaran-polres"),
                        library.find(STARTER, "polres-sidomulyo")], tmp_path / "paket")
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assets = {item["id"] for item in manifest["items"] if item["kind"] == "aset"}
        starter_json = json.loads(archive.read("starters/polres-sidomulyo.rilis"))
    photos = [block["path"] for block in starter_json["body"] if block["type"] == "photo"]
    assert "kop-polres.docx" in assets
    assert photos and all(path.startswith("../assets/") for path in photos)
    assert starter_json["emblem"].startswith("../assets/")
    assert {Path(path).name for path in photos} | {Path(starter_json["emblem"]).name} <= assets

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "profil-baru"))
    app.render.locations.refresh()
    fresh = Library(resolve())
    plan = plan_import(pack, fresh)
    assert plan.actions[("aset", "kop-polres.docx")] == "tambah"
    written = apply_import(plan, fresh.target())
    assert assets_dir(fresh.target()) / "kop-polres.docx" in written
    app.render.locations.refresh()
    starter_after = Library(resolve()).load_starter("polres-sidomulyo")
    moved = [block for block in starter_after.body if isinstance(block, Photo)]
    assert moved and all(Path(block.path).is_file() for block in moved)
    assert all(str(tmp_path / "profil-baru") in block.path for block in moved)
    assert Path(starter_after.emblem).read_bytes() == Path(starter_before.emblem).read_bytes()
    assert find_reference(sample_release) == assets_dir(fresh.target()) / "kop-polres.docx"
    after = export_bytes(sample_release, "docx")
    before_parts, after_parts = _parts(before), _parts(after)
    assert before_parts.keys() == after_parts.keys()
    for name in before_parts:
        assert before_parts[name] == after_parts[name], name
    assert any(line.encode() in after_parts["word/header1.xml"] + after_parts.get(
        "word/header2.xml", b"") for line in UNIT_LINES)


def _pack(tmp_path: Path, items: list[dict[str, str]], files: dict[str, bytes]) -> Path:
    path = tmp_path / "uji.rilispack"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(
            {"format": "rilispack", "version": 1, "name": "Uji", "items": items}))
        for name, content in files.items():
            archive.writestr(name, content)
    return path


@pytest.mark.parametrize(("asset_id", "member", "content", "fragment"), [
    ("../kop.docx", "assets/kop.docx", b"x", "tidak sah"),
    ("kop.docx", "../assets/kop.docx", b"x", "berbahaya"),
    ("kop.exe", "assets/kop.exe", b"MZ", "tidak sah"),
    ("kop.docx", "assets/kop.docx", b"bukan docx", "zip rusak"),
    ("lambang.png", "assets/lambang.png", b"\x89PNG rusak", "bukan gambar"),
    ("kop.docx", "assets/kop.docx", b"\0" * 10_000_001, "terlalu besar"),
])
def test_hostile_assets_are_refused_and_nothing_written(
        tmp_path: Path, asset_id: str, member: str, content: bytes, fragment: str) -> None:
    pack = _pack(tmp_path, [{"id": asset_id, "kind": "aset", "file": member}],
                 {member: content})
    library = Library(resolve())
    with pytest.raises(PackError, match=fragment):
        plan_import(pack, library)
    assert not assets_dir(library.target()).exists()
    assert not (tmp_path / "kop.docx").exists()
