"""One run from paths to a ``Report``: read the files (the I/O edge), then the pure engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from . import engine, parallel
from .model import Document
from .readers import Problem, expand_paths, read_path
from .report import Report


@dataclass(frozen=True)
class ScanRequest:
    """What to scan and how: the CLI and the config file both produce one."""

    paths: tuple[str, ...]
    config: engine.Config = field(default_factory=engine.Config)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    resources: Mapping[str, Any] = field(default_factory=dict)
    jobs: int = 1  # processes; 0 means one per CPU


def read_documents(request: ScanRequest) -> tuple[list[Document], list[Problem]]:
    """Every file the request names, read; files that cannot be read become problems."""
    documents, problems = [], []
    config = request.config
    for path in expand_paths(request.paths, request.include, request.exclude):
        result = read_path(path, config.source_lang, config.target_lang)
        (problems if isinstance(result, Problem) else documents).append(result)
    return documents, problems


def scan(request: ScanRequest, progress: Callable[[int], None] | None = None) -> Report:
    """Read, lint and collect: the whole of ``l10n-check scan`` except output."""
    paths = list(expand_paths(request.paths, request.include, request.exclude))
    documents, problems, findings = parallel.lint_paths(paths, request.config, request.resources, request.jobs, progress)
    settings = {"source_lang": request.config.source_lang, "target_lang": request.config.target_lang}
    return Report(tuple(findings), tuple(documents), tuple(problems), settings)


def scan_documents(documents: Sequence[Document], config: engine.Config) -> Report:
    """Lint documents already in memory (tests, the API)."""
    return Report(tuple(engine.lint(documents, config)), tuple(documents))
