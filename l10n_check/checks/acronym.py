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
- `share-of-drafts` (default 0.1): an acronym used in at least this share of the drafts of a run
  (and in three or more) is the run's own vocabulary, never reported as undefined.
- `in-technical` (default false): also report undefined acronyms in drafts that hold code.
- `max-undefined` (default 4): a draft that leaves more acronyms unexplained than this (jargon or
  brands, the common ones aside) is written for insiders (a developers' newsletter); there only
  two definitions of one acronym are reported.

## What it cannot know
Whether a reader knows a particular abbreviation. It decides from evidence: how often English text
uses the acronym (wordfreq: an acronym English never uses, `OKX`, is taken as a brand and left to
the name checks; a very common one, `API`, as known), where it stands (headings, link and image
text, table rows, captions, Title Case lines and all-capital lines are labels, not prose), how
many drafts of the run use it
and whether another draft of the run defines it (the readers of a series know it),
and what the draft is: a draft with code, or one that leaves many acronyms undefined, is written
for readers of the genre (RPC, JSON, SDK), so there only acronyms defined two ways are reported. Roman numerals
are not acronyms.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
import string
from collections import Counter
from typing import Iterator, Mapping, Sequence

import regex

from .. import patterns
from ..labels import title_spans
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Related, Segment, Severity
from ..textutil import Spans

_ACRONYM = patterns.compile(r"(?<![\p{L}\p{N}&.-])([A-Z][A-Z0-9&]{1,5})(?:s)?(?![\p{L}\p{N}&-])")
_ROMAN = patterns.compile(r"[IVXLCDM]+")
# "Long Form (ABC)": up to eight words before the brackets; "ABC (Long Form)".
# ... and "DataSphere Studio (DSS for short)", "Long Form (abbreviated ABC)".
# "Long Form (LF)": the acronym in brackets is found first, then the words before it are matched
# backwards from the bracket (a pattern that opened with the words was tried at every letter).
_BRACKETED = patterns.compile(r"\((?:abbreviated |short: )?([A-Z][A-Z0-9&]{1,5})s?(?: for short)?\)")
_WORDS_BEFORE = patterns.compile(r"(?:[\p{L}][\p{L}'’-]*[ ]){1,8}$")
_BEFORE = 512  # characters before a bracket that can hold eight words
_SHORT_FIRST = patterns.compile(r"\b([A-Z][A-Z0-9&]{1,5})s?\s+\(([\p{L}][\p{L}'’ -]{2,80})\)")


@dataclass(frozen=True)
class Options:
    allow: tuple[str, ...] = ()
    max_zipf: float = 3.6
    share_of_drafts: float = 0.1
    in_technical: bool = False
    max_undefined: int = 4


@dataclass(frozen=True)
class Usage:
    """What one draft says about acronyms: where each is used and defined, and whether it holds code."""

    uses: Mapping[str, tuple[tuple[int, int], ...]]
    definitions: Mapping[str, tuple[tuple[int, int, str], ...]]
    technical: bool
    labels: frozenset[str] = frozenset()  # acronyms the draft writes only in headings, labels, tables


# Inline code or a fenced block: a draft written for readers of a technical genre.
_CODE = patterns.compile(r"`[^`\n]+`|^\s*```", regex.M)
# An HTML table cell: a label, read in the raw text (the prose has the tags blanked).
_HTML_CELL = patterns.compile(r"<t[dh][^>]*>.*?(?:</t[dh]>|$)", regex.M | regex.I)
# Link text and image alt text, table rows: labels, where an acronym is a name, not prose.
_LINK_LABEL = r"!?\[[^\[\]]{0,200}\]"
_LABELS = patterns.compile(_LINK_LABEL + r"|^[^\n|]*\|[^\n|]*\|.*$", regex.M)
# The same without table rows, for prose without a "|": the engine no longer tries each line's start.
_LINK_LABELS = patterns.compile(_LINK_LABEL)


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


def usage(doc: Document, options: object = None) -> Usage:
    """Uses and definitions of every acronym of ``doc`` (what the cross-draft pass combines)."""
    found = definitions(doc)
    labelled: set[str] = set()
    running = uses(doc, labelled)
    return Usage(
        {a: tuple(p) for a, p in running.items()},
        {a: tuple(d) for a, d in found.items()},
        "`" in doc.text and _CODE.search(doc.text) is not None,  # both kinds of code hold a backtick
        frozenset(labelled - set(running)),
    )


def definitions(doc: Document) -> dict[str, list[tuple[int, int, str]]]:
    """Acronym → [(start, end, long form)] of every definition in the draft, in order."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for segment in doc.segments:
        prose = segment.prose
        if "(" not in prose:
            continue
        for match in _BRACKETED.finditer(prose):
            before = _WORDS_BEFORE.search(prose, max(0, match.start() - _BEFORE), match.start())
            if before is None:
                continue
            words, acronym = before.group().split(), match.group(1)
            for size in range(1, len(words) + 1):  # the shortest tail of words that expands it
                long_form = " ".join(words[-size:])
                if len(words[-size:]) >= min(len(acronym), 2) - 1 and expands(acronym, long_form):
                    found.setdefault(acronym, []).append((segment.start + match.start(1), segment.start + match.end(1), long_form))
                    break
        for match in _SHORT_FIRST.finditer(prose):
            acronym, long_form = match.group(1), match.group(2).strip()
            if expands(acronym, long_form) and " " in long_form:
                found.setdefault(acronym, []).append((segment.start + match.start(1), segment.start + match.end(1), long_form))
    return found


def uses(doc: Document, labelled: set[str] | None = None) -> dict[str, list[tuple[int, int]]]:
    """Acronym → [(start, end)] of each use in running text, in order; those written in headings
    and labels are left out (and added to ``labelled`` when given)."""
    found: dict[str, list[tuple[int, int]]] = {}
    common = common_acronyms()
    for segment in doc.segments:
        prose = segment.prose
        matches = [m for m in _ACRONYM.finditer(prose) if _is_acronym(m.group(1))]
        if not matches:
            continue
        if _mostly_capitals(prose):
            continue  # an all-capital heading
        if segment.kind == "heading":
            _label(labelled, matches)
            continue
        spans: Spans | None = None  # computed once a segment has an uncommon acronym
        for match in matches:
            acronym = match.group(1)
            if acronym not in common:
                if spans is None:
                    spans = Spans(_label_spans(segment))
                if match.start() in spans:
                    _label(labelled, [match])
                    continue
            found.setdefault(acronym, []).append((segment.start + match.start(1), segment.start + match.end(1)))
    return found


_LOWER_BYTES = string.ascii_lowercase.encode()
_UPPER_BYTES = string.ascii_uppercase.encode()


def _mostly_capitals(prose: str) -> bool:
    """More than 60 % of the letters are capitals (counted the fast way, on ASCII letters: as bytes,
    which ``bytes.translate`` reads many times faster than ``str.translate`` reads text with CJK)."""
    ascii_ = prose.encode("ascii", "ignore")
    lower = len(ascii_) - len(ascii_.translate(None, _LOWER_BYTES))
    upper = len(ascii_) - len(ascii_.translate(None, _UPPER_BYTES))
    return upper > 1.5 * lower


def _is_acronym(text: str) -> bool:
    return not _ROMAN.fullmatch(text) and any(c.isalpha() for c in text[1:])


def _label(labelled: set[str] | None, matches: list[regex.Match[str]]) -> None:
    if labelled is not None:
        labelled.update(m.group(1) for m in matches)


def _label_spans(segment: Segment) -> list[tuple[int, int]]:
    """Where the segment is a label: link and alt text, tables, titles, captions, HTML cells."""
    prose = segment.prose
    labels = _LABELS if "|" in prose else _LINK_LABELS if "[" in prose else None
    spans = ([m.span() for m in labels.finditer(prose)] if labels else []) + title_spans(prose)
    return spans + ([m.span() for m in _HTML_CELL.finditer(segment.raw)] if "<" in segment.raw else [])


def run_corpus(documents: Sequence[Document], options: Options, context: Context) -> Iterator[tuple[Document, Hit]]:
    """Each draft's acronyms, judged with what the other drafts of the run say about them."""
    found = [(doc, context.fact(CHECK_NAME, doc, usage)) for doc in documents]
    drafts = Counter(acronym for _, facts in found for acronym in facts.uses)
    shared = max(3.0, options.share_of_drafts * len(documents))
    vocabulary = {acronym for acronym, count in drafts.items() if count >= shared}
    defined = Counter(acronym for _, facts in found for acronym in facts.definitions)
    for doc, facts in found:
        # An acronym another draft of the run defines is known to the readers of the series.
        elsewhere = {a for a, count in defined.items() if count > (a in facts.definitions)}
        for hit in _hits(facts, options, frozenset(vocabulary | elsewhere)):
            yield doc, hit


def _hits(facts: Usage, options: Options, known_in_run: frozenset[str]) -> Iterator[Hit]:
    allowed = common_acronyms() | set(options.allow)
    unexplained = {a for a in (*facts.uses, *facts.labels) if a not in facts.definitions and a not in allowed}
    undefined = {a for a in unexplained if a not in known_in_run and _jargon(a, options)}
    # A draft with code, or one that leaves many acronyms (jargon or brands) unexplained, is written
    # for readers who know them (a developers' newsletter): there only two definitions are reported.
    insiders = (facts.technical and not options.in_technical) or len(unexplained) > options.max_undefined
    for acronym, places in sorted(facts.uses.items(), key=lambda item: item[1][0]):
        defined = list(facts.definitions.get(acronym, ()))
        if defined:
            yield from _defined(acronym, list(places), defined, insiders)
        elif not insiders and acronym in undefined:
            start, end = places[0]
            times = "once" if len(places) == 1 else f"{len(places)} times"
            yield Hit(start, end, f"acronym '{acronym}' (used {times}) is never defined: spell it out at its first use, "
                                  f"as in 'long form ({acronym})'", related=tuple(Related(s, e, "used here") for s, e in places[1:5]))


def _defined(acronym: str, places: list[tuple[int, int]], defined: list[tuple[int, int, str]], insiders: bool) -> Iterator[Hit]:
    first_start, first_end, first_long = defined[0]
    if places[0][0] < first_start and not insiders:
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


CHECK_NAME = "acronym"

CHECK = Check(
    name=CHECK_NAME,
    category="clarity",
    severity=Severity.WARNING,
    doc=__doc__,
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run_corpus=run_corpus,
    extract=usage,  # in the worker that read the draft; the parent only combines
)
