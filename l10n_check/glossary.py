"""One glossary model for terms and names, read from the files translators already have.

A glossary is a tuple of ``Entry`` objects: an approved rendering (``target``), other acceptable
renderings (``admitted``: TBX admitted terms, accepted variants of a name), renderings that must not
be used (``forbidden``: TBX deprecated and superseded terms, the CSV ``forbidden`` column), and the
source-language terms they translate. Names are entries of ``kind="name"``: a canonical form, its
accepted variants and ``never_flag`` for forms other checks must leave alone.

Readers, chosen by file suffix:
- CSV (``.csv``; ``.tsv`` with tabs): header ``source,target,forbidden,note,case-sensitive``, optional
  ``admitted``, ``kind``, ``never-flag``; several forbidden or admitted forms separated by ``|``;
  other columns (a translator's own) are ignored.
- PO (``.po``, ``.pot``): msgid = source term, msgstr = approved rendering; comment lines
  ``forbidden: a | b``, ``admitted: ...``, ``note: ...``, ``case-sensitive: yes``, ``kind: name``.
  Fuzzy, obsolete and untranslated entries are not yet approved and are skipped.
- TBX (``.tbx``, ``.xml``): TBX-Basic / TBX 2008 (``martif``, ``termEntry``, ``langSet``, ``tig`` or
  ``ntig``) and TBX v3 (``tbx``, ``conceptEntry``, ``langSec``, ``termSec``), in DCA style
  (``termNote type="administrativeStatus"``) or DCT style (``basic:administrativeStatus``), with
  preferred, admitted, deprecated and superseded statuses (and the older ``normativeAuthorization``).
  Parsed with defusedxml: entities and external references are refused.

Loading is I/O and raises ``GlossaryError`` with a one-line message naming the file; everything else
here is pure.
"""

from __future__ import annotations

import csv
import functools
import io
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from . import files
from .termmatch import PhraseMatcher, phrase_key

KINDS = ("term", "name")
ROLES = ("approved", "forbidden")


class GlossaryError(ValueError):
    """A glossary file that cannot be used; the message names the file (and line) and the problem."""


@dataclass(frozen=True)
class Entry:
    """One concept: how to render it, how not to, and what it translates."""

    target: str  # the approved (preferred) rendering; "" when only forbidden forms are known
    sources: tuple[str, ...] = ()
    admitted: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    note: str = ""
    case_sensitive: bool | None = None  # None: exact case only for forms holding an acronym (US, AI)
    kind: str = "term"  # "term" | "name"
    never_flag: bool = False  # names: other checks must not report the approved forms as errors
    origin: str = ""  # "path:line" where the entry was read, for messages

    @property
    def approved(self) -> tuple[str, ...]:
        """The target and every admitted form."""
        return tuple(form for form in (self.target, *self.admitted) if form)

    def exact_case(self, form: str) -> bool:
        """Whether ``form`` must be matched with its exact capitalisation.

        Also when a forbidden form differs from an approved one only by case (``Top three`` against
        ``Top Three``): only the case can tell them apart.
        """
        if self.case_sensitive is not None:
            return self.case_sensitive
        if any(len(word) >= 2 and word.isupper() for word in form.replace("-", " ").split()):
            return True
        return _differ_only_by(self, str.casefold)

    def exact_hyphens(self) -> bool:
        """Whether hyphens and spaces must match as written: a forbidden form differs from an approved one
        only by them (``Chinese speaking market`` against ``Chinese-speaking market``)."""
        return _differ_only_by(self, lambda form: "".join(form.casefold().replace("-", " ").split()))

    def brief_note(self, limit: int = 80) -> str:
        """The note's first clause, cut at a word to about ``limit`` code points: what a message quotes."""
        first = self.note.split(";")[0].strip()
        if len(first) <= limit:
            return first
        return first[:limit].rsplit(" ", 1)[0].rstrip(",:") + "…"


def _differ_only_by(entry: Entry, key: Callable[[str], str]) -> bool:
    """Whether a forbidden form of ``entry`` and an approved one are one under ``key`` but not equal."""
    approved = {key(form): form for form in entry.approved}
    return any(key(form) in approved and approved[key(form)] != form for form in entry.forbidden)


@dataclass(frozen=True)
class TermRef:
    """What the combined matcher returns for a phrase: which entry, which form, in which role."""

    index: int
    form: str
    role: str  # "approved" | "forbidden"


@dataclass(frozen=True)
class Glossary:
    """Every entry of every glossary file given; empty when none was."""

    entries: tuple[Entry, ...] = ()
    paths: tuple[str, ...] = field(default=(), compare=False)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def merged(self, other: "Glossary") -> "Glossary":
        """This glossary followed by ``other``, as when ``--glossary`` is given twice."""
        return Glossary(self.entries + other.entries, self.paths + other.paths)

    @property
    def names(self) -> tuple[Entry, ...]:
        """Entries that are names (for the names checks)."""
        return tuple(e for e in self.entries if e.kind == "name")

    @functools.cached_property
    def known_keys(self) -> frozenset[str]:
        """Keys (``phrase_key``) of every approved form: what other checks accept without question."""
        return frozenset(phrase_key(form) for entry in self.entries for form in entry.approved)

    @functools.cached_property
    def target_matcher(self) -> PhraseMatcher[TermRef]:
        """One matcher over every approved and forbidden form of every entry."""
        return PhraseMatcher(_target_phrases(self.entries))

    def source_matcher(self, source_lang: str) -> PhraseMatcher[int]:
        """One matcher over every source term; word boundaries unless the source is Chinese/Japanese."""
        spaced = source_lang.replace("_", "-").split("-")[0].lower() not in _UNSPACED
        return self._spaced_source_matcher if spaced else self._unspaced_source_matcher

    @functools.cached_property
    def _spaced_source_matcher(self) -> PhraseMatcher[int]:
        return PhraseMatcher(self._source_phrases(), word_boundaries=True)

    @functools.cached_property
    def _unspaced_source_matcher(self) -> PhraseMatcher[int]:
        return PhraseMatcher(self._source_phrases(), word_boundaries=False)

    def _source_phrases(self) -> Iterator[tuple[str, int]]:
        return ((source, index) for index, entry in enumerate(self.entries) for source in entry.sources)


# Languages written without spaces between words: their source terms match anywhere.
_UNSPACED = frozenset({"zh", "ja", "th", "lo", "km", "my"})


def _target_phrases(entries: tuple[Entry, ...]) -> Iterator[tuple[str, TermRef]]:
    for index, entry in enumerate(entries):
        for form in entry.approved:
            yield form, TermRef(index, form, "approved")
        for form in entry.forbidden:
            yield form, TermRef(index, form, "forbidden")


# ---------------------------------------------------------------------------------------------------
# Reading


# Far above any real termbase export (a 5,000-term TBX is about 2 MB).
MAX_GLOSSARY_SIZE = 64 * 1024 * 1024


def load(path: str, source_lang: str = "zh", target_lang: str = "en") -> Glossary:
    """Read one glossary file by its suffix; raises ``GlossaryError`` naming the file."""
    suffix = os.path.splitext(path)[1].lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise GlossaryError(f"{path}: unknown glossary format {suffix or '(no suffix)'!r} (expected .csv, .tsv, .po, .tbx)")
    try:
        data = files.read_regular(path, MAX_GLOSSARY_SIZE)  # a regular file only: a FIFO would block
    except files.InputError as error:
        raise GlossaryError(str(error)) from None
    entries = reader(path, data, source_lang, target_lang)
    if not entries:
        raise GlossaryError(f"{path}: no glossary entries found")
    return Glossary(tuple(entries), (path,))


def load_all(paths: Iterable[str], source_lang: str = "zh", target_lang: str = "en") -> Glossary:
    """Every file in order, merged into one glossary."""
    glossary = Glossary()
    for path in paths:
        glossary = glossary.merged(load(path, source_lang, target_lang))
    return glossary


def _text(path: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise GlossaryError(f"{path}: not valid UTF-8 at byte offset {error.start}") from None


def split_forms(value: str) -> tuple[str, ...]:
    """``"a | b|c"`` → ``("a", "b", "c")``."""
    return tuple(part.strip() for part in value.split("|") if part.strip())


_TRUE = {"yes", "y", "true", "1", "x", "sensitive", "case-sensitive"}
_FALSE = {"", "no", "n", "false", "0", "insensitive", "case-insensitive"}


def parse_bool(value: str, where: str, name: str) -> bool | None:
    """A yes/no cell; empty is None (automatic). Anything else is a ``GlossaryError``."""
    value = value.strip().lower()
    if not value:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise GlossaryError(f"{where}: {name} must be yes or no, not {value!r}")


def _kind(value: str, where: str) -> str:
    value = value.strip().lower() or "term"
    if value not in KINDS:
        raise GlossaryError(f"{where}: kind must be term or name, not {value!r}")
    return value


_CSV_COLUMNS = {"source", "target", "forbidden", "note", "case-sensitive", "admitted", "kind", "never-flag"}


def read_csv(path: str, data: bytes, source_lang: str, target_lang: str) -> list[Entry]:
    """CSV (or TSV) with a header row; ``target`` is required, ``|`` separates several forms."""
    text = _text(path, data)
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(rows, None)
    if header is None:
        raise GlossaryError(f"{path}: empty file")
    columns = [cell.strip().lower().replace("_", "-").replace(" ", "-") for cell in header]
    if "target" not in columns:
        raise GlossaryError(f"{path}:1: no 'target' column in the header (expected source,target,forbidden,note,case-sensitive)")
    entries = []
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(columns) if name in _CSV_COLUMNS}
        where = f"{path}:{number}"
        entry = Entry(
            target=cells.get("target", ""),
            sources=split_forms(cells.get("source", "")),
            admitted=split_forms(cells.get("admitted", "")),
            forbidden=split_forms(cells.get("forbidden", "")),
            note=cells.get("note", ""),
            case_sensitive=parse_bool(cells.get("case-sensitive", ""), where, "case-sensitive"),
            kind=_kind(cells.get("kind", ""), where),
            never_flag=bool(parse_bool(cells.get("never-flag", ""), where, "never-flag")),
            origin=where,
        )
        entries.append(_checked(entry, where))
    return entries


def _checked(entry: Entry, where: str) -> Entry:
    if not entry.target and not entry.forbidden:
        raise GlossaryError(f"{where}: an entry needs a target or a forbidden form")
    return entry


def read_po(path: str, data: bytes, source_lang: str, target_lang: str) -> list[Entry]:
    """A gettext catalog as a glossary: msgid = source term, msgstr = approved rendering."""
    from .catalog import parse_text  # polib, lazily: only glossary runs need it

    try:
        catalog = parse_text(_text(path, data))
    except (OSError, ValueError) as error:
        raise GlossaryError(f"{path}: not a valid PO file: {error}") from None
    entries = []
    for item in catalog:
        target = item.msgstr or (item.msgstr_plural.get(0, "") if item.msgstr_plural else "")
        if item.obsolete or item.fuzzy or not target.strip():
            continue
        where = f"{path}:{item.linenum}"
        fields = _comment_fields(f"{item.comment}\n{item.tcomment}")
        entry = Entry(
            target=target.strip(),
            sources=(item.msgid.strip(),) if item.msgid.strip() else (),
            admitted=split_forms(fields.get("admitted", "")),
            forbidden=split_forms(fields.get("forbidden", "")),
            note=fields.get("note", ""),
            case_sensitive=parse_bool(fields.get("case-sensitive", ""), where, "case-sensitive"),
            kind=_kind(fields.get("kind", ""), where),
            never_flag=bool(parse_bool(fields.get("never-flag", ""), where, "never-flag")),
            origin=where,
        )
        entries.append(entry)
    return entries


def _comment_fields(comments: str) -> dict[str, str]:
    """``forbidden: a | b`` lines → fields; other lines join the note."""
    fields: dict[str, str] = {}
    notes = []
    for line in comments.splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower().replace("_", "-").replace(" ", "-")
        if sep and key in _CSV_COLUMNS:
            fields[key] = f"{fields[key]} | {value.strip()}" if key in fields and key != "note" else value.strip()
        elif line.strip():
            notes.append(line.strip())
    if notes:
        fields["note"] = " ".join(filter(None, [fields.get("note", ""), *notes]))
    return fields


READERS = {
    ".csv": read_csv,
    ".tsv": read_csv,
    ".po": read_po,
    ".pot": read_po,
}


def _read_tbx(path: str, data: bytes, source_lang: str, target_lang: str) -> list[Entry]:
    from .tbx import read_tbx  # lazily: XML parsing only for TBX glossaries

    return read_tbx(path, data, source_lang, target_lang)


READERS[".tbx"] = _read_tbx
READERS[".xml"] = _read_tbx
