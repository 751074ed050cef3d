"""Releases of a chosen length for the benchmarks, built from the sample's own sentences."""

from __future__ import annotations

import copy
import random

from app.base.paths import sample_draft
from app.release.draftfile import load_draft
from app.release.model import Paragraph, Quote, Release


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


def random_prose(rng: random.Random, size: int) -> str:
    """About ``size`` characters of sentences of made-up words: big drafts for size tests."""
    words = ["".join(rng.choice("abcdefghijklmnoprstuwy") for _ in range(rng.randint(2, 9)))
             for _ in range(5000)]
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(6, 18))) + ". "
        parts.append(sentence.capitalize())
        total += len(sentence)
    return "".join(parts)
