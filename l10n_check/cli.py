"""Command-line wiring only: options → runner → format → exit code.

Whatever goes wrong outside the program (a full disk, a closed pipe, a file that cannot be written)
ends in one line naming the file and the problem and exit code 2, never a traceback: see ``Main``.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import gc
import os
import signal
import sys
from typing import TYPE_CHECKING, Any, Iterator, NoReturn

import click

from . import __version__
from . import config as configuration
from . import files
from .model import Severity

if TYPE_CHECKING:
    from .report import Report

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = configuration.FAIL_ON
FORMAT_NAMES = ("text", "json", "sarif", "github", "junit")  # formats.FORMATS' keys, without importing them


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select a,b --select c`` → ``("a", "b", "c")``."""
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


class Main(click.Group):
    """The command group, with what every command needs at the edge of the process.

    SIGTERM and SIGHUP end the run as an exception would, so that temporary files are removed on
    the way out; an ``OSError`` that reaches here (standard output on a full disk, a closed pipe) is
    one line and exit code 2; standard output is flushed before the exit code is decided, so a
    failed write cannot pass as success.
    """

    def invoke(self, ctx: click.Context) -> Any:
        _exit_cleanly_on_signals()
        with _young_generation(YOUNG_GENERATION):
            return self._invoke(ctx)

    def _invoke(self, ctx: click.Context) -> Any:
        with contextlib.suppress(AttributeError, ValueError):  # a captured stream (tests) has no reconfigure
            # A file name that is not UTF-8 prints as \udcff rather than stopping the output halfway.
            sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()
        except OSError as error:
            _os_failure(error)


# Container objects allocated before the garbage collector looks for cycles among the young ones
# (Python's default is 700). Loading the checks and their data allocates some 10^5 objects that live
# to the end of the run, and with the default the collector traversed them again and again (a full
# collection among them): 40-70 ms of the sample's 0.45 s of CPU. A run makes few cycles, so
# collecting every 50,000 allocations holds at most a few MB more.
YOUNG_GENERATION = 50_000


@contextlib.contextmanager
def _young_generation(threshold: int) -> Iterator[None]:
    """Collect cycles every ``threshold`` allocations while the command runs, and leave what was
    allocated before it (the interpreter, click) out of the collections; the caller's setting is
    restored afterwards (a test or a program that invokes the command in its own process)."""
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    gc.freeze()
    gc.set_threshold(threshold, *before[1:])
    try:
        yield
    finally:
        # Frozen first, which also empties the young generation: restoring the smaller threshold
        # would otherwise start a collection of the whole run's objects on the way out (20 ms).
        gc.freeze()
        gc.set_threshold(*before)
        if not frozen:  # what a caller froze stays frozen, with ours
            gc.unfreeze()
        # On its way out the interpreter looks for cycles among all its objects once more, only to
        # free memory the process is about to give back: 50-80 ms after the sample's run. Frozen
        # at exit, they are left out of that collection (the files a run writes are closed by then).
        atexit.unregister(gc.freeze)
        atexit.register(gc.freeze)


def _exit_cleanly_on_signals() -> None:
    def stop(number: int, _frame: object) -> None:
        raise SystemExit(128 + number)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            try:
                signal.signal(getattr(signal, name), stop)
            except ValueError:  # not the main thread (an embedding application): leave its signals alone
                return


def _os_failure(error: OSError) -> NoReturn:
    """One line for an ``OSError`` no command caught (standard output, mostly); exit code 2."""
    try:  # nothing more may reach a broken standard output, not even Python's flush at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real descriptor (tests capture it)
        pass
    if error.errno != errno.EPIPE:  # a reader that stopped reading needs no message
        if error.filename is not None:
            message = f"{files.printable(str(error.filename))}: {error.strerror or error}"
        elif error.errno in _WRITE_ERRORS:  # every file write names its file: this was standard output
            message = f"standard output: cannot write: {error.strerror or error}"
        else:
            message = str(error)
        try:
            click.echo(f"l10n-check: error: {message}", err=True)
        except OSError:
            pass
    sys.exit(EXIT_ERROR)


# What writing to a full, broken or closed output raises.
_WRITE_ERRORS = frozenset(getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EBADF", "EROFS")
                          if hasattr(errno, name))


class SizeType(click.ParamType):
    """A size on the command line: ``16MB``, ``500KB`` or a number of bytes."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            return value if isinstance(value, int) else files.parse_size(value)
        except ValueError as error:
            self.fail(f"must be {error}", param, ctx)


def _language(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A ``--source-lang``/``--target-lang`` value with the shape of a language tag."""
    if not configuration.valid_lang(value):
        raise click.BadParameter(f"a language tag such as en, zh-CN or pt_BR, not {value!r}")
    return value


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="l10n-check")
def main() -> None:
    """Check English machine translations of Chinese articles for translation defects."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Configuration file (default: .l10n-check.toml or pyproject.toml found upwards).")
@click.option("--source-lang", default=configuration.default("source-lang"), show_default=True, callback=_language,
              help="Language the draft was translated from.")
@click.option("--target-lang", default=configuration.default("target-lang"), show_default=True, callback=_language,
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
@click.option("--max-size", type=SizeType(), default=configuration.default("max-size"),
              help=f"Refuse input files larger than SIZE (16MB, 500KB or bytes; default {files.size_text(files.DEFAULT_MAX_SIZE)}).")
@click.option("--cache/--no-cache", default=None,
              help="Reuse the findings of files unchanged since an earlier run with the same settings and "
                   "version (kept in the cache directory; off by default).")
@click.option("--stdin-filename", metavar="NAME",
              help="With - among the paths (the draft on standard input): the name to report it under; its "
                   "suffix chooses the reader (.md, .po...).")
@click.pass_context
def scan(ctx: click.Context, paths: tuple[str, ...], config_path: str | None, write_baseline: str | None,
         stdin_filename: str | None, **_: object) -> None:
    """Check drafts (files or directories; - for standard input) and report findings."""
    from . import ci, engine
    from .baseline import BaselineError
    from .readers import ReadOptions

    settings = _settings(ctx, config_path)
    try:
        engine.enabled_checks(settings.engine_config())
    except engine.ConfigError as error:
        raise click.UsageError(str(error)) from None
    _check_paths(paths, settings, stdin_filename)
    reading = ReadOptions(max_size=settings["max-size"], stdin_name=stdin_filename)
    try:
        outcome = ci.run(settings, paths, write_baseline, resources=_resources(settings), reading=reading)
    except (BaselineError, engine.ConfigError, ci.OutputCollision) as error:
        _fail(str(error))
    except OSError as error:  # the baseline could not be written
        _fail(f"{files.printable(error.filename or write_baseline or '')}: cannot write: {error.strerror or error}")
    for problem in outcome.report.problems:
        click.echo(f"l10n-check: {problem}", err=True)
    for note in outcome.notes:
        click.echo(f"l10n-check: {note}", err=True)
    _emit(outcome.report, settings)
    report = outcome.report
    if settings["html"] is not None:
        write_html(report, settings["html"])
    if settings["po"] is not None:
        report = _export_catalogs(report, settings["po"])
    sys.exit(exit_code(report, "never" if write_baseline else settings["fail-on"]))


def _check_paths(paths: tuple[str, ...], settings: configuration.Settings, stdin_filename: str | None) -> None:
    """Usage errors in what the paths and options ask for together."""
    if settings["source"] is not None and (len(paths) != 1 or os.path.isdir(paths[0])):
        raise click.UsageError("--source pairs one source file with one draft file")
    if paths.count(files.STDIN) > 1:
        raise click.UsageError("- (standard input) can be read only once")
    if stdin_filename is not None and files.STDIN not in paths:
        raise click.UsageError("--stdin-filename names the draft read from standard input: add - to the paths")


def _emit(report: Report, settings: configuration.Settings) -> None:
    """The report in the chosen format, on standard output or in the ``--output`` file."""
    from . import ci

    output_format, output = settings["format"], settings["output"]
    try:
        ci.emit(report, output_format, output, output is None and output_format == "text" and sys.stdout.isatty())
    except OSError as error:
        if output is None:
            raise  # standard output: ``Main`` says so
        _fail(f"{files.printable(output)}: cannot write: {error.strerror or error}")


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
    click.echo(f"l10n-check: error: {files.printable(message)}", err=True)
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
            click.echo(f"l10n-check: wrote {files.printable(path)}", err=True)
    except OSError as error:
        click.echo(f"l10n-check: {files.printable(str(error.filename or target))}: cannot write the HTML report: "
                   f"{error.strerror or error}", err=True)
        sys.exit(EXIT_ERROR)


def _export_catalogs(report: Report, directory: str) -> Report:
    """Write the catalogs; say what was written on stderr; return the report with any write problems."""
    import dataclasses

    from .render import po

    written, problems = po.export(report, directory)
    for item in written:
        click.echo(f"l10n-check: {files.printable(str(item))}", err=True)
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
    from .atomic import ChangedMeanwhile

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
        except ChangedMeanwhile:
            _fail(f"{target}: changed by someone else while the translations were applied: left as they saved "
                  "it; run apply again")
        except OSError as error:
            _fail(f"{target}: cannot write: {error.strerror or error}")
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
@click.option("--source-lang", default="zh", show_default=True, callback=_language)
@click.option("--target-lang", default="en", show_default=True, callback=_language)
@click.option("--max-size", type=SizeType(), default=files.DEFAULT_MAX_SIZE,
              help=f"Refuse input files larger than SIZE (default {files.size_text(files.DEFAULT_MAX_SIZE)}).")
def terms(paths: tuple[str, ...], output_format: str, output: str | None, source_lang: str, target_lang: str,
          max_size: int) -> None:
    """Extract candidate terms, names and acronyms from drafts into a glossary draft to confirm."""
    from .engine import Config
    from .readers import ReadOptions
    from .runner import ScanRequest, read_documents
    from .terms import WRITERS, extract

    request = ScanRequest(paths, Config(source_lang=source_lang, target_lang=target_lang),
                          reading=ReadOptions(max_size=max_size))
    documents, problems = read_documents(request)
    for problem in problems:
        click.echo(f"l10n-check: {problem}", err=True)
    text = WRITERS[output_format](extract(documents), source_lang, target_lang)
    if output is None:
        click.echo(text, nl=False)
    else:
        from .atomic import write_text

        try:
            write_text(output, text)
        except OSError as error:
            _fail(f"{output}: cannot write: {error.strerror or error}")
    sys.exit(EXIT_ERROR if any(problem.fatal for problem in problems) else EXIT_OK)
