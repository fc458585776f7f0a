"""Budgets of the leftover, encoding, markup and typography checks on real text (issue 11's goals).

Figures come from ``benchmarks/corpus_rates.py`` through the session fixtures, against
``judged/leftovers-typography.jsonl``; the tests skip cleanly when ``../shared/corpus`` is absent.
"""

from __future__ import annotations

import pytest

CHECKS = (
    "untranslated-fragment",
    "untranslated-paragraph",
    "fullwidth-punctuation",
    "garbled-text",
    "stray-markup",
    "unbalanced-brackets",
    "glued-words",
    "repeated-word",
    "quote-style",
    "lost-apostrophe",
    "punctuation-spacing",
)
# A check with no judged finding (or no recorded defect) has no precision (or recall) to hold.
MIN_SAMPLE = 1
# Native English: false alarms per 50 KB of all these checks together (the budget), and all
# warnings and errors, the native authors' own slips included ("the the", a bracket never closed).
ENGLISH_FALSE_ALARMS = 0.3
ENGLISH_ALL = 0.5


def _english(corpus_scans, harness, judged_true):
    scan = corpus_scans["english"]
    counted = [f for f in scan.findings if f.check in CHECKS and f.severity.name != "INFO"]
    false_alarms = [f for f in counted if harness.finding_key(f) not in judged_true]
    return scan.size, counted, false_alarms


@pytest.fixture(scope="module")
def judged_true(harness):
    return {j.key for j in harness.load_judgments() if j.kind == "judged" and j.verdict == "true"}


def test_native_english_gets_almost_no_false_alarms(corpus_scans, harness, judged_true):
    size, counted, false_alarms = _english(corpus_scans, harness, judged_true)
    assert harness.rate(len(false_alarms), size) <= ENGLISH_FALSE_ALARMS, [
        (f.path, f.line, f.check, f.text) for f in false_alarms
    ]
    assert harness.rate(len(counted), size) <= ENGLISH_ALL


@pytest.mark.parametrize("check", CHECKS)
def test_precision_on_machine_translations_is_at_least_90_percent(corpus_figures, check):
    row = corpus_figures.get(check)
    if row is None or row.verdicts["true"] + row.verdicts["false"] < MIN_SAMPLE:
        pytest.skip(f"{check}: no judged finding on the machine translations")
    assert row.verdicts["unjudged"] == 0, f"{check}: judge the new findings (corpus_rates.py --unjudged)"
    assert row.precision >= 0.9


@pytest.mark.parametrize("check", CHECKS)
def test_recall_of_defects_read_is_at_least_80_percent(corpus_figures, check):
    row = corpus_figures.get(check)
    if row is None or row.defects < MIN_SAMPLE:
        pytest.skip(f"{check}: no defect of its kind recorded")
    assert row.recall >= 0.8
