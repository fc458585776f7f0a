"""A URL or e-mail address of the source that the translation lost or changed.

## What it flags
In bilingual files, a URL (`https://…`, `www.…`) or e-mail address of the source that is missing
from the translation; when exactly one was lost and one added, the added one is reported as the
lost one changed, with the source's as the suggestion. An address the translation adds where the
source has none (a translation team's address) is the translator's own and is left alone. A localized documentation address (the same address with a language part such as
`/zh-cn/` added) is accepted.

## Why it matters
A changed link sends readers somewhere else, often to a page that does not exist; a changed
e-mail address sends bug reports nowhere. Translators and MT engines both "fix" addresses.

## Example
Fails:  source Report bugs to <bug@example.org> → target 请将错误报告给 <bugs@example.org>
Passes: source See https://example.org/a. → target 参见 https://example.org/a。
Passes: source https://docs.python.org/3/ → target https://docs.python.org/zh-cn/3/

## Options
None.

## What it cannot know
Whether a translator pointed to a localized page on purpose when its address differs by more than a
language part; addresses split over two PO lines with no break character are read as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..bilingual import mismatch_hits, translated, urls
from ..model import Check, Context, Document, Hit, Severity

# A language part a localized address adds: /zh-cn/, /zh_CN/, /zh/, ?lang=zh.
_LANGUAGE_PART = patterns.compile(r"(?i)/(?:zh|cn|en)(?:[-_](?:cn|tw|hk|hans|hant|sg|us|gb))?(?=/|$)|[?&]lang=[\w-]+")


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    for segment in translated(doc):
        if not _may_hold_address(segment.raw) and not _may_hold_address(segment.source):
            continue
        for hit in mismatch_hits(segment, urls, "address", doc.path, added=False):
            if hit.suggestion is None or _unlocalized(doc.text[hit.start : hit.end]) != _unlocalized(hit.suggestion):
                yield hit


def _may_hold_address(text: str) -> bool:
    """What every URL or e-mail address ``urls`` finds holds (a generator per segment cost more)."""
    return "://" in text or "@" in text or "www." in text


def _unlocalized(url: str) -> str:
    return _LANGUAGE_PART.sub("", url)


CHECK = Check(
    name="url-mismatch",
    category="accuracy",
    severity=Severity.ERROR,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
