"""Shared test helpers: lint a small inline text with one check and get ``(line, col, check)``."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from l10n_check import engine
from l10n_check.model import Finding
from l10n_check.readers import parse

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "sample_interview.txt"
CORPUS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def lint_findings(text: str, check: str, path: str = "draft.txt", target_lang: str = "en", **options: Any) -> list[Finding]:
    """All findings of ``check`` on ``text`` read as the file ``path``."""
    document = parse(path, text, "zh", target_lang)
    config = engine.Config(select=(check,), options={check: options} if options else {}, target_lang=target_lang)
    return engine.lint([document], config)


def lint_text(text: str, check: str, path: str = "draft.txt", **options: Any) -> list[tuple[int, int, str]]:
    """``(line, column, check)`` of each finding of ``check`` on ``text``: what tests compare."""
    return [(f.line, f.column, f.check) for f in lint_findings(text, check, path, **options)]


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


# The precision harness on real text (benchmarks/corpus_rates.py), shared by the corpus tests.
HARNESS = pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "corpus_rates.py"


def load_harness():
    """``benchmarks/corpus_rates.py`` as a module, loaded once (benchmarks are scripts, not a package)."""
    import importlib.util
    import sys

    if "corpus_rates" not in sys.modules:
        spec = importlib.util.spec_from_file_location("corpus_rates", HARNESS)
        module = importlib.util.module_from_spec(spec)
        sys.modules["corpus_rates"] = module  # its dataclasses need a module entry
        spec.loader.exec_module(module)
    return sys.modules["corpus_rates"]


@pytest.fixture(scope="session")
def harness():
    return load_harness()


@pytest.fixture(scope="session")
def corpus_scans(harness):
    """Each folder of ../shared/corpus scanned once with the default configuration, by folder name."""
    if not harness.corpus_present():
        pytest.skip(f"corpus not present: {harness.CORPUS}")
    return {folder: harness.scan_folder(folder) for folder in harness.FOLDERS}


@pytest.fixture(scope="session")
def corpus_figures(harness, corpus_scans):
    """Per check: rates by folder, verdicts and recall (see ``corpus_rates.figures``)."""
    return harness.figures(list(corpus_scans.values()), harness.load_judgments())


def lint_unit(check: str, source: str, target: str, path: str = "t.po", include_fuzzy: bool = False,
              state: str = "", target_lang: str = "zh") -> list[tuple[int, str]]:
    """``(column, message)`` of ``check`` on one bilingual unit whose target is the whole file.

    The source is masked the way the PO reader masks it when ``path`` is a catalog.
    """
    from l10n_check.model import Document, Segment
    from l10n_check.readers.po import Masking

    masking = Masking(rest=":" in source and "`" in source)
    segment = Segment(0, len(target), target, masking.prose(target, source) if target else "", "entry", "k", source,
                      masking.source(source), state)
    doc = Document(path, target, (segment,), "en", target_lang)
    config = engine.Config(select=(check,), include_fuzzy=include_fuzzy, source_lang="en", target_lang=target_lang)
    return [(f.column, f.message) for f in engine.lint([doc], config)]
