"""What bilingual checks compare between a source and its translation: tokens that must survive.

Each extractor reads a text and yields tokens with 0-based spans. A translation is read from its
segment's raw span without PO line joins (``textutil.unjoined``) and with its escapes decoded in
place (``decoded``), so a span maps back to the file; ``translation`` computes these once per
segment for every check. ``compare`` pairs the two multisets: what the source has that the
translation lost, and what the translation has that the source does not.
"""

from __future__ import annotations

import functools
import html
import itertools
import weakref
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence

import regex

from . import rest
from .model import Document, Hit, Segment
from .textutil import c_unescape, joined, unjoined

_URL = regex.compile(r"\b(?:https?|ftp)://[^\s<>\"'`，。、）)\]\\]+|\bwww\.[\w-]+\.[^\s<>\"'`，。、）)\]\\]+", regex.I)
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TRAILING = ".,;:!?'\"\x00"
# A call with empty parentheses outside reST markup: f(), os.path.join(), obj.method(); it may follow
# Chinese without a space (使用f()), so only ASCII word characters before it make it part of a word.
_CALL = regex.compile(r"(?<![A-Za-z0-9_.`\\])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\(\)")
# A long command-line option: --verbose, --force-all (an em dash written "--" has a space after it).
# (The look-behind follows the dashes: a pattern that starts with one is tried at every position.)
# The run of word characters and dots that ends where a match stops (read backwards).
_RUN_BEFORE = regex.compile(r"[\w.]*", regex.REVERSE)
_OPTION = regex.compile(r"--(?<![A-Za-z0-9_-]--)[A-Za-z][\w-]*")
# A Markdown code span: a run of backticks, the code, the same run.
_CODE_SPAN = regex.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", regex.S)
# Spaces next to brackets and punctuation in code change nothing: f(a, b) and f( a,b ) are one call.
_CODE_SPACE = regex.compile(r"\s*([^\w\s])\s*")
# A tag; "_" stands for whitespace or the filler of a decoded escape (\" and \n inside a PO string).
_TAG = regex.compile(
    r"</?[A-Za-z][\w:-]*(?:_+[\w:-]+(?:_*=_*(?:\"[^\"]*\"|'[^']*'|[^\s>\x00]+))?)*_*/?>".replace("_", r"[\s\x00]")
)
_TAG_NAME = regex.compile(r"</?([\w:-]+)")
_VOID = frozenset({"br", "hr", "img", "wbr"})
_HTML = frozenset("a abbr b big blockquote cite code del div em font h1 h2 h3 h4 h5 h6 i ins kbd li ol p pre q s "
                  "small span strong sub sup table td th tr tt u ul var".split())
_FILLER = "\x00"  # pads a decoded escape to the length it had in the file
_ESCAPE = regex.compile(r"\\(.)|&(?:#\d+|#x[0-9a-fA-F]+|\w+);", regex.S)


@dataclass(frozen=True)
class Token:
    """A token of one side: its span in the text it was found in, the form compared, and the text
    shown to the translator when the form is normalised (code without padding spaces)."""

    start: int
    end: int
    form: str
    text: str = ""

    @property
    def shown(self) -> str:
        return self.text or self.form


Extract = Callable[[str], Iterator[Token]]


def urls(text: str) -> Iterator[Token]:
    """URLs and e-mail addresses, sentence punctuation after them left out."""
    for pattern in (_URL, _EMAIL):
        for match in pattern.finditer(text):
            form = match.group().rstrip(_TRAILING)
            yield Token(match.start(), match.start() + len(form), form)


def code(text: str) -> Iterator[Token]:
    """reST role targets and inline literals; calls such as ``f()`` and ``--options`` outside them.

    The shown text of a reference (:ref:`Using f() <label>`) is prose that may name a call, so only
    its ``<label>`` is closed to the search for calls.
    """
    spans = []
    for start, end, form in rest.code_spans(text):
        explicit = text.rfind("<", start, end) if text.endswith(">`", start, end) else -1
        spans.append((explicit if explicit > 0 else start, end))
        yield Token(start, end, _code_form(form), form.strip())
    yield from _calls_and_options(text, spans)


def markdown_code(text: str) -> Iterator[Token]:
    """Markdown code spans (`x`, ``x``), and calls and ``--options`` outside them."""
    spans = []
    for match in _CODE_SPAN.finditer(text):
        spans.append(match.span())
        yield Token(match.start(), match.end(), _code_form(match.group(2).strip()), match.group(2).strip())
    yield from _calls_and_options(text, spans)


def _calls_and_options(text: str, closed: list[tuple[int, int]]) -> Iterator[Token]:
    for match in itertools.chain(_calls(text), _OPTION.finditer(text) if "--" in text else ()):
        if not any(a <= match.start() < b for a, b in closed):
            yield Token(match.start(), match.end(), _code_form(match.group()), match.group())


def _calls(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_CALL`` in ``text``, looked for only before each "()".

    A call ends at the first "()" after its start and holds only word characters and dots before
    it, so it starts in the run of those that ends at a "()": the leftmost match in that run is
    the one a search of the whole text finds (which tried every word on the way)."""
    end = text.find("()")
    while end != -1:
        run = _RUN_BEFORE.match(text, 0, end)
        match = _CALL.search(text, run.start() if run else end, end + 2)
        if match is not None:
            yield match
        end = text.find("()", end + 2)


def _code_form(text: str) -> str:
    """``write()`` and :meth:`write` name one thing: compare without call parentheses, and without
    spaces that only pad brackets and punctuation."""
    text = text.replace(_FILLER, "")
    if " " in text or "\n" in text or "\t" in text:
        text = _CODE_SPACE.sub(_punctuation, " ".join(text.split()))
    return text[:-2] if text.endswith("()") else text


def _punctuation(match: regex.Match[str]) -> str:
    return match.group(1)


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
            yield Token(match.start(), match.end(), " ".join(tag.replace(_FILLER, "").split()))


@dataclass(frozen=True)
class Difference:
    """Source tokens the translation lost (as the source writes them), and translation tokens the
    source does not hold."""

    missing: tuple[str, ...]
    extra: tuple[Token, ...]


def compare(source: str, target: str, extract: Extract) -> Difference:
    """Compare the tokens of both sides as multisets (order may change in a translation).

    A lost token whose text the translation still holds as a word of its own (markup changed, code
    kept), and an added one that the source holds so, are no difference: ``2`` is not held by
    ``opt-2.pyc``, nor ``ArgumentParse`` by ``ArgumentParser``.
    """
    tokens = list(extract(source))
    remaining = Counter(t.form for t in tokens)
    extra = []
    for token in extract(target):
        form = token.form.replace(_FILLER, "")
        if remaining[form] > 0:
            remaining[form] -= 1
        elif not holds(source, form):
            extra.append(Token(token.start, token.end, form, token.shown.replace(_FILLER, "")))
    plain = target.replace(_FILLER, "")
    shown = {t.form: t.shown for t in tokens}
    missing = tuple(sorted(shown[f] for f in remaining.elements() if not holds(plain, f) and not holds(plain, shown[f])))
    return Difference(missing, tuple(extra))


def holds(text: str, form: str) -> bool:
    """Whether ``text`` holds ``form`` with no letter, digit, ``_``, ``-`` or ``.`` glued to either end
    (a full stop that ends a sentence is not glued)."""
    at = text.find(form)
    while at != -1:
        before, after = text[at - 1 : at] if at else "", text[at + len(form) : at + len(form) + 2]
        if not _GLUED_BEFORE.match(before) and not _GLUED_AFTER.match(after):
            return True
        at = text.find(form, at + 1)
    return False


_GLUED_BEFORE = regex.compile(r"[A-Za-z0-9_.-]")
_GLUED_AFTER = regex.compile(r"[A-Za-z0-9_-]|\.[A-Za-z0-9_]")


def decoded(text: str, path: str) -> str:
    """``text`` as its file means it (PO escapes, XML references), padded to the same length.

    Each decoded escape keeps its place and is padded with a filler that ``compare`` drops, so
    offsets into the result are offsets into the file's text.
    """
    return _decoded(text, is_po_path(path))


@functools.lru_cache(maxsize=256)  # asked for every segment of a catalog by every check
def is_po_path(path: str) -> bool:
    """Whether ``path`` names a PO catalog or template, whose strings are written with C escapes."""
    return path.lower().endswith((".po", ".pot"))


def _decoded(text: str, po: bool) -> str:
    if "\\" not in text and "&" not in text:
        return text
    if po:
        # A PO string's references (&amp;) are text, and none can hold a backslash: only its escapes
        # change, each to one character and a filler.
        return _PO_ESCAPE.sub(_po_escape, text) if "\\" in text else text
    return _ESCAPE.sub(_xml_escape, text)


def _xml_escape(match: regex.Match[str]) -> str:
    """An XML reference decoded and padded; a backslash is no escape in XML."""
    whole = match.group()
    if match.group(1) is not None:
        return whole
    value = html.unescape(whole)
    return value + _FILLER * (len(whole) - len(value)) if len(value) <= len(whole) else whole


@dataclass(frozen=True)
class Translation:
    """A segment's translation as the bilingual checks read it: ``text`` is its ``raw`` span without
    PO line joins, ``decoded`` the text with its escapes decoded in place (same length, see
    ``decoded``)."""

    raw: str
    text: str
    decoded: str

    @functools.cached_property
    def where(self) -> Sequence[int]:
        """For each character of ``text``, its index in ``raw`` (plus the end): built only for the
        few translations a finding is reported in."""
        return unjoined(self.raw)[1] if self.text is not self.raw else range(len(self.raw) + 1)

    @functools.cached_property
    def plain(self) -> str:
        """The decoded text without the filler that keeps its length: what a reader sees."""
        return self.decoded.replace(_FILLER, "")

    @functools.cached_property
    def unescaped(self) -> str:
        """The text with its C escapes read (``\\n`` a line break), shorter than the span."""
        return c_unescape(self.text)


def translation(segment: Segment, path: str) -> Translation:
    """``segment``'s translation as bilingual checks read it, computed once for all of them."""
    return _translation(segment.raw, is_po_path(path))


def decoded_translation(segment: Segment, path: str) -> str:
    """``translation(segment, path).decoded``, without building it for the many translations that
    hold no PO join, escape or reference: those are their raw span."""
    raw = segment.raw
    if '"' not in raw and "\\" not in raw and "&" not in raw:
        return raw
    return translation(segment, path).decoded


# Keyed by the raw span (one string object per segment, its hash kept): every bilingual check of a
# run asks for every segment in turn, so the cache holds a catalog's entries between checks.
@functools.lru_cache(maxsize=1 << 17)
def _translation(raw: str, po: bool) -> Translation:
    text = joined(raw)
    return Translation(raw, text, _decoded(text, po))


def same_code(source: str, target: str) -> bool:
    """Whether ``code`` surely finds the same tokens in ``source`` and in a decoded ``target``: the
    same role targets and literals, written alike, and the same calls and options written alike
    (inside the literals or not: a call inside one is the literal's on both sides, since their
    literals are the same). False says nothing: ``compare`` them.

    Most entries of a Sphinx catalog keep their literals and calls as they are; this tells so
    without building their tokens."""
    if source == target:
        return True  # a translation left as its source (code-only entries often are): 1 in 10
    return rest.code_keys(source) == rest.code_keys(target) and _calls_as_written(source) == _calls_as_written(target)


def _calls_as_written(text: str) -> list[str]:
    """Every call and option of ``text`` as written, sorted, whether a literal or role holds it or not."""
    if "()" not in text and "--" not in text:
        return []
    found = [match.group() for match in _calls(text)]
    if "--" in text:
        found += [match.group() for match in _OPTION.finditer(text)]
    found.sort()
    return found


_PO_ESCAPE = regex.compile(r"\\(.)", regex.S)


def _po_escape(match: regex.Match[str]) -> str:
    return _escaped(match.group(1)) + _FILLER


@functools.lru_cache(maxsize=None)
def _escaped(character: str) -> str:
    """What a backslash before ``character`` stands for in a PO string (one character)."""
    return c_unescape("\\" + character)


def translated(doc: Document) -> Iterator[Segment]:
    """The segments a bilingual check compares: those with a source and a translation."""
    held = _translated[0]() if _translated else None
    if held is not doc:  # every bilingual check of a run asks for the same document in turn
        _translated[:] = [weakref.ref(doc), [segment for segment in doc.segments if segment.source and segment.raw]]
    return iter(_translated[1])


# The last document ``translated`` read (held weakly: a document is not kept alive for it) and its list.
_translated: list[Any] = []


def segment_difference(segment: Segment, extract: Extract, path: str) -> Difference:
    """The tokens of ``segment``'s source its translation lost, and those it added (spans in ``raw``)."""
    target = translation(segment, path)
    difference = compare(segment.source or "", target.decoded, extract)
    if not difference.extra:
        return difference  # no span to map back (the index is built only when one is)
    where = target.where
    extra = tuple(Token(where[t.start], where[t.end - 1] + 1, t.form, t.text) for t in difference.extra)
    return Difference(difference.missing, extra)


def mismatch_hits(segment: Segment, extract: Extract, noun: str, path: str, added: bool = True) -> Iterator[Hit]:
    """Hits for one segment: each extra token where it stands, lost ones on the whole segment.

    When exactly one token was lost and one added, the added one is reported as the lost one
    changed, with the lost one as the suggestion. ``added`` False reports added tokens only then.
    """
    yield from difference_hits(segment, segment_difference(segment, extract, path), noun, added)


def difference_hits(segment: Segment, difference: Difference, noun: str, added: bool = True) -> Iterator[Hit]:
    """The hits of ``mismatch_hits`` for a difference already computed (and perhaps narrowed)."""
    changed = len(difference.missing) == 1 and len(difference.extra) == 1
    for token in difference.extra if added or changed else ():
        start, end = segment.start + token.start, segment.start + token.end
        if changed:
            yield Hit(start, end, f"{noun} '{token.shown}' differs from the source's '{difference.missing[0]}'",
                      difference.missing[0])
        else:
            yield Hit(start, end, f"{noun} '{token.shown}' is not in the source")
    if difference.missing and not changed:
        lost = ", ".join(f"'{form}'" for form in difference.missing)
        yield Hit(segment.start, segment.end, f"{noun}{'s' if len(difference.missing) > 1 else ''} {lost} "
                  "of the source missing from the translation")
