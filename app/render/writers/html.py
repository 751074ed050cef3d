"""HTML writer: one standalone, valid HTML5 file with its CSS and photos inside.

Every piece of text is escaped here, whatever the template did; links are http(s)/mailto
only. The page prints on A4 as it looks on screen.
"""

from __future__ import annotations

import base64

from app.render.document import (
    Document,
    ImageBlock,
    ListBlock,
    RuleBlock,
    Run,
    TextBlock,
    safe_url,
)


def escape(text: str, quote: bool = True) -> str:
    """``html.escape``, whose module loads the table of 2,000 named entities (1–2 ms of
    every ``rilis render -f html``) that escaping never uses."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


CSS = """
:root { color-scheme: light; }
body { font-family: "Liberation Serif", "Times New Roman", Times, serif; font-size: 12pt;
  line-height: 1.5; color: #111; background: #fff; max-width: 44em; margin: 2em auto;
  padding: 0 1.5em; }
h1.title { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 20pt;
  line-height: 1.25; margin: 0.6em 0 0.8em; }
p.subtitle { font-family: "Liberation Sans", Arial, sans-serif; font-size: 14pt; }
h2.heading { font-family: "Liberation Sans", Arial, sans-serif; font-size: 13pt;
  margin: 1.4em 0 0.4em; }
p.p, p.quote, p.closing { text-align: justify; margin: 0 0 0.8em; }
p.letterhead { font-family: "Liberation Sans", Arial, sans-serif; font-weight: bold;
  margin: 0; letter-spacing: 0.04em; }
p.info { margin: 0; }
p.note { font-style: italic; margin: 0.8em 0; }
hr { border: 0; border-top: 2px solid #111; margin: 0.5em 0 1em; }
figure { margin: 1em 0; text-align: center; page-break-inside: avoid; }
figure img { max-width: 100%; height: auto; }
figure.emblem img { max-height: 5em; }
figcaption { font-size: 10pt; color: #333; text-align: left; }
.center { text-align: center; } .right { text-align: right; }
.left { text-align: left; } .justify { text-align: justify; }
a { color: #0645ad; }
.rilis-notices { font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt;
  border: 1px solid #b0b0b0; background: #f6f6f6; padding: 0.4em 0.8em; margin: 1em 0; }
.rilis-notices.draft { border-color: #c0392b; background: #fdecea; color: #7b1d14; }
.rilis-notices p { margin: 0.1em 0; }
.watermark { position: fixed; top: 38%; left: 0; right: 0; text-align: center;
  font-family: "Liberation Sans", Arial, sans-serif; font-size: 110pt; font-weight: bold;
  color: rgba(192, 57, 43, 0.09); transform: rotate(-30deg); pointer-events: none;
  z-index: 10; }
@page { size: A4; margin: 2.5cm 2cm; }
@media print { body { margin: 0; max-width: none; padding: 0; } a { color: inherit; } }
"""

_TAGS = {"title": "h1", "heading": "h2"}


def _runs(runs: list[Run]) -> str:
    parts: list[str] = []
    for run in runs:
        if run.text == "\n":
            parts.append("<br>")
            continue
        text = escape(run.text, quote=False)
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        href = safe_url(run.href)
        if href:
            text = f'<a href="{escape(href)}">{text}</a>'
        parts.append(text)
    return "".join(parts)


ANCHOR_PREFIX = "rilis-"


def anchor_name(ref: str) -> str:
    """The HTML id of a draft block (``body.3`` → ``rilis-body-3``)."""
    return ANCHOR_PREFIX + ref.replace(".", "-")


def _anchor(ref: str, anchors: bool) -> str:
    return f' id="{escape(anchor_name(ref))}"' if anchors and ref else ""


def _image(block: ImageBlock, anchors: bool = False) -> str:
    from app.render.images import prepare_image  # Pillow's side: only for a release with photos

    prepared = prepare_image(block.src)
    caption = " ".join(part for part in (block.caption, f"({block.credit})" if block.credit
                                         else "") if part)
    if prepared is None:
        return (f'<p class="note"{_anchor(block.ref, anchors)}>[Foto tidak dapat dibaca: '
                f"{escape(block.caption or block.src)}]</p>")
    data = base64.b64encode(prepared.data).decode("ascii")
    alt = escape(block.caption or "Foto", quote=True)
    image = (f'<img{_anchor(block.ref, anchors)} src="data:{prepared.mime};base64,{data}" '
             f'alt="{alt}" width="{prepared.width}" height="{prepared.height}">')
    role = "emblem" if block.role == "emblem" else "photo"
    figcaption = f"<figcaption>{escape(caption, quote=False)}</figcaption>" if caption else ""
    return f'<figure class="{role}">{image}{figcaption}</figure>'


def _block(block: TextBlock | ListBlock | ImageBlock | RuleBlock, anchors: bool = False) -> str:
    if isinstance(block, TextBlock):
        tag = _TAGS.get(block.style, "p")
        classes = block.style + (f" {block.align}" if block.align else "")
        anchor = _anchor(block.ref, anchors)
        return f'<{tag} class="{classes}"{anchor}>{_runs(block.runs)}</{tag}>'
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{_runs(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, ImageBlock):
        return _image(block, anchors)
    return "<hr>"


def write_html(document: Document, extra_css: str = "", anchors: bool = False) -> str:
    """The whole HTML file as text; ``anchors`` gives each draft block an id (``rilis-body-3``)
    so the preview can scroll to the block being edited (exported files stay without)."""
    body = "\n".join(_block(block, anchors) for block in document.blocks)
    top = ""
    if document.notices:
        kind = "rilis-notices draft" if document.mark else "rilis-notices"
        lines = "".join(f"<p>{escape(line, quote=False)}</p>" for line in document.notices)
        top = f'<aside class="{kind}" role="note">{lines}</aside>\n'
    if document.mark:
        top = (f'<div class="watermark" aria-hidden="true">{escape(document.mark)}</div>\n'
               + top)
    title = escape(document.title or "Rilis", quote=False)
    author = (f'<meta name="author" content="{escape(document.author)}">\n'
              if document.author else "")
    lang = escape(document.lang or "id")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="Rilis">\n{author}'
        f"<title>{title}</title>\n<style>{CSS}{extra_css}</style>\n</head>\n"
        f"<body>\n{top}<article>\n{body}\n</article>\n</body>\n</html>\n"
    )
