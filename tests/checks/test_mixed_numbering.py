"""mixed-numbering: one numbered sequence written in two styles."""

from conftest import lint_findings, lint_text

CHECK = "mixed-numbering"


def test_a_chapter_in_digits_among_chapters_in_words():
    text = "Chapter One: the market.\n\nChapter Two: the team.\n\nChapter 3: the future.\n"
    findings = lint_findings(text, CHECK)
    assert [(f.line, f.column, f.text, f.suggestion) for f in findings] == [(5, 1, "Chapter 3", "Chapter Three")]
    assert "words" in findings[0].message and len(findings[0].related) == 2


def test_roman_numerals_and_digits():
    text = "Part I covers it. Part II goes on. Part 3 ends.\n"
    assert [(f.text, f.suggestion) for f in lint_findings(text, CHECK)] == [("Part 3", "Part III")]


def test_one_style_names_and_decimals_are_clean():
    assert lint_text("Step 1, Step 2 and Step 3. Formula One and Go 1.18 and Go One. We met on day one.\n", CHECK) == []
    assert lint_text("Chapter 1 and chapter 2 and Chapter 3.\n", CHECK) == []


def test_extra_heads_and_the_heads_are_data():
    from l10n_check.checks.mixed_numbering import heads

    assert {"chapter", "step", "phase"} <= heads()
    assert lint_text("Lap One was fast. Lap 2 was slow. Lap 3 too.\n", CHECK, heads=["Lap"]) == [(1, 1, CHECK)]
