"""What a CI run does around the engine: settings → scan, progress, baseline, output file.

The CLI calls ``run`` with the effective settings; everything here is testable without Click.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Sequence, TextIO

from . import baseline, runner
from .files import STDIN, printable
from .config import Settings
from .readers import ReadOptions
from .report import Report

if TYPE_CHECKING:
    from .results import ResultCache

# A progress bar appears only on a terminal, and only for runs with at least this many files.
PROGRESS_MIN_FILES = 50


class OutputCollision(ValueError):
    """An output file of the run that is also one of its inputs: writing it would destroy a draft."""


@dataclass(frozen=True)
class Outcome:
    """A finished scan: the report as shown, and what to tell the user on stderr."""

    report: Report
    notes: tuple[str, ...] = ()


def request(settings: Settings, paths: tuple[str, ...], resources: Mapping[str, Any] | None = None) -> runner.ScanRequest:
    """The scan request the settings describe; the run's output folders are not scanned."""
    return runner.ScanRequest(
        paths=paths,
        config=settings.engine_config(),
        include=tuple(settings["include"]),
        exclude=tuple(settings["exclude"]),
        resources=dict(resources or {}),
        source=settings["source"],
        jobs=settings["jobs"],
        reading=ReadOptions(max_size=settings["max-size"]),
        skip=output_folders(settings),
        results=_result_cache(settings),
    )


def _result_cache(settings: Settings) -> ResultCache | None:
    """The cache of findings when the settings ask for one (see ``results``)."""
    if not settings["cache"]:
        return None
    from . import results

    return results.for_settings(settings.values, settings.checks)


def output_folders(settings: Settings) -> tuple[str, ...]:
    """The folders this run writes into (catalogs, HTML reports), which a scan of ``.`` must not read
    back as drafts. An output file is not passed over: one that is a draft is refused instead."""
    from .render import HTML_DIR

    html = settings["html"]
    folders = [settings["po"]] if settings["po"] else []
    if html is not None and not html.lower().endswith(".html"):
        folders.append(html or HTML_DIR)
    return tuple(folders)


def run(
    settings: Settings,
    paths: tuple[str, ...],
    write_baseline: str | None = None,
    stderr: TextIO | None = None,
    resources: Mapping[str, Any] | None = None,
    *,
    reading: ReadOptions | None = None,
) -> Outcome:
    """Scan; write a baseline of every finding if asked; then drop findings the baseline knows."""
    stderr = stderr or sys.stderr
    known = baseline.load(settings["baseline"]) if settings["baseline"] else None  # fail before the work
    scan_request = request(settings, paths, resources)
    if reading is not None:
        scan_request = dataclasses.replace(scan_request, reading=reading)
    # Walk the directories once: the bar needs the count, the scan the files.
    found = runner.find_files(scan_request)
    _refuse_collisions(found.files, [settings["output"], write_baseline, settings["html"]])
    with progress_bar(len(found.files), stderr) as advance:
        report = runner.scan(scan_request, advance, found)
    if settings["glossary"]:  # named in report headers (HTML)
        report = dataclasses.replace(report, settings={**report.settings, "glossary": list(settings["glossary"])})
    notes = []
    if scan_request.results is not None:
        reused = len(scan_request.results.reused)
        notes.append(f"--cache: {reused} of {len(report.documents)} files unchanged since an earlier run with these "
                     "settings: their findings were reused")
    if write_baseline:
        baseline.write(write_baseline, report.findings)
        notes.append(f"wrote {len(report.findings)} findings to the baseline {write_baseline}")
    if known is not None:
        report = baseline.filter_report(report, known)
        if report.settings["baselined"]:
            notes.append(f"{report.settings['baselined']} known findings in the baseline {settings['baseline']} not shown")
    return Outcome(report, tuple(notes))


def _refuse_collisions(inputs: Sequence[str], outputs: Sequence[str | None]) -> None:
    """Stop before the scan when an output file would overwrite an input (``-o draft.md``)."""
    read = {os.path.realpath(path) for path in inputs if path != STDIN}
    for output in outputs:
        if output and os.path.realpath(output) in read:
            raise OutputCollision(f"{printable(output)}: is one of the files checked; nothing written: write "
                                  "the output elsewhere, or --exclude it if it is an earlier output")


@contextlib.contextmanager
def progress_bar(total: int, stream: TextIO) -> Iterator[Callable[[int], None] | None]:
    """click's progress bar on ``stream`` when it is a terminal and the run is long; else nothing."""
    if total < PROGRESS_MIN_FILES or not stream.isatty():
        yield None
        return
    import click

    with click.progressbar(length=total, label="checking", file=stream) as bar:
        yield bar.update


def emit(report: Report, output_format: str, output: str | None, color: bool) -> None:
    """Write the report in ``output_format`` to stdout, or atomically to the file ``output``."""
    from .atomic import write_text
    from .formats import FORMATS

    if output is None:
        FORMATS[output_format](report, sys.stdout, color)
        return
    buffer = io.StringIO()
    FORMATS[output_format](report, buffer, False)
    write_text(output, buffer.getvalue())
