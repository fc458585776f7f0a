"""A literal translation of a Chinese idiom, slang word or set phrase.

## What it flags
English that renders a Chinese expression word for word where English says it differently: "dry
goods" for 干货 (practical insights), "wolfishness" for 狼性 (aggressive drive), "cutting leeks" for
割韭菜 (fleecing retail investors), "people mountain people sea" for 人山人海. The list lives in
`data/calques.tsv` (Chinese, literal forms, a better rendering, where the calque is attested);
plurals, possessives, case and hyphen/space spellings match.

## Why it matters
A calque reads as nonsense or, worse, as a different meaning ("dry goods" are groceries); readers of
the English text have no way to recover the Chinese idiom behind it.

## Example
Fails:  This article is full of dry goods about the exchange.
Passes: This article is full of practical insights about the exchange.

## Options
- `extra`: paths of further TSV files in the same four-column format, for a newsroom's own list.
- `ignore`: literal forms never to report (case-insensitive).

## What it cannot know
Whether the literal sense is meant ("leeks" in a recipe, a real "evergreen tree"): the list holds
phrases that are rare in English in their literal sense, and a reviewer decides. Calques not in the
list are not found.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Iterator

from ..model import Check, Context, Document, Hit, Severity
from ..termmatch import PhraseMatcher


@dataclass(frozen=True)
class Calque:
    chinese: str
    literal: tuple[str, ...]
    better: str
    attested: str


@dataclass(frozen=True)
class Options:
    extra: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


def parse_table(text: str, origin: str) -> list[Calque]:
    """Rows of a calque TSV; a malformed row raises ``ValueError`` naming the file and line."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("chinese\tliteral"):
            continue  # comments and the header row
        columns = line.split("\t")
        if len(columns) != 4 or not all(c.strip() for c in columns):
            raise ValueError(f"{origin}:{number}: expected 4 tab-separated columns: chinese, literal, better, attested")
        chinese, literal, better, attested = (c.strip() for c in columns)
        rows.append(Calque(chinese, tuple(f.strip() for f in literal.split("|") if f.strip()), better, attested))
    return rows


@functools.lru_cache(maxsize=1)
def builtin() -> tuple[Calque, ...]:
    """The packaged list, ``data/calques.tsv``."""
    text = resources.files("l10n_check.data").joinpath("calques.tsv").read_text("utf-8")
    return tuple(parse_table(text, "calques.tsv"))


@functools.lru_cache(maxsize=8)
def matcher(extra: tuple[str, ...], ignore: tuple[str, ...]) -> PhraseMatcher[Calque]:
    """One combined matcher over every literal form of the built-in and the extra lists."""
    calques = list(builtin())
    for path in extra:
        try:
            with open(path, encoding="utf-8") as handle:
                calques.extend(parse_table(handle.read(), path))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            from ..engine import ConfigError  # a bad list is a configuration error: one line, exit 2

            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise ConfigError(reason if str(path) in reason else f"{path}: {reason}") from None
    skip = {form.casefold() for form in ignore}
    return PhraseMatcher((form, c) for c in calques for form in c.literal if form.casefold() not in skip)


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    found = matcher(tuple(options.extra), tuple(options.ignore))
    for segment in doc.segments:
        for match in found.finditer(segment.prose):
            calque = match.payloads[0]
            better = calque.better.split(";")[0].strip()
            yield Hit(
                segment.start + match.start,
                segment.start + match.end,
                f"'{segment.prose[match.start:match.end]}' reads as a word-for-word translation of {calque.chinese}: "
                f"in English, '{calque.better}'",
                suggestion=better,
            )


CHECK = Check(
    name="calque",
    category="fluency",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
)
