"""A loop that prints a large value into a ``{% set %}`` block is stopped by counting what
``{{ … }}`` prints, not by a race between the render deadline and the memory cap (the
``set-block`` attack of ``test_template_limits`` failed on some runs with *memori tidak
cukup* when the cap came first). In-process, with a generous deadline, so only the count
can stop it."""

from __future__ import annotations

import pytest
from jinja2.exceptions import SecurityError

from app.render.sandbox import Deadline, make_environment

SET_BLOCK = ('{% set big = "x" * 90000 %}{% set a %}{% for i in range(90000) %}{{ big }}'
             '{% endfor %}{% endset %}{{ a|length }}')


def test_printing_a_large_value_in_a_loop_is_refused_by_the_count() -> None:
    template = make_environment(None).from_string(SET_BLOCK)
    with pytest.raises(SecurityError, match="dicetak terlalu banyak"), \
            Deadline(seconds=600, output_limit=4_000_000):
        template.render()


def test_an_ordinary_loop_prints_as_before() -> None:
    template = make_environment(None).from_string(
        "{% for i in range(300) %}<p>Baris {{ i }}: {{ teks }}</p>{% endfor %}")
    with Deadline(seconds=600, output_limit=4_000_000):
        out = template.render(teks="Patroli malam di Desa Karangjati")
    assert out.count("<p>") == 300 and "Baris 299" in out
