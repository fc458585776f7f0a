"""One combined matcher for many phrases: a character trie, walked or compiled into one regular expression.

Glossaries, calque lists and benchmarks ask the same question: where in this text does any of several
thousand phrases occur? A regex per phrase in a loop costs one pass over the text per phrase; this
files the phrases in one trie whose branches share prefixes (``market|marketing`` →
``market(?:ing)?``), so the text is scanned once whatever the number of phrases.

The trie is the specification of a regular expression (``pattern_source``), but compiling it costs
about 0.4 s for the calque list's 4,000 phrases, more than a small draft takes to check. So a small
pattern of the phrases' first characters finds the places a phrase can start, and the trie is walked
from there in the order the regex would try it (``_walk``): the same matches, no start-up cost. After
``COMPILE_AFTER`` characters the regex is compiled after all, as it scans about twice as fast.

Matching rules, the same for every user:
- whole words only: no letter or digit (or word-hyphen) may touch the match on either side;
- case-insensitive; callers that need case look at the matched text (``Match.core``);
- a space or hyphen inside a phrase also matches the other and the joined form (``e-mail`` finds
  ``e mail`` and ``email``; ``Chinese-speaking`` finds ``Chinese speaking``);
- the last word may carry a plural or possessive ending: ``-s``, ``-es``, ``'s``, ``s'`` and, for a
  word ending in consonant + y, ``-ies``.
At one place the longest phrase wins, so an approved ``Chinese-speaking market`` shadows a forbidden
``market``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Generic, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")

# Characters that separate the words of a phrase; all of them (and nothing) match each other.
SEPARATORS = " -\u2010\u2011\u00a0\t"
_SEP_PATTERN = r"(?:[ \t\u00a0]+|[-\u2010\u2011]|)"
_SUFFIX = r"(?P<sfx>['\u2019]s|s['\u2019]|es|s)?"
_END = "\0"  # a trie key no phrase contains
COMPILE_AFTER = 4_000_000  # characters a matcher scans by walking its trie before it compiles its regex


_DROP_SEPARATORS = str.maketrans("", "", SEPARATORS)


def phrase_key(text: str) -> str:
    """The form under which a phrase is filed: lower case, separators removed."""
    return text.lower().translate(_DROP_SEPARATORS)


def _variants(phrase: str) -> list[str]:
    """The phrase and, when its last word ends in consonant + y, that word's -ies plural."""
    low = " ".join(phrase.lower().replace("-", " ").replace("\u2010", " ").replace("\u2011", " ").split())
    forms = [low]
    if len(low) > 2 and low.endswith("y") and low[-2] not in "aeiou" and low[-2].isalpha():
        forms.append(low[:-1] + "ies")
    return forms


# The phrases of a matcher filed for matching, in plain values that ``marshal`` can keep: whether
# they are words, each key's phrase numbers (``phrase_key`` → positions in the list of phrases),
# the trie, the forms filed, and the source of the pattern of places a phrase can start.
PhraseIndex = tuple  # (bool, dict[str, list[int]], _Node, list[str], str | None)


def phrase_index(phrases: Sequence[str], word_boundaries: bool = True) -> PhraseIndex:
    """``phrases`` filed for ``PhraseMatcher.from_index``."""
    by_key: dict[str, list[int]] = {}
    forms: dict[str, None] = {}
    for number, phrase in enumerate(phrases):
        if not phrase.strip():
            continue
        for form in _variants(phrase) if word_boundaries else [phrase.lower()]:
            by_key.setdefault(phrase_key(form), []).append(number)
            forms[form] = None
    start = _start_source(forms, word_boundaries, SHORT_HEAD)
    return word_boundaries, by_key, _build(forms, word_boundaries), list(forms), start


@dataclass(frozen=True)
class Match(Generic[T]):
    """One occurrence: ``[start, end)`` in the text, ``core`` without its plural/possessive ending."""

    start: int
    end: int
    core: str
    suffix: str
    payloads: tuple[T, ...]


class PhraseMatcher(Generic[T]):
    """Find many phrases in one pass. Each phrase carries payloads returned with its matches.

    ``word_boundaries`` False is for scripts written without spaces (a Chinese source text): phrases
    then match anywhere and take no plural endings.
    """

    def __init__(self, phrases: Iterable[tuple[str, T]], word_boundaries: bool = True) -> None:
        listed = list(phrases)
        self._use(phrase_index([phrase for phrase, _ in listed], word_boundaries), [payload for _, payload in listed])

    @classmethod
    def from_index(cls, index: PhraseIndex, payloads: Sequence[T]) -> PhraseMatcher[T]:
        """The matcher of the phrases ``index`` files (``phrase_index``), ``payloads[n]`` the payload
        of the n-th: an index kept from an earlier run is not built again, and ``payloads`` is read
        only for the phrases found."""
        matcher = cls.__new__(cls)
        matcher._use(index, payloads)
        return matcher

    def _use(self, index: PhraseIndex, payloads: Sequence[T]) -> None:
        self.word_boundaries, self._keys, self._trie, forms, start = index
        self._payloads = payloads
        self._forms = tuple(forms)
        self._starts = re.compile(start) if start is not None else None
        self._head = SHORT_HEAD
        self._pattern: re.Pattern[str] | None = None
        self._pattern_i: re.Pattern[str] | None = None
        self._scanned = 0
        self._alphabet: list[str] | None = None
        self._folds: dict[str, str] = {}  # a text character → the phrase character it matches ignoring case

    def __len__(self) -> int:
        return len(self._keys)

    def payloads(self, phrase: str) -> tuple[T, ...] | None:
        """The payloads of the phrases filed under ``phrase``'s key (None when there are none)."""
        numbers = self._keys.get(phrase_key(phrase))
        return tuple(self._payloads[number] for number in numbers) if numbers is not None else None

    def _wrap(self, body: str) -> str:
        if not self.word_boundaries:
            return f"(?:{body})"
        # No word character, and no word character + hyphen, may touch the match on either side.
        return rf"(?<!\w)(?<!\w-)(?:{body}){_SUFFIX}(?!\w)(?!-\w)"

    def finditer(self, text: str) -> Iterator[Match[T]]:
        """Every non-overlapping occurrence, left to right, longest first at each place."""
        if self._starts is None:
            return
        lowered = text.lower()
        spans = self._spans(lowered) if len(lowered) == len(text) else self._ignoring_case(text)
        if spans is None:  # no phrase can start anywhere in the text: most paragraphs
            return
        for start, end, suffix in spans:
            if len(lowered) != len(text):
                suffix = text[end - len(suffix) : end]  # as the case-insensitive regex reports it
            end_core = end - len(suffix)
            core = text[start:end_core]
            payloads = self.payloads(core)
            if payloads is None and suffix:  # "business" + "es": the suffix was part of the word
                core, suffix, payloads = text[start:end], "", self.payloads(text[start:end])
            if payloads is None:
                continue
            yield Match(start, end, core, suffix, payloads)

    def _spans(self, lowered: str) -> Iterator[tuple[int, int, str]] | None:
        """Matches in lower-cased text (None when no phrase can start in it): by walking the trie,
        until this process has scanned ``COMPILE_AFTER`` characters with it; from then on by the
        compiled regex, which scans faster once its cost of compiling (about 0.4 s for 4,000
        phrases) is spread over many megabytes."""
        self._scanned += len(lowered)
        if self._head != HEAD and self._scanned > LONG_HEAD_AFTER:
            self._starts, self._head = _start_pattern(self._forms, self.word_boundaries, HEAD), HEAD
        if self._pattern is None and self._scanned > COMPILE_AFTER:
            self._pattern = re.compile(self.pattern_source())
        if self._pattern is None:
            first = self._starts.search(lowered)
            return _walk(self, lowered, first.start()) if first is not None else None
        return ((m.start(), m.end(), (m.group("sfx") or "") if self.word_boundaries else "") for m in self._pattern.finditer(lowered))

    def _ignoring_case(self, text: str) -> Iterator[tuple[int, int, str]] | None:
        """Matches in a text whose lower-casing changes its length (it holds İ), as the trie's regex
        finds them with ``re.IGNORECASE``: the text is folded character by character onto the
        phrases' characters, each character onto the one it matches case-insensitively (İ onto i,
        ſ onto s), and walked. Should a character match two of the phrases' characters (i and ı
        both in phrases), the regex is compiled instead."""
        folded = self._fold(text)
        return self._spans(folded) if folded is not None else self._regex_spans(text)

    def _fold(self, text: str) -> str | None:
        if self._alphabet is None:
            self._alphabet = sorted(_characters(self._trie) | set(_SUFFIX_CHARACTERS))
        for char in set(text) - self._folds.keys():
            same = [t for t in self._alphabet if re.fullmatch(re.escape(t), char, re.IGNORECASE)]
            self._folds[char] = same[0] if len(same) == 1 else char if not same else ""
        if any(not self._folds[char] for char in set(text)):
            return None
        return "".join(self._folds[char] for char in text)

    def _regex_spans(self, text: str) -> Iterator[tuple[int, int, str]]:
        """The trie as one case-insensitive regular expression (what ``_walk`` does without compiling
        it): compiled only for a text ``_fold`` cannot fold, since compiling thousands of phrases
        costs about 0.4 s."""
        if self._pattern_i is None:
            self._pattern_i = re.compile(self.pattern_source(), re.IGNORECASE)
        for match in self._pattern_i.finditer(text):
            suffix = (match.group("sfx") or "") if self.word_boundaries else ""
            yield match.start(), match.end(), suffix

    def pattern_source(self) -> str:
        """The matcher as the source of one regular expression (what ``_walk`` does without compiling it)."""
        return self._wrap(_trie_pattern(_thaw(self._trie), self.word_boundaries))


# A trie node: the children by character, the child under a separator (a space in a word phrase;
# None when there is none or phrases are not words), whether a phrase ends here, and the run of
# characters every phrase through the node reads before any of that ("" for none). Runs where the
# phrases do not branch are one string, not a node per character: the calque list's 2,400 forms
# make 5,000 nodes instead of 22,000, built in a third of the time, and a walk reads such a run with
# one ``startswith``.
_Node = list  # [dict[str, _Node], _Node | None, bool, str]
_SPACES = " \t\u00a0"
_HYPHENS = "-\u2010\u2011"
_SUFFIXES = ("'s", "\u2019s", "s'", "s\u2019", "es", "s")  # in the regex's order: ['’]s|s['’]|es|s


def _build(forms: Iterable[str], words: bool) -> _Node:
    """The trie of ``forms``, its separators apart from its characters so that a walk looks a
    character up and tries the separator first, as the regex does (a space sorts before letters)."""
    ordered = sorted(set(forms))
    return _node(ordered, (0, len(ordered)), 0, words) if ordered else [{}, None, False, ""]


def _node(forms: list[str], span: tuple[int, int], depth: int, words: bool) -> _Node:
    """The node of the sorted ``forms[lo:hi]``, which share their first ``depth`` characters: their
    common run, then one child per next character, each child the range of forms that read it."""
    lo, hi = span
    first = forms[lo]
    run = first[depth:] if hi - lo == 1 else _shared(first, forms[hi - 1], depth)
    if words:
        run = run.partition(" ")[0]
    depth += len(run)
    ends = len(first) == depth  # sorted: the form that ends here comes first
    literal: dict[str, _Node] = {}
    separator = None
    lo += ends
    while lo < hi:
        ch = forms[lo][depth]
        end = hi if ch == "\U0010ffff" else bisect.bisect_left(forms, forms[lo][:depth] + chr(ord(ch) + 1), lo, hi)
        child = _node(forms, (lo, end), depth + 1, words)
        if words and ch == " ":
            separator = child
        else:
            literal[ch] = child
        lo = end
    return [literal, separator, ends, run]


def _shared(first: str, last: str, depth: int) -> str:
    """What two strings share after their first ``depth`` characters: the first and the last of
    sorted strings share what all of them between share."""
    end, stop = depth, min(len(first), len(last))
    while end < stop and first[end] == last[end]:
        end += 1
    return first[depth:end]


def _thaw(node: _Node) -> dict:
    """The trie as the dict ``_trie_pattern`` reads: character (a space for a separator) → child,
    a node a character."""
    literal, separator, ends, run = node
    trie: dict = {ch: _thaw(child) for ch, child in literal.items()}
    if separator is not None:
        trie[" "] = _thaw(separator)
    if ends:
        trie[_END] = {}
    for ch in reversed(run):
        trie = {ch: trie}
    return trie


# Characters (separators not counted) a place must share with the start of some phrase before the
# trie is walked from it. Six let the regex engine reject nearly every place in C (15,000 places a
# MB of prose are left to walk against 45,000 with four), but compiling six characters of 4,000
# phrases takes 0.07 s; two compile in milliseconds and leave the walk about 0.3 s per MB more to
# reject. So a matcher starts with two and compiles six once it has scanned ``LONG_HEAD_AFTER``
# characters, where the two costs meet. Either finds the same matches: the start pattern only says
# where the walk, which decides, is worth trying.
HEAD = 6
SHORT_HEAD = 2
LONG_HEAD_AFTER = 256 * 1024


_SUFFIX_CHARACTERS = "'\u2019es"


def _characters(node: _Node) -> set[str]:
    """Every character of the phrases under ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        literal, separator, _, run = stack.pop()
        found.update(literal)
        found.update(run)
        stack.extend(literal.values())
        if separator is not None:
            stack.append(separator)
    return found


def _start_pattern(forms: Iterable[str], words: bool, head: int = HEAD) -> re.Pattern[str] | None:
    """``_start_source`` compiled."""
    source = _start_source(forms, words, head)
    return re.compile(source) if source is not None else None


def _start_source(forms: Iterable[str], words: bool, head: int = HEAD) -> str | None:
    """A small pattern for the places a phrase can start: the first ``head`` characters of some
    phrase, separators between them matching as they do in the whole pattern, not touched by a word
    character (or word character + hyphen) when phrases are whole words. It compiles in milliseconds
    where the whole trie takes a second, and lets the text be scanned in C up to the next place
    worth walking the trie from."""
    heads: dict = {}
    for form in forms:
        node, letters = heads, 0
        for ch in form:
            if letters == head:
                break
            node = node.setdefault(ch, {})
            letters += not (words and ch == " ")
        node[_END] = {}
    if not heads:
        return None
    # The class of first characters comes first: the regex engine then skips in C to the next
    # character that can start a phrase (Han text, digits, punctuation) before trying the rest.
    firsts = "[" + "".join(re.escape(ch) for ch in sorted(heads)) + "]"
    body = f"(?={_trie_pattern(heads, words)})"
    if not words:
        return f"(?={firsts}){body}"
    if all(_is_word(ch, 0) for ch in heads):
        # Before a word character, "no word character before" is a word boundary, which the
        # engine tests at each place faster than a look-behind: 0.075 -> 0.057 s a MB of prose
        # with six characters, 0.110 -> 0.084 s with two.
        return rf"\b(?={firsts})(?<!\w-){body}"
    return rf"(?={firsts})(?<!\w)(?<!\w-){body}"


def _is_word(text: str, index: int) -> bool:
    """Whether ``text[index]`` exists and is a word character as ``re``'s ``\\w`` sees one."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _first(node: _Node, text: str, pos: int, accept: Callable[[str, int], "_Span | None"]) -> "_Span | None":
    """The end of the first match of a phrase under ``node`` read from ``pos`` (None for none), trying
    the places a phrase can end in the order the regex of ``_trie_pattern`` tries them: alternatives
    by character (a separator, a space, sorts before the letters: it matches a run of spaces, a hyphen
    or nothing), the phrase ending here last; ``accept`` says where a match ending there ends, or None."""
    literal, separator, ends, run = node
    while True:  # one way on: read the runs and follow the letters without recursing
        if run:
            if not text.startswith(run, pos):
                return None
            pos += len(run)
        if separator is not None or ends:
            break
        child = literal.get(text[pos]) if pos < len(text) else None
        if child is None:
            return None
        literal, separator, ends, run = node = child
        pos += 1
    here = text[pos] if pos < len(text) else ""
    child = literal.get(here) if here else None
    if child is not None and here < " ":  # a control character sorts before the separator
        found = _first(child, text, pos + 1, accept)
        if found is not None:
            return found
        child = None
    if separator is not None:
        found = _separated(separator, text, pos, accept)
        if found is not None:
            return found
    if child is not None:
        found = _first(child, text, pos + 1, accept)
        if found is not None:
            return found
    return accept(text, pos) if ends else None


def _separated(node: _Node, text: str, pos: int, accept: Callable[[str, int], "_Span | None"]) -> "_Span | None":
    """``_first`` of ``node`` after a separator read at ``pos``: ``(?:[ \t\u00a0]+|[-\u2010\u2011]|)``."""
    run = pos
    while run < len(text) and text[run] in _SPACES:
        run += 1
    for stop in range(run, pos, -1):  # greedy +: the longest run of spaces first
        found = _first(node, text, stop, accept)
        if found is not None:
            return found
    if pos < len(text) and text[pos] in _HYPHENS:
        found = _first(node, text, pos + 1, accept)
        if found is not None:
            return found
    return _first(node, text, pos, accept)


_Span = tuple[int, str]  # where a match ends, and the plural or possessive ending it took


def _anywhere(text: str, end: int) -> _Span:
    """A phrase of a script without spaces ends where it ends."""
    return end, ""


def _whole_word(text: str, end: int) -> _Span | None:
    """Where a word phrase ending at ``end`` ends with its plural or possessive ending, None when a word
    character (or hyphen + word character) touches it: ``{_SUFFIX}(?!\\w)(?!-\\w)``."""
    for suffix in _SUFFIXES:
        if text.startswith(suffix, end) and _free(text, end + len(suffix)):
            return end + len(suffix), suffix
    return (end, "") if _free(text, end) else None


def _free(text: str, end: int) -> bool:
    """No word character, nor a hyphen and a word character, at ``end``."""
    return not _is_word(text, end) and not (text.startswith("-", end) and _is_word(text, end + 1))


def _walk(matcher: "PhraseMatcher", text: str, first: int = 0) -> Iterator[tuple[int, int, str]]:
    """``(start, end, suffix)`` of each match in ``text`` (lower-cased), exactly as ``re.finditer``
    over ``pattern_source()`` finds them, without compiling it; no phrase starts before ``first``."""
    position, accept = 0, _whole_word if matcher.word_boundaries else _anywhere
    for candidate in matcher._starts.finditer(text, first):
        start = candidate.start()
        if start < position:
            continue
        found = _first(matcher._trie, text, start, accept)
        if found is not None:
            yield start, found[0], found[1]
            position = found[0]


def _trie_pattern(node: dict, words: bool) -> str:
    """A regex for the phrases under ``node``; separators (spaces) become ``_SEP_PATTERN``."""
    alternatives = []
    ends_here = _END in node
    for ch in sorted(k for k in node if k != _END):
        piece = _SEP_PATTERN if (words and ch == " ") else re.escape(ch)
        rest = _trie_pattern(node[ch], words)
        alternatives.append(piece + rest)
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    # Greedy optional: the longer phrase is tried first, the shorter one on backtracking.
    return f"(?:{body})?" if ends_here else body
