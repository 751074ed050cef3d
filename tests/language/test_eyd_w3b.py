"""Wave 3, EYD (W3B): a figure glued to its unit word, a year glued to the next sentence,
an acting-post abbreviation glued to the post, a comma after a closing mark that follows a
question or exclamation mark, Covid-19 with a dash; fewer false alarms on a capitalised
place name that looks like a meN- verb, a degree that looks like an initial and a name,
a site name with a hyphen, and a number after a lowercase abbreviation. Every sentence
here is invented for the project."""

from __future__ import annotations

import pytest

from app.language import Checker


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("text", "fixed"), [
    ("Ia sudah 3tahun menjabat kepala desa.", "3 tahun"),
    ("Harga beras naik 40persen dari bulan lalu.", "40 persen"),
    ("Bantuan sebesar 5juta rupiah dibagikan.", "5 juta"),
])
def test_figure_glued_to_its_unit_word(checker: Checker, text: str, fixed: str) -> None:
    [(_, suggestions)] = found(checker, text, "spasi-angka-satuan-kata")
    assert suggestions[0] == fixed


@pytest.mark.parametrize("text", [
    "Jaringan 4G sudah menjangkau desa itu.",
    "Ia sudah 3 tahun menjabat kepala desa.",
])
def test_figure_with_space_or_code_is_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, "spasi-angka-satuan-kata") == []


def test_year_glued_to_the_next_sentence(checker: Checker) -> None:
    text = "Program itu berjalan sejak 2021.Kini warga menikmati air bersih."
    assert found(checker, text, "spasi-setelah-titik") == [(".", (". ",))]


def test_site_name_with_hyphen_is_left_alone(checker: Checker) -> None:
    text = "Kabarsukamaju.Com-Sukamaju, warga berkumpul di balai desa."
    assert found(checker, text, "spasi-setelah-titik") == []


def test_acting_post_abbreviation_glued_to_the_post(checker: Checker) -> None:
    text = "Apel pagi dipimpin Plt.Kepala Dinas Contoh di halaman kantor."
    [(_, suggestions)] = found(checker, text, "spasi-setelah-singkatan")
    assert suggestions[0] == "Plt. "


@pytest.mark.parametrize("text", [
    "“Siapa yang datang lebih dulu?”, tanya Camat Sukamaju.",
    "“Ayo bersihkan saluran!”, seru Lurah Sukajaya.",
])
def test_comma_after_a_question_or_exclamation_quote(checker: Checker, text: str) -> None:
    [(written, suggestions)] = found(checker, text, "koma-sesudah-tanya-seru-petik")
    assert written == "”," and suggestions == ("”",)


def test_question_quote_without_comma_is_left_alone(checker: Checker) -> None:
    text = "“Siapa yang datang lebih dulu?” tanya Camat Sukamaju."
    assert found(checker, text, "koma-sesudah-tanya-seru-petik") == []


def test_covid_with_a_dash(checker: Checker) -> None:
    text = "Pandemi Covid–19 sudah mereda di desa itu."
    [(_, suggestions)] = found(checker, text, "covid-19-tanda-hubung")
    assert suggestions[0] == "Covid-19"


def test_capitalised_place_name_is_not_a_meN_verb(checker: Checker) -> None:
    text = "Nelayan mencari ikan di Perairan Mengkubung, dekat Tanjung Contoh."
    assert found(checker, text, "peluluhan-awalan") == []


def test_meN_verb_slip_still_found(checker: Checker) -> None:
    text = "Camat mengkoordinasikan warga untuk kerja bakti."
    assert [w for w, _ in found(checker, text, "peluluhan-awalan")] == ["mengkoordinasikan"]


def test_degree_after_name_is_not_an_initial(checker: Checker) -> None:
    text = "Hadir pula Kapolsek Sukamaju, AKP Budi Contoh, S.Pdt., S.H., di balai desa."
    assert found(checker, text, "spasi-setelah-inisial") == []


def test_number_after_lowercase_abbreviation_does_not_open_a_sentence(
        checker: Checker) -> None:
    text = ("Rapat koordinasi tentang air bersih th. 2019 yang digelar dinas itu "
            "diikuti para kepala desa.")
    assert found(checker, text, "angka-awal-kalimat") == []


def test_business_abbreviation_without_period(checker: Checker) -> None:
    text = "Bantuan datang dari perwakilan PT. Sumber Contoh di balai desa."
    [(written, suggestions)] = found(checker, text, "titik-singkatan-badan-usaha")
    assert written == "PT. " and suggestions == ("PT ",)


def test_di_before_a_time_phrase_is_no_longer_flagged_mid_sentence(checker: Checker) -> None:
    """Readers of real releases leave *di malam hari* mid-sentence alone (W3B)."""
    text = "Petugas berpatroli di malam hari bersama warga."
    assert found(checker, text, "pada-untuk-waktu") == []
