"""Gettext catalogs for translators: the paragraphs that need a human hand, and the glossary decisions.

``export(report, directory)`` writes, for each draft of a run,
``DIRECTORY/<lang>/LC_MESSAGES/<draft>.po`` (the draft's path under the folder scanned, without its
suffix: ``a/article.po``) with one entry per segment that has findings:

- msgctxt: the segment's stable key (see ``l10n_check.catalog``); msgid: the segment as it stands;
- msgstr: empty when the segment is wholly untranslated, otherwise the current text flagged fuzzy,
  so that nothing is taken back without a human look;
- ``#:`` the draft's path and the segment's first line; ``#.`` each finding in a translator's words
  (check, place, offending text, message, suggestion) and the sentence around it when the segment
  holds more than that sentence.

It also writes ``glossary.po``: one entry per name or term decision that variant checks reported
(findings whose ``data`` is ``{"dominant", "variants", "kind"}``), msgctxt the kind, msgid the dominant
form, msgstr prefilled with it and fuzzy until a person confirms or replaces it.

An existing catalog is merged, never overwritten (``pomerge``), and every write is atomic.
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

from .. import __version__
from ..atomic import ChangedMeanwhile, locked
from ..catalog import WRAP_WIDTH, CatalogError, catalog_text, read_catalog_bytes, segment_keys, write_catalog
from ..model import Document, Finding
from ..readers import Problem
from ..report import Report, output_stem
from ..textutil import is_foreign_block, shorten_around
from .pomerge import Candidate, MergeStats, merge

if TYPE_CHECKING:
    import polib

GLOSSARY_STEM = "glossary"
# Checks whose finding means the whole segment is in the wrong language: its msgstr starts empty.
WHOLLY_UNTRANSLATED = frozenset({"untranslated-paragraph"})
DECISION_KINDS = ("name", "term")
# Plural-Forms by language, from the GNU gettext manual ("Plural forms"); others get the English rule.
PLURAL_FORMS = {
    **dict.fromkeys("ja ko zh vi th id ms lo my km".split(), "nplurals=1; plural=0;"),
    **dict.fromkeys("fr pt_BR".split(), "nplurals=2; plural=(n > 1);"),
}
DEFAULT_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
EXCERPT = 60  # longest offending text quoted in a comment, in code points


@dataclass(frozen=True)
class Written:
    """One catalog export touched: where, whether its bytes changed, and how the merge went."""

    path: str
    changed: bool
    stats: MergeStats

    def __str__(self) -> str:
        return f"{'wrote' if self.changed else 'unchanged'} {self.path} ({self.stats})"


def export(report: Report, directory: str) -> tuple[list[Written], list[Problem]]:
    """Write or merge every draft's catalog and the glossary under ``directory``.

    A draft's catalog is named by the draft's name in the run (``a/article.md`` →
    ``a/article.po``), so drafts with one file name in two folders each get their own. While the
    catalogs are merged and written the folder is locked against other l10n-check runs.
    """
    lang = gettext_lang(report.settings.get("target_lang") or _first_lang(report.documents))
    folder = os.path.join(directory, lang, "LC_MESSAGES")
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_path[finding.path].append(finding)
    written: list[Written] = []
    problems: list[Problem] = []
    stems = {doc.path: output_stem(report.name_of(doc.path)) for doc in report.documents}
    taken = Counter(stem.casefold() for stem in stems.values())
    with locked(folder):
        for doc in report.documents:
            stem = stems[doc.path]
            if taken[stem.casefold()] > 1 or stem.casefold() == GLOSSARY_STEM:
                problems.append(Problem(doc.path, f"no catalog written: '{stem}.po' would be shared with another file"))
                continue
            header = Header(project=stem, lang=lang, created=creation_date([doc]), about=doc.path)
            target = os.path.join(folder, *f"{stem}.po".split("/"))
            _export_one(target, header, lambda known, doc=doc: draft_candidates(doc, by_path[doc.path], known),
                        written, problems)
        created = creation_date(report.documents)
        header = Header(project=GLOSSARY_STEM, lang=lang, created=created, about="the name and term decisions of this run")
        target = os.path.join(folder, f"{GLOSSARY_STEM}.po")
        _export_one(target, header, lambda known: glossary_candidates(report.findings), written, problems)
    return written, problems


@dataclass(frozen=True)
class Header:
    """What the catalog header says: project (the draft's name), language, creation date, subject."""

    project: str
    lang: str
    created: str
    about: str


Build = Callable[[set[tuple[str | None, str]]], list[Candidate]]

# How often a catalog that someone saved during the merge is merged again before giving up.
MERGE_ATTEMPTS = 3


def _export_one(target: str, header: Header, build: Build, written: list[Written], problems: list[Problem]) -> None:
    """Merge ``build(known_keys)``'s candidates into the catalog at ``target``; skip empty new ones.

    The catalog is read, merged and written only if it still holds what was read just before the
    rename; a translator who saved it meanwhile gets their text merged in again, and after
    ``MERGE_ATTEMPTS`` such saves the catalog is left as they saved it and the problem reported.
    """
    for _ in range(MERGE_ATTEMPTS):
        try:
            old, before = read_catalog_bytes(target) if os.path.lexists(target) else (None, None)
        except CatalogError as error:  # never overwrite a catalog we cannot read: it may hold work
            problems.append(Problem(error.path, error.reason))
            return
        known = {(e.msgctxt, e.msgid) for e in old} if old is not None else set()
        candidates = build(known)
        if old is None and not any(c.needed for c in candidates):
            return
        entries, stats = merge(list(old) if old is not None else [], candidates)
        catalog = new_catalog(header, old)
        catalog.extend(entries)
        try:
            written.append(Written(target, write_catalog(target, catalog, before), stats))
            return
        except ChangedMeanwhile:
            continue
        except OSError as error:
            problems.append(Problem(target, f"cannot write catalog: {error.strerror or error}"))
            return
    problems.append(Problem(target, "not written: the catalog kept changing while it was merged (saved by "
                                    "someone?); it is left as they saved it: run the export again"))


def new_catalog(header: Header, old: "polib.POFile | None" = None) -> "polib.POFile":
    """An empty catalog with a complete header; an old catalog's header fields and comment are kept."""
    import polib

    catalog = polib.POFile(wrapwidth=WRAP_WIDTH)
    catalog.header = old.header if old is not None and old.header else (
        f"Translation catalog for {one_line(header.about)}, written by l10n-check.\n"
        "Fill in msgstr and clear the fuzzy flag for each entry you accept, then run\n"
        "  l10n-check apply THIS.po DRAFT\n"
        "to write the translations back into the draft."
    )
    metadata = {
        "Project-Id-Version": one_line(header.project),
        "Report-Msgid-Bugs-To": "",
        "PO-Revision-Date": header.created,  # not gettext's placeholder, which msgfmt warns about
        "Last-Translator": "",
        "Language-Team": "none",
        "Language": header.lang,
        "Plural-Forms": PLURAL_FORMS.get(header.lang, PLURAL_FORMS.get(header.lang.split("_")[0], DEFAULT_PLURAL_FORMS)),
    }
    if old is not None:
        metadata.update(old.metadata)
    metadata.update({  # what l10n-check owns: the file is always written as UTF-8 by this version
        "POT-Creation-Date": header.created,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"l10n-check {__version__}",
    })
    catalog.metadata = {key: one_line(value) for key, value in metadata.items()}
    return catalog


def draft_candidates(doc: Document, findings: Sequence[Finding], known: set[tuple[str | None, str]]) -> list[Candidate]:
    """One candidate per segment with findings, plus unflagged segments an old entry still names."""
    import polib

    by_segment: dict[int, list[Finding]] = defaultdict(list)  # keyed by the segment's start
    for finding in findings:
        segment = doc.segment_at(finding.offset)
        if segment is not None:  # a finding outside every segment has no paragraph to translate
            by_segment[segment.start].append(finding)
    candidates = []
    for segment, key in zip(doc.segments, segment_keys(doc)):
        msgid = catalog_text(segment.raw)
        flagged = by_segment.get(segment.start)
        if not flagged and (key, msgid) not in known:
            continue
        line = doc.position(segment.start)[0]
        entry = polib.POEntry(msgctxt=key, msgid=msgid, occurrences=[(reference(doc.path), str(line))])
        if flagged:
            untranslated = any(f.check in WHOLLY_UNTRANSLATED for f in flagged) or is_foreign_block(
                segment.prose, doc.target_lang
            )
            entry.msgstr = "" if untranslated else msgid
            entry.flags = [] if untranslated else ["fuzzy"]
            entry.comment = "\n".join(line for f in flagged for line in describe(f, segment.raw))
        else:
            entry.comment = "No finding left here; kept for its translation, not yet applied."
        candidates.append(Candidate(entry, needed=bool(flagged)))
    return candidates


def describe(finding: Finding, segment_text: str) -> list[str]:
    """Extracted-comment lines for one finding: what, where, the text, the fix, the sentence."""
    head = f"{finding.check} ({finding.severity}) at line {finding.line}, column {finding.column}"
    if finding.text and f"'{finding.text}'" not in finding.message:
        head += f" '{shorten_around(finding.text, 0, 0, EXCERPT)}'"
    lines = [f"{head}: {finding.message}"]
    suggestion = (finding.suggestion or "").strip()
    if suggestion and suggestion not in finding.message:
        lines.append(f"  suggestion: {suggestion}")
    whole = " ".join(segment_text.split())
    # The sentence around helps when the segment holds more than it and the finding is not all of it.
    if finding.context and " ".join(finding.context.split()) != whole and " ".join(finding.text.split()) != whole:
        lines.append(f"  in: {finding.context}")
    return [one_line(line) for line in lines]


@dataclass
class _Decision:
    variants: Counter
    places: set
    notes: set


def glossary_candidates(findings: Iterable[Finding]) -> list[Candidate]:
    """One entry per (kind, dominant form) that variant findings report, sorted by kind and form."""
    import polib

    decisions: dict[tuple[str, str], _Decision] = {}
    counted: set[tuple] = set()
    for finding in findings:
        shape = decision(finding.data)
        if shape is None:
            continue
        kind, dominant, variants = shape
        item = decisions.setdefault((kind, dominant), _Decision(Counter(), set(), set()))
        signature = (kind, dominant, tuple(sorted(variants.items())))
        if signature not in counted:  # the same counts repeated on every hit of one report add once
            counted.add(signature)
            item.variants.update(variants)
        item.places.add((finding.path, finding.line))
        item.notes.add(one_line((finding.suggestion or "").strip()))
    candidates = []
    for (kind, dominant), item in sorted(decisions.items(), key=lambda pair: (pair[0][0], pair[0][1].casefold(), pair[0][1])):
        msgid = catalog_text(dominant)
        ranked = sorted(item.variants.items(), key=lambda pair: (-pair[1], pair[0]))
        comment = [
            f"{kind} written {len(ranked)} ways: " + ", ".join(f"'{form}' ×{count}" for form, count in ranked),
            *(f"suggestion: {note}" for note in sorted(item.notes) if note),
            f"Put the {kind} to use everywhere in msgstr and clear the fuzzy flag.",
        ]
        entry = polib.POEntry(
            msgctxt=kind, msgid=msgid, msgstr=msgid, flags=["fuzzy"],
            occurrences=[(reference(path), str(line)) for path, line in sorted(item.places)],
            comment="\n".join(one_line(line) for line in comment),
        )
        candidates.append(Candidate(entry, aliases=frozenset(catalog_text(form) for form in item.variants)))
    return candidates


def decision(data: Mapping[str, Any] | None) -> tuple[str, str, dict[str, int]] | None:
    """``(kind, dominant, variants)`` when ``data`` has the variant-check shape, else None."""
    if not isinstance(data, Mapping) or data.get("kind") not in DECISION_KINDS:
        return None
    dominant, variants = data.get("dominant"), data.get("variants")
    if not isinstance(dominant, str) or not dominant.strip() or not isinstance(variants, Mapping):
        return None
    counts = {form: count for form, count in variants.items() if isinstance(form, str) and isinstance(count, int)}
    return data["kind"], dominant, counts


def one_line(text: str) -> str:
    """``text`` with control characters and line or paragraph separators written as escapes."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
    )


def reference(path: str) -> str:
    """A draft path for a ``#:`` line: isolated in U+2068…U+2069 when it holds spaces, as gettext does."""
    path = one_line(path)
    return f"\u2068{path}\u2069" if any(ch.isspace() for ch in path) else path


def gettext_lang(tag: str) -> str:
    """``"en-GB"`` → ``"en_GB"``: the form of Language headers and locale directories."""
    parts = tag.replace("-", "_").split("_")
    return "_".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p for p in parts[1:])])


def creation_date(documents: Sequence[Document]) -> str:
    """POT-Creation-Date: ``SOURCE_DATE_EPOCH`` when set, else the newest draft's modification time.

    Taken from the inputs, never the clock, so that the same drafts give the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        stamp = int(epoch)
    else:
        stamp = max((_mtime(doc.path) for doc in documents), default=0)
    return time.strftime("%Y-%m-%d %H:%M+0000", time.gmtime(stamp))


def _mtime(path: str) -> int:
    try:
        return int(os.stat(path).st_mtime)
    except OSError:
        return 0


def _first_lang(documents: Sequence[Document]) -> str:
    return documents[0].target_lang if documents else "en"
