"""Code the translation lost or changed: function names, reST role targets and inline literals.

## What it flags
In bilingual files, code that a translation must keep as it is but that differs from the source:
calls such as `f()`, `os.path.join()`, reST role targets (`` :func:`len` ``, `` :ref:`label` ``;
for `` :ref:`text <label>` `` only the label) and inline literals (``` ``x[0]`` ```). A lost
one is reported on the entry; an added one where it stands, or, when one was lost and one added,
as the lost one changed, with the source's as the suggestion. The shown text of a role may be
translated; roles that hold words (`:term:`, `:dfn:`, `:guilabel:`…) are not compared.

## Why it matters
A function name replaced by another tells the reader to call something else; a changed role target
is a broken cross-reference in the built documentation; a literal "translated" is wrong code.

## Example
Fails:  source Use :func:`len` here. → target 在这里使用 :func:`size`。
Passes: source Use :func:`len` here. → target 在这里使用 :func:`len`。
Passes: source See :ref:`the tutorial <tut>`. → target 参见 :ref:`教程 <tut>`。

## Options
None.

## What it cannot know
Code written without markup other than a call with empty parentheses (a bare `os.path` is prose to
it); whether a literal is meant to be translated (a literal holding an English sentence is
reported when changed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..bilingual import code, mismatch_hits
from ..model import Check, Context, Document, Hit, Severity


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    for segment in doc.segments:
        if segment.source and segment.raw and ("`" in segment.source or "()" in segment.source or "`" in segment.raw
                                               or "()" in segment.raw):
            yield from mismatch_hits(segment, code, "code", doc.path)


CHECK = Check(
    name="code-mismatch",
    category="accuracy",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
