"""Reports for the HTML report tests, and a small parser of the pages they render.

The name and term variant checks are written elsewhere; these tests build findings of the shape they
share (``Finding.data`` = ``{"dominant", "variants", "kind"}``, every other occurrence related) from
plain string searches in the sample, so the renderer is tested against that contract alone.
"""

from __future__ import annotations

import html.parser
import re
from collections import Counter
from typing import Sequence

from conftest import SAMPLE
from l10n_check import engine
from l10n_check.model import Document, Finding, Hit, Related, Severity
from l10n_check.readers import parse
from l10n_check.report import Report
from l10n_check.runner import ScanRequest, scan

SAMPLE_VARIANTS = (  # (check, kind, dominant, minority renderings) as they occur in the sample
    ("name-variant", "name", "Xie Jiayin", ("Chang Qingshu",)),
    ("term-variant", "term", "top three", ("Top Three",)),
    ("term-variant", "term", "Chinese-speaking market", ("Chinese-speaking region",)),
)


def occurrences(document: Document, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", document.text)]


def variant_findings(document: Document, check: str, kind: str, dominant: str, minorities: Sequence[str],
                     documents: Sequence[Document] = ()) -> list[Finding]:
    """One finding per minority occurrence, related to every occurrence of the dominant form."""
    everywhere = list(documents) or [document]
    by_path = {d.path: d for d in everywhere}
    dominant_at = [(d, s) for d in everywhere for s in occurrences(d, dominant)]
    counts = {dominant: len(dominant_at)}
    counts.update({m: sum(len(occurrences(d, m)) for d in everywhere) for m in minorities})
    data = {"dominant": dominant, "variants": counts, "kind": kind}
    related = tuple(Related(s, s + len(dominant), f"the usual form '{dominant}'", d.path) for d, s in dominant_at)
    findings = []
    for minority in minorities:
        for start in occurrences(document, minority):
            hit = Hit(start, start + len(minority),
                      f"'{minority}' differs from '{dominant}' (used {len(dominant_at)} times)",
                      suggestion=dominant, related=related, data=data)
            findings.append(engine.to_finding(document, hit, check, Severity.WARNING, by_path))
    return findings


def with_findings(report: Report, extra: Sequence[Finding]) -> Report:
    findings = sorted({*report.findings, *extra}, key=Finding.sort_key)
    return Report(tuple(findings), report.documents, report.problems, report.settings)


# The checks whose findings on the sample the browser tests count on; other checks add findings of
# their own, which would change the numbers these tests reason about.
BASE_CHECKS = ("untranslated-fragment", "untranslated-paragraph", "fullwidth-punctuation", "garbled-text")


def sample_report() -> Report:
    """The sample scanned by the untranslated-text checks, plus name and term variant findings."""
    base = scan(ScanRequest((str(SAMPLE),), engine.Config(select=BASE_CHECKS)))
    document = base.documents[0]
    extra = [f for check, kind, dominant, minorities in SAMPLE_VARIANTS
             for f in variant_findings(document, check, kind, dominant, minorities)]
    return with_findings(base, extra)


def text_report(text: str, path: str = "draft.txt") -> Report:
    """A report of ``text`` read as the file ``path``, by every registered check."""
    document = parse(path, text, "zh", "en")
    return Report(tuple(engine.lint([document], engine.Config())), (document,))


class Page(html.parser.HTMLParser):
    """What the tests look for in a rendered page: ids, hrefs, tags, attributes and visible text."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: Counter[str] = Counter()
        self.hrefs: list[str] = []
        self.tags: Counter[str] = Counter()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._raw: str | None = None
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.tags[tag] += 1
        self.elements.append((tag, attributes))
        if "id" in attributes:
            self.ids[attributes["id"]] += 1
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
        if tag in ("script", "style"):
            self._raw = tag

    def handle_endtag(self, tag: str) -> None:
        self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw == "script":
            self.scripts.append(data)
        elif self._raw == "style":
            self.styles.append(data)
        else:
            self.text.append(data)

    def having(self, tag: str, **wanted: str) -> list[dict[str, str]]:
        """Attributes of every ``tag`` element whose attributes include ``wanted``."""
        return [a for t, a in self.elements if t == tag and all(a.get(k.replace("_", "-")) == v for k, v in wanted.items())]

    def attribute_values(self) -> list[str]:
        return [v for _, attributes in self.elements for v in attributes.values()]
