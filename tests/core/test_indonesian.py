from __future__ import annotations

import datetime

import pytest

from app import indonesian as ind
from app.model import Official

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

    from app.indonesian import format_timestamp

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
