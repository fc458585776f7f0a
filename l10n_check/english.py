"""English word frequencies, for checks that must tell a word from a non-word.

The frequencies come from the wordfreq package (code Apache-2.0, data CC BY-SA 4.0), a well-kept
blend of subtitles, books, news, Wikipedia and web text; its "large" English list holds about 320,000
words. It is imported on first use only (about 0.2 s), never at ``import l10n_check``.
"""

from __future__ import annotations

import functools
import math
from typing import Mapping


@functools.lru_cache(maxsize=1)
def _frequencies() -> Mapping[str, float]:
    import wordfreq  # lazy: only checks that judge words pay for loading the list

    return wordfreq.get_frequency_dict("en", wordlist="large")


def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (case-insensitive): log10 of uses per billion words.

    About 7 for "the", 4 for "volume", 2 for rare words; 0 for a string not in the list at all.
    """
    frequency = _frequencies().get(word.lower(), 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def is_english_target(lang: str) -> bool:
    """Whether a target-language tag is English (``en``, ``en-GB``, ``en_US``)."""
    return lang.replace("_", "-").lower().split("-")[0] == "en"
