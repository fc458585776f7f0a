"""Highlights over a draft's text, laid out line by line as properly nested open/close events.

Findings may nest (a fragment inside a flagged paragraph), cross (two spans that overlap without one
containing the other) or run over several lines, while HTML elements must nest and each report row
holds one line. So every mark is cut where it would cross a line end or another mark's edge: the first
piece carries the mark's id, later pieces are continuations of the same mark. Pure: no HTML here.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence


@dataclass(frozen=True)
class Mark:
    """A span to highlight: ``[start, end)`` in the document text; ``key`` becomes the element id."""

    start: int
    end: int
    key: str
    order: int  # among marks with the same extent, the lower one is drawn outside
    payload: Any = field(default=None, compare=False)

    def nesting_key(self) -> tuple[int, int, int]:
        """Longer marks open first so shorter ones nest inside them."""
        return (self.start, -self.end, self.order)


@dataclass(frozen=True)
class Event:
    """``text``, ``open`` (``first`` on a mark's first piece) or ``close``."""

    kind: str
    text: str = ""
    mark: Mark | None = None
    first: bool = False


@dataclass(frozen=True)
class Line:
    """One line of the draft (1-based ``number``) as a sequence of events."""

    number: int
    start: int
    events: tuple[Event, ...]


def line_bounds(text: str, line_starts: Sequence[int]) -> list[tuple[int, int]]:
    """``(start, end)`` of each line's content, without its line ending; no phantom last line."""
    bounds = []
    for index, start in enumerate(line_starts):
        end = line_starts[index + 1] if index + 1 < len(line_starts) else len(text)
        if index + 1 == len(line_starts) and start == len(text) and index > 0:
            break  # a final newline does not open another line
        content_end = end
        if content_end > start and text[content_end - 1] == "\n":
            content_end -= 1
        if content_end > start and text[content_end - 1] == "\r":
            content_end -= 1
        bounds.append((start, content_end))
    return bounds


def lay_out(text: str, line_starts: Sequence[int], marks: Iterable[Mark]) -> list[Line]:
    """Every line of ``text`` with ``marks`` cut into properly nested pieces.

    Each mark appears at least once: a mark that covers only line endings (or none of the text)
    is drawn empty where it starts, so a reader can still reach it.
    """
    bounds = line_bounds(text, line_starts)
    starts = [b[0] for b in bounds]
    pieces: list[list[tuple[int, int, Mark]]] = [[] for _ in bounds]
    for mark in marks:
        _cut(mark, len(text), bounds, starts, pieces)
    seen: set[str] = set()
    return [
        Line(number + 1, bounds[number][0], tuple(_line_events(text, bounds[number], pieces[number], seen)))
        for number in range(len(bounds))
    ]


def _cut(mark: Mark, size: int, bounds: list[tuple[int, int]], starts: list[int],
         pieces: list[list[tuple[int, int, Mark]]]) -> None:
    """Add ``mark``'s non-empty pieces, one per line it touches, or one empty piece where it starts."""
    start = min(max(mark.start, 0), size)
    end = min(max(mark.end, start), size)
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = max(bisect.bisect_right(starts, max(end - 1, start)) - 1, first)
    added = False
    for number in range(first, last + 1):
        line_start, line_end = bounds[number]
        piece = (max(start, line_start), min(end, line_end))
        if piece[0] < piece[1]:
            pieces[number].append((piece[0], piece[1], mark))
            added = True
    if not added:
        at = min(max(start, bounds[first][0]), bounds[first][1])
        pieces[first].append((at, at, mark))


def _line_events(text: str, bounds: tuple[int, int], pieces: list[tuple[int, int, Mark]],
                 seen: set[str]) -> list[Event]:
    """Sweep one line's boundaries, keeping the open elements equal to the active marks."""
    line_start, line_end = bounds
    changes: dict[int, tuple[list[Mark], list[Mark], list[Mark]]] = {}  # pos → (opening, closing, empty)
    for start, end, mark in pieces:
        if start == end:
            changes.setdefault(start, ([], [], []))[2].append(mark)
        else:
            changes.setdefault(start, ([], [], []))[0].append(mark)
            changes.setdefault(end, ([], [], []))[1].append(mark)
    events: list[Event] = []
    stack: list[Mark] = []
    active: list[tuple[tuple[int, int, int], Mark]] = []
    position = line_start
    for at in sorted(changes):
        if at > position:
            events.append(Event("text", text[position:at]))
            position = at
        opening, closing, empty = changes[at]
        for mark in closing:
            active.remove((mark.nesting_key(), mark))
        for mark in opening:
            bisect.insort(active, (mark.nesting_key(), mark), key=lambda item: item[0])
        _sync(stack, [mark for _, mark in active], events, seen)
        for mark in sorted(empty, key=Mark.nesting_key):
            events.append(_open(mark, seen))
            events.append(Event("close", mark=mark))
    if line_end > position:
        events.append(Event("text", text[position:line_end]))
    _sync(stack, [], events, seen)
    return events


def _sync(stack: list[Mark], wanted: list[Mark], events: list[Event], seen: set[str]) -> None:
    """Close what no longer nests, then open what is wanted, so ``stack`` becomes ``wanted``."""
    common = 0
    while common < len(stack) and common < len(wanted) and stack[common] is wanted[common]:
        common += 1
    while len(stack) > common:
        events.append(Event("close", mark=stack.pop()))
    for mark in wanted[common:]:
        events.append(_open(mark, seen))
        stack.append(mark)


def _open(mark: Mark, seen: set[str]) -> Event:
    first = mark.key not in seen
    seen.add(mark.key)
    return Event("open", mark=mark, first=first)
