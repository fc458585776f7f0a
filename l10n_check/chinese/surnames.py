"""Chinese surnames in romanized form, and the shape of a romanized Chinese personal name.

Two tables, both loaded on first use:

- ``data/surnames_pinyin.tsv``: pinyin surnames from CC-CEDICT (Xie, Zhang, Ouyang...).
- ``data/surnames_romanized.tsv``: Wade–Giles, Cantonese and Hokkien spellings (Hsieh, Cheung,
  Wong, Tan...) with the pinyin they stand for.

Pinyin syllables alone never make a name ("women", "change" and "banana" segment into pinyin). A
name here is a surname followed (or, in Western order, preceded) by a given name of one or two
pinyin syllables, each word capitalized as names are: ``parse_name(["Wang", "Xiaoming"])``; and not
every word of it may be a frequent English word ("Long Angle", "He Ran": ``data/
english_pinyin_words.txt``). Such a pair can still be a name, just not one read as Chinese.
"""

from __future__ import annotations

import functools
from typing import NamedTuple, Sequence

from l10n_check.chinese.datafiles import data_lines
from l10n_check.chinese.pinyin import join, segment, strip_tones

# Given names have one or two syllables; a third is rare enough that allowing it only adds noise.
MAX_GIVEN_SYLLABLES = 2


class Surname(NamedTuple):
    """A surname as spelled: ``spelling`` lower-case and toneless, ``readings`` its pinyin."""

    spelling: str
    readings: tuple[str, ...]
    systems: tuple[str, ...]

    @property
    def is_pinyin(self) -> bool:
        """Whether the spelling itself is the pinyin of the surname (Xie, not Hsieh)."""
        return "pinyin" in self.systems


def _data_rows(filename: str) -> list[list[str]]:
    return [line.split("\t") for line in data_lines(filename)]


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Surname], dict[str, tuple[str, ...]]]:
    """(spelling → Surname, pinyin → characters)."""
    readings: dict[str, set[str]] = {}
    systems: dict[str, set[str]] = {}
    characters: dict[str, tuple[str, ...]] = {}
    for pinyin, chars in _data_rows("surnames_pinyin.tsv"):
        readings.setdefault(pinyin, set()).add(pinyin)
        systems.setdefault(pinyin, set()).add("pinyin")
        characters[pinyin] = tuple(chars.split())
    for spelling, pinyins, system in _data_rows("surnames_romanized.tsv"):
        key = spelling.lower()
        readings.setdefault(key, set()).update(pinyins.split())
        systems.setdefault(key, set()).add(system)
    table = {
        key: Surname(key, tuple(sorted(readings[key])), tuple(sorted(systems[key]))) for key in sorted(readings)
    }
    return table, characters


def lookup_surname(word: str) -> Surname | None:
    """The surname ``word`` spells (any case, tone marks allowed), or None."""
    return _tables()[0].get(strip_tones(word).lower().replace("-", ""))


def surname_characters(pinyin: str) -> tuple[str, ...]:
    """The characters of surnames read ``pinyin`` (``"xie"`` → 解 谢 ...), from CC-CEDICT."""
    return _tables()[1].get(pinyin, ())


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return frozenset(data_lines("english_pinyin_words.txt"))


def is_english_word(word: str) -> bool:
    """A frequent English word that is also pinyin: ``Long``, ``Angle``, ``Women``; not ``Yang``."""
    return word.lower() in _english_words()


def is_name_cased(word: str) -> bool:
    """Written as a name starts: ``Xiaoming``, ``Xiao-ming``, ``XIE``, ``Xiè``; not ``xiaoming``."""
    return word[:1].isupper()


class ChineseName(NamedTuple):
    """A romanized Chinese personal name: a surname and the syllables of the given name."""

    surname: Surname
    given: tuple[str, ...]
    surname_first: bool

    @property
    def key(self) -> str:
        """One spelling for every rendering: ``"wang xiaoming"`` for Wang Xiao-ming, WANG Xiaoming, Xiaoming Wang."""
        return f"{self.surname.spelling} {join(self.given)}"

    @property
    def pinyin(self) -> tuple[str, ...] | None:
        """All syllables in Chinese order when the surname is spelled in pinyin, else None."""
        surname = segment(self.surname.spelling) if self.surname.is_pinyin else None
        return (*surname, *self.given) if surname else None


def _given_syllables(words: Sequence[str]) -> tuple[str, ...] | None:
    """The syllables of a given name written as one word or one word per syllable."""
    if not words or not all(is_name_cased(w) for w in words):
        return None
    parts = [segment(w) for w in words]
    if any(p is None for p in parts) or (len(words) > 1 and any(len(p) != 1 for p in parts)):  # type: ignore[arg-type]
        return None
    syllables = tuple(s for p in parts for s in p)  # type: ignore[union-attr]
    return syllables if 1 <= len(syllables) <= MAX_GIVEN_SYLLABLES else None


def parse_name(words: Sequence[str]) -> ChineseName | None:
    """Read ``words`` as a romanized Chinese name, surname first or last; None when it is not one.

    ``["Wang", "Xiaoming"]``, ``["Wang", "Xiao", "Ming"]``, ``["Xiaoming", "Wang"]`` and ``["WANG", "Xiao-ming"]``
    all parse to surname Wang, given xiao·ming. Surname first wins when both readings are possible.
    """
    if not 2 <= len(words) <= 1 + MAX_GIVEN_SYLLABLES or all(is_english_word(w) for w in words):
        return None
    for surname_first in (True, False):
        surname_word = words[0] if surname_first else words[-1]
        given_words = words[1:] if surname_first else words[:-1]
        surname = lookup_surname(surname_word)
        if surname is None or not is_name_cased(surname_word) or "-" in surname_word:
            continue
        given = _given_syllables(given_words)
        if given is not None:
            return ChineseName(surname, given, surname_first)
    return None
