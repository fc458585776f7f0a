from conftest import lint_findings, lint_text

CHECK = "stray-markup"


def test_flags_emphasis_with_spaces_inside_and_moves_them_out():
    findings = lint_findings("The most important is* brand building* and marketing.", CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(22, "* brand building*", " *brand building*")]
    assert "will not render" in findings[0].message


def test_flags_bold_with_leading_and_trailing_space():
    findings = lint_findings("This is ** bold** and __ this__ and **that **.", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [
        ("** bold**", "**bold**"),
        ("__ this__", "__this__"),
        ("**that **", "**that**"),
    ]


def test_flags_unmatched_double_marker():
    findings = lint_findings("Revenue doubled this year.**\n", CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(27, "**", None)]
    assert "unmatched" in findings[0].message


def test_flags_entity_escaped_twice_in_any_draft():
    assert [(f.text, f.suggestion) for f in lint_findings("Fees&amp;nbsp;apply.", CHECK)] == [("&amp;nbsp;", " ")]
    assert [(f.text, f.suggestion) for f in lint_findings("Fees&amp;nbsp;apply.\n", CHECK, path="d.md")] == [
        ("&amp;nbsp;", "&nbsp;")
    ]


def test_plain_text_flags_any_entity_markdown_only_double_ones():
    text = "Q&amp;A with AT&T &#39;today&#39;.\n"
    assert [(f.text, f.suggestion) for f in lint_findings(text, CHECK)] == [("&amp;", "&"), ("&#39;", "'"), ("&#39;", "'")]
    assert lint_text(text, CHECK, path="d.md") == []


def test_valid_emphasis_lone_asterisks_and_arithmetic_pass():
    text = "Fees apply to *all* users, **including** VIPs. Prices* may vary. 5 * 3 * 2 is 30. snake_case_name.\n"
    assert lint_text(text, CHECK) == []


def test_list_bullets_and_code_are_not_markup_errors():
    text = "* first item\n\nRun `a ** b` and `x* y*` here, see https://example.com/a__b__.\n"
    assert lint_text(text, CHECK, path="d.md") == []


def test_dunder_names_pair_like_bold():
    assert lint_text("The __init__ method and __name__ attribute.", CHECK) == []


def test_sample_reports_line_34_only(sample_text):
    findings = lint_findings(sample_text, CHECK, path="sample_interview.txt")
    assert [(f.line, f.text, f.suggestion) for f in findings] == [(34, "* brand building*", " *brand building*")]


def test_nested_emphasis_sharing_a_run_pairs_fully():
    text = "Requests: **better tooling**, ***more* marketing** and ***less* marketing**.\n"
    assert lint_text(text, CHECK, path="d.md") == []


def test_asterisks_of_code_are_not_emphasis():
    for text in ("Use 10**18 wei.", "/** a comment opener", "Match **/*.md files.", "Bold **/wallet/freeze** path."):
        assert lint_text(text, CHECK, path="d.md") == [], text


def test_flags_bold_text_glued_to_the_word_beside_it():
    findings = lint_findings("The ecosystem around a good project**is often crucial**. Good.\n", CHECK, path="d.md")
    assert [(f.column, f.suggestion) for f in findings] == [(36, " **is often crucial**")]
    assert lint_text("Un**believ**able, and **two words**!\n", CHECK, path="d.md") == []


def test_flags_image_and_entity_broken_by_a_space():
    findings = lint_findings("! [hertzBeat](/img/a.png)\n\nClick operation - & gt; deployment.\n", CHECK, path="d.md")
    assert [(f.line, f.text, f.suggestion) for f in findings] == [(1, "! [hertzBeat]", "![hertzBeat]"), (3, "& gt;", ">")]


def test_flags_link_that_will_print_as_text():
    findings = lint_findings("See [contributor status](. html) and [ok](https://x.example).\n", CHECK, path="d.md")
    assert [(f.column, f.text) for f in findings] == [(5, "[contributor status](")]


def test_keyword_arguments_are_not_emphasis():
    assert lint_text("Call init_config(current_config=zvt_config, **kv) now.\n", CHECK, path="d.md") == []


def test_flags_bold_closed_by_a_single_asterisk():
    findings = lint_findings("Linkis is recommended (**Released* *) here.\n", CHECK, path="d.md")
    assert [(f.column, f.text) for f in findings] == [(24, "**")]
    assert "closed by a shorter marker" in findings[0].message
