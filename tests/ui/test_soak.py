"""A working day of keystrokes in one process: the binding must not abort the interpreter
(PySide6 6.12.0 on Python 3.11 did, after about 1,300 preview renders) and memory must stay
flat. The soak runs in a child process so an abort fails this test, not the whole run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_GROWTH_MIB = 20.0


def run_soak(*args: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [sys.executable, "-m", "bench.soak_bench", "--json", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    assert completed.returncode == 0, (
        f"the soak process ended with {completed.returncode}:\n{completed.stderr[-3000:]}")
    result: dict[str, object] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.slow
def test_twenty_thousand_emissions_and_five_thousand_renders_leave_the_interpreter_intact(
) -> None:
    result = run_soak("--emissions", "20000", "--renders", "5000", "--warmup", "500")
    assert result["emissions"] == 20000
    assert result["renders"] == 5000
    assert result["true_refcount_drift"] == 0, "the binding leaks references to True"
    growth = float(str(result["growth_after_warmup_mib"]))
    assert growth < MAX_GROWTH_MIB, f"memory grew {growth} MiB after warm-up: {result}"



def test_the_installed_binding_passes_the_start_up_check() -> None:
    from ui.binding_check import leaks_true_references

    assert leaks_true_references(emissions=500) is False


def test_a_broken_binding_stops_the_app_with_the_fix(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    import ui.app

    monkeypatch.setattr(ui.app, "leaks_true_references", lambda: True)
    status = ui.app.run(None, screenshot=tmp_path / "tidak-dibuat.png")
    assert status == 3
    assert not (tmp_path / "tidak-dibuat.png").exists()
    error = capsys.readouterr().err
    assert "PySide6" in error and "<6.12" in error and "rusak" in error
