"""One run from paths to a ``Report``: read the files (the I/O edge), then the pure engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from . import engine, parallel
from .model import Document
from .readers import Problem, expand_paths, read_path, with_source
from .report import Report


@dataclass(frozen=True)
class ScanRequest:
    """What to scan and how: the CLI and the config file both produce one."""

    paths: tuple[str, ...]
    config: engine.Config = field(default_factory=engine.Config)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    resources: Mapping[str, Any] = field(default_factory=dict)
    source: str | None = None  # the source file of a single plain draft: a source/target pair
    jobs: int = 1  # processes; 0 means one per CPU


def read_documents(request: ScanRequest) -> tuple[list[Document], list[Problem]]:
    """Every file the request names, read; files that cannot be read become problems."""
    documents, problems = [], []
    config = request.config
    for path in expand_paths(request.paths, request.include, request.exclude):
        result = read_path(path, config.source_lang, config.target_lang)
        if request.source is not None and isinstance(result, Document):
            result = _paired(result, request.source, config.source_lang)
        (problems if isinstance(result, Problem) else documents).append(result)
    return documents, problems


def _paired(target: Document, source_path: str, source_lang: str) -> Document | Problem:
    source = read_path(source_path, source_lang, source_lang)
    return source if isinstance(source, Problem) else with_source(target, source)


def scan(request: ScanRequest, progress: Callable[[int], None] | None = None) -> Report:
    """Read, lint and collect: the whole of ``l10n-check scan`` except output."""
    if request.source is not None:  # one source/target pair: nothing to parallelise
        documents, problems = read_documents(request)
        findings = engine.lint(documents, request.config, request.resources)
    else:
        paths = list(expand_paths(request.paths, request.include, request.exclude))
        documents, problems, findings = parallel.lint_paths(paths, request.config, request.resources, request.jobs, progress)
    settings = {"source_lang": request.config.source_lang, "target_lang": request.config.target_lang}
    return Report(tuple(findings), tuple(documents), tuple(problems), settings)


def scan_documents(documents: Sequence[Document], config: engine.Config) -> Report:
    """Lint documents already in memory (tests, the API)."""
    return Report(tuple(engine.lint(documents, config)), tuple(documents))
