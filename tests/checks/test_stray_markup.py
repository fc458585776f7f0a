from conftest import SAMPLE, lint_findings, lint_text

CHECK = "stray-markup"


def test_emphasis_broken_by_a_space_gets_the_space_moved_out():
    findings = lint_findings("The most important is* brand building* and marketing.\n", CHECK, path="d.md")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.text.startswith("*") and "*brand building*" in finding.suggestion


def test_space_inside_bold_markers():
    findings = lint_findings("This is ** bold** text.\n", CHECK, path="d.md")
    assert len(findings) == 1 and "**bold**" in findings[0].suggestion


def test_lone_double_asterisk_at_sentence_end():
    assert lint_text("Revenue doubled this year.**\n", CHECK, path="d.md") == [(1, 27, CHECK)]


def test_entity_escaped_twice_is_reported_with_the_meant_character():
    findings = lint_findings("Fees&amp;nbsp;apply.\n", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("&amp;nbsp;", " ")]


def test_plain_text_with_an_entity_is_reported():
    assert [f.suggestion for f in lint_findings("It&#39;s here.\n", CHECK)] == ["'"]


def test_well_formed_emphasis_and_code_are_clean():
    text = "Fees apply to *all* users, **including** VIPs, and `a * b ** c` is code; 2 * 3 = 6.\n"
    assert lint_text(text, CHECK, path="d.md") == []


def test_sample_reports_line_34_only():
    findings = lint_findings(SAMPLE.read_text(encoding="utf-8"), CHECK, path=str(SAMPLE))
    assert [(f.line, f.text.split()[0]) for f in findings] == [(34, "*")]
