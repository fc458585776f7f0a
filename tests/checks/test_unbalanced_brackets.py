from conftest import lint_findings, lint_text

CHECK = "unbalanced-brackets"


def test_parenthesis_never_closed():
    text = "The old top three (Binance, OKX and Huobi overlooked later platforms.\n"
    assert lint_text(text, CHECK) == [(1, 19, CHECK)]


def test_quotation_never_closed():
    assert lint_text("He called it “the warmest exchange.\n", CHECK) == [(1, 14, CHECK)]


def test_closing_bracket_nothing_opened():
    assert lint_text("The plan worked) and grew.\n", CHECK) == [(1, 16, CHECK)]


def test_closing_bracket_of_the_wrong_kind():
    findings = lint_findings("See the note (see [1) here.\n", CHECK)
    assert findings and findings[0].line == 1


def test_cjk_brackets_pair_too():
    assert lint_text("He read 《The Book and stopped.\n", CHECK) == [(1, 9, CHECK)]


def test_balanced_text_list_markers_and_emoticons_are_clean():
    text = (
        "The old top three (Binance, OKX and Huobi) overlooked “new” platforms [1].\n"
        "a) first item\n"
        "He said \"yes\" and left.\n"
    )
    assert lint_text(text, CHECK) == []


def test_brackets_pair_within_a_paragraph_only():
    assert lint_text("First (open.\nSecond) close.\n", CHECK) == [(1, 7, CHECK), (2, 7, CHECK)]


def test_inch_marks_are_not_quotes_but_quoted_numbers_are():
    assert lint_text('A 27" screen and a 3 x 5" card.\n', CHECK) == []
    assert lint_text('The "2" is a line number; it returns "utf-8" here.\n', CHECK) == []
