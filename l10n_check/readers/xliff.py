"""XLIFF 1.2 and 2.x files → ``Document``: one segment per non-empty target, its source attached.

The file is parsed with defusedxml, which refuses DTDs, entity declarations and external references,
so a hostile file can neither expand entities nor reach the network. The XML tree gives each unit's
source and id; the targets' character positions come from finding the ``<target>`` elements in the
raw text in document order, so findings point at the exact column. Inline markup inside a target
(``<g>``, ``<x/>``, ``<ph>``, ``<pc>``), character references, URLs and placeholders are masked out
of the prose. The source is its ``<source>`` element as written, inline tags included (so that the
checks compare a target's tags with its source's) and character references decoded, as checks
decode the target's; ``source_prose`` masks it the way the prose masks the target.

A unit whose target is missing or empty becomes an "untranslated" segment (zero width, at its
``<target>`` or else its ``<source>``); one whose state asks for review (1.2 ``state="needs-…"`` or
``"new"``, 2.x ``state="initial"``) a "fuzzy" one. The engine checks both only when asked.
"""

from __future__ import annotations

import html

import regex

from ..config import declared_lang
from ..model import Document, Segment
from ..textutil import PLACEHOLDER
from .text import mask_common

_TARGET = regex.compile(r"<(?:[\w.-]+:)?target\b[^>]*?(?:/>|>(.*?)</(?:[\w.-]+:)?target\s*>)", regex.S)
_SOURCE = regex.compile(r"<(?:[\w.-]+:)?source\b[^>]*?(?:/>|>(.*?)</(?:[\w.-]+:)?source\s*>)", regex.S)
_TAG = regex.compile(r"<[^>]*>")
_REFERENCE = regex.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_COMMENT_OR_CDATA = regex.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>", regex.S)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element) -> str:  # type: ignore[no-untyped-def]
    return "".join(element.itertext())


def _units(root):  # type: ignore[no-untyped-def]
    """``(id, source, target or None, state)`` for each 1.2 trans-unit and 2.x segment, in order."""
    units = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "trans-unit":
            units.append(_unit(element.get("id") or "", element))
        elif name == "unit":
            for child in element:
                if _local(child.tag) == "segment":
                    ident = "/".join(filter(None, (element.get("id"), child.get("id"))))
                    units.append(_unit(ident, child))
    return units


def _unit(identifier: str, element):  # type: ignore[no-untyped-def]
    children = {}
    for child in element:
        children.setdefault(_local(child.tag), child)  # the first <source>/<target>, not alt-trans
    source, target = children.get("source"), children.get("target")
    return identifier, source, target, _state(element, target)


# XLIFF 1.2 target states that mean "not finished", and the 2.x segment state that does.
_UNFINISHED_12 = ("new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
                  "needs-review-adaptation", "needs-review-l10n")


def _state(element, target) -> str:  # type: ignore[no-untyped-def]
    if target is None or not _text(target).strip():
        return "untranslated"
    if target.get("state") in _UNFINISHED_12 or element.get("state") == "initial":
        return "fuzzy"
    return ""


def _blank(match: regex.Match[str]) -> str:
    return " " * len(match.group())


def _prose(raw: str) -> str:
    """Mask inline tags, character references, placeholders and URLs, keeping the length."""
    masked = _TAG.sub(_blank, raw)

    def reference(match: regex.Match[str]) -> str:
        name = match.group()[1:-1]
        if name.startswith("#x"):
            char = chr(int(name[2:], 16))
        elif name.startswith("#"):
            char = chr(int(name[1:]))
        else:
            char = _NAMED.get(name, " ")
        return char + " " * (len(match.group()) - 1)

    return mask_common(PLACEHOLDER.sub(_blank, _REFERENCE.sub(reference, masked)))


def _element_spans(blanked: str, pattern: regex.Pattern[str], elements: list) -> dict[int, tuple[int, int]]:  # type: ignore[type-arg]
    """Each element's content span (zero width at the start of a self-closing tag), matched in document order."""
    spans = [m.span(1) if m.group(1) is not None else (m.start(), m.start()) for m in pattern.finditer(blanked)]
    return {id(element): spans[i] for i, element in enumerate(elements) if i < len(spans)}


def parse(path: str, text: str, source_lang: str, target_lang: str) -> Document:
    """Parse ``text`` safely; raise ``ValueError`` with the parser's one-line reason when malformed."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(text.encode("utf-8"))
    except (ParseError, DefusedXmlException) as error:
        raise ValueError(f"not well-formed XLIFF: {error}") from None
    if _local(root.tag) != "xliff":
        raise ValueError(f"not XLIFF: root element is <{_local(root.tag)}>")
    # Every <target> and <source> in the raw text, outside comments and CDATA, in document order.
    blanked = _COMMENT_OR_CDATA.sub(lambda m: " " * len(m.group()), text)
    position = _element_spans(blanked, _TARGET, [t for t in root.iter() if _local(t.tag) == "target"])
    position.update(_element_spans(blanked, _SOURCE, [t for t in root.iter() if _local(t.tag) == "source"]))
    segments = []
    for identifier, source_element, target, state in _units(root):
        source = _source(text, source_element, position)
        span = position.get(id(target)) or position.get(id(source_element))
        if not span:
            continue
        if state == "untranslated":
            span = (span[0], span[0])
        raw = text[span[0] : span[1]]
        segments.append(Segment(span[0], span[1], raw, _prose(raw), "entry", identifier, source,
                                mask_common(PLACEHOLDER.sub(_blank, _TAG.sub(_blank, source))), state))
    # The languages the file declares (XLIFF 2 on its root, 1.2 on its first <file>) are its own.
    first_file = next((e for e in root.iter() if _local(e.tag) == "file"), None)
    declared = root if root.get("srcLang") or root.get("trgLang") else first_file
    if declared is not None:
        source_lang = declared_lang(declared.get("srcLang") or declared.get("source-language")) or source_lang
        target_lang = declared_lang(declared.get("trgLang") or declared.get("target-language")) or target_lang
    return Document(path, text, tuple(segments), source_lang, target_lang)


def _source(text: str, element, position: dict[int, tuple[int, int]]) -> str:  # type: ignore[no-untyped-def]
    """A unit's source as written, inline tags kept, character references decoded."""
    if element is None:
        return ""
    span = position.get(id(element))
    if not span or span[0] == span[1]:
        return _text(element)
    return html.unescape(text[span[0] : span[1]])
