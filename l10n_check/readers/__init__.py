"""Files → ``Document`` objects, or a one-line ``Problem`` that names the file.

Reading is the only place that touches the file system before the engine runs. A file that cannot be
read never stops the run: the caller reports the problem and goes on with the other files.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..model import Document
from . import po, text, xliff

BOM = b"\xef\xbb\xbf"
# How many leading bytes decide whether a file is binary.
SNIFF = 8192


@dataclass(frozen=True)
class Problem:
    """A file that could not be checked. ``fatal`` problems make the exit code 2; notes do not."""

    path: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


Parser = Callable[[str, str, str, str], Document]

# Readers by file suffix; anything else is read as plain text or Markdown.
PARSERS: dict[str, Parser] = {
    ".po": po.parse,
    ".xlf": xliff.parse,
    ".xliff": xliff.parse,
}


def decode(path: str, data: bytes) -> str | Problem:
    """UTF-8 bytes → text without BOM, or a ``Problem`` naming the first bad byte's offset."""
    if b"\0" in data[:SNIFF]:
        return Problem(path, "binary file skipped", fatal=False)
    skip = len(BOM) if data.startswith(BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + skip
        return Problem(path, f"not valid UTF-8: byte 0x{data[offset]:02x} at offset {offset} ({error.reason})")


def parse(path: str, content: str, source_lang: str, target_lang: str) -> Document:
    """Decoded text → ``Document``, choosing the reader by the file's suffix."""
    suffix = os.path.splitext(path)[1].lower()
    return PARSERS.get(suffix, text.parse)(path, content, source_lang, target_lang)


def read_path(path: str, source_lang: str = "zh", target_lang: str = "en") -> Document | Problem:
    """Read one file; never raises for bad input, returns a ``Problem`` instead."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return Problem(path, f"cannot read: {error.strerror or error}")
    decoded = decode(path, data)
    if isinstance(decoded, Problem):
        return decoded
    try:
        return parse(path, decoded, source_lang, target_lang)
    except ValueError as error:  # a bilingual reader's complaint about malformed input
        return Problem(path, str(error))


def with_source(target: Document, source: Document) -> Document | Problem:
    """A draft whose segments carry the matching paragraphs of its source file, aligned by order.

    A source/target pair of plain-text or Markdown files is aligned paragraph by paragraph, the
    way MT tools write them; when the counts differ the pair cannot be aligned safely.
    """
    if len(source.segments) != len(target.segments):
        return Problem(
            target.path,
            f"cannot align with source {source.path}: {len(source.segments)} source paragraphs, "
            f"{len(target.segments)} in the draft",
        )
    segments = tuple(
        dataclasses.replace(t, source=s.raw, source_prose=s.prose, key=t.key or f"{index}")
        for index, (s, t) in enumerate(zip(source.segments, target.segments), 1)
    )
    return dataclasses.replace(target, segments=segments)


def expand_paths(paths: Iterable[str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> Iterator[str]:
    """Files named or found under directories, sorted, filtered by include/exclude globs.

    Globs match the path relative to the directory given, or the file's name. Hidden files and
    directories are skipped when walking a directory, never when named explicitly.
    Without include globs, a directory yields only files with a suffix some reader knows.
    """
    for path in paths:
        if os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
            for file in sorted(found):
                relative = os.path.relpath(file, path)
                if _wanted(relative, include, exclude) and (include or _known_suffix(file)):
                    yield file
        elif _wanted(path, (), exclude):
            yield path


TEXT_SUFFIXES = frozenset({".txt", ".text"}) | text.MARKDOWN_SUFFIXES


def _known_suffix(path: str) -> bool:
    suffix = os.path.splitext(path)[1].lower()
    return suffix in TEXT_SUFFIXES or suffix in PARSERS


def _wanted(path: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    name = os.path.basename(path)
    posix = path.replace(os.sep, "/")

    def matches(pattern: str) -> bool:
        return fnmatch.fnmatch(posix, pattern) or fnmatch.fnmatch(name, pattern)

    if include and not any(matches(p) for p in include):
        return False
    return not any(matches(p) for p in exclude)
