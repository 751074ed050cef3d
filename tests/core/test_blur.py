"""*Samarkan*: regions are blurred in the exported copy only, and faces are found offline.

The photos are generated here: a flat scene with a drawn face (grey oval, dark brows and
eyes, nose, mouth). OpenCV's bundled frontal-face Haar cascade accepts this drawing as a
face — it is a pattern, not a photograph of a person; no face photo ships offline.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw

from app.release.blur_regions import clip_region, parse_regions
from app.release.draftfile import load_draft, save_draft
from app.release.model import Photo, Release
from app.render.blur import blur_image, blurred_copy, detect_faces, pixel_box
from app.render.export import export_bytes
from app.render.templating import render_document
from app.render.wa_export import export_whatsapp


def draw_face(draw: ImageDraw.ImageDraw, cx: int, cy: int, size: int) -> None:
    """A frontal face the Haar cascade accepts: oval, brows, eyes, nose, mouth."""
    s = size
    draw.ellipse((cx - .28 * s, cy - .36 * s, cx + .28 * s, cy + .36 * s), fill=(150,) * 3)
    for side in (-1, 1):
        ex = cx + side * .11 * s
        draw.rectangle((ex - .07 * s, cy - .12 * s, ex + .07 * s, cy - .10 * s), fill=(40,) * 3)
        draw.ellipse((ex - .06 * s, cy - .09 * s, ex + .06 * s, cy - .03 * s), fill=(30,) * 3)
    draw.rectangle((cx - .02 * s, cy - .04 * s, cx + .02 * s, cy + .08 * s), fill=(120,) * 3)
    draw.ellipse((cx - .09 * s, cy + .135 * s, cx + .09 * s, cy + .185 * s), fill=(50,) * 3)


def scene(path: Path, face_at: tuple[int, int] | None = (300, 220)) -> Path:
    """An 800×500 picture: sky, ground, stripes (detail to blur), and maybe a face."""
    image = Image.new("RGB", (800, 500), (200, 200, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 380, 800, 500), fill=(90, 140, 80))
    for x in range(0, 800, 16):
        draw.line((x, 0, x, 60), fill=(20, 20, 160), width=3)
    if face_at is not None:
        draw_face(draw, face_at[0], face_at[1], 300)
    image.save(path)
    return path


def spread(image: Image.Image) -> int:
    """Brightest minus darkest grey level: how much detail (or difference) is left."""
    low, high = image.convert("L").getextrema()
    assert isinstance(low, int | float) and isinstance(high, int | float)
    return int(high - low)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_regions_are_cleaned_on_load() -> None:
    regions, problems = parse_regions([[0.1, 0.2, 0.3, 0.4], [0.9, 0.9, 0.5, 0.5],
                                       [2, 2, 1, 1], ["a", 1, 2, 3], [0.5, 0.5, 0.1]])
    assert regions == [[0.1, 0.2, 0.3, 0.4], [0.9, 0.9, 0.1, 0.1]]
    assert len(problems) == 2 and all("empat angka" in problem for problem in problems)
    assert parse_regions("kotak")[1] == ["harus berupa daftar [x, y, lebar, tinggi]"]
    assert clip_region((0.5, 0.5, -0.2, -0.2)) == (0.3, 0.3, 0.2, 0.2)


def test_blur_changes_only_the_inside_of_the_regions(tmp_path: Path) -> None:
    original = scene(tmp_path / "foto.png")
    before = digest(original)
    regions = [[0.0, 0.0, 0.5, 0.12], [0.3, 0.3, 0.2, 0.3]]
    copy = Path(blurred_copy(str(original), regions, tmp_path / "cache"))
    assert digest(original) == before and copy != original
    with Image.open(original) as a, Image.open(copy) as b:
        first, second = a.convert("RGB"), b.convert("RGB")
    assert first.size == second.size
    inside = Image.new("L", first.size, 0)
    mask = ImageDraw.Draw(inside)
    for region in regions:
        left, top, right, bottom = pixel_box(region, *first.size)
        mask.rectangle((left, top, right - 1, bottom - 1), fill=255)
        # the stripes under the first region and the face under the second are gone
        assert ImageChops.difference(first.crop((left, top, right, bottom)),
                                     second.crop((left, top, right, bottom))).getbbox()
    difference = ImageChops.difference(first, second).convert("L")
    outside = ImageChops.multiply(difference, ImageChops.invert(inside))
    assert outside.getbbox() is None  # not one pixel changed outside the regions
    # the stripes inside the first region are smoothed away: few distinct colours remain
    box = pixel_box(regions[0], *first.size)
    assert spread(second.crop(box)) < spread(first.crop(box)) / 2


def test_blur_image_keeps_the_size_and_leaves_the_input(tmp_path: Path) -> None:
    image = Image.open(scene(tmp_path / "foto.png")).convert("RGB")
    kept = image.tobytes()
    result = blur_image(image, [[0.25, 0.25, 0.5, 0.5]])
    assert result.size == image.size and image.tobytes() == kept
    assert result.tobytes() != kept


def test_bundled_detector_finds_the_drawn_face(tmp_path: Path) -> None:
    faces = detect_faces(scene(tmp_path / "wajah.png"))
    assert len(faces) == 1
    x, y, w, h = faces[0]
    # the face is centred at (300, 220) in an 800×500 picture, 300 px tall
    assert x < 300 / 800 < x + w and y < 220 / 500 < y + h
    assert 0.2 < w < 0.6 and 0.35 < h < 0.9
    assert detect_faces(scene(tmp_path / "kosong.png", face_at=None)) == []


def _release_with(photo: Path, regions: list[list[float]]) -> Release:
    return Release(title="Uji Samarkan", dateline="Sukamaju",
                   body=[Photo(path=str(photo), caption="Warga di balai desa.",
                               credit="Humas", blur_regions=regions)])


def test_every_export_embeds_the_blurred_copy_and_the_original_is_untouched(
        tmp_path: Path) -> None:
    photo = scene(tmp_path / "foto.png")
    before = digest(photo)
    faces = detect_faces(photo)
    release = _release_with(photo, faces)
    document = render_document(release)
    sources = [block.src for block in document.blocks if hasattr(block, "src")]
    assert len(sources) == 1 and sources[0] != str(photo)

    docx = export_bytes(release, "docx")
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        media = [name for name in archive.namelist() if name.startswith("word/media/")]
        embedded = Image.open(io.BytesIO(archive.read(media[0]))).convert("L")
    plain = export_bytes(_release_with(photo, []), "docx")
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        media = [name for name in archive.namelist() if name.startswith("word/media/")]
        unblurred = Image.open(io.BytesIO(archive.read(media[0]))).convert("L")
    assert embedded.size == unblurred.size
    left, top, right, bottom = pixel_box(faces[0], *embedded.size)
    # JPEG noise aside, the face area differs strongly, the far corner does not
    face_diff = ImageChops.difference(embedded.crop((left, top, right, bottom)),
                                      unblurred.crop((left, top, right, bottom)))
    corner_diff = ImageChops.difference(embedded.crop((650, 400, 800, 500)),
                                        unblurred.crop((650, 400, 800, 500)))
    assert spread(face_diff) > 60 and spread(corner_diff) < 12

    html = export_bytes(release, "html").decode("utf-8")
    assert html.count("data:image/") == 1
    written = export_whatsapp(release, tmp_path / "wa")
    assert (tmp_path / "wa" / "foto-1.jpg") in written
    assert digest(photo) == before


def test_regions_survive_a_save_and_old_approvals_still_hold(tmp_path: Path) -> None:
    from app.release.approval import content_hash

    photo = scene(tmp_path / "foto.png")
    release = _release_with(photo, [])
    unchanged = content_hash(release)
    release.body[0].blur_regions = [[0.1, 0.1, 0.2, 0.2]]  # type: ignore[union-attr]
    assert content_hash(release) != unchanged  # blurring is an edit the approver sees
    draft = tmp_path / "uji.rilis"
    save_draft(release, draft)
    loaded = load_draft(draft)
    assert loaded.photos()[0].blur_regions == [[0.1, 0.1, 0.2, 0.2]]
    loaded.photos()[0].blur_regions = []
    assert content_hash(loaded) == unchanged


def test_a_photo_that_cannot_be_blurred_is_left_out(tmp_path: Path) -> None:
    release = _release_with(tmp_path / "hilang.jpg", [[0.1, 0.1, 0.2, 0.2]])
    document = render_document(release)
    assert not [block for block in document.blocks if hasattr(block, "src")]


@pytest.mark.parametrize("size", [(40, 30), (1, 1)])
def test_tiny_photos_and_regions_do_not_fail(tmp_path: Path, size: tuple[int, int]) -> None:
    path = tmp_path / "kecil.png"
    Image.new("RGB", size, (10, 20, 30)).save(path)
    copy = blurred_copy(str(path), [[0.0, 0.0, 0.01, 0.01]], tmp_path / "cache")
    assert Image.open(copy).size == size


def test_two_threads_making_the_same_copy_both_get_it(tmp_path: Path) -> None:
    """The preview worker and an export may blur the same photo at the same moment (the
    full suite once caught one thread renaming the other's temporary file away)."""
    from concurrent.futures import ThreadPoolExecutor

    from app.render.blur import _make_copy

    original = scene(tmp_path / "foto.png")
    regions = [[0.1, 0.1, 0.3, 0.3]]
    with ThreadPoolExecutor(max_workers=4) as pool:
        copies = list(pool.map(lambda _: _make_copy(str(original), regions, tmp_path / "c"),
                               range(8)))
    assert len(set(copies)) == 1
    assert Path(copies[0]).is_file()
    assert [p.name for p in (tmp_path / "c").iterdir()] == [Path(copies[0]).name]


def test_a_fifo_photo_with_regions_is_refused_at_once(tmp_path: Path) -> None:
    import os

    from app.render.blur import BlurError

    fifo = tmp_path / "foto.png"
    os.mkfifo(fifo)
    with pytest.raises(BlurError):
        blurred_copy(str(fifo), [[0.1, 0.1, 0.2, 0.2]], tmp_path / "c")
