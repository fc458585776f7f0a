"""Source-script text left inside a translated sentence.

## What it flags
A run of Han, Kana, Hangul or Bopomofo, or of any other script foreign to the target language, inside
target-language prose: "The following content is a整理稿 of our dialogue."

## Why it matters
A reader of the English text cannot read it, and it almost always marks a term the machine
translation skipped. One run is one finding; the message quotes it with its sentence.

## Example
Fails:  The following content is a整理稿 of our dialogue.
Passes: The following content is an edited transcript of our dialogue.
Passes: The following content is an edited transcript (整理稿) of our dialogue.

## Options
- `allow`: exact strings that may stay, such as a brand written in Chinese on purpose.
- `allow-glossed` (default true): allow a run in brackets right after its English rendering,
  "edited transcript (整理稿)". A run glued to a Latin letter ("a整理稿") is reported even when
  allowed: it is never deliberate.
- `gloss` (default true): quote CC-CEDICT's English for a short Chinese run in the message, as a
  hint for the translator (the dictionary's sense, not necessarily the right rendering).

## What it cannot know
Whether an unglossed original was kept on purpose (a quoted slogan, a book title): add it to `allow`.
Runs that name something in its own language are taken as deliberate and not reported: the whole
text of a link (a language switcher "[中文](README-CN.md)", a Chinese article in a reading list),
the whole cell of a table, a quoted example followed by its romanization or gloss in brackets, a
short run right after a capitalised name and ending its phrase ("the vendor Fanruan 帆软, ..."). A
Chinese original kept beside its translation (a bilingual changelog) is still reported.
A single Greek or Cyrillic letter is taken as a symbol (π, μm) and not reported.
Paragraphs that are mostly in the source language are reported once by `untranslated-paragraph`
instead, not once per run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..model import Check, Context, Document, Hit, Severity
from ..textutil import foreign_runs, is_foreign_block, repair_code_page, script_name, word_around

_EDGE_PUNCT = "\"'“”‘’()[]{}<>.,;:!?*_`"
_CJK_NAMES = frozenset({"Chinese", "Japanese", "Korean"})
_OPEN_BRACKETS = "(（[【"
_CLOSE_BRACKETS = ")）]】"


@dataclass(frozen=True)
class Options:
    allow: tuple[str, ...] = ()
    allow_glossed: bool = True
    gloss: bool = True


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    lang = doc.target_lang
    for segment in doc.segments:
        prose = segment.prose
        if prose.isascii() or is_foreign_block(prose, lang):
            continue
        for start, end in foreign_runs(prose, lang):
            fragment = prose[start:end]
            if len(fragment) == 1 and script_name(fragment) not in _CJK_NAMES:
                continue  # a lone Greek or Cyrillic letter is a symbol: π, μm, Ω
            glued = _glued(prose, start, end)
            if not glued and (fragment in options.allow or (options.allow_glossed and _glossed(prose, start, end))):
                continue
            if not glued and _on_purpose(segment.raw, start, end):
                continue
            if repair_code_page(prose[slice(*word_around(prose, start, end))].strip(_EDGE_PUNCT)):
                continue  # mojibake, not Chinese: garbled-text reports it with its repair
            where = " glued to an English word" if glued else ""
            hint = _dictionary_hint(fragment) if options.gloss else ""
            yield Hit(
                segment.start + start,
                segment.start + end,
                f"untranslated {script_name(fragment)} text '{fragment}'{where}{hint}: translate it, "
                "or keep it in brackets after its English rendering",
            )


# Runs longer than this are sentences, not terms: a dictionary gloss would not help.
_GLOSS_MAX = 8


def _dictionary_hint(fragment: str) -> str:
    """`` (dictionary: to arrange + manuscript)`` from CC-CEDICT for a short Chinese run, else ""."""
    if len(fragment) > _GLOSS_MAX or script_name(fragment) != "Chinese":
        return ""
    from ..chinese.dictionary import gloss  # lazy: CC-CEDICT loads in about 0.3 s, on first need

    found = gloss(fragment)
    return f" (dictionary: {found.text})" if found else ""


def _glued(text: str, start: int, end: int) -> bool:
    """A Latin letter or digit touches the run: 'a整理稿', '整理稿s'."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return any(ch.isascii() and ch.isalnum() for ch in (before, after))


def _glossed(text: str, start: int, end: int) -> bool:
    """The run is the whole content of brackets that follow a Latin word: 'transcript (整理稿)'."""
    if start == 0 or end >= len(text):
        return False
    if text[start - 1] not in _OPEN_BRACKETS or text[end] not in _CLOSE_BRACKETS:
        return False
    head = text[: start - 1].rstrip()
    return bool(head) and head[-1].isascii() and (head[-1].isalnum() or head[-1] in "'\"’”")


_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’", "「": "」", "『": "』"}


def _on_purpose(raw: str, start: int, end: int) -> bool:
    """The run names something in its own language, as writers do on purpose: the whole text of a
    link ("[中文](README-CN.md)", a Chinese article in a reading list), the whole cell of a table
    row, or a quoted example followed by its romanization or gloss ("'你好' ('nǐ hǎo')")."""
    before = raw[:start].rstrip(" ")
    after = raw[end:].lstrip(" ")
    if before.endswith("[") and after.startswith(("](", "][")):
        return True
    line_start = raw.rfind("\n", 0, start) + 1
    if raw[line_start:].lstrip().startswith("|") and before.endswith("|") and after.startswith("|"):
        return True
    closing = _QUOTES.get(before[-1:])
    if closing is not None and after.startswith(closing) and after[1:].lstrip(" ").startswith(("(", "（")):
        return True
    return _beside_its_name(before, after, end - start)


# A Chinese name that follows the Latin name it belongs to is short and ends the phrase.
_NAME_MAX = 8
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.-]*+$")


def _beside_its_name(before: str, after: str, length: int) -> bool:
    """ "Fanruan 帆软," / "WeChat 微信": a product or company name followed by its Chinese name."""
    word = _CAPITALISED_WORD.search(before)
    if word is None or length > _NAME_MAX or len(word.group()) < 2 or before[: word.start()].rstrip()[-1:] in ("", ".", "!", "?"):
        return False
    return after[:1] in ("", ",", ";", ")", "|", "\n", "，", "）")


def warm_up() -> None:
    """Load CC-CEDICT now (before worker processes fork) for the dictionary hints."""
    from ..chinese.dictionary import warm_up as load

    load()


CHECK = Check(
    name="untranslated-fragment",
    category="completeness",
    severity=Severity.ERROR,
    doc=__doc__,
    options=Options,
    run=run,
    warm_up=warm_up,
)
