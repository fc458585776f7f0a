"""False-positive bound of the typography checks on real, edited English (the Python docs' msgids).

Reads ../shared/corpus once per session (about 1 s with polib) and skips cleanly when it is absent.
The measurement itself lives in benchmarks/fp_rate_typography.py, which prints the same rates.
"""

import importlib.util
import pathlib

import pytest

from conftest import CORPUS

CATALOG = CORPUS / "large_python-docs-zh-cn-3.13_library_msgcat.po"
BENCHMARK = pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "fp_rate_typography.py"


def _benchmark():
    spec = importlib.util.spec_from_file_location("fp_rate_typography", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured():
    if not CATALOG.exists():
        pytest.skip(f"corpus not present: {CATALOG}")
    bench = _benchmark()
    documents, size = bench.load_documents(CATALOG)
    return bench, bench.findings_by_check(documents), size


@pytest.mark.parametrize("check", ["lost-apostrophe", "stray-markup", "unbalanced-brackets", "glued-words", "repeated-word", "punctuation-spacing"])
def test_fewer_than_one_finding_per_50_kb_of_edited_english(measured, check):
    bench, findings, size = measured
    assert size > 4_000_000  # the whole catalog was read
    assert bench.rate(len(findings[check]), size) < 1.0, [f.text for f in findings[check][:20]]


def test_the_masking_keeps_prose_and_drops_rest_code():
    bench = _benchmark()
    masked = bench.mask_rest("Use :func:`len` or ``x(`` on `the docs <https://a.example/x_(y)>`_ *now*.")
    assert "len" not in masked and "x(" not in masked and "https" not in masked
    assert "the docs" in masked and "*now*" in masked
    assert len(masked) == len("Use :func:`len` or ``x(`` on `the docs <https://a.example/x_(y)>`_ *now*.")
    assert bench.mask_rest(">>> print(1)\n1").strip() == ""
