from conftest import lint_findings, lint_text

CHECK = "untranslated-fragment"


def test_flags_run_glued_to_an_english_word():
    text = "The following content is a整理稿 of our dialogue."
    assert lint_text(text, CHECK) == [(1, 27, CHECK)]
    finding = lint_findings(text, CHECK)[0]
    assert finding.text == "整理稿"
    assert (finding.end_line, finding.end_column) == (1, 30)
    assert "整理稿" in finding.message and "glued" in finding.message
    assert finding.context == text


def test_flags_run_between_spaces():
    assert lint_text("He said 你好 to everyone.", CHECK) == [(1, 9, CHECK)]


def test_flags_kana_hangul_and_bopomofo():
    text = "A カタカナ word.\nA 한국어 word.\nA ㄅㄆㄇ word.\n"
    assert lint_text(text, CHECK) == [(1, 3, CHECK), (2, 3, CHECK), (3, 3, CHECK)]


def test_flags_other_scripts_foreign_to_english():
    assert lint_text("The word привет stayed.", CHECK) == [(1, 10, CHECK)]


def test_joins_run_across_cjk_punctuation():
    findings = lint_findings("We saw 本文，仅供参考 in the text.", CHECK)
    assert [f.text for f in findings] == ["本文，仅供参考"]


def test_gloss_in_brackets_after_english_rendering_is_allowed():
    assert lint_text("This is an edited transcript (整理稿) of our dialogue.", CHECK) == []
    assert lint_text("This is an edited transcript（整理稿）of our dialogue.", CHECK) == []


def test_gloss_can_be_turned_off():
    assert lint_text("An edited transcript (整理稿).", CHECK, allow_glossed=False) == [(1, 23, CHECK)]


def test_allow_list_allows_exact_string():
    assert lint_text("Our brand 小宇宙 is popular.", CHECK, allow=["小宇宙"]) == []


def test_glued_run_is_reported_even_when_allowed():
    assert lint_text("Our brand a小宇宙 is popular.", CHECK, allow=["小宇宙"]) == [(1, 12, CHECK)]


def test_counts_columns_in_code_points_after_astral_characters():
    # '𝒜' is one code point (two UTF-16 units): the column must still be 5.
    assert lint_text("𝒜 is 中文", CHECK) == [(1, 6, CHECK)]


def test_mostly_chinese_paragraph_is_left_to_the_paragraph_check():
    assert lint_text("免责声明：本文章仅代表作者个人观点。", CHECK) == []


def test_code_urls_and_tags_in_markdown_are_not_prose():
    text = "Run `echo 你好` and see [docs](https://example.com/文档) or <span title='中文'>x</span>.\n"
    assert lint_text(text, CHECK, path="draft.md") == []


def test_clean_english_prose_is_clean():
    text = "Xie met the team in Kuala Lumpur. “It’s been a good year,” she said — café owners agreed.\n"
    assert lint_text(text, CHECK) == []


def test_lone_greek_letter_is_a_symbol():
    assert lint_text("The ratio π and a 5 μm gap stay.", CHECK) == []


def test_message_quotes_the_dictionary_sense_as_a_hint():
    message = lint_findings("It was a免责声明 at the end.", CHECK)[0].message
    assert "(dictionary: disclaimer)" in message


def test_dictionary_hint_can_be_turned_off_and_is_absent_for_other_scripts():
    assert "dictionary" not in lint_findings("It was a免责声明 at the end.", CHECK, gloss=False)[0].message
    assert "dictionary" not in lint_findings("A カタカナ word.", CHECK)[0].message


def test_chinese_that_names_something_on_purpose_passes():
    assert lint_text("English | [中文](README-CN.md)\n", CHECK, path="d.md") == []
    assert lint_text("- [编程语言中的反射](https://zhuanlan.zhihu.com/p/1) by the author\n", CHECK, path="d.md") == []
    assert lint_text("| Term | 中文 |\n|---|---|\n| ledger | 账本 |\n", CHECK, path="d.md") == []
    assert lint_text("Say '你好' ('nǐ hǎo') to greet.", CHECK) == []


def test_chinese_in_running_prose_of_a_link_or_table_is_still_reported():
    assert lint_text("- [the 原理 of it](https://x.example)\n", CHECK, path="d.md") == [(1, 8, CHECK)]
    assert lint_text("| Term | the 账本 here |\n", CHECK, path="d.md") == [(1, 14, CHECK)]


def test_prolonged_sound_mark_keeps_one_japanese_word_one_finding():
    findings = lint_findings("We visited a スーパーマーケット today.", CHECK)
    assert [f.text for f in findings] == ["スーパーマーケット"]


def test_chinese_name_after_the_name_it_belongs_to_passes():
    assert lint_text("He joined the vendor Fanruan 帆软, then left.", CHECK) == []
    assert lint_text("Notifications go to DingTalk 钉钉 and Slack.", CHECK) == [(1, 30, CHECK)]  # not the phrase's end
    assert lint_text("Fanruan 帆软 is a vendor.", CHECK) == [(1, 9, CHECK)]
