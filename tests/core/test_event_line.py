"""The event is told in the release: the attribution sentence and where it goes."""

from __future__ import annotations

import datetime as _dt

import pytest

from app.release.model import Block, Event, Official, Paragraph, Quote, Release
from app.render.event_line import Placement, missing, placement, states_date, states_place
from app.render.export import release_plain_text
from app.render.templating import render_document

PLACE = "Gedung Serbaguna Polres Wanakarta"


def _activity(body: list[Block], template: str = "berita-kegiatan") -> Release:
    """A fictional activity release with the shape of a published one: context paragraphs,
    then quotes by the Kapolres; the sentence that said when and where is left out."""
    kapolres = Official(id="kapolres", rank="AKBP", name="Danang Wicaksono Aji",
                        short_name="Danang", position="Kapolres Wanakarta",
                        degrees=["S.H.", "S.I.K."])
    return Release(template=template, title="Polres Wanakarta Rangkul Pemuda Jelang Pemilu",
                   dateline="Wanakarta", unit="Polres Wanakarta", officials=[kapolres],
                   event=Event(name="Temu Wicara Pemuda", date="2023-09-22", time="09.00",
                               place=PLACE),
                   body=body)


SHAPED: list[Block] = [
    Paragraph("Menjelang masa kampanye, ratusan pemuda karang taruna diajak ikut menjaga "
              "suasana tetap sejuk di lingkungan masing-masing."),
    Quote(speaker="kapolres", text="Pemuda adalah mata dan telinga pertama di kampung. "
          "Kami ingin mereka menjadi penyejuk, bukan penyulut", verb="ujar"),
    Paragraph("@kapolres:singkat juga meminta para pemuda memeriksa kebenaran kabar sebelum "
              "membagikannya."),
]


def test_the_published_shape_without_its_attribution_renders_day_and_place() -> None:
    text = release_plain_text(_activity(list(SHAPED)))
    assert "Jumat (22/9)" in text
    assert PLACE in text
    lines = [line for line in text.splitlines() if line.strip()]
    sentence = next(line for line in lines if line.startswith("Hal itu disampaikan"))
    # after the first paragraph, naming the official in full (first mention), time included
    assert lines.index(sentence) == 2
    assert sentence == ("Hal itu disampaikan Kapolres Wanakarta, AKBP Danang Wicaksono Aji, "
                        "S.H., S.I.K., saat Temu Wicara Pemuda, Jumat (22/9) pukul 09.00 WIB "
                        f"di {PLACE}.")
    quote = next(line for line in lines if line.startswith("“Pemuda"))
    assert quote.endswith("ujar AKBP Danang.")


def test_a_body_that_states_the_event_gets_no_sentence() -> None:
    body: list[Block] = [Paragraph("Ratusan pemuda hadir di @tempat, @hari."), *SHAPED[1:]]
    text = release_plain_text(_activity(body))
    assert "Hal itu disampaikan" not in text
    assert text.count(PLACE) == 1


def test_only_the_missing_part_is_told() -> None:
    body: list[Block] = [Paragraph("Temu wicara digelar Jumat (22/9) pagi."), *SHAPED[1:]]
    text = release_plain_text(_activity(body))
    assert "Hal itu disampaikan" in text
    sentence = next(line for line in text.splitlines() if "Hal itu" in line)
    assert sentence.endswith(f"saat Temu Wicara Pemuda, di {PLACE}.")
    assert "pukul" not in sentence


def test_sentence_after_a_leading_quote_uses_the_short_mention() -> None:
    body = [SHAPED[1], SHAPED[0]]
    lines = [line for line in release_plain_text(_activity(body)).splitlines() if line.strip()]
    assert lines[1].startswith("WANAKARTA – “Pemuda")
    assert "Kapolres Wanakarta, AKBP Danang Wicaksono Aji" in lines[1]
    assert lines[2].startswith("Hal itu disampaikan AKBP Danang saat")


def test_without_officials_the_event_itself_is_the_subject() -> None:
    release = _activity([Paragraph("Ratusan pemuda hadir.")])
    release.officials = []
    text = release_plain_text(release)
    assert f"Temu Wicara Pemuda berlangsung Jumat (22/9) pukul 09.00 WIB di {PLACE}. (*)" \
        in text


def test_closing_moves_after_the_sentence_when_the_body_is_one_block() -> None:
    text = release_plain_text(_activity([SHAPED[0]]))
    body_lines = [line for line in text.splitlines() if line.strip()][1:]
    assert not body_lines[0].endswith("(*)")
    assert body_lines[1].endswith(f"di {PLACE}. (*)")


@pytest.mark.parametrize("template", ["siaran-pers", "pengungkapan-kasus", "imbauan"])
def test_other_kinds_tell_the_event_too(template: str) -> None:
    text = release_plain_text(_activity(list(SHAPED), template))
    assert "Jumat (22/9) pukul 09.00 WIB" in text
    assert f"di {PLACE}." in text


def test_press_conference_states_the_event_in_its_header() -> None:
    release = _activity(list(SHAPED), "konferensi-pers")
    text = release_plain_text(release)
    assert "Hal itu disampaikan" not in text
    assert f"Tempat: {PLACE}" in text
    assert placement(render_document(release), release.event) == Placement("header")


def test_placement_says_where_the_event_went() -> None:
    release = _activity(list(SHAPED))
    assert placement(render_document(release), release.event) == Placement("attribution", 2)
    release.body = [SHAPED[0], Paragraph("Acara digelar di @tempat, @hari."), SHAPED[1]]
    assert placement(render_document(release), release.event) == Placement("body", 2)
    release.event = Event()
    assert placement(render_document(release), release.event) == Placement("empty")


@pytest.mark.parametrize("text", ["Jumat (22/9)", "pada 22 September 2023", "Jumat, 22/9/2023",
                                  "tanggal 22-09-2023", "22 Sept lalu", "(2023-09-22)",
                                  "hari jumat"])
def test_usual_forms_state_the_date(text: str) -> None:
    assert states_date(text, _dt.date(2023, 9, 22))


@pytest.mark.parametrize("text", ["Kamis (21/9)", "122/9", "22 Oktober", "2/9/2023", ""])
def test_other_dates_do_not(text: str) -> None:
    assert not states_date(text, _dt.date(2023, 9, 22))


def test_place_match_ignores_case_and_spacing_only() -> None:
    assert states_place("di gedung  serbaguna\nPolres Wanakarta", PLACE)
    assert not states_place("di Gedung Serbaguna", PLACE)
    assert not missing("", Event())
