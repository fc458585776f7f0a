from conftest import lint_unit

CHECK = "whitespace-mismatch"


def test_lost_trailing_space_is_reported_at_the_end():
    assert lint_unit(CHECK, "Usage: ", "用法:") == [(4, "the translation ends with no whitespace, the source with '␣'")]


def test_lost_final_line_break_is_reported():
    assert lint_unit(CHECK, "done\n", "完成") == [(3, "the translation ends with no whitespace, the source with '\\n'")]
    assert lint_unit(CHECK, "--version\n\n", "--version 显示版本\\n") == [
        (17, "the translation ends with '\\n', the source with '\\n\\n'"),
    ]


def test_leading_whitespace_is_compared():
    assert lint_unit(CHECK, "  -a  all", "-a  全部") == [(1, "the translation starts with no whitespace, the source with '␣␣'")]


def test_escapes_count_as_what_they_mean_and_fullwidth_marks_carry_their_space():
    assert lint_unit(CHECK, "done\n", "完成\\n") == []
    assert lint_unit(CHECK, "Usage: ", "用法：") == []
    assert lint_unit(CHECK, "line one\nline two\n", "第一行第二行\\n") == []  # re-wrapped inside: not compared
