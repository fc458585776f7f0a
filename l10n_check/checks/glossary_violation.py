"""A rendering the project glossary forbids, or an approved term missing from a bilingual segment.

## What it flags
- A forbidden, deprecated or superseded rendering from a glossary given with `--glossary` (TBX, CSV or
  PO): "the Chinese-speaking market" where the glossary prefers "Chinese-speaking region". Plurals and
  possessives ("markets", "market's"), hyphen, space and joined spellings ("e-mail", "e mail",
  "email") and any capitalisation count as the same term; a term marked case-sensitive, or holding an
  acronym ("US stocks"), must match its exact case.
- A case-sensitive approved term written in another case ("Wechat" for "WeChat").
- In bilingual files (a source text is known), a source term whose approved rendering does not appear
  in the translation of that segment.

## Why it matters
A glossary is how a newsroom keeps one concept one name across articles and translators; a draft that
ignores it reads inconsistently and may say something else ("market" is not "region").

## Example
Glossary:  华语区 → Chinese-speaking region (forbidden: Chinese-speaking market)
Fails:     We grew in the Chinese-speaking market.
Passes:    We grew in the Chinese-speaking region.

## Options
None: the glossary files are the configuration (`--glossary PATH`, repeatable).

## What it cannot know
Whether a forbidden form is right in a particular sentence (a quotation, a different sense of the
word); a term written joined in the glossary ("email") does not match its hyphenated spelling
("e-mail") unless that is listed too. In bilingual mode it checks only that an approved rendering
appears somewhere in the segment, not that it translates that occurrence of the source term.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..glossary import Entry, Glossary, TermRef
from ..model import Check, Context, Document, Hit, Segment, Severity
from ..termmatch import Match


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    glossary: Glossary = context.resources.get("glossary") or Glossary()
    if not glossary:
        return
    for segment in doc.segments:
        seen: set[int] = set()  # entries met in this segment, approved or forbidden
        for match in glossary.target_matcher.finditer(segment.prose):
            hit = _judge(glossary, segment, match, seen)
            if hit is not None:
                yield hit
        if segment.source:
            yield from _missing_renderings(glossary, segment, doc.source_lang, seen)


def _case_ok(entry: Entry, form: str, core: str) -> bool:
    """Whether ``core`` (as written) has the case ``form`` requires; a capital first letter is free.

    Hyphens and spaces count too where the glossary forbids a form that differs only by them.
    """
    hyphens = entry.exact_hyphens()
    if not entry.exact_case(form) and not hyphens:
        return True
    written, wanted = _letters(core, hyphens), _letters(form, hyphens)
    if not entry.exact_case(form):
        written, wanted = written.casefold(), wanted.casefold()
    return written == wanted or written == wanted[:1].upper() + wanted[1:]


def _letters(text: str, hyphens: bool = False) -> str:
    if hyphens:  # "Chinese-speaking" is not "Chinese speaking"; any run of space is one space
        return " ".join("".join(ch for ch in text if ch.isalnum() or ch in "- \t\n").split())
    return "".join(ch for ch in text if ch.isalnum())


def _judge(glossary: Glossary, segment: Segment, match: Match[TermRef], seen: set[int]) -> Hit | None:
    refs = [ref for ref in match.payloads if _case_ok(glossary.entries[ref.index], ref.form, match.core)]
    seen.update(ref.index for ref in refs)
    if any(ref.role == "approved" for ref in refs):
        return None  # an approved form of some entry: never a violation, even if another forbids it
    start, end = segment.start + match.start, segment.start + match.end
    forbidden = [ref for ref in refs if ref.role == "forbidden"]
    if forbidden:
        entry = glossary.entries[forbidden[0].index]
        return _violation(entry, match, start, end)
    wrong_case = [ref for ref in match.payloads if ref.role == "approved"]
    if wrong_case:
        ref = wrong_case[0]
        seen.add(ref.index)
        return Hit(start, end, f"'{match.core}' is written '{ref.form}' in the glossary (capitalisation matters)",
                   suggestion=ref.form + match.suffix)
    return None


def _violation(entry: Entry, match: Match[TermRef], start: int, end: int) -> Hit:
    written = match.core + match.suffix
    if entry.target:
        message = f"'{written}' is a forbidden rendering in the glossary: use '{entry.target}'"
        suggestion: str | None = entry.target
    else:
        message, suggestion = f"'{written}' is a forbidden rendering in the glossary", None
    if entry.note:
        message += f" ({entry.brief_note()})"
    return Hit(start, end, message, suggestion=suggestion)


def _missing_renderings(glossary: Glossary, segment: Segment, source_lang: str, seen: set[int]) -> Iterator[Hit]:
    """Bilingual mode: source terms of this segment whose entry has no approved form in the target."""
    reported: set[int] = set()
    for match in glossary.source_matcher(source_lang).finditer(segment.source or ""):
        for index in match.payloads:
            entry = glossary.entries[index]
            if index in seen or index in reported or not entry.target:
                continue
            reported.add(index)
            start, end = _segment_text_span(segment)
            yield Hit(
                start, end,
                f"source term '{match.core}' is not rendered as '{entry.target}' in this segment",
                suggestion=entry.target,
            )


def _segment_text_span(segment: Segment) -> tuple[int, int]:
    """The segment's text without its leading and trailing blanks."""
    text = segment.raw
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    return segment.start + left, segment.start + max(right, left)


CHECK = Check(
    name="glossary-violation",
    category="terminology",
    severity=Severity.ERROR,
    doc=__doc__,
    options=Options,
    run=run,
)
