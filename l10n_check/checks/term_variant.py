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


Facts = tuple[tuple[Occurrence, ...], dict[tuple[str, ...], list[tuple[int, int]]]]


def occurrences(doc: Document) -> Facts:
    """The draft's two- and three-word sequences (headings and titles excepted), in two parts.

    Sequences with a capital or a hyphen are full ``Occurrence``s: only they can start a variant
    group. All-lower-case ones, by far the most, are kept as spans under their key and made into
    ``Occurrence``s only when some draft writes the same words with a capital or hyphen.
    """
    function_words = common_words()["en"]
    marked: list[Occurrence] = []
    plain: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for segment in doc.segments:
        if segment.kind == "heading":
            continue
        prose = segment.prose
        for run in _runs(prose):
            texts = [m.group() for m in run]
            lows = [t.lower() for t in texts]
            for size in (2, 3):
                for index in range(len(run) - size + 1):
                    last = index + size - 1
                    # A term neither starts nor ends on "the", "of", "to": "the Top" is not one.
                    if lows[index] in function_words or lows[last] in function_words:
                        continue
                    start, end = run[index].start(), run[last].end()
                    hyphen = size == 3 and "-" in prose[start:end]
                    if hyphen or any(t[0].isupper() for t in texts[index : last + 1]):
                        found = _occurrence(doc.path, segment.start, prose, start, end)
                        if found is not None:
                            marked.append(found)
                    else:
                        plain[tuple(lows[index : last + 1])].append((segment.start + start, segment.start + end))
    return tuple(marked), dict(plain)


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


def _occurrence(path: str, offset: int, prose: str, start: int, end: int) -> Occurrence | None:
    """The sequence at ``[start, end)`` of a segment's prose, or None inside a title."""
    if "《" in prose[max(0, start - 1) : start] or _TITLE_CUE.search(prose[max(0, start - 12) : start]):
        return None
    words = list(_WORD.finditer(prose, start, end))
    # What precedes, past quotes, brackets and markup (which do not end a sentence); a short window
    # is enough and keeps this linear in the length of the paragraph.
    window = prose[max(0, start - 16) : start]
    before = window.rstrip(" \"“'‘(*_`#>-•")
    return Occurrence(
        path,
        offset + start,
        offset + end,
        prose[start:end],
        tuple(w.group() for w in words),
        tuple(prose[a.end() : b.start()] for a, b in zip(words, words[1:])),
        (not before and start <= 16) or (bool(before) and before[-1] in _SENTENCE_END),
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
    facts = {doc.path: context.fact(CHECK_NAME, doc, occurrences) for doc in documents}
    groups: dict[tuple[str, ...], list[Occurrence]] = defaultdict(list)
    for marked, _ in facts.values():
        for occurrence in marked:
            groups[_key(occurrence)].append(occurrence)
    for doc in documents:  # the lower-case forms of the sequences some draft marks
        plain = facts[doc.path][1]
        for key in sorted(groups.keys() & plain.keys()):
            for start, end in plain[key]:
                segment = doc.segment_at(start)
                if segment is not None:
                    found = _occurrence(doc.path, segment.start, segment.prose, start - segment.start, end - segment.start)
                    if found is not None:
                        groups[key].append(found)
    order = {doc.path: index for index, doc in enumerate(documents)}
    hits: list[tuple[Occurrence, Hit]] = []
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda o: (order[o.path], o.start))
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
