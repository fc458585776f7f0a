"""Generators of pathological drafts: the inputs that make text tools quadratic or make them crash.

Each generator turns a size in bytes into a draft of about that size, with the suffix that decides
how it is read. The fuzz tests write them into a ``pathological/`` folder they create and scan it
through the whole pipeline; ``benchmarks/bench_pathological.py`` times each at growing sizes and
prints seconds per MB, so that anything slower than linear shows.

Generators marked ``masking`` aim at the masking of ``readers/text.py`` (links, brackets, inline
code, HTML, e-mail addresses). Every generator should run in time linear in its size: ``benchmarks/bench_pathological.py``
prints the growth exponent between 16 KB and 256 KB, and ``tests/test_linear_time.py`` counts the
work the checks do on each generator not aimed at the masking with ``CountingText``, so that a
quadratic change fails a test on any machine.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from typing import Callable

from l10n_check.model import Document


@dataclass(frozen=True)
class Generator:
    """A pathological draft: ``make(size)`` gives its text, ``suffix`` how it is read."""

    name: str
    suffix: str
    make: Callable[[int], str]
    masking: bool = False  # aimed at the Markdown masking (see the module docs)


def _repeat(unit: str, size: int, tail: str = "") -> str:
    """``unit`` repeated to about ``size`` UTF-8 bytes, then ``tail``."""
    return unit * max(1, size // max(1, len(unit.encode("utf-8")))) + tail


def _halves(first: str, second: str) -> Callable[[int], str]:
    """``first`` repeated over half the size, then ``second`` over the other half: openers that wait
    for closers of another kind."""
    return lambda size: _repeat(first, size // 2) + _repeat(second, size // 2, "\n")


def _numbered(template: str) -> Callable[[int], str]:
    """``template`` with a growing number in it, to about ``size`` bytes: a draft where no two words
    are the same, so that nothing remembered helps."""
    def make(size: int) -> str:
        parts, total, number = [], 0, 0
        while total < size:
            parts.append(template.format(number))
            total += len(parts[-1].encode("utf-8"))
            number += 1
        return "".join(parts) + "\n"
    return make


def _random_markdown(size: int) -> str:
    """Markdown constructs nested at random, always from the same seed, so that a larger draft
    begins with a smaller one and sizes compare like with like: quotes in lists in emphasis in links..."""
    rng = random.Random(0)
    openers = ["> ", "- ", "1. ", "*", "**", "_", "`", "[", "](", "<b>", "<!--", "(", '"', "“", "# ", "    ", "```"]
    closers = ["*", "**", "_", "`", "]", ")", "</b>", "-->", '"', "”", "\n", "\n\n"]
    words = ["word", "中文", "a好", "Xie Jiayin", "https://x.y/中", "a@b.co", "&amp;", "\u200b", "Mr.", "BD"]
    parts, total = [], 0
    while total < size:
        piece = rng.choice(openers) * rng.randint(1, 6) + rng.choice(words) + rng.choice(closers) * rng.randint(0, 3)
        parts.append(piece + " ")
        total += len(piece.encode("utf-8")) + 1
    return "".join(parts)


GENERATORS: tuple[Generator, ...] = (
    # One long paragraph: every finding's context, the sentence splitter, per-paragraph checks.
    Generator("paragraph-of-findings", ".txt", lambda n: _repeat("Some words a好 here, and more words. ", n, "\n")),
    Generator("one-endless-sentence", ".txt", lambda n: _repeat("word ", n, "\n")),
    Generator("abbreviations", ".txt", lambda n: _repeat("Mr. ", n, "\n")),
    Generator("many-short-lines", ".txt", lambda n: _repeat("Hi.\n", n)),
    Generator("one-chinese-run", ".txt", lambda n: "An English start " + _repeat("中", n, " end.\n")),
    Generator("alternating-scripts", ".txt", lambda n: _repeat("a中", n, "\n")),
    Generator("one-long-word", ".txt", lambda n: _repeat("a", n, "\n")),
    Generator("names-everywhere", ".txt", lambda n: _repeat("Xie Jiayin met Jiayin Xie and Hsieh Chia-yin. ", n, "\n")),
    Generator("capitals", ".txt", lambda n: _repeat("Word ", n, "\n")),
    Generator("repeated-words", ".txt", lambda n: _repeat("the ", n, "\n")),
    Generator("acronyms", ".txt", lambda n: _repeat("BD ", n, "\n")),
    Generator("numbers", ".txt", lambda n: _repeat("1,", n, "\n")),
    Generator("mojibake", ".txt", lambda n: _repeat("cafÃ© ", n, "\n")),
    Generator("entities", ".txt", lambda n: _repeat("&amp;nbsp;", n, "\n")),
    Generator("open-brackets", ".txt", lambda n: _repeat("(", n, "\n")),
    Generator("open-quotes", ".txt", lambda n: _repeat("“", n, "\n")),
    Generator("straight-quotes", ".txt", lambda n: _repeat("'\"", n, "\n")),
    Generator("hidden-characters", ".txt", lambda n: _repeat("a\u200b\u202e", n, "\n")),
    Generator("fullwidth", ".txt", lambda n: _repeat("，", n, "\n")),
    Generator("at-signs", ".txt", lambda n: _repeat("a@", n, "\n"), masking=True),
    Generator("url-starts", ".txt", lambda n: _repeat("http://", n, "\n")),
    Generator("markdown-quotes-deep", ".md", lambda n: _repeat("> ", n, "text\n")),
    Generator("markdown-list-deep", ".md", lambda n: "".join("  " * (i % 200) + "- item\n" for i in range(max(1, n // 200)))),
    Generator("markdown-emphasis", ".md", lambda n: _repeat("*", n, "a\n")),
    Generator("markdown-emphasis-words", ".md", lambda n: _repeat("**a ", n, "\n")),
    Generator("markdown-fences", ".md", lambda n: _repeat("```\n", n)),
    Generator("markdown-headings", ".md", lambda n: _repeat("# A\n", n)),
    # Aimed at the masking of links, brackets, inline code and HTML.
    Generator("markdown-brackets", ".md", lambda n: _repeat("[", n, "x]("), masking=True),
    Generator("markdown-link-starts", ".md", lambda n: _repeat("[a](", n, "\n"), masking=True),
    Generator("markdown-backticks", ".md", lambda n: _repeat("`", n, "a\n"), masking=True),
    Generator("markdown-backtick-pairs", ".md", lambda n: _repeat("``a", n, "\n"), masking=True),
    Generator("markdown-tags", ".md", lambda n: _repeat("<a ", n, "\n"), masking=True),
    Generator("markdown-comments", ".md", lambda n: _repeat("<!--", n, "\n"), masking=True),
    Generator("markdown-nested-random", ".md", _random_markdown, masking=True),
    # Aimed at checks that looked back over the whole paragraph once per match, or once per word.
    Generator("capitalised-doubles", ".txt", lambda n: _repeat("The ", n, "\n")),
    Generator("one-garbled-word", ".txt", lambda n: _repeat("cafÃ©", n, "\n")),
    Generator("garbled-no-break-spaces", ".txt", lambda n: _repeat("Ã\u00a0\u00a0", n, "\n")),
    Generator("names-with-chinese", ".txt", lambda n: _repeat("Fanruan 帆软, ", n, "\n")),
    Generator("chinese-between-words", ".txt", lambda n: _repeat("word 中 ", n, "\n")),
    Generator("glued-chinese", ".txt", lambda n: _repeat("ab中", n, "\n")),
    Generator("asides", ".txt", lambda n: _repeat("word(two words here) ", n, "\n")),
    Generator("closers-after-an-aside", ".txt", _halves("(", ")ab ")),
    Generator("brackets-then-list-markers", ".txt", _halves("[ ", " a)")),
    Generator("underscores-then-asterisks", ".txt", _halves("_a ", "a* ")),
    Generator("bidi-marks", ".txt", lambda n: "א " + _repeat("a\u200e", n, "\n")),
    Generator("joined-words", ".txt", _numbered("ourpartner{0} thecompany{0} ")),
    Generator("code-possessives", ".md", _numbered("`Name{0}`s plan ")),
    Generator("broken-links", ".md", _halves("[", "a](b c ")),
    # A long run of spaces not followed by a mark: a pre-test with " +," read the run from each space.
    Generator("spaces-without-a-mark", ".txt", lambda n: "word" + " " * n + "x\n"),
)

GENERATORS_BY_NAME = {generator.name: generator for generator in GENERATORS}


class CountingText(str):
    """A string that counts the work done on it by hand: the characters its slices and indexes
    copy, and its ``find``, ``rfind`` and ``count`` calls (each may read the whole string).

    A check that reads what comes before each match again, or looks a word up in the whole text
    once per word, takes time in the square of a paragraph's length; counted, it shows at once.
    """

    copied = 0
    searches = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        piece = super().__getitem__(key)
        CountingText.copied += len(piece)
        return piece

    def find(self, *args):  # type: ignore[no-untyped-def]
        CountingText.searches += 1
        return super().find(*args)

    def rfind(self, *args):  # type: ignore[no-untyped-def]
        CountingText.searches += 1
        return super().rfind(*args)

    def count(self, *args):  # type: ignore[no-untyped-def]
        CountingText.searches += 1
        return super().count(*args)

    @classmethod
    def reset(cls) -> None:
        cls.copied = cls.searches = 0


def counting(doc: Document) -> Document:
    """``doc`` with its text and every segment's raw and prose text a ``CountingText``."""
    segments = tuple(dataclasses.replace(s, raw=CountingText(s.raw), prose=CountingText(s.prose)) for s in doc.segments)
    return dataclasses.replace(doc, text=CountingText(doc.text), segments=segments)
