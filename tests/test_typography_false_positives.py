"""The typography checks on real, edited English: the Python docs' msgids from shared/corpus.

The issue's bound: fewer than one finding per 50 KB for every check except quote-style. The
measurement is benchmarks/fp_rate_typography.py's, so the test and the printed figures agree.
"""

import importlib.util
import pathlib

import pytest

from conftest import CORPUS

CATALOG = CORPUS / "large_python-docs-zh-cn-3.13_library_msgcat.po"
SCRIPT = pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "fp_rate_typography.py"


@pytest.mark.skipif(not CATALOG.exists(), reason=f"{CATALOG} not present (shared corpus absent)")
def test_false_positive_rate_is_below_one_per_50_kb():
    spec = importlib.util.spec_from_file_location("fp_rate_typography", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    documents, size = module.load_documents(CATALOG)
    assert size > 4_000_000
    found = module.findings_by_check(documents)
    rates = {name: module.rate(len(items), size) for name, items in found.items()}
    over = {name: round(r, 3) for name, r in rates.items() if r >= 1 and name not in module.BOUND_EXEMPT}
    assert over == {}, f"over one finding per 50 KB: {over}"
