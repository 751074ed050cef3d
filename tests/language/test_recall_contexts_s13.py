"""Session 13, recall in contexts readers mark nearly always (report F4): a title, form of
address or corps abbreviation joined to the next word (*Ny.Nama*, *Kapten Inf.Nama*), *ke*
+ number after the short name of an anniversary or a numbered programme (*TMMD ke 121*,
*(Harjad) ke 41*), *per* + unit joined or hyphenated (*perpaket*, *per-kecamatan*),
*pertama kali* and its kind written joined, *di* joined to a root whose passive always
takes a suffix (*dilain kesempatan*), a sound-changing repetition written apart
(*siswa siswi*) and *peN-…-kan* for a less common *peN-…-an* noun (*pemberlakukan*).
Each is flagged, and the look-alike that is right is left alone.

Every sentence is written for this test."""

from __future__ import annotations

import pytest

from app.language import Checker


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


@pytest.mark.parametrize(("text", "rule", "expected"), [
    ("Ketua TP PKK Ny.Wartini Sulastri membuka bazar.", "spasi-setelah-inisial",
     ("Ny.Wartini", "Ny. Wartini")),
    ("Kegiatan dipimpin Kapten Inf.Sudirgo bersama warga.", "spasi-setelah-inisial",
     ("Inf.Sudirgo", "Inf. Sudirgo")),
    ("Kapolda Irjen Pol.Drs. Wahyu Contoh meninjau pos.", "spasi-setelah-inisial",
     ("Pol.Drs", "Pol. Drs")),
    ("Satgas TMMD ke 121 Kodim Contoh membangun jembatan.", "ke-bilangan-ordinal",
     ("ke 121", "ke-121")),
    ("Rapat persiapan Hari Jadi (Harjad) ke 41 Kabupaten Sukamaju digelar.",
     "ke-bilangan-ordinal", ("ke 41", "ke-41")),
    ("Harjad ke 41 itu dirayakan sederhana.", "ke-bilangan-ordinal", ("ke 41", "ke-41")),
    ("Beras dijual perpaket seharga enam puluh ribu.", "per-terpisah",
     ("perpaket", "per paket")),
    ("Data penerima per-kecamatan dibacakan camat.", "per-terpisah",
     ("per-kecamatan", "per kecamatan")),
    ("Lomba ini baru pertamakali digelar di desa kami.", "gabungan-kata-terpisah",
     ("pertamakali", "pertama kali")),
    ("Pencurian ternak terjadi berulangkali di kampung itu.", "gabungan-kata-terpisah",
     ("berulangkali", "berulang kali")),
    ("Semoga dilain kesempatan kami berkunjung lagi.", "kata-depan-serangkai",
     ("dilain", "di lain")),
    ("Tim dibagi menjadi dua. Didua titik itu warga berjaga.", "kata-depan-serangkai",
     ("Didua", "Di dua")),
    ("Hadir pula siswa siswi SMP Negeri 1 Sukamaju.", "ulang-berubah-bunyi-terpisah",
     ("siswa siswi", "siswa-siswi")),
    ("Warga mendukung pemberlakukan jam malam di desa.", "ejaan",
     ("pemberlakukan", "pemberlakuan")),
])
def test_a_slip_in_a_context_readers_mark_is_flagged(
        checker: Checker, text: str, rule: str, expected: tuple[str, str]) -> None:
    assert found(checker, text, rule) == [expected]


@pytest.mark.parametrize(("text", "rule"), [
    ("Ketua TP PKK Ny. Wartini Sulastri membuka bazar.", "spasi-setelah-inisial"),
    ("Lulusan Pol.PP Sukamaju ikut berbaris.", "spasi-setelah-inisial"),
    ("Satgas TMMD ke-121 Kodim Contoh membangun jembatan.", "ke-bilangan-ordinal"),
    ("Bantuan Satgas TMMD ke 3 desa binaan tiba pagi ini.", "ke-bilangan-ordinal"),
    ("Jalan perdesaan di kawasan perkampungan nelayan diperbaiki.", "per-terpisah"),
    ("Lomba ini baru pertama kali digelar di desa kami.", "gabungan-kata-terpisah"),
    ("Kesepakatan itu dilainkan oleh panitia.", "kata-depan-serangkai"),
    ("Sanggar Dewa Dewi tampil, siswa dan siswi bersorak.", "ulang-berubah-bunyi-terpisah"),
])
def test_the_right_look_alike_is_left_alone(checker: Checker, text: str, rule: str) -> None:
    assert found(checker, text, rule) == []
