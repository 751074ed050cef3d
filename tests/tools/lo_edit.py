"""Edit a DOCX *with LibreOffice* (headless, through UNO): replace a phrase and save it.

Run with the system Python that has LibreOffice's ``uno`` module (Debian: python3-uno):
``/usr/bin/python3 tests/tools/lo_edit.py IN.docx OUT.docx SEARCH REPLACE PROFILE_DIR``.
Used by the review tests to stand in for a supervisor editing the file in an office suite.

``... lo_edit.py review IN.docx OUT.docx PROFILE_DIR SCRIPT.json`` reviews instead, with
Track Changes on and the profile's user name as the changes' author: SCRIPT lists steps
``{"author": NAME}`` (first), ``{"replace": [OLD, NEW]}``, ``{"insert_after": [PHRASE,
TEXT]}``, ``{"delete": PHRASE}`` and ``{"comment": [PHRASE, AUTHOR, TEXT, DATE, [[AUTHOR,
REPLY, DATE], ...]]}`` (DATE ``YYYY-MM-DDTHH:MM``); the file is saved as DOCX and the
number of steps done printed. The document is loaded as a model without a view: with a
view, LibreOffice 7.4 "nogui" aborts on a new comment (its sidebar's .ui file is not
installed). Its UNO API has no way to mark a comment as a reply (``ParentName`` came
later); where the property exists it is used, else the reply is a second comment by
its own author on the same words.
"""

import contextlib
import json
import subprocess
import sys
import time
import uuid

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.util import DateTime  # type: ignore[import-not-found]


def _prop(name, value):
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(profile):
    """A running headless office and its desktop."""
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
    except BaseException:
        office.kill()
        raise
    return office, context, desktop


def _finish(office, desktop):
    with contextlib.suppress(Exception):  # the bridge closes as the office exits
        desktop.terminate()
    try:
        office.wait(timeout=30)
    except subprocess.TimeoutExpired:
        office.kill()


def main(source, target, search, replace, profile):
    office, _, desktop = _connect(profile)
    try:
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
    finally:
        _finish(office, desktop)


def _set_user(context, author):
    """The name LibreOffice records as the author of tracked changes."""
    provider = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", context)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (_prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    first, _, last = author.partition(" ")
    access.setPropertyValue("givenname", first)
    access.setPropertyValue("sn", last)
    access.commitChanges()


def _find(document, phrase):
    """A cursor selecting the first ``phrase`` in a body paragraph (walked by hand: a
    document loaded without a view has no layout for the search service)."""
    text = document.getText()
    paragraphs = text.createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if not paragraph.supportsService("com.sun.star.text.Paragraph"):
            continue
        position = paragraph.getString().find(phrase)
        if position < 0:
            continue
        cursor = text.createTextCursorByRange(paragraph.getStart())
        cursor.goRight(position, False)
        cursor.goRight(len(phrase), True)
        return cursor
    raise SystemExit(f"not found: {phrase}")


def _comment(document, phrase, author, text, date, parent=None):
    annotation = document.createInstance("com.sun.star.text.textfield.Annotation")
    annotation.Author = author
    annotation.Content = text
    stamp = DateTime()
    day, _, clock = date.partition("T")
    stamp.Year, stamp.Month, stamp.Day = (int(part) for part in day.split("-"))
    stamp.Hours, stamp.Minutes = (int(part) for part in clock.split(":")[:2])
    annotation.DateTimeValue = stamp
    names = {prop.Name for prop in annotation.getPropertySetInfo().getProperties()}
    if parent is not None and "ParentName" in names:
        annotation.ParentName = parent.Name
    found = _find(document, phrase)
    found.getText().insertTextContent(found, annotation, True)
    return annotation


def review(source, target, profile, script_path):
    with open(script_path, encoding="utf-8") as handle:
        steps = json.load(handle)
    office, context, desktop = _connect(profile)
    try:
        _set_user(context, steps[0]["author"])
        document = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.text.TextDocument", context)
        document.load((_prop("URL", uno.systemPathToFileUrl(source)),
                       _prop("FilterName", "MS Word 2007 XML")))
        document.RecordChanges = True
        done = 0
        for step in steps[1:]:
            if "replace" in step:
                found = _find(document, step["replace"][0])
                found.setString(step["replace"][1])
            elif "insert_after" in step:
                found = _find(document, step["insert_after"][0])
                found.getText().insertString(found.getEnd(), step["insert_after"][1], False)
            elif "delete" in step:
                _find(document, step["delete"]).setString("")
            elif "comment" in step:
                phrase, author, text, date, replies = step["comment"]
                parent = _comment(document, phrase, author, text, date)
                for reply_author, reply, reply_date in replies:
                    _comment(document, phrase, reply_author, reply, reply_date, parent)
            done += 1
        document.storeToURL(uno.systemPathToFileUrl(target),
                            (_prop("FilterName", "MS Word 2007 XML"),))
        document.close(True)
        print(done)
    finally:
        _finish(office, desktop)


if __name__ == "__main__":
    if sys.argv[1] == "review":
        review(*sys.argv[2:6])
    else:
        main(*sys.argv[1:6])
