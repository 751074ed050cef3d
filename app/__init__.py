"""Rilis core: model, draft files, templates, language checking and export. No Qt here."""

__version__ = "0.1.0"
