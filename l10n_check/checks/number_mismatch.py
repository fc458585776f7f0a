"""A number in the translation that is not in the source, or one in the source that went missing.

## What it flags
In bilingual files (PO, XLIFF), where each translation has its source: a number in the translation
whose value the source does not hold ("There are 4 files" for 共有 3 个文件), and source numbers the
translation lost. Values are compared, not strings: 1.5万 is 15,000 and "15,000" or "15 thousand"
matches it; 三千五百 is 3,500; a number written as a word ("three", "third") accounts for a digit.

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
as larger words ("a couple", "dozens") are not understood. Single Chinese numeral characters (一, 三)
are not read as numbers, because in words like 一些 ("some") they are not. Drafts without a source
(plain text, Markdown) are not checked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from ..model import Check, Context, Document, Hit, Severity
from ..numbers import number_words, numbers, show


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    for segment in doc.segments:
        if not segment.source:
            continue
        expected = Counter(value for _, _, value in numbers(segment.source))
        found = list(numbers(segment.prose))
        if not expected and not found:
            continue
        remaining = expected.copy()
        # A source number word ("three") may be written as a digit in the translation.
        source_words = Counter(number_words(segment.source))
        extra = []
        for start, end, value in found:
            if remaining[value] > 0:
                remaining[value] -= 1
            elif source_words[value] > 0:
                source_words[value] -= 1
            else:
                extra.append((start, end, value))
        # A number word in the translation ("three files") accounts for a missing digit.
        for value in number_words(segment.prose):
            if remaining[value] > 0:
                remaining[value] -= 1
        source_list = ", ".join(sorted({show(v) for v in expected})) or "none"
        for start, end, value in extra:
            yield Hit(
                segment.start + start,
                segment.start + end,
                f"number {show(value)} is not in the source (source numbers: {source_list})",
            )
        missing = sorted(v for v, n in remaining.items() if n > 0 for _ in range(n))
        if missing:
            yield Hit(
                segment.start,
                segment.end,
                f"source number{'s' if len(missing) > 1 else ''} {', '.join(show(v) for v in missing)} "
                "missing from the translation",
            )


CHECK = Check(
    name="number-mismatch",
    category="accuracy",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
)
