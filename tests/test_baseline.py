"""Baselines: old findings are known by check, file, text and context, never by line."""

import json

from click.testing import CliRunner

from conftest import SAMPLE
from l10n_check import baseline
from l10n_check.model import Finding, Severity
from l10n_check.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def finding(path="a.md", line=1, text="好", context="A好 b.", check="untranslated-fragment") -> Finding:
    return Finding(path, line, 2, line, 3, check, Severity.ERROR, "m", text=text, context=context)


def test_fingerprint_ignores_position_and_path_spelling_but_not_text_context_check_or_file():
    base = baseline.fingerprint(finding())
    assert baseline.fingerprint(finding(line=40)) == base
    assert baseline.fingerprint(finding(path="./x/../a.md")) == base
    assert baseline.fingerprint(finding(context="A好  b.")) == base  # whitespace in context
    for other in (finding(text="坏"), finding(context="C好 d."), finding(check="garbled-text"), finding(path="b.md")):
        assert baseline.fingerprint(other) != base


def test_identical_findings_are_counted(tmp_path):
    path = tmp_path / "b.json"
    baseline.write(str(path), [finding(), finding(line=5)])
    assert [e["count"] for e in json.loads(path.read_text(encoding="utf-8"))["findings"]] == [2]
    known = baseline.load(str(path))
    assert baseline.new_findings([finding(), finding(line=5), finding(line=9)], known) == [finding(line=9)]


def test_sample_baseline_then_one_new_leftover_elsewhere_reports_exactly_that_one(tmp_path):
    draft = tmp_path / "sample.txt"
    draft.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    known = tmp_path / "baseline.json"
    current = len(json.loads(run("scan", str(draft), "--format", "json").output)["findings"])
    written = run("scan", str(draft), "--write-baseline", str(known))
    assert current >= 2 and written.exit_code == 0 and f"wrote {current} findings to the baseline" in written.stderr
    assert run("scan", str(draft), "--baseline", str(known)).exit_code == 0

    lines = draft.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(5, "Our team calls this the 试点 phase of the launch.\n")  # shifts every later line by one
    draft.write_text("".join(lines), encoding="utf-8")
    result = run("scan", str(draft), "--baseline", str(known), "--format", "json")
    assert result.exit_code == 1
    assert [(f["check"], f["line"], f["text"]) for f in json.loads(result.stdout)["findings"]] == [
        ("untranslated-fragment", 6, "试点")]
    assert f"{current} known findings in the baseline" in result.stderr


def test_baseline_file_is_sorted_without_lines_and_stable(tmp_path):
    known = tmp_path / "b.json"
    run("scan", str(SAMPLE), "--write-baseline", str(known))
    first = known.read_text(encoding="utf-8")
    data = json.loads(first)
    assert data["version"] == 1 and all("line" not in e for e in data["findings"])
    assert "整理稿" in [e["text"] for e in data["findings"]]
    run("scan", str(SAMPLE), "--write-baseline", str(known))
    assert known.read_text(encoding="utf-8") == first


def test_missing_or_broken_baseline_is_one_line_and_exit_2(tmp_path):
    result = run("scan", str(SAMPLE), "--baseline", str(tmp_path / "none.json"))
    assert result.exit_code == 2 and "none.json: cannot read baseline" in result.stderr
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    result = run("scan", str(SAMPLE), "--baseline", str(tmp_path / "bad.json"))
    assert result.exit_code == 2 and "not a baseline" in result.stderr and result.stdout == ""
