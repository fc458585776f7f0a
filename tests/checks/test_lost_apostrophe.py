from conftest import lint_findings, lint_text

CHECK = "lost-apostrophe"


def test_flags_name_plus_s_before_a_noun():
    text = "Shares of Acme rose. Acmes revenue doubled."
    findings = lint_findings(text, CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(22, "Acmes", "Acme's")]
    assert "apostrophe" in findings[0].message


def test_flags_consonant_y_s_possessive_with_suggestion_after_determiner():
    findings = lint_findings("We studied the companys plan.", CHECK)
    assert [(f.column, f.suggestion) for f in findings] == [(16, "company's")]


def test_consonant_y_s_without_determiner_names_both_fixes():
    findings = lint_findings("Many countrys joined.", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("countrys", None)]
    assert "country's" in findings[0].message and "countries" in findings[0].message


def test_real_plurals_and_words_pass():
    text = "Toyota sold two Toyotas. The Kennedys came. Days and keys and boys."
    assert lint_text(text, CHECK) == []


def test_plural_followed_by_a_verb_clears_every_use():
    text = "We use Enum here. Enums are classes. Enums members differ."
    assert lint_text(text, CHECK) == []


def test_name_never_used_inside_a_sentence_is_not_a_name():
    assert lint_text("Decode it. Decodes bytes.", CHECK) == []


def test_acronym_plurals_pass():
    assert lint_text("The CEO met other CEOs twice and NaN became NaNs today.", CHECK) == []


def test_max_zipf_option():
    text = "We met Messi today. Messis goal won."
    assert lint_text(text, CHECK) == [(1, 21, CHECK)]
    assert lint_text(text, CHECK, max_zipf=1.0) == []


def test_clean_prose_is_clean(sample_text):
    assert lint_text("Acme's revenue doubled while Acme hired. The company's plan worked.", CHECK) == []
    assert lint_text(sample_text, CHECK) == []


def test_flags_contraction_without_apostrophe_keeping_its_case():
    findings = lint_findings("Dont worry: it isnt broken and theyre fine.", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("Dont", "Don't"), ("isnt", "isn't"), ("theyre", "they're")]
    assert "missing its apostrophe" in findings[0].message


def test_contractions_that_are_words_pass():
    assert lint_text("It cant be the wont of its users; well, lets see. Don't and don’t are fine.", CHECK) == []


def test_plural_before_a_name_is_no_possessive():
    text = "HertzBeat Committer news. Meet new Committers Leo, Zhou and Zhang."
    assert lint_text(text, CHECK) == []


def test_flags_name_in_code_plus_s_before_a_noun():
    text = "HertzBeat grows.\n\n> ``HertzBeat``s powerful customization helps. `Widget`s are classes.\n"
    findings = lint_findings(text, CHECK, path="d.md")
    assert [(f.line, f.text, f.suggestion) for f in findings] == [(3, "``HertzBeat``s", "``HertzBeat``'s")]
