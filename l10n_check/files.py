"""Reading input files without hanging or exhausting memory: regular files only, within a size limit.

Every file l10n-check reads (drafts, catalogs to apply, configuration, baselines, glossaries) is opened
here. A FIFO, a socket or a device would block a plain ``open()`` forever or never end, so a path is
opened without blocking and refused unless ``fstat`` says it is a regular file; the check is made on
the open descriptor, so a file swapped for a FIFO between two calls cannot slip through. A file larger
than the limit is refused before it is read, and at most ``limit + 1`` bytes are ever read (a file
that grows while it is read is refused too).

Only the standard library is imported: ``config`` reads through this module before anything else.
"""

from __future__ import annotations

import os
import stat
import sys
import unicodedata
from typing import BinaryIO

# The largest input read by default. Drafts are articles (the sample is 28 KB; a long report 1 MB);
# the largest real catalog in the corpus is 12.3 MB. Peak memory grows with the input (see the
# README), so far larger files are refused rather than left to exhaust the machine.
DEFAULT_MAX_SIZE = 16 * 1024 * 1024

STDIN = "-"  # the path that means standard input, as in ruff and Vale
CHUNK = 1024 * 1024

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class InputError(OSError):
    """A file that is not read: ``path`` and a reason a user understands, shown as ``path: reason``."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path, self.reason = path, reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def kind_of(mode: int) -> str:
    """What a file of ``mode`` is, in words: ``"a FIFO (named pipe)"``; "a special file" otherwise."""
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def size_text(size: int) -> str:
    """``16777216`` → ``"16 MB"``; sizes under a megabyte in KB."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.3g} MB"
    return f"{max(1, round(size / 1024))} KB"


_UNITS = {"": 1, "B": 1, "KB": 1024, "K": 1024, "MB": 1024**2, "M": 1024**2, "GB": 1024**3, "G": 1024**3}


def parse_size(value: str | int) -> int:
    """``"16MB"``, ``"500 KB"``, ``"2G"`` or a number of bytes → bytes (binary units); ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"a size such as 16MB or 500KB, not {value!r}")
    text = str(value).strip().upper().replace(" ", "")
    number = text.rstrip("KMGB")
    unit = text[len(number):]
    try:
        size = float(number) * _UNITS[unit]
    except (KeyError, ValueError):
        raise ValueError(f"a size such as 16MB or 500KB, not {value!r}") from None
    if not 1 <= size < 2**62:
        raise ValueError(f"a size of at least one byte, not {value!r}")
    return int(size)


def too_large(path: str, size: int | None, limit: int) -> InputError:
    """The refusal for a file of ``size`` bytes (None: unknown, more than ``limit``) over ``limit``."""
    shown = f"more than {size_text(limit)}" if size is None else size_text(size)
    return InputError(path, f"{shown} is over the size limit of {size_text(limit)}: not read (raise it with --max-size)")


def read_regular(path: str, limit: int = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of the regular file ``path``; ``InputError`` for anything else or anything larger."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise InputError(path, f"not read: {kind_of(status.st_mode)}, and only regular files are read")
        if status.st_size > limit:
            raise too_large(path, status.st_size, limit)
        return _read_at_most(path, handle, limit, status.st_size)


def read_text(path: str, limit: int = DEFAULT_MAX_SIZE) -> str:
    """The UTF-8 text (a BOM allowed) of the regular file ``path``, for lists and tables a user
    names (names lists, calque lists); ``InputError`` for anything else, larger or not UTF-8."""
    data = read_regular(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not valid UTF-8 at byte offset {error.start}") from None


def read_stdin(limit: int = DEFAULT_MAX_SIZE, name: str = STDIN, stream: BinaryIO | None = None) -> bytes:
    """Standard input's bytes (at most ``limit``); ``InputError`` under ``name`` when there are more."""
    return _read_at_most(name, stream if stream is not None else sys.stdin.buffer, limit)


def _read_at_most(path: str, handle: BinaryIO, limit: int, expected: int = 0) -> bytes:
    """Up to ``limit`` bytes, read in pieces (asking for ``limit`` at once would allocate it)."""
    chunks, total = [], 0
    want = expected + 1 if expected else CHUNK  # a regular file: its whole size and one byte, in one read
    try:
        while chunk := handle.read(min(want, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew since fstat, or a stream whose size nobody knew
                raise too_large(path, None, limit)
            want = CHUNK
    except InputError:
        raise
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    return b"".join(chunks)  # one piece is returned as it is, not copied


def regular_file_problem(path: str) -> str | None:
    """Why ``path`` cannot be read as a regular file, or None: checked without blocking or reading it."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    return None if stat.S_ISREG(mode) else f"not read: {kind_of(mode)}, and only regular files are read"


# Characters a terminal acts on or a reader cannot see: controls (ESC, CR, newline), format characters
# (bidi overrides, zero widths), line and paragraph separators, and surrogates (bytes of a file name
# that were not UTF-8, kept by Python as U+DC80…U+DCFF).
_UNSHOWN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def printable(text: str) -> str:
    """``text`` safe to print on one line: what a terminal would act on or hide is written as an escape.

    ``"a\\nb"`` for a newline, ``\\x1b`` for ESC, ``\\u202e`` for a bidi override, ``\\xff`` for a
    byte of a file name that is not UTF-8. A backslash is doubled only in text that needed escapes,
    so ordinary Windows paths read as they are.
    """
    if text.isprintable() or not any(unicodedata.category(ch) in _UNSHOWN for ch in text):
        return text
    return "".join(_escape(ch) if unicodedata.category(ch) in _UNSHOWN or ch == "\\" else ch for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
