"""Fuzzy and untranslated entries of a catalog, listed when asked with `--include-fuzzy`.

## What it flags
With `--include-fuzzy` (or `include-fuzzy = true`): each PO entry marked fuzzy and each entry with an
empty msgstr, and each XLIFF unit whose target is missing, empty or in a state that asks for review
(`needs-translation`, `needs-review-translation`, `new`; 2.x `initial`). The other bilingual checks
then read fuzzy entries too, so a fuzzy entry's changed number or dropped clause is found. Without
the option these entries are not translations yet and nothing reads them.

## Why it matters
A fuzzy entry is a machine's or an old guess that programs do not use until someone confirms it; an
untranslated one shows the source language. Before a release both should be zero, or known.

## Example
Fails (with --include-fuzzy):  #, fuzzy / msgid "Copyright 2024" / msgstr "版权所有 2023"
Passes: a translated entry without the fuzzy flag.

## Options
None; the command-line option `--include-fuzzy` turns the reading of unfinished entries on.

## What it cannot know
Whether a fuzzy entry is right as it stands (that is what the other checks help to judge).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..model import Check, Context, Document, Hit, Severity


@dataclass(frozen=True)
class Options:
    pass


_MESSAGES = {
    "fuzzy": "fuzzy translation: review it and clear the fuzzy mark",
    "untranslated": "untranslated entry: the source will show instead",
}


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    for segment in doc.segments:
        if segment.state in _MESSAGES:
            yield Hit(segment.start, segment.end, _MESSAGES[segment.state], context=segment.source or "")


CHECK = Check(
    name="unfinished-entry",
    category="completeness",
    severity=Severity.INFO,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
