from conftest import lint_findings, lint_text

CHECK = "lost-apostrophe"


def test_name_plus_bare_s_is_a_lost_possessive():
    findings = lint_findings("Acme grew fast. Acmes revenue doubled.\n", CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(17, "Acmes", "Acme's")]


def test_consonant_y_plus_s_after_a_determiner_is_a_possessive():
    findings = lint_findings("We studied the companys plan.\n", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("companys", "company's")]


def test_counted_plurals_and_real_words_are_clean():
    assert lint_text("Toyota sold two Toyotas.\n", CHECK) == []
    assert lint_text("Apple grew. Apples are fruit. The companies grew.\n", CHECK) == []


def test_name_never_used_alone_is_not_judged():
    assert lint_text("Acmes revenue doubled.\n", CHECK) == []


def test_clean_english_prose_is_clean():
    text = "Binance and OKX grew. The company's plan worked; its users' trust rose. Days passed.\n"
    assert lint_text(text, CHECK) == []
