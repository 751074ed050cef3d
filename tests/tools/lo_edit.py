"""Edit a DOCX *with LibreOffice* (headless, through UNO): replace a phrase and save it.

Run with the system Python that has LibreOffice's ``uno`` module (Debian: python3-uno):
``/usr/bin/python3 tests/tools/lo_edit.py IN.docx OUT.docx SEARCH REPLACE PROFILE_DIR``.
Used by the review tests to stand in for a supervisor editing the file in an office suite.
"""

import contextlib
import subprocess
import sys
import time
import uuid

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _prop(name, value):
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def main(source, target, search, replace, profile):
    pipe = f"rilis-{uuid.uuid4().hex[:8]}"
    office = subprocess.Popen(
        ["soffice", "--headless", "--norestore", "--nologo",
         f"-env:UserInstallation=file://{profile}",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                context = resolver.resolve(
                    f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                                (_prop("Hidden", True),))
        descriptor = document.createReplaceDescriptor()
        descriptor.SearchString = search
        descriptor.ReplaceString = replace
        count = document.replaceAll(descriptor)
        document.storeToURL(uno.systemPathToFileUrl(target),
                            (_prop("FilterName", "MS Word 2007 XML"),))
        document.close(True)
        print(count)
        with contextlib.suppress(Exception):  # the bridge closes as the office exits
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:6])
