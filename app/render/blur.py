"""*Samarkan*: blur faces and hand-drawn regions in the exported copy of a photo.

UU SPPA (UU 11/2012, Pasal 19) and the Kadiv Humas telegram ST/750/IV/HUM.3.4.5./2021 ask
that the faces of children, victims and suspects be unrecognisable. The regions are stored
with the photo (``Photo.blur_regions``, fractions of width and height, so they survive a
resize) and applied to a copy made for the export: the original file is never written.

Faces are found by OpenCV's Haar cascade, which the ``opencv-python-headless`` wheel ships
(``cv2.data.haarcascades``): offline, no model download. OpenCV and Pillow are imported
only when a photo is actually blurred or searched, so the draft loader stays light.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import math
import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.base.cache import private_dir
from app.base.errors import RilisError
from app.base.userfile import read_user_file
from app.release.blur_regions import clip_region

if TYPE_CHECKING:
    from PIL.Image import Image

    from app.release.model import Release
    from app.render.document import Document

logger = logging.getLogger(__name__)

CASCADE = "haarcascade_frontalface_default.xml"
CACHE_FOLDER = "blurred"
COPY_PIXELS = 2400
"""Long side of the blurred copy: more than any export keeps (1600), far less than a camera."""
DETECT_PIXELS = 1280
"""Long side searched for faces: a face a reader could recognise is still 30+ px there,
and the cascade runs several times faster than on the full copy."""
FACE_MARGIN = 0.15
"""Detected boxes hug the eyes and mouth; hair, ears and chin identify a person too."""
_FORMAT = "rilis-blur-1"


class BlurError(RilisError):
    """A photo cannot be opened, searched or blurred."""


def pixel_box(region: Sequence[float], width: int, height: int) -> tuple[int, int, int, int]:
    """``(left, top, right, bottom)`` in pixels, covering every pixel the region touches."""
    x, y, w, h = region
    left = max(0, math.floor(x * width))
    top = max(0, math.floor(y * height))
    right = min(width, max(left + 1, math.ceil((x + w) * width)))
    bottom = min(height, max(top + 1, math.ceil((y + h) * height)))
    return left, top, right, bottom


def blur_image(image: Image, regions: Sequence[Sequence[float]]) -> Image:
    """A copy of ``image`` with each region pixelated then smoothed: the pixels outside
    the regions are untouched, and what is inside cannot be sharpened back."""
    from PIL import Image as PILImage
    from PIL import ImageFilter

    result = image.copy()
    for region in regions:
        left, top, right, bottom = pixel_box(region, image.width, image.height)
        patch = result.crop((left, top, right, bottom))
        # ~8 blocks across the region whatever its size: a face becomes a few flat tiles
        block = max(1, max(patch.width, patch.height) // 8)
        small = patch.resize((max(1, patch.width // block), max(1, patch.height // block)),
                             PILImage.Resampling.BOX)
        patch = small.resize(patch.size, PILImage.Resampling.NEAREST)
        patch = patch.filter(ImageFilter.GaussianBlur(radius=max(1, block // 2)))
        result.paste(patch, (left, top))
    return result


def detect_faces(path: str | Path) -> list[list[float]]:
    """Faces in the photo as regions (with a margin), largest first; [] when none."""
    try:
        import cv2
        import numpy
    except ImportError as error:
        raise BlurError("Deteksi wajah butuh paket opencv-python-headless, yang belum "
                        "terpasang. Gambar kotak secara manual.") from error
    image = open_photo(path)
    image.thumbnail((DETECT_PIXELS, DETECT_PIXELS))  # regions are fractions: size-free
    gray = numpy.asarray(image.convert("L"))
    return faces_in(gray, cv2)


def faces_in(gray: Any, cv2: Any) -> list[list[float]]:
    """Faces in a grayscale numpy array (cv2 passed in: imported by the caller)."""
    height, width = gray.shape[:2]
    classifier = cv2.CascadeClassifier(str(Path(cv2.data.haarcascades) / CASCADE))
    if classifier.empty():
        raise BlurError("Model deteksi wajah OpenCV tidak ditemukan; gambar kotak secara "
                        "manual.")
    smallest = max(24, min(width, height) // 40)
    found = classifier.detectMultiScale(cv2.equalizeHist(gray), scaleFactor=1.1,
                                        minNeighbors=5, minSize=(smallest, smallest))
    regions: list[list[float]] = []
    for x, y, w, h in sorted((tuple(int(v) for v in box) for box in found),
                             key=lambda box: -box[2] * box[3]):
        grow_w, grow_h = w * FACE_MARGIN, h * FACE_MARGIN
        region = clip_region(((x - grow_w) / width, (y - grow_h) / height,
                              (w + 2 * grow_w) / width, (h + 2 * grow_h) / height))
        if region is not None:
            regions.append(list(region))
    logger.info("face detection: %d face(s) in %dx%d", len(regions), width, height)
    return regions


def _photo_bytes(path: str | Path) -> bytes:
    """A photo's bytes through the safe reader: a regular file only (a FIFO would hang
    the export), no bigger than any photo Rilis embeds."""
    from app.render.images import MAX_PHOTO_BYTES

    try:
        return read_user_file(path, MAX_PHOTO_BYTES, "Foto")
    except RilisError as error:
        raise BlurError(str(error)) from error


def open_photo(path: str | Path, data: bytes | None = None) -> Image:
    """The photo upright and in RGB, at most COPY_PIXELS on its long side (``data``: its
    bytes when the caller has read them already)."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    from app.render.images import MAX_IMAGE_PIXELS

    PILImage.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    content = _photo_bytes(path) if data is None else data
    try:
        with PILImage.open(io.BytesIO(content)) as original:
            image = ImageOps.exif_transpose(original) or original
            image.thumbnail((COPY_PIXELS, COPY_PIXELS))
            return image.convert("RGB")
    except (OSError, UnidentifiedImageError, PILImage.DecompressionBombError,
            ValueError) as error:
        raise BlurError(f"Foto {path} tidak dapat dibuka: {error}") from error


def blurred_copy(path: str, regions: Sequence[Sequence[float]],
                 folder: Path | None = None) -> str:
    """The path of a copy of ``path`` with ``regions`` blurred (PNG, made once and kept in
    the cache by the photo's content and the regions); ``path`` itself is only read."""
    if not regions:
        return path
    try:
        stat = Path(path).stat()
    except OSError as error:
        raise BlurError(f"Foto {path} tidak ditemukan: {error.strerror}") from error
    key = tuple(tuple(float(value) for value in region) for region in regions)
    copy = _blurred_copy(path, stat.st_size, stat.st_mtime_ns, key, folder)
    if not Path(copy).is_file():  # the cache folder was cleaned meanwhile
        _blurred_copy.cache_clear()
        copy = _blurred_copy(path, stat.st_size, stat.st_mtime_ns, key, folder)
    return copy


@lru_cache(maxsize=64)
def _blurred_copy(path: str, size: int, mtime: int,
                  regions: tuple[tuple[float, ...], ...], folder: Path | None) -> str:
    """Once per photo state and regions: the preview renders on every keystroke, and
    hashing a camera photo each time would cost more than the render."""
    return _make_copy(path, regions, folder)


def _make_copy(path: str, regions: Sequence[Sequence[float]], folder: Path | None) -> str:
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = private_dir(CACHE_FOLDER)
    if folder is None:
        raise BlurError("Folder sementara untuk foto yang disamarkan tidak dapat dibuat.")
    data = _photo_bytes(path)
    sha = hashlib.sha256(_FORMAT.encode())
    sha.update(data)
    sha.update(json.dumps([list(map(float, r)) for r in regions]).encode())
    target = folder / f"{sha.hexdigest()[:32]}.png"
    if not target.exists():
        image = blur_image(open_photo(path, data), regions)
        # The preview thread and an export may make the same copy at once: each writes
        # its own temporary file, and the last rename wins with identical bytes.
        temporary = target.with_name(
            f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            image.save(temporary, "PNG")
            temporary.replace(target)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise BlurError(f"Salinan foto yang disamarkan tidak dapat disimpan: "
                            f"{error.strerror}") from error
        logger.info("blurred copy of %s (%d region(s)) at %s", path, len(regions), target)
    return str(target)


def protect_images(document: Document, release: Release) -> Document:
    """Point every photo that has blur regions at its blurred copy, so every writer (DOCX,
    HTML, PDF, print, WhatsApp, the preview) embeds the blurred picture. A photo that
    cannot be blurred is left out rather than exported unblurred."""
    from app.render.document import ImageBlock

    regions_of = {photo.path: photo.blur_regions for photo in release.photos()
                  if photo.blur_regions}
    if not regions_of:
        return document
    kept = []
    for block in document.blocks:
        if isinstance(block, ImageBlock) and block.src in regions_of:
            try:
                block.src = blurred_copy(block.src, regions_of[block.src])
            except BlurError as error:
                logger.warning("photo left out of the export, it cannot be blurred: %s",
                               error)
                continue
        kept.append(block)
    document.blocks = kept
    return document
