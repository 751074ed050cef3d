"""Every rule of the checker in one list (``rilis check --rules``): id, severity, source."""

from __future__ import annotations

from app.language.checker import RULE_CAPITAL, RULE_SPELLING
from app.language.eyd_context import (
    RULE_FINAL_PERIOD,
    RULE_REGION_NAME,
    RULE_SUBJECT_COMMA,
    SOURCES,
)
from app.language.eyd_rules import load_rules
from app.language.style import RULE_CAPITAL_MIDDLE, RULES

BUILT_IN_SOURCES: dict[str, str] = {
    RULE_SPELLING: "Kamus hunspell id_ID, leksikon Rilis, daftar wordfreq (id), wilayah "
                   "Kemendagri",
    RULE_CAPITAL: "EYD V, I.E Huruf Kapital (nama diri, nama lembaga)",
    "bentuk-tidak-baku": "KBBI VI daring (lema bentuk tidak baku → baku)",
    "kata-depan-serangkai": "EYD V, II.F Kata Depan",
    "awalan-terpisah": "EYD V, II.A Kata Berimbuhan",
    "ulang-tanda-pisah": "EYD V, II.C Bentuk Ulang; III.E Tanda Hubung",
    "gelar-tanpa-titik": "EYD V, III.A Tanda Titik (singkatan gelar)",
    "waktu-titik-dua": "EYD V, III.A.7 Tanda Titik (jam, menit)",
    "tanda-baca-petik": "EYD V, III.O Tanda Petik",
    "kata-ganda": "Penyuntingan: kata tertulis dua kali",
    "spasi-ganda": "Penyuntingan: satu spasi antarkata",
    "kata-asing": "EYD V, I.F Huruf Miring; Pedoman Umum Pembentukan Istilah",
    RULE_CAPITAL_MIDDLE: "EYD V, I.E Huruf Kapital",
    RULE_REGION_NAME: "EYD V, I.E Huruf Kapital (nama geografi); wilayah Kemendagri",
    **SOURCES,
}
SOFT = frozenset({RULE_CAPITAL_MIDDLE, RULE_FINAL_PERIOD, RULE_REGION_NAME, RULE_SUBJECT_COMMA})


def rulebook() -> list[dict[str, str]]:
    rules = [{"id": RULE_SPELLING, "severity": "kesalahan",
              "description": "Kata tidak dikenal (salah ketik)",
              "source": BUILT_IN_SOURCES[RULE_SPELLING]},
             {"id": RULE_CAPITAL, "severity": "kesalahan",
              "description": "Nama diri atau singkatan ditulis dengan huruf kapital",
              "source": BUILT_IN_SOURCES[RULE_CAPITAL]}]
    for rule_id, description in RULES.items():
        rules.append({"id": rule_id, "severity": "saran" if rule_id in SOFT else "kesalahan",
                      "description": description,
                      "source": BUILT_IN_SOURCES.get(rule_id, "EYD V")})
    for rule in load_rules():
        rules.append({"id": rule.id, "severity": rule.severity,
                      "description": rule.message.replace("{benar}", "…").replace(
                          "{salah}", "…"),
                      "source": rule.source})
    return rules
