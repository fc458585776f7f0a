"""The English renderings a Chinese word written in pinyin may also have in a draft.

A machine translation meets one Chinese name several times and may romanize it once and translate
it elsewhere: 通义千问 as "Tongyi Qianwen" and "Tongyi Thousand Questions", 钉钉 as "Dingding"
and "DingTalk", 铁甲小宝 as "Tiejia Xiaobao" and "Armored Little Treasure". ``renderings`` gives,
for the words a pinyin spelling can be (CC-CEDICT's headwords by their pinyin, and jieba's word
list), the English a translation would write:

- CC-CEDICT's English name of a proper noun ("DingTalk, business communication platform..." →
  "DingTalk"; "Weixin or WeChat (...)" → "Weixin", "WeChat");
- the word glossed part by part ("铁甲" "armor" + "小宝"... → "armor little treasure").

``key`` folds a rendering for comparison: case, spaces and simple endings ("Armored" = "armor").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Sequence

from . import dictionary
from .pinyin import join, strip_tones

_NAME = re.compile(r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?: or ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*))?(?=$|[ ,(;])")
_ENDINGS = ("ed", "es", "s", "e")


class Rendering(NamedTuple):
    """One English rendering of a Chinese word: the word, the English, and how it was made."""

    word: str
    english: str
    how: str  # "name" (CC-CEDICT's English name) or "gloss" (part by part)


def key(text: str) -> str:
    """``"Armored Little Treasure"`` → ``"armorlittletreasur"``: case, spaces and endings folded."""
    words = re.findall(r"[a-z]+", strip_tones(text).lower())
    return "".join(_stem(w) for w in words)


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if len(word) > len(ending) + 2 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def names_by_pinyin(key: str) -> tuple[str, ...]:
    """CC-CEDICT proper nouns of two characters or more spelled ``key`` (toneless joined pinyin),
    from ``data/names_pinyin.tsv`` (built by ``data/build_chinese_data.py``: indexing CC-CEDICT here
    took 0.3 s on every run that met a name in pinyin), through the on-disk cache."""
    from .datafiles import keyed_table

    words = keyed_table("names_pinyin.tsv").get(key)
    return tuple(words.split(" ")) if words is not None else ()


def index_names_by_pinyin(cedict: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Toneless joined pinyin → the proper nouns of two characters or more among ``cedict``'s raw
    lines (headword → lines, as ``dictionary.cedict_lines`` gives them), in file order."""
    table: dict[str, list[str]] = {}
    for word, lines in cedict.items():
        if len(word) < 2:
            continue
        for line in lines:
            pinyin = line.split("[", 1)[1].split("]", 1)[0]
            if pinyin[:1].isupper():  # CC-CEDICT capitalizes the pinyin of names
                syllables = pinyin.replace("u:", "u").lower().translate(_DIGITS).split()
                if all(s.isalpha() for s in syllables):
                    table.setdefault("".join(syllables), []).append(word)
    return {k: tuple(dict.fromkeys(v)) for k, v in table.items()}


_DIGITS = str.maketrans("", "", "012345")
MAX_SENSES = 3  # senses of a part a literal translation may pick
MAX_COMBINATIONS = 64


def words(syllables: Sequence[str]) -> tuple[str, ...]:
    """Chinese words spelled ``syllables``: CC-CEDICT's names first, then the commonest of jieba's."""
    found = list(names_by_pinyin("".join(syllables)))
    found += [w.text for w in dictionary.lookup(syllables)[:3]]
    return tuple(dict.fromkeys(w for w in found if len(w) == len(syllables)))


@functools.lru_cache(maxsize=4096)
def renderings(syllables: tuple[str, ...]) -> tuple[Rendering, ...]:
    """Every English rendering of the words ``syllables`` can spell (see the module docstring)."""
    found: list[Rendering] = []
    for word in words(syllables):
        for entry in dictionary.entries(word):
            if entry.is_proper and entry.senses:
                match = _NAME.match(entry.senses[0])
                found += [Rendering(word, name, "name") for name in (match.groups() if match else ()) if name]
        found += [Rendering(word, phrase, "gloss") for phrase in glosses(word)]
    return tuple(found)


def glosses(word: str) -> list[str]:
    """``word`` translated part by part, a few senses of each part: "铁甲小宝" → "armor little treasure", ..."""
    pieces = _pieces(word)
    if len(pieces) < 2 and len(word) < 2:
        return []
    phrases = [""]
    for piece in pieces:
        senses = plain_senses(piece)
        if not senses:
            return []
        phrases = [f"{p} {s}".strip() for p in phrases for s in senses][:MAX_COMBINATIONS]
    return phrases


def _pieces(word: str) -> list[str]:
    """``word`` cut into the longest parts CC-CEDICT explains, left to right (each char at worst)."""
    pieces, start = [], 0
    while start < len(word):
        end = next((e for e in range(len(word), start + 1, -1) if plain_senses(word[start:e])), start + 1)
        pieces.append(word[start:end])
        start = end
    return pieces


@functools.lru_cache(maxsize=8192)
def plain_senses(piece: str) -> tuple[str, ...]:
    """The first short senses of ``piece`` as a translation writes them: "to fly" → "fly"."""
    found: list[str] = []
    for entry in dictionary.entries(piece):
        if entry.is_proper:
            continue
        for sense in entry.senses:
            for part in sense.split(";"):
                text = re.sub(r"\([^)]*\)", "", part).strip()
                text = re.sub(r"^(?:to|a|an|the) ", "", text)
                if re.fullmatch(r"[a-z]+(?: [a-z]+)?", text) and text not in found:
                    found.append(text)
    return tuple(found[:MAX_SENSES])


@functools.lru_cache(maxsize=4096)
def name_renderings(words_syllables: tuple[tuple[str, ...], ...]) -> tuple[Rendering, ...]:
    """Renderings of a name written as several pinyin words ("Tiejia Xiaobao"): the whole, as one
    word, and the words' renderings side by side ("armor" + "small treasure")."""
    whole = renderings(tuple(s for w in words_syllables for s in w))
    if len(words_syllables) < 2:
        return whole
    combined = [("", "")]
    for syllables in words_syllables:
        options = [r for r in renderings(syllables) if r.how == "gloss"]
        if not options:
            return whole
        combined = [(c + r.word, f"{e} {r.english}".strip()) for c, e in combined for r in options][:MAX_COMBINATIONS]
    return whole + tuple(Rendering(word, english, "gloss") for word, english in combined)
