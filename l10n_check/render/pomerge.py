"""Merge a fresh set of catalog entries into the catalog a translator already holds, like ``msgmerge``.

Nothing a translator wrote is ever lost:

- an entry whose msgctxt and msgid are unchanged keeps its msgstr, flags and translator comments;
  only its references and extracted comments are refreshed;
- an entry whose text changed is found by similarity (rapidfuzz ``ratio`` of at least 60, the
  threshold ``msgmerge`` uses) and its translation moves to the new entry, flagged fuzzy, with the old
  text kept as the previous msgid (``#|``);
- an old entry that matches nothing becomes obsolete (``#~``); obsolete entries stay, and come back to
  life when their text reappears.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Collection, Sequence

if TYPE_CHECKING:
    import polib

# Similarity (0-100) from which a changed entry inherits an old translation, as in msgmerge (0.6).
FUZZY_THRESHOLD = 60.0


@dataclass(frozen=True)
class Candidate:
    """A fresh entry; ``needed`` ones are written, others only when they hold a translator's work."""

    entry: "polib.POEntry"
    needed: bool = True
    aliases: Collection[str] = ()  # other msgids under which the old catalog may know this entry


@dataclass(frozen=True)
class MergeStats:
    """How one merge went, for the line the CLI prints."""

    new: int = 0
    kept: int = 0
    fuzzy: int = 0
    obsolete: int = 0

    def __str__(self) -> str:
        return f"{self.new} new, {self.kept} kept, {self.fuzzy} fuzzy, {self.obsolete} obsolete"


def has_work(entry: "polib.POEntry") -> bool:
    """Whether ``entry`` holds a translator's work: anything but an empty or untouched prefilled msgstr."""
    texts = [entry.msgstr, *entry.msgstr_plural.values()]
    if not any(texts):
        return False
    return not ("fuzzy" in entry.flags and entry.msgstr == entry.msgid)


def _key(entry: "polib.POEntry") -> tuple[str | None, str]:
    return entry.msgctxt, entry.msgid


def merge(old: Sequence["polib.POEntry"], candidates: Sequence[Candidate]) -> tuple[list["polib.POEntry"], MergeStats]:
    """The merged entries (active in candidate order, then obsolete) and what happened to them."""
    by_key: dict[tuple[str | None, str], polib.POEntry] = {}
    for entry in sorted(old, key=lambda e: e.obsolete):  # an active entry wins over an obsolete twin
        by_key.setdefault(_key(entry), entry)
    used: set[int] = set()
    merged: list[polib.POEntry] = []
    fresh: list[int] = []  # positions in ``merged`` of entries with no exact match
    for candidate in candidates:
        previous = by_key.get(_key(candidate.entry))
        if previous is not None and id(previous) not in used and (candidate.needed or has_work(previous)):
            used.add(id(previous))
            merged.append(_carry_exact(candidate.entry, previous))
        elif candidate.needed:
            fresh.append(len(merged))
            merged.append(candidate.entry)
    aliases = {id(c.entry): c.aliases for c in candidates}
    leftovers = [e for e in old if not e.obsolete and id(e) not in used]
    fuzzy = 0
    for position, previous in _similar_pairs([merged[i] for i in fresh], leftovers, aliases):
        entry = merged[fresh[position]]
        used.add(id(previous))
        fuzzy += _carry_fuzzy(entry, previous)
    obsolete = [_obsolete(e) for e in old if not e.obsolete and id(e) not in used]
    kept_obsolete = [e for e in old if e.obsolete and id(e) not in used]
    stats = MergeStats(
        new=len(fresh) - fuzzy, kept=len(merged) - len(fresh), fuzzy=fuzzy, obsolete=len(obsolete)
    )
    return merged + _unique_obsolete(merged, obsolete + kept_obsolete), stats


def _carry_exact(entry: "polib.POEntry", previous: "polib.POEntry") -> "polib.POEntry":
    """The fresh entry's references and comments with everything the translator set on the old one."""
    entry.msgstr = previous.msgstr
    entry.msgstr_plural = dict(previous.msgstr_plural)
    entry.flags = list(previous.flags)
    entry.tcomment = previous.tcomment
    entry.previous_msgctxt = previous.previous_msgctxt
    entry.previous_msgid = previous.previous_msgid
    entry.previous_msgid_plural = previous.previous_msgid_plural
    return entry


def _carry_fuzzy(entry: "polib.POEntry", previous: "polib.POEntry") -> int:
    """Give ``entry`` the old translation as fuzzy with ``#|``; 1 when a translator's work moved."""
    work = has_work(previous)
    if work:
        entry.msgstr = previous.msgstr
        entry.tcomment = previous.tcomment
    if entry.msgstr:
        if "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
        entry.previous_msgctxt = previous.msgctxt
        entry.previous_msgid = previous.msgid
    return int(work)


def _similar_pairs(
    fresh: Sequence["polib.POEntry"], leftovers: Sequence["polib.POEntry"], aliases: dict[int, Collection[str]]
) -> list[tuple[int, "polib.POEntry"]]:
    """Pair fresh entries with old ones, most similar first, each old entry used at most once."""
    if not fresh or not leftovers:
        return []
    from rapidfuzz import fuzz, process

    choices = [e.msgid for e in leftovers]
    scored = []
    for i, entry in enumerate(fresh):
        known = aliases.get(id(entry), ())
        matches = process.extract(entry.msgid, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=None)
        scores = {j: score for _, score, j in matches}
        scores.update({j: 100.0 for j, e in enumerate(leftovers) if e.msgid in known})
        for j, score in scores.items():
            # Nearer places break ties between equally similar texts (two copies of one paragraph).
            distance = abs(i / len(fresh) - j / len(leftovers))
            scored.append((-score, distance, i, j))
    pairs, taken_new, taken_old = [], set(), set()
    for _, _, i, j in sorted(scored):
        if i not in taken_new and j not in taken_old:
            taken_new.add(i)
            taken_old.add(j)
            pairs.append((i, leftovers[j]))
    return sorted(pairs, key=lambda pair: pair[0])


def _obsolete(entry: "polib.POEntry") -> "polib.POEntry":
    """A copy of ``entry`` marked obsolete; references are dropped, since they point nowhere now."""
    gone = copy.copy(entry)
    gone.obsolete = True
    gone.occurrences = []
    return gone


def _unique_obsolete(active: Sequence["polib.POEntry"], obsolete: Sequence["polib.POEntry"]) -> list["polib.POEntry"]:
    """Obsolete entries with no msgctxt+msgid twin (msgfmt rejects twins, even obsolete ones).

    A twin with the same translation as the entry already kept adds nothing and goes; a twin with a
    different one keeps its translation under a suffixed msgctxt (``KEY~2``).
    """
    seen: dict[tuple[str | None, str], list[str]] = {}
    for entry in active:
        seen[_key(entry)] = [entry.msgstr]
    result = []
    for entry in obsolete:
        translations = seen.setdefault(_key(entry), [])
        if entry.msgstr in translations or (not has_work(entry) and translations):
            continue
        translations.append(entry.msgstr)
        if len(translations) > 1:
            entry = _renamed(entry, seen)
            seen[_key(entry)] = [entry.msgstr]
        result.append(entry)
    return result


def _renamed(entry: "polib.POEntry", taken: Collection[tuple[str | None, str]]) -> "polib.POEntry":
    """A copy of ``entry`` whose msgctxt has the first free ``~N`` suffix."""
    renamed, number = copy.copy(entry), 2
    while True:
        renamed.msgctxt = f"{entry.msgctxt or ''}~{number}"
        if _key(renamed) not in taken:
            return renamed
        number += 1
