"""Typos that an acceptance path used to admit (issue 10, round ten): a misspelt unit term
the release repeats, a *per-…-an* noun written for a *peN-…-an* one, and a syllable typed
twice inside a word. Every sentence and name here is made up for the test."""

from __future__ import annotations

from app.language import Checker
from app.language.report import reported
from tests.language.conftest import found, typo_saran

# -- a misspelt unit term the release repeats, beside the right one --------------------

REPEATED = ("Bhabinkamtibmas Desa Lembahsari menyapa warga. Bersama Pemdes, Bhabinkamtimas "
            "Polsek Lembahsari memeriksa pos ronda. “Jaga lingkungan,” ucap Bhabinkamtimas. "
            "Menjelang pemilu, Bhabinkamtimas Polsek Lembahsari rutin berpatroli.")


def test_a_repeated_slip_of_a_unit_term_is_flagged_at_every_occurrence(
        checker: Checker) -> None:
    findings = [f for f in checker.check(REPEATED) if f.text == "Bhabinkamtimas"]
    assert len(findings) == 3
    assert all(f.suggestions[0] == "Bhabinkamtibmas" for f in findings)
    listed = [f for f in reported(checker.check(REPEATED)) if f.text == "Bhabinkamtimas"]
    assert len(listed) == 1 and listed[0].count == 3      # listed once, with its count


def test_the_repeated_slip_names_the_term_and_its_count(checker: Checker) -> None:
    text = ("Bhabinkamtibmas Desa Lembahsari hadir. “Aman,” ucap Bhabinkamtimas. Warga "
            "menyambut Pemdes, Bhabinkamtimas Polsek Lembahsari.")
    finding = typo_saran(checker, text, "Bhabinkamtimas")
    assert "2 kali" in finding.message and "Bhabinkamtibmas" in finding.message


def test_a_repeated_name_is_left_alone_without_the_term_beside_it(checker: Checker) -> None:
    # the release never writes the unit term: a name written twice stays a name
    text = ("Pelatih tari Darmawanti membuka latihan. Menurut Darmawanti, sanggar itu "
            "menerima murid baru setiap bulan.")
    assert found(checker, text, "Darmawanti") is None


def test_a_term_that_differs_in_its_first_letters_is_no_repeated_slip(
        checker: Checker) -> None:
    # Dir-/Dit- (director, directorate): words that differ at their start are other
    # words, so the release's own Kapolsek does not turn a repeated Kupolsek into it
    text = ("Kapolsek Lembahsari hadir. “Aman,” ucap Kupolsek. Warga menyambut Pemdes, "
            "Kupolsek Lembahsari.")
    assert all("kali) tidak dikenal" not in f.message for f in checker.check(text))
    assert found(checker, text.replace("Kupolsek", "Kapolsej"), "Kapolsej") is not None


# -- a capitalised slip of a common word, and a real name in a name position -----------

def test_a_capitalised_slip_of_a_common_word_mid_sentence(checker: Checker) -> None:
    finding = found(checker, "Upacara peringatan Hari Kemerdekaaan berlangsung khidmat.",
                    "Kemerdekaaan")
    assert finding is not None and finding.suggestions[0] == "Kemerdekaan"
    finding = found(checker, "Acara itu dibuka Bupti Lembahsari pagi tadi.", "Bupti")
    assert finding is not None and finding.suggestions[0] == "Bupati"


def test_a_name_one_key_from_a_common_word_after_a_rank_is_left_alone(
        checker: Checker) -> None:
    text = "Kapolsek Lembahsari, Iptu Hardi Santoso, memimpin apel pagi."
    assert found(checker, text, "Hardi") is None


# -- per-…-an written for peN-…-an ------------------------------------------------------

def test_a_per_noun_whose_root_has_no_ber_verb_is_the_pen_noun(checker: Checker) -> None:
    finding = found(checker, "Warga menggelar perbersihan selokan setiap Jumat.",
                    "perbersihan")
    assert finding is not None and finding.suggestions[0] == "pembersihan"
    finding = found(checker, "Hasil perbersihannya memuaskan.", "perbersihannya")
    assert finding is not None and finding.suggestions[0] == "pembersihannya"


def test_per_nouns_of_ber_and_memper_verbs_are_left_alone(checker: Checker) -> None:
    text = ("Perkuatan tanggul selesai, pertemuan warga dilanjutkan, dan tenaga perbantuan "
            "tiba di perbatasan desa. Komunitas perfilman daerah ikut menonton.")
    words = {f.text.lower() for f in checker.check(text)}
    # perfilman: hunspell lacks it, but it is the usual word, far more frequent than the
    # pemfilman the peN- reading would give
    assert not words & {"perkuatan", "pertemuan", "perbantuan", "perbatasan", "perfilman"}


def test_the_older_pe_per_reading_still_comes_first(checker: Checker) -> None:
    finding = found(checker, "Ia ikut membantu perkerjaan warga.", "perkerjaan")
    assert finding is not None and finding.suggestions[0] == "pekerjaan"


# -- a syllable typed twice inside a word ----------------------------------------------

def test_a_syllable_typed_twice_inside_a_word(checker: Checker) -> None:
    finding = found(checker, "Petugas menggunanakan tali pengaman.", "menggunanakan")
    assert finding is not None and finding.suggestions[0] == "menggunakan"
    finding = found(checker, "Surat itu dikirim ke dinas yang berwewenang.", "berwewenang")
    assert finding is not None and finding.suggestions[0] == "berwenang"


def test_a_one_key_slip_is_not_read_as_a_repeated_syllable(checker: Checker) -> None:
    # pengamaman is one key from pengamanan: the repeat reading does not jump the queue
    finding = found(checker, "Kami meningkatkan pengamaman jalur mudik.", "pengamaman")
    assert finding is not None and "pengamanan" in finding.suggestions[:3]
    assert checker.suggest("pengamaman") == checker._suggester.suggest("pengamaman")


def test_attested_words_with_a_repeated_syllable_are_left_alone(checker: Checker) -> None:
    text = "Celananya basah, panganan dijual di rokoknya? Berapapun harganya dibeli."
    words = {f.text.lower() for f in checker.check(text)}
    assert not words & {"celananya", "panganan"}


# -- the doer written where the process is meant ----------------------------------------

def test_an_agent_noun_after_melakukan_is_the_process_noun(checker: Checker) -> None:
    finding = next(f for f in checker.check("Regu jaga melakukan pemantau di gerbang tol.")
                   if f.text == "pemantau")
    assert finding.rule == "salah-ketik-kata" and finding.severity == "saran"
    assert finding.suggestions[0] == "pemantauan" and "peN-…-an" in finding.message


def test_a_doer_after_a_passive_verb_is_left_alone(checker: Checker) -> None:
    text = "Penghitungan suara dilakukan pemantau dari lembaga swadaya."
    assert found(checker, text, "pemantau") is None
