"""romanized-word: a romanized "name" that spells a common Chinese word."""

import pytest

from conftest import lint_findings, lint_text
from l10n_check import engine
from l10n_check.names.nameslist import RESOURCE, parse_names
from l10n_check.readers import parse

CHECK = "romanized-word"


def test_flags_a_name_that_spells_a_word() -> None:
    text = "We met Xiao Xinyan, the new manager.\n"
    assert lint_text(text, CHECK) == [(1, 8, CHECK)]
    finding = lint_findings(text, CHECK)[0]
    assert finding.text == "Xiao Xinyan"
    assert "小心眼" in finding.message and "xiǎoxīnyǎn" in finding.message and '"narrow-minded"' in finding.message
    assert finding.related == ()
    assert finding.data is not None and finding.data["word"] == "小心眼"


def test_a_plausible_name_is_clean() -> None:
    assert lint_text("We met Xiao Xinyi, the new manager.\n", CHECK) == []


@pytest.mark.parametrize("name", ["Wang Xiaoming", "Zhang Meili", "Zhou Jielun", "Liu Yang"])
def test_real_given_names_that_are_words_are_judged_with_the_surname(name: str) -> None:
    # 美丽 "beautiful" is a word, but Zhang + Meili spells none: judge the whole name.
    assert lint_text(f"We met {name}, the new manager.\n", CHECK) == []


def test_where_the_gloss_is_translated_it_is_related() -> None:
    text = "Xiao Xinyan joined in May.\n\nSome called the new manager narrow-minded at first.\n"
    finding = lint_findings(text, CHECK)[0]
    assert [(r.line, r.column, r.text) for r in finding.related] == [(3, 29, "narrow-minded")]


def test_gloss_of_a_compound_is_found_as_a_phrase() -> None:
    # 核桃树 is not in CC-CEDICT: glossed as 核桃 "walnut" + 树 "tree", found as "walnut tree".
    text = "He Taoshu planted it. The walnut tree grew.\n"
    finding = lint_findings(text, CHECK)[0]
    assert finding.text == "He Taoshu" and '"walnut" + "tree"' in finding.message
    assert [(r.line, r.column, r.text) for r in finding.related] == [(1, 27, "walnut tree")]


def test_surname_last_is_read_in_chinese_order() -> None:
    assert lint_text("We met Xinyan Xiao, the new manager.\n", CHECK) == [(1, 8, CHECK)]


def test_not_written_as_a_name_is_not_judged() -> None:
    assert lint_text("we met xiao xinyan, the new manager.\n", CHECK) == []


def test_wade_giles_surnames_are_not_judged() -> None:
    assert lint_text("We met Hsiao Xinyan, the new manager.\n", CHECK) == []


def test_two_syllable_names_only_on_request() -> None:
    text = "We met Li Ming, the new manager.\n"  # 黎明 "dawn", and a common name
    assert lint_text(text, CHECK) == []
    assert lint_text(text, CHECK, min_syllables=2) == [(1, 8, CHECK)]


def test_min_frequency_option() -> None:
    assert lint_text("We met Xiao Xinyan.\n", CHECK, min_frequency=1000) == []


def test_listed_and_ignored_names_are_never_reported() -> None:
    text = "We met Xiao Xinyan, the new manager.\n"
    assert lint_text(text, CHECK, ignore=["Xiao Xinyan"]) == []
    names = {RESOURCE: parse_names('ignore = ["Xiao Xinyan"]\n')}
    assert engine.lint([parse("d.txt", text, "zh", "en")], engine.Config(select=(CHECK,)), names) == []


def test_draft_without_names_yields_nothing() -> None:
    assert lint_text("the team grew. women change banana guide long.\n", CHECK) == []


def test_sample_reports_the_word_taken_for_a_name(sample_text: str) -> None:
    findings = lint_findings(sample_text, CHECK)
    assert [(f.line, f.text) for f in findings] == [(1, "Chang Qingshu"), (15, "Chang Qingshu")]
    for finding in findings:
        assert "常青树" in finding.message and '"evergreen"' in finding.message
        assert [(r.line, r.text) for r in finding.related] == [(29, "evergreen tree")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Wang Lei founded it. Later Lao Wang said the team grew.\n", "Lao Wang"),
        ("Chen Hua joined. Everyone calls him Chen Ge at work.\n", "Chen Ge"),
        ("Zhang Wei runs sales. Zhang Zong signed the deal.\n", "Zhang Zong"),
    ],
)
def test_a_term_of_address_romanized_as_part_of_a_name(text: str, found: str) -> None:
    findings = lint_findings(text, CHECK)
    assert [f.text for f in findings] == [found]
    assert "term of address" in findings[0].message


def test_a_term_of_address_needs_someone_of_that_surname_named_in_full() -> None:
    assert lint_text("Lao Wang said the team grew. Xiao Li met Chen Ge.\n", CHECK) == []


def test_the_terms_of_address_are_data_with_a_source() -> None:
    from l10n_check.checks.romanized_word import honorifics

    table = honorifics()
    assert {"lao", "xiao", "ge", "jie", "zong"} <= set(table) and table["lao"].before and not table["ge"].before
