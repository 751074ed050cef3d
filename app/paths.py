"""Where Rilis finds its bundled files and keeps the user's own."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Rilis"

_ROOT = Path(__file__).resolve().parent.parent


def project_root() -> Path:
    """The folder holding ``templates/`` and ``resources/`` (overridable for packaging)."""
    return Path(os.environ.get("RILIS_HOME", _ROOT))


def builtin_templates_dir() -> Path:
    return project_root() / "templates"


def resources_dir() -> Path:
    return project_root() / "resources"


def sample_draft() -> Path:
    return resources_dir() / "samples" / "kegiatan-polres.rilis"


def user_data_dir() -> Path:
    """Personal dictionary, user templates and starters (created on demand)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
