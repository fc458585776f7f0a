"""XLIFF 1.2 and 2.x files → ``Document``: one segment per non-empty target, its source attached.

The file is parsed with defusedxml, which refuses DTDs, entity declarations and external references,
so a hostile file can neither expand entities nor reach the network. The XML tree gives each unit's
source and id; the targets' character positions come from finding the ``<target>`` elements in the
raw text in document order, so findings point at the exact column. Inline markup inside a target
(``<g>``, ``<x/>``, ``<ph>``, ``<pc>``) and character references are masked out of the prose.
"""

from __future__ import annotations

import regex

from ..model import Document, Segment

_TARGET = regex.compile(r"<(?:[\w.-]+:)?target\b[^>]*?(?:/>|>(.*?)</(?:[\w.-]+:)?target\s*>)", regex.S)
_TAG = regex.compile(r"<[^>]*>")
_REFERENCE = regex.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_COMMENT_OR_CDATA = regex.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>", regex.S)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element) -> str:  # type: ignore[no-untyped-def]
    return "".join(element.itertext())


def _units(root):  # type: ignore[no-untyped-def]
    """``(id, source, target or None)`` for each 1.2 trans-unit and 2.x segment, in order."""
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
    source = children.get("source")
    return identifier, _text(source) if source is not None else "", children.get("target")


def _prose(raw: str) -> str:
    """Mask inline tags and character references, keeping the length."""
    masked = _TAG.sub(lambda m: " " * len(m.group()), raw)

    def reference(match: regex.Match[str]) -> str:
        name = match.group()[1:-1]
        if name.startswith("#x"):
            char = chr(int(name[2:], 16))
        elif name.startswith("#"):
            char = chr(int(name[1:]))
        else:
            char = _NAMED.get(name, " ")
        return char + " " * (len(match.group()) - 1)

    return _REFERENCE.sub(reference, masked)


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
    # Every <target> in the raw text, outside comments and CDATA, in document order.
    blanked = _COMMENT_OR_CDATA.sub(lambda m: " " * len(m.group()), text)
    spans = [m.span(1) if m.group(1) is not None else None for m in _TARGET.finditer(blanked)]
    targets = [t for t in root.iter() if _local(t.tag) == "target"]
    position = {id(element): spans[i] for i, element in enumerate(targets) if i < len(spans)}
    segments = []
    for identifier, source, target in _units(root):
        span = position.get(id(target)) if target is not None else None
        if not span or span[0] == span[1] or not _text(target).strip():
            continue
        start, end = span
        raw = text[start:end]
        segments.append(Segment(start, end, raw, _prose(raw), "entry", identifier, source))
    return Document(path, text, tuple(segments), source_lang, target_lang)
