"""Suppressions written in the draft: disable/enable, next line, exact text, PO entries, stale ones."""

from l10n_check import engine
from l10n_check.model import Document, Segment
from l10n_check.readers import parse

FRAGMENT = "untranslated-fragment"
PUNCT = "fullwidth-punctuation"


def findings(text: str, path: str = "draft.md", **config):
    return engine.lint([parse(path, text, "zh", "en")], engine.Config(**config))


def places(text: str, path: str = "draft.md", **config) -> list[tuple[int, str]]:
    return [(f.line, f.check) for f in findings(text, path, **config)]


def test_without_directives_everything_is_reported():
    assert places("One a好 word.\n\nTwo b好 word.\n") == [(1, FRAGMENT), (3, FRAGMENT)]


def test_disable_until_enable_covers_only_the_region_and_only_that_check():
    text = (
        "Before a好 x.\n\n<!-- l10n-check: disable untranslated-fragment -->\n\n"
        "Inside the region a b好 word, then a pause，and more words.\n\n<!-- l10n-check: enable untranslated-fragment -->\n\nAfter c好 w.\n"
    )
    assert places(text) == [(1, FRAGMENT), (5, PUNCT), (9, FRAGMENT)]


def test_disable_without_enable_runs_to_the_end_of_the_file():
    text = "A好 x.\n\n<!-- l10n-check: disable untranslated-fragment -->\n\nB好 y.\n\nC好 z.\n"
    assert places(text) == [(1, FRAGMENT)]


def test_bare_disable_silences_every_check_until_bare_enable():
    text = "<!-- l10n-check: disable -->\nThe A好 word, a pause，and more.\n<!-- l10n-check: enable -->\nThe B好 word, a pause，and more.\n"
    assert places(text, "d.txt") == [(4, FRAGMENT), (4, PUNCT)]


def test_disable_next_line_covers_the_next_non_blank_line_only():
    text = "<!-- l10n-check: disable-next-line untranslated-fragment -->\n\nA好 x.\nB好 y.\n"
    assert places(text, "d.txt") == [(4, FRAGMENT)]


def test_ignore_exact_text_anywhere_in_the_file_but_not_other_text():
    text = "Our app 微信 is here.\n\nAgain 微信 and 整理 here.\n\n<!-- l10n-check: ignore \"微信\" -->\n"
    result = findings(text)
    assert [(f.line, f.text) for f in result] == [(3, "整理")]


def test_ignore_can_be_limited_to_a_check():
    text = "<!-- l10n-check: ignore '微信' fullwidth-punctuation -->\nOur app 微信 is here.\n"
    assert places(text, "d.txt", ignore=("unused-suppression",)) == [(2, FRAGMENT)]


def test_stale_directive_is_reported_as_info_at_the_directive():
    text = "Clean English.\n<!-- l10n-check: disable-next-line garbled-text -->\nStill clean.\n"
    result = findings(text, "d.txt")
    assert [(f.line, f.column, f.check, str(f.severity)) for f in result] == [(2, 1, "unused-suppression", "info")]
    assert "'garbled-text' silenced nothing" in result[0].message


def test_directive_for_a_check_that_did_not_run_is_not_stale():
    text = "<!-- l10n-check: disable-next-line garbled-text -->\nClean.\n"
    assert places(text, "d.txt", select=(FRAGMENT, "unused-suppression")) == []


def test_unknown_check_in_directive_is_reported_with_suggestion():
    text = "<!-- l10n-check: disable untranslated-fragmnt -->\nA好 x.\n"
    result = findings(text, "d.txt")
    assert [(f.line, f.check) for f in result] == [(1, "unused-suppression"), (2, FRAGMENT)]
    assert "unknown check 'untranslated-fragmnt' (did you mean 'untranslated-fragment'?)" in result[0].message


def test_bad_verb_and_unmatched_enable_are_reported():
    text = "<!-- l10n-check: disabel x -->\nClean.\n<!-- l10n-check: enable garbled-text -->\n"
    messages = [f.message for f in findings(text, "d.txt")]
    assert any("did you mean 'disable'" in m for m in messages)
    assert any("without a matching disable" in m for m in messages)


def test_partly_used_directive_names_the_idle_check():
    text = "<!-- l10n-check: disable-next-line untranslated-fragment, garbled-text -->\nA好 x.\n"
    result = findings(text, "d.txt")
    assert [f.check for f in result] == ["unused-suppression"]
    assert "'garbled-text'" in result[0].message and FRAGMENT not in result[0].message


def test_unused_suppression_can_be_ignored_and_reseverified():
    text = "<!-- l10n-check: disable-next-line garbled-text -->\nClean.\n"
    assert places(text, "d.txt", ignore=("unused-suppression",)) == []
    result = findings(text, "d.txt", severities={"unused-suppression": engine.Severity.WARNING})
    assert [str(f.severity) for f in result] == ["warning"]


def _po_document(text: str) -> Document:
    """A catalog read as one segment per msgstr (the shape a PO reader gives)."""
    segments = []
    start = 0
    while (start := text.find('msgstr "', start)) != -1:
        begin = start + len('msgstr "')
        end = text.index('"', begin)
        segments.append(Segment(begin, end, text[begin:end], text[begin:end], kind="entry"))
        start = end
    return Document("fr.po", text, tuple(segments))


def test_po_translator_comment_is_scoped_to_its_entry():
    text = (
        '# l10n-check: disable untranslated-fragment\nmsgid "a"\nmsgstr "One 微信 app."\n\n'
        'msgid "b"\nmsgstr "Two 微信 app."\n'
    )
    result = engine.lint([_po_document(text)], engine.Config(select=(FRAGMENT, "unused-suppression")))
    assert [(f.line, f.check) for f in result] == [(6, FRAGMENT)]


def test_po_stale_comment_is_reported():
    text = '# l10n-check: disable garbled-text\nmsgid "a"\nmsgstr "Clean."\n'
    result = engine.lint([_po_document(text)], engine.Config())
    assert [(f.line, f.check) for f in result] == [(1, "unused-suppression")]


def test_html_comment_in_a_po_file_is_not_a_directive():
    text = 'msgid "a"\nmsgstr "<!-- l10n-check: disable --> One 微信 app."\n'
    result = engine.lint([_po_document(text)], engine.Config(select=(FRAGMENT,)))
    assert [f.check for f in result] == [FRAGMENT]


def test_clean_prose_with_ordinary_comments_has_no_suppression_findings():
    text = "<!-- editor: check the quote -->\nClean English prose, nothing to see.\n"
    assert findings(text) == []


def test_directive_spread_over_lines_with_tabs_is_understood():
    text = "<!--\n  l10n-check:\tdisable-next-line\n\tuntranslated-fragment,\n  -->\nA好 x.\n"
    assert findings(text, "d.txt") == []


def test_a_directive_may_name_the_suppression_report_itself_without_being_unknown():
    text = "<!-- l10n-check: disable unused-suppression -->\nClean.\n"
    assert findings(text, "d.txt") == []
