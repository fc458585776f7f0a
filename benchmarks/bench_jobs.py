"""How much faster ``-j 2`` scans a directory of 1,000 drafts than ``-j 1``, with identical output.

Builds the drafts (seeded, in a temporary directory) from the sample's paragraphs with typical
damage mixed in: Chinese left in sentences, untranslated paragraphs, full-width punctuation,
mojibake and suppression comments. Then runs ``python -m l10n_check scan DIR --format json`` as a
user would, once per setting and round, and prints the best time of each, their ratio and whether
the outputs are byte-identical. Other processes on the machine slow either run; the load average
and the CPU seconds each setting used are printed so a reader can judge (when another process holds
a core, -j 2 cannot run twice as fast, but its CPU seconds stay close to -j 1's).

    python benchmarks/bench_jobs.py [--drafts 1000] [--rounds 2] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import pathlib
import random
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "fixtures" / "sample_interview.txt"
DAMAGE = (
    lambda p, rng: p.replace(" the ", " the 整理稿 ", 1),
    lambda p, rng: p.replace(", ", "，", 1),
    lambda p, rng: p.replace("'", "â€™", 1),
    lambda p, rng: "本文内容仅供参考，不构成任何投资建议，读者应当自行判断并承担风险。",
    lambda p, rng: "<!-- l10n-check: disable-next-line fullwidth-punctuation -->\n" + p.replace(", ", "，", 1),
)


def build(directory: pathlib.Path, count: int, seed: int = 8) -> None:
    """``count`` drafts of 20–40 paragraphs each, every fifth paragraph or so damaged."""
    paragraphs = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    for index in range(count):
        chosen = [rng.choice(paragraphs) for _ in range(rng.randint(20, 40))]
        chosen = [rng.choice(DAMAGE)(p, rng) if rng.random() < 0.2 else p for p in chosen]
        (directory / f"draft{index:04}.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")


def scan(directory: pathlib.Path, jobs: int) -> tuple[float, float, bytes]:
    """Wall-clock seconds, CPU seconds of the scan and its worker processes, and the output."""
    command = [sys.executable, "-m", "l10n_check", "scan", str(directory), "--format", "json", "-j", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({done.returncode}): {done.stderr.decode()[:500]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        directory = pathlib.Path(temporary)
        build(directory, args.drafts)
        size = sum(p.stat().st_size for p in directory.iterdir())
        print(f"{args.drafts} drafts, {size / 1e6:.1f} MB; CPUs available: {len(os.sched_getaffinity(0))}; "
              f"load average before: {os.getloadavg()[0]:.2f}")
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        cpus: dict[int, list[float]] = {1: [], args.jobs: []}
        outputs: dict[int, set[bytes]] = {1: set(), args.jobs: set()}
        for _ in range(args.rounds):
            for jobs in (1, args.jobs):
                elapsed, cpu, output = scan(directory, jobs)
                times[jobs].append(elapsed)
                cpus[jobs].append(cpu)
                outputs[jobs].add(output)
        serial, parallel = min(times[1]), min(times[args.jobs])
        identical = len(outputs[1] | outputs[args.jobs]) == 1
        for jobs in (1, args.jobs):
            print(f"-j {jobs}: {min(times[jobs]):.2f} s wall (runs: {', '.join(f'{t:.2f}' for t in times[jobs])}); "
                  f"CPU {min(cpus[jobs]):.2f} s")
        print(f"speed-up: {serial / parallel:.2f}x; output byte-identical: {identical} "
              f"({len(next(iter(outputs[1])))} bytes); load average after: {os.getloadavg()[0]:.2f}")
        if not identical:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
