"""Command-line wiring only: options → runner → format → exit code."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NoReturn

import click

from . import __version__
from . import config as configuration
from .model import Severity

if TYPE_CHECKING:
    from .report import Report

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = configuration.FAIL_ON
FORMAT_NAMES = ("text", "json", "sarif", "github", "junit")  # formats.FORMATS' keys, without importing them


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select a,b --select c`` → ``("a", "b", "c")``."""
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="l10n-check")
def main() -> None:
    """Check English machine translations of Chinese articles for translation defects."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Configuration file (default: .l10n-check.toml or pyproject.toml found upwards).")
@click.option("--source-lang", default=configuration.default("source-lang"), show_default=True,
              help="Language the draft was translated from.")
@click.option("--target-lang", default=configuration.default("target-lang"), show_default=True,
              help="Language the draft should be in.")
@click.option("--format", "output_format", default=configuration.default("format"), show_default=True,
              type=click.Choice(FORMAT_NAMES), help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the output to FILE (atomically).")
@click.option("--fail-on", default=configuration.default("fail-on"), show_default=True, type=click.Choice(FAIL_ON),
              help="Exit 1 when a finding is at least this severe.")
@click.option("--select", multiple=True, help="Run only these checks (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, help="Skip these checks (comma-separated, repeatable).")
@click.option("--source", "source", type=click.Path(), default=None,
              help="Source file of a single draft: check the pair paragraph by paragraph.")
@click.option("--include", multiple=True, help="Glob of files to check inside directories (repeatable).")
@click.option("--exclude", multiple=True, help="Glob of files to skip (repeatable).")
@click.option("--glossary", multiple=True, type=click.Path(dir_okay=False),
              help="Glossary file (TBX, CSV or PO), repeatable: approved and forbidden renderings.")
@click.option("--names", type=click.Path(dir_okay=False),
              help="Names list (TOML): canonical renderings, accepted variants, names never flagged.")
@click.option("--html", "html_target", is_flag=False, flag_value="", default=None, metavar="PATH",
              help="Also write an HTML review report: PATH, or reports/<draft>.html (and reports/index.html "
                   "for several drafts) when given without a value.")
@click.option("--po", "po_dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Also write gettext catalogs for translators under DIR/<lang>/LC_MESSAGES/ (e.g. --po locales).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=configuration.default("jobs"),
              help="Parallel processes (default: one per CPU).")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not in this baseline.")
@click.option("--include-fuzzy", is_flag=True, default=None,
              help="Also check fuzzy and untranslated entries of catalogs, and list them as info.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record every current finding in FILE.")
@click.pass_context
def scan(ctx: click.Context, paths: tuple[str, ...], config_path: str | None, write_baseline: str | None, **_: object) -> None:
    """Check drafts (files or directories) and report findings."""
    from . import ci, engine
    from .baseline import BaselineError

    settings = _settings(ctx, config_path)
    try:
        engine.enabled_checks(settings.engine_config())
    except engine.ConfigError as error:
        raise click.UsageError(str(error)) from None
    if settings["source"] is not None and (len(paths) != 1 or os.path.isdir(paths[0])):
        raise click.UsageError("--source pairs one source file with one draft file")
    try:
        outcome = ci.run(settings, paths, write_baseline, resources=_resources(settings))
    except (BaselineError, engine.ConfigError) as error:
        _fail(str(error))
    for problem in outcome.report.problems:
        click.echo(f"l10n-check: {problem}", err=True)
    for note in outcome.notes:
        click.echo(f"l10n-check: {note}", err=True)
    output_format, output = settings["format"], settings["output"]
    ci.emit(outcome.report, output_format, output, output is None and output_format == "text" and sys.stdout.isatty())
    report = outcome.report
    if settings["html"] is not None:
        write_html(report, settings["html"])
    if settings["po"] is not None:
        report = _export_catalogs(report, settings["po"])
    sys.exit(exit_code(report, "never" if write_baseline else settings["fail-on"]))


def _settings(ctx: click.Context, config_path: str | None) -> configuration.Settings:
    """The configuration file's settings with the options typed on the command line on top."""
    from click.core import ParameterSource

    given = {name: value for name, value in ctx.params.items()
             if ctx.get_parameter_source(name) in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT)}
    for name in ("select", "ignore"):
        if name in given:
            given[name] = _split(given[name])
    try:
        return configuration.resolve(config_path, given)
    except configuration.ConfigFileError as error:
        _fail(str(error))


def _fail(message: str) -> NoReturn:
    click.echo(f"l10n-check: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _resources(settings: configuration.Settings) -> dict[str, object]:
    """Run-wide resources the settings name: the names list and the glossaries."""
    resources: dict[str, object] = {}
    if settings["names"] is not None:
        from .names.nameslist import RESOURCE, NamesError, load_names

        try:
            resources[RESOURCE] = load_names(settings["names"])
        except NamesError as error:
            raise click.UsageError(str(error)) from None
    if settings["glossary"]:
        from .glossary import GlossaryError, load_all

        try:
            resources["glossary"] = load_all(settings["glossary"], settings["source-lang"], settings["target-lang"])
        except GlossaryError as error:
            _fail(str(error))
    return resources


def write_html(report: Report, target: str) -> None:
    """Write the HTML review reports and name them on stderr; a write that fails is exit code 2."""
    from .render import html

    try:
        for path in html.write_reports(report, target):
            click.echo(f"l10n-check: wrote {path}", err=True)
    except OSError as error:
        click.echo(f"l10n-check: {error.filename or target}: cannot write the HTML report: {error.strerror or error}", err=True)
        sys.exit(EXIT_ERROR)


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
    from . import suppress
    from .checks import CHECKS
    from .engine import unknown_name_error

    # The registry's checks, and the report of stale suppressions, which the engine itself makes.
    described = [(c.name, c.severity, c.category, c.doc) for c in CHECKS]
    described.append((suppress.RULE, suppress.RULE_SEVERITY, "suppression", suppress.RULE_DOC))
    if name is None:
        width = max(len(entry[0]) for entry in described)
        for check_name, severity, _, doc in described:
            click.echo(f"{check_name:<{width}}  {str(severity):<7}  {doc.strip().splitlines()[0]}")
        return
    found = {entry[0]: entry for entry in described}
    if name not in found:
        raise click.UsageError(str(unknown_name_error("check", name, found)))
    check_name, severity, category, doc = found[name]
    click.echo(f"{check_name} ({severity}, {category})\n")
    click.echo(doc.strip())


@main.command("config")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file to read.")
def show_config(config_path: str | None) -> None:
    """Print the effective configuration (file and defaults) as TOML."""
    try:
        settings = configuration.resolve(config_path, {})
    except configuration.ConfigFileError as error:
        _fail(str(error))
    click.echo(configuration.to_toml(settings), nl=False)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(["csv", "po", "tbx"]), default="csv", show_default=True,
              help="Glossary format to write.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE (atomically) instead of stdout.")
@click.option("--source-lang", default="zh", show_default=True)
@click.option("--target-lang", default="en", show_default=True)
def terms(paths: tuple[str, ...], output_format: str, output: str | None, source_lang: str, target_lang: str) -> None:
    """Extract candidate terms, names and acronyms from drafts into a glossary draft to confirm."""
    from .readers import Problem, expand_paths, read_path
    from .terms import WRITERS, extract

    documents, failed = [], False
    for path in expand_paths(paths):
        read = read_path(path, source_lang, target_lang)
        if isinstance(read, Problem):
            click.echo(f"l10n-check: {read}", err=True)
            failed = failed or read.fatal
        else:
            documents.append(read)
    text = WRITERS[output_format](extract(documents), source_lang, target_lang)
    if output is None:
        click.echo(text, nl=False)
    else:
        from .atomic import write_text

        write_text(output, text)
    sys.exit(EXIT_ERROR if failed else EXIT_OK)
