"""The tree shows the architecture: app/ is grouped in stages, imports go one way.

Every import counts, lazy and type-only ones too: a function-level import that reaches up
a stage is the same tangle, only deferred.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
STAGES = ("base", "language", "release", "render", "review", "library", "desk", "cli")
"""Lowest first: a module may import its own stage and the ones before it."""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(APP.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else "base"


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every ``app`` import in the file, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                package = _module_name(path) if path.name == "__init__.py" else \
                    _module_name(path).rpartition(".")[0]
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in found if name == "app" or name.startswith("app.")]


def _sources() -> list[Path]:
    return sorted(path for path in APP.rglob("*.py") if "_data" not in path.parts)


def test_every_module_lives_in_a_stage() -> None:
    loose = [str(path.relative_to(APP)) for path in _sources()
             if path.parent == APP and path.name != "__init__.py"]
    assert loose == [], f"modul di luar tahap mana pun: {loose}"


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_says_what_it_owns(stage: str) -> None:
    init = APP / stage / "__init__.py"
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    assert len(doc) > 80, f"app/{stage}/__init__.py harus menjelaskan isinya"


def test_imports_go_one_way() -> None:
    upward = []
    for path in _sources():
        source = _stage(_module_name(path))
        for line, name in _imports(path):
            target = _stage(name)
            if STAGES.index(target) > STAGES.index(source):
                upward.append(f"{path.relative_to(APP.parent)}:{line} ({source}) → {name} "
                              f"({target})")
    assert upward == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The walker finds lazy imports inside functions; without that the rule is empty."""
    sample = tmp_path / "sample.py"
    sample.write_text("def late():\n    from app.desk.session import Session\n"
                      "    import app.review.workflow\n", encoding="utf-8")
    assert [name for _, name in _imports(sample)] == ["app.desk.session.Session",
                                                      "app.review.workflow"]
    assert _stage("app.desk.session.Session") == "desk"
    assert _stage("app") == "base"
