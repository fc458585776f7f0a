"""A possessive that lost its apostrophe: "Acmes revenue", "the companys plan".

## What it flags
- A name of the draft plus a bare "s" ("Acmes revenue") when the name is used on its own elsewhere
  in the draft and the form with "s" is not an English word; the suggestion is "Acme's".
- A noun ending in consonant + "y" with a bare "s" ("the companys plan"), which is never the plural
  (that is "companies"); after "the", "this", "our"… the suggestion is "company's".

## Why it matters
Machine translation and plain-text pipelines drop apostrophes, turning a possessive into a
non-word that a reader stumbles over and search engines miss.

## Example
Fails:  Acme grew fast. Acmes revenue doubled.
Passes: Acme grew fast. Acme's revenue doubled.
Fails:  We studied the companys plan.
Passes: We studied the company's plan.
Passes: Toyota sold two Toyotas. (a counted plural)

## Options
- `max-zipf` (default 2.0): a name plus "s" more frequent than this in English (Zipf scale, from
  the wordfreq package) is taken as a real word or plural and left alone.

## What it cannot know
Possessives of ordinary words whose bare "s" form is a plural ("the users data", "its"). Plural
names ("the Kennedys", "two Toyotas") are told apart only by a determiner or number before them and
by being frequent English words; a rarer plural of a name can be reported. Only English drafts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator

import regex

from ..english import is_english_target, zipf
from ..model import Check, Context, Document, Hit, Severity

_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-_.@#/])\p{L}+(?![\p{L}\p{N}'’\-_@#/]|\.\p{L})")
# Words before a counted or plural noun: "two Toyotas", "the Kennedys" is left alone too.
_PLURAL_CUES = frozenset(
    "a an the two three four five six seven eight nine ten many several some these those both all other "
    "few various multiple numerous".split()
)
# Words before a singular possessor: "the companys plan" → "the company's plan".
_SINGULAR_CUES = frozenset("the this that its his her our their your my a an every each one".split())
_Y_PLURAL = regex.compile(r"[a-z]*[b-df-hj-np-tv-z]ys")


@dataclass(frozen=True)
class Options:
    max_zipf: float = 2.0


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    if not is_english_target(doc.target_lang):
        return
    tokens = [(segment.start + m.start(), m.group()) for segment in doc.segments for m in _WORD.finditer(segment.prose)]
    names = Counter(word for _, word in tokens if word[0].isupper() and not word.isupper())
    previous = ""
    for offset, word in tokens:
        if word[-1] == "s":  # both kinds of lost possessive end in a bare "s": skip the rest cheaply
            end = offset + len(word)
            followed = doc.text[end : end + 1] == " " and doc.text[end + 1 : end + 2].isalnum()
            hit = _name_possessive(offset, word, previous, followed, names, options) or _y_possessive(offset, word, previous)
            if hit is not None:
                yield hit
        previous = word


def _name_possessive(offset: int, word: str, previous: str, followed: bool, names: Counter[str], options: Options) -> Hit | None:
    """ "Acmes revenue" where "Acme" is a capitalised word of the draft and "acmes" no English word."""
    if len(word) < 4 or not word.endswith("s") or not word[0].isupper() or word[-2] in "sS'’":
        return None
    base = word[:-1]
    if names[base] == 0 or base.isupper() or previous.lower() in _PLURAL_CUES:
        return None
    if not followed or zipf(word) > options.max_zipf:
        return None  # no word follows, so no possessive; or the form with "s" is a real word
    return Hit(
        offset,
        offset + len(word),
        f"'{word}' looks like the possessive of '{base}' without its apostrophe: write '{base}'s'",
        f"{base}'s",
    )


def _y_possessive(offset: int, word: str, previous: str) -> Hit | None:
    """ "the companys plan": consonant + "ys" is never the plural of a noun in "y"."""
    lower = word.lower()
    if not _Y_PLURAL.fullmatch(lower) or len(lower) < 5:
        return None
    base, plural = word[:-1], lower[:-2] + "ies"
    if zipf(base) < 3.0 or zipf(plural) < 2.0 or zipf(lower) > zipf(plural) - 1:
        return None
    if previous.lower() in _SINGULAR_CUES:
        return Hit(offset, offset + len(word), f"'{word}' is missing its apostrophe: write '{base}'s'", f"{base}'s")
    return Hit(
        offset,
        offset + len(word),
        f"'{word}' is neither a plural nor a possessive: write '{base}'s' (possessive) or '{word[:-2]}ies' (plural)",
    )


CHECK = Check(
    name="lost-apostrophe",
    category="typography",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
)
