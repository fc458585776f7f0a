"""Where a capital is a matter of style rather than a choice about one word: titles, labels, captions.

English capitalizes the first word of a sentence and most words of a title, a heading, a label
("Return Value: Object"), a caption, a table row or an attribution ("-- Principal Engineer"). Checks
that read capitals as evidence (a term written two ways, an acronym left undefined) ask here
first: ``opens_sentence`` says whether a word's capital is grammar, ``title_spans`` where a
paragraph is written in a title's style.
"""

from __future__ import annotations

from typing import Iterator

import regex

from . import patterns

_WORD = patterns.compile(r"[A-Za-z][A-Za-z0-9']*")
SENTENCE_END = ".!?:;…：；。！？–—"


def opens_sentence(prose: str, start: int) -> bool:
    """Whether ``start`` begins a sentence: past quotes, brackets and markup, which do not end one.

    A short window is enough and keeps this linear in the length of the paragraph.
    """
    if start >= 2 and prose[start - 1] == " " and prose[start - 2].isalnum():
        return False  # after a word and a space, the common case: nothing below can hold
    window = prose[max(0, start - 16) : start]
    if window[-3:].rstrip(" ")[-1:] in _OPENING_QUOTES or window[-3:] == " - ":
        return True  # a quotation's first word ("Mark completion" names a section); "Returns - Index"
    before = window.rstrip(" \t\r\n\"“”'‘’()[]*_`#>-•")
    return (not before and start <= 16) or (bool(before) and before[-1] in SENTENCE_END)


_OPENING_QUOTES = ("\"", "“", "'", "‘")


def after_quote(prose: str, start: int) -> bool:
    """Whether ``start`` follows an opening quotation mark (spaces allowed between)."""
    return prose[max(0, start - 3) : start].rstrip(" ")[-1:] in _OPENING_QUOTES


# Where capitals are a style, not a choice about one term: link text, a bold lead, a table row.
_LINK_TEXT = patterns.compile(r"\[[^\[\]]{0,200}\]")
# Bold or italic text: a label, a section's or a work's name, or emphasis.
_EMPHASIS = patterns.compile(r"(?<![\w*_])(?:\*{1,2}|_{1,2})(?=\S)[^*_\n]{1,120}?(?<=\S)(?:\*{1,2}|_{1,2})(?![\w*_])")
# An attribution after a quotation: "-- Principal Firmware Engineer (mobile robotics)".
_ATTRIBUTION = patterns.compile(r"(?:^|\s)(?:--|[—–]-?)\s*([^\n]{1,100})$", regex.M)
_LABEL = patterns.compile(r"^[ \t>*+\-•\d.)#]*([^:：\n]{1,60})[:：]", regex.M)
_SMALL = frozenset("a an and at by for from in of on or the to vs via with".split())
_QUOTES = "\"“”«»"
_NOT_GAP = patterns.compile(r"[^\s\-]")
TITLE_RUN = 3  # capitalized words in a row that make a title or a name ("The Rust Programming Language")


def title_spans(prose: str) -> list[tuple[int, int]]:
    """Spans of ``prose`` written in a title's style, where a capital says nothing about a term.

    Link text, bold and italic text, attributions, a label before a colon ("Return Value: Object"),
    table rows, captions (a line of a few words), lines mostly in Title Case, and runs of three or
    more capitalized words outside quotation marks (a quoted coined term, "Bitget Top Three", is
    not: it is running text).
    """
    # Each pattern only where its mark is: most paragraphs have no colon, dash or asterisk.
    spans = [m.span() for m in _LINK_TEXT.finditer(prose)] if "[" in prose else []
    if "*" in prose or "_" in prose:
        spans += [m.span() for m in _EMPHASIS.finditer(prose)]
    if ":" in prose or "：" in prose:
        spans += [m.span(1) for m in _LABEL.finditer(prose) if len(m.group(1).split()) <= 6]
    if "--" in prose or "—" in prose or "–" in prose:
        spans += [m.span(1) for m in _ATTRIBUTION.finditer(prose) if len(m.group(1).split()) <= 12]
    start = 0
    for line in prose.split("\n"):
        stripped = _ENTITY.sub(" ", line).strip().lstrip("> *-+") if "&" in line else line.strip().lstrip("> *-+")
        if stripped.startswith("|") or _title_cased(stripped) or _caption(stripped):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    spans += _capital_runs(prose)
    return spans


_ENTITY = patterns.compile(r"&[a-z]+;|&#\d+;")


def _caption(line: str) -> bool:
    """A line of a few words without a full stop: a caption, a label, a term defined below it."""
    return len(line) <= 60 and 0 < len(_WORD.findall(line)) <= 4 and not line.rstrip("*_ ").endswith((".", "?", "!", ","))


def _title_cased(line: str) -> bool:
    """Most content words after the first capitalized, and no full stop: a title, a caption, a label."""
    if line.rstrip("*_ ").endswith((".", "?", "!")):
        return False
    words = [w for w in _WORD.findall(line)[1:] if w.lower() not in _SMALL]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# Capitalized words joined by spaces or hyphens, small words allowed between: a candidate title run.
_RUN = patterns.compile(
    r"(?<![A-Za-z0-9'])[A-Z][A-Za-z0-9']*(?:[ \t\n-]+(?:(?:" + "|".join(sorted(_SMALL)) + r")[ \t\n-]+)*[A-Z][A-Za-z0-9']*)+"
)
_CAPITAL_WORD = patterns.compile(r"(?<![A-Za-z0-9'])[A-Z][A-Za-z0-9']*")


def _capital_runs(prose: str) -> Iterator[tuple[int, int]]:
    """Runs of ``TITLE_RUN`` or more capitalized words (small words allowed inside), unquoted.

    A sentence's first word does not count: "Being in the Top Three" is no title.
    """
    for match in _RUN.finditer(prose):
        words = [m.span() for m in _CAPITAL_WORD.finditer(prose, match.start(), match.end())]
        if words and opens_sentence(prose, words[0][0]):
            words = words[1:]
        yield from _title_run(prose, words)


def _title_run(prose: str, run: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    if len(run) >= TITLE_RUN:
        start, end = run[0][0], run[-1][1]
        if not (prose[max(0, start - 1) : start] in _QUOTES and prose[end : end + 1] in _QUOTES + ",."):
            yield start, end
