"""glossary-violation with a 5,000-term glossary against a 10 MB draft corpus.

    python benchmarks/bench_glossary.py [--terms 5000] [--mb 10]

The glossary is synthetic and seeded: two- and three-word phrases drawn from the sample's own
vocabulary (so many of them do occur), each with a forbidden variant, plus the real region entry.
All forms go into one combined matcher; the script prints the glossary load time, the scan's MB/s
and how many violations it found.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import re
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scan import build_corpus  # noqa: E402
from l10n_check import engine, runner  # noqa: E402
from l10n_check.glossary import load  # noqa: E402

SAMPLE = ROOT / "tests" / "fixtures" / "sample_interview.txt"


def write_glossary(path: pathlib.Path, count: int, rng: random.Random) -> None:
    words = sorted(set(re.findall(r"[a-z]{4,}", SAMPLE.read_text(encoding="utf-8").lower())))
    rows = {"华语区,Chinese-speaking region,Chinese-speaking market,,"}
    while len(rows) < count:
        size = rng.choice((2, 2, 3))
        approved = " ".join(rng.sample(words, size))
        forbidden = " ".join(rng.sample(words, size))
        rows.add(f"术语{len(rows)},{approved},{forbidden},,")
    path.write_text("source,target,forbidden,note,case-sensitive\n" + "\n".join(sorted(rows)) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=5000)
    parser.add_argument("--mb", type=float, default=10.0)
    args = parser.parse_args()
    rng = random.Random(20261125)
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        glossary_file = folder / "glossary.csv"
        write_glossary(glossary_file, args.terms, rng)
        drafts = folder / "drafts"
        drafts.mkdir()
        build_corpus(drafts, args.mb, rng)
        size = sum(p.stat().st_size for p in drafts.iterdir())
        start = time.perf_counter()
        glossary = load(str(glossary_file))
        loaded = time.perf_counter() - start
        config = engine.Config(select=("glossary-violation",))
        start = time.perf_counter()
        report = runner.scan(runner.ScanRequest((str(drafts),), config, resources={"glossary": glossary}, jobs=1))
        elapsed = time.perf_counter() - start
    print(f"glossary: {len(glossary.entries)} entries loaded and compiled in {loaded:.2f} s")
    print(f"corpus:   {size / 1e6:.1f} MB in {len(report.documents)} drafts")
    print(f"scan:     {elapsed:.2f} s = {size / 1e6 / elapsed:.1f} MB/s on one core (read + match)")
    print(f"found:    {len(report.findings)} violations")


if __name__ == "__main__":
    main()
