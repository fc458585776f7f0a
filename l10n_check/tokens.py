"""The words of a segment's prose, found in one pass: texts, the gaps between them, offsets, case.

Checks that read English words one by one (a term written two ways, a name) used to find them
each with a pattern and a match object per word, in a Python loop. ``ascii_words`` finds them
once with one ``re.split`` (words and the text between them, alternating), which runs in C; the
offsets are the running sums of those pieces' lengths (``itertools.accumulate``, also C) and are
computed only when asked for, as are the words' case shapes.

A word is what ``[A-Za-z][A-Za-z0-9']*`` matches scanning left to right: it starts with an ASCII
letter and runs on through letters, digits and apostrophes ("don't", "x9", "top's"). So "9top"
holds the word "top", "x'top" is one word, "top-three" two words with the gap "-". Offsets count
code points, as Python strings do: a letter outside the BMP (an emoji, 𝔘) counts one.

Measured on the 1 MB planted corpus of ``benchmarks/bench_scan.py`` (CPU seconds, shared
machine): the split 0.041-0.057 s, a ``findall`` of the same words 0.050 s, a ``finditer`` with
every match's span 0.10 s; split and offsets together 0.10 s, so offsets are made only for the
pieces that need them. A check that needs only the words (not the gaps or offsets) pays less
with its own ``findall`` than with a ``Words``.

Who reads it, and why not more: ``term-variant`` reads each paragraph once for both its passes
(the marked sequences, then the lower-case forms, which were a second pattern pass of every
word). The name checks find capitalized runs of any script (``names.mentions``), which these ASCII
words cannot give. Sharing one ``Words`` between checks would need the engine to run the checks
document by document: it runs them check by check over all documents, and holding every
document's words until the last check reads them costs 17 MB per MB of prose (31 MB with offsets
and case shapes), against 0.04-0.07 s per MB of prose to split it again.
"""

from __future__ import annotations

import itertools
import re
from operator import itemgetter
from typing import Iterator

# The word of the checks of English prose; captured, so that ``split`` keeps the words.
_SPLIT = re.compile(r"([A-Za-z][A-Za-z0-9']*)")
_FIRST = itemgetter(0)
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class Words:
    """The words of one text and what lies between them.

    ``texts`` are the words; ``gaps`` the text before each word, then the text after the last (one
    more than ``texts``; a gap between two words is never empty): "Top three." gives ``["Top",
    "three"]`` and ``["", " ", "."]``. Offsets and case shape are computed on first use.
    A plain class with slots, not a dataclass: one is made per paragraph, and its lazy fields are
    read in inner loops, where a ``cached_property`` (a lock per read in Python 3.11) costs more
    than the look-up it saves.
    """

    __slots__ = ("texts", "gaps", "origin", "_parts", "_starts", "_ends", "_types", "_initials")

    def __init__(self, parts: list[str], origin: int = 0) -> None:
        self.texts: list[str] = parts[1::2]
        self.gaps: list[str] = parts[0::2]
        self.origin = origin  # where the piece starts in the text offsets count from
        self._parts = parts
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        self._types: frozenset[str] | None = None
        self._initials: str | None = None

    @property
    def starts(self) -> list[int]:
        """Where each word starts, in code points from the start of the text."""
        if self._starts is None:
            offsets = list(itertools.accumulate(map(len, self._parts), initial=self.origin))
            self._starts, self._ends = offsets[1:-1:2], offsets[2::2]
        return self._starts

    @property
    def ends(self) -> list[int]:
        """Where each word ends (exclusive)."""
        if self._ends is None:
            self.starts  # noqa: B018 - computes both
        return self._ends  # type: ignore[return-value]

    @property
    def types(self) -> frozenset[str]:
        """The distinct words: whether a text can hold a sequence of words is a set question."""
        if self._types is None:
            self._types = frozenset(self.texts)
        return self._types

    @property
    def initials(self) -> str:
        """The first letter of each word, one character per word: its case shape, searched in C."""
        if self._initials is None:
            self._initials = "".join(map(_FIRST, self.texts))
        return self._initials

    def capitalized(self) -> list[int]:
        """Indexes of the words that start with a capital letter."""
        # Selected in C (no match object per capital): 0.020 -> 0.014 s on the 1 MB planted corpus.
        return list(itertools.compress(itertools.count(), map(_CAPITALS.__contains__, self.initials)))

    def __len__(self) -> int:
        return len(self.texts)

    def __repr__(self) -> str:
        return f"Words({self.texts!r}, origin={self.origin})"


def ascii_words(text: str, start: int = 0, end: int | None = None) -> Words:
    """The ASCII words of ``text[start:end]`` (see the module docstring), offsets counted in ``text``."""
    return Words(_SPLIT.split(text if start == 0 and end is None else text[start:end]), start)


# Characters that no word holds and that no space or hyphen between two words is: a text cut just
# after one is read the same in pieces as whole, and no sequence of words joined by spaces or
# hyphens spans the cut.
_HARD = re.compile(r"[^A-Za-z0-9' \t\u00a0\-\u2010\u2011]")
PIECE = 1 << 16  # code points from which a text is cut into pieces (about 13,000 words)


def pieces(text: str, size: int | None = None) -> Iterator[Words]:
    """The words of ``text`` in pieces of about ``size`` code points, cut just after a character
    no word nor a space or hyphen between words holds (a full stop, a comma, a line break), so that
    a long paragraph is never held as one list of words. Text without such a character for more
    than ``size`` code points is one piece. Empty text is one empty piece."""
    size = size or PIECE
    start = 0
    while True:
        cut = _HARD.search(text, start + size) if len(text) - start > size else None
        end = cut.end() if cut is not None else len(text)
        yield ascii_words(text, start, end if end < len(text) else None)
        if end >= len(text):
            return
        start = end

