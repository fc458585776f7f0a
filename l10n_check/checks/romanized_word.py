"""A romanized "name" that spells a common Chinese word: a word the translation did not translate.

## What it flags
A capitalized romanized Chinese name (a surname and a given name in pinyin) whose syllables, read
together, spell a common Chinese word or idiom rather than a plausible name: "Xiao Xinyan" is
xiao·xin·yan, 小心眼, "narrow-minded". The whole surname-plus-given-name string is judged, because
real given names are often words too ("Meili" is 美丽, "beautiful"). The message gives the likely
characters, their pinyin and English gloss; wherever that gloss appears in the draft ("so
narrow-minded"), it is a related location.

Also a term of address romanized as part of a name (`data/honorifics.tsv`): 老王 "Lao Wang" ("old
Wang"), 王总 "Wang Zong" ("Boss Wang"), 华哥 "Hua Ge" ("brother Hua"), where the draft names
someone of that surname in full ("Wang Lei"), so that the two words are a person addressed
familiarly rather than a name.

## Why it matters
Machine translation sometimes renders a figurative word as a transliterated name, inventing a
person the reader then looks for. The word is usually translated literally elsewhere in the same
draft, which is how a reviewer can confirm it.

## Example
Fails:  We met Xiao Xinyan, the head of the exchange.   (xiaoxinyan: 小心眼, a word)
Passes: We met Wang Xiaoming, the head of the exchange. (wangxiaoming: no such word)

## Options
- `min-syllables` (default 3): shorter names are not judged; two-syllable names collide with
  words far too often (Li Ming, 黎明 "dawn").
- `min-frequency` (default 5): the fewest occurrences in jieba's word list a word needs.
- `ignore`: names never reported. Names in the names list (`--names`) are never reported either.

## What it cannot know
Whether a real person bears a name that is also a word, or is really called Xiao Li (肖立) rather
than addressed as "little Li": add such names to the names list. A word
counts only when its characters bind across the surname and the given name (核桃 "walnut" in
核桃树, He Taoshu) or the whole string is a dictionary word; a surname followed by a word (王 + 晓明) reads as
a name. Names with a Wade–Giles or Cantonese surname are not judged, and the word list (jieba) and
glosses (CC-CEDICT) miss recent coinages.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

import regex

from ..chinese import dictionary
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Related, Severity
from ..names.mentions import Mention, mentions
from ..names.nameslist import names_in
from ..chinese.dictionary import warm_up as chinese_warm_up

# Most places a gloss is related to one finding; beyond that the list stops helping.
MAX_RELATED = 10


@dataclass(frozen=True)
class Options:
    min_syllables: int = 3
    min_frequency: int = 5
    ignore: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordReading:
    """The word a name's syllables spell, with its frequency, pinyin and English gloss."""

    word: str
    frequency: int
    pinyin: str
    gloss: dictionary.Gloss


@dataclass(frozen=True)
class Honorific:
    """A term of address that may be romanized as part of a name (``data/honorifics.tsv``)."""

    pinyin: str
    characters: str
    before: bool  # written before the surname (老王) or after it (王总)
    sense: str
    better: str


@functools.lru_cache(maxsize=1)
def honorifics() -> dict[str, Honorific]:
    """The terms of address by pinyin."""
    from ..chinese.datafiles import data_lines

    rows = (line.split("\t") for line in data_lines("honorifics.tsv"))
    return {r[0]: Honorific(r[0], r[1], r[2] == "before", r[3], r[4]) for r in rows if len(r) == 5}


def honorific_hits(doc: Document, found: Sequence[Mention], skip: Callable[[str], bool]) -> Iterator[Hit]:
    """Two-word names made of a surname and a term of address ("Lao Wang", "Wang Zong"), reported
    only where the draft names someone of that surname in full: then it is a person addressed
    familiarly, not a person whose name this is."""
    from ..chinese.surnames import lookup_surname

    full = {m.chinese.surname.spelling for m in found if m.chinese and len(m.words) >= 2 and not _honorific(m.words)[0]}
    for mention in found:
        honorific, surname_word = _honorific(mention.words)
        text = " ".join(mention.text.split())
        surname = lookup_surname(surname_word) if honorific else None
        if honorific is None or surname is None or surname.spelling not in full or skip(text):
            continue
        yield Hit(
            mention.start,
            mention.end,
            f"'{text}' may be a surname with {honorific.characters} ({honorific.pinyin}, \"{honorific.sense}\"), "
            f"a term of address romanized as part of a name: if so, write {honorific.better}",
            data={"word": honorific.characters, "pinyin": honorific.pinyin, "gloss": honorific.sense},
        )


def _honorific(words: Sequence[str]) -> tuple[Honorific | None, str]:
    """The term of address of a two-word name and its other word (the surname), if any."""
    if len(words) != 2:
        return None, ""
    table = honorifics()
    first, last = (table.get(w.lower()) for w in words)
    if first is not None and first.before:
        return first, words[1]
    if last is not None and not last.before:
        return last, words[0]
    return None, ""


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    """Report each romanized Chinese name of ``doc`` whose syllables spell a common word."""
    names = names_in(context.resources)
    places: dict[str, tuple[Related, ...]] = {}  # gloss places, searched once per word and draft
    found = mentions(doc)
    yield from honorific_hits(doc, found, lambda text: names.is_listed(text) or text in options.ignore)
    for mention in found:
        name = mention.chinese
        syllables = name.pinyin if name else None
        text = " ".join(mention.text.split())
        if not syllables or len(syllables) < options.min_syllables or names.is_listed(text) or text in options.ignore:
            continue
        reading = word_reading(syllables, len(syllables) - len(name.given), options.min_frequency)  # type: ignore[union-attr]
        if reading is not None:
            if reading.word not in places:
                places[reading.word] = _related(doc, reading.gloss)
            yield _hit(mention, text, reading, places[reading.word])


@functools.lru_cache(maxsize=4096)
def word_reading(syllables: tuple[str, ...], surname_length: int, min_frequency: int) -> WordReading | None:
    """The most frequent common word spelled ``syllables`` that does not read as surname + name.

    A word counts when its first meaningful piece spans the surname and the given name (核桃 in
    核桃树) — a surname followed by a word of its own (王 + 晓明) is how names are made.
    """
    for word in dictionary.lookup(syllables):
        if word.frequency < min_frequency:
            break  # most frequent first
        found = dictionary.entries(word.text)
        if found and all(entry.is_proper for entry in found):
            continue  # a person, place or brand
        gloss = dictionary.gloss(word.text)
        if gloss is not None and len(gloss.pieces[0][0]) > surname_length:
            return WordReading(word.text, word.frequency, dictionary.tone_marked(word.text), gloss)
    return None


def _related(doc: Document, gloss: dictionary.Gloss) -> tuple[Related, ...]:
    return tuple(
        Related(start, end, f"'{doc.text[start:end]}' may be the same word, translated")
        for start, end in gloss_places(doc, gloss)
    )


def _hit(mention: Mention, text: str, reading: WordReading, related: tuple[Related, ...]) -> Hit:
    senses = " + ".join(f'"{sense}"' for _, sense in reading.gloss.pieces)
    return Hit(
        mention.start,
        mention.end,
        f"'{text}' spells the Chinese word {reading.word} ({reading.pinyin}: {senses}), not a name: "
        "a word romanized instead of translated?",
        related=related,
        data={"word": reading.word, "pinyin": reading.pinyin, "gloss": reading.gloss.phrase, "frequency": reading.frequency},
    )


def gloss_places(doc: Document, gloss: dictionary.Gloss) -> list[tuple[int, int]]:
    """Where the draft writes the gloss: the whole phrase ("walnut tree"), else its first piece."""
    for phrase in dict.fromkeys((_searchable(gloss.phrase), _searchable(gloss.pieces[0][1]))):
        if len(phrase) < 4:
            continue
        pattern = regex.compile(r"(?<!\p{L})" + regex.escape(phrase) + r"(?!\p{L})", regex.I | regex.V1)
        places = [m.span() for m in pattern.finditer(doc.text)]
        if places:
            return places[:MAX_RELATED]
    return []


def _searchable(sense: str) -> str:
    """A sense as running English writes it: "(law) collegiate bench" → "collegiate bench", "to X" → "X"."""
    sense = regex.sub(r"\([^)]*\)", "", sense).strip()
    return regex.sub(r"^to\s+", "", sense)


CHECK = Check(
    name="romanized-word",
    category="accuracy",
    severity=Severity.WARNING,
    doc=__doc__,
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run=run,
    warm_up=chinese_warm_up,
)
