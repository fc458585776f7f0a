"""The names list a user maintains: canonical renderings, accepted variants, names never flagged.

A small TOML file, passed with ``l10n-check scan --names names.toml``::

    # Renderings never reported by any name check.
    ignore = ["Acme Daily"]

    [[name]]
    canonical = "Wang Xiaoming"            # the rendering to use; variants are reported against it
    accept = ["Hsieh Chia-yin"]          # other renderings that are fine where they occur

Every rendering in the list (canonical, accepted or ignored) is never reported. A rendering that is
not listed but belongs to a listed name (``Xiaoming Wang``) is reported with the canonical form as the
suggestion, however often it occurs. Renderings are compared exactly, after collapsing white space.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Mapping

from .. import files

RESOURCE = "names"  # the key of ``Context.resources``
MAX_NAMES_SIZE = 16 * 1024 * 1024  # far above any hand-kept list (10,000 names are about 500 KB)


class NamesError(ValueError):
    """A names list that cannot be read; the message names the file and what is wrong."""


@dataclass(frozen=True)
class NameEntry:
    """One name: the rendering to use and the other renderings accepted."""

    canonical: str
    accept: tuple[str, ...] = ()


@dataclass(frozen=True)
class NamesList:
    """The user's names; empty when no list was given."""

    names: tuple[NameEntry, ...] = ()
    ignore: tuple[str, ...] = ()

    def is_listed(self, rendering: str) -> bool:
        """Whether ``rendering`` is canonical, accepted or ignored: never to be reported."""
        return _normal(rendering) in self._listed

    def canonical(self, rendering: str) -> str | None:
        """The canonical form of a canonical or accepted rendering, else None."""
        return self._canonical.get(_normal(rendering))

    @functools.cached_property
    def _listed(self) -> frozenset[str]:
        return frozenset(self._canonical) | {_normal(r) for r in self.ignore}

    @functools.cached_property
    def _canonical(self) -> dict[str, str]:
        table = {}
        for entry in self.names:
            for rendering in (entry.canonical, *entry.accept):
                table[_normal(rendering)] = entry.canonical
        return table


EMPTY = NamesList()


def _normal(text: str) -> str:
    return " ".join(text.split())


def names_in(resources: Mapping[str, Any]) -> NamesList:
    """The names list of a run (``Context.resources["names"]``), or an empty one."""
    found = resources.get(RESOURCE)
    return found if isinstance(found, NamesList) else EMPTY


def parse_names(text: str, source: str = "<names>") -> NamesList:
    """Read a names list from TOML text; ``NamesError`` says what is wrong and where."""
    try:  # imported here: a run without a names list need not load the TOML parser (10 ms)
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise NamesError(f"{source}: not valid TOML: {error}") from None
    unknown = sorted(set(data) - {"ignore", "name"})
    if unknown:
        raise NamesError(f"{source}: unknown key {unknown[0]!r} (expected 'ignore' and [[name]] tables)")
    entries = []
    for index, table in enumerate(data.get("name", [])):
        where = f"{source}: [[name]] #{index + 1}"
        if not isinstance(table, dict) or set(table) - {"canonical", "accept"}:
            raise NamesError(f"{where}: only 'canonical' and 'accept' are allowed")
        canonical = table.get("canonical")
        if not isinstance(canonical, str) or not canonical.strip():
            raise NamesError(f"{where}: 'canonical' must be a non-empty string")
        entries.append(NameEntry(_normal(canonical), _strings(table.get("accept", []), where + ": 'accept'")))
    return NamesList(tuple(entries), _strings(data.get("ignore", []), f"{source}: 'ignore'"))


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise NamesError(f"{where} must be a list of non-empty strings")
    return tuple(_normal(v) for v in value)


def load_names(path: str) -> NamesList:
    """Read the names list at ``path`` (UTF-8 TOML); ``NamesError`` on any problem.

    Read through ``files`` like every other input: a FIFO named by mistake is refused, not waited on."""
    try:
        text = files.read_text(path, MAX_NAMES_SIZE)
    except files.InputError as error:
        raise NamesError(str(error)) from None
    return parse_names(text, path)
