"""False-positive rate of the typography checks on real, edited English: the Python docs' msgids.

The English source texts (msgids) of ../shared/corpus/large_python-docs-zh-cn-3.13_library_msgcat.po
are professionally edited English with reST markup everywhere. Each library page (the first
``#:`` reference of an entry) becomes one document, each msgid one paragraph. reST that is not prose
is masked the way the Markdown reader masks code: ``literals``, :role:`targets`, `interpreted text`,
|substitutions|, footnote references, link targets (`text <url>`_ keeps its text) and the
underscore of simple references (description_), and msgids
that are code (literal blocks, which are the only msgids with line breaks; sessions, imports,
assignments and bare calls). *Emphasis* and **strong** stay: they are markup the
checks must accept. Every finding here counts as a false positive, although a few are real slips.

Usage: python benchmarks/fp_rate_typography.py [--show N] [CATALOG]
Prints, per check, the findings, the rate per 50 KB of msgid text, and the elapsed time.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time
from collections import defaultdict
from typing import Iterable


sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from l10n_check import engine  # noqa: E402
from l10n_check.model import Document, Finding, Segment  # noqa: E402
from l10n_check import rest  # noqa: E402
from l10n_check.readers.text import mask_common  # noqa: E402

CATALOG = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpus" / "large_python-docs-zh-cn-3.13_library_msgcat.po"
CHECKS = ("quote-style", "lost-apostrophe", "stray-markup", "unbalanced-brackets", "glued-words", "repeated-word", "punctuation-spacing")
BOUND_EXEMPT = frozenset({"quote-style"})  # the issue exempts it: the docs mix styles on purpose
PER_BYTES = 50_000  # "one per 50 KB"



def mask_rest(text: str) -> str:
    """``text`` with reST code, roles, references and link targets replaced by spaces."""
    if rest.is_code(text):
        return rest.blank(text)
    return mask_common(rest.mask(text))


def load_documents(path: pathlib.Path) -> tuple[list[Document], int]:
    """One document per library page; returns the documents and the msgid byte count."""
    import polib

    pages: dict[str, list[str]] = defaultdict(list)
    size = 0
    for entry in polib.pofile(str(path)):
        if entry.obsolete or not entry.msgid:
            continue
        page = entry.occurrences[0][0] if entry.occurrences else ""
        pages[page].append(entry.msgid)
        size += len(entry.msgid.encode("utf-8"))
    return [_document(page, msgids) for page, msgids in sorted(pages.items())], size


def _document(page: str, msgids: list[str]) -> Document:
    segments, parts, offset = [], [], 0
    for msgid in msgids:
        segments.append(Segment(offset, offset + len(msgid), msgid, mask_rest(msgid), kind="entry", key=msgid))
        parts.append(msgid)
        offset += len(msgid) + 2
    return Document(path=page.replace("../../", "") or "(no page)", text="\n\n".join(parts), segments=tuple(segments))


def findings_by_check(documents: list[Document], checks: Iterable[str] = CHECKS) -> dict[str, list[Finding]]:
    """Every finding of each check over all documents."""
    return {name: engine.lint(documents, engine.Config(select=(name,))) for name in checks}


def rate(count: int, size: int) -> float:
    """Findings per 50 KB of text."""
    return count * PER_BYTES / size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("catalog", nargs="?", type=pathlib.Path, default=CATALOG)
    parser.add_argument("--show", type=int, default=0, help="print the first N findings of each check")
    args = parser.parse_args(argv)
    if not args.catalog.exists():
        print(f"{args.catalog}: not found", file=sys.stderr)
        return 2
    started = time.perf_counter()
    documents, size = load_documents(args.catalog)
    print(f"{len(documents)} pages, {sum(len(d.segments) for d in documents)} msgids, {size / 1e6:.2f} MB "
          f"(read in {time.perf_counter() - started:.1f} s)")
    print(f"{'check':22} {'findings':>8} {'per 50 KB':>10} {'seconds':>8}")
    for name in CHECKS:
        started = time.perf_counter()
        found = findings_by_check(documents, (name,))[name]
        elapsed = time.perf_counter() - started
        bound = "" if name in BOUND_EXEMPT else ("  ok" if rate(len(found), size) < 1 else "  OVER")
        print(f"{name:22} {len(found):8d} {rate(len(found), size):10.3f} {elapsed:8.2f}{bound}")
        for finding in found[: args.show]:
            print(f"    {finding.path}:{finding.line}:{finding.column} {finding.text!r}: {finding.context[:140]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
