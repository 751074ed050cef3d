"""Issue 10, session 8: active verbs written bare in running text, KBBI non-standard forms
the tables lacked (reviewed and generated), peluluhan of a loanword root, *tidak* before a
noun in -nya. Sentences are fictional."""

from __future__ import annotations

import pytest

from app.language import Checker, bare_verbs
from app.language.nonstandard_forms import loan_root

NONSTANDARD = "bentuk-tidak-baku"
BARE = bare_verbs.RULE


def found(checker: Checker, text: str, rule: str) -> dict[str, tuple[str, ...]]:
    return {f.text: f.suggestions for f in checker.check(text) if f.rule == rule}


@pytest.mark.parametrize("text", bare_verbs.EXAMPLES[BARE][0])
def test_every_wrong_example_of_the_bare_verb_rule_is_flagged(checker: Checker,
                                                              text: str) -> None:
    assert found(checker, text, BARE), text


@pytest.mark.parametrize("text", bare_verbs.EXAMPLES[BARE][1])
def test_every_right_example_of_the_bare_verb_rule_is_left_alone(checker: Checker,
                                                                 text: str) -> None:
    assert found(checker, text, BARE) == {}, text


def test_bare_verb_is_a_suggestion_with_the_active_form_first(checker: Checker) -> None:
    finding = next(f for f in checker.check(
        "Penyuluh desa terus serahkan bantuan bibit kepada petani.")
        if f.rule == BARE)
    assert finding.text == "serahkan"
    assert finding.severity == "saran"
    assert finding.suggestions == ("menyerahkan", "diserahkan")


def test_bare_verb_after_a_coordinator_is_left_to_the_reader(checker: Checker) -> None:
    """Session 13: readers marked none of the bare verbs after *dan*/*serta*."""
    for text in ("Rapat itu dibuka Sekretaris Daerah Sukamaju, serta hadiri camat dan lurah "
                 "se-Kecamatan Cibeureum.",
                 "Petugas memantau arus kendaraan dan laporkan kepadatan ke pos induk.",
                 "Camat meminta supaya warga tetap hadir dan berikan dukungan."):
        assert found(checker, text, BARE) == {}, text


@pytest.mark.parametrize("text", [
    "Kapolsek Sukamaju Hadiri Syukuran Warga Desa Cibeureum",   # a headline line
    "Petugas menyiapkan personel, siapkan dan tegakkan pos jaga.",  # commands listed
    "Hal itu ia sampaikan kepada kepala desa saat rapat.",      # an object put first
    "Anggota Polsek Sukamaju segera laporkan kejadian itu ke piket.",  # a command word
    "Sejak pagi Darmaji mulai membersihkan saluran air.",       # mulai is a word itself
    "Kapolres Sukamaju hadiri rapat koordinasi di aula kantor bupati.",  # readers' doubt
    "Kami data warga terdampak dan laporkan ke kecamatan.",     # a first person's passive
])
def test_bare_verb_rule_leaves_commands_headlines_and_passives(checker: Checker,
                                                               text: str) -> None:
    assert found(checker, text, BARE) == {}, text


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Tiga puluh warga desa berangkat umroh pekan depan.", "umroh", "umrah"),
    ("Kantor pos desa masih menjual perangko bergambar pahlawan.", "perangko", "prangko"),
    ("Gudang beras itu dibersihkan dari kecoa dan tikus.", "kecoa", "kecoak"),
    ("Koperasi melunasi utang kepada kreditur tepat waktu.", "kreditur", "kreditor"),
    ("Turnamen bulutangkis antardesa dibuka camat.", "bulutangkis", "bulu tangkis"),
    ("Lantai pendapa desa tampak mengkilap usai dibersihkan.", "mengkilap", "mengilap"),
])
def test_reviewed_kbbi_forms_the_tables_lacked(checker: Checker, text: str, word: str,
                                                right: str) -> None:
    findings = {f.text: f for f in checker.check(text)}
    assert word in findings, findings
    assert findings[word].suggestions[0] == right


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Mobil ambulan desa siaga di posko mudik.", "ambulan", "ambulans"),
    ("Kepala desa berserta perangkatnya meninjau jembatan.", "berserta", "beserta"),
    ("Relawan menterjemahkan surat edaran ke bahasa daerah.", "menterjemahkan",
     "menerjemahkan"),
    ("Warga diminta perbaharui data kependudukan di balai desa.", "perbaharui",
     "perbarui"),
])
def test_general_list_forms_the_affix_analysis_admitted(checker: Checker, text: str,
                                                        word: str, right: str) -> None:
    findings = {f.text: f for f in checker.check(text)}
    assert word in findings, findings
    assert findings[word].suggestions[0] == right


def test_voly_is_flagged_in_a_field_name_too(checker: Checker) -> None:
    text = "Pemuda desa membangun Lapangan Voly di samping balai."
    assert any("voli" in f.suggestions[0].lower() for f in checker.check(text)
               if f.rule == NONSTANDARD and "Voly" in f.text)


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Peneliti mengkomparasi hasil panen dua desa.", "mengkomparasi", "mengomparasi"),
    ("Dinas mengkolaborasikan program sekolah dan puskesmas.", "mengkolaborasikan",
     "mengolaborasikan"),
])
def test_loanword_root_melts_after_men(checker: Checker, text: str, word: str,
                                       right: str) -> None:
    assert found(checker, text, "peluluhan-awalan")[word] == (right,)


@pytest.mark.parametrize("text", [
    "Tim mempererat hubungan dengan warga.",
    "Mahasiswa mengkaji data curah hujan desa.",
    "Warga mempunyai lahan di tepi sungai.",
])
def test_melting_leaves_kept_forms_and_prefix_chains(checker: Checker, text: str) -> None:
    assert found(checker, text, "peluluhan-awalan") == {}


def test_loan_root_needs_a_dictionary_root(checker: Checker) -> None:
    is_word = checker.accepts_word
    assert loan_root("komparasi", is_word)
    assert loan_root("kolaborasikan", is_word)
    assert not loan_root("perat", is_word)            # memperat: a slip of mempererat
    assert not loan_root("kqzvbrt", is_word)


@pytest.mark.parametrize(("text", "right"), [
    ("Pengendara diminta waspada agar tidak terjadinya kecelakaan di tanjakan.",
     "agar tidak terjadi"),
    ("Saluran dikeruk supaya tak terulangnya banjir musim lalu.", "supaya tak terulang"),
])
def test_tidak_before_a_noun_in_nya(checker: Checker, text: str, right: str) -> None:
    assert list(found(checker, text, "tidak-nomina-nya").values()) == [(right,)]


def test_tidak_adanya_after_karena_is_left_alone(checker: Checker) -> None:
    text = "Warga mengeluh karena tidak adanya lampu di jalan desa."
    assert found(checker, text, "tidak-nomina-nya") == {}


def test_new_rules_are_listed(checker: Checker) -> None:
    from app.language.rulebook import rulebook
    listed = {rule["id"]: rule for rule in rulebook()}
    assert listed[BARE]["severity"] == "saran"
    assert "KBBI" in listed[BARE]["source"]
    assert listed["tidak-nomina-nya"]["severity"] == "saran"


@pytest.mark.parametrize(("text", "written", "right"), [
    ("Warga kesulitan mencari signal di puncak bukit.", "signal", "sinyal"),
    ("Bupati menerima audience dari mahasiswa KKN.", "audience", "audiensi"),
    ("Antrean kendaraan mengular di bawah fly over kota.", "fly over", "jalan layang"),
    ("Kabel fiber optik dipasang hingga ke dusun.", "fiber optik", "serat optik"),
    ("Panitia pemilihan menolak praktik money politik.", "money politik", "politik uang"),
    ("Desa itu menjadi pilot project layanan digital.", "pilot project",
     "proyek percontohan"),
])
def test_foreign_words_with_a_kbbi_equivalent(checker: Checker, text: str, written: str,
                                              right: str) -> None:
    assert found(checker, text, "kata-asing")[written][0] == right
