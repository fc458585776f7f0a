"""Plain-text and Markdown drafts → ``Document``.

Plain text is read as one paragraph a line, the way CMS exports and MT tools write drafts. Markdown is
read as blocks separated by blank lines, with each heading and list item a block of its own.

What is not prose is masked (replaced by spaces of the same length, so offsets stay true) before any
check sees it: fenced and indented code, inline code, URLs, e-mail addresses, HTML tags and comments,
Markdown link targets and reference definitions.
"""

from __future__ import annotations

import regex

from ..model import Document, Segment

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

_HTML_COMMENT = regex.compile(r"<!--.*?(?:-->|\Z)", regex.S)
_HTML_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_URL = regex.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'`，。、）]+", regex.I)
_EMAIL_LOCAL = regex.compile(r"[\w.+-]+$")
_EMAIL_DOMAIN = regex.compile(r"[\w-]+(?:\.[\w-]+)+")
_TRAILING_PUNCT = ".,;:!?)]}'\""
# Markdown-only constructs.
_FENCE = regex.compile(r"^ {0,3}(`{3,}|~{3,})")
_INLINE_CODE = regex.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", regex.S)
_LINK_TARGET = regex.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_DEFINITION = regex.compile(r"^ {0,3}\[[^\]]+\]:\s*\S.*$", regex.M)
_BLOCK_MARKER = regex.compile(r"^ {0,3}(?:#{1,6}(?=\s|$)|>+|[-*+](?=\s)|\d{1,9}[.)](?=\s))", regex.M)
_RULE_LINE = regex.compile(r"^ {0,3}(?:[-=*_] *){3,}$")
_HEADING = regex.compile(r"^ {0,3}#{1,6}(?:\s|$)")
_ITEM = regex.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])\s")


def _blank(match: regex.Match[str]) -> str:
    """Spaces for every character of the match except line breaks, which keep lines true."""
    return "".join(ch if ch in "\r\n" else " " for ch in match.group())


def _mask_url(match: regex.Match[str]) -> str:
    """Mask a URL but give back trailing sentence punctuation to the prose."""
    url = match.group()
    kept = len(url.rstrip(_TRAILING_PUNCT))
    return " " * kept + url[kept:]


def mask_common(text: str) -> str:
    """Mask what is not prose in any draft: HTML comments and tags, URLs, e-mail addresses."""
    if "<" in text:
        text = _HTML_COMMENT.sub(_blank, text)
        text = _HTML_TAG.sub(_blank, text)
    if "://" in text or "www." in text.lower():
        text = _URL.sub(_mask_url, text)
    if "@" in text:
        text = _mask_emails(text)
    return text


def _mask_emails(text: str) -> str:
    """Mask ``local@domain.tld``, found from each ``@`` outwards.

    Anchoring on the ``@`` keeps this linear: a regex for the whole address would be tried at every
    word of a long paragraph.
    """
    pieces, done = [], 0
    at = text.find("@")
    while at != -1:
        local = _EMAIL_LOCAL.search(text, max(done, at - 64), at)
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        if local and domain:
            pieces += [text[done : local.start()], " " * (domain.end() - local.start())]
            done = domain.end()
        at = text.find("@", max(at + 1, done))
    return "".join(pieces) + text[done:]


def mask_markdown(text: str) -> str:
    """Mask Markdown code, link targets and block markers, then the common non-prose."""
    lines = text.split("\n")
    fence: str | None = None
    previous_blank = True
    for index, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            lines[index] = _spaces(line)
        elif opening:
            fence = opening.group(1)
            lines[index] = _spaces(line)
        elif previous_blank and line.startswith(("    ", "\t")) and line.strip():
            lines[index] = _spaces(line)  # an indented code block; continues while indented
            continue
        elif _RULE_LINE.match(line.rstrip("\r")):
            lines[index] = _spaces(line)
        previous_blank = not line.strip() or (not lines[index].strip() and previous_blank)
    text = "\n".join(lines)
    text = _REF_DEFINITION.sub(_blank, text)
    if "`" in text:
        text = _INLINE_CODE.sub(_blank, text)
    if "](" in text:
        text = _LINK_TARGET.sub(_blank, text)
    text = mask_common(text)
    return _BLOCK_MARKER.sub(_blank, text) if _has_markers(text) else text


def _has_markers(text: str) -> bool:
    return any(_BLOCK_MARKER.match(line) for line in text.split("\n"))


def _spaces(line: str) -> str:
    return " " * len(line.rstrip("\r")) + ("\r" if line.endswith("\r") else "")


def _line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, the end before its ``\\r\\n`` or ``\\n``."""
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line.rstrip("\r"))
        spans.append((start, end))
        start += len(line) + 1
    return spans


def _segment(text: str, prose: str, start: int, end: int, kind: str) -> Segment:
    return Segment(start=start, end=end, raw=text[start:end], prose=prose[start:end], kind=kind)


def plain_segments(text: str, prose: str) -> tuple[Segment, ...]:
    """One segment per non-blank line; short unpunctuated lines are taken as headings."""
    segments = []
    same = prose is text or prose == text  # nothing masked: share the slices
    start = 0
    for line in prose.split("\n"):
        end = start + len(line)
        body = line[:-1] if line.endswith("\r") else line
        if body.strip():
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
    """Blocks separated by blank lines; headings and list items start blocks of their own."""
    segments: list[Segment] = []
    block: list[tuple[int, int]] = []
    kind = "paragraph"

    def flush() -> None:
        if block:
            segments.append(_segment(text, prose, block[0][0], block[-1][1], kind))
            block.clear()

    for start, end in _line_spans(prose):
        raw_line = text[start:end]
        if not prose[start:end].strip():
            flush()
            continue
        if _HEADING.match(raw_line) or _ITEM.match(raw_line) or (block and kind == "heading"):
            flush()
            kind = "heading" if _HEADING.match(raw_line) else "item" if _ITEM.match(raw_line) else "paragraph"
        elif not block:
            kind = "quote" if raw_line.lstrip().startswith(">") else "paragraph"
        block.append((start, end))
    flush()
    return tuple(segments)


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
