"""The window in a child process, typing until it is killed (tests/ui/test_working_day.py).

``python -m tests.ui.working_day_child FOLDER``: opens a real MainWindow whose recovery
folder is ``FOLDER/recovery``, then types ``PARAGRAPH`` into a paragraph block one key at
a time. After every few keys it appends ``seconds characters`` to ``FOLDER/progress``
(written through to the kernel, so a SIGKILL keeps it) and prints ``typing`` once, so the
parent knows when to kill it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ("warga", "kelurahan", "sukamaju", "menyambut", "baik", "patroli", "dialogis",
         "yang", "digelar", "setiap", "malam", "minggu", "oleh", "personel", "polsek",
         "bersama", "babinsa", "dan", "satpam", "lingkungan")


def paragraph(length: int) -> str:
    """Made-up Indonesian text of about ``length`` characters (numbered words, so a prefix
    check can tell exactly how far the typing got)."""
    parts: list[str] = []
    number = 0
    while sum(len(part) + 1 for part in parts) < length:
        parts.append(f"{WORDS[number % len(WORDS)]}{number}")
        number += 1
    return " ".join(parts)


PARAGRAPH = paragraph(20_000)


def main(folder: Path) -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.base.settings import Settings
    from app.desk.recent import RecentFiles
    from app.desk.recovery import RecoverySlot
    from app.release.model import Paragraph
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Settings(), RecentFiles(folder / "recent.json"),
                        RecoverySlot(folder / "recovery"))
    window.show()
    window.release_form.title.setText("Patroli Dialogis Malam Minggu")
    window.tabs.setCurrentWidget(window.body_form)
    window.body_form.add_block(Paragraph())
    field = window.body_form.paragraph
    field.setFocus()
    progress = (folder / "progress").open("a", encoding="ascii", buffering=1)
    started = time.monotonic()
    sys.stdout.write("typing\n")
    sys.stdout.flush()
    for index in range(0, len(PARAGRAPH), 5):
        QTest.keyClicks(field, PARAGRAPH[index:index + 5])
        app.processEvents()
        progress.write(f"{time.monotonic() - started:.3f} {index + 5}\n")
    return 0  # not reached in the test: the parent kills the process first


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
