"""The data-driven EYD rules: every example in the rule file, and the loader's refusals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.language.eyd_rules import EydRule, check_rules, load_rules
from app.language.finding import Finding

RULES = load_rules()
BY_ID = {rule.id: rule for rule in RULES}

WRONG = [pytest.param(rule, example, id=f"{rule.id}:{example}")
         for rule in RULES for example in rule.wrong_examples]
RIGHT = [pytest.param(rule, example, id=f"{rule.id}:{example}")
         for rule in RULES for example in rule.right_examples]


def of_rule(text: str, rule: EydRule) -> list[Finding]:
    return [finding for finding in check_rules(text, [rule]) if finding.rule == rule.id]


def apply(text: str, findings: list[Finding]) -> str:
    """The text with each finding's first suggestion put in its span (right to left)."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        assert text[finding.start:finding.end] == finding.text
        text = text[:finding.start] + finding.suggestions[0] + text[finding.end:]
    return text


def test_rule_file_has_rules_with_both_severities() -> None:
    assert len(RULES) >= 20
    assert {rule.severity for rule in RULES} == {"kesalahan", "saran"}
    assert len(BY_ID) == len(RULES)


@pytest.mark.parametrize(("rule", "example"), WRONG)
def test_wrong_example_is_flagged_and_fixed(rule: EydRule, example: str) -> None:
    findings = of_rule(example, rule)
    assert findings, f"{rule.id} tidak menandai: {example!r}"
    for finding in findings:
        assert finding.kind == "style"
        assert finding.severity == rule.severity
        assert len(finding.suggestions) == 1
        assert finding.suggestions[0] != finding.text
        assert finding.message and "{benar}" not in finding.message
        assert "{salah}" not in finding.message
    fixed = apply(example, findings)
    assert fixed != example
    assert of_rule(fixed, rule) == [], f"{rule.id} masih menandai hasil perbaikan {fixed!r}"


@pytest.mark.parametrize(("rule", "example"), RIGHT)
def test_right_example_is_left_alone(rule: EydRule, example: str) -> None:
    assert of_rule(example, rule) == []


@pytest.mark.parametrize(("rule", "example"), RIGHT)
def test_right_example_is_left_alone_by_every_rule(rule: EydRule, example: str) -> None:
    """A right example is right for the whole rule file, not only for its own rule."""
    assert check_rules(example, RULES) == []


@pytest.mark.parametrize(("text", "rule_id", "span", "suggestion"), [
    ("warga , sehingga", "spasi-sebelum-tanda-baca", " ,", ","),
    ("daerah,Bupati", "spasi-setelah-koma", ",", ", "),
    ("Kamis.(19/10)", "tanda-baca-sebelum-kurung-tanggal", ".(", " ("),
    ("Jumat, (19/10)", "koma-sebelum-kurung", ", (", " ("),
    ("helm, \"tambahnya", "petik-penutup-atribusi", ", \"", ",\" "),
    ("08.00 s/d 12.00", "singkatan-sampai-dengan", "s/d", "s.d."),
    ("Walau pun", "pun-serangkai", "Walau pun", "Walaupun"),
    ("antar provinsi", "bentuk-terikat-terpisah", "antar provinsi", "antarprovinsi"),
    ("pasca-gempa", "bentuk-terikat-tanda-hubung", "pasca-gempa", "pascagempa"),
    ("se Jawa Timur", "se-nama-diri", "se ", "se-"),
    ("HUT ke 78", "ke-bilangan-ordinal", "ke 78", "ke-78"),
    ("12500 orang", "pemisah-ribuan", "12500", "12.500"),
    ("1.99 kg", "desimal-koma", "1.99", "1,99"),
    ("Rp. 5.000", "lambang-rupiah", "Rp. ", "Rp"),
    ("50 %", "spasi-persen", " %", "%"),
])
def test_exact_span_and_suggestion(text: str, rule_id: str, span: str, suggestion: str) -> None:
    [finding] = check_rules(text, [BY_ID[rule_id]])
    assert (finding.text, finding.suggestions) == (span, (suggestion,))
    assert text[finding.start:finding.end] == span


def test_message_names_the_right_form() -> None:
    [finding] = check_rules("situasi pasca gempa", [BY_ID["bentuk-terikat-terpisah"]])
    assert "“pascagempa”" in finding.message
    assert "{benar}" not in finding.message


@pytest.mark.parametrize("text", [
    "Kunjungi www.contoh.go.id,Lalu daftar.",
    "Kirim ke humas.polres@contoh.go.id ,lalu tunggu.",
    "Berita di https://contoh.co.id/berita..html hari ini.",
    "Lihat laman Humas.Polresta.go.id sekarang.",
])
def test_links_emails_and_domains_are_skipped(text: str) -> None:
    assert check_rules(text, RULES) == []


def test_findings_are_in_text_order() -> None:
    text = "Rp 5.000 untuk 50 % warga , sehingga"
    starts = [finding.start for finding in check_rules(text, RULES)]
    assert len(starts) == 3
    assert starts == sorted(starts)


def test_severity_follows_the_rule() -> None:
    [finding] = check_rules("diikuti 12500 orang", RULES)
    assert finding.severity == "saran"
    [finding] = check_rules("turun 50 %", RULES)
    assert finding.severity == "kesalahan"


# -- the loader ----------------------------------------------------------------------------

GOOD_RULE = """
[[aturan]]
id = "{id}"
pesan = "“{{salah}}” menjadi “{{benar}}”."
sumber = "EYD V"
tingkat = "{tingkat}"
pola = '''{pola}'''
ganti = '''{ganti}'''
salah = ["a  b"]
benar = ["a b"]
"""


def write_rules(tmp_path: Path, *rules: dict[str, str]) -> Path:
    path = tmp_path / "aturan.toml"
    defaults = {"id": "contoh", "tingkat": "kesalahan", "pola": "a( +)b", "ganti": "a b"}
    path.write_text("".join(GOOD_RULE.format(**(defaults | rule)) for rule in rules),
                    encoding="utf-8")
    return path


def test_loads_a_valid_file(tmp_path: Path) -> None:
    [rule] = load_rules(write_rules(tmp_path, {"ganti": r"a\1-b"}))
    assert rule.id == "contoh"
    assert rule.pattern.flags & re.MULTILINE
    [finding] = check_rules("x a  b", [rule])
    assert (finding.start, finding.end, finding.suggestions) == (2, 6, ("a  -b",))
    assert finding.message == "“a  b” menjadi “a  -b”."


def test_duplicate_id_is_refused(tmp_path: Path) -> None:
    path = write_rules(tmp_path, {"id": "kembar"}, {"id": "lain"}, {"id": "kembar"})
    with pytest.raises(ValueError, match="kembar"):
        load_rules(path)


def test_bad_regex_is_refused(tmp_path: Path) -> None:
    path = write_rules(tmp_path, {"id": "regex-rusak", "pola": "a(b"})
    with pytest.raises(ValueError, match="regex-rusak"):
        load_rules(path)


def test_bad_severity_is_refused(tmp_path: Path) -> None:
    path = write_rules(tmp_path, {"id": "tingkat-aneh", "tingkat": "peringatan"})
    with pytest.raises(ValueError, match="tingkat-aneh"):
        load_rules(path)


def test_replacement_with_unknown_group_is_refused(tmp_path: Path) -> None:
    path = write_rules(tmp_path, {"id": "grup-hilang", "ganti": r"\2"})
    with pytest.raises(ValueError, match="grup-hilang"):
        load_rules(path)


def test_unknown_key_is_refused(tmp_path: Path) -> None:
    path = write_rules(tmp_path, {"id": "kunci-salah"})
    path.write_text(path.read_text(encoding="utf-8") + "kecuali_sebelom = 'x'\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="kunci-salah"):
        load_rules(path)


def test_exception_before_cancels_a_match(tmp_path: Path) -> None:
    path = write_rules(tmp_path, {"id": "dengan-kecuali"})
    path.write_text(path.read_text(encoding="utf-8") + "kecuali_sebelum = 'tanpa $'\n",
                    encoding="utf-8")
    [rule] = load_rules(path)
    assert check_rules("tanpa a  b", [rule]) == []
    assert len(check_rules("dengan a  b", [rule])) == 1


def test_case_change_applies_to_the_replacement(tmp_path: Path) -> None:
    path = write_rules(tmp_path, {"id": "jadi-kapital", "pola": "(lebaran)", "ganti": r"\1"})
    path.write_text(path.read_text(encoding="utf-8") + 'ubah_huruf = "kapital"\n',
                    encoding="utf-8")
    [rule] = load_rules(path)
    [finding] = check_rules("masa lebaran usai", [rule])
    assert finding.suggestions == ("Lebaran",)
    assert check_rules("masa Lebaran usai", [rule]) == []   # already right: no finding


def test_unknown_case_change_is_refused(tmp_path: Path) -> None:
    path = write_rules(tmp_path, {"id": "huruf-aneh"})
    path.write_text(path.read_text(encoding="utf-8") + 'ubah_huruf = "miring"\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match="huruf-aneh"):
        load_rules(path)


def test_a_rule_may_leave_headlines_alone(tmp_path: Path) -> None:
    path = write_rules(tmp_path, {"id": "bukan-judul", "pola": "(Pukul)", "ganti": "pukul"})
    path.write_text(path.read_text(encoding="utf-8") + "kecuali_judul = true\n",
                    encoding="utf-8")
    [rule] = load_rules(path)
    assert check_rules("Apel Pagi Dimulai Pukul Tujuh Tepat", [rule]) == []
    assert len(check_rules("Apel dimulai Pukul 07.00 WIB.", [rule])) == 1
