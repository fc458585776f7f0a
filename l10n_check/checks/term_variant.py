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
import functools
import itertools
import operator
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping, NamedTuple, Sequence

import regex

from .. import patterns
from ..labels import after_quote, opens_sentence, title_spans
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Related, Segment, Severity
from ..textutil import Spans
from ..tokens import Words, pieces
from .untranslated_paragraph import common_words

_TITLE_CUE = patterns.compile(r"(?:titled|entitled|called|named)\s*[\"“]?$", regex.I)
_CUE_ENDS = frozenset(" \t\"“dD")  # what a title cue ends on: tested before the pattern is run


@dataclass(frozen=True)
class Options:
    min_count: int = 2
    across_drafts: bool = False


class Occurrence(NamedTuple):
    """One n-gram in one draft: where, as written, and whether its first word opens a sentence.

    A named tuple, not a dataclass: one is made for every capitalized or hyphenated two- and
    three-word sequence ``occurrences`` lists, and it costs 0.6 µs to make against 1.7 µs for a
    frozen dataclass of these fields (measured on this machine).
    """

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
    counterparts, by far the most sequences of any text, are looked up afterwards, for the groups
    some draft started, only in the paragraphs that hold all of a term's words (``_lower_case_forms``).
    """
    return tuple(candidate.occurrence(doc.path) for candidate in _candidates(_Reading(doc, keep=False)))


class _Reading:
    """A draft's words, segment by segment, read once for both passes (the marked sequences, then
    the lower-case forms) when the draft is small enough to keep them; a larger one is read again
    for the second pass, so that its words are never all held at once."""

    KEEP_UP_TO = 1_000_000  # code points of text whose words are kept: about 30 MB of them per MB

    def __init__(self, doc: Document, *, keep: bool = True) -> None:
        self.doc = doc
        keep = keep and len(doc.text) <= self.KEEP_UP_TO
        self._kept: dict[int, list[Words]] | None = {} if keep else None

    def words(self) -> Iterator[tuple[Segment, Iterable[Words]]]:
        """Each segment of running text, not a heading, with the words of its prose in pieces
        (made as they are read when not kept: one long paragraph is never held as words)."""
        for index, segment in enumerate(self.doc.segments):
            if segment.kind == "heading":
                continue
            if self._kept is None:
                yield segment, pieces(segment.prose)
            else:
                if index not in self._kept:
                    self._kept[index] = list(pieces(segment.prose))
                yield segment, self._kept[index]


class _Candidate(NamedTuple):
    """A marked sequence before it is judged: where it stands and how it is written. Most are
    written one way only, and are dropped as such without becoming an ``Occurrence``. The words
    it was read from are not kept: a long draft's would all stay in memory."""

    segment: Segment
    offset: int  # where it starts in the segment's prose
    form: str  # as written: words joined by one space or hyphen each (``_JOINERS``)
    key: tuple[str, ...]  # its words as ``_key_of`` folds them, read from the piece's folded words

    @property
    def start(self) -> int:
        return self.segment.start + self.offset

    def words(self) -> tuple[str, ...]:
        return tuple(self.form.replace("-", " ").split(" "))

    def starts_group(self) -> bool:
        """``_informative``, reading whether it opens a sentence only when that decides."""
        words = self.words()
        if any(w[0].isupper() for w in words[1:]) or (len(words) == 3 and "-" in self.form):
            return True
        return not opens_sentence(self.segment.prose, self.offset)

    def occurrence(self, path: str) -> Occurrence:
        start = self.start
        separators = tuple(_SEPARATOR.findall(self.form))
        initial = opens_sentence(self.segment.prose, self.offset)
        return Occurrence(path, start, start + len(self.form), self.form, self.words(), separators, initial)


_SEPARATOR = re.compile("[ -]")


def _candidates(reading: _Reading) -> Iterator[_Candidate]:
    """The marked sequences of a draft, in order."""
    function_words = common_words()["en"]
    for segment, found in reading.words():
        for words in found:
            yield from _candidates_in(segment, words, function_words)


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
    if options.across_drafts:
        return DraftFacts(occurrences(doc))
    reading = _Reading(doc)
    keyed = [(candidate.key, candidate) for candidate in _candidates(reading)]
    by_key: dict[tuple[str, ...], list[_Candidate]] = defaultdict(list)
    for key, candidate in keyed:
        by_key[key].append(candidate)
    started = {key for key, found in by_key.items() if any(c.starts_group() for c in found)}
    lower = tuple(_lower_case_forms([reading], started))
    compared = _written_two_ways(started, by_key, lower, options.min_count)
    marked = tuple(candidate.occurrence(doc.path) for key, candidate in keyed if key in compared)
    facts = DraftFacts(marked, tuple(o for o in lower if _key(o) in compared))
    return DraftFacts(hits=tuple(_grouped_hits([doc], {doc.path: facts}, options)))


def _written_two_ways(started: set[tuple[str, ...]], marked: Mapping[tuple[str, ...], list[_Candidate]],
                      lower: Sequence[Occurrence], min_count: int) -> set[tuple[str, ...]]:
    """The terms some marked sequence starts that a draft uses ``min_count`` times in two forms or
    more: only they are grouped and judged (``_grouped_hits`` asks the same of the places that are
    running text)."""
    in_lower: dict[tuple[str, ...], list[Occurrence]] = defaultdict(list)
    for occurrence in lower:
        in_lower[_key(occurrence)].append(occurrence)
    compared = set()
    for key in started:
        forms = [c.form for c in marked[key]]
        if key in in_lower:  # "long-term plan" is found both ways: counted once
            places = {c.start for c in marked[key]}
            forms += [o.form for o in in_lower[key] if o.start not in places]
        if len(forms) >= min_count and len(set(forms)) >= 2:
            compared.add(key)
    return compared


# What joins the words of a term: one space or one hyphen. Anything else (punctuation, two spaces)
# ends the run of words a two- or three-word sequence is taken from.
_JOINERS = frozenset((" ", "-"))


def _candidates_in(segment: Segment, words: Words, function_words: frozenset[str]) -> list[_Candidate]:
    """The two- and three-word sequences of ``words`` (a piece of the segment's prose), within one
    run of words joined by single spaces or hyphens, that hold one of its capitals or hyphens."""
    prose = segment.prose
    flagged = _flagged(prose, words)
    out: list[_Candidate] = []
    if not flagged:
        return out
    texts, gaps, starts, ends, count = words.texts, words.gaps, words.starts, words.ends, len(words)
    lows = " ".join(texts).lower().split(" ")  # the words hold no space: one pass in C for all
    folded = _folded(texts, lows, flagged)
    joined = list(map(_JOINERS.__contains__, gaps))  # joined[k]: words k - 1 and k stand in one run
    read = -1  # the last flagged word read: the sequences that hold it were read with it
    for position in flagged:
        if (position == 0 or not joined[position]) and lows[position] in function_words:
            continue  # opens a run on "The", "We": no term starts here, and none before it in the run
        first = position  # the first word of a sequence here: in the run, after the word read last
        while first > position - 2 and first > read + 1 and joined[first]:
            first -= 1
        final = position  # the last word of a sequence here
        while final < position + 2 and final + 1 < count and joined[final + 1]:
            final += 1
        found = []
        for size in (2, 3):
            lowest, highest = position - size + 1, final - size + 1  # (conditionals: cheaper than max, min)
            for index in range(first if first > lowest else lowest, (position if position < highest else highest) + 1):
                last = index + size - 1
                if lows[index] in function_words or lows[last] in function_words:
                    continue  # a term neither starts nor ends on "the", "of", "to"
                if size == 2 and not (texts[index][0].isupper() or texts[last][0].isupper()):
                    continue  # hyphen and space are compared in three-word terms only
                found.append((starts[index], ends[last], index, last + 1))
        # A sentence's first capital says nothing about a term (a quotation's may): read only when
        # it decides, since most sentences open on a word no term starts with ("The", "We").
        if found and (position == 0 or not joined[position]) and not gaps[position + 1].startswith("-") \
                and _sentence_capital(prose, starts[position]):
            continue
        read = position
        out += [_Candidate(segment, start, prose[start:end], tuple(folded[head:stop]))
                for start, end, head, stop in found if not _in_title(prose, start, end)]
    return out


def _folded(texts: list[str], lows: list[str], flagged: list[int]) -> list[str]:
    """The words as ``_key_of`` folds them: in lower case, but a word of two characters or more
    without a lower-case letter ("US", "A1") as written. Such a word starts with a capital, so it is
    among the ``flagged``; read here once a piece, not per sequence (a pattern over each one's form
    and a split of it cost more)."""
    shouted = [i for i in flagged if _shouted(texts[i])]
    if not shouted:
        return lows
    folded = lows.copy()
    for index in shouted:
        folded[index] = texts[index]
    return folded


_HYPHEN_FIRST = operator.methodcaller("startswith", "-")


def _flagged(prose: str, words: Words) -> list[int]:
    """Indexes of the words that start with a capital or stand before a hyphen, in order."""
    flagged = words.capitalized()
    if "-" in prose:
        gaps = words.gaps
        hyphened = list(itertools.compress(range(-1, len(gaps) - 1), map(_HYPHEN_FIRST, gaps)))
        hyphened = hyphened[1:] if hyphened[:1] == [-1] else hyphened  # a hyphen before the first word
        if hyphened:
            flagged = sorted(set(flagged).union(hyphened))
    return flagged


def _informative(occurrence: Occurrence) -> bool:
    """Whether its capitals or hyphens say anything: not only a sentence's first capital."""
    if not occurrence.initial or any(w[0].isupper() for w in occurrence.words[1:]):
        return True
    return len(occurrence.words) == 3 and "-" in occurrence.separators


def _lower_case_forms(readings: Iterable[_Reading], keys: Iterable[tuple[str, ...]]) -> Iterator[Occurrence]:
    """Every all-lower-case occurrence of ``keys`` (word tuples), hyphen or space between words.

    A paragraph is read word by word only when it holds every word of some key, which the keys'
    words it holds tell; most paragraphs hold none. There the words are looked up as tuples, the
    longest key first at each word that starts one, and the keys found do not overlap.
    """
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in {key for key in keys if all(w.islower() for w in key)}:
        by_first[key[0]].append(key)
    if not by_first:
        return
    vocabulary = frozenset(word for key_list in by_first.values() for key in key_list for word in key)
    for reading in readings:
        for segment, found in reading.words():
            if segment.prose.isupper():
                continue
            for words in found:
                present = _present(words, by_first, vocabulary)
                if present:
                    yield from _key_occurrences(reading.doc.path, segment, words, present)


def _present(words: Words, by_first: Mapping[str, list[tuple[str, ...]]],
             vocabulary: frozenset[str]) -> set[tuple[str, ...]]:
    """The keys all of whose words ``words`` holds somewhere (``vocabulary``: every key's words)."""
    # The keys' words the piece holds, not a set of all its words: the few keys' words are looked
    # up as the piece's words stream by, in C (0.015 -> 0.005 s on the 1 MB planted corpus).
    held = vocabulary.intersection(words.texts)
    if not held:
        return set()
    return {key for first in by_first.keys() & held for key in by_first[first] if held.issuperset(key[1:])}


def _key_occurrences(path: str, segment: Segment, words: Words, keys: set[tuple[str, ...]]) -> Iterator[Occurrence]:
    """The occurrences of ``keys`` in ``words`` outside titles (see ``_key_spans``)."""
    for first, end in _key_spans(segment.prose, words, keys):
        start, stop = words.starts[first], words.ends[end - 1]
        if not _in_title(segment.prose, start, stop):
            yield Occurrence(path, segment.start + start, segment.start + stop, segment.prose[start:stop],
                             tuple(words.texts[first:end]), tuple(words.gaps[first + 1 : end]), opens_sentence(segment.prose, start))


def _key_spans(prose: str, words: Words, keys: set[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """Where ``words`` of ``prose`` write one of ``keys``, as word indexes (half-open): left to
    right, the longest key at each word, keys not overlapping."""
    firsts = {key[0] for key in keys}
    sizes = sorted({len(key) for key in keys}, reverse=True)
    taken = 0  # the word after the last key found
    # The words that start a key, selected in C: the piece holds keys, so it is read in full.
    for index in itertools.compress(itertools.count(), map(firsts.__contains__, words.texts)):
        if index < taken:
            continue
        size = next((n for n in sizes if _writes_key(prose, words, (index, index + n), keys)), 0)
        if size:
            taken = index + size
            yield index, taken


def _writes_key(prose: str, words: Words, span: tuple[int, int], keys: set[tuple[str, ...]]) -> bool:
    """Whether words ``span`` (indexes, half-open) write a key, as whole words joined by spaces or
    one hyphen."""
    first, end = span
    if end > len(words) or tuple(words.texts[first:end]) not in keys:
        return False
    if not _whole(prose, words.starts[first], words.ends[end - 1]):
        return False
    return all(gap in _HYPHENS or not gap.strip(_SPACES) for gap in words.gaps[first + 1 : end])


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


def _in_title(prose: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` names a title ("titled Open Markets", 《...》) or is part of a longer
    compound or a slug ("what-do-people-love-about-rust")."""
    before = prose[start - 1] if start else ""
    if before == "《" or before == "-" or prose[end : end + 1] == "-":
        return True  # a title's mark, or a longer compound or a slug
    # Every cue ends on "ed": a test in C before the pattern is run.
    cue = start - 12 if start > 12 else 0
    return before in _CUE_ENDS and "ed" in prose[cue:start].lower() and _TITLE_CUE.search(prose, cue, start) is not None


def _placed(occurrence: Occurrence, doc: Document, cache: dict[tuple[str, int], _Marks]) -> Occurrence:
    """The occurrence with ``free`` and ``quoted`` read from its segment's titles and quotations."""
    segment = doc.segment_at(occurrence.start)
    if segment is None:
        return occurrence
    marks = cache.get((doc.path, segment.start))
    if marks is None:
        marks = cache[(doc.path, segment.start)] = _Marks.of(segment.prose)
    start, end = occurrence.start - segment.start, occurrence.end - segment.start
    return occurrence._replace(free=start not in marks.titles, quoted=marks.quoted(start, end))


_QUOTATION = patterns.compile(r"“[^”\n]{1,200}”|\"[^\"\n]{1,200}\"")


def _quotations(prose: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTATION.finditer(prose)] if ('"' in prose or "“" in prose) else []


def _key(occurrence: Occurrence) -> tuple[str, ...]:
    """Words folded to lower case, except all-capital ones: "US" (the country) is not "us"."""
    return _key_of(occurrence.words)


@functools.lru_cache(maxsize=1 << 16)
def _key_of(words: tuple[str, ...]) -> tuple[str, ...]:
    # Cached: a draft writes most of its terms many times, and each is keyed when found.
    return tuple([w if _shouted(w) else w.lower() for w in words])


def _shouted(word: str) -> bool:
    """A word of two characters or more without a lower-case letter ("US", "A1"): keyed as written."""
    return len(word) > 1 and word.isupper()


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
        lower: Iterable[Occurrence] = _lower_case_forms((_Reading(doc, keep=False) for doc in documents), {words for _, words in groups})
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
