from conftest import lint_findings, lint_text

CHECK = "punctuation-spacing"


def suggestions(text, path="draft.txt"):
    return [(f.column, f.text, f.suggestion) for f in lint_findings(text, CHECK, path=path)]


def test_flags_space_lost_after_comma_stop_colon_and_bracket():
    assert suggestions("Prices rose,and volume fell.") == [(8, "rose,and", "rose, and")]
    assert suggestions("The deployment is done.Next, publish it.") == [(19, "done.Next", "done. Next")]
    assert suggestions("It is generally named as:XXServer here.") == [(23, "as:XXServer", "as: XXServer")]
    assert suggestions("The fee (in dollars)was high.") == [(20, ")was", ") was")]


def test_flags_space_lost_after_a_list_number():
    findings = lint_findings("1.Open the page.\n2.Click publish.", CHECK)
    assert [(f.line, f.column, f.suggestion) for f in findings] == [(1, 1, "1. Open"), (2, 1, "2. Click")]


def test_flags_space_added_before_a_mark():
    assert suggestions("They are burned upon withdraw ; then repaid.") == [(30, " ;", ";")]
    assert suggestions("Liquidation threshold : 50%") == [(22, " :", ":")]
    assert suggestions("It comes from the Utilisation Rate . Then it grows.") == [(35, " .", ".")]


def test_flags_repeated_marks_spaced_apart():
    assert suggestions("Really ? ? ?") == [(8, "? ? ?", "???")]


def test_numbers_code_names_and_abbreviations_pass():
    text = "We sold 1,000 units at 9:30 in v2.0, a 1:1 ratio, e.g., io.Writer and TestApp.HelloServer.HelloObj."
    assert lint_text(text, CHECK) == []
    assert lint_text("See https://x.example/a,b and mail a.b@c.example today.", CHECK) == []
    assert lint_text("A 3:1 agree:disagree ratio and (s)he said so of bulk (de)allocation.", CHECK) == []


def test_code_and_what_masking_left_pass():
    assert lint_text("Call `foo`, then `bar`.\n", CHECK, path="d.md") == []
    assert lint_text("Set `x`,then run.\n", CHECK, path="d.md") == []


def test_other_target_languages_are_not_checked():
    assert lint_findings("Prices rose,and volume fell.", CHECK, target_lang="fr") == []


def test_clean_prose_is_clean(sample_text):
    assert lint_text("Prices rose, and volume fell. Next, we publish: all of it (today).", CHECK) == []


def test_punctuation_inside_untranslated_chinese_is_left_to_the_untranslated_checks():
    assert lint_text("免责声明：本文章仅代表作者个人观点,不代表本平台的立场和观点。", CHECK) == []


def test_flags_space_before_a_mark_after_a_closing_bracket():
    assert suggestions("The rules fall in two parts (see the spec) :") == [(43, " :", ":")]


def test_flags_a_time_split_after_its_colon():
    assert suggestions("We meet at 9: 30 and leave 5: 45 pm.") == [(12, "9: 30", "9:30"), (28, "5: 45", "5:45")]
    assert lint_text("Step 1: 30 minutes of setup.", CHECK) == []


def test_flags_a_version_split_after_its_point():
    assert suggestions("The upcoming Exchangis1. 0, will work.") == [(23, "1. 0", "1.0")]
    assert lint_text("Step 1. 2 more items follow.", CHECK) == []


def test_flags_an_aside_glued_to_the_word_before_it():
    assert suggestions("Query the amount of resources(unit: SUN) of an address.") == [(21, "resources(", "resources (")]


def test_calls_and_signatures_are_no_asides():
    text = "It is max(relay fee, min mempool fee); see function deposit(address asset, uint256 amount) and f(x)."
    assert lint_text(text, CHECK) == []


def test_flags_a_link_glued_to_what_comes_before():
    text = "See the recording way[data runner](https://x.example) and e.g.,[macd](https://y.example).\n"
    assert suggestions(text, path="d.md") == [(19, "way[", "way ["), (59, "e.g.,[", "e.g., [")]
    assert lint_text("An image ![logo](a.png), a note[^1] and [a link](b.md).\n", CHECK, path="d.md") == []


def test_flags_a_word_glued_after_a_bracket_and_comma():
    assert suggestions("Set up a virtual env(python>=3.8),install requirements.") == [(33, "),install", "), install")]


def test_flags_a_space_before_a_mark_after_emphasis():
    assert suggestions("Want to read this in **chinese** ? Go here.\n", path="d.md") == [(33, " ?", "?")]
