"""Code the translation lost or changed: function names, options, reST role targets and literals.

## What it flags
In bilingual files, code that a translation must keep as it is but that differs from the source:
calls such as `f()`, `os.path.join()` (also in the shown text of a reference), command-line
options (`--verbose`), reST role targets (`` :func:`len` ``, `` :ref:`label` ``; for
`` :ref:`text <label>` `` only the label), inline literals (``` ``x[0]`` ```) and, in Markdown
drafts, code spans (`` `make all` ``). A lost one is reported on the entry; when one was lost and
one added, the added one is reported as the lost one changed, with the source's as the
suggestion. A literal the translation adds of its own is left alone. The shown text of a role may
be translated; roles that hold words (`:term:`, `:dfn:`, `:guilabel:`…) are not compared. Code is
held only as a word of its own (``2`` is not in `opt-2.pyc`), and spaces that only pad brackets
and punctuation are no change.

## Why it matters
A function name replaced by another tells the reader to call something else; a changed role target
is a broken cross-reference in the built documentation; a misspelt option (`-await` for
`--await`) fails when typed; a literal "translated" is wrong code.

## Example
Fails:  source Use :func:`len` here. → target 在这里使用 :func:`size`。
Fails:  source --await  Package needs to await the processing. → target -await  软件包需要等待处理。
Passes: source Use :func:`len` here. → target 在这里使用 :func:`len`。
Passes: source See :ref:`the tutorial <tut>`. → target 参见 :ref:`教程 <tut>`。

## Options
None.

## What it cannot know
Code written without markup other than a call with empty parentheses or a `--option` (a bare
`os.path` is prose to it). Whether pseudo-code was meant to be translated: a literal whose words
were rendered in Chinese with the source literal's punctuation (``(键, 值)`` for
``(key, value)``) is taken as translated on purpose and not reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from .. import patterns
from ..bilingual import (Difference, code, decoded_translation, difference_hits, markdown_code, same_code, segment_difference,
                         translated)
from ..model import Check, Context, Document, Hit, Severity
from ..textutil import is_markdown_path

_HAN = patterns.compile(r"\p{Han}")
_LATIN = patterns.compile(r"[A-Za-z]")
_WORDS_AND_SPACES = patterns.compile(r"[\w\s]+")
_ASCII_PUNCTUATION = str.maketrans("（），：；", "(),:;")


@dataclass(frozen=True)
class Options:
    pass


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    # A Markdown draft marks code with backticks; catalogs and XLIFF carry reST or plain text.
    extract = markdown_code if is_markdown_path(doc.path) else code
    for segment in translated(doc):
        if _may_hold_code(segment.source) or _may_hold_code(segment.raw):
            if extract is code and same_code(segment.source, decoded_translation(segment, doc.path)):
                continue  # the common case, told without building tokens
            difference = without_translated(segment_difference(segment, extract, doc.path))
            yield from difference_hits(segment, difference, "code", added=False)


def _may_hold_code(text: str) -> bool:
    return "`" in text or "()" in text or "--" in text


def without_translated(difference: Difference) -> Difference:
    """The difference without code the translator rendered in Chinese on purpose or named otherwise.

    A literal holding Chinese whose punctuation is that of a lost source literal holding Latin
    letters (``(键, 值)`` for ``(key, value)``, ``键: 值`` for ``key: value``) is pseudo-code whose
    words were translated: no check can tell a translated metavariable from a broken literal, so
    neither is reported. Chinese in a literal of another shape (``中的`` for ``"S" in flags()``)
    is a literal broken by the translation and stays reported. A role target qualified otherwise
    (:meth:`~Event.clear` for :meth:`clear`) names the same thing.
    """
    missing, extra = list(difference.missing), []
    for token in difference.extra:
        twin = next((f for f in missing if _same_thing(f, token.form)), None)
        if twin is not None:
            missing.remove(twin)
            continue
        if _HAN.search(token.form) and not any(_LATIN.search(f) for f in difference.missing):
            continue  # an added literal of Chinese words: the translator's own
        extra.append(token)
    return Difference(tuple(missing), tuple(extra))


def _same_thing(lost: str, found: str) -> bool:
    """A lost source literal and an added one that stand for one thing (see ``without_translated``)."""
    if _HAN.search(found):
        return bool(_LATIN.search(lost)) and _skeleton(lost) == _skeleton(found)
    return found.endswith("." + lost) or lost.endswith("." + found)


def _skeleton(form: str) -> str:
    """A literal's punctuation, full-width read as ASCII: what stays when its words are translated."""
    return _WORDS_AND_SPACES.sub("", form.translate(_ASCII_PUNCTUATION))


CHECK = Check(
    name="code-mismatch",
    category="accuracy",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    run=run,
    bilingual=True,
)
