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
- For Latin-script languages, a block with few of the target language's 100 most common words is
  looked at sentence by sentence: a sentence of at least `min-words` words that has more of another
  language's common words than of the target's (or is long and has none of the target's) is given to
  langdetect (seeded, so answers are repeatable). The block is reported when sentences holding most
  of its words are another language with a probability of at least `min-probability`, and holds
  that language's common words. Sentences that are mostly symbols (code, markup) are never asked.

## Example
Fails:  免责声明：本文章仅代表作者个人观点，不代表本平台的立场和观点。
Fails:  Le marché a fortement progressé cette semaine, selon les analystes de la banque.
Passes: The market rose sharply this week, according to the bank's analysts.

## Options
- `min-words` (4): shorter sentences are never given to language detection, so names and short
  phrases cannot trip it.
- `min-probability` (0.95): how sure langdetect must be.

## What it cannot know
A sentence made of common English words is English whatever langdetect says (short technical lines
such as "per-mapping control, possible values" look French or Italian to it). Mixed paragraphs where the foreign part is the minority are left to `untranslated-fragment` (other
scripts); a short Latin-script sentence in another language is not reported. Closely related languages
(Danish and Norwegian, Malay and Indonesian) can be confused with each other, never with English.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..model import Check, Context, Document, Hit, Segment, Severity
from ..textutil import (
    base_lang,
    foreign_letter_count,
    is_foreign_block,
    letter_count,
    script_name,
    sentences,
    shorten_around,
)

# Language detection costs milliseconds a call (and its profiles a table look-up per n-gram), so cheap tests keep it off nearly
# every block of an ordinary draft. A block whose words are at least PARAGRAPH_SHARE the target
# language's top-100 words is mostly that language (English prose runs at 0.4-0.6; a French
# paragraph has under 0.1 English top words). Within other blocks, a sentence goes to langdetect only
# when another language's top words outnumber the target's and reach COMMON_WORD_SHARE, or when it
# is long and holds none of the target's top words (a language without a table).
PARAGRAPH_SHARE = 0.25
# Before that, a cheaper test: MARKERS words found only in the target's top-100 list, counted with
# str.count; at MARKER_SHARE of the words (English prose: 0.12-0.25) the block is the target language.
MARKERS = 8
MARKER_SHARE = 0.08
COMMON_WORD_SHARE = 0.2
LONG_SENTENCE = 8
# Share of a sentence's visible characters that must be letters for it to count as prose.
LETTER_DENSITY = 0.85

# langdetect's profiles for languages written in Latin script.
LATIN_PROFILES = frozenset(
    "af ca cs cy da de en es et fi fr hr hu id it lt lv nl no pl pt ro sk sl so sq sv sw tl tr vi".split()
)

if TYPE_CHECKING:
    from .. import cache

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
def _ranked_words() -> dict[str, list[str]]:
    """Top-100 words by language, most frequent first, from the packaged data file."""
    data = json.loads(resources.files("l10n_check.data").joinpath("common_words.json").read_text("utf-8"))
    return dict(data["words"])


@functools.lru_cache(maxsize=1)
def common_words() -> dict[str, frozenset[str]]:
    """Top-100 words by language as sets."""
    return {lang: frozenset(words) for lang, words in _ranked_words().items()}


@functools.lru_cache(maxsize=None)
def marker_words(lang: str) -> tuple[str, ...]:
    """The most frequent words of ``lang`` in at most one other language's top 100, space-padded.

    For English: ' the ', ' of ', ' and '... Counting them with ``str.count`` recognises an ordinary
    paragraph of the target language in a few C calls.
    """
    def elsewhere(word: str) -> int:
        return sum(word in words for other, words in common_words().items() if other != lang)

    return tuple(f" {w} " for w in _ranked_words()[lang] if elsewhere(w) <= 1)[:MARKERS]


# Punctuation that separates words; everything else stays inside a token for the cheap word count.
_SEPARATORS = str.maketrans({c: " " for c in ".,;:!?\"()[]{}“”‘’'«»—–-…/*_#"})


def tokens(text: str) -> list[str]:
    """Lower-cased words, cheaply: ``translate`` and ``split`` run in C on the check's hot path."""
    return text.lower().translate(_SEPARATORS).split()


def count_in(words: list[str], lang: str) -> int:
    """How many of ``words`` are among ``lang``'s top-100 words."""
    return sum(map(common_words()[lang].__contains__, words))


@functools.lru_cache(maxsize=1)
def _detector_factory():  # type: ignore[no-untyped-def]
    """Our own langdetect factory, loaded on first need and seeded so answers repeat.

    A private instance rather than langdetect's module-level one, so nothing global is changed. Its
    n-gram probabilities come from the on-disk cache (``cache.py``), looked up n-gram by n-gram:
    parsing the profiles took 0.2 s and 18 MB on every run that asked langdetect once.
    """
    from langdetect.detector_factory import DetectorFactory

    table = _profile_table()
    factory = DetectorFactory()
    factory.langlist = (table.get(_LANGUAGES) or "").split()
    factory.word_lang_prob_map = _Probabilities(table)
    factory.seed = 0
    return factory


_LANGUAGES = "\0languages"  # the table's key for the profiles' languages, in the order of the columns


def _profile_table() -> cache.Table:
    """langdetect's Latin-script profiles as a table: n-gram → its probability in each language."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from .. import cache  # noqa: F811 - at run time, not only for type checking

    # Only Latin-script profiles: other scripts are decided by script share before detection, and
    # loading half the profiles halves the cost.
    paths = [Path(PROFILES_DIRECTORY, n) for n in sorted(os.listdir(PROFILES_DIRECTORY)) if n in LATIN_PROFILES]

    def rows() -> list[tuple[str, str]]:
        factory = DetectorFactory()
        factory.load_json_profile([path.read_text("utf-8") for path in paths])
        table = [(word, " ".join(map(repr, probabilities))) for word, probabilities in factory.word_lang_prob_map.items()]
        return table + [(_LANGUAGES, " ".join(factory.langlist))]

    return cache.table("langdetect-latin", cache.file_fingerprint(*paths), rows)


class _Probabilities:
    """The part of a dict langdetect's detector reads (``in`` and ``[]``), over the cached table."""

    def __init__(self, table: cache.Table) -> None:
        self._table = table
        self._read: dict[str, list[float] | None] = {}

    def _get(self, word: str) -> list[float] | None:
        if word not in self._read:
            value = self._table.get(word) if word != _LANGUAGES else None
            self._read[word] = [float(p) for p in value.split()] if value is not None else None
        return self._read[word]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._get(word) is not None

    def __getitem__(self, word: str) -> list[float]:
        found = self._get(word)
        if found is None:
            raise KeyError(word)
        return found


def detect(text: str) -> tuple[str, float]:
    """``(language code, probability)`` of langdetect's best guess for ``text``."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()
    # Three random trials instead of langdetect's seven: each trial costs the same, and on sentences
    # of four words or more the averaged answer above our 0.95 bar does not change (the tests hold
    # sentences in eight languages); it more than halves the cost of every call.
    detector.n_trial = 3
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "", 0.0
    return best.lang.split("-")[0], best.prob


def run(doc: Document, options: Options, context: Context) -> Iterator[Hit]:
    lang = doc.target_lang
    base = base_lang(lang)
    has_table = base in common_words()
    for segment in doc.segments:
        if is_foreign_block(segment.prose, lang):
            count = foreign_letter_count(segment.prose, lang)
            yield _hit(segment, f"{_noun(segment)} left in {script_name(segment.prose)} ({count} characters): translate it")
        elif has_table:
            other = _latin_language(segment.prose, base, options)
            if other:
                name = LANGUAGE_NAMES.get(other, other)
                yield _hit(segment, f"{_noun(segment)} is in {name}, not {LANGUAGE_NAMES.get(base, lang)}: translate it")


def _latin_language(prose: str, lang: str, options: Options) -> str | None:
    """The language most of the paragraph is in, when it is confidently not ``lang``."""
    padded = f" {prose.lower()} "
    spaces = padded.count(" ") - 1
    if spaces < options.min_words - 1 or sum(map(padded.count, marker_words(lang))) >= MARKER_SHARE * spaces:
        return None
    words = tokens(padded)
    total = len(words)
    if total < options.min_words or count_in(words, lang) >= PARAGRAPH_SHARE * total:
        return None
    foreign = 0
    votes: dict[str, int] = {}
    for start, end in sentences(prose):
        sentence = prose[start:end]
        words = tokens(sentence)
        if len(words) < options.min_words or not _prose_like(sentence) or not _worth_detecting(words, lang):
            continue
        guess, probability = detect(sentence)
        if guess and guess != lang and probability >= options.min_probability and _plausible(words, guess) \
                and not _target_words(words, lang):
            foreign += len(words)
            votes[guess] = votes.get(guess, 0) + len(words)
    if not votes or foreign * 2 < total:
        return None
    return max(sorted(votes), key=votes.__getitem__)


def _plausible(words: list[str], guess: str) -> bool:
    """langdetect's guess is believed only when the sentence has that language's common words.

    Code, identifiers and lists of names get confident guesses (Catalan, Welsh...) with none of the
    guessed language's everyday words; prose in that language always has some.
    """
    if guess not in common_words():
        return len(words) >= LONG_SENTENCE  # no table to confirm with: only long sentences
    return count_in(words, guess) >= COMMON_WORD_SHARE * len(words)


# Share of a sentence's words that are common English words (Zipf >= 3, from wordfreq) at which a
# guess of another language is overruled: "per-mapping control, possible values" is not French.
ENGLISH_WORD_SHARE = 0.8


def _target_words(words: list[str], lang: str) -> bool:
    """Whether nearly every word of the sentence is a common word of the (English) target."""
    if lang != "en":
        return False
    from ..english import zipf  # lazy: the word list loads on first use

    return sum(len(w) > 1 and zipf(w) >= 3.0 for w in words) >= ENGLISH_WORD_SHARE * len(words)


def _prose_like(sentence: str) -> bool:
    """Mostly letters: code and markup (``parser.add_argument('--foo')``) are not sentences."""
    visible = len(sentence) - sentence.count(" ")
    return visible > 0 and letter_count(sentence) >= LETTER_DENSITY * visible


def _worth_detecting(words: list[str], lang: str) -> bool:
    """Whether a sentence looks enough like another language to ask langdetect."""
    own = count_in(words, lang)
    if own == 0 and len(words) >= LONG_SENTENCE:
        return True
    best_other = max(count_in(words, other) for other in common_words() if other != lang)
    return best_other > own and best_other >= COMMON_WORD_SHARE * len(words)


def _noun(segment: Segment) -> str:
    return {"heading": "heading", "item": "list item", "entry": "translation"}.get(segment.kind, "paragraph")


def _hit(segment: Segment, message: str) -> Hit:
    raw = segment.raw
    start = len(raw) - len(raw.lstrip())
    end = len(raw.rstrip())
    return Hit(segment.start + start, segment.start + end, message, context=shorten_around(raw[start:end], 0, 0, 120))


def warm_up() -> None:
    """Open the langdetect profiles and the English word frequencies now (before worker processes
    fork): where the cache directory is not writable they are built in memory, once for all workers."""
    from ..english import warm_up as english_warm_up

    _detector_factory()
    common_words()
    english_warm_up()


CHECK = Check(
    name="untranslated-paragraph",
    category="completeness",
    severity=Severity.ERROR,
    doc=__doc__,
    options=Options,
    run=run,
    warm_up=warm_up,
)
