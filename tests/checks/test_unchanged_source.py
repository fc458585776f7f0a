from conftest import lint_unit

CHECK = "unchanged-source"


def test_prose_copied_unchanged_is_reported():
    text = "The file could not be opened because it is in use."
    assert lint_unit(CHECK, text, text) == [(1, "the translation is the source unchanged: translate it")]


def test_sentence_of_the_source_left_inside_a_translation_is_reported():
    source = "Open the file. If in doubt, simply implement all of them."
    assert lint_unit(CHECK, source, "打开文件。If in doubt, simply implement all of them.") == [
        (6, "sentence of the source left untranslated: 'If in doubt, simply implement all of them.'"),
    ]


def test_code_names_and_format_strings_may_stay():
    assert lint_unit(CHECK, "%s: %s", "%s: %s") == []
    assert lint_unit(CHECK, "Python Software Foundation", "Python Software Foundation") == []
    assert lint_unit(CHECK, "if *x* is false, then *x*, else *y*", "if *x* is false, then *x*, else *y*") == []


def test_same_language_pairs_are_not_checked():
    text = "The file could not be opened because it is in use."
    assert lint_unit(CHECK, text, text, target_lang="en") == []
