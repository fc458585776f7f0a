"""Reading drafts: segments, positions and what counts as prose."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n_check.readers import Problem, decode, parse
from l10n_check.readers.text import mask_common, mask_markdown


def segments(text, path="d.md"):
    return [(s.kind, s.raw) for s in parse(path, text, "zh", "en").segments]


def test_plain_text_is_one_paragraph_a_line():
    doc = parse("d.txt", "First paragraph here.\n\nSecond one, longer and punctuated.\r\nThird.\n", "zh", "en")
    assert [s.raw for s in doc.segments] == ["First paragraph here.", "Second one, longer and punctuated.", "Third."]
    assert doc.position(doc.segments[1].start) == (3, 1)


def test_plain_short_unpunctuated_line_is_a_heading():
    doc = parse("d.txt", "Introduction\nThis is a sentence.\n", "zh", "en")
    assert [s.kind for s in doc.segments] == ["heading", "paragraph"]


def test_markdown_blocks_headings_and_items():
    text = "# Title\nA paragraph\nwrapped here.\n\n- one\n- two\n"
    assert segments(text) == [
        ("heading", "# Title"),
        ("paragraph", "A paragraph\nwrapped here."),
        ("item", "- one"),
        ("item", "- two"),
    ]


def test_fenced_code_is_not_a_segment():
    text = "Before.\n\n```\n中文 code\n```\n\nAfter.\n"
    assert [raw for _, raw in segments(text)] == ["Before.", "After."]


def test_masks_keep_length_and_line_breaks():
    text = "See `x 中` at https://example.com/中文, mail a@b.co <b>bold</b> [t](http://x.y/中)\n"
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert "中" not in masked and "http" not in masked and "a@b.co" not in masked and "<b>" not in masked
    assert "bold" in masked and "[t]" in masked and masked.endswith("\n")


def test_url_gives_back_trailing_punctuation():
    assert mask_common("Go to https://example.com.") == "Go to                    ."


def test_a_www_address_in_any_case_is_masked():
    assert mask_common("See WwW.Example.org now") == "See                 now"
    assert mask_common("a new. start") == "a new. start"


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["w", "W", ".", "ww", "www.", "İ", "\u212a", "ẞ", " ", "x"]), max_size=10).map("".join))
def test_www_in_any_case_ends_in_w_dot(text):
    # What ``mask_common``'s pre-test relies on: lowering adds no "w" nor ".", whatever else it changes.
    if "www." in text.lower():
        assert "w." in text or "W." in text


def test_html_comment_spanning_lines_keeps_lines():
    text = "A<!-- 中文\nnote -->B\n"
    masked = mask_common(text)
    assert masked.count("\n") == 2 and "中" not in masked and masked.startswith("A") and "B" in masked


def test_decode_strips_bom_and_reports_bad_byte_offset():
    assert decode("f", b"\xef\xbb\xbfhi") == "hi"
    problem = decode("f", b"\xef\xbb\xbfok\xc3(")
    assert isinstance(problem, Problem) and "offset 5" in problem.message and problem.fatal


def test_binary_is_a_non_fatal_problem():
    problem = decode("f.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8")
    assert isinstance(problem, Problem) and not problem.fatal and problem.message == "binary file skipped"


def test_valid_utf8_with_a_stray_nul_is_read_not_skipped():
    assert decode("f.txt", b"abc\x00def") == "abc\x00def"


def test_positions_are_code_points_with_crlf():
    doc = parse("d.txt", "ab\r\n𝒜x\r\n", "zh", "en")
    assert doc.position(doc.text.index("x")) == (2, 2)


@pytest.mark.parametrize("seed", range(200))
def test_line_starts_are_where_each_line_begins(seed):
    """The line index (1-based lines and columns of every finding) on random text with line
    breaks anywhere: at the start, the end, doubled, beside carriage returns and astral letters."""
    import random

    from l10n_check.model import Document

    rng = random.Random(seed)
    text = "".join(rng.choice(["\n", "\r\n", "a", " ", "好", "😀", "\r"]) for _ in range(rng.randrange(0, 40)))
    expected, start = [], 0
    for line in text.split("\n"):
        expected.append(start)
        start += len(line) + 1
    doc = Document("d.txt", text, ())
    assert doc.line_starts == tuple(expected)
    for offset in range(len(text) + 1):
        line, column = doc.position(offset)
        assert doc.line_starts[line - 1] + column - 1 == offset and text.count("\n", 0, offset) == line - 1
