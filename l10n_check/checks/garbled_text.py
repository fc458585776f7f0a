"""Mojibake: text decoded with the wrong character set somewhere on its way.

## What it flags
Sequences such as `donâ€™t` (a right quote read as Windows-1252), `cafÃ©` (é read as Latin-1),
`ä¸­æ–‡` (Chinese UTF-8 read as Windows-1252) or `Ð¿Ñ€Ð¸` (Cyrillic read as Latin-1), in any of the
usual wrong-codec pairs that the ftfy library knows.

## Why it matters
Readers see garbage; and one garbled word usually means a whole pipeline step used the wrong codec.

## Example
Fails:  We donâ€™t publish on weekends.
Passes: We don’t publish on weekends.

## Options
None.

## What it cannot know
Text garbled beyond repair (replacement characters �, lost bytes) has no fix to suggest; ftfy leaves
alone what could be real text, so rare mixes of accented capitals are not reported.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterator

import regex

from ..model import Check, Context, Document, Hit, Severity

# Characters that mojibake is made of: Latin-1 Supplement and the Windows-1252 extras. A segment
# without any of them is skipped before ftfy is asked.
_SUSPECT = regex.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122\u2039\u203a\u2020\u2021\u2030]")


_WORD = regex.compile(r"[^\s]+")


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    for segment in doc.segments:
        prose = segment.prose
        if prose.isascii() or not _SUSPECT.search(prose):
            continue
        for start, end in _suspect_clusters(prose):
            yield from _hits(prose[start:end], segment.start + start)


def _suspect_clusters(text: str) -> Iterator[tuple[int, int]]:
    """Runs of words that hold suspect characters, with one plain word of context each side.

    ftfy is asked about these short stretches rather than whole paragraphs: it is the costly step,
    and mojibake never depends on text further away than the word it broke.
    """
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    suspect = [i for i, (a, b) in enumerate(spans) if _SUSPECT.search(text, a, b)]
    groups: list[list[int]] = []
    for index in suspect:
        if groups and index - groups[-1][1] <= 2:
            groups[-1][1] = index
        else:
            groups.append([index, index])
    for first, last in groups:
        yield spans[max(0, first - 1)][0], spans[min(len(spans) - 1, last + 1)][1]


def _hits(text: str, offset: int) -> Iterator[Hit]:
    import ftfy  # lazy: only drafts with suspect characters pay for it

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return
    for start, end, replacement in _changes(text, fixed):
        yield Hit(
            offset + start,
            offset + end,
            f"garbled text '{text[start:end]}' (wrong character encoding): it should read '{replacement}'",
            replacement,
        )


def _changes(original: str, fixed: str) -> Iterator[tuple[int, int, str]]:
    """Changed regions widened to whole words, as ``(start, end, replacement)``, merged when adjacent."""
    regions: list[list[int]] = []
    matcher = difflib.SequenceMatcher(None, original, fixed, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left = _word_start(original, i1)
        right = _word_end(original, i2)
        j_left, j_right = j1 - (i1 - left), j2 + (right - i2)
        if regions and left <= regions[-1][1]:
            regions[-1][1], regions[-1][3] = right, j_right
        else:
            regions.append([left, right, j_left, j_right])
    for left, right, j_left, j_right in regions:
        yield left, right, fixed[j_left:j_right]


def _word_start(text: str, index: int) -> int:
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def _word_end(text: str, index: int) -> int:
    while index < len(text) and not text[index].isspace():
        index += 1
    return index


def warm_up() -> None:
    """Import ftfy now (before worker processes fork)."""
    import ftfy  # noqa: F401


CHECK = Check(
    name="garbled-text",
    category="encoding",
    severity=Severity.ERROR,
    doc=__doc__,
    options=Options,
    run=run,
    warm_up=warm_up,
)
