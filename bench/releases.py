"""Releases of a chosen length for the benchmarks, built from the sample's own sentences."""

from __future__ import annotations

import copy

from app.draftfile import load_draft
from app.model import Paragraph, Quote, Release
from app.paths import sample_draft


def release_of(words: int) -> Release:
    """The sample release with its paragraphs and quotes repeated to about ``words`` words."""
    sample = load_draft(sample_draft())
    texts = [block for block in sample.body if isinstance(block, Paragraph | Quote)]
    release = copy.deepcopy(sample)
    release.body = []
    count = 0
    index = 0
    while count < words:
        block = copy.deepcopy(texts[index % len(texts)])
        release.body.append(block)
        count += len(block.text.split())
        index += 1
        if index == 4:
            release.body.append(copy.deepcopy(sample.photos()[0]))
    return release
