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
A joined form the draft uses more than once is taken as deliberate (a product or identifier such as
"typecode"), so a slip repeated twice is not reported.
Brand spellings are recognised by their shape: those that start with a capital (OpenAI, TradFi), a
single lowercase letter (iPhone, eBay), or contain digits, dots or several capitals are never
reported; a lowercase-then-capital brand made of two common words ("blueSky") is, unless allowed.
Closed compounds missing from the word list ("webhook") are reported only when the draft also writes
the two words apart. Only English drafts; words in code and URLs are skipped.
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
    lazy = _Lazy(doc)
    for segment in doc.segments:
        for match in _TOKEN.finditer(segment.prose):
            token = match.group()
            if len(token) < 5 or zipf(token) > 0:
                continue  # short, or an English word: the common case, decided by one dictionary look-up
            lowered = token.lower()
            if lowered in allowed or touches_non_prose(segment, *match.span()):
                continue
            split = _camel_split(token, options) or (token.islower() and _lower_split(token, lazy.pairs, options))
            if not split or lazy.uses(lowered) > 1:
                continue  # written so more than once: a term or identifier of the draft, not a slip
            yield _hit(segment, match.start(), token, split)


class _Lazy:
    """What only candidates need, computed on first use: word pairs of the draft, token counts."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._pairs: frozenset[tuple[str, str]] | None = None
        self._uses: Counter[str] | None = None

    @property
    def pairs(self) -> frozenset[tuple[str, str]]:
        if self._pairs is None:
            self._pairs = _word_pairs(self._doc)
        return self._pairs

    def uses(self, lowered: str) -> int:
        if self._uses is None:
            self._uses = Counter(m.group().lower() for s in self._doc.segments for m in _TOKEN.finditer(s.prose))
        return self._uses[lowered]


def _word_pairs(doc: Document) -> frozenset[tuple[str, str]]:
    """Every two lowercase-folded words written next to each other in the draft."""
    pairs = set()
    for segment in doc.segments:
        words = regex.findall(r"\p{L}+|[^\p{L}\s]", segment.prose.lower())
        pairs.update(zip(words, words[1:]))
    return frozenset(pairs)


def _camel_split(token: str, options: Options) -> tuple[str, str] | None:
    """ "ourPartner" → ("our", "Partner"): both halves common words, the whole no word."""
    match = _CAMEL.fullmatch(token)
    if match is None or zipf(token) > 0:
        return None
    left, right = match.groups()
    if zipf(left) < options.min_zipf or zipf(right) < options.min_zipf:
        return None
    return left, right


def _lower_split(token: str, pairs: frozenset[tuple[str, str]], options: Options) -> tuple[str, str] | None:
    """ "tradingvolume" → ("trading", "volume") when the draft writes them apart or begins with "our"."""
    if not token.islower() or zipf(token) > 0:
        return None
    candidates = []
    for cut in range(2, len(token) - _MIN_HALF + 1):
        left, right = token[:cut], token[cut:]
        if (len(left) < _MIN_HALF and left not in DETERMINERS) or zipf(right) < options.min_zipf:
            continue
        if left in DETERMINERS or ((left, right) in pairs and zipf(left) >= options.min_zipf):
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
