"""Generators of pathological drafts: the inputs that make text tools quadratic or make them crash.

Each generator turns a size in bytes into a draft of about that size, with the suffix that decides
how it is read. The fuzz tests write them into a ``pathological/`` folder they create and scan it
through the whole pipeline; ``benchmarks/bench_pathological.py`` times each at growing sizes and
prints seconds per MB, so that anything slower than linear shows.

Generators marked ``masking`` aim at the masking of ``readers/text.py`` (links, brackets, inline
code, HTML, e-mail addresses). Those whose masking measured quadratic (``QUADRATIC_MASKING``) are
skipped in the tests with the reason until issue 11's linear masking is merged.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable


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


def _random_markdown(size: int) -> str:
    """Markdown constructs nested at random (seeded): quotes in lists in emphasis in links..."""
    rng = random.Random(size)
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
)

GENERATORS_BY_NAME = {generator.name: generator for generator in GENERATORS}

# Masking measured super-linear by bench_pathological.py on main (growth exponent 1.75: each e-mail
# candidate's regex match costs time in proportion to the whole text).
QUADRATIC_MASKING = frozenset({"at-signs"})
