from __future__ import annotations

import datetime

import pytest

from app.release import indonesian as ind
from app.release.model import Official

ARSYA = Official(id="k", rank="AKBP", name="Teuku Arsya Khadafi", short_name="Arsya",
                 position="Kapolres Tulungagung", degrees=["SH", "SIK", "M.Si"])


def test_day_and_month_names_do_not_depend_on_locale() -> None:
    assert ind.long_date("2023-09-22") == "Jumat, 22 September 2023"
    assert ind.long_date(datetime.date(2024, 2, 4)) == "Minggu, 4 Februari 2024"
    assert ind.long_date("2023-09-22", with_day=False) == "22 September 2023"


def test_short_dates() -> None:
    assert ind.short_date("2023-09-22") == "Jumat (22/9)"
    assert ind.short_date("2023-09-22", with_year=True) == "Jumat (22/9/2023)"
    assert ind.short_date("2024-01-01") == "Senin (1/1)"


def test_time_forms() -> None:
    assert ind.format_time("09.00", "WIB") == "pukul 09.00 WIB"
    assert ind.format_time("9:05", "WITA") == "pukul 09.05 WITA"
    assert ind.format_time("", "WIT") == ""
    assert ind.normalize_time("7:30") == "07.30"
    assert ind.normalize_time("siang") == "siang"


@pytest.mark.parametrize(("raw", "expected"), [
    ("SH", "S.H."), ("SIK", "S.I.K."), ("M.Si", "M.Si."), ("MSi", "M.Si."), ("S.H.", "S.H."),
    ("S.I.K", "S.I.K."), ("MH", "M.H."), ("SPd", "S.Pd."), ("s.kom", "S.Kom."), ("PhD", "Ph.D."),
    ("MM", "M.M."), ("S.Tr.K", "S.Tr.K."), ("", ""),
])
def test_degrees_normalised_to_eyd(raw: str, expected: str) -> None:
    assert ind.normalize_degree(raw) == expected


def test_degrees_typed_in_one_field() -> None:
    assert ind.split_degrees("SH, SIK, M.Si") == ["S.H.", "S.I.K.", "M.Si."]


def test_first_and_later_mentions() -> None:
    assert ind.full_mention(ARSYA) == (
        "Kapolres Tulungagung, AKBP Teuku Arsya Khadafi, S.H., S.I.K., M.Si.")
    assert ind.short_mention(ARSYA) == "AKBP Arsya"
    nameless = Official(id="x", position="Camat Sukamaju")
    assert ind.full_mention(nameless) == "Camat Sukamaju"
    assert ind.short_mention(nameless) == "Camat Sukamaju"


def test_short_name_proposal_skips_honorifics() -> None:
    assert ind.propose_short_name("Teuku Arsya Khadafi") == "Arsya"
    assert ind.propose_short_name("I Gede Made Wirawan") == "Wirawan"
    assert ind.propose_short_name("Siti Rahmawati") == "Siti"
    assert ind.propose_short_name("") == ""


def test_quote_punctuation_inside_the_closing_quote() -> None:
    assert ind.quote_sentence("Kami siap.", "ujar", "AKBP Arsya") == (
        "“Kami siap,”", "ujar AKBP Arsya.")
    assert ind.quote_sentence("Siapa yang datang?", "tanya", "AKBP Arsya") == (
        "“Siapa yang datang?”", "tanya AKBP Arsya.")
    assert ind.quote_sentence("“Aman,”", "kata", "Ipda Laras") == ("“Aman,”", "kata Ipda Laras.")


def test_nya_verb_takes_no_name() -> None:
    assert ind.quote_sentence("Selesai", "tandasnya", "AKBP Arsya") == (
        "“Selesai,”", "tandasnya.")
    assert ind.is_nya_verb("Pungkasnya")
    assert not ind.is_nya_verb("ujar")


@pytest.mark.parametrize(("raw", "expected"), [
    ("polres gelar patroli di pasar dan terminal", "Polres Gelar Patroli di Pasar dan Terminal"),
    ("di balik layar pengamanan pemilu", "Di Balik Layar Pengamanan Pemilu"),
    ("TNI dan Polri jaga isu-isu hoaks", "TNI dan Polri Jaga Isu-Isu Hoaks"),
    ("POLSEK WONOREJO GELAR PATROLI KE DESA", "Polsek Wonorejo Gelar Patroli ke Desa"),
    ("KAPOLRES DAN TNI PANTAU KPU", "Kapolres dan TNI Pantau KPU"),
])
def test_eyd_title_case(raw: str, expected: str) -> None:
    assert ind.title_case(raw) == expected


def test_dateline_uses_en_dash() -> None:
    assert ind.dateline("tulungagung") == "TULUNGAGUNG –"
    assert ind.dateline("  ") == ""


def test_timestamp_in_local_indonesian_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """The recovery prompt's time: the computer's clock (here WIB), Indonesian names."""
    import time

    from app.release.indonesian import format_timestamp

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    try:
        expected = "Selasa, 1 Desember 2026 pukul 09.15"
        assert format_timestamp("2026-12-01T02:15:00+00:00") == expected
        assert format_timestamp("2026-12-01T02:15:00Z") == expected
        assert format_timestamp("2026-11-30T23:05:00+08:00") == \
            "Senin, 30 November 2026 pukul 22.05"
        assert format_timestamp("2026-12-01T09:15:00") == "Selasa, 1 Desember 2026 pukul 09.15"
        assert format_timestamp("") == ""
        assert format_timestamp("kemarin") == "kemarin"
    finally:
        monkeypatch.undo()
        time.tzset()


# ---------------------------------------------------------------- typed dates (issue 11.4)

TODAY = datetime.date(2026, 5, 4)


@pytest.mark.parametrize(("typed", "expected"), [
    ("22/9/2023", datetime.date(2023, 9, 22)),
    ("22-09-2023", datetime.date(2023, 9, 22)),
    ("22.9.2023", datetime.date(2023, 9, 22)),
    ("22 September 2023", datetime.date(2023, 9, 22)),
    ("22 september 2023", datetime.date(2023, 9, 22)),
    ("22 Sept 2023", datetime.date(2023, 9, 22)),
    ("3 Agt 2024", datetime.date(2024, 8, 3)),
    ("3 Agu. 2024", datetime.date(2024, 8, 3)),
    ("1 Des 2025", datetime.date(2025, 12, 1)),
    ("17 Mei 2026", datetime.date(2026, 5, 17)),
    ("Jumat, 22 September 2023", datetime.date(2023, 9, 22)),
    ("Jumat (22/9/2023)", datetime.date(2023, 9, 22)),
    ("2023-09-22", datetime.date(2023, 9, 22)),
    ("22/9/23", datetime.date(2023, 9, 22)),
    ("22/9", datetime.date(2026, 9, 22)),
    ("22 Oktober", datetime.date(2026, 10, 22)),
])
def test_typed_dates_in_every_common_form(typed: str, expected: datetime.date) -> None:
    assert ind.parse_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["", "22", "22/", "22/9/2", "22/9/202", "22 Sep",
                                   "22 September 202", "2", "31/2/2023", "22 Brumaire 2023",
                                   "32/1/2023", "22/13/2023"])
def test_half_typed_or_impossible_dates_are_not_dates_while_typing(typed: str) -> None:
    assert ind.parse_date(typed, TODAY, complete=False) is None


def test_a_short_year_or_no_year_counts_only_when_the_field_is_left() -> None:
    assert ind.parse_date("22/9/23", TODAY, complete=False) is None
    assert ind.parse_date("22/9", TODAY, complete=False) is None
    assert ind.parse_date("22/9", TODAY, complete=True) == datetime.date(2026, 9, 22)


# ---------------------------------------------------------------- title case keeps units (11.10)

@pytest.mark.parametrize(("raw", "expected"), [
    ("KETUA RW, RT DAN WARGA GELAR RONDA", "Ketua RW, RT dan Warga Gelar Ronda"),
    ("POLRES PPU GELAR OPERASI KETUPAT", "Polres PPU Gelar Operasi Ketupat"),
    ("SATRESKRIM POLRES NGAWI UNGKAP KASUS", "Satreskrim Polres Ngawi Ungkap Kasus"),
    ("BHABINKAMTIBMAS SAMBANGI WARGA RW 03", "Bhabinkamtibmas Sambangi Warga RW 03"),
    ("warga RW 05 ikut ronda bersama TNI", "Warga RW 05 Ikut Ronda Bersama TNI"),
    ("Ketua RW dan RT ikut kerja bakti", "Ketua RW dan RT Ikut Kerja Bakti"),
])
def test_title_case_keeps_acronyms_and_unit_names(raw: str, expected: str) -> None:
    assert ind.title_case(raw) == expected


def test_a_full_mention_opens_an_apposition_and_a_short_one_does_not() -> None:
    person = Official(id="k", position="Kapolres Sukamaju", rank="AKBP",
                      name="Rudi Hartanto", degrees=["S.H."])
    assert ind.opens_apposition(ind.full_mention(person))
    assert not ind.opens_apposition(ind.short_mention(person))
