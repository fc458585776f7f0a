"""What bilingual checks compare between a source and its translation: tokens that must survive.

Each extractor reads a text and yields tokens with 0-based spans. A translation is read from its
segment's raw span without PO line joins (``textutil.unjoined``) and with its escapes decoded in
place (``decoded``), so a span maps back to the file. ``compare`` pairs the two multisets: what the
source has that the translation lost, and what the translation has that the source does not.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterator

import regex

from . import rest
from .model import Hit, Segment
from .textutil import c_unescape, unjoined

_URL = regex.compile(r"\b(?:https?|ftp)://[^\s<>\"'`，。、）)\]\\]+|\bwww\.[\w-]+\.[^\s<>\"'`，。、）)\]\\]+", regex.I)
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TRAILING = ".,;:!?'\"\x00"
# A call with empty parentheses outside reST markup: f(), os.path.join(), obj.method().
_CALL = regex.compile(r"(?<![\w.`\\])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\(\)")
_TAG = regex.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>")
_TAG_NAME = regex.compile(r"</?([\w:-]+)")
_VOID = frozenset({"br", "hr", "img", "wbr"})
_HTML = frozenset("a abbr b big blockquote cite code del div em font h1 h2 h3 h4 h5 h6 i ins kbd li ol p pre q s "
                  "small span strong sub sup table td th tr tt u ul var".split())
_FILLER = "\x00"  # pads a decoded escape to the length it had in the file
_ESCAPE = regex.compile(r"\\(.)|&(?:#\d+|#x[0-9a-fA-F]+|\w+);", regex.S)


@dataclass(frozen=True)
class Token:
    """A token of one side: its span in the text it was found in, and the form compared."""

    start: int
    end: int
    form: str


Extract = Callable[[str], Iterator[Token]]


def urls(text: str) -> Iterator[Token]:
    """URLs and e-mail addresses, sentence punctuation after them left out."""
    for pattern in (_URL, _EMAIL):
        for match in pattern.finditer(text):
            form = match.group().rstrip(_TRAILING)
            yield Token(match.start(), match.start() + len(form), form)


def code(text: str) -> Iterator[Token]:
    """reST role targets and inline literals, and calls such as ``f()`` outside them."""
    spans = []
    for start, end, form in rest.code_spans(text):
        spans.append((start, end))
        yield Token(start, end, _code_form(form))
    for match in _CALL.finditer(text):
        if not any(a <= match.start() < b for a, b in spans):
            yield Token(match.start(), match.end(), _code_form(match.group()))


def _code_form(text: str) -> str:
    """``write()`` and :meth:`write` name one thing: compare without call parentheses."""
    text = " ".join(text.split())
    return text[:-2] if text.endswith("()") else text


def tags(text: str) -> Iterator[Token]:
    """XML and HTML tags, attributes compared as written (a link's href must survive).

    ``<FILE>`` and ``<glob-pattern>`` in help texts are metavariables that translators translate: a
    tag counts only when it closes, closes itself, has an attribute with a value, is a void element (``<br>``) or
    is an HTML element whose closing tag the text holds.
    """
    if "<" not in text:
        return
    lowered = text.lower()
    for match in _TAG.finditer(text):
        tag = match.group()
        name = _TAG_NAME.match(tag).group(1).lower()  # type: ignore[union-attr]
        if (tag.startswith("</") or tag.endswith("/>") or "=" in tag or name in _VOID
                or (name in _HTML and f"</{name}" in lowered)):
            yield Token(match.start(), match.end(), " ".join(tag.split()))


@dataclass(frozen=True)
class Difference:
    """Source forms the translation lost, and translation tokens the source does not hold."""

    missing: tuple[str, ...]
    extra: tuple[Token, ...]


def compare(source: str, target: str, extract: Extract) -> Difference:
    """Compare the tokens of both sides as multisets (order may change in a translation).

    A lost token whose text the translation still holds (markup changed, code kept), and an added
    one whose text the source holds, are no difference.
    """
    remaining = Counter(t.form for t in extract(source))
    extra = []
    for token in extract(target):
        form = token.form.replace(_FILLER, "")
        if remaining[form] > 0:
            remaining[form] -= 1
        elif form not in source:
            extra.append(Token(token.start, token.end, form))
    plain = target.replace(_FILLER, "")
    missing = tuple(sorted(f for f in remaining.elements() if f not in plain))
    return Difference(missing, tuple(extra))


def decoded(text: str, path: str) -> str:
    """``text`` as its file means it (PO escapes, XML references), padded to the same length.

    Each decoded escape keeps its place and is padded with a filler that ``compare`` drops, so
    offsets into the result are offsets into the file's text.
    """
    if "\\" not in text and "&" not in text:
        return text
    po = path.lower().endswith((".po", ".pot"))

    def decode(match: regex.Match[str]) -> str:
        whole = match.group()
        if match.group(1) is not None:
            value = c_unescape(whole) if po else whole
        else:
            value = whole if po else html.unescape(whole)
        return value + _FILLER * (len(whole) - len(value)) if len(value) <= len(whole) else whole

    return _ESCAPE.sub(decode, text)


def mismatch_hits(segment: Segment, extract: Extract, noun: str, path: str, added: bool = True) -> Iterator[Hit]:
    """Hits for one segment: each extra token where it stands, lost ones on the whole segment.

    When exactly one token was lost and one added, the added one is reported as the lost one
    changed, with the lost one as the suggestion. ``added`` False reports added tokens only then.
    """
    text, where = unjoined(segment.raw)
    difference = compare(segment.source or "", decoded(text, path), extract)
    changed = len(difference.missing) == 1 and len(difference.extra) == 1
    for token in difference.extra if added or changed else ():
        start, end = segment.start + where[token.start], segment.start + where[token.end - 1] + 1
        if changed:
            yield Hit(start, end, f"{noun} '{token.form}' differs from the source's '{difference.missing[0]}'",
                      difference.missing[0])
        else:
            yield Hit(start, end, f"{noun} '{token.form}' is not in the source")
    if difference.missing and not changed:
        lost = ", ".join(f"'{form}'" for form in difference.missing)
        yield Hit(segment.start, segment.end, f"{noun}{'s' if len(difference.missing) > 1 else ''} {lost} "
                  "of the source missing from the translation")
