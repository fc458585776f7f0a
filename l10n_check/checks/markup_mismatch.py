"""Tags, bracketed clauses and optional arguments of the source that the translation lost or changed.

## What it flags
In bilingual files: XML/HTML tags (`<b>`, `</a>`, `<br/>`, a link's `href`, XLIFF inline tags such
as `<g id="1">` and `<pc id="1">`) that differ between the source and the translation, compared as
multisets, not counted in the target alone; a bracketed clause of the source, `(…)`, whose
numbers, names, code, options and placeholders all vanished from the translation: the clause was
dropped, not rephrased (a renumbered placeholder, `%3$s` for `%s`, still counts as kept); and
optional arguments of a usage line (`[<package>...]`, `[pat=rep ...]`) that lost their square
brackets. Full-width brackets count as brackets.

## Why it matters
A lost or misspelt tag breaks the markup the program or page builds from the string; a dropped
clause silently removes a caveat, a unit, a version, an example or a note number; an optional
argument without its brackets tells the user it is required.

## Example
Fails:  source Click <b>Save</b> → target 点击 <b>保存
Fails:  source Returns a list (new in 3.12). → target 返回一个列表。
Fails:  source -s, --status [<package>...] → target -s, --status <软件包> ...
Passes: source Returns a list (new in 3.12). → target 返回一个列表（3.12 新版功能）。

## Options
None.

## What it cannot know
A dropped clause made only of ordinary words ("(if available)", "(see below)") has nothing to
recognise it by in another language and is not reported: on the real catalogs that is most of what
pofilter's bracket test finds that this check does not. Quotation marks are not compared
(languages quote differently).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..bilingual import code, mismatch_hits, tags, translated, translation
from ..model import Check, Context, Document, Hit, Segment, Severity
from ..textutil import PLACEHOLDER

# A round-bracketed clause; a doubled bracket is syntax, (( EXP1 )), not a clause. Square brackets in
# help texts hold metavariables that translators translate ([job_spec] → [任务说明符]): those are
# only checked as optional arguments (see ``_OPTIONAL``).
_CLAUSE = patterns.compile(r"(?<![(（])[(（]([^()（）\[\]【】]{1,200})[)）](?![)）])")
# What survives translation and so can tell a clause was dropped: numbers, names with a capital
# inside (CPython), identifiers with digits or underscores (utf8, a_b), dotted names. All-capital
# words are not among them: help texts translate metavariables (COMMANDS → 命令, EXP1 → 表达式1).
# Code, options and placeholders of the clause count too (see ``_kept``).
_KEPT = patterns.compile(r"(?<![\w.])(?:\d+(?:\.\d+)*|[A-Za-z]*[a-z][A-Z]\w*|\w*[_\d]\w*|\w+(?:\.\w+)+)(?![\w])")
# What every match of ``_KEPT`` holds, searched first: ``_KEPT`` opens with a look-behind, which
# ``regex`` tries at every position, while this opens with a class it skips ahead to. (In ``regex``
# too: its \d knows digits of newer Unicode than the standard engine's.)
_KEPT_HINT = patterns.compile(r"[\d_.]|[a-z][A-Z]")
_METAVARIABLE = patterns.compile(r"[A-Z][A-Z0-9_]*")
_CODE_HINT = patterns.compile(r"`|\(\)|--")
_ACRONYM_BEFORE = patterns.compile(r"\b[A-Z]{2,}\s*\Z")
_HAN = patterns.compile(r"\p{Han}")
_WORDS_AND_SPACES = patterns.compile(r"[\w\s]+")
_FULLWIDTH = str.maketrans("（），：；", "(),:;")
_LEADING_DIGITS = patterns.compile(r"\d+")
_ORDINAL_SUFFIX = patterns.compile(r"st|nd|rd|th|")
_ORDINARY = frozenset({"e.g", "i.e", "etc", "vs", "a.k.a", "cf"})
# A printf placeholder without its position, flags, width and precision: %3$.16s is %s.
_PRINTF_DETAIL = patterns.compile(r"(?<=%)(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?")
# An optional argument of a usage line: [<file>...], [<option> ...], [pat=rep ...] (square brackets,
# ASCII or full-width, around a metavariable or an ellipsis).
_OPTIONAL = patterns.compile(r"[\[［【][^\[\]［］【】\n]*?(?:<[^<>\n]+>|\.\.\.|…)[^\[\]［］【】\n]*[\]］】]")


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    for segment in translated(doc):
        if "<" in segment.source or "<" in segment.raw:
            yield from mismatch_hits(segment, tags, "tag", doc.path)
        if "(" in segment.source or "（" in segment.source or "[" in segment.source:
            yield from _dropped_clauses(segment, doc.path)
            yield from _lost_optional_brackets(segment, doc.path)


def _dropped_clauses(segment: Segment, path: str) -> Iterator[Hit]:
    """A source clause whose every kept token is missing from the translation.

    Clauses that only hold code are left to code-mismatch, which names the code itself; an
    acronym's expansion, HTML (HyperText Mark-up Language), is words whatever their case; a clause
    of metavariables, (header_name, header_value), is translated when the translation holds a
    Chinese clause of the same punctuation, （名称, 数据）.
    """
    whole = segment.source or ""
    source = segment.source_prose if segment.source_prose is not None else whole
    if "(" not in source and "（" not in source:
        return
    placeholders: set[str] | None = None
    # The translation (``_target``) is read only for a clause with something kept: few have.
    for match in _CLAUSE.finditer(source):
        clause = whole[match.start() : match.end()]
        words = _kept_words(clause)
        if any(_number(token) in _target(segment, path) for token in words):
            continue  # kept (or code only, which ``_kept`` leaves to code-mismatch): no need to look further
        kept = _kept(clause, words)
        if not kept or any(_number(token) in _target(segment, path) for token in kept):
            continue
        if placeholders is None:  # computed only for the rare clause that looks dropped
            placeholders = {_plain(m.group()) for m in PLACEHOLDER.finditer(_target(segment, path))}
        if any(_plain(token) in placeholders for token in kept) or _ACRONYM_BEFORE.search(whole, 0, match.start()):
            continue
        if not _translated_clause(clause, _target(segment, path)):
            yield Hit(segment.start, segment.end, f"the source's bracketed '{clause}' is missing from the translation "
                      f"(none of {', '.join(repr(t) for t in dict.fromkeys(kept))} is there)")


def _target(segment: Segment, path: str) -> str:
    """The translation as its file means it, escapes read (one computation per segment, cached)."""
    return translation(segment, path).unescaped


def _translated_clause(clause: str, target: str) -> bool:
    """Whether the translation holds a Chinese clause with the punctuation of ``clause``."""
    shape = _skeleton(clause)
    return any(_skeleton(m.group()) == shape for m in _CLAUSE.finditer(target) if _HAN.search(m.group()))


def _kept_words(clause: str) -> list[str]:
    """The numbers and names of a source clause (``_KEPT``), but ordinary abbreviations and metavariables."""
    if _KEPT_HINT.search(clause) is None:
        return []  # most clauses: no digit, underscore, dot or lower-upper pair, which each match holds
    return [t for t in _KEPT.findall(clause)
            if t.lower() not in _ORDINARY and not _METAVARIABLE.fullmatch(t) and not t.strip("_") == ""]


def _kept(clause: str, words: list[str]) -> list[str]:
    """The tokens of a source clause that a translation keeps as they are: its ``words``
    (``_kept_words``), placeholders, code; none when the clause only holds code (code-mismatch
    reports that)."""
    kept = words + [m.group() for m in PLACEHOLDER.finditer(clause)]
    code_forms = [token.shown for token in code(clause)] if _CODE_HINT.search(clause) else []
    if not [t for t in kept if not any(t in form for form in code_forms)]:
        return []
    return kept + code_forms


def _number(token: str) -> str:
    """50th is kept as 50 (第 50 个)."""
    digits = _LEADING_DIGITS.match(token)
    return digits.group() if digits and _ORDINAL_SUFFIX.fullmatch(token[digits.end() :]) else token


def _skeleton(clause: str) -> str:
    """A clause's inner punctuation, full-width read as ASCII: what stays when its words are translated."""
    inner = _WORDS_AND_SPACES.sub("", clause.translate(_FULLWIDTH))[1:-1]
    return inner if inner else "\x00"  # a clause of words alone has no shape to recognise


def _plain(placeholder: str) -> str:
    return _PRINTF_DETAIL.sub("", placeholder) if placeholder.startswith("%") else placeholder


def _lost_optional_brackets(segment: Segment, path: str) -> Iterator[Hit]:
    """Optional arguments of a usage line that lost their square brackets: they now read as required."""
    source = segment.source or ""
    if "[" not in source:
        return
    optional = _OPTIONAL.findall(source)
    kept = len(_OPTIONAL.findall(_target(segment, path))) if optional else 0
    if len(optional) > kept:
        shown = ", ".join(f"'{o}'" for o in dict.fromkeys(optional))
        yield Hit(segment.start, segment.end, f"the source has {len(optional)} optional argument"
                  f"{'s' if len(optional) > 1 else ''} in square brackets ({shown}), the translation {kept}: "
                  "an optional argument without its brackets reads as required")


CHECK = Check(
    name="markup-mismatch",
    category="accuracy",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
