"""Look-up tables kept on disk between runs, so that a run opens them in a millisecond.

Some data the checks consult is large and slow to read into memory: CC-CEDICT (120,000 entries,
about 0.8 s to parse), the pinyin word index (0.4 s), wordfreq's English list (0.7 s with the
import). A small draft needs a handful of look-ups from each. ``table`` builds such a table once
into an SQLite file (an indexed key → text table, read-only afterwards) and later runs look keys up
in it without loading the rest: opening costs about a millisecond, a look-up a few microseconds,
and worker processes share the file through the operating system's page cache.

Where the files live: ``$L10N_CHECK_CACHE`` when set, else ``$XDG_CACHE_HOME/l10n-check``, else
``~/.cache/l10n-check``. A file is named by the table, the package version and a hash of the source
data, so a new version or changed data never reads a stale table. It is written to a temporary file
and renamed into place: a reader never sees half a table, and two processes building the same table
at once both write whole files, the last rename winning. A table that fails to open or lacks its
completion mark is rebuilt. When the directory cannot be written (a read-only home in CI) the table
is built in memory for the run, as if there were no cache: slower, never wrong. Writing a table
removes the same table's files of other versions or data older than ``STALE_DAYS``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from . import __version__

if TYPE_CHECKING:
    import sqlite3

ENV = "L10N_CHECK_CACHE"
_COMPLETE = "\0complete"  # the key of the row written last: its presence says the table is whole


def directory() -> Path:
    """Where cached tables are kept (see the module docstring)."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "l10n-check"


def fingerprint(*sources: bytes | str) -> str:
    """A short hash of the data a table is built from."""
    import hashlib

    digest = hashlib.blake2b(digest_size=10)
    for source in sources:
        digest.update(source.encode("utf-8") if isinstance(source, str) else source)
        digest.update(b"\0")
    return digest.hexdigest()


def file_fingerprint(*paths: Path) -> str:
    """``fingerprint`` of the files' contents, remembered by their path, size and modification time
    (``stamps.json`` in the cache directory), so that an unchanged file is not read and hashed again
    on every run: hashing CC-CEDICT and the word lists took 20 ms a run."""
    stamps = [f"{path.resolve()}:{path.stat().st_size}:{path.stat().st_mtime_ns}" for path in paths]
    key = "|".join(stamps)
    known = _stamps()
    if key not in known:
        known[key] = fingerprint(*(path.read_bytes() for path in paths))
        _write_stamps(known)
    return known[key]


_stamp_memo: dict[str, str] | None = None


def _stamps() -> dict[str, str]:
    global _stamp_memo
    if _stamp_memo is None:
        import json

        try:
            loaded = json.loads((directory() / "stamps.json").read_text("utf-8"))
        except (OSError, ValueError):
            loaded = {}
        valid = isinstance(loaded, dict) and all(isinstance(v, str) for v in loaded.values())
        _stamp_memo = loaded if valid else {}
    return _stamp_memo


def _write_stamps(known: dict[str, str]) -> None:
    """Save the remembered hashes (atomically; a read-only directory just means hashing again)."""
    import json

    _replace(directory() / "stamps.json", json.dumps(dict(list(known.items())[-MAX_STAMPS:])).encode("utf-8"))


def _replace(target: Path, content: bytes) -> bool:
    """Write ``content`` to a temporary file beside ``target`` and rename it into place: a reader
    never sees half a file. False when the directory cannot be written (nothing is left behind)."""
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True


def stored(name: str, source: str, build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """What ``build`` makes of data whose ``fingerprint`` is ``source``: read from the cache
    directory when an earlier run kept it there, else built and kept (plain values only: dicts,
    lists, tuples, strings, numbers, as ``marshal`` writes them). ``marshal`` only rebuilds values,
    it runs nothing; a value that fails to load or that ``valid`` refuses (a damaged or foreign
    file) is built again, and an unwritable directory only means building it every run."""
    import marshal

    path = directory() / f"{name}-{__version__}-{source}.marshal"
    try:
        value = marshal.loads(path.read_bytes())
        if valid(value):
            return value
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    if _replace(path, marshal.dumps(value)):
        _prune(name, path, ".marshal")
    return value


MAX_STAMPS = 200  # files remembered; the oldest are forgotten (and hashed again if met again)


class Table:
    """A read-only mapping of text keys to text values; ``get`` is all the checks need."""

    def __init__(
        self, path: Path | None, memory: dict[str, str] | None = None, opened: sqlite3.Connection | None = None
    ) -> None:
        self.path = path
        self._memory = memory
        self._connection = opened
        self._lookups = opened.cursor() if opened is not None else None
        self._pid = os.getpid() if opened is not None else 0

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value filed under ``key``, or ``default``."""
        if self._memory is not None:
            return self._memory.get(key, default)
        row = self._cursor().execute(_LOOK_UP, (key,)).fetchone()
        return row[0] if row is not None else default

    def __getstate__(self) -> dict:
        """Pickled for another process without the connection, which that process opens anew."""
        return {**self.__dict__, "_connection": None, "_lookups": None, "_pid": 0}

    def _cursor(self) -> sqlite3.Cursor:
        """One cursor for every look-up: a cursor made per look-up was 40 % of its 11 µs."""
        if self._lookups is None or self._pid != os.getpid():  # a forked worker opens its own
            self._connection, self._pid = _open(self.path), os.getpid()
            self._lookups = self._connection.cursor()
        return self._lookups


_LOOK_UP = "SELECT v FROM t WHERE k = ?"


def _open(path: Path) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` as the file is never changed in place, only replaced."""
    import sqlite3  # here, not at import: the patterns cache finds its directory here too

    return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def table(name: str, source: str, build: Callable[[], Iterable[tuple[str, str]]]) -> Table:
    """The table ``name`` built from data whose ``fingerprint`` is ``source``: opened from the cache,
    built into it when missing, stale or corrupt, or built in memory when the cache is not writable."""
    import sqlite3

    path = directory() / f"{name}-{__version__}-{source}.sqlite"
    opened = _opened_whole(path)
    if opened is not None:  # the connection that found the table whole reads it
        return Table(path, opened=opened)
    try:
        _write(path, build())
    except (OSError, sqlite3.Error):  # a read-only or full cache directory: this run keeps the table in memory
        return Table(None, dict(build()))
    _prune(name, path)
    return Table(path)


STALE_DAYS = 30  # a table of another version or data not rewritten for this long is removed


def _prune(name: str, kept: Path, suffix: str = ".sqlite") -> None:
    """Remove the files of table ``name`` for other versions or data, written more than
    ``STALE_DAYS`` ago: each version would otherwise leave its tables behind (about 50 MB). A
    version still in use past that rebuilds its table once; a process with the file open keeps
    reading it."""
    import re
    import time

    oldest = time.time() - STALE_DAYS * 86400
    same_table = re.compile(rf"{re.escape(name)}-[^-]+-[0-9a-f]+{re.escape(suffix)}")  # not "{name}-latin-..."
    for other in kept.parent.glob(f"{name}-*{suffix}"):
        try:
            if other != kept and same_table.fullmatch(other.name) and other.stat().st_mtime < oldest:
                other.unlink()
        except OSError:  # removed by another process, or not ours to remove
            pass


def _opened_whole(path: Path) -> sqlite3.Connection | None:
    """A connection to ``path`` when it holds a whole table; a damaged file is removed so that it
    is rebuilt."""
    import sqlite3

    if not path.is_file():
        return None
    connection = None
    try:
        connection = _open(path)
        if connection.execute("SELECT 1 FROM t WHERE k = ?", (_COMPLETE,)).fetchone() is not None:
            return connection
    except sqlite3.Error:
        if connection is not None:
            connection.close()
            connection = None
        try:
            path.unlink()
        except OSError:
            pass
    if connection is not None:
        connection.close()
    return None


def _write(path: Path, rows: Iterable[tuple[str, str]]) -> None:
    """Write the table to a temporary file beside ``path``, then rename it into place."""
    import sqlite3
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID")
            connection.executemany("INSERT INTO t VALUES (?, ?)", rows)
            connection.execute("INSERT INTO t VALUES (?, '')", (_COMPLETE,))
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
