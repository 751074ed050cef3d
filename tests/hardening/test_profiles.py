"""The Hypothesis profiles do what ``make test`` and ``make fuzz`` promise (issue 14.4): CI
replays the same examples, fuzzing explores new ones on every run and keeps a failure in
the example database, where the next run tries it first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import settings
from hypothesis.database import DirectoryBasedExampleDatabase

from tests.hardening import strategies

ROOT = Path(__file__).resolve().parents[2]
PROBE = '''
import json, sys
from pathlib import Path
import tests.hardening.strategies as profiles
profiles.EXAMPLE_DATABASE = Path(sys.argv[1])
profiles.register_profiles()
from hypothesis import given, settings, strategies as st
seen = []
@settings(max_examples=40)
@given(st.integers(0, 10**9))
def prop(number):
    seen.append(number)
    assert sys.argv[2] != "fail" or number < 1000
try:
    prop()
    failed = False
except AssertionError:
    failed = True
print(json.dumps({"seen": seen, "failed": failed,
                  "derandomize": settings.default.derandomize}))
'''


def _probe(profile: str, database: Path, mode: str = "pass") -> dict[str, object]:
    environment = {**os.environ, strategies.PROFILE_VARIABLE: profile}
    result = subprocess.run([sys.executable, "-c", PROBE, str(database), mode], cwd=ROOT,
                            env=environment, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return report


def test_this_run_is_derandomised_without_a_database() -> None:
    if os.environ.get(strategies.PROFILE_VARIABLE, "ci") == "ci":
        assert settings.default.derandomize and settings.default.database is None
        assert settings.default.max_examples == strategies.CI_EXAMPLES
        assert strategies.examples(600) == 600
    fuzz = settings.get_profile("fuzz")
    assert not fuzz.derandomize
    assert isinstance(fuzz.database, DirectoryBasedExampleDatabase)
    assert fuzz.max_examples == strategies.CI_EXAMPLES * strategies.FUZZ_FACTOR


def test_ci_replays_the_same_examples(tmp_path: Path) -> None:
    first, second = (_probe("ci", tmp_path / "db") for _ in range(2))
    assert first["derandomize"] is True
    assert first["seen"] == second["seen"] and len(first["seen"]) > 10  # type: ignore[arg-type]
    assert not (tmp_path / "db").exists()  # nothing kept


def test_fuzz_explores_new_examples_each_run(tmp_path: Path) -> None:
    first, second = (_probe("fuzz", tmp_path / "db") for _ in range(2))
    assert first["derandomize"] is False
    assert set(first["seen"]) != set(second["seen"])  # type: ignore[arg-type]


def test_fuzz_keeps_a_failure_and_tries_it_first_next_time(tmp_path: Path) -> None:
    database = tmp_path / "db"
    found = _probe("fuzz", database, "fail")
    assert found["failed"] is True
    assert database.is_dir() and any(path.is_file() for path in database.rglob("*"))
    again = _probe("fuzz", database, "fail")
    assert again["failed"] is True
    assert again["seen"][0] == 1000  # type: ignore[index]  # the shrunk failure, first
