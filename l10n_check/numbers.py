"""Numbers in text, as values: Arabic digits with separators, English number words and scale words,
and Chinese numerals (三千五百, 1.5万, 3亿), so a source and its translation can be compared.

Two strengths: ``numbers`` are what a translation must keep (digits, 1st, multi-character Chinese
numerals before a measure word); ``number_words`` are what may stand for one but is no number for
sure (three, third, a/an, 一个, 第一): they account for a number on the other side, never alone
make one missing or added.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Iterator

import functools
import re
from importlib import resources

import regex

from . import patterns, textutil

_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_CHINESE_SCALES = {"万": 10_000, "亿": 100_000_000}
_ENGLISH_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "zeroth": 0, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "half": Decimal("0.5"), "dozen": 12,
    # "the number of ones", "initialized to zeros": the digit they name.
    "ones": 1, "zeros": 0, "zeroes": 0,
    # Month names stand for their number in dates written the Chinese way (1 月 1 日).
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ENGLISH_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12, "bn": 1_000_000_000}

# A number with thousands separators or decimals, optionally followed by a scale word or 万/亿. A
# number may follow a comma: [1,12] holds 12 (a thousands group is read with the digits before it).
ARABIC = patterns.compile(
    r"(?<![A-Za-z0-9_.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s?(thousand|million|billion|trillion|bn)(?![A-Za-z])|\s?([万亿])|(?:st|nd|rd|th)(?=\b))?(?![A-Za-z0-9_])",
    regex.I,
)
# Chinese numerals of two characters or more (三千, 十五, 五万), counted only when a measure word
# follows (see data/chinese_measure_words.txt): 十六进制 is "hexadecimal", not 16.
CHINESE = patterns.compile(r"(?<![零〇一二两三四五六七八九十百千万亿第])[零〇一二两三四五六七八九十百千万亿]{2,}")


@functools.lru_cache(maxsize=1)
def measure_words() -> tuple[str, ...]:
    """Measure words from the data file, longest first so 公里 is tried before 公."""
    text = resources.files("l10n_check.data").joinpath("chinese_measure_words.txt").read_text("utf-8")
    words = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))
# "thirty-two" before "thirty" and "two"; "a"/"an" count as one.
ENGLISH_WORD = patterns.compile(
    r"\b(?:(" + "|".join(_TENS) + r")[- ](one|two|three|four|five|six|seven|eight|nine)"
    r"|(" + "|".join(sorted(_ENGLISH_WORDS, key=len, reverse=True)) + r"|an?))\b",
    regex.I,
)
# A number word or digits before a scale word: "one million", "a thousand", "2.5 billion".
_SCALED = patterns.compile(
    r"\b(?:(an?|" + "|".join(sorted(_ENGLISH_WORDS, key=len, reverse=True)) + r")|(\d+(?:\.\d+)?))[- ]"
    r"(hundred|thousand|million|billion|trillion)\b",
    regex.I,
)
_SCALE_WORD = patterns.compile(r"hundred|thousand|million|billion|trillion", regex.I)
# Digits glued to a Latin letter (v1, FILE2, x86, utf8, Python3.7, 32MiB, 10ms): part of a name or a
# unit, but they may stand for a number on the other side ("FILE1" rendered 文件1, "32 MiB" written
# 32MiB); and a decimal written without its zero (.001 for 0.001).
_GLUED = patterns.compile(
    r"(?<=[A-Za-z_])\d+(?:\.\d+)?(?![\d.])|(?<![A-Za-z0-9_.])\d+(?:\.\d+)?(?=[A-Za-z])|(?<![A-Za-z0-9_.])\.\d+(?![\d.])"
)
# One Chinese numeral character (三个, 一次), or an ordinal (第一, 第三十): words, not sure numbers.
_CHINESE_WORD = patterns.compile(r"(?<![零〇一二两三四五六七八九十百千万亿])(第)?([零〇一二两三四五六七八九十百千]+)")


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


# What every number of ``numbers`` holds: a digit, or two Chinese numeral characters in a row.
_DIGIT = patterns.compile(r"\d")
# Literal characters only: the standard engine finds the same, faster.
_NUMERAL_PAIR = re.compile(r"[零〇一二两三四五六七八九十百千万亿]{2}")


# Blocks that may hold no decimal digit: ASCII and Latin to the Arabic-Indic digits, punctuation and
# the CJK blocks (each asked of ``_DIGIT`` on first use).
_DIGITLESS_BLOCKS = ((0x0000, 0x002F), (0x003A, 0x065F), (0x2000, 0x303F), (0x3040, 0x30FF), (0x3400, 0x4DBF),
                     (0x4E00, 0x9FFF), (0xFF00, 0xFF0F), (0xFF1A, 0xFFEF))


def has_ascii_digit(text: str) -> bool:
    """Whether ``text`` holds a digit 0-9: ten substring searches in C take a third of the time of
    one search of the class ``[0-9]``, which the standard engine tries character by character."""
    return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text)


@functools.lru_cache(maxsize=1)
def _maybe_digit() -> re.Pattern[str]:
    return textutil.outside_blocks(_DIGIT, _DIGITLESS_BLOCKS)


def may_hold_numbers(text: str) -> bool:
    """False when ``numbers`` surely finds nothing in ``text``: one or two quick searches in the
    standard engine, no pass of the number patterns (an ASCII text holds no Chinese numeral)."""
    if text.isascii():
        return has_ascii_digit(text)
    return _maybe_digit().search(text) is not None or _NUMERAL_PAIR.search(text) is not None



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
            if len(numeral) < 4 and all(c in _CHINESE_DIGITS for c in numeral):
                continue  # 一一, 三三: repeated digits are words (单一一个 "a single"); 二〇二四 is a year
            if not counted and not text.startswith(measure_words(), match.end()):
                continue
            value = chinese_value(match.group())
            if value is not None:
                yield match.start(), match.end(), value


def number_words(text: str) -> Iterator[Decimal]:
    """Values of words that may stand for a number: three, thirty-two, twelfth, half, a/an (1), May
    (5), one million, the 1 of v1, 三个, 第一, 零."""
    scaled = _SCALE_WORD.search(text) and _SCALED.finditer(text)  # the long alternation only where it can match
    for match in scaled or ():
        word, digits, scale = match.groups()
        base = Decimal(digits) if digits else Decimal(_ENGLISH_WORDS.get(word.lower(), 1))
        yield base * _ENGLISH_SCALES[scale.lower()]
    for match in ENGLISH_WORD.finditer(text):
        tens, unit, word = match.groups()
        if tens:
            yield Decimal(_ENGLISH_WORDS[tens.lower()] + _ENGLISH_WORDS[unit.lower()])
        else:
            yield Decimal(_ENGLISH_WORDS.get(word.lower(), 1))
    for match in _GLUED.finditer(text):
        yield Decimal(match.group())
    if text.isascii():
        return
    for match in _CHINESE_WORD.finditer(text):
        ordinal, numeral = match.groups()
        # 零 is zero wherever it stands (为零 "is zero"); another lone numeral only before a measure word.
        if ordinal or numeral == "零" or len(numeral) == 1 and text.startswith(measure_words(), match.end()):
            value = chinese_value(numeral)
            if value is not None:
                yield value


def show(value: Decimal) -> str:
    """A value as a reader writes it: 3500, 1.5, 120000000."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
