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
import math
import os
import re
import typing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from . import files

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
    # str | lang (a language tag) | list | checks (a list of check names) | paths (a list of files) |
    # choice | int | bool | path | format | size (bytes, or "16MB"); paths and path written in a file
    # are relative to that file's directory.
    kind: str
    default: Any
    help: str
    choices: tuple[str, ...] = ()
    param: str = ""  # the Click parameter name when it is not the key with underscores

    @property
    def parameter(self) -> str:
        return self.param or self.name.replace("-", "_")


KEYS: tuple[Key, ...] = (
    Key("source-lang", "lang", "zh", "Language the draft was translated from."),
    Key("target-lang", "lang", "en", "Language the draft should be in."),
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
    Key("max-size", "size", files.DEFAULT_MAX_SIZE, "Refuse input files larger than this (16MB, 500KB, or bytes)."),
    Key("cache", "bool", False, "Reuse the findings of files unchanged since an earlier run with the same settings."),
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
        return TABLE in _tool_table(read_toml(path), path)
    except ConfigFileError:
        return True  # a broken pyproject.toml is reported, not passed over


class ConfigFileError(ValueError):
    """A configuration file that cannot be read or parsed; the message names the file."""


# A configuration file is a few kilobytes; anything near this is not one.
MAX_CONFIG_SIZE = 4 * 1024 * 1024


def read_toml(path: str) -> dict[str, Any]:
    """Parse a TOML file (tomllib, or tomli before Python 3.11); ``ConfigFileError`` naming the file."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = files.read_regular(path, MAX_CONFIG_SIZE)
    except files.InputError as error:
        raise ConfigFileError(str(error)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigFileError(f"{path}: not valid UTF-8: byte 0x{data[error.start]:02x} at offset {error.start}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigFileError(f"{path}: not valid TOML: {error}") from None


def _tool_table(data: Mapping[str, Any], path: str) -> Mapping[str, Any]:
    """``data["tool"]``, which must be a table when present."""
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigFileError(f"{path}: 'tool' must be a table ([tool.{TABLE}]), not {_kind(tool)}")
    return tool


def table_of(path: str) -> dict[str, Any]:
    """The l10n-check table of a file: ``[tool.l10n-check]`` of a pyproject, else the whole file.

    A ``.l10n-check.toml`` may also hold its settings under ``[tool.l10n-check]``, so that what
    ``l10n-check config`` prints can be pasted into either file.
    """
    data = read_toml(path)
    if os.path.basename(path) == "pyproject.toml" or set(data) == {"tool"}:
        table = _tool_table(data, path).get(TABLE, {})
        if not isinstance(table, dict):
            raise ConfigFileError(f"{path}: [tool.{TABLE}] must be a table, not {_kind(table)}")
        return table
    return data


def _kind(value: Any) -> str:
    """A TOML reader's word for the kind of ``value``: ``an integer``, ``a string``…"""
    kinds = ((bool, "a boolean"), (int, "an integer"), (float, "a number"), (str, "a string"),
             (list, "an array"), (dict, "a table"))
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


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
        return tuple(_relative(_path(key, item), base) for item in value) if key.kind == "paths" else tuple(value)
    if key.kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"{key.name!r} must be true or false")
        return value
    if key.kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"{key.name!r} must be a whole number of at least 0")
        return value
    if key.kind == "size":
        try:
            return files.parse_size(value)
        except ValueError as error:
            raise ValueError(f"{key.name!r} must be {error}") from None
    if not isinstance(value, str):
        raise ValueError(f"{key.name!r} must be a string")
    if key.kind == "lang" and not valid_lang(value):
        raise ValueError(f"{key.name!r} must be a language tag such as en, zh-CN or pt_BR, not {value!r}")
    choices = _choices(key)
    if choices and value not in choices:
        raise ValueError(f"{key.name!r} must be one of {', '.join(choices)}, not {value!r}")
    return _relative(_path(key, value), base) if key.kind == "path" and (value or key.name != "html") else value


# A BCP 47 language tag's shape (``en``, ``zh-Hans-CN``, ``sr-Latn``) or a gettext locale (``pt_BR``):
# a two- or three-letter language, then subtags of up to eight letters or digits.
_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def valid_lang(tag: str) -> bool:
    """Whether ``tag`` has the shape of a language tag (``"klingon"`` has not; ``"tlh"`` has)."""
    return _LANG_TAG.fullmatch(tag) is not None


def declared_lang(value: str | None) -> str | None:
    """A language a file declares (a PO header's ``zh_CN`` or ``sr@latin``, an XLIFF ``trgLang``) as
    a tag: ``zh-CN``, ``sr``; None when it is missing or has not the shape of one."""
    tag = (value or "").split("@")[0].strip()
    return tag.replace("_", "-") if valid_lang(tag) else None


def _path(key: Key, value: str) -> str:
    """A file or directory name from the file: never empty or holding NUL, which no system accepts."""
    if not value or "\0" in value:
        raise ValueError(f"{key.name!r} must name a file{' or directory' if key.kind == 'path' else ''}, not {value!r}")
    return value


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
    """Each option's value has its declared type (a list of strings for ``tuple[str, ...]``) and range."""
    hints = typing.get_type_hints(type(options))
    for option in dataclasses.fields(options):
        value, hint = getattr(options, option.name), hints.get(option.name, Any)
        where = f"checks.{name}.{option.name.replace('_', '-')}"
        if not _has_type(value, hint):
            raise ValueError(f"{where} must be {_type_words(hint)}, not {value!r}")
        low, high = option.metadata.get("range") or _range(option.name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not low <= value <= high:
            raise ValueError(f"{where} must be from {low:g} to {high:g}, not {value!r}")


def _has_type(value: Any, hint: Any) -> bool:
    """Whether a value read from TOML fits an option's annotation (after lists became tuples)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        return isinstance(value, tuple) and all(_has_type(item, args[0]) for item in value)
    if args and origin is not None:  # X | None and other unions
        return any(_has_type(value, arg) for arg in args)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint in (str, bool) or hint is type(None):
        return isinstance(value, hint)
    return True  # a type the file cannot express: the check validates it itself


def _type_words(hint: Any) -> str:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        return f"a list of {_type_words(args[0]).removeprefix('a ').removeprefix('an ')}s"
    words = {float: "a number", int: "a whole number", str: "a string", bool: "true or false"}
    return words.get(hint, str(hint))


# Ranges of numeric options by what their names say they measure; any other number is a count or a
# threshold of at least 0. A check may declare its own with ``field(metadata={"range": (low, high)})``.
_NAMED_RANGES = (("similarity", (0.0, 100.0)), ("probability", (0.0, 1.0)), ("zipf", (0.0, 8.0)))


def _range(name: str) -> tuple[float, float]:
    return next((bounds for word, bounds in _NAMED_RANGES if word in name), (0, math.inf))


def to_toml(settings: Settings) -> str:
    """The effective configuration under ``[tool.l10n-check]``: every key and every check's options.

    Written as pyproject.toml holds it, which a ``.l10n-check.toml`` reads as well.
    """
    from .checks import CHECKS
    from .engine import check_options
    from .suppress import RULE, RULE_SEVERITY

    source = settings.path or "no file: defaults"
    lines = [f"# effective l10n-check configuration (from {source}): paste it into pyproject.toml or a "
             ".l10n-check.toml", "", f"[tool.{TABLE}]"]
    for key in KEYS:
        value = settings[key.name]
        lines.append(f"# {key.name} = (not set)" if value is None else f"{key.name} = {_toml_value(value)}")
    engine_config = settings.engine_config()
    for check in CHECKS:
        options = check_options(check, engine_config.options.get(check.name, {}))
        rows = {"enabled": _enabled(check.name, engine_config),
                "severity": str(engine_config.severities.get(check.name, check.severity))}
        rows.update({f.name.replace("_", "-"): getattr(options, f.name) for f in dataclasses.fields(options)})
        lines += ["", f"[tool.{TABLE}.{CHECKS_TABLE}.{check.name}]"] + [f"{k} = {_toml_value(v)}" for k, v in rows.items()]
    severity = engine_config.severities.get(RULE, RULE_SEVERITY)
    lines += ["", f"[tool.{TABLE}.{CHECKS_TABLE}.{RULE}]", f"enabled = {_toml_value(_enabled(RULE, engine_config))}",
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
