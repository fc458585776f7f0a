"""Patterns of the draft checks rewritten for speed find what the patterns they replaced found.

Each rewrite (another engine, a search of the prose instead of the raw text, a cheap question
asked before a pattern) is held here to the earlier pattern, kept as the reference, on hostile
strings: markup runs, escapes, masked spans, letters of other scripts.
"""

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n_check.checks import stray_markup
from l10n_check.markup import is_prose
from l10n_check.model import Segment

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True)

MARKUP_PIECES = ["*", "**", "***", "_", "__", "\\", "a", "é", "中", " ", "\n", "/", "1", "(", ",", "kw", "-", "."]


@st.composite
def masked_segments(draw: st.DrawFn, pieces: list[str], size: int = 16) -> Segment:
    """A segment whose prose is its raw text with some spans blanked, as readers mask code and URLs."""
    raw = "".join(draw(st.lists(st.sampled_from(pieces), max_size=size)))
    blanked = draw(st.lists(st.booleans(), min_size=len(raw), max_size=len(raw)))
    prose = "".join(" " if hide and ch != "\n" else ch for ch, hide in zip(raw, blanked))
    return Segment(0, len(raw), raw, prose, "paragraph")


_OLD_RUN = regex.compile(r"(?<!\\)(?:\*{1,3}|_{1,3})(?![*_])")


def _old_delimiter_spans(segment: Segment) -> list[tuple[int, int]]:
    """The runs stray-markup read before: the look-behind pattern over the raw text, then prose."""
    raw, spans = segment.raw, []
    for match in _OLD_RUN.finditer(raw):
        start, end = match.span()
        if (start and raw[start - 1] in "*_") or not is_prose(segment, start, end):
            continue
        if not stray_markup._not_emphasis(raw, start, end):
            spans.append((start, end))
    return spans


@SETTINGS
@given(masked_segments(MARKUP_PIECES))
def test_emphasis_runs_are_the_look_behind_patterns_runs(segment: Segment) -> None:
    found = [(d.start, d.end) for d in stray_markup._delimiters(segment)]
    assert found == _old_delimiter_spans(segment)


def test_emphasis_runs_skip_escaped_long_mixed_and_masked_runs() -> None:
    def spans(raw: str, prose: str | None = None) -> list[tuple[int, int]]:
        segment = Segment(0, len(raw), raw, raw if prose is None else prose, "paragraph")
        return [(d.start, d.end) for d in stray_markup._delimiters(segment)]

    assert spans("a **b** c") == [(2, 4), (5, 7)]
    assert spans("a \\**b") == [] and spans("a ****b") == [] and spans("a *_b") == []
    assert spans("x **y", "x  *y") == []  # half the run masked: not prose
