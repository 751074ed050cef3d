"""Photos through Pillow: any common format in, JPEG or PNG out, sized for a document.

python-docx cannot embed WebP or HEIC and browsers dislike huge base64 pictures, so every
writer asks this module for a prepared image. Results are cached by path, size and mtime,
because a batch export reuses the same unit emblem hundreds of times; and on disk
(``app.base.cache``) by the photo's content, because re-encoding the sample's two pictures is a
fifth of a one-draft ``rilis render`` — Pillow is then not even imported.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import PIL

from app.base.cache import private_dir, read_entry, write_entry
from app.base.userfile import UserFileError, open_user_file

logger = logging.getLogger(__name__)

MAX_PIXELS = 1600
"""Longest side kept: enough for A4 at 190 dpi, small enough for a chat upload."""
MAX_IMAGE_PIXELS = 80_000_000
"""Pillow's decompression-bomb limit for the photos Rilis opens."""
MAX_PHOTO_BYTES = 200_000_000
"""A photo file (camera originals are tens of megabytes)."""
CACHE_FOLDER = "images"
_CACHE_FORMAT = b"rilis-image-1\n"


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime: str
    width: int
    height: int

    @property
    def extension(self) -> str:
        return "png" if self.mime == "image/png" else "jpg"


def prepare_image(path: str, max_pixels: int = MAX_PIXELS) -> PreparedImage | None:
    """The photo ready to embed, or None (logged) when it is missing or unreadable."""
    try:
        stat = Path(path).stat()
    except OSError:
        logger.warning("Foto %s tidak ditemukan; dilewati.", path)
        return None
    return _prepare(path, stat.st_size, stat.st_mtime_ns, max_pixels)


@lru_cache(maxsize=64)
def _prepare(path: str, size: int, mtime: int, max_pixels: int) -> PreparedImage | None:
    try:
        digest = _digest(path)
    except (OSError, UserFileError) as error:
        logger.warning("Foto %s tidak dapat dibaca (%s); dilewati.", path, error)
        return None
    # The same bytes and Pillow version always give the same prepared image.
    header = _CACHE_FORMAT + f"{digest} {max_pixels} {PIL.__version__}\n".encode()
    folder = private_dir(CACHE_FOLDER)
    if folder is not None:
        cached = _from_cache(read_entry(folder, f"{digest}.img", header))
        if cached is not None:
            return cached
    prepared = _convert(path, max_pixels)
    if prepared is not None and folder is not None:
        meta = json.dumps([prepared.mime, prepared.width, prepared.height]).encode()
        write_entry(folder, f"{digest}.img", header, meta + b"\n" + prepared.data)
    return prepared


def _digest(path: str) -> str:
    """SHA-256 of the photo file, read in chunks (photos can be tens of megabytes)."""
    sha = hashlib.sha256()
    with open_user_file(path, MAX_PHOTO_BYTES, "Foto") as handle:  # a FIFO would hang
        while chunk := handle.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


def _from_cache(entry: bytes | None) -> PreparedImage | None:
    """A cache entry (JSON line, then the image bytes) back as a PreparedImage."""
    if entry is None:
        return None
    meta, _, data = entry.partition(b"\n")
    try:
        mime, width, height = json.loads(meta)
    except ValueError:
        return None
    if mime not in ("image/png", "image/jpeg") or not isinstance(width, int) \
            or not isinstance(height, int) or not data:
        return None
    return PreparedImage(data, mime, width, height)


def _convert(path: str, max_pixels: int) -> PreparedImage | None:
    """Pillow's work, imported only here: a cached render never loads it."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(path) as original:
            image = ImageOps.exif_transpose(original) or original
            image.thumbnail((max_pixels, max_pixels))
            has_alpha = image.mode in ("RGBA", "LA", "PA") or (
                image.mode == "P" and "transparency" in image.info)
            buffer = io.BytesIO()
            if has_alpha:
                image.convert("RGBA").save(buffer, "PNG", optimize=False)
                mime = "image/png"
            else:
                image.convert("RGB").save(buffer, "JPEG", quality=85)
                mime = "image/jpeg"
            return PreparedImage(buffer.getvalue(), mime, image.width, image.height)
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError) as error:
        logger.warning("Foto %s tidak dapat dibaca (%s); dilewati.", path, error)
        return None
