"""Straight and typographic apostrophes or quotation marks mixed in one draft.

## What it flags
A draft that writes most apostrophes one way (`don't`, straight) and some the other (`I’m`,
typographic), or most double quotation marks one way (`"warm"`) and some the other (`“warm”`). Each
mark of the minority style is reported, with the counts of both styles and the dominant mark as the
suggestion. Apostrophes and double quotation marks are counted separately.

## Why it matters
Mixed marks are the fingerprint of text pasted together from several sources or tools; they look
careless in print and defeat search (`don't` does not find `don’t`).

## Example
Fails:  I’m glad to be here. We don't plan it. It's fine.  (one typographic, two straight)
Passes: I'm glad to be here. We don't plan it. It's fine.
Fails:  He said "yes". She said “no”. They said "maybe".
Passes: He said “yes”. She said “no”. They said “maybe”.

## Options
- `min-dominant` (default 2): the fewest marks of the dominant style before the minority is
  reported; with fewer there is no house style to compare against.

## What it cannot know
Which style the house prefers: the draft's own majority wins (on a tie, the style used first).
Single quotation marks are not counted, because a straight `'` between words is also an apostrophe
and `’` is both an apostrophe and a closing single quote. Marks in code and URLs are not counted.
Only English drafts: other languages have their own quotation marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Severity

# An apostrophe inside a word: don't, I’m, Xie's. Leading ('90s) and trailing (users') ones are left
# out because a straight one there may as well be a single quotation mark.
_APOSTROPHE = patterns.compile(r"(?<=\p{L})['’](?=\p{L})")
_DOUBLE_QUOTE = patterns.compile(r"[\"“”]")
_STRAIGHT = {"apostrophe": "'", "quotation mark": '"'}
_TYPOGRAPHIC = {"apostrophe": "’", "quotation mark": "“”"}
_NAMES = {"'": "straight", "’": "typographic", '"': "straight", "“”": "typographic"}


@dataclass(frozen=True)
class Options:
    min_dominant: int = 2


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    for kind, pattern, first in (("apostrophe", _APOSTROPHE, "'’"), ("quotation mark", _DOUBLE_QUOTE, '"“”')):
        # Only a segment holding one of the marks is searched: the apostrophe's pattern opens with
        # a look-behind, which ``regex`` tries at every position of the text.
        marks = [(segment.start + m.start(), m.group()) for segment in doc.segments if _holds_any(segment.prose, first)
                 for m in pattern.finditer(segment.prose)]
        yield from _minority(doc, kind, marks, options)


def _holds_any(text: str, characters: str) -> bool:
    return any(character in text for character in characters)


def _style(kind: str, mark: str) -> str:
    """The style key of one mark: ``'`` / ``’`` for apostrophes, ``"`` / ``“”`` for quotes."""
    return _STRAIGHT[kind] if mark in "'\"" else _TYPOGRAPHIC[kind]


def _minority(doc: Document, kind: str, marks: list[tuple[int, str]], options: Options) -> Iterator[Hit]:
    counts: dict[str, int] = {}
    for _, mark in marks:
        style = _style(kind, mark)
        counts[style] = counts.get(style, 0) + 1
    if len(counts) < 2:
        return
    # The majority wins; on a tie the style used first (dicts keep insertion order, so max is stable).
    dominant = max(counts, key=lambda style: counts[style])
    if counts[dominant] < options.min_dominant:
        return
    minority = next(style for style in counts if style != dominant)
    tally = f"{counts[dominant]} {_NAMES[dominant]}, {counts[minority]} {_NAMES[minority]}"
    data = {"dominant": dominant, "variants": dict(sorted(counts.items())), "kind": kind}
    for offset, mark in marks:
        if _style(kind, mark) != minority:
            continue
        replacement = _replacement(doc.text, offset, dominant)
        yield Hit(
            offset,
            offset + 1,
            f"{_NAMES[minority]} {kind} {mark} in a draft that mostly uses {_NAMES[dominant]} ones "
            f"({tally}): make it {replacement} like the others",
            replacement,
            data=data,
        )


def _replacement(text: str, offset: int, dominant: str) -> str:
    """The dominant style's mark for the mark at ``offset``: opening or closing for curly quotes."""
    if dominant != "“”":
        return dominant
    before = text[offset - 1] if offset else " "
    return "“" if before.isspace() or before in "([{—–-/" else "”"


CHECK = Check(
    name="quote-style",
    category="typography",
    severity=Severity.INFO,
    doc=__doc__,
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run=run,
)
