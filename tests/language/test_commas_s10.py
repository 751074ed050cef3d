"""Session 10's wider comma rules: an attribution with a named speaker or with both commas
missing, *Menurutnya* before a capital, a subject with a relative clause or joined to
lower-case nouns, an opening adverbial that ends in a place. Each is found where EYD V
(III.B Tanda Koma) rules the comma in or out and silent where the comma is right, and its
suggestion gives the sentence a copy editor would write. Every sentence is fictional."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.clause_commas import (
    RULE_ATTRIBUTION,
    RULE_DEMONSTRATIVE_SUBJECT,
    RULE_JOINED_SUBJECT,
    RULE_SUBJECT_AFTER_ADVERBIAL,
)
from app.language.finding import Finding
from app.language.phrase_commas import RULE_MENURUT


def found(checker: Checker, text: str, rule: str) -> list[Finding]:
    return [f for f in checker.check(text) if f.rule == rule]


def fixed(text: str, finding: Finding) -> str:
    """The text with the finding's first suggestion applied, as the UI applies it."""
    return text[:finding.start] + finding.suggestions[0] + text[finding.end:]


@pytest.mark.parametrize(("rule", "text", "expected"), [
    (RULE_ATTRIBUTION, "Hal ini sambungnya sangat penting bagi warga desa.",
     "Hal ini, sambungnya, sangat penting bagi warga desa."),
    (RULE_ATTRIBUTION, "Jalan itu rusak parah lanjut Budi Santoso, sehingga perlu diperbaiki.",
     "Jalan itu rusak parah, lanjut Budi Santoso, sehingga perlu diperbaiki."),
    (RULE_ATTRIBUTION, "Bantuan itu selanjutnya kata Budi akan diantar ke rumah warga.",
     "Bantuan itu selanjutnya, kata Budi, akan diantar ke rumah warga."),
    (RULE_ATTRIBUTION, "Selain itu, kata Budi pihaknya juga menyiapkan posko.",
     "Selain itu, kata Budi, pihaknya juga menyiapkan posko."),
    (RULE_MENURUT, "Pos itu ramai.\n\nMenurutnya Kepala Desa harus hadir setiap pekan.",
     "Pos itu ramai.\n\nMenurutnya, Kepala Desa harus hadir setiap pekan."),
    (RULE_DEMONSTRATIVE_SUBJECT,
     "Personel yang terlibat dalam pengamanan ini, harus menjaga sikap.",
     "Personel yang terlibat dalam pengamanan ini harus menjaga sikap."),
    (RULE_JOINED_SUBJECT, "Bupati bersama pejabat terkait, berjalan kaki ke lokasi banjir.",
     "Bupati bersama pejabat terkait berjalan kaki ke lokasi banjir."),
    (RULE_SUBJECT_AFTER_ADVERBIAL,
     "Guna memperkuat ketahanan pangan, serta pembangunan desa di Kabupaten Contoh, "
     "Dinas Pertanian Contoh, menggelar pelatihan.",
     "Guna memperkuat ketahanan pangan, serta pembangunan desa di Kabupaten Contoh, "
     "Dinas Pertanian Contoh menggelar pelatihan."),
])
def test_the_suggestion_writes_the_commas_eyd_asks_for(checker: Checker, rule: str,
                                                      text: str, expected: str) -> None:
    findings = found(checker, text, rule)
    assert len(findings) == 1, findings
    assert fixed(text, findings[0]) == expected
    assert findings[0].severity == "saran"


@pytest.mark.parametrize(("rule", "text"), [
    # katanya is hearsay (KBBI: katanya adv 'konon'), not an attribution
    (RULE_ATTRIBUTION, "Citra polisi yang katanya keras mulai berubah."),
    # lanjut as an adverb before the subject's own verb
    (RULE_ATTRIBUTION, "Lebih lanjut Budi menyampaikan terima kasih."),
    (RULE_ATTRIBUTION, "Situasi itu kemudian lanjut Budi menyampaikan ke camat."),
    # after a pronoun the verb is the predicate
    (RULE_ATTRIBUTION, "Untuk itu saya harap Budi segera pulang."),
    (RULE_ATTRIBUTION, "Untuk itu kami pinta Budi segera pulang."),
    # the attribution ends the sentence or goes on with what belongs to it
    (RULE_ATTRIBUTION, "Selain itu, kata Budi saat ditemui, posko sudah siap."),
    (RULE_ATTRIBUTION, "Posko sudah siap, ujar Budi kepada wartawan."),
    (RULE_ATTRIBUTION, "Hal itu, kata Kepala Dinas Komunikasi dan Statistik Sukamaju, "
                       "sudah dibahas."),
    (RULE_ATTRIBUTION, "Posko sudah siap, kata Budi selaku ketua panitia."),
    # commas already on both sides
    (RULE_ATTRIBUTION, "Hal ini, sambungnya, sangat penting bagi warga."),
    (RULE_ATTRIBUTION, "Jalan itu rusak, lanjut Budi, sehingga perlu diperbaiki."),
    # Menurut + a name may go on with capitals
    (RULE_MENURUT, "Menurut Kepala Desa Sukamaju, warga setuju."),
    (RULE_MENURUT, "Menurutnya, Kepala Desa harus hadir."),
    # a relative clause with a conjunction makes the stretch more than a noun phrase
    (RULE_DEMONSTRATIVE_SUBJECT, "Warga yang hadir di pos ini, menurut Kapolsek, merasa aman."),
    (RULE_DEMONSTRATIVE_SUBJECT, "Petugas yang berjaga untuk warga ini, akan diganti."),
    # a verb in the joined part: a clause, whose comma may be right
    (RULE_JOINED_SUBJECT, "Bupati bersama warga membersihkan, kemudian berjalan kaki."),
    (RULE_JOINED_SUBJECT, "Usai apel bersama warga desa, diadakan doa bersama."),
    (RULE_JOINED_SUBJECT, "Bupati bersama pejabat terkait berjalan kaki."),
    # an address goes on after a place adverbial
    (RULE_SUBJECT_AFTER_ADVERBIAL,
     "Pagi yang semula tenang di Jalan Melati, Kecamatan Sukajaya, mendadak ramai."),
    # the adverbial ends in a name that is no place after di/ke/dari
    (RULE_SUBJECT_AFTER_ADVERBIAL,
     "Sementara Budi, Kepala Desa Sukamaju, mengaku lega."),
])
def test_right_commas_are_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert found(checker, text, rule) == [], text


def test_a_reversed_opening_quote_opens_the_subject(checker: Checker) -> None:
    text = "Warga berkumpul.\n\n”Lomba desa yang kita rayakan ini, dapat menggerakkan ekonomi.”"
    findings = found(checker, text, RULE_DEMONSTRATIVE_SUBJECT)
    assert [f.text for f in findings] == ["ini,"]
    closing = "Lomba itu ramai” ini, dapat menggerakkan ekonomi."
    assert found(checker, closing, RULE_DEMONSTRATIVE_SUBJECT) == []


def test_the_menurut_finding_stays_on_its_own_paragraph(checker: Checker) -> None:
    text = "Situasi aman,\"ujarnya.\n\nMenurutnya situasi pasar tetap tertib."
    findings = found(checker, text, RULE_MENURUT)
    assert [f.text for f in findings] == ["Menurutnya"]
    assert fixed(text, findings[0]).endswith("Menurutnya, situasi pasar tetap tertib.")


@pytest.mark.parametrize("text", [
    "Bupati Contoh, H. Budi Santoso, memimpin panen raya.",
    "Kapolsek Sukajaya, IPDA. Rina Wati, membenarkan kejadian itu.",
    "Kepala Dinas Sukamaju, A. Budi Hartono, menjelaskan jadwal lomba.",
    "Sukamaju Baru, beritasukamaju.com – Pemerintah desa menggelar lomba.",
])
def test_an_initial_or_a_site_name_is_no_sentence_break(checker: Checker, text: str) -> None:
    """The period of an initial or a rank opens no new sentence: the comma closes the
    apposition opened before it. A site's name after a dateline is no predicate."""
    assert found(checker, text, "koma-subjek-predikat") == [], text


def test_a_name_subject_still_takes_no_comma(checker: Checker) -> None:
    text = "Warga berkumpul di balai. Kapolsek Sukajaya Iptu Rina Wati, membenarkan kejadian itu."
    findings = found(checker, text, "koma-subjek-predikat")
    assert [f.text for f in findings] == ["Wati,"]


@pytest.mark.parametrize("text", [
    "Kini jelas Pemerintah Desa tidak tinggal diam.",
    "Warga memuji sikap tegasnya terhadap pelanggar.",
    "Lampu itu makin terang Minggu malam ini.",
])
def test_a_saying_root_used_as_an_adjective_is_no_attribution(checker: Checker,
                                                               text: str) -> None:
    assert found(checker, text, RULE_ATTRIBUTION) == [], text


def test_a_compound_with_a_saying_root_is_no_speaker(checker: Checker) -> None:
    text = "Bantuan itu untuk warga lanjut Usia penerima kartu sehat."
    assert found(checker, text, RULE_ATTRIBUTION) == []
