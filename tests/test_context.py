"""The sentence quoted with a finding: the same whether its long segment is split whole or line by line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from l10n_check import engine
from l10n_check.model import Document, Hit, Segment
from l10n_check.textutil import SentenceIndex

# Pieces a paragraph is made of: words, abbreviations, stops, quotes, brackets, spaces, line ends.
PIECES = st.sampled_from(["Mr.", "Dr. Wang", "word", "中文。", "end.", "Yes!", "(aside.)", "“Quoted.”", " ", "  ", "\n", "\r\n", "\n\n", "…", "e.g."])


def _document(text: str) -> Document:
    return Document("draft.md", text, (Segment(0, len(text), text, text),))


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=80).map(" ".join), st.data())
def test_a_long_segment_quotes_the_sentence_its_whole_index_would(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start, min(len(text), start + 30)))
    whole = SentenceIndex(text).around(start, end, engine.CONTEXT_LIMIT)
    original = engine.LONG_SEGMENT
    engine.LONG_SEGMENT = 0  # every segment is long: quoted line by line
    try:
        by_line = engine.Sentences().around(_document(text), Hit(start, end, "m"))
    finally:
        engine.LONG_SEGMENT = original
    assert by_line == whole


def test_a_finding_in_one_long_paragraph_is_quoted_from_its_own_line():
    lines = [f"Line {n} says the top three changed." for n in range(3000)]
    text = "\n".join(lines)
    assert len(text) > engine.LONG_SEGMENT
    start = text.index("Line 2500 ") + len("Line 2500 says ")
    context = engine.Sentences().around(_document(text), Hit(start, start + 3, "m"))
    assert context == "Line 2500 says the top three changed."
