"""``rilis render -f wa``: a folder ready to send to a WhatsApp group.

``pesan-1.txt`` (``pesan-2.txt`` … when the release is split; ``singkat.txt`` for the
*versi singkat*), ``foto-1.jpg`` beside it
compressed for chat (JPEG, long side at most 1600 px, quality 80: what WhatsApp's own
"standard quality" sends, so the app does not recompress it further) and ``foto-1.txt``
with its caption to paste under the photo. The captions are in the message text too, at
the place of each photo, for a journalist who copies only the text.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from app.base.atomic import write_atomic
from app.base.errors import ExportError
from app.release.model import Release
from app.render.templating import render_document
from app.render.writers.whatsapp import ChatPhoto, chat_photos, write_short, write_whatsapp

logger = logging.getLogger(__name__)

CHAT_PIXELS = 1600
CHAT_QUALITY = 80


def chat_jpeg(path: str) -> bytes | None:
    """The photo as a chat JPEG (upright, RGB on white, ≤ CHAT_PIXELS), None if unreadable."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    from app.render.images import MAX_IMAGE_PIXELS

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(path) as original:
            image = ImageOps.exif_transpose(original) or original
            image.thumbnail((CHAT_PIXELS, CHAT_PIXELS))
            if image.mode in ("RGBA", "LA", "PA", "P"):
                rgba = image.convert("RGBA")
                flat = Image.new("RGB", rgba.size, "white")
                flat.paste(rgba, mask=rgba.getchannel("A"))
                image = flat
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, "JPEG", quality=CHAT_QUALITY, optimize=True,
                                      progressive=True)
            return buffer.getvalue()
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError) as error:
        logger.warning("photo %s cannot be prepared for chat: %s", path, error)
        return None


def whatsapp_texts(release: Release, short: bool = False,
                   template_id: str | None = None) -> tuple[list[str], list[ChatPhoto]]:
    """The messages (or the one *versi singkat*) and the photos to send with them."""
    document = render_document(release, template_id)
    photos = chat_photos(document)
    if short:
        return [write_short(document)], photos[:1]
    return write_whatsapp(document), photos


def export_whatsapp(release: Release, folder: Path, short: bool = False,
                    template_id: str | None = None) -> list[Path]:
    """Write the messages and chat photos into ``folder``; returns the files written."""
    messages, photos = whatsapp_texts(release, short, template_id)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} bukan folder; ekspor WhatsApp menulis beberapa berkas "
                          "ke sebuah folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"Folder {folder} tidak dapat dibuat: {error.strerror}") from error
    written: list[Path] = []
    stem = "singkat" if short else "pesan"
    for number, message in enumerate(messages, start=1):
        path = folder / ("singkat.txt" if short else f"{stem}-{number}.txt")
        write_atomic(path, (message + "\n").encode("utf-8"), keep_backup=False)
        written.append(path)
    for photo in photos:
        data = chat_jpeg(photo.src)
        if data is None:
            continue
        image = folder / f"{photo.name}.jpg"
        write_atomic(image, data, keep_backup=False)
        caption = folder / f"{photo.name}.txt"
        write_atomic(caption, (photo.caption_text + "\n").encode("utf-8"), keep_backup=False)
        written += [image, caption]
    _remove_stale(folder, stem, len(messages), "foto", len(photos))
    logger.info("exported %d WhatsApp file(s) to %s", len(written), folder)
    return written


def _remove_stale(folder: Path, stem: str, messages: int, photo_stem: str,
                  photos: int) -> None:
    """Parts and photos left by an earlier, longer export would be sent by mistake."""
    for pattern, kept in ((f"{stem}-*.txt", messages), (f"{photo_stem}-*.jpg", photos),
                          (f"{photo_stem}-*.txt", photos)):
        for path in folder.glob(pattern):
            number = path.stem.rsplit("-", 1)[-1]
            if number.isdigit() and int(number) > kept:
                path.unlink(missing_ok=True)
