from conftest import lint_unit

CHECK = "markup-mismatch"


def test_lost_closing_tag_is_reported():
    assert lint_unit(CHECK, "Click <b>Save</b> now", "现在点击 <b>保存") == [
        (1, "tag '</b>' of the source missing from the translation"),
    ]


def test_metavariables_in_angle_brackets_are_not_tags():
    assert lint_unit(CHECK, "Read from file descriptor <FD>", "从文件描述符 <文件描述符> 中读取") == []


def test_dropped_bracketed_clause_is_reported():
    assert lint_unit(CHECK, "Returns a list (new in 3.12).", "返回一个列表。") == [
        (1, "the source's bracketed '(new in 3.12)' is missing from the translation (none of '3.12' is there)"),
    ]


def test_rephrased_clause_and_clauses_of_plain_words_pass():
    assert lint_unit(CHECK, "Returns a list (new in 3.12).", "返回一个列表（3.12 新版功能）。") == []
    assert lint_unit(CHECK, "Returns a list (see below).", "返回一个列表。") == []
    assert lint_unit(CHECK, "if COMMANDS; then [ elif COMMANDS; ]", "if 命令; then [ elif 命令; ]") == []


def test_rest_term_targets_are_not_tags():
    assert lint_unit(CHECK, "Accepts a :term:`path-like object`.", "接受一个 :term:`类路径对象 <path-like object>`。") == []
