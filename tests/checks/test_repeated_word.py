from conftest import lint_findings, lint_text

CHECK = "repeated-word"


def test_flags_doubled_word_with_the_word_once_as_suggestion():
    findings = lint_findings("We reached the the top three.", CHECK)
    assert [(f.line, f.column, f.text, f.suggestion) for f in findings] == [(1, 12, "the the", "the")]


def test_flags_double_across_a_line_break_in_a_markdown_paragraph():
    assert lint_text("Monthly trading volume\nvolume grew.\n", CHECK, path="d.md") == [(1, 17, CHECK)]


def test_flags_sentence_initial_capital_double():
    assert lint_text("The the market grew.", CHECK) == [(1, 1, CHECK)]


def test_grammatical_doubles_pass():
    text = "He said that that plan worked. She had had enough. What it is is unclear. Long long ago.\n"
    assert lint_text(text, CHECK) == []


def test_names_and_different_spellings_pass():
    assert lint_text("The killer was Sirhan Sirhan, not HWND hWnd.", CHECK) == []


def test_punctuation_or_code_between_is_no_double():
    assert lint_text("Well, well. Run `ls` ls now. He left. Left behind.", CHECK, path="d.md") == []


def test_allow_option():
    assert lint_text("It was much much better.", CHECK) == [(1, 8, CHECK)]
    assert lint_text("It was much much better.", CHECK, allow=["much"]) == []


def test_intensifier_very_very_is_english():
    assert lint_text("It makes it very very easy to start.", CHECK) == []


def test_type_and_variable_of_it_are_no_double():
    assert lint_text("The handler takes a Request request and returns.", CHECK) == []
    assert lint_text("The the handler returns.", CHECK) == [(1, 1, CHECK)]


def test_clean_prose_is_clean(sample_text):
    assert lint_text("The team met in the morning and then the partners met.", CHECK) == []
    assert lint_text(sample_text, CHECK) == []
