"""A supervisor's review in Word comes back: tracked changes and comments read, mapped onto
the draft's fields, accepted or rejected (the XML written the way Word writes it)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from app.cli import main
from app.release.draftfile import content_of, load_draft
from app.release.model import Contact, Official, Paragraph, Quote, RelatedStory, Release
from app.render.export import export_bytes
from app.review.docx_open import open_docx
from tests.core.word_review_xml import WordComment, WordReview

HUMAS = "Kasi Humas Polres Wanasari"
KABAG = "Kabag Ops"
MORNING = "2026-11-20T09:15:00Z"
NOON = "2026-11-20T12:40:00Z"


@pytest.fixture
def ronda() -> Release:
    """A fictional release with every kind of field a review can touch."""
    return Release(
        template="siaran-pers", title="Polsek Wanasari Gelar Ronda Bersama Warga",
        dateline="Wanasari", unit="Polsek Wanasari",
        officials=[Official(id="kapolsek", rank="AKP", name="Bagus Hartono",
                            short_name="Bagus", position="Kapolsek Wanasari")],
        body=[Paragraph(text="Ratusan warga Desa Sidomulyo mengikuti ronda malam bersama "
                             "@kapolsek pada Sabtu malam. Ronda dimulai dari balai desa."),
              Quote(speaker="kapolsek", text="Keamanan kampung adalah tanggung jawab bersama",
                    verb="ujar"),
              Paragraph(text="Kegiatan ditutup dengan doa bersama di pos kamling. Warga "
                             "pulang menjelang subuh.")],
        related=[RelatedStory(title="Patroli Sepeda di Alun-Alun Wanasari",
                              url="https://contoh.example/patroli")],
        contact=Contact(name="Bripka Sari Utami", phone="0812-0000-1111",
                        email="humas@contoh.example"),
        closing="(wns)")


def _reviewed(release: Release) -> tuple[bytes, WordReview]:
    data = export_bytes(release, "docx")
    return data, WordReview.of(data)


def test_a_replaced_word_and_its_comment_come_back_as_such(ronda: Release,
                                                           tmp_path: Path) -> None:
    data, review = _reviewed(ronda)
    removed, added = review.replace("Ratusan", "Puluhan", HUMAS, MORNING)
    review.comment(removed, added, WordComment(HUMAS, MORNING, "Angka pastinya berapa?"),
                   WordComment(KABAG, NOON, "Sekitar enam puluh orang."))
    path = tmp_path / "kembali.docx"
    path.write_bytes(review.save(data))
    opened = open_docx(path)
    assert opened.embedded and opened.edits == []  # nothing reported deleted
    assert opened.returned is not None
    changes = [(c.id, c.kind, c.text, c.author, c.date, c.field, c.label)
               for c in opened.returned.changes]
    assert changes == [
        ("1", "delete", "Ratusan", HUMAS, MORNING, "body.0", "Isi blok 1 (paragraf)"),
        ("2", "insert", "Puluhan", HUMAS, MORNING, "body.0", "Isi blok 1 (paragraf)")]
    comments = [(c.author, c.date, c.text, c.field, c.quote, c.parent)
                for c in opened.returned.comments]
    assert comments == [
        (HUMAS, MORNING, "Angka pastinya berapa?", "body.0", "Puluhan", ""),
        (KABAG, NOON, "Sekitar enam puluh orang.", "body.0", "Puluhan", "0")]
    assert "1 perubahan terlacak" not in opened.note and "2 perubahan terlacak" in opened.note


def _full_review(release: Release) -> bytes:
    data, review = _reviewed(release)
    review.replace("Ratusan", "Puluhan", HUMAS, MORNING)
    review.delete(" Ronda dimulai dari balai desa.", HUMAS, MORNING)
    review.insert_after("pos kamling.", " Ketua RT menyampaikan terima kasih.", KABAG, NOON)
    review.replace("tanggung jawab", "kewajiban", KABAG, NOON)
    review.replace("Gelar", "Adakan", HUMAS, MORNING)
    review.replace("Patroli Sepeda", "Patroli Bersepeda", HUMAS, MORNING)
    removed, added = review.replace("0812-0000-1111", "0812-0000-2222", KABAG, NOON)
    review.comment(removed, added, WordComment(KABAG, NOON, "Nomor piket yang baru."))
    return review.save(data)


def _typed_in_forms(release: Release) -> Release:
    """What the officer gets by typing the same review into the forms."""
    typed = copy.deepcopy(release)
    typed.title = "Polsek Wanasari Adakan Ronda Bersama Warga"
    first, quote, last = typed.body
    assert isinstance(first, Paragraph) and isinstance(quote, Quote)
    assert isinstance(last, Paragraph)
    first.text = ("Puluhan warga Desa Sidomulyo mengikuti ronda malam bersama @kapolsek pada "
                  "Sabtu malam.")
    quote.text = "Keamanan kampung adalah kewajiban bersama"
    last.text = ("Kegiatan ditutup dengan doa bersama di pos kamling. Ketua RT menyampaikan "
                 "terima kasih. Warga pulang menjelang subuh.")
    typed.related[0].title = "Patroli Bersepeda di Alun-Alun Wanasari"
    typed.contact.phone = "0812-0000-2222"
    return typed


def test_every_field_gets_its_changes_and_json_lists_them(ronda: Release,
                                                          tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    path = tmp_path / "kembali.docx"
    path.write_bytes(_full_review(ronda))
    assert main(["open", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert not (tmp_path / "kembali.rilis").exists()  # a listing writes nothing
    assert listed["embedded"] is True and listed["edits"] == []
    assert [(c["kind"], c["text"], c["field"], c["author"]) for c in listed["changes"]] == [
        ("delete", "Gelar", "title", HUMAS), ("insert", "Adakan", "title", HUMAS),
        ("delete", "Ratusan", "body.0", HUMAS), ("insert", "Puluhan", "body.0", HUMAS),
        ("delete", " Ronda dimulai dari balai desa.", "body.0", HUMAS),
        ("delete", "tanggung jawab", "body.1", KABAG), ("insert", "kewajiban", "body.1", KABAG),
        ("insert", " Ketua RT menyampaikan terima kasih.", "body.2", KABAG),
        ("delete", "0812-0000-1111", "contact.phone", KABAG),
        ("insert", "0812-0000-2222", "contact.phone", KABAG),
        ("delete", "Patroli Sepeda", "related.0", HUMAS),
        ("insert", "Patroli Bersepeda", "related.0", HUMAS)]
    assert {c["date"] for c in listed["changes"]} == {MORNING, NOON}
    assert [(c["text"], c["field"], c["label"], c["author"], c["date"])
            for c in listed["comments"]] == [
        ("Nomor piket yang baru.", "contact.phone", "Narahubung (telepon)", KABAG, NOON)]


def test_accept_all_is_typing_the_changes_and_reject_all_the_original(
        ronda: Release, tmp_path: Path) -> None:
    path = tmp_path / "kembali.docx"
    path.write_bytes(_full_review(ronda))
    accepted, rejected = tmp_path / "terima.rilis", tmp_path / "tolak.rilis"
    assert main(["open", str(path), "--accept-all", "-o", str(accepted)]) == 0
    assert main(["open", str(path), "--reject-all", "-o", str(rejected)]) == 0
    got = load_draft(accepted)
    assert content_of(got) == content_of(_typed_in_forms(ronda))
    assert content_of(load_draft(rejected)) == content_of(ronda)
    assert got.versions[-1].by == f"{KABAG}, {HUMAS}"
    assert len(got.versions) == 2  # the draft as sent out, then as accepted
    assert [(c.author, c.text, c.block, c.at) for c in got.review.comments] == [
        (KABAG, "Nomor piket yang baru.", -1, NOON)]


def test_an_exported_file_opens_with_nothing_to_review(ronda: Release, tmp_path: Path) -> None:
    path = tmp_path / "bersih.docx"
    path.write_bytes(export_bytes(ronda, "docx"))
    opened = open_docx(path)
    assert opened.returned is not None
    assert opened.returned.changes == [] and opened.returned.comments == []
    assert opened.edits == [] and opened.note == ""


def test_a_foreign_docx_with_tracked_changes_is_never_silently_mixed(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Warga Bersihkan Saluran Air", style="Title")
    document.add_paragraph("KEDIRI – Ratusan warga membersihkan saluran air pada Minggu pagi.")
    path = tmp_path / "luar.docx"
    document.save(str(path))
    review = WordReview.of(path.read_bytes())
    review.replace("Ratusan", "Puluhan", HUMAS, MORNING)
    path.write_bytes(review.save(path.read_bytes()))
    refused = subprocess.run([sys.executable, "-m", "app.cli", "open", str(path)],
                             capture_output=True, text=True, timeout=60, check=False)
    assert refused.returncode == 2, refused.stderr
    assert "--accept-all atau --reject-all" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "luar.rilis").exists()
    for flag, word in (("--accept-all", "Puluhan"), ("--reject-all", "Ratusan")):
        out = tmp_path / f"{flag}.rilis"
        assert main(["open", str(path), flag, "-o", str(out)]) == 0
        body = load_draft(out).body
        assert [getattr(block, "text", "") for block in body] == [
            f"{word} warga membersihkan saluran air pada Minggu pagi."]


def test_komentar_export_carries_review_and_findings_and_reopens_clean(
        ronda: Release, tmp_path: Path) -> None:
    from app.release.draftfile import save_draft
    from app.review.workflow import add_comment

    first = ronda.body[0]
    assert isinstance(first, Paragraph)
    first.text += " Polisi memberi himbauan agar warga menjaga lingkungan."
    add_comment(ronda, "Sebutkan jumlah pos kamling.", "Iptu Ratna", block=2,
                at="2026-11-19T16:05:00+07:00")
    draft, out = tmp_path / "ronda.rilis", tmp_path / "ronda.docx"
    save_draft(ronda, draft)
    assert main(["render", str(draft), "-f", "docx", "--komentar", "-o", str(out)]) == 0
    document = docx.Document(str(out))
    written = {(c.author, c.text) for c in document.comments}
    assert ("Rilis (pemeriksa)", "himbauan → imbauan (KBBI)") in written
    assert ("Iptu Ratna", "Sebutkan jumlah pos kamling.") in written
    ratna = next(c for c in document.comments if c.author == "Iptu Ratna")
    assert ratna.timestamp is not None
    assert ratna.timestamp.isoformat() == "2026-11-19T16:05:00+07:00"  # its own date
    opened = open_docx(out)
    assert opened.returned is not None
    anchored = {c.text: c.quote for c in opened.returned.comments}
    assert anchored["himbauan → imbauan (KBBI)"] == "himbauan"  # at the right word
    assert anchored["Sebutkan jumlah pos kamling."].startswith("Kegiatan ditutup")
    assert opened.edits == [] and opened.returned.changes == []
    back = tmp_path / "kembali.rilis"
    assert main(["open", str(out), "-o", str(back)]) == 0
    reopened = load_draft(back)
    assert content_of(reopened) == content_of(ronda)
    assert [(c.author, c.text) for c in reopened.review.comments] == [
        ("Iptu Ratna", "Sebutkan jumlah pos kamling.")]  # once, no findings


def test_komentar_needs_docx(ronda: Release, tmp_path: Path) -> None:
    from app.release.draftfile import save_draft

    draft = tmp_path / "ronda.rilis"
    save_draft(ronda, draft)
    assert main(["render", str(draft), "-f", "html", "--komentar"]) == 2


def test_moves_formatting_and_whole_paragraphs(ronda: Release, tmp_path: Path) -> None:
    from tests.core.word_review_xml import (
        delete_paragraph,
        insert_paragraph_after,
        move,
        reformat,
    )

    data, review = _reviewed(ronda)
    move(review, " Warga pulang menjelang subuh.", "tanggung jawab bersama", HUMAS, MORNING)
    reformat(review, "Desa Sidomulyo", KABAG, NOON)
    insert_paragraph_after(review, "pos kamling.", "Ronda berikutnya digelar pekan depan.",
                           KABAG, NOON)
    path = tmp_path / "kembali.docx"
    path.write_bytes(review.save(data))
    opened = open_docx(path)
    assert opened.returned is not None and opened.edits == []
    assert [(c.kind, c.text, c.field) for c in opened.returned.changes] == [
        ("format", "Desa Sidomulyo", "body.0"),
        ("move-to", " Warga pulang menjelang subuh.", "body.1"),
        ("move-from", " Warga pulang menjelang subuh.", "body.2"),
        ("insert", "Ronda berikutnya digelar pekan depan.", "new")]
    out = tmp_path / "terima.rilis"
    assert main(["open", str(path), "--accept-all", "-o", str(out)]) == 0
    body = load_draft(out).body
    # the moved sentence lands in the quote's words: the template's quote marks stay outside
    assert [getattr(block, "text", "") for block in body] == [
        ronda.body[0].text,  # type: ignore[union-attr]
        "Keamanan kampung adalah tanggung jawab bersama Warga pulang menjelang subuh.",
        "Kegiatan ditutup dengan doa bersama di pos kamling.",
        "Ronda berikutnya digelar pekan depan."]
    second = _reviewed(ronda)
    delete_paragraph(second[1], "pos kamling.", HUMAS, MORNING)
    path.write_bytes(second[1].save(second[0]))
    assert main(["open", str(path), "--accept-all", "-o", str(out), "--force"]) == 0
    assert [type(block).__name__ for block in load_draft(out).body] == ["Paragraph", "Quote"]
    assert main(["open", str(path), "--reject-all", "-o", str(out), "--force"]) == 0
    assert content_of(load_draft(out)) == content_of(ronda)


def test_untracked_edits_keep_the_comparison_beside_tracked_ones(ronda: Release,
                                                                 tmp_path: Path) -> None:
    data, review = _reviewed(ronda)
    review.replace("Ratusan", "Puluhan", HUMAS, MORNING)
    run, _ = review._find("Sabtu malam")
    node = run.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")
    node.text = node.text.replace("Sabtu malam", "Minggu malam")  # Track Changes off
    path = tmp_path / "campur.docx"
    path.write_bytes(review.save(data))
    opened = open_docx(path)
    assert opened.returned is not None
    assert [(e.label, e.deleted, e.inserted) for e in opened.edits] == [
        ("Paragraf 5", ["Sabtu"], ["Minggu"])]
    assert [(c.kind, c.text) for c in opened.returned.changes] == [
        ("delete", "Ratusan"), ("insert", "Puluhan")]
    assert "1 bagian disunting tanpa pelacakan perubahan" in opened.note
    out = tmp_path / "campur.rilis"
    assert main(["open", str(path), "--accept-all", "-o", str(out)]) == 0
    first = load_draft(out).body[0]
    assert isinstance(first, Paragraph)
    assert first.text.startswith("Puluhan warga") and "Sabtu malam" in first.text


def test_fifty_tracked_changes_stay_fifty_changes() -> None:
    """Changes were keyed by ``id()`` of lxml proxies, which lxml frees after each access:
    an id was soon another change's, and 50 separate insertions read as 2 with their texts
    run together (in the suite: an accepted title came back as "Patroli Sepeda Patroli
    SepedaPatroli …", depending on what ran before)."""
    import lxml.etree as etree

    from app.review.docx_review import W, _Reader

    body = "".join(f'<w:ins w:author="Kasi Humas {n}" w:date="2026-12-01T09:00:00Z"/>'
                   for n in range(50))
    root = etree.fromstring(f'<w:body xmlns:w="{W}">{body}</w:body>'.encode())
    reader = _Reader()
    for n in range(50):
        reader.change_index(root[n], "insert", 0, f"kata{n}")  # a fresh proxy each time
    assert [change.text for change in reader.changes] == [f"kata{n}" for n in range(50)]
    assert [change.author for change in reader.changes] == [
        f"Kasi Humas {n}" for n in range(50)]
    reader.change_index(root[7], "insert", 0, " lagi")  # the same element: the same change
    assert len(reader.changes) == 50 and reader.changes[7].text == "kata7 lagi"
