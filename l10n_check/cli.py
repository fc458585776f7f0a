"""Command-line wiring only: options → runner → format → exit code."""

from __future__ import annotations

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
@click.option("--include", multiple=True, help="Glob of files to check inside directories (repeatable).")
@click.option("--exclude", multiple=True, help="Glob of files to skip (repeatable).")
@click.option("--po", "po_dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Also write gettext catalogs for translators under DIR/<lang>/LC_MESSAGES/ (e.g. --po locales).")
def scan(paths: tuple[str, ...], source_lang: str, target_lang: str, output_format: str, fail_on: str,
         select: tuple[str, ...], ignore: tuple[str, ...], include: tuple[str, ...], exclude: tuple[str, ...],
         po_dir: str | None) -> None:
    """Check drafts (files or directories) and report findings."""
    from . import engine, runner
    from .formats import FORMATS

    config = engine.Config(select=_split(select), ignore=_split(ignore), source_lang=source_lang, target_lang=target_lang)
    try:
        engine.enabled_checks(config)
    except engine.ConfigError as error:
        raise click.UsageError(str(error)) from None
    report = runner.scan(runner.ScanRequest(paths, config, include, exclude))
    for problem in report.problems:
        click.echo(f"l10n-check: {problem}", err=True)
    stream = sys.stdout
    FORMATS[output_format](report, stream, output_format == "text" and stream.isatty())
    if po_dir is not None:
        report = _export_catalogs(report, po_dir)
    sys.exit(exit_code(report, fail_on))


def _export_catalogs(report: Report, directory: str) -> Report:
    """Write the catalogs; say what was written on stderr; return the report with any write problems."""
    import dataclasses

    from .render import po

    written, problems = po.export(report, directory)
    for item in written:
        click.echo(f"l10n-check: {item}", err=True)
    for problem in problems:
        click.echo(f"l10n-check: {problem}", err=True)
    return dataclasses.replace(report, problems=report.problems + tuple(problems))


def exit_code(report: Report, fail_on: str) -> int:
    """2 when a file could not be read, else 1 when a finding reaches ``fail_on``, else 0."""
    if any(problem.fatal for problem in report.problems):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity.parse(fail_on)
    return EXIT_FINDINGS if any(f.severity >= threshold for f in report.findings) else EXIT_OK


@main.command()
@click.argument("catalog", type=click.Path(dir_okay=False))
@click.argument("draft", type=click.Path(dir_okay=False))
@click.option("-o", "--output", metavar="OUT", type=click.Path(dir_okay=False),
              help="Write the result here instead of over DRAFT.")
@click.option("--dry-run", is_flag=True, help="Print a unified diff of what would change; write nothing.")
def apply(catalog: str, draft: str, output: str | None, dry_run: bool) -> None:
    """Write CATALOG's finished translations back into DRAFT (exit 1 on conflicts, nothing written)."""
    from . import apply as applying

    outcome = applying.apply_file(catalog, draft)
    if not isinstance(outcome, applying.Outcome):
        click.echo(f"l10n-check: {outcome}", err=True)
        sys.exit(EXIT_ERROR)
    for conflict in outcome.conflicts:
        click.echo(f"l10n-check: conflict: {conflict}", err=True)
    if outcome.conflicts:
        click.echo(f"l10n-check: {len(outcome.conflicts)} conflicting entries; {draft} left untouched", err=True)
        sys.exit(EXIT_FINDINGS)
    target = output or draft
    if dry_run:
        click.echo(applying.unified_diff(outcome.before, outcome.after, draft, target), nl=False)
    elif output is not None or outcome.after != outcome.before:
        try:
            applying.write(outcome, target)
        except OSError as error:
            click.echo(f"l10n-check: {target}: cannot write: {error.strerror or error}", err=True)
            sys.exit(EXIT_ERROR)
    verb = "would apply" if dry_run else "applied"
    click.echo(f"l10n-check: {verb} {outcome.applied} translations from {catalog} to {target}", err=True)


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
