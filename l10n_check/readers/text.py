"""Plain-text and Markdown drafts → ``Document``.

Plain text is read as one paragraph a line, the way CMS exports and MT tools write drafts. Markdown is
read as blocks separated by blank lines, with each heading and list item a block of its own.

What is not prose is masked (replaced by spaces of the same length, so offsets stay true) before any
check sees it: in any draft URLs, e-mail addresses, HTML tags and comments (``masking.py``); in
Markdown also front matter but for its titles and descriptions, template tags, code, TeX, link
targets and more (``markdown.py``).
"""

from __future__ import annotations

from ..model import Document, Segment
from .markdown import BLANK, block_ranges, mask_markdown
from .masking import mask_common

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

__all__ = ["MARKDOWN_SUFFIXES", "mask_common", "mask_markdown", "parse", "plain_segments", "markdown_segments"]


def plain_segments(text: str, prose: str) -> tuple[Segment, ...]:
    """One segment per non-blank line; short unpunctuated lines are taken as headings."""
    segments = []
    same = prose is text or prose == text  # nothing masked: share the slices
    start = 0
    for line in prose.split("\n"):
        end = start + len(line)
        body = line[:-1] if line.endswith("\r") else line
        if body.strip(BLANK):
            raw = body if same else text[start : start + len(body)]
            segments.append(Segment(start, start + len(body), raw, body, _plain_kind(body)))
        start = end + 1
    return tuple(segments)


def _plain_kind(line: str) -> str:
    """A short line, or a title-case one, without closing punctuation is a heading."""
    stripped = line.strip()
    end = stripped.rstrip("\"”'’)")  # a title may end on a quoted name: ...Creating "The Warmest Exchange"
    if not end or end[-1] in ".!?:;,。！？：；，" or not (stripped[0].isupper() or stripped[0].isdigit()):
        return "paragraph"
    if stripped.count(" ") < 8:
        return "heading"
    long_words = [w for w in stripped.split() if len(w) > 3]
    capitalized = sum(w[0].isupper() for w in long_words)
    return "heading" if long_words and capitalized >= 0.6 * len(long_words) else "paragraph"


def markdown_segments(text: str, prose: str) -> tuple[Segment, ...]:
    """Blocks separated by blank lines; headings, list items and front matter lines are blocks of their own."""
    return tuple(
        Segment(start=start, end=end, raw=text[start:end], prose=prose[start:end], kind=kind)
        for start, end, kind in block_ranges(text, prose)
    )


def parse(path: str, text: str, source_lang: str, target_lang: str) -> Document:
    """Turn decoded draft text into a ``Document``; Markdown by file suffix."""
    is_markdown = any(path.lower().endswith(suffix) for suffix in MARKDOWN_SUFFIXES)
    if is_markdown:
        prose = mask_markdown(text)
        segments = markdown_segments(text, prose)
    else:
        prose = mask_common(text)
        segments = plain_segments(text, prose)
    return Document(path=path, text=text, segments=segments, source_lang=source_lang, target_lang=target_lang)
