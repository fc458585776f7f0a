"""Brackets and quotation marks that do not pair within a paragraph.

## What it flags
An opening `(`, `[`, `{`, `“`, `"` or CJK bracket (`（【「『《〈〔`) that nothing closes before the
paragraph ends, a closing one that nothing opened, and a closing one of the wrong kind (`(see [1)`).
A curly quotation mark of the wrong hand (`“Template“ refers to`, `”yes”`) is reported with the
right one as the suggestion.

## Why it matters
Machine translation drops or duplicates brackets when it reorders clauses, and removed links leave
half a pair behind; the reader cannot tell where the aside or the quotation ends.

## Example
Fails:  The old top three (Binance, OKX and Huobi overlooked later platforms.
Passes: The old top three (Binance, OKX and Huobi) overlooked later platforms.
Fails:  He called it “the warmest exchange.
Passes: He called it “the warmest exchange.”

## Options
None.

## What it cannot know
Which half is missing, so there is no suggestion. List markers (`a)`, `2)`), smileys (`:)`),
half-open intervals (`[0, 1)`) and a closing bracket whose opener is inside the URL or code just
before it are not reported. A quotation
running over several paragraphs, each opening with a quotation mark, is English convention and
allowed. Single quotation marks are not checked: `’` is also the apostrophe. A paragraph with more
than 20 unpaired marks is data or code more than prose: only its first 20 are reported.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from .. import patterns
from ..model import Check, Context, Document, Hit, Segment, Severity

# A paragraph with more unpaired marks than this is data or code, not prose: report the first ones.
MAX_PER_PARAGRAPH = 20
PAIRS = {"(": ")", "[": "]", "{": "}", "“": "”", "（": "）", "【": "】", "「": "」", "『": "』", "《": "》", "〈": "〉", "〔": "〕"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
_QUOTES = frozenset("“”\"″")
_UNSURE = frozenset("\"″")  # a straight quote that could open or close; an inch mark or a closing quote
_BEFORE_OPENING = "([{—–/*_`"  # what may stand right before an opening quote
# Every mark paired: found by one pattern instead of a look at each character in Python. A class
# of literal characters means the same in both engines; the standard one finds it faster.
_MARK = re.compile("[" + re.escape("".join([*PAIRS, *CLOSERS, '"'])) + "]")
# What pairing leaves alone: smileys and intervals such as "[0, 1)" (pairs like "(a, b)" too).
_IGNORED = patterns.compile(r"[:;]-?[()](?=\s|$)|[\[(]\s*[-+]?[\w.]+\s*,\s*[-+]?[\w.]+\s*[\])]")
# A list marker: "a)", "2)", "iv)" at the start or after a space, closing nothing.
_LIST_MARKER = patterns.compile(r"(?:^|\s)[\p{L}\p{N}]{1,3}$")


@dataclass(frozen=True)
class Options:
    pass


class Mark(NamedTuple):
    """A bracket or quotation mark in prose. A named tuple, immutable like a frozen dataclass, since
    a catalog holds 150,000 of them and a tuple is made in a third of the time."""

    offset: int
    char: str  # the bracket; a straight quote is recorded as "“", "”", '"' (unsure) or "″" (inch?)
    turned: bool = False  # a curly quote of the wrong hand: “ where a closing one belongs, or ”


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    segments = doc.segments
    search = _MARK.search
    for index, segment in enumerate(segments):
        if search(segment.prose) is None:
            continue  # most catalog entries: no mark, nothing to pair
        marks = list(_marks(segment))
        if not marks:
            continue
        following = segments[index + 1] if index + 1 < len(segments) else None
        for mark in marks:
            if mark.turned:
                yield _turned_hit(segment, mark)
        for mark, problem in itertools.islice(_problems(segment, marks), MAX_PER_PARAGRAPH):
            if problem == "unclosed" and mark.char == "“" and following is not None and _opens_with_quote(following):
                continue  # a quotation that runs on into the next paragraph
            yield _hit(segment, mark, problem)


def _marks(segment: Segment) -> Iterator[Mark]:
    """Every bracket and double quotation mark in prose, straight quotes read as opening or closing."""
    # A mark counts where prose and raw hold it both. Searched in the prose, where masking has
    # blanked the marks of code and URLs (most of a Sphinx catalog's); the raw text then tells a
    # PO escape, whose prose shows the quote where the raw holds the backslash.
    prose = segment.prose
    found = _MARK.finditer(prose)
    first = next(found, None)
    if first is None:
        return  # most catalog entries and many paragraphs: no mark, nothing to ignore
    raw = segment.raw
    ignored = {i for m in _IGNORED.finditer(prose) for i in range(m.start(), m.end())}
    for match in itertools.chain((first,), found):
        offset, char = match.start(), match.group()
        if offset in ignored or raw[offset] != char:  # not prose: a PO escape
            continue
        if char == '"':
            yield Mark(offset, _straight_quote(raw, offset))
        elif char in "“”" and _turned(raw, offset):
            yield Mark(offset, "”" if char == "“" else "“", turned=True)
        else:
            yield Mark(offset, char)


def _turned(raw: str, offset: int) -> bool:
    """A curly quote whose hand contradicts its place: “ after a word and before a space or the
    end ("“Template“ Refers"), ” after a space and before a word."""
    before = raw[offset - 1] if offset else " "
    after = raw[offset + 1] if offset + 1 < len(raw) else " "
    if raw[offset] == "“":
        return not before.isspace() and before not in _BEFORE_OPENING and (after.isspace() or after in ".,;:!?)")
    return before.isspace() and after.isalnum()


def _straight_quote(raw: str, offset: int) -> str:
    """How a straight quote reads from its neighbours: ``“`` opening, ``”`` closing, ``"`` either
    (spaces or letters on both sides: ``"From "``, ``name="x"``), or ``″`` an inch mark (27")."""
    before = raw[offset - 1] if offset else " "
    after = raw[offset + 1] if offset + 1 < len(raw) else " "
    if before.isdigit() and not after.isalnum():
        return "″"
    opening = before.isspace() or before in _BEFORE_OPENING
    closing = after.isspace() or (_punct(after) and after not in "([{")
    if opening != closing:
        return "“" if opening else "”"
    return '"'


def _punct(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace()


def _problems(segment: Segment, marks: list[Mark]) -> Iterator[tuple[Mark, str]]:
    """Pair brackets on one stack and double quotes on another; yield what is left unpaired.

    A closer whose opener is deeper in the stack closes it and leaves the openers above unclosed:
    in "(see [1)" the "[" is reported.
    """
    stacks: dict[bool, _Stack] = {True: _Stack(), False: _Stack()}
    for mark in marks:
        stack = stacks[mark.char in _QUOTES]
        if mark.char in _UNSURE:
            # An unsure straight quote closes an open quotation; otherwise it opens one, unless
            # it may be an inch mark.
            if stack.marks:
                stack.pop()
            elif mark.char == '"':
                stack.push(Mark(mark.offset, "“"))
            continue
        if mark.char in PAIRS:
            stack.push(mark)
            continue
        wanted = CLOSERS[mark.char]
        if stack.marks and stack.marks[-1].char == wanted:
            stack.pop()
        elif stack.holds(wanted):
            while stack.marks[-1].char != wanted:  # openers skipped over were never closed
                yield stack.pop(), "unclosed"
            stack.pop()
        elif not _excused(segment, mark, wanted):
            yield mark, "unopened"
    for stack in stacks.values():
        for mark in stack.marks:
            yield mark, "unclosed"


class _Stack:
    """Open marks, innermost last, with a count of each kind: whether a closer's opener is open at
    all is answered without a walk down the stack (a line of a thousand "[" and then "a)")."""

    def __init__(self) -> None:
        self.marks: list[Mark] = []
        self.open: Counter[str] = Counter()

    def push(self, mark: Mark) -> None:
        self.marks.append(mark)
        self.open[mark.char] += 1

    def pop(self) -> Mark:
        mark = self.marks.pop()
        self.open[mark.char] -= 1
        return mark

    def holds(self, char: str) -> bool:
        return self.open[char] > 0


def _excused(segment: Segment, mark: Mark, opener: str) -> bool:
    """A closer that closes nothing on purpose: a list marker "a)", or the end of a URL or code
    whose opener was masked with it, as in "(see https://en.wikipedia.org/wiki/Set_(mathematics))"."""
    # The marker is a space and at most three characters (and the "$" of the pattern also matches
    # before a final line break): a window that size, not all that comes before.
    if mark.char == ")" and _LIST_MARKER.search(segment.prose, max(0, mark.offset - 5), mark.offset):
        return True
    start = mark.offset
    while start > 0 and segment.raw[start - 1] != segment.prose[start - 1]:
        start -= 1
    return opener in segment.raw[start : mark.offset]


def _opens_with_quote(segment: Segment) -> bool:
    text = segment.prose.lstrip(" >")
    return text[:1] in ("“", '"')


def _turned_hit(segment: Segment, mark: Mark) -> Hit:
    wrong = segment.raw[mark.offset]
    where = "a closing" if mark.char == "”" else "an opening"
    return Hit(
        segment.start + mark.offset,
        segment.start + mark.offset + 1,
        f"'{wrong}' used as {where} quotation mark: write '{mark.char}'",
        mark.char,
    )


def _hit(segment: Segment, mark: Mark, problem: str) -> Hit:
    char = segment.raw[mark.offset]
    if problem == "unclosed":
        partner = char if char == '"' else PAIRS[mark.char]
        message = f"'{char}' is never closed in this paragraph: add '{partner}' where it ends, or remove it"
    else:
        partner = char if char == '"' else CLOSERS[mark.char]
        message = f"'{char}' closes nothing in this paragraph: add '{partner}' where it begins, or remove it"
    return Hit(segment.start + mark.offset, segment.start + mark.offset + 1, message)


CHECK = Check(
    name="unbalanced-brackets",
    category="typography",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
)
