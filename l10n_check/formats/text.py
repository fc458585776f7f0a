"""``path:line:col: severity [check-id] message``, one finding a line, then a summary line.

A path is printed with its control characters and bidi controls escaped (``a\\nb.md``), so that a
file name cannot break the one-line format or recolour the terminal.
"""

from __future__ import annotations

from typing import TextIO

import click

from ..files import printable
from ..model import Finding, Severity
from ..report import Report

COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def format_finding(finding: Finding, color: bool = False) -> str:
    """One line for one finding; the suggestion, when there is one, at the end."""
    severity = str(finding.severity)
    if color:
        severity = click.style(severity, fg=COLORS[finding.severity], bold=True)
    line = f"{printable(finding.path)}:{finding.line}:{finding.column}: {severity} [{finding.check}] {finding.message}"
    if finding.suggestion is not None and finding.suggestion.strip() and finding.suggestion not in finding.message:
        line += f" (suggestion: '{finding.suggestion}')"
    return line


def summary_line(report: Report) -> str:
    """``3 findings (1 error, 2 warnings, 0 info) in 2 files``, plus files that could not be read."""
    summary = report.summary()
    counts = summary["by_severity"]
    parts = [_plural(counts["error"], "error"), _plural(counts["warning"], "warning"), f"{counts['info']} info"]
    line = f"{_plural(summary['findings'], 'finding')} ({', '.join(parts)}) in {_plural(summary['files_checked'], 'file')}"
    if summary["files_with_errors"]:
        line += f"; {_plural(len(summary['files_with_errors']), 'file')} could not be read"
    if summary["files_skipped"]:
        line += f"; {len(summary['files_skipped'])} skipped"
    return line


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def write(report: Report, stream: TextIO, color: bool = False) -> None:
    for finding in report.findings:
        stream.write(format_finding(finding, color) + "\n")
    stream.write(summary_line(report) + "\n")
