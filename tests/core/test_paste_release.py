"""A release pasted as text becomes a draft, and exports back as the same text.

Every release here is made up (people, places and events are fictional). The round-trip
test compares the text export with the pasted text after the house-style changes Rilis
makes on purpose (docs/paste.md): one blank line between paragraphs, no WhatsApp marks,
the dateline in capitals with an en dash, curly quotes with the comma inside, the closing
tag at the end of the last paragraph (``(*)`` added when missing), and an official's first
mention printed in full.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.release.indonesian import full_mention
from app.release.model import Official, Paragraph, Quote, Release
from app.release.paste_release import (
    is_blank_draft,
    match_speaker,
    normalise_text,
    parse_quote,
    parse_release,
    split_dateline,
    split_paragraphs,
)
from app.render.export import export_file

KAPOLRES = Official(id="kapolres", rank="AKBP", name="Dimas Hariyanto Saputra",
                    short_name="Dimas", position="Kapolres Sukamaju",
                    degrees=["S.H.", "S.I.K."])
KASATLANTAS = Official(id="kasatlantas", rank="AKP", name="Rini Oktaviani",
                       short_name="Rini", position="Kasat Lantas Polres Sukamaju",
                       degrees=["S.H."])
OFFICIALS = [KAPOLRES, KASATLANTAS]

WHATSAPP = (
    "*Polres Sukamaju Gelar Apel Siaga Banjir Jelang Musim Hujan*\r\n"
    "\r\n"
    "SUKAMAJU - Kapolres Sukamaju, AKBP Dimas Hariyanto Saputra, S.H., S.I.K. memimpin apel "
    "siaga banjir di halaman Mapolres Sukamaju, Senin (2/11).\r\n"
    "   \r\n"
    "Apel diikuti 180 personel gabungan dari Polri, TNI, BPBD dan relawan desa.\r\n"
    "\r\n"
    "\"Kami ingin semua unsur siap sebelum hujan deras datang,\" ujar AKBP Dimas.\r\n"
    "\r\n"
    "Usai apel, AKBP Dimas mengecek perahu karet dan pelampung yang disiagakan.\r\n"
    "\r\n"
    "\"Jangan ragu melapor lewat layanan 110 bila air mulai naik\", pungkasnya.\r\n"
    "\r\n"
    "(*)\r\n")

WORD = (
    "Satlantas Polres Sukamaju Bagikan Helm untuk Pelajar\n"
    "Malang – Kasat Lantas Polres Sukamaju, AKP Rini Oktaviani, S.H. membagikan 60 helm "
    "kepada pelajar SMP Negeri 3 Sukamaju, Rabu (4/11).\n"
    "Pembagian helm itu bagian dari kampanye keselamatan berkendara di sekolah.\n"
    "“Helm bukan untuk menghindari tilang, tetapi untuk melindungi kepala,” kata AKP Rini.\n"
    "Para pelajar juga diajak berjanji tidak membawa sepeda motor ke sekolah. (rin/dim)\n")

WEB = (
    "TULUNGAGUNG – Polres Sukamaju membuka posko pengaduan warga di Pasar Sukamaju mulai "
    "Kamis (5/11).\n"
    "\n"
    "Posko dijaga dua personel setiap hari hingga akhir bulan.\n"
    "\n"
    "Warga dapat melaporkan pungutan liar, pencurian dan gangguan ketertiban lain.\n")

FIRST_MENTION_SHORT = (
    "“Kami hadir untuk mendengar keluhan warga,” ujar AKBP Dimas.\n\n"
    "“Jalan ini rawan kecelakaan,” kata Pak Harun, warga setempat.\n\n"
    "Kegiatan berakhir pukul 11.00 WIB. (*)\n")

HARD_WRAPPED = (
    "Polsek Sukamaju Patroli Malam\n\n"
    "SUKAMAJU -- Polsek Sukamaju menggelar patroli malam di\n"
    "sejumlah titik rawan pencurian kendaraan bermotor,\n"
    "Sabtu (7/11) malam.\n\n"
    "Patroli menyasar parkiran minimarket dan pangkalan ojek.\n")


# ---------------------------------------------------------------- pieces


def test_text_is_normalised_before_reading() -> None:
    text = "a\r\nb\rc\u2028d\u00a0\u00a0e\u200b\t f  \n   \n"
    assert normalise_text(text) == "a\nb\nc\nd e f\n\n"


def test_paragraphs_from_blank_lines_single_lines_and_hard_wraps() -> None:
    assert split_paragraphs("Satu.\n\n\n  \nDua.\nTiga.") == ["Satu.", "Dua.", "Tiga."]
    assert split_paragraphs("Baris yang\ndipotong.\nBaru.") == ["Baris yang dipotong.", "Baru."]
    assert split_paragraphs("Judul\nTULUNGAGUNG – Isi.") == ["Judul", "TULUNGAGUNG – Isi."]
    assert split_paragraphs("Satu.\u2029Dua.") == ["Satu.", "Dua."]
    assert split_paragraphs(" \n\t\n") == []


@pytest.mark.parametrize(("paragraph", "city", "rest"), [
    ("TULUNGAGUNG – Isi.", "TULUNGAGUNG", "Isi."),
    ("Malang - Isi.", "Malang", "Isi."),
    ("SUKAMAJU—Isi.", "", "SUKAMAJU—Isi."),  # no space after the dash: not a dateline
    ("Polres PPU, IKN Nusantara – Isi.", "Polres PPU, IKN Nusantara", "Isi."),
    ("SUKAMAJU -- Isi.", "SUKAMAJU", "Isi."),
    ("Sementara itu - isi.", "", "Sementara itu - isi."),
    ("Kapolres menyampaikan imbauan.", "", "Kapolres menyampaikan imbauan."),
])
def test_dateline_variants(paragraph: str, city: str, rest: str) -> None:
    assert split_dateline(paragraph) == (city, rest)


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("“Kami siap,” ujar AKBP Dimas.", ("Kami siap", "ujar", "AKBP Dimas")),
    ('"Kami siap," ujar AKBP Dimas.', ("Kami siap", "ujar", "AKBP Dimas")),
    ("“Kami siap”, tegas AKBP Dimas.", ("Kami siap", "tegas", "AKBP Dimas")),
    ("“Siapa yang lapor?” tanya AKP Rini.", ("Siapa yang lapor?", "tanya", "AKP Rini")),
    ("“Sudah aman,” tandasnya.", ("Sudah aman", "tandasnya", "")),
    ("“Jumat Curhat” digelar di aula.", None),
    ("“Satu,” ujar AKBP Dimas. “Dua,” tambahnya.", None),
    ("Kapolres berkata, “Kami siap.”", None),
])
def test_quote_paragraphs(paragraph: str, expected: tuple[str, str, str] | None) -> None:
    assert parse_quote(paragraph) == expected


def test_speaker_is_matched_by_rank_and_short_name_full_form_or_position() -> None:
    assert match_speaker("AKBP Dimas", OFFICIALS) == ["kapolres"]
    assert match_speaker("akbp  dimas", OFFICIALS) == ["kapolres"]
    assert match_speaker("Kapolres Sukamaju, AKBP Dimas Hariyanto Saputra, S.H., S.I.K",
                         OFFICIALS) == ["kapolres"]
    assert match_speaker("Kasat Lantas Polres Sukamaju", OFFICIALS) == ["kasatlantas"]
    assert match_speaker("Pak Harun", OFFICIALS) == []


def test_whatsapp_release_is_read_into_fields_and_blocks() -> None:
    parsed = parse_release(WHATSAPP, OFFICIALS)
    assert parsed.title == "Polres Sukamaju Gelar Apel Siaga Banjir Jelang Musim Hujan"
    assert parsed.dateline == "SUKAMAJU"
    assert parsed.closing == "(*)"
    assert parsed.questions == []
    assert parsed.blocks == [
        Paragraph("@kapolres memimpin apel siaga banjir di halaman Mapolres Sukamaju, "
                  "Senin (2/11)."),
        Paragraph("Apel diikuti 180 personel gabungan dari Polri, TNI, BPBD dan relawan "
                  "desa."),
        Quote(speaker="kapolres", text="Kami ingin semua unsur siap sebelum hujan deras datang",
              verb="ujar"),
        Paragraph("Usai apel, @kapolres mengecek perahu karet dan pelampung yang "
                  "disiagakan."),
        Quote(speaker="kapolres", text="Jangan ragu melapor lewat layanan 110 bila air mulai "
              "naik", verb="pungkasnya"),
    ]


def test_unknown_speaker_stays_a_paragraph_and_an_unsure_one_is_a_question() -> None:
    parsed = parse_release(FIRST_MENTION_SHORT, OFFICIALS)
    assert isinstance(parsed.blocks[0], Quote) and parsed.blocks[0].speaker == "kapolres"
    assert parsed.blocks[1] == Paragraph(
        "“Jalan ini rawan kecelakaan,” kata Pak Harun, warga setempat.")
    # a -nya quote with nobody named before it: which official?
    unsure = parse_release("Isi pertama tanpa nama.\n\n“Sudah aman,” tandasnya.", OFFICIALS)
    assert [q.candidates for q in unsure.questions] == [["kapolres", "kasatlantas"]]
    assert isinstance(unsure.blocks[1], Paragraph)
    unsure.resolve(unsure.questions[0], "kasatlantas")
    assert unsure.blocks[1] == Quote(speaker="kasatlantas", text="Sudah aman",
                                     verb="tandasnya")
    # no officials in the draft: quotes stay paragraphs, exactly as written
    plain = parse_release(WHATSAPP, [])
    assert not any(isinstance(block, Quote) for block in plain.blocks)
    assert plain.blocks[2] == Paragraph(
        "\"Kami ingin semua unsur siap sebelum hujan deras datang,\" ujar AKBP Dimas.")


def test_blank_draft() -> None:
    assert is_blank_draft(Release(body=[Paragraph("  ")]))
    assert not is_blank_draft(Release(title="Judul"))
    assert not is_blank_draft(Release(body=[Quote(text="Isi")]))


# ---------------------------------------------------------------- round trip


QUOTED = re.compile(r'^["“](?P<words>.+?)(?P<mark>[,.?!]?)["”][,.]? (?P<verb>[a-z]+)'
                    r"(?P<who> AKBP Dimas| AKP Rini)?\.$")
"""A quote by one of the draft's officials (``-nya`` verbs name nobody)."""


def house_style(pasted: str) -> str:
    """The pasted text as Rilis prints it (the documented changes, nothing else)."""
    paragraphs = [re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])", r"\1", paragraph)
                  for paragraph in split_paragraphs(pasted)]  # WhatsApp marks
    closing = " (*)"  # added when missing
    if re.fullmatch(r"\([^()]*\)", paragraphs[-1]):
        closing = " " + paragraphs.pop()  # the closing tag ends the last paragraph
    elif re.search(r"\([a-z/*]+\)$", paragraphs[-1]):
        closing = ""
    result = []
    for index, paragraph in enumerate(paragraphs):
        city, rest = split_dateline(paragraph)
        if city and index <= 1:
            paragraph = f"{city.upper()} – {rest}"  # capitals and an en dash
        quoted = QUOTED.match(paragraph)
        if quoted and (quoted["who"] or quoted["verb"].endswith("nya")):
            mark = quoted["mark"] if quoted["mark"] in ("?", "!") else ","
            paragraph = f"“{quoted['words']}{mark}” {quoted['verb']}{quoted['who'] or ''}."
        for person in OFFICIALS:             # a full mention's apposition is closed
            full = full_mention(person)
            paragraph = re.sub(re.escape(full) + r"(?= [a-z])", full + ",", paragraph)
        result.append(paragraph)
    return "\n\n".join(result) + closing + "\n"


def exported_text(parsed_into: Release, tmp_path: Path) -> str:
    out = export_file(parsed_into, "txt", tmp_path / "rilis.txt")
    lines = out.read_text(encoding="utf-8").split("\n\n")
    return "\n\n".join(line for line in lines if not line.startswith("[DRAF"))


def paste_into_new_draft(text: str) -> Release:
    release = Release(officials=[Official(**vars(o)) for o in OFFICIALS])
    parsed = parse_release(text, release.officials)
    release.title, release.dateline = parsed.title, parsed.dateline
    release.closing = parsed.closing or release.closing
    release.body = parsed.blocks
    return release


@pytest.mark.parametrize("pasted", [WHATSAPP, WORD, WEB, HARD_WRAPPED],
                         ids=["whatsapp", "word", "web", "hard-wrapped"])
def test_pasted_release_exports_as_the_original(pasted: str, tmp_path: Path) -> None:
    release = paste_into_new_draft(pasted)
    assert exported_text(release, tmp_path) == house_style(pasted)


def test_first_mention_of_a_quoted_official_is_printed_in_full(tmp_path: Path) -> None:
    release = paste_into_new_draft(FIRST_MENTION_SHORT)
    expected = house_style(FIRST_MENTION_SHORT).replace(
        "ujar AKBP Dimas.",
        "ujar Kapolres Sukamaju, AKBP Dimas Hariyanto Saputra, S.H., S.I.K.")
    assert exported_text(release, tmp_path) == expected
