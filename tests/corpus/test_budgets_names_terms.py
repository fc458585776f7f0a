"""The names-and-terms checks on real text: the Goals of issue 12 as budgets.

- ``english/`` (native English, every finding a false alarm until read): these checks together
  give at most 0.5 warnings and errors per 50 KB, and ``calque`` at most 0.1;
- ``mt-docs/`` + ``mt-articles/``: each check at least 90 % precision on the findings a reviewer
  judged (``tests/corpus/judged/names-terms.jsonl``), and every finding judged;
- ``calque`` finds a share of the calques a reviewer marked by reading whole documents (the
  ``missed`` entries); the share asserted is what the checks reach today, below the 60 % goal
  (see the judged file: most calques left are a wrong sense of an ordinary word, which no list
  or composition can tell without the source);
- ``romanized-word`` never flags a name in ``english/``.

Skips cleanly when ``../shared/corpus/`` is absent (the fixtures do).
"""

from __future__ import annotations

import pytest

CHECKS = ("name-variant", "name-role-conflict", "romanized-word", "term-variant", "acronym", "calque", "glossary-violation")
ENGLISH_BUDGET = 0.5  # warnings + errors per 50 KB, all these checks together
CALQUE_BUDGET = 0.1
MIN_PRECISION = 0.9
CALQUE_RECALL_FLOOR = 0.6  # the goal; measured 63 % (39 of 62)
# Of the calques read, those that are a word-for-word rendering (not a wrong sense of an ordinary
# word, nor inside inline code, which no prose check reads): measured 81 % (34 of 42).
WORD_FOR_WORD_RECALL_FLOOR = 0.8  # measured 83 % (35 of 42)
NOT_WORD_FOR_WORD = ("[a wrong sense of an ordinary word", "[inside inline code")
# The reading that measures calque: its 17 documents are never a source of the curated list.
# Other readings (calques-reading2.jsonl...) are where the list grows from, so their recall is not
# a measure of how well the list generalises; they have a floor of their own below.
MEASURING_SET = "names-terms.jsonl"
SECOND_READING = "calques-reading2.jsonl"
SECOND_READING_FLOOR = 0.6  # of its word-for-word calques: measured 66 % (29 of 44)


def _english(corpus_scans):
    scan = corpus_scans["english"]
    return scan, [f for f in scan.findings if f.check in CHECKS and f.severity >= 2]


def test_native_english_stays_under_half_a_finding_per_50_kb(harness, corpus_scans):
    scan, findings = _english(corpus_scans)
    rate = harness.rate(len(findings), scan.size)
    assert rate <= ENGLISH_BUDGET, [(f.path, f.line, f.check, f.text) for f in findings]


def test_calque_is_nearly_silent_on_native_english(harness, corpus_scans):
    scan, findings = _english(corpus_scans)
    calques = [f for f in findings if f.check == "calque"]
    assert harness.rate(len(calques), scan.size) <= CALQUE_BUDGET, [(f.path, f.text) for f in calques]


@pytest.mark.parametrize("check", CHECKS)
def test_precision_on_judged_machine_translations(corpus_figures, check):
    row = corpus_figures.get(check)
    if row is None or not (row.verdicts["true"] + row.verdicts["false"]):
        pytest.skip(f"{check}: no judged finding on the MT folders")
    assert row.verdicts["unjudged"] == 0, f"{check}: judge the new findings (corpus_rates.py --unjudged)"
    assert row.precision >= MIN_PRECISION, (check, dict(row.verdicts))


def _calques_read(harness, file_name: str) -> list:
    """The calques one reading marked: the ``missed`` calque rows of that judged file."""
    return [j for j in harness.load_judgments() if j.reading == file_name and j.kind == "missed" and j.check == "calque"]


def _calque_findings(harness, corpus_scans) -> list:
    return [f for folder in harness.MT_FOLDERS for f in corpus_scans[folder].findings if f.check == "calque"]


def test_calque_recall_against_a_full_reading(harness, corpus_scans):
    findings, defects = _calque_findings(harness, corpus_scans), _calques_read(harness, MEASURING_SET)
    found = [d for d in defects if any(harness.covers(f, d) for f in findings)]
    assert len(defects) >= 50  # the reading recorded the calques of 17 documents
    assert len(found) / len(defects) >= CALQUE_RECALL_FLOOR, (len(found), len(defects))


def test_calque_recall_on_word_for_word_renderings(harness, corpus_scans):
    findings, defects = _calque_findings(harness, corpus_scans), _calques_read(harness, MEASURING_SET)
    literal = [d for d in defects if not any(tag in d.why for tag in NOT_WORD_FOR_WORD)]
    found = [d for d in literal if any(harness.covers(f, d) for f in findings)]
    assert len(literal) >= 40 and len(found) / len(literal) >= WORD_FOR_WORD_RECALL_FLOOR, (len(found), len(literal))


def test_calque_keeps_finding_the_word_for_word_calques_its_list_grew_from(harness, corpus_scans):
    findings, defects = _calque_findings(harness, corpus_scans), _calques_read(harness, SECOND_READING)
    literal = [d for d in defects if not any(tag in d.why for tag in NOT_WORD_FOR_WORD)]
    found = [d for d in literal if any(harness.covers(f, d) for f in findings)]
    assert len(literal) >= 40 and len(found) / len(literal) >= SECOND_READING_FLOOR, (len(found), len(literal))


def test_romanized_word_never_flags_a_name_in_native_english(corpus_scans):
    _, findings = _english(corpus_scans)
    assert [f.text for f in findings if f.check == "romanized-word"] == []
