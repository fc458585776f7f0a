"""The checks do work in proportion to a draft's size, whatever its shape.

Time is measured by ``benchmarks/bench_pathological.py``; here the work is counted, so that the
test is the same on any machine: each pathological draft (``tests/pathological.py``) is checked at
two sizes with its text a ``CountingText``, which counts the characters sliced out of it and the
``find``/``rfind``/``count`` calls made on it. Four times the text may cost about four times the
work; a check that reads back over the paragraph once per match costs sixteen.
"""

from __future__ import annotations

import pytest

from l10n_check import engine
from l10n_check.readers import parse
from pathological import GENERATORS, CountingText, counting

SMALL, LARGE = 4_000, 16_000
LINEAR_BOUND = 6.0  # for 4x the size: linear gives ~4, quadratic ~16


def counted(text: str, suffix: str) -> tuple[int, int]:
    doc = counting(parse("draft" + suffix, text, "zh", "en"))
    CountingText.reset()
    engine.lint([doc], engine.Config())
    return CountingText.copied, CountingText.searches


@pytest.mark.parametrize("generator", [g for g in GENERATORS if not g.masking], ids=lambda g: g.name)
def test_the_work_on_each_pathological_draft_grows_linearly(generator):
    small = counted(generator.make(SMALL), generator.suffix)
    large = counted(generator.make(LARGE), generator.suffix)
    for what, a, b in zip(("characters copied", "searches"), small, large):
        assert b <= LINEAR_BOUND * max(a, LARGE // 100), f"{generator.name}: {what} {a} -> {b}"


def test_a_quadratic_scan_would_be_caught():
    """The counter sees a check that searches back from every word: the bound above can fail."""
    def scan(text: str) -> None:
        for index in range(0, len(text), 5):
            text.rfind("x", 0, index)
            text[:index]

    sizes = []
    for size in (SMALL, LARGE):
        CountingText.reset()
        scan(CountingText("word " * (size // 5)))
        sizes.append(CountingText.copied)
    assert sizes[1] > LINEAR_BOUND * sizes[0]
