"""Where Rilis finds its bundled files and keeps the user's own.

The bundled files (templates, lexicons, style tables, samples, translations, the Qt style
sheet, the hunspell dictionary) live in two folders, ``templates/`` and ``resources/``,
found in this order:

1. ``RILIS_HOME`` (a folder holding both), when set;
2. the package data of an installed Rilis: the wheel carries the repository's folders as
   ``app/_data/templates`` and ``app/_data/resources`` (see ``[tool.setuptools]`` in
   pyproject.toml), read through :mod:`importlib.resources`;
3. the repository itself, for a checkout or an editable install (``pip install -e``): the
   top-level folders next to the ``app`` package. There is no ``app/_data`` in git.

This module is the only place that knows; everything else asks it.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
from pathlib import Path

import platformdirs

APP_NAME = "Rilis"
DATA_PACKAGE = "app"
DATA_FOLDER = "_data"

_CHECKOUT = Path(__file__).resolve().parents[2]
_KEEP = contextlib.ExitStack()
atexit.register(_KEEP.close)


@functools.cache
def installed_data_root() -> Path | None:
    """The package data folder of an installed Rilis, or None in a checkout."""
    package = Path(__file__).resolve().parents[1]
    if package.is_dir():
        # The package is a real folder (a wheel installed as usual, a checkout, a frozen
        # app): its data folder is right there, as importlib.resources would also say,
        # without importing that (and zipfile) in every ``rilis`` start.
        data_folder = package / DATA_FOLDER
        return data_folder if (data_folder / "templates").is_dir() else None
    import importlib.resources  # a package inside an archive: the loader knows

    try:
        data = importlib.resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER)
        if not data.joinpath("templates").is_dir():
            return None
        # A real folder for a normal install (no copy); as_file extracts other loaders'
        # data for the life of the process.
        return Path(_KEEP.enter_context(importlib.resources.as_file(data)))
    except (ModuleNotFoundError, OSError, TypeError, NotImplementedError):
        return None


def data_root() -> Path:
    """The folder holding ``templates/`` and ``resources/``."""
    override = os.environ.get("RILIS_HOME")
    if override:
        return Path(override)
    return installed_data_root() or _CHECKOUT


project_root = data_root
"""The former name of :func:`data_root`."""


def builtin_templates_dir() -> Path:
    return data_root() / "templates"


def resources_dir() -> Path:
    return data_root() / "resources"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def sample_draft() -> Path:
    return samples_dir() / "kegiatan-polres.rilis"


def hunspell_dir() -> Path:
    """The bundled hunspell dictionaries (``id_ID.aff``/``.dic``, ``VERSION``)."""
    return resources_dir() / "hunspell"


def user_data_dir() -> Path:
    """Personal dictionary, user templates and starters (created on demand)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Files Rilis can rebuild at any time (created on demand)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
