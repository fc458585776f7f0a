"""The same word twice in a row: "the the", "volume volume".

## What it flags
A word followed, after nothing but white space, by the same word again (ignoring case). The
suggestion is the word once.

## Why it matters
Doubled words are the commonest slip of editing and of machine translation joining two segments;
readers notice them at once, spell checkers do not.

## Example
Fails:  We reached the the top three.
Passes: We reached the top three.
Passes: He said that that plan would work.

## Options
- `allow`: further words that may be doubled (case-insensitive).

## What it cannot know
Grammar. Doubles that English allows are left alone: "that that", "had had", "is is" ("what it is
is…"), "do do", "long long ago", "very very", and reduplications such as "bye bye" or "no no". Two
capitalised words inside a sentence are taken as a name ("Sirhan Sirhan"), a capitalised word and
its lower-case double as a type and a variable of it ("takes a Request request"). Words separated by punctuation ("well, well") or by
code are not doubles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..markup import is_prose
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Segment, Severity

_DOUBLE = patterns.compile(r"(?<![\p{L}\p{N}'’\-_.])(\p{L}+)(\s+)(\1)(?![\p{L}\p{N}'’\-_])", regex.I)
# In lower-cased ASCII prose, where ``_DOUBLE`` can match (and more): the standard library's
# engine rules out the many paragraphs without a double about twice as fast. Possessive (``++``):
# only a whole run of letters can stand before the white space, so the engine need not give
# letters back one by one at every word that is not doubled; case-sensitive on the lower-cased
# text, which is the same search on ASCII (0.087 s with backtracking and ``re.I``, 0.067 s
# possessive, 0.028 s lower-cased, on the 1 MB planted corpus).
_MAYBE_DOUBLE = re.compile(r"\b([a-z]++)\s+\1(?![a-z])")
# Doubles English grammar allows ("that that", "had had", "what it is is") and reduplications.
GRAMMATICAL = frozenset(
    "that had is was do does bye ha hah hee ho blah bla knock tut tsk chop no yes so ta la ooh aye "
    "pooh hip pom there now well long very".split()
)


@dataclass(frozen=True)
class Options:
    allow: tuple[str, ...] = ()


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    allowed = GRAMMATICAL | {word.lower() for word in options.allow}
    for segment in doc.segments:
        if not may_hold_double(segment.prose):
            continue
        for match in _DOUBLE.finditer(segment.prose):
            word = match.group(1)
            if match.group(3)[1:] != word[1:]:
                continue  # "HWND hWnd": only the first letter's case may differ ("The the")
            if word.lower() in allowed or not is_prose(segment, match.start(), match.end()):
                continue
            if _is_name(segment, match):
                continue
            yield Hit(
                segment.start + match.start(),
                segment.start + match.end(),
                f"repeated word '{match.group(1)} {match.group(3)}': delete one",
                word,
            )


def may_hold_double(prose: str) -> bool:
    """False when ``prose`` surely holds no word written twice in a row (it is ASCII, and its
    lower-cased text has no double): then ``_DOUBLE`` need not be run."""
    return not prose.isascii() or _MAYBE_DOUBLE.search(prose.lower()) is not None


def _is_name(segment: Segment, match: regex.Match[str]) -> bool:
    """A capitalised first word inside a sentence: a name ("Sirhan Sirhan"), or a type and a
    variable of it as code names them ("takes a Request request"); not the slip "The the"."""
    if not match.group(1)[0].isupper():
        return False
    prose, before = segment.prose, match.start()
    while before and prose[before - 1].isspace():  # no copy of all that comes before: linear
        before -= 1
    return before > 0 and prose[before - 1] not in ".!?:;\"“”'‘’(["


CHECK = Check(
    name="repeated-word",
    category="typography",
    severity=Severity.WARNING,
    doc=__doc__,
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run=run,
)
