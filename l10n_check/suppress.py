"""Suppressions written in the draft itself, in each format's own comment syntax.

Drafts (text, Markdown, and any XML-like format) use HTML comments::

    <!-- l10n-check: disable untranslated-fragment, garbled-text -->
    ... nothing of those two checks is reported here ...
    <!-- l10n-check: enable untranslated-fragment, garbled-text -->
    <!-- l10n-check: disable-next-line fullwidth-punctuation -->
    <!-- l10n-check: ignore "微信" untranslated-fragment -->

``disable`` without check names silences every check until a bare ``enable``; ``enable`` without
names closes every open ``disable``. ``disable-next-line`` covers the next non-blank line.
``ignore "exact text"`` (or ``'exact text'``) silences findings lying inside any occurrence of that
text anywhere in the file: a deliberate original kept on purpose.

Gettext catalogs use a translator comment, scoped to the entry it belongs to::

    # l10n-check: disable untranslated-fragment
    msgid "..."

Directives that silence nothing, name an unknown check or cannot be parsed are reported by the
engine as ``unused-suppression`` findings (info), so stale ones get cleaned up.

This module is pure: documents and findings in, the kept findings and the problem hits out.
"""

from __future__ import annotations

import difflib
import os
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import regex

from . import patterns
from .model import Document, Finding, Hit, Severity

RULE = "unused-suppression"
RULE_SEVERITY = Severity.INFO
RULE_DOC = """A suppression directive in the draft that silenced nothing, or that cannot be understood.

## What it flags
`<!-- l10n-check: disable CHECK -->`, `disable-next-line`, `ignore "text"` and PO translator
comments `# l10n-check: disable CHECK` that suppressed no finding in this run; directives naming a
check that does not exist (with the closest name); an `enable` without a matching `disable`.

## Why it matters
A stale suppression hides the next real problem at that place. Remove it once the text is fixed.

## Example
Fails:  <!-- l10n-check: disable-next-line garbled-text --> above a line with no mojibake.
Passes: the same directive above a line holding `donâ€™t` that must stay as quoted.

## Options
None. Ignore it like any check (`--ignore unused-suppression`) or change its severity in the config.

## What it cannot know
A directive for a check that did not run (not selected) is not reported: it may matter elsewhere.
"""

MARKER = "l10n-check:"
VERBS = ("disable", "enable", "disable-next-line", "ignore")
PO_SUFFIXES = frozenset({".po", ".pot"})
ALL = "*"

_HTML_DIRECTIVE = patterns.compile(r"<!--\s*l10n-check:\s*(.*?)\s*-->", regex.S)
_PO_DIRECTIVE = patterns.compile(r"^#[ \t]+l10n-check:[ \t]*(.*?)[ \t]*\r?$", regex.M)
_QUOTED = patterns.compile(r"\"([^\"]+)\"|'([^']+)'")
_NAME_SEPARATOR = patterns.compile(r"[\s,]+")
_BLANK_LINE = patterns.compile(r"\n[ \t]*\r?(?:\n|\Z)")


@dataclass(frozen=True)
class Directive:
    """One parsed directive: where it is written and what it asks for."""

    start: int
    end: int
    verb: str
    checks: tuple[str, ...]  # () means every check
    text: str | None = None  # the exact text of an ``ignore``
    problem: str | None = None  # a directive that cannot be understood


@dataclass(frozen=True)
class Rule:
    """A resolved suppression: findings of ``check`` (or any, ``ALL``) starting in ``[lo, hi)``."""

    directive: int  # index into the document's directives
    check: str
    lo: int
    hi: int
    text: str | None = None


def parse_body(body: str, start: int, end: int) -> Directive:
    """``disable a, b`` / ``ignore "text" a`` → a ``Directive``; a bad one carries its problem."""
    parts = body.split(None, 1)
    verb = parts[0].lower() if parts else ""
    rest = parts[1] if len(parts) > 1 else ""
    if verb not in VERBS:
        close = difflib.get_close_matches(verb, VERBS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (expected one of {', '.join(VERBS)})"
        return Directive(start, end, verb, (), problem=f"unknown suppression directive {verb!r}{hint}")
    text = None
    if verb == "ignore":
        quoted = _QUOTED.match(rest.strip())
        if quoted is None:
            return Directive(start, end, verb, (), problem='ignore needs the exact text in quotes: ignore "text"')
        text = quoted.group(1) or quoted.group(2)
        rest = rest.strip()[quoted.end():]
    checks = tuple(name for name in _NAME_SEPARATOR.split(rest) if name)
    return Directive(start, end, verb, checks, text)


def directives(doc: Document) -> list[Directive]:
    """Every directive in ``doc``, in order of position."""
    if MARKER not in doc.text:
        return []
    pattern = _PO_DIRECTIVE if _is_po(doc) else _HTML_DIRECTIVE
    return [parse_body(m.group(1), m.start(), m.end()) for m in pattern.finditer(doc.text)]


def _is_po(doc: Document) -> bool:
    return os.path.splitext(doc.path)[1].lower() in PO_SUFFIXES


def rules(doc: Document, found: Sequence[Directive]) -> tuple[list[Rule], dict[int, str]]:
    """Resolve directives into rules; also return problems of directives that pair wrongly."""
    if _is_po(doc):
        return _po_rules(doc, found)
    result: list[Rule] = []
    problems: dict[int, str] = {}
    opened: dict[str, int] = {}  # check → index of the disable that opened it
    for index, directive in enumerate(found):
        names = directive.checks or (ALL,)
        if directive.problem:
            continue
        if directive.verb == "disable":
            for name in names:
                opened.setdefault(name, index)
        elif directive.verb == "enable":
            closing = [name for name in (directive.checks or tuple(opened)) if name in opened]
            if not closing:
                named = f" {', '.join(directive.checks)}" if directive.checks else ""
                problems[index] = f"'enable{named}' without a matching disable"
            for name in closing:
                start = opened.pop(name)
                result.append(Rule(start, name, found[start].end, directive.start))
        elif directive.verb == "disable-next-line":
            lo, hi = _next_line(doc.text, directive.end)
            result.extend(Rule(index, name, lo, hi) for name in names)
        else:  # ignore "text": anywhere in the file
            result.extend(Rule(index, name, 0, len(doc.text), directive.text) for name in names)
    for name, index in opened.items():
        result.append(Rule(index, name, found[index].end, len(doc.text)))
    return result, problems


def _po_rules(doc: Document, found: Sequence[Directive]) -> tuple[list[Rule], dict[int, str]]:
    """A translator comment covers its own entry: from the comment to the next blank line."""
    result: list[Rule] = []
    problems: dict[int, str] = {}
    for index, directive in enumerate(found):
        if directive.problem:
            continue
        if directive.verb == "enable":
            problems[index] = "'enable' has no use in a catalog: a translator comment covers its own entry"
            continue
        blank = _BLANK_LINE.search(doc.text, directive.end)
        hi = blank.start() if blank else len(doc.text)
        result.extend(Rule(index, name, directive.start, hi, directive.text) for name in directive.checks or (ALL,))
    return result, problems


def _next_line(text: str, offset: int) -> tuple[int, int]:
    """``[start, end)`` of the first non-blank line after the line holding ``offset``."""
    pos = text.find("\n", offset)
    while pos != -1:
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip():
            return start, end
        pos = end if end < len(text) else -1
    return len(text), len(text)


def _covers(rule: Rule, finding: Finding, text: str) -> bool:
    if rule.check != ALL and rule.check != finding.check:
        return False
    if rule.text is None:
        return rule.lo <= finding.offset < rule.hi
    end = finding.offset + len(finding.text)
    lo = max(rule.lo, end - len(rule.text))
    position = text.find(rule.text, lo)
    return position != -1 and position <= finding.offset and end <= position + len(rule.text) <= rule.hi


def apply(
    documents: Iterable[Document], findings: Sequence[Finding], ran: frozenset[str], known: Iterable[str]
) -> tuple[list[Finding], list[tuple[Document, Hit]]]:
    """Drop suppressed findings; return the kept ones and a hit for every stale or bad directive.

    ``ran`` names the checks that ran (a directive for a check that did not run is not stale);
    ``known`` every valid check name, for suggestions.
    """
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_path[finding.path].append(finding)
    kept: list[Finding] = []
    hits: list[tuple[Document, Hit]] = []
    seen: set[str] = set()
    for doc in documents:
        seen.add(doc.path)
        own = by_path.get(doc.path, [])
        found = directives(doc)
        if not found:
            kept.extend(own)
            continue
        doc_kept, doc_hits = _apply_one(doc, found, own, ran, sorted(known))
        kept.extend(doc_kept)
        hits.extend((doc, hit) for hit in doc_hits)
    kept.extend(f for path, group in by_path.items() if path not in seen for f in group)
    return kept, hits


def _apply_one(
    doc: Document, found: Sequence[Directive], findings: Sequence[Finding], ran: frozenset[str], known: Sequence[str]
) -> tuple[list[Finding], list[Hit]]:
    resolved, problems = rules(doc, found)
    used: set[tuple[int, str]] = set()
    kept = []
    for finding in findings:
        covering = [rule for rule in resolved if _covers(rule, finding, doc.text)]
        used.update((rule.directive, rule.check) for rule in covering)
        if not covering:
            kept.append(finding)
    return kept, list(_stale(found, resolved, problems, used, ran, known))


def _stale(
    found: Sequence[Directive], resolved: Sequence[Rule], problems: Mapping[int, str],
    used: set[tuple[int, str]], ran: frozenset[str], known: Sequence[str],
) -> Iterable[Hit]:
    """One hit per directive that is bad, names an unknown check, or silenced nothing."""
    names_by_directive: dict[int, list[str]] = defaultdict(list)
    for rule in resolved:
        names_by_directive[rule.directive].append(rule.check)
    for index, directive in enumerate(found):
        message = directive.problem or problems.get(index)
        unknown = [name for name in directive.checks if name not in known]
        if message is None and unknown:
            close = difflib.get_close_matches(unknown[0], known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            message = f"suppression names unknown check {unknown[0]!r}{hint}"
        if message is None:
            idle = [n for n in dict.fromkeys(names_by_directive[index]) if (index, n) not in used and (n == ALL or n in ran)]
            if idle and (ALL not in idle or ran):
                what = "every check" if ALL in idle else ", ".join(repr(n) for n in idle)
                message = f"suppression of {what} silenced nothing here: remove it"
        if message:
            yield Hit(directive.start, directive.end, message, context="")
