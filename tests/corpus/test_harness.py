"""The precision harness itself: judged files parse, matching is exact, and figures add up."""

from __future__ import annotations

import json

import pytest

from l10n_check.model import Finding, Severity

from conftest import load_harness

harness = load_harness()


def finding(path="mt-docs/a.md", line=3, check="glued-words", text="prices,and", severity=Severity.WARNING):
    return Finding(path, line, 5, line, 5 + len(text), check, severity, "msg", text=text, context=f"the {text} rest")


def judged(verdict, text="prices,and", check="glued-words", line=3):
    return harness.Judgment("judged", "mt-docs/a.md", line, check, text, verdict, "because")


def scan(folder, *findings):
    return harness.FolderScan(folder, 50_000, tuple(findings), 0.0)


def test_every_judged_file_in_the_repository_parses():
    judgments = harness.load_judgments()
    assert all(j.kind in ("judged", "missed") for j in judgments)
    keys = [j.key + (j.kind,) for j in judgments]
    assert len(keys) == len(set(keys)), "a finding is judged twice"


def test_a_line_without_a_reason_is_refused(tmp_path):
    row = {"kind": "judged", "path": "p", "line": 1, "check": "c", "text": "t", "verdict": "true", "why": ""}
    (tmp_path / "x.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="x.jsonl:1"):
        harness.load_judgments(tmp_path)


def test_an_unknown_verdict_is_refused(tmp_path):
    row = {"kind": "judged", "path": "p", "line": 1, "check": "c", "text": "t", "verdict": "maybe", "why": "w"}
    (tmp_path / "x.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="verdict"):
        harness.load_judgments(tmp_path)


def test_precision_counts_true_against_false_and_leaves_out_debatable():
    scans = [scan("mt-docs", finding(line=1), finding(line=2), finding(line=3), finding(line=4))]
    judgments = [judged("true", line=1), judged("true", line=2), judged("false", line=3)]
    row = harness.figures(scans, judgments)["glued-words"]
    assert row.verdicts == {"true": 2, "false": 1, "unjudged": 1}
    assert row.precision == pytest.approx(2 / 3)


def test_a_judgment_is_matched_on_the_exact_text():
    row = harness.figures([scan("mt-docs", finding(text="prices,and"))], [judged("true", text="prices, and")])["glued-words"]
    assert row.verdicts["unjudged"] == 1


def test_recall_counts_missed_defects_covered_by_a_finding_of_their_check():
    defects = [
        harness.Judgment("missed", "mt-docs/a.md", 3, "glued-words", "prices,and", why="space lost"),
        harness.Judgment("missed", "mt-docs/a.md", 9, "glued-words", "done.Next", why="space lost"),
        harness.Judgment("missed", "mt-docs/a.md", 3, "stray-markup", "prices,and", why="wrong check"),
    ]
    table = harness.figures([scan("mt-docs", finding())], defects)
    assert (table["glued-words"].found, table["glued-words"].defects) == (1, 2)
    assert table["stray-markup"].recall == 0.0


def test_recall_is_also_given_per_reading_when_several_readings_measure_a_check():
    defects = [
        harness.Judgment("missed", "mt-docs/a.md", 3, "glued-words", "prices,and", why="space lost", reading="one.jsonl"),
        harness.Judgment("missed", "mt-docs/a.md", 9, "glued-words", "done.Next", why="space lost", reading="two.jsonl"),
        harness.Judgment("missed", "mt-docs/a.md", 5, "stray-markup", "<b>", why="tag", reading="one.jsonl"),
    ]
    lines = list(harness.recall_by_reading([scan("mt-docs", finding())], defects))
    assert lines == ["  recall of glued-words on one.jsonl: 1/1 100%", "  recall of glued-words on two.jsonl: 0/1 0%"]


def test_rates_count_warnings_and_errors_per_50_kb_and_info_apart():
    scans = [scan("english", finding(path="english/a.md"), finding(path="english/a.md", severity=Severity.INFO, line=4))]
    row = harness.figures(scans, [])["glued-words"]
    assert row.counted == {"english": 1} and row.info == {"english": 1}
    assert harness.rate(1, 50_000) == 1.0
    assert row.verdicts == {}  # native English is not judged: every finding there is a false alarm


def test_unjudged_findings_come_out_as_lines_ready_to_fill_in():
    lines = list(harness.unjudged([scan("mt-docs", finding(), finding(line=7))], [judged("false")]))
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert (row["line"], row["verdict"], row["kind"]) == (7, "", "judged")


def test_the_corpus_scan_reads_every_folder(corpus_scans):
    assert set(corpus_scans) == {"english", "mt-docs", "mt-articles"}
    assert corpus_scans["english"].size > 1_900_000
    assert all(not f.path.startswith("/") for scan in corpus_scans.values() for f in scan.findings)
