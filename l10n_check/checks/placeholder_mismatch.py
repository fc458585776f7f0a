"""Placeholders that differ between the source and its translation.

## What it flags
In bilingual files, printf placeholders (`%s`, `%d`, `%1$s`, `%(name)s`, `%<PRIuMAX>`,
`%2$<PRIuMAX>`) and brace placeholders (`{0}`, `{name}`, `{LABEL-NAME}`) that the translation lost,
added or renamed. Order may change (languages reorder
sentences), so placeholders are compared as a multiset, and a positional placeholder in the
translation (`%2$s`) matches the source's second unnumbered one (`%s`). Width and precision may
change (`%.250s` for `%s`, as msgfmt allows) unless they are `*`: `%.*s` takes an argument of its
own, so `%s` in its place is reported.

## Why it matters
A missing or misspelt placeholder crashes a program or prints the wrong value; in article templates
it drops a name or a figure.

## Example
Fails:  source 你好 %s，你有 %d 条消息 → target Hello, you have %d messages.
Passes: source 你好 %s，你有 %d 条消息 → target Hello %s, you have %d messages.

## Options
None.

## What it cannot know
Whether a `%` or brace in a text that is not a format string was meant as a placeholder: it checks
whatever looks like one, on both sides alike, except a printf directive glued to a word ("a
%-format string") in an entry without a `c-format`-like flag, which is prose. Placeholders in
plain-text drafts, which have no source.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator, Sequence

import regex

from .. import patterns
from ..bilingual import translated, translation
from ..model import Check, Context, Document, Hit, Segment, Severity
from ..textutil import PLACEHOLDER


@dataclass(frozen=True)
class Options:
    pass


_PRINTF = patterns.compile(
    r"%(?:(\d+)\$)?(\([^)]*\))?[-+#0']*(\d+|\*(?:\d+\$)?)?(\.(?:\d+|\*(?:\d+\$)?))?([hlLqjzt]*[a-zA-Z%]|<PRI\w+>)"
)


def canonical(placeholders: list[str]) -> list[str]:
    """Placeholders as msgfmt compares them: by position and type, width and precision aside.

    ``%s %.250d`` → ``%1$s %2$d``; ``%2$.16s`` → ``%2$s``; ``{}`` → ``{0}``; named ones stay. A
    ``*`` width or precision takes an argument of its own, so it stays: ``%.*s`` is not ``%s``.
    """
    result, printf, brace = [], 0, 0
    for placeholder in placeholders:
        printf_match = _PRINTF.fullmatch(placeholder)
        if printf_match:
            position, name, width, precision, kind = printf_match.groups()
            if not position and not name:
                printf += 1
            kind = ("*" if width and width.startswith("*") else "") + (".*" if precision and "*" in precision else "") + kind
            placeholder = f"%{name}{kind}" if name else f"%{position or printf}${kind}"
        elif placeholder == "{}":
            placeholder = f"{{{brace}}}"
            brace += 1
        result.append(placeholder)
    return result


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    for segment in translated(doc):
        if not _may_hold_placeholders(segment.source) and not _may_hold_placeholders(segment.raw):
            continue  # most strings: told without a pattern or the joins taken out
        formatted = any(f.endswith("-format") and not f.startswith("no-") for f in segment.flags)
        source = [m.group() for m in placeholders(segment.source, formatted)]
        target = translation(segment, doc.path)
        found = list(placeholders(target.text, formatted))
        # The same placeholders in the same order (most entries that hold any) match in every way:
        # neither they nor the index from the text to the file (``where``) need more reading.
        if (source or found) and source != [m.group() for m in found]:
            yield from _compare(segment, source, found, target.where)


def _may_hold_placeholders(text: str) -> bool:
    """Every placeholder starts with one of these characters (joins and escapes add none)."""
    return "%" in text or "{" in text


def placeholders(text: str, formatted: bool) -> Iterator[regex.Match[str]]:
    """The placeholders of ``text`` but ``%%``; outside a format string (no c-format flag or the
    like) a printf directive glued to a word is prose: "a %-format string" holds no ``%-f``."""
    for match in PLACEHOLDER.finditer(text):
        glued = match.group().startswith("%") and text[match.end() : match.end() + 1].isalpha()
        if match.group() != "%%" and (formatted or not glued):
            yield match


def _compare(segment: Segment, source: list[str], found: list[regex.Match[str]], where: Sequence[int]) -> Iterator[Hit]:
    # Without numbered placeholders, compare kinds only, then order: a lost %s must not make
    # every later placeholder look renumbered.
    numbered = any("$" in p for p in source) or any("$" in m.group() for m in found)
    key = canonical if numbered else _kinds
    remaining = Counter(key(source))
    for match in _unmatched(found, key, remaining, frozenset(source)):
        yield Hit(segment.start + where[match.start()], segment.start + where[match.end() - 1] + 1,
                  f"placeholder '{match.group()}' is not in the source", _closest_missing(match.group(), remaining))
    missing = sorted(p for p, n in remaining.items() if n > 0 for _ in range(n))
    if missing:
        yield Hit(segment.start, segment.end, f"placeholder{'s' if len(missing) > 1 else ''} "
                  f"{', '.join(repr(_plain(p)) for p in missing)} from the source missing in the translation")
    elif len(found) == len(source) and not numbered and _printf_order(source) != _printf_order([m.group() for m in found]):
        yield Hit(segment.start, segment.end,
                  "printf placeholders are in a different order than in the source: number them (%1$s, %2$d)")


def _unmatched(found: list[regex.Match[str]], key, remaining: Counter[str], exact: frozenset[str]) -> list[regex.Match[str]]:  # type: ignore[no-untyped-def]
    """Translation placeholders the source has no room for, in order. Those written exactly as in
    the source are matched first, so the one reported is the one the source lacks (%-20.127s, not
    the %.127s both have). ``remaining`` is left with what the source has that was not found."""
    keyed = list(zip(found, key([m.group() for m in found])))
    unmatched = []
    for match, found_key in sorted(keyed, key=lambda pair: pair[0].group() not in exact):
        if remaining[found_key] > 0:
            remaining[found_key] -= 1
        else:
            unmatched.append(match)
    return sorted(unmatched, key=lambda m: m.start())


def _kinds(placeholders: list[str]) -> list[str]:
    """Placeholders by kind only: ``%.16s`` → ``%s``; brace and named ones unchanged."""
    return [_plain(p) for p in canonical(placeholders)]


def _printf_order(placeholders: list[str]) -> list[str]:
    return [p for p in _kinds(placeholders) if p.startswith("%") and not p.startswith("%(")]


def _plain(placeholder: str) -> str:
    """``%2$s`` as the source wrote it when it was unnumbered: shown to the translator as ``%s``."""
    return "%" + placeholder.split("$", 1)[1] if placeholder.startswith("%") and "$" in placeholder else placeholder


def _closest_missing(found: str, remaining: Counter[str]) -> str | None:
    """When exactly one source placeholder is unaccounted for, it is the likely intended one."""
    missing = [p for p, n in remaining.items() if n > 0]
    return _plain(missing[0]) if len(missing) == 1 and missing[0][0] == found[0] else None


CHECK = Check(
    name="placeholder-mismatch",
    category="accuracy",
    severity=Severity.ERROR,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
