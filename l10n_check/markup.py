"""Helpers for checks that read a segment's raw text but must still skip what is not prose.

A reader masks code, URLs, tags and link targets by replacing them with spaces in ``Segment.prose``;
``Segment.raw`` keeps them. So a position where the two differ is not prose, and a check that looks
at markup (asterisks, brackets) reads ``raw`` and skips those positions.
"""

from __future__ import annotations

from .model import Segment
from .readers.text import MARKDOWN_SUFFIXES


def is_prose(segment: Segment, start: int, end: int) -> bool:
    """Whether ``[start, end)`` of the segment (segment-relative) is prose, not masked code or URL."""
    return segment.raw[start:end] == segment.prose[start:end]


def touches_non_prose(segment: Segment, start: int, end: int) -> bool:
    """Whether the character just before or just after ``[start, end)`` is masked non-prose."""
    raw, prose = segment.raw, segment.prose
    before = start > 0 and raw[start - 1] != prose[start - 1]
    after = end < len(raw) and raw[end] != prose[end]
    return before or after


def is_markdown(path: str) -> bool:
    """Whether a draft is read as Markdown (by its suffix, as the reader decides)."""
    return any(path.lower().endswith(suffix) for suffix in MARKDOWN_SUFFIXES)
