"""What export and apply share about gettext catalogs: segment keys, catalog text, reading, writing.

## The segment key (msgctxt)
A draft's paragraph is found again by its content, not its line number, so that editing one paragraph
never changes the key of another. The key is ``<hash>-<n>``: ``hash`` is 10 hex digits of BLAKE2b over
the segment's text with its whitespace collapsed, and ``n`` counts earlier segments of the same draft
with the same hash (0 for the first), which keeps two identical paragraphs apart. A changed paragraph
gets a new key; the merge then finds its old entry by similarity, as ``msgmerge`` does.

## Catalog text
A segment's msgid is its text as it stands, with two exceptions that keep every catalog valid for
GNU ``msgfmt``: line breaks inside a block are written as ``\\n`` (``apply`` writes them back in the
draft's own line-ending style), and U+0000 and U+0004, which a catalog cannot hold, become the
visible control pictures U+2400 and U+2404.
"""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from typing import TYPE_CHECKING

from . import files
from .atomic import ANY, write_bytes
from .model import Document, Segment

if TYPE_CHECKING:
    import polib

# Characters a PO file cannot carry (NUL ends a C string; EOT separates msgctxt from msgid in .mo).
_UNSAFE = str.maketrans({"\x00": "\u2400", "\x04": "\u2404"})


def catalog_text(raw: str) -> str:
    """A draft's text as it is written into a catalog (see the module docs)."""
    return raw.replace("\r\n", "\n").translate(_UNSAFE)


def draft_text(msgstr: str, line_ending: str) -> str:
    """A translation as it is written back into a draft whose lines end with ``line_ending``."""
    text = msgstr.replace("\r\n", "\n")
    return text.replace("\n", line_ending) if line_ending != "\n" else text


def segment_keys(doc: Document) -> list[str]:
    """The stable key of each of ``doc``'s segments, in segment order."""
    keys, seen = [], Counter[str]()
    for segment in doc.segments:
        normal = " ".join(catalog_text(segment.raw).split())
        digest = hashlib.blake2b(normal.encode("utf-8"), digest_size=5).hexdigest()
        keys.append(f"{digest}-{seen[digest]}")
        seen[digest] += 1
    return keys


def line_ending(doc: Document, segment: Segment) -> str:
    """The line ending a translation of ``segment`` gets: the segment's own, else its line's."""
    if "\n" in segment.raw:
        return "\r\n" if "\r\n" in segment.raw else "\n"
    newline = doc.text.find("\n", segment.end)
    if newline == -1:  # the last line has no ending: take the document's first one
        newline = doc.text.find("\n")
    return "\r\n" if newline > 0 and doc.text[newline - 1] == "\r" else "\n"


class CatalogError(ValueError):
    """A catalog that cannot be read: which file, and what is wrong with it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


# polib re-wraps strings and comments longer than its wrap width when it writes, which would rewrite
# a translator's long comment into several lines. 0 turns wrapping off: every string and comment is
# written back on the lines it had in the entry, nothing of the translator's is reshaped.
WRAP_WIDTH = 0


# The largest catalog read (the Python documentation's, 12.3 MB, is the largest real one we know).
MAX_CATALOG_SIZE = 64 * 1024 * 1024


def read_catalog(path: str) -> "polib.POFile":
    """Parse the catalog at ``path`` with polib; any failure becomes one ``CatalogError``."""
    return read_catalog_bytes(path)[0]


def read_catalog_bytes(path: str) -> tuple["polib.POFile", bytes]:
    """The catalog at ``path`` and the exact bytes it was parsed from (to tell later whether it changed).

    Only a regular file is read (never a FIFO, which would block), in the charset its header names.
    """
    import polib

    try:
        data = files.read_regular(path, MAX_CATALOG_SIZE)
    except files.InputError as error:
        raise CatalogError(path, f"cannot read catalog: {error.reason.removeprefix('cannot read: ')}") from None
    charset = polib.detect_encoding(data)
    try:
        return parse_text(data.decode(charset), charset), data
    except (OSError, ValueError, UnicodeDecodeError, IndexError, LookupError) as error:  # polib: OSError for syntax
        reason = str(error).replace(" in po file ", " ")  # "in po file" says nothing: we name the file
        raise CatalogError(path, f"cannot read catalog: {reason}") from None


class _CatalogText(str):
    """Catalog text handed to polib, which splits it with ``splitlines``: split as a file is read instead.

    ``str.splitlines`` also breaks at U+0085, U+2028 and other characters a msgstr may hold; a file
    read in text mode breaks only at CR, LF and CRLF.
    """

    def splitlines(self, keepends: bool = False) -> list[str]:  # type: ignore[override]
        lines = io.StringIO(str(self), newline=None).readlines()  # universal newlines, as open() reads
        return lines if keepends else [line.removesuffix("\n") for line in lines]


def parse_text(text: str, charset: str = "utf-8") -> "polib.POFile":
    """A catalog from its text, split into lines as a file is (see ``_CatalogText``); polib's errors pass."""
    import polib

    # polib reads a string that names an existing file as that file: catalog text has a line break.
    return polib.pofile(_CatalogText(text if "\n" in text else text + "\n"), encoding=charset, wrapwidth=WRAP_WIDTH)


def catalog_bytes(catalog: "polib.POFile") -> bytes:
    """What ``write_catalog`` writes for ``catalog``: UTF-8, never re-wrapped, one final newline."""
    catalog.wrapwidth = WRAP_WIDTH  # also for a catalog polib read or built elsewhere
    return (str(catalog).rstrip("\n") + "\n").encode("utf-8", "backslashreplace")


def write_catalog(path: str, catalog: "polib.POFile", unchanged: bytes | None | object = ANY) -> bool:
    """Write ``catalog`` atomically; return False (and leave the file alone) when nothing changed.

    ``unchanged``: the bytes the catalog was merged from (None: there was no file); when the file
    holds something else by the time of the rename, ``ChangedMeanwhile`` is raised and nothing is
    written (see ``l10n_check.atomic``).
    """
    data = catalog_bytes(catalog)
    if unchanged is not ANY and unchanged == data:
        return False
    if unchanged is ANY:
        try:
            if files.read_regular(path, MAX_CATALOG_SIZE) == data:
                return False
        except files.InputError:
            pass
    atomic_write(path, data, unchanged)
    return True


def atomic_write(path: str, data: bytes, unchanged: bytes | None | object = ANY) -> None:
    """Write ``data`` to ``path`` atomically (see ``l10n_check.atomic``)."""
    write_bytes(path, data, unchanged)
