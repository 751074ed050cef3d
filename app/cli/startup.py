"""Python's cycle collector held off while ``rilis`` starts.

Start-up makes a few hundred thousand objects that live as long as the process: the
modules, the word tables, the compiled rules. The cycle collector, started by counts of
new objects, walks all of them again and again while they are being made — some 20 ms
of CPU in every ``rilis check``, for no garbage. The console entry point therefore holds
the collector off during start-up, then freezes what start-up made (``gc.freeze``: it is
never walked again) and lets the collector run as usual for the work itself. Only the
process's own entry point does this: ``main(argv)`` called inside a process (tests,
scripts) leaves that process's collector alone.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Pause the cycle collector for start-up (a no-op when it is already off)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """End start-up: freeze what it made and turn the collector back on (only if
    :func:`hold` turned it off; calling it again does nothing)."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
