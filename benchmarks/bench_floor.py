"""How fast pure Python can read English prose word by word: the floor under issue 15's goals.

    python benchmarks/bench_floor.py [--copies 36] [--rounds 3]

Issue 15 asks for 10 MB/s on many drafts and 0.5 s for a 1 MB draft, that is 0.1 s of work per MB
for every check together. This script measures, on the sample repeated ``--copies`` times (1 MB by
default, the bench_peers input), what the cheapest possible passes over that text cost in CPython:

- a bare regex scan for runs of Han characters (the untranslated-text floor; bench_peers's peer);
- one ``re.split`` into words, as ``tokens.ascii_words`` does (the shared tokenisation);
- that split plus the least a word-level check does with each word in Python: one set look-up;
- that split plus three cheap operations a word (its case, its lower-case form, a tuple), which is
  what a check reading two- and three-word sequences or capitalised runs must at least do.

It then prints the checks that read word by word (their own time, from ``bench_scan --per-check``'s
method: each check alone, data loaded first) beside that floor. The gap between a check and the
floor is the check's logic: the decisions that make it precise (sentence openers, titles, quotations,
Chinese names, plural forms), which the issue's scope ("in the checks, only how they tokenise and
look data up") leaves in place.

CPU seconds of this process (``time.process_time``), best of ``--rounds``: other load on a shared
machine moves them less than wall time.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys
import tempfile
import time
from typing import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "tests" / "fixtures" / "sample_interview.txt"
WORD_CHECKS = ("term-variant", "calque", "name-variant", "lost-apostrophe", "glued-words", "repeated-word", "name-role-conflict")
_WORD = re.compile(r"([A-Za-z][A-Za-z0-9']*)")
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_COMMON = frozenset("the of and to a in is that for it as with was on be by this are".split())


def best(work: Callable[[], object], rounds: int) -> float:
    """The least CPU time of ``rounds`` runs of ``work``."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def floor_passes(text: str) -> dict[str, Callable[[], object]]:
    """The cheapest passes over ``text``, cheapest first."""
    lines = text.split("\n")

    def split_words() -> list[list[str]]:
        return [_WORD.split(line)[1::2] for line in lines]

    def one_lookup() -> int:
        return sum(1 for line in lines for word in _WORD.split(line)[1::2] if word in _COMMON)

    def three_ops() -> list[tuple[str, bool, str]]:
        return [(word, word[0].isupper(), word.lower()) for line in lines for word in _WORD.split(line)[1::2]]

    return {
        "bare regex scan for Han runs": lambda: _HAN_RUN.findall(text),
        "re.split into words, kept (shared tokens)": split_words,
        "split + one set look-up a word": one_lookup,
        "split + three operations a word": three_ops,
    }


def check_times(path: pathlib.Path, rounds: int) -> dict[str, float]:
    """Each word-level check alone on the document at ``path``, then all of them in one run (the
    name checks share their reading of names), data loaded first (CPU seconds)."""
    from l10n_check import engine, runner
    from l10n_check.checks import CHECKS_BY_NAME

    for name in WORD_CHECKS:
        warm = CHECKS_BY_NAME[name].warm_up
        if warm is not None:
            warm()
    times = {}
    for name in (*WORD_CHECKS, ",".join(WORD_CHECKS)):
        config = engine.Config(select=tuple(name.split(",")))
        engine.run_checks(runner.read_documents(runner.ScanRequest((str(path),)))[0], config)  # lazy data
        runs = []
        for _ in range(rounds):
            documents = runner.read_documents(runner.ScanRequest((str(path),)))[0]  # facts are kept per document
            start = time.process_time()
            engine.run_checks(documents, config)
            runs.append(time.process_time() - start)
        times[name] = min(runs)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=36, help="copies of the sample (36: the 1 MB draft)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    text = "\n".join([SAMPLE.read_text(encoding="utf-8")] * args.copies)
    megabytes = len(text.encode("utf-8")) / 1e6
    words = sum(len(_WORD.split(line)) // 2 for line in text.split("\n"))
    print(f"{megabytes:.2f} MB, {words:,} words; CPU seconds per MB, best of {args.rounds}")
    print(f"{'pass':<44} {'s/MB':>7} {'MB/s':>8} {'ns/word':>8}")
    rows = [(name, best(work, args.rounds)) for name, work in floor_passes(text).items()]
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "draft.txt"
        path.write_text(text, encoding="utf-8")
        checks = check_times(path, args.rounds)
    together = checks.pop(",".join(WORD_CHECKS))
    rows += [(f"check {name}", seconds) for name, seconds in checks.items()]
    rows.append((f"the {len(checks)} checks above in one run", together))
    for name, seconds in rows:
        per_mb = seconds / megabytes
        print(f"{name:<44} {per_mb:7.3f} {1 / per_mb if per_mb else float('inf'):8.1f} {seconds / words * 1e9:8.0f}")
    least = dict(rows)["split + one set look-up a word"] / megabytes
    print(f"\n{len(checks)} passes doing only one look-up a word: {least * len(checks):.3f} s/MB "
          f"({1 / (least * len(checks)):.1f} MB/s)\nthe budget of 10 MB/s: 0.100 s/MB for all checks")


if __name__ == "__main__":
    main()
