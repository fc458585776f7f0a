"""Numbers in text, as values: Arabic digits with separators, English number words and scale words,
and Chinese numerals (三千五百, 1.5万, 3亿), so a source and its translation can be compared.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Iterator

import functools
from importlib import resources

import regex

_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_CHINESE_SCALES = {"万": 10_000, "亿": 100_000_000}
_ENGLISH_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "half": Decimal("0.5"), "dozen": 12,
}
_ENGLISH_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12, "bn": 1_000_000_000}

# A number with thousands separators or decimals, optionally followed by a scale word or 万/亿.
ARABIC = regex.compile(
    r"(?<![A-Za-z0-9_.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s?(thousand|million|billion|trillion|bn)(?![A-Za-z])|\s?([万亿]))?(?![A-Za-z0-9_])",
    regex.I,
)
# Chinese numerals of two characters or more (三千, 十五, 五万), counted only when a measure word
# follows (see data/chinese_measure_words.txt): 十六进制 is "hexadecimal", not 16.
CHINESE = regex.compile(r"(?<![零〇一二两三四五六七八九十百千万亿第])[零〇一二两三四五六七八九十百千万亿]{2,}")


@functools.lru_cache(maxsize=1)
def measure_words() -> tuple[str, ...]:
    """Measure words from the data file, longest first so 公里 is tried before 公."""
    text = resources.files("l10n_check.data").joinpath("chinese_measure_words.txt").read_text("utf-8")
    words = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))
ENGLISH_WORD = regex.compile(r"\b(" + "|".join(sorted(_ENGLISH_WORDS, key=len, reverse=True)) + r")\b", regex.I)


def chinese_value(numeral: str) -> Decimal | None:
    """三千五百 → 3500, 十五 → 15, 两万 → 20000, 一亿二千万 → 120000000; None if not a number."""
    total, section, digit = 0, 0, None
    for char in numeral:
        if char in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[char] if digit is None else digit * 10 + _CHINESE_DIGITS[char]
        elif char in _CHINESE_UNITS:
            section += (1 if digit is None else digit) * _CHINESE_UNITS[char]
            digit = None
        elif char in _CHINESE_SCALES:
            total += (section + (digit or 0)) * _CHINESE_SCALES[char]
            section, digit = 0, None
        else:
            return None
    value = total + section + (digit or 0)
    return Decimal(value) if value or "零" in numeral or "〇" in numeral else None


def numbers(text: str) -> Iterator[tuple[int, int, Decimal]]:
    """``(start, end, value)`` of every number in ``text``, Arabic and Chinese."""
    for match in ARABIC.finditer(text):
        try:
            value = Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
        except InvalidOperation:
            continue
        scale = (match.group(3) or "").lower()
        if scale:
            value *= _ENGLISH_SCALES[scale]
        elif match.group(4):
            value *= _CHINESE_SCALES[match.group(4)]
        yield match.start(), match.end(), value
    if not text.isascii():
        for match in CHINESE.finditer(text):
            numeral = match.group()
            counted = numeral[-1] in "万亿" and numeral[-2] in _CHINESE_DIGITS  # 五万, not 千万 "by all means"
            if not counted and not text.startswith(measure_words(), match.end()):
                continue
            value = chinese_value(match.group())
            if value is not None:
                yield match.start(), match.end(), value


def number_words(text: str) -> Iterator[Decimal]:
    """Values of English number words (three, twelfth, half): these may stand for a source digit."""
    for match in ENGLISH_WORD.finditer(text):
        yield Decimal(_ENGLISH_WORDS[match.group(1).lower()])


def show(value: Decimal) -> str:
    """A value as a reader writes it: 3500, 1.5, 120000000."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
