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


def test_spaces_before_a_final_line_break_are_invisible():
    assert lint_unit(CHECK, " Number  Description\n", " 数值    描述       \n") == []


def test_a_fullwidth_bracket_carries_the_space_before_it():
    assert lint_unit(CHECK, " (core dumped)", "（核心已转储）") == []
    assert lint_unit(CHECK, "  link absent", " 链接不存在") == [
        (1, "the translation starts with '␣', the source with '␣␣'"),
    ]


def test_a_lost_blank_line_joins_paragraphs_an_added_one_does_not():
    source = "Remember locations.\n    \n    Options:\n      -d\tforget\n"
    assert lint_unit(CHECK, source, "记住位置。\n    选项：\n      -d\t忘记\\n") == [
        (1, "the source has one blank line inside, the translation no blank line: paragraphs were joined"),
    ]
    assert lint_unit(CHECK, source, "记住位置。\n    \n    \n    选项：\n      -d\t忘记\\n") == []


def test_an_option_table_line_joined_to_the_previous_one_is_reported():
    source = "Options:\n  --root <dir>     set the root.\n  --test           only show.\n"
    assert lint_unit(CHECK, source, "选项：\n  --root <目录>    设置根目录。  --test 仅演示。\\n") == [
        (1, "'--test' starts a line of the source's option table but not of the translation: the line break before it was lost"),
    ]
    rewrapped = "Returns 0 if the directory is changed, and if $PWD is set when\n    -P is used; non-zero otherwise."
    assert lint_unit(CHECK, rewrapped, "如果目录改变，或在使用 -P 选项时 $PWD 修改成功，\n    则返回 0；否则返回非零。") == []


def test_sphinx_catalogs_only_an_indented_translation_is_reported():
    from l10n_check import engine
    from l10n_check.readers import parse

    def lint_sphinx(msgstr: str) -> list[tuple[int, str]]:
        po = (f'msgid "Use :func:`a` or :func:`b`."\nmsgstr "使用 :func:`a` 或 :func:`b`。"\n\n'
              f'msgid "The module defines :class:`Foo`:"\nmsgstr "{msgstr}"\n')
        config = engine.Config(select=(CHECK,), source_lang="en", target_lang="zh")
        return [(f.line, f.message) for f in engine.lint([parse("t.po", po, "en", "zh")], config)]

    assert lint_sphinx(" 此模块定义了 :class:`Foo`：") == [
        (5, "the translation starts with a space: Sphinx reads it as a block quote, drops the translation and shows "
            "the source instead"),
    ]
    assert lint_sphinx("此模块定义了 :class:`Foo`： ") == []
    assert lint_sphinx("\u00a0此模块定义了 :class:`Foo`：") == []
