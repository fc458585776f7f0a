"""Characters a reviewer cannot see: bidi controls, zero widths inside words, soft hyphens, NUL and other controls.

## What it flags
- **Bidi controls** (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C): they reorder what is
  displayed, so that `gnp.exe` with a right-to-left override before it shows as `exe.png`. The
  overrides U+202D and U+202E are always reported; the others only in a paragraph with no
  right-to-left letters, where nothing needs them.
- **Zero-width characters inside words** (U+200B, U+200C, U+200D, U+2060 between two letters or
  digits of a script that separates words with spaces), and U+FEFF and U+180E anywhere: the word
  looks whole but search, spell check and the glossary see two.
- **Soft hyphens** (U+00AD), invisible except at the end of a line.
- **NUL and other control characters** (U+0000–U+001F but tab, line feed, carriage return, form
  feed and vertical tab; U+007F–U+009F), line and paragraph separators (U+2028, U+2029), invisible
  operators (U+2061–U+2064), interlinear annotation marks (U+FFF9–U+FFFB) and tag characters
  (U+E0000–U+E007F, which can carry whole hidden sentences).

A run of them is one finding, with each code point named; the suggestion deletes the run.

## Why it matters
A reviewer reads the rendered text and sees nothing wrong; the published page, a search box or a
terminal does. Bidi overrides can make a file name or a figure read differently from what it is
("Trojan Source"); a zero width inside a name hides it from every check and every search; a NUL
cuts the text short in tools written in C.

## Example
Fails:  Download gnp.exe (a right-to-left override U+202E before "gnp").
Fails:  trading volume with a U+200B ZERO WIDTH SPACE inside "trading".
Passes: Hebrew quoted with its direction marks: ‏שלום‏.
Passes: 👨‍👩‍👧 (zero width joiners between emoji).

## Options
- `allow`: code points that may appear (`"U+00AD"`, or the character itself).

## What it cannot know
Whether a control was put there on purpose: a zero width joiner or non-joiner between letters of
Arabic, Indic or other scripts that use them, a zero width space in Thai or Khmer (which have no
spaces), direction marks in a paragraph with Hebrew or Arabic, and emoji sequences are left alone.
Tab, form feed and vertical tab are white space anyone can see as such. In PO and XLIFF files only
the translations are read, and a character the translation copied from its source is the source's
to fix.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..files import printable
from ..model import Check, Context, Document, Hit, Severity

OVERRIDES = frozenset("\u202d\u202e")
BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
# Zero widths that are only wrong inside a word; U+FEFF and U+180E are wrong anywhere.
IN_WORD = frozenset("\u200b\u200c\u200d\u2060")
SOFT_HYPHEN = "\u00ad"

# Every candidate: controls but \t \n \v \f \r, DEL and C1, the characters above, separators,
# invisible operators, annotation marks and tags. (Code points only: the standard engine scans a
# class of them three times as fast as ``regex``.)
_HIDDEN = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]+"
)
# Letters written with spaces between words: a zero width between two of them splits a word.
_SPACED_LETTER = patterns.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{Armenian}\p{Georgian}\p{Han}\p{Hiragana}"
                               r"\p{Katakana}\p{Hangul}\p{Nd}]", regex.V1)
# Right-to-left letters (Hebrew, Arabic…): the marks themselves are of that class too, so letters only.
_RIGHT_TO_LEFT = patterns.compile(r"[[\p{Bidi_Class=R}\p{Bidi_Class=AL}]&&\p{L}]", regex.V1)
BLACK_FLAG = "\U0001f3f4"  # emoji flags of regions are this and tag characters

_CONTROL_NAMES = {0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE"}


@dataclass(frozen=True)
class Options:
    allow: tuple[str, ...] = ()


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    allowed = frozenset(_character(item) for item in options.allow)
    judge = _Judge(allowed, _RightToLeftLines(doc.text))  # one for all regions: they share the text
    for base, text, end in _regions(doc):
        for match in _HIDDEN.finditer(text, base, end):
            hit = _judge(text, match.start(), match.end(), judge)
            if hit is not None:
                yield hit


def _regions(doc: Document) -> Iterator[tuple[int, str, int]]:
    """``(start, text, end)`` to read: the whole draft (code too: a bidi override is worst there), or
    in a bilingual file each translation (the source and the file's syntax are not the draft's)."""
    if doc.segments and all(segment.kind == "entry" for segment in doc.segments):
        text = doc.text
        for segment in doc.segments:
            # Every candidate is unprintable (a control, format or separator character): the half of
            # a catalog's translations that ``isprintable`` passes in C hold none.
            if not text[segment.start : segment.end].isprintable():
                yield segment.start, text, segment.end
    else:
        yield 0, doc.text, len(doc.text)


class _RightToLeftLines:
    """Whether the line around an offset holds right-to-left letters, each line looked at once.

    Nothing is read before the first question (most drafts hold no bidi mark at all); questions
    come in the order of the text, so the line last asked about answers the next ones on it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.any: bool | None = None  # whether the text holds any right-to-left letter
        self.line = (0, -1, False)  # start, end and answer of the line last asked about

    def at(self, index: int) -> bool:
        if self.any is None:
            self.any = _RIGHT_TO_LEFT.search(self.text) is not None
        if not self.any:
            return False
        start, end, answer = self.line
        if not start <= index <= end:
            # Forward from the last line's end (the questions come in order): no line read twice.
            start = self.text.rfind("\n", max(end, 0) if end < index else 0, index) + 1
            end = self.text.find("\n", index)
            end = end if end != -1 else len(self.text)
            answer = _RIGHT_TO_LEFT.search(self.text, start, end) is not None
            self.line = (start, end, answer)
        return answer


@dataclass(frozen=True)
class _Judge:
    allowed: frozenset[str]
    lines: _RightToLeftLines


def _judge(text: str, start: int, end: int, judge: _Judge) -> Hit | None:
    """The hit for the run ``text[start:end]``, keeping only the characters that are wrong there."""
    run = text[start:end]
    wrong = [ch for ch in run if ch not in judge.allowed and _wrong_here(ch, text, (start, end), judge.lines)]
    if not wrong:
        return None
    one = len(wrong) == 1
    what = f"hidden {'character' if one else 'characters'} {_named(wrong)}{_where(text, start, end)}"
    message = f"{what}: {_why(wrong, one)}; delete {'it' if one else 'them'}"
    kept = "".join(ch for ch in run if ch not in wrong)
    return Hit(start, end, message, suggestion=kept)


def _wrong_here(ch: str, text: str, span: tuple[int, int], lines: _RightToLeftLines) -> bool:
    start, end = span
    if ch in IN_WORD:
        return _letter_of_spaced_script(text, start - 1) and _letter_of_spaced_script(text, end)
    if ch in BIDI and ch not in OVERRIDES:
        return not lines.at(start)
    if "\U000e0000" <= ch <= "\U000e007f":
        return not (start > 0 and text[start - 1] == BLACK_FLAG)
    return True


def _letter_of_spaced_script(text: str, index: int) -> bool:
    return 0 <= index < len(text) and _SPACED_LETTER.match(text, index) is not None


def _named(characters: list[str]) -> str:
    """``U+200B ZERO WIDTH SPACE ×2, U+00AD SOFT HYPHEN`` in order of first appearance."""
    counts: dict[str, int] = {}
    for ch in characters:
        counts[ch] = counts.get(ch, 0) + 1
    return ", ".join(f"{code_point(ch)}{f' ×{n}' if n > 1 else ''}" for ch, n in counts.items())


def code_point(ch: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``; controls by their usual names."""
    name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(ord(ch), "CONTROL CHARACTER")
    return f"U+{ord(ch):04X} {name}"


def _where(text: str, start: int, end: int) -> str:
    """`` in 'trading\\u200bvolume'``: the word around the run, escaped so it can be read."""
    left = start
    while left > 0 and start - left < 30 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and right - end < 30 and not text[right].isspace():
        right += 1
    around = text[left:right]
    return f" in '{printable(around)}'" if around != text[start:end] else ""


def _why(characters: list[str], one: bool) -> str:
    if any(ch in OVERRIDES for ch in characters):
        return "a right-to-left override reverses how the text after it is displayed ('gnp.exe' can show as 'exe.png')"
    if any(ch in BIDI for ch in characters):
        changes = "it changes the direction of the text around it" if one else "they change the direction of the text around them"
        return f"{changes}, which nothing here needs"
    if any(ch in IN_WORD or ch in "\ufeff\u180e" for ch in characters):
        return "the word looks whole, but search, spell check and the glossary see it split"
    if any(ch == SOFT_HYPHEN for ch in characters):
        return "invisible except at a line end, it splits the word for search and checks"
    if any("\U000e0000" <= ch <= "\U000e007f" for ch in characters):
        return "tag characters are invisible and can carry a whole hidden message"
    return "a reviewer cannot see it, but programs that read the text stop at it or act on it"


def _character(item: str) -> str:
    """``"U+00AD"`` or ``"\u00ad"`` → the character; anything else is kept as given (and matches nothing)."""
    text = item.strip()
    if text.upper().startswith("U+"):
        try:
            return chr(int(text[2:], 16))
        except (ValueError, OverflowError):
            return item
    return item


CHECK = Check(
    name="hidden-characters",
    category="typography",
    severity=Severity.ERROR,
    doc=__doc__,
    options=Options,
    run=run,
)
