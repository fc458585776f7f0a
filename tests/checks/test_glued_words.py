from conftest import lint_findings, lint_text

CHECK = "glued-words"


def test_lowercase_glued_to_capital():
    findings = lint_findings("Join ourPartner program today.\n", CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(6, "ourPartner", "our Partner")]


def test_two_words_run_together_that_the_draft_writes_apart():
    findings = lint_findings("Trading volume grew, and tradingvolume records fell.\n", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("tradingvolume", "trading volume")]


def test_determiner_glued_to_a_word():
    assert [f.suggestion for f in lint_findings("We met thecompany yesterday.\n", CHECK)] == ["the company"]


def test_brands_and_real_words_are_clean():
    text = "iPhone, OpenAI, TradFi, pump.fun, eBay and YouTube are brands; nevertheless, somewhere, into.\n"
    assert lint_text(text, CHECK) == []


def test_allow_option():
    assert lint_text("Join ourPartner program today.\n", CHECK, allow=["ourpartner"]) == []


def test_code_and_urls_are_not_checked():
    assert lint_text("Call `getValue` or see https://example.com/ourPartner now.\n", CHECK, path="d.md") == []
