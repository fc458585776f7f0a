from conftest import lint_findings, lint_text

CHECK = "unbalanced-brackets"


def test_flags_bracket_never_closed():
    findings = lint_findings("The old top three (Binance, OKX and Huobi overlooked later platforms.", CHECK)
    assert [(f.column, f.text) for f in findings] == [(19, "(")]
    assert "never closed" in findings[0].message and findings[0].suggestion is None


def test_flags_closer_that_closes_nothing():
    assert lint_text("Revenue grew 20 %) last year.", CHECK) == [(1, 18, CHECK)]


def test_flags_inner_bracket_skipped_by_a_closer():
    findings = lint_findings("See the note (and [1) for details.", CHECK)
    assert [f.text for f in findings] == ["["]


def test_flags_curly_and_straight_quotation_never_closed():
    assert lint_text("He called it “the warmest exchange.", CHECK) == [(1, 14, CHECK)]
    assert lint_text('He called it "the warmest exchange.', CHECK) == [(1, 14, CHECK)]


def test_flags_cjk_brackets():
    assert lint_text("The slogan 【warmest exchange was everywhere.", CHECK) == [(1, 12, CHECK)]


def test_brackets_pair_per_paragraph():
    assert lint_text("It grew (fast.\nThen it slowed).\n", CHECK) == [(1, 9, CHECK), (2, 15, CHECK)]


def test_quotation_running_into_the_next_paragraph_is_allowed():
    text = "“We started small.\n“Then we grew,” he said.\n"
    assert lint_text(text, CHECK) == []


def test_list_markers_smileys_intervals_and_inches_pass():
    text = "Pick a) red or b) blue :) from the range [0, 1) on a 27\" screen.\n"
    assert lint_text(text, CHECK) == []


def test_bracket_opened_inside_a_url_passes():
    text = "See https://en.wikipedia.org/wiki/Set_(mathematics) for more.\n"
    assert lint_text(text, CHECK) == []


def test_brackets_in_code_are_not_prose():
    assert lint_text("Call `f(x` and (then) stop.\n", CHECK, path="d.md") == []


def test_balanced_prose_is_clean(sample_text):
    text = 'He said "ship it (now)" and [they] did {so}. “Fine,” said she — 「OK」.\n'
    assert lint_text(text, CHECK) == []
    assert lint_text('A field such as filename="bud.gif" and lines starting with "From " pass.', CHECK) == []
    assert lint_text(sample_text, CHECK) == []


def test_opening_curly_quote_used_to_close_is_reported_with_its_fix():
    findings = lint_findings("* “Queue timeout“ Refers to the timeout of the queue\n", CHECK, path="d.md")
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(17, "“", "”")]
    assert "used as a closing quotation mark" in findings[0].message


def test_closing_curly_quote_used_to_open_is_reported():
    findings = lint_findings("He said ”yes” twice.", CHECK)
    assert [(f.column, f.suggestion) for f in findings] == [(9, "“")]


def test_numbered_line_inside_a_paragraph_is_no_list_marker():
    assert lint_text("A new setting (default\n  5) is added.\n", CHECK, path="d.md") == []
