"""JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines).

One ``testcase`` per finding (classname: the file; name: line, column and check) with one
``failure`` (type = severity, message = the finding's one line), so that every consumer counts
``tests`` and ``failures`` alike; a file without findings is one passing test case, a file that could
not be read an ``error`` and a skipped one ``skipped``. Characters XML 1.0 cannot hold (control
characters from a damaged draft) are replaced by U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TextIO

from ..model import Finding
from ..readers import Problem
from ..report import Report
from .text import format_finding

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
SUITE = "l10n-check"
CLEAN = "no findings"  # the name of a file's one passing test case


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def write(report: Report, stream: TextIO, color: bool = False) -> None:
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_path[finding.path].append(finding)
    paths = sorted({doc.path for doc in report.documents} | set(by_path) | {p.path for p in report.problems})
    problems = {p.path: p for p in report.problems}
    cases = [case for path in paths for case in _cases(path, by_path.get(path, []), problems.get(path))]
    counts = {
        "tests": str(len(cases)),
        "failures": str(len(report.findings)),
        "errors": str(sum(1 for p in report.problems if p.fatal)),
        "skipped": str(sum(1 for p in report.problems if not p.fatal)),
    }
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts})
    suite.extend(cases)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def _cases(path: str, findings: list[Finding], problem: Problem | None) -> list[ET.Element]:
    """A file's test cases: one per finding, one for a problem, or one passing case."""
    attributes = {"classname": _clean(path), "file": _clean(path)}
    cases = []
    for finding in findings:
        case = ET.Element("testcase", {**attributes, "name": f"{finding.line}:{finding.column} [{finding.check}]",
                                       "line": str(finding.line)})
        failure = ET.SubElement(case, "failure", {
            "type": str(finding.severity), "message": _clean(f"[{finding.check}] {finding.message}"),
        })
        failure.text = _clean(format_finding(finding) + (f"\n{finding.context}" if finding.context else ""))
        cases.append(case)
    if problem is not None:
        case = ET.Element("testcase", {**attributes, "name": "read"})
        ET.SubElement(case, "error" if problem.fatal else "skipped", {"message": _clean(problem.message)})
        cases.append(case)
    if not cases:
        cases.append(ET.Element("testcase", {**attributes, "name": CLEAN}))
    return cases
