from conftest import lint_findings, lint_text

CHECK = "quote-style"


def test_reports_each_minority_apostrophe_with_counts_and_the_dominant_mark():
    text = "I’m here.\nWe don't know. It's late. They're gone.\n"
    findings = lint_findings(text, CHECK)
    assert [(f.line, f.column, f.text) for f in findings] == [(1, 2, "’")]
    assert "3 straight, 1 typographic" in findings[0].message
    assert findings[0].suggestion == "'"
    assert findings[0].data == {"dominant": "'", "variants": {"'": 3, "’": 1}, "kind": "apostrophe"}


def test_typographic_majority_reports_the_straight_ones():
    text = "I’m here. It’s late. We don't know.\n"
    findings = lint_findings(text, CHECK)
    assert [(f.column, f.suggestion) for f in findings] == [(28, "’")]


def test_straight_quotation_marks_in_a_curly_draft_get_the_right_curly_mark():
    text = "He said “yes”. She said “no”. They said \"maybe\".\n"
    findings = lint_findings(text, CHECK)
    assert [(f.column, f.suggestion) for f in findings] == [(41, "“"), (47, "”")]
    assert "4 typographic, 2 straight" in findings[0].message


def test_tie_goes_to_the_style_used_first():
    findings = lint_findings("I’m in. You're out.\n", CHECK, min_dominant=1)
    assert [(f.column, f.text) for f in findings] == [(12, "'")]


def test_one_dominant_mark_is_no_house_style_by_default():
    assert lint_text("I’m in. You're out.\n", CHECK) == []


def test_apostrophes_and_quotes_are_counted_apart():
    # Straight quotation marks with typographic apostrophes: each kind is consistent on its own.
    assert lint_text("He said \"it’s fine\" and \"we’re done\".\n", CHECK) == []


def test_marks_in_code_are_not_counted():
    assert lint_text("We don't, it's fine. Run `echo I’m`.\n", CHECK, path="d.md") == []


def test_consistent_clean_prose_is_clean():
    text = "“It’s been a good year,” she said. “We’re proud of the team’s work.”\n"
    assert lint_text(text, CHECK) == []


def test_sample_reports_the_three_typographic_apostrophes(sample_text):
    findings = lint_findings(sample_text, CHECK, path="sample_interview.txt")
    assert [f.line for f in findings] == [21, 21, 43]
    assert all(f.text == "’" and f.suggestion == "'" for f in findings)
    assert all("straight, 3 typographic" in f.message for f in findings)
