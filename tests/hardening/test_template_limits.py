"""Issue 13, round two, points 2, 3, 7 and 8: hostile templates and big inputs through the
public CLI.

Every attack runs as a real ``rilis`` process under a memory cap (``RLIMIT_AS``) and a kill
timer, so a guard that does not hold fails the test instead of the machine. A refusal is
exit status 2 with an Indonesian message and no traceback, and it comes from the guard
itself — not from running out of the capped memory — and nothing is written.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from app.release.draftfile import save_draft
from app.release.model import Event, Official, Paragraph, Photo, Release
from bench.releases import random_prose

TIMEOUT = 120
MEMORY_CAP = 1_500_000_000
"""Bytes of address space a ``rilis`` process may use here: an attack that got past its
guard would need far more (the reported ones took gigabytes)."""
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="resource limits, symlinks")


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def rilis(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``rilis ARGS`` in its own capped process; a hang is killed and fails the test."""
    result = subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)],
                            capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd,
                            preexec_fn=_capped)
    assert "Traceback" not in result.stderr, result.stderr
    assert "MemoryError" not in result.stderr, result.stderr
    return result


def refused(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    errors = [line for line in result.stderr.splitlines() if line.startswith("rilis: galat: ")]
    assert errors, result.stderr
    first = errors[0]
    assert "memori tidak cukup" not in first, first  # the guard acts before memory runs out
    for fragment in fragments:
        assert fragment in first, first
    return first


def _draft(folder: Path, template: str, **fields: object) -> Path:
    release = Release(template=template, title="Patroli Malam di Desa Karangjati",
                      dateline="Karangjati",
                      body=[Paragraph(text="Petugas berkeliling kampung sampai dini hari.")])
    for key, value in fields.items():
        setattr(release, key, value)
    path = folder / "draf.rilis"
    save_draft(release, path)
    return path


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A team share (``RILIS_TEAM_FOLDERS``) the test fills with hostile templates."""
    folder = tmp_path / "bersama"
    (folder / "templates").mkdir(parents=True)
    monkeypatch.setenv("RILIS_TEAM_FOLDERS", str(folder))
    return folder / "templates"


def _template(team: Path, name: str, body: str) -> Path:
    path = team / f"{name}.xml.j2"
    path.write_text('{# name: Uji\n#}\n<document title="Uji">\n' + body + "\n</document>\n",
                    encoding="utf-8")
    return path


# ------------------------------------------------------------ 2. links out of the folders

SECRET = "KUNCI-RAHASIA-7731 milik pengguna"


@posix_only
@pytest.mark.parametrize("statement", [
    '<p>{% include "_bocor.xml.j2" %}</p>',
    '{% import "_bocor.xml.j2" as bocor %}<p>{{ bocor }}</p>',
    '{% from "_bocor.xml.j2" import x %}<p>x</p>',
])
def test_a_symlink_in_a_team_folder_is_not_followed_out(
        team: Path, tmp_path: Path, statement: str) -> None:
    secret = tmp_path / "pribadi" / "rahasia.txt"
    secret.parent.mkdir()
    secret.write_text(f"<p>{SECRET}</p>", encoding="utf-8")
    (team / "_bocor.xml.j2").symlink_to(secret)
    _template(team, "bocor", statement)
    draft = _draft(tmp_path, "bocor")
    out = tmp_path / "keluar"
    out.mkdir()
    result = rilis("render", draft, "-o", out / "rilis.html")
    message = refused(result, "tautan", "di luar folder templat")
    assert SECRET not in result.stdout + result.stderr
    assert message
    assert list(out.iterdir()) == []
    validation = rilis("templates", "validate", team / "bocor.xml.j2")
    assert validation.returncode == 1, validation.stdout
    assert "templat sah" not in validation.stdout
    assert "di luar folder templat" in validation.stdout
    assert SECRET not in validation.stdout


@posix_only
def test_extends_through_a_symlink_is_refused_too(team: Path, tmp_path: Path) -> None:
    secret = tmp_path / "rahasia.xml.j2"
    secret.write_text(f"<document><p>{SECRET}</p></document>", encoding="utf-8")
    (team / "_dasar.xml.j2").symlink_to(secret)
    (team / "turunan.xml.j2").write_text('{% extends "_dasar.xml.j2" %}', encoding="utf-8")
    result = rilis("render", _draft(tmp_path, "turunan"), "-f", "txt", "-o",
                   tmp_path / "rilis.txt")
    refused(result, "di luar folder templat")
    assert not (tmp_path / "rilis.txt").exists()


@posix_only
def test_a_linked_template_itself_is_refused_by_render_and_by_validate(
        team: Path, tmp_path: Path) -> None:
    outside = tmp_path / "luar.xml.j2"
    outside.write_text(f"<document><p>{SECRET}</p></document>", encoding="utf-8")
    (team / "tautan.xml.j2").symlink_to(outside)
    refused(rilis("render", _draft(tmp_path, "tautan"), "-o", tmp_path / "a.html"),
            "di luar folder templat")
    validation = rilis("templates", "validate", "tautan")
    refused(validation, "di luar folder templat")
    assert "templat sah" not in validation.stdout


@posix_only
def test_a_link_that_stays_inside_the_folders_still_works(team: Path, tmp_path: Path) -> None:
    """The control: linking one piece to another inside the library is fine."""
    (team / "_asli.xml.j2").write_text("<p>Potongan bersama tim.</p>", encoding="utf-8")
    (team / "_salinan.xml.j2").symlink_to(team / "_asli.xml.j2")
    _template(team, "baik", '{% include "_salinan.xml.j2" %}')
    out = tmp_path / "rilis.txt"
    result = rilis("render", _draft(tmp_path, "baik"), "-f", "txt", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Potongan bersama tim." in out.read_text(encoding="utf-8")
    assert "templat sah" in rilis("templates", "validate", "baik").stdout


# ------------------------------------------------------------ 3. sandbox resource limits

ATTACKS: dict[str, str] = {
    "center": '{{ "x"|center(1000000000) }}',
    "center-method": '{{ "x".center(1000000000) }}',
    "ljust": '{{ "x".ljust(1000000000) }}',
    "rjust": '{{ "x".rjust(1000000000) }}',
    "zfill": '{{ "7".zfill(1000000000) }}',
    "format-filter": '{{ "%999999999d"|format(1) }}',
    "percent": '{{ "%0999999999d" % 1 }}',
    "percent-star": '{{ "%*d" % (999999999, 1) }}',
    "str-format": '{{ "{:>999999999}".format(1) }}',
    "format-map": '{{ "{a:>999999999}".format_map({"a": 1}) }}',
    "indent": '{{ ("a\n" * 90000)|indent("b" * 90000) }}',
    "replace": '{{ ("x" * 90000)|replace("", "y" * 90000) }}',
    "replace-method": '{{ ("x" * 90000).replace("x", "y" * 90000) }}',
    "join": '{{ ("x" * 90000).join(["y" * 9] * 90000) }}',
    "join-filter": '{{ (["y" * 90000] * 90000)|join("z") }}',
    "expandtabs": '{{ ("\t" * 90000).expandtabs(90000) }}',
    "wordwrap": '{{ ("a " * 50000)|wordwrap(1, true, "x" * 90000) }}',
    "repeat": '{{ "x" * 1000000000 }}',
    "nested-lists": '{{ [[1] * 100000] * 100000 }}',
    "power-chain": '{{ (((9 ** 64) ** 64) ** 64) ** 64 }}',
    "int-squaring": '{% set n = namespace(v=9) %}{% for i in range(64) %}'
                    '{% set n.v = n.v * n.v %}{% endfor %}{{ n.v }}',
    "tilde-doubling": '{% macro d(s, n) %}{% if n %}{{ d(s ~ s, n - 1) }}{% else %}'
                      '{{ s|length }}{% endif %}{% endmacro %}{{ d("x", 60) }}',
    "plus-doubling": '{% set n = namespace(s="x") %}{% for i in range(60) %}'
                     '{% set n.s = n.s + n.s %}{% endfor %}{{ n.s|length }}',
    "macro-doubling": '{% macro m(n) %}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% else %}'
                      'xxxxxxxx{% endif %}{% endmacro %}{{ m(60) }}',
    "set-block": '{% set big = "x" * 90000 %}{% set a %}{% for i in range(90000) %}'
                 '{{ big }}{% endfor %}{% endset %}{{ a|length }}',
    "output": '{% for i in range(100000) %}{% for j in range(100000) %}'
              'isi yang berulang terus {% endfor %}{% endfor %}',
    "to-bytes": '{{ (1).to_bytes(1000000000, "big")|length }}',
    "slice": '{{ [1]|slice(1000000000)|list|length }}',
    "batch": '{{ [1]|batch(1000000000, 0)|list|length }}',
    "list-literals": '{% set a = [1] * 90000 %}{% set b = [a, a, a, a, a, a, a, a, a, a] %}'
                     '{% set c = [b, b, b, b, b, b, b, b, b, b] %}{{ [c, c, c, c, c] }}',
    "translate": '{{ ("a" * 90000).translate({97: "b" * 90000}) }}',
    "pprint": '{% set a = [1] * 90000 %}{% set b = [a, a, a, a, a, a, a, a, a, a] %}'
              '{{ [b, b, b, b, b, b, b, b, b, b]|pprint|length }}',
    "compile-time-filter": '{% if false %}{{ "x"|center(1000000000) }}{% endif %}'
                           '{{ "y"|center(1000000000) }}',
    "compile-time-autoescape": '{% autoescape "x"|center(1000000000) %}{% endautoescape %}',
}


@posix_only
@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_each_size_attack_is_refused_in_bounded_time_and_memory(
        team: Path, tmp_path: Path, name: str) -> None:
    _template(team, "serangan", f"<p>{ATTACKS[name]}</p>")
    out = tmp_path / "keluar"
    out.mkdir()
    result = rilis("render", _draft(tmp_path, "serangan"), "-f", "all", "-o",
                   out / "rilis.html")
    message = refused(result)
    assert any(word in message for word in ("terlalu", "melebihi", "harus tetap")), message
    assert list(out.iterdir()) == []


DEEP: dict[str, str] = {
    "parentheses": "<p>{{ " + "(" * 20_000 + "1" + ")" * 20_000 + " }}</p>",
    "blocks": "{% if true %}" * 5_000 + "<p>x</p>" + "{% endif %}" * 5_000,
    "chain": "<p>{{ 1" + " + 1" * 20_000 + " }}</p>",
}


@posix_only
@pytest.mark.parametrize("name", sorted(DEEP))
def test_a_template_too_deep_to_compile_is_a_message(team: Path, tmp_path: Path,
                                                     name: str) -> None:
    """Jinja2's parser and Python's compiler recurse: thousands of levels used to end in a
    RecursionError traceback."""
    path = _template(team, "dalam", DEEP[name])
    refused(rilis("render", _draft(tmp_path, "dalam"), "-o", tmp_path / "a.html"),
            "bersarang terlalu dalam")
    assert not (tmp_path / "a.html").exists()
    validation = rilis("templates", "validate", path)
    assert validation.returncode == 1 and "bersarang terlalu dalam" in validation.stdout
    assert "templat sah" not in validation.stdout


@posix_only
def test_validate_rejects_output_past_the_limit(team: Path, tmp_path: Path) -> None:
    """The reported case: a template printing 200 MB passed validation."""
    path = _template(team, "besar", '{% for i in range(100000) %}<p>{{ "x" * 2000 }}</p>'
                                    "{% endfor %}")
    result = rilis("templates", "validate", path)
    assert result.returncode == 1, result.stdout
    assert "templat sah" not in result.stdout
    assert "melebihi batas" in result.stdout


@posix_only
def test_a_big_release_still_renders_within_its_own_limit(team: Path, tmp_path: Path) -> None:
    """The limit grows with the draft: a 5 MB body prints (limit = 4 MB + 4 × its text)."""
    _template(team, "polos", "{% for block in release.body %}<p>{{ rilis.text(block.text) }}"
                             "</p>{% endfor %}")
    text = random_prose(random.Random(4), 5_000_000)
    body = [Paragraph(text=text[start:start + 50_000]) for start in range(0, len(text), 50_000)]
    out = tmp_path / "rilis.txt"
    result = rilis("render", _draft(tmp_path, "polos", body=body), "-f", "txt", "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 5_000_000


# ------------------------------------------------------------ 7. linear time


def _two_big_drafts(tmp_path: Path) -> tuple[Path, Path]:
    text = random_prose(random.Random(7), 2_000_000)
    changed = text[:700_000] + " Kalimat sisipan yang baru ditulis. " + text[700_000:1_500_000] \
        .replace(" dan ", " serta ") + text[1_550_000:]
    paths = []
    for name, body in (("lama", text), ("baru", changed)):
        folder = tmp_path / name
        folder.mkdir()
        paths.append(_draft(folder, "berita-kegiatan", body=[Paragraph(text=body)]))
    return paths[0], paths[1]


def test_diff_of_two_2mb_drafts_finishes(tmp_path: Path) -> None:
    old, new = _two_big_drafts(tmp_path)
    report = tmp_path / "banding.html"
    result = rilis("diff", old, new, "-o", report)
    assert result.returncode == 1, result.stderr  # 1 = differences found
    assert "+sisipan" in result.stdout
    assert "<ins>" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize("opening", ["<!--", "<![CDATA[", "<a title=\"", "<!", "<!--<!--"])
def test_check_of_html_with_an_unclosed_construct_is_linear(tmp_path: Path,
                                                            opening: str) -> None:
    page = tmp_path / "rusak.html"
    # Tags inside the unclosed construct are what made html.parser quadratic: 30 KB of
    # them took 21 s; these 240 KB would take a quarter of an hour.
    page.write_text("<html><body><p>Polisi berjaga di pasar.</p>" + opening
                    + "isi <a " * 40_000, encoding="utf-8")
    result = rilis("check", page, "--json")
    assert result.returncode in (0, 1), result.stderr
    assert '"words"' in result.stdout


def test_ten_thousand_officials_check_and_review(tmp_path: Path) -> None:
    rng = random.Random(10)
    syllables = ["ba", "ra", "to", "wi", "ja", "su", "ka", "ma", "di", "no", "ta", "si"]

    def name(parts: int) -> str:
        return "".join(rng.choice(syllables) for _ in range(parts)).capitalize()

    officials = [Official(id=f"p{i}", rank="AKP", name=f"{name(3)} {name(3)}",
                          short_name=name(2), position=f"Kapolsek {name(3)}",
                          degrees=["S.H."]) for i in range(10_000)]
    body = [Paragraph(text=" ".join(f"Hadir pula @p{i}." for i in range(0, 10_000, 5)))]
    draft = _draft(tmp_path, "berita-kegiatan", officials=officials, body=body,
                   event=Event(name="Rapat koordinasi", date="2026-11-20",
                               place="Aula Polres"))
    for command in ("check", "review"):
        result = rilis(command, draft)
        assert result.returncode in (0, 1), result.stderr
        assert result.stdout.strip()


def test_a_template_emitting_100000_blocks_is_refused_before_writing(
        team: Path, tmp_path: Path) -> None:
    _template(team, "banyak", "{% for i in range(100000) %}<p>Blok {{ i }}</p>{% endfor %}")
    out = tmp_path / "keluar"
    out.mkdir()
    result = rilis("render", _draft(tmp_path, "banyak"), "-f", "docx", "-o",
                   out / "rilis.docx")
    refused(result, "Dokumen terlalu panjang", "batas 10.000")
    assert list(out.iterdir()) == []
    validation = rilis("templates", "validate", team / "banyak.xml.j2")
    assert validation.returncode == 1 and "Dokumen terlalu panjang" in validation.stdout


def test_deeply_nested_inline_markup_is_a_message(team: Path, tmp_path: Path) -> None:
    _template(team, "dalam", "<p>" + "<b>" * 5000 + "x" + "</b>" * 5000 + "</p>")
    refused(rilis("render", _draft(tmp_path, "dalam"), "-o", tmp_path / "a.html"),
            "bersarang terlalu dalam")


# ------------------------------------------------------------ 8. smaller points


def test_a_template_id_with_a_trailing_newline_is_refused(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "berita-kegiatan")
    result = rilis("render", draft, "-t", "berita-kegiatan\n", "-o", tmp_path / "a.html")
    refused(result)
    assert "tidak sah" in result.stderr
    assert not (tmp_path / "a.html").exists()


def test_a_skipped_photo_is_reported_in_indonesian(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "berita-kegiatan")
    from app.release.draftfile import load_draft

    release = load_draft(draft)
    release.body.append(Photo(path=str(tmp_path / "tidak-ada.jpg"), caption="Foto patroli"))
    save_draft(release, draft)
    result = rilis("render", draft, "-f", "docx", "-o", tmp_path / "rilis.docx")
    assert result.returncode == 0, result.stderr
    assert "rilis: peringatan: Foto" in result.stderr and "tidak ditemukan" in result.stderr
    assert "WARNING" not in result.stderr and "photo not found" not in result.stderr


# ------------------------------------------------------------ 3. the second wall


@posix_only
def test_the_child_process_caps_memory_that_a_missed_check_would_take() -> None:
    """What the wall is for: a render that asks for 20 GB ends in a message."""
    from app.base.errors import TemplateError
    from app.render.sandbox_process import render_isolated

    def greedy() -> str:
        return "x" * 20_000_000_000

    with pytest.raises(TemplateError, match="memori tidak cukup"):
        render_isolated(greedy, 2.0, "rakus")


@posix_only
def test_the_child_process_is_killed_at_the_deadline() -> None:
    from app.base.errors import TemplateError
    from app.render.sandbox_process import render_isolated

    def endless() -> str:
        while True:
            pass

    with pytest.raises(TemplateError, match="terlalu lama"):
        render_isolated(endless, 0.2, "abadi")


@posix_only
def test_a_team_template_renders_the_same_in_its_child_process(
        team: Path, tmp_path: Path) -> None:
    """The CLI renders user and team templates in the child; the output is unchanged."""
    builtin = Path(__file__).resolve().parents[2] / "templates" / "berita-kegiatan.xml.j2"
    (team / "salinan-tim.xml.j2").write_text(builtin.read_text(encoding="utf-8"),
                                             encoding="utf-8")
    draft = _draft(tmp_path, "salinan-tim")
    outputs = []
    for template in ("salinan-tim", "berita-kegiatan"):
        out = tmp_path / f"{template}.txt"
        result = rilis("render", draft, "-t", template, "-f", "txt", "-o", out)
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert "Petugas berkeliling kampung" in outputs[0]
