"""Session 6 of issue 10: punctuation and word-form rules stated as EYD V states them, each
tried on fictional sentences of this project, right and wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.language import Checker, punctuation
from app.language.eyd_rules import load_rules
from app.language.rulebook import BUILT_IN_SOURCES


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


# -- 1. koma di antara subjek dan predikat ---------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Polres Sukamaju, menggelar patroli malam di pasar induk.", "Sukamaju,", "Sukamaju"),
    ("SUKAMAJU – Polsek Kuta Raja Polres Sukamaju, menggelar razia knalpot.", "Sukamaju,",
     "Sukamaju"),
    ("Hujan reda sore itu. Pemerintah Daerah, akan memperbaiki jalan desa.", "Daerah,",
     "Daerah"),
    ("Satlantas Polres Sukamaju, membagikan helm kepada pelajar.", "Sukamaju,", "Sukamaju"),
    ("Kapolsek Kuta Raja Iptu Andi Wirawan, meminta warga menjaga pos ronda.", "Wirawan,",
     "Wirawan"),
    ("Dinas Sosial Kabupaten Sukamaju (Dinsos), menyalurkan beras kepada warga.",
     "(Dinsos),", "(Dinsos)"),
    ("Serka Rudi Hartono, membantu petani memanen padi.", "Hartono,", "Hartono"),
    ("Sekda Sukamaju Budi Santoso, membuka acara itu.", "Santoso,", "Santoso"),
])
def test_comma_between_subject_and_predicate(checker: Checker, text: str, wrong: str,
                                             right: str) -> None:
    assert found(checker, text, "koma-subjek-predikat") == [(wrong, (right,))]


@pytest.mark.parametrize("text", [
    "Kapolres Sukamaju, AKBP Rudi Hartawan, mengatakan bahwa situasi aman.",  # apposition
    "Pada Hari Senin, dilaksanakan apel pagi di halaman Mapolres.",           # adverbial
    "Menjelang Idulfitri, petugas menjaga terminal.",
    "Kapolres Sukamaju, didampingi Wakapolres, meninjau pos pengamanan.",     # aside
    "Kapolres Sukamaju, melalui Kasi Humas, menyampaikan imbauan.",
    "Selain Polres Sukamaju, berbagai instansi ikut hadir.",
    "Polres Sukamaju menggelar patroli malam di pasar induk.",                # no comma
    "SUKAMAJU, Senin (5/2/2024) – Polres Sukamaju menggelar patroli.",        # dateline
    "Warga, pedagang, dan pelajar, mengikuti senam pagi.",                    # a list
])
def test_subject_comma_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "koma-subjek-predikat") == []


# -- 2. kalimat yang dibuka kata penghubung intrakalimat ------------------------------------

def test_sehingga_does_not_open_a_sentence(checker: Checker) -> None:
    text = "Petugas berjaga di setiap simpang. Sehingga arus kendaraan tetap lancar."
    assert found(checker, text, "titik-sebelum-kata-sambung") == [
        (". Sehingga", (" sehingga",))]


@pytest.mark.parametrize("text", [
    "Petugas berjaga di setiap simpang sehingga arus kendaraan tetap lancar.",
    "Petugas berjaga di setiap simpang. Oleh karena itu, arus kendaraan lancar.",
    "Hujan turun deras. Sehingga Dinas PU dikerahkan.",   # a name after it: left to a reader
])
def test_sehingga_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "titik-sebelum-kata-sambung") == []


# -- 3. koma sesudah ungkapan penghubung antarkalimat ---------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Jalan licin. Meski begitu petugas tetap berjaga.", "Meski begitu"),
    ("Posko dibuka sejak pagi. Tidak hanya itu warga juga mendapat makanan.",
     "Tidak hanya itu"),
    ("Oleh karenanya warga diminta tetap waspada.", "Oleh karenanya"),
    ("“Kami siap.” Dengan begitu acara dimulai.", "Dengan begitu"),
])
def test_connector_takes_a_comma(checker: Checker, text: str, wrong: str) -> None:
    assert found(checker, text, "koma-sesudah-ungkapan-penghubung") == [
        (wrong, (wrong + ",",))]


@pytest.mark.parametrize("text", [
    "Jalan licin. Meski begitu, petugas tetap berjaga.",
    "Ia tetap hadir meski begitu banyak tugas menanti.",       # not opening a sentence
    "Jalan licin. Meski begitu Kapolsek tetap berjaga.",       # a name after it
    "Jalan licin. Tidak hanya itu juga masalahnya.",
    "Jalan licin. Kemudian petugas memasang rambu.",            # dropped: labels disagree
])
def test_connector_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "koma-sesudah-ungkapan-penghubung") == []


def test_connector_list_is_data_with_sources() -> None:
    path = Path(__file__).parents[2] / "resources" / "style" / punctuation.CONNECTORS_FILE
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert rows and all(len(row) == 2 and "EYD V" in row[1] for row in rows)
    toml_rule = next(r for r in load_rules() if r.id == "koma-penghubung-antarkalimat")
    assert not any(row[0] in toml_rule.pattern_source for row in rows)   # no duplicates


# -- 4. bentuk ulang berimbuhan ---------------------------------------------------------------

@pytest.mark.parametrize(("root", "derived"), [
    ("bahu", "membahu"), ("tolong", "menolong"), ("pukul", "memukul"), ("kejar", "mengejar"),
    ("sapa", "menyapa"), ("kait", "mengait"), ("dorong", "mendorong"), ("lempar", "melempar"),
    ("cat", "mengecat"), ("isi", "mengisi"),
])
def test_men_forms_follow_the_nasal_rules(root: str, derived: str) -> None:
    assert derived in punctuation.men_forms(root)


def test_men_forms_reject_other_words() -> None:
    assert "membantu" not in punctuation.men_forms("bahu")
    assert "menolong" not in punctuation.men_forms("tulang")


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Warga bahu membahu membersihkan saluran air.", "bahu membahu", "bahu-membahu"),
    ("Semangat tolong – menolong tumbuh di desa.", "tolong – menolong", "tolong-menolong"),
    ("Terjadi aksi saling dorong mendorong di pintu masuk.", "dorong mendorong",
     "dorong-mendorong"),
])
def test_men_reduplication_apart(checker: Checker, text: str, wrong: str, right: str) -> None:
    assert found(checker, text, "ulang-berimbuhan-men") == [(wrong, (right,))]


@pytest.mark.parametrize("text", [
    "Warga bahu-membahu membersihkan saluran air.",
    "Warga membantu membersihkan saluran air.",
    "Petugas tolong mengecek lampu.",
])
def test_men_reduplication_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "ulang-berimbuhan-men") == []


def test_affixed_reduplication_with_spaced_dash(checker: Checker) -> None:
    text = "Panitia mengajak warga bersama – sama menjaga ketertiban."
    assert found(checker, text, "ulang-berimbuhan-spasi") == [
        ("bersama – sama", ("bersama-sama",))]


def test_spaced_reduplication_with_second_half_capitalised(checker: Checker) -> None:
    text = "Kapolres menjelaskan program – Program kerja satuan."
    assert found(checker, text, "ulang-tanda-pisah") == [
        ("program – Program", ("program-program",))]
    dateline = "Kabar Sukamaju, SUKAMAJU – Sukamaju bersiap menyambut pemilu."
    assert found(checker, dateline, "ulang-tanda-pisah") == []


# -- 5. singkatan yang kehilangan titik akhirnya ----------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Operasi digelar tanggal 4 s.d 17 Maret.", "s.d"),
    ("Operasi digelar tanggal 4 s/d 17 Maret.", "s/d"),
])
def test_sampai_dengan(checker: Checker, text: str, wrong: str) -> None:
    assert found(checker, text, "singkatan-sampai-dengan") == [(wrong, ("s.d.",))]


def test_sampai_dengan_right(checker: Checker) -> None:
    assert found(checker, "Operasi digelar tanggal 4 s.d. 17 Maret.",
                 "singkatan-sampai-dengan") == []


@pytest.mark.parametrize("text", [
    "Kapolres melalui P.s Kanit Binmas Aipda Yoga Pratama menyampaikan imbauan.",
    "Ps Kasi Humas Polres Sukamaju hadir dalam rapat.",
])
def test_acting_officer_abbreviation(checker: Checker, text: str) -> None:
    assert [f for f, _ in found(checker, text, "singkatan-pejabat-sementara")]


@pytest.mark.parametrize("text", [
    "Ps. Kasi Humas Polres Sukamaju hadir dalam rapat.",
    "Plt Kepala Dinas Sosial membuka acara.",
    "Plh Camat Kuta Raja membuka acara.",
])
def test_acting_officer_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "singkatan-pejabat-sementara") == []


# -- 6. kelas lain dari daftar yang terlewat -------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Danramil membenarkan, bahwa panen dimulai pekan ini.", "membenarkan, bahwa"),
    ("Warga berharap, bahwa jalan segera diperbaiki.", "berharap, bahwa"),
    ("Disampaikan, bahwa jadwal ronda berubah.", "Disampaikan, bahwa"),
])
def test_no_comma_before_bahwa_after_any_verb(checker: Checker, text: str, wrong: str) -> None:
    verb = wrong.split(",")[0]
    findings = [f for f in checker.check(text) if f.rule == "koma-sebelum-bahwa"]
    assert len(findings) == 1
    fixed = text[:findings[0].start] + findings[0].suggestions[0] + text[findings[0].end:]
    assert f"{verb} bahwa" in fixed and f"{verb}," not in fixed


def test_comma_before_bahwa_after_a_noun_left_alone(checker: Checker) -> None:
    text = "Hal itu dibahas dalam rapat koordinasi, bahwa anggaran perlu ditambah."
    assert found(checker, text, "koma-sebelum-bahwa") == []


def test_attribution_with_nya_after_a_period(checker: Checker) -> None:
    text = "Warga diminta mencuci tangan sesudah kegiatan. Tuturnya."
    assert found(checker, text, "atribusi-sesudah-titik") == [(". Tuturnya", (", tuturnya",))]
    assert found(checker, "Tuturnya ramah kepada warga.", "atribusi-sesudah-titik") == []


def test_space_after_straight_opening_quote_mid_paragraph(checker: Checker) -> None:
    text = 'Petani sedang memanen padi. " Saya senang dibantu," kata Rudi.'
    assert found(checker, text, "spasi-setelah-petik-lurus-awal") == [('" ', ('"',))]
    closed = 'Petani sedang memanen padi." Kapolsek lalu meninjau sawah.'
    assert found(checker, closed, "spasi-setelah-petik-lurus-awal") == []


@pytest.mark.parametrize("text", [
    "Kapolres Sukamaju AKBP Rudi Hartawan SIK, menyampaikan imbauan.",   # degrees' comma
    "Senin Malam, digelar patroli gabungan.",
])
def test_subject_comma_after_degree_or_time_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "koma-subjek-predikat") == []


# -- every new rule is listed with its source and severity ----------------------------------

@pytest.mark.parametrize("rule", [
    "koma-subjek-predikat", "ulang-berimbuhan-men", "koma-sesudah-ungkapan-penghubung",
])
def test_python_rules_have_a_source(rule: str) -> None:
    assert "EYD V" in BUILT_IN_SOURCES[rule]


def test_connector_rule_is_a_suggestion(checker: Checker) -> None:
    findings = [f for f in checker.check("Jalan licin. Meski begitu petugas berjaga.")
                if f.rule == "koma-sesudah-ungkapan-penghubung"]
    assert findings and all(f.severity == "saran" for f in findings)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Kapolres memantau situasi Di Sukamaju pada malam hari.", "Di"),
    ("Warga diminta melapor Ke kantor polisi terdekat.", "Ke"),
])
def test_a_capitalised_preposition_mid_sentence(checker: Checker, text: str,
                                                wrong: str) -> None:
    assert found(checker, text, "kata-tugas-huruf-kecil") == [(wrong, (wrong.lower(),))]


@pytest.mark.parametrize("text", [
    "Di halaman kantor, warga berkumpul sejak pagi.",
    "Peringatan HUT Ke 78 digelar di lapangan desa.",
    "POLRES SUKAMAJU PATROLI DI PASAR\n\nPetugas berjaga sejak pagi.",
])
def test_a_preposition_that_may_be_capitalised(checker: Checker, text: str) -> None:
    assert found(checker, text, "kata-tugas-huruf-kecil") == []
