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
