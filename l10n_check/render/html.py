"""The HTML review report: one self-contained page per draft, and an index page for several drafts.

The draft is untrusted, so every piece of it reaches the page through Jinja2 with autoescaping on; the
only markup we write ourselves is in the templates. CSS and script are inline and allowed by their
SHA-256 hashes in a Content-Security-Policy that forbids everything else (no network, no other script,
no inline handlers). Hashes rather than nonces keep the output byte-for-byte the same on every run.
"""

from __future__ import annotations

import base64
import datetime
import functools
import hashlib
import os
import urllib.parse
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Mapping, Sequence

import jinja2
from markupsafe import Markup

from .. import __version__
from ..model import Document, Finding, Location, Severity
from ..report import Report, output_stem
from . import HTML_DIR, layout, variants

SEVERITIES = tuple(str(s) for s in sorted(Severity, reverse=True))  # error, warning, info
RELATED_SHOWN = 20  # related links listed per finding; the variant tables list them all
REFERRERS_SHOWN = 8  # findings listed beside a place they refer to
CONTEXT_CHARS = 240  # context shown in the findings list, around the finding's text
DEFAULT_DIR = HTML_DIR


@dataclass(frozen=True)
class Links:
    """Where each draft's report lives (file name relative to the report directory), for cross links."""

    hrefs: Mapping[str, str] = field(default_factory=dict)
    index: str | None = None  # the index page, when there is one

    def page(self, path: str, here: str) -> str | None:
        """The href prefix of ``path``'s report seen from ``here``'s: "" for the same page."""
        return "" if path == here else self.hrefs.get(path)


@dataclass(frozen=True)
class RelatedView:
    """A link to another place, with the words that say what it is."""

    label: str
    note: str
    href: str | None


@dataclass(frozen=True)
class RelatedGroup:
    """Related places with the same text and note: "'Xie Jiayin' (the usual form) at lines 4, 5, 13"."""

    text: str
    file: str  # "" for this draft
    note: str
    places: tuple[RelatedView, ...]  # labelled by line number


@dataclass(frozen=True)
class FindingView:
    """A finding as the page shows it: numbered within its draft."""

    number: int
    finding: Finding
    related: tuple[RelatedGroup, ...]
    related_more: int
    context: tuple[str, str, str]  # before, the finding's text, after
    kind: str = "finding"

    @property
    def severity(self) -> str:
        return str(self.finding.severity)

    @property
    def tip(self) -> str:
        """Hover and focus text: severity, check, message and suggestion on their own lines."""
        f = self.finding
        tip = f"{self.severity} · {f.check}\n{f.message}"
        if f.suggestion is not None:
            tip += f"\nSuggestion: {_suggestion_text(f.suggestion)}"
        return tip


@dataclass(frozen=True)
class TargetView:
    """A related location inside this draft and the findings that point at it, grouped by their text."""

    key: str
    line: int
    text: str
    referrers: tuple[RelatedGroup, ...]  # places labelled by line number
    more: int  # referring findings not listed
    kind: str = "related"

    @property
    def tip(self) -> str:
        groups = [f"‘{g.text}’ ({g.file + ' ' if g.file else ''}line{'s' if len(g.places) > 1 else ''} "
                  f"{', '.join(p.label for p in g.places)})" for g in self.referrers]
        more = f" and {self.more} more" if self.more else ""
        return "Referred to by " + "; ".join(groups) + more


@dataclass(frozen=True)
class LineView:
    """One row of the draft: its events, and the notes of findings and targets that start on it."""

    number: int
    events: tuple[layout.Event, ...]
    notes: tuple[FindingView, ...]
    targets: tuple[TargetView, ...]


# -- building the page ------------------------------------------------------------------------------


def render_report(report: Report, document: Document, links: Links | None = None,
                  modified: str | None = None) -> str:
    """The report page of one draft of ``report``, as a string."""
    links = links or Links()
    own = tuple(f for f in report.findings if f.path == document.path)
    summary = Report(own, (document,), (), report.settings).summary()
    views = [_finding_view(n, f, document, links) for n, f in enumerate(own, start=1)]
    rows = _rows(document, views, _targets(report, document, links))
    groups = variants.variant_groups(own, _locator(report, document.path, links))
    script, style = _asset("report.js"), _asset("report.css")
    return _environment().get_template("report.html.j2").render(
        meta=_meta(document, report.settings, modified, len(rows)),
        summary=summary,
        charts=_charts(summary, own),
        findings=views,
        lines=rows,
        groups=groups,
        kind_titles=variants.KIND_TITLES,
        index_href=links.index,
        csp=_csp(script, style),
        script=Markup(script),
        style=Markup(style),
    )


def render_index(report: Report, links: Links) -> str:
    """The page linking every draft's report with its counts, and naming files not checked."""
    rows = []
    for document in report.documents:
        own = tuple(f for f in report.findings if f.path == document.path)
        rows.append({"path": document.path, "href": links.hrefs.get(document.path),
                     "summary": Report(own, (document,)).summary()})
    style = _asset("report.css")
    return _environment().get_template("index.html.j2").render(
        rows=rows, summary=report.summary(), problems=report.problems, settings=_settings(report.settings),
        version=__version__, csp=_csp(None, style), style=Markup(style), severities=SEVERITIES,
    )


def _rows(document: Document, views: Sequence[FindingView], targets: Sequence[tuple[int, int, TargetView]]) -> list[LineView]:
    """Every line of the draft with its highlights, and the notes of what starts on it."""
    marks = [layout.Mark(*_span(document, v.finding), f"f-{v.number}", v.number, v) for v in views]
    # Targets after findings: a place that is both a finding and a related location nests inside.
    marks += [layout.Mark(start, end, t.key, len(views) + 1 + i, t) for i, (start, end, t) in enumerate(targets)]
    notes: dict[int, list[FindingView]] = {}
    for view in views:
        notes.setdefault(view.finding.line, []).append(view)
    by_line: dict[int, list[TargetView]] = {}
    for _, _, target in targets:
        by_line.setdefault(target.line, []).append(target)
    return [LineView(line.number, line.events, tuple(notes.get(line.number, ())), tuple(by_line.get(line.number, ())))
            for line in layout.lay_out(document.text, document.line_starts, marks)]


def _span(document: Document, finding: Finding) -> tuple[int, int]:
    """0-based ``[start, end)`` of a finding, from its 1-based positions (true for any Finding)."""
    start = _offset(document, finding.line, finding.column)
    return start, max(start, _offset(document, finding.end_line, finding.end_column))


def _offset(document: Document, line: int, column: int) -> int:
    starts = document.line_starts
    line = min(max(line, 1), len(starts))
    return min(starts[line - 1] + max(column, 1) - 1, len(document.text))


def target_key(location: Location) -> str:
    """The element id of a related location: computable from any report, so links cross reports."""
    return f"r-{location.line}-{location.column}-{len(location.text)}"


def _finding_view(number: int, finding: Finding, document: Document, links: Links) -> FindingView:
    groups: dict[tuple[str, str, str], list[RelatedView]] = {}
    for location in finding.related[:RELATED_SHOWN]:
        prefix = links.page(location.path, document.path)
        href = None if prefix is None else f"{prefix}#{target_key(location)}"
        groups.setdefault((location.path, location.text, location.note), []).append(
            RelatedView(str(location.line), location.note, href))
    related = tuple(
        RelatedGroup(_shorten(text, 60), "" if path == document.path else os.path.basename(path), note, tuple(places))
        for (path, text, note), places in groups.items()
    )
    return FindingView(number, finding, related, max(len(finding.related) - RELATED_SHOWN, 0), _context(finding))


def _targets(report: Report, document: Document, links: Links) -> list[tuple[int, int, TargetView]]:
    """Related locations in ``document`` from every finding of the run, with their referrers."""
    numbers: dict[str, int] = {}
    referrers: dict[str, list[tuple[Finding, RelatedView]]] = {}
    places: dict[str, Location] = {}
    for finding in report.findings:
        numbers[finding.path] = numbers.get(finding.path, 0) + 1
        prefix = links.page(finding.path, document.path)
        for location in finding.related:
            if location.path != document.path:
                continue
            key = target_key(location)
            places.setdefault(key, location)
            href = None if prefix is None else f"{prefix}#f-{numbers[finding.path]}"
            referrers.setdefault(key, []).append((finding, RelatedView(str(finding.line), location.note, href)))
    targets = []
    for key, location in places.items():
        start = _offset(document, location.line, location.column)
        shown = referrers[key][:REFERRERS_SHOWN]
        groups: dict[tuple[str, str], list[RelatedView]] = {}
        for finding, view in shown:
            groups.setdefault((finding.path, finding.text), []).append(view)
        grouped = tuple(
            RelatedGroup(_shorten(text, 40), "" if path == document.path else os.path.basename(path), "", tuple(views))
            for (path, text), views in groups.items()
        )
        view = TargetView(key, location.line, location.text, grouped, len(referrers[key]) - len(shown))
        targets.append((start, min(start + len(location.text), len(document.text)), view))
    return sorted(targets, key=lambda t: (t[0], -t[1], t[2].key))


def _locator(report: Report, here: str, links: Links) -> variants.Locate:
    """Href of a place for the variant tables: a finding's mark, else a related location's target."""
    numbers: dict[str, int] = {}
    marks: dict[tuple[str, int, int, str], int] = {}
    for finding in report.findings:
        numbers[finding.path] = numbers.get(finding.path, 0) + 1
        marks.setdefault((finding.path, finding.line, finding.column, finding.text), numbers[finding.path])

    def locate(path: str, line: int, column: int, text: str) -> str | None:
        prefix = links.page(path, here)
        if prefix is None:
            return None
        number = marks.get((path, line, column, text))
        key = f"f-{number}" if number is not None else target_key(Location(path, line, column, text, ""))
        return f"{prefix}#{key}"

    return locate


def _context(finding: Finding) -> tuple[str, str, str]:
    """The context split around the finding's text, cut to about ``CONTEXT_CHARS`` characters."""
    context, text = finding.context or "", finding.text
    at = context.find(text) if text else -1
    if at < 0:
        return (_shorten(context, CONTEXT_CHARS), "", "")
    before, after = context[:at], context[at + len(text):]
    room = max(CONTEXT_CHARS - len(text), 40) // 2
    if len(before) > room:
        before = "…" + before[len(before) - room:].lstrip()
    return before, _shorten(text, CONTEXT_CHARS), _shorten(after, room)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _suggestion_text(suggestion: str) -> str:
    return f"‘{suggestion}’" if suggestion.strip() else "delete it" if suggestion == "" else f"‘{suggestion}’ (a space)"


def _charts(summary: Mapping[str, Any], findings: Sequence[Finding]) -> dict[str, list[dict[str, Any]]]:
    """Bar rows by severity and by check; bar widths are percentages of the largest count."""
    worst: dict[str, str] = {}
    for finding in findings:
        if finding.check not in worst or finding.severity > Severity.parse(worst[finding.check]):
            worst[finding.check] = str(finding.severity)
    top = max([*summary["by_severity"].values(), *summary["by_check"].values(), 1])

    def row(label: str, count: int, css: str) -> dict[str, Any]:
        return {"label": label, "count": count, "css": css, "width": f"{100 * count / top:.2f}"}

    return {
        "severity": [row(s, summary["by_severity"][s], s) for s in SEVERITIES],
        "check": [row(c, n, worst[c]) for c, n in summary["by_check"].items()],
    }


def _settings(settings: Mapping[str, Any]) -> dict[str, str]:
    glossary = settings.get("glossary")
    if isinstance(glossary, (list, tuple)):
        glossary = ", ".join(str(g) for g in glossary)
    return {
        "source_lang": str(settings.get("source_lang", "zh")),
        "target_lang": str(settings.get("target_lang", "en")),
        "glossary": str(glossary) if glossary else "none",
    }


def _meta(document: Document, settings: Mapping[str, Any], modified: str | None, lines: int) -> dict[str, Any]:
    return {
        "name": os.path.basename(document.path) or document.path,
        "path": document.path,
        "bytes": len(document.text.encode("utf-8", "surrogatepass")),
        "characters": len(document.text),
        "lines": lines,
        "modified": modified,
        "version": __version__,
        **_settings(settings),
    }


# -- templates, assets and the policy ---------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("l10n_check.render", "templates"),
        autoescape=True,  # every value is escaped unless we marked it Markup ourselves
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["size"] = _human_size
    env.filters["count_of"] = lambda n, noun: f"{n:,} {noun}{'' if n == 1 else 's'}"
    return env


@functools.lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (resources.files("l10n_check.render") / "templates" / name).read_text(encoding="utf-8")


def _hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _csp(script: str | None, style: str) -> str:
    """Nothing but our own inline style and script; no network, no plugins, no forms, no base."""
    script_src = _hash(script) if script is not None else "'none'"
    return (f"default-src 'none'; script-src {script_src}; style-src {_hash(style)}; img-src 'none'; "
            "base-uri 'none'; form-action 'none'")


def _human_size(count: int) -> str:
    if count < 1000:
        return f"{count} byte{'' if count == 1 else 's'}"
    return f"{count / 1000:.1f} kB" if count < 1_000_000 else f"{count / 1_000_000:.1f} MB"


# -- files ------------------------------------------------------------------------------------------


def report_targets(
    paths: Sequence[str], target: str = "", names: Mapping[str, str] | None = None
) -> tuple[dict[str, str], str | None]:
    """Output file of each draft, and of the index when there are several drafts.

    ``target`` "" means ``reports/``; a path ending in ``.html`` is the report of a single draft, or
    the index of several (their reports beside it); anything else is a directory. A draft's report
    is named by its name in the run (``names``: ``a/article.md`` → ``a/article.html``).
    """
    target = target or DEFAULT_DIR
    several = len(paths) > 1
    if target.lower().endswith(".html"):
        if not several:
            return ({paths[0]: target} if paths else {}), None
        directory, index = os.path.dirname(target), target
    else:
        directory, index = target, os.path.join(target, "index.html") if several else None
    used = {"index"} if several else set()
    outputs = {}
    for path in paths:
        stem = output_stem((names or {}).get(path) or os.path.basename(path))
        name, n = stem, 1
        while name.casefold() in used:
            n += 1
            name = f"{stem}-{n}"
        used.add(name.casefold())
        outputs[path] = os.path.join(directory, *f"{name}.html".split("/"))
    return outputs, index


def write_reports(report: Report, target: str = "") -> list[str]:
    """Write every draft's report (and the index for several drafts); return the files written."""
    outputs, index = report_targets([d.path for d in report.documents], target, report.names)
    base = os.path.dirname(index) if index else None
    hrefs = {path: _href(os.path.relpath(out, base) if base is not None else os.path.basename(out))
             for path, out in outputs.items()}
    links = Links(hrefs, _href(os.path.basename(index)) if index else None)
    written = []
    for document in report.documents:
        html = render_report(report, document, links, _modified(document.path))
        _atomic_write(outputs[document.path], html)
        written.append(outputs[document.path])
    if index:
        _atomic_write(index, render_index(report, links))
        written.append(index)
    return written


def _href(relative: str) -> str:
    """A relative link to a report file: quoted, and never read as a scheme ("javascript:x.html")."""
    return "./" + urllib.parse.quote(relative.replace(os.sep, "/"), errors="surrogateescape")


def _modified(path: str) -> str | None:
    """The draft's modification time (a property of the input, so the output stays reproducible)."""
    try:
        stamp = os.stat(path).st_mtime
    except OSError:
        return None
    return datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _atomic_write(path: str, text: str) -> None:
    """Write through a temporary file and a rename (see ``l10n_check.atomic``): never a half-written file."""
    from ..atomic import write_text

    write_text(path, text)
