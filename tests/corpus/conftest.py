"""The corpus scans, once per test session; every test here skips cleanly without ``../shared``."""

from __future__ import annotations

import pytest

import corpus_harness


@pytest.fixture(scope="session")
def harness():
    return corpus_harness.load()


@pytest.fixture(scope="session")
def corpus_scans(harness):
    """Each corpus folder scanned once with the default configuration, by folder name."""
    if not harness.corpus_present():
        pytest.skip(f"corpus not present: {harness.CORPUS}")
    return {folder: harness.scan_folder(folder) for folder in harness.FOLDERS}


@pytest.fixture(scope="session")
def corpus_figures(harness, corpus_scans):
    """Per check: rates by folder, verdicts and recall (see ``corpus_rates.figures``)."""
    return harness.figures(list(corpus_scans.values()), harness.load_judgments())
