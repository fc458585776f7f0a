"""Settings from the repository: ``[tool.l10n-check]`` in pyproject.toml or a ``.l10n-check.toml``.

The file is found by walking up from the working directory (``.l10n-check.toml`` wins over
``pyproject.toml`` in the same directory; a pyproject without the table is passed over), or named
with ``--config``. Top-level keys mirror the ``scan`` options; each check has a table of its own::

    [tool.l10n-check]
    fail-on = "warning"
    ignore = ["garbled-text"]

    [tool.l10n-check.checks.untranslated-fragment]
    severity = "warning"        # any check: severity and enabled
    allow = ["微信"]             # the check's own options (its Options dataclass)

Options given on the command line override the file. Unknown keys, checks and options are errors
that name the key and suggest the closest valid one. ``KEYS`` is the one table of top-level keys:
a new scan option adds a row here and a Click option with the same name.

Only the standard library is imported at module level: the CLI reads ``KEYS`` for ``--help``.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from .engine import Config

FILE_NAMES = (".l10n-check.toml", "pyproject.toml")
TABLE = "l10n-check"  # [tool.l10n-check] in pyproject.toml
CHECKS_TABLE = "checks"
CHECK_KEYS = ("enabled", "severity")  # what every check's table may hold besides its options
FAIL_ON = ("error", "warning", "info", "never")
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Key:
    """One top-level configuration key and the ``scan`` option it mirrors."""

    name: str  # kebab-case, as written in the file and on the command line (--name)
    # str | list | checks (a list of check names) | paths (a list of files) | choice | int | bool | path | format;
    # paths and path written in a file are relative to that file's directory.
    kind: str
    default: Any
    help: str
    choices: tuple[str, ...] = ()
    param: str = ""  # the Click parameter name when it is not the key with underscores

    @property
    def parameter(self) -> str:
        return self.param or self.name.replace("-", "_")


KEYS: tuple[Key, ...] = (
    Key("source-lang", "str", "zh", "Language the draft was translated from."),
    Key("target-lang", "str", "en", "Language the draft should be in."),
    Key("select", "checks", (), "Run only these checks."),
    Key("ignore", "checks", (), "Skip these checks."),
    Key("include", "list", (), "Globs of files to check inside directories."),
    Key("exclude", "list", (), "Globs of files to skip."),
    Key("fail-on", "choice", "error", "Exit 1 when a finding is at least this severe.", FAIL_ON),
    Key("format", "format", "text", "Output format.", param="output_format"),
    Key("output", "path", None, "Write the output to this file instead of standard output."),
    Key("jobs", "int", 0, "Parallel processes; 0 means one per CPU."),
    Key("baseline", "path", None, "Report only findings not recorded in this baseline file."),
    Key("source", "path", None, "Source file of a single draft: check the pair paragraph by paragraph."),
    Key("glossary", "paths", (), "Glossary files (TBX, CSV, PO): approved and forbidden renderings."),
    Key("names", "path", None, "Names list (TOML): canonical renderings, accepted variants, never-flag names."),
    Key("po", "path", None, "Also write gettext catalogs for translators under this directory.", param="po_dir"),
    Key("html", "path", None, "Also write HTML review reports here (\"\" for reports/).", param="html_target"),
    Key("include-fuzzy", "bool", False, "Also check fuzzy and untranslated entries of catalogs (listed as info)."),
)
KEYS_BY_NAME: dict[str, Key] = {key.name: key for key in KEYS}


def default(name: str) -> Any:
    """The default of key ``name``, for Click options that show it in ``--help``."""
    return KEYS_BY_NAME[name].default


@dataclass(frozen=True)
class Settings:
    """The effective configuration: top-level values and each check's table, and where they came from."""

    values: Mapping[str, Any]
    checks: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    path: str | None = None

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def engine_config(self) -> Config:
        """The engine's view: selection, severities and options per check."""
        from .engine import Config
        from .model import Severity

        select, ignore = list(self["select"]), list(self["ignore"])
        for name, table in self.checks.items():
            if table.get("enabled") is False and name not in select:
                ignore.append(name)
            elif table.get("enabled") is True and select and name not in select:
                select.append(name)
        return Config(
            select=tuple(select),
            ignore=tuple(dict.fromkeys(ignore)),
            severities={n: Severity.parse(t["severity"]) for n, t in self.checks.items() if "severity" in t},
            options={n: {k: v for k, v in t.items() if k not in CHECK_KEYS} for n, t in self.checks.items()},
            source_lang=self["source-lang"],
            target_lang=self["target-lang"],
            include_fuzzy=bool(self["include-fuzzy"]),
        )


def find(start: str) -> str | None:
    """The nearest configuration file at or above ``start``, or None."""
    directory = os.path.abspath(start)
    while True:
        for name in FILE_NAMES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_table(candidate)):
                return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _has_table(path: str) -> bool:
    try:
        return TABLE in read_toml(path).get("tool", {})
    except ConfigFileError:
        return True  # a broken pyproject.toml is reported, not passed over


class ConfigFileError(ValueError):
    """A configuration file that cannot be read or parsed; the message names the file."""


def read_toml(path: str) -> dict[str, Any]:
    """Parse a TOML file (tomllib, or tomli before Python 3.11)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigFileError(f"{path}: cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigFileError(f"{path}: not valid TOML: {error}") from None


def table_of(path: str) -> dict[str, Any]:
    """The l10n-check table of a file: ``[tool.l10n-check]`` of a pyproject, else the whole file."""
    data = read_toml(path)
    if os.path.basename(path) == "pyproject.toml":
        return data.get("tool", {}).get(TABLE, {})
    return data


def resolve(config_path: str | None, given: Mapping[str, Any], cwd: str = ".") -> Settings:
    """File (named, or found from ``cwd``) + defaults, overridden by the CLI parameters ``given``.

    ``given`` maps Click parameter names to values the user typed. Raises ``ConfigFileError`` for a
    file that cannot be parsed or that holds an unknown or ill-typed key.
    """
    path = config_path or find(cwd)
    raw = table_of(path) if path else {}
    where = _where(path)
    try:
        values, checks = _validate(raw, os.path.dirname(os.path.abspath(path)) if path else None)
    except ValueError as error:
        raise ConfigFileError(f"{where}{error}") from None
    for key in KEYS:
        if key.parameter in given:
            values[key.name] = given[key.parameter]
    return Settings(values, checks, path)


def _where(path: str | None) -> str:
    if path is None:
        return ""
    prefix = f"[tool.{TABLE}] " if os.path.basename(path) == "pyproject.toml" else ""
    return f"{path}: {prefix}"


def _validate(raw: Mapping[str, Any], base: str | None) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    from .engine import unknown_name_error

    values = {key.name: key.default for key in KEYS}
    checks: dict[str, dict[str, Any]] = {}
    for name, value in raw.items():
        if name == CHECKS_TABLE:
            checks = _validate_checks(value)
        elif name in KEYS_BY_NAME:
            values[name] = _coerce(KEYS_BY_NAME[name], value, base)
        else:
            raise unknown_name_error("key", name, [*KEYS_BY_NAME, CHECKS_TABLE])
    return values, checks


def _coerce(key: Key, value: Any, base: str | None) -> Any:
    """Check a value's type and turn it into what the CLI would give."""
    if key.kind in ("list", "checks", "paths"):
        if isinstance(value, str):
            value = [item.strip() for item in value.split(",") if item.strip()]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"{key.name!r} must be a list of strings")
        if key.kind == "checks":
            _known_checks(value)
        return tuple(_relative(item, base) for item in value) if key.kind == "paths" else tuple(value)
    if key.kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"{key.name!r} must be true or false")
        return value
    if key.kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"{key.name!r} must be a whole number of at least 0")
        return value
    if not isinstance(value, str):
        raise ValueError(f"{key.name!r} must be a string")
    choices = _choices(key)
    if choices and value not in choices:
        raise ValueError(f"{key.name!r} must be one of {', '.join(choices)}, not {value!r}")
    return _relative(value, base) if key.kind == "path" else value


def _relative(path: str, base: str | None) -> str:
    """A path written in a config file, as seen from the working directory."""
    return path if base is None else os.path.relpath(os.path.join(base, path))


def _known_checks(names: list[str]) -> None:
    from .engine import KNOWN_NAMES, unknown_name_error

    for name in names:
        if name not in KNOWN_NAMES:
            raise unknown_name_error("check", name, KNOWN_NAMES)


def _choices(key: Key) -> tuple[str, ...]:
    if key.kind == "format":
        from .formats import FORMATS

        return tuple(FORMATS)
    return key.choices


def _validate_checks(raw: Any) -> dict[str, dict[str, Any]]:
    """``[checks.NAME]`` tables: the name, ``enabled``, ``severity`` and the check's options."""
    from .checks import CHECKS_BY_NAME
    from .engine import check_options, unknown_name_error

    if not isinstance(raw, dict):
        raise ValueError(f"{CHECKS_TABLE!r} must be a table of check tables")
    result = {}
    for name, table in raw.items():
        _known_checks([name])
        if not isinstance(table, dict):
            raise ValueError(f"checks.{name} must be a table")
        if "enabled" in table and not isinstance(table["enabled"], bool):
            raise ValueError(f"checks.{name}.enabled must be true or false")
        if "severity" in table and table["severity"] not in SEVERITIES:
            raise ValueError(f"checks.{name}.severity must be one of {', '.join(SEVERITIES)}, not {table['severity']!r}")
        options = {k: v for k, v in table.items() if k not in CHECK_KEYS}
        if name in CHECKS_BY_NAME:
            _check_option_types(name, check_options(CHECKS_BY_NAME[name], options))
        elif options:
            raise unknown_name_error(f"option for {name}", next(iter(options)), CHECK_KEYS)
        result[name] = dict(table)
    return result


def _check_option_types(name: str, options: Any) -> None:
    """Each option's value has the type of its default (a list where the default is a tuple)."""
    for option in dataclasses.fields(options):
        value, expected = getattr(options, option.name), option.default
        if expected is None or expected is dataclasses.MISSING or isinstance(value, type(expected)):
            continue
        if isinstance(expected, float) and isinstance(value, int) and not isinstance(value, bool):
            continue
        shown = "a list" if isinstance(expected, tuple) else type(expected).__name__
        raise ValueError(f"checks.{name}.{option.name.replace('_', '-')} must be {shown}")


def to_toml(settings: Settings) -> str:
    """The effective configuration as a ``.l10n-check.toml``: every key and every check's options."""
    from .checks import CHECKS
    from .engine import check_options
    from .suppress import RULE, RULE_SEVERITY

    source = settings.path or "no file: defaults"
    lines = [f"# effective l10n-check configuration (from {source})", ""]
    for key in KEYS:
        value = settings[key.name]
        lines.append(f"# {key.name} = (not set)" if value is None else f"{key.name} = {_toml_value(value)}")
    engine_config = settings.engine_config()
    for check in CHECKS:
        options = check_options(check, engine_config.options.get(check.name, {}))
        rows = {"enabled": _enabled(check.name, engine_config),
                "severity": str(engine_config.severities.get(check.name, check.severity))}
        rows.update({f.name.replace("_", "-"): getattr(options, f.name) for f in dataclasses.fields(options)})
        lines += ["", f"[{CHECKS_TABLE}.{check.name}]"] + [f"{k} = {_toml_value(v)}" for k, v in rows.items()]
    severity = engine_config.severities.get(RULE, RULE_SEVERITY)
    lines += ["", f"[{CHECKS_TABLE}.{RULE}]", f"enabled = {_toml_value(_enabled(RULE, engine_config))}",
              f"severity = {_toml_value(str(severity))}"]
    return "\n".join(lines) + "\n"


def _enabled(name: str, config: Config) -> bool:
    return (not config.select or name in config.select) and name not in config.ignore


def _toml_value(value: Any) -> str:
    """A TOML literal for the values settings hold: strings, booleans, numbers, lists of them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple, frozenset, set)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return "[" + ", ".join(_toml_value(item) for item in items) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in value.items()) + " }"
    # A JSON string is a valid TOML basic string (same escapes).
    return json.dumps(str(value), ensure_ascii=False)
