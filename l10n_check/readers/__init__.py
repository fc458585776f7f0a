"""Files → ``Document`` objects, or a one-line ``Problem`` that names the file.

Reading is the only place that touches the file system before the engine runs. A file that cannot be
read never stops the run: the caller reports the problem and goes on with the other files.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Mapping

from .. import files
from ..model import Document
from . import text

BOM = b"\xef\xbb\xbf"
# How many leading bytes decide whether undecodable data is binary or UTF-16/32 without a BOM.
SNIFF = 8192
# Byte-order marks and the codec each announces; UTF-32's marks first, since UTF-32LE's starts
# with UTF-16LE's.
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (BOM, "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
STDIN_NAME = "<stdin>"  # a draft read from standard input, when --stdin-filename names none


@dataclass(frozen=True)
class Problem:
    """A file that could not be checked. ``fatal`` problems make the exit code 2; notes do not."""

    path: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{files.printable(self.path)}: {self.message}"


Parser = Callable[[str, str, str, str], Document]


def _parse_po(path: str, content: str, source_lang: str, target_lang: str) -> Document:
    from . import po  # imported for catalogs only: a run of drafts never pays for it

    return po.parse(path, content, source_lang, target_lang)


def _parse_xliff(path: str, content: str, source_lang: str, target_lang: str) -> Document:
    from . import xliff

    return xliff.parse(path, content, source_lang, target_lang)


# Readers by file suffix; anything else is read as plain text or Markdown.
PARSERS: dict[str, Parser] = {
    ".po": _parse_po,
    ".xlf": _parse_xliff,
    ".xliff": _parse_xliff,
}


@dataclass(frozen=True)
class Encoding:
    """How a file's bytes are text: the codec and the byte-order mark it starts with (or none)."""

    codec: str = "utf-8"
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        """``text`` as bytes of this encoding, BOM included: what ``apply`` writes back."""
        return self.bom + text.encode(self.codec)


def encoding_of(data: bytes) -> Encoding:
    """The encoding a byte-order mark announces; UTF-8 without one."""
    for mark, codec in BOMS:
        if data.startswith(mark):
            return Encoding(codec, mark)
    return Encoding()


def decode(path: str, data: bytes) -> str | Problem:
    """Bytes → text without BOM: UTF-8, or UTF-16/32 announced by a BOM; else a ``Problem``.

    A NUL or other control character does not make valid text binary: the draft is read and
    ``hidden-characters`` points at it. Undecodable data with NUL bytes is binary (a note), unless
    its NULs fall like UTF-16's or UTF-32's, which without a BOM is refused with how to fix it.
    """
    encoding = encoding_of(data)
    head = data[:SNIFF] if not encoding.bom and b"\0" in data[:SNIFF] else b""
    # ASCII written as UTF-16 is even valid UTF-8, but not text anyone wrote: NULs in every other byte.
    wide = _wide_encoding(head, zeros=0.3, letters=0.1)
    if wide is None:
        try:
            return data[len(encoding.bom):].decode(encoding.codec)
        except UnicodeDecodeError as error:
            if not head:
                offset = error.start + len(encoding.bom)
                name = encoding.codec.upper().replace("-LE", "LE").replace("-BE", "BE")
                return Problem(path, f"not valid {name}: byte 0x{data[offset]:02x} at offset {offset} ({error.reason})")
        # Undecodable with NULs: Chinese in UTF-16 has few NULs, so try to read it as UTF-16.
        wide = _readable_utf16(head)
        if wide is None:
            return Problem(path, "binary file skipped", fatal=False)
    return Problem(path, f"looks like {wide} without a byte-order mark: not read; save it as UTF-8 (or with a BOM)")


# Encodings whose Latin text has NUL bytes in fixed lanes: (width, name, lanes holding the letters).
_WIDE = ((4, "UTF-32LE", (0,)), (4, "UTF-32BE", (3,)), (2, "UTF-16LE", (0,)), (2, "UTF-16BE", (1,)))


def _wide_encoding(head: bytes, zeros: float, letters: float) -> str | None:
    """``"UTF-16LE"`` and the like when NUL bytes sit in the lanes where that encoding puts them.

    A lane of ``head`` (every second or fourth byte) that holds letters has under ``letters`` of its
    bytes NUL; every other lane over ``zeros``, and at least four NULs in all.
    """
    if head.count(0) < 4:
        return None
    for width, name, text_lanes in _WIDE:
        shares = [head[lane::width].count(0) / max(1, len(head[lane::width])) for lane in range(width)]
        if all(share < letters if lane in text_lanes else share > zeros for lane, share in enumerate(shares)):
            return name
    return None


def _readable_utf16(head: bytes) -> str | None:
    """``"UTF-16LE"`` or ``"UTF-16BE"`` when ``head`` reads as printable text in it, else None.

    Random binary data fails this almost surely: an unpaired surrogate or a control character
    turns up within a few hundred code units.
    """
    for codec, name in (("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")):
        try:
            text = head[: len(head) - len(head) % 4].decode(codec)
        except UnicodeDecodeError as error:
            if error.start < len(head) - 4:  # only a surrogate pair cut at the end is forgiven
                continue
            text = head[: error.start].decode(codec)
        if text and sum(ch.isprintable() or ch in "\t\r\n" for ch in text) >= 0.98 * len(text):
            return name
    return None


def parse(path: str, content: str, source_lang: str, target_lang: str) -> Document:
    """Decoded text → ``Document``, choosing the reader by the file's suffix."""
    suffix = os.path.splitext(path)[1].lower()
    return PARSERS.get(suffix, text.parse)(path, content, source_lang, target_lang)


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: the size limit, and the name a draft on standard input goes by."""

    max_size: int = files.DEFAULT_MAX_SIZE
    stdin_name: str | None = None  # --stdin-filename: messages, and the reader chosen by its suffix

    def shown(self, path: str) -> str:
        """The path findings and messages give for ``path``."""
        return (self.stdin_name or STDIN_NAME) if path == files.STDIN else path


def read_path(
    path: str, source_lang: str = "zh", target_lang: str = "en", reading: ReadOptions = ReadOptions()
) -> Document | Problem:
    """Read one file (``-``: standard input); never raises for bad input.

    Only regular files are read, and none larger than ``reading.max_size`` bytes: anything else
    is a ``Problem`` naming the file.
    """
    shown = reading.shown(path)
    max_size = reading.max_size
    try:
        data = files.read_stdin(max_size, shown) if path == files.STDIN else files.read_regular(path, max_size)
    except files.InputError as error:
        return Problem(shown, error.reason)
    decoded = decode(shown, data)
    del data  # the bytes are not needed while the text is parsed: keep peak memory down
    if isinstance(decoded, Problem):
        return decoded
    try:
        return parse(shown, decoded, source_lang, target_lang)
    except ValueError as error:  # a bilingual reader's complaint about malformed input
        return Problem(shown, str(error))


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


@dataclass(frozen=True)
class Discovery:
    """The files a run reads, the name each gives its outputs, and what could not be looked at."""

    files: tuple[str, ...]
    # Path → the draft's name for catalogs and reports: its path under the directory it was found
    # in (``a/article.md``), or the file's own name when it was named itself.
    names: Mapping[str, str]
    problems: tuple[Problem, ...] = ()


def discover(
    paths: Iterable[str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = (), skip: Iterable[str] = ()
) -> Discovery:
    """Files named or found under directories, in order, filtered by include/exclude globs.

    Globs match the path relative to the directory given, or the file's name. Walking a directory
    passes over hidden files and directories, files without a suffix some reader knows (unless
    include globs say otherwise) and the directories in ``skip`` (the run's own outputs); a
    directory that cannot be listed is an error, and a file that cannot be a draft (a FIFO, a
    broken link) or a linked directory is a note. A file named twice is read once.
    """
    chosen: dict[str, str] = {}  # one file however it is named → the path it was first found under
    names: dict[str, str] = {}
    problems: list[Problem] = []
    skipped = frozenset(os.path.realpath(directory) for directory in skip)

    def add(file: str, name: str) -> None:
        if chosen.setdefault(_identity(file), file) == file:
            names.setdefault(file, name)

    for path in paths:
        if path != files.STDIN and os.path.isdir(path):
            for file in _walk(path, skipped, problems):
                relative = os.path.relpath(file, path)
                if _wanted(relative, include, exclude) and (include or _known_suffix(file)) and _regular(file, problems):
                    add(file, relative)
        elif _wanted(path, (), exclude):
            add(path, os.path.basename(path))
    return Discovery(tuple(chosen.values()), unique_names(names), tuple(problems))


def expand_paths(paths: Iterable[str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> Iterator[str]:
    """The files ``discover`` finds, without their names and problems."""
    yield from discover(paths, include, exclude).files


def _walk(directory: str, skipped: frozenset[str], problems: list[Problem]) -> list[str]:
    """Every file under ``directory`` the walk may see, sorted; what it cannot enter, reported."""

    def unreadable(error: OSError) -> None:
        problems.append(Problem(error.filename or directory, f"cannot read directory: {error.strerror or error}"))

    found = []
    for root, dirs, names in os.walk(directory, onerror=unreadable):
        visible = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            full = os.path.join(root, name)
            if os.path.islink(full):
                problems.append(Problem(full, "not read: a symbolic link to a directory, which is not followed", fatal=False))
            elif os.path.realpath(full) not in skipped:
                visible.append(name)
        dirs[:] = visible
        found.extend(os.path.join(root, name) for name in names if not name.startswith("."))
    return sorted(found)


def _regular(path: str, problems: list[Problem]) -> bool:
    """Whether a file met in a walk can be read; a note for one that cannot (FIFO, broken link)."""
    reason = files.regular_file_problem(path)
    if reason is not None:
        problems.append(Problem(path, reason, fatal=False))
    return reason is None


def _identity(path: str) -> str:
    """One key for one file however it is named (``a.md``, ``./a.md``, a link to it)."""
    return path if path == files.STDIN else os.path.realpath(path)


def unique_names(names: Mapping[str, str]) -> dict[str, str]:
    """Output names, each unique where it can be: files that share a name are named by their path
    from the folder they have in common (``a/article.md``, ``b/article.md``)."""
    groups: dict[str, list[str]] = {}
    for path, name in names.items():
        groups.setdefault(_output_key(name), []).append(path)
    result = {path: name.replace(os.sep, "/") for path, name in names.items()}
    for paths in groups.values():
        if len(paths) > 1 and files.STDIN not in paths:
            common = os.path.commonpath([os.path.dirname(os.path.abspath(path)) for path in paths])
            result.update({path: os.path.relpath(os.path.abspath(path), common).replace(os.sep, "/") for path in paths})
    return result


def _output_key(name: str) -> str:
    """What an output file is named from: the name without suffix, as case-insensitive file systems see it."""
    return os.path.splitext(name.replace(os.sep, "/"))[0].casefold()


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
