"""hidden-characters: what a reviewer cannot see, each with its code point named."""

from conftest import lint_findings, lint_text
from l10n_check.checks import hidden_characters

CHECK = "hidden-characters"


def found(text, path="draft.txt", **options):
    return [(f.line, f.column, f.text, f.suggestion) for f in lint_findings(text, CHECK, path, **options)]


def test_right_to_left_override_is_named_and_deleted():
    findings = lint_findings("Open the file \u202egnp.exe today.\n", CHECK)
    assert [(f.line, f.column, f.text, f.suggestion) for f in findings] == [(1, 15, "\u202e", "")]
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in findings[0].message and "exe.png" in findings[0].message


def test_override_is_reported_even_beside_hebrew():
    assert found("שלום \u202dabc\n") == [(1, 6, "\u202d", "")]


def test_direction_marks_are_reported_only_where_no_right_to_left_text_needs_them():
    assert found("Plain English \u200fhere.\n") == [(1, 15, "\u200f", "")]
    assert found("The word \u200fשלום\u200f means peace.\n") == []
    assert found("Isolated \u2066name\u2069 in English.\n") == [(1, 10, "\u2066", ""), (1, 15, "\u2069", "")]


def test_zero_width_space_inside_a_word_is_reported_with_the_word_escaped():
    findings = lint_findings("Monthly trading\u200bvolume grew.\n", CHECK)
    assert [(f.line, f.column) for f in findings] == [(1, 16)]
    assert "U+200B ZERO WIDTH SPACE" in findings[0].message and "'trading\\u200bvolume'" in findings[0].message


def test_zero_widths_between_words_emoji_or_in_scripts_without_spaces_pass():
    assert found("A line\n\u200b\nof its own, and one \u200b between words.\n") == []
    assert found("Family 👨\u200d👩\u200d👧 emoji.\n") == []
    assert found("Thai ก\u200bข and Persian می\u200cخواهم.\n") == []


def test_byte_order_mark_inside_the_text_is_reported_anywhere():
    assert found("First part. \ufeffSecond part.\n") == [(1, 13, "\ufeff", "")]


def test_soft_hyphen_nul_and_controls_are_reported_tab_and_form_feed_are_not():
    assert found("inter\u00adnational\n") == [(1, 6, "\u00ad", "")]
    assert found("Cut\x00here and \x1b[31mred\x1b[0m.\n") == [(1, 4, "\x00", ""), (1, 14, "\x1b", ""), (1, 22, "\x1b", "")]
    assert found("Tab\there.\n\x0c\nNext page.\n") == []


def test_a_run_is_one_finding_counting_each_code_point():
    findings = lint_findings("word\u200b\u200b\u00adword\n", CHECK)
    assert len(findings) == 1 and findings[0].text == "\u200b\u200b\u00ad"
    assert "U+200B ZERO WIDTH SPACE ×2, U+00AD SOFT HYPHEN" in findings[0].message


def test_tag_characters_carry_hidden_text_but_an_emoji_flag_passes():
    assert found("Fine \U000e0069\U000e0067\U000e006e\U000e006f\U000e0072\U000e0065 text.\n")[0][:2] == (1, 6)
    assert found("England 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f wins.\n") == []


def test_code_is_read_too_a_bidi_override_is_worst_there():
    assert lint_text("Prose.\n\n```\nif x: \u202e# comment\n```\n", CHECK, path="d.md") == [(4, 7, CHECK)]


def test_allow_takes_code_points_or_characters():
    assert found("inter\u00adnational\n", allow=["U+00AD"]) == []
    assert found("inter\u00adnational\n", allow=["\u00ad"]) == []


def test_bilingual_files_are_read_in_their_translations_only(tmp_path):
    po = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "A\u200bB"\nmsgstr "C\u200bD"\n'
    assert lint_findings(po, CHECK, path="x.po") == []  # copied from the source: the source's to fix
    po = po.replace('msgid "A\u200bB"', 'msgid "AB"')
    assert [(f.line, f.column) for f in lint_findings(po, CHECK, path="x.po")] == [(5, 10)]


def test_clean_english_passes():
    assert lint_text("Clean English prose, with “quotes” — and dashes.\n", CHECK) == []


def test_every_candidate_character_is_unprintable():
    # A translation that ``str.isprintable`` passes is not searched for candidates: none may be printable.
    candidates = [chr(c) for c in range(0x110000) if hidden_characters._HIDDEN.fullmatch(chr(c))]
    assert len(candidates) > 200 and not any(c.isprintable() for c in candidates)
