"""The registry: every check l10n-check runs, listed explicitly.

A new check is a module in this package with a ``CHECK`` and a line here; ``tests/test_registry.py``
fails when a module is not listed, a name is not kebab-case, or a check has no docs or tests.
"""

from __future__ import annotations

from ..model import Check
from . import (
    fullwidth_punctuation,
    garbled_text,
    number_mismatch,
    placeholder_mismatch,
    untranslated_fragment,
    untranslated_paragraph,
)
from . import name_role_conflict, name_variant, romanized_word
from . import acronym, calque, glossary_violation, mixed_numbering, term_variant
from . import glued_words, lost_apostrophe, quote_style, repeated_word, stray_markup, unbalanced_brackets
from . import code_mismatch, markup_mismatch, unchanged_source, unfinished_entry, url_mismatch, whitespace_mismatch
from . import hidden_characters
from . import punctuation_spacing

CHECKS: tuple[Check, ...] = (
    untranslated_fragment.CHECK,
    untranslated_paragraph.CHECK,
    fullwidth_punctuation.CHECK,
    garbled_text.CHECK,
    number_mismatch.CHECK,
    placeholder_mismatch.CHECK,
    url_mismatch.CHECK,
    code_mismatch.CHECK,
    markup_mismatch.CHECK,
    whitespace_mismatch.CHECK,
    unchanged_source.CHECK,
    unfinished_entry.CHECK,
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

CHECKS_BY_NAME: dict[str, Check] = {check.name: check for check in CHECKS}
