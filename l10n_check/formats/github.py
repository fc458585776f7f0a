"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CHECK::MESSAGE``, with ``notice``
for info. Values are escaped as the Actions runner unescapes them: ``%``, CR and LF everywhere, and
also ``:`` and ``,`` inside properties. ``parse`` reads such lines back (tests, tooling).
Columns are 1-based code points; ``endColumn`` is one past the last character, as in SARIF.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

from ..model import Finding, Severity
from ..report import Report

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SEVERITIES = {command: severity for severity, command in COMMANDS.items()}
SUGGESTION = "\nsuggestion: "

_DATA_ESCAPES = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))
_PROPERTY_ESCAPES = _DATA_ESCAPES + ((":", "%3A"), (",", "%2C"))
_LINE = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def escape(value: str, escapes: tuple[tuple[str, str], ...] = _DATA_ESCAPES) -> str:
    for raw, escaped in escapes:
        value = value.replace(raw, escaped)
    return value


def unescape(value: str, escapes: tuple[tuple[str, str], ...] = _DATA_ESCAPES) -> str:
    for raw, escaped in reversed(escapes):
        value = value.replace(escaped, raw)
    return value


def format_finding(finding: Finding) -> str:
    """One workflow command line for one finding."""
    properties = {
        "file": finding.path,
        "line": finding.line,
        "col": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "title": finding.check,
    }
    props = ",".join(f"{key}={escape(str(value), _PROPERTY_ESCAPES)}" for key, value in properties.items())
    message = finding.message
    if finding.suggestion is not None:
        message += SUGGESTION + finding.suggestion
    return f"::{COMMANDS[finding.severity]} {props}::{escape(message)}"


def write(report: Report, stream: TextIO, color: bool = False) -> None:
    for finding in report.findings:
        stream.write(format_finding(finding) + "\n")
    for problem in report.problems:
        command = "error" if problem.fatal else "notice"
        stream.write(f"::{command} file={escape(problem.path, _PROPERTY_ESCAPES)}::{escape(problem.message)}\n")


def parse(line: str) -> dict[str, Any] | None:
    """A workflow command line → its fields (``severity``, ``file``, ``line``…, ``message``)."""
    match = _LINE.match(line.rstrip("\n"))
    if match is None:
        return None
    fields: dict[str, Any] = {"severity": str(SEVERITIES[match.group(1)])}
    for pair in match.group(2).split(","):
        key, _, value = pair.partition("=")
        value = unescape(value, _PROPERTY_ESCAPES)
        fields[key] = int(value) if key in ("line", "col", "endLine", "endColumn") else value
    message, separator, suggestion = unescape(match.group(3)).partition(SUGGESTION)
    fields["message"] = message
    fields["suggestion"] = suggestion if separator else None
    return fields
