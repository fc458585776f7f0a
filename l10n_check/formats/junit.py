"""JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines).

One ``testcase`` per file checked; each finding is a ``failure`` of it (type = severity, message =
the finding's one line); a file that could not be read is an ``error``, a skipped one ``skipped``.
Characters XML 1.0 cannot hold (control characters from a damaged draft) are replaced by U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TextIO

from ..model import Finding
from ..report import Report
from .text import format_finding

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
SUITE = "l10n-check"


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def write(report: Report, stream: TextIO, color: bool = False) -> None:
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_path[finding.path].append(finding)
    paths = sorted({doc.path for doc in report.documents} | set(by_path) | {p.path for p in report.problems})
    problems = {p.path: p for p in report.problems}
    failures = len(report.findings)
    errors = sum(1 for p in report.problems if p.fatal)
    skipped = sum(1 for p in report.problems if not p.fatal)
    counts = {"tests": str(len(paths)), "failures": str(failures), "errors": str(errors), "skipped": str(skipped)}
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts})
    for path in paths:
        case = ET.SubElement(suite, "testcase", {"classname": SUITE, "name": _clean(path), "file": _clean(path)})
        for finding in by_path.get(path, ()):
            failure = ET.SubElement(case, "failure", {
                "type": str(finding.severity), "message": _clean(f"[{finding.check}] {finding.message}"),
            })
            failure.text = _clean(format_finding(finding) + (f"\n{finding.context}" if finding.context else ""))
        if path in problems:
            tag = "error" if problems[path].fatal else "skipped"
            ET.SubElement(case, tag, {"message": _clean(problems[path].message)})
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
