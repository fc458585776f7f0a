"""CI formats: SARIF (schema and Microsoft's validator), GitHub annotations, JUnit, --output."""

import glob
import json
import os
import pathlib
import subprocess

import defusedxml.ElementTree as SafeET
import jsonschema
import pytest
from click.testing import CliRunner

from conftest import SAMPLE
from l10n_check.cli import FORMAT_NAMES, main
from l10n_check.formats import FORMATS, github
from l10n_check.formats.sarif import FINGERPRINT

ROOT = pathlib.Path(__file__).resolve().parents[1]
SCHEMA = json.loads((pathlib.Path(__file__).parent / "schemas" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
MULTITOOL_GLOBS = (
    "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool",
    "../tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool",
    "../tools/*/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool",
)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def json_findings(*paths: str) -> list[dict]:
    return json.loads(run("scan", *paths, "--format", "json").stdout)["findings"]


def validate_sarif(document: dict) -> None:
    validator = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


@pytest.fixture
def messy(tmp_path):
    """Two drafts with every kind of finding, and a path with a comma, a colon, a per cent sign and a space."""
    folder = tmp_path / "drafts, v2: 100% final"
    folder.mkdir()
    (folder / "a b.md").write_text("# Title\n\nThe a整理稿 here，and donâ€™t 100% sure.\n", encoding="utf-8")
    (folder / "c.txt").write_text("Clean English.\n\n免责声明：本文仅供参考，不构成投资建议。请读者自行判断风险。\n", encoding="utf-8")
    return folder


def test_every_format_is_offered_on_the_command_line():
    assert set(FORMAT_NAMES) == set(FORMATS)


def test_sarif_of_the_sample_validates_against_the_schema():
    result = run("scan", str(SAMPLE), "--format", "sarif")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    validate_sarif(document)
    sarif_run = document["runs"][0]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    findings = json.loads(run("scan", str(SAMPLE), "--format", "json").stdout)["findings"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in sarif_run["results"]] == [
        (f["check"], f["line"]) for f in findings]
    assert ("untranslated-fragment", 17) in [(f["check"], f["line"]) for f in findings]


def test_sarif_rules_carry_their_docs_and_results_point_at_them(messy):
    document = json.loads(run("scan", str(messy), "--format", "sarif").stdout)
    validate_sarif(document)
    sarif_run = document["runs"][0]
    rules = sarif_run["tool"]["driver"]["rules"]
    by_id = {rule["id"]: rule for rule in rules}
    assert "## What it flags" in by_id["garbled-text"]["help"]["markdown"]
    assert by_id["fullwidth-punctuation"]["defaultConfiguration"]["level"] == "warning"
    for result in sarif_run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert len(result["partialFingerprints"][FINGERPRINT]) == 32


def test_sarif_positions_and_uris_match_the_json_findings(messy):
    findings = json_findings(str(messy))
    results = json.loads(run("scan", str(messy), "--format", "sarif").stdout)["runs"][0]["results"]
    assert len(results) == len(findings) >= 4
    for finding, result in zip(findings, results):
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            finding["line"], finding["column"], finding["end_line"], finding["end_column"])
        assert region["snippet"]["text"] == finding["text"]
        assert "%2C" in location["artifactLocation"]["uri"] and "%25" in location["artifactLocation"]["uri"] and " " not in location["artifactLocation"]["uri"]


def test_sarif_reports_unreadable_files_as_notifications(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff bad")
    result = run("scan", str(tmp_path), "--format", "sarif")
    document = json.loads(result.stdout)
    validate_sarif(document)
    invocation = document["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "not valid UTF-8" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def _multitool() -> str | None:
    candidates = [os.environ.get("SARIF_MULTITOOL", "")]
    candidates += [match for pattern in MULTITOOL_GLOBS for match in sorted(glob.glob(str(ROOT / pattern)))]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def test_microsofts_sarif_multitool_accepts_the_output(tmp_path, messy):
    """A real consumer: the Multitool's schema and rule checks report no error or warning."""
    tool = _multitool()
    if tool is None:
        pytest.skip("SARIF Multitool not installed (npm install @microsoft/sarif-multitool-linux, or set SARIF_MULTITOOL)")
    for name, paths in (("sample", [str(SAMPLE)]), ("messy", [str(messy)])):
        log = tmp_path / f"{name}.sarif"
        run("scan", *paths, "--format", "sarif", "--output", str(log))
        verdict = tmp_path / f"{name}.validation.sarif"
        completed = subprocess.run([tool, "validate", f"./{log.name}", "--output", verdict.name, "--log", "ForceOverwrite"],
                                   cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert completed.returncode == 0, completed.stdout + completed.stderr
        problems = json.loads(verdict.read_text(encoding="utf-8"))["runs"][0]["results"]
        assert [(p["ruleId"], p["message"]) for p in problems if p.get("level", "warning") in ("error", "warning")] == []


def test_multitool_catches_an_invalid_log_so_the_test_above_means_something(tmp_path):
    tool = _multitool()
    if tool is None:
        pytest.skip("SARIF Multitool not installed")
    (tmp_path / "broken.sarif").write_text('{"version": "2.1.0", "runs": [{"results": []}]}', encoding="utf-8")
    subprocess.run([tool, "validate", "./broken.sarif", "--output", "v.sarif", "--log", "ForceOverwrite"],
                   cwd=tmp_path, capture_output=True, timeout=120)
    problems = json.loads((tmp_path / "v.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert any(p["level"] == "error" for p in problems)


def test_github_lines_parse_back_to_the_same_findings(messy):
    findings = json_findings(str(SAMPLE), str(messy))
    lines = run("scan", str(SAMPLE), str(messy), "--format", "github").stdout.splitlines()
    parsed = [github.parse(line) for line in lines]
    assert None not in parsed and len(parsed) == len(findings) >= 6
    for finding, annotation in zip(findings, parsed):
        assert annotation == {
            "severity": finding["severity"], "file": finding["path"], "line": finding["line"], "col": finding["column"],
            "endLine": finding["end_line"], "endColumn": finding["end_column"], "title": finding["check"],
            "message": finding["message"], "suggestion": finding["suggestion"],
        }


def test_github_escapes_what_the_runner_would_misread(messy):
    lines = run("scan", str(messy), "--format", "github").stdout.splitlines()
    first = lines[0]
    assert first.startswith("::error file=") and "drafts%2C v2%3A 100%25 final" in first
    assert all(line.count("::") == 2 for line in lines)  # no raw '::' from a message or path
    assert any("::notice " in line or "::warning " in line for line in lines)


def test_github_escape_round_trip_of_hostile_text():
    hostile = "a%b\r\nc:d,e::f%0A"
    assert github.unescape(github.escape(hostile)) == hostile
    assert "\n" not in github.escape(hostile)


def test_junit_has_one_testcase_per_finding_so_every_consumer_counts_alike(messy, tmp_path):
    (messy / "clean.md").write_text("Nothing wrong here.\n", encoding="utf-8")
    findings = json_findings(str(messy))
    xml = run("scan", str(messy), "--format", "junit").stdout
    root = SafeET.fromstring(xml.encode("utf-8"))
    cases = root.findall("./testsuite/testcase")
    failures = [(c.get("classname"), f.get("type")) for c in cases for f in c.findall("failure")]
    assert failures == [(f["path"], f["severity"]) for f in findings]
    assert all(len(c.findall("failure")) <= 1 for c in cases)
    assert root.get("failures") == str(len(findings)) and root.get("tests") == str(len(findings) + 1)
    assert [f"{f['line']}:{f['column']} [{f['check']}]" for f in findings] == [c.get("name") for c in cases if len(c)]
    clean = [c for c in cases if c.get("classname").endswith("clean.md")]
    assert len(clean) == 1 and list(clean[0]) == [] and clean[0].get("name") == "no findings"


def test_junit_survives_control_characters_and_reports_unreadable_files(tmp_path):
    (tmp_path / "ctl.txt").write_text("A好 word\x0b with a vertical tab.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff bad")
    xml = run("scan", str(tmp_path), "--format", "junit").stdout
    root = SafeET.fromstring(xml.encode("utf-8"))
    assert root.get("errors") == "1"
    assert root.find("./testsuite/testcase/error").get("message").startswith("not valid UTF-8")


def test_output_file_gets_the_report_and_stdout_stays_empty(tmp_path):
    target = tmp_path / "out" / "report.sarif"
    result = run("scan", str(SAMPLE), "--format", "sarif", "--output", str(target))
    assert result.exit_code == 1 and result.stdout == ""
    validate_sarif(json.loads(target.read_text(encoding="utf-8")))
    assert [p.name for p in target.parent.iterdir()] == ["report.sarif"]  # no temporary file left


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_is_byte_identical_across_runs_and_output_file(fmt, tmp_path, messy):
    first = run("scan", str(messy), "--format", fmt).stdout
    run("scan", str(messy), "--format", fmt, "-o", str(tmp_path / "out"))
    assert first == (tmp_path / "out").read_text(encoding="utf-8") == run("scan", str(messy), "--format", fmt).stdout



def test_json_is_written_finding_by_finding_exactly_as_one_dump_of_the_whole():
    """The writer streams the findings; the bytes are those of ``json.dumps(indent=2)`` of the
    contract, related locations, non-ASCII text and an empty run included."""
    import io

    from l10n_check import engine
    from l10n_check.formats import json as json_format
    from l10n_check.readers import parse
    from l10n_check.report import Report

    text = "Wang Lei, the CEO of Acme, spoke.\n\nZhou Ming, the CEO of Acme, agreed. 你好 “Top Three” and top three.\n"
    docs = [parse("a.md", text, "zh", "en")]
    for findings in (tuple(engine.lint(docs, engine.Config())), ()):
        report = Report(findings=findings, documents=tuple(docs))
        out = io.StringIO()
        json_format.write(report, out)
        whole = {"version": 1, "findings": [f.to_dict() for f in findings], "summary": report.summary()}
        assert out.getvalue() == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
        assert not findings or any(f.related for f in findings)
