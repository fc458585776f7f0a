"""One numbered sequence written in two styles: "Chapter One" and "Chapter 2", "Step 1" and "Step Two".

## What it flags
A sequencing word (chapter, part, step, phase, round, day... `data/numbering_heads.txt`) followed by
its number written in words ("Chapter One"), digits ("Chapter 2") or Roman numerals ("Part III"),
where the same draft numbers that sequence in another style. Each occurrence of the rarer style
is reported against the commoner one, with the number rewritten in that style as the suggestion.

## Why it matters
Machine translation renders 第一章 and 第2章 afresh each time, and a list of chapters or steps that
switches between "One" and "2" looks careless; readers of a table of contents notice at once.

## Example
Fails:  Chapter One: the market. Chapter Two: the team. Chapter 3: the future.
Passes: Chapter 1: the market. Chapter 2: the team. Chapter 3: the future.

## Options
- `heads`: further sequencing words ("Stage", "Lap"), added to the built-in list.

## What it cannot know
Whether a number in words is part of a name ("Formula One", "Day One" the company): such names
head no sequence of the built-in list except "Day", and a draft that also writes "Day 2" is reported.
Numbers above twenty in words, ordinals ("the second chapter") and decimals ("Go 1.18") are not read.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..model import Check, Context, Document, Hit, Related, Severity
from ..textutil import alternation

WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen twenty").split()
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18, "XIX": 19, "XX": 20}
_NUMBERED = patterns.compile(
    r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \u00a0]+(\d{1,2}|" + "|".join(WORDS) + "|" + "|".join(sorted(_ROMAN, key=len, reverse=True))
    + r")(?![\p{L}\p{N}]|[.,]\d)",
    regex.I,
)
_NUMBER_LOWER = "|".join([*WORDS, *sorted((roman.lower() for roman in _ROMAN), key=len, reverse=True)])


@functools.lru_cache(maxsize=8)
def _candidates(known: frozenset[str]) -> tuple[re.Pattern[str], regex.Pattern[str]]:
    """Where ``_NUMBERED`` can match with a head of ``known``, in the lower-cased prose: a
    case-sensitive pattern naming the heads skips every other word several times faster than the
    case-insensitive one tries each (each candidate is then matched with ``_NUMBERED``).

    Two patterns: the candidate itself, and a looser one that matches wherever it does (a head,
    spaces and something), without its look-behind, in the standard engine: ``regex`` tries a
    pattern that opens with a look-behind at every position, three times as slowly."""
    heads_ = alternation(word.lower() for word in known if word)
    # The default heads' pattern is the same every run: the compiled-pattern cache keeps it. A
    # configuration's own heads are compiled here, never stored.
    compile_ = patterns.compile if known == heads() else regex.compile
    exact = compile_(rf"(?<![\p{{L}}\p{{N}}])(?:{heads_})[ \u00a0]+(?:\d{{1,2}}|{_NUMBER_LOWER})(?![\p{{L}}\p{{N}}])")
    return re.compile(rf"(?:{heads_})[ \u00a0]+[^ \u00a0]"), exact


def _candidate_starts(lowered: str, known: frozenset[str]) -> Iterator[int]:
    """The starts of ``finditer`` of the exact candidate pattern: at each place the loose one
    matches, left to right, the exact one is tried; after a match the search goes on at its end."""
    loose, exact = _candidates(known)
    at = 0
    while True:
        place = loose.search(lowered, at)
        if place is None:
            return
        match = exact.match(lowered, place.start())
        if match is None:
            at = place.start() + 1
        else:
            yield match.start()
            at = match.end()


@dataclass(frozen=True)
class Options:
    heads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Numbered:
    """One "Head N": where, the head word, the number as written, its style and value."""

    start: int
    end: int
    head: str
    number: str
    style: str  # words | digits | roman
    value: int


@functools.lru_cache(maxsize=1)
def heads() -> frozenset[str]:
    """The sequencing words of ``data/numbering_heads.txt``."""
    from ..chinese.datafiles import data_lines

    return frozenset(word for line in data_lines("numbering_heads.txt") for word in line.split())


def numbered(doc: Document, known: frozenset[str]) -> list[Numbered]:
    """Every "Head N" of the draft's prose whose head is a sequencing word."""
    found = []
    loose = _candidates(known)[0]
    for segment in doc.segments:
        prose = segment.prose
        lowered = prose.lower()
        if len(lowered) == len(prose) and loose.search(lowered) is None:
            continue  # most prose: no head with something after it, so no candidate to try
        for match in _numbered(prose, known):
            head, number = match.group(1), match.group(2)
            style, value = _style(number)
            if head.lower() in known and value:
                found.append(Numbered(segment.start + match.start(), segment.start + match.end(), head, number, style, value))
    return found


def _numbered(prose: str, known: frozenset[str]) -> Iterator[regex.Match[str]]:
    """``_NUMBERED.finditer(prose)``, tried only where a head of ``known`` and a number stand."""
    lowered = prose.lower()
    if len(lowered) != len(prose):  # a letter whose lower case is longer: offsets would shift
        yield from _NUMBERED.finditer(prose)
        return
    end = 0
    for start in _candidate_starts(lowered, known):
        match = _NUMBERED.match(prose, start) if start >= end else None
        if match is not None:
            end = match.end()
            yield match


def _style(number: str) -> tuple[str, int]:
    if number.isdigit():
        return "digits", int(number)
    if number.lower() in WORDS:
        return "words", WORDS.index(number.lower()) + 1
    if number.isupper() and number in _ROMAN:  # "Part i" is no numeral; "Part I" is
        return "roman", _ROMAN[number]
    return "", 0


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    """Report each number written in a sequence's rarer style, against its commoner style."""
    known = heads() | {h.lower() for h in options.heads}
    by_head: dict[str, list[Numbered]] = {}
    for item in numbered(doc, known):
        by_head.setdefault(item.head.lower(), []).append(item)
    for items in by_head.values():
        styles = Counter(item.style for item in items)
        if len(styles) < 2:
            continue
        first = {item.style: i for i, item in reversed(list(enumerate(items)))}
        dominant = min(styles, key=lambda style: (-styles[style], first[style]))
        related = tuple(Related(i.start, i.end, f"numbered in {dominant} here") for i in items if i.style == dominant)[:10]
        for item in items:
            if item.style != dominant:
                yield Hit(
                    item.start,
                    item.end,
                    f"'{item.head} {item.number}' is numbered in {item.style} where the draft numbers "
                    f"'{item.head}' in {dominant} ({styles[dominant]} times): one sequence, one style",
                    suggestion=f"{item.head} {_written(item.value, dominant)}",
                    related=related,
                )


def _written(value: int, style: str) -> str:
    if style == "words":
        return WORDS[value - 1].capitalize()
    if style == "roman":
        return next(roman for roman, number in _ROMAN.items() if number == value)
    return str(value)


CHECK = Check(
    name="mixed-numbering",
    category="consistency",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
)
