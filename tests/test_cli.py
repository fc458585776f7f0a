"""The command line as CI sees it: outputs, exit codes, bad input."""

import json

from click.testing import CliRunner

from conftest import SAMPLE
from l10n_check.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_sample_reports_exactly_the_two_untranslated_places():
    result = run("scan", str(SAMPLE), "--select", "untranslated-fragment,untranslated-paragraph", "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.output)["findings"]
    assert [(f["check"], f["line"], f["column"], f["text"]) for f in findings] == [
        ("untranslated-fragment", 17, 27, "整理稿"),
        ("untranslated-paragraph", 108, 1, findings[1]["text"]),
    ]
    assert findings[1]["text"].startswith("免责声明") and findings[1]["end_line"] == 108


# The foundation's checks; later checks have findings of their own on the sample.
FOUNDATION = "untranslated-fragment,untranslated-paragraph,fullwidth-punctuation,garbled-text"


def test_sample_has_no_other_foundation_finding_in_the_english_prose():
    result = run("scan", str(SAMPLE), "--format", "json", "--select", FOUNDATION)
    lines = {f["line"] for f in json.loads(result.output)["findings"]}
    assert lines == {17, 108}


def test_json_contract_has_every_field():
    data = json.loads(run("scan", str(SAMPLE), "--format", "json", "--select", FOUNDATION).output)
    assert data["version"] == 1
    assert set(data["findings"][0]) == {
        "check", "severity", "path", "line", "column", "end_line", "end_column",
        "text", "message", "context", "suggestion", "related",
    }
    assert data["summary"]["by_severity"] == {"error": 2, "warning": 0, "info": 0}


def test_text_output_is_one_line_a_finding_and_a_summary(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("A好 word.\n", encoding="utf-8")
    lines = run("scan", str(draft)).output.splitlines()
    assert lines[0] == f"{draft}:1:2: error [untranslated-fragment] untranslated Chinese text '好' glued to an English word (dictionary: good): translate it, or keep it in brackets after its English rendering"
    assert lines[1] == "1 finding (1 error, 0 warnings, 0 info) in 1 file"


def test_fail_on_threshold_sets_exit_code(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Fast，and clean.\n", encoding="utf-8")  # one warning
    assert run("scan", str(draft)).exit_code == 0
    assert run("scan", str(draft), "--fail-on", "warning").exit_code == 1
    assert run("scan", str(draft), "--fail-on", "never", "--select", "fullwidth-punctuation").exit_code == 0


def test_clean_file_exits_zero(tmp_path):
    (tmp_path / "ok.md").write_text("# Title\n\nClean English prose.\n", encoding="utf-8")
    result = run("scan", str(tmp_path))
    assert result.exit_code == 0 and result.output.startswith("0 findings")


def test_invalid_utf8_is_one_line_naming_file_and_offset_and_others_still_checked(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Hello\n\xff\xfe world\n")
    (tmp_path / "good.txt").write_text("A好 word.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path / 'bad.txt'}: not valid UTF-8: byte 0xff at offset 6" in result.stderr
    assert "good.txt:1:2" in result.stdout


def test_binary_file_is_skipped_with_a_note(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    result = CliRunner().invoke(main, ["scan", str(tmp_path)])
    assert result.exit_code == 0
    assert "binary file skipped" in result.stderr


def test_bom_and_crlf_keep_positions(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_bytes("\ufeffFirst line.\r\nA好 word.\r\n".encode("utf-8"))
    data = json.loads(run("scan", str(draft), "--format", "json").output)
    assert [(f["line"], f["column"]) for f in data["findings"]] == [(2, 2)]


def test_include_and_exclude_globs(tmp_path):
    (tmp_path / "a.md").write_text("A好\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B好\n", encoding="utf-8")
    out = run("scan", str(tmp_path), "--include", "*.md", "--format", "json").output
    assert {f["path"].rsplit("/", 1)[-1] for f in json.loads(out)["findings"]} == {"a.md"}
    out = run("scan", str(tmp_path), "--exclude", "*.md", "--format", "json").output
    assert {f["path"].rsplit("/", 1)[-1] for f in json.loads(out)["findings"]} == {"b.txt"}


def test_unknown_check_is_a_usage_error_with_a_suggestion():
    result = run("scan", str(SAMPLE), "--select", "untranslated-fragmnt")
    assert result.exit_code == 2
    assert "did you mean 'untranslated-fragment'" in result.output


def test_checks_lists_and_documents():
    listing = run("checks").output
    assert "untranslated-fragment" in listing and "garbled-text" in listing
    doc = run("checks", "garbled-text").output
    assert "## What it flags" in doc


def test_two_runs_are_byte_identical(tmp_path):
    first = run("scan", str(SAMPLE), "--format", "json").output
    second = run("scan", str(SAMPLE), "--format", "json").output
    assert first == second



def test_source_target_pair_is_checked_paragraph_by_paragraph(tmp_path):
    source = tmp_path / "zh.txt"
    target = tmp_path / "en.txt"
    source.write_text("共有 3 个文件。\n你好 %s\n", encoding="utf-8")
    target.write_text("There are 4 files.\nHello\n", encoding="utf-8")
    data = json.loads(run("scan", str(target), "--source", str(source), "--format", "json").output)
    assert [(f["check"], f["line"], f["column"]) for f in data["findings"]] == [
        ("number-mismatch", 1, 1),
        ("number-mismatch", 1, 11),
        ("placeholder-mismatch", 2, 1),
    ]


def test_pair_that_cannot_be_aligned_is_an_input_error(tmp_path):
    (tmp_path / "zh.txt").write_text("一\n二\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("One\n", encoding="utf-8")
    result = run("scan", str(tmp_path / "en.txt"), "--source", str(tmp_path / "zh.txt"))
    assert result.exit_code == 2 and "cannot align" in result.stderr


def test_source_needs_exactly_one_draft(tmp_path):
    result = run("scan", str(SAMPLE), str(SAMPLE), "--source", str(SAMPLE))
    assert result.exit_code == 2 and "--source" in result.output


def test_names_list_option_silences_a_listed_name(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Zhou Jielun spoke. Zhou Jielun left. Jielun Zhou came back.\n", encoding="utf-8")
    args = ("scan", str(draft), "--select", "name-variant", "--format", "json")
    assert [f["text"] for f in json.loads(run(*args).output)["findings"]] == ["Jielun Zhou"]
    names = tmp_path / "names.toml"
    names.write_text('[[name]]\ncanonical = "Zhou Jielun"\naccept = ["Jielun Zhou"]\n', encoding="utf-8")
    assert json.loads(run(*args, "--names", str(names)).output)["findings"] == []


def test_bad_names_list_is_a_usage_error(tmp_path):
    names = tmp_path / "names.toml"
    names.write_text("names = 1\n", encoding="utf-8")
    result = run("scan", str(SAMPLE), "--names", str(names))
    assert result.exit_code == 2 and "unknown key 'names'" in result.output


def test_checks_lists_the_suppression_report_too():
    assert "unused-suppression" in run("checks").output
    assert "silenced nothing" in run("checks", "unused-suppression").output


def test_a_run_collects_cycles_less_often_and_leaves_the_callers_collector_as_it_was(monkeypatch):
    """The command looks for cycles every ``YOUNG_GENERATION`` allocations, with what existed before
    it frozen out of the collections; a process that invokes it gets its own settings back."""
    import gc

    from l10n_check import cli, runner

    seen = []
    real_scan = runner.scan
    monkeypatch.setattr(runner, "scan", lambda *a, **k: seen.append((gc.get_threshold()[0], gc.get_freeze_count())) or real_scan(*a, **k))
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    result = run("scan", str(SAMPLE), "--select", "untranslated-fragment", "--format", "json")
    assert result.exit_code == 1
    assert seen and seen[0][0] == cli.YOUNG_GENERATION and seen[0][1] > frozen
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen


def test_what_a_run_made_is_frozen_at_exit_and_the_exit_is_registered_once(monkeypatch):
    """The interpreter's last collection at exit would traverse every object of the run for nothing."""
    import atexit
    import gc

    registered = []
    monkeypatch.setattr(atexit, "register", registered.append)
    monkeypatch.setattr(atexit, "unregister", lambda func: registered.remove(func) if func in registered else None)
    for _ in range(2):
        assert run("scan", str(SAMPLE), "--select", "untranslated-fragment", "--format", "json").exit_code == 1
    assert registered == [gc.freeze]
