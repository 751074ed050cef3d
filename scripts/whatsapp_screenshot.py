"""Pictures for docs/whatsapp.md: a draft's WhatsApp messages in a chat-like view, and the
*Samarkan foto* dialog on a generated picture after *Deteksi wajah*.

``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/whatsapp_screenshot.py [DRAFT] [OUT]``
(defaults: the bundled sample, ``docs/``). The face is drawn (grey oval, brows, eyes, nose,
mouth), not a photograph of a person: OpenCV's bundled cascade accepts the drawing.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from app.release.draftfile import load_draft
from app.base.paths import sample_draft
from app.render.wa_export import whatsapp_texts
from ui.blur_dialog import BlurDialog
from ui.whatsapp_view import ChatView

logger = logging.getLogger(__name__)


def drawn_scene(path: Path) -> Path:
    """A hall with two drawn faces; the right one is the one to blur."""
    image = Image.new("RGB", (900, 560), (214, 206, 190))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 430, 900, 560), fill=(120, 96, 70))
    draw.rectangle((40, 40, 860, 110), fill=(60, 80, 140))
    draw.text((60, 65), "SOSIALISASI KESELAMATAN", fill=(255, 255, 255))
    for cx, cy, size in ((280, 280, 260), (640, 290, 240)):
        s = size
        draw.rectangle((cx - .35 * s, cy + .3 * s, cx + .35 * s, 560), fill=(70, 90, 60))
        draw.ellipse((cx - .28 * s, cy - .36 * s, cx + .28 * s, cy + .36 * s), fill=(150,) * 3)
        for side in (-1, 1):
            ex = cx + side * .11 * s
            draw.rectangle((ex - .07 * s, cy - .12 * s, ex + .07 * s, cy - .10 * s),
                           fill=(40,) * 3)
            draw.ellipse((ex - .06 * s, cy - .09 * s, ex + .06 * s, cy - .03 * s),
                         fill=(30,) * 3)
        draw.rectangle((cx - .02 * s, cy - .04 * s, cx + .02 * s, cy + .08 * s),
                       fill=(120,) * 3)
        draw.ellipse((cx - .09 * s, cy + .135 * s, cx + .09 * s, cy + .185 * s),
                     fill=(50,) * 3)
    image.save(path)
    return path


def main(argv: list[str]) -> int:
    draft = Path(argv[0]) if argv else sample_draft()
    out = Path(argv[1]) if len(argv) > 1 else Path("docs")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    messages, _photos = whatsapp_texts(load_draft(draft))
    view = ChatView(messages)
    view.resize(560, 1400)
    view.show()
    app.processEvents()
    body = view.widget()
    assert body is not None
    last = view.bubbles[-1]
    bottom = last.mapTo(body, QPoint(0, last.height())).y() + 16
    body.grab(QRect(0, 0, body.width(), bottom)).save(str(out / "whatsapp-chat.png"))
    with tempfile.TemporaryDirectory() as folder:
        dialog = BlurDialog(str(drawn_scene(Path(folder) / "aula.png")), [])
        dialog.resize(820, 620)
        dialog.show()
        app.processEvents()
        dialog.detect()
        app.processEvents()
        dialog.grab().save(str(out / "samarkan.png"))
    print(out / "whatsapp-chat.png", out / "samarkan.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
