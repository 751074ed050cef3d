"""Photos through Pillow: any common format in, JPEG or PNG out, sized for a document.

python-docx cannot embed WebP or HEIC and browsers dislike huge base64 pictures, so every
writer asks this module for a prepared image. Results are cached by path, size and mtime,
because a batch export reuses the same unit emblem hundreds of times.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

MAX_PIXELS = 1600
"""Longest side kept: enough for A4 at 190 dpi, small enough for a chat upload."""
Image.MAX_IMAGE_PIXELS = 80_000_000


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
        logger.warning("photo not found: %s", path)
        return None
    return _prepare(path, stat.st_size, stat.st_mtime_ns, max_pixels)


@lru_cache(maxsize=64)
def _prepare(path: str, size: int, mtime: int, max_pixels: int) -> PreparedImage | None:
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
        logger.warning("photo %s cannot be read: %s", path, error)
        return None
