"""One run from paths to a ``Report``: read the files (the I/O edge), then the pure engine."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

from . import engine, parallel
from .files import STDIN
from .model import Document
from .readers import Discovery, Problem, ReadOptions, discover, read_path, unique_names, with_source
from .report import Report

if TYPE_CHECKING:
    from .results import ResultCache


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
    reading: ReadOptions = ReadOptions()
    skip: tuple[str, ...] = ()  # directories a walk passes over: the run's own output folders
    results: ResultCache | None = None  # findings kept between runs (``--cache``)


def find_files(request: ScanRequest) -> Discovery:
    """The files the request names or its directories hold, with their output names."""
    found = discover(request.paths, request.include, request.exclude, request.skip)
    if STDIN not in found.files:
        return found
    # A draft on standard input is known by --stdin-filename: findings, catalogs and reports.
    shown = request.reading.shown(STDIN)
    names = {path: (os.path.basename(shown) or "stdin") if path == STDIN else name for path, name in found.names.items()}
    return Discovery(found.files, unique_names(names), found.problems)


def read_documents(request: ScanRequest, found: Discovery | None = None) -> tuple[list[Document], list[Problem]]:
    """Every file the request names (or ``found`` holds), read; files that cannot be read become problems."""
    documents, problems = [], []
    config = request.config
    found = found or find_files(request)
    for path in found.files:
        result = read_path(path, config.source_lang, config.target_lang, request.reading)
        if request.source is not None and isinstance(result, Document):
            result = _paired(result, request.source, config.source_lang, request.reading)
        (problems if isinstance(result, Problem) else documents).append(result)
    return documents, [*found.problems, *problems]


def _paired(target: Document, source_path: str, source_lang: str, reading: ReadOptions) -> Document | Problem:
    source = read_path(source_path, source_lang, source_lang, reading)
    return source if isinstance(source, Problem) else with_source(target, source)


def scan(request: ScanRequest, progress: Callable[[int], None] | None = None, found: Discovery | None = None) -> Report:
    """Read, lint and collect: the whole of ``l10n-check scan`` except output.

    ``found`` is the request's files when the caller has already looked for them (to count them).
    """
    found = found or find_files(request)
    if request.source is not None:  # one source/target pair: nothing to parallelise
        documents, problems = read_documents(request, found)
        findings = engine.lint(documents, request.config, request.resources)
    else:
        documents, problems, findings = parallel.lint_paths(
            found.files, request.config, request.resources, request.jobs, progress,
            reading=request.reading, results=request.results,
        )
        problems = [*found.problems, *problems]
    settings = {"source_lang": request.config.source_lang, "target_lang": request.config.target_lang}
    names = {request.reading.shown(path): name for path, name in found.names.items()}
    return Report(tuple(findings), tuple(documents), tuple(problems), settings, names)


def scan_documents(documents: Sequence[Document], config: engine.Config) -> Report:
    """Lint documents already in memory (tests, the API)."""
    return Report(tuple(engine.lint(documents, config)), tuple(documents))
