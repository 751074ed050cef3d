"""Default file names for drafts and exports: ``2026-11-20-polres-ajak-pelajar.docx``.

Officers send files through chat apps and e-mail, so names are ASCII, lower case, without
spaces and short enough for every file system; the date first keeps a folder sorted.
"""

from __future__ import annotations

import re
import unicodedata

from app.release.model import Release

MAX_SLUG = 60
_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, limit: int = MAX_SLUG) -> str:
    """ASCII words joined by hyphens, cut at a word boundary within ``limit``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if len(slug) <= limit:
        return slug
    cut = slug[: limit + 1]
    if "-" in cut:
        cut = cut[: cut.rindex("-")]
    return cut[:limit].strip("-")


def base_name(release: Release) -> str:
    """Date and headline (either may be missing); ``rilis`` when both are empty."""
    parts = [release.event.date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.event.date)
             else "", slugify(release.title)]
    name = "-".join(part for part in parts if part)
    return name or "rilis"


def export_name(release: Release, extension: str) -> str:
    """``2026-11-20-polres-trenggalek-ajak-pelajar.pdf`` for extension ``pdf``."""
    return f"{base_name(release)}.{extension.lstrip('.')}"


def draft_name(release: Release) -> str:
    return export_name(release, "rilis")
