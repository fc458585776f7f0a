"""One name rendered several ways, in one draft or across the drafts of one run.

## What it flags
Every rendering of a person's or organisation's name that differs from the rendering used most:
surname and given name swapped ("Xiaoming Wang" beside "Wang Xiaoming"), hyphen, space and case
differences ("Wang Xiao-ming", "Wang Xiao Ming", "WANG Xiaoming"), tone marks ("Wáng Xiǎomíng"), near-miss
spellings ("Wang Xiaomng"; "Catherine" beside "Katherine"), and the name written in Chinese characters
in one place and romanized in another (王晓明 / "Wang Xiaoming"). Each occurrence of a minority
rendering is one finding; the first ten places the dominant rendering is used are related locations
(the tenth counts the rest).

## Why it matters
Machine translation renders a name afresh in every paragraph, and a reviewer reading one paragraph
at a time cannot see that "Xiaoming Wang" and "Wang Xiaoming" are one person. Readers can, and search
engines and archives then count two people.

## Example
Fails:  Wang Xiaoming joined in 2024. Wang Xiaoming leads the team. Later, Xiaoming Wang said it grew.
Passes: Wang Xiaoming joined in 2024. Wang Xiaoming leads the team. Later, Wang Xiaoming said it grew.

## Options
- `similarity` (default 88): how close, as rapidfuzz `ratio` on the normalized name, a near-miss
  spelling must be to count as the same name.
- `min-length` (default 6): names shorter than this (letters, normalized) are never fuzzy-matched.
- `ignore`: renderings never reported. The names list (`--names`) does the same for all name checks
  and also sets the canonical rendering, which then wins however rarely it is used.
- `across-drafts` (default `chinese-names`): which names are compared across the drafts of a run:
  `all`, only romanized Chinese names and names in characters (a person romanized two ways across a
  series), or `none`. Other names are compared within each draft.

## What it cannot know
Whether two similar names belong to two people: a near-miss is only reported when it is rarer than
the rendering it resembles, and two spellings that are both valid Chinese names (Zhang Wei / Zhang
Wen) are never matched. A name in characters is matched only through its pinyin; Wade–Giles or
Cantonese renderings of the same surname (Hsieh / Xie) are not matched to pinyin ones. Title case
in headings is not reported as a case difference, nor are differences that are a style rather than
a second spelling: apostrophes (’ / '), a keyword in capitals against the word as a name (RETURN /
Return), capitals on the small words of a name (Replace-by-Fee), a handle or identifier written
joined against the spaced name (JaneDoe / Jane Doe), a hyphen in a numbered standard (NEP-17).
A run of more than eight capitalized words is no name. A name in inline code (`DingTalk` in a list
of products) is never reported; it only counts as the English name a name in pinyin is compared
with. Read on real machine translations, it also misses: a translation
whose words are synonyms of CC-CEDICT's senses ("Armored Little Treasure" for 铁甲小宝, where
CC-CEDICT gives 小 "small"); a brand translated by another brand's name (Cyberoam for 讯飞); two
slips in one word (El Caption / El Capitan), which would also join Product and Project.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

import regex

from .. import patterns
from ..chinese.pinyin import segment, strip_tones
from ..chinese.renderings import Rendering as ChineseRendering, key as english_key, name_renderings
from ..chinese.surnames import is_english_word
from ..model import ENGLISH_TARGETS, Check, Context, Document, Hit, Related, Severity
from ..names.grouping import FuzzyOptions, Occurrence, Rendering, flat_key, group, name_keys, renderings
from ..names.mentions import Mention, code_names, mentions, parse_words
from ..names.nameslist import NamesList, names_in
from ..chinese.dictionary import warm_up as chinese_warm_up

# A Han name in brackets right after its romanization, "Wang Xiaoming (王晓明)", or before it in brackets.
_LATIN_THEN_OPEN = patterns.compile(r"\p{Latin}\s*[(（]\s*$", regex.V1)
_CLOSE = patterns.compile(r"\s*[)）]")
_OPEN_THEN_LATIN = patterns.compile(r"\s*[(（]\s*\p{Latin}", regex.V1)

_MESSAGES = {
    "characters": "'{a}' is written in Chinese characters; elsewhere the name is '{b}' ({usage})",
    "order": "'{a}' puts surname and given name the other way round from '{b}' ({usage})",
    "tones": "'{a}' carries tone marks; elsewhere the name is '{b}' ({usage})",
    "case": "'{a}' is capitalized differently from '{b}' ({usage})",
    "spacing": "'{a}' is hyphenated or spaced differently from '{b}' ({usage})",
    "spelling": "'{a}' may be a misspelling of '{b}' ({usage})",
}


@dataclass(frozen=True)
class Options:
    similarity: float = 88.0
    min_length: int = 6
    ignore: tuple[str, ...] = ()
    across_drafts: str = "chinese-names"  # "all", "chinese-names" or "none"


# Words that may take a capital or not inside a title-cased name: "Replace-by-Fee", "Replace-By-Fee".
_SMALL_WORDS = frozenset("a an and as at by for from in of on or per the to via with".split())
_WORDS = patterns.compile(r"[\s\-‐]+")


def run_corpus(documents: Sequence[Document], options: Options, context: Context) -> Iterator[tuple[Document, Hit]]:
    """Group the name mentions of all drafts, then report each minority rendering in its draft."""
    names = names_in(context.resources)
    occurrences = [
        Occurrence(index, doc.path, mention)
        for index, doc in enumerate(documents)
        for mention in context.fact(CHECK_NAME, doc, mentions)
        if not (mention.han and _glossed(doc.text, mention))
    ]
    if options.across_drafts not in ("all", "chinese-names", "none"):
        from ..engine import ConfigError

        raise ConfigError(f"name-variant: across-drafts must be 'all', 'chinese-names' or 'none', not {options.across_drafts!r}")
    fuzzy = FuzzyOptions(options.similarity, options.min_length)
    found_renderings = renderings(occurrences, in_order=True)
    for found in group(found_renderings, names, fuzzy):
        if len(found) < 2:
            continue  # a name written one way (most are): every part of it is a single rendering
        for part in _scoped(found, options.across_drafts):
            if len(part) > 1:
                for occurrence, hit in _group_hits(part, names, options):
                    yield documents[occurrence.doc_index], hit
    in_code = renderings(Occurrence(i, doc.path, m) for i, doc in enumerate(documents) for m in code_names(doc))
    for occurrence, hit in translated(found_renderings, names, options, in_code=in_code):
        yield documents[occurrence.doc_index], hit


def translated(
    found: Sequence[Rendering], names: NamesList, options: Options, *, in_code: Sequence[Rendering] = ()
) -> Iterator[tuple[Occurrence, Hit]]:
    """A name given in pinyin in one place and translated in another: one Chinese name, two renderings.

    For each rendering written in pinyin ("Dingding", "Tongyi Qianwen"), the English a translation
    would write for the words it can spell (CC-CEDICT's English name, or the word glossed part by
    part) is looked for among the other names of the run, and among the names ``in_code`` (`` `DingTalk` ``
    in a list of products). The rarer of the two is reported; the pinyin one always against a name in code.
    """
    by_key: dict[str, list[Rendering]] = {}
    for rendering in (*found, *in_code):
        if rendering.occurrences and not rendering.is_han:
            by_key.setdefault(english_key(rendering.text), []).append(rendering)
    coded = {id(r) for r in in_code}
    paired: set[tuple[str, str]] = set()
    for rendering in found:
        syllables = _pinyin_syllables(rendering)
        if syllables is None or names.is_listed(rendering.text):
            continue
        for english in name_renderings(syllables):
            if english.how == "gloss" and " " not in english.english:
                continue  # one ordinary word is no translated name
            key = english_key(english.english)
            others = [o for o in by_key.get(key, ()) if o.text != rendering.text and not names.is_listed(o.text)]
            # One finding a pinyin rendering and an English one, though 钉钉 and 釘釘 (simplified,
            # traditional) both render it and drafts write it "DingTalk" and "Dingtalk": the most used.
            if others and (rendering.text, key) not in paired:
                paired.add((rendering.text, key))
                other = max(others, key=lambda o: o.count)
                yield from _translation_hits(rendering, other, english, options, in_code=id(other) in coded)


def _pinyin_syllables(rendering: Rendering) -> tuple[tuple[str, ...], ...] | None:
    """The syllables, word by word, of a rendering written wholly in pinyin: two syllables or more,
    not English words."""
    words = rendering.text.split()
    if not rendering.occurrences or rendering.is_han or rendering.text.isupper():
        return None
    if rendering.sample is not None and rendering.sample.chinese is not None:
        return None  # a person's name (Xie Jiayin) is romanized, not translated: brands and nicknames are
    parts = [segment(w) for w in words]
    if any(p is None for p in parts) or all(is_english_word(w) for w in words):
        return None
    return tuple(parts) if sum(len(p) for p in parts) >= 2 else None  # type: ignore[arg-type,misc]


def _translation_hits(
    pinyin: Rendering, english: Rendering, how: ChineseRendering, options: Options, *, in_code: bool = False
) -> Iterator[tuple[Occurrence, Hit]]:
    minor, major = (pinyin, english) if in_code or pinyin.count < english.count else (english, pinyin)
    if minor.text in options.ignore:
        return
    reading = "its English name" if how.how == "name" else f"'{how.english}' word for word"
    message = (f"'{minor.text}' and '{major.text}' render one Chinese name, {how.word} "
               f"(in pinyin '{pinyin.text}', {reading}): one name, one rendering ({_usage(major)} as '{major.text}')")
    related = _places(major)
    data = {"dominant": major.text, "variants": {major.text: major.count, minor.text: minor.count}, "kind": "name"}
    for occurrence in minor.occurrences:
        yield occurrence, Hit(occurrence.mention.start, occurrence.mention.end, message, suggestion=major.text,
                              related=related, data=data)


def _scoped(found: list[Rendering], across: str) -> Iterator[list[Rendering]]:
    """The group as one, or one group per draft: a brand spelled two ways in two unrelated drafts
    is no defect of either, while a person romanized two ways across a series is."""
    chinese = any(r.is_han or (r.sample is not None and r.sample.chinese is not None) for r in found)
    if across == "all" or (across == "chinese-names" and chinese):
        yield found
        return
    listed = [r for r in found if not r.occurrences]
    # Occurrences filed by draft, then by rendering, in one pass: filtering every rendering's
    # occurrences once per draft took time in the square of the drafts (a name in 357 drafts).
    by_path: dict[str, dict[int, list[Occurrence]]] = {}
    for index, rendering in enumerate(found):
        for occurrence in rendering.occurrences:
            by_path.setdefault(occurrence.path, {}).setdefault(index, []).append(occurrence)
    for in_draft in by_path.values():
        part = [Rendering(found[i].text, tuple(there), found[i].listed) for i, there in sorted(in_draft.items())]
        yield part + listed


def _glossed(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 4) : mention.start]
    after = text[mention.end : mention.end + 4]
    return bool(_LATIN_THEN_OPEN.search(before) and _CLOSE.match(after)) or bool(_OPEN_THEN_LATIN.match(after))


def dominant(found: Sequence[Rendering], names: NamesList) -> Rendering:
    """The names list's canonical form if the group has one, else the most used romanized rendering."""
    for rendering in found:
        if names.canonical(rendering.text) == rendering.text:
            return rendering
    order = {id(r): i for i, r in enumerate(found)}
    return min(found, key=lambda r: (r.is_han, -r.count, order[id(r)]))


def variant_kind(minor: Rendering, major: Rendering) -> str:
    """How ``minor`` differs from ``major``: a key of ``_MESSAGES``."""
    if minor.is_han or major.is_han:
        return "characters"
    a = (minor.sample or parse_words(minor.text)).chinese
    b = (major.sample or parse_words(major.text)).chinese
    if a and b and (a.surname_first != b.surname_first or (a.key != b.key and a.given != b.given)):
        return "order"  # Xiaoming Wang / Wang Xiaoming; or Wang Fang / Fang Wang, both read surname first
    if strip_tones(minor.text) != minor.text and flat_key(minor.text) == flat_key(major.text):
        return "tones"
    if minor.text.casefold() == major.text.casefold():
        return "case"
    if flat_key(minor.text) == flat_key(major.text):
        return "spacing"
    return "spelling"


def _group_hits(found: Sequence[Rendering], names: NamesList, options: Options) -> Iterator[tuple[Occurrence, Hit]]:
    main = dominant(found, names)
    usage = _usage(main)
    related = _places(main)
    data = {"dominant": main.text, "variants": {r.text: r.count for r in found if r.count}, "kind": "name"}
    for rendering in found:
        if rendering is main or not rendering.count or names.is_listed(rendering.text) or rendering.text in options.ignore:
            continue
        kind = variant_kind(rendering, main)
        if kind == "spelling" and not main.listed and rendering.count >= main.count:
            continue  # two similar names used alike: perhaps two people
        if not main.listed and not _telling(kind, rendering.text, main.text):
            continue
        message = _MESSAGES[kind].format(a=rendering.text, b=main.text, usage=usage)
        for occurrence in rendering.occurrences:
            if kind == "case" and (occurrence.mention.heading or rendering.text.isupper()):
                continue  # title case in headings, capitals for emphasis
            mention = occurrence.mention
            hit = Hit(mention.start, mention.end, message, suggestion=main.text, related=related, data=data)
            yield occurrence, hit


def _telling(kind: str, minor: str, major: str) -> bool:
    """Whether the difference says the name is written two ways, not two things or two styles.

    Not telling: apostrophes alone (’ and ', for quote-style); a keyword in capitals against the
    word as a name (RETURN / Return, ID / Id); capitals only on small words of a title-cased name
    (Replace-by-Fee); a joined form against the spaced name (a handle, JaneDoe, or an identifier);
    a version or standard number hyphenated (NEP-17 / NEP17).
    """
    if minor.replace("’", "'") == major.replace("’", "'"):
        return False
    if kind == "case":
        one_word = " " not in minor and " " not in major
        if one_word and any(w.isupper() and len(w) > 1 for w in _WORDS.split(major + " " + minor)):
            return False  # a keyword or an acronym in capitals, not the name: INFO / Info, UNIX-like
        differing = [a for a, b in zip(_WORDS.split(minor), _WORDS.split(major)) if a != b]
        return not all(w.lower() in _SMALL_WORDS for w in differing)
    if kind == "spacing":
        joined = " " not in minor and " " in major
        return not joined and not any(c.isdigit() for c in minor + major)
    return True


# Places of the dominant rendering shown with each finding: a reviewer needs a few to compare, and
# listing all of them with every variant would cost variants × places (quadratic on a long draft).
MAX_RELATED = 10


def _places(main: Rendering) -> tuple[Related, ...]:
    """The first ``MAX_RELATED`` places ``main`` is written, the last one counting the rest."""
    shown = main.occurrences[:MAX_RELATED]
    rest = main.count - len(shown)
    return tuple(
        Related(o.mention.start, o.mention.end, f"'{main.text}'" + (f" (and {rest} more)" if rest and i == len(shown) - 1 else ""), o.path)
        for i, o in enumerate(shown)
    )


def _usage(main: Rendering) -> str:
    if not main.count:
        return "the canonical form in the names list"
    files = len({o.path for o in main.occurrences})
    times = "once" if main.count == 1 else f"{main.count} times"
    return f"used {times}" + (f" in {files} files" if files > 1 else "")


CHECK_NAME = "name-variant"

CHECK = Check(
    name=CHECK_NAME,
    category="consistency",
    severity=Severity.WARNING,
    doc=__doc__,
    target_langs=ENGLISH_TARGETS,
    options=Options,
    run_corpus=run_corpus,
    extract=mentions,  # found in the worker that read the draft, combined in the parent
    warm_up=chinese_warm_up,
)
