"""The hunspell ``id_ID`` dictionary through pyenchant, safe to share between threads.

pyenchant is not thread-safe and a dictionary must not outlive its broker, so one object
holds both for its whole life and every call goes through one lock. When the enchant C
library or the dictionary is missing, the backend is a stand-in that accepts every word
and says, in Indonesian, what to install: the app keeps running with spelling off.

Rilis carries its own copy of the dictionary (``resources/hunspell/``, from Debian's
``hunspell-id``; see ``SOURCES.md`` there) and uses it when enchant finds no ``id_ID`` on the
system, or finds one that is older than the copy. "Older" is judged by the date of the
dictionary files: dpkg, rpm and the other package managers install them with their upstream
time stamps, and ``VERSION`` records the date of the bundled files (a git checkout or a wheel
does not keep a file's time). A system dictionary enchant reports but that cannot be found
on disk (another provider, an unusual folder) is trusted as it is.

Enchant 2 looks for hunspell dictionaries first in ``$ENCHANT_CONFIG_DIR/hunspell/`` (the
user config folder ``~/.config/enchant`` when unset) and reads that variable whenever a
dictionary is requested. To use the bundled copy, the backend copies it into
``<user cache>/Rilis/enchant/hunspell/`` (enchant also keeps its own word lists,
``id_ID.dic``/``.exc``, in the config folder, so it must be writable and must not be the
installed package) and sets the variable only while it requests the dictionary: child
processes and the user's own enchant set-up are left alone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.base.paths import hunspell_dir, user_cache_dir
from app.language.enchant_library import library_hint

logger = logging.getLogger(__name__)

INSTALL_HINT = "sudo apt-get install libenchant-2-2 hunspell-id"
LANGUAGE = "id_ID"
CONFIG_VARIABLE = "ENCHANT_CONFIG_DIR"
SYSTEM = "sistem"

_environment_lock = threading.Lock()


@dataclass(frozen=True)
class BundledDictionary:
    """The copy of a hunspell dictionary that ships with Rilis."""

    language: str
    folder: Path
    files_date: date | None
    """Date (UTC) of the upstream files, from ``VERSION``; None when it cannot be read."""
    version: str

    @property
    def files(self) -> tuple[Path, Path]:
        return self.folder / f"{self.language}.aff", self.folder / f"{self.language}.dic"

    @property
    def label(self) -> str:
        return f"bawaan Rilis ({self.version or self.language})"


def _read_version_file(path: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return fields
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        key, separator, value = line.partition(":")
        if separator and value.strip():
            fields[key.strip().lower()] = value.strip()
    return fields


def bundled_dictionary(language: str = LANGUAGE, folder: Path | None = None) -> (
        BundledDictionary | None):
    """The bundled dictionary for ``language``, or None when Rilis carries none."""
    folder = hunspell_dir() if folder is None else folder
    if not all(path.is_file() for path in (folder / f"{language}.aff",
                                           folder / f"{language}.dic")):
        return None
    fields = _read_version_file(folder / "VERSION")
    if fields.get("language", language) != language:
        fields = {}
    files_date: date | None = None
    with contextlib.suppress(KeyError, ValueError):
        files_date = date.fromisoformat(fields["files-date"])
    return BundledDictionary(language, folder, files_date, fields.get("debian-version", ""))


def enchant_hunspell_dirs() -> list[Path]:
    """The folders enchant 2's hunspell provider searches, in its order (best effort)."""
    dirs: list[Path] = []
    config = os.environ.get(CONFIG_VARIABLE)
    if config:
        dirs.append(Path(config) / "hunspell")
    else:
        xdg_config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        dirs.append(Path(xdg_config) / "enchant" / "hunspell")
    data_dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    dirs.extend(Path(entry) / "hunspell" for entry in data_dirs.split(os.pathsep) if entry)
    dirs.extend(Path(entry) for entry in (
        "/usr/share/hunspell", "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell",
        f"{sys.prefix}/share/hunspell",
    ))
    unique: list[Path] = []
    for folder in dirs:
        if folder not in unique:
            unique.append(folder)
    return unique


def system_dictionary(language: str = LANGUAGE) -> Path | None:
    """The ``.dic`` file enchant would load for ``language``, if it is in a known folder."""
    for folder in enchant_hunspell_dirs():
        dic = folder / f"{language}.dic"
        if dic.is_file() and (folder / f"{language}.aff").is_file():
            return dic
    return None


def dictionary_date(dic: Path) -> date:
    """The (UTC) date of a dictionary: the newer of its ``.dic`` and ``.aff`` files."""
    times = [dic.stat().st_mtime]
    with contextlib.suppress(OSError):
        times.append(dic.with_suffix(".aff").stat().st_mtime)
    return datetime.fromtimestamp(max(times), tz=UTC).date()


def bundled_to_use(language: str, system_has_it: bool,
                   bundled: BundledDictionary | None = None) -> BundledDictionary | None:
    """The bundled dictionary when it should replace the system's, else None.

    Replace when the system has no dictionary for ``language``, or when the system's files
    are dated before the bundled ones. Keep the system's when they are as new or newer, or
    when their age cannot be known.
    """
    bundled = bundled if bundled is not None else bundled_dictionary(language)
    if bundled is None:
        return None
    if not system_has_it:
        return bundled
    if bundled.files_date is None:
        return None
    dic = system_dictionary(language)
    if dic is None:
        return None
    try:
        older = dictionary_date(dic) < bundled.files_date
    except OSError:
        return None
    if older:
        logger.info("Kamus %s sistem (%s, %s) lebih lama dari kamus bawaan (%s)", language,
                    dic, dictionary_date(dic), bundled.files_date)
    return bundled if older else None


def _same_file(source: Path, target: Path) -> bool:
    try:
        if source.stat().st_size != target.stat().st_size:
            return False
        return source.read_bytes() == target.read_bytes()
    except OSError:
        return False


def _copy_into(files: tuple[Path, ...], config: Path) -> None:
    folder = config / "hunspell"
    folder.mkdir(parents=True, exist_ok=True)
    for source in files:
        target = folder / source.name
        if _same_file(source, target):
            continue
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{source.name}.")
        os.close(handle)
        try:
            shutil.copyfile(source, temporary)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise


def enchant_config_for(bundled: BundledDictionary) -> Path:
    """A writable enchant config folder whose ``hunspell/`` holds the bundled dictionary."""
    config = user_cache_dir() / "enchant"
    try:
        _copy_into(bundled.files, config)
    except OSError as error:  # no writable cache (read-only home): a folder for this run
        logger.info("Folder cache %s tidak dapat ditulis (%s); memakai folder sementara",
                    config, error)
        config = Path(tempfile.mkdtemp(prefix="rilis-enchant-"))
        _copy_into(bundled.files, config)
    return config


@contextlib.contextmanager
def _enchant_config(config: Path) -> Iterator[None]:
    """``ENCHANT_CONFIG_DIR=config`` for the duration (one thread at a time)."""
    with _environment_lock:
        previous = os.environ.get(CONFIG_VARIABLE)
        os.environ[CONFIG_VARIABLE] = str(config)
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop(CONFIG_VARIABLE, None)
            else:
                os.environ[CONFIG_VARIABLE] = previous


MAX_CACHED_CHECKS = 200_000
"""Look-ups the backend keeps before it starts over. Every candidate a suggestion tries
passes through here (hundreds per unknown word), so over a long day of typing an unbounded
cache grew by tens of megabytes an hour; a look-up costs microseconds to redo."""


class SpellBackend:
    """Plain dictionary look-ups with a word cache; no domain knowledge here."""

    def __init__(self, language: str = LANGUAGE) -> None:
        self.language = language
        self.problem: str | None = None
        self.source: str | None = None
        """Which dictionary is in use: ``sistem`` or ``bawaan Rilis (…)``; None when off."""
        self._lock = threading.Lock()
        self._cache: dict[str, bool] = {}
        self._broker: Any = None
        self._dict: Any = None
        try:
            with library_hint():  # spares pyenchant a run of ldconfig (enchant_library)
                import enchant  # optional C library: imported where its absence can be handled
        except (ImportError, OSError) as error:
            self.problem = (
                "Pemeriksa ejaan nonaktif: pustaka enchant tidak ditemukan "
                f"({error}). Pasang dengan: {INSTALL_HINT}"
            )
            logger.warning("%s", self.problem)
            return
        try:
            broker = enchant.Broker()
            system_has_it = bool(broker.dict_exists(language))
            bundled = bundled_to_use(language, system_has_it)
            if bundled is not None:
                self._open_bundled(enchant, bundled)
            if self._dict is None and system_has_it:
                self._dict = broker.request_dict(language)
                self._broker = broker
                self.source = SYSTEM
        except Exception as error:  # enchant raises its own error types; all mean "off"
            self.problem = (
                f"Pemeriksa ejaan nonaktif: kamus {language} tidak dapat dibuka ({error}). "
                f"Pasang dengan: {INSTALL_HINT}"
            )
            logger.warning("%s", self.problem)
            return
        if self._dict is None:
            self.problem = (
                f"Pemeriksa ejaan nonaktif: kamus bahasa Indonesia ({language}) tidak "
                f"terpasang. Pasang dengan: {INSTALL_HINT}"
            )
            logger.warning("%s", self.problem)
            return
        logger.info("Kamus ejaan %s: %s", language, self.source)

    def _open_bundled(self, enchant: Any, bundled: BundledDictionary) -> None:
        """Open the bundled copy; on failure leave the backend closed (the caller falls back)."""
        try:
            config = enchant_config_for(bundled)
            with _enchant_config(config):
                broker = enchant.Broker()
                if not broker.dict_exists(self.language):
                    logger.warning("Kamus bawaan %s di %s tidak dikenali enchant",
                                   self.language, config)
                    return
                self._dict = broker.request_dict(self.language)
            self._broker = broker
            self.source = bundled.label
        except Exception:  # a broken copy must not cost the system dictionary
            logger.warning("Kamus bawaan %s tidak dapat dibuka", self.language, exc_info=True)
            self._dict = None

    @property
    def available(self) -> bool:
        return self._dict is not None

    def check(self, word: str) -> bool:
        """True when hunspell knows the word (always True for the stand-in)."""
        if self._dict is None:
            return True
        known = self._cache.get(word)
        if known is None:
            with self._lock:
                known = bool(self._dict.check(word))
                if len(self._cache) >= MAX_CACHED_CHECKS:
                    self._cache.clear()     # suggestions ask for hundreds of candidates
            self._cache[word] = known
        return known

    def suggest(self, word: str) -> list[str]:
        if self._dict is None or not word:
            return []
        with self._lock:
            return [str(item) for item in self._dict.suggest(word)]

    def close(self) -> None:
        """Release the dictionary before its broker (the order enchant needs)."""
        with self._lock:
            if self._dict is not None and self._broker is not None:
                try:
                    self._broker.free_dict(self._dict)
                except Exception:  # already freed or broker gone: nothing left to do
                    logger.debug("free_dict failed", exc_info=True)
            self._dict = None
            self._broker = None
