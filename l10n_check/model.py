"""The data l10n-check passes around: documents, segments, hits and findings.

Everything here is a frozen dataclass. Offsets inside the program are 0-based, half-open and counted
in code points over ``Document.text``; 1-based line and column numbers exist only on ``Finding`` and
``Location``, which are what the outside world sees.
"""

from __future__ import annotations

import bisect
import enum
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence


class Severity(enum.IntEnum):
    """How bad a finding is; the integer order is the order of ``--fail-on``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> "Severity":
        """``"warning"`` → ``Severity.WARNING``; raises ``ValueError`` naming the bad value."""
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (expected error, warning or info)") from None


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of code points in ``Document.text``."""

    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """One block of a document: a paragraph, heading, list item or catalog entry.

    ``raw`` is the text exactly as written; ``prose`` has the same length with everything that is
    not prose (code, URLs, e-mail addresses, HTML tags, link targets) replaced by spaces, so an offset
    into one is an offset into the other. Checks that read language read ``prose``; checks that look
    at markup read ``raw``.
    """

    start: int
    end: int
    raw: str
    prose: str
    kind: str = "paragraph"  # paragraph | heading | item | quote | entry
    key: str = ""  # stable identity: a PO msgctxt/msgid, an XLIFF unit id; "" for drafts
    source: str | None = None  # the source-language text when known (bilingual files)
    # ``source`` masked as ``prose`` masks the target (placeholders, code, markup), same length.
    source_prose: str | None = None
    # A bilingual unit's state: "" finished, "fuzzy" (needs review), "untranslated" (empty target);
    # the engine checks unfinished units only when asked (``Config.include_fuzzy``).
    state: str = ""
    flags: tuple[str, ...] = ()  # a PO entry's flags (c-format, python-format, no-c-format...)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


_LINE_BREAK = re.compile("\n")


@dataclass(frozen=True)
class Document:
    """A file read into segments. ``text`` is the decoded file without a BOM, line endings kept."""

    path: str
    text: str
    segments: tuple[Segment, ...]
    source_lang: str = "zh"
    target_lang: str = "en"
    line_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)
    segment_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "segment_starts", tuple(s.start for s in self.segments))
        if not self.line_starts:
            # Where each line break ends, found in C: 0.06 s for a 12 MB catalog of 290,000 lines,
            # where accumulating the lines' lengths through a Python function took 0.14 s.
            starts = (0, *[match.end() for match in _LINE_BREAK.finditer(self.text)])
            object.__setattr__(self, "line_starts", starts)

    @property
    def bilingual(self) -> bool:
        """Whether a segment carries its source or a translation state (a catalog, an XLIFF file):
        what the bilingual checks read, and all they read."""
        return any(segment.source is not None or segment.state for segment in self.segments)

    def position(self, offset: int) -> tuple[int, int]:
        """0-based offset → 1-based (line, column) in code points."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line ending."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def segment_at(self, offset: int) -> Segment | None:
        """The segment that contains ``offset``, if any."""
        index = bisect.bisect_right(self.segment_starts, offset) - 1
        if index >= 0 and self.segments[index].start <= offset < max(
            self.segments[index].end, self.segments[index].start + 1
        ):
            return self.segments[index]
        return None


@dataclass(frozen=True)
class Related:
    """Another place a hit points to: ``path`` None means the hit's own document."""

    start: int
    end: int
    note: str
    path: str | None = None


@dataclass(frozen=True)
class Hit:
    """What a check yields: a span in one document and what is wrong there.

    Checks never know their severity or the 1-based position; the engine adds both.
    ``context`` defaults to the sentence around the span when left empty.

    ``data`` carries structured facts for renderers (HTML report tables, glossary catalogs). Checks
    that report variants of one name or term use the shape
    ``{"dominant": "Wang Xiaoming", "variants": {"Wang Xiaoming": 23, "Xiaoming Wang": 1}, "kind": "name"}``.
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    related: tuple[Related, ...] = ()
    context: str | None = None
    data: Mapping[str, Any] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Location:
    """A 1-based place in a file, for related locations in a finding."""

    path: str
    line: int
    column: int
    text: str
    note: str


@dataclass(frozen=True)
class Finding:
    """One reported problem, as every output format sees it. Immutable; sorted by place."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    check: str
    severity: Severity
    message: str
    text: str = ""
    context: str = ""
    suggestion: str | None = None
    related: tuple[Location, ...] = ()
    # start offset and free-form data for renderers (HTML report, catalogs); not part of the JSON contract
    offset: int = field(default=0, compare=False)
    data: Mapping[str, Any] | None = field(default=None, compare=False, hash=False)

    def sort_key(self) -> tuple:
        """Findings are reported by file, then place, then check: the same order every run."""
        return (self.path, self.line, self.column, self.end_line, self.end_column, self.check, self.message)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (version 1) for one finding."""
        return {
            "check": self.check,
            "severity": str(self.severity),
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "message": self.message,
            "context": self.context,
            "suggestion": self.suggestion,
            "related": [
                {"path": r.path, "line": r.line, "column": r.column, "text": r.text, "note": r.note}
                for r in self.related
            ],
        }


@dataclass(frozen=True)
class Context:
    """What a check may know besides the document: languages and shared resources.

    ``resources`` holds run-wide objects such as a glossary or names list, keyed by name, so that a
    later feature adds a resource without changing every check's signature.
    """

    source_lang: str = "zh"
    target_lang: str = "en"
    resources: Mapping[str, Any] = field(default_factory=dict)
    # Per-document facts of cross-document checks, by check name then path (see ``Check.extract``).
    facts: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def fact(self, check: str, doc: "Document", compute: Callable[["Document"], Any]) -> Any:
        """The fact ``check`` extracted from ``doc`` where it was read, or ``compute(doc)`` now."""
        found = self.facts.get(check, {})
        return found[doc.path] if doc.path in found else compute(doc)


DocumentRun = Callable[[Document, Any, Context], Iterable[Hit]]
CorpusRun = Callable[[Sequence[Document], Any, Context], Iterable[tuple[Document, Hit]]]


# ``Check.target_langs`` of the checks of English prose, idiom and romanization: they have nothing
# to say of a target in another language (an English→Chinese catalog).
ENGLISH_TARGETS: tuple[str, ...] = ("en",)


@dataclass(frozen=True)
class Check:
    """A registered check: its id, default severity, docs, options type and entry point.

    Exactly one of ``run`` (one document at a time) and ``run_corpus`` (all documents of a run at
    once, for cross-document consistency) is set.
    """

    name: str
    category: str
    severity: Severity
    doc: str
    options: type
    run: DocumentRun | None = None
    run_corpus: CorpusRun | None = None
    # For a corpus check: what it needs from one document, computed in the worker process that read
    # the document, so the parent's cross-document pass only combines (see ``Context.fact``). Called
    # with the document and the check's options: a check that judges each draft alone by default
    # can hand on its findings instead of what it read.
    extract: Callable[[Document, Any], Any] | None = None
    # Loads what the check otherwise loads lazily on first need (language profiles, dictionaries).
    # Called before worker processes fork, so that they share one copy instead of loading one each.
    warm_up: Callable[[], None] | None = None
    # Whether the check compares a translation with its source (bilingual checks). Checks that
    # judge the target alone are not told about what the target copied verbatim from its source.
    bilingual: bool = False
    # Target languages the check is written for (base tags such as "en"); empty: any language. The
    # engine runs the check only on documents translated into one of them (``ENGLISH_TARGETS``).
    target_langs: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """The first line of the docs, for ``l10n-check checks``."""
        return (self.doc or "").strip().splitlines()[0] if self.doc else ""
