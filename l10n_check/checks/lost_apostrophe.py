"""A possessive that lost its apostrophe: "Acmes revenue", "the companys plan".

## What it flags
- A contraction without its apostrophe ("dont", "isnt", "theyre"), from a list of 27 that are no
  English words without it; the suggestion puts it back.
- A name of the draft plus a bare "s" ("Acmes revenue") when the name is used on its own inside a
  sentence elsewhere in the draft, the form with "s" is not an English word, and every use of it is
  followed by a word that can follow a possessive; the suggestion is "Acme's".
- A noun ending in consonant + "y" with a bare "s" ("the companys plan"), which is never the plural
  (that is "companies"); after "the", "this", "our"… the suggestion is "company's".

## Why it matters
Machine translation and plain-text pipelines drop apostrophes, turning a possessive into a
non-word that a reader stumbles over and search engines miss.

## Example
Fails:  Shares of Acme rose. Acmes revenue doubled.
Passes: Shares of Acme rose. Acme's revenue doubled.
Passes: We use Enum often. Enums are classes. (a plural: a verb follows)
Fails:  We studied the companys plan.
Passes: We studied the company's plan.
Passes: Toyota sold two Toyotas. (a counted plural)

## Options
- `max-zipf` (default 2.0): a name plus "s" more frequent than this in English (Zipf scale, from
  the wordfreq package) is taken as a real word or plural and left alone.

## What it cannot know
Contractions that are words without the apostrophe ("cant", "wont", "were", "its", "lets", "well").
Possessives of ordinary words whose bare "s" form is a plural ("the users data", "its"). Plural
names ("the Kennedys", "two Toyotas") are told apart by a determiner or number before them, a verb
or function word after them, and by being frequent English words; a rare plural of a name followed
by a noun ("Enums members") can still be reported. Plurals of acronyms ("NaNs", "CEOs") never are.
A name in code is looked up in the whole draft for at most 64 different names a draft; past
them (hostile or generated text) a name in code plus "s" is not reported. Only English drafts.
"""

from __future__ import annotations

import functools
import heapq
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterator

import regex

from .. import patterns
from ..english import is_plain, zipf
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Severity
from ..textutil import Repeats, alternation

# The words this check judges: capitalised ones and ones ending in "ys", not inside identifiers,
# paths, handles or domains.
# Two patterns, one per shape, scan several times faster than one with both alternatives; no
# match of one overlaps a match of the other, and merged by offset they give the same words.
_CAPITALISED = patterns.compile(r"(?<![\p{L}\p{N}'’\-_.@#/])\p{Lu}\p{L}*(?![\p{L}\p{N}'’\-_@#/]|\.\p{L})")
_YS = patterns.compile(r"(?<![\p{L}\p{N}'’\-_.@#/])(?!\p{Lu})\p{L}*ys(?![\p{L}\p{N}'’\-_@#/]|\.\p{L})")
# How many different names in code one draft may have looked up in its whole text (each look-up
# reads all of it): far more than a real draft holds, few enough to keep hostile input linear.
MAX_LOOKUPS = 64
# Words before a counted or plural noun: "two Toyotas", "the Kennedys" is left alone too.
_PLURAL_CUES = frozenset(
    "a an the two three four five six seven eight nine ten many several some these those both all other "
    "few various multiple numerous".split()
)
# Words before a singular possessor: "the companys plan" → "the company's plan".
_SINGULAR_CUES = frozenset("the this that its his her our their your my a an every each one".split())
# Words that cannot follow a possessive ("Acme's revenue"), but follow a plural or verb ("Enums are").
NOT_AFTER_POSSESSIVE = frozenset(
    "a an the and or but nor of to in on at for from with by as into onto than that which who whom whose "
    "what when where while if because so it its they them their he she we you i is are was were be been "
    "have has had do does did can could will would shall should may might must not also instead only "
    "still too all both".split()
)
_FOLLOWER = patterns.compile(r" (\p{L}+)")
_PREVIOUS = patterns.compile(r"(\p{L}+)\s+$")
_CODE_POSSESSIVE = patterns.compile(r"(`+)(\p{Lu}[\p{L}\p{N}]+)\1(s) (\p{Ll}+)")
_Y_PLURAL = patterns.compile(r"[a-z]*[b-df-hj-np-tv-z]ys")


@dataclass(frozen=True)
class Options:
    max_zipf: float = 2.0


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    yield from _contractions(doc)
    yield from _code_possessives(doc)
    names, tokens = _tokens(doc)
    possessive_only = _possessive_only(tokens)
    for token in tokens:
        if possessive_only.get(token.word) and _is_name_possessive(token, names, options):
            base = token.word[:-1]
            yield Hit(
                token.offset,
                token.offset + len(token.word),
                f"'{token.word}' looks like the possessive of '{base}' without its apostrophe: write '{base}'s'",
                f"{base}'s",
            )
        elif token.word.endswith("ys"):
            hit = _y_possessive(token.offset, token.word, token.previous())
            if hit is not None:
                yield hit


@dataclass(frozen=True)
class Token:
    """A word ending in "s" among the candidates: the only ones this check may report."""

    offset: int  # in Document.text
    word: str
    follower: str  # the next word when one space separates them, else ""
    prose: str = field(compare=False, repr=False)  # the segment's prose, for the word before
    start: int = 0  # the word's offset in ``prose``

    def previous(self) -> str:
        """The word before, when only white space separates them, else "" (looked up on need:
        few tokens get that far)."""
        previous = _PREVIOUS.search(self.prose, max(0, self.start - 40), self.start)
        return previous.group(1) if previous else ""


def _tokens(doc: Document) -> tuple[set[str], list[Token]]:
    """The capitalised words used inside a sentence somewhere (names of the draft), and the
    candidates that end in "s"."""
    names: set[str] = set()
    tokens = []
    for segment in doc.segments:
        prose = segment.prose
        for match in _candidates(prose):
            word, start = match.group(), match.start()
            # A name once found inside a sentence is not asked about again: a draft repeats its
            # names, and where a word stands is the dearest question here.
            if word not in names and word[0].isupper() and not word.isupper() and not _sentence_initial(prose, start):
                names.add(word)
            if word.endswith("s"):
                follower = _FOLLOWER.match(prose, match.end())
                tokens.append(Token(segment.start + start, word, follower.group(1) if follower else "", prose, start))
    return names, tokens


def _candidates(prose: str) -> Iterator[regex.Match[str]]:
    """Capitalised words and words ending in "ys", in order."""
    if "ys" not in prose:
        return _CAPITALISED.finditer(prose)
    return heapq.merge(_CAPITALISED.finditer(prose), _YS.finditer(prose), key=lambda match: match.start())


def _sentence_initial(prose: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (or the segment)."""
    before = prose[max(0, start - 8) : start].rstrip(" \t\n\"“‘'([*_")
    return not before or before[-1] in ".!?:;"


def _possessive_only(tokens: list[Token]) -> dict[str, bool]:
    """For each word, whether every use is followed by a word that can follow a possessive.

    "Enums are not classes" shows "Enums" is a plural, and clears its other uses too.
    """
    result: dict[str, bool] = {}
    for token in tokens:
        possessive = bool(token.follower) and token.follower.lower() not in NOT_AFTER_POSSESSIVE
        result[token.word] = result.get(token.word, True) and possessive
    return result


@functools.lru_cache(maxsize=1)
def contractions() -> dict[str, str]:
    """Contractions by their form without apostrophe, from ``data/contractions.tsv``."""
    text = resources.files("l10n_check.data").joinpath("contractions.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {joined: contraction for joined, contraction in rows}


def _code_possessives(doc: Document) -> Iterator[Hit]:
    """ "``HertzBeat``s powerful customization": a name in code plus a bare "s" before a noun,
    where the draft names it elsewhere too."""
    named_twice = Repeats(doc.text, MAX_LOOKUPS, beyond=False)  # past the budget: not reported
    for segment in doc.segments:
        if "`s " not in segment.raw:
            continue
        for match in _CODE_POSSESSIVE.finditer(segment.raw):
            name, follower = match.group(2), match.group(3)
            if segment.prose[match.start()] == "`" or follower in NOT_AFTER_POSSESSIVE or not named_twice(name):
                continue  # not a code span, a plural before a verb, or no name of the draft
            code = f"{match.group(1)}{name}{match.group(1)}"
            yield Hit(
                segment.start + match.start(),
                segment.start + match.end(3),
                f"'{code}s' looks like the possessive of '{name}' without its apostrophe: write '{code}'s'",
                f"{code}'s",
            )


@functools.lru_cache(maxsize=2)
def _contraction_pattern(ignore_case: bool = True) -> re.Pattern[str]:
    """The joined forms as whole words, any case or lower case (the standard library's engine
    scans fastest)."""
    source = rf"(?<![\w'’])(?:{alternation(contractions())})(?![\w'’])"
    return re.compile(source, re.IGNORECASE) if ignore_case else re.compile(source)


def _contraction_spans(prose: str) -> Iterator[tuple[int, int]]:
    """Where ``prose`` writes a joined form. Plain text (ASCII and typographic punctuation,
    ``english.is_plain``) is lower-cased and matched as it is: lower-casing it keeps every offset
    and every character's being a word character, and the case-sensitive pattern scans it in 0.031
    s a MB where the case-insensitive one takes 0.051 s. Other text (the Kelvin sign, a long s or a
    dotless i match "k", "s", "i" ignoring case) keeps the case-insensitive pattern."""
    if is_plain(prose):
        return (match.span() for match in _contraction_pattern(False).finditer(prose.lower()))
    return (match.span() for match in _contraction_pattern().finditer(prose))


def _contractions(doc: Document) -> Iterator[Hit]:
    """ "dont", "isnt": a contraction that lost its apostrophe."""
    table = contractions()
    for segment in doc.segments:
        for start, end in _contraction_spans(segment.prose):
            written = segment.prose[start:end]
            contraction = table[written.lower()]
            fixed = contraction.capitalize() if written[0].isupper() else contraction
            yield Hit(
                segment.start + start,
                segment.start + end,
                f"'{written}' is missing its apostrophe: write '{fixed}'",
                fixed,
            )


def _is_name_possessive(token: Token, names: set[str], options: Options) -> bool:
    """ "Acmes revenue" where "Acme" is a name of the draft and "acmes" no English word."""
    word, follower = token.word, token.follower
    if len(word) < 4 or not word.endswith("s") or not word[0].isupper() or not word[-2].islower() or word[-2] == "s":
        return False  # "NaNs", "CEOs": plurals of acronyms; "Boss" ends in "ss"
    base = word[:-1]
    if base not in names or follower[:1].isupper() or token.previous().lower() in _PLURAL_CUES:
        return False  # "new Committers Leo, Zhou...": a capitalised follower is a name, not a possession
    return zipf(word) <= options.max_zipf


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
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run=run,
)
