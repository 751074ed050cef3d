"""The WhatsApp route: every sample renders as chat text a test can read back, long
releases split at paragraphs with numbering, photos go beside the text compressed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app.base.paths import samples_dir
from app.cli import main
from app.release.draftfile import load_draft, save_draft
from app.release.model import Official, Paragraph, Photo, Quote, Release
from app.render.document import Document, Run, TextBlock
from app.render.templating import render_document
from app.render.wa_export import CHAT_PIXELS, export_whatsapp, whatsapp_texts
from app.render.writers.whatsapp import MESSAGE_LIMIT, SHORT_LIMIT, split_messages, write_whatsapp

SAMPLES = sorted(samples_dir().glob("*.rilis"))
BOLD_LINE = re.compile(r"^\*[^*\s][^*\n]*[^*\s]\*$")
URL = re.compile(r"https?://\S+")


def long_release(folder: Path) -> Release:
    """A made-up release of about 9,000 characters (a case with a long chronology)."""
    photo = folder / "foto-besar.png"
    Image.new("RGB", (4000, 3000), (120, 140, 160)).save(photo)
    body: list[Paragraph | Quote | Photo] = [Paragraph(
        text="Satreskrim Polres Sukamaju menangkap dua orang yang diduga mencuri kabel "
             "tembaga milik perusahaan listrik di tiga desa, Senin (7/12).")]
    for number in range(1, 19):
        body.append(Paragraph(text=f"Kronologi bagian {number}: petugas menelusuri jejak "
                              "kendaraan bak terbuka yang terlihat di sekitar gardu pada "
                              "malam hari, lalu mencocokkan keterangan saksi dengan rekaman "
                              "kamera warga. Seluruh keterangan dicatat dalam berita acara "
                              "pemeriksaan yang disusun oleh penyidik pembantu."))
        if number == 9:
            body.append(Photo(path=str(photo), caption="Barang bukti kabel tembaga.",
                              credit="Humas Polres Sukamaju"))
    body.append(Quote(speaker="kasat", text="Kami imbau warga segera melapor bila melihat "
                                            "aktivitas mencurigakan di sekitar gardu"))
    return Release(title="Polres Sukamaju Ungkap Pencurian Kabel di Tiga Desa",
                   dateline="Sukamaju", unit="Polres Sukamaju",
                   officials=[Official(id="kasat", rank="AKP", name="Dimas Prakoso",
                                       short_name="Dimas", position="Kasat Reskrim")],
                   body=body)


def unbold(text: str) -> str:
    """The text without WhatsApp's bold pairs (a lone ``(*)`` closing stays)."""
    return re.sub(r"\*([^*\n]+?)\*", r"\1", text)


def read_back(message: str) -> dict[str, Any]:
    """Parse a WhatsApp message the way a reader sees its structure."""
    blocks = message.split("\n\n")
    return {
        "blocks": blocks,
        "bold_lines": [block for block in blocks if BOLD_LINE.match(block)],
        "urls": URL.findall(message),
        "wrapped_urls": re.findall(r"[*_(\[]https?://", message),
        "triple_newlines": "\n\n\n" in message,
    }


@pytest.mark.parametrize("draft", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_each_sample_renders_as_whatsapp_text(draft: Path) -> None:
    release = load_draft(draft)
    document = render_document(release)
    messages = write_whatsapp(document)
    assert len(messages) == 1 and len(messages[0]) <= MESSAGE_LIMIT
    parsed = read_back(messages[0])
    blocks = parsed["blocks"]
    assert isinstance(blocks, list)
    # the DRAF line first (the samples are drafts), then the bold title
    assert blocks[0] == "*[DRAF — belum disetujui untuk dipublikasikan (status: Draf)]*"
    title = next(document.text_blocks("title")).text
    assert f"*{title}*" in blocks
    # the dateline in bold at the start of the lead paragraph
    dateline = release.dateline.upper()
    leads = [block for block in blocks if block.startswith(f"*{dateline} –*")]
    assert len(leads) == 1, blocks
    # paragraphs separated by exactly one blank line, no empty blocks
    assert not parsed["triple_newlines"] and all(block.strip() for block in blocks)
    plain = [unbold(block) for block in blocks]
    for paragraph in document.text_blocks("p"):  # every paragraph, whole, as its own block
        assert paragraph.text in plain
    # links bare: never inside markup or brackets
    assert not parsed["wrapped_urls"]
    for story in release.related:
        if story.url:
            assert story.url in parsed["urls"]
            assert f"- {story.title}\n{story.url}" in messages[0]


def test_foreign_terms_and_bold_runs_use_whatsapp_markup() -> None:
    document = Document(title="Uji", blocks=[
        TextBlock("title", [Run("Patroli Siber")]),
        TextBlock("p", [Run("SUKAMAJU – ", bold=True), Run("Petugas memantau "),
                        Run("cyber crime", italic=True), Run(" dan "),
                        Run("hoaks ", bold=True), Run("di "),
                        Run("situs resmi", href="https://contoh.example/a"), Run(".")]),
    ])
    text = write_whatsapp(document)[0]
    assert text == ("*Patroli Siber*\n\n*SUKAMAJU –* Petugas memantau _cyber crime_ dan "
                    "*hoaks* di situs resmi https://contoh.example/a.")


def test_long_release_splits_at_paragraphs_with_numbering(tmp_path: Path) -> None:
    release = long_release(tmp_path)
    messages, photos = whatsapp_texts(release)
    assert len(messages) >= 2 and len(photos) == 1
    whole = render_document(release)
    paragraphs = [block.text for block in whole.text_blocks("p")]
    total = len(messages)
    seen = []
    for number, message in enumerate(messages, start=1):
        assert len(message) <= MESSAGE_LIMIT
        lines = message.split("\n\n")
        assert lines[0].startswith("*[DRAF") and lines[1] == f"({number}/{total})"
        seen += lines[2:]
    # no paragraph is cut: each appears whole, once, in the messages
    for paragraph in paragraphs[1:]:  # the lead's dateline is bold
        assert seen.count(paragraph) == 1
    assert seen[0] == f"*{release.title}*" and unbold(seen[1]) == paragraphs[0]


def test_a_paragraph_longer_than_a_message_is_cut_at_sentences() -> None:
    sentence = "Petugas memeriksa kelengkapan surat kendaraan di pos pantau. "
    messages = split_messages(["Pembuka.", sentence * 40], [], limit=1000)
    assert len(messages) >= 3
    for message in messages:
        assert len(message) <= 1000
        body = message.split("\n\n", 1)[1]
        assert body.endswith(".")


def test_short_version_is_lead_and_one_quote_within_a_status(sample_release: Release) -> None:
    messages, photos = whatsapp_texts(sample_release, short=True)
    assert len(messages) == 1 and len(photos) == 1
    text = messages[0]
    assert len(text) <= SHORT_LIMIT
    blocks = text.split("\n\n")
    assert blocks[0].startswith("*[DRAF") and blocks[1].startswith("*Polres Trenggalek")
    assert blocks[2].startswith("*TRENGGALEK –*")
    assert blocks[3].startswith("“Pelajar adalah") and len(blocks) == 4


def test_render_wa_writes_messages_and_chat_photos(tmp_path: Path) -> None:
    release = long_release(tmp_path)
    draft = tmp_path / "kabel.rilis"
    save_draft(release, draft)
    original = Path(release.photos()[0].path).read_bytes()
    out = tmp_path / "kirim"
    assert main(["render", str(draft), "-f", "wa", "-o", str(out), "-q"]) == 0
    parts = sorted(out.glob("pesan-*.txt"))
    assert len(parts) >= 2
    with Image.open(out / "foto-1.jpg") as image:
        assert image.format == "JPEG" and max(image.size) == CHAT_PIXELS
    assert (out / "foto-1.txt").read_text(encoding="utf-8") == \
        "Barang bukti kabel tembaga. (Foto: Humas Polres Sukamaju)\n"
    assert Path(release.photos()[0].path).read_bytes() == original
    # a shorter release later: the old second part must not stay behind to be sent
    release.body = release.body[:3]
    export_whatsapp(release, out)
    assert sorted(out.glob("pesan-*.txt")) == [out / "pesan-1.txt"]
    assert not (out / "foto-1.jpg").exists()


def test_render_wa_defaults_beside_the_draft_and_singkat(sample_dir: Path) -> None:
    draft = sample_dir / "kegiatan-polres.rilis"
    assert main(["render", str(draft), "-f", "wa", "--singkat", "-q"]) == 0
    folder = sample_dir / "kegiatan-polres-wa"
    assert (folder / "singkat.txt").read_text(encoding="utf-8").startswith("*[DRAF")
    assert main(["render", str(draft), "-f", "all", "-o", str(sample_dir / "semua"),
                 "-q"]) == 0
    assert sorted(p.name for p in (sample_dir / "semua").iterdir()) == [
        "kegiatan-polres.docx", "kegiatan-polres.html", "kegiatan-polres.txt"]


def test_singkat_without_wa_is_a_usage_error(sample_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    draft = sample_dir / "kegiatan-polres.rilis"
    assert main(["render", str(draft), "-f", "html", "--singkat"]) == 2
    assert "--singkat hanya berlaku bersama -f wa." in capsys.readouterr().err
    target = sample_dir / "berkas.txt"
    target.write_text("bukan folder", encoding="utf-8")
    assert main(["render", str(draft), "-f", "wa", "-o", str(target)]) == 2
    assert "bukan folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "bukan folder"
