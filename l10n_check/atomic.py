"""Atomic writes: a reader never sees half a file, and a failed run leaves the old file intact.

Every file l10n-check writes (reports, catalogs, applied drafts, baselines, SARIF and other output)
goes through ``write_bytes``: a temporary file in the same directory, flushed to disk, given the
permissions the old file had (or a new file's under the umask, not a temp file's 0600), then renamed
over the target.

- **Through links**: a path that is a symbolic link is written at the file it points to; the link
  stays a link.
- **No leftovers**: the temporary file is removed on every way out (an error, Ctrl-C, SIGTERM: the
  CLI turns signals into exits). One left by a process killed with SIGKILL is named after that
  process (``.draft.md.<pid>.<random>.tmp``) and removed by the next write to the same file once
  that process is gone.
- **Nobody else's work lost**: ``unchanged`` is what the caller read from the file before working
  out the new content (None: there was no file). Just before the rename the file is read again;
  if someone saved it meanwhile, nothing is replaced and ``ChangedMeanwhile`` is raised, so the
  caller can merge again or refuse.
- **One writer at a time**: ``locked(directory)`` serialises l10n-check processes that read, merge
  and write files of one existing directory (catalog exports), where the platform has ``flock``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from typing import Iterator

from . import files

# ``unchanged`` left out: the file is replaced whatever it holds now.
ANY = object()


class ChangedMeanwhile(OSError):
    """The file changed between the caller's read and the rename: nothing was written."""

    def __init__(self, path: str) -> None:
        super().__init__(errno.EAGAIN, "changed by someone else while l10n-check was writing it", path)


def write_bytes(path: str, data: bytes, unchanged: bytes | None | object = ANY) -> None:
    """Write ``data`` to ``path`` atomically, creating its directory if needed (see the module docs)."""
    target = os.path.realpath(path)  # write through a symbolic link, never over it
    if os.path.isdir(target):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    directory = os.path.dirname(target)
    os.makedirs(directory, exist_ok=True)
    prefix = f".{os.path.basename(target)}."
    _remove_abandoned(directory, prefix)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f"{prefix}{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(target))
        if unchanged is not ANY and _current(target) != unchanged:
            raise ChangedMeanwhile(path)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_text(path: str, text: str, unchanged: bytes | None | object = ANY) -> None:
    """Write ``text`` as UTF-8, line endings exactly as given.

    The only text that cannot be UTF-8 is a file name that was not (Python keeps its bytes as lone
    surrogates): it is written as ``\\udcff`` escapes rather than failing the write.
    """
    write_bytes(path, text.encode("utf-8", "backslashreplace"), unchanged)


def _current(path: str) -> bytes | None | object:
    """What the file holds now: None when there is none, a marker that equals nothing when unreadable."""
    if not os.path.lexists(path):
        return None
    try:
        return files.read_regular(path, limit=2**62)
    except files.InputError:  # replaced by a directory or a FIFO, or unreadable: not what was read
        return object()


def _remove_abandoned(directory: str, prefix: str) -> None:
    """Remove temporary files of earlier writes to this file whose process no longer runs."""
    try:
        names = [name for name in os.listdir(directory) if name.startswith(prefix) and name.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(directory, name))


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists (one we may not signal exists too)."""
    if os.name == "nt":  # os.kill would terminate the process there, not probe it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's, or a platform that cannot tell: leave its file alone
    return True


def _mode_for(path: str) -> int:
    """The existing file's permission bits, or what a new file gets under the current umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def locked(directory: str) -> Iterator[None]:
    """Hold an exclusive lock on ``directory`` while the block runs, when it exists.

    Only other l10n-check runs wait for it (editors take no locks: ``unchanged`` covers them, and it
    also covers two first runs racing to create a folder that did not exist). Where ``flock`` does
    not exist, or the file system refuses it, the block runs unlocked.
    """
    try:
        import fcntl

        descriptor = os.open(directory, os.O_RDONLY)
    except (ImportError, OSError):  # Windows; no such folder yet
        yield
        return
    try:
        with contextlib.suppress(OSError):  # e.g. some network file systems
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)
