"""Tags and bracketed clauses of the source that the translation lost or changed.

## What it flags
In bilingual files: XML/HTML tags (`<b>`, `</a>`, `<br/>`, a link's `href`) that differ between the
source and the translation, compared as multisets, not counted in the target alone; and a bracketed
clause of the source, `(…)` or `[…]`, whose names, numbers and code all vanished from the
translation: the clause was dropped, not rephrased. Full-width brackets count as brackets.

## Why it matters
A lost or misspelt tag breaks the markup the program or page builds from the string; a dropped
clause silently removes a caveat, a unit, a version or an example.

## Example
Fails:  source Click <b>Save</b> → target 点击 <b>保存
Fails:  source Returns a list (new in 3.12). → target 返回一个列表。
Passes: source Returns a list (new in 3.12). → target 返回一个列表（3.12 新版功能）。

## Options
None.

## What it cannot know
A dropped clause made only of ordinary words ("(see below)") has nothing to recognise it by in
another language and is not reported. Inline tags of XLIFF are the file's own markup and are left
to the XLIFF tools; quotation marks are not compared (languages quote differently).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..bilingual import mismatch_hits, tags
from ..model import Check, Context, Document, Hit, Segment, Severity
from ..textutil import c_unescape, unjoined

_CLAUSE = regex.compile(r"[(（\[【]([^()（）\[\]【】]{2,200})[)）\]】]")
# What survives translation and so can tell a clause was dropped: numbers, names with a capital
# inside (CPython), identifiers with digits or underscores (utf8, a_b), dotted names, placeholders.
# All-capital words are not among them: help texts translate metavariables (COMMANDS → 命令).
_KEPT = regex.compile(r"(?<![\w.])(?:\d+(?:\.\d+)*|[A-Za-z]*[a-z][A-Z]\w*|\w*[_\d]\w*|\w+(?:\.\w+)+|%\w|\{\w*\})(?![\w])")
_ORDINARY = frozenset({"e.g", "i.e", "etc", "vs"})


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    xliff = doc.path.lower().endswith((".xlf", ".xliff"))
    for segment in doc.segments:
        if not segment.source or not segment.raw:
            continue
        if not xliff and ("<" in segment.source or "<" in segment.raw):
            yield from mismatch_hits(segment, tags, "tag", doc.path)
        yield from _dropped_clauses(segment)


def _dropped_clauses(segment: Segment) -> Iterator[Hit]:
    """A source clause whose every kept token is missing from the translation."""
    source = segment.source_prose if segment.source_prose is not None else segment.source or ""
    if "(" not in source and "[" not in source and "（" not in source:
        return
    target = c_unescape(unjoined(segment.raw)[0])
    for match in _CLAUSE.finditer(source):
        kept = [t for t in _KEPT.findall((segment.source or "")[match.start() : match.end()]) if t.lower() not in _ORDINARY]
        if kept and not any(token in target for token in kept):
            clause = (segment.source or "")[match.start() : match.end()]
            yield Hit(segment.start, segment.end, f"the source's bracketed '{clause}' is missing from the translation "
                      f"(none of {', '.join(repr(t) for t in dict.fromkeys(kept))} is there)")


CHECK = Check(
    name="markup-mismatch",
    category="accuracy",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
