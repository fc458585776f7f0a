"""The result of one run, as output formats and renderers see it."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping

from .model import Document, Finding, Severity
from .readers import Problem


@dataclass(frozen=True)
class Report:
    """Findings of a run, the documents checked and the files that could not be checked."""

    findings: tuple[Finding, ...]
    documents: tuple[Document, ...] = ()
    problems: tuple[Problem, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)  # languages, glossary: for report headers
    # Path → the name catalogs and HTML reports are given (the path under the directory scanned).
    names: Mapping[str, str] = field(default_factory=dict)

    def name_of(self, path: str) -> str:
        """The output name of the draft at ``path``: as discovered, else the file's own name."""
        return self.names.get(path) or path.replace("\\", "/").rsplit("/", 1)[-1]

    def summary(self) -> dict[str, Any]:
        """Counts by severity and by check, files checked and skipped: the JSON ``summary``."""
        by_severity = Counter(str(f.severity) for f in self.findings)
        by_check = Counter(f.check for f in self.findings)
        return {
            "findings": len(self.findings),
            "by_severity": {str(s): by_severity.get(str(s), 0) for s in sorted(Severity, reverse=True)},
            "by_check": dict(sorted(by_check.items())),
            "files_checked": len(self.documents),
            "files_with_errors": sorted({p.path for p in self.problems if p.fatal}),
            "files_skipped": sorted({p.path for p in self.problems if not p.fatal}),
        }


def output_stem(name: str) -> str:
    """A draft's name in the run → the path of its catalog or report, without the suffix.

    ``a/article.md`` → ``a/article``; a name that would leave the output folder (``..``, an
    absolute path) keeps only its file name.
    """
    parts = name.replace("\\", "/").split("/")
    if name.startswith("/") or any(part in ("", ".", "..") for part in parts):
        parts = parts[-1:]
    parts[-1] = os.path.splitext(parts[-1])[0] or "draft"
    return "/".join(parts)
