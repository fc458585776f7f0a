"""How long the real catalogs in ../shared/corpus take to read, write back and check.

    python benchmarks/bench_catalogs.py [CATALOG...]
    python benchmarks/bench_catalogs.py --scan [--baseline DIR ...] [--rounds 3] [CATALOG...]

For each catalog: polib read (what merging an exported catalog costs), our atomic write, the
round trip with every entry compared, and l10n-check's own PO reader (exact positions, used by
`scan`). Best of three runs each.

With ``--scan`` it times instead what a user runs, in one run: ``l10n-check scan`` with all checks
as a whole process (wall seconds, peak MB, and the digest of its JSON output) beside ``msgfmt -c``
on the same catalog, and with ``--baseline DIR`` the l10n-check of another checkout (an export of
an earlier commit) too, so a change is measured against the code before it under the same load.
Each checkout is compiled to bytecode first, as an install is; processes are timed by
``bench_peers``' helpers.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import shutil
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from l10n_check.catalog import read_catalog, write_catalog  # noqa: E402
from l10n_check.readers import read_path  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def best(function, runs: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def scan_table(catalogs: list[pathlib.Path], baselines: list[pathlib.Path], rounds: int) -> None:
    """Whole-process scans of each catalog by this checkout and each baseline, with ``msgfmt -c``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import compileall

    from bench_peers import best as best_process, l10n_check

    roots = [ROOT, *baselines]
    for root in roots:  # as an install does: the runs then time l10n-check, not Python compiling it
        compileall.compile_dir(root / "l10n_check", quiet=1)
    load = os.getloadavg()[0]
    print(f"best of {rounds}, load average {load:.1f} on {os.cpu_count()} cores; seconds wall, peak MB, output digest")
    names = ["this checkout", *(str(b) for b in baselines), "msgfmt -c"]
    print(f"{'catalog':48} " + " ".join(f"{name[-24:]:>28}" for name in names))
    for path in catalogs:
        cells = []
        for root in roots:
            timing = best_process(l10n_check(path, 1), rounds, root)
            cells.append(f"{timing.seconds:6.2f} s {timing.megabytes:4.0f} MB {timing.digest}")
        if shutil.which("msgfmt"):
            timing = best_process(["msgfmt", "-c", "-o", os.devnull, str(path)], rounds)
            cells.append(f"{timing.seconds:6.2f} s {timing.megabytes:4.0f} MB {'':12}")
        print(f"{path.name:48} " + " ".join(f"{c:>28}" for c in cells))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scan", action="store_true", help="time whole `l10n-check scan` runs beside msgfmt -c")
    parser.add_argument("--baseline", type=pathlib.Path, action="append", default=[], help="another checkout to time (--scan)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each command with --scan; the fastest counts")
    parser.add_argument("catalogs", nargs="*")
    args = parser.parse_args(argv)
    catalogs = [pathlib.Path(p).resolve() for p in args.catalogs] or sorted(CORPUS.glob("*.po"))
    if not catalogs:
        print(f"no catalogs: {CORPUS} is absent", file=sys.stderr)
        return 2
    if args.scan:
        scan_table(catalogs, [b.resolve() for b in args.baseline], args.rounds)
        return 0
    print(f"{'catalog':48} {'MB':>5} {'entries':>8} {'read':>6} {'write':>6} {'same':>5} {'reader':>7}")
    for path in catalogs:
        read_s, catalog = best(lambda: read_catalog(str(path)))
        with tempfile.TemporaryDirectory() as tmp:
            target = pathlib.Path(tmp) / path.name
            write_s, _ = best(lambda: (target.unlink(missing_ok=True), write_catalog(str(target), catalog)))
            again = read_catalog(str(target))
        same = [str(e) for e in again] == [str(e) for e in catalog]
        reader_s, document = best(lambda: read_path(str(path), "en", "zh-CN"))
        size = path.stat().st_size / 1e6
        print(f"{path.name:48} {size:5.1f} {len(catalog):8d} {read_s:5.2f}s {write_s:5.2f}s {str(same):>5} {reader_s:6.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
