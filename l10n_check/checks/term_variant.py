"""One multiword term written several ways: capitals, hyphen or space, without any glossary.

## What it flags
The same two- or three-word term written with different capitals where grammar does not ask for it
("Top Three" and "top three"; "Bitget Third" and "Bitget third"), or with a hyphen in one place and
a space in another when used the same way ("Chinese-speaking market" and "Chinese speaking market"),
in one draft or across the drafts of a run. Each minority form is reported against the dominant one,
with both counts; the dominant form's places are related locations.

## Why it matters
A machine translation renders one concept anew each time it meets it; a reader takes two spellings
for two things, and a 4,000-word article hides the drift from a reviewer.

## Example
Fails:  We joined the top three. Being in the Top Three matters. The top three changed.
Passes: We joined the top three. Being in the top three matters. The top three changed.
Passes: Top three exchanges lead. The top three changed.   (capital at a sentence start)

## Options
- `min-count` (default 2): how many times a term must appear in all before its forms are compared.

## What it cannot know
Whether a capital marks a proper name in one place and a common noun in another ("the Exchange" as a
company's short name): such pairs are reported for a look. Headings, the first word of a sentence,
and titles in 《》 or after "titled", "called" or "named" are left out; hyphen and space are compared
only in three-word terms (a compound used before a noun), since "long-term plan" and "in the long
term" are both right. Differences of spelling are left to the glossary and name checks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterator, Sequence

import regex

from ..model import Check, Context, Document, Hit, Related, Severity
from .untranslated_paragraph import common_words

_WORD = regex.compile(r"[A-Za-z][A-Za-z0-9']*")
_SENTENCE_END = ".!?:;…"
_TITLE_CUE = regex.compile(r"(?:titled|entitled|called|named)\s*[\"“]?$", regex.I)


@dataclass(frozen=True)
class Options:
    min_count: int = 2


@dataclass(frozen=True)
class Occurrence:
    """One n-gram in one draft: where, as written, and whether its first word opens a sentence."""

    path: str
    start: int
    end: int
    form: str
    words: tuple[str, ...]
    separators: tuple[str, ...]
    initial: bool


def occurrences(doc: Document) -> tuple[Occurrence, ...]:
    """Every two- and three-word sequence of the draft's prose (headings and titles excepted)."""
    function_words = common_words()["en"]
    found = []
    for segment in doc.segments:
        if segment.kind == "heading":
            continue
        for run in _runs(segment.prose):
            for size in (2, 3):
                for index in range(len(run) - size + 1):
                    words = run[index : index + size]
                    # A term neither starts nor ends on "the", "of", "to": "the Top" is not one.
                    if {words[0].group().lower(), words[-1].group().lower()} & function_words:
                        continue
                    found.append(_occurrence(doc.path, segment.start, segment.prose, words))
    return tuple(o for o in found if o is not None)


def _runs(prose: str) -> Iterator[list[regex.Match[str]]]:
    """Word sequences joined only by one space or one hyphen: punctuation ends a term."""
    run: list[regex.Match[str]] = []
    for match in _WORD.finditer(prose):
        if run and prose[run[-1].end() : match.start()] not in (" ", "-"):
            yield run
            run = []
        run.append(match)
    if run:
        yield run


def _occurrence(path: str, offset: int, prose: str, words: Sequence[regex.Match[str]]) -> Occurrence | None:
    start, end = words[0].start(), words[-1].end()
    if "《" in prose[max(0, start - 1) : start] or _TITLE_CUE.search(prose[max(0, start - 12) : start]):
        return None
    before = prose[:start].rstrip(" \"“'‘(*_`#>-•")  # quotes, brackets and markup do not end a sentence
    return Occurrence(
        path,
        offset + start,
        offset + end,
        prose[start:end],
        tuple(w.group() for w in words),
        tuple(prose[a.end() : b.start()] for a, b in zip(words, words[1:])),
        not before or before[-1] in _SENTENCE_END,
    )


def _key(occurrence: Occurrence) -> tuple[str, ...]:
    """Words folded to lower case, except all-capital ones: "US" (the country) is not "us"."""
    return tuple(w if len(w) > 1 and w.isupper() else w.lower() for w in occurrence.words)


def _case(occurrence: Occurrence) -> tuple[bool | None, ...]:
    """Which words start with a capital; the first word is unknown at a sentence start."""
    shape = tuple(w[0].isupper() for w in occurrence.words)
    return ((None,) + shape[1:]) if occurrence.initial else shape


def _differs(a: Occurrence, b: Occurrence) -> bool:
    """A difference of capitals on a content word, or of hyphen and space in a three-word term."""
    function_words = common_words()["en"]
    for word, x, y in zip(a.words, _case(a), _case(b)):
        if x is not None and y is not None and x != y and word.lower() not in function_words:
            return True  # "Do Not Disturb" and "do not" differ only on function words: a title's style
    return len(a.words) == 3 and a.separators != b.separators


def run_corpus(documents: Sequence[Document], options: Options, context: Context) -> Iterator[tuple[Document, Hit]]:
    by_path = {doc.path: doc for doc in documents}
    groups: dict[tuple[str, ...], list[Occurrence]] = defaultdict(list)
    for doc in documents:
        for occurrence in context.fact(CHECK_NAME, doc, occurrences):
            groups[_key(occurrence)].append(occurrence)
    hits: list[tuple[Occurrence, Hit]] = []
    for key in sorted(groups):
        group = groups[key]
        if len(group) < options.min_count or len({o.form for o in group}) < 2:
            continue
        hits.extend(_group_hits(group))
    # A three-word hit that contains a two-word hit at the same place says the same thing twice.
    spans = {(o.path, o.start, o.end) for o, _ in hits}
    for occurrence, hit in sorted(hits, key=lambda pair: (pair[0].path, pair[0].start, pair[0].end)):
        inner = any(
            (p, s, e) != (occurrence.path, occurrence.start, occurrence.end) and p == occurrence.path
            and occurrence.start <= s and e <= occurrence.end
            for p, s, e in spans
        )
        if not inner:
            yield by_path[occurrence.path], hit


def _group_hits(group: list[Occurrence]) -> Iterator[tuple[Occurrence, Hit]]:
    settled = [o for o in group if not o.initial] or group
    counts = Counter(o.form for o in settled)
    first_seen = {o.form: i for i, o in reversed(list(enumerate(settled)))}
    dominant_form = min(counts, key=lambda form: (-counts[form], first_seen[form]))
    dominant = next(o for o in settled if o.form == dominant_form)
    minority = [o for o in group if o.form != dominant_form and _differs(o, dominant)]
    if not minority:
        return
    variants = Counter(o.form for o in group)
    data = {"dominant": dominant_form, "variants": dict(sorted(variants.items())), "kind": "term"}
    related = tuple(
        Related(o.start, o.end, f"written '{dominant_form}' here", o.path)
        for o in group if o.form == dominant_form
    )[:10]
    for occurrence in minority:
        count = variants[occurrence.form]
        yield occurrence, Hit(
            occurrence.start,
            occurrence.end,
            f"'{occurrence.form}' (×{count}) is written '{dominant_form}' elsewhere (×{variants[dominant_form]}): "
            "one term, one spelling",
            suggestion=_restyle(occurrence, dominant),
            related=related,
            data=data,
        )


def _restyle(occurrence: Occurrence, dominant: Occurrence) -> str:
    """The occurrence rewritten in the dominant style, keeping a sentence-initial capital."""
    words = list(dominant.words)
    if occurrence.initial:
        words[0] = words[0][:1].upper() + words[0][1:]
    out = words[0]
    for separator, word in zip(dominant.separators, words[1:]):
        out += separator + word
    return out


CHECK_NAME = "term-variant"

CHECK = Check(
    name=CHECK_NAME,
    category="consistency",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run_corpus=run_corpus,
    extract=occurrences,  # in the worker that read the draft; the parent only groups
)
