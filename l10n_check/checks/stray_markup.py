"""Markup that will not render as meant: broken emphasis, stray `**`, leftover HTML entities.

## What it flags
- Markdown emphasis broken by a misplaced space, so the asterisks print as they are:
  `is* brand building* and`, `** bold**`, `__ text__`. The suggestion moves the space outside.
- A lone `**` or `__` that nothing closes, such as one left at the end of a sentence, and a `**`
  closed by a single `*` (`**Released* *`), which leaves an asterisk printed.
- Bold text of several words glued to the word beside it (`project**is often crucial**`), and
  markup broken by a space: an image `! [alt](src)`, an entity `& gt;`, a link whose target holds
  a space (`[status](. html)`).
- HTML entities escaped twice (`&amp;nbsp;`, `&amp;quot;`) in any draft, and in plain-text drafts
  any HTML entity at all (`&nbsp;`, `&#39;`), which a plain-text page shows literally. The
  suggestion is the character meant.

## Why it matters
Machine translation and copy-paste between editors move spaces around markers and escape text twice;
the published page then shows asterisks and ampersand codes in the middle of sentences.

## Example
Fails:  The most important is* brand building* and marketing.
Passes: The most important is *brand building* and marketing.
Fails:  Revenue doubled this year.**
Fails:  Fees&amp;nbsp;apply.
Passes: Fees apply to *all* users, **including** VIPs.

## Options
None.

## What it cannot know
A single unmatched `*` or `_` is left alone: it is a footnote mark, a wildcard or part of a name far
more often than broken emphasis. Markers in code spans, code blocks and URLs are not prose and are
skipped. In Markdown a single entity such as `&nbsp;` is valid and not reported. Emphasis is judged
with CommonMark's flanking rules, one paragraph at a time. A broken link is marked from the nearest
`[` since the previous `](`, or at its `](` alone when there is none: a `[` further back belongs
to another link.
"""

from __future__ import annotations

import html
import html.entities
import re
from dataclasses import dataclass
from typing import Iterator, NamedTuple

import regex

from .. import patterns
from ..markup import is_markdown, is_prose
from ..model import Check, Context, Document, Hit, Segment, Severity

# A run of `*` and `_` in prose. Masking writes spaces (a PO escape's quote at most), so a run of
# the raw text that is prose is this run of the prose; the raw text then decides what it is. (A
# pattern in the standard engine over the prose: no look-behind tried at each position of the raw
# text, and no masked identifier's underscores to look at.)
_RUN = re.compile(r"[*_]+")
# The longest run that is an emphasis marker (CommonMark's own limit is none; longer is a rule).
_MAX_RUN = 3
_ENTITY = patterns.compile(r"&(?P<amps>(?:amp;)*)(?P<name>[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Longest inner text of a broken emphasis pair; a longer stretch is two unrelated markers.
_MAX_INNER = 120


@dataclass(frozen=True)
class Options:
    pass


class Delimiter(NamedTuple):
    """One run of `*` or `_` in a segment and how CommonMark would treat it. A named tuple,
    immutable like a frozen dataclass and made in a third of the time: a Sphinx catalog holds
    tens of thousands of emphasis runs."""

    start: int
    end: int
    can_open: bool
    can_close: bool


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    markdown = is_markdown(doc.path)
    for segment in doc.segments:
        raw, prose = segment.raw, segment.prose
        # Only a run in prose counts, and a run in prose is in ``prose`` too: a catalog's "_" are in
        # masked identifiers, and the entries holding them need no reading.
        if "*" in prose or "_" in prose:
            yield from _emphasis(segment)
            if "**" in raw:
                yield from _glued_bold(segment)
        if "&" in raw:
            yield from _entities(segment, markdown)
        if markdown and "! [" in raw:
            yield from _spaced_images(segment)
        if markdown and "](" in segment.prose:
            yield from _broken_links(segment)


# --- spaces broken into markup or missing beside it ---------------------------------------------

# Bold text of several words glued to the word before or after it: "project**is often crucial**".
_BOLD_GLUED_BEFORE = patterns.compile(r"(?<=\p{L})\*\*(?=\p{L})([^*\n]{1,120}?\s[^*\n]{0,120}?)(?<=\S)\*\*(?!\p{L}|\*)")
_BOLD_GLUED_AFTER = patterns.compile(r"(?<![\p{L}*])\*\*(?=\S)([^*\n]{1,120}?\s[^*\n]{0,120}?)(?<=[\p{L}\p{N}])\*\*(?=\p{L})")
_KWARGS = patterns.compile(r"[A-Za-z_]\w*+[),]")
_SPACED_IMAGE = patterns.compile(r"!\s++\[[^\]\n]*+\]\(")
_SPACED_ENTITY = patterns.compile(r"&\s++(gt|lt|amp|quot|apos|nbsp);")


def _glued_bold(segment: Segment) -> Iterator[Hit]:
    """Bold text rendered without the space between it and the word beside it."""
    raw = segment.raw
    for pattern, side in ((_BOLD_GLUED_BEFORE, "before"), (_BOLD_GLUED_AFTER, "after")):
        for match in pattern.finditer(raw):
            if not is_prose(segment, match.start(), match.end()):
                continue
            fixed = f" {match.group()}" if side == "before" else f"{match.group()} "
            yield Hit(
                segment.start + match.start(),
                segment.start + match.end(),
                f"bold text '{match.group()}' is glued to the word {side} it: a space is missing {side} the '**'",
                fixed,
            )


def _broken_links(segment: Segment) -> Iterator[Hit]:
    """ "[text](. html)": a link whose target the reader could not read as one (a space inside
    it, brackets that do not pair) prints as text, brackets and all."""
    prose = segment.prose
    start, previous = prose.find("]("), 0
    while start != -1:
        # The link's "[" is the nearest one since the previous "](": one before that belongs to
        # another link (and looking further back would make a line of many links quadratic).
        opening = prose.rfind("[", previous, start)
        yield Hit(
            segment.start + (opening if opening != -1 else start),
            segment.start + start + 2,
            "link markup will print as text: its target has a space or unpaired brackets",
        )
        previous, start = start, prose.find("](", start + 2)


def _spaced_images(segment: Segment) -> Iterator[Hit]:
    """ "! [alt](src)": a space after the "!" turns an image into a "!" and a link."""
    for match in _SPACED_IMAGE.finditer(segment.raw):
        shown = match.group()
        yield Hit(
            segment.start + match.start(),
            segment.start + match.end() - 1,
            f"'{shown[:-1]}' will not show the image: remove the space after '!'",
            "![" + shown[shown.index("[") + 1 : -1],
        )





# --- emphasis -----------------------------------------------------------------------------------


def _delimiters(segment: Segment) -> list[Delimiter]:
    """Every run of `*` or `_` in prose, with CommonMark's left- and right-flanking rules."""
    raw = segment.raw
    found = []
    for match in _RUN.finditer(segment.prose):
        start, end = match.span()
        if not _marker(raw, start, end, match.group()) or _not_emphasis(raw, start, end):
            continue
        before = raw[start - 1] if start else " "
        after = raw[end] if end < len(raw) else " "
        left = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before))
        right = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after))
        if raw[start] == "_":
            found.append(Delimiter(start, end, left and (not right or _punct(before)), right and (not left or _punct(after))))
        else:
            found.append(Delimiter(start, end, left, right))
    return found


def _marker(raw: str, start: int, end: int, run: str) -> bool:
    """Whether the prose's ``run`` at ``[start, end)`` is a marker: the same in the raw text, a whole
    run there of one character, at most ``_MAX_RUN`` long, not escaped by a backslash."""
    if end - start > _MAX_RUN or raw[start:end] != run or run.strip(run[0]):
        return False
    return not (start and raw[start - 1] in "*_\\") and not (end < len(raw) and raw[end] in "*_")


def _not_emphasis(raw: str, start: int, end: int) -> bool:
    """Asterisks of code written without backticks: exponents ``10**18``, comment openers ``/**``,
    globs ``**/*.md``."""
    before = raw[start - 1] if start else " "
    after = raw[end : end + 2]
    if before == "/" or after == "/*" or (before.isdigit() and after[:1].isdigit()):
        return True
    # f(a, **kw): the pattern is asked only after an opening bracket or a comma
    return (before in "(," or raw[start - 2 : start] == ", ") and _KWARGS.match(raw, end, end + 64) is not None


def _punct(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace()


def _unmatched(segment: Segment, delimiters: list[Delimiter]) -> tuple[list[Delimiter], list[Delimiter]]:
    """Runs left unpaired by CommonMark's pairing (same character; a closer uses up as many
    characters of its opener as both have, so ``***a* b**`` pairs fully), simplified; and openers
    only partly used, whose rest prints as is (``**Released* *``)."""
    raw = segment.raw
    openers: list[list] = []  # [delimiter, characters left]
    # Where each character's openers are in ``openers``, innermost last: the opener a closer
    # pairs with is found at once, not by a walk down past every opener of the other character.
    places: dict[str, list[int]] = {"*": [], "_": []}
    unmatched: list[Delimiter] = []
    for delim in delimiters:
        left = delim.end - delim.start
        char = raw[delim.start]
        while left and delim.can_close and places[char]:
            index = places[char][-1]
            unmatched.extend(o[0] for o in openers[index + 1 :])  # openers skipped over stay unpaired
            _truncate(openers, places, index + 1)
            used = min(left, openers[index][1])
            left -= used
            openers[index][1] -= used
            if not openers[index][1]:
                _truncate(openers, places, index)
        if left == delim.end - delim.start and delim.can_open:
            places[char].append(len(openers))
            openers.append([delim, left])
        elif left == delim.end - delim.start:
            unmatched.append(delim)
    whole = [o[0] for o in openers if o[1] == o[0].end - o[0].start]
    partial = [o[0] for o in openers if 0 < o[1] < o[0].end - o[0].start]
    return sorted(unmatched + whole, key=lambda d: d.start), partial


def _paired_in_turn(raw: str, delimiters: list[Delimiter]) -> bool:
    """Whether the runs are an opener and a closer in turn, each closer of its opener's character
    and length: ``_unmatched`` then pairs each with the one before it and leaves nothing over."""
    if len(delimiters) % 2:
        return False
    for opener, closer in zip(delimiters[::2], delimiters[1::2]):
        if not (opener.can_open and closer.can_close and raw[opener.start] == raw[closer.start]
                and opener.end - opener.start == closer.end - closer.start):
            return False
    return True


def _truncate(openers: list[list], places: dict[str, list[int]], length: int) -> None:
    """Keep the first ``length`` openers, and only their places."""
    del openers[length:]
    for indexes in places.values():
        while indexes and indexes[-1] >= length:
            indexes.pop()


def _emphasis(segment: Segment) -> Iterator[Hit]:
    raw = segment.raw
    delimiters = _delimiters(segment)
    if _paired_in_turn(raw, delimiters):
        return  # most entries of a Sphinx catalog: *name* after *name*, every run paired
    unmatched, partial = _unmatched(segment, delimiters)
    for delim in partial:
        marker = raw[delim.start : delim.end]
        yield Hit(
            segment.start + delim.start,
            segment.start + delim.end,
            f"'{marker}' is closed by a shorter marker, so its other '{marker[0]}' prints as is; close it with '{marker}'",
        )
    used: set[int] = set()
    for first, second in zip(unmatched, unmatched[1:]):
        if first.start in used or raw[first.start : first.end] != raw[second.start : second.end]:
            continue
        hit = _broken_pair(segment, first, second)
        if hit is not None:
            used.update((first.start, second.start))
            yield hit
    for delim in unmatched:
        marker = raw[delim.start : delim.end]
        if delim.start in used or len(marker) < 2 or not (delim.can_open or delim.can_close):
            continue  # a lone `*` or `_` is a footnote mark or wildcard; spaced `**` is literal
        yield Hit(
            segment.start + delim.start,
            segment.start + delim.end,
            f"unmatched '{marker}': nothing closes this bold marker, so it prints as is; remove it or add its pair",
        )


def _broken_pair(segment: Segment, first: Delimiter, second: Delimiter) -> Hit | None:
    """Two unpaired markers around text with a space just inside: `is* brand building*`."""
    raw = segment.raw
    marker = raw[first.start : first.end]
    inner = raw[first.end : second.start]
    stripped = inner.strip()
    if not stripped or len(inner) > _MAX_INNER or "\n" in inner or inner == stripped:
        return None
    if not any(ch.isalpha() for ch in stripped) or marker in stripped:
        return None
    if not (first.can_open or second.can_close):
        return None  # neither marker looks meant to open or close: a footnote mark, bullets, arithmetic
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    before = raw[first.start - 1] if first.start else " "
    after = raw[second.end] if second.end < len(raw) else " "
    # Move the inner spaces outside, unless a space or punctuation is already there.
    outside_lead = "" if before.isspace() or not lead else " "
    outside_trail = "" if after.isspace() or _punct(after) or not trail else " "
    suggestion = f"{outside_lead}{marker}{stripped}{marker}{outside_trail}"
    return Hit(
        segment.start + first.start,
        segment.start + second.end,
        f"emphasis '{raw[first.start:second.end]}' will not render: a space is inside the '{marker}' markers; "
        f"write '{suggestion.strip()}'",
        suggestion,
    )


# --- HTML entities ------------------------------------------------------------------------------


def _entities(segment: Segment, markdown: bool) -> Iterator[Hit]:
    for match in _SPACED_ENTITY.finditer(segment.raw):
        meant = html.unescape(f"&{match.group(1)};")
        yield Hit(
            segment.start + match.start(),
            segment.start + match.end(),
            f"HTML entity '{match.group()}' broken by a space prints literally: write '{meant}'",
            meant,
        )
    for match in _ENTITY.finditer(segment.raw):
        innermost = f"&{match.group('name')};"
        if not _valid_entity(innermost) or not is_prose(segment, match.start(), match.end()):
            continue
        twice = bool(match.group("amps"))
        if markdown and not twice:
            continue  # Markdown decodes one level of entities itself
        meant = html.unescape(innermost)
        # Markdown wants the entity escaped once; plain text wants the character itself.
        suggestion = innermost if markdown else (" " if meant == "\u00a0" else meant)
        what = "HTML entity escaped twice" if twice else "HTML entity"
        shown = "a no-break space" if meant == "\u00a0" else f"'{meant}'"
        yield Hit(
            segment.start + match.start(),
            segment.start + match.end(),
            f"{what} '{match.group()}' prints literally instead of {shown}: write '{suggestion}'",
            suggestion,
        )


def _valid_entity(entity: str) -> bool:
    """Whether ``&name;`` / ``&#nn;`` is an HTML entity a browser would decode."""
    if entity.startswith("&#"):
        return True
    return entity[1:] in html.entities.html5


CHECK = Check(
    name="stray-markup",
    category="typography",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
)
