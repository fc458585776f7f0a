"""Full-width or CJK punctuation, spaces, letters and digits inside English prose.

## What it flags
Chinese punctuation that survived translation (，。：；！？（）【】「」、…… ——), the ideographic
space U+3000, book-title marks around a title (《Title》), and full-width letters and digits (２０２４,
ＡＩ) inside target-language prose.

## Why it matters
They look wrong in English text, break search and line wrapping, and show the text was never edited.

## Example
Fails:  The platform grew fast，and users stayed。
Passes: The platform grew fast, and users stayed.
Fails:  We read 《The Three-Body Problem》 last year.
Passes: We read “The Three-Body Problem” last year.

## Options
None.

## What it cannot know
It only runs for targets written in Latin script. Punctuation touching Chinese text belongs to that text and is left to the untranslated checks; a
paragraph left wholly in Chinese is reported once by `untranslated-paragraph`, not per mark. The
suggestion for 《》 uses quotation marks; a house style that italicises titles does that instead.
At most 100 marks a paragraph are reported.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Iterator

import regex

from ..model import Check, Context, Document, Hit, Severity
from ..textutil import LATIN_LANGS, base_lang, foreign_run_pattern, is_foreign_block


# More marks than this in one paragraph are reported as the first ones: the rest is the same fix.
MAX_PER_PARAGRAPH = 100


@dataclass(frozen=True)
class Options:
    pass


@dataclass(frozen=True)
class Mark:
    replacement: str
    name: str


@functools.lru_cache(maxsize=1)
def marks() -> dict[str, Mark]:
    """The punctuation table from ``data/fullwidth_punctuation.tsv``."""
    table = {}
    text = resources.files("l10n_check.data").joinpath("fullwidth_punctuation.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            chars, replacement, name = line.split("\t")
            table[chars] = Mark(replacement, name)
    return table


@functools.lru_cache(maxsize=1)
def _pattern() -> regex.Pattern[str]:
    # Title marks with their content first, then multi-character marks, then single characters and
    # runs of full-width letters and digits (U+FF10–FF19, FF21–FF3A, FF41–FF5A).
    singles = "".join(regex.escape(c) for c in marks() if len(c) == 1)
    return regex.compile(r"《([^《》\n]{1,80})》|……+|——+|\u3000{2,}|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+|[" + singles + "]")


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    if base_lang(doc.target_lang) not in LATIN_LANGS:
        return  # full-width punctuation is right in Chinese, Japanese and Korean targets
    foreign = foreign_run_pattern(doc.target_lang)
    for segment in doc.segments:
        prose = segment.prose
        if prose.isascii() or is_foreign_block(prose, doc.target_lang):
            continue
        for match in itertools.islice(_pattern().finditer(prose), MAX_PER_PARAGRAPH):
            if match.group(1) is not None and foreign.search(match.group(1)):
                continue  # a title left in Chinese: untranslated-fragment reports it
            if match.group(1) is None and _touches_foreign(prose, match.start(), match.end(), foreign):
                continue
            message, suggestion = _describe(match)
            yield Hit(segment.start + match.start(), segment.start + match.end(), message, suggestion)


def _touches_foreign(text: str, start: int, end: int, foreign: regex.Pattern[str]) -> bool:
    """A mark next to a run of source-script letters belongs to that run."""
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    return bool(foreign.fullmatch(before) or foreign.fullmatch(after))


def _describe(match: regex.Match[str]) -> tuple[str, str]:
    found = match.group()
    if match.group(1) is not None:
        return f"Chinese title marks around '{match.group(1)}': use italics or quotation marks", f"“{match.group(1)}”"
    table = marks()
    if len(set(found)) == 1 and found[0] == "\u3000":  # a run of ideographic spaces: one finding
        mark = table[found[0]]
        return f"{len(found)} {mark.name}s in English text" if len(found) > 1 else f"{mark.name} '{found}' in English text", " "
    if found in table or found[:2] in table:
        mark = table.get(found) or table[found[:2]]
        return f"{mark.name} '{found}' in English text", mark.replacement.strip() or " "
    normal = unicodedata.normalize("NFKC", found)
    return f"full-width characters '{found}' in English text", normal


CHECK = Check(
    name="fullwidth-punctuation",
    category="typography",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
)
