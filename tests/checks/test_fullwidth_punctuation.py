from conftest import lint_findings, lint_text

CHECK = "fullwidth-punctuation"


def test_flags_fullwidth_comma_and_stop_with_ascii_suggestions():
    findings = lint_findings("The platform grew fast，and users stayed。\n", CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(23, "，", ","), (40, "。", ".")]


def test_title_marks_suggest_quotation_marks():
    findings = lint_findings("We read 《The Three-Body Problem》 last year.", CHECK)
    assert [(f.column, f.suggestion) for f in findings] == [(9, "“The Three-Body Problem”")]


def test_enumeration_comma_becomes_comma():
    assert [f.suggestion for f in lint_findings("apples、pears", CHECK)] == [","]


def test_chinese_ellipsis_and_dash_are_one_finding_each():
    findings = lint_findings("Wait…… and then—— nothing.", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("……", "…"), ("——", "—")]


def test_ideographic_space_and_fullwidth_digits():
    findings = lint_findings("In\u3000２０２４ the ＡＩ boom came.", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("\u3000", " "), ("２０２４", "2024"), ("ＡＩ", "AI")]


def test_punctuation_touching_chinese_text_is_left_to_untranslated_checks():
    assert lint_text("He wrote 你好，世界 there.", CHECK) == []
    assert lint_text("免责声明：本文章仅代表作者个人观点。", CHECK) == []


def test_clean_english_typography_is_clean():
    text = "“Quotes,” she said — it’s fine… (really) [yes] 2024: done; ok! 50% & more.\n"
    assert lint_text(text, CHECK) == []


def test_a_run_of_ideographic_spaces_is_one_finding():
    findings = lint_findings("Done.\u3000\u3000\u3000Next step.", CHECK)
    assert [(f.column, f.end_column, f.suggestion) for f in findings] == [(6, 9, " ")]
