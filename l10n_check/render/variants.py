"""Name and term variant tables for the HTML report, from findings that carry variant data.

The variant checks put ``{"dominant": str, "variants": {form: count}, "kind": "name" | "term"}`` in
``Finding.data`` and every occurrence in the finding's own span and its related locations. One table
row group per (kind, dominant form); each rendering with its count and links to where it occurs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from ..model import Finding

KIND_TITLES = {"name": "Name variants", "term": "Term variants"}


@dataclass(frozen=True)
class Occurrence:
    """One place a rendering occurs; ``href`` None when it is in a draft without a report."""

    path: str
    line: int
    column: int
    href: str | None


@dataclass(frozen=True)
class Rendering:
    """One way a name or term is written, how often, and where."""

    form: str
    count: int
    dominant: bool
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True)
class VariantGroup:
    """The renderings of one name or term, dominant first."""

    kind: str
    dominant: str
    renderings: tuple[Rendering, ...]


# (path, line, column, text) → href of that place, or None
Locate = Callable[[str, int, int, str], "str | None"]


def variant_data(finding: Finding) -> Mapping[str, Any] | None:
    """The finding's variant data when it has the shared shape, else None."""
    data = finding.data
    if not isinstance(data, Mapping):
        return None
    variants = data.get("variants")
    if not (isinstance(data.get("dominant"), str) and isinstance(data.get("kind"), str) and isinstance(variants, Mapping)):
        return None
    if not all(isinstance(form, str) and isinstance(count, int) for form, count in variants.items()):
        return None
    return data


def variant_groups(findings: Iterable[Finding], locate: Locate) -> dict[str, list[VariantGroup]]:
    """Groups by kind (``name`` and ``term`` first, then any other kind alphabetically)."""
    counts: dict[tuple[str, str], dict[str, int]] = {}
    places: dict[tuple[str, str], dict[tuple[str, int, int], str]] = {}
    for finding in findings:
        data = variant_data(finding)
        if data is None:
            continue
        group = (data["kind"], data["dominant"])
        forms = counts.setdefault(group, {})
        for form, count in data["variants"].items():
            forms[form] = max(forms.get(form, 0), count)
        forms.setdefault(data["dominant"], 0)
        seen = places.setdefault(group, {})
        seen.setdefault((finding.path, finding.line, finding.column), finding.text)
        for location in finding.related:
            seen.setdefault((location.path, location.line, location.column), location.text)
    result: dict[str, list[VariantGroup]] = {}
    for (kind, dominant) in sorted(counts, key=lambda g: (_kind_order(g[0]), g[0], g[1].casefold(), g[1])):
        renderings = _renderings(dominant, counts[(kind, dominant)], places[(kind, dominant)], locate)
        result.setdefault(kind, []).append(VariantGroup(kind, dominant, renderings))
    return result


def _kind_order(kind: str) -> int:
    return list(KIND_TITLES).index(kind) if kind in KIND_TITLES else len(KIND_TITLES)


def _renderings(dominant: str, forms: Mapping[str, int], places: Mapping[tuple[str, int, int], str],
                locate: Locate) -> tuple[Rendering, ...]:
    """Each form with the places whose text is that form (exactly, else ignoring case)."""
    by_form: dict[str, list[Occurrence]] = {form: [] for form in forms}
    folded = {form.casefold(): form for form in sorted(forms, reverse=True)}
    for (path, line, column), text in sorted(places.items()):
        form = text if text in by_form else folded.get(text.casefold())
        if form is not None:
            by_form[form].append(Occurrence(path, line, column, locate(path, line, column, text)))
    order = sorted(forms, key=lambda form: (form != dominant, -forms[form], form))
    return tuple(
        Rendering(form, forms[form] or len(by_form[form]), form == dominant, tuple(by_form[form])) for form in order
    )
