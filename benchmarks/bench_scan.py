"""Throughput, memory and recall of `scan` on a 10 MB draft corpus with planted leftovers.

    python benchmarks/bench_scan.py [--mb 10] [--select CHECKS]
    python benchmarks/bench_scan.py --per-check [--mb 1] [PATH ...]


The corpus is built from the English paragraphs of the sample draft (seeded, so every run builds the
same corpus), split into 100 KB drafts, with leftovers planted at known lines: Chinese runs glued to a
word and between spaces, whole Chinese and French paragraphs, full-width punctuation and mojibake.
It prints MB/s, peak memory, how many planted leftovers were found, and findings elsewhere (which on
this clean prose are false positives), then the start-up time of `l10n-check --help`.

With ``--per-check`` it prints instead every check's own throughput in a table, slowest first: the
documents (the planted corpus, or the PATHs given, such as a PO catalog) are read once, then each
check runs alone over all of them (with its warm-up outside the clock), so a slow check is seen.
"""

from __future__ import annotations

import argparse
from collections import Counter
import pathlib
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from l10n_check import engine, runner  # noqa: E402
from l10n_check.textutil import foreign_letter_count  # noqa: E402

SAMPLE = ROOT / "tests" / "fixtures" / "sample_interview.txt"
DRAFT_BYTES = 100_000

# Leftovers to plant: (check that must find it, how to plant it into an English paragraph).
CHINESE_TERMS = ["整理稿", "干货", "赛道", "内卷", "打工人", "私域流量", "抓手", "颗粒度"]
CHINESE_PARAGRAPHS = [
    "免责声明：本文仅供参考，不构成任何投资建议。",
    "以上内容由作者整理发布，转载请注明出处并联系我们获取授权。",
]
FRENCH_PARAGRAPHS = [
    "Le marché a fortement progressé cette semaine, selon les analystes de la banque centrale européenne.",
    "Nous avons discuté avec les responsables de la plateforme pendant plusieurs heures hier soir.",
]


def plant(paragraph: str, rng: random.Random) -> tuple[str, str]:
    """Return (new paragraph, check expected to report it)."""
    kind = rng.randrange(6)
    words = paragraph.split(" ")
    at = rng.randrange(1, max(2, len(words)))
    if kind == 0:
        words[at - 1] += rng.choice(CHINESE_TERMS)  # glued: "a整理稿"
        return " ".join(words), "untranslated-fragment"
    if kind == 1:
        words.insert(at, rng.choice(CHINESE_TERMS))
        return " ".join(words), "untranslated-fragment"
    if kind == 2:
        return rng.choice(CHINESE_PARAGRAPHS), "untranslated-paragraph"
    if kind == 3:
        return rng.choice(FRENCH_PARAGRAPHS), "untranslated-paragraph"
    if kind == 4:
        words[at - 1] += "，"
        return " ".join(words), "fullwidth-punctuation"
    words.insert(at, "donâ€™t")
    return " ".join(words), "garbled-text"


def build_corpus(directory: pathlib.Path, megabytes: float, rng: random.Random) -> set[tuple[str, int, str]]:
    """Write the drafts; return the planted (path, line, check) triples."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    english = [line for line in lines if line.strip() and foreign_letter_count(line, "en") == 0]
    planted: set[tuple[str, int, str]] = set()
    total, index = 0, 0
    while total < megabytes * 1_000_000:
        path = directory / f"draft_{index:04d}.txt"
        body, size, line_no = [], 0, 0
        while size < DRAFT_BYTES:
            line_no += 1
            paragraph = rng.choice(english)
            if rng.random() < 0.02:
                paragraph, check = plant(paragraph, rng)
                planted.add((str(path), line_no, check))
            body.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 1
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        total += size
        index += 1
    return planted


# Markdown written to make a careless masker scan quadratically: each kind, 1 MB.
HOSTILE_MARKDOWN = {
    "nested brackets": lambda n: "[" * n + "x](",
    "link openers": lambda n: "](" * (n // 2),
    "backtick runs": lambda n: "".join("`" * (i % 7 + 1) + "a" for i in range(n // 5)),
    "emphasis runs": lambda n: "*a " * (n // 3),
    "template openers": lambda n: "{{" * (n // 2),
    "one long line": lambda n: "word [x](y) `z` " * (n // 16),
}


def hostile_markdown(megabytes: float = 1.0) -> dict[str, float]:
    """Seconds per MB to read (mask and segment) each kind of hostile Markdown."""
    from l10n_check.readers import parse

    size = int(megabytes * 1_000_000)
    seconds = {}
    for name, build in HOSTILE_MARKDOWN.items():
        text = build(size)
        start = time.perf_counter()
        parse("hostile.md", text, "zh", "en")
        seconds[name] = (time.perf_counter() - start) / (len(text) / 1e6)
    return seconds


def help_startup(repeat: int = 5) -> float:
    """Median wall time of `python -m l10n_check --help`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "l10n_check", "--help"], cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def per_check(paths: list[str]) -> None:
    """Read ``paths`` once, then time each check alone over every document; print a table."""
    from l10n_check.checks import CHECKS
    from l10n_check.readers import parse

    # CPU seconds of this process: on a machine shared with others, wall time measures them too.
    start = time.process_time()
    documents, problems = runner.read_documents(runner.ScanRequest(tuple(paths)))
    reading = time.process_time() - start
    megabytes = sum(len(doc.text.encode("utf-8")) for doc in documents) / 1e6
    rows = [("(reading)", reading, len(problems))]
    # Data that checks load on first need (dictionaries, word frequencies) is loaded before the
    # clocks start, by every check on a small draft: a check's figure is then its own work.
    for check in CHECKS:
        if check.warm_up is not None:
            check.warm_up()
    engine.lint([parse("warm.txt", "Warm up a好 Xie Jiayin, cafÃ©, the companys plan.\n", "zh", "en")], engine.Config())
    for check in CHECKS:
        config = engine.Config(select=(check.name,))
        start = time.process_time()
        findings = engine.run_checks(documents, config)
        rows.append((check.name, time.process_time() - start, len(findings)))
    total = sum(seconds for _, seconds, _ in rows)
    print(f"{megabytes:.2f} MB in {len(documents)} documents; every check alone, slowest first (CPU seconds)")
    print(f"{'check':<26} {'seconds':>8} {'MB/s':>9} {'share':>6} {'findings':>9}")
    for name, seconds, count in sorted(rows, key=lambda row: -row[1]):
        rate = megabytes / seconds if seconds else float("inf")
        print(f"{name:<26} {seconds:8.3f} {rate:9.1f} {seconds / total:6.1%} {count:9d}")
    print(f"{'all':<26} {total:8.3f} {megabytes / total:9.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--select", default="untranslated-fragment,untranslated-paragraph,fullwidth-punctuation,garbled-text",
                        help="comma-separated checks, or 'all'")
    parser.add_argument("--per-check", action="store_true", help="print every check's own throughput instead")
    parser.add_argument("paths", nargs="*", help="with --per-check: files to time instead of the planted corpus")
    args = parser.parse_args()
    if args.per_check and args.paths:
        per_check(args.paths)
        return
    with tempfile.TemporaryDirectory() as tmp:
        directory = pathlib.Path(tmp)
        planted = build_corpus(directory, args.mb, random.Random(20261125))
        if args.per_check:
            per_check([str(directory)])
            return
        size = sum(p.stat().st_size for p in directory.iterdir())
        config = engine.Config(select=() if args.select == "all" else tuple(args.select.split(",")))
        start = time.perf_counter()
        report = runner.scan(runner.ScanRequest((str(directory),), config))
        elapsed = time.perf_counter() - start
        # A second pass in the same process: langdetect's profiles and ftfy are loaded by then, so
        # this is the checks' throughput without the one-time start-up (~0.2 s).
        start = time.perf_counter()
        runner.scan(runner.ScanRequest((str(directory),), config))
        warm = time.perf_counter() - start
    found = {(f.path, f.line, f.check) for f in report.findings}
    planted_lines = {(p, line) for p, line, _ in planted}
    planted_kinds = {check for _, _, check in planted}
    # Noise: what the checks that leftovers were planted for report elsewhere. Other checks (names,
    # terms, typography) rightly report the sample's own defects, repeated in every draft.
    elsewhere = [f for f in report.findings if f.check in planted_kinds and (f.path, f.line) not in planted_lines]
    others = Counter(f.check for f in report.findings if f.check not in planted_kinds)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {size / 1e6:.1f} MB in {len(report.documents)} drafts, {len(planted)} planted leftovers")
    print(f"scan:   {elapsed:.2f} s = {size / 1e6 / elapsed:.1f} MB/s first run, one core (checks: {args.select})")
    print(f"warm:   {warm:.2f} s = {size / 1e6 / warm:.1f} MB/s with language profiles already loaded")
    print(f"memory: peak RSS {peak_mb:.0f} MB (whole process, corpus and findings included)")
    print(f"recall: {len(planted & found)}/{len(planted)} planted leftovers found")
    print(f"noise:  {len(elsewhere)} findings of the untranslated checks on unplanted lines")
    if others:
        print(f"others: {dict(sorted(others.items()))} (the sample's own defects, in every draft)")
    print(f"start:  `l10n-check --help` in {help_startup() * 1000:.0f} ms (median of 5)")
    worst = hostile_markdown()
    print("hostile Markdown, reading: " + ", ".join(f"{name} {s:.2f} s/MB" for name, s in worst.items()))


if __name__ == "__main__":
    main()
