"""Punctuation classes of session 8 (issue 10): reduplications written with a dash or
apart, words of saying after a full stop, a question closed before *tanya*, abbreviations
of address without their period, stray full stops — each told as EYD V states it, on
fictional sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.language import Checker, punctuation
from app.language.eyd_rules import load_rules
from app.language.rulebook import rulebook
from app.language.tokens import tokenize

NEW_TOML_RULES = ("koma-sebelum-titik", "titik-sebelum-zona-waktu", "tanda-tanya-sebelum-tanya")


def on_rule(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (wrong, _right) in punctuation.EXAMPLES.items() for text in wrong])
def test_every_wrong_example_is_flagged(checker: Checker, rule: str, text: str) -> None:
    assert on_rule(checker, text, rule), text


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (_wrong, right) in punctuation.EXAMPLES.items() for text in right])
def test_every_right_example_is_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert on_rule(checker, text, rule) == [], text


def test_new_rules_are_listed_with_their_source() -> None:
    listed = {entry["id"]: entry for entry in rulebook()}
    for rule in (*punctuation.EXAMPLES, *NEW_TOML_RULES):
        assert rule in listed, rule
        assert "EYD V" in listed[rule]["source"], rule
    assert listed[punctuation.RULE_REDUPLICATION_SPACE]["severity"] == "saran"
    assert listed[punctuation.RULE_REDUPLICATION_DASH]["severity"] == "kesalahan"


# -- reduplication ----------------------------------------------------------------------

def test_dash_reduplication_gets_a_hyphen_keeping_the_case(checker: Checker) -> None:
    assert on_rule(checker, "Mudah – mudahan semua lancar.",
                   punctuation.RULE_REDUPLICATION_DASH) == [
        ("Mudah – mudahan", ("Mudah-mudahan",))]
    assert on_rule(checker, "Warga membersihkan rumah—rumah kosong.",
                   punctuation.RULE_REDUPLICATION_DASH) == [("rumah—rumah", ("rumah-rumah",))]


def test_spaced_reduplication_needs_the_dictionary(tmp_path: Path) -> None:
    """The space-only form is flagged only for a reduplication the .dic lists, and with
    *-an* only when it lists it with the -an flag and the -an form is no word alone."""
    dic = tmp_path / "id_ID.dic"
    dic.write_text("4\nsayur-sayur/a0\nrumah-rumah\nmakan-makan/a0\nminum\n",
                   encoding="utf-8")
    known = punctuation.load_reduplications(tmp_path)
    assert known.full == {"sayur": True, "rumah": False, "makan": True}
    words = {"makanan", "minuman"}

    def flagged(text: str) -> list[str]:
        return [f.text for f in punctuation.reduplication_apart(
            text, list(tokenize(text)), known, words.__contains__)]

    assert flagged("Ia menjual sayur sayuran segar.") == ["sayur sayuran"]
    assert flagged("Ia menjaga rumah rumahnya sendiri.") == ["rumah rumahnya"]
    assert flagged("Ia menata rumah rumahan kecil.") == []          # no -an flag
    assert flagged("Mereka minum minuman keras.") == []             # not listed
    assert flagged("Anak diajak makan makanan bergizi.") == []      # makanan: a word


def test_missing_dictionary_gives_no_reduplications(tmp_path: Path) -> None:
    assert punctuation.load_reduplications(tmp_path) == punctuation.Reduplications({}, {})


def test_affixed_sound_pair_needs_the_listed_pair_and_an_affixed_first_half(
        tmp_path: Path) -> None:
    dic = tmp_path / "id_ID.dic"
    dic.write_text("3\nramah-tamah/B0\nbolak-balik\nanak-anak\n", encoding="utf-8")
    pairs = punctuation.load_reduplications(tmp_path)
    assert pairs.pairs == {"tamah": ("ramah",), "balik": ("bolak",)}
    assert pairs.full == {"anak": False}

    def flagged(text: str) -> list[tuple[str, tuple[str, ...]]]:
        return [(f.text, f.suggestions) for f in punctuation.affixed_sound_pair(
            text, list(tokenize(text)), pairs)]

    assert flagged("Warga beramah tamah dengan camat.") == [
        ("beramah tamah", ("beramah-tamah",))]
    assert flagged("Petugas membolak balik berkas.") == [
        ("membolak balik", ("membolak-balik",))]
    assert flagged("Acara ramah tamah digelar.") == []           # the bare pair
    assert flagged("Warga menolak balik nama itu.") == []         # no form of bolak


def test_existing_rules_keep_their_cases(checker: Checker) -> None:
    """A spaced dash between the same word and a word written twice stay with their own
    rules: the new rule adds nothing there."""
    text = "Petugas memeriksa rumah – rumah warga dan dan kios."
    rules = [f.rule for f in checker.check(text)]
    assert "ulang-tanda-pisah" in rules and "kata-ganda" in rules
    assert punctuation.RULE_REDUPLICATION_DASH not in rules


# -- quotation and attribution -----------------------------------------------------------

def test_attribution_after_full_stop_inside_an_open_quotation(checker: Checker) -> None:
    text = "“Pengamanan berjalan sampai tahapan selesai. tegasnya."
    assert on_rule(checker, text, punctuation.RULE_ATTRIBUTION_PERIOD) == [(". ", (",” ",))]
    text = "Pengamanan berjalan sampai tahapan selesai. tegasnya."
    assert on_rule(checker, text, punctuation.RULE_ATTRIBUTION_PERIOD) == [(". ", (", ",))]


def test_question_closed_before_tanya(checker: Checker) -> None:
    text = "“Siapa yang bertugas malam ini,” tanya Kapolsek Sukamaju."
    assert on_rule(checker, text, "tanda-tanya-sebelum-tanya") == [(",”", ("?”",))]
    text = "“Siapa yang bertugas malam ini?” tanya Kapolsek Sukamaju."
    assert on_rule(checker, text, "tanda-tanya-sebelum-tanya") == []


def test_full_stop_outside_quote_before_attribution_is_one_rule(checker: Checker) -> None:
    """*…”. imbuhnya* is flagged once, by the rule file's rule; the quotation rule of
    ``style`` still moves a full stop inside when no attribution follows."""
    text = "“Kami siaga penuh di semua pos pengamanan”. imbuhnya."
    findings = [f for f in checker.check(text) if "”" in f.text]
    assert [(f.rule, f.suggestions) for f in findings] == [
        ("titik-luar-petik-atribusi", (",” imbuhnya",))]
    text = "Ia menutup rapat. “Kami siaga penuh di semua pos pengamanan”."
    assert [f.rule for f in checker.check(text) if "”" in f.text] == ["tanda-baca-petik"]


def test_comma_outside_a_straight_quote(checker: Checker) -> None:
    text = "Menurut Kades, jalan desa kini mulus\", ujar Kades Sukamulya."
    assert on_rule(checker, text, "koma-sebelum-petik-atribusi") == [('",', (',"',))]


# -- abbreviations and stray stops -------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Ketua TP PKK Ny Wulan Sari membuka lomba.", "Ny", "Ny."),
    ("Kepala Puskesmas dr Arini Putri memeriksa warga.", "dr", "dr."),
    ("Laporan Sdr Yoga Pratama diterima petugas.", "Sdr", "Sdr."),
    ("Ketua RW (Bpk Darmaji) menyambut tim.", "Bpk", "Bpk."),
])
def test_address_abbreviations_take_a_period(checker: Checker, text: str, wrong: str,
                                             right: str) -> None:
    assert on_rule(checker, text, "titik-gelar-sapaan") == [(wrong, (right,))]


def test_time_zone_and_comma_stop(checker: Checker) -> None:
    assert on_rule(checker, "Apel dimulai pukul 07.30. WIB di halaman.",
                   "titik-sebelum-zona-waktu") == [(".", ("",))]
    assert on_rule(checker, "Apel dimulai pukul 07.30 WIB. Warga hadir.",
                   "titik-sebelum-zona-waktu") == []
    assert on_rule(checker, "Bantuan berupa beras dan gula, .",
                   "koma-sebelum-titik") == [(", .", (".",))]


def test_rule_file_still_loads_with_unique_ids() -> None:
    ids = [rule.id for rule in load_rules()]
    assert len(ids) == len(set(ids))
    assert all(rule in ids for rule in NEW_TOML_RULES)
