"""User preferences of the desktop app, kept as one JSON file in the config folder.

Plain Python so it can be tested headless and read by scripts; a missing or corrupt
file never stops the app: defaults are used and the problem is logged.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app.base.atomic import write_atomic
from app.base.errors import RilisError
from app.base.paths import user_config_dir
from app.base.userfile import UserFileError, read_user_text

logger = logging.getLogger(__name__)

SETTINGS_FILE = "pengaturan.json"
LANGUAGES: tuple[str, ...] = ("id", "en")
MIN_AUTOSAVE_SECONDS = 5
MAX_AUTOSAVE_SECONDS = 3600
MAX_SETTINGS_BYTES = 1_000_000
"""A settings file is a few hundred bytes; anything near this is not one."""


@dataclass
class Settings:
    """Everything the settings dialog edits, plus the remembered window geometry."""

    author: str = ""
    default_unit: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    team_dictionary: str = ""
    team_folders: list[str] = field(default_factory=list)
    """Team template/starter folders (shared drive, synced folder), in precedence order."""
    language: str = "id"
    autosave_seconds: int = 30
    geometry: str = ""
    splitter: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def normalized(self) -> Settings:
        """A copy with out-of-range values brought back into range."""
        copy = Settings(**asdict(self))
        if copy.language not in LANGUAGES:
            copy.language = "id"
        copy.autosave_seconds = max(MIN_AUTOSAVE_SECONDS,
                                    min(MAX_AUTOSAVE_SECONDS, int(copy.autosave_seconds)))
        return copy


def settings_path() -> Path:
    return user_config_dir() / SETTINGS_FILE


def _warn(message: str, warnings: list[str] | None) -> None:
    logger.warning("%s", message)
    if warnings is not None:
        warnings.append(message)


def load_settings(path: Path | None = None, warnings: list[str] | None = None) -> Settings:
    """The saved settings, or the defaults when the file is missing or unreadable.

    Every command reads this file, so nothing in it may stop one: a FIFO, a device, a
    huge or deeply nested file gives the defaults and an Indonesian warning (logged, and
    appended to ``warnings`` when given)."""
    path = path or settings_path()
    try:
        data = json.loads(read_user_text(path, MAX_SETTINGS_BYTES, "Berkas pengaturan"))
    except UserFileError as error:
        if not error.missing:
            _warn(f"{error} Pengaturan bawaan dipakai.", warnings)
        return Settings()
    except (ValueError, RecursionError, MemoryError):
        _warn(f"Berkas pengaturan {path} rusak (bukan JSON yang sah); pengaturan bawaan "
              "dipakai.", warnings)
        return Settings()
    if not isinstance(data, dict):
        _warn(f"Berkas pengaturan {path} bukan objek JSON; pengaturan bawaan dipakai.",
              warnings)
        return Settings()
    settings = Settings()
    for item in fields(Settings):
        if item.name not in data:
            continue
        value = data[item.name]
        default = getattr(settings, item.name)
        if isinstance(default, bool) or type(value) is not type(default):
            _warn(f"Pengaturan '{item.name}' jenisnya salah; diabaikan.", warnings)
            continue
        setattr(settings, item.name, value)
    try:
        return settings.normalized()
    except RecursionError:                  # ``extra`` nested too deep to copy
        _warn(f"Berkas pengaturan {path} bersarang terlalu dalam; pengaturan bawaan dipakai.",
              warnings)
        return Settings()


def acting_person(settings: Settings) -> str:
    """Who acts in the review workflow (submits, approves, comments): the officer's name
    kept in the settings — asked once, then stored — never a name typed elsewhere."""
    return " ".join(settings.author.split())


def remember_acting_person(settings: Settings, name: str,
                           path: Path | None = None) -> Settings:
    """Store the name asked for once, so the next transition does not ask again."""
    settings.author = " ".join(name.split())
    save_settings(settings, path)
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Atomically; failures are logged (preferences are not worth a crash)."""
    path = path or settings_path()
    text = json.dumps(asdict(settings.normalized()), ensure_ascii=False, indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text.encode("utf-8"), keep_backup=False)
    except (OSError, RilisError) as error:
        logger.warning("Pengaturan tidak tersimpan ke %s: %s", path, error)
