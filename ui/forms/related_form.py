"""*Berita terkait*: related stories printed under the release (title and link)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from app.release.model import RelatedStory
from app.render.document import safe_url
from ui.forms.base import Section, form_layout, hint_label
from ui.forms.list_editor import ListEditor
from ui.widgets import CheckedField, LineEdit

CONTEXT = "RelatedForm"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RelatedForm(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = ListEditor()
        self.list.add_button.setText(_tr("Tambah berita"))
        self.list.add_button.clicked.connect(self.add_story)
        self.list.removeRequested.connect(self.remove_story)
        self.list.moved.connect(self._moved)
        self.list.currentChanged.connect(self._show_current)
        self.title = LineEdit()
        self.title.setPlaceholderText(_tr("Judul berita terkait"))
        self.title.textChanged.connect(lambda text: self._set("title", text, _tr("Ubah judul")))
        self.url = LineEdit()
        self.url.setPlaceholderText("https://…")
        self.url.textChanged.connect(self._url_changed)
        self.url_hint = hint_label("")
        details = QGroupBox(_tr("Berita terpilih"))
        form = form_layout()
        form.addRow(_tr("Judul"), self.title)
        form.addRow(_tr("Tautan"), self.url)
        form.addRow("", self.url_hint)
        details.setLayout(form)
        self.details = details
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(details)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def current(self) -> RelatedStory | None:
        row = self.list.current_row()
        return self.release.related[row] if 0 <= row < len(self.release.related) else None

    @staticmethod
    def row_text(story: RelatedStory) -> str:
        title = story.title or _tr("(tanpa judul)")
        return f"{title}  ·  {story.url}" if story.url else title

    def _fill(self) -> None:
        self.list.set_rows([(self.row_text(s), None) for s in self.release.related],
                           self.list.current_row())
        self._show_current()

    def _show_current(self, _row: int = -1) -> None:
        story = self.current()
        self.details.setEnabled(story is not None)
        story = story or RelatedStory()
        self.title.path = f"related.{self.list.current_row()}.title"
        was, self._loading = self._loading, True
        try:
            for widget, value in ((self.title, story.title), (self.url, story.url)):
                if widget.text() != value:
                    widget.setText(value)
        finally:
            self._loading = was
        self._update_hint()

    def _update_hint(self) -> None:
        url = self.url.text().strip()
        bad = bool(url) and not safe_url(url)
        self.url_hint.setText(_tr("Tautan harus diawali http:// atau https://; tautan ini "
                                  "tidak akan dicetak.") if bad else "")

    def _set(self, attribute: str, value: str, label: str) -> None:
        story = self.current()
        if self._loading or story is None or getattr(story, attribute) == value:
            return
        setattr(story, attribute, value)
        row = self.list.current_row()
        self.list.update_row(row, self.row_text(story))
        self.changed(f"related.{row}.{attribute}", label)

    def _url_changed(self, text: str) -> None:
        self._update_hint()
        self._set("url", text.strip(), _tr("Ubah tautan"))

    def add_story(self) -> None:
        self.release.related.append(RelatedStory())
        row = len(self.release.related) - 1
        self.list.set_rows([(self.row_text(s), None) for s in self.release.related], row)
        self._show_current()
        self.changed(f"related+{row}", _tr("Tambah berita terkait"))
        self.title.setFocus()

    def remove_story(self, row: int) -> None:
        del self.release.related[row]
        self._fill()
        self.changed(f"related-{row}", _tr("Hapus berita terkait"))

    def _moved(self, order: list[int], current: int) -> None:
        self.release.related = [self.release.related[index] for index in order]
        self.list.set_rows([(self.row_text(s), None) for s in self.release.related], current)
        self._show_current()
        self.changed(f"related~{order}", _tr("Urutkan berita terkait"))

    def field_for(self, path: str) -> CheckedField | None:
        parts = path.split(".")
        if len(parts) == 3 and parts[0] == "related":
            self.list.select(int(parts[1]))
            return self.title if parts[2] == "title" else None
        return None

    def checked_fields(self) -> list[CheckedField]:
        return [self.title]
