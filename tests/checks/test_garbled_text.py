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
