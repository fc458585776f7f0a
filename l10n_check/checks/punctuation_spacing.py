"""Spaces lost or added around punctuation: "prices,and", "done.Next", "word ,", "? ? ?".

## What it flags
- A space lost after a comma, full stop, colon or closing bracket between two words:
  `prices,and`, `done.Next`, `named as:XXServer`, `(in brackets)was`; after a list number,
  `2.Click`; before an aside in brackets, `resources(unit: SUN)`; before a link,
  `way[data runner](url)`, `e.g.,[macd](url)`.
- A space added before a comma, semicolon, colon, full stop, question or exclamation mark:
  `withdraw ;`, `threshold : 50%`, `the rate .`.
- Repeated marks spaced apart: `? ? ?`, `! !`; a time of day split after its colon: `at 9: 30`; a version split after its point: `Exchangis1. 0`.
The suggestion is the text with the space put back or taken out.

## Why it matters
Machine translation and copy-paste between Chinese and English editors move spaces around
punctuation: Chinese needs none after its full-width marks, and half-width ones typed in Chinese
text come with none. English readers see typos, and search misses the glued words.

## Example
Fails:  Prices rose,and volume fell.
Passes: Prices rose, and volume fell.
Fails:  The deployment is done.Next, publish it.
Fails:  Liquidation threshold : 50%
Passes: Liquidation threshold: 50%

## Options
None.

## What it cannot know
Code written without backticks: dotted names (`TestApp.HelloServer`, `io.Writer`), `key:value`
pairs and comma-separated identifiers look like prose to it, so a glued full stop is reported only
between a common English word and a very common one that starts sentences ("done.Next"), a glued
colon only after a common lower-case English word and not between two (ratios such as
`agree:disagree`), a glued comma only between two words of at least two letters; numbers (`1,000`, `1:1`,
`v2.0`), URLs, e-mail addresses, file names and abbreviations (`e.g.,`) are left alone. Only English
drafts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..english import zipf
from ..markup import is_markdown, is_prose, touches_non_prose
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Segment, Severity

# Zipf frequency (wordfreq) from which a word is a common English word, not a name or identifier.
COMMON_ZIPF = 3.0
# ... and from which a capitalised word after a glued full stop reads as the start of a sentence
# ("done.Next", "it.The") rather than a type after its package ("io.Writer", "unsafe.Pointer").
SENTENCE_START_ZIPF = 5.5
# Latin letters only: a comma between two Chinese clauses belongs to the untranslated text.
_L, _LL, _LU = r"\p{Latin}", r"[\p{Ll}&&\p{Latin}]", r"[\p{Lu}&&\p{Latin}]"
_NOT_BEFORE = r"(?<![\p{L}\p{N}_.@/\\-])"
_GLUED_COMMA = patterns.compile(rf"{_NOT_BEFORE}({_L}{{2,}}),({_L}{{2,}})(?![\p{{L}}\p{{N}}_(@/\\-]|\.\p{{L}})", regex.V1)
_GLUED_STOP = patterns.compile(rf"{_NOT_BEFORE}({_LL}{{2,}})\.({_LU}{_LL}+)(?![\p{{L}}\p{{N}}_(.@/\\-])", regex.V1)
_GLUED_NUMBER = patterns.compile(rf"(?:^|(?<=\s))(\d{{1,2}})\.({_LU}{_LL}+)(?![\p{{L}}\p{{N}}_(.@/\\-])", regex.M | regex.V1)
_GLUED_COLON = patterns.compile(rf"(?<![\p{{L}}\p{{N}}_.@/\\:-])({_L}{{2,}}):({_L}[\p{{L}}\p{{N}}]+)(?![\p{{L}}\p{{N}}_(.@/\\:-])", regex.V1)
_LAST_BRACKET = patterns.compile(r"[()\n]", regex.REVERSE)
_GLUED_BRACKET = patterns.compile(rf"\)({_LL}{{2,}})(?![\p{{L}}\p{{N}}_(])", regex.V1)
_SPACE_BEFORE = patterns.compile(r"(?<=[\p{Latin})\]”’*]) ++([,;:.!?])(?=\s|$)(?! [.!?,;:])", regex.V1)
_SPACED_REPEAT = patterns.compile(r"([?!])(?: \1)++")
# An aside glued to the word before it: "resources(unit: SUN)", "include(**DSS version...**)".
_GLUED_OPEN = patterns.compile(r"(?<![\p{L}\p{N}_.\-])(\p{Ll}{3,})\(([*\p{L}][^()\n]{2,200}?)\)")
_CODE_WORD = patterns.compile(r"\p{Ll}\p{Lu}|\p{L}\d|_|::|->|=")
_PROSE_WORD = patterns.compile(r"\p{L}{3,}")
# Words before an argument list in a signature, where "name(args)" is code: "function deposit(...)".
_SIGNATURE_WORDS = frozenset("function func def fn method sub procedure call".split())
_LONGEST_SIGNATURE_WORD = max(map(len, _SIGNATURE_WORDS))
# English words that are also the names of common math and library functions: "max(fee, rate)".
_FUNCTION_NAMES = frozenset("max min sum avg mean median abs log exp sqrt len count round floor ceil pow range".split())
# A link glued to the word or mark before it; "![alt](src)" is an image, "[^1]" a footnote.
_GLUED_LINK = patterns.compile(r"(?<![\p{L}\p{N}_.!\]\\])(\p{Latin}[\p{Latin}.]*+[,:;]?)\[[^\[\]\n^]{1,200}\]\(")
# A closing bracket glued to the next word by a comma: "(python>=3.8),install".
_GLUED_AFTER_BRACKET = patterns.compile(r"\),(\p{Latin}{2,})(?![\p{L}\p{N}_(@/\\-])")
# A version number glued to its name and split after its point: "Exchangis1. 0".
_SPACED_VERSION = patterns.compile(r"(?<=\p{Latin})(\d{1,3})\. (\d{1,3})(?![\d.])")
# A time of day split by a space after its colon: "at 9: 30", "9: 30 am". A bare "1: 30" may be a
# numbered line, so a time needs "at"/"from"/"until"/"to" before it or "am"/"pm" after it.
_SPACED_TIME = patterns.compile(
    r"(?:(?<=\b(?:[Aa]t|[Ff]rom|[Uu]ntil|[Tt]o|[Bb]y) )([01]?\d|2[0-3]): ([0-5]\d)\b"
    r"|\b([01]?\d|2[0-3]): ([0-5]\d)(?= ?(?:[AaPp]\.?[Mm]\b)))"
)
# Cheap tests (the standard library's engine) that skip the patterns above in the paragraphs where
# none can match: nearly all of them. Each opens with a few literal characters, which the engine
# looks for in C before trying the rest (one alternation opening with a letter class, tried at
# every position, cost as much as the checks it saved). The spacing tests may let more through
# than the patterns match (a space before a mark after any character): never less. No test holds a
# repeat (" +,"): tried at every space of a long run of them, it would read the run again each time.
_MAYBE_GLUED = (re.compile(r"[,.:)][^\W\d_]"), re.compile(r"\((?<=[^\W\d_]\()"))
_MAYBE_SPACED = (re.compile(r" [,;:.!?](?:\s|$)"), re.compile(r"[:.] \d(?<=\d[:.] \d)"), re.compile(r" [?!](?<=[?!] [?!])"))


def _maybe(tests: tuple[re.Pattern[str], ...], prose: str) -> bool:
    return any(test.search(prose) for test in tests)
# Words after which a glued colon is a scheme or a code prefix, not a lost space.
_SCHEMES = frozenset("http https ftp mailto file data git ssh urn tel sms irc javascript std".split())


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    markdown = is_markdown(doc.path)
    for segment in doc.segments:
        prose = segment.prose
        spots = (_glued(prose) if _maybe(_MAYBE_GLUED, prose) else []) + (_spaced(prose) if _maybe(_MAYBE_SPACED, prose) else [])
        if markdown and "](" in segment.raw:
            yield from _glued_links(segment)
        for start, end, message, suggestion in sorted(spots):
            # Spaces that masked code left behind, or a mark glued to code, are no typo of prose.
            if is_prose(segment, start, end) and not touches_non_prose(segment, start, end):
                yield Hit(segment.start + start, segment.start + end, message, suggestion)


def _glued_links(segment: Segment) -> Iterator[Hit]:
    """A link glued to the word or mark before it: "way[data runner](url)", "e.g.,[macd](url)"."""
    for match in _GLUED_LINK.finditer(segment.raw):
        start, end = match.span(1)
        if is_prose(segment, start, end + 1):
            before = match.group(1)
            yield Hit(
                segment.start + start,
                segment.start + end + 1,
                f"a space is missing before the link after '{before}': write '{before} ['",
                f"{before} [",
            )


# (start, end, message, suggestion) within one segment's prose
Spot = tuple[int, int, str, str]


def _glued(prose: str) -> list[Spot]:
    """Marks with the space after them lost."""
    found: list[Spot] = []
    for match in _matches(_GLUED_COMMA, prose):
        found.append(_missing_after(match, ","))
    for match in _matches(_GLUED_STOP, prose):
        if _common(match.group(1)) and zipf(match.group(2)) >= SENTENCE_START_ZIPF:
            found.append(_missing_after(match, "."))
    for match in _matches(_GLUED_NUMBER, prose):
        found.append(_missing_after(match, "."))
    for match in _matches(_GLUED_COLON, prose):
        left, right = match.group(1), match.group(2)
        if left.islower() and _common(left) and left not in _SCHEMES and not (right.islower() and _common(right)):
            found.append(_missing_after(match, ":"))
    for match in _matches(_GLUED_AFTER_BRACKET, prose):
        word = match.group(1)
        if _common(word):
            found.append((match.start(), match.end(), f"a space is missing after ',' in '),{word}': write '), {word}'", f"), {word}"))
    for match in _matches(_GLUED_OPEN, prose):
        if _aside(prose, match):
            word = match.group(1)
            found.append((match.start(), match.start(2), f"a space is missing before '(' in '{word}(': write '{word} ('", f"{word} ("))
    for match in _matches(_GLUED_BRACKET, prose):
        # The nearest bracket or line break before: an aside opened there on this line, or none.
        # (Looking no further than the previous one keeps a line of many brackets linear.)
        opening = _LAST_BRACKET.search(prose, 0, match.start())
        inside = prose[opening.end() : match.start()] if opening and opening.group() == "(" else ""
        # An aside in words closes here; "(s)he" and "(de)allocation" are conventions, "f(x)y" is code.
        if " " in inside.strip() and inside[:1].isalpha():
            word = match.group(1)
            found.append((match.start(), match.end(), f"a space is missing after ')' in '){word}': write ') {word}'", f") {word}"))
    return found


# For each pattern of ``_glued``, the two characters every match holds (the standard library's
# engine finds them several times faster): one long paragraph that ``_MAYBE_GLUED`` lets through
# is then read only by the patterns that can match in it, and only on the lines where they can.
# Each gate opens with its mark, which the engine looks for in C, and reads the letter before it
# by a look-behind: a gate opening with a letter class is tried at every position.
_GATES = {
    _GLUED_COMMA: re.compile(r",(?<=[^\W\d_],)[^\W\d_]"),
    _GLUED_STOP: re.compile(r"\.(?<=[^\W\d_]\.)[^\W\d_]"),
    _GLUED_NUMBER: re.compile(r"\.(?<=\d\.)[^\W\d_]"),
    _GLUED_COLON: re.compile(r":(?<=[^\W\d_]:)[^\W\d_]"),
    _GLUED_AFTER_BRACKET: re.compile(r"\),[^\W\d_]"),
    _GLUED_OPEN: re.compile(r"\((?<=[^\W\d_]\()"),
    _GLUED_BRACKET: re.compile(r"\)[^\W\d_]"),
}


def _matches(pattern: regex.Pattern[str], prose: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(prose)``, read only on the lines where its gate finds something.

    No match of these patterns holds a line break, so line by line they find the same. A paragraph
    of one short line is read whole; in one long paragraph (a sentence a line) the slow pattern
    then reads the few lines that can hold a match, not the whole paragraph once one line can.
    """
    gate = _GATES[pattern]
    found = gate.search(prose)
    if found is None:
        return iter(())
    if len(prose) <= _GATED_LENGTH:
        return pattern.finditer(prose)
    return _gated_lines(pattern, gate, prose, found)


# Prose shorter than this is read whole once its gate opens (a paragraph of a few lines).
_GATED_LENGTH = 2000


def _gated_lines(pattern: regex.Pattern[str], gate: re.Pattern[str], prose: str, found: re.Match[str] | None) -> Iterator[regex.Match[str]]:
    while found is not None:
        start = prose.rfind("\n", 0, found.start()) + 1
        end = prose.find("\n", found.end())
        end = len(prose) if end == -1 else end
        yield from pattern.finditer(prose, start, end)
        found = gate.search(prose, end)


def _aside(prose: str, match: regex.Match[str]) -> bool:
    """Words in brackets glued to a common word, not the arguments of a call or signature."""
    word, inside = match.group(1), match.group(2)
    if not _common(word) or word in _FUNCTION_NAMES or _after_signature_word(prose, match.start()) or _CODE_WORD.search(inside):
        return False
    words = _PROSE_WORD.findall(inside)
    return " " in inside.strip() and sum(zipf(w) >= 4.0 for w in words) >= 2


def _after_signature_word(prose: str, start: int) -> bool:
    """Whether the word before ``start`` (after white space) is one that starts a signature; only
    as many characters are read as the longest of those words has."""
    end = start
    while end and prose[end - 1].isspace():
        end -= 1
    begin = end
    while begin and not prose[begin - 1].isspace() and end - begin <= _LONGEST_SIGNATURE_WORD:
        begin -= 1
    return prose[begin:end].lower() in _SIGNATURE_WORDS


def _missing_after(match: regex.Match[str], mark: str) -> Spot:
    left, right = match.group(1), match.group(2)
    return (
        match.start(),
        match.end(),
        f"a space is missing after '{mark}' in '{left}{mark}{right}': write '{left}{mark} {right}'",
        f"{left}{mark} {right}",
    )


def _spaced(prose: str) -> list[Spot]:
    """Spaces before marks, and repeated marks spaced apart."""
    found: list[Spot] = []
    for match in _SPACE_BEFORE.finditer(prose):
        mark = match.group(1)
        found.append((match.start(), match.end(), f"a space before '{mark}': remove it", mark))
    for match in _SPACED_VERSION.finditer(prose):
        joined = match.group().replace(" ", "")
        found.append((match.start(), match.end(), f"version number '{match.group()}' split by a space: write '{joined}'", joined))
    for match in _SPACED_TIME.finditer(prose):
        hours, minutes = match.group(1) or match.group(3), match.group(2) or match.group(4)
        found.append((match.start(), match.end(), f"time '{match.group()}' split by a space: write '{hours}:{minutes}'", f"{hours}:{minutes}"))
    for match in _SPACED_REPEAT.finditer(prose):
        joined = match.group().replace(" ", "")
        found.append((match.start(), match.end(), f"'{match.group()}' spaced apart: write '{joined}'", joined))
    return found


def _common(word: str) -> bool:
    return zipf(word) >= COMMON_ZIPF


CHECK = Check(
    name="punctuation-spacing",
    category="typography",
    severity=Severity.WARNING,
    doc=__doc__,
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run=run,
)
