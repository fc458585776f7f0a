"""A whole paragraph left in another language.

## What it flags
A block (paragraph, heading, list item) whose language is not the target language: a Chinese
disclaimer at the end of an English article, or a French paragraph pasted into an English draft.
One finding for the block, not one per run of foreign text.

## Why it matters
Machine translation pipelines skip blocks they fail on, and boilerplate (disclaimers, captions, author
notes) is often never sent to translation at all.

## How it decides
- Script first: a block most of whose letters are in a script foreign to the target language (Han,
  Kana, Hangul, Cyrillic... in an English draft) is untranslated.
- For Latin-script languages, each sentence of at least `min-words` words that has few of the target
  language's most common words is given to langdetect (seeded, so answers are repeatable). The block
  is reported when sentences holding most of its words are another language with a probability of at
  least `min-probability`.

## Example
Fails:  免责声明：本文章仅代表作者个人观点，不代表本平台的立场和观点。
Fails:  Le marché a fortement progressé cette semaine, selon les analystes de la banque.
Passes: The market rose sharply this week, according to the bank's analysts.

## Options
- `min-words` (4): shorter sentences are never given to language detection, so names and short
  phrases cannot trip it.
- `min-probability` (0.95): how sure langdetect must be.

## What it cannot know
Mixed paragraphs where the foreign part is the minority are left to `untranslated-fragment` (other
scripts); a short Latin-script sentence in another language is not reported. Closely related languages
(Danish and Norwegian, Malay and Indonesian) can be confused with each other, never with English.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Iterator

from ..model import Check, Context, Document, Hit, Segment, Severity
from ..textutil import base_lang, foreign_letter_count, is_foreign_block, script_name, sentences, shorten_around, words

# Above this share of the target language's top-100 words, a sentence is taken as the target language
# without asking langdetect: every ordinary English sentence is far above it, and it keeps the
# detector (0.5 s to load, milliseconds a call) off nearly every line of an English draft.
COMMON_WORD_SHARE = 0.2

LANGUAGE_NAMES = {
    "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German", "en": "English", "es": "Spanish",
    "fi": "Finnish", "fr": "French", "hu": "Hungarian", "id": "Indonesian", "it": "Italian",
    "ms": "Malay", "nl": "Dutch", "no": "Norwegian", "nb": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "sv": "Swedish", "tr": "Turkish", "vi": "Vietnamese",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
}


@dataclass(frozen=True)
class Options:
    min_words: int = 4
    min_probability: float = 0.95


@functools.lru_cache(maxsize=1)
def common_words() -> dict[str, frozenset[str]]:
    """Top-100 words by language, from the packaged data file."""
    data = json.loads(resources.files("l10n_check.data").joinpath("common_words.json").read_text("utf-8"))
    return {lang: frozenset(ws) for lang, ws in data["words"].items()}


@functools.lru_cache(maxsize=1)
def _detector_factory():  # type: ignore[no-untyped-def]
    """Our own langdetect factory, loaded on first need and seeded so answers repeat.

    A private instance rather than langdetect's module-level one, so nothing global is changed.
    """
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0
    return factory


def detect(text: str) -> tuple[str, float]:
    """``(language code, probability)`` of langdetect's best guess for ``text``."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "", 0.0
    return best.lang.split("-")[0], best.prob


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    lang = doc.target_lang
    common = common_words().get(base_lang(lang))
    for segment in doc.segments:
        if is_foreign_block(segment.prose, lang):
            count = foreign_letter_count(segment.prose, lang)
            yield _hit(segment, f"paragraph left in {script_name(segment.prose)} ({count} characters): translate it")
        elif common is not None:
            other = _latin_language(segment.prose, base_lang(lang), common, options)
            if other:
                name = LANGUAGE_NAMES.get(other, other)
                yield _hit(segment, f"paragraph is in {name}, not {LANGUAGE_NAMES.get(base_lang(lang), lang)}: translate it")


def _latin_language(prose: str, lang: str, common: frozenset[str], options: Options) -> str | None:
    """The language most of the paragraph is in, when it is confidently not ``lang``."""
    total = foreign = 0
    votes: dict[str, int] = {}
    for start, end in sentences(prose):
        sentence = prose[start:end]
        tokens = [sentence[s:e].lower() for s, e in words(sentence)]
        total += len(tokens)
        if len(tokens) < options.min_words:
            continue
        if sum(t in common for t in tokens) >= COMMON_WORD_SHARE * len(tokens):
            continue
        guess, probability = detect(sentence)
        if guess and guess != lang and probability >= options.min_probability:
            foreign += len(tokens)
            votes[guess] = votes.get(guess, 0) + len(tokens)
    if not votes or foreign * 2 < total:
        return None
    return max(sorted(votes), key=votes.__getitem__)


def _hit(segment: Segment, message: str) -> Hit:
    raw = segment.raw
    start = len(raw) - len(raw.lstrip())
    end = len(raw.rstrip())
    return Hit(segment.start + start, segment.start + end, message, context=shorten_around(raw[start:end], 0, 0, 120))


CHECK = Check(
    name="untranslated-paragraph",
    category="completeness",
    severity=Severity.ERROR,
    doc=__doc__,
    options=Options,
    run=run,
)
