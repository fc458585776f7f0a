"""Seconds per MB of every pathological generator (``tests/pathological.py``), read and checked with
every check, at growing sizes: time that grows faster than the input shows as a growth exponent
above 1 (1 is linear, 2 quadratic). Prints the worst generator last.

    python benchmarks/bench_pathological.py [--sizes 16000,64000] [--only NAME,...] [--limit 60]

Each measurement runs in its own process under ``--limit`` seconds, so that a generator which does
not finish is reported as such instead of stopping the benchmark. Reading (the reader and its
masking) and checking are timed apart.
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from pathological import GENERATORS, GENERATORS_BY_NAME  # noqa: E402

MEASURE = """
import json, sys, time
sys.path.insert(0, {tests!r})
from pathological import GENERATORS_BY_NAME
from l10n_check import engine
from l10n_check.checks import CHECKS
from l10n_check.readers import parse
for check in CHECKS:  # lazily loaded data is not the generator's cost
    if check.warm_up is not None:
        check.warm_up()
engine.lint([parse("w.txt", "Warm up a好 Xie Jiayin, cafÃ©.\\n", "zh", "en")], engine.Config())
generator = GENERATORS_BY_NAME[{name!r}]
text = generator.make({size})
started = time.perf_counter()
doc = parse("d" + generator.suffix, text, "zh", "en")
read = time.perf_counter()
findings = engine.lint([doc], engine.Config())
done = time.perf_counter()
print(json.dumps({{"bytes": len(text.encode("utf-8")), "read": read - started, "check": done - read,
                  "findings": len(findings)}}))
"""


def measure(name: str, size: int, limit: float) -> dict | None:
    """One generator at one size in a fresh process; None when it did not finish within ``limit``."""
    code = MEASURE.format(tests=str(ROOT / "tests"), name=name, size=size)
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def growth(first: dict, last: dict) -> float:
    """How time grows with size: 1 linear, 2 quadratic (from the total of reading and checking)."""
    t1, t2 = first["read"] + first["check"], last["read"] + last["check"]
    if min(t1, t2) < 0.02:  # too fast to tell apart from noise
        return 1.0
    return math.log(t2 / t1) / math.log(last["bytes"] / first["bytes"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="16000,64000", help="sizes in bytes, comma-separated (default 16000,64000)")
    parser.add_argument("--only", default="", help="generator names, comma-separated (default: all)")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds a measurement may take (default 60)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    chosen = [GENERATORS_BY_NAME[name] for name in args.only.split(",") if name] or list(GENERATORS)
    print(f"{'generator':28} {'size':>9} {'read s/MB':>10} {'check s/MB':>11} {'findings':>9}  growth")
    worst: tuple[float, str] = (0.0, "")
    for generator in chosen:
        results = []
        for size in sizes:
            result = measure(generator.name, size, args.limit)
            if result is None:
                print(f"{generator.name:28} {size:>9} {'did not finish in ' + str(args.limit) + ' s':>33}")
                worst = max(worst, (math.inf, f"{generator.name} (did not finish {size} bytes in {args.limit} s)"))
                break
            results.append(result)
            megabytes = result["bytes"] / 1e6
            print(f"{generator.name:28} {result['bytes']:>9} {result['read'] / megabytes:>10.2f} "
                  f"{result['check'] / megabytes:>11.2f} {result['findings']:>9}", flush=True)
        if len(results) >= 2:
            exponent = growth(results[0], results[-1])
            print(f"{'':28} growth exponent {exponent:.2f}{'  (masking)' if generator.masking else ''}")
            total = (results[-1]["read"] + results[-1]["check"]) / (results[-1]["bytes"] / 1e6)
            worst = max(worst, (total, f"{generator.name}: {total:.1f} s/MB at {results[-1]['bytes']} bytes, "
                                       f"growth exponent {exponent:.2f}"))
    print(f"\nworst: {worst[1]}")


if __name__ == "__main__":
    main()
