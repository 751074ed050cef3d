"""Blur regions as a draft stores them (``Photo.blur_regions``): read, checked and clipped.

The draft file needs these without the image code of :mod:`app.render.blur` (OpenCV, Pillow),
so they live with the release, below the rendering stage that applies them."""

from __future__ import annotations

import math
from typing import Any

Region = tuple[float, float, float, float]
"""``(x, y, w, h)``: left, top, width, height as fractions (0–1) of the photo."""

MAX_REGIONS = 64


def parse_regions(raw: Any) -> tuple[list[list[float]], list[str]]:
    """Regions as stored in a draft, cleaned: ``(regions, problems)`` in Indonesian.

    A region is kept when it is four numbers; it is clipped to the photo and dropped when
    nothing of it is left."""
    problems: list[str] = []
    if raw is None:
        return [], problems
    if not isinstance(raw, list):
        return [], ["harus berupa daftar [x, y, lebar, tinggi]"]
    regions: list[list[float]] = []
    for index, item in enumerate(raw[:MAX_REGIONS]):
        if not (isinstance(item, list) and len(item) == 4 and all(
                isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
                for v in item)):
            problems.append(f"[{index}] harus berupa empat angka 0–1 [x, y, lebar, tinggi]")
            continue
        region = clip_region(tuple(float(v) for v in item))  # type: ignore[arg-type]
        if region is not None:
            regions.append(list(region))
    if len(raw) > MAX_REGIONS:
        problems.append(f"lebih dari {MAX_REGIONS} daerah; sisanya diabaikan")
    return regions, problems


def clip_region(region: Region) -> Region | None:
    """The part of ``region`` inside the photo (0–1), or None when nothing is left."""
    x, y, w, h = region
    if w < 0:
        x, w = x + w, -w
    if h < 0:
        y, h = y + h, -h
    left, top = max(0.0, x), max(0.0, y)
    right, bottom = min(1.0, x + w), min(1.0, y + h)
    if right - left <= 0.0 or bottom - top <= 0.0:
        return None
    return (round(left, 5), round(top, 5), round(right - left, 5), round(bottom - top, 5))
