"""Errors a user can cause and fix; their messages are Indonesian and shown as they are."""

from __future__ import annotations


class RilisError(Exception):
    """A problem with the user's input or environment: shown without a traceback."""


class DraftError(RilisError):
    """A draft file that cannot be read: corrupt JSON, wrong types, a newer version."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.message = message
        self.problems = problems or []
        full = message if not self.problems else message + "\n" + "\n".join(
            f"  - {problem}" for problem in self.problems
        )
        super().__init__(full)


class TemplateError(RilisError):
    """A template that cannot be found, parsed or rendered."""


class ExportError(RilisError):
    """An output that cannot be written (disk full, read-only folder, bad photo)."""
