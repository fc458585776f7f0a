from conftest import lint_findings, lint_text

CHECK = "glued-words"


def test_flags_lowercase_word_glued_to_capitalised_word():
    findings = lint_findings("Join ourPartner program today.", CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(6, "ourPartner", "our Partner")]
    assert "run together" in findings[0].message


def test_flags_lowercase_run_the_draft_writes_apart_elsewhere():
    text = "Trading volume grew.\nDaily tradingvolume records fell.\n"
    findings = lint_findings(text, CHECK)
    assert [(f.line, f.column, f.suggestion) for f in findings] == [(2, 7, "trading volume")]


def test_flags_determiner_glued_to_a_noun_without_other_evidence():
    assert [f.suggestion for f in lint_findings("We met thecompany founders.", CHECK)] == ["the company"]


def test_unknown_compound_without_evidence_passes():
    assert lint_text("Set up a webhook for the bot.", CHECK) == []


def test_brand_spellings_pass():
    text = "iPhone, OpenAI, TradFi, pump.fun, eBay, YouTube and macOS are brands.\n"
    assert lint_text(text, CHECK) == []


def test_deliberate_spellings_pass():
    # Used glued twice and never apart, or set in emphasis: a term, not an accident.
    assert lint_text("The typecode sets it. A typecode is a letter, as a type and code.", CHECK) == []
    assert lint_text("The *ourpartner* flag is set.", CHECK) == []


def test_identifiers_in_code_and_calls_pass():
    assert lint_text("Call `setTimeout` or getValue() or user_name now.\n", CHECK, path="d.md") == []


def test_allow_option():
    assert lint_text("Join theTeam now.", CHECK) == [(1, 6, CHECK)]
    assert lint_text("Join theTeam now.", CHECK, allow=["theteam"]) == []


def test_camel_case_identifiers_pass():
    text = "Pass rateMode and healthFactor, then onError calls sayHello with totalSupply.\n"
    assert lint_text(text, CHECK) == []


def test_unknown_token_of_two_frequent_words_needs_evidence():
    # Technical English joins words freely ("timelock", "chainstate", "lockfile"): without the draft
    # writing the two words apart, a joined token is taken as a compound.
    assert lint_text("Users could timelock funds, and the chainstate grows with each lockfile.", CHECK) == []
    assert lint_text("The scavenger releases hugepages at a time.", CHECK) == []


def test_noun_glued_to_a_verb_with_its_object_is_flagged():
    findings = lint_findings("The interest ratefollows the model, and the rate rateneeds to grow.", CHECK)
    assert [(f.column, f.suggestion) for f in findings] == [(14, "rate follows"), (50, "rate needs")]


def test_a_joined_form_used_in_several_numbers_is_deliberate():
    text = "Release hugepages early. Each hugepage is 2 MB; huge pages help.\n"
    assert lint_text(text, CHECK) == []


def test_word_glued_to_code_before_it():
    findings = lint_findings("When `to` is set to `null`tokens are burned, and `Widget`s stay.\n", CHECK, path="d.md")
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(27, "tokens", " tokens")]
    assert "glued to the code 'null'" in findings[0].message


def test_other_target_languages_are_not_checked():
    assert lint_findings("Join ourPartner program.", CHECK, target_lang="fr") == []


def test_clean_prose_is_clean(sample_text):
    assert lint_text("Nevertheless, the stablecoin market and the blockchain grew.", CHECK) == []
    assert lint_text(sample_text, CHECK) == []


def test_word_glued_to_code_after_it():
    findings = lint_findings("Check the system, if yes then`OSYS = 0x2710` is set.\n", CHECK, path="d.md")
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(26, "then", "then ")]
    assert "glued to the code 'OSYS = 0x2710' after it" in findings[0].message


def test_a_long_paragraph_is_read_line_by_line_with_the_same_findings():
    """One Markdown paragraph of many lines: a token glued to code on one line and a glued word on
    another are found where a short paragraph finds them, and the other lines stay clean."""
    filler = "The team met the partners and shared the quarterly results with everyone.\n"
    text = filler * 40 + "Join theTeam now.\n" + filler * 40 + "Set the `null`tokens here.\n" + filler * 3
    assert len(text) > 2000
    found = lint_text(text, CHECK, path="d.md")
    assert found == [(41, 6, CHECK), (82, 15, CHECK)]
