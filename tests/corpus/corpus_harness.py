"""``benchmarks/corpus_rates.py`` imported as a module: benchmarks are scripts, not a package."""

from __future__ import annotations

import importlib.util
import pathlib
import sys

BENCHMARK = pathlib.Path(__file__).resolve().parents[2] / "benchmarks" / "corpus_rates.py"


def load():
    """The harness module, loaded once and registered (its dataclasses need a module entry)."""
    if "corpus_rates" not in sys.modules:
        spec = importlib.util.spec_from_file_location("corpus_rates", BENCHMARK)
        module = importlib.util.module_from_spec(spec)
        sys.modules["corpus_rates"] = module
        spec.loader.exec_module(module)
    return sys.modules["corpus_rates"]
