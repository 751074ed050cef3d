"""UI language: Indonesian in the code, English from a Qt Linguist file.

Every module translates through ``QCoreApplication.translate`` with a fixed context (the
``CONTEXT`` constant of that module), so the strings survive subclassing. ``python -m
ui.i18n`` refreshes ``resources/translations/rilis_en.ts`` from the ``_tr("...")`` calls in
``ui/`` (keeping translations already made) and compiles every ``.ts`` of the folder with
``pyside6-lrelease``. Text inserted into the release itself is never translated: UI
language ≠ document language.

Qt's own strings (OK/Batal, Ya/Tidak, the Potong/Salin/Tempel menu of text fields, the file
and print dialogs) come from a ``qtbase_<language>`` catalogue. PySide6 ships none for
Indonesian, so ``qtbase_id.ts`` in the same folder is ours: edit it (or open it in Qt
Linguist) and run ``python -m ui.i18n``. The source strings are Qt's, context by context.
"""

from __future__ import annotations

import ast
import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.base.paths import resources_dir

logger = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
QT_CATALOGUE = "qtbase"
"""Prefix of the catalogues for Qt's own widgets (``qtbase_id.qm``)."""
_translators: list[QTranslator] = []
_language = "id"


def current_language() -> str:
    """The UI language last installed (Indonesian until told otherwise)."""
    return _language


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translator(language: str) -> bool:
    """Install the UI language: ``rilis_<language>.qm`` for Rilis's own strings (Indonesian
    is the source and needs none) and ``qtbase_<language>.qm`` for Qt's buttons, menus and
    dialogs. True when everything the language needs was found."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        return False
    _language = language
    for old in _translators:
        QCoreApplication.removeTranslator(old)
    _translators.clear()
    names = [f"{QT_CATALOGUE}_{language}"] + ([] if language == "id" else [f"rilis_{language}"])
    complete = True
    for name in names:
        translator = QTranslator(app)
        if not _load(translator, name, language):
            complete = False
            continue
        QCoreApplication.installTranslator(translator)
        _translators.append(translator)
    return complete


def _load(translator: QTranslator, name: str, language: str) -> bool:
    """Ours first; Qt's own catalogue folder for the Qt strings of other languages."""
    if translator.load(name, str(translations_dir())):
        return True
    if name.startswith(QT_CATALOGUE):
        if language == "en":
            return True  # Qt speaks English already
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(name, qt_folder):
            return True
    logger.warning("translation %s not found in %s", name, translations_dir())
    return False


# ---------------------------------------------------------------- maintenance


def _strings(path: Path) -> tuple[str, list[str]]:
    """The module's CONTEXT and the literal arguments of its ``_tr`` calls, in order."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    context = ""
    found: list[str] = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "CONTEXT"
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            context = node.value.value
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "_tr" and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            found.append(node.args[0].value)
    return context, found


def update_ts(ts_path: Path, sources: list[Path], language: str = "en_US") -> int:
    """Rewrite the .ts file with every source string; returns how many lack a translation."""
    existing: dict[tuple[str, str], str] = {}
    if ts_path.exists():
        for element in ET.parse(ts_path).getroot().iter("context"):
            name = element.findtext("name") or ""
            for message in element.iter("message"):
                source = message.findtext("source") or ""
                existing[(name, source)] = message.findtext("translation") or ""
    contexts: dict[str, list[str]] = {}
    for path in sources:
        context, strings = _strings(path)
        if not context:
            continue
        bucket = contexts.setdefault(context, [])
        bucket.extend(s for s in strings if s not in bucket)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="id_ID")
    missing = 0
    for name in sorted(contexts):
        node_context = ET.SubElement(root, "context")
        ET.SubElement(node_context, "name").text = name
        for source in contexts[name]:
            message = ET.SubElement(node_context, "message")
            ET.SubElement(message, "source").text = source
            translation = existing.get((name, source), "")
            node = ET.SubElement(message, "translation")
            node.text = translation
            if not translation:
                node.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return missing


def main() -> int:
    ui_dir = Path(__file__).resolve().parent
    sources = sorted(ui_dir.rglob("*.py"))
    ts_path = translations_dir() / "rilis_en.ts"
    missing = update_ts(ts_path, sources)
    sys.stderr.write(f"{ts_path}: {missing} untranslated\n")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool:
        for catalogue in sorted(translations_dir().glob("*.ts")):
            subprocess.run([tool, str(catalogue), "-qm", str(catalogue.with_suffix(".qm"))],
                           check=True)
    else:
        sys.stderr.write("pyside6-lrelease not found: the .qm files were not rebuilt\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
