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


def test_a_dropped_note_number_is_reported_a_clause_of_code_is_left_to_code_mismatch():
    assert lint_unit(CHECK, "Returns a timedelta with the same value. (2)", "返回一个相同数值的 timedelta。") == [
        (1, "the source's bracketed '(2)' is missing from the translation (none of '2' is there)"),
    ]
    assert lint_unit(CHECK, "Median (50th percentile) of data.", "数据的中位数（即第 50 个百分点）。") == []
    source = "--%s (without --pending) needs a package"
    assert lint_unit(CHECK, source, "--%s 需要一个软件包名") == []
    assert lint_unit("code-mismatch", source, "--%s 需要一个软件包名") == [
        (1, "code '--pending' of the source missing from the translation"),
    ]


def test_expansions_and_translated_metavariables_are_not_dropped_clauses():
    assert lint_unit(CHECK, "text in HTML (HyperText Mark-up Language) and XHTML", "HTML（超文本标记语言）和 XHTML 文本") == []
    assert lint_unit(CHECK, "a list of tuples (header_name, header_value).", "形式为（名称, 数据）的元组列表。") == []
    assert lint_unit(CHECK, "a list of tuples (header_name, header_value).", "元组列表。") == [
        (1, "the source's bracketed '(header_name, header_value)' is missing from the translation "
            "(none of 'header_name', 'header_value' is there)"),
    ]


def test_a_renumbered_placeholder_keeps_its_clause():
    assert lint_unit(CHECK, "using %s to provide %s (%s) in auto mode", "在自动模式中使用 %1$s 来提供 %2$s (%3$s)") == []


def test_optional_arguments_that_lost_their_brackets_are_reported():
    source = "  -s, --status [<package>...]      Display package status details.\n"
    assert lint_unit(CHECK, source, "  -s, --status <软件包> ...        显示软件包详尽的状态信息。\n") == [
        (1, "the source has 1 optional argument in square brackets ('[<package>...]'), the translation 0: "
            "an optional argument without its brackets reads as required"),
    ]
    assert lint_unit(CHECK, source, "  -s, --status [<软件包> ...]      显示软件包详尽的状态信息。\n") == []
    assert lint_unit(CHECK, "pwd [-LP]", "pwd [-LP]") == []


def test_a_tag_split_over_po_lines_with_escaped_quotes_is_the_source_tag():
    from l10n_check import engine
    from l10n_check.readers import parse

    po = ('msgid ""\n"<root xmlns    = \\"http://a.org/\\"\\n"\n"      xmlns:py = \\"http://b.org/\\">\\n"\n"</root>"\n'
          'msgstr ""\n"<root xmlns    = \\"http://a.org/\\"\\n"\n"      xmlns:py = \\"http://b.org/\\">\\n"\n"</root>"\n')
    assert engine.lint([parse("t.po", po, "en", "zh")], engine.Config(select=(CHECK,))) == []
