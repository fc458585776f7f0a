"""Words run together where a link or formatting was removed: "ourPartner", "tradingvolume".

## What it flags
- A determiner or possessive glued to a capitalised common word ("ourPartner program", "theTeam"),
  when the whole is not a word. The suggestion puts the space back.
- A lowercase token that is not an English word but splits into two common words, when the draft
  writes those two words apart elsewhere ("tradingvolume" in a draft that says "trading volume"),
  when the first word is a determiner ("ourpartner", "thecompany"), or when a common word is glued
  to a verb in "-s" followed by its object ("the interest ratefollows the model").
- A word glued to the code before or after it ("`null`tokens", "then`OSYS = 0x2710`").

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
- `min-zipf` (default 3.0): how common (Zipf scale, from the wordfreq package) each half must be;
  a half longer than the list's longest word (34 letters) is never taken for a word.

## What it cannot know
Camel case after anything but a determiner is taken as an identifier written without backticks
(`rateMode`, `onError`, `sayHello`), and brand shapes (OpenAI, TradFi, iPhone, eBay, names with
digits or dots) are never reported; so a lowercase-then-capital glue after another word is missed.
Technical English joins words freely ("timelock", "chainstate", "lockfile"): a joined token is
reported only with the evidence above, and a joined form used more than once anywhere in the draft
(in code, link labels, in any number: "hugepage" and "hugepages") is taken as deliberate, as is one
set in emphasis (`*typecode*`). A given name glued to a surname ("QingraZhao") is not found. Only
English drafts; words in code and URLs are skipped. Whether a joined form repeats is looked up
in the whole draft for at most 64 different forms a draft: in a draft made of more (hostile or
generated text), the rest are not reported.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..english import is_plain, zipf
from ..markup import touches_non_prose
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Segment, Severity
from ..textutil import Repeats

# A whole token of letters, not part of a longer identifier, path, handle, domain or hyphenated word.
_TOKEN = patterns.compile(r"(?<![\p{L}\p{N}'’\-_.@#/\\])\p{L}+(?![\p{L}\p{N}'’\-_@#/\\(]|\.\p{L})")
_CAMEL = patterns.compile(r"([a-z]{2,})([A-Z][a-z]+)")
# Determiners and possessives: nothing closes a compound with them, so "ourpartner" is always two words.
DETERMINERS = frozenset("the this that these those our your their his her its my every each".split())
# ... and the ones code never starts a camel-case name with ("myList", "thisObj" are code), so that
# "ourPartner" is two words and "rateMode", "onError" are identifiers.
CAMEL_HEADS = DETERMINERS - {"my", "this", "that"}
# Words that follow a verb in "-s" as its object or complement ("ratefollows the model", "rateneeds to
# be"), and seldom a plural noun ("hugepages at a time"): evidence that a joined token is noun + verb.
VERB_COMPLEMENTS = frozenset("the a an to that this these those its their our your his her".split())
_FOLLOWER = patterns.compile(r"\s+(\p{L}+)")
# What may follow code directly: a plural or verb ending ("`Widget`s", "`map`ed").
_CODE_SUFFIXES = frozenset("s es ed d ing er ers th".split())
# Shortest half of a lowercase split: shorter halves (a, an, on) make too many false splits.
_MIN_HALF = 3
# Letters in the longest word of the frequency list (supercalifragilisticexpialidocious): a half
# that long or longer is no common word, so a token longer than two of them is never split.
LONGEST_WORD = 34
# How many different joined forms one draft may have looked up in its whole text (each look-up
# reads all of it): far more than any real draft holds, few enough to keep hostile input linear.
MAX_LOOKUPS = 64


@dataclass(frozen=True)
class Options:
    allow: tuple[str, ...] = ()
    min_zipf: float = 3.0


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    allowed = {word.lower() for word in options.allow}
    usage = Pairs(doc)
    # Past MAX_LOOKUPS different joined forms, a form counts as repeated: nothing more is reported.
    repeats = functools.cache(lambda: Repeats(doc.text.lower(), MAX_LOOKUPS, beyond=True))
    splittable: dict[str, bool] = {}
    for segment in doc.segments:
        for match in _candidate_tokens(segment, splittable):
            token = match.group()
            if token.lower() in allowed:
                continue
            if _after_code(segment, match.start()) and token.lower() not in _CODE_SUFFIXES:
                yield _code_hit(segment, match.start(), match.end())
            elif _before_code(segment, match.end()) and len(token) > 1:
                yield _code_hit(segment, match.start(), match.end(), before=True)
            elif len(token) >= 5 and _may_split(token, splittable) and not _set_apart(segment, *match.span()):
                split = _camel_split(token, options) or _lower_split(token, usage, options, segment.prose, match.end())
                if split is not None and _accidental(token, repeats()):
                    yield _hit(segment, match.start(), token, split)


# The same tokens of at least five letters, the only ones a split is looked for in.
_LONG_TOKEN = patterns.compile(r"(?<![\p{L}\p{N}'’\-_.@#/\\])\p{L}{5,}(?![\p{L}\p{N}'’\-_@#/\\(]|\.\p{L})")
# Its ASCII twin, for a plain text (``english.is_plain``).
_LONG_TOKEN_PLAIN = re.compile(r"(?<![A-Za-z0-9'’\-_.@#/\\])[A-Za-z]{5,}(?![A-Za-z0-9'’\-_@#/\\(]|\.[A-Za-z])")


def _candidate_tokens(segment: Segment, splittable: dict[str, bool]) -> Iterator[regex.Match[str]]:
    """The tokens of a segment that may be reported, in order (see ``_tokens_between``); a long
    segment is read line by line, so that one line with code or a token that may split does not
    make every token of a long paragraph be looked at. A token never holds a line break: line by
    line the patterns find what they find in the whole."""
    raw = segment.raw
    if len(raw) <= _LINE_BY_LINE:
        yield from _tokens_between(segment, 0, len(raw), splittable)
        return
    start = 0
    while start < len(raw):
        end = raw.find("\n", start)
        end = len(raw) if end == -1 else end
        yield from _tokens_between(segment, start, end, splittable)
        start = end + 1


_LINE_BY_LINE = 2000  # code points of a segment from which ``_candidate_tokens`` reads it line by line


def _tokens_between(segment: Segment, start: int, end: int, splittable: dict[str, bool]) -> Iterator[regex.Match[str]]:
    """Only tokens beside a backtick can be glued to code; without one, only long tokens that may
    split matter, and most text has none: it is skipped after a look-up per distinct token."""
    prose = segment.prose
    if segment.raw.find("`", start, end) != -1:
        return _TOKEN.finditer(prose, start, end)
    long_token = _LONG_TOKEN_PLAIN if is_plain(prose, start, end) else _LONG_TOKEN
    if not _any_may_split(long_token.findall(prose, start, end), splittable):
        return iter(())
    return long_token.finditer(prose, start, end)


def _any_may_split(tokens: list[str], known: dict[str, bool]) -> bool:
    """Whether any of ``tokens`` may split (``_may_split``), looking up only tokens not seen yet."""
    fresh = set(tokens).difference(known)
    for token in fresh:
        _may_split(token, known)
    return any(map(known.__getitem__, tokens))


def _may_split(token: str, known: dict[str, bool]) -> bool:
    """Whether ``token`` has a shape either split accepts and is no word itself (both splits
    require that), remembered per token: most tokens of a draft are words it repeats."""
    if token not in known:
        shaped = token.islower() or (_CAMEL.fullmatch(token) is not None)
        known[token] = shaped and zipf(token) <= 0
    return known[token]


def _after_code(segment: Segment, start: int) -> bool:
    """The token follows a code span's closing backtick directly: "`null`tokens" (the character
    before the backtick is masked code too; before an opening backtick it is prose)."""
    raw, prose = segment.raw, segment.prose
    return start > 1 and raw[start - 1] == "`" and prose[start - 1] != "`" and raw[start - 2] != prose[start - 2]


def _before_code(segment: Segment, end: int) -> bool:
    """The token runs into a code span's opening backtick: "then`OSYS = 0x2710`"."""
    raw, prose = segment.raw, segment.prose
    if end + 1 >= len(raw) or raw[end] != "`" or prose[end] == "`" or raw[end + 1] in "`_":
        return False  # "`Transports`_": the backtick closes reST interpreted text around the word
    return raw[end + 1] != prose[end + 1]


def _code_hit(segment: Segment, start: int, end: int, before: bool = False) -> Hit:
    raw = segment.raw
    if before:
        closing = raw.find("`", end + 1)
        code = raw[end + 1 : closing if closing != -1 else len(raw)].strip("`")
    else:
        opening = raw.rfind("`", 0, start - 1)
        code = raw[opening + 1 : start - 1].strip("`") if opening != -1 else ""
    word = raw[start:end]
    return Hit(
        segment.start + start,
        segment.start + end,
        f"'{word}' is glued to the code '{code}' {'after' if before else 'before'} it: put a space between them",
        f"{word} " if before else f" {word}",
    )


@dataclass(frozen=True)
class Usage:
    """How often the draft writes each word (folded) and each two words side by side."""

    words: Counter[str]
    pairs: Counter[tuple[str, str]]


_USAGE_TOKEN = patterns.compile(r"\p{L}+|[^\p{L}\s]")


def _usage(doc: Document) -> Usage:
    words: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for segment in doc.segments:
        found = _USAGE_TOKEN.findall(segment.prose.lower())
        words.update(found)
        pairs.update(zip(found, found[1:]))
    return Usage(words, pairs)


class Pairs:
    """Whether the draft writes two words side by side (``usage.pairs[(left, right)] > 0``).

    A few candidates of a draft ask about a few pairs: each is searched for in the draft's
    lower-cased prose, which costs far less than counting every pair of words. Past
    ``MAX_LOOKUPS`` different pairs (hostile or generated text), every pair is counted once.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text: str | None = None
        self.answers: dict[tuple[str, str], bool] = {}
        self.counted: Counter[tuple[str, str]] | None = None

    def __getitem__(self, pair: tuple[str, str]) -> bool:
        if self.counted is None and pair not in self.answers and len(self.answers) >= MAX_LOOKUPS:
            self.counted = _usage(self.doc).pairs
        if self.counted is not None:
            return self.counted[pair] > 0
        if pair not in self.answers:
            if self.text is None:  # segments joined by a character that is a token of its own
                self.text = "\x00".join(segment.prose.lower() for segment in self.doc.segments)
            left, right = map(regex.escape, pair)
            self.answers[pair] = regex.search(rf"(?<!\p{{L}}){left}\s+{right}(?!\p{{L}})", self.text) is not None
        return self.answers[pair]


def _set_apart(segment: Segment, start: int, end: int) -> bool:
    """A token next to code or inside emphasis markers is a deliberate name: *typecode*, `x`y."""
    raw = segment.raw
    marked = (start and raw[start - 1] in "*_") or (end < len(raw) and raw[end] in "*_")
    return bool(marked) or touches_non_prose(segment, start, end)


def _accidental(token: str, repeats: Repeats) -> bool:
    """The joined form appears once in the whole draft (code and link labels included), in any
    number: a spelling used on purpose repeats ("hugepage" and "hugepages", a message name)."""
    stem = token.lower()[:-1] if token.lower().endswith("s") else token.lower()
    return not repeats(stem)


def _camel_split(token: str, options: Options) -> tuple[str, str] | None:
    """ "ourPartner" → ("our", "Partner"): both halves common words, the whole no word."""
    match = _CAMEL.fullmatch(token)
    if match is None or match.group(1) not in CAMEL_HEADS or zipf(token) > 0:
        return None
    left, right = match.groups()
    if zipf(right) < options.min_zipf:
        return None
    return left, right


def _lower_split(token: str, usage: Pairs, options: Options, prose: str = "", end: int = 0) -> tuple[str, str] | None:
    """ "tradingvolume" → ("trading", "volume") when the draft writes them apart, "ourpartner" always,
    "ratefollows the" when a verb in "-s" with its object follows a noun (the word at ``end`` of
    ``prose``)."""
    if not token.islower() or len(token) > 2 * LONGEST_WORD or zipf(token) > 0:
        return None
    follower = _FOLLOWER.match(prose, end)
    verb_next = bool(follower) and follower.group(1).lower() in VERB_COMPLEMENTS
    candidates = []
    # Only cuts whose halves can both be words: each half is a common word or a determiner.
    for cut in range(max(2, len(token) - LONGEST_WORD), min(len(token) - _MIN_HALF, LONGEST_WORD) + 1):
        left, right = token[:cut], token[cut:]
        if (len(left) < _MIN_HALF and left not in DETERMINERS) or zipf(right) < options.min_zipf:
            continue
        if left in DETERMINERS or (usage[(left, right)] and zipf(left) >= options.min_zipf) or (
            verb_next and _noun_and_verb(left, right, options)
        ):
            candidates.append((min(zipf(left), zipf(right)), left, right))
    if not candidates:
        return None
    _, left, right = max(candidates)
    return left, right


def _noun_and_verb(left: str, right: str, options: Options) -> bool:
    """A common word, then a common word in "-s" that is no plural of a compound: "rate" + "needs"."""
    return (
        right.endswith("s")
        and len(left) >= _MIN_HALF + 1
        and len(right) >= 5
        and zipf(left) >= options.min_zipf
        and zipf(right[:-1]) >= options.min_zipf
    )


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
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run=run,
)
