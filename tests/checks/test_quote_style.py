from conftest import lint_findings, lint_text

CHECK = "quote-style"


def test_minority_apostrophe_is_reported_with_counts_and_the_dominant_mark():
    text = "I’m glad to be here. We don't plan it. It's fine.\n"
    findings = lint_findings(text, CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(2, "’", "'")]
    assert "2 straight, 1 typographic" in findings[0].message


def test_minority_double_quotes_are_reported():
    text = 'He said "yes". She said “no”. They said "maybe".\n'
    findings = lint_findings(text, CHECK)
    assert [f.text for f in findings] == ["“", "”"]
    assert [f.suggestion for f in findings] == ['"', '"']


def test_apostrophes_and_double_quotes_are_counted_separately():
    text = 'I’m here, you’re there. He said "yes" and "no".\n'
    assert lint_text(text, CHECK) == []


def test_one_style_throughout_is_clean():
    assert lint_text("I’m glad. We don’t plan. “Yes,” she said.\n", CHECK) == []
    assert lint_text("I'm glad. We don't plan. \"Yes,\" she said.\n", CHECK) == []


def test_too_few_marks_of_the_dominant_style_means_no_house_style():
    assert lint_text("I’m glad. We don't plan.\n", CHECK) == []


def test_marks_in_code_are_not_counted(tmp_path=None):
    text = "I’m here. `don't` and `can't` are code.\n"
    assert lint_text(text, CHECK, path="d.md") == []


def test_sample_reports_the_minority_typographic_apostrophes():
    from conftest import SAMPLE

    findings = lint_findings(SAMPLE.read_text(encoding="utf-8"), CHECK)
    assert findings and all(f.text == "’" and f.suggestion == "'" for f in findings)
    assert (21, 22) in [(f.line, f.column) for f in findings]
    assert "straight" in findings[0].message and "typographic" in findings[0].message
