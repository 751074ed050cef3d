"""Template library: kinds, locations and precedence, starters, validation, packs."""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from pathlib import Path

import docx
import pytest

from app.base.errors import RilisError, TemplateError
from app.base.paths import resources_dir
from app.library.catalog import STARTER, TEMPLATE, Library
from app.library.packs import PackError, apply_import, export_pack, plan_import
from app.library.template_check import validate_template
from app.release.draftfile import load_draft
from app.release.model import Release
from app.render.document import ListBlock
from app.render.export import export_bytes, release_plain_text
from app.render.locations import resolve
from app.render.templating import list_templates, render_document

SAMPLES = resources_dir() / "samples"
KINDS = ["berita-kegiatan", "siaran-pers", "pengungkapan-kasus", "imbauan", "konferensi-pers"]


@pytest.mark.parametrize("template_id", KINDS)
def test_each_builtin_kind_has_a_sample_and_renders_everywhere(template_id: str) -> None:
    info = next(info for info in list_templates() if info.id == template_id)
    assert info.sample is not None and info.description
    release = load_draft(info.sample)
    html = export_bytes(release, "html", template_id).decode("utf-8")
    assert "<h1" in html and release.title.split()[0] in html
    document = docx.Document(io.BytesIO(export_bytes(release, "docx", template_id)))
    assert any(p.style.name == "Title" for p in document.paragraphs)
    assert release_plain_text(release, template_id).strip()


def test_case_disclosure_has_suspects_evidence_articles_and_appeal() -> None:
    release = load_draft(SAMPLES / "pengungkapan-kasus.rilis")
    text = release_plain_text(release)
    assert "- RS (31), pengedar dan pemilik barang" in text
    assert "1. 27 paket sabu dengan berat total 27,4 gram" in text
    assert ("dijerat Pasal 114 ayat (2) Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika dan "
            "Pasal 112 ayat (2)") in text
    assert "dengan ancaman pidana penjara paling singkat enam tahun" in text
    # the officer's appeal (last quote) closes the release after the case facts
    assert text.index("Pasal yang disangkakan") < text.index("“Kami berterima kasih")
    assert text.rstrip().endswith("pungkasnya. (yhs/dmp)")
    document = docx.Document(io.BytesIO(export_bytes(release, "docx")))
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 5


def test_advisory_has_numbered_points_then_closing() -> None:
    release = load_draft(SAMPLES / "imbauan.rilis")
    document = render_document(release)
    lists = [block for block in document.blocks if isinstance(block, ListBlock)]
    assert lists[0].ordered and len(lists[0].items) == 4
    text = release_plain_text(release)
    assert "\n4. Segera laporkan" in text and "\n\n(*)\n" in text
    assert "Untuk itu, Kasat Reskrim Polres Pacitan menyampaikan" in text


def test_press_conference_lists_speakers_then_short_mentions() -> None:
    release = load_draft(SAMPLES / "konferensi-pers.rilis")
    text = release_plain_text(release)
    assert "- Dandim 0804/Magetan, Letkol Inf Rudy Setiawan Harahap" in text
    assert "Hari/tanggal: Jumat, 18 Desember 2026" in text
    assert "kata Letkol Inf Rudy." in text and "tutur Sri Lestari." in text
    assert text.count("AKBP Hendra Wijayakusuma") == 1


def _team(tmp_path: Path, name: str = "tim") -> Path:
    folder = tmp_path / name / "templates"
    folder.mkdir(parents=True)
    return folder.parent


SIMPLE = ("{# name: Ringkas\ndescription: Versi {where} #}\n"
          "<document><title>{{ release.title }}</title><p>{where}</p></document>")


def test_precedence_user_then_team_then_builtin(tmp_path: Path) -> None:
    team = _team(tmp_path)
    (team / "templates" / "berita-kegiatan.xml.j2").write_text(
        SIMPLE.replace("{where}", "tim"), encoding="utf-8")
    library = Library(resolve([team]))
    entry = library.find(TEMPLATE, "berita-kegiatan")
    assert entry.location.kind == "tim" and [p.kind for p in entry.shadowed] == ["bawaan"]
    library.save_template("berita-kegiatan", SIMPLE.replace("{where}", "pengguna"))
    entry = Library(resolve([team])).find(TEMPLATE, "berita-kegiatan")
    assert entry.location.kind == "pengguna"
    assert [p.kind for p in entry.shadowed] == ["tim", "bawaan"]
    release = load_draft(SAMPLES / "kegiatan-polres.rilis")
    folders = resolve([team]).template_folders()
    assert "pengguna" in release_plain_text_with(release, folders)


def release_plain_text_with(release: object, folders: list[Path]) -> str:
    from app.render.writers.text import write_text

    return write_text(render_document(release, None, folders))  # type: ignore[arg-type]


def test_unreachable_and_read_only_team_folders_are_reported(tmp_path: Path) -> None:
    locations = resolve([tmp_path / "tidak-ada"])
    assert [place.kind for place in locations.places] == ["pengguna", "bawaan"]
    assert "tidak dapat dijangkau" in locations.problems[0]
    assert Library(locations).entries(TEMPLATE)


def test_builtins_cannot_be_deleted_but_copies_can(tmp_path: Path) -> None:
    library = Library(resolve())
    with pytest.raises(RilisError, match="bawaan"):
        library.delete(TEMPLATE, "siaran-pers", "bawaan")
    path = library.duplicate_template("siaran-pers", "siaran-pers-polsek")
    assert path.is_file() and Library(resolve()).find(TEMPLATE, "siaran-pers-polsek")
    library.delete(TEMPLATE, "siaran-pers-polsek")
    with pytest.raises(RilisError, match="tidak ditemukan"):
        Library(resolve()).find(TEMPLATE, "siaran-pers-polsek")


def test_invalid_template_is_never_saved() -> None:
    library = Library(resolve())
    with pytest.raises(RilisError, match="baris 2"):
        library.save_template("rusak", "<document>\n{{ release.judul }}</document>")
    assert not (library.target().templates_dir / "rusak.xml.j2").exists()


@pytest.mark.parametrize(("source", "fragment"), [
    ("<document>{{ release.__class__.__mro__ }}</document>", "dilarang"),
    ("<document>{{ rilis.mention.__globals__ }}</document>", "dilarang"),
    ("<document>{{ release.official.__func__ }}</document>", "dilarang"),
    ("<document>{% import 'os' as os %}</document>", "tidak ada di folder templat"),
    ("<document>{% include '../../../etc/passwd' %}</document>", "tidak ada"),
    ("<document>{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
     "{% endfor %}</document>", "terlalu lama"),
    ("<document>{% for i in range(10**9) %}{% endfor %}</document>", "terlalu besar"),
    ("<document>{{ 'a' * 100000000 }}</document>", "terlalu besar"),
    ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}<document>{{ f(1) }}</document>", "rekursi"),
    ("<document>{{ lipsum.__globals__ }}</document>", "tidak dikenal"),
    ("<document>{{ cycler.__init__.__globals__.os }}</document>", "tidak dikenal"),
    ("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><document>&e;</document>", "DTD"),
    ("<document>\n\n{% if %}</document>", "baris 3"),
    ("<document><p>{{ tidak_ada }}</p></document>", "tidak_ada"),
])
def test_hostile_templates_are_refused(source: str, fragment: str) -> None:
    problems = validate_template(source)
    assert problems, source
    assert fragment in " ".join(str(problem) for problem in problems)


def test_oversized_template_is_refused() -> None:
    problems = validate_template("<document>" + "x" * 300_000 + "</document>")
    assert "terlalu besar" in str(problems[0])


def test_valid_builtin_templates_pass_validation() -> None:
    for info in list_templates():
        assert validate_template(info.path.read_text(encoding="utf-8")) == [], info.id


def test_starter_round_trip_through_a_pack_on_a_fresh_profile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = load_draft(SAMPLES / "kegiatan-polres.rilis")
    library = Library(resolve())
    library.save_starter(source, "polres-trenggalek", "Polres Trenggalek", "Kop dan pejabat")
    today, now = datetime.date(2026, 12, 1), "2026-12-01T08:00:00+07:00"
    before = library.new_from_starter("polres-trenggalek", today, now)
    pack = export_pack([library.find(STARTER, "polres-trenggalek"),
                        library.find(TEMPLATE, "siaran-pers")], tmp_path / "paket")
    assert pack.name == "paket.rilispack"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "profil-baru"))
    fresh = Library(resolve())
    with pytest.raises(RilisError):
        fresh.find(STARTER, "polres-trenggalek")
    plan = plan_import(pack, fresh)
    assert plan.actions == {(STARTER, "polres-trenggalek"): "tambah",
                            (TEMPLATE, "siaran-pers"): "tambah",
                            ("aset", "foto-sosialisasi.jpg"): "tambah",
                            ("aset", "lambang-contoh.png"): "tambah"}
    apply_import(plan, fresh.target())
    after = Library(resolve()).new_from_starter("polres-trenggalek", today, now)
    # The photo and emblem travel in the pack and now live in the new profile's assets/.
    pairs = [(a.path, b.path) for a, b in zip(after.photos(), before.photos(), strict=True)]
    for moved, origin in [*pairs, (after.emblem, before.emblem)]:
        assert Path(moved).read_bytes() == Path(origin).read_bytes()
        assert str(tmp_path / "profil-baru") in moved
    for moved_photo, original_photo in zip(after.photos(), before.photos(), strict=True):
        moved_photo.path = original_photo.path
    after.emblem = before.emblem
    assert after == before
    assert after.event.date == "2026-12-01" and after.officials == source.officials
    again = plan_import(pack, Library(resolve()))
    assert set(again.actions.values()) == {"ganti"}


def _pack(tmp_path: Path, manifest: object, files: dict[str, str]) -> Path:
    path = tmp_path / "uji.rilispack"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", manifest if isinstance(manifest, str)
                         else json.dumps(manifest))
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def _manifest(file_name: str, kind: str = "templat", entry_id: str = "baru") -> dict[str, object]:
    return {"format": "rilispack", "version": 1, "name": "Uji",
            "items": [{"id": entry_id, "kind": kind, "file": file_name, "name": "Baru"}]}


GOOD = "<document><title>{{ release.title }}</title></document>"


@pytest.mark.parametrize(("manifest", "files", "fragment"), [
    (_manifest("../luar.xml.j2"), {"../luar.xml.j2": GOOD}, "berbahaya"),
    (_manifest("/etc/rilis.xml.j2"), {"/etc/rilis.xml.j2": GOOD}, "berbahaya"),
    (_manifest("templates/a.xml.j2"), {"templates/a.xml.j2": GOOD, "../../x": "x"}, "berbahaya"),
    (_manifest("templates/a.xml.j2", entry_id="../a"), {"templates/a.xml.j2": GOOD}, "tidak sah"),
    ("{rusak", {}, "bukan JSON"),
    ({"format": "lain", "version": 1, "items": []}, {}, "format"),
    ({"format": "rilispack", "version": 1, "items": []}, {}, "items"),
    ({"format": "rilispack", "version": 99, "items": [{}]}, {}, "lebih baru"),
    (_manifest("templates/a.xml.j2"), {}, "tidak ada di paket"),
    (_manifest("templates/a.xml.j2"), {"templates/a.xml.j2": "{{ release.__class__ }}"},
     "tidak sah"),
    (_manifest("starters/a.rilis", "starter"), {"starters/a.rilis": "{}"}, "tidak sah"),
])
def test_bad_packs_are_refused_and_nothing_is_written(
        tmp_path: Path, manifest: object, files: dict[str, str], fragment: str) -> None:
    pack = _pack(tmp_path, manifest, files)
    library = Library(resolve())
    with pytest.raises(PackError, match=fragment):
        plan_import(pack, library)
    assert not library.target().templates_dir.exists()
    assert not (tmp_path / "luar.xml.j2").exists()


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bukan.rilispack"
    bad.write_bytes(b"bukan zip")
    with pytest.raises(PackError, match="zip rusak"):
        plan_import(bad, Library(resolve()))


def test_template_error_in_render_names_the_template(tmp_path: Path) -> None:
    (tmp_path / "x.xml.j2").write_text("<document>{{ release.judul }}</document>",
                                       encoding="utf-8")
    release = load_draft(SAMPLES / "kegiatan-polres.rilis")
    with pytest.raises(TemplateError, match="atribut 'judul' tidak ada"):
        render_document(release, "x", [tmp_path])


def test_team_folders_from_the_settings_are_searched(tmp_path: Path) -> None:
    import app.render.locations
    from app.base.settings import Settings, load_settings, save_settings

    team = _team(tmp_path, "bersama")
    (team / "templates" / "kabar-tim.xml.j2").write_text(SIMPLE.replace("{where}", "tim"),
                                                        encoding="utf-8")
    settings = load_settings()
    settings.team_folders = [str(team), str(tmp_path / "putus")]
    save_settings(settings)
    locations = app.render.locations.refresh()
    assert [place.kind for place in locations.places] == ["pengguna", "tim", "bawaan"]
    assert "putus" in locations.problems[0]
    found = {info.id: info for info in list_templates()}
    assert found["kabar-tim"].path == team / "templates" / "kabar-tim.xml.j2"
    assert found["kabar-tim"].description == "Versi tim"
    assert release_plain_text(Release(title="Uji"), "kabar-tim") == "Uji\n\ntim\n"
    assert Settings().team_folders == [] and Settings().team_folders is not Settings(
        ).team_folders  # a fresh list each time, never one shared default
    settings.team_folders = []
    save_settings(settings)
    locations = app.render.locations.refresh()
    assert [place.kind for place in locations.places] == ["pengguna", "bawaan"]
    assert locations.problems == []
    assert "kabar-tim" not in {info.id for info in list_templates()}


# ---------------------------------------------------------------- copies get names (issue 11.8)

def test_a_duplicate_gets_a_name_of_its_own_and_the_lists_tell_them_apart() -> None:
    from app.library.catalog import Library
    from app.render.templating import read_header

    library = Library()
    first = library.duplicate_template("berita-kegiatan", "berita-polsek")
    second = library.duplicate_template("berita-kegiatan", "berita-polres")
    third = library.duplicate_template("berita-polsek", "berita-polsek-2")
    names = [read_header(path.read_text(encoding="utf-8"))["name"]
             for path in (first, second, third)]
    assert names == ["Berita kegiatan (salinan)", "Berita kegiatan (salinan 2)",
                     "Berita kegiatan (salinan 3)"]
    labels = library.template_labels()
    assert labels["berita-kegiatan"] == "Berita kegiatan"
    assert labels["berita-polsek"] == "Berita kegiatan (salinan) · folder saya"
    assert len(set(labels.values())) == len(labels)


def test_same_names_made_outside_rilis_are_told_apart_by_id() -> None:
    from app.library.catalog import Library, with_name

    library = Library()
    source = (library.find("templat", "berita-kegiatan").path).read_text(encoding="utf-8")
    library.save_template("kegiatan-a", with_name(source, "Kegiatan Polsek"))
    library.save_template("kegiatan-b", with_name(source, "Kegiatan Polsek"))
    labels = library.template_labels()
    assert labels["kegiatan-a"] == "Kegiatan Polsek · folder saya [kegiatan-a]"
    assert labels["kegiatan-b"] == "Kegiatan Polsek · folder saya [kegiatan-b]"


def test_renaming_keeps_the_rest_of_the_header() -> None:
    from app.library.catalog import with_name
    from app.render.templating import read_header

    source = "{# name: Imbauan\ndescription: Imbauan kepada warga.\nsample: imbauan.rilis #}\nx"
    renamed = with_name(source, "Imbauan (salinan)")
    assert read_header(renamed) == {"name": "Imbauan (salinan)",
                                    "description": "Imbauan kepada warga.",
                                    "sample": "imbauan.rilis"}
    assert renamed.endswith("#}\nx")
    assert read_header(with_name("<document/>", "Baru"))["name"] == "Baru"
