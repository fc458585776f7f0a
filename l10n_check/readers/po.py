"""Gettext PO catalogs → ``Document``: one segment per translated msgstr, its msgid as source.

polib reads catalogs well but gives no character positions, and a finding must point at the exact
column in the file. So this reader lexes the quoted strings itself and keeps, for each msgstr, the
span of the file it occupies. The segment's ``raw`` is that span as written (quotes, escapes and line
joins included); its ``prose`` has the same length with the joins, escape backslashes and
placeholders blanked, so checks read the translation while offsets stay true to the file.

Fuzzy, obsolete and untranslated entries and the header are not checked: they are not translations
yet. A line that is not PO syntax is an error naming the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..model import Document, Segment

_KEYWORD = regex.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"')
_CONTINUATION = regex.compile(r'^\s*"')
# printf and Python/brace placeholders: not prose, checked by placeholder-mismatch.
PLACEHOLDER = regex.compile(r"%(?:\d+\$)?(?:\([^)\s]+\))?[-+#0]*(?:\d+|\*)?(?:\.\d+)?[hlLqjzt]*[diouxXeEfFgGcrsa%]|\{[\w.\[\]]*(?:![rsa])?(?::[^{}\s]*)?\}")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


@dataclass
class _Entry:
    """Quoted pieces of one entry, as (start, end) offsets of the text between the quotes."""

    pieces: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False
    line: int = 0


def unescape(text: str) -> str:
    """The value of a PO string's content: ``a\\"b\\n`` → ``a"b`` + newline."""
    if "\\" not in text:
        return text
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            out.append(_ESCAPES.get(text[index + 1], text[index + 1]))
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _closing_quote(line: str, start: int) -> int:
    """Index of the quote that closes the string opened before ``start``, or -1."""
    index = start
    while index < len(line):
        if line[index] == "\\":
            index += 2
        elif line[index] == '"':
            return index
        else:
            index += 1
    return -1


def _lex(path: str, text: str) -> list[_Entry]:
    """Split the file into entries with the offsets of every quoted piece."""
    entries: list[_Entry] = []
    current, keyword, offset = _Entry(), "", 0
    for number, line in enumerate(text.split("\n"), start=1):
        body = line.rstrip("\r")
        stripped = body.lstrip()
        if stripped.startswith("#"):
            if stripped.startswith("#,"):
                current.flags.update(f.strip() for f in stripped[2:].split(","))
            elif stripped.startswith("#~"):
                current.obsolete = True
        elif stripped:
            keyword = _piece(body, number, offset, current, keyword, entries)
        if not stripped and current.pieces:
            entries.append(current)
            current, keyword = _Entry(), ""
        offset += len(line) + 1
    if current.pieces:
        entries.append(current)
    return entries


def _starts_entry(entry: _Entry) -> bool:
    return any(k.startswith("msgstr") for k in entry.pieces)


def _piece(line: str, number: int, offset: int, entry: _Entry, keyword: str, entries: list[_Entry]) -> str:
    """Record the quoted piece on ``line``; return the keyword it belongs to."""
    match = _KEYWORD.match(line)
    if match:
        keyword = match.group(1)
        if keyword in ("msgctxt", "msgid") and _starts_entry(entry):
            # A new entry without a blank line before it: close the previous one.
            entries.append(_Entry(dict(entry.pieces), set(entry.flags), entry.obsolete, entry.line))
            entry.pieces.clear()
            entry.flags.clear()
            entry.obsolete = False
        if not entry.pieces:
            entry.line = number
        start = match.end()
    elif _CONTINUATION.match(line) and keyword:
        start = line.index('"') + 1
    else:
        raise ValueError(f"line {number}: not PO syntax: {line.strip()[:40]!r}")
    end = _closing_quote(line, start)
    if end == -1 or line[end + 1 :].strip():
        raise ValueError(f"line {number}: unterminated string")
    entry.pieces.setdefault(keyword, []).append((offset + start, offset + end))
    return keyword


def _value(text: str, pieces: list[tuple[int, int]]) -> str:
    return "".join(unescape(text[a:b]) for a, b in pieces)


def _prose(text: str, start: int, end: int, pieces: list[tuple[int, int]]) -> str:
    """The span ``[start, end)`` with quotes and joins blanked, escapes and placeholders masked."""
    chars = [" "] * (end - start)
    for a, b in pieces:
        content = text[a:b]
        masked = PLACEHOLDER.sub(lambda m: " " * len(m.group()), content)
        index = 0
        while index < len(masked):
            if content[index] == "\\" and index + 1 < len(content):
                escaped = content[index + 1]
                chars[a - start + index + 1] = escaped if escaped in "\"\\'" else " "
                index += 2
            else:
                chars[a - start + index] = masked[index]
                index += 1
    return "".join(chars)


def parse(path: str, text: str, source_lang: str, target_lang: str) -> Document:
    """A PO file's translated, non-fuzzy entries as segments with their msgid as source."""
    segments = []
    for entry in _lex(path, text):
        if entry.obsolete or "fuzzy" in entry.flags or "msgid" not in entry.pieces:
            continue
        msgid = _value(text, entry.pieces["msgid"])
        if not msgid:
            continue  # the header
        context = _value(text, entry.pieces.get("msgctxt", []))
        key = f"{context}\x04{msgid}" if "msgctxt" in entry.pieces else msgid
        for keyword in sorted(k for k in entry.pieces if k.startswith("msgstr")):
            pieces = [p for p in entry.pieces[keyword] if p[1] > p[0]]
            if not pieces:
                continue
            # Every plural form is compared with msgid_plural: singulars often drop the count ("One
            # file"), and in one-form languages such as Chinese msgstr[0] serves every count.
            source = _value(text, entry.pieces["msgid_plural"]) if "msgid_plural" in entry.pieces else msgid
            start, end = pieces[0][0], pieces[-1][1]
            segments.append(
                Segment(start, end, text[start:end], _prose(text, start, end, pieces), "entry", key, source)
            )
    return Document(path, text, tuple(segments), source_lang, target_lang)
