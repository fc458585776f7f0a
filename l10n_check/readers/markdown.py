"""What is not prose in a Markdown draft, masked before any check sees it.

Masking replaces characters by spaces (line breaks kept), so offsets stay true. In order:

1. Front matter (YAML ``---`` or TOML ``+++``): everything but the values a reader sees (``title``,
   ``description``, ``summary``...), which stay as prose.
2. Blocks: fenced code (at any indentation, inside list items too), indented code (also indented
   under a list item), list markers, ``<pre>``, ``<script>`` and ``<style>`` bodies, HTML comments,
   thematic breaks, link reference definitions.
3. Template tags: Liquid/Jekyll ``{% ... %}`` (with the bodies of ``raw``, ``highlight`` and
   ``comment`` blocks), Go/Hugo ``{{ ... }}``, ``{{< ... >}}``, ``{{% ... %}}``, ``{{raw `...`}}``,
   and kramdown attribute lists ``{: .class}``.
4. Code spans and TeX math (``$...$``, ``$$...$$``), paired within each block (a paragraph,
   heading or list item: they never cross a block's end, so one stray backtick stays in its block).
5. TeX commands (``\\mathbb{E}``), link targets and reference labels, autolinks, HTML tags, URLs,
   e-mail addresses, identifiers that can only be code (``snake_case``, ``call()``), heading and
   quote markers (``#``, ``>``).

Every step runs in time linear in its input (see ``tests/test_markdown_masking.py``).
"""

from __future__ import annotations

from collections import defaultdict, deque
from typing import Iterable, Iterator

import regex

from .. import patterns
from .masking import apply, blank, html_comment_spans, mask_common

# Front matter keys whose values a reader sees on the page; any other value is configuration.
PROSE_KEYS = frozenset(
    "title subtitle linktitle description summary excerpt abstract caption headline teaser lead".split()
)
_YAML_KEY = patterns.compile(r"([A-Za-z_][\w.-]*+)[ \t]*+:(?:[ \t]++|$)")
_TOML_KEY = patterns.compile(r"([A-Za-z_][\w.-]*+)[ \t]*+=[ \t]*+")
_BLOCK_SCALAR = patterns.compile(r"[|>][+-]?[0-9]?[ \t]*+(?:#.*)?$")

_FENCE = patterns.compile(r"[ \t]*+(`{3,}+|~{3,}+)")
_FENCE_CLOSE = patterns.compile(r"[ \t]*+(`{3,}+|~{3,}+)[ \t]*+$")
# What a blank line holds (CommonMark's spaces and tabs, and what masking left): not the
# ideographic space U+3000, which Python's str.strip() removes but English text must not hold.
BLANK = " \t\r\n\f\v"
_ITEM_STARTS = frozenset("-*+0123456789")
_ITEM = patterns.compile(r"([ \t]*+)(?:[-*+]|\d{1,9}[.)])([ \t]++|$)")
_RULE_LINE = patterns.compile(r" {0,3}(?:(?:-[ \t]*+){3,}|(?:=[ \t]*+){3,}|(?:\*[ \t]*+){3,}|(?:_[ \t]*+){3,})$")
_HEADING = patterns.compile(r" {0,3}#{1,6}(?:\s|$)")
_REF_DEFINITION = patterns.compile(r"^ {0,3}\[(?!\^)[^\]\n]++\]:[ \t]*+\S.*$", regex.M)  # not footnotes [^1]:
_RAW_HTML = (("<pre", "</pre>"), ("<script", "</script>"), ("<style", "</style>"), ("<textarea", "</textarea>"))

# Template tags. A Liquid block tag whose body is code or a comment is masked up to its end tag.
_LIQUID_BODY_TAGS = frozenset({"raw", "highlight", "comment", "capture"})
_LIQUID_NAME = patterns.compile(r"\{%-?[ \t]*+(\w+)")
_GO_RAW = patterns.compile(r"\{\{[<%]?[ \t]*+raw[ \t]*+`")
_HUGO_BODY = patterns.compile(r"\{\{[<%][ \t]*+(highlight|code|raw)\b")
_IAL = patterns.compile(r"\{:[^{}\n]*+\}")
# How far a tag's name or an attribute list may reach: bounds each match (see ``masking``'s docs).
_TAG_HEAD = 200

_MATH_MARKER = patterns.compile(r"\\[A-Za-z]|[_^]\{")
_TEX_COMMAND = patterns.compile(r"\\[A-Za-z]++(?:\{[^{}\n]{0,200}+\})*+")
_LINK_TARGET = patterns.compile(r"(?<=\])\((?:[^()\s]|\((?:[^()\s]|\([^()\s]*+\))*+\))*+(?:\s++(?:\"[^\"\n]*+\"|'[^'\n]*+'))?\s*+\)")
_REF_LABEL = patterns.compile(r"(?<=\])\[[^\[\]]{1,999}+\]")
_AUTOLINK = patterns.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}+:[^\s<>]*+|[\w.+-]++@[\w.-]++)>")
_SNAKE = patterns.compile(r"[A-Za-z0-9]++(?:_++[A-Za-z0-9]++)++")
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_CALL = patterns.compile(r"(?<![\w.])[A-Za-z_]\w*+(?:\.[A-Za-z_]\w*+)*+\(\)")
_MARKER = r"(?:#{1,6}(?=\s|$)|[-*+](?=\s)|\d{1,9}[.)](?=\s))"
# Headings and quotes; list markers are masked with the blocks, where it is known which lines start items.
_BLOCK_MARKER = patterns.compile(rf"^[ \t]*+(?:(?:>[ \t]?)++{_MARKER}?|#{{1,6}}(?=\s|$))", regex.M)
_DOLLAR = patterns.compile(r"(?<!\\)\$")
_BACKTICKS = patterns.compile(r"`++")


def mask_markdown(text: str) -> str:
    """Mask everything in a Markdown draft that is not prose (see the module's docs)."""
    end = front_matter_end(text)
    head, text = mask_common(mask_front_matter(text[:end])), text[end:]
    # Blocks before template tags: a masked tag at the start of a line would read as indentation.
    source, text = text, _mask_blocks(text)
    if "{" in text:
        text = apply(text, template_spans(text))
    if "`" in text or "$" in text:
        text = apply(text, _paired_spans(source, text))
    if "](" in text:  # targets found before template tags were masked: "](/x/{{bse}}85650)"
        text = apply(text, (m.span() for m in _LINK_TARGET.finditer(source)))
    return head + mask_inline(text)


def _paired_spans(source: str, text: str) -> list[tuple[int, int]]:
    """Code spans and TeX math, paired within each block: they never cross a block's end."""
    spans: list[tuple[int, int]] = []
    for start, end, _ in block_ranges(source, text):
        block = text[start:end]
        found = code_span_spans(block) if "`" in block else []
        if "$" in block:
            found += math_spans(apply(block, found))
        spans += [(start + a, start + b) for a, b in found]
    return sorted(spans)


# --- front matter -------------------------------------------------------------------------------


def front_matter_end(text: str) -> int:
    """Where YAML (``---``) or TOML (``+++``) front matter at the very start ends; 0 without."""
    first = text[:4].rstrip("\r\n")
    if first not in ("---", "+++") or not text[3:4] in ("\n", "\r"):
        return 0
    closers = ("---", "...") if first == "---" else ("+++",)
    start = text.find("\n") + 1
    while start:
        end = text.find("\n", start)
        line = text[start : end if end != -1 else len(text)].rstrip("\r")
        if line in closers:
            return end + 1 if end != -1 else len(text)
        start = end + 1
    return 0


def front_matter_key(line: str) -> str:
    """The key of a top-level ``key: value`` or ``key = value`` line of front matter, else ""."""
    match = _YAML_KEY.match(line) or _TOML_KEY.match(line)
    return match.group(1).lower() if match else ""


def mask_front_matter(head: str) -> str:
    """Mask front matter (the text up to ``front_matter_end``) but the values of ``PROSE_KEYS``.

    A prose value may go on over the next lines: a block scalar (``description: >`` and indented
    lines) or a quoted string whose closing quote is on a later line.
    """
    spans, start = [], 0
    going_on = ""  # how the value of a prose key goes on: " " (indented lines) or its closing quote
    for line in head.split("\n"):
        body = line.rstrip("\r")
        if going_on == " " and body[:1] in (" ", "\t"):
            kept: tuple[int, int] | None = (0, len(body))
        elif going_on not in ("", " "):
            closed = body.rstrip().endswith(going_on)
            kept = (0, len(body.rstrip()) - 1) if closed else (0, len(body))
            going_on = "" if closed else going_on
        else:
            kept, going_on = _front_value(body)
        spans += [(start, start + kept[0]), (start + kept[1], start + len(body))] if kept else [(start, start + len(body))]
        start += len(line) + 1
    return apply(head, spans)


def _front_value(line: str) -> tuple[tuple[int, int] | None, str]:
    """The span of a prose key's value on its line (None when there is none), and how it goes on."""
    match = _YAML_KEY.match(line) or _TOML_KEY.match(line)
    if match is None or match.group(1).lower() not in PROSE_KEYS:
        return None, ""
    start, end = match.end(), len(line.rstrip())
    if _BLOCK_SCALAR.fullmatch(line, start):
        return None, " "
    quote = line[start : start + 1]
    if quote in ("'", '"'):
        if end - start >= 2 and line[end - 1] == quote:
            return ((start + 1, end - 1) if end - start > 2 else None), ""
        return (start + 1, end), quote
    return ((start, end) if end > start else None), ""


# --- template tags ------------------------------------------------------------------------------


def template_spans(text: str) -> list[tuple[int, int]]:
    """Liquid, Go-template and Hugo tags, and kramdown attribute lists, in order."""
    spans: list[tuple[int, int]] = []
    unclosed: set[str] = set()  # closers found missing once are missing for every later opener too
    last = text.rfind("}")  # every tag ends on a brace
    position = text.find("{")
    while position != -1 and position < last:
        end = _template_end(text, position, unclosed)
        if end:
            spans.append((position, end))
        position = text.find("{", max(end, position + 1))
    return spans


def _template_end(text: str, start: int, unclosed: set[str]) -> int:
    """The end of the template tag starting at ``start``, with its body when it has one; 0 if none."""
    two = text[start : start + 2]
    if two == "{%":
        end = _find(text, "%}", start + 2, unclosed)
        name = _LIQUID_NAME.match(text, start, start + _TAG_HEAD)
        if end and name and name.group(1) in _LIQUID_BODY_TAGS:
            end = _end_tag(text, end, "{%", f"end{name.group(1)}", closer="%}", unclosed=unclosed) or end
        return end
    if two == "{{":
        if _GO_RAW.match(text, start, start + _TAG_HEAD):
            tick = _find(text, "`", text.index("`", start) + 1, unclosed)
            return _find(text, "}}", tick, unclosed) if tick else 0
        end = _find(text, "}}", start + 2, unclosed)
        body = _HUGO_BODY.match(text, start, start + _TAG_HEAD)
        if end and body and not text[end - 3 : end - 2] == "/":
            end = _end_tag(text, end, text[start : start + 3], f"/{body.group(1)}", closer="}}", unclosed=unclosed) or end
        return end
    ial = _IAL.match(text, start, start + _TAG_HEAD)
    return ial.end() if ial else 0


def _find(text: str, closer: str, start: int, unclosed: set[str]) -> int:
    """The end of the next ``closer`` from ``start``, or 0; remembers closers that are missing."""
    if closer in unclosed:
        return 0
    found = text.find(closer, start)
    if found == -1:
        unclosed.add(closer)
        return 0
    return found + len(closer)


def _end_tag(text: str, start: int, opener: str, name: str, *, closer: str, unclosed: set[str]) -> int:
    """The end of ``{% endraw %}`` / ``{{< /highlight >}}`` after ``start``, or 0."""
    key = opener + name
    if key in unclosed:
        return 0
    pattern = regex.compile(regex.escape(opener) + r"-?[ \t]*+" + regex.escape(name) + r"\b")
    match = pattern.search(text, start)
    if match is None:
        unclosed.add(key)
        return 0
    return _find(text, closer, match.end(), unclosed)


# --- blocks -------------------------------------------------------------------------------------


def _mask_blocks(text: str) -> str:
    """Mask code blocks, list markers, raw HTML bodies, comments, thematic breaks and reference
    definitions."""
    lines = text.split("\n")
    spans, start = [], 0
    for line, masked in zip(lines, _block_prefixes(lines)):
        if masked:
            spans.append((start, start + masked))
        start += len(line) + 1
    text = apply(text, spans)
    if "<" in text:
        text = apply(text, sorted(html_comment_spans(text) + _raw_html_spans(text)))
    if "]:" in text:
        text = apply(text, (m.span() for m in _REF_DEFINITION.finditer(text)))
    return text


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


def _block_prefixes(lines: list[str]) -> list[int]:
    """For each line, how much of it to mask: all of a code line (fenced or indented) or thematic
    break, the marker of a list item, nothing of other lines.

    Open list items are a stack of content indents: after a blank line, a line indented four
    columns past the innermost item's content is code inside that item.
    """
    masked = [0] * len(lines)
    fence: str | None = None
    items: list[int] = []
    previous_blank, in_code = True, False
    for index, line in enumerate(lines):
        body = line.rstrip("\r")
        if fence is not None:
            masked[index] = len(body)
            fence = None if _closes(body, fence) else fence
            continue
        if not body.strip(BLANK):
            previous_blank = True
            continue
        indent = _indent(body)
        if previous_blank:
            while items and indent < items[-1]:
                items.pop()
        base = items[-1] if items else 0
        if (previous_blank or in_code) and indent >= base + 4:
            masked[index], in_code, previous_blank = len(body), True, False
            continue
        continuation = not previous_blank and not in_code
        in_code = previous_blank = False
        first = body.lstrip()[:1]  # cheap tests first: most lines open no fence, rule or item
        opening = _FENCE.match(body) if first in "`~" else None
        if opening and not (opening.group(1)[0] == "`" and "`" in body[opening.end() :]):
            fence, masked[index] = opening.group(1), len(body)
        elif first in "-=*_" and _RULE_LINE.match(body):
            masked[index] = len(body)
        elif first in _ITEM_STARTS:
            masked[index] = _open_item(body, items, continuation)
    return masked


def _closes(body: str, fence: str) -> bool:
    """Whether the line is a bare fence of the same character, at least as long as ``fence``."""
    closing = _FENCE_CLOSE.match(body)
    return bool(closing) and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence)


def _open_item(body: str, items: list[int], continuation: bool) -> int:
    """Push the content indent of a list item that starts on this line, closing deeper ones;
    return the length of its marker, 0 when the line starts no item.

    A numbered line that goes on a paragraph ("(default\\n5) is added") starts no item unless
    it is numbered 1 or is a sibling of the open item, as in CommonMark.
    """
    expanded = body.expandtabs(4)
    item = _ITEM.match(expanded)
    if item is None:
        return 0
    indent = len(item.group(1))
    marker = expanded[indent : item.start(2)]
    if continuation and marker[0].isdigit() and marker[:-1] != "1" and indent >= (items[-1] if items else 0):
        return 0
    while items and indent < items[-1]:
        items.pop()
    spaces = len(item.group(2))
    items.append(item.start(2) + (spaces if 1 <= spaces <= 4 else 1))
    return len(body) - len(body.lstrip()) + len(marker)


def _raw_html_spans(text: str) -> list[tuple[int, int]]:
    """The bodies of ``<pre>``, ``<script>``, ``<style>`` and ``<textarea>`` elements."""
    lower = text.lower()
    spans = []
    for opener, closer in _RAW_HTML:
        start = lower.find(opener)
        while start != -1:
            close = lower.find(closer, start)
            if close == -1:
                break
            spans.append((start, close + len(closer)))
            start = lower.find(opener, close)
    return spans


def block_ranges(text: str, prose: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, kind)`` of each block: blank-line separated, each heading and list item a block
    of its own, each line of front matter too. A list item is a line whose marker was masked."""
    front_end = front_matter_end(text)
    block: list[tuple[int, int]] = []
    kind = "paragraph"
    for start, end in _line_spans(prose):
        raw_line, prose_line = text[start:end], prose[start:end]
        if not prose_line.strip(BLANK):
            yield from _flush(block, kind)
            continue
        first = raw_line.lstrip()[:1]  # cheap tests first: most lines start no heading or item
        heading = first == "#" and _HEADING.match(raw_line) is not None
        item = _ITEM.match(raw_line) if first in _ITEM_STARTS else None
        item = item is not None and not prose_line[: item.start(2)].strip()
        if start < front_end:
            yield from _flush(block, kind)
            kind = "heading" if "title" in front_matter_key(raw_line) else "paragraph"
        elif heading or item or (block and kind == "heading"):
            yield from _flush(block, kind)
            kind = "heading" if heading else "item" if item else "paragraph"
        elif not block:
            kind = "quote" if raw_line.lstrip().startswith(">") else "paragraph"
        block.append((start, end))
    yield from _flush(block, kind)


def _flush(block: list[tuple[int, int]], kind: str) -> Iterator[tuple[int, int, str]]:
    if block:
        yield block[0][0], block[-1][1], kind
        block.clear()


def _line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, the end before its ``\\r\\n`` or ``\\n``."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line.rstrip("\r"))))
        start += len(line) + 1
    return spans


# --- inline -------------------------------------------------------------------------------------


def mask_inline(text: str) -> str:
    """Mask TeX commands, link targets, autolinks, the common non-prose, identifiers and block markers.

    None of these crosses a blank line, so they are found in the whole text at once.
    """
    if "\\" in text:
        text = apply(text, (m.span() for m in _TEX_COMMAND.finditer(text)))
    if "]" in text:
        text = apply(text, _link_spans(text))
    if "<" in text:
        text = apply(text, (m.span() for m in _AUTOLINK.finditer(text)))
    text = mask_common(text)
    text = apply(text, _identifier_spans(text))
    return _BLOCK_MARKER.sub(lambda m: blank(m.group()), text)


def code_span_spans(block: str) -> list[tuple[int, int]]:
    """Code spans: a run of backticks closed by the next run of the same length (CommonMark).

    Runs are queued by length, so each run is looked at a bounded number of times: linear.
    """
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(block)]
    by_length: dict[int, deque[int]] = defaultdict(deque)
    for index, (start, end) in enumerate(runs):
        by_length[end - start].append(index)
    spans, index = [], 0
    while index < len(runs):
        start, end = runs[index]
        queue = by_length[end - start]
        while queue and queue[0] <= index:
            queue.popleft()
        if queue and not (start and block[start - 1] == "\\"):
            closer = queue.popleft()
            spans.append((start, runs[closer][1]))
            index = closer + 1
        else:
            index += 1
    return spans


def math_spans(block: str) -> list[tuple[int, int]]:
    """``$$...$$`` always; ``$...$`` when it holds TeX, or reads as math by Pandoc's rule (no space
    inside either dollar, no digit after the closing one), so "$5 and $10" stays prose."""
    spans = _pairs(block, [m.start() for m in regex.finditer(r"\$\$", block)], 2)
    taken = {i for start, end in spans for i in range(start, end)}
    singles = [m.start() for m in _DOLLAR.finditer(block) if m.start() not in taken]
    index = 0
    while index + 1 < len(singles):
        start, end = singles[index], singles[index + 1]
        if _is_math(block, start, end):
            spans.append((start, end + 1))
            index += 2
        else:
            index += 1
    return sorted(spans)


def _pairs(block: str, positions: list[int], width: int) -> list[tuple[int, int]]:
    return [(positions[i], positions[i + 1] + width) for i in range(0, len(positions) - 1, 2)]


def _is_math(block: str, start: int, end: int) -> bool:
    inner = block[start + 1 : end]
    if not inner.strip():
        return False
    if _MATH_MARKER.search(inner):
        return True
    after = block[end + 1 : end + 2]
    return not inner[0].isspace() and not inner[-1].isspace() and not after.isdigit()


def _link_spans(block: str) -> Iterator[tuple[int, int]]:
    """Link targets ``](url "title")`` and reference labels ``][label]``, in order."""
    spans = [m.span() for m in _LINK_TARGET.finditer(block)]
    spans += [m.span() for m in _REF_LABEL.finditer(block)]
    return iter(sorted(spans))


def _identifier_spans(text: str) -> list[tuple[int, int]]:
    """``snake_case`` names and calls ``f()``: code whoever wrote them without backticks."""
    spans = _snake_spans(text) if "_" in text else []
    if "()" in text:
        spans += [m.span() for m in _CALL.finditer(text)]
    return sorted(spans)


def _snake_spans(text: str) -> list[tuple[int, int]]:
    """Words with an inner underscore, found from each underscore outwards (a pattern tried at every
    position of the text costs more than the few underscores a draft holds)."""
    spans = []
    found = text.find("_")
    while found != -1:
        start, end = found, found
        while start and text[start - 1] in _ASCII_WORD:
            start -= 1
        while end < len(text) and text[end] in _ASCII_WORD:
            end += 1
        before = text[start - 1] if start else " "
        if not (before.isalnum() or before == "\\") and _SNAKE.fullmatch(text, start, end):
            spans.append((start, end))
        found = text.find("_", end + 1)
    return spans
