"""Whitespace and line breaks that differ from the source where they change the output.

## What it flags
In bilingual files: a translation that does not start or end with the same whitespace as its
source (a lost trailing space before a value the program appends, a lost or added final line
break, `\n` and `\t` written as escapes in PO compared as what they mean); inside a string, a
blank line of the source lost (paragraphs joined) and a line of an option table (`  --test   do
nothing`) run into the line before it. In Sphinx catalogs, a translation that starts with a space
or tab where its source does not.

## Why it matters
Programs glue strings together: "Usage: " followed by the program name, a line that must end a
paragraph, columns aligned with tabs. A lost space or break runs words together in the output.
Sphinx reads a translated paragraph that starts indented as a block quote, which it refuses: the
built page silently shows the English text.

## Example
Fails:  source "Usage: " → target "用法:"
Fails:  source "done\n" → target "完成"
Fails:  (Sphinx catalog) source "The module defines:" → target " 此模块定义了："
Passes: source "Usage: " → target "用法："
Passes: source " (core dumped)" → target "（核心已转储）"

## Options
None.

## What it cannot know
Other line breaks and tabs inside a string are not compared: translators re-wrap help texts and
re-align their columns on purpose (pofilter's "newlines" and "tabs" report those, nearly all false
on real catalogs). A full-width mark (`：`, `（`) carries its own space, and spaces before a line
break are invisible, so neither is reported. In Sphinx catalogs, which the build re-flows, only the
leading space is checked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns, rest
from ..bilingual import translated, translation
from ..model import Check, Context, Document, Hit, Segment, Severity

_FULLWIDTH_SPACED = "：，；。！？、）"
_FULLWIDTH_OPENING = "（【《「『“‘"
_SHOWN = {"\n": "\\n", "\t": "\\t", " ": "␣", "\r": "\\r"}
# A blank line inside a string: a paragraph break of a help text.
_BLANK_LINE = patterns.compile(r"\n[ \t]*(?=\n)")
# A line of an option table: an option (with its aliases and at most two metavariables), then a
# column gap (a tab or two spaces) or the end of the line. "-P is used; ..." is a wrapped line of
# prose that happens to start with an option: no gap follows it.
_OPTION = r"[-+]{1,2}[A-Za-z0-9@#][\w@-]*"
_OPTION_LINE = patterns.compile(
    rf"^[ \t]*({_OPTION})(?:[,|] ?{_OPTION})*(?:[ =]?(?:<[^<>\n]+>|\[[^\[\]\n]+\]|\w+)){{0,2}}(?:\t| {{2,}}|$)", regex.M
)
_LINE_START = patterns.compile(rf"^[ \t]*({_OPTION})", regex.M)


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    sphinx = rest.looks_like_rest(doc.text)
    for segment in translated(doc):
        if sphinx:
            yield from _indented(segment)
        else:
            target = translation(segment, doc.path).plain
            yield from _edges(segment.start, segment.end, segment.source, target)
            yield from _breaks(segment, segment.source, target)


def _indented(segment: Segment) -> Iterator[Hit]:
    """Sphinx re-flows every string, but reads one that starts indented as a block quote and drops it."""
    indented = segment.raw[:1] == " " or segment.raw.startswith("\\t")  # a PO string writes a tab \t
    if indented and segment.source[:1] not in (" ", "\t") and segment.prose.strip():
        yield Hit(segment.start, segment.start, "the translation starts with a space: Sphinx reads it as a block "
                  "quote, drops the translation and shows the source instead")


def _edges(start: int, end: int, source: str, target: str) -> Iterator[Hit]:
    if not target.strip():
        return
    lead_s, lead_t = _lead(source), _lead(target)
    if lead_s != lead_t and not _opened_by_fullwidth(lead_s, lead_t, target):
        yield Hit(start, start, f"the translation starts with {_show(lead_t)}, the source with {_show(lead_s)}")
    trail_s, trail_t = _trail(source), _trail(target)
    if not _same_end(trail_s, trail_t) and not _spaced_by_fullwidth(source, target):
        yield Hit(end, end, f"the translation ends with {_show(trail_t)}, the source with {_show(trail_s)}")


def _same_end(trail_s: str, trail_t: str) -> bool:
    """Equal trailing whitespace, or the same line breaks with only spaces before one added or lost:
    nobody sees spaces at the end of a line."""
    if trail_s == trail_t:
        return True
    return "\n" in trail_s and trail_s.count("\n") == trail_t.count("\n") and _after_break(trail_s) == _after_break(trail_t)


def _after_break(trail: str) -> str:
    return trail[trail.rfind("\n") + 1 :]


def _opened_by_fullwidth(lead_s: str, lead_t: str, target: str) -> bool:
    """ " (core dumped)" → "（核心已转储）": a full-width bracket carries the space before it."""
    return lead_s.strip(" ") == "" and len(lead_t) < len(lead_s) and target.lstrip()[:1] in _FULLWIDTH_OPENING


def _breaks(segment: Segment, source: str, target: str) -> Iterator[Hit]:
    """Line breaks inside a string that carry structure: blank lines and the lines of an option table.

    Other inner breaks are left alone: translators re-wrap prose to their language's line length.
    """
    if "\n" not in source.strip():
        return
    inner_s, inner_t = len(_BLANK_LINE.findall(source.strip())), len(_BLANK_LINE.findall(target.strip()))
    if inner_t < inner_s:  # an added blank line only spaces the text out; a lost one joins paragraphs
        yield Hit(segment.start, segment.end, f"the source has {_lines(inner_s)} inside, the translation "
                  f"{_lines(inner_t)}: paragraphs were joined")
    starts = Counter(_LINE_START.findall(target))
    for option in dict.fromkeys(_OPTION_LINE.findall(source)):
        if not starts[option] and option in target:
            yield Hit(segment.start, segment.end, f"'{option}' starts a line of the source's option table but not "
                      "of the translation: the line break before it was lost")


def _lines(count: int) -> str:
    return {0: "no blank line", 1: "one blank line"}.get(count, f"{count} blank lines")


def _lead(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _trail(text: str) -> str:
    return text[len(text.rstrip()) :]


def _spaced_by_fullwidth(source: str, target: str) -> bool:
    """ "Usage: " → "用法：": the full-width mark stands for the colon and its space."""
    stripped = target.rstrip()
    return _trail(source).strip(" ") == "" and stripped[-1:] in _FULLWIDTH_SPACED and len(_trail(target)) <= len(_trail(source))


def _show(space: str) -> str:
    return f"'{''.join(_SHOWN.get(c, c) for c in space)}'" if space else "no whitespace"


CHECK = Check(
    name="whitespace-mismatch",
    category="accuracy",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
