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

from .. import patterns
from ..model import Check, Context, Document, Hit, Segment, Severity
from ..textutil import foreign_runs, is_foreign_block, may_hold_foreign, repair_code_page, script_name, word_around

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
        # One search passes most prose, which holds no foreign letter and so no run of them (the
        # block test and ``foreign_runs`` would each ask it again).
        if not may_hold_foreign(prose, lang) or is_foreign_block(prose, lang):  # (ASCII prose: at once)
            continue
        mojibake = _WordRepairs(prose)
        for start, end in foreign_runs(prose, lang):
            fragment = prose[start:end]
            if len(fragment) == 1 and script_name(fragment) not in _CJK_NAMES:
                continue  # a lone Greek or Cyrillic letter is a symbol: π, μm, Ω
            glued = _glued(prose, start, end)
            if not glued and (fragment in options.allow or (options.allow_glossed and _glossed(prose, start, end))):
                continue
            if not glued and _on_purpose(doc, segment, start, end):
                continue
            if mojibake.at(start, end):
                continue  # mojibake, not Chinese: garbled-text reports it with its repair
            where = " glued to an English word" if glued else ""
            hint = _dictionary_hint(fragment) if options.gloss else ""
            yield Hit(
                segment.start + start,
                segment.start + end,
                f"untranslated {script_name(fragment)} text '{fragment}'{where}{hint}: translate it, "
                "or keep it in brackets after its English rendering",
            )


class _WordRepairs:
    """Whether the word around a run is mojibake that a code page repairs ("鍙傛暟"), each word
    judged once: runs come in order, and many runs in one long word must not each read all of it."""

    def __init__(self, prose: str) -> None:
        self.prose = prose
        self.word = (0, -1)  # the word last judged, when the run it was found from held no space
        self.answer = False

    def at(self, start: int, end: int) -> bool:
        if not (self.word[0] <= start and end <= self.word[1]):
            word = word_around(self.prose, start, end)
            spaced = any(ch.isspace() for ch in self.prose[start:end])
            self.word = (0, -1) if spaced else word  # a later run may start after the space
            self.answer = repair_code_page(self.prose[slice(*word)].strip(_EDGE_PUNCT)) is not None
        return self.answer


# Runs longer than this are sentences, not terms: a dictionary gloss would not help.
_GLOSS_MAX = 8


def _dictionary_hint(fragment: str) -> str:
    """`` (dictionary: to arrange + manuscript)`` from CC-CEDICT for a short Chinese run, else ""."""
    if len(fragment) > _GLOSS_MAX or script_name(fragment) != "Chinese":
        return ""
    from ..chinese.dictionary import gloss  # lazy: CC-CEDICT's table is opened on first need

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
    last = _last_visible(text, start - 1)
    return last != "" and last.isascii() and (last.isalnum() or last in "'\"’”")


def _last_visible(text: str, end: int) -> str:
    """The last character before ``end`` that is not white space ("" when none), found without
    copying what comes before."""
    while end and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end else ""


_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’", "「": "」", "『": "』"}


def _on_purpose(doc: Document, segment: Segment, start: int, end: int) -> bool:
    """The run names something in its own language, as writers do on purpose: the whole text of a
    link ("[中文](README-CN.md)", a Chinese article in a reading list), the whole cell of a table
    row, or a quoted example followed by its romanization or gloss ("'你好' ('nǐ hǎo')").

    Only the neighbourhood of the run is read, so that many runs in one long line stay linear.
    """
    raw = segment.raw
    before, after = _skip_spaces_back(raw, start), _skip_spaces(raw, end)
    previous = raw[before - 1] if before else ""
    if previous == "[" and raw.startswith(("](", "]["), after):
        return True
    if previous == "|" and raw.startswith("|", after) and _first_visible_of_line(doc, segment, start) == "|":
        return True
    closing = _QUOTES.get(previous)
    if closing is not None and raw.startswith(closing, after) and raw.startswith(("(", "（"), _skip_spaces(raw, after + 1)):
        return True
    return _beside_its_name(raw, before, after, end - start)


def _skip_spaces_back(text: str, index: int) -> int:
    while index and text[index - 1] == " ":
        index -= 1
    return index


def _skip_spaces(text: str, index: int) -> int:
    while index < len(text) and text[index] == " ":
        index += 1
    return index


def _first_visible_of_line(doc: Document, segment: Segment, offset: int) -> str:
    """The first character that is not white space on the line of ``offset`` (segment-relative),
    counting the line from the segment's start at the earliest."""
    line, _ = doc.position(segment.start + offset)
    index = max(0, doc.line_starts[line - 1] - segment.start)
    raw = segment.raw
    while index < len(raw) and raw[index].isspace():
        index += 1
    return raw[index] if index < len(raw) else ""


# A Chinese name that follows the Latin name it belongs to is short and ends the phrase.
_NAME_MAX = 8
_CAPITALISED_WORD = patterns.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.-]*+$")
_NAME_CHAR = patterns.compile(r"[\p{L}\p{N}&.-]")


def _beside_its_name(raw: str, before: int, after: int, length: int) -> bool:
    """ "Fanruan 帆软," / "WeChat 微信": a product or company name (ending at ``before``) followed
    by its Chinese name (the run, then ``after``)."""
    if length > _NAME_MAX:
        return False
    # The name's characters, read back from the run, bound the window the pattern reads; its "$"
    # also matches before a final line break.
    start = before - 1 if before and raw[before - 1] == "\n" else before
    while start and _NAME_CHAR.match(raw, start - 1):
        start -= 1
    window = max(0, start - 1)
    word = _CAPITALISED_WORD.search(raw[window:before])
    if word is None or len(word.group()) < 2 or _last_visible(raw, window + word.start()) in ("", ".", "!", "?"):
        return False
    return raw[after : after + 1] in ("", ",", ";", ")", "|", "\n", "，", "）")


def warm_up() -> None:
    """Open CC-CEDICT's table now (before worker processes fork) for the dictionary hints: where the
    cache directory is not writable it is built in memory once, for all workers."""
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
