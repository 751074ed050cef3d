"""Every rule of the checker in one list (``rilis check --rules``): id, severity, source."""

from __future__ import annotations

from app.language.checker import RULE_CAPITAL, RULE_SPELLING
from app.language.eyd_context import (
    RULE_FINAL_PERIOD,
    RULE_REGION_NAME,
    RULE_SUBJECT_COMMA,
    SOFT_RULES,
    SOURCES,
)
from app.language.eyd_rules import load_rules
from app.language.numbers import SOURCES as NUMBER_SOURCES
from app.language.punctuation import SOURCES as PUNCTUATION_SOURCES
from app.language.realword import DESCRIPTION as REAL_WORD_DESCRIPTION
from app.language.realword import RULE_REAL_WORD
from app.language.realword import SOURCE as REAL_WORD_SOURCE
from app.language.style import RULE_CAPITAL_MIDDLE, RULES, SOFT_STYLE_RULES, STYLE_SOURCES

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
    **NUMBER_SOURCES,
    **PUNCTUATION_SOURCES,
    **STYLE_SOURCES,
}
SOFT = frozenset({RULE_CAPITAL_MIDDLE, RULE_FINAL_PERIOD, RULE_REGION_NAME,
                  RULE_SUBJECT_COMMA}) | SOFT_RULES | SOFT_STYLE_RULES


def rulebook() -> list[dict[str, str]]:
    rules = [{"id": RULE_SPELLING, "severity": "kesalahan",
              "description": "Kata tidak dikenal (salah ketik)",
              "source": BUILT_IN_SOURCES[RULE_SPELLING]},
             {"id": RULE_CAPITAL, "severity": "kesalahan",
              "description": "Nama diri atau singkatan ditulis dengan huruf kapital",
              "source": BUILT_IN_SOURCES[RULE_CAPITAL]},
             {"id": RULE_REAL_WORD, "severity": "saran", "description": REAL_WORD_DESCRIPTION,
              "source": REAL_WORD_SOURCE}]
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
