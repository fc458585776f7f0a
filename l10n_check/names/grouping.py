"""Group the renderings of one name: a normalized key first, fuzzy matching only within blocks.

Renderings that share a key are one name:

- the flat key: tone marks, case, spaces, hyphens and apostrophes removed, so "Wang Xiao-ming",
  "WANG Xiaoming", "Wáng Xiǎomíng" and "Wang Xiaoming" share ``wangxiaoming``; for a romanized Chinese name the
  surname comes first, so "Xiaoming Wang" shares it too;
- the bag key of a Chinese name, its surname and given name in sorted order, which also joins the
  two readings of an ambiguous pair such as "Wang Fang" / "Fang Wang".

Then near-miss spellings (Wang Xiaomng, Katherine / Catherine) are matched with rapidfuzz's ``ratio``
on flat keys, compared only within blocks of keys that share their first or last three letters and
have nearly the same length, which keeps 5,000 names well under a second. Only renderings spelled as
names are (capitalized words, not identifiers such as TextWrapper). Two keys that both read as valid
Chinese names are never fuzzy-matched (Zhang Wei and Zhang Wen are different people), nor two keys
one of which extends the other (America / Americas).

Last, a name in Han characters joins the romanized name whose syllables its characters can be read
as (王晓明 → wang xiao ming).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Sequence

import regex

from .. import patterns
from ..chinese.pinyin import segment, strip_tones
from ..chinese.surnames import ChineseName, surname_characters
from .mentions import Mention, parse_words
from .nameslist import EMPTY, NamesList

_SEPARATORS = patterns.compile(r"[\s\-‐'’]+")
# Words spelled as personal and organisation names are (Katherine, Jia-yin, Xiè): near-misses are
# looked for only among these, not among code-like identifiers (TextWrapper, BLAKE2b, SIGILL).
_PLAIN_NAME = patterns.compile(r"\p{Lu}\p{Ll}+(?:[\-‐'’]\p{L}\p{Ll}*)*(?:\s\p{Lu}\p{Ll}+(?:[\-‐'’]\p{L}\p{Ll}*)*)*", regex.V1)
BLOCK = 3  # letters of a key's prefix and suffix that name its blocks
WORD_SIMILARITY = 0.8  # word by word, on top of the whole-name similarity
# A name has a few words ("Bank of China Hong Kong" six, CamelCase parts included); a longer run of
# capitals ("BD BD BD ...", a title in capitals) is no name, and bucketing it word by word would cost
# the square of its length.
MAX_NAME_PARTS = 8


class Occurrence(NamedTuple):
    """A mention in one document of the run; ``doc_index`` orders documents (a named tuple: one is
    made for every mention of every draft of the run, in the parent)."""

    doc_index: int
    path: str
    mention: Mention


@dataclass(frozen=True)
class Rendering:
    """One way a name is written, with every place it is written so."""

    text: str
    occurrences: tuple[Occurrence, ...]
    listed: bool = False  # from the names list

    @property
    def count(self) -> int:
        """How many times the rendering is written."""
        return len(self.occurrences)

    @property
    def sample(self) -> Mention | None:
        """One of its mentions (None for a names-list rendering the drafts never write)."""
        return self.occurrences[0].mention if self.occurrences else None

    @property
    def is_han(self) -> bool:
        """Written in Han characters."""
        return bool(self.occurrences) and self.occurrences[0].mention.han


@dataclass(frozen=True)
class FuzzyOptions:
    """How near a near-miss spelling must be: rapidfuzz ``ratio`` and the shortest key compared."""

    similarity: float = 88.0
    min_length: int = 6


def flat_key(text: str) -> str:
    """``"Wang Xiao-ming"`` → ``"wangxiaoming"``: tone marks, case and separators removed."""
    return _SEPARATORS.sub("", strip_tones(text).casefold())


def name_keys(mention: Mention) -> tuple[str, ...]:
    """The keys under which ``mention``'s rendering joins others (see the module docstring)."""
    if mention.han:
        return ("han:" + mention.text,)
    name = mention.chinese
    if name is None:
        return (flat_key(mention.text),)
    given = "".join(name.given)
    return (name.surname.spelling + given, "bag:" + " ".join(sorted((name.surname.spelling, given))))


def renderings(occurrences: Iterable[Occurrence], *, in_order: bool = False) -> list[Rendering]:
    """Occurrences collected by the text as written (white space collapsed), in first-seen order.

    ``in_order``: the occurrences come in document order and, within a document, in the order of
    their starts already (``mentions`` sorts them), so sorting them again is skipped: it was a third
    of the parent's work of grouping a run's 80,000 mentions."""
    by_text: dict[str, list[Occurrence]] = {}
    if not in_order:
        occurrences = sorted(occurrences, key=lambda o: (o.doc_index, o.mention.start))
    for occurrence in occurrences:
        by_text.setdefault(" ".join(occurrence.mention.text.split()), []).append(occurrence)
    return [Rendering(text, tuple(found)) for text, found in by_text.items()]


class _Union:
    """Union–find over integer ids, with the smallest id as the root (deterministic)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        """The root of ``item``'s set, halving paths on the way."""
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        """Join the sets of ``a`` and ``b``."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group(found: Sequence[Rendering], names: NamesList = EMPTY, fuzzy: FuzzyOptions | None = FuzzyOptions()) -> list[list[Rendering]]:
    """Renderings of one name together, each group's renderings in first-seen order.

    Canonical and accepted renderings of the names list take part as renderings without
    occurrences, so "Xiaoming Wang" joins the listed "Wang Xiaoming" even when that is never written.
    """
    items = list(found) + _listed_renderings(names, {r.text for r in found})
    union = _Union(len(items))
    keys = [_keys_of(item) for item in items]
    _join_by_key(union, keys)
    for entry in names.names:  # a listed name's renderings are one name even when keys differ
        ids = [i for i, item in enumerate(items) if names.canonical(item.text) == entry.canonical]
        for other in ids[1:]:
            union.union(ids[0], other)
    if fuzzy is not None:
        _join_near_misses(union, items, keys, fuzzy)
        if fuzzy.similarity <= FuzzyOptions().similarity:  # a stricter similarity turns one-word slips off too
            _join_word_near_misses(union, items)
    _join_han(union, items)
    groups: dict[int, list[Rendering]] = defaultdict(list)
    for index, item in enumerate(items):
        groups[union.find(index)].append(item)
    return [groups[root] for root in sorted(groups)]


def _listed_renderings(names: NamesList, present: set[str]) -> list[Rendering]:
    listed = [r for e in names.names for r in (e.canonical, *e.accept) if r not in present]
    return [Rendering(text, (), listed=True) for text in dict.fromkeys(listed)]


def _keys_of(item: Rendering) -> tuple[str, ...]:
    # A listed rendering without occurrences is read as a mention would be.
    return name_keys(item.sample if item.sample is not None else parse_words(item.text))


def _join_by_key(union: _Union, keys: Sequence[tuple[str, ...]]) -> None:
    first: dict[str, int] = {}
    for index, item_keys in enumerate(keys):
        for key in item_keys:
            union.union(first.setdefault(key, index), index)


def _join_near_misses(union: _Union, items: Sequence[Rendering], keys: Sequence[tuple[str, ...]], options: FuzzyOptions) -> None:
    """Fuzzy-match flat keys inside blocks of keys sharing a prefix or suffix."""
    from rapidfuzz.distance import Indel

    by_key: dict[str, int] = {}
    for index, item_keys in enumerate(keys):
        key = item_keys[0]
        text = items[index].text
        if len(key) >= options.min_length and text.count(" ") < MAX_NAME_PARTS and _PLAIN_NAME.fullmatch(strip_tones(text)):
            by_key.setdefault(key, index)
    chinese = {key for key, index in by_key.items() if _chinese(items[index]) is not None}
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in sorted(by_key):
        blocks["<" + key[:BLOCK]].append(key)
        blocks[">" + key[-BLOCK:]].append(key)
    cutoff = options.similarity / 100
    for block in blocks.values():
        for a, b in itertools.combinations(block, 2):
            if abs(len(a) - len(b)) > 2 or (a in chinese and b in chinese) or _extends(a, b):
                continue  # two valid Chinese names are two people; "Americas" is no typo of "America"
            if Indel.normalized_similarity(a, b, score_cutoff=cutoff) and _words_alike(items[by_key[a]], items[by_key[b]]):
                union.union(by_key[a], by_key[b])


_CAMEL_PART = patterns.compile(r"\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\p{N}+", regex.V1)


def _parts(text: str) -> tuple[str, ...]:
    """Words of a name, a CamelCase word split into its parts: "DataHub" → ("data", "hub")."""
    return tuple(p.casefold() for word in _SEPARATORS.split(strip_tones(text)) for p in _CAMEL_PART.findall(word))


def _join_word_near_misses(union: _Union, items: Sequence[Rendering]) -> None:
    """Names of two or more words (or CamelCase parts) that differ in one word by a near miss:
    "Golden Bull" / "Gold Bull", "DataHub" / "DateHub". Chinese names are left to the pinyin rules."""
    buckets: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
    for index, item in enumerate(items):
        parts = _parts(item.text)
        if not 2 <= len(parts) <= MAX_NAME_PARTS or item.is_han or _chinese(item) is not None:
            continue
        for position in range(len(parts)):
            buckets[parts[:position] + ("*",) + parts[position + 1 :]].append((index, parts[position]))
    for bucket in buckets.values():
        for (i, a), (j, b) in itertools.combinations(bucket, 2):
            if a != b and near_miss(a, b):
                union.union(i, j)


def near_miss(a: str, b: str) -> bool:
    """One word a slip of the other: one edit or transposition in five letters or more ("Data" /
    "Date" too), or a shorter form of it ("Gold" / "Golden"), never two different short words."""
    from rapidfuzz.distance import OSA

    if min(len(a), len(b)) < 4:
        return False
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and len(long) - len(short) <= 2:
        return long[len(short) :] not in ("s", "es", "er", "ed", "ly")  # "Watches", "DieHarder": other words
    return len(a) == len(b) and OSA.distance(a, b) <= 1


def _extends(a: str, b: str) -> bool:
    """One key is the other with letters added at either end: "Americas", "Unfortunately", "Dconfig"."""
    return a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a)


def _words_alike(first: Rendering, second: Rendering) -> bool:
    """Names of as many words differ by at most one edit (a transposition counts as one) per five
    letters in each word: "Eastern Europe" is no typo of "Western Europe", "Zhou Jeilun" is one."""
    from rapidfuzz.distance import OSA

    a = _SEPARATORS.split(strip_tones(first.text).casefold())
    b = _SEPARATORS.split(strip_tones(second.text).casefold())
    return len(a) != len(b) or all(OSA.normalized_similarity(x, y) >= WORD_SIMILARITY for x, y in zip(a, b))


def _chinese(item: Rendering) -> ChineseName | None:
    return (item.sample or parse_words(item.text)).chinese


def _join_han(union: _Union, items: Sequence[Rendering]) -> None:
    """A Han rendering joins the romanized Chinese name its characters can be read as."""
    han = [i for i, item in enumerate(items) if item.is_han]
    if not han:
        return
    by_syllables: dict[tuple[str, ...], int] = {}
    surname_chars: set[str] = set()  # first characters worth reading: surnames of the names seen
    for index, item in enumerate(items):
        name = _chinese(item)
        for syllables in chinese_readings(name) if name is not None else ():
            by_syllables.setdefault(syllables, index)
            surname_chars.update(surname_characters(syllables[0]))
    candidates = [i for i in han if items[i].text[0] in surname_chars]
    if not candidates:
        return  # no need to load pypinyin
    from ..chinese.dictionary import readings

    for index in candidates:
        per_char = [readings(char) or ("",) for char in items[index].text]
        for syllables in itertools.islice(itertools.product(*per_char), 256):
            if syllables in by_syllables:
                union.union(by_syllables[syllables], index)
                break


def chinese_readings(name: ChineseName) -> list[tuple[str, ...]]:
    """Every syllable sequence a romanized Chinese name stands for, surname first (Hsieh → xie)."""
    found = []
    for reading in name.surname.readings:
        parts = segment(reading)
        if parts:
            found.append((*parts, *name.given))
    return found
