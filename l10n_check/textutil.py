"""Text helpers shared by checks: script runs, sentences, words.

All functions take a string and return 0-based, half-open offsets into it, so a check can add a
segment's start offset and hand the span to the engine.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from typing import Iterable, Iterator, Sequence

import regex

from . import patterns

# Scripts written natively in Latin letters. Any other letter in their prose is a foreign script.
LATIN_LANGS = frozenset(
    "en fr de es it pt nl sv da no nb nn fi is pl cs sk sl hr bs sr-latn ro hu tr et lv lt id ms vi tl "
    "sw af ga cy eu ca gl sq mt".split()
)

# Scripts each non-Latin target language is written in. Latin letters are never foreign to these
# (brand names, code and units appear in any Chinese, Japanese or Russian text).
TARGET_SCRIPTS = {
    "zh": r"\p{Han}\p{Bopomofo}",
    "ja": r"\p{Han}\p{Hiragana}\p{Katakana}",
    "ko": r"\p{Hangul}\p{Han}",
    "ru": r"\p{Cyrillic}", "uk": r"\p{Cyrillic}", "bg": r"\p{Cyrillic}", "sr": r"\p{Cyrillic}",
    "el": r"\p{Greek}", "ar": r"\p{Arabic}", "fa": r"\p{Arabic}", "he": r"\p{Hebrew}",
    "th": r"\p{Thai}", "hi": r"\p{Devanagari}",
}

# Letters, with the CJK punctuation, digits, spaces and script-neutral marks (ー, ・) that glue one
# run together, so that "本文，仅供参考" and "スーパー" are one run each. A run starts and ends on a
# letter, or on a prolonged-sound mark.
_GLUE = r"[\p{Zs}\u3000-\u303f\uff01-\uff65\u2026\u00b7\d\u30fb\u30fc\uff70]"
# Script-neutral marks that belong to the word before them: the prolonged-sound mark of "データー".
_TRAILING = r"[\u30fc\uff70]*"


def _foreign_letter_class(target_lang: str) -> str:
    """A character class of letters foreign to ``target_lang``'s script(s)."""
    native = TARGET_SCRIPTS.get(base_lang(target_lang), "")
    return rf"[\p{{L}}--[\p{{Latin}}\p{{Common}}\p{{Inherited}}{native}]]"


@functools.lru_cache(maxsize=None)
def foreign_run_pattern(target_lang: str) -> regex.Pattern[str]:
    """A pattern matching runs of letters foreign to ``target_lang``'s script.

    For an English target that is any letter outside Latin (and the script-neutral Common and
    Inherited letters); for a Chinese target, Kana, Hangul, Cyrillic and so on, but not Latin.
    """
    letter = _foreign_letter_class(target_lang)
    # One of a few patterns (one per script of TARGET_SCRIPTS): the compiled-pattern cache holds them.
    return patterns.compile(rf"{letter}+(?:{_GLUE}+{letter}+)*{_TRAILING}", regex.V1)


@functools.lru_cache(maxsize=None)
def _foreign_letters(target_lang: str) -> regex.Pattern[str]:
    """Runs of letters foreign to ``target_lang`` (counted by their lengths: far fewer strings
    than one per letter)."""
    return patterns.compile(_foreign_letter_class(target_lang) + "+", regex.V1)


def base_lang(tag: str) -> str:
    """``"en-GB"`` / ``"en_US"`` → ``"en"``; ``"sr-Latn"`` keeps its script."""
    tag = tag.replace("_", "-").lower()
    return tag if tag == "sr-latn" else tag.split("-")[0]


# Blocks that may hold no letter foreign to a target language: Latin with its punctuation, Greek,
# Cyrillic and the CJK blocks. Which of them hold none is asked of the target's own class (so the
# answer follows ``regex``'s Unicode tables), once per language.
_NEUTRAL_BLOCKS = ((0x0000, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x2000, 0x206F), (0x2070, 0x214F),
                   (0x3000, 0x303F), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF),
                   (0xFE30, 0xFE4F), (0xFF00, 0xFF65), (0xFF66, 0xFFEF))


def outside_blocks(pattern: regex.Pattern[str], blocks: Iterable[tuple[int, int]]) -> re.Pattern[str]:
    """A standard-engine pattern of one character outside those of ``blocks`` (first and last code
    point) in which ``pattern``, a class of characters, finds none: a text it does not match holds
    none of them. Each block is asked of ``pattern`` itself, so the answer follows its Unicode tables;
    the standard engine then scans a text at C speed for what ``regex`` would look for slowly."""
    clean = [(a, b) for a, b in blocks if not _finds_in(pattern, a, b)]
    return re.compile("[^" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in clean) + "]")


def _finds_in(pattern: regex.Pattern[str], first: int, last: int) -> bool:
    """Whether a class of characters matches one of the code points ``first``..``last``, asked 256
    at a time: most blocks answer yes at once (5 ms for the 60,000 characters at once, 0.3 ms)."""
    return any(pattern.search("".join(map(chr, range(start, min(start + 256, last + 1)))))
               for start in range(first, last + 1, 256))


@functools.lru_cache(maxsize=None)
def _maybe_foreign(target_lang: str) -> re.Pattern[str]:
    """A character outside the blocks that hold no letter foreign to ``target_lang``: a text without
    one holds no foreign letter."""
    return outside_blocks(_foreign_letters(target_lang), _NEUTRAL_BLOCKS)


def may_hold_foreign(text: str, target_lang: str) -> bool:
    """Whether ``text`` may hold a letter foreign to ``target_lang``: False means surely none."""
    return not text.isascii() and _maybe_foreign(target_lang).search(text) is not None


def foreign_runs(text: str, target_lang: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every run of script foreign to ``target_lang`` in ``text``."""
    if not may_hold_foreign(text, target_lang):  # most prose, ASCII or all of the target's script
        return
    for match in foreign_run_pattern(target_lang).finditer(text):
        yield match.start(), match.end()


def foreign_letter_count(text: str, target_lang: str) -> int:
    """How many letters of ``text`` are in a script foreign to ``target_lang``."""
    if not may_hold_foreign(text, target_lang):
        return 0
    return _count(_foreign_letters(target_lang), text)


_LETTERS = patterns.compile(r"\p{L}+")
_ASCII_LETTERS = string.ascii_letters.encode()


def letter_count(text: str) -> int:
    """How many letters (any script) ``text`` holds."""
    if text.isascii():  # the ASCII letters, counted as bytes in C
        return _ascii_letter_count(text)
    return _count(_LETTERS, text)


def _count(letters: regex.Pattern[str], text: str) -> int:
    """How many characters the runs ``letters`` finds (a class and "+", no look-around) hold in
    ``text``, a block at a time: ``findall`` over one long paragraph would build a list of millions
    of strings. A run cut by a block's end goes on in the next block, and its lengths add up."""
    return sum(sum(map(len, letters.findall(text, start, start + _COUNT_BLOCK))) for start in range(0, len(text), _COUNT_BLOCK))


_COUNT_BLOCK = 1 << 16


# A sentence ends at . ! ? (or their CJK forms) followed by a space or the end, or at a line break.
_SENTENCE_END = patterns.compile(r"(?<=[.!?。！？…])[\"'”’)\]]*(?:\s+|$)|\n+")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset("mr mrs ms dr prof st vs etc e.g i.e inc ltd co jr sr no fig u.s".split())


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence in ``text``, trimmed of surrounding space."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # Only the word before the stop matters, and abbreviations are short: looking at a bounded
        # window keeps a long run of "Mr. Mr. Mr." (no sentence ends at all) linear.
        before = text[max(start, match.start() - _ABBREVIATION_WINDOW) : match.start()].rsplit(None, 1)
        if before and before[-1].rstrip(".").lower() in _ABBREVIATIONS and "\n" not in match.group():
            continue
        yield from _trimmed(text, start, match.start())
        start = match.end()
    yield from _trimmed(text, start, len(text))


# Longer than any abbreviation with its dots, so a word cut by the window is never taken for one.
_ABBREVIATION_WINDOW = 16


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


class SentenceIndex:
    """The sentences of one text, found once, so that the sentence around each of many spans costs a
    binary search instead of a pass over the whole text (one long paragraph may hold thousands of
    findings)."""

    def __init__(self, text: str) -> None:
        self.text = text
        bounds = list(sentences(text))
        self.starts = [start for start, _ in bounds]
        self.ends = [end for _, end in bounds]

    def around(self, start: int, end: int, limit: int = 200) -> str:
        """The sentence that contains ``[start, end)``, shortened to about ``limit`` code points."""
        bounds = self.bounds(start, end) or (0, len(self.text))
        return shorten_within(self.text, bounds, (start, end), limit)

    def bounds(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the sentence around ``[start, end)`` starts and ends (past ``end`` when the span
        runs beyond it); None when no sentence holds or follows the span's start before its end."""
        index = bisect.bisect_right(self.starts, start) - 1
        if not (index >= 0 and start < self.ends[index]):  # the span starts between sentences
            index = bisect.bisect_left(self.ends, end)
            if not (index < len(self.starts) and self.starts[index] < end):
                return None
        return self.starts[index], max(self.ends[index], end)


class Spans:
    """Half-open spans of a text, merged: whether an offset falls in any of them costs a binary
    search, not a look at each (one long paragraph may hold thousands of spans and of offsets)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(spans):
            if end <= start:
                continue  # an empty span holds no offset
            if ends and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        self.starts, self.ends = starts, ends

    def __contains__(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]

    def __bool__(self) -> bool:
        return bool(self.starts)


def sentence_around(text: str, start: int, end: int, limit: int = 200) -> str:
    """The sentence of ``text`` that contains ``[start, end)``, shortened to about ``limit``."""
    return SentenceIndex(text).around(start, end, limit)


def shorten_around(text: str, start: int, end: int, limit: int) -> str:
    """``text`` cut to about ``limit`` code points around ``[start, end)``, with ellipses."""
    return shorten_within(text, (0, len(text)), (start, end), limit)


def shorten_within(text: str, bounds: tuple[int, int], span: tuple[int, int], limit: int) -> str:
    """``shorten_around(text[low:high], ...)`` for ``bounds`` ``(low, high)``, without copying more of
    ``text`` than is returned, so that quoting around many spans of one long text stays linear.

    ``span`` is in ``text``'s offsets. Line breaks read as spaces.
    """
    low, high = bounds
    if high - low <= limit:
        return text[low:high].replace("\n", " ").strip()
    start, end = span[0] - low, span[1] - low
    room = max(limit - (end - start), 20) // 2
    left, right = max(0, start - room), min(high - low, end + room)
    kept = text[low + left : low + right].replace("\n", " ").strip()
    return ("…" if left else "") + kept + ("…" if right < high - low else "")


WORD = patterns.compile(r"\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-]\p{L}[\p{L}\p{M}\p{N}]*)*", regex.V1)


def words(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each word: letters, with inner apostrophes and hyphens."""
    for match in WORD.finditer(text):
        yield match.start(), match.end()


# Share of a block's letters in a foreign script above which the block counts as untranslated.
FOREIGN_BLOCK_SHARE = 0.5
# ... and the fewest foreign letters that make a block: a name with its characters is not a paragraph.
FOREIGN_BLOCK_MIN = 4


def is_foreign_block(text: str, target_lang: str) -> bool:
    """Whether most of ``text``'s letters are in a script foreign to ``target_lang``."""
    foreign = foreign_letter_count(text, target_lang)
    if foreign < FOREIGN_BLOCK_MIN:
        return False
    # ASCII letters are Latin, never foreign: with them the letters are at least this many, and a
    # long paragraph of English with some Chinese is decided without counting every letter.
    if foreign < FOREIGN_BLOCK_SHARE * (foreign + _ascii_letter_count(text)):
        return False
    return foreign >= FOREIGN_BLOCK_SHARE * letter_count(text)


def _ascii_letter_count(text: str) -> int:
    data = text.encode("ascii", "ignore")
    return len(data) - len(data.translate(None, _ASCII_LETTERS))


_SCRIPT_NAMES = (
    (patterns.compile(r"[\p{Hiragana}\p{Katakana}]"), "Japanese"),
    (patterns.compile(r"\p{Hangul}"), "Korean"),
    (patterns.compile(r"[\p{Han}\p{Bopomofo}]"), "Chinese"),
    (patterns.compile(r"\p{Cyrillic}"), "Cyrillic"),
    (patterns.compile(r"\p{Greek}"), "Greek"),
    (patterns.compile(r"\p{Arabic}"), "Arabic"),
    (patterns.compile(r"\p{Hebrew}"), "Hebrew"),
    (patterns.compile(r"\p{Thai}"), "Thai"),
)


def script_name(text: str) -> str:
    """A reader's name for the script of ``text``: Chinese, Japanese (any kana), Korean, ..."""
    for pattern, name in _SCRIPT_NAMES:
        if pattern.search(text):
            return name
    return "foreign-script"


# Code pages that turn UTF-8 bytes into letters of another script when a file is read with them:
# Chinese (GBK, Big5), Thai (cp874), Cyrillic (cp1251, KOI8-R), Greek (cp1253). ftfy covers
# Latin-1 and Windows-1252.
CODE_PAGES = ("gbk", "big5", "cp874", "cp1251", "koi8_r", "cp1253")
# What a repair may contain: one script's letters, ASCII, Latin-1 letters, general punctuation.
_REPAIRED = patterns.compile(
    r"[\x20-\x7e\u00c0-\u00ff\u2010-\u2027\u2030-\u205e]*+"
    r"(?:[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff01-\uff65]++|\p{Cyrillic}++|\p{Greek}++|\p{Thai}++)?"
    r"[\x20-\x7e\u00c0-\u00ff\u2010-\u2027\u2030-\u205e\p{Han}\p{Cyrillic}\p{Greek}\p{Thai}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff01-\uff65]*+"
)


def repair_code_page(text: str) -> tuple[str, str] | None:
    """``(repaired text, code page)`` when ``text`` is UTF-8 that was read with another code page
    ("鍙傛暟" is "参数" read as GBK, "don鈥檛" is "don’t"), else None.

    The bytes must decode as UTF-8 and give text a writer could have meant: one script besides
    Latin and punctuation. Genuine Chinese seldom decodes at all; when it does ("目录" gives
    "Ŀ¼"), the result is no such text.
    """
    if len(text) < 2 or text.isascii():
        return None
    for code_page in CODE_PAGES:
        try:
            fixed = text.encode(code_page).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != text and _coherent(fixed):
            return fixed, code_page
    return None


_CASE_SWITCH = patterns.compile(r"\p{Ll}\p{Lu}")


def _coherent(text: str) -> bool:
    """One script besides Latin, no case switching inside a word ("һЩ" from "一些" is no word)."""
    scripts = {name for pattern, name in _SCRIPT_NAMES if pattern.search(text)}
    if len(scripts - {"Japanese"}) > 1 or _CASE_SWITCH.search(text):
        return False
    return bool(_REPAIRED.fullmatch(text))


# White space as ``str.split`` sees it: the standard library's ``\s`` is ``str.isspace``.
_SPACE = re.compile(r"\s")


def split_blocks(text: str, size: int = 1 << 16) -> Iterator[list[str]]:
    """``text.split()`` in pieces, each cut at white space: the same tokens in the same order,
    without one list of every token of a long paragraph (ten million code points hold millions)."""
    if len(text) <= size:  # most paragraphs: split whole, no copy
        yield text.split()
        return
    start = 0
    while start < len(text):
        cut = _SPACE.search(text, start + size) if start + size < len(text) else None
        end = cut.start() if cut else len(text)
        yield text[start:end].split()
        start = end


def word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to the whitespace-delimited word around it."""
    while start and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


class Repeats:
    """Whether a string occurs twice or more in one text (``text.count(part) >= 2``), each string
    looked up once.

    A look-up reads the whole text, so a check that asks about each of many words of a long
    draft would take time in the square of its length. Past ``budget`` different strings the
    answer is ``beyond`` without reading: the checks pass the answer that reports nothing. Real
    drafts ask about a handful.
    """

    def __init__(self, text: str, budget: int, beyond: bool) -> None:
        self.text, self.budget, self.beyond = text, budget, beyond
        self.answers: dict[str, bool] = {}

    def __call__(self, part: str) -> bool:
        if part not in self.answers:
            if len(self.answers) >= self.budget:
                return self.beyond
            first = self.text.find(part)  # a second one after it, as str.count counts them
            self.answers[part] = first != -1 and self.text.find(part, first + max(1, len(part))) != -1
        return self.answers[part]


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, as a trie of shared prefixes
    (``dont|didnt`` → ``d(?:idnt|ont)``): an engine then tries one branch per first letter instead
    of every word at every position, several times faster for a list of dozens. Longest first at
    each branch, so a word never loses to its own prefix."""
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        heads.setdefault(word[:1], []).append(word[1:])
    branches = []
    for head, tails in heads.items():
        if head == "":
            continue
        rest = [tail for tail in tails if tail]
        if not rest:
            branches.append(regex.escape(head))
        elif len(tails) == 1:
            branches.append(regex.escape(head + rest[0]))
        else:
            optional = "?" if len(rest) < len(tails) else ""
            branches.append(f"{regex.escape(head)}(?:{alternation(rest)}){optional}")
    return "|".join(branches)


# printf placeholders (%s, %1$s, %(name)s, %-20.127s, %<PRIuMAX>, %2$<PRIuMAX>) and brace ones
# ({0}, {name}, {LABEL-NAME}, {x.y[0]!r:>10}). A space is no printf flag here: "100% of" is prose.
PLACEHOLDER_PATTERN = (
    r"%(?:\d+\$)?(?:\([^)\s]+\))?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
    r"(?:[hlLqjzt]*[diouxXeEfFgGcrsa%]|<PRI[A-Za-z0-9]+>)"
    r"|\{[\w.\[\]-]*(?:![rsa])?(?::[^{}\s]*)?\}"
)
PLACEHOLDER = patterns.compile(PLACEHOLDER_PATTERN)

_C_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_C_ESCAPE = patterns.compile(r"\\(.)", regex.S)


def c_unescape(text: str) -> str:
    """The value of a C or PO string's content: ``a\\"b\\n`` → ``a"b`` + newline."""
    if "\\" not in text:
        return text
    return _C_ESCAPE.sub(lambda m: _C_ESCAPES.get(m.group(1), m.group(1)), text)


# A PO string continued on the next line: `"abc {na"` newline `"me} def"`.
# Literal characters only: the standard engine finds the same as ``regex``, faster.
_PO_JOIN = re.compile(r'"[ \t]*\r?\n[ \t]*"')


def joined(raw: str) -> str:
    """``raw`` without PO line joins: the text of ``unjoined`` without building its index."""
    if '"\n"' in raw:
        # Most joins are written so: one C pass removes them where no quote is left that another
        # join could have held (each join holds one), half the time of the pattern's pass.
        plain = raw.replace('"\n"', "")
        if '"' not in plain:
            return plain
    return _PO_JOIN.sub("", raw) if '"' in raw else raw


def unjoined(raw: str) -> tuple[str, Sequence[int]]:
    """``raw`` without PO line joins, and for each kept character its index in ``raw`` (plus the end).

    Without a join the indexes are a ``range``: no list of one int per character is built for each
    of the thousands of one-line entries of a catalog (several bilingual checks ask for each).
    """
    if '"' not in raw or _PO_JOIN.search(raw) is None:
        return raw, range(len(raw) + 1)
    kept: list[int] = []
    pieces = []
    last = 0
    for join in _PO_JOIN.finditer(raw):
        pieces.append(raw[last : join.start()])
        kept.extend(range(last, join.start()))
        last = join.end()
    pieces.append(raw[last:])
    kept.extend(range(last, len(raw) + 1))
    return "".join(pieces), kept


# File suffixes read as Markdown (the text reader keeps its own copy of this set; keep them equal).
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def is_markdown_path(path: str) -> bool:
    """Whether ``path`` names a Markdown file, whose code is marked with backticks."""
    return path.lower().endswith(MARKDOWN_SUFFIXES)
