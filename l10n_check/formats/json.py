"""The JSON contract (version 1) that the HTML report, catalogs and other tools build on."""

from __future__ import annotations

from typing import Any, TextIO

from ..report import Report
from . import jsontext

VERSION = 1


def write(report: Report, stream: TextIO, color: bool = False) -> None:
    """The report as ``json.dumps(..., indent=2)`` writes it, one finding at a time: the JSON of a
    long draft's findings is never held whole (``json.dump`` would write each token separately,
    1.7 M writes for the 32,000 findings of a large catalog; one string held them all at once)."""
    stream.write(f'{{\n  "version": {VERSION},\n  "findings": ')
    findings = report.findings
    if not findings:
        stream.write("[]")
    else:
        stream.write("[\n")
        for index, finding in enumerate(findings):
            stream.write(("    " if not index else ",\n    ") + _dumps(finding.to_dict(), "    "))
        stream.write("\n  ]")
    stream.write(f',\n  "summary": {_dumps(report.summary(), "  ")}\n}}\n')


def _dumps(value: Any, indent: str) -> str:
    """``value`` as ``json.dumps(indent=2)`` writes it nested at ``indent``: every line after the
    first indented (a JSON string holds no line break: it escapes it)."""
    return jsontext.dumps(value).replace("\n", "\n" + indent)
