"""The JSON contract (version 1) that the HTML report, catalogs and other tools build on."""

from __future__ import annotations

import json
from typing import TextIO

from ..report import Report

VERSION = 1


def write(report: Report, stream: TextIO, color: bool = False) -> None:
    document = {
        "version": VERSION,
        "findings": [finding.to_dict() for finding in report.findings],
        "summary": report.summary(),
    }
    json.dump(document, stream, ensure_ascii=False, indent=2, sort_keys=False)
    stream.write("\n")
