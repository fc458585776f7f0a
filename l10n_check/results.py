"""Findings kept between runs: with ``--cache``, a file unchanged since an earlier run is not checked again.

CI scans every draft of a repository on every push, and a reviewer re-runs the scan after each fix,
though most files have not changed. With ``scan --cache`` (or ``cache = true`` in the settings) the
per-document work on a file (its findings before suppressions and baselines, and what the
cross-document checks read from it) is kept in the cache directory (``cache.directory()``, in
``results/``), and a later run that reads the same file takes it from there instead of running the
checks. The file is still read and parsed: suppression comments, cross-document checks and every
output format work from the document as before, so the output is the same, byte for byte.

An entry is used only when everything that decides it is the same (``ResultCache.key``):
- the file's path and decoded text;
- the run's settings that reach the checks (languages, selection, severities, each check's
  options, ``include-fuzzy``, ``max-size``), with the contents of every file they name (names list,
  glossaries, a calque list): a glossary edited since is a different run;
- l10n-check itself (its version and the contents of its code and data files, so that a working
  copy under development never reuses findings of its earlier code), the Python version and the
  versions of the libraries it depends on.
Output-only settings (format, output, reports, catalogs, baseline, jobs, fail-on) are not part of
it: changing the format reuses the findings.

Entries are pickles read by an unpickler that builds only l10n-check's own data classes, named
tuples and enums and plain containers, never calls a function, so a file someone else put there cannot run code.
An entry that cannot be read or does not hold its own key is a miss. Entries are written to a
temporary file and renamed (two processes writing one entry both write whole files); no fsync: a
lost entry only means checking the file again. An unwritable directory means no cache, never an
error. Entries not used for ``STALE_DAYS`` (those of settings or versions no longer run, of files
since changed) are removed at the end of a run, at most once a day.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import hashlib
import io
import os
import pickle
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from . import __version__
from .model import Document, Finding

FOLDER = "results"
STALE_DAYS = 14  # an entry not used for this long is removed (``ResultCache.tidy``, once a day)
# Settings that only decide how findings are shown or what a run writes, not what the checks find.
OUTPUT_ONLY = frozenset({"format", "output", "html", "po", "baseline", "jobs", "fail-on", "cache"})

# What a cached file's work is: its per-document findings and the facts of cross-document checks.
Entry = tuple[list[Finding], dict[str, Any]]


@dataclass(frozen=True)
class ResultCache:
    """Where entries are kept and the fingerprint of everything besides the file that decides them."""

    directory: str
    run: str  # ``run_fingerprint``
    # Keys of the entries this process used: a run says how many files it did not check again.
    # Files sent to worker processes are those without an entry (``parallel``): none is missed here.
    reused: list[str] = field(default_factory=list, compare=False, repr=False)

    def key(self, doc: Document) -> str:
        """The entry's name: the run, the file's path and its decoded text."""
        digest = hashlib.blake2b(digest_size=20)
        for part in (self.run, doc.path, doc.source_lang, doc.target_lang):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(doc.text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return Path(self.directory) / self.run[:16] / key[:2] / key

    def get(self, key: str) -> Entry | None:
        """The entry filed under ``key`` (``key(doc)``), or None when there is none or it cannot be read."""
        path = self._path(key)
        try:
            data = path.read_bytes()
            stored_key, entry = _Loader(io.BytesIO(data)).load()
        except Exception:  # noqa: BLE001 - missing, damaged or foreign: checked again, as without a cache
            return None
        if stored_key != key or not _is_entry(entry):
            return None
        try:
            os.utime(path)  # used: not stale (see ``tidy``)
        except OSError:
            pass
        self.reused.append(key)
        return entry

    def put(self, key: str, findings: list[Finding], facts: Mapping[str, Any]) -> None:
        """Keep the work on the document of ``key``; a directory that cannot be written keeps nothing."""
        try:
            data = pickle.dumps((key, (list(findings), dict(facts))), protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return  # a fact that does not pickle (a check's own object): that file is not cached
        path = self._path(key)
        temporary = path.with_name(f".{key}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)

    def tidy(self, now: float | None = None) -> None:
        """Remove the entries, of any run, unused for ``STALE_DAYS``: at most once a day, as that
        reads every entry's time (a few milliseconds per thousand)."""
        now = time.time() if now is None else now
        marker = Path(self.directory) / ".tidied"
        try:
            if marker.stat().st_mtime > now - 86400:
                return
        except OSError:
            pass  # never tidied, or the directory does not exist yet
        for run in _entries(Path(self.directory)):
            if run.is_dir(follow_symlinks=False):
                _remove_stale(Path(run.path), now - STALE_DAYS * 86400)
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
            os.utime(marker, (now, now))
        except OSError:
            pass


def _remove_stale(folder: Path, oldest: float) -> None:
    """Remove the entries of a run's ``folder`` last used before ``oldest``, and folders left empty.
    Another run's folder may be in use by another project's settings: only its stale entries go."""
    for shard in _entries(folder):
        for entry in _entries(Path(shard.path)):
            try:
                if entry.stat(follow_symlinks=False).st_mtime < oldest:
                    os.unlink(entry.path)
            except OSError:  # removed by another run meanwhile
                pass
        _remove_empty(Path(shard.path))
    _remove_empty(folder)


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        return list(os.scandir(folder))
    except OSError:
        return []


def _remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:  # not empty, or gone
        pass


def _is_entry(entry: Any) -> bool:
    return (
        isinstance(entry, tuple)
        and len(entry) == 2
        and isinstance(entry[0], list)
        and all(isinstance(finding, Finding) for finding in entry[0])
        and isinstance(entry[1], dict)
    )


_CONTAINERS = {
    ("builtins", name) for name in ("set", "frozenset", "list", "tuple", "dict", "object", "bytearray", "complex")
} | {("collections", "Counter"), ("collections", "OrderedDict"), ("collections", "defaultdict"), ("copyreg", "_reconstructor")}


class _Loader(pickle.Unpickler):
    """Builds l10n-check's own data classes, named tuples and enums and plain containers; refuses
    anything else (a function, another package's class), so an entry cannot run code when read."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _CONTAINERS:
            return super().find_class(module, name)
        if module == "l10n_check" or module.startswith("l10n_check."):
            found = super().find_class(module, name)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or issubclass(found, enum.Enum) or _named_tuple(found)):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a result cache entry")


def _named_tuple(cls: type) -> bool:
    """A ``NamedTuple`` (the record type of the checks' hottest loops): built from its fields only."""
    return issubclass(cls, tuple) and hasattr(cls, "_fields")


def run_fingerprint(values: Mapping[str, Any], checks: Mapping[str, Mapping[str, Any]]) -> str:
    """A hash of everything besides a file that decides its findings (see the module docstring).

    ``values`` are the top-level settings and ``checks`` each check's table, as ``config.Settings``
    holds them; every string among them that names an existing file stands for that file's contents.
    """
    from .cache import file_fingerprint, fingerprint

    settings = {name: value for name, value in values.items() if name not in OUTPUT_ONLY}
    described = repr(_sorted(settings)) + repr(_sorted(checks))
    named = sorted({Path(value) for value in _strings([settings, checks]) if _is_file(value)})
    package = sorted(_package_files())
    return fingerprint(
        __version__,
        sys.version,
        described,
        repr(_dependency_versions()),
        file_fingerprint(*package),
        file_fingerprint(*named) if named else "",
    )


def _sorted(value: Any) -> Any:
    """``value`` with every mapping's items sorted, so that the order settings were written in does not count."""
    if isinstance(value, Mapping):
        return sorted((str(key), _sorted(item)) for key, item in value.items())
    if isinstance(value, (list, tuple)):
        return [_sorted(item) for item in value]
    return value


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item)


def _is_file(value: str) -> bool:
    try:
        return bool(value) and "\0" not in value and os.path.isfile(value)
    except (OSError, ValueError):
        return False


def _package_files() -> list[Path]:
    """Every code and data file of this package (not compiled bytecode)."""
    root = Path(__file__).resolve().parent
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        found.extend(Path(folder) / name for name in names if not name.endswith((".pyc", ".pyo")))
    return found


def _dependency_versions() -> list[tuple[str, str | None]]:
    """The installed version of each library this package requires (their data decide findings too)."""
    import importlib.metadata as metadata
    import re

    try:
        requires = metadata.distribution("l10n-check").requires or []
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return []
    names = sorted({re.split(r"[\s;<>=!~\[(]", line, maxsplit=1)[0].lower() for line in requires if "extra ==" not in line})
    versions = []
    for name in names:
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:  # a requirement for other Python versions only
            versions.append((name, None))
    return versions


def for_settings(values: Mapping[str, Any], checks: Mapping[str, Mapping[str, Any]]) -> ResultCache:
    """The cache of a run with these settings, in the cache directory's ``results/`` folder."""
    from .cache import directory

    return ResultCache(str(directory() / FOLDER), run_fingerprint(values, checks))
