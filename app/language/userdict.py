"""The personal dictionary (user data folder) and the team dictionary (a shared path).

Both are plain UTF-8 word lists, one word a line, ``#`` for comments, so a supervisor can
review them. A dictionary file that is corrupt or unreadable never stops the checker: the
problem is logged and kept in ``warnings`` (Indonesian) for the UI to show.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.base.paths import user_data_dir
from app.base.userfile import UserFileError, read_user_file

logger = logging.getLogger(__name__)

PERSONAL_FILE = "kamus-pribadi.txt"
TEAM_SUFFIXES = (".txt", ".dic")
MAX_DICTIONARY_BYTES = 20_000_000
"""A word list of a million words is ~15 MB; a bigger file is not a dictionary."""


def default_personal_path() -> Path:
    return user_data_dir() / PERSONAL_FILE


def _read_words(path: Path, warnings: list[str]) -> Iterator[str]:
    """Words of one list file; problems go to ``warnings`` instead of raising.

    Regular files only, at most ``MAX_DICTIONARY_BYTES``: a path to a FIFO or
    ``/dev/zero`` is skipped with a warning instead of hanging or filling memory."""
    try:
        raw = read_user_file(path, MAX_DICTIONARY_BYTES, "Kamus")
    except UserFileError as error:
        if error.missing:
            return
        reason = error.reason
        if not reason.startswith("tidak dapat dibaca"):
            reason = f"tidak dapat dibaca: {reason}"
        message = f"Kamus {path} {reason}; dilewati."
        logger.warning("%s", message)
        warnings.append(message)
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        message = f"Kamus {path} rusak (bukan teks UTF-8); isinya diabaikan."
        logger.warning("%s", message)
        warnings.append(message)
        return
    if "\x00" in text:
        message = f"Kamus {path} rusak (berisi data biner); isinya diabaikan."
        logger.warning("%s", message)
        warnings.append(message)
        return
    for line in text.splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            yield word


class PersonalDictionary:
    """Words the officer added; saved atomically after every change."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_personal_path()
        self.warnings: list[str] = []
        self.words: set[str] = set(_read_words(self.path, self.warnings))

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def add(self, word: str) -> None:
        word = word.strip()
        if not word or word in self.words:
            return
        self.words.add(word)
        self._save()

    def remove(self, word: str) -> None:
        if word in self.words:
            self.words.discard(word)
            self._save()

    def _save(self) -> None:
        """Temporary file, flush, rename: a crash never leaves half a dictionary."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = "# Kamus pribadi Rilis: satu kata per baris.\n" + "".join(
            f"{word}\n" for word in sorted(self.words, key=str.lower)
        )
        handle, temporary = tempfile.mkstemp(prefix=".kamus-", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(body)
                stream.flush()
                os.fsync(stream.fileno())
            Path(temporary).replace(self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


class TeamDictionary:
    """A shared, read-only word list: one file, or every ``.txt``/``.dic`` in a folder."""

    def __init__(self, location: Path | None = None) -> None:
        self.location = location
        self.warnings: list[str] = []
        self.words: set[str] = set()
        if location is not None:
            self.reload()

    def reload(self) -> None:
        self.warnings = []
        self.words = set()
        if self.location is None:
            return
        try:
            if self.location.is_dir():
                files: Iterable[Path] = sorted(
                    path for path in self.location.iterdir()
                    if path.suffix.lower() in TEAM_SUFFIXES and path.is_file()
                )
            elif self.location.exists():
                files = [self.location]
            else:
                message = f"Kamus tim {self.location} tidak ditemukan; dilewati."
                logger.warning("%s", message)
                self.warnings.append(message)
                return
        except OSError as error:
            message = f"Kamus tim {self.location} tidak dapat dibuka ({error}); dilewati."
            logger.warning("%s", message)
            self.warnings.append(message)
            return
        for path in files:
            self.words.update(_read_words(path, self.warnings))

    def __contains__(self, word: object) -> bool:
        return word in self.words
