"""A number in the translation that is not in the source, or one in the source that went missing.

## What it flags
In bilingual files (PO, XLIFF, a draft with `--source`), where each translation has its source: a
number in the translation whose value the source does not hold ("There are 4 files" for 共有 3 个文件),
and source numbers the translation lost (each as often as the source has it). Values are compared,
not strings: 1.5万 is 15,000 and "15,000" or "15 thousand" matches it; 三千五百 is 3,500; 1st is 1.
Words that stand for a number account for a digit on the other side: "three", "third", "a"/"an"
(1), "one million", 三个, 一次, 第一, 零. Placeholders (`%1$0.1f`, `{0}`), code, URLs and reST literals are not read on either side, so
a translation that copies a format string, a regular expression or a version pattern is clean.

## Why it matters
A wrong number in a news article is a correction waiting to happen; machine translation drops and
changes numbers more often than readers expect.

## Example
Fails:  source 共有 3 个文件 → target There are 4 files.
Passes: source 共有 3 个文件 → target There are three files.
Passes: source 用户超过1.5万 → target Over 15,000 users.

## Options
None.

## What it cannot know
Unit conversions (3 公里 → 1.9 miles), dates rewritten in another calendar form, and numbers spelled
as larger words ("a couple", "dozens") are not understood. A number the source holds is never
reported as added, even when the translation repeats it: restating "Python 2 and 3" as "2 和 3"
is common and a repeat alone says too little. A single Chinese numeral character (一,
三) or a number word is never reported as added or lost, only used to account for a digit: 一 is an
article in 返回一个列表 ("return a list") and part of a word in 一些 ("some"). Drafts without a source
(plain text, Markdown) are not checked; fuzzy entries only with `--include-fuzzy`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

import regex

from .. import patterns
from ..bilingual import translated
from ..model import Check, Context, Document, Hit, Segment, Severity
from ..numbers import may_hold_numbers, number_words, numbers, show
from ..textutil import c_unescape


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    for segment in translated(doc):
        source = segment.source_prose if segment.source_prose is not None else segment.source
        if not may_hold_numbers(source) and not may_hold_numbers(segment.prose):
            continue  # most strings: one search tells
        expected = Counter(value for _, _, value in numbers(source))
        found = list(numbers(segment.prose))
        if expected or found:
            yield from _compare(segment, source, expected, found)


def _compare(segment: Segment, source: str, expected: Counter[Decimal], found: list[tuple[int, int, Decimal]]) -> Iterator[Hit]:
    """Hits for numbers added to or lost from one translation."""
    remaining = expected.copy()
    source_words: Counter[Decimal] | None = None  # read only when a number is not the source's
    extra = []
    for start, end, value in found:
        if remaining[value] > 0:
            remaining[value] -= 1
            continue
        if source_words is None:
            # A source number word ("three", "a", 三个) may be written as a digit in the
            # translation, and so may a number of the source's code (:rfc:`4918` rendered "RFC 4918").
            source_words = Counter(number_words(segment.source)) + _in_code(segment.source, expected)
        if source_words[value] > 0:
            source_words[value] -= 1
        elif not expected[value] and not _glued_to_a_word(segment.prose, start, end):
            # A value the source holds is never "added": translations restate numbers (2 and 3 for
            # "Python 2 and 3"), and a repeat says too little to be sure of a defect.
            extra.append((start, end, value))
    if any(n > 0 for n in remaining.values()):
        # A number word in the translation ("three files", 三个文件) accounts for a missing digit.
        target = c_unescape(segment.raw)
        for value in (*number_words(target), *_in_code(target, Counter(value for _, _, value in found)).elements()):
            if remaining[value] > 0:
                remaining[value] -= 1
    if extra:
        shown = ", ".join(sorted({show(v) for v in expected}, key=Decimal)) or "none"
    for start, end, value in extra:
        yield Hit(segment.start + start, segment.start + end,
                  f"number {show(value)} is not in the source (source numbers: {shown})")
    missing = sorted(v for v, n in remaining.items() if n > 0 for _ in range(n))
    if missing:
        numbers_missing = ", ".join(show(v) for v in missing)
        yield Hit(segment.start, segment.end,
                  f"source number{'s' if len(missing) > 1 else ''} {numbers_missing} missing from the translation")


_HAN = patterns.compile(r"\p{Han}")


def _glued_to_a_word(prose: str, start: int, end: int) -> bool:
    """A number glued after a Chinese word and before no counted thing (参数2, 文件1): part of a name."""
    if start == 0 or not _HAN.match(prose, start - 1):
        return False
    return end == len(prose) or not _HAN.match(prose, end)


def _in_code(text: str, counted: Counter[Decimal]) -> Counter[Decimal]:
    """Numbers of ``text`` as written, code and all, beyond those already ``counted`` in its prose."""
    return Counter(value for _, _, value in numbers(text)) - counted


CHECK = Check(
    name="number-mismatch",
    category="accuracy",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
