"""One multiword term written several ways: capitals, hyphen or space, without any glossary.

## What it flags
The same two- or three-word term written with a capital in running text where the draft settles
on lower case ("Top Three" and "top three"; "Bitget Third" and "Bitget third"), or with a hyphen in
one place and a space in another when used the same way ("Chinese-speaking market" and "Chinese
speaking market"). Each draft is read alone unless `across-drafts` is set. Each minority form is
reported against the dominant one, with both counts; the dominant form's places are related
locations.

## Why it matters
A machine translation renders one concept anew each time it meets it; a reader takes two spellings
for two things, and a 4,000-word article hides the drift from a reviewer.

## Example
Fails:  We joined the top three. Being in the Top Three matters. The top three changed. Our top three grew.
Passes: We joined the top three. Being in the top three matters. The top three changed.
Passes: Top three exchanges lead. The top three changed.   (capital at a sentence start)

## Options
- `min-count` (default 2): how many times a term must appear in all before its forms are compared.
- `across-drafts` (default false): compare the drafts of a run as one text (a series that shares a
  style); by default unrelated drafts are not held to each other's capitals.

## What it cannot know
Whether a capital marks a proper name in one place and a common noun in another ("the Exchange" as
a company's short name), or a name the draft writes in lower case by mistake ("Envoy" against
"envoy"): so only an added capital is reported, and only against a lower-case form the draft uses
three times, or when both forms are quoted (one coined term, “Bitget third” and “Bitget Third”).
Capitals are a style, not a choice, in titles and headings, labels before a colon, captions, link
text, bold and italic text, table rows, attributions, lines mostly in Title Case, runs of three or
more capitalized words, sentence starts (after a line break, a bracket, a quotation mark or a
dash) and titles after "titled", "called" or "named": those places are left out. Hyphen and space
are compared only in three-word terms (a compound used before a noun) and once one form is used
twice, since "long-term plan" and "in the long term" are both right. Differences of spelling are
left to the glossary and name checks.

One Chinese term rendered two ways ("alliance network" and "union network" for 联盟网络) is not
reported: English has synonyms where CC-CEDICT gives one word two senses. Measured with CC-CEDICT's
senses as a reverse index (two-word terms sharing their head word, the differing words senses of one
Chinese word, one of them used twice): 43 pairs in 2 MB of native English ("archive format" /
"file format", "previous year" / "last year"), 10 in the machine-translated folders, about four of
them real ("publish package" / "release package"), and none of the renderings a reader recorded.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping, Sequence

import regex

from .. import patterns
from ..labels import after_quote, opens_sentence, title_spans
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Related, Segment, Severity
from ..textutil import Spans, alternation
from .untranslated_paragraph import common_words

_WORD = patterns.compile(r"[A-Za-z][A-Za-z0-9']*")
_TITLE_CUE = patterns.compile(r"(?:titled|entitled|called|named)\s*[\"“]?$", regex.I)
_CUE_ENDS = frozenset(" \t\"“dD")  # what a title cue ends on: tested before the pattern is run


@dataclass(frozen=True)
class Options:
    min_count: int = 2
    across_drafts: bool = False


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
    # In running text, where a capital is the writer's choice: not a title, label, link text or table.
    free: bool = True
    quoted: bool = False  # inside quotation marks: a coined term the draft sets apart


def occurrences(doc: Document) -> tuple[Occurrence, ...]:
    """The draft's two- and three-word sequences that hold a capital or a hyphen.

    Only these can start a variant group (headings and titles excepted). Their all-lower-case
    counterparts, by far the most sequences of any text, are looked up afterwards, in one pass per
    paragraph, for the groups some draft started (``_lower_case_forms``).
    """
    function_words = common_words()["en"]
    marked: list[Occurrence] = []
    for segment in doc.segments:
        if segment.kind != "heading":
            for run in _runs(segment.prose):
                marked.extend(_run_occurrences(doc.path, segment, run, function_words))
    return tuple(marked)


@dataclass(frozen=True)
class DraftFacts:
    """What the worker that read a draft hands on to the parent (see ``draft_facts``)."""

    marked: tuple[Occurrence, ...] = ()  # the sequences with a capital or a hyphen (``occurrences``)
    lower: tuple[Occurrence, ...] = ()  # all-lower-case forms of the terms the draft itself starts
    hits: tuple[tuple[Occurrence, Hit], ...] = ()  # the draft judged alone


def draft_facts(doc: Document, options: Options) -> DraftFacts:
    """A draft read alone (the default) is judged where it was read, so that ``-j`` spreads the work
    and the parent keeps no occurrences, and with its own terms only: its findings do not depend on
    the other drafts of the run (another draft's longer term would otherwise take a span first).
    With ``across-drafts`` only its marked occurrences go on: the parent groups the run's and looks
    the run's terms up in lower case."""
    marked = occurrences(doc)
    if options.across_drafts:
        return DraftFacts(marked)
    keys = {_key(occurrence) for occurrence in marked if _informative(occurrence)}
    facts = DraftFacts(marked, tuple(_lower_case_forms([doc], keys)))
    return DraftFacts(hits=tuple(_grouped_hits([doc], {doc.path: facts}, options)))


def _run_occurrences(path: str, segment: Segment, run: "_Words", function_words: frozenset[str]) -> Iterator[Occurrence]:
    """The two- and three-word sequences of one run that hold one of its capitals or hyphens."""
    prose = segment.prose
    texts, starts, ends = run
    flagged = [i for i, t in enumerate(texts) if t[0].isupper() or prose[ends[i] : ends[i] + 1] == "-"]
    if flagged and flagged[0] == 0 and prose[ends[0] : ends[0] + 1] != "-" and _sentence_capital(prose, starts[0]):
        flagged = flagged[1:]  # a sentence's first capital says nothing about a term; a quotation's may
    lows = [t.lower() for t in texts]
    seen: set[tuple[int, int]] = set()
    initial: dict[int, bool] = {}
    for position in flagged:
        for size in (2, 3):
            for index in range(max(0, position - size + 1), min(position, len(texts) - size) + 1):
                last = index + size - 1
                if (index, size) in seen or lows[index] in function_words or lows[last] in function_words:
                    continue  # a term neither starts nor ends on "the", "of", "to"
                seen.add((index, size))
                if size == 2 and not (texts[index][0].isupper() or texts[last][0].isupper()):
                    continue  # hyphen and space are compared in three-word terms only
                if index not in initial:  # two- and three-word terms often start on one word
                    initial[index] = opens_sentence(prose, starts[index])
                found = _occurrence_of(path, segment.start, prose, (texts[index : last + 1], starts[index : last + 1], ends[index : last + 1]), initial=initial[index])
                if found is not None:
                    yield found


def _informative(occurrence: Occurrence) -> bool:
    """Whether its capitals or hyphens say anything: not only a sentence's first capital."""
    if not occurrence.initial or any(w[0].isupper() for w in occurrence.words[1:]):
        return True
    return len(occurrence.words) == 3 and "-" in occurrence.separators


def _lower_case_forms(documents: Sequence[Document], keys: Iterable[tuple[str, ...]]) -> Iterator[Occurrence]:
    """Every all-lower-case occurrence of ``keys`` (word tuples), hyphen or space between words.

    The words of each paragraph are looked up as tuples, the longest key first at each word. In
    much text (a long draft), only the words that start a key are read, found by one pattern of
    them; in little, compiling that pattern would cost more than reading every word.
    """
    lowered = {key for key in keys if all(w.islower() for w in key)}
    firsts = {key[0] for key in lowered}
    sizes = sorted({len(key) for key in lowered}, reverse=True)
    size = sum(len(doc.text) for doc in documents)
    starts = _first_words(firsts) if firsts and size >= CANDIDATES_FROM * max(1, len(firsts)) else None
    for doc in documents:
        for segment in doc.segments:
            if segment.kind == "heading" or segment.prose.isupper():
                continue
            prose = segment.prose
            spans = _key_spans(prose, lowered, firsts, sizes) if starts is None else _candidate_spans(prose, lowered, starts, sizes)
            for span in spans:
                found = _occurrence(doc.path, segment.start, prose, span)
                if found is not None:
                    yield found


def _key_spans(prose: str, keys: set[tuple[str, ...]], firsts: set[str], sizes: list[int]) -> Iterator[tuple[int, int]]:
    """Spans of ``prose`` that write one of ``keys`` in lower case, as whole words joined by spaces
    or one hyphen; non-overlapping, left to right, the longest at each word."""
    if not sizes:
        return
    # The words are read in blocks, the next block fetched when fewer than a key's length remain:
    # a paragraph of millions of words is never held as a list of them.
    found = _WORD.finditer(prose)
    words: list[regex.Match[str]] = []
    index = 0
    while True:
        if len(words) - index < sizes[0]:
            words, index = words[index:] + list(itertools.islice(found, max(_BLOCK, sizes[0]))), 0
        if index >= len(words):
            return
        size = 0
        if words[index].group() in firsts:
            size = next((n for n in sizes if index + n <= len(words) and _writes_key(prose, words[index : index + n], keys)), 0)
        if size:
            yield words[index].start(), words[index + size - 1].end()
        index += size or 1


_BLOCK = 4096  # words read at a time by ``_key_spans``
# Code points of text per first word of a key from which those words are found by a pattern.
CANDIDATES_FROM = 1000


def _first_words(firsts: set[str]) -> re.Pattern[str]:
    """The words of ``firsts`` as whole words (``_WORD`` neither goes on after them nor runs into
    them, but an apostrophe may stand before one: see ``_word_start``)."""
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alternation(firsts)})(?![A-Za-z0-9'])")


def _candidate_spans(prose: str, keys: set[tuple[str, ...]], starts: re.Pattern[str], sizes: list[int]) -> Iterator[tuple[int, int]]:
    """``_key_spans`` read from the words ``starts`` finds, each with the words after it."""
    taken = 0  # the end of the last key found: keys do not overlap
    for first in starts.finditer(prose):
        if first.start() < taken or not _word_start(prose, first.start()):
            continue
        words = [first, *itertools.islice(_WORD.finditer(prose, first.end()), sizes[0] - 1)]
        size = next((n for n in sizes if n <= len(words) and _writes_key(prose, words[:n], keys)), 0)
        if size:
            taken = words[size - 1].end()
            yield first.start(), taken


def _word_start(prose: str, start: int) -> bool:
    """Whether ``_WORD`` starts a word at ``start`` (a letter): no word runs on into it through
    apostrophes and digits ("x'top" is one word; "'top" and "9'top" hold the word "top")."""
    index = start
    while index and prose[index - 1] in _WORD_TAIL:
        index -= 1
        if prose[index].isascii() and prose[index].isalpha():
            return False
    return True


_WORD_TAIL = frozenset("0123456789'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _writes_key(prose: str, words: Sequence[regex.Match[str]], keys: set[tuple[str, ...]]) -> bool:
    if tuple([w.group() for w in words]) not in keys or not _whole(prose, words[0].start(), words[-1].end()):
        return False
    gaps = (prose[a.end() : b.start()] for a, b in zip(words, words[1:]))
    return all(gap in _HYPHENS or (gap and not gap.strip(_SPACES)) for gap in gaps)


_HYPHENS = frozenset("-\u2010\u2011")
_SPACES = " \t\u00a0"


def _whole(prose: str, start: int, end: int) -> bool:
    """No word character, nor a word character and a hyphen, touches ``[start, end)``."""
    before, after = prose[max(0, start - 2) : start], prose[end : end + 2]
    if before[-1:] and (_word_char(before[-1]) or (before[-1] in _HYPHENS and _word_char(before[:1]))):
        return False
    return not (after[:1] and (_word_char(after[0]) or (after[0] in _HYPHENS and _word_char(after[1:2]))))


def _word_char(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_")


# Word sequences joined only by one space or one hyphen: punctuation ends a term. Matched whole, so
# that the runs without a capital or a hyphen (most of any text) are passed over without looking
# at their words one by one.
_RUN = patterns.compile(r"[A-Za-z][A-Za-z0-9']*(?:[ -][A-Za-z][A-Za-z0-9']*)*")
_MARKED = patterns.compile(r"[A-Z-]")


# A sequence of words: their texts, and where each starts and ends in the segment's prose.
_Words = tuple[list[str], list[int], list[int]]


def _runs(prose: str) -> Iterator[_Words]:
    """The words of each run that holds a capital or a hyphen after its first letter, or opens
    with a capital that is not a sentence's (a sentence's first capital says nothing about a term)."""
    for run in _RUN.finditer(prose):
        start, end = run.span()
        if _MARKED.search(prose, start + 1, end) or (prose[start].isupper() and not _sentence_capital(prose, start)):
            yield _run_words(run.group(), start)


def _run_words(run: str, start: int) -> _Words:
    """The words of a run at ``start``: a run is words joined by one space or hyphen each, so
    they are its pieces between those (what ``_WORD`` finds there), without a match object each."""
    texts = run.replace("-", " ").split(" ")
    starts, ends = [], []
    for text in texts:
        starts.append(start)
        start += len(text)
        ends.append(start)
        start += 1
    return texts, starts, ends


def _sentence_capital(prose: str, start: int) -> bool:
    return opens_sentence(prose, start) and not after_quote(prose, start)


@dataclass(frozen=True)
class _Marks:
    """Where a segment's prose is written in a title's style, and where it quotes (quotations do
    not overlap: one pattern found them)."""

    titles: Spans
    quotes: tuple[tuple[int, int], ...]
    quote_starts: tuple[int, ...]

    @classmethod
    def of(cls, prose: str) -> "_Marks":
        quotes = tuple(_quotations(prose))
        return cls(Spans(title_spans(prose)), quotes, tuple(a for a, _ in quotes))

    def quoted(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` stands inside a quotation, its marks excluded: only the last
        quotation opened before ``start`` can hold it (a binary search, not a look at each)."""
        index = bisect.bisect_left(self.quote_starts, start) - 1
        return index >= 0 and end < self.quotes[index][1]


def _occurrence(path: str, offset: int, prose: str, span: tuple[int, int]) -> Occurrence | None:
    """The sequence at ``span`` of a segment's prose, or None inside a title (see ``_occurrence_of``)."""
    words = list(_WORD.finditer(prose, *span))
    return _occurrence_of(path, offset, prose, ([w.group() for w in words], [w.start() for w in words], [w.end() for w in words]))


def _occurrence_of(path: str, offset: int, prose: str, words: _Words, *, initial: bool | None = None) -> Occurrence | None:
    """The sequence of ``words`` of a segment's prose, or None inside a title.

    Whether it stands in running text or in quotation marks is read later, only for the terms
    written two ways (``_placed``): most terms of a draft are written one way.
    """
    texts, starts, ends = words
    start, end = starts[0], ends[-1]
    before = prose[start - 1] if start else ""
    if before == "《" or (before in _CUE_ENDS and _TITLE_CUE.search(prose, max(0, start - 12), start)):
        return None
    if prose[max(0, start - 2) : start].endswith("-") or prose[end : end + 1] == "-":
        return None  # part of a longer compound or a slug: "what-do-people-love-about-rust"
    return Occurrence(
        path,
        offset + start,
        offset + end,
        prose[start:end],
        tuple(texts),
        tuple([prose[a:b] for a, b in zip(ends, starts[1:])]),  # a list, not a generator: made for every occurrence
        opens_sentence(prose, start) if initial is None else initial,
    )


def _placed(occurrence: Occurrence, doc: Document, cache: dict[tuple[str, int], _Marks]) -> Occurrence:
    """The occurrence with ``free`` and ``quoted`` read from its segment's titles and quotations."""
    segment = doc.segment_at(occurrence.start)
    if segment is None:
        return occurrence
    marks = cache.get((doc.path, segment.start))
    if marks is None:
        marks = cache[(doc.path, segment.start)] = _Marks.of(segment.prose)
    start, end = occurrence.start - segment.start, occurrence.end - segment.start
    return dataclasses.replace(
        occurrence,
        free=start not in marks.titles,
        quoted=marks.quoted(start, end),
    )


_QUOTATION = patterns.compile(r"“[^”\n]{1,200}”|\"[^\"\n]{1,200}\"")


def _quotations(prose: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTATION.finditer(prose)] if ('"' in prose or "“" in prose) else []


def _key(occurrence: Occurrence) -> tuple[str, ...]:
    """Words folded to lower case, except all-capital ones: "US" (the country) is not "us"."""
    return tuple([w if len(w) > 1 and w.isupper() else w.lower() for w in occurrence.words])


def _case(occurrence: Occurrence) -> tuple[bool | None, ...]:
    """Which words start with a capital; the first word is unknown at a sentence start."""
    shape = tuple(w[0].isupper() for w in occurrence.words)
    return ((None,) + shape[1:]) if occurrence.initial else shape


SETTLED = 3  # uses of the lower-case form that make it the draft's decision


def _deviates(minor: Occurrence, dominant: Occurrence, dominant_count: int, dominant_quoted: bool = False) -> bool:
    """A capital on a content word the dominant form writes in lower case, or another hyphenation.

    Only added capitals count: a lower-case form of a term the draft mostly capitalizes is a
    name or a title written plainly (a link label, a file name), which is no decision of style.
    A lower-case form counts as settled once the draft uses it three times, or when both forms are
    quoted (one coined term, “Bitget third” and “Bitget Third”): with fewer uses a name written
    in lower case by mistake ("without envoy sidecar") is as likely as a stray capital. English
    hyphenates a compound before a noun and not elsewhere, so hyphen and space need two uses.
    """
    function_words = common_words()["en"]
    settled = dominant_count >= SETTLED or (minor.quoted and dominant_quoted)
    for word, x, y in zip(minor.words, _case(minor), _case(dominant)):
        if x and y is False and word.lower() not in function_words and settled:
            return True  # "Do Not Disturb" and "do not" differ only on function words: a title's style
    return len(minor.words) == 3 and minor.separators != dominant.separators and dominant_count >= 2


def run_corpus(documents: Sequence[Document], options: Options, context: Context) -> Iterator[tuple[Document, Hit]]:
    """Group each draft's term occurrences (or the run's, with ``across-drafts``) and report the
    forms that deviate from the dominant one."""
    by_path = {doc.path: doc for doc in documents}
    facts = {doc.path: context.fact(CHECK_NAME, doc, lambda d: draft_facts(d, options)) for doc in documents}
    if options.across_drafts:
        pairs = _grouped_hits(documents, facts, options)
    else:  # each draft alone, judged where it was read: unrelated drafts need not share a style
        pairs = sorted((pair for doc in documents for pair in facts[doc.path].hits),
                       key=lambda pair: (pair[0].path, pair[0].start, pair[0].end))
    for occurrence, hit in pairs:
        yield by_path[occurrence.path], hit


def _grouped_hits(documents: Sequence[Document], facts: Mapping[str, DraftFacts], options: Options) -> list[tuple[Occurrence, Hit]]:
    """The hits of ``documents`` grouped as ``options`` say, sorted by place, each with its occurrence."""
    by_path = {doc.path: doc for doc in documents}
    groups: dict[tuple[str, tuple[str, ...]], list[Occurrence]] = defaultdict(list)
    scope = (lambda o: "") if options.across_drafts else (lambda o: o.path)
    joining: list[tuple[tuple[str, tuple[str, ...]], Occurrence]] = []
    for doc in documents:
        for occurrence in facts[doc.path].marked:
            key = (scope(occurrence), _key(occurrence))
            if _informative(occurrence):
                groups[key].append(occurrence)
            else:
                joining.append((key, occurrence))
    for key, occurrence in joining:  # a sentence's first capital only joins a group others started
        if key in groups:
            groups[key].append(occurrence)
    known = {(o.path, o.start, o.end) for group in groups.values() for o in group}
    if options.across_drafts:
        lower: Iterable[Occurrence] = _lower_case_forms(documents, {words for _, words in groups})
    else:
        lower = (occurrence for doc in documents for occurrence in facts[doc.path].lower)
    for occurrence in lower:
        key = (scope(occurrence), _key(occurrence))
        if key in groups and (occurrence.path, occurrence.start, occurrence.end) not in known:
            groups[key].append(occurrence)  # "long-term plan" is found both ways: counted once
    order = {doc.path: index for index, doc in enumerate(documents)}
    hits: list[tuple[Occurrence, Hit]] = []
    cache: dict[tuple[str, int], _Marks] = {}
    for key in sorted(groups):
        if len(groups[key]) < options.min_count or len({o.form for o in groups[key]}) < 2:
            continue  # one form: nothing to compare, and no need to read where it stands
        placed = [_placed(o, by_path[o.path], cache) for o in groups[key]]
        group = sorted((o for o in placed if o.free), key=lambda o: (order[o.path], o.start))
        if len(group) >= options.min_count and len({o.form for o in group}) >= 2 and any(_informative(o) for o in group):
            hits.extend(_group_hits(group))
    # A three-word hit that contains a two-word hit at the same place says the same thing twice.
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for occurrence, _ in hits:
        spans[occurrence.path].append((occurrence.start, occurrence.end))
    for found in spans.values():
        found.sort()
    return [(occurrence, hit) for occurrence, hit in sorted(hits, key=lambda pair: (pair[0].path, pair[0].start, pair[0].end))
            if not _holds_another(spans[occurrence.path], occurrence.start, occurrence.end)]


def _holds_another(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether sorted ``spans`` hold another span inside ``[start, end]``: only the few that start
    there are looked at (a long paragraph holds thousands of hits)."""
    index = bisect.bisect_left(spans, (start,))
    while index < len(spans) and spans[index][0] <= end:
        if spans[index] != (start, end) and spans[index][1] <= end:
            return True
        index += 1
    return False


def _group_hits(group: list[Occurrence]) -> Iterator[tuple[Occurrence, Hit]]:
    settled = [o for o in group if not o.initial] or group
    counts = Counter(o.form for o in settled)
    first_seen = {o.form: i for i, o in reversed(list(enumerate(settled)))}
    dominant_form = min(counts, key=lambda form: (-counts[form], first_seen[form]))
    dominant = next(o for o in settled if o.form == dominant_form)
    quoted = any(o.quoted for o in settled if o.form == dominant_form)
    minority = [o for o in group if o.form != dominant_form and _deviates(o, dominant, counts[dominant_form], quoted)]
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
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run_corpus=run_corpus,
    extract=draft_facts,  # in the worker that read the draft; the parent only groups
)
