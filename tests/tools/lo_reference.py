"""Make a unit's reference document *in LibreOffice* (headless, through UNO), as an editor
would in Writer: page margins, a header with the unit's lines and the emblem, a footer, the
default paragraph style's font and size, then *Save as* Word.

Run with the system Python that has LibreOffice's ``uno`` module (Debian: python3-uno):
``/usr/bin/python3 tests/tools/lo_reference.py OUT.docx EMBLEM.png PROFILE_DIR``.
The lines written are fictional, for the reference-document tests only.
"""

import contextlib
import subprocess
import sys
import time
import uuid
from typing import Any

import uno  # type: ignore[import-not-found]
from com.sun.star.awt import Size  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

HEADER_LINES = ("PEMERINTAH KABUPATEN SIDOMAKMUR", "DINAS KOMUNIKASI DAN INFORMATIKA")
FOOTER_LINE = "Jalan Merdeka Barat 12, Sidomakmur 99999"
FONT = "DejaVu Serif"
SIZE = 13.0
MARGINS_MM = {"LeftMargin": 35, "RightMargin": 15, "TopMargin": 12, "BottomMargin": 18}


def _prop(name: str, value: Any) -> Any:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe: str) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def _build(document: Any, emblem: str) -> None:
    page = document.StyleFamilies.getByName("PageStyles").getByName("Standard")
    for name, millimetres in MARGINS_MM.items():
        setattr(page, name, millimetres * 100)
    page.HeaderIsOn = True
    page.FooterIsOn = True
    header = page.HeaderText
    cursor = header.createTextCursor()
    graphic = document.createInstance("com.sun.star.text.TextGraphicObject")
    graphic.GraphicURL = uno.systemPathToFileUrl(emblem)  # embedded on save, not linked
    size = Size()
    size.Width, size.Height = 1800, 1800
    graphic.Size = size
    header.insertTextContent(cursor, graphic, False)
    for line in HEADER_LINES:
        header.insertString(cursor, line, False)
        header.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
    page.FooterText.setString(FOOTER_LINE)
    standard = document.StyleFamilies.getByName("ParagraphStyles").getByName("Standard")
    standard.CharFontName = FONT
    standard.CharHeight = SIZE
    document.Text.setString("Isi contoh yang diganti oleh rilis.")


def main(target: str, emblem: str, profile: str) -> None:
    pipe = f"rilis-{uuid.uuid4().hex[:8]}"
    office = subprocess.Popen(
        ["soffice", "--headless", "--norestore", "--nologo",
         f"-env:UserInstallation=file://{profile}",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = _connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                                (_prop("Hidden", True),))
        _build(document, emblem)
        document.storeToURL(uno.systemPathToFileUrl(target),
                            (_prop("FilterName", "MS Word 2007 XML"),))
        document.close(True)
        print("ok")
        with contextlib.suppress(Exception):  # the bridge closes as the office exits
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:4])
