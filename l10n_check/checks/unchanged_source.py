"""Source text left unchanged in a translation into another language.

## What it flags
In bilingual files whose target language is not the source's: a translation that is its source word
for word although the source is translatable prose, and an English sentence of the source copied
into an otherwise translated string. Prose means at least four of the source language's most
common words outside code, placeholders, URLs and markup, so format strings, code, names, version
patterns and numbers left as they are never count.

## Why it matters
An entry copied from the source shows English (or Chinese) to readers who asked for the other
language; MT tools and translators paste the source as a placeholder and forget it.

## Example
Fails:  source The file could not be opened. → target The file could not be opened.
Passes: source %s: %s → target %s: %s
Passes: source The file could not be opened. → target 无法打开文件。

## Options
None.

## What it cannot know
Whether a sentence was kept in the original on purpose (a quotation, an example of output); a
sentence copied with small changes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

from ..bilingual import translated
from ..model import Check, Context, Document, Hit, Segment, Severity
from ..textutil import WORD, base_lang, sentences, unjoined
from .untranslated_paragraph import common_words

# How many of the source language's most common words make a string translatable prose.
LEAST_COMMON_WORDS = 4
# ... and how many words a copied sentence needs before it counts.
LEAST_SENTENCE_WORDS = 6


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    source_lang, target_lang = base_lang(doc.source_lang), base_lang(doc.target_lang)
    common = common_words().get(source_lang)
    if source_lang == target_lang or not common:
        return
    ascii_words = all(word.isascii() for word in common)
    for segment in translated(doc):
        if segment.source_prose is not None and (not ascii_words or may_hold_ascii_words(segment.prose, LEAST_COMMON_WORDS - 2)):
            yield from _unchanged(segment, common)


def _unchanged(segment: Segment, common: frozenset[str]) -> Iterator[Hit]:
    # A source sentence found in the translation brings its common words along, but for its first
    # and last, which may be glued there to the letters around it ("中文the ... mat。"): a
    # translation without that many (most are in another script) cannot hold one, and is passed.
    # Asked first: it passes few translations, and the source's count is the longer to take.
    if _common_count(segment.prose, common) < LEAST_COMMON_WORDS - 2:
        return
    source = segment.source_prose or ""
    if _common_count(source, common) < LEAST_COMMON_WORDS:
        return
    if segment.prose.split() == source.split():
        yield Hit(segment.start, segment.end, "the translation is the source unchanged: translate it")
        return
    target, where = unjoined(segment.prose)
    for start, end in sentences(source):
        sentence = source[start:end]
        if len(sentence.split()) >= LEAST_SENTENCE_WORDS and _common_count(sentence, common) >= LEAST_COMMON_WORDS:
            found = target.find(sentence)
            if found != -1:
                at, until = segment.start + where[found], segment.start + where[found + len(sentence) - 1] + 1
                yield Hit(at, until, f"sentence of the source left untranslated: '{_short(sentence)}'")


def _common_count(text: str, common: frozenset[str]) -> int:
    """How many words of ``text`` are common words of its language, counted up to ``LEAST_COMMON_WORDS``."""
    count = 0
    for word in WORD.findall(text):
        if word.lower() in common:
            count += 1
            if count == LEAST_COMMON_WORDS:
                break
    return count


# A word whose lower case is ASCII is written in ASCII letters, or with the Kelvin sign (the one
# other letter whose lower case is ASCII), apostrophes and hyphens: it holds a run of those letters,
# and two words never share one.
_LETTER, _OTHER = "[A-Za-z\u212a]", "[^A-Za-z\u212a]"


@functools.lru_cache(maxsize=8)
def _runs(least: int) -> re.Pattern[str]:
    """``least`` runs of those letters, found in one search (the classes are disjoint: no backtracking)."""
    return re.compile(_LETTER + f"(?:{_OTHER}+{_LETTER}+)" * (least - 1))


def may_hold_ascii_words(text: str, least: int) -> bool:
    """False when ``text`` surely holds fewer than ``least`` words whose lower case is ASCII (those of
    an English word list): it has fewer runs of ASCII letters. Asked of most catalog entries, whose
    translations hold a name or two in Latin letters and none of the source's common words."""
    return least <= 0 or _runs(least).search(text) is not None


def _short(sentence: str) -> str:
    return sentence if len(sentence) <= 60 else sentence[:57] + "…"


CHECK = Check(
    name="unchanged-source",
    category="completeness",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
