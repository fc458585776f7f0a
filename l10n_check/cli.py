"""Command-line wiring only: options → runner → format → exit code."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import click

from . import __version__
from .model import Severity

if TYPE_CHECKING:
    from .report import Report

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select a,b --select c`` → ``("a", "b", "c")``."""
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="l10n-check")
def main() -> None:
    """Check English machine translations of Chinese articles for translation defects."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--source-lang", default="zh", show_default=True, help="Language the draft was translated from.")
@click.option("--target-lang", default="en", show_default=True, help="Language the draft should be in.")
@click.option("--format", "output_format", default="text", show_default=True,
              type=click.Choice(["text", "json"]), help="Output format.")
@click.option("--fail-on", default="error", show_default=True, type=click.Choice(FAIL_ON),
              help="Exit 1 when a finding is at least this severe.")
@click.option("--select", multiple=True, help="Run only these checks (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, help="Skip these checks (comma-separated, repeatable).")
@click.option("--source", "source", type=click.Path(), default=None,
              help="Source file of a single draft: check the pair paragraph by paragraph.")
@click.option("--include", multiple=True, help="Glob of files to check inside directories (repeatable).")
@click.option("--exclude", multiple=True, help="Glob of files to skip (repeatable).")
@click.option("--names", "names_path", type=click.Path(dir_okay=False),
              help="Names list (TOML): canonical renderings, accepted variants, names never flagged.")
@click.option("--html", "html_target", is_flag=False, flag_value="", default=None, metavar="PATH",
              help="Also write an HTML review report: PATH, or reports/<draft>.html (and reports/index.html "
                   "for several drafts) when given without a value.")
def scan(paths: tuple[str, ...], source_lang: str, target_lang: str, output_format: str, fail_on: str,
         select: tuple[str, ...], ignore: tuple[str, ...], source: str | None, include: tuple[str, ...],
         exclude: tuple[str, ...], names_path: str | None, html_target: str | None) -> None:
    """Check drafts (files or directories) and report findings."""
    from . import engine, runner
    from .formats import FORMATS

    config = engine.Config(select=_split(select), ignore=_split(ignore), source_lang=source_lang, target_lang=target_lang)
    try:
        engine.enabled_checks(config)
    except engine.ConfigError as error:
        raise click.UsageError(str(error)) from None
    if source is not None and (len(paths) != 1 or os.path.isdir(paths[0])):
        raise click.UsageError("--source pairs one source file with one draft file")
    request = runner.ScanRequest(paths, config, include, exclude, resources=_resources(names_path), source=source)
    report = runner.scan(request)
    for problem in report.problems:
        click.echo(f"l10n-check: {problem}", err=True)
    stream = sys.stdout
    FORMATS[output_format](report, stream, output_format == "text" and stream.isatty())
    if html_target is not None:
        write_html(report, html_target)
    sys.exit(exit_code(report, fail_on))


def _resources(names_path: str | None) -> dict[str, object]:
    """Run-wide resources named on the command line: the names list."""
    if names_path is None:
        return {}
    from .names.nameslist import RESOURCE, NamesError, load_names

    try:
        return {RESOURCE: load_names(names_path)}
    except NamesError as error:
        raise click.UsageError(str(error)) from None


def write_html(report: Report, target: str) -> None:
    """Write the HTML review reports and name them on stderr; a write that fails is exit code 2."""
    from .render import html

    try:
        for path in html.write_reports(report, target):
            click.echo(f"l10n-check: wrote {path}", err=True)
    except OSError as error:
        click.echo(f"l10n-check: {error.filename or target}: cannot write the HTML report: {error.strerror or error}", err=True)
        sys.exit(EXIT_ERROR)


def exit_code(report: Report, fail_on: str) -> int:
    """2 when a file could not be read, else 1 when a finding reaches ``fail_on``, else 0."""
    if any(problem.fatal for problem in report.problems):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity.parse(fail_on)
    return EXIT_FINDINGS if any(f.severity >= threshold for f in report.findings) else EXIT_OK


@main.command()
@click.argument("name", required=False)
def checks(name: str | None) -> None:
    """List every check, or print the documentation of check NAME."""
    from .checks import CHECKS, CHECKS_BY_NAME
    from .engine import unknown_name_error

    if name is None:
        width = max(len(c.name) for c in CHECKS)
        for check in CHECKS:
            click.echo(f"{check.name:<{width}}  {str(check.severity):<7}  {check.summary}")
        return
    if name not in CHECKS_BY_NAME:
        raise click.UsageError(str(unknown_name_error("check", name, CHECKS_BY_NAME)))
    check = CHECKS_BY_NAME[name]
    click.echo(f"{check.name} ({check.severity}, {check.category})\n")
    click.echo(check.doc.strip())
