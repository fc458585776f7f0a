"""Mojibake: text decoded with the wrong character set somewhere on its way.

## What it flags
Sequences such as `donâ€™t` (a right quote read as Windows-1252), `cafÃ©` (é read as Latin-1),
`ä¸­æ–‡` (Chinese UTF-8 read as Windows-1252) or `Ð¿Ñ€Ð¸` (Cyrillic read as Latin-1), in any of the
usual wrong-codec pairs that the ftfy library knows.

## Why it matters
Readers see garbage; and one garbled word usually means a whole pipeline step used the wrong codec.

Also text read with code pages ftfy does not try, repaired when its bytes decode as UTF-8 into
one script: `鍙傛暟璇存槑` (参数说明 read as GBK), `don鈥檛`, `РџСЂРёРІРµС‚` (Cyrillic read as
cp1251), `cafรฉ` (Thai cp874); and, in drafts of Latin-script languages, a letter of another
script inside a Latin word (`Pоssible` with a Cyrillic о), the look-alike's Latin letter as the fix.

## Example
Fails:  We donâ€™t publish on weekends.
Passes: We don’t publish on weekends.
Fails:  The 鍙傛暟璇存槑 section lists them.

## Options
None.

## What it cannot know
A short run of genuine Chinese whose bytes happen to decode ("目录" gives "Ŀ¼") is told apart by
the repair not being one script; two-character runs that repair into letters of another script are
left alone. A Greek letter leading a word is taken as a symbol (μs, π). Text garbled beyond repair (replacement characters �, lost bytes) has no fix to suggest; ftfy leaves
alone what could be real text, so rare mixes of accented capitals are not reported. Each
garbled word is one finding; where a repair also removes no-break spaces between garbled words
over a long stretch, the stretch is one finding.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..model import Check, Context, Document, Hit, Severity
from ..textutil import LATIN_LANGS, base_lang, foreign_runs, repair_code_page, script_name, word_around

# Characters that mojibake is made of: Latin-1 Supplement and the Windows-1252 extras. A segment
# without any of them is skipped before ftfy is asked. (Code points only: the standard engine
# scans a class of them faster than ``regex``.)
_SUSPECT = re.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122\u2039\u203a\u2020\u2021\u2030]")


_WORD = patterns.compile(r"[^\s]+")
_CODE_PAGE_NAMES = {"gbk": "GBK", "big5": "Big5", "cp874": "Thai cp874", "cp1251": "Cyrillic cp1251",
                    "koi8_r": "KOI8-R", "cp1253": "Greek cp1253"}
_NON_ASCII_SPACE = patterns.compile(r"[^\x00-\x7f\S]")  # a space that can be a byte of mojibake
# Longest edit handed to a character diff, whose cost grows with the square of its length.
_SHORT_EDIT = 32
_EDGE_PUNCT = "\"'“”‘’()[]{}<>.,;:!?*_`"
_LATIN = patterns.compile(r"\p{Latin}")
# Letters of scripts that never sit inside an English word; Greek only after a Latin letter
# (a leading μ, π or Ω is a unit or a symbol: "320 μs", "πr").
_STRAY = patterns.compile(r"[\p{Cyrillic}\p{Thai}\p{Arabic}\p{Hebrew}\p{Armenian}\p{Georgian}\p{Devanagari}]|(?<=\p{Latin})\p{Greek}")
_MICRO = patterns.compile(r"[μµ]\p{Latin}{0,2}$")
# Cyrillic and Greek letters that look like Latin ones (Unicode's confusables, the common ones).
_LOOKALIKES = dict(zip("аеорсухіѕјАВЕКМНОРСТХοΟΑΒΕΖΗΙΚΜΝΡΤΥΧ", "aeopcyxisjABEKMHOPCTXoOABEZHIKMNPTYX"))


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    latin = base_lang(doc.target_lang) in LATIN_LANGS
    for segment in doc.segments:
        prose = segment.prose
        if prose.isascii():
            continue
        found: list[Hit] = []
        if _SUSPECT.search(prose):
            for start, end in _suspect_clusters(prose):
                found.extend(_hits(prose[start:end], segment.start + start))
        yield from found
        if latin:  # what ftfy repaired is not reported twice
            yield from _not_overlapping(_other_code_pages(segment.start, prose, doc.target_lang), found)


def _not_overlapping(hits: Iterator[Hit], taken: list[Hit]) -> Iterator[Hit]:
    """The ``hits`` that overlap none of ``taken``; both come in order and do not overlap among
    themselves, so one pass over each does."""
    index = 0
    for hit in hits:
        while index < len(taken) and taken[index].end <= hit.start:
            index += 1
        if index == len(taken) or hit.end <= taken[index].start:
            yield hit


def _other_code_pages(offset: int, prose: str, target_lang: str) -> Iterator[Hit]:
    """Words read with a code page ftfy does not try (GBK, Big5, cp874, cp1251...), and letters of
    another script inside a Latin word ("Pоssible" with a Cyrillic о, "donเt")."""
    done = 0
    for run_start, run_end in foreign_runs(prose, target_lang):
        if run_start < done:
            continue
        start, end = word_around(prose, run_start, run_end)
        done = end
        word = prose[start:end].strip(_EDGE_PUNCT)
        start += prose[start:end].index(word) if word else 0
        repaired = repair_code_page(word)
        if repaired is not None:
            fixed, code_page = repaired
            yield Hit(offset + start, offset + start + len(word),
                      f"garbled text '{word}' (UTF-8 read as {_CODE_PAGE_NAMES[code_page]}): it should read '{fixed}'", fixed)
        elif _LATIN.search(word) and _STRAY.search(word) and not _MICRO.match(word):
            yield _stray_letters(offset + start, word)


def _stray_letters(offset: int, word: str) -> Hit:
    """A Latin word holding letters of another script: a look-alike (Cyrillic о for o) or a byte
    the wrong code page turned into a letter."""
    strays = "".join(dict.fromkeys(_STRAY.findall(word)))
    fixed = "".join(_LOOKALIKES.get(ch, ch) for ch in word)
    suggestion = fixed if not _STRAY.search(fixed) else None
    what = f"looks like Latin but is {script_name(strays)}" if suggestion else f"is {script_name(strays)}"
    return Hit(offset, offset + len(word), f"'{word}' mixes scripts: '{strays}' {what} (a wrong code page or a look-alike letter)"
               + (f": write '{suggestion}'" if suggestion else ""), suggestion)


def _suspect_clusters(text: str) -> Iterator[tuple[int, int]]:
    """Runs of words that hold suspect characters, with one plain word of context each side.

    ftfy is asked about these short stretches rather than whole paragraphs: it is the costly step,
    and mojibake never depends on text further away than the word it broke.
    """
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    suspect = [i for i, (a, b) in enumerate(spans) if _SUSPECT.search(text, a, b)]
    groups: list[list[int]] = []
    for index in suspect:
        if groups and index - groups[-1][1] <= 2:
            groups[-1][1] = index
        else:
            groups.append([index, index])
    for first, last in groups:
        yield spans[max(0, first - 1)][0], spans[min(len(spans) - 1, last + 1)][1]


def _hits(text: str, offset: int) -> Iterator[Hit]:
    import ftfy  # lazy: only drafts with suspect characters pay for it

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return
    for start, end, replacement in _changes(text, fixed):
        yield Hit(
            offset + start,
            offset + end,
            f"garbled text '{text[start:end]}' (wrong character encoding): it should read '{replacement}'",
            replacement,
        )


def _changes(original: str, fixed: str) -> Iterator[tuple[int, int, str]]:
    """Changed regions widened to whole words, as ``(start, end, replacement)``, merged when adjacent."""
    regions: list[list[int]] = []
    word_end = _WordEnds(original)
    for edit in _merged(_edits(original, fixed), original):
        for i1, i2, j1, j2 in _changed_parts(original, fixed, edit):
            # A region that reaches back to the previous one merges with it: no need to walk further.
            left = _word_start(original, i1, regions[-1][1] if regions else 0)
            right = word_end(i2)
            j_left, j_right = j1 - (i1 - left), j2 + (right - i2)
            if regions and left <= regions[-1][1]:
                regions[-1][1], regions[-1][3] = right, j_right
            else:
                regions.append([left, right, j_left, j_right])
    for left, right, j_left, j_right in regions:
        yield left, right, fixed[j_left:j_right]


Edit = tuple[int, int, int, int]  # original[i1:i2] became fixed[j1:j2]


def _edits(original: str, fixed: str) -> Iterator[Edit]:
    """Where ``fixed`` differs from ``original``, in one pass.

    A repair of the encoding keeps every ASCII character and replaces runs of other characters
    (the bytes of one character read as several); at most it drops a space that was a byte of
    the character (ftfy reads "Ã " as "à"). So the two texts are walked side by side and
    resynchronised on the next ASCII character both share: linear, where a general diff of
    repetitive mojibake took minutes for a few kilobytes.
    """
    i = j = 0
    while i < len(original) or j < len(fixed):
        if i < len(original) and j < len(fixed) and original[i] == fixed[j] and original[i].isascii():
            i, j = i + 1, j + 1
            continue
        i1, j1 = i, j
        while True:
            i, j = _skip_non_ascii(original, i), _skip_non_ascii(fixed, j)
            if (i == len(original) and j == len(fixed)) or (
                i < len(original) and j < len(fixed) and original[i] == fixed[j]
            ):
                break
            # ASCII on one side only, or two different ones: what the repair dropped (the original's).
            i, j = (i + 1, j) if i < len(original) else (i, j + 1)
        yield i1, i, j1, j


def _skip_non_ascii(text: str, index: int) -> int:
    while index < len(text) and not text[index].isascii():
        index += 1
    return index


def _merged(edits: Iterator[Edit], original: str) -> Iterator[Edit]:
    """Edits with a dropped space slid back to the edit it belongs to ("Ã  x": the space after
    "Ã" is the byte dropped, not the one before "x"), and edits that then touch merged."""
    pending: Edit | None = None
    for i1, i2, j1, j2 in edits:
        floor = pending[1] if pending else 0
        while j1 == j2 and i1 > floor and original[i1 - 1] == original[i2 - 1]:
            i1, i2, j1, j2 = i1 - 1, i2 - 1, j1 - 1, j2 - 1
        if pending and i1 == pending[1] and j1 == pending[3]:
            pending = (pending[0], i2, pending[2], j2)
            continue
        if pending:
            yield pending
        pending = (i1, i2, j1, j2)
    if pending:
        yield pending


def _changed_parts(original: str, fixed: str, edit: Edit) -> Iterator[Edit]:
    """What an edit changed, without what both sides share at its ends; a short edit as a
    character diff gives it (a no-break space dropped between two garbled words), a long one
    word by word when both sides hold the same non-ASCII spaces, else whole."""
    i1, i2, j1, j2 = edit
    while i1 < i2 and j1 < j2 and original[i1] == fixed[j1]:
        i1, j1 = i1 + 1, j1 + 1
    while i1 < i2 and j1 < j2 and original[i2 - 1] == fixed[j2 - 1]:
        i2, j2 = i2 - 1, j2 - 1
    if i1 == i2 and j1 == j2:
        return
    if max(i2 - i1, j2 - j1) <= _SHORT_EDIT:
        matcher = difflib.SequenceMatcher(None, original[i1:i2], fixed[j1:j2], autojunk=False)
        yield from ((i1 + a1, i1 + a2, j1 + b1, j1 + b2) for tag, a1, a2, b1, b2 in matcher.get_opcodes() if tag != "equal")
        return
    before, after = _NON_ASCII_SPACE.split(original[i1:i2]), _NON_ASCII_SPACE.split(fixed[j1:j2])
    if _NON_ASCII_SPACE.findall(original[i1:i2]) != _NON_ASCII_SPACE.findall(fixed[j1:j2]):
        before, after = [original[i1:i2]], [fixed[j1:j2]]
    for old, new in zip(before, after):
        if old != new:
            yield i1, i1 + len(old), j1, j1 + len(new)
        i1, j1 = i1 + len(old) + 1, j1 + len(new) + 1


def _word_start(text: str, index: int, floor: int = 0) -> int:
    """Where the word holding ``index`` starts, looking back no further than ``floor``."""
    while index > floor and not text[index - 1].isspace():
        index -= 1
    return index


class _WordEnds:
    """Where the word holding an index ends, for indexes asked in increasing order: each character
    is looked at once, however many edits one long word holds."""

    def __init__(self, text: str) -> None:
        self.text, self.start, self.end = text, 0, -1

    def __call__(self, index: int) -> int:
        if self.start <= index <= self.end:  # no space between: the same word end
            return self.end
        end = index
        while end < len(self.text) and not self.text[end].isspace():
            end += 1
        self.start, self.end = index, end
        return end


def warm_up() -> None:
    """Import ftfy now (before worker processes fork)."""
    import ftfy  # noqa: F401


CHECK = Check(
    name="garbled-text",
    category="encoding",
    severity=Severity.ERROR,
    doc=__doc__,
    options=Options,
    run=run,
    warm_up=warm_up,
)
