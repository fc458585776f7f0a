"""Baselines: record today's findings so CI fails only on new ones.

A finding is recorded by a fingerprint of its check, its file and the offending text with its
context (the sentence around it), never its line or column: an edit elsewhere in the file moves a
finding without making it new. Identical findings in one file are counted, so a second copy of an
old problem is still reported.

The file is JSON, sorted, one entry per fingerprint, with the text kept for people reading diffs::

    {"version": 1, "findings": [{"fingerprint": "…", "check": "…", "path": "…", "text": "…", "count": 1}]}
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace
from typing import Iterable, Mapping

from . import files
from .atomic import write_text
from .formats import jsontext
from .model import Finding
from .report import Report

VERSION = 1
# A baseline holds one short entry per finding: far below this even for a whole newsroom.
MAX_BASELINE_SIZE = 256 * 1024 * 1024


class BaselineError(ValueError):
    """A baseline file that cannot be read; the message names the file."""


def normalized_path(path: str) -> str:
    """The same file however it was named on the command line: ``./a/../b.md`` → ``b.md``."""
    return os.path.normpath(path).replace(os.sep, "/")


def fingerprint(finding: Finding) -> str:
    """A stable identity of ``finding`` independent of where in the file it sits."""
    import hashlib  # here, not at the top: OpenSSL's 3 ms are paid only by runs with a baseline

    parts = (finding.check, normalized_path(finding.path), finding.text, " ".join(finding.context.split()))
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def dumps(findings: Iterable[Finding]) -> str:
    """The baseline file's text for ``findings``."""
    counts: Counter[str] = Counter()
    first: dict[str, Finding] = {}
    for finding in findings:
        key = fingerprint(finding)
        counts[key] += 1
        first.setdefault(key, finding)
    entries = [
        {"fingerprint": key, "check": f.check, "path": normalized_path(f.path), "text": f.text, "count": counts[key]}
        for key, f in first.items()
    ]
    entries.sort(key=lambda e: (e["path"], e["check"], e["text"], e["fingerprint"]))
    return jsontext.dumps({"version": VERSION, "findings": entries}) + "\n"


def write(path: str, findings: Iterable[Finding]) -> None:
    """Write the baseline atomically."""
    write_text(path, dumps(findings))


def load(path: str) -> Counter[str]:
    """Fingerprint → how many findings with it are known. Raises ``BaselineError``."""
    try:
        data = json.loads(files.read_regular(path, MAX_BASELINE_SIZE).decode("utf-8"))
    except files.InputError as error:
        raise BaselineError(f"{path}: cannot read baseline: {error.reason.removeprefix('cannot read: ')}") from None
    except ValueError as error:  # invalid JSON or UTF-8
        raise BaselineError(f"{path}: not a baseline (invalid JSON: {error})") from None
    if not isinstance(data, Mapping) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a version {VERSION} l10n-check baseline")
    known: Counter[str] = Counter()
    for entry in data["findings"]:
        try:
            known[str(entry["fingerprint"])] += int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"{path}: baseline entry without a fingerprint: {entry!r}") from None
    return known


def new_findings(findings: Iterable[Finding], known: Counter[str]) -> list[Finding]:
    """The findings not accounted for by ``known``, in their order."""
    left = Counter(known)
    result = []
    for finding in findings:
        key = fingerprint(finding)
        if left[key] > 0:
            left[key] -= 1
        else:
            result.append(finding)
    return result


def filter_report(report: Report, known: Counter[str]) -> Report:
    """The report with baseline findings removed; ``settings["baselined"]`` counts them."""
    fresh = new_findings(report.findings, known)
    settings = {**report.settings, "baselined": len(report.findings) - len(fresh)}
    return replace(report, findings=tuple(fresh), settings=settings)
