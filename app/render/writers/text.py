"""Plain-text writer: for pasting into a chat group or a news site's editor.

Paragraphs are separated by a blank line; links follow their text in parentheses;
photos become a bracketed caption line.
"""

from __future__ import annotations

from itertools import groupby

from app.render.document import Document, ImageBlock, ListBlock, Run, TextBlock


def _runs(runs: list[Run]) -> str:
    """The runs' text; a link's target follows all of its words (a link may span several
    runs, e.g. a bold word inside it), unless the words are the address or it is e-mail."""
    parts: list[str] = []
    for href, group in groupby(runs, key=lambda run: run.href):
        words = "".join(run.text for run in group)
        parts.append(words)
        if href and not href.startswith("mailto:") and href != words.strip():
            parts.append(f" ({href})")
    return "".join(parts)


def write_text(document: Document) -> str:
    """The release as plain text (``\\n`` line ends, one trailing newline)."""
    chunks: list[str] = [f"[{line}]" for line in document.notices]
    for block in document.blocks:
        if isinstance(block, TextBlock):
            chunks.append(_runs(block.runs))
        elif isinstance(block, ListBlock):
            lines = [
                (f"{number}. " if block.ordered else "- ") + _runs(item)
                for number, item in enumerate(block.items, start=1)
            ]
            chunks.append("\n".join(lines))
        elif isinstance(block, ImageBlock):
            if block.role == "emblem":
                continue
            credit = f" ({block.credit})" if block.credit else ""
            chunks.append(f"[Foto: {block.caption or 'tanpa keterangan'}{credit}]")
        else:
            chunks.append("—" * 20)
    return "\n\n".join(chunks).strip() + "\n"
