"""One combined matcher for many phrases: a character trie compiled into a single regular expression.

Glossaries, calque lists and benchmarks ask the same question: where in this text does any of several
thousand phrases occur? A regex per phrase in a loop costs one pass over the text per phrase; this
builds one pattern whose alternatives share prefixes (``market|marketing`` → ``market(?:ing)?``), so
the text is scanned once whatever the number of phrases.

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

import re
from dataclasses import dataclass
from typing import Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")

# Characters that separate the words of a phrase; all of them (and nothing) match each other.
SEPARATORS = " -\u2010\u2011\u00a0\t"
_SEP_PATTERN = r"(?:[ \t\u00a0]+|[-\u2010\u2011]|)"
_SUFFIX = r"(?P<sfx>['\u2019]s|s['\u2019]|es|s)?"
_END = "\0"  # a trie key no phrase contains


def phrase_key(text: str) -> str:
    """The form under which a phrase is filed: lower case, separators removed."""
    return "".join(ch for ch in text.lower() if ch not in SEPARATORS)


def _variants(phrase: str) -> list[str]:
    """The phrase and, when its last word ends in consonant + y, that word's -ies plural."""
    low = " ".join(phrase.lower().replace("-", " ").replace("\u2010", " ").replace("\u2011", " ").split())
    forms = [low]
    if len(low) > 2 and low.endswith("y") and low[-2] not in "aeiou" and low[-2].isalpha():
        forms.append(low[:-1] + "ies")
    return forms


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
        self.word_boundaries = word_boundaries
        by_key: dict[str, list[T]] = {}
        trie: dict = {}
        for phrase, payload in phrases:
            if not phrase.strip():
                continue
            for form in _variants(phrase) if word_boundaries else [phrase.lower()]:
                by_key.setdefault(phrase_key(form), []).append(payload)
                node = trie
                for ch in form:
                    node = node.setdefault(ch, {})
                node[_END] = {}
        self._payloads = {key: tuple(values) for key, values in by_key.items()}
        self._pattern = re.compile(self._wrap(_trie_pattern(trie, word_boundaries))) if trie else None
        self._pattern_i: re.Pattern[str] | None = None

    def __len__(self) -> int:
        return len(self._payloads)

    def _wrap(self, body: str) -> str:
        if not self.word_boundaries:
            return f"(?:{body})"
        # No word character, and no word character + hyphen, may touch the match on either side.
        return rf"(?<!\w)(?<!\w-)(?:{body}){_SUFFIX}(?!\w)(?!-\w)"

    def finditer(self, text: str) -> Iterator[Match[T]]:
        """Every non-overlapping occurrence, left to right, longest first at each place."""
        if self._pattern is None:
            return
        lowered = text.lower()
        if len(lowered) == len(text):  # lower-casing kept offsets: match the fast, case-free way
            pattern, haystack = self._pattern, lowered
        else:  # a rare character (İ) changes length when lower-cased: fall back to IGNORECASE
            if self._pattern_i is None:
                self._pattern_i = re.compile(self._pattern.pattern, re.IGNORECASE)
            pattern, haystack = self._pattern_i, text
        for match in pattern.finditer(haystack):
            suffix = (match.group("sfx") or "") if self.word_boundaries else ""
            end_core = match.end() - len(suffix)
            core = text[match.start():end_core]
            payloads = self._payloads.get(phrase_key(core))
            if payloads is None and suffix:  # "business" + "es": the suffix was part of the word
                core, suffix, payloads = text[match.start():match.end()], "", self._payloads.get(phrase_key(text[match.start():match.end()]))
            if payloads is None:
                continue
            yield Match(match.start(), match.end(), core, suffix, payloads)


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
