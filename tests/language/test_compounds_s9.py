"""Compounds and bound forms written apart or joined against EYD V, II.B and II.E
(``app/language/compounds.py``). Every sentence is fictional, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.language import Checker, compounds
from app.language.rulebook import rulebook
from app.language.tokens import tokenize

RULES = tuple(compounds.EXAMPLES)


def of_rule(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (wrong, _right) in compounds.EXAMPLES.items() for text in wrong])
def test_every_wrong_example_is_flagged(checker: Checker, rule: str, text: str) -> None:
    assert of_rule(checker, text, rule), text


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (_wrong, right) in compounds.EXAMPLES.items() for text in right])
def test_every_right_example_is_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert of_rule(checker, text, rule) == [], text


def test_rules_are_listed_with_source_and_severity() -> None:
    listed = {entry["id"]: entry for entry in rulebook()}
    for rule in RULES:
        assert rule in listed, rule
        assert "EYD V" in listed[rule]["source"] or "KBBI" in listed[rule]["source"]
    assert listed[compounds.RULE_BOUND]["severity"] == "saran"
    assert listed[compounds.RULE_AFFIXED]["severity"] == "saran"


@pytest.mark.parametrize(("text", "written", "right"), [
    ("Anak-anak berolah raga di halaman sekolah.", "berolah raga", "berolahraga"),
    ("Panitia menunjuk seorang olah ragawan muda.", "olah ragawan", "olahragawan"),
    ("Tim SAR mencari korban sejak mata hari terbenam.", "mata hari", "matahari"),
    ("Ratusan relawan datang dengan suka rela.", "suka rela", "sukarela"),
    ("Olah raga pagi diikuti pegawai kecamatan.", "Olah raga", "Olahraga"),
    ("Panitia mengundang nara sumber dari kampus.", "nara sumber", "narasumber"),
    ("Rapat sekali gus membahas anggaran.", "sekali gus", "sekaligus"),
])
def test_joined_compound_written_apart(checker: Checker, text: str, written: str,
                                       right: str) -> None:
    assert of_rule(checker, text, compounds.RULE_JOINED) == [(written, (right,))]


def test_joined_compound_in_a_name_or_before_a_determiner_is_left_alone(
        checker: Checker) -> None:
    assert of_rule(checker, "Warga berkumpul di Gedung Olah Raga Sukamaju pagi itu.",
                   compounds.RULE_JOINED) == []
    assert of_rule(checker, "Polisi memeriksa barang kali ini lebih teliti.",
                   compounds.RULE_JOINED) == []


def test_severity_follows_the_entry(checker: Checker) -> None:
    sure = [f for f in checker.check("Mereka berdiri di bawah terik mata hari.")
            if f.rule == compounds.RULE_JOINED]
    soft = [f for f in checker.check("Ia mengerjakan bila mana sempat.")
            if f.rule == compounds.RULE_JOINED]
    assert [f.severity for f in sure] == ["kesalahan"]
    assert [f.severity for f in soft] == ["saran"]


@pytest.mark.parametrize(("text", "written", "first"), [
    ("Kedua desa menjalin kerjasama di bidang pertanian.", "kerjasama", "kerja sama"),
    ("Petugas mengatur lalulintas di simpang lima.", "lalulintas", "lalu lintas"),
    ("Pengemudi wajib tertib berlalulintas.", "berlalulintas", "berlalu lintas"),
    ("Tanggungjawab itu kami pikul bersama.", "Tanggungjawab", "Tanggung jawab"),
    ("Warga diajak bergotong-royong membersihkan parit.", "bergotong-royong",
     "bergotong royong"),
    ("Dinas segera tindaklanjuti aduan warga.", "tindaklanjuti", "tindak lanjuti"),
    ("Hasil ujicoba alat itu memuaskan.", "ujicoba", "uji coba"),
    ("Ia dirawat di rumahsakit daerah.", "rumahsakit", "rumah sakit"),
    ("Camat menjadi penanggungjawab kegiatan itu.", "penanggungjawab", "penanggung jawab"),
])
def test_open_compound_written_joined(checker: Checker, text: str, written: str,
                                      first: str) -> None:
    hits = of_rule(checker, text, compounds.RULE_APART)
    assert [(w, s[0]) for w, s in hits] == [(written, first)]


def finder(checker: Checker) -> compounds.Compounds:
    return compounds.Compounds(compounds.CompoundData.load(), checker.accepts_word,
                               checker.vocabulary.zipf)


def test_open_compound_in_a_name_keeps_both_capitals_first(checker: Checker) -> None:
    text = "Rapat digelar di kantor Satuan Lalulintas Polres Sukamaju."
    hits = finder(checker).find(text, list(tokenize(text)), [])
    assert [(f.text, f.suggestions) for f in hits] == \
        [("Lalulintas", ("Lalu Lintas", "Lalu lintas"))]
    text = "KEGIATAN KERJASAMA POLRES DAN DINAS"
    assert of_rule(checker, text, compounds.RULE_APART) == [("KERJASAMA", ("KERJA SAMA",))]


def test_passive_prefix_apart_as_well(checker: Checker) -> None:
    """*di tanda tangani*: the rule sees all three words (in the checker, the split-prefix
    rule takes *di tanda* first)."""
    text = "Berkas itu di tanda tangani lurah."
    hits = finder(checker).find(text, list(tokenize(text)), [])
    assert [(f.text, f.suggestions) for f in hits] == \
        [("di tanda tangani", ("ditandatangani",))]


def test_open_compound_with_prefix_and_suffix_is_right_joined(checker: Checker) -> None:
    text = ("Camat menindaklanjuti aduan itu, dan laporan pertanggungjawaban dana desa "
            "ditandatangani kepala desa.")
    assert of_rule(checker, text, compounds.RULE_APART) == []
    assert of_rule(checker, text, compounds.RULE_AFFIXED) == []


@pytest.mark.parametrize(("text", "written", "right"), [
    ("Guru berupaya menumbuh kembangkan bakat murid.", "menumbuh kembangkan",
     "menumbuhkembangkan"),
    ("Petugas mengikut sertakan warga dalam ronda.", "mengikut sertakan",
     "mengikutsertakan"),
    ("Penyuluh mencegah penyalah gunaan obat.", "penyalah gunaan", "penyalahgunaan"),
    ("Bantuan itu diperjual belikan oknum.", "diperjual belikan", "diperjualbelikan"),
    ("Berkas itu ditanda tangani lurah.", "ditanda tangani", "ditandatangani"),
    ("Banjir menimbulkan ketidak nyamanan warga.", "ketidak nyamanan",
     "ketidaknyamanan"),
])
def test_prefix_and_suffix_at_once_written_apart(checker: Checker, text: str, written: str,
                                                 right: str) -> None:
    assert of_rule(checker, text, compounds.RULE_AFFIXED) == [(written, (right,))]


@pytest.mark.parametrize(("text", "written", "right"), [
    ("Penjagaan super ketat berlaku di pelabuhan.", "super ketat", "superketat"),
    ("Kepala Sub Bagian Umum membuka rapat.", "Sub Bagian", "Subbagian"),
    ("Lembaga nir laba itu menyalurkan beras.", "nir laba", "nirlaba"),
    ("Ia bekerja sebagai pramu saji di hotel.", "pramu saji", "pramusaji"),
])
def test_bound_form_written_apart(checker: Checker, text: str, written: str,
                                  right: str) -> None:
    assert of_rule(checker, text, compounds.RULE_BOUND) == [(written, (right,))]


@pytest.mark.parametrize("text", [
    "Briptu Dwi Santoso dan Bripda Tri Wahyuni berjaga di pos.",   # given names
    "Kita memohon kepada Tuhan Yang Maha Esa.",
    "Warga menyebut hasil panen tahun ini super.",
    "Usaha mikro kecil dan menengah mendapat bantuan modal.",      # a free word
    "Kebijakan itu menuai pro dan kontra.",
])
def test_bound_form_lookalikes_are_left_alone(checker: Checker, text: str) -> None:
    assert of_rule(checker, text, compounds.RULE_BOUND) == [], text


@pytest.mark.parametrize(("text", "written", "right", "severity"), [
    ("Regu kami meraih juara ke tiga.", "ke tiga", "ketiga", "kesalahan"),
    ("Ia tiba di urutan ke enam.", "ke enam", "keenam", "kesalahan"),
    ("Ini yang ke empat kalinya.", "ke empat", "keempat", "saran"),
    ("Pada hari ke dua belas, tim pulang.", "ke dua belas", "kedua belas", "kesalahan"),
    ("Peserta yang datang ke lima.", "ke lima", "kelima", "saran"),
    ("Regu kami finis di tempat ke-dua.", "ke-dua", "kedua", "kesalahan"),
    ("Warga merayakan HUT ke tujuh puluh desa itu.", "ke tujuh puluh", "ketujuh puluh",
     "kesalahan"),
])
def test_ordinal_written_apart(checker: Checker, text: str, written: str, right: str,
                               severity: str) -> None:
    hits = [f for f in checker.check(text) if f.rule == compounds.RULE_ORDINAL]
    assert [(f.text, f.suggestions, f.severity) for f in hits] == \
        [(written, (right,), severity)]


@pytest.mark.parametrize("text", [
    "Bantuan dikirim ke dua desa di hulu sungai.",
    "Rombongan berangkat ke tiga lokasi sekaligus.",
    "Jumlah posko dikurangi dari lima ke tiga.",
])
def test_preposition_before_a_number_is_left_alone(checker: Checker, text: str) -> None:
    assert of_rule(checker, text, compounds.RULE_ORDINAL) == [], text


def test_satu_per_satu(checker: Checker) -> None:
    assert of_rule(checker, "Kotak suara dihitung satu persatu.", compounds.RULE_PER) == \
        [("satu persatu", ("satu per satu",))]
    assert of_rule(checker, "Lembar perlembar diperiksa.", compounds.RULE_PER) == \
        [("Lembar perlembar", ("Lembar per lembar",))]
    assert of_rule(checker, "Satu persatuan warga hadir.", compounds.RULE_PER) == []
    assert of_rule(checker, "Satu-persatu warga maju.", compounds.RULE_PER) == \
        [("Satu-persatu", ("Satu per satu",))]


def test_data_file_loads_every_kind() -> None:
    data = compounds.CompoundData.load()
    assert ("olah", "raga") in data.joined and ("kerja", "sama") in data.apart
    assert data.bound["super"] is False and data.bound["dwi"] is True


def test_missing_data_file_runs_without_rules(tmp_path: Path) -> None:
    data = compounds.CompoundData.load(tmp_path)
    finder = compounds.Compounds(data, lambda word: True, lambda word: 0.0)
    text = "Warga berolah raga dan menjalin kerjasama."
    assert finder.find(text, list(tokenize(text)), []) == []


def test_earlier_findings_keep_their_words(checker: Checker) -> None:
    data = compounds.CompoundData.load()
    finder = compounds.Compounds(data, checker.accepts_word, lambda word: 0.0)
    text = "Warga menjalin kerjasama."
    tokens = list(tokenize(text))
    first = finder.find(text, tokens, [])
    assert [f.text for f in first] == ["kerjasama"]
    assert finder.find(text, tokens, first) == []
