"""An acronym a reader cannot decode: never defined, defined two ways, or used before its definition.

## What it flags
- An acronym used without a definition anywhere in the draft when it is not common knowledge
  (`BD` for "business development"): one finding at its first use, with how often it is used.
- An acronym defined with two different expansions ("UEX (Universal Exchange)" and later
  "UEX (User Experience)").
- An acronym used before the sentence that defines it.

A definition is "Long Form (ABC)" or "ABC (Long Form)" where the letters of ABC appear in order in
the long form, starting with its first letter.

## Why it matters
Machine translation keeps the source's abbreviations (often English business jargon already) but
drops the explanation a Chinese reader did not need; an English reader is left guessing.

## Example
Fails:  Xie led the BD team.                     (never defined)
Passes: Xie led the business development (BD) team. Later the BD team grew.
Passes: The US and the EU agreed.                (common knowledge)

## Options
- `allow`: further acronyms that need no definition (the common ones are in
  `data/common_acronyms.txt`).
- `max-zipf` (default 3.6): an undefined acronym more frequent than this in English (Zipf scale,
  wordfreq) counts as common knowledge.

## What it cannot know
Whether a reader knows a particular abbreviation: an undefined acronym is reported only when English
text uses it at all (wordfreq knows it) and not very often; an acronym English text never uses
(`OKX`) is taken as a brand or a name and left to the name checks. Roman numerals and all-capital
headings are not acronyms.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Iterator

import regex

from ..model import Check, Context, Document, Hit, Related, Severity

_ACRONYM = regex.compile(r"(?<![\p{L}\p{N}&.-])([A-Z][A-Z0-9&]{1,5})(?:s)?(?![\p{L}\p{N}&-])")
_ROMAN = regex.compile(r"[IVXLCDM]+")
_LETTERS = regex.compile(r"\p{L}")
_CAPITALS = regex.compile(r"\p{Lu}")
# "Long Form (ABC)": up to eight words before the brackets; "ABC (Long Form)".
_LONG_FIRST = regex.compile(r"((?:[\p{L}][\p{L}'’-]*[ ]){1,8})\(([A-Z][A-Z0-9&]{1,5})s?\)")
_SHORT_FIRST = regex.compile(r"\b([A-Z][A-Z0-9&]{1,5})s?\s+\(([\p{L}][\p{L}'’ -]{2,80})\)")


@dataclass(frozen=True)
class Options:
    allow: tuple[str, ...] = ()
    max_zipf: float = 3.6


@functools.lru_cache(maxsize=1)
def common_acronyms() -> frozenset[str]:
    """The acronyms of ``data/common_acronyms.txt``."""
    text = resources.files("l10n_check.data").joinpath("common_acronyms.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def expands(acronym: str, long_form: str) -> bool:
    """Whether ``acronym``'s letters appear in order in ``long_form``, beginning with its first letter."""
    letters = [c for c in long_form.lower() if c.isalnum()]
    wanted = [c for c in acronym.lower() if c.isalnum()]
    if not letters or not wanted or letters[0] != wanted[0]:
        return False
    position = 0
    for char in wanted:
        try:
            position = letters.index(char, position) + 1
        except ValueError:
            return False
    return True


def _definitions(doc: Document) -> dict[str, list[tuple[int, int, str]]]:
    """Acronym → [(start, end, long form)] of every definition in the draft, in order."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for segment in doc.segments:
        prose = segment.prose
        if "(" not in prose:
            continue
        for match in _LONG_FIRST.finditer(prose):
            words, acronym = match.group(1).split(), match.group(2)
            for size in range(1, len(words) + 1):  # the shortest tail of words that expands it
                long_form = " ".join(words[-size:])
                if len(words[-size:]) >= min(len(acronym), 2) - 1 and expands(acronym, long_form):
                    found.setdefault(acronym, []).append((segment.start + match.start(2), segment.start + match.end(2), long_form))
                    break
        for match in _SHORT_FIRST.finditer(prose):
            acronym, long_form = match.group(1), match.group(2).strip()
            if expands(acronym, long_form) and " " in long_form:
                found.setdefault(acronym, []).append((segment.start + match.start(1), segment.start + match.end(1), long_form))
    return found


def _uses(doc: Document) -> dict[str, list[tuple[int, int]]]:
    uses: dict[str, list[tuple[int, int]]] = {}
    for segment in doc.segments:
        prose = segment.prose
        found = list(_ACRONYM.finditer(prose))
        if not found:
            continue
        letters = len(_LETTERS.findall(prose))
        if letters and len(_CAPITALS.findall(prose)) > 0.6 * letters:
            continue  # an all-capital heading
        for match in found:
            acronym = match.group(1)
            if _ROMAN.fullmatch(acronym) or not any(c.isalpha() for c in acronym[1:]):
                continue
            uses.setdefault(acronym, []).append((segment.start + match.start(1), segment.start + match.end(1)))
    return uses


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    definitions = _definitions(doc)
    allowed = common_acronyms() | set(options.allow)
    for acronym, places in sorted(_uses(doc).items(), key=lambda item: item[1][0]):
        defined = definitions.get(acronym, [])
        if defined:
            yield from _defined(acronym, places, defined)
        elif acronym not in allowed and _jargon(acronym, options):
            start, end = places[0]
            times = "once" if len(places) == 1 else f"{len(places)} times"
            yield Hit(start, end, f"acronym '{acronym}' (used {times}) is never defined: spell it out at its first use, "
                                  f"as in 'long form ({acronym})'", related=tuple(Related(s, e, "used here") for s, e in places[1:5]))


def _defined(acronym: str, places: list[tuple[int, int]], defined: list[tuple[int, int, str]]) -> Iterator[Hit]:
    first_start, first_end, first_long = defined[0]
    if places[0][0] < first_start:
        start, end = places[0]
        yield Hit(start, end, f"acronym '{acronym}' is used before its definition ('{first_long}')",
                  related=(Related(first_start, first_end, f"defined as '{first_long}' here"),))
    for start, end, long_form in defined[1:]:
        if long_form.casefold() != first_long.casefold() and not expands(long_form, first_long):
            yield Hit(start, end, f"acronym '{acronym}' is defined as '{long_form}' here but as '{first_long}' before",
                      suggestion=first_long, related=(Related(first_start, first_end, f"defined as '{first_long}'"),))


def _jargon(acronym: str, options: Options) -> bool:
    """Known to English text (so an abbreviation, not a brand) but not so common a reader knows it."""
    from ..english import zipf

    frequency = zipf(acronym)
    return 0 < frequency <= options.max_zipf


CHECK = Check(
    name="acronym",
    category="clarity",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
)
