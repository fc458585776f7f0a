"""Leading and trailing whitespace, line breaks and tabs that differ from the source.

## What it flags
In bilingual files: a translation that does not start or end with the same whitespace as its source
(a lost trailing space before a value the program appends, a lost or added final line break, `\n`
and `\t` written as escapes in PO compared as what they mean). A trailing space after a
colon or comma that the translation replaced by a full-width mark (`：`, `，`) is accepted: the
full-width mark carries its own space.

## Why it matters
Programs glue strings together: "Usage: " followed by the program name, a line that must end a
paragraph, columns aligned with tabs. A lost space or break runs words together in the output; an
extra one breaks the layout.

## Example
Fails:  source "Usage: " → target "用法:"
Fails:  source "done\n" → target "完成"
Passes: source "Usage: " → target "用法："

## Options
None.

## What it cannot know
Line breaks and tabs inside a string are not compared: translators re-wrap help texts and
re-align their columns on purpose (pofilter's "newlines" and "tabs" report those). Sphinx
catalogs, whose strings the build re-flows, are not checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .. import rest
from ..bilingual import decoded
from ..model import Check, Context, Document, Hit, Severity
from ..textutil import unjoined

_FULLWIDTH_SPACED = "：，；。！？、）"
_SHOWN = {"\n": "\\n", "\t": "\\t", " ": "␣", "\r": "\\r"}


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    if rest.looks_like_rest(doc.text):
        return  # Sphinx re-flows every string: its whitespace means nothing
    for segment in doc.segments:
        if segment.source and segment.raw:
            target = decoded(unjoined(segment.raw)[0], doc.path).replace("\x00", "")
            yield from _edges(segment.start, segment.end, segment.source, target)


def _edges(start: int, end: int, source: str, target: str) -> Iterator[Hit]:
    lead_s, lead_t = _lead(source), _lead(target)
    if lead_s != lead_t and target.strip():
        yield Hit(start, start, f"the translation starts with {_show(lead_t)}, the source with {_show(lead_s)}")
    trail_s, trail_t = _trail(source), _trail(target)
    if trail_s != trail_t and target.strip() and not _spaced_by_fullwidth(source, target):
        yield Hit(end, end, f"the translation ends with {_show(trail_t)}, the source with {_show(trail_s)}")


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
