from l10n_check import engine
from l10n_check.model import Document, Segment

CHECK = "number-mismatch"


def lint_pair(source: str, target: str) -> list[tuple[int, str]]:
    """Findings on a one-segment bilingual document: (column, message)."""
    doc = Document("t.xlf", target, (Segment(0, len(target), target, target, "entry", "k", source),))
    return [(f.column, f.message) for f in engine.lint([doc], engine.Config(select=(CHECK,)))]


def test_changed_number_is_reported_both_ways():
    assert lint_pair("共有 3 个文件", "There are 4 files") == [
        (1, "source number 3 missing from the translation"),
        (11, "number 4 is not in the source (source numbers: 3)"),
    ]


def test_values_not_strings_are_compared():
    assert lint_pair("用户超过1.5万", "Over 15,000 users") == []
    assert lint_pair("三千五百元", "3,500 yuan") == []
    assert lint_pair("5亿美元", "500 million dollars") == []
    assert lint_pair("增长20%", "grew 20%") == []


def test_number_words_account_for_digits():
    assert lint_pair("共有 3 个文件", "There are three files") == []
    assert lint_pair("There are three files", "共有 3 个文件") == []


def test_chinese_numerals_inside_words_are_not_numbers():
    assert lint_pair("无效的十六进制数，千万不要", "invalid hex number, never do it") == []


def test_lost_chinese_numeral_is_reported():
    assert lint_pair("十五个人参加", "People took part") == [(1, "source number 15 missing from the translation")]


def test_segments_without_source_and_clean_prose_are_clean():
    doc = Document("d.txt", "We had 3 meetings.", (Segment(0, 18, "We had 3 meetings.", "We had 3 meetings."),))
    assert engine.lint([doc], engine.Config(select=(CHECK,))) == []
    assert lint_pair("我们开了3次会", "We had 3 meetings in 2024") == [(22, "number 2024 is not in the source (source numbers: 3)")]


def lint_unit(source: str, target: str, source_prose: str | None = None) -> list[tuple[int, str]]:
    """Like ``lint_pair`` for a PO-like unit whose source comes masked by its reader."""
    doc = Document("t.po", target, (Segment(0, len(target), target, target, "entry", "k", source, source_prose),))
    return [(f.column, f.message) for f in engine.lint([doc], engine.Config(select=(CHECK,)))]


def test_a_number_the_source_holds_fewer_times_says_so():
    assert lint_pair("Error 8 of 10", "错误 8，共 8 个") == [
        (1, "source number 10 missing from the translation"),
        (8, "number 8 appears twice in the translation, once in the source"),
    ]


def test_numbers_inside_masked_source_are_not_numbers():
    # The reader masks %1$0.1f in the source as it masks it in the target's prose.
    source = "Took %1$0.1f seconds"
    assert lint_unit(source, "耗时       秒", "Took          seconds") == []


def test_single_chinese_numerals_and_articles_account_for_digits_but_are_never_reported():
    assert lint_pair("3 files", "三个文件") == []
    assert lint_pair("Return a list", "返回一个列表") == []
    assert lint_pair("一个文件", "1 file") == []
    assert lint_pair("Return the list", "返回一个列表") == []


def test_ordinals():
    assert lint_pair("the 1st item", "第一项") == []
    assert lint_pair("第一项", "the 1st item") == []
    assert lint_pair("the 2nd item", "the 3rd item") == [
        (1, "source number 2 missing from the translation"),
        (5, "number 3 is not in the source (source numbers: 2)"),
    ]


def test_a_changed_year_is_found():
    assert lint_pair("Copyright 2024 Free Software Foundation", "版权所有 2023 自由软件基金会") == [
        (1, "source number 2024 missing from the translation"),
        (6, "number 2023 is not in the source (source numbers: 2024)"),
    ]


def test_numbers_that_are_part_of_names_are_not_counted_as_added():
    assert lint_pair("FILE1 -nt FILE2", "文件1 -nt 文件2") == []
    assert lint_pair("protocol version 1", "v1 版协议") == []
    assert lint_pair("True if ARG1 is greater", "如果 参数2 更大则为真") == []


def test_compound_number_words_months_and_repeated_numerals():
    assert lint_pair("thirty-two characters", "三十二个字符") == []
    assert lint_pair("January 1 of year 1", "公元 1 年 1 月 1 日") == []
    assert lint_pair("a single string", "单一一个字符串") == []


def test_a_number_of_the_source_code_may_be_written_out():
    assert lint_unit("See :rfc:`4918`.", "参见 RFC 4918。", "See            .") == []
