"""Issue 10: how the checker reads real releases — names, places, acronyms, slips, counts.

Every sentence here is written for this test; the behaviour is what the real-text bench
(``bench/spelling_bench.py``) measures on published releases."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.language import Checker
from app.language.report import reported


def flagged(checker: Checker, text: str) -> set[str]:
    return {f.text for f in checker.check(text)}


def test_unknown_names_and_places_are_not_flagged(checker: Checker) -> None:
    text = ("Kapolsek Sukamakmur AKP Rizaldo Tampubolon bersama Kades Wirolegi, Samsudin, "
            "meninjau Dusun Krajan di Kecamatan Bangil. Warga bernama Jonathan (34) hadir.")
    assert flagged(checker, text) == set()


def test_a_capitalised_slip_of_a_common_word_is_still_flagged(checker: Checker) -> None:
    assert "Kemerdekaaan" in flagged(checker, "Peringatan HUT Kemerdekaaan RI berlangsung.")
    assert "Bupti" in flagged(checker, "Acara dibuka Bupti Sleman pagi ini.")


def test_affixes_never_overrule_a_clear_typo(checker: Checker) -> None:
    text = "Polres menambakan personel, tercitanya rasa aman bagi sebagaian warga."
    findings = {f.text: f for f in checker.check(text)}
    assert set(findings) >= {"menambakan", "tercitanya", "sebagaian"}
    assert findings["sebagaian"].suggestions[0] == "sebagian"
    assert "tercintanya" in findings["tercitanya"].suggestions[:3]
    # a known word with an enclitic stays right
    assert flagged(checker, "“Kami siap,” tegasnya. “Aman,” paparnya.") == set()


def test_acronyms_caps_headlines_domains_and_bylines(checker: Checker) -> None:
    text = ("POLRES KAMPAR AMANKAN WISATA SERPONG\n\nSiswa SMA dan SMK ikut PPKM. "
            "Bantuan Sosial (BANSOSDA) disalurkan; BANSOSDA tepat sasaran.\n"
            "Sumber: beritacontoh.co.id\nEditor: Warsono Hadiprawiro")
    assert flagged(checker, text) == set()


def test_hyphenated_reduplication_is_checked_as_a_whole(checker: Checker) -> None:
    assert flagged(checker, "Taman Kanak-Kanak dan rambu-rambu baru.") == set()


def test_jargon_in_lowercase_is_known(checker: Checker) -> None:
    text = "Satgas prokes dan posko karhutla siaga; pelaku curanmor membawa sajam."
    assert flagged(checker, text) == set()


def test_the_same_unknown_word_is_reported_once_with_its_count(checker: Checker) -> None:
    text = "Petugas menambakan razia. Polsek menambakan patroli. Warga menambakan tikar."
    findings = checker.check(text)
    assert [f.text for f in findings].count("menambakan") == 3     # underlined everywhere
    listed = [f for f in reported(findings) if f.text == "menambakan"]
    assert len(listed) == 1 and listed[0].count == 3


def test_capital_in_the_middle_of_a_sentence_is_a_saran(checker: Checker) -> None:
    findings = [f for f in checker.check("Menjelang tahun Politik warga diimbau tenang.")
                if f.rule == "kapital-tengah-kalimat"]
    assert [(f.text, f.severity, f.suggestions) for f in findings] == [
        ("Politik", "saran", ("politik",))]
    assert not [f for f in checker.check("Hal itu disampaikan kata Budi kemarin.")
                if f.rule == "kapital-tengah-kalimat"]


def test_degrees_without_periods_after_a_name(checker: Checker) -> None:
    findings = [f for f in checker.check("Kapolres AKBP Rido Purwanto SIK MH hadir.")
                if f.rule == "gelar-tanpa-titik"]
    assert [f.suggestions[0] for f in findings] == [", S.I.K., M.H."]


@pytest.mark.parametrize("as_json", [False, True])
def test_check_rules_lists_every_rule(capsys: pytest.CaptureFixture[str],
                                      as_json: bool) -> None:
    status = main(["check", "--rules", *(["--json"] if as_json else [])])
    out = capsys.readouterr().out
    assert status == 0
    if as_json:
        rules = json.loads(out)["rules"]
        ids = {rule["id"] for rule in rules}
        assert {"ejaan", "bentuk-tidak-baku", "kapital-tengah-kalimat",
                "pun-serangkai"} <= ids
        assert all(rule["severity"] in ("kesalahan", "saran") and rule["source"]
                   for rule in rules)
    else:
        assert "kapital-tengah-kalimat [saran]" in out


def rule_hits(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


def test_sentence_goes_on_after_a_quote_or_a_comma(checker: Checker) -> None:
    assert rule_hits(checker, "“Kami siap berjaga,” Ujarnya.", "kapital-tengah-kalimat") == [
        ("Ujarnya", ("ujarnya",))]
    assert rule_hits(checker, "Warga hadir, Kemudian acara dimulai.",
                     "kapital-tengah-kalimat") == [("Kemudian", ("kemudian",))]
    assert rule_hits(checker, "“Kami siap,” ujarnya. Kemudian acara dimulai.",
                     "kapital-tengah-kalimat") == []


def test_region_word_that_is_part_of_a_name(checker: Checker) -> None:
    assert rule_hits(checker, "Warga provinsi Aceh dan desa Sukamaju hadir.",
                     "kapital-nama-wilayah") == [("provinsi", ("Provinsi",)),
                                                 ("desa", ("Desa",))]
    assert rule_hits(checker, "Warga desa itu hadir.", "kapital-nama-wilayah") == []


def test_prefix_typed_apart_from_its_root(checker: Checker) -> None:
    hits = rule_hits(checker, "Petugas ber koordinasi dengan warga.", "awalan-terpisah")
    assert hits == [("ber koordinasi", ("berkoordinasi",))]
    assert rule_hits(checker, "Ia pergi ke pasar.", "awalan-terpisah") == []


def test_suggestions_prefer_a_slip_inside_the_word(checker: Checker) -> None:
    assert checker.suggest("menaikan")[0] == "menaikkan"       # not kenaikan
    assert checker.suggest("perangat")[0] == "perangkat"
    assert checker.suggest("LIntas")[0] == "Lintas"


def test_degree_in_another_case(checker: Checker) -> None:
    hits = rule_hits(checker, "Kasat AKP Budiman, Sh, memimpin apel.", "gelar-tanpa-titik")
    assert hits == [("Sh", ("S.H.",))]


def test_the_shared_published_release_as_it_stands(checker: Checker) -> None:
    """Issue 10, done-when: the example release's known errors and EYD slips are found,
    and nothing else (its names, places, ranks and units) is flagged. The release is kept
    as a skeleton (ordinary words masked), with its errors labelled by hand."""
    from pathlib import Path

    record = json.loads((Path(__file__).parent / "data" / "contoh-polres.json")
                        .read_text(encoding="utf-8"))
    text, errors = record["skeleton"], record["errors"]
    findings = checker.check(text)
    for error in errors:
        assert any(f.start < error["end"] and error["start"] < f.end for f in findings), error
    stray = [f.text for f in findings
             if not any(f.start < e["end"] and e["start"] < f.end for e in errors)]
    assert stray == []
    by_text = {f.text: f for f in findings}
    assert by_text["bersinegi"].suggestions[0] == "bersinergi"
    assert by_text["PENGAMANA"].suggestions[0] == "PENGAMANAN"


def test_a_run_of_capitalised_common_words_mid_sentence(checker: Checker) -> None:
    assert rule_hits(checker, "Petugas menyita Obat Berbahaya dari warga.",
                     "kapital-tengah-kalimat") == [("Obat Berbahaya", ("obat berbahaya",))]
    assert rule_hits(checker, "Petugas menyita 12 Senjata dari pelaku.",
                     "kapital-tengah-kalimat") == [("Senjata", ("senjata",))]
    # names of institutions and operations keep their capitals
    for text in ("Petugas dari Dinas Kesehatan hadir.", "Selama Operasi Ketupat berlangsung.",
                 "Menjelang Hari Raya warga mudik.", "Dinas Perindustrian dan Perdagangan hadir.",
                 "Bahaya Obat Berbahaya (Narkoba) dibahas."):
        assert rule_hits(checker, text, "kapital-tengah-kalimat") == []


def test_joined_prepositions_beyond_the_table(checker: Checker) -> None:
    hits = rule_hits(checker, "Diantaranya warga ditingkat desa hadir dirumahnya, lalu keluar.",
                     "kata-depan-serangkai")
    assert hits == [("Diantaranya", ("Di antaranya",)), ("ditingkat", ("di tingkat",)),
                    ("dirumahnya", ("di rumahnya",))]


def test_a_syllable_typed_twice(checker: Checker) -> None:
    findings = {f.text: f for f in checker.check("Polisi mememerangi narkoba yang didiberikan.")}
    assert findings["mememerangi"].suggestions[0] == "memerangi"
    assert findings["didiberikan"].suggestions[0] == "diberikan"
    assert checker.check("Kakaknya datang mendadak dan kekeluargaan terasa.") == []


def test_capitals_in_quotes_names_and_titles(checker: Checker) -> None:
    assert rule_hits(checker, "Kapolres berpesan. “warga harus tenang,” ujarnya.",
                     "kapital-tengah-kalimat") == [("warga", ("Warga",))]
    assert rule_hits(checker, "Personel POLRI dan TNI berjaga.", "kapital-tengah-kalimat") == [
        ("POLRI", ("Polri",))]
    assert rule_hits(checker, "PERSONEL POLRI SIAGA", "kapital-tengah-kalimat") == []
    assert rule_hits(checker, "Rapat dihadiri para Pejabat kemarin.",
                     "kapital-tengah-kalimat") == [("Pejabat", ("pejabat",))]
    assert rule_hits(checker, "Patroli digelar setiap Jumat malam.",
                     "kapital-tengah-kalimat") == []


def test_particle_pun_stands_apart(checker: Checker) -> None:
    assert rule_hits(checker, "Tidak seorangpun terluka, walaupun hujan.",
                     "partikel-pun-terpisah") == [("seorangpun", ("seorang pun",))]


def test_two_words_joined_under_a_confix(checker: Checker) -> None:
    assert flagged(checker, "Kesiapsiagaan personel ditindaklanjuti dengan pertanggungjawaban "
                            "dan penyalahgunaan narkoba dicegah.") == set()
    assert "diingatakan" in flagged(checker, "Warga diingatakan agar waspada.")


def test_long_runs_and_dense_findings_stay_linear(checker: Checker) -> None:
    """Issue 13, point 7: one pasted run of 80,000 letters, or thousands of findings, is
    checked in one linear pass (the old link pattern took 37 s on 80,000 letters). The
    bound is on work, not on time: the same text, 4× longer, costs at most ~6× more calls."""
    import cProfile
    import pstats

    def calls(text: str) -> int:
        profile = cProfile.Profile()
        profile.enable()
        checker.check(text)
        profile.disable()
        return int(pstats.Stats(profile).total_calls)   # type: ignore[attr-defined]

    assert len(checker.check("a" * 80_000)) == 1
    dense = "Polisi  menambakan personel , warga hadir.\n"
    small, large = calls(dense * 500), calls(dense * 2000)
    assert large < 6 * small


def test_names_after_a_verb_of_saying_or_a_place_word(checker: Checker) -> None:
    text = ("“Kami siap,” ujar Gusnarto. Warga Dusun Dukunanrejo hadir; lokasi kos-kosan "
            "dan sok-sokan balap liar dirazia.")
    assert flagged(checker, text) == set()


def test_loanwords_are_offered_in_their_indonesian_spelling(checker: Checker) -> None:
    assert checker.suggest("music")[0] == "musik"
    assert checker.suggest("shabu")[0] == "sabu"
    assert checker.suggest("kegiatn")[0] == "kegiatan"       # no foreign letters: no respelling


def test_two_rules_agreeing_on_a_word_list_it_once(checker: Checker) -> None:
    """*mentaati* is a non-standard form and an unmelted prefix: one finding, one fix, under
    the rule that names the class."""
    findings = [f for f in checker.check("Pengendara wajib mentaati rambu di jalan desa.")
                if f.text == "mentaati"]
    assert [(f.rule, f.suggestions[0], f.severity) for f in findings] == [
        ("peluluhan-awalan", "menaati", "kesalahan")]


@pytest.mark.parametrize("name", ["imbauan", "kegiatan-polres", "konferensi-pers",
                                  "pengungkapan-kasus"])
def test_the_samples_a_new_user_opens_have_no_findings(checker: Checker, name: str) -> None:
    """The drafts shipped with Rilis are what it shows first: as rendered (mentions,
    degrees and event fields filled in by the template) they follow EYD V and KBBI."""
    from app.base.paths import samples_dir
    from app.cli.check import load_text

    text, known = load_text(samples_dir() / f"{name}.rilis")
    assert [(f.rule, f.text) for f in checker.check(text, known)] == []


@pytest.mark.parametrize("text", [
    "Tradisi itu dijalankan umat Islam di desa pesisir.",
    "Upacara adat dijalankan masyarakat Hindu setiap tahun.",
    "Tokoh Kristen, Katolik, Buddha dan Konghucu hadir bersama.",
])
def test_names_of_religions_keep_their_capital(checker: Checker, text: str) -> None:
    """EYD V, I.E: a religion's name is a name (*umat Islam*), never lower-cased."""
    assert [f.text for f in checker.check(text) if f.rule.startswith("kapital")] == []
