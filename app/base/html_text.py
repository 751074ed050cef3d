"""The visible text of an HTML file, in one linear pass, for ``rilis check``.

Python's ``html.parser`` restarts its search after every unclosed ``<!--`` or
``<![CDATA[``, which made 200 KB of hostile HTML take 91 seconds. Checking needs only the
text, so one regular expression whose every branch matches once it has started (an
unclosed comment, quote or tag runs to the end of the file, as in a browser) walks the
file once; ``<script>`` and ``<style>`` contents are skipped with one search each.
"""

from __future__ import annotations

import html
import re

BLOCKS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
                    "blockquote", "figcaption", "header", "footer", "section", "article",
                    "title", "td", "th"})
"""Elements that end a line of text."""
HIDDEN = frozenset({"template", "noscript"})
RAW = frozenset({"script", "style"})
"""Elements whose content is not markup; skipped to their end tag."""

_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*(?:>|\Z)"
    r"|<(/?)([a-zA-Z][^\s/>]*)(?:\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z)|[^'\">])*(?:>|\Z)",
    re.S)


def html_text(markup: str) -> str:
    """Text of ``markup``, one line per block element, spaces collapsed."""
    parts: list[str] = []
    hidden = 0
    position = 0
    while position < len(markup):
        match = _MARKUP.search(markup, position)
        end = match.start() if match else len(markup)
        if not hidden and end > position:
            parts.append(html.unescape(markup[position:end]))
        if match is None:
            break
        position = match.end()
        closing, tag = match.group(1), (match.group(2) or "").lower()
        if not tag:
            continue
        if tag in RAW and not closing:
            finish = re.compile(rf"</{tag}\b", re.I).search(markup, position)
            position = len(markup) if finish is None else finish.start()
        elif tag in HIDDEN:
            hidden = max(0, hidden - 1) if closing else hidden + 1
        elif tag in BLOCKS:
            parts.append("\n")
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)
