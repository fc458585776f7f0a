"""English word frequencies, for checks that must tell a word from a non-word.

The frequencies come from the wordfreq package (code Apache-2.0, data CC BY-SA 4.0), a well-kept
blend of subtitles, books, news, Wikipedia and web text; its "large" English list holds about 320,000
words. Importing wordfreq and reading the list costs about 0.7 s, so the list is copied once into an
on-disk table (``cache.py``, keyed by a hash of wordfreq's data file) and looked up word by word:
a run that consults a few thousand words opens it in a millisecond and never imports wordfreq.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import re
from pathlib import Path

from . import cache

_WORDLIST = "large_en.msgpack.gz"


@functools.lru_cache(maxsize=1)
def _frequencies() -> cache.Table:
    spec = importlib.util.find_spec("wordfreq")
    data = Path(next(iter(spec.submodule_search_locations or ()), "")) / "data" / _WORDLIST if spec else None
    source = cache.file_fingerprint(data) if data is not None and data.is_file() else cache.fingerprint(b"wordfreq")

    def rows() -> list[tuple[str, str]]:
        import wordfreq  # only to build the table: once per wordfreq data file

        return [(word, repr(frequency)) for word, frequency in wordfreq.get_frequency_dict("en", wordlist="large").items()]

    return cache.table("wordfreq-en-large", source, rows)


@functools.lru_cache(maxsize=65536)
def _zipf(lowered: str) -> float:
    frequency = float(_frequencies().get(lowered) or 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (case-insensitive): log10 of uses per billion words.

    About 7 for "the", 4 for "volume", 2 for rare words; 0 for a string not in the list at all.
    """
    return _zipf(word.lower())


def warm_up() -> None:
    """Open (or build) the frequency table before worker processes fork."""
    _frequencies()


def is_english_target(lang: str) -> bool:
    """Whether a target-language tag is English (``en``, ``en-GB``, ``en_US``)."""
    return lang.replace("_", "-").lower().split("-")[0] == "en"


# Characters outside ASCII that are no letter, mark or number in any version of Unicode: the
# typographic quotes, dashes, ellipsis and no-break space of English prose.
_NOT_PLAIN = re.compile("[^\\x00-\\x7f\\u2018\\u2019\\u201c\\u201d\\u2013\\u2014\\u2026\\u00a0]")


def is_plain(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` and the character before it hold only ASCII and typographic
    punctuation. In such a text ``\\p{L}`` is ``[A-Za-z]``, ``\\p{Lu}`` ``[A-Z]`` and ``\\p{N}``
    ``[0-9]``, so a check may run the ASCII twin of a pattern in the standard engine, several times
    as fast as ``regex`` (the character before counts for a look-behind at ``start``)."""
    return _NOT_PLAIN.search(text, max(start - 1, 0), len(text) if end is None else end) is None
