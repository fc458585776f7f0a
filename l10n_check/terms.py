"""Candidate terms of a set of drafts, written as a glossary draft for a translator to confirm.

``extract(documents)`` finds what a project glossary should decide: names (romanized Chinese names
and other capitalized names, by the name checks' reading of the drafts), multiword terms that recur
(two- or three-word sequences with a capital or a hyphen, as ``term-variant`` reads them), and
acronyms with their definitions when the drafts give one. Each candidate carries its count, every
way it is written and where. ``WRITERS`` turns the candidates into CSV, PO or TBX that
``l10n_check.glossary`` reads back: the dominant form is the proposed rendering, other forms are
listed as variants to accept or forbid.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Sequence
from xml.sax.saxutils import escape, quoteattr

from . import __version__
from .model import Document

MIN_COUNT = 2  # a term used once is no decision yet


@dataclass
class Candidate:
    """One term to decide: its kind, the ways it is written with counts, and where."""

    kind: str  # name | term | acronym
    forms: Counter[str] = field(default_factory=Counter)
    places: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def dominant(self) -> str:
        return min(self.forms, key=lambda form: (-self.forms[form], form))

    @property
    def count(self) -> int:
        return sum(self.forms.values())

    def variants(self) -> list[str]:
        return sorted((f for f in self.forms if f != self.dominant), key=lambda f: (-self.forms[f], f))

    def summary(self) -> str:
        written = ", ".join(f"{form} ×{n}" for form, n in sorted(self.forms.items(), key=lambda p: (-p[1], p[0])))
        where = " ".join(self.places[:5]) + (" …" if len(self.places) > 5 else "")
        return "; ".join(filter(None, (f"{self.kind}, {self.count} uses: {written}", self.note, f"at {where}")))


def extract(documents: Sequence[Document]) -> list[Candidate]:
    """Names, recurring multiword terms and acronyms of ``documents``, most used first."""
    found: dict[tuple[str, str], Candidate] = {}
    _names(documents, found)
    _multiword(documents, found)
    _acronyms(documents, found)
    ranked = [c for c in found.values() if c.count >= MIN_COUNT or c.note]
    # "Tide TechFlow" inside "Deep Tide TechFlow", used as often: only the longer is a decision.
    ranked = [c for c in ranked if not any(_inside(c, other) for other in ranked)]
    return sorted(ranked, key=lambda c: (-c.count, c.kind, c.dominant.casefold(), c.dominant))


def _inside(short: Candidate, long: Candidate) -> bool:
    a, b = f" {short.dominant.casefold()} ", f" {long.dominant.casefold()} "
    return a != b and a in b and long.count >= short.count


def _add(found: dict[tuple[str, str], Candidate], kind: str, key: str, form: str, doc: Document, offset: int) -> None:
    candidate = found.setdefault((kind, key), Candidate(kind))
    candidate.forms[form] += 1
    line, _ = doc.position(offset)
    candidate.places.append(f"{doc.path}:{line}")


def _names(documents: Sequence[Document], found: dict[tuple[str, str], Candidate]) -> None:
    from .chinese.pinyin import strip_tones
    from .names.mentions import mentions

    for doc in documents:
        for mention in mentions(doc):
            if mention.han or mention.heading or len(mention.words) < 2:
                continue
            key = strip_tones(" ".join(sorted(w.lower().replace("-", "") for w in mention.words)))
            _add(found, "name", key, mention.text, doc, mention.start)


def _multiword(documents: Sequence[Document], found: dict[tuple[str, str], Candidate]) -> None:
    from .checks.term_variant import occurrences

    names = {key for kind, key in found if kind == "name"}
    for doc in documents:
        for occurrence in occurrences(doc):  # the sequences with a capital or a hyphen
            # A term by its shape: every word capitalized (Top Three) or a hyphenated compound.
            marked = all(w[:1].isupper() for w in occurrence.words) or "-" in occurrence.separators
            key = " ".join(w.lower() for w in occurrence.words)
            if marked and " ".join(sorted(key.split())) not in names:
                _add(found, "term", key, occurrence.form, doc, occurrence.start)


def _acronyms(documents: Sequence[Document], found: dict[tuple[str, str], Candidate]) -> None:
    from .checks.acronym import _definitions, _uses, common_acronyms

    common = common_acronyms()
    for doc in documents:
        definitions = _definitions(doc)
        for acronym, places in _uses(doc).items():
            if acronym in common:
                continue
            for start, _ in places:
                _add(found, "acronym", acronym, acronym, doc, start)
            if acronym in definitions:
                found[("acronym", acronym)].note = f"defined as '{definitions[acronym][0][2]}'"


def write_csv(candidates: Sequence[Candidate], source_lang: str, target_lang: str) -> str:
    """``source,target,forbidden,note,case-sensitive,kind``: source left for the translator."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["source", "target", "forbidden", "note", "case-sensitive", "kind"])
    for c in candidates:
        kind = "name" if c.kind == "name" else "term"
        writer.writerow(["", c.dominant, "|".join(c.variants()), c.summary(), "", kind])
    return buffer.getvalue()


def write_po(candidates: Sequence[Candidate], source_lang: str, target_lang: str) -> str:
    """One entry per candidate: msgctxt its kind, msgid and msgstr the dominant form.

    Not fuzzy: like the CSV and TBX drafts it reads back with ``--glossary`` as it stands (fuzzy
    entries are what a glossary reader skips).
    """
    import polib

    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Project-Id-Version": "glossary draft",
        "Language": target_lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"l10n-check {__version__}",
    }
    for c in candidates:
        comment = [c.summary()]
        if c.variants():
            comment.append("forbidden: " + " | ".join(c.variants()))
        if c.kind == "name":
            comment.append("kind: name")
        catalog.append(polib.POEntry(msgctxt=c.kind, msgid=c.dominant, msgstr=c.dominant, comment="\n".join(comment)))
    return str(catalog).rstrip("\n") + "\n"


def write_tbx(candidates: Sequence[Candidate], source_lang: str, target_lang: str) -> str:
    """TBX-Basic: the dominant form preferred, the other forms deprecated until a person decides."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<martif type="TBX-Basic" xml:lang="en">',
        "  <martifHeader><fileDesc><sourceDesc><p>Glossary draft by l10n-check "
        f"{escape(__version__)}: confirm every entry</p></sourceDesc></fileDesc></martifHeader>",
        "  <text><body>",
    ]
    for number, c in enumerate(candidates, start=1):
        lines.append(f'    <termEntry id="c{number}">')
        lines.append(f"      <note>{escape(c.summary())}</note>")
        lines.append(f"      <langSet xml:lang={quoteattr(target_lang)}>")
        pos = '<termNote type="partOfSpeech">properNoun</termNote>' if c.kind == "name" else ""
        for form, status in [(c.dominant, "preferredTerm-admn-sts")] + [(v, "deprecatedTerm-admn-sts") for v in c.variants()]:
            lines.append(f"        <tig><term>{escape(form)}</term>{pos}"
                         f'<termNote type="administrativeStatus">{status}</termNote></tig>')
        lines.append("      </langSet>")
        lines.append("    </termEntry>")
    lines += ["  </body></text>", "</martif>", ""]
    return "\n".join(lines)


WRITERS: dict[str, Callable[[Sequence[Candidate], str, str], str]] = {
    "csv": write_csv,
    "po": write_po,
    "tbx": write_tbx,
}
