"""Suggestions fitted to the place of the word: standard forms, lower case mid-sentence."""

from __future__ import annotations

from app.language import Checker, Finding
from app.language.lexicon import Lexicon
from app.language.refine import fit_to_context

STANDARD = {"himbau": "imbau", "menghimbau": "mengimbau", "sholat": "salat",
            "personil": "personel"}
ESTABLISHED = {"personel", "kamtibmas"}
TERMS = Lexicon([("Bupati", "sapaan-jabatan"), ("Kamtibmas", "lembaga-akronim"),
                 ("kamtibmas", "kata-mapan"), ("personel", "kata-mapan"),
                 ("Bakti Bangsa", "kegiatan")])
WORDS = {"imbau", "mengimbau", "salat", "personel", "bupati", "kamtibmas", "sungai",
         "ibu", "kota", "bakti"}


def fit(text: str, findings: list[Finding]) -> list[Finding]:
    return fit_to_context(text, findings, STANDARD, ESTABLISHED, WORDS.__contains__, TERMS)


def finding(text: str, word: str, rule: str, suggestions: tuple[str, ...]) -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), word, "style", rule,
                   f"Bentuk baku: “{suggestions[0]}”.", suggestions)


def test_a_suggestion_is_given_in_its_standard_form() -> None:
    text = "Camat meng himbau warga desa."
    joined = finding(text, "meng himbau", "awalan-terpisah", ("menghimbau",))
    inner = finding(text, "himbau", "bentuk-tidak-baku", ("imbau",))
    fitted = fit(text, [joined, inner])
    assert [f.suggestions for f in fitted] == [("mengimbau",)]      # one finding mends both
    assert "“mengimbau”" in fitted[0].message


def test_a_capital_in_mid_sentence_is_mended_with_the_word() -> None:
    text = "Lima orang Personil yang berjaga di pos."
    fitted = fit(text, [finding(text, "Personil", "bentuk-tidak-baku", ("Personel",))])
    assert fitted[0].suggestions == ("personel",)


def test_the_capital_case_finding_on_the_same_word_is_dropped() -> None:
    text = "Warga serta Menghimbau tetangga agar tertib."
    word = finding(text, "Menghimbau", "bentuk-tidak-baku", ("Mengimbau",))
    case = finding(text, "Menghimbau", "kapital-tengah-kalimat", ("menghimbau",))
    fitted = fit(text, [word, case])
    assert [(f.rule, f.suggestions) for f in fitted] == [("bentuk-tidak-baku", ("mengimbau",))]


def test_the_capital_stays_where_the_sentence_or_a_name_begins() -> None:
    text = "Sholat berjamaah digelar. Lalu Sholat Idulfitri di Lapangan Merdeka."
    first = finding(text, "Sholat", "bentuk-tidak-baku", ("Salat",))
    assert fit(text, [first])[0].suggestions == ("Salat",)         # sentence start
    start = text.index("Sholat Idul")
    named = Finding(start, start + 6, "Sholat", "style", "bentuk-tidak-baku", "m", ("Salat",))
    # before a capital, after one: a name's head or a common noun (*salat Idulfitri*),
    # the capital first and the lower case next
    assert fit(text, [named])[0].suggestions == ("Salat", "salat")


def test_an_office_the_lexicon_writes_capitalised_keeps_its_capital() -> None:
    text = "Surat itu dibaca oleh Bupti dengan saksama."
    spelling = finding(text, "Bupti", "ejaan", ("Bupati", "Bukti"))
    assert fit(text, [spelling])[0].suggestions == ("Bupati", "Bukti")


def test_an_established_word_is_lowered_although_a_unit_bears_it() -> None:
    text = "Rapat membahas situasi Kamtibas yang aman."
    spelling = finding(text, "Kamtibas", "ejaan", ("Kamtibmas",))
    # lowered first; the lexicon's capitalised term is offered next (issue 10, round 7)
    assert fit(text, [spelling])[0].suggestions == ("kamtibmas", "Kamtibmas")


def test_a_word_only_part_of_a_longer_name_is_lowered() -> None:
    text = "Warga ikut kegiatan Bhakti sosial di desa."
    fitted = fit(text, [finding(text, "Bhakti", "bentuk-tidak-baku", ("Bakti",))])
    assert fitted[0].suggestions == ("bakti",)


def test_a_lowercase_word_or_a_number_before_counts_as_mid_sentence() -> None:
    text = "pukul 09.00 wita 4 Personil berjaga, sedangkan Personil lain pulang."
    fitted = fit(text, [Finding(text.index("Personil"), text.index("Personil") + 8,
                                "Personil", "style", "bentuk-tidak-baku", "m", ("Personel",)),
                        Finding(text.rindex("Personil"), text.rindex("Personil") + 8,
                                "Personil", "style", "bentuk-tidak-baku", "m", ("Personel",))])
    assert [f.suggestions for f in fitted] == [("personel",), ("personel",)]


def test_a_phrase_is_lowered_only_when_every_word_is_common() -> None:
    text = "Kota kecil itu menjadi Ibukota yang ramai."
    fitted = fit(text, [finding(text, "Ibukota", "bentuk-tidak-baku", ("Ibu kota",))])
    assert fitted[0].suggestions == ("ibu kota",)


def test_the_checker_fits_its_findings(checker: Checker) -> None:
    found = {f.text: f.suggestions[:1] for f in checker.check(
        "Polisi meng himbau warga. Patroli melibatkan enam orang Personil yang siaga.")}
    assert found["meng himbau"] == ("mengimbau",)
    assert found["Personil"] == ("personel",)
    assert "himbau" not in found
