from l10n_check import engine
from l10n_check.model import Document, Segment
from l10n_check.readers import parse

CHECK = "placeholder-mismatch"


def lint_pair(source: str, target: str) -> list[tuple[int, str, str | None]]:
    doc = Document("t.xlf", target, (Segment(0, len(target), target, target, "entry", "k", source),))
    return [(f.column, f.message, f.suggestion) for f in engine.lint([doc], engine.Config(select=(CHECK,)))]


def test_lost_placeholder_is_reported():
    assert lint_pair("你好 %s，你有 %d 条消息", "Hello, you have %d messages") == [
        (1, "placeholder '%s' from the source missing in the translation", None),
    ]


def test_unnumbered_printf_placeholders_in_another_order_are_reported():
    assert lint_pair("%s 有 %d 条", "%d items for %s") == [
        (1, "printf placeholders are in a different order than in the source: number them (%1$s, %2$d)", None),
    ]


def test_misspelt_placeholder_gets_the_source_one_as_suggestion():
    assert lint_pair("欢迎 {name}", "Welcome {nmae}") == [
        (1, "placeholder '{name}' from the source missing in the translation", None),
        (9, "placeholder '{nmae}' is not in the source", "{name}"),
    ]


def test_reordered_and_positional_placeholders_match():
    assert lint_pair("%s 在 %s", "%2$s at %1$s") == []
    assert lint_pair("归档 %s 成员 %.16s", "archive %1$.250s member %2$s") == []
    assert lint_pair("{0} 和 {1}", "{1} and {0}") == []


def test_added_placeholder_is_reported_where_it_is():
    assert lint_pair("frame not found", "%s: frame not found") == [(1, "placeholder '%s' is not in the source", None)]


def test_placeholder_split_over_po_lines_is_one_placeholder():
    po = 'msgid "a {name} b"\nmsgstr ""\n"x {na"\n"me} y"\n'
    doc = parse("t.po", po, "zh", "en")
    assert engine.lint([doc], engine.Config(select=(CHECK,))) == []


def test_percent_signs_in_prose_are_not_placeholders():
    assert lint_pair("增长了 50%，达到 100%", "grew 50% to 100% of the target") == []


def test_inttypes_macros_and_their_positional_form():
    assert lint_pair("%<PRIuMAX> bytes in %s", "%2$s 中有 %1$<PRIuMAX> 字节") == []
    assert lint_pair("%<PRIuMAX> bytes", "%s 字节") == [
        (1, "placeholder '%s' is not in the source", "%<PRIuMAX>"),
        (1, "placeholder '%<PRIuMAX>' from the source missing in the translation", None),
    ]


def test_brace_labels_with_hyphens_are_placeholders():
    assert lint_pair("Hello {USER-NAME}", "你好 {USER-NAME}") == []
    assert lint_pair("Hello {USER-NAME}", "你好 {USERNAME}") == [
        (1, "placeholder '{USER-NAME}' from the source missing in the translation", None),
        (4, "placeholder '{USERNAME}' is not in the source", "{USER-NAME}"),
    ]


def test_untranslated_unit_is_left_to_unfinished_entry():
    doc = Document("t.po", "", (Segment(0, 0, "", "", "entry", "k", "%s", state="untranslated"),))
    assert engine.lint([doc], engine.Config(select=(CHECK,), include_fuzzy=True)) == []
