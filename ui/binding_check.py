"""A start-up check that the Qt binding does not corrupt the interpreter.

PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` on every Python
``Signal.emit()``; after some thousands of emits the interpreter aborts and the officer
loses what was typed since the last autosave. ``pyproject.toml`` keeps such pairs out, but a
hand-made environment can still hold one, so the app measures it (a few hundred
microseconds) and refuses to start with the command that fixes it, instead of dying later.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

PROBE_EMISSIONS = 64
FIX_COMMAND = "pip install 'PySide6-Essentials>=6.6,<6.12'"


class _Probe(QObject):
    flag = Signal(bool)
    text = Signal(str)


def leaks_true_references(emissions: int = PROBE_EMISSIONS) -> bool:
    """True when emitting Python signals changes the reference count of ``True``."""
    probe = _Probe()
    received = [0]

    def count(_value: object) -> None:  # keeps no reference to what it receives
        received[0] += 1

    probe.flag.connect(count)
    probe.text.connect(count)
    before = sys.getrefcount(True)
    for index in range(emissions):
        probe.flag.emit(index % 2 == 0)
        probe.text.emit("uji")
    drift = sys.getrefcount(True) - before
    if drift < 0:
        _give_back(-drift)      # the probe's own damage: the app can still exit cleanly
    return drift != 0


def _give_back(references: int) -> None:
    import ctypes

    for _ in range(references):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
