"""*Kasus* and *Imbauan*: the facts of a case disclosure, the points of a public advisory.

These sections only matter for the ``pengungkapan-kasus`` and ``imbauan`` templates, so the
window shows their tabs for those kinds (or when a draft already holds such content).
Suspects are named by initials only (KUHAP baru, UU 20/2025, Pasal 91): a full name is
refused inline, with the initials offered. Victims and witnesses are listed with their
protection marks (child, victim of a sexual crime); what is typed for them is never printed,
the checklist uses it to make sure the release does not reveal them (``app.review.protection``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.release.model import PERSON_ROLES, Person, Suspect
from app.review.protection import initials_of, initials_problem, is_child
from ui.forms.base import Section, form_layout, hint_label
from ui.forms.list_editor import ListEditor, TextList
from ui.widgets import CheckedField, LineEdit, TextEdit

CONTEXT = "CaseForm"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def suspect_label(suspect: Suspect) -> str:
    who = suspect.initials or _tr("(tanpa inisial)")
    age = _tr(", {age} tahun").format(age=suspect.age) if suspect.age else ""
    role = f" — {suspect.role}" if suspect.role else ""
    child = _tr(" [anak]") if is_child(suspect.child, suspect.age) else ""
    return f"{who}{age}{role}{child}"


def role_name(role: str) -> str:
    return {"korban": _tr("Korban"), "saksi": _tr("Saksi")}.get(role, role)


def person_label(person: Person) -> str:
    who = person.initials or _tr("(tanpa inisial)")
    age = _tr(", {age} tahun").format(age=person.age) if person.age else ""
    marks = [mark for mark, on in ((_tr("anak"), is_child(person.child, person.age)),
                                   (_tr("korban kejahatan seksual"), person.sexual_victim))
             if on]
    protected = f" [{', '.join(marks)}]" if marks else ""
    return f"{role_name(person.role)}: {who}{age}{protected}"


def initials_message(text: str) -> str:
    """The inline refusal under the initials field (empty when the text is initials)."""
    if not initials_problem(text):
        return ""
    return _tr("\"{text}\" bukan inisial: tersangka hanya disebut dengan inisial "
               "(KUHAP baru, UU 20/2025, Pasal 91).").format(text=text.strip())


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
        for widget, attribute in ((self.age, "age"), (self.role, "role")):
            widget.textChanged.connect(lambda text, a=attribute: self._set_suspect(a, text))
        self.initials.textChanged.connect(self._initials_changed)
        self.initials_error = QLabel()
        self.initials_error.setObjectName("error")
        self.initials_error.setWordWrap(True)
        self.initials_error.setStyleSheet("color: #b00020;")
        self.initials_error.hide()
        self.use_initials = QPushButton()
        self.use_initials.hide()
        self.use_initials.clicked.connect(self._use_offered_initials)
        self.suspect_child = QCheckBox(_tr("Anak (di bawah 18 tahun)"))
        self.suspect_child.toggled.connect(self._suspect_child_toggled)
        self.persons = ListEditor()
        self.persons.add_button.setText(_tr("Tambah korban/saksi"))
        self.persons.add_button.clicked.connect(self.add_person)
        self.persons.removeRequested.connect(self.remove_person)
        self.persons.moved.connect(self._persons_moved)
        self.persons.currentChanged.connect(self._show_person)
        self.persons.list.setMinimumHeight(70)
        self.persons.list.setMaximumHeight(110)
        self.person_role = QComboBox()
        for role in PERSON_ROLES:
            self.person_role.addItem(role_name(role), role)
        self.person_role.currentIndexChanged.connect(self._person_role_changed)
        self.person_initials = LineEdit()
        self.person_initials.setPlaceholderText(_tr("inisial, mis. NA"))
        self.person_age = LineEdit()
        self.person_age.setPlaceholderText(_tr("umur"))
        self.person_age.setMaximumWidth(70)
        self.person_name = LineEdit()
        self.person_name.setPlaceholderText(_tr("nama lengkap (tidak dicetak)"))
        self.person_school = LineEdit()
        self.person_school.setPlaceholderText(_tr("sekolah (tidak dicetak)"))
        self.person_parents = LineEdit()
        self.person_parents.setPlaceholderText(_tr("nama orang tua (tidak dicetak)"))
        self.person_address = LineEdit()
        self.person_address.setPlaceholderText(_tr("alamat (tidak dicetak)"))
        self.person_texts = {"initials": self.person_initials, "age": self.person_age,
                             "name": self.person_name, "school": self.person_school,
                             "parents": self.person_parents, "address": self.person_address}
        for attribute, widget in self.person_texts.items():
            widget.textChanged.connect(lambda text, a=attribute: self._set_person(a, text))
        self.person_child = QCheckBox(_tr("Anak (di bawah 18 tahun)"))
        self.person_child.toggled.connect(lambda on: self._set_person("child", on))
        self.person_sexual = QCheckBox(_tr("Korban kejahatan seksual"))
        self.person_sexual.toggled.connect(lambda on: self._set_person("sexual_victim", on))
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
        error_row = QHBoxLayout()
        error_row.addWidget(self.initials_error, 1)
        error_row.addWidget(self.use_initials)
        suspects_layout.addLayout(error_row)
        suspects_layout.addWidget(self.suspect_child)
        suspects_layout.addWidget(hint_label(_tr("Sebut tersangka dengan inisial saja.")))
        self.suspect_fields = (self.initials, self.age, self.role, self.suspect_child)

        persons_box = QGroupBox(_tr("Korban dan saksi"))
        persons_layout = QVBoxLayout(persons_box)
        persons_layout.addWidget(self.persons)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_role)
        person_row.addWidget(self.person_initials)
        person_row.addWidget(self.person_age)
        persons_layout.addLayout(person_row)
        marks_row = QHBoxLayout()
        marks_row.addWidget(self.person_child)
        marks_row.addWidget(self.person_sexual)
        marks_row.addStretch(1)
        persons_layout.addLayout(marks_row)
        details = form_layout()
        for label, widget in ((_tr("Nama"), self.person_name),
                              (_tr("Sekolah"), self.person_school),
                              (_tr("Orang tua"), self.person_parents),
                              (_tr("Alamat"), self.person_address)):
            details.addRow(label, widget)
        persons_layout.addLayout(details)
        persons_layout.addWidget(hint_label(_tr(
            "Anak (UU SPPA Pasal 19) dan korban kejahatan seksual (Kode Etik Jurnalistik "
            "Pasal 5) tidak boleh dikenali: nama, sekolah, orang tua dan alamat yang diisi di "
            "sini tidak dicetak, dan daftar periksa gagal bila muncul di rilis.")))
        self.person_fields: tuple[QWidget, ...] = (
            self.person_role, *self.person_texts.values(), self.person_child,
            self.person_sexual)

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
        inner.addWidget(persons_box)
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
        self.persons.set_rows([(person_label(p), None) for p in case.persons],
                              self.persons.current_row())
        self._show_person()
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
            self.suspect_child.setChecked(shown.child)
        finally:
            self._loading = was
        self._show_initials_problem(shown.initials)

    def _show_initials_problem(self, text: str) -> None:
        message = initials_message(text)
        offered = initials_of(text) if message else ""
        self.initials_error.setText(message)
        self.initials_error.setVisible(bool(message))
        self.use_initials.setText(_tr("Pakai {initials}").format(initials=offered))
        self.use_initials.setVisible(bool(offered))

    def _initials_changed(self, text: str) -> None:
        """A full name is refused: it stays in the field, with the message and the
        initials offered, but never reaches the release (nor its exports)."""
        self._show_initials_problem(text)
        if not initials_problem(text):
            self._set_suspect("initials", text)

    def _use_offered_initials(self) -> None:
        offered = initials_of(self.initials.text())
        if offered:
            self.initials.setText(offered)

    def _suspect_child_toggled(self, checked: bool) -> None:
        suspect = self.current_suspect()
        if self._loading or suspect is None or suspect.child == checked:
            return
        suspect.child = checked
        row = self.suspects.current_row()
        self.suspects.update_row(row, suspect_label(suspect))
        self.changed(f"suspects.{row}.child", _tr("Ubah tanda anak"))

    # ------------------------------------------------------------ victims and witnesses

    def current_person(self) -> Person | None:
        row = self.persons.current_row()
        persons = self.release.case.persons
        return persons[row] if 0 <= row < len(persons) else None

    def _show_person(self, _row: int = -1) -> None:
        person = self.current_person()
        for widget in self.person_fields:
            widget.setEnabled(person is not None and not self.read_only)
        shown = person or Person()
        was, self._loading = self._loading, True
        try:
            self.person_role.setCurrentIndex(max(0, self.person_role.findData(shown.role)))
            for attribute, widget in self.person_texts.items():
                value = getattr(shown, attribute)
                if widget.text() != value:
                    widget.setText(value)
            self.person_child.setChecked(shown.child)
            self.person_sexual.setChecked(shown.sexual_victim)
        finally:
            self._loading = was

    def _set_person(self, attribute: str, value: str | bool) -> None:
        person = self.current_person()
        if self._loading or person is None or getattr(person, attribute) == value:
            return
        setattr(person, attribute, value)
        row = self.persons.current_row()
        self.persons.update_row(row, person_label(person))
        self.changed(f"persons.{row}.{attribute}", _tr("Ubah korban/saksi"))

    def _person_role_changed(self, index: int) -> None:
        role = self.person_role.itemData(index)
        if isinstance(role, str):
            self._set_person("role", role)

    def add_person(self) -> None:
        self.release.case.persons.append(Person())
        row = len(self.release.case.persons) - 1
        self.persons.set_rows([(person_label(p), None) for p in self.release.case.persons], row)
        self._show_person()
        self.changed(f"persons+{row}", _tr("Tambah korban/saksi"))
        self.person_initials.setFocus()

    def remove_person(self, row: int) -> None:
        del self.release.case.persons[row]
        self._fill()
        self.changed(f"persons-{row}", _tr("Hapus korban/saksi"))

    def _persons_moved(self, order: list[int], current: int) -> None:
        persons = self.release.case.persons
        persons[:] = [persons[index] for index in order]
        self.persons.set_rows([(person_label(p), None) for p in persons], current)
        self._show_person()
        self.changed(f"persons~{order}", _tr("Urutkan korban/saksi"))

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

    def checked_fields(self) -> list[CheckedField]:
        return [self.points.text]
