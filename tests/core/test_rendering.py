"""House style on the rendered release: mentions, dateline, quotes, dates, closing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.base.errors import TemplateError
from app.release.model import Paragraph, Release
from app.render.document import ImageBlock, ListBlock, TextBlock
from app.render.export import release_plain_text
from app.render.templating import list_templates, render_document


def test_first_mention_full_then_short(small_release: Release) -> None:
    text = release_plain_text(small_release)
    full = "Kapolsek Sukamaju, AKP Teguh Santoso Wibisono, S.H., S.I.K., M.Si."
    assert text.count(full) == 1
    assert "disampaikan oleh " + full + ", usai" in text   # the apposition is closed
    assert "“Kami siap menjaga pasar tetap aman,” ujar AKP Teguh." in text


@pytest.mark.parametrize(("paragraph", "printed"), [
    ("Apel dipimpin @kapolsek bersama warga.", "M.Si., bersama warga."),
    ("Apel dipimpin @kapolsek.", "M.Si. Kegiatan"),             # no doubled period
    ("Apel dipimpin @kapolsek, lalu bubar.", "M.Si., lalu bubar."),
    ("Apel dipimpin @kapolsek (Kapolsek) hari ini.", "M.Si. (Kapolsek)"),
    ("Apel dipimpin @kanit bersama warga.", "Ipda Laras Pertiwi, bersama warga."),
])
def test_a_full_mention_closes_its_apposition_when_the_sentence_goes_on(
        small_release: Release, paragraph: str, printed: str) -> None:
    """EYD V, III.B: an apposition is set off by commas on both sides; a short mention
    (*AKP Teguh bersama*) opens none."""
    small_release.body = [Paragraph(text=paragraph + " Kegiatan berjalan lancar.")]
    assert printed in release_plain_text(small_release)


def test_first_mention_in_a_quote_attribution_is_full(small_release: Release) -> None:
    text = release_plain_text(small_release)
    assert "“Warga antusias menyambut kami,” kata Kanit Binmas, Ipda Laras Pertiwi." in text


def test_nya_verb_has_no_name_and_closing_follows(small_release: Release) -> None:
    text = release_plain_text(small_release)
    assert "“Terima kasih atas dukungan warga,” tandasnya. (ang/rdk)" in text


def test_dateline_and_event_tokens(small_release: Release) -> None:
    document = render_document(small_release)
    paragraphs = [block for block in document.text_blocks("p")]
    first = paragraphs[0]
    assert first.runs[0].text == "SUKAMAJU –" and first.runs[0].bold
    assert first.text.startswith("SUKAMAJU – Hal itu disampaikan")
    assert "usai kegiatan Patroli Dialogis, Jumat (22/9)." in first.text
    assert paragraphs[1].text == "Kegiatan dimulai pukul 09.00 WIB di Pasar Sukamaju."


def test_mention_at_sentence_end_does_not_double_the_period(small_release: Release) -> None:
    small_release.body = [Paragraph(text="Hadir pula @kapolsek.")]
    small_release.event.date = small_release.event.place = ""  # no attribution sentence
    assert "M.Si. (ang/rdk)" in release_plain_text(small_release)
    assert "M.Si.." not in release_plain_text(small_release)


def test_unknown_mention_and_email_are_left_alone(small_release: Release) -> None:
    small_release.body = [Paragraph(text="Hubungi humas@polsek.example atau @siapa.")]
    assert "humas@polsek.example atau @siapa." in release_plain_text(small_release)


def test_related_stories_are_links(small_release: Release) -> None:
    document = render_document(small_release)
    lists = [block for block in document.blocks if isinstance(block, ListBlock)]
    assert lists[0].items[0][0].href == "https://contoh.example/a"
    assert lists[0].items[1][0].href == ""


def test_javascript_url_never_becomes_a_link(small_release: Release) -> None:
    small_release.related[0].url = "javascript:alert(1)"
    document = render_document(small_release)
    lists = [block for block in document.blocks if isinstance(block, ListBlock)]
    assert all(run.href == "" for item in lists[0].items for run in item)


def test_every_builtin_template_renders_the_sample(sample_release: Release) -> None:
    ids = {info.id for info in list_templates()}
    assert {"berita-kegiatan", "siaran-pers"} <= ids
    for template_id in ids:
        document = render_document(sample_release, template_id)
        titles = list(document.text_blocks("title"))
        assert titles[0].text == sample_release.title
        assert any(isinstance(block, ImageBlock) for block in document.blocks)


def test_siaran_pers_has_letterhead_number_and_contact(sample_release: Release) -> None:
    text = release_plain_text(sample_release, "siaran-pers")
    assert text.startswith("POLRES TRENGGALEK\n\nSIARAN PERS")
    assert "Nomor: B/117/XI/HUM.3.4./2026/Humas" in text
    assert "Untuk disiarkan segera" in text
    assert "Narahubung" in text and "Telepon: 0812-0000-1234" in text
    document = render_document(sample_release, "siaran-pers")
    assert isinstance(document.blocks[0], ImageBlock) and document.blocks[0].role == "emblem"


def test_siaran_pers_embargo_line(sample_release: Release) -> None:
    sample_release.embargo.date = "2026-11-21"
    sample_release.embargo.time = "06.00"
    text = release_plain_text(sample_release, "siaran-pers")
    assert "Embargo sampai Sabtu, 21 November 2026 pukul 06.00 WIB" in text
    assert "Untuk disiarkan segera" not in text


def test_empty_body_gets_a_lead_from_the_event(small_release: Release) -> None:
    small_release.body = []
    text = release_plain_text(small_release)
    assert ("SUKAMAJU – Polsek Sukamaju menggelar Patroli Dialogis di Pasar Sukamaju, "
            "Jumat (22/9) pukul 09.00 WIB.") in text


def test_markup_in_user_text_stays_text(small_release: Release) -> None:
    small_release.title = "<b>Tebal</b> & </document><p>sisipan</p>"
    small_release.body = [Paragraph(text="<rule/> \x01\x0b teks")]
    document = render_document(small_release)
    title = next(document.text_blocks("title"))
    assert title.text == small_release.title
    assert [b for b in document.blocks if not isinstance(b, TextBlock | ListBlock)] == []


def _custom(tmp_path: Path, body: str) -> list[Path]:
    (tmp_path / "uji.xml.j2").write_text(body, encoding="utf-8")
    return [tmp_path]


@pytest.mark.parametrize("body", [
    "{{ release.__class__.__mro__ }}",
    "{{ release.official.__globals__ }}",
    "{{ rilis._release.__init__.__globals__['os'] }}",
])
def test_sandbox_refuses_python_internals(tmp_path: Path, small_release: Release,
                                          body: str) -> None:
    folders = _custom(tmp_path, f'<document>{body}</document>')
    with pytest.raises(TemplateError):
        render_document(small_release, "uji", folders)


def test_unknown_variable_is_an_error(tmp_path: Path, small_release: Release) -> None:
    folders = _custom(tmp_path, "<document><p>{{ release.judul }}</p></document>")
    with pytest.raises(TemplateError, match="variabel"):
        render_document(small_release, "uji", folders)


def test_template_cannot_embed_arbitrary_files(tmp_path: Path, small_release: Release) -> None:
    folders = _custom(tmp_path, '<document><image src="/etc/hostname"/></document>')
    assert render_document(small_release, "uji", folders).blocks == []


def test_dtd_and_bad_markup_are_refused(tmp_path: Path, small_release: Release) -> None:
    folders = _custom(tmp_path, '<!DOCTYPE d [<!ENTITY a "x">]><document>&a;</document>')
    with pytest.raises(TemplateError, match="DTD"):
        render_document(small_release, "uji", folders)
    folders = _custom(tmp_path, "<document><p>tidak ditutup</document>")
    with pytest.raises(TemplateError, match="baris 1"):
        render_document(small_release, "uji", folders)


def test_unknown_template_lists_the_known_ones(small_release: Release) -> None:
    with pytest.raises(TemplateError, match="berita-kegiatan"):
        render_document(small_release, "tidak-ada")
    with pytest.raises(TemplateError, match="tidak sah"):
        render_document(small_release, "../etc/passwd")
