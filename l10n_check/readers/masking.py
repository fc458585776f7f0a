"""Masking what is not prose, shared by the plain-text and Markdown readers.

A mask replaces every character of a span except line breaks by a space, so offsets, lines and
columns stay true. Every function here runs in time linear in its input: patterns never backtrack
over unbounded runs, and scans that find no closing delimiter stop looking for that delimiter.
A pattern matched at many positions of one text gets an ``endpos``: the ``regex`` module looks
for a pattern's required literal (the "." of a domain) to the end of the text before matching,
which would make each of those calls cost the length of the text.
"""

from __future__ import annotations

from typing import Iterable

import regex

from .. import patterns

_HTML_COMMENT_OPEN = "<!--"
_HTML_COMMENT_CLOSE = "-->"
_HTML_TAG = patterns.compile(r"</?[A-Za-z][A-Za-z0-9-]*+(?:\s[^<>]*+)?/?>")
_URL = patterns.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'`，。、）]++", regex.I)
_EMAIL_LOCAL_MAX = 64  # the longest local part and domain an address may have (RFC 5321)
_EMAIL_DOMAIN_MAX = 255
_EMAIL_DOMAIN = patterns.compile(r"[\w-]+(?:\.[\w-]+)+")
_TRAILING_PUNCT = ".,;:!?)]}'\""
_LINE_BREAKS = patterns.compile(r"[^\r\n]+")


def blank(piece: str) -> str:
    """Spaces for every character of ``piece`` except line breaks, which keep lines true."""
    if "\n" not in piece and "\r" not in piece:
        return " " * len(piece)
    return _LINE_BREAKS.sub(lambda m: " " * len(m.group()), piece)


def apply(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with every ``(start, end)`` span blanked; spans come sorted by start, may overlap."""
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        if end <= done:
            continue
        start = max(start, done)
        pieces += [text[done:start], blank(text[start:end])]
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def html_comment_spans(text: str) -> list[tuple[int, int]]:
    """``<!-- ... -->``, across lines; an unclosed comment runs to the end, as browsers read it."""
    spans = []
    start = text.find(_HTML_COMMENT_OPEN)
    while start != -1:
        close = text.find(_HTML_COMMENT_CLOSE, start + len(_HTML_COMMENT_OPEN))
        end = len(text) if close == -1 else close + len(_HTML_COMMENT_CLOSE)
        spans.append((start, end))
        start = text.find(_HTML_COMMENT_OPEN, end)
    return spans


def _url_spans(text: str) -> Iterable[tuple[int, int]]:
    """URLs, giving back trailing sentence punctuation to the prose."""
    for match in _URL.finditer(text):
        url = match.group()
        yield match.start(), match.start() + len(url.rstrip(_TRAILING_PUNCT))


def _email_spans(text: str) -> list[tuple[int, int]]:
    """``local@domain.tld``, found from each ``@`` outwards.

    Anchoring on the ``@`` keeps this linear: a regex for the whole address would be tried at every
    word of a long paragraph.
    """
    spans: list[tuple[int, int]] = []
    done = 0
    at = text.find("@")
    while at != -1:
        local = _local_part_start(text, max(done, at - _EMAIL_LOCAL_MAX), at)
        domain = _EMAIL_DOMAIN.match(text, at + 1, at + 1 + _EMAIL_DOMAIN_MAX)
        if local < at and domain:
            spans.append((local, domain.end()))
            done = domain.end()
        at = text.find("@", max(at + 1, done))
    return spans


def _local_part_start(text: str, floor: int, at: int) -> int:
    """Where the local part ending before ``at`` starts (``at`` when there is none)."""
    start = at
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
        start -= 1
    return start


def mask_common(text: str) -> str:
    """Mask what is not prose in any draft: HTML comments and tags, URLs, e-mail addresses."""
    if "<" in text:
        text = apply(text, html_comment_spans(text))
        text = apply(text, (m.span() for m in _HTML_TAG.finditer(text)))
    # "www." in any case ends in "w." or "W.": two C searches spare most texts a lowered copy.
    if "://" in text or (("w." in text or "W." in text) and "www." in text.lower()):
        text = apply(text, _url_spans(text))
    if "@" in text:
        text = apply(text, _email_spans(text))
    return text
