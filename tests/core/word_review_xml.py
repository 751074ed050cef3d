"""Write a supervisor's review into a DOCX the way Word writes it, for the review tests.

Word wraps a replaced word as ``<w:del><w:r><w:delText>`` followed by ``<w:ins><w:r><w:t>``,
each with ``w:id``, ``w:author`` and ``w:date``; a comment is ``commentRangeStart``/``End``
around the words plus a run holding ``commentReference``, its text in ``word/comments.xml``
(each paragraph with a ``w14:paraId``) and a reply linked by ``w15:paraIdParent`` in
``word/commentsExtended.xml``. Everything here is built by hand, not by python-docx.
"""

from __future__ import annotations

import copy
import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class WordComment:
    author: str
    date: str
    text: str
    reply_to: int | None = None
    """Index of the comment this one answers (a reply shares its parent's anchor)."""


@dataclass
class WordReview:
    """A DOCX's document.xml being edited as a reviewer in Word would."""

    root: Any
    comments: list[WordComment] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(100))

    @classmethod
    def of(cls, data: bytes) -> WordReview:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return cls(etree.fromstring(archive.read("word/document.xml")))

    def _find(self, phrase: str) -> tuple[Any, int]:
        for text in self.root.iter(_w("t")):
            position = (text.text or "").find(phrase)
            if position >= 0:
                return text.getparent(), position
        raise AssertionError(f"{phrase!r} is in no single run")

    def _split(self, run: Any, start: int, end: int) -> list[Any]:
        """The run cut into before / the phrase / after (empty pieces left out)."""
        text = run.find(_w("t")).text
        pieces = []
        for a, b in ((0, start), (start, end), (end, len(text))):
            piece = copy.deepcopy(run)
            node = piece.find(_w("t"))
            node.text = text[a:b]
            node.set(XML_SPACE, "preserve")
            pieces.append(piece if a < b else None)
        parent = run.getparent()
        at = parent.index(run)
        parent.remove(run)
        for offset, piece in enumerate(p for p in pieces if p is not None):
            parent.insert(at + offset, piece)
        return pieces

    def _mark(self, tag: str, author: str, date: str) -> Any:
        return etree.Element(_w(tag), {_w("id"): str(next(self._ids)), _w("author"): author,
                                       _w("date"): date})

    def _deleted(self, run: Any, author: str, date: str) -> Any:
        wrapper = self._mark("del", author, date)
        run.getparent().replace(run, wrapper)
        wrapper.append(run)
        node = run.find(_w("t"))
        node.tag = _w("delText")
        return wrapper

    def _inserted_after(self, anchor: Any, model: Any, text: str, author: str,
                        date: str) -> Any:
        wrapper = self._mark("ins", author, date)
        run = copy.deepcopy(model)
        node = run.find(_w("t"))
        node.text = text
        node.set(XML_SPACE, "preserve")
        wrapper.append(run)
        anchor.addnext(wrapper)
        return wrapper

    def replace(self, old: str, new: str, author: str, date: str) -> tuple[Any, Any]:
        run, position = self._find(old)
        pieces = self._split(run, position, position + len(old))
        model = copy.deepcopy(pieces[1])
        removed = self._deleted(pieces[1], author, date)
        added = self._inserted_after(removed, model, new, author, date)
        return removed, added

    def delete(self, phrase: str, author: str, date: str) -> Any:
        run, position = self._find(phrase)
        pieces = self._split(run, position, position + len(phrase))
        return self._deleted(pieces[1], author, date)

    def insert_after(self, phrase: str, text: str, author: str, date: str) -> Any:
        run, position = self._find(phrase)
        pieces = self._split(run, position, position + len(phrase))
        return self._inserted_after(pieces[1], pieces[1], text, author, date)

    def comment(self, first: Any, last: Any, comment: WordComment,
                *replies: WordComment) -> None:
        """A comment (and its replies) anchored from ``first`` to ``last`` (inclusive)."""
        for entry in (comment, *replies):
            number = str(len(self.comments))
            if entry is not comment:
                entry.reply_to = self.comments.index(comment)
            self.comments.append(entry)
            first.addprevious(etree.Element(_w("commentRangeStart"),
                                            {_w("id"): number}))
            end = etree.Element(_w("commentRangeEnd"), {_w("id"): number})
            last.addnext(end)
            reference = etree.SubElement(etree.Element(_w("r")), _w("commentReference"),
                                         {_w("id"): number}).getparent()
            end.addnext(reference)

    def _comments_xml(self) -> bytes:
        root = etree.Element(_w("comments"), nsmap={"w": W, "w14": W14})
        for number, entry in enumerate(self.comments):
            element = etree.SubElement(root, _w("comment"), {
                _w("id"): str(number), _w("author"): entry.author, _w("date"): entry.date,
                _w("initials"): "".join(word[0] for word in entry.author.split())})
            paragraph = etree.SubElement(element, _w("p"),
                                         {f"{{{W14}}}paraId": f"{0x1A000000 + number:08X}"})
            etree.SubElement(etree.SubElement(paragraph, _w("r")), _w("t")).text = entry.text
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True))

    def _extended_xml(self) -> bytes:
        root = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
        for number, entry in enumerate(self.comments):
            attributes = {f"{{{W15}}}paraId": f"{0x1A000000 + number:08X}",
                          f"{{{W15}}}done": "0"}
            if entry.reply_to is not None:
                attributes[f"{{{W15}}}paraIdParent"] = f"{0x1A000000 + entry.reply_to:08X}"
            etree.SubElement(root, f"{{{W15}}}commentEx", attributes)
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True))

    def save(self, data: bytes) -> bytes:
        """The DOCX ``data`` with this document.xml, comments and their relationships."""
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as source, \
                zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "word/document.xml":
                    content = etree.tostring(self.root, xml_declaration=True,
                                             encoding="UTF-8", standalone=True)
                elif item.filename == "[Content_Types].xml" and self.comments:
                    content = content.replace(b"</Types>", (
                        b'<Override PartName="/word/comments.xml" ContentType="application/'
                        b'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
                        b'<Override PartName="/word/commentsExtended.xml" ContentType='
                        b'"application/vnd.openxmlformats-officedocument.wordprocessingml.'
                        b'commentsExtended+xml"/></Types>'))
                elif item.filename == "word/_rels/document.xml.rels" and self.comments:
                    content = re.sub(rb"</Relationships>\s*$", (
                        b'<Relationship Id="rIdKomentar1" Type="http://schemas.openxmlformats'
                        b'.org/officeDocument/2006/relationships/comments" Target="comments.'
                        b'xml"/><Relationship Id="rIdKomentar2" Type="http://schemas.'
                        b'microsoft.com/office/2011/relationships/commentsExtended" Target='
                        b'"commentsExtended.xml"/></Relationships>'), content)
                target.writestr(item, content)
            if self.comments:
                target.writestr("word/comments.xml", self._comments_xml())
                target.writestr("word/commentsExtended.xml", self._extended_xml())
        return out.getvalue()


def _paragraph_of(node: Any) -> Any:
    while node is not None and node.tag != _w("p"):
        node = node.getparent()
    return node


def _mark_paragraph(paragraph: Any, tag: str, mark: Any) -> None:
    """Word marks a paragraph's own mark (its pilcrow) inserted/deleted in ``w:pPr/w:rPr``."""
    properties = paragraph.find(_w("pPr"))
    if properties is None:
        properties = etree.Element(_w("pPr"))
        paragraph.insert(0, properties)
    run_properties = properties.find(_w("rPr"))
    if run_properties is None:
        run_properties = etree.SubElement(properties, _w("rPr"))
    run_properties.append(etree.Element(_w(tag), dict(mark.attrib)))


def move(review: WordReview, phrase: str, after: str, author: str, date: str) -> None:
    """Word's drag-and-drop with Track Changes on: ``w:moveFrom`` where the words were,
    ``w:moveTo`` where they went (both tagged with the same move name)."""
    run, position = review._find(phrase)
    pieces = review._split(run, position, position + len(phrase))
    model = copy.deepcopy(pieces[1])
    source = review._mark("moveFrom", author, date)
    pieces[1].getparent().replace(pieces[1], source)
    source.append(pieces[1])
    pieces[1].find(_w("t")).tag = _w("t")  # moved text stays w:t in moveFrom
    anchor, at = review._find(after)
    parts = review._split(anchor, at, at + len(after))
    target = review._mark("moveTo", author, date)
    run_copy = copy.deepcopy(model)
    target.append(run_copy)
    parts[1].addnext(target)


def reformat(review: WordReview, phrase: str, author: str, date: str) -> None:
    """Bold with Track Changes on: ``w:rPrChange`` holding the run's old properties."""
    run, position = review._find(phrase)
    pieces = review._split(run, position, position + len(phrase))
    target = pieces[1]
    properties = target.find(_w("rPr"))
    if properties is None:
        properties = etree.Element(_w("rPr"))
        target.insert(0, properties)
    old = copy.deepcopy(properties)
    properties.append(etree.Element(_w("b")))
    change = review._mark("rPrChange", author, date)
    change.append(old)
    properties.append(change)


def insert_paragraph_after(review: WordReview, phrase: str, text: str, author: str,
                           date: str) -> None:
    """A new paragraph typed after the one holding ``phrase``: its runs in ``w:ins`` and
    its paragraph mark marked inserted."""
    run, _ = review._find(phrase)
    paragraph = _paragraph_of(run)
    new = etree.Element(_w("p"))
    style = paragraph.find(_w("pPr"))
    if style is not None:
        new.append(copy.deepcopy(style))
        for old in new.iter(_w("ins"), _w("del")):
            old.getparent().remove(old)
    wrapper = review._mark("ins", author, date)
    _mark_paragraph(new, "ins", wrapper)
    run_element = etree.SubElement(wrapper, _w("r"))
    node = etree.SubElement(run_element, _w("t"))
    node.text = text
    new.append(wrapper)
    paragraph.addnext(new)


def delete_paragraph(review: WordReview, phrase: str, author: str, date: str) -> None:
    """The paragraph holding ``phrase`` deleted whole: every run in ``w:del``."""
    run, _ = review._find(phrase)
    paragraph = _paragraph_of(run)
    runs = [r for r in paragraph.iter(_w("r"))]
    mark = review._mark("del", author, date)
    _mark_paragraph(paragraph, "del", mark)
    for element in runs:
        wrapper = review._mark("del", author, date)
        element.getparent().replace(element, wrapper)
        wrapper.append(element)
        for node in element.iter(_w("t")):
            node.tag = _w("delText")
