"""Session 6b of issue 10: quotation marks, holiday names, names typed in capitals,
datelines and rank periods, each rule stated as EYD V states it and tried on fictional
sentences of this project, right and wrong."""

from __future__ import annotations

import re

import pytest

from app.language import Checker, punctuation
from app.language.eyd_rules import EydRule, check_rules, load_rules


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


def applied(checker: Checker, text: str, rule: str) -> str:
    """``text`` with every finding of ``rule`` replaced by its first suggestion."""
    for finding in sorted((f for f in checker.check(text) if f.rule == rule),
                          key=lambda f: f.start, reverse=True):
        text = text[:finding.start] + finding.suggestions[0] + text[finding.end:]
    return text


# -- 1. tanda petik di sekitar keterangan pengucap -------------------------------------------

@pytest.mark.parametrize(("text", "rule", "fixed"), [
    ("“Pos ronda kami jaga bergantian di tengah masyarakat ” tutup Kapolsek.",
     "petik-tutup-berspasi-atribusi",
     "“Pos ronda kami jaga bergantian di tengah masyarakat,” tutup Kapolsek."),
    ("“Harga cabai mulai turun pekan ini ” kata Camat Sukamaju.",
     "petik-tutup-berspasi-atribusi", "“Harga cabai mulai turun pekan ini,” kata Camat Sukamaju."),
    ("Polres mengusung tema “Desa Aman Warga Sejahtera “.", "petik-buka-di-akhir-petikan",
     "Polres mengusung tema “Desa Aman Warga Sejahtera”."),
])
def test_quotation_before_attribution(checker: Checker, text: str, rule: str,
                                      fixed: str) -> None:
    assert applied(checker, text, rule) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("“Babinsa wajib mengenal warga binaan”. imbuhnya.",
     "“Babinsa wajib mengenal warga binaan,” imbuhnya."),
    ("“Aman”. Ungkap Kapolres Sukamaju.", "“Aman,” ungkap Kapolres Sukamaju."),
])
def test_period_outside_quotation_before_attribution(text: str, fixed: str) -> None:
    rule = next(r for r in load_rules() if r.id == "titik-luar-petik-atribusi")
    findings = check_rules(text, [rule])
    assert len(findings) == 1
    finding = findings[0]
    assert text[:finding.start] + finding.suggestions[0] + text[finding.end:] == fixed


@pytest.mark.parametrize("text", [
    "“Babinsa wajib mengenal warga binaan di desanya”. imbuhnya.",
    "“Kami siap mengamankan pemilu tahun ini”. Ungkap Kapolres Sukamaju.",
])
def test_checker_moves_the_period_in_as_a_comma(checker: Checker, text: str) -> None:
    """The general rule for punctuation outside the quotation (``tanda-baca-petik``) sees
    the slip first; before words of saying its fix is a comma, not a period."""
    fixes = [f.suggestions[0] for f in checker.check(text)
             if f.rule in ("tanda-baca-petik", "titik-luar-petik-atribusi")]
    assert fixes and fixes[0].startswith(",”")


@pytest.mark.parametrize(("text", "rule"), [
    ("“Pos ronda kami jaga bergantian,” tutup Kapolsek.", "petik-tutup-berspasi-atribusi"),
    ("Warga menamai lomba itu “Kampung Bersih ” dan datang ramai.",
     "petik-tutup-berspasi-atribusi"),
    ("Tema tahun ini “Desa Tangguh”. Katanya warga sendiri yang memilih.",
     "titik-luar-petik-atribusi"),
    ("Tema tahun ini “Desa Tangguh”. Kapolsek hadir membuka lomba.",
     "titik-luar-petik-atribusi"),
    ("Ia berkata, “Jaga desa kita.”", "petik-buka-di-akhir-petikan"),
])
def test_quotation_rules_leave_right_text(checker: Checker, text: str, rule: str) -> None:
    assert found(checker, text, rule) == []


@pytest.mark.parametrize(("text", "fixed"), [
    ("Polres mengusung tema” Tertib Berlalu Lintas” tahun ini.",
     "Polres mengusung tema “Tertib Berlalu Lintas” tahun ini."),
    ("Menurut Danramil Kapten Budi Santoso,”Kegiatan ini rutin,” katanya.",
     "Menurut Danramil Kapten Budi Santoso, “Kegiatan ini rutin,” katanya."),
    ("“Pasar dijaga sepanjang malam.\n\n” Selain itu warga ikut berjaga,” ujar Kapolsek.",
     "“Pasar dijaga sepanjang malam.\n\n“Selain itu warga ikut berjaga,” ujar Kapolsek."),
])
def test_closing_mark_that_opens(text: str, fixed: str) -> None:
    findings = sorted(punctuation.closing_mark_opens(text), key=lambda f: f.start,
                      reverse=True)
    for finding in findings:
        text = text[:finding.start] + finding.suggestions[0] + text[finding.end:]
    assert text == fixed


@pytest.mark.parametrize("text", [
    "“Pasar aman,” Kapolsek menambahkan.",
    "\"Pasar aman sepanjang malam” Kapolsek menambahkan.",
    "Warga menyebut nama kampung” Sukamaju tanpa tanda petik lain.",
])
def test_closing_mark_that_closes_is_left(text: str) -> None:
    assert list(punctuation.closing_mark_opens(text)) == []


# -- 2. nama hari raya ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Polres menyiapkan pengamanan natal 2029 di tiga gereja.", "natal", "Natal"),
    ("Pos disiagakan untuk ibadah natal di Sukamaju.", "natal", "Natal"),
    ("Pos disiagakan menjelang Natal dan tahun baru.", "tahun baru", "Tahun Baru"),
    ("Warga Tionghoa merayakan tahun baru Imlek di kelenteng.", "tahun baru", "Tahun Baru"),
    ("Umat Hindu menyambut tahun baru Saka dengan tenang.", "tahun baru", "Tahun Baru"),
    ("Patroli digelar saat perayaan hari Raya Nyepi di desa.", "hari Raya", "Hari Raya"),
    ("Warga merayakan Galungan dan kuningan bersama.", "kuningan", "Kuningan"),
    ("Warga Sukamaju merayakan galungan bersama.", "galungan", "Galungan"),
    ("Kerja bakti digelar memperingati hari Bhayangkara ke-79.", "hari", "Hari"),
    ("Lomba digelar menyambut hari Kemerdekaan di lapangan desa.", "hari", "Hari"),
])
def test_holiday_names_are_capitalised(checker: Checker, text: str, wrong: str,
                                       right: str) -> None:
    assert found(checker, text, "kapital-hari-raya") == [(wrong, (right,))]


@pytest.mark.parametrize("text", [
    "Ia kembali ke kota natal ayahnya setiap tahun.",
    "Perajin kuningan di Sukamaju menerima banyak pesanan.",
    "Rencana kerja tahun baru disusun bersama perangkat desa.",
    "Pos disiagakan menjelang Natal dan Tahun Baru.",
    "Patroli digelar saat perayaan Hari Raya Nyepi.",
    "Setiap hari Ibu Sri memasak untuk petugas pos.",
    "Pada hari Rabu patroli digelar.",
])
def test_holiday_rule_leaves_other_words(checker: Checker, text: str) -> None:
    assert found(checker, text, "kapital-hari-raya") == []


# -- 3. nama orang berhuruf kapital semua sesudah pangkat atau sapaan ------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Apel dipimpin Kapolres Sukamaju AKBP YUDHA SATRIA PRATAMA, S.I.K. di halaman.",
     "AKBP YUDHA SATRIA PRATAMA", "AKBP Yudha Satria Pratama"),
    ("Patroli dipimpin Ipda DEWI ANGGRAINI bersama dua anggota.", "Ipda DEWI ANGGRAINI",
     "Ipda Dewi Anggraini"),
    ("Bantuan diserahkan kepada Bapak SUPARMAN HADI di rumahnya.", "Bapak SUPARMAN HADI",
     "Bapak Suparman Hadi"),
    ("Hadir Dirsamapta Kombes Pol. Drs. BAMBANG WIRAWAN, M.H. di lokasi.",
     "Kombes Pol. Drs. BAMBANG WIRAWAN", "Kombes Pol. Drs. Bambang Wirawan"),
])
def test_name_in_capitals_after_rank(checker: Checker, text: str, wrong: str,
                                     right: str) -> None:
    assert found(checker, text, "nama-orang-huruf-kapital") == [(wrong, (right,))]


@pytest.mark.parametrize("text", [
    "KAPOLRES AKBP YUDHA SATRIA PRATAMA PIMPIN APEL SIAGA",
    "Pangdam Mayjen TNI Andi Wirawan hadir di lapangan.",
    "Kapolsek AKP JEFRI hadir di lokasi.",
    "Sinergi TNI POLRI terus dijaga oleh Kapten INF Budi.",
    "Patroli dipimpin Ipda Dewi Anggraini bersama dua anggota.",
])
def test_name_rule_leaves_acronyms_and_headlines(checker: Checker, text: str) -> None:
    assert found(checker, text, "nama-orang-huruf-kapital") == []


def test_name_case_change_touches_only_the_name() -> None:
    rule = next(r for r in load_rules() if r.id == "nama-orang-huruf-kapital")
    match = rule.pattern.search("oleh AKBP HENDRA O. PUTRA hari ini")
    assert match is not None
    assert rule.fix(match) == "AKBP Hendra O. Putra"


# -- 4. dateline dan kata waktu --------------------------------------------------------------

@pytest.mark.parametrize(("text", "fixed"), [
    ("Apel siaga digelar di Kota Sukamaju. Rabu Malam (12/4/2029).",
     "Apel siaga digelar di Kota Sukamaju, Rabu malam (12/4/2029)."),
    ("Operasi Lilin Sukamaju 2029/2030. Rabu (7/11/2029).",
     "Operasi Lilin Sukamaju 2029/2030, Rabu (7/11/2029)."),
])
def test_dateline_after_period(checker: Checker, text: str, fixed: str) -> None:
    text = applied(checker, text, "titik-sebelum-hari-tanggal")
    assert applied(checker, text, "kata-waktu-huruf-kecil") == fixed


@pytest.mark.parametrize(("text", "wrong"), [
    ("Camat turun langsung pada Kamis (12/5/2029) Pagi bersama warga.", "Pagi"),
    ("Patroli digelar Sabtu Malam (8/8/2029) di pasar.", "Malam"),
    ("Patroli digelar Jumat, (6/1/2029) Pagi.", "Pagi"),
])
def test_time_of_day_after_day_or_date(checker: Checker, text: str, wrong: str) -> None:
    assert found(checker, text, "kata-waktu-huruf-kecil") == [(wrong, (wrong.lower(),))]


@pytest.mark.parametrize("text", [
    "Warga berjaga pada Sabtu Malam Minggu di pos ronda.",
    "Pengajian digelar Kamis (8/2) Malam Takbiran.",
    "Apel digelar Rabu (25/12/2029). Senin (30/12) acara berlanjut.",
    "PATROLI DIGELAR RABU MALAM",
])
def test_dateline_rules_leave_right_text(checker: Checker, text: str) -> None:
    assert found(checker, text, "kata-waktu-huruf-kecil") == []
    assert found(checker, text, "titik-sebelum-hari-tanggal") == []


# -- 5. titik sesudah pangkat, spasi sesudah singkatan wilayah -------------------------------

def test_period_after_rank_before_initial(checker: Checker) -> None:
    text = "Kegiatan dipimpin AKP. R. Wibowo, Kanit Reskrim."
    assert found(checker, text, "titik-setelah-pangkat") == [("AKP. ", ("AKP ",))]


def test_rank_at_sentence_end_keeps_period(checker: Checker) -> None:
    assert found(checker, "Ia naik pangkat menjadi AKP. R. Wibowo lalu memberi sambutan.",
                 "titik-setelah-pangkat") == [("AKP. ", ("AKP ",))]
    assert found(checker, "Ia naik pangkat menjadi AKP. Acara berlangsung khidmat.",
                 "titik-setelah-pangkat") == []


def test_space_after_region_abbreviation_before_acronym(checker: Checker) -> None:
    assert found(checker, "Petugas Dinas LH Kab.HSU ikut membersihkan pasar.",
                 "spasi-setelah-singkatan") == [("Kab.", ("Kab. ",))]
    assert found(checker, "Petugas Dinas LH Kab. HSU ikut membersihkan pasar.",
                 "spasi-setelah-singkatan") == []


# -- the rule file ---------------------------------------------------------------------------

NEW_RULES = ("petik-tutup-berspasi-atribusi", "titik-luar-petik-atribusi",
             "petik-buka-di-akhir-petikan", "nama-orang-huruf-kapital")


@pytest.mark.parametrize("rule_id", NEW_RULES)
def test_new_rules_cite_eyd_and_sit_in_the_session_block(rule_id: str) -> None:
    rules = {rule.id: rule for rule in load_rules()}
    rule: EydRule = rules[rule_id]
    assert re.search(r"EYD V, I{1,3}\.[A-Z]", rule.source)
    ids = list(rules)
    assert ids.index(rule_id) > ids.index("singkatan-pejabat-sementara")
