"""Rilis installed the ordinary way (a wheel in a clean venv) finds its templates and data.

Issue 14: ``pip install .`` left ``templates/`` and ``resources/`` behind, so the installed app
listed no templates and ``rilis check`` died on a missing style table. This builds the wheel,
installs it with its dependencies into a fresh venv (no system site-packages, no repository
on the path, HOME and the XDG folders private, working directory elsewhere) and runs the
commands a user runs first.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
# Never part of a build: version control, environments, earlier builds, caches, output.
NOT_SOURCE = (".git", ".venv", "venv", "build", "dist", "out", "*.egg-info", "__pycache__",
              ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis", "results")
JUNK = ("*.bak", "*~", "*.swp", ".*", "*.pyc")


def _run(command: list[str], *, timeout: float = 300, env: dict[str, str] | None = None,
         cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                          check=False, env=env, cwd=cwd)


def _data_files(root: Path) -> set[str]:
    """The files of templates/ and resources/ that belong in the wheel, as wheel paths."""
    found = set()
    for folder in ("templates", "resources"):
        for path in (root / folder).rglob("*"):
            relative = path.relative_to(root)
            if path.is_file() and not any(relative.match(pattern) for pattern in JUNK) \
                    and not any(part.startswith(".") for part in relative.parts):
                found.add(f"app/_data/{relative.as_posix()}")
    return found


def _constraints(path: Path) -> Path:
    """Pin the dependencies to the versions of the running venv (known good, cached)."""
    lines = sorted({f"{dist.metadata['Name']}=={dist.version}"
                    for dist in importlib.metadata.distributions()
                    if dist.metadata["Name"] and dist.metadata["Name"].lower() != "rilis"})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    base = tmp_path_factory.mktemp("installed")
    # Built from a copy of the working tree: an in-tree build leaves build/ in the checkout,
    # whose stale files end up in later wheels and which two runs at once would share.
    source = base / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    wheels = base / "wheels"
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir",
                  str(wheels), str(source)], cwd=source)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheels.glob("rilis-*.whl")

    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV")}
    install = _run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--quiet", "--constraint", str(_constraints(base / "constraints.txt")),
                    str(wheel)], env=environment, cwd=base)
    assert install.returncode == 0, install.stdout + install.stderr
    yield {"base": base, "source": source, "wheel": wheel, "venv": venv}


@pytest.fixture(scope="module")
def user_env(installed: dict[str, Path]) -> dict[str, str]:
    """A user's shell: private HOME/XDG folders, the venv first on PATH, no repository."""
    base = installed["base"]
    home = base / "home"
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "TMPDIR", "SYSTEMROOT")
    environment = {key: os.environ[key] for key in keep if key in os.environ}
    environment.update({
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "PATH": f"{installed['venv'] / 'bin'}{os.pathsep}{environment.get('PATH', '')}",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
    })
    for name in ("PYTHONPATH", "ENCHANT_CONFIG_DIR", "RILIS_HOME", "VIRTUAL_ENV"):
        environment.pop(name, None)
    home.mkdir(exist_ok=True)
    return environment


@pytest.fixture(scope="module")
def workdir(installed: dict[str, Path]) -> Path:
    folder = installed["base"] / "work"
    folder.mkdir(exist_ok=True)
    return folder


def _rilis(installed: dict[str, Path], env: dict[str, str], cwd: Path,
           *args: str) -> subprocess.CompletedProcess[str]:
    return _run([str(installed["venv"] / "bin" / "rilis"), *args], timeout=120, env=env,
                cwd=cwd)


def test_wheel_holds_every_module_and_data_file(installed: dict[str, Path]) -> None:
    with zipfile.ZipFile(installed["wheel"]) as archive:
        names = set(archive.namelist())
    source = installed["source"]
    modules = {path.relative_to(source).as_posix()
               for package in ("app", "ui") for path in (source / package).rglob("*.py")
               if "__pycache__" not in path.parts}
    missing_modules = sorted(modules - names)
    assert not missing_modules, (
        f"modules missing from the wheel (add their package to [tool.setuptools] packages "
        f"in pyproject.toml): {missing_modules}")
    missing_data = sorted(_data_files(source) - names)
    assert not missing_data, f"data files missing from the wheel: {missing_data}"
    assert "app/_data/resources/hunspell/id_ID.dic" in names
    assert not [name for name in names if name.startswith(("templates/", "resources/"))]


def test_installed_app_reads_data_from_the_package(installed: dict[str, Path],
                                                   user_env: dict[str, str],
                                                   workdir: Path) -> None:
    probe = _run([str(installed["venv"] / "bin" / "python"), "-c",
                  "import app, app.base.paths as p; "
                  "print(app.__file__); print(p.data_root()); print(p.sample_draft())"],
                 env=user_env, cwd=workdir)
    assert probe.returncode == 0, probe.stderr
    module, root, sample = (Path(line) for line in probe.stdout.splitlines())
    venv = installed["venv"].resolve()
    for path in (module, root, sample):
        assert path.resolve().is_relative_to(venv), f"{path} is not inside the installed venv"
    assert root.name == "_data" and sample.is_file()


def test_templates_list(installed: dict[str, Path], user_env: dict[str, str],
                        workdir: Path) -> None:
    result = _rilis(installed, user_env, workdir, "templates", "list")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "berita-kegiatan" in result.stdout


def test_render_sample_in_every_format(installed: dict[str, Path], user_env: dict[str, str],
                                       workdir: Path) -> None:
    sample = next((installed["venv"] / "lib").glob(
        "python*/site-packages/app/_data/resources/samples/kegiatan-polres.rilis"))
    out = workdir / "out"
    result = _rilis(installed, user_env, workdir, "render", str(sample), "-f", "all",
                    "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    for suffix in (".html", ".docx", ".txt"):
        files = list(out.glob(f"*{suffix}"))
        assert files and all(path.stat().st_size > 0 for path in files), (
            f"no {suffix} in {sorted(out.iterdir())}")


def test_check_finds_a_misspelling(installed: dict[str, Path], user_env: dict[str, str],
                                   workdir: Path) -> None:
    note = workdir / "catatan.txt"
    note.write_text("Kapolres meninjau kucingg di halaman markas.\n", encoding="utf-8")
    assert "ENCHANT_CONFIG_DIR" not in user_env
    result = _rilis(installed, user_env, workdir, "check", "--json", str(note))
    assert result.returncode == 1, result.stdout + result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert [f["text"] for f in findings if f["kind"] == "spelling"] == ["kucingg"], findings
    assert "kucing" in next(f for f in findings if f["text"] == "kucingg")["suggestions"]
