"""``regex.compile`` without the cost of compiling: patterns compiled by an earlier run are reused.

The checks define about 170 ``regex`` patterns when their modules are imported, and parsing them
costs about 0.1 s on every run, a third of the import time. The ``regex`` package can rebuild a
compiled pattern from its compiled form (that is how it pickles one) in about 10 microseconds. So
``compile`` keeps the patterns it compiles in a file in the on-disk cache directory (``cache.py``),
named by this package's, ``regex``'s and Python's versions, and a later run takes them from there.

The file is read once per process, on the first ``compile``; it is rewritten (atomically) when the
process ends having compiled something the file lacked, so it grows to the patterns the runs use.
Only module-level patterns come here, never ones built from user input, and the file is capped. It
is unpickled with a loader that refuses everything but ``regex``'s own pattern constructor, so a
file altered by someone else cannot run code; a damaged file is ignored, and an unwritable directory
only means every run compiles its patterns, as without a cache.
"""

from __future__ import annotations

import atexit
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import regex

from . import __version__

MAX_PATTERNS = 2000  # far above the package's own; a file grown past it is not written
_ALLOWED = {("regex._regex", "compile")}  # the one callable a pickled pattern names


class _PatternLoader(pickle.Unpickler):
    """An unpickler that rebuilds ``regex`` patterns and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not a regex pattern")
        return super().find_class(module, name)


_Key = tuple[str, int]
_store: dict[_Key, regex.Pattern[str]] | None = None
_added: set[_Key] = set()
_owner = 0  # the process that read the file: only it writes it back


def path() -> Path:
    """The file of compiled patterns for this package, ``regex`` and Python version."""
    from .cache import directory

    python = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    return directory() / f"patterns-{__version__}-regex{regex.__version__}-{python}.pickle"


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - regex.compile's name
    """``regex.compile(pattern, flags)``, from the cache of compiled patterns when it is there."""
    store = _load()
    key = (pattern, int(flags))
    found = store.get(key)
    if found is None:
        found = store[key] = regex.compile(pattern, flags)
        if not _added:
            atexit.register(_save)
        _added.add(key)
    return found


def _load() -> dict[_Key, regex.Pattern[str]]:
    global _store, _owner
    if _store is None:
        _store, _owner = _read(path()), os.getpid()
    return _store


def _read(file: Path) -> dict[_Key, regex.Pattern[str]]:
    """The patterns in ``file``; none when it is missing, damaged or not a table of patterns."""
    try:
        loaded = _PatternLoader(io.BytesIO(file.read_bytes())).load()
    except Exception:  # noqa: BLE001 - missing, unreadable, truncated or foreign: compile afresh
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {key: value for key, value in loaded.items() if _valid(key, value)}


def _valid(key: object, value: object) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)
            and isinstance(value, regex.Pattern) and value.pattern == key[0])


def _save() -> None:
    """Write the patterns back when this process compiled new ones (at exit; errors are ignored)."""
    if not _added or _store is None or os.getpid() != _owner or len(_store) > MAX_PATTERNS:
        return
    import tempfile

    file = path()
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{file.stem}.", suffix=".tmp", dir=file.parent)
    except OSError:  # a read-only cache directory: the next run compiles again
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump({**_read(file), **_store}, out, protocol=pickle.HIGHEST_PROTOCOL)  # keep others' additions
        os.replace(temporary, file)
        _added.clear()
    except Exception:  # noqa: BLE001 - a full disk or an unpicklable pattern: leave no half file
        Path(temporary).unlink(missing_ok=True)
