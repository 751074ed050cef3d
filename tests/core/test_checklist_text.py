"""The checklist judges the rendered release, not the form, and names the field to fix."""

from __future__ import annotations

from pathlib import Path

from app.release.model import Event, Official, Paragraph, Quote, Release
from app.render import templating
from app.review.checklist import CheckItem, run_checklist


def _release(template: str = "berita-kegiatan") -> Release:
    """A fictional village clean-up whose body states every fact."""
    camat = Official(id="camat", name="Sri Wahyuni", short_name="Sri",
                     position="Camat Kalisari")
    return Release(template=template, title="Warga Kalisari Kerja Bakti Bersihkan Saluran Air",
                   dateline="Kalisari", unit="Kecamatan Kalisari", officials=[camat],
                   event=Event(name="Kerja Bakti Saluran Air", date="2026-02-06", time="07.00",
                               place="Balai Desa Kalisari"),
                   body=[Paragraph("@camat memimpin @acara di @tempat, @hari @pukul, untuk "
                                   "mencegah banjir dengan mengangkat sedimen."),
                         Quote(speaker="camat", text="Saluran yang bersih mencegah genangan")])


def _items(release: Release) -> dict[str, CheckItem]:
    return {item.id: item for item in run_checklist(release, with_language=False)}


def test_every_fact_in_the_text_passes() -> None:
    items = _items(_release())
    for key in ("siapa", "apa", "kapan", "di-mana", "mengapa", "bagaimana"):
        assert items[key].status == "pass", (key, items[key].reason)


def test_the_place_filled_but_absent_from_the_text_fails(tmp_path: Path) -> None:
    # a layout that prints the body only as written: no attribution sentence
    release = _release("konferensi-pers")
    release.body[0] = Paragraph("@camat memimpin @acara @hari @pukul untuk mencegah banjir "
                                "dengan mengangkat sedimen.")
    assert _items(release)["di-mana"].status == "pass"  # the header's Tempat line says it
    item = _bare(release, tmp_path)["di-mana"]
    assert item.status == "fail"
    assert item.reason == ('tempat "Balai Desa Kalisari" tidak tertulis di rilis; tulis @tempat '
                           "di formulir Isi")


def _bare(release: Release, folder: Path) -> dict[str, CheckItem]:
    """The checklist with a user template that prints the paragraphs and nothing else
    (no event header, no attribution sentence)."""
    (folder / "polos.xml.j2").write_text(
        '<document title="{{ release.title }}"><title>{{ release.title }}</title>'
        '{% for b in rilis.filled(release.body) %}{% if b.type == "paragraph" %}'
        "<p>{{ rilis.text(b.text) }}</p>{% endif %}{% endfor %}</document>", encoding="utf-8")
    templating.set_default_folders(lambda: [folder])  # conftest restores the default
    release.template = "polos"
    return _items(release)


def test_the_date_and_event_filled_but_absent_fail_with_the_field_named(tmp_path: Path) -> None:
    release = _release()
    release.body[0] = Paragraph("@camat memimpin warga di @tempat untuk mencegah banjir "
                                "dengan mengangkat sedimen.")
    release.title = "Warga Kalisari Cegah Banjir Jelang Musim Hujan"
    items = _bare(release, tmp_path)
    assert items["kapan"].status == "fail"
    assert "tulis @hari di formulir Isi" in items["kapan"].reason
    assert items["apa"].status == "fail"
    assert '"Kerja Bakti Saluran Air" tidak tertulis' in items["apa"].reason


def test_the_layout_adds_what_the_body_left_out_so_the_release_passes() -> None:
    release = _release()
    release.body[0] = Paragraph("@camat memimpin warga untuk mencegah banjir dengan "
                                "mengangkat sedimen.")
    items = _items(release)
    assert items["kapan"].status == "pass"
    assert items["di-mana"].status == "pass"


def test_empty_fields_name_the_form_field() -> None:
    release = _release()
    release.event = Event()
    release.dateline = ""
    release.body[0] = Paragraph("@camat memimpin warga untuk mencegah banjir dengan "
                                "mengangkat sedimen.")
    items = _items(release)
    assert 'isi "Tanggal" di formulir Kegiatan' in items["kapan"].reason
    assert 'isi "Tempat" di formulir Kegiatan' in items["di-mana"].reason
    assert items["di-mana"].status == "fail"


def test_an_official_never_named_in_the_text_fails_who(tmp_path: Path) -> None:
    release = _release()
    release.body = [Paragraph("Warga memimpin kerja bakti di @tempat, @hari @pukul, untuk "
                              "mencegah banjir dengan mengangkat sedimen.")]
    item = _bare(release, tmp_path)["siapa"]
    assert item.status == "fail"
    assert "sebut @id pejabat di formulir Isi" in item.reason
