"""reStructuredText inline markup (Sphinx catalogs): what is code, what is a reference, what is prose.

Catalogs of Sphinx documentation (the Python docs and most projects on Read the Docs) carry reST in
every msgid and msgstr: ``literals``, :role:`targets`, `links <url>`_, |substitutions|, [#]_
footnotes. None of it is prose, and a check of language or markup must not read it; and the
targets of roles and literals are code that a translation has to keep. The patterns here serve
both: ``mask`` blanks the markup keeping lengths, ``code_spans`` lists what must survive.
"""

from __future__ import annotations

import re
from typing import Iterator

# reST constructs that are not prose, in one pattern tried left to right (literals first: they may
# hold backticks and underscores the later alternatives would misread): inline literals, roles,
# |substitutions|, footnote and citation references, `text <target>`_ links (whose text is prose),
# `interpreted text` (code in Sphinx docs) and the underscore of a reference_.
# (A reference's first backtick looks ahead for the "`_" that must close it before its shortest
# text is tried a character at a time: most backticks open literals and roles.)
_MARKUP = re.compile(
    r"``.+?``"
    r"|`(?=[^`]*`_)(?P<text>[^`<]+?)(?P<target>\s*<[^<>`]*>)?`__?"
    r"|`[^`]+`"
    r"|:(?:[\w.+-]+:)+`[^`]*`_{0,2}"
    r"|\|[\w .-]+\|_{0,2}"
    r"|\[(?:#\w*|\*|\d+|[\w.-]+)\]_"
    r"|_(?<=[A-Za-z0-9.-]_)(?!\w)",
    re.S,
)  # every branch starts with a literal character, so the engine skips to those characters
_NOT_BREAK = re.compile(r"[^\r\n]+")  # runs, not characters: a code block is blanked a line at a time
# A msgid that is code: a literal block (Sphinx joins prose paragraphs into one line, so any line
# break means a code block), an interactive session, an import, an assignment or a bare call.
_CODE_MSGID = re.compile(r"\s*(?:>>>|\$ |import \w|from [\w.]+ import )|[\w.\[\]'\"]+\s*[-+*/|]?=\s|[\w.]+\(.*\)\Z")
# A role, the surest sign of Sphinx text; a file with a few of them is read as reST.
# Patterns start with the colon and look behind it from there: a pattern that starts with a look-behind
# is tried at every position of the text, one that starts with a character only where it stands.
ROLE = re.compile(r":(?<![\w`]:)[a-z]+(?::[a-z]+)?:`")
# What a role or a literal names: :func:`os.path.join`, :ref:`text <label>`, ``x = 1``.
_ROLE_TARGET = re.compile(r"(?P<role>:(?<![\w`]:)[\w.+-]+(?::[\w.+-]+)*):`(?P<body>[^`]*)`")
_LITERAL = re.compile(r"``(?P<body>.+?)``", re.S)
_EXPLICIT_TARGET = re.compile(r"<([^<>]+)>\s*$")


def blank(text: str) -> str:
    """Spaces for every character of ``text`` except line breaks, which keep lines true."""
    if "\n" not in text and "\r" not in text:
        return " " * len(text)
    return _NOT_BREAK.sub(spaces, text)


def spaces(match: re.Match[str]) -> str:
    """As many spaces as ``match`` is long: a ``sub`` replacement that blanks what it matched."""
    return " " * (match.end() - match.start())


def looks_like_rest(text: str, least: int = 3) -> bool:
    """Whether a whole file is Sphinx text: it holds at least ``least`` roles."""
    found = 0
    for _ in ROLE.finditer(text):
        found += 1
        if found >= least:
            return True
    return False


def is_code(text: str) -> bool:
    """Whether a Sphinx msgid is code as a whole (a literal block, a session, an import)."""
    return "\n" in text or bool(_CODE_MSGID.match(text))


def mask(text: str) -> str:
    """``text`` with reST code, roles, references and link targets replaced by spaces (same length)."""
    if "`" not in text and "|" not in text and "_" not in text:
        return text
    if "\n" in text or "\r" in text:
        return _MARKUP.sub(_blank_markup, text)
    return _MARKUP.sub(_blank_markup_in_line, text)  # most strings: no line break to keep


def _blank_markup(match: re.Match[str]) -> str:
    shown = match.group("text")
    if shown is None:
        return blank(match.group())
    return " " + shown + blank(match.group()[1 + len(shown) :])


def _blank_markup_in_line(match: re.Match[str]) -> str:
    """``_blank_markup`` in a text without line breaks: spaces, but a reference's shown text."""
    shown = match.group("text")
    if shown is None:
        return " " * (match.end() - match.start())
    return " " + shown + " " * (match.end() - match.start() - 1 - len(shown))


def code_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, code)`` of every role target and inline literal: what a translation keeps.

    A role's shown text may be translated (:ref:`中文 <label>`), so a role with an explicit
    ``<target>`` yields the target; ``~`` and ``!`` prefixes only change how it is shown.
    Roles that hold prose (:term:, :dfn:, :emphasis:, :abbr:, :title-reference:) yield nothing.
    """
    if "`" not in text:
        return
    for match in _LITERAL.finditer(text):
        yield match.start(), match.end(), match.group("body")
    for match in _ROLE_TARGET.finditer(text):
        if match.group("role").rsplit(":", 1)[-1] in _PROSE_ROLES:
            continue
        body = match.group("body")
        explicit = _EXPLICIT_TARGET.search(body)
        target = explicit.group(1) if explicit else body.lstrip("~!")
        yield match.start(), match.end(), target.strip()


def code_keys(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The inline literals and the roles of ``text`` as written, sorted: two texts with equal keys
    have the same ``code_spans`` codes (as multisets), wherever they stand."""
    # A literal holds "``" and a role ":`"; most texts hold neither, and a test of a few C searches
    # costs less than a search of each pattern.
    if "`" not in text:
        return [], []
    literals = sorted(_LITERAL.findall(text)) if "``" in text else []
    return literals, sorted(_ROLE_TARGET.findall(text)) if ":`" in text else []


# Roles whose content is words a translator renders (a glossary term, an emphasis, an abbreviation).
_PROSE_ROLES = frozenset({"term", "dfn", "emphasis", "strong", "abbr", "title-reference", "t", "guilabel", "menuselection", "sub", "sup"})
