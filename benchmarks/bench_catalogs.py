"""How long the real catalogs in ../shared/corpus take to read, write back and check.

    python benchmarks/bench_catalogs.py [CATALOG...]

For each catalog: polib read (what merging an exported catalog costs), our atomic write, the
round trip with every entry compared, and l10n-check's own PO reader (exact positions, used by
`scan`). Best of three runs each.
"""

from __future__ import annotations

import pathlib
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


def main(paths: list[str]) -> int:
    catalogs = [pathlib.Path(p) for p in paths] or sorted(CORPUS.glob("*.po"))
    if not catalogs:
        print(f"no catalogs: {CORPUS} is absent", file=sys.stderr)
        return 2
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
