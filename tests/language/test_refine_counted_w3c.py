"""A word counted by a number stands in mid-sentence, whatever comes before the number.

EYD V, I.E: what a number counts (*14 personel*, *Rp1,1 miliar*) is a common noun or a
unit, not a name, so a capitalised slip there is mended in lower case too. A date's or a
clock time's last part is no count (*12/5 Polres*)."""

from __future__ import annotations

from app.language import Finding
from app.language.lexicon import Lexicon
from app.language.refine import fit_to_context
from tests.language.test_refine import finding

STANDARD = {"personil": "personel"}
ESTABLISHED = {"personel"}
TERMS = Lexicon([("personel", "kata-mapan")])
WORDS = {"personel", "miliar", "minyak"}


def fit(text: str, findings: list[Finding]) -> list[Finding]:
    return fit_to_context(text, findings, STANDARD, ESTABLISHED, WORDS.__contains__, TERMS)


def test_a_counted_word_after_a_capitalised_unit_is_lowered() -> None:
    text = "Pasukan Satgas Merpati 14 Personil, dan Polsek Lembah 20 personel."
    fitted = fit(text, [finding(text, "Personil", "bentuk-tidak-baku", ("Personel",))])
    assert fitted[0].suggestions == ("personel",)


def test_an_amount_after_rp_is_lowered() -> None:
    text = "Dana desa semula Rp.1,1 Milyar, kini tersisa separuh."
    fitted = fit(text, [finding(text, "Milyar", "ejaan", ("Miliar", "Minyak"))])
    assert fitted[0].suggestions == ("miliar", "minyak")


def test_a_word_after_a_date_keeps_its_capital() -> None:
    text = "Rapat digelar Sabtu 12/5 Personil, lalu warga pulang."
    fitted = fit(text, [finding(text, "Personil", "bentuk-tidak-baku", ("Personel",))])
    assert fitted[0].suggestions[0] == "Personel"     # the capital first, as before


def test_a_name_the_text_spells_elsewhere_leads() -> None:
    text = ("Kepala Desa Bungur Lestarian hadir. Warga Desa Bungur Lestari "
            "menyambut tamu di balai.")
    typo = finding(text, "Lestarian", "ejaan", ("Lestarikan", "Kelestarian", "Lestari"))
    assert fit(text, [typo])[0].suggestions == ("Lestari", "Lestarikan", "Kelestarian")


def test_without_the_name_elsewhere_the_order_stays() -> None:
    text = "Kepala Desa Bungur Lestarian hadir. Warga menyambut tamu di balai Lestari."
    typo = finding(text, "Lestarian", "ejaan", ("Lestarikan", "Kelestarian", "Lestari"))
    assert fit(text, [typo])[0].suggestions == ("Lestarikan", "Kelestarian", "Lestari")
