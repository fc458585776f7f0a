"""Toneless pinyin: the syllable table, tone-mark stripping and a segmenter for joined syllables.

``segment("xiaoming")`` → ``("xiao", "ming")``; ``segment("Xi'an")`` → ``("xi", "an")``. Pinyin's own
spelling rule makes the split unambiguous for ordinary words: a syllable that starts with a, o or e
and is not the first of a word is written after an apostrophe ("Xi'an", never "Xian" for 西安), so
the segmenter never starts an inner syllable with one of those letters. Among the remaining splits it
takes the one with the fewest syllables, then the longest syllables first.

The table (``data/pinyin_syllables.txt``) is built from pypinyin's character readings; see
``data/build_chinese_data.py``.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Iterable

from l10n_check.chinese.datafiles import data_lines

# Longest syllables: chuang, shuang, zhuang.
MAX_SYLLABLE = 6
APOSTROPHES = "'’ʼ‘`"
# Marks that separate syllables inside one written word: apostrophes, hyphens, spaces.
_BOUNDARIES = frozenset(APOSTROPHES + "-‐‑ ")
# ü is written u, v or ü in English text; the table spells it u (lü → lu, nüe → nue).
_V_SPELLINGS = {"lv": "lu", "nv": "nu", "lve": "lue", "nve": "nue"}


def strip_tones(text: str) -> str:
    """Remove tone marks and the diaeresis: ``"Wáng Xiǎomíng"`` → ``"Wang Xiaoming"``, ``"Lǚ"`` → ``"Lu"``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@functools.lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """The toneless syllables of Mandarin as written in pinyin (about 400)."""
    return frozenset(data_lines("pinyin_syllables.txt"))


def is_syllable(text: str) -> bool:
    """Whether ``text`` (any case, tone marks allowed) is one pinyin syllable."""
    return _canonical(strip_tones(text).lower()) in syllables()


def _canonical(syllable: str) -> str:
    return _V_SPELLINGS.get(syllable, syllable)


@functools.lru_cache(maxsize=65536)
def segment(word: str) -> tuple[str, ...] | None:
    """Split ``word`` into toneless pinyin syllables, or None when it is not pinyin.

    Case and tone marks are ignored; apostrophes, hyphens and spaces mark syllable boundaries:
    ``"Xiao-ming"`` → ``("xiao", "ming")``, ``"zhongguoren"`` → ``("zhong", "guo", "ren")``.
    """
    text = strip_tones(word).lower()
    chunks = [""]
    for char in text:
        if char in _BOUNDARIES:
            chunks.append("")
        elif "a" <= char <= "z":
            chunks[-1] += char
        else:
            return None
    result: list[str] = []
    for chunk in chunks:
        if not chunk:
            return None  # a leading, trailing or doubled boundary: "-yin", "jia--yin"
        parts = _segment_chunk(chunk)
        if parts is None:
            return None
        result.extend(parts)
    return tuple(result)


def _segment_chunk(chunk: str) -> tuple[str, ...] | None:
    """Fewest-syllables split of a boundary-free chunk; inner syllables may not start with a/o/e."""
    table = syllables()
    size = len(chunk)
    # best[i]: the best split of chunk[i:], or None; filled from the end.
    best: list[tuple[str, ...] | None] = [None] * size + [()]
    for i in range(size - 1, -1, -1):
        if i > 0 and chunk[i] in "aoe":
            continue
        for j in range(min(size, i + MAX_SYLLABLE), i, -1):  # longest first wins ties
            rest = best[j]
            piece = _canonical(chunk[i:j])
            if rest is not None and piece in table:
                if best[i] is None or len(rest) + 1 < len(best[i]):  # type: ignore[arg-type]
                    best[i] = (piece, *rest)
    return best[0]


def join(parts: Iterable[str]) -> str:
    """Syllables written as one pinyin word, with the apostrophes the spelling rule asks for.

    ``("he", "tao", "shu")`` → ``"hetaoshu"``; ``("xi", "an")`` → ``"xi'an"``. This is the key
    of the word dictionary.
    """
    out = ""
    for part in parts:
        out += ("'" if out and strip_tones(part[:1]) in ("a", "o", "e") else "") + part
    return out


def pinyin_key(word: str) -> str | None:
    """``word`` segmented and re-joined: one spelling for ``"Xiao-ming"``, ``"XIAOMING"``, ``"Xiǎomíng"``."""
    parts = segment(word)
    return join(parts) if parts else None
