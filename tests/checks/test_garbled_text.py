from conftest import lint_findings, lint_text

CHECK = "garbled-text"


def test_windows_1252_apostrophe_with_fix():
    findings = lint_findings("We donâ€™t publish on weekends.", CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(4, "donâ€™t", "don’t")]


def test_latin1_accent_with_fix():
    findings = lint_findings("A cafÃ© au lait.", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("cafÃ©", "café")]


def test_chinese_utf8_read_as_windows_1252():
    findings = lint_findings("The title ä¸­æ–‡ appeared.", CHECK)
    assert [f.suggestion for f in findings] == ["中文"]


def test_cyrillic_read_as_latin1():
    findings = lint_findings("Word Ð¿Ñ€Ð¸Ð²ÐµÑ‚ here.", CHECK)
    assert [f.suggestion for f in findings] == ["привет"]


def test_two_garbled_words_are_two_findings():
    assert lint_text("donâ€™t and cafÃ©", CHECK) == [(1, 1, CHECK), (1, 13, CHECK)]


def test_real_accents_and_typography_are_clean():
    text = "The café’s naïve résumé, “quoted” — Zoë’s £100 über-fast €5 deal. Ça va, señor?\n"
    assert lint_text(text, CHECK) == []


def test_utf8_read_with_other_code_pages_is_repaired():
    cases = {
        "The 鍙傛暟璇存槑 section.": ("鍙傛暟璇存槑", "参数说明", "GBK"),
        "We don鈥檛 publish.": ("don鈥檛", "don’t", "GBK"),
        "A cafรฉ here.": ("cafรฉ", "café", "cp874"),
        "The РџСЂРёРІРµС‚ word.": ("РџСЂРёРІРµС‚", "Привет", "wrong character encoding"),
    }
    for text, (garbled, fixed, how) in cases.items():
        findings = lint_findings(text, CHECK)
        assert [(f.text, f.suggestion) for f in findings] == [(garbled, fixed)], text
        assert how in findings[0].message


def test_mojibake_is_not_also_reported_as_untranslated_chinese():
    assert lint_findings("The 鍙傛暟璇存槑 section.", "untranslated-fragment") == []


def test_genuine_chinese_whose_bytes_happen_to_decode_is_left_alone():
    assert lint_findings("Read 目录 and 一些 now.", CHECK) == []


def test_letter_of_another_script_inside_a_latin_word():
    findings = lint_findings("It is Pоssible now.", CHECK)  # a Cyrillic о
    assert [(f.text, f.suggestion) for f in findings] == [("Pоssible", "Possible")]
    assert "Cyrillic" in findings[0].message
    assert lint_findings("A delay of 320 μs and πr² are fine.", CHECK) == []


def test_text_garbled_twice_is_repaired_in_one_step():
    findings = lint_findings("We donÃ¢â‚¬â„¢t sell at the cafÃƒÂ© here.", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("donÃ¢â‚¬â„¢t", "don’t"), ("cafÃƒÂ©", "café")]
