"""*Kasus* and *Imbauan*: the facts of a case disclosure, the points of a public advisory.

These sections only matter for the ``pengungkapan-kasus`` and ``imbauan`` templates, so the
window shows their tabs for those kinds (or when a draft already holds such content).
Suspects are named by initials only: the presumption of innocence is the unit's rule.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.model import Suspect
from ui.forms.base import Section, form_layout, hint_label
from ui.forms.list_editor import ListEditor, TextList
from ui.widgets import CheckedField, LineEdit, TextEdit

CONTEXT = "CaseForm"
CASE_TEMPLATE = "pengungkapan-kasus"
ADVISORY_TEMPLATE = "imbauan"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def suspect_label(suspect: Suspect) -> str:
    who = suspect.initials or _tr("(tanpa inisial)")
    age = _tr(", {age} tahun").format(age=suspect.age) if suspect.age else ""
    role = f" — {suspect.role}" if suspect.role else ""
    return f"{who}{age}{role}"


def _scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class CaseForm(Section):
    """Suspects (initials, age, role), modus, evidence, articles of law and the penalty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suspects = ListEditor()
        self.suspects.add_button.setText(_tr("Tambah tersangka"))
        self.suspects.add_button.clicked.connect(self.add_suspect)
        self.suspects.removeRequested.connect(self.remove_suspect)
        self.suspects.moved.connect(self._suspects_moved)
        self.suspects.currentChanged.connect(self._show_suspect)
        self.suspects.list.setMinimumHeight(80)
        self.suspects.list.setMaximumHeight(120)
        self.initials = LineEdit()
        self.initials.setPlaceholderText(_tr("mis. RS"))
        self.initials.setMaximumWidth(110)
        self.age = LineEdit()
        self.age.setPlaceholderText(_tr("umur"))
        self.age.setMaximumWidth(70)
        self.role = LineEdit()
        self.role.setPlaceholderText(_tr("peran, mis. kurir"))
        for widget, attribute in ((self.initials, "initials"), (self.age, "age"),
                                  (self.role, "role")):
            widget.textChanged.connect(lambda text, a=attribute: self._set_suspect(a, text))
        self.modus = TextEdit()
        self.modus.path = "case.modus"
        self.modus.setPlaceholderText(_tr("Bagaimana perbuatan itu dilakukan"))
        self.modus.setMinimumHeight(70)
        self.modus.setMaximumHeight(110)
        self.modus.textChanged.connect(self._modus_changed)
        self.evidence = TextList("evidence", _tr("Tambah barang bukti"),
                                 _tr("mis. satu unit sepeda motor"))
        self.evidence.edited.connect(self.changed)
        self.articles = TextList("articles", _tr("Tambah pasal"),
                                 _tr("mis. Pasal 363 KUHP"))
        self.articles.edited.connect(self.changed)
        self.penalty = LineEdit()
        self.penalty.setPlaceholderText(_tr("mis. pidana penjara paling lama tujuh tahun"))
        self.penalty.textChanged.connect(self._penalty_changed)

        suspects_box = QGroupBox(_tr("Tersangka"))
        suspects_layout = QVBoxLayout(suspects_box)
        suspects_layout.addWidget(self.suspects)
        row = QHBoxLayout()
        row.addWidget(self.initials)
        row.addWidget(self.age)
        row.addWidget(self.role, 1)
        suspects_layout.addLayout(row)
        suspects_layout.addWidget(hint_label(_tr("Sebut tersangka dengan inisial saja.")))
        self.suspect_fields = (self.initials, self.age, self.role)

        facts = QGroupBox(_tr("Perkara"))
        form = form_layout()
        form.addRow(_tr("Modus"), self.modus)
        form.addRow(_tr("Barang bukti"), self.evidence)
        form.addRow(_tr("Pasal"), self.articles)
        form.addRow(_tr("Ancaman"), self.penalty)
        facts.setLayout(form)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(suspects_box)
        inner.addWidget(facts)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolled(content))

    def _fill(self) -> None:
        case = self.release.case
        self.suspects.set_rows([(suspect_label(s), None) for s in case.suspects],
                               self.suspects.current_row())
        self._show_suspect()
        if self.modus.toPlainText() != case.modus:
            self.modus.setPlainText(case.modus)
        if self.penalty.text() != case.penalty:
            self.penalty.setText(case.penalty)
        self.evidence.set_items(case.evidence)
        self.articles.set_items(case.articles)

    def current_suspect(self) -> Suspect | None:
        row = self.suspects.current_row()
        suspects = self.release.case.suspects
        return suspects[row] if 0 <= row < len(suspects) else None

    def _show_suspect(self, _row: int = -1) -> None:
        suspect = self.current_suspect()
        for widget in self.suspect_fields:
            widget.setEnabled(suspect is not None)
        shown = suspect or Suspect()
        was, self._loading = self._loading, True
        try:
            for widget, value in ((self.initials, shown.initials), (self.age, shown.age),
                                  (self.role, shown.role)):
                if widget.text() != value:
                    widget.setText(value)
        finally:
            self._loading = was

    def _set_suspect(self, attribute: str, value: str) -> None:
        suspect = self.current_suspect()
        if self._loading or suspect is None or getattr(suspect, attribute) == value:
            return
        setattr(suspect, attribute, value)
        row = self.suspects.current_row()
        self.suspects.update_row(row, suspect_label(suspect))
        self.changed(f"suspects.{row}.{attribute}", _tr("Ubah tersangka"))

    def add_suspect(self) -> None:
        self.release.case.suspects.append(Suspect())
        row = len(self.release.case.suspects) - 1
        self.suspects.set_rows([(suspect_label(s), None) for s in self.release.case.suspects],
                               row)
        self._show_suspect()
        self.changed(f"suspects+{row}", _tr("Tambah tersangka"))
        self.initials.setFocus()

    def remove_suspect(self, row: int) -> None:
        del self.release.case.suspects[row]
        self._fill()
        self.changed(f"suspects-{row}", _tr("Hapus tersangka"))

    def _suspects_moved(self, order: list[int], current: int) -> None:
        suspects = self.release.case.suspects
        suspects[:] = [suspects[index] for index in order]
        self.suspects.set_rows([(suspect_label(s), None) for s in suspects], current)
        self._show_suspect()
        self.changed(f"suspects~{order}", _tr("Urutkan tersangka"))

    def _modus_changed(self) -> None:
        text = self.modus.toPlainText()
        if text != self.release.case.modus:
            self.release.case.modus = text
            self.changed("case.modus", _tr("Ubah modus"))

    def _penalty_changed(self, text: str) -> None:
        if text != self.release.case.penalty:
            self.release.case.penalty = text
            self.changed("case.penalty", _tr("Ubah ancaman"))

    def field_for(self, path: str) -> CheckedField | None:
        parts = path.split(".")
        if path == "case.modus":
            return self.modus
        if path == "case.penalty":
            return self.penalty
        if len(parts) >= 2 and parts[1].isdigit():
            row = int(parts[1])
            if parts[0] == "evidence":
                self.evidence.select(row)
                return self.evidence.text
            if parts[0] == "articles":
                self.articles.select(row)
                return self.articles.text
            if parts[0] == "suspects":
                self.suspects.select(row)
                return {"initials": self.initials, "age": self.age,
                        "role": self.role}.get(parts[2] if len(parts) > 2 else "", self.initials)
        return None

    def checked_fields(self) -> list[CheckedField]:
        return [self.modus]


class PointsForm(Section):
    """The numbered points of a public advisory (*imbauan*)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = TextList("points", _tr("Tambah butir imbauan"),
                               _tr("mis. Kunci ganda kendaraan saat diparkir"), numbered=True)
        self.points.edited.connect(self.changed)
        box = QGroupBox(_tr("Butir imbauan"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.points, 1)
        box_layout.addWidget(hint_label(_tr(
            "Butir dicetak bernomor setelah paragraf pembuka. Tulis satu ajakan per butir.")))
        layout = QVBoxLayout(self)
        layout.addWidget(box, 1)
        layout.setAlignment(box, Qt.AlignmentFlag.AlignTop)

    def _fill(self) -> None:
        self.points.set_items(self.release.points)

    def field_for(self, path: str) -> CheckedField | None:
        parts = path.split(".")
        if len(parts) == 2 and parts[0] == "points" and parts[1].isdigit():
            self.points.select(int(parts[1]))
            return self.points.text
        return None
