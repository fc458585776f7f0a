"""Atomic writes: a reader never sees half a file, and a failed run leaves the old file intact.

Every file l10n-check writes (reports, catalogs, applied drafts, baselines, SARIF and other output)
goes through ``write_bytes``: a temporary file in the same directory, flushed to disk, given the
permissions the old file had (or a new file's under the umask, not a temp file's 0600), then renamed
over the target.
"""

from __future__ import annotations

import os
import tempfile


def write_bytes(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating its directory if needed."""
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_text(path: str, text: str) -> None:
    """Write ``text`` as UTF-8, line endings exactly as given."""
    write_bytes(path, text.encode("utf-8"))


def _mode_for(path: str) -> int:
    """The existing file's permission bits, or what a new file gets under the current umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
