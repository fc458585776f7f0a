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
import os
from collections import Counter
from typing import TYPE_CHECKING

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


def read_catalog(path: str) -> "polib.POFile":
    """Parse the catalog at ``path`` with polib; any failure becomes one ``CatalogError``."""
    import polib

    try:
        with open(path, "rb"):  # polib would parse a path that does not exist as catalog text
            pass
        return polib.pofile(path, wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError, UnicodeDecodeError, IndexError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        reason = reason.replace(f" in po file {path} ", " ")  # polib names the file; we already do
        raise CatalogError(path, f"cannot read catalog: {reason}") from None


def write_catalog(path: str, catalog: "polib.POFile") -> bool:
    """Write ``catalog`` atomically; return False (and leave the file alone) when nothing changed."""
    catalog.wrapwidth = WRAP_WIDTH  # also for a catalog polib read or built elsewhere
    data = (str(catalog).rstrip("\n") + "\n").encode("utf-8")
    try:
        with open(path, "rb") as handle:
            if handle.read() == data:
                return False
    except OSError:
        pass
    atomic_write(path, data)
    return True


def atomic_write(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see ``l10n_check.atomic``)."""
    from .atomic import write_bytes

    write_bytes(path, data)

