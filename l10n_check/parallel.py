"""Many files at once: per-document checks in worker processes, cross-document checks in the parent.

Each worker reads a file and runs the checks that see one document at a time; it sends back the
document and its raw findings. The parent keeps results in the order of the paths, runs the
cross-document (``run_corpus``) checks over every document, then applies the suppressions: so the
output is the same, byte for byte, whatever the number of processes.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Sequence

from . import engine
from .model import Document, Finding
from .files import STDIN
from .readers import Problem, ReadOptions, read_path

if TYPE_CHECKING:
    from .results import ResultCache

# Below this many files per process, starting processes (each loads its own language profiles)
# costs more than it saves.
MIN_FILES_PER_JOB = 4

# A file's outcome: the document (or why it could not be read), its per-document findings, and what
# the cross-document checks extracted from it, by check name.
Result = tuple[Document | Problem, list[Finding], dict[str, Any]]


@dataclass(frozen=True)
class Work:
    """What every file of a run is read and checked with: what a worker process is started with."""

    config: engine.Config
    resources: Mapping[str, Any]
    reading: ReadOptions = ReadOptions()
    results: ResultCache | None = None  # findings kept between runs (``--cache``)


_worker_state: Work | None = None


def default_jobs() -> int:
    """One process per CPU this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init(work: Work) -> None:
    global _worker_state
    _worker_state = work


def _lint_chunk(paths: list[str]) -> list[Result]:
    """In a worker: ``lint_file`` on each path of a chunk, with the configuration the pool was
    started with."""
    assert _worker_state is not None
    work = _worker_state
    return [lint_file(path, work) for path in paths]


# Chunks per process: enough that the last chunk, which decides when the run ends, is short.
CHUNKS_PER_JOB = 8


def balanced_chunks(paths: Sequence[str], jobs: int) -> list[list[str]]:
    """``paths`` in order, cut into runs of about the same number of bytes (not of files): one
    large draft among small ones is a chunk of its own instead of the tail of a long run."""
    sizes = [_size(path) for path in paths]
    target = max(1, sum(sizes) // max(1, jobs * CHUNKS_PER_JOB))
    chunks: list[list[str]] = []
    filled = target
    for path, size in zip(paths, sizes):
        if filled >= target:
            chunks.append([])
            filled = 0
        chunks[-1].append(path)
        filled += size
    return chunks


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # the worker reports the problem with the file
        return 0


def lint_file(path: str, work: Work) -> Result:
    """Read one file and run the per-document checks on it."""
    config = work.config
    read = read_path(path, config.source_lang, config.target_lang, work.reading)
    if isinstance(read, Problem):
        return read, [], {}
    return read, *check_document(read, work)


def check_document(doc: Document, work: Work) -> tuple[list[Finding], dict[str, Any]]:
    """The per-document findings of ``doc`` and what the cross-document checks read from it:
    from the result cache when the run has one that holds them, else computed (and kept there)."""
    if work.results is None:
        return _checked(doc, work, None)
    key = work.results.key(doc)
    cached = work.results.get(key)
    return cached if cached is not None else _checked(doc, work, key)


def _checked(doc: Document, work: Work, key: str | None) -> tuple[list[Finding], dict[str, Any]]:
    """``check_document`` computed, and kept under ``key`` in the run's result cache when given."""
    facts = {name: by_path[doc.path] for name, by_path in engine.extract_facts([doc], work.config).items()}
    findings = engine.run_checks([doc], work.config, work.resources, scope="document")
    if key is not None and work.results is not None:
        work.results.put(key, findings, facts)
    return findings, facts


def _results(paths: Sequence[str], work: Work, jobs: int) -> Iterator[Result]:
    if min(jobs, len(paths) // MIN_FILES_PER_JOB) <= 1 or STDIN in paths:  # only this process can read standard input
        yield from (lint_file(path, work) for path in paths)
    elif work.results is not None:
        yield from _cached_first(paths, work, work.results, jobs)
    else:
        yield from _pooled(paths, work, jobs)


def _cached_first(paths: Sequence[str], work: Work, store: ResultCache, jobs: int) -> Iterator[Result]:
    """With a result cache: every file is read here and its cached work taken; only the files
    without an entry go to worker processes, and only when there are enough of them to pay for
    starting workers. A rerun after one draft changed then checks that draft in this process,
    without loading what workers would need nor sending every document back and forth."""
    config = work.config
    done: dict[int, Result] = {}
    unread: list[tuple[int, Document, str]] = []
    for index, path in enumerate(paths):
        read = read_path(path, config.source_lang, config.target_lang, work.reading)
        if isinstance(read, Problem):
            done[index] = (read, [], {})
            continue
        key = store.key(read)
        cached = store.get(key)
        if cached is not None:
            done[index] = (read, *cached)
        else:
            unread.append((index, read, key))
    computed: Iterator[Result]
    if min(jobs, len(unread) // MIN_FILES_PER_JOB) <= 1:
        computed = ((doc, *_checked(doc, work, key)) for _, doc, key in unread)
    else:  # the workers read these files again: sending a document costs about as much as reading it
        computed = _pooled([paths[index] for index, _, _ in unread], work, jobs)
    for index in range(len(paths)):  # in the order of the paths, each as soon as it is known
        yield done.pop(index) if index in done else next(computed)


def _pooled(paths: Sequence[str], work: Work, jobs: int) -> Iterator[Result]:
    """``lint_file`` of every path, the first here and the rest in ``jobs`` worker processes."""
    config = work.config
    jobs = min(jobs, len(paths) // MIN_FILES_PER_JOB)
    # What checks load lazily (language profiles, dictionaries) is loaded in the parent before
    # forking, once, and shared by every worker instead of loaded by each.
    for check in engine.enabled_checks(config):
        if check.warm_up is not None:
            check.warm_up()
    yield lint_file(paths[0], work)
    import multiprocessing  # only with workers: a one-file run need not import them (10 ms)
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    # What the parent has loaded (dictionaries, the calque matcher, compiled patterns) is moved out
    # of the collector's sight before the workers fork: each worker's collections then no longer
    # walk it again and again, nor copy its pages by touching their headers.
    gc.freeze()
    try:
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init, initargs=(work,)) as pool:
            for results in pool.map(_lint_chunk, balanced_chunks(paths[1:], jobs)):
                yield from results
    finally:
        gc.unfreeze()


def lint_paths(
    paths: Sequence[str],
    config: engine.Config,
    resources: Mapping[str, Any] | None = None,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    *,
    reading: ReadOptions = ReadOptions(),
    results: ResultCache | None = None,
) -> tuple[list[Document], list[Problem], list[Finding]]:
    """Read and lint ``paths`` with ``jobs`` processes (0: one per CPU); ``progress(1)`` per file;
    with ``results``, a file's per-document work is taken from there when it was done before."""
    resources = dict(resources or {})
    engine.enabled_checks(config)  # a bad configuration fails here, not once per worker
    documents: list[Document] = []
    problems: list[Problem] = []
    findings: list[Finding] = []
    facts: dict[str, dict[str, Any]] = {}
    for read, found, extracted in _results(paths, Work(config, resources, reading, results), jobs or default_jobs()):
        (problems if isinstance(read, Problem) else documents).append(read)
        findings.extend(found)
        for name, fact in extracted.items():
            facts.setdefault(name, {})[read.path] = fact
        if progress is not None:
            progress(1)
    findings.extend(engine.run_checks(documents, config, resources, scope="corpus", facts=facts))
    if results is not None:
        results.tidy()
    return documents, problems, engine.apply_suppressions(documents, findings, config)

