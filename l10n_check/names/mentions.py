"""Find the names a document mentions: capitalized sequences, romanized Chinese names, Han runs.

English capitalizes more than names, so a capitalized word counts as part of a name only when the
document gives no sign that it is an ordinary word:

- it never appears in lower case elsewhere in the document ("Top Three" is not a name when "top"
  and "three" occur in running text);
- it is not a title (CEO, President), which sits next to names without being part of them;
- at the start of a sentence or in a heading, where every word may be capitalized, it must also
  appear capitalized in the middle of some sentence of the document.

A romanized Chinese name (surname + one or two pinyin syllables, see ``chinese.surnames``) is
recognized inside a capitalized run first, so "Since Wang Xiaoming joined" yields "Wang Xiaoming". In
headings its words must not be ordinary words either: "Why He Ran" in a title is no name.
Han runs of two to four characters standing alone are mentions too, so a name written in
characters in one place and romanized in another can be matched.
"""

from __future__ import annotations

import functools
import weakref
from typing import Iterator, NamedTuple

import regex

from .. import patterns
from ..chinese.surnames import ChineseName, parse_name
from ..model import Document, Segment
from ..textutil import LATIN_LANGS, base_lang, split_blocks
from .roles import TITLE_WORDS

_WORD = r"\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*"
# Capitalized words separated by single spaces: the candidates for one name.
_RUN = patterns.compile(rf"(?<![\p{{L}}\p{{N}}_]){_WORD}(?:[ \u00a0]{_WORD})*", regex.V1)  # not inside "stringToProxy"
# Punctuation around a word in running text, stripped before asking whether it is lower case.
_PUNCTUATION = ".,;:!?\"'“”‘’()[]{}<>«»—–-…*_/"
_HAN_RUN = patterns.compile(r"(?<!\p{Han})\p{Han}{2,4}(?!\p{Han})", regex.V1)
_POSSESSIVE = ("'s", "’s")
# What makes the next word the first of a sentence, so capitalized by grammar.
_SENTENCE_OPENERS = frozenset(".!?:;\"“«(…—")
# Words that open sentences and headings without being names; the lower-case test of the document
# catches most, this list the short drafts where "Since" or "Later" never occur in lower case.
_OPENERS = frozenset(
    """a about above after again all also although always an and another any as at before both but by
    during each even every few finally first for from further furthermore he her here his how however
    i if in indeed instead into it its just later let many maybe meanwhile more moreover most much my
    never next no nor not now of often on once only or other our over perhaps please second several
    she since so some sometimes still such than that the their then there therefore these they third
    this those though thus to today under unless until we what when where whether which while who why
    with within without yesterday yet you your""".split()
)


class Mention(NamedTuple):
    """One place a name is written: offsets into ``Document.text`` and the words as written.

    A named tuple, not a data class: a draft of 1 MB holds about 8,000, and each crosses from a
    worker to the parent (or from the result cache) pickled, which a tuple makes and reads in C."""

    start: int
    end: int
    text: str
    words: tuple[str, ...]
    chinese: ChineseName | None = None
    han: bool = False
    heading: bool = False


class _Token(NamedTuple):  # a tuple: made for every capitalized word, so cheap to create
    start: int  # offsets inside the segment
    end: int
    word: str  # possessive 's removed
    initial: bool


_CACHE: "weakref.WeakKeyDictionary[Document, tuple[Mention, ...]]" = weakref.WeakKeyDictionary()


def mentions(doc: Document, options: object = None) -> tuple[Mention, ...]:
    """Every name mention of ``doc`` in text order; computed once per document.

    Only drafts in a Latin-script language have mentions: capitalization is what marks a name.
    """
    found = _CACHE.get(doc)
    if found is None:
        latin = base_lang(doc.target_lang) in LATIN_LANGS
        found = tuple(sorted(_find(doc), key=lambda m: (m.start, m.end))) if latin else ()
        _CACHE[doc] = found
    return found


# A name in inline code: one capitalized word in backticks ("`DingTalk`"), which masking blanks.
_CODE_NAME = patterns.compile(r"`(\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*)`", regex.V1)


def code_names(doc: Document) -> tuple[Mention, ...]:
    """Capitalized words written alone in inline code (`` `DingTalk` ``): not prose, so never
    reported, but evidence of how the draft renders a name elsewhere (a list of products in code)."""
    found = []
    for seg in doc.segments:
        if "`" in seg.raw and base_lang(doc.target_lang) in LATIN_LANGS:
            for match in _CODE_NAME.finditer(seg.raw):
                if not seg.prose[match.start(1) : match.end(1)].strip():  # masked: code, not prose
                    start, end = seg.start + match.start(1), seg.start + match.end(1)
                    found.append(Mention(start, end, match.group(1), (match.group(1),)))
    return tuple(found)


def parse_words(text: str) -> Mention:
    """A rendering written outside any document (in the names list) read as a mention would be."""
    words = tuple(text.split())
    if _HAN_RUN.fullmatch(text):
        return Mention(0, len(text), text, words, han=True)
    return Mention(0, len(text), text, words, parse_name(list(words)))


def _find(doc: Document) -> Iterator[Mention]:
    lower = _lower_case_words(doc)
    runs: list[tuple[Segment, list[_Token]]] = []
    midcap: set[str] = set()  # words capitalized in the middle of a sentence somewhere
    for seg in doc.segments:
        for run in _runs(seg.prose, lower):
            runs.append((seg, run))
            if seg.kind != "heading":
                midcap.update(t.word for t in run if not t.initial)
    cache: dict[tuple, _Spans] = {}
    for seg, run in runs:
        yield from _run_mentions(seg, run, (lower, midcap), cache)
    for seg in doc.segments:
        if not seg.prose.isascii():
            for match in _HAN_RUN.finditer(seg.prose):
                start, end = seg.start + match.start(), seg.start + match.end()
                yield Mention(start, end, match.group(), (match.group(),), han=True, heading=seg.kind == "heading")


def _lower_case_words(doc: Document) -> set[str]:
    """Every word the document writes in lower case (a set of distinct white-space tokens first)."""
    found = set()
    tokens: set[str] = set()
    for seg in doc.segments:
        for block in split_blocks(seg.prose):
            tokens.update(block)
    for token in tokens:
        word = token.strip(_PUNCTUATION)
        if word[:1].islower():
            found.add(word.casefold())
            if "'" in word or "’" in word:  # "user's" also counts for "user"
                found.add(word.replace("’", "'").split("'")[0].casefold())
    return found


def _runs(prose: str, lower: set[str]) -> Iterator[list[_Token]]:
    """Runs of capitalized words, split after a possessive; lone ordinary words skipped early."""
    for match in _RUN.finditer(prose):
        text = match.group()
        if " " not in text and "\u00a0" not in text and _ordinary(text, lower):
            continue  # the common case: "The", "I", "In" opening a sentence
        run: list[_Token] = []
        position = match.start()
        # A run is words joined by single spaces (see ``_RUN``): splitting on them finds its words.
        for word in text.replace("\u00a0", " ").split(" "):
            start, position = position, position + len(word) + 1
            possessive = word.endswith(_POSSESSIVE)
            if possessive:
                word = word[:-2]
            run.append(_Token(start, start + len(word), word, not run and _is_initial(prose, start)))
            if possessive:
                yield run
                run = []
        if run:
            yield run


def _ordinary(word: str, lower: set[str]) -> bool:
    folded = word.casefold()
    if len(folded) < 2:
        return True
    if folded in lower or folded in TITLE_WORDS:
        # "HertzBeat", "GitHub": a capital inside is a name's, even if the draft also writes "hertzbeat"
        return not (len(folded) > 2 and word[1:] != word[1:].lower() and not word.isupper())
    return False


def _is_initial(prose: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (or the segment)."""
    index = start - 1
    while index >= 0 and prose[index] in " \t'‘\"“":
        if prose[index] in "\"“":
            return True
        index -= 1
    return index < 0 or prose[index] in _SENTENCE_OPENERS


_Spans = tuple[tuple[int, int, "ChineseName | None"], ...]


def _run_mentions(seg: Segment, run: list[_Token], known: tuple[set[str], set[str]], cache: dict[tuple, _Spans]) -> Iterator[Mention]:
    """The mentions of one run of capitalized words. Which words form a name depends only on the
    words, which of them opens a sentence and where the run stands, so a name written again (most
    names are) is decided once per draft (``cache``)."""
    heading = seg.kind == "heading"
    key = (heading, tuple((t.word, t.initial) for t in run))
    spans = cache.get(key)
    if spans is None:
        spans = cache[key] = tuple(_spans(run, heading, *known))
    for first, last, name in spans:
        yield _mention(seg, run[first:last], name)


def _spans(run: list[_Token], heading: bool, lower: set[str], midcap: set[str]) -> Iterator[tuple[int, int, ChineseName | None]]:
    """``(first, end, chinese name or None)`` of each mention in ``run``, as token indexes."""
    generic = -1  # where the pending run of name words starts
    index = 0
    while index < len(run):
        name, size = _chinese_at(run, index, lower if heading else None)
        if name is not None:
            if generic >= 0:
                yield generic, index, None
            generic = -1
            yield index, index + size, name
            index += size
            continue
        following = run[index + 1] if index + 1 < len(run) else None
        if _is_name_word(run[index], following, heading, lower, midcap):
            generic = index if generic < 0 else generic
        elif generic >= 0:
            yield generic, index, None
            generic = -1
        index += 1
    if generic >= 0:
        yield generic, len(run), None


def _chinese_at(run: list[_Token], index: int, lower: set[str] | None) -> tuple[ChineseName | None, int]:
    """The longest romanized Chinese name starting at ``run[index]``, and its number of words."""
    for size in range(min(3, len(run) - index), 1, -1):
        words = tuple(t.word for t in run[index : index + size])
        if lower is not None and any(w.casefold() in lower for w in words):
            continue
        name = _parse_name(words)
        if name is not None:
            return name, size
    return None, 0


@functools.lru_cache(maxsize=8192)
def _parse_name(words: tuple[str, ...]) -> ChineseName | None:
    return parse_name(words)


# "I'm", "We've", "I’d": a pronoun with a verb, never a name (and "I'd" is no "ID").
_CONTRACTION = patterns.compile(r"['’](?:m|d|ve|ll|re|t)$", regex.I)


def _is_name_word(token: _Token, following: _Token | None, heading: bool, lower: set[str], midcap: set[str]) -> bool:
    """Whether a capitalized word is part of a name (see the module docstring)."""
    if _ordinary(token.word, lower) or (("'" in token.word or "’" in token.word) and _CONTRACTION.search(token.word)):
        return False  # single letters too: the pronoun I, X the network, U card
    folded = token.word.casefold()
    if token.word in midcap or not (token.initial or heading):
        return True
    # Capitalized by position: a name only when it is no opener and starts a longer name.
    return folded not in _OPENERS and following is not None and _is_name_word(following, None, heading, lower, midcap)


def _mention(seg: Segment, tokens: list[_Token], chinese: ChineseName | None) -> Mention:
    start, end = tokens[0].start, tokens[-1].end
    return Mention(
        seg.start + start,
        seg.start + end,
        seg.raw[start:end],
        tuple(t.word for t in tokens),
        chinese,
        heading=seg.kind == "heading",
    )
