"""*Samarkan foto*: mark the regions of a photo to blur in every export.

The photo is shown as it will leave Rilis (regions already blurred); *Deteksi wajah* adds
the faces OpenCV finds, dragging adds a rectangle, a click on a rectangle removes it. The
dialog only edits the list of regions: ``app.render.blur`` applies them to exported copies, and
the original file is never written.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.release.blur_regions import clip_region
from app.release.model import Photo
from app.render.blur import BlurError, blur_image, detect_faces, open_photo

logger = logging.getLogger(__name__)

CONTEXT = "BlurDialog"
VIEW_SIZE = QSize(760, 520)
MIN_DRAG = 6
"""Pixels a press must move to draw a rectangle; less is a click (removes a region)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _overlap(a: list[float], b: list[float]) -> float:
    """Intersection over the smaller area: a face found twice is not added twice."""
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    return width * height / max(1e-9, min(a[2] * a[3], b[2] * b[3]))


class BlurCanvas(QWidget):
    """The photo fitted to the widget, with its regions blurred and outlined."""

    regionsChanged = Signal()

    def __init__(self, path: str, regions: list[list[float]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blurCanvas")
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.regions: list[list[float]] = [list(region) for region in regions]
        self._source = self._load(path)
        self._shown = QPixmap()
        self._press: QPointF | None = None
        self._drag: QPointF | None = None
        self._refresh()

    @staticmethod
    def _load(path: str) -> object | None:
        """The photo as a PIL image (small enough to blur live), or None."""
        from PIL import Image

        try:
            image = open_photo(path)
        except BlurError as error:
            logger.warning("%s", error)
            return None
        image.thumbnail((1200, 1200), Image.Resampling.LANCZOS)
        return image

    @property
    def loaded(self) -> bool:
        return self._source is not None

    def sizeHint(self) -> QSize:
        return VIEW_SIZE

    def _refresh(self) -> None:
        from PIL.Image import Image

        source = self._source
        if not isinstance(source, Image):
            self._shown = QPixmap()
        else:
            blurred = blur_image(source, self.regions).convert("RGB")
            data = blurred.tobytes()
            image = QImage(data, blurred.width, blurred.height, 3 * blurred.width,
                           QImage.Format.Format_RGB888).copy()
            self._shown = QPixmap.fromImage(image)
        self.update()

    def image_rect(self) -> QRectF:
        """Where the photo is drawn (fitted, centred)."""
        if self._shown.isNull():
            return QRectF()
        size = self._shown.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        return QRectF(left, top, size.width(), size.height())

    def _to_photo(self, point: QPointF) -> QPointF:
        rect = self.image_rect()
        return QPointF((point.x() - rect.left()) / rect.width(),
                       (point.y() - rect.top()) / rect.height())

    def _region_rect(self, region: list[float]) -> QRectF:
        rect = self.image_rect()
        return QRectF(rect.left() + region[0] * rect.width(),
                      rect.top() + region[1] * rect.height(),
                      region[2] * rect.width(), region[3] * rect.height())

    def set_regions(self, regions: list[list[float]]) -> None:
        self.regions = [list(region) for region in regions]
        self._refresh()
        self.regionsChanged.emit()

    def add_region(self, region: list[float]) -> bool:
        clipped = clip_region((region[0], region[1], region[2], region[3]))
        if clipped is None or any(_overlap(list(clipped), old) > 0.6 for old in self.regions):
            return False
        self.set_regions([*self.regions, list(clipped)])
        return True

    def remove_at(self, point: QPointF) -> bool:
        """Remove the topmost region under ``point`` (widget coordinates)."""
        for index in range(len(self.regions) - 1, -1, -1):
            if self._region_rect(self.regions[index]).contains(point):
                self.set_regions(self.regions[:index] + self.regions[index + 1:])
                return True
        return False

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._shown.isNull():
            self._press = event.position()
            self._drag = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self._drag = event.position()
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press, self._drag = self._press, None, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        end = event.position()
        if abs(end.x() - press.x()) < MIN_DRAG and abs(end.y() - press.y()) < MIN_DRAG:
            self.remove_at(end)
            return
        start, stop = self._to_photo(press), self._to_photo(end)
        self.add_region([min(start.x(), stop.x()), min(start.y(), stop.y()),
                         abs(stop.x() - start.x()), abs(stop.y() - start.y())])

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2b2b"))
        if self._shown.isNull():
            painter.setPen(QColor("white"))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                             _tr("Foto tidak ditemukan atau tidak dapat dibaca."))
            return
        painter.drawPixmap(self.image_rect(), self._shown, QRectF(self._shown.rect()))
        pen = QPen(QColor("#ff3b30"), 2)
        painter.setPen(pen)
        for region in self.regions:
            painter.drawRect(self._region_rect(region))
        if self._press is not None and self._drag is not None:
            painter.setPen(QPen(QColor("#ffd60a"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self._press, self._drag).normalized())
        painter.end()


class BlurDialog(QDialog):
    """Edit the blur regions of one photo; ``regions()`` after OK."""

    def __init__(self, path: str, regions: list[list[float]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Samarkan foto"))
        self.path = path
        self.canvas = BlurCanvas(path, regions, self)
        self.canvas.regionsChanged.connect(self._show_count)
        hint = QLabel(_tr("Seret untuk menandai daerah yang disamarkan; klik sebuah kotak "
                          "untuk menghapusnya. Foto asli tidak diubah: penyamaran diterapkan "
                          "pada salinan yang diekspor."))
        hint.setWordWrap(True)
        self.detect_button = QPushButton(_tr("Deteksi wajah"))
        self.detect_button.clicked.connect(self.detect)
        self.clear_button = QPushButton(_tr("Hapus semua"))
        self.clear_button.clicked.connect(lambda: self.canvas.set_regions([]))
        self.status = QLabel()
        self.status.setObjectName("blurStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        tools.addWidget(self.detect_button)
        tools.addWidget(self.clear_button)
        tools.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(tools)
        layout.addWidget(buttons)
        self.detect_button.setEnabled(self.canvas.loaded)
        self._show_count()

    def regions(self) -> list[list[float]]:
        return [list(region) for region in self.canvas.regions]

    def _show_count(self) -> None:
        count = len(self.canvas.regions)
        self.status.setText(_tr("{n} daerah disamarkan.").format(n=count) if count
                            else _tr("Belum ada daerah yang disamarkan."))

    def detect(self) -> int:
        """Add the faces found; returns how many were added."""
        try:
            faces = detect_faces(self.path)
        except BlurError as error:
            self.status.setText(str(error))
            return 0
        added = sum(1 for face in faces if self.canvas.add_region(face))
        if not faces:
            self.status.setText(_tr("Tidak ada wajah yang ditemukan; tandai secara manual "
                                    "bila perlu."))
        else:
            self.status.setText(_tr("{found} wajah ditemukan, {added} ditambahkan. "
                                    "Periksa hasilnya: deteksi otomatis bisa terlewat.")
                                .format(found=len(faces), added=added))
        return added


def edit_blur(parent: QWidget, photo: Photo) -> bool:
    """Open the dialog on ``photo``; True when its regions were changed."""
    dialog = BlurDialog(photo.path, photo.blur_regions, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    regions = dialog.regions()
    if regions == photo.blur_regions:
        return False
    photo.blur_regions = regions
    return True
