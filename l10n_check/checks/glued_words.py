"""Words run together where a link or formatting was removed: "ourPartner", "tradingvolume".

## What it flags
- A lowercase word glued to a capitalised one inside a token ("ourPartner program") when both halves
  are common English words and the whole is not a word. The suggestion puts the space back.
- A lowercase token that is not an English word but splits into two common words, when the draft
  writes those two words apart elsewhere ("tradingvolume" in a draft that says "trading volume"),
  or when the first word is a determiner ("ourpartner", "thecompany").

## Why it matters
Removing a link or an emphasis often eats the space beside it; the result is a non-word a reader
must decode and a search cannot find.

## Example
Fails:  Join ourPartner program today.
Passes: Join our Partner program today.
Fails:  Trading volume grew, and tradingvolume records fell.
Passes: Trading volume grew, and trading volume records fell.
Passes: iPhone, OpenAI, TradFi, pump.fun and eBay are brands.

## Options
- `allow`: further tokens that are spelled together on purpose (case-insensitive).
- `min-zipf` (default 3.0): how common (Zipf scale, from the wordfreq package) each half must be.

## What it cannot know
Brand spellings are recognised by their shape: those that start with a capital (OpenAI, TradFi), a
single lowercase letter (iPhone, eBay), or contain digits, dots or several capitals are never
reported; a lowercase-then-capital brand made of two common words ("greenPlan") is, unless allowed.
Closed compounds missing from the word list ("webhook") are reported only when the draft also writes
the two words apart, at least as often. A token the draft writes glued more than once and never
apart, or sets in emphasis (`*typecode*`), is taken as deliberate. Only English drafts; words in
code and URLs are skipped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator

import regex

from ..english import is_english_target, zipf
from ..markup import touches_non_prose
from ..model import Check, Context, Document, Hit, Segment, Severity

# A whole token of letters, not part of a longer identifier, path, handle, domain or hyphenated word.
_TOKEN = regex.compile(r"(?<![\p{L}\p{N}'’\-_.@#/\\])\p{L}+(?![\p{L}\p{N}'’\-_@#/\\(]|\.\p{L})")
_CAMEL = regex.compile(r"([a-z]{2,})([A-Z][a-z]+)")
# Determiners and possessives: nothing closes a compound with them, so "ourpartner" is always two words.
DETERMINERS = frozenset("the this that these those our your their his her its my every each".split())
# Shortest half of a lowercase split: shorter halves (a, an, on) make too many false splits.
_MIN_HALF = 3


@dataclass(frozen=True)
class Options:
    allow: tuple[str, ...] = ()
    min_zipf: float = 3.0


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    if not is_english_target(doc.target_lang):
        return
    allowed = {word.lower() for word in options.allow}
    usage = _usage(doc)
    for segment in doc.segments:
        for match in _TOKEN.finditer(segment.prose):
            token = match.group()
            if len(token) < 5 or token.lower() in allowed or _set_apart(segment, *match.span()):
                continue
            split = _camel_split(token, options) or _lower_split(token, usage, options)
            if split is not None and _accidental(token, split, usage):
                yield _hit(segment, match.start(), token, split)


@dataclass(frozen=True)
class Usage:
    """How often the draft writes each word (folded) and each two words side by side."""

    words: Counter[str]
    pairs: Counter[tuple[str, str]]


def _usage(doc: Document) -> Usage:
    words: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for segment in doc.segments:
        found = regex.findall(r"\p{L}+|[^\p{L}\s]", segment.prose.lower())
        words.update(found)
        pairs.update(zip(found, found[1:]))
    return Usage(words, pairs)


def _set_apart(segment: Segment, start: int, end: int) -> bool:
    """A token next to code or inside emphasis markers is a deliberate name: *typecode*, `x`y."""
    raw = segment.raw
    marked = (start and raw[start - 1] in "*_") or (end < len(raw) and raw[end] in "*_")
    return bool(marked) or touches_non_prose(segment, start, end)


def _accidental(token: str, split: tuple[str, str], usage: Usage) -> bool:
    """Used once, or no more often than the two words apart: a spelling used on purpose repeats."""
    count = usage.words[token.lower()]
    return count <= 1 or usage.pairs[(split[0].lower(), split[1].lower())] >= count


def _camel_split(token: str, options: Options) -> tuple[str, str] | None:
    """ "ourPartner" → ("our", "Partner"): both halves common words, the whole no word."""
    match = _CAMEL.fullmatch(token)
    if match is None or zipf(token) > 0:
        return None
    left, right = match.groups()
    if zipf(left) < options.min_zipf or zipf(right) < options.min_zipf:
        return None
    return left, right


def _lower_split(token: str, usage: Usage, options: Options) -> tuple[str, str] | None:
    """ "tradingvolume" → ("trading", "volume") when the draft writes them apart, "ourpartner" always."""
    if not token.islower() or zipf(token) > 0:
        return None
    candidates = []
    for cut in range(2, len(token) - _MIN_HALF + 1):
        left, right = token[:cut], token[cut:]
        if (len(left) < _MIN_HALF and left not in DETERMINERS) or zipf(right) < options.min_zipf:
            continue
        if left in DETERMINERS or (usage.pairs[(left, right)] and zipf(left) >= options.min_zipf):
            candidates.append((min(zipf(left), zipf(right)), left, right))
    if not candidates:
        return None
    _, left, right = max(candidates)
    return left, right


def _hit(segment: Segment, offset: int, token: str, split: tuple[str, str]) -> Hit:
    left, right = split
    return Hit(
        segment.start + offset,
        segment.start + offset + len(token),
        f"'{token}' looks like two words run together: write '{left} {right}'",
        f"{left} {right}",
    )


CHECK = Check(
    name="glued-words",
    category="typography",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
)
