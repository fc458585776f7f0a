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
alone what could be real text, so rare mixes of accented capitals are not reported.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterator

import regex

from ..model import Check, Context, Document, Hit, Severity
from ..textutil import LATIN_LANGS, base_lang, foreign_runs, repair_code_page, script_name, word_around

# Characters that mojibake is made of: Latin-1 Supplement and the Windows-1252 extras. A segment
# without any of them is skipped before ftfy is asked.
_SUSPECT = regex.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122\u2039\u203a\u2020\u2021\u2030]")


_WORD = regex.compile(r"[^\s]+")
_CODE_PAGE_NAMES = {"gbk": "GBK", "big5": "Big5", "cp874": "Thai cp874", "cp1251": "Cyrillic cp1251",
                    "koi8_r": "KOI8-R", "cp1253": "Greek cp1253"}
_EDGE_PUNCT = "\"'“”‘’()[]{}<>.,;:!?*_`"
_LATIN = regex.compile(r"\p{Latin}")
# Letters of scripts that never sit inside an English word; Greek only after a Latin letter
# (a leading μ, π or Ω is a unit or a symbol: "320 μs", "πr").
_STRAY = regex.compile(r"[\p{Cyrillic}\p{Thai}\p{Arabic}\p{Hebrew}\p{Armenian}\p{Georgian}\p{Devanagari}]|(?<=\p{Latin})\p{Greek}")
_MICRO = regex.compile(r"[μµ]\p{Latin}{0,2}$")
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
            taken = [(hit.start, hit.end) for hit in found]
            yield from (h for h in _other_code_pages(segment.start, prose, doc.target_lang)
                        if not any(a < h.end and h.start < b for a, b in taken))


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
    matcher = difflib.SequenceMatcher(None, original, fixed, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left = _word_start(original, i1)
        right = _word_end(original, i2)
        j_left, j_right = j1 - (i1 - left), j2 + (right - i2)
        if regions and left <= regions[-1][1]:
            regions[-1][1], regions[-1][3] = right, j_right
        else:
            regions.append([left, right, j_left, j_right])
    for left, right, j_left, j_right in regions:
        yield left, right, fixed[j_left:j_right]


def _word_start(text: str, index: int) -> int:
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def _word_end(text: str, index: int) -> int:
    while index < len(text) and not text[index].isspace():
        index += 1
    return index


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
