"""SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, VS Code's SARIF viewer).

One run; every check a rule with its documentation as help; columns counted in Unicode code points
(``columnKind: unicodeCodePoints``, what our 1-based columns are); each result carries the baseline
fingerprint as a partial fingerprint so dashboards track a finding across edits. Files that could
not be read are tool execution notifications.
"""

from __future__ import annotations

import os
import urllib.parse
from typing import Any, TextIO

from .. import __version__
from ..baseline import fingerprint
from ..model import Document, Finding, Location, Severity
from ..report import Report
from . import jsontext

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT = "l10nCheck/v1"
SOURCE_ROOT = "%SRCROOT%"


def write(report: Report, stream: TextIO, color: bool = False) -> None:
    rules = _rules()
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    documents = {doc.path: doc for doc in report.documents}
    run = {
        "tool": {"driver": {"name": "l10n-check", "version": __version__, "semanticVersion": __version__,
                            "informationUri": "https://pypi.org/project/l10n-check/", "rules": rules}},
        "invocations": [_invocation(report)],
        "columnKind": "unicodeCodePoints",
        "results": [_result(finding, index, documents.get(finding.path)) for finding in report.findings],
    }
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    # One string, one write: ``json.dump`` writes each token separately.
    stream.write(jsontext.dumps(document) + "\n")


def _rules() -> list[dict[str, Any]]:
    """Every registered check, then the engine's own suppression report, as reporting descriptors."""
    from ..checks import CHECKS
    from ..suppress import RULE, RULE_DOC, RULE_SEVERITY

    described = [(c.name, c.severity, c.doc, c.category) for c in CHECKS]
    described.append((RULE, RULE_SEVERITY, RULE_DOC, "suppressions"))
    return [_rule(name, severity, doc, category) for name, severity, doc, category in described]


def _rule(name: str, severity: Severity, doc: str, category: str) -> dict[str, Any]:
    doc = doc.strip()
    summary = doc.splitlines()[0] if doc else name
    rule: dict[str, Any] = {"id": name}
    readable = "".join(part.capitalize() for part in name.split("-"))
    if readable.casefold() != name.casefold():  # SARIF1001: a name that only restates the id is omitted
        rule["name"] = readable
    return rule | {
        "shortDescription": {"text": summary},
        "fullDescription": {"text": summary},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {"category": category, "tags": [category]},
    }


def _result(finding: Finding, rule_index: dict[str, int], doc: Document | None) -> dict[str, Any]:
    text = finding.message
    if finding.suggestion and finding.suggestion.strip() and finding.suggestion not in finding.message:
        text += f" (suggestion: '{finding.suggestion}')"
    result: dict[str, Any] = {
        "ruleId": finding.check,
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": _physical(finding, doc)}],
        "partialFingerprints": {FINGERPRINT: fingerprint(finding)},
    }
    if finding.check in rule_index:
        result["ruleIndex"] = rule_index[finding.check]
    if finding.related:
        result["relatedLocations"] = [_related(i, location) for i, location in enumerate(finding.related)]
    if finding.suggestion is not None:
        result["properties"] = {"suggestion": finding.suggestion}
    return result


def _physical(finding: Finding, doc: Document | None) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    if finding.text:
        region["snippet"] = {"text": finding.text}
    physical = {"artifactLocation": artifact(finding.path), "region": region}
    if doc is not None:
        # The whole lines around the finding, so a reader sees it without the file at hand.
        lines = [doc.line_text(n) for n in range(finding.line, min(finding.end_line, len(doc.line_starts)) + 1)]
        physical["contextRegion"] = {"startLine": finding.line, "endLine": finding.line + len(lines) - 1,
                                     "snippet": {"text": "\n".join(lines)}}
    return physical


def _related(index: int, location: Location) -> dict[str, Any]:
    region = {"startLine": location.line, "startColumn": location.column}
    if location.text:
        region["snippet"] = {"text": location.text}
    return {
        "id": index,
        "physicalLocation": {"artifactLocation": artifact(location.path), "region": region},
        "message": {"text": location.note or "related"},
    }


def artifact(path: str) -> dict[str, str]:
    """A relative path as a URI reference under the source root; an absolute one as a file URI."""
    posix = os.path.normpath(path).replace(os.sep, "/")
    # A file name that is not UTF-8 keeps its bytes (surrogate escapes), which are percent-encoded as such.
    quoted = urllib.parse.quote(posix, errors="surrogateescape")
    if os.path.isabs(path):
        return {"uri": "file://" + quoted}
    return {"uri": quoted, "uriBaseId": SOURCE_ROOT}


def _invocation(report: Report) -> dict[str, Any]:
    notifications = [
        {
            "level": "error" if problem.fatal else "note",
            "message": {"text": problem.message},
            "locations": [{"physicalLocation": {"artifactLocation": artifact(problem.path)}}],
        }
        for problem in report.problems
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not any(p.fatal for p in report.problems)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation
