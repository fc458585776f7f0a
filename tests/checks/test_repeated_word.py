from conftest import lint_findings, lint_text

CHECK = "repeated-word"


def test_doubled_word_with_the_word_once_as_suggestion():
    findings = lint_findings("We reached the the top three.\n", CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(12, "the the", "the")]


def test_case_is_ignored_and_line_breaks_count_as_space():
    assert lint_text("The the plan.\n", CHECK) == [(1, 1, CHECK)]
    assert lint_text("It grew by volume\nvolume alone.\n", CHECK, path="d.md") == [(1, 12, CHECK)]


def test_grammatical_doubles_are_clean():
    assert lint_text("He said that that plan would work. She had had enough.\n", CHECK) == []


def test_allow_option():
    assert lint_text("It is very very good.\n", CHECK, allow=["very"]) == []


def test_clean_english_prose_is_clean():
    assert lint_text("We reached the top three, and then the market turned.\n", CHECK) == []
