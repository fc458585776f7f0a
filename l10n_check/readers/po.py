"""Gettext PO catalogs → ``Document``: one segment per msgstr, its msgid as source.

polib reads catalogs well but gives no character positions, and a finding must point at the exact
column in the file. So this reader lexes the quoted strings itself and keeps, for each msgstr, the
span of the file it occupies. The segment's ``raw`` is that span as written (quotes, escapes and line
joins included); its ``prose`` has the same length with the joins, escape backslashes, placeholders,
URLs, tags and (in Sphinx catalogs) reST markup blanked, so checks read the translation while
offsets stay true to the file. ``source_prose`` is the msgid masked the same way.

Fuzzy entries and untranslated ones (an empty msgstr, at the place of its quotes) become segments
with ``state`` "fuzzy" or "untranslated": the engine checks them only when asked. Obsolete entries
(``#~``) and the header are never segments. A line that is not PO syntax is an error naming the line.

The lexer is one regular expression over the whole file, one match per comment line or per keyword
with its continuation lines: a 12 MB catalog is read in a fraction of a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, NamedTuple

from .. import rest
from ..config import declared_lang
from ..model import Document, Segment
from ..textutil import PLACEHOLDER_PATTERN, base_lang, c_unescape, joined
from .text import mask_common

# The body of one quoted string, escapes included (unrolled: no alternation per character).
_BODY = r'[^"\\\n]*(?:\\.[^"\\\n]*)*'
# One comment run or one keyword with its continuation lines, after any blank lines; matched where
# the previous match ended, so the engine never tries the positions in between.
_BLOCK = re.compile(
    r'(?:[ \t]*\r?\n)*[ \t]*(?:(?P<comments>#[^\n]*(?:\n[ \t]*#[^\n]*)*)'
    r'|(?P<keyword>msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]*'
    rf'(?P<strings>"{_BODY}"[ \t]*\r?(?:\n[ \t]*"{_BODY}"[ \t]*\r?)*)(?=\n|\Z))'
)
_STRINGS = rf'"{_BODY}"[ \t]*\r?(?:\n[ \t]*"{_BODY}"[ \t]*\r?)*'
_NEXT_LINE = r"\n(?:[ \t]*\r?\n)*[ \t]*"  # the end of a block's last line, blank lines, indent
# The common shape of a whole entry, tried first: comment and blank lines, an optional msgctxt, a
# msgid and one msgstr, then the start of the next entry or the end of the file. Whatever else
# (plurals, obsolete entries, comments between keywords, errors) is left to ``_BLOCK``, which
# reads the same text into the same entry one block at a time.
_ENTRY = re.compile(
    r"(?P<head>(?:[ \t]*(?:#[^\n]*|\r)?\n)*)[ \t]*"
    rf"(?:msgctxt[ \t]*(?P<msgctxt>{_STRINGS}){_NEXT_LINE})?"
    rf"msgid[ \t]*(?P<msgid>{_STRINGS}){_NEXT_LINE}"
    rf"msgstr[ \t]*(?P<msgstr>{_STRINGS})"
    rf'(?={_NEXT_LINE}(?:#|msgctxt|msgid[ \t]*")|\n(?:[ \t]*\r?\n)*[ \t]*\Z|\Z)'
)
_FLAGS = re.compile(r"^[ \t]*#,(.*)", re.M)
# What is blanked in a msgstr's span: line joins, escapes (the backslash; the escaped character
# too unless it is a quote or backslash) and placeholders.
_NOT_PROSE = re.compile(rf'"[ \t]*\r?\n[ \t]*"|\\(?P<escape>.)|{PLACEHOLDER_PATTERN}')
_PLACEHOLDERS = re.compile(PLACEHOLDER_PATTERN)
_FORMAT_FLAG = re.compile(r"(?:no-)?[\w-]+-format")

unescape = c_unescape  # the value of a PO string's content


@dataclass
class _Entry:
    """Quoted blocks of one entry: keyword → (start, end) of its strings, quotes included."""

    blocks: dict[str, tuple[int, int]] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


def _lex(text: str) -> Iterator[_Entry | re.Match[str]]:
    """Split the file into entries; raise ``ValueError`` naming the first line that is not PO.

    An entry of the common shape comes as its ``_ENTRY`` match (``_whole_entry`` reads it as an
    ``_Entry``): the parser reads its segment from the match without building the entry."""
    entry, translated, last, size = _Entry(), False, 0, len(text)
    match_entry = _ENTRY.match
    while True:
        # A whole entry at once where the entry before it is complete (or there is none).
        whole = match_entry(text, last) if translated or not (entry.blocks or entry.flags) else None
        if whole is not None and "#~" not in whole.group("head"):
            if translated:
                yield entry
                entry, translated = _Entry(), False
            last = whole.end()
            yield whole
            continue
        match = _BLOCK.match(text, last)
        if match is None:
            break
        last = match.end()
        comments, keyword = match.group("comments", "keyword")
        if translated and (comments is not None or keyword == "msgid" or keyword == "msgctxt"):
            yield entry
            entry, translated = _Entry(), False
        if comments is not None:
            if "#~" in comments:
                # An obsolete entry is all comments: its flags are not the next entry's.
                comments = comments[comments.rfind("#~") :]
                entry = _Entry()
            if "#," in comments:
                entry.flags.extend(_flags(comments))
        else:
            entry.blocks[keyword] = match.span("strings")
            translated = translated or keyword[3] == "s"  # msgstr, msgstr[n]
    if last < size and not text[last:].isspace():
        _fail(text, last)
    if entry.blocks:
        yield entry


def _whole_entry(match: re.Match[str]) -> _Entry:
    """The entry an ``_ENTRY`` match holds, as ``_BLOCK`` would have read it."""
    blocks = {"msgid": match.span("msgid"), "msgstr": match.span("msgstr")}
    if match.start("msgctxt") != -1:
        blocks = {"msgctxt": match.span("msgctxt"), **blocks}
    head = match.group("head")
    return _Entry(blocks, list(_flags(head)) if "#," in head else [])


def _flags(comments: str) -> Iterator[str]:
    """The flags of the ``#,`` lines of some comment lines."""
    return (f.strip() for line in _FLAGS.findall(comments) for f in line.split(","))


def _fail(text: str, offset: int) -> None:
    """Raise the one-line error for the first non-blank line at or after ``offset``."""
    while text[offset] in " \t\r\n":
        offset += 1
    number = text.count("\n", 0, offset) + 1
    line = text[offset : text.find("\n", offset) if "\n" in text[offset:] else len(text)].strip()
    if '"' in line and (line.startswith('"') or line.startswith("msg")):
        raise ValueError(f"line {number}: unterminated string")
    raise ValueError(f"line {number}: not PO syntax: {line[:40]!r}")


# The lexer matched every line of a block as one quoted string between blanks, so a line's content
# lies between its first and its last quote, and the strings of a block are separated by exactly a
# PO line join: C searches find them, no pattern runs per string.


def _line_content(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the content of the quoted string on the line ``text[start:end]``."""
    opening = text.index('"', start, end) + 1
    return opening, text.rindex('"', opening, end)


def _content_span(text: str, block: tuple[int, int]) -> tuple[int, int] | None:
    """From the start of a block's first non-empty string's content to the end of its last one's;
    None when every string of the block is empty."""
    start, end = block
    if text.find("\n", start, end) == -1:  # one string (most blocks): its content, if any
        closing = text.rindex('"', start + 1, end)
        return (start + 1, closing) if closing > start + 1 else None
    line_start = start
    while True:  # forwards to the first non-empty string (mostly the first or the second)
        line_end = text.find("\n", line_start, end)
        first, closing = _line_content(text, line_start, end if line_end == -1 else line_end)
        if closing > first:
            break
        if line_end == -1:
            return None
        line_start = line_end + 1
    line_end = end
    while True:  # backwards to the last one
        line_start = max(text.rfind("\n", start, line_end) + 1, start)
        opening, last = _line_content(text, line_start, line_end)
        if last > opening:
            return first, last
        line_end = line_start - 1


def _value(text: str, block: tuple[int, int] | None) -> str:
    """The value of a block: its strings' contents joined, escapes read."""
    if not block:
        return ""
    return _strings_value(text[block[0] : block[1]])


def _strings_value(strings: str) -> str:
    """The value of a block's strings as written (quotes, joins and escapes included)."""
    content = strings[1 : strings.rindex('"')]
    # No escape spans two strings (a string cannot end in a lone backslash): join, then unescape.
    return unescape(joined(content) if "\n" in content else content)


def _blank_not_prose(match: re.Match[str]) -> str:
    escaped = match.group("escape")
    if escaped is None:
        return " " * (match.end() - match.start())
    # An escaped quote reads as a quote where its escape starts: ``\"%s\"`` is a quoted placeholder
    # in prose, not a quote glued to a backslash; checks of raw markup then leave it alone.
    return escaped + " " if escaped in "\"'" else "  "


@dataclass(frozen=True)
class Masking:
    """How a catalog's strings are masked: Sphinx catalogs also lose their reST markup."""

    rest: bool

    def prose(self, raw: str, source: str) -> str:
        """A msgstr's span with everything that is not prose blanked, keeping its length."""
        return self.masked(raw, self.is_code(source), True)

    def source(self, source: str) -> str:
        """The msgid masked the same way (it holds no escapes or joins: it is a value)."""
        return self.masked(source, self.is_code(source), False)

    def is_code(self, source: str) -> bool:
        """Whether an entry whose msgid is ``source`` is code as a whole (Sphinx literal blocks)."""
        return self.rest and rest.is_code(source)

    def masked(self, text: str, code: bool, in_file: bool) -> str:
        """``text`` masked, given whether its entry ``is_code`` and whether it is a msgstr's span as
        written ``in_file`` (joins and escapes) or a value."""
        if code:
            return rest.blank(text)
        # Each branch of the patterns starts with one of these characters: most strings hold none.
        if in_file:
            if '"\n"' in text:
                # Most joins are written so, in strings without escapes: blanked by one C pass where
                # no quote or backslash is left that another match could have shared with a join.
                unjoined = text.replace('"\n"', "   ")
                if '"' not in unjoined and "\\" not in unjoined:
                    text = unjoined
            if '"' in text or "\\" in text or "%" in text or "{" in text:
                text = _NOT_PROSE.sub(_blank_not_prose, text)
        elif "%" in text or "{" in text:
            text = _PLACEHOLDERS.sub(rest.spaces, text)
        return mask_common(rest.mask(text) if self.rest else text)


def parse(path: str, text: str, source_lang: str, target_lang: str) -> Document:
    """A PO file's entries as segments with their msgid as source (see the module docs).

    The languages are the catalog's own when its header declares them (``declared_languages``);
    ``source_lang`` and ``target_lang`` apply to a catalog that does not."""
    masking = Masking(rest.looks_like_rest(text))
    segments: list[Segment] = []
    for entry in _lex(text):
        if isinstance(entry, re.Match):
            if segments:  # (the header, first, is read as an ``_Entry``)
                segment = _whole_segment(text, entry, masking)
                if segment is not None:
                    segments.append(segment)
                continue
            entry = _whole_entry(entry)
        if "msgid" not in entry.blocks:
            continue
        if not segments and "msgctxt" not in entry.blocks and not _value(text, entry.blocks["msgid"]):
            source_lang, target_lang = declared_languages(_value(text, entry.blocks.get("msgstr")), source_lang, target_lang)
        segments.extend(_segments(text, entry, masking))
    return Document(path, text, tuple(segments), source_lang, target_lang)


_HEADER_FIELD = re.compile(r"^[ \t]*(Language|X-Source-Language)[ \t]*:(.*)$", re.M)


def declared_languages(header: str, source_lang: str, target_lang: str) -> tuple[str, str]:
    """``(source, target)`` of a catalog whose header is ``header``, the given ones by default.

    A catalog declares the language it is translated into (``Language: zh_CN``); its msgids are in
    English, gettext's convention, unless it says otherwise (``X-Source-Language``, as Poedit and
    Weblate write it). A catalog into English, such as the ones ``l10n-check scan --po`` writes,
    keeps the configured source language: its msgids are the drafts' source.
    """
    fields = {name: declared_lang(value) for name, value in _HEADER_FIELD.findall(header)}
    declared, source = fields.get("Language"), fields.get("X-Source-Language")
    if not declared:
        return source or source_lang, target_lang
    return source or (source_lang if base_lang(declared) == "en" else "en"), declared


def _segments(text: str, entry: _Entry, masking: Masking) -> Iterator[Segment]:
    """One segment per msgstr (each plural form), or one empty "untranslated" segment."""
    blocks = entry.blocks
    msgid = _value(text, blocks["msgid"])
    if not msgid:
        return  # the header
    context = blocks.get("msgctxt")
    key = f"{_value(text, context)}\x04{msgid}" if context else msgid
    # Every plural form is compared with msgid_plural: singulars often drop the count ("One
    # file"), and in one-form languages such as Chinese msgstr[0] serves every count.
    source = _value(text, blocks.get("msgid_plural")) or msgid
    code = masking.is_code(source)
    state, flags = _state(entry.flags)
    shared = _Shared(key, source, masking.masked(source, code, False), state, flags, code)
    forms = [k for k in blocks if k.startswith("msgstr")]
    if len(forms) > 1:
        forms.sort(key=lambda k: (len(k), k))
    for keyword in forms:
        yield _msgstr_segment(text, blocks[keyword], masking, shared)


def _whole_segment(text: str, match: re.Match[str], masking: Masking) -> Segment | None:
    """The segment of an entry of the common shape (one msgid, one msgstr), read from its
    ``_ENTRY`` match as ``_segments`` reads the ``_Entry`` it holds; None for an empty msgid."""
    msgid_strings, context, head = match.group("msgid", "msgctxt", "head")
    msgid = _strings_value(msgid_strings)
    if not msgid:
        return None
    key = f"{_strings_value(context)}\x04{msgid}" if context is not None else msgid
    state, flags = _state(list(_flags(head))) if "#," in head else ("", ())
    code = masking.is_code(msgid)
    shared = _Shared(key, msgid, masking.masked(msgid, code, False), state, flags, code)
    return _msgstr_segment(text, match.span("msgstr"), masking, shared)


class _Shared(NamedTuple):
    """What every msgstr segment of one entry shares (a tuple: one is made per entry)."""

    key: str
    source: str
    source_prose: str
    state: str
    flags: tuple[str, ...]
    code: bool


def _state(flags: list[str]) -> tuple[str, tuple[str, ...]]:
    """An entry's state ("fuzzy" or finished) and its format flags, from its flags."""
    if not flags:
        return "", ()
    return "fuzzy" if "fuzzy" in flags else "", tuple(f for f in flags if _FORMAT_FLAG.fullmatch(f))


def _msgstr_segment(text: str, block: tuple[int, int], masking: Masking, shared: _Shared) -> Segment:
    """The segment of one msgstr block: its content's span, or an "untranslated" empty one."""
    key, source, source_prose, state, flags, code = shared
    span = _content_span(text, block)
    if span is None:
        # An empty msgstr: a zero-width segment just inside its opening quote.
        at = block[0] + 1
        return Segment(at, at, "", "", "entry", key, source, source_prose, "untranslated", flags)
    start, end = span
    raw = text[start:end]
    return Segment(start, end, raw, masking.masked(raw, code, True), "entry", key, source, source_prose, state, flags)
