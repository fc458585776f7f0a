"""Write a catalog's translations back into its draft: ``l10n-check apply CATALOG.po DRAFT``.

Only entries with a non-empty msgstr that is not fuzzy are applied, and only where the draft still
holds the entry's msgid at the segment its msgctxt names (see ``l10n_check.catalog``). Any entry that
cannot be placed is a conflict, and then nothing is written at all. Everything outside the replaced
segments stays byte for byte as it was: encoding (UTF-8, or UTF-16/32 with its BOM), BOM, line
endings, trailing spaces, the last line's missing newline. A draft that is a symbolic link is
written at its target; a draft saved by someone else while ``apply`` ran is left alone.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from . import files
from .catalog import CatalogError, atomic_write, catalog_text, draft_text, line_ending, read_catalog, segment_keys
from .model import Document
from .readers import Problem, decode, encoding_of, parse

if TYPE_CHECKING:
    import polib


@dataclass(frozen=True)
class Conflict:
    """An entry that could not be placed in the draft, and why."""

    catalog: str
    line: int
    key: str
    reason: str

    def __str__(self) -> str:
        return f"{self.catalog}:{self.line}: entry {self.key!r}: {self.reason}"


@dataclass(frozen=True)
class Outcome:
    """The draft before and after, how many entries were applied and what conflicted."""

    before: bytes
    after: bytes
    applied: int
    conflicts: tuple[Conflict, ...]
    draft: str = ""  # the draft's path, so that writing over it can check nobody saved it meanwhile


def apply_file(catalog_path: str, draft_path: str, max_size: int = files.DEFAULT_MAX_SIZE) -> Outcome | Problem:
    """Read both files and work out the new draft; nothing is written here."""
    try:
        catalog = read_catalog(catalog_path)
    except CatalogError as error:
        return Problem(error.path, error.reason)
    try:
        before = files.read_regular(draft_path, max_size)
    except files.InputError as error:
        return Problem(draft_path, error.reason)
    text = decode(draft_path, before)
    if isinstance(text, Problem):
        return Problem(draft_path, text.message)  # a binary draft is an error here, not a note
    doc = parse(draft_path, text, "zh", "en")  # segmentation does not depend on the languages
    updated, applied, conflicts = apply_catalog(catalog, catalog_path, doc)
    # Written back as it was read: UTF-8, or UTF-16/32, with its byte-order mark if it had one.
    after = encoding_of(before).encode(updated)
    return Outcome(before, after, applied, conflicts, draft_path)


def apply_catalog(catalog: "polib.POFile", catalog_path: str, doc: Document) -> tuple[str, int, tuple[Conflict, ...]]:
    """``doc.text`` with every translated entry put in place, the count, and the conflicts."""
    index = {key: i for i, key in enumerate(segment_keys(doc))}
    replacements: dict[int, str] = {}
    accepted: set[int] = set()
    conflicts = []
    for entry in translated(catalog):
        position = index.get(entry.msgctxt) if entry.msgctxt is not None else None
        segment = doc.segments[position] if position is not None else None
        if segment is None or position in accepted:
            reason = "the draft no longer holds this text (changed, moved among its copies, or removed)"
            if entry.msgctxt is None:
                reason = "no msgctxt: not an entry of a catalog l10n-check exported for a draft"
            conflicts.append(Conflict(catalog_path, entry.linenum, entry.msgctxt or "", reason))
        elif catalog_text(segment.raw) != entry.msgid:
            conflicts.append(Conflict(catalog_path, entry.linenum, entry.msgctxt, "the draft's text there differs from msgid"))
        else:
            accepted.add(position)
            if entry.msgstr != entry.msgid:  # a text accepted as it stands keeps its exact bytes
                replacements[position] = draft_text(entry.msgstr, line_ending(doc, segment))
    pieces, cursor = [], 0
    for position in sorted(replacements):
        segment = doc.segments[position]
        pieces += [doc.text[cursor : segment.start], replacements[position]]
        cursor = segment.end
    pieces.append(doc.text[cursor:])
    return "".join(pieces), len(accepted), tuple(conflicts)


def translated(catalog: "polib.POFile") -> Iterator["polib.POEntry"]:
    """Entries a person has finished: active, not fuzzy, with a msgstr that is not blank."""
    for entry in catalog:
        if not entry.obsolete and "fuzzy" not in entry.flags and entry.msgstr.strip():
            yield entry


def unified_diff(before: bytes, after: bytes, old_name: str, new_name: str) -> str:
    """A unified diff of two drafts, every line ending shown as ``\\n`` so the diff reads anywhere."""
    old, new = (_lines(_text(data)) for data in (before, after))
    return "".join(difflib.unified_diff(old, new, old_name, new_name))


def _text(data: bytes) -> str:
    """A draft's bytes as text in the encoding its BOM names, for showing."""
    encoding = encoding_of(data)
    return data[len(encoding.bom):].decode(encoding.codec, "replace")


def _lines(text: str) -> list[str]:
    """Lines split on ``\\n`` only (never on U+2028 and the like), each ending with ``\\n``."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") + "\n" for line in lines]


def write(outcome: Outcome, path: str) -> None:
    """Write the new draft atomically, through a symbolic link to the file it names.

    Over the draft itself, only if it still holds what was read: a draft saved by someone while the
    catalog was applied raises ``ChangedMeanwhile`` and is left as they saved it.
    """
    same = bool(outcome.draft) and os.path.realpath(path) == os.path.realpath(outcome.draft)
    if same:
        atomic_write(path, outcome.after, outcome.before)
    else:
        atomic_write(path, outcome.after)
