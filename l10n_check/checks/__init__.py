"""The registry: every check l10n-check runs, listed explicitly.

A new check is a module in this package with a ``CHECK`` and a line here; ``tests/test_registry.py``
fails when a module is not listed, a name is not kebab-case, or a check has no docs or tests.

The checks that compare a translation with its source are listed by their module's name and
imported when first looked up (``CHECKS_BY_NAME``): a run that reads only drafts never needs them,
and importing them (with ``bilingual.py`` and their patterns) was a tenth of a draft run's start-up.
The engine looks them up when a document of the run is bilingual (``Document.bilingual``);
``CHECKS`` holds every check and imports them all.
"""

from __future__ import annotations

import importlib
from typing import Iterator, Mapping

from ..model import Check
from . import fullwidth_punctuation, garbled_text, untranslated_fragment, untranslated_paragraph
from . import name_role_conflict, name_variant, romanized_word
from . import acronym, calque, glossary_violation, mixed_numbering, term_variant
from . import glued_words, lost_apostrophe, quote_style, repeated_word, stray_markup, unbalanced_brackets
from . import hidden_characters
from . import punctuation_spacing

# The bilingual checks, by module: imported on first look-up.
BILINGUAL_MODULES: tuple[str, ...] = (
    "number_mismatch",
    "placeholder_mismatch",
    "url_mismatch",
    "code_mismatch",
    "markup_mismatch",
    "whitespace_mismatch",
    "unchanged_source",
    "unfinished_entry",
)

# Every check in the order they run and are listed: a check, or the module of a bilingual check.
_REGISTERED: tuple[Check | str, ...] = (
    untranslated_fragment.CHECK,
    untranslated_paragraph.CHECK,
    fullwidth_punctuation.CHECK,
    garbled_text.CHECK,
    *BILINGUAL_MODULES,
    name_variant.CHECK,
    name_role_conflict.CHECK,
    romanized_word.CHECK,
    glossary_violation.CHECK,
    acronym.CHECK,
    calque.CHECK,
    term_variant.CHECK,
    mixed_numbering.CHECK,
    quote_style.CHECK,
    lost_apostrophe.CHECK,
    stray_markup.CHECK,
    unbalanced_brackets.CHECK,
    glued_words.CHECK,
    repeated_word.CHECK,
    hidden_characters.CHECK,
    punctuation_spacing.CHECK,
)


def check_name(module: str) -> str:
    """A check's name from its module's: ``number_mismatch`` → ``number-mismatch``."""
    return module.replace("_", "-")


class Registry(Mapping[str, Check]):
    """Every check by name, in registry order; a check listed by its module is imported when it is
    first looked up. The names are known without importing anything."""

    def __init__(self, registered: tuple[Check | str, ...]) -> None:
        self._checks: dict[str, Check | str] = {
            (entry.name if isinstance(entry, Check) else check_name(entry)): entry for entry in registered
        }

    def __getitem__(self, name: str) -> Check:
        entry = self._checks[name]
        if isinstance(entry, str):
            entry = self._checks[name] = importlib.import_module(f"{__name__}.{entry}").CHECK
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(self._checks)

    def __len__(self) -> int:
        return len(self._checks)


CHECKS_BY_NAME: Mapping[str, Check] = Registry(_REGISTERED)
# The names of the checks that are run only when a document of the run is bilingual.
BILINGUAL: frozenset[str] = frozenset(check_name(module) for module in BILINGUAL_MODULES)


def __getattr__(name: str) -> tuple[Check, ...]:
    """``CHECKS``: every check in registry order, the bilingual ones imported (listings, docs)."""
    if name == "CHECKS":
        return tuple(CHECKS_BY_NAME.values())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
