"""Patterns of the draft checks rewritten for speed find what the patterns they replaced found.

Each rewrite (another engine, a search of the prose instead of the raw text, a cheap question
asked before a pattern) is held here to the earlier pattern, kept as the reference, on hostile
strings: markup runs, escapes, masked spans, letters of other scripts.
"""

import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from l10n_check import rest, textutil
from l10n_check.checks import glued_words, hidden_characters, mixed_numbering, repeated_word, stray_markup
from l10n_check.checks.unchanged_source import may_hold_ascii_words
from l10n_check.english import is_plain
from l10n_check.markup import is_prose
from l10n_check.model import Segment
from l10n_check.numbers import may_hold_numbers
from l10n_check.textutil import WORD, may_hold_foreign

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True)

MARKUP_PIECES = ["*", "**", "***", "_", "__", "\\", "a", "é", "中", " ", "\n", "/", "1", "(", ",", "kw", "-", "."]


@st.composite
def masked_segments(draw: st.DrawFn, pieces: list[str], size: int = 16) -> Segment:
    """A segment whose prose is its raw text with some spans blanked, as readers mask code and URLs."""
    raw = "".join(draw(st.lists(st.sampled_from(pieces), max_size=size)))
    blanked = draw(st.lists(st.booleans(), min_size=len(raw), max_size=len(raw)))
    prose = "".join(" " if hide and ch != "\n" else ch for ch, hide in zip(raw, blanked))
    return Segment(0, len(raw), raw, prose, "paragraph")


_OLD_RUN = regex.compile(r"(?<!\\)(?:\*{1,3}|_{1,3})(?![*_])")


def _old_delimiter_spans(segment: Segment) -> list[tuple[int, int]]:
    """The runs stray-markup read before: the look-behind pattern over the raw text, then prose."""
    raw, spans = segment.raw, []
    for match in _OLD_RUN.finditer(raw):
        start, end = match.span()
        if (start and raw[start - 1] in "*_") or not is_prose(segment, start, end):
            continue
        if not stray_markup._not_emphasis(raw, start, end):
            spans.append((start, end))
    return spans


@SETTINGS
@given(masked_segments(MARKUP_PIECES))
@example(Segment(0, 4, "\\*a*", "\\*a*", "paragraph"))
@example(Segment(0, 6, "a**_b*", "a **_b", "paragraph"))
def test_emphasis_runs_are_the_look_behind_patterns_runs(segment: Segment) -> None:
    found = [(d.start, d.end) for d in stray_markup._delimiters(segment)]
    assert found == _old_delimiter_spans(segment)


def test_emphasis_runs_skip_escaped_long_mixed_and_masked_runs() -> None:
    def spans(raw: str, prose: str | None = None) -> list[tuple[int, int]]:
        segment = Segment(0, len(raw), raw, raw if prose is None else prose, "paragraph")
        return [(d.start, d.end) for d in stray_markup._delimiters(segment)]

    assert spans("a **b** c") == [(2, 4), (5, 7)]
    assert spans("a \\**b") == [] and spans("a ****b") == [] and spans("a *_b") == []
    assert spans("x **y", "x  *y") == []  # half the run masked: not prose


# Emphasis as catalogs write it, paired and broken, between words of two scripts.
EMPHASIS_PIECES = ["*a*", "**b**", "_c_", "*", "**", "_", " ", "中", "a", "*a *", "* a*", "***d***", ".", "\\*"]


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(masked_segments(EMPHASIS_PIECES, 10))
@example(Segment(0, 5, "**a*b", "**a*b", "paragraph"))
def test_runs_paired_in_turn_are_what_the_pairing_leaves_nothing_of(segment: Segment) -> None:
    # stray-markup skips its pairing where openers and closers come in turn, alike; the pairing
    # must then leave no run unmatched and none partly used.
    delimiters = stray_markup._delimiters(segment)
    if stray_markup._paired_in_turn(segment.raw, delimiters):
        assert stray_markup._unmatched(segment, delimiters) == ([], [])


# Characters on each side of every range of hidden-characters' class, and letters of other scripts.
HIDDEN_EDGES = ["\x00", "\x08", "\x09", "\x0d", "\x0e", "\x1f", " ", "\x7e", "\x7f", "\x9f", "\xa0", "\xad", "\xae",
                "\u061b", "\u061c", "\u180e", "\u200a", "\u200b", "\u200f", "\u2010", "\u2028", "\u2029", "\u202a",
                "\u202e", "\u202f", "\u2060", "\u2064", "\u2065", "\u2066", "\u2069", "\u206a", "\ufeff", "\ufff8",
                "\ufff9", "\ufffb", "\ufffc", "\U000dffff", "\U000e0000", "\U000e007f", "\U000e0080", "a", "中", "é"]


@SETTINGS
@given(st.lists(st.sampled_from(HIDDEN_EDGES), max_size=20).map("".join))
def test_hidden_candidates_are_the_regex_patterns(text: str) -> None:
    # The class as ``regex`` read it before, written out: the test fails if either side changes.
    old = regex.compile(
        "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e"
        "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]+"
    )
    assert [m.span() for m in hidden_characters._HIDDEN.finditer(text)] == [m.span() for m in old.finditer(text)]


NUMBERING_PIECES = ["part", "day", "to", " ", "\u00a0", "one", "ii", "iv", "1", "12", "é", "中", "٣", ",5"]


@SETTINGS
@given(st.lists(st.sampled_from(NUMBERING_PIECES), max_size=14).map("".join))
@example("part part 1")
@example("today\u00a0\u00a0ii part one")
def test_numbering_candidates_are_the_look_behind_patterns_matches(lowered: str) -> None:
    known = mixed_numbering.heads()
    _, exact = mixed_numbering._candidates(known)
    expected = [m.start() for m in exact.finditer(lowered)]
    assert list(mixed_numbering._candidate_starts(lowered, known)) == expected


def test_numbering_candidates_skip_heads_inside_words() -> None:
    starts = mixed_numbering._candidate_starts("today 3, part 2 and part\u00a0iv, day one", mixed_numbering.heads())
    assert list(starts) == [9, 20, 29]


# Letters and marks at the edges of the blocks ``may_hold_foreign`` passes, and of other scripts.
SCRIPT_EDGES = ["a", "é", "\u024f", "\u0250", "\u00b5", "\u00aa", "Ω", "\u2126", "\u212a", "ж", "\u0370", "\u04ff",
                "\u0500", "\u3005", "\u3006", "\u3007", "\u3031", "\u303c", "\u3041", "\u30fc", "\u30ff", "中", "\u3400",
                "\u4dbf", "\ua000", "한", "\ufe30", "\uff21", "\uff65", "\uff66", "\uffa0", "\U00020000", "ـ", " ", "，"]


@SETTINGS
@given(st.lists(st.sampled_from(SCRIPT_EDGES), max_size=8).map("".join),
       st.sampled_from(["zh_CN", "en", "ja", "ko", "ru", "el", "ar", "fr"]))
def test_a_text_that_may_hold_no_foreign_letter_holds_none(text: str, lang: str) -> None:
    if not textutil.may_hold_foreign(text, lang):
        assert textutil._foreign_letters(lang).search(text) is None
        assert textutil.foreign_run_pattern(lang).search(text) is None


def test_may_hold_foreign_passes_the_targets_own_script() -> None:
    assert not may_hold_foreign("使用 len() 函数，返回 3。", "zh_CN") and may_hold_foreign("使用 カタカナ", "zh_CN")
    assert not may_hold_foreign("Привет, world", "ru") and may_hold_foreign("Привет", "en")
    assert not may_hold_foreign("plain ASCII", "en") and may_hold_foreign("々", "en")


WORD_PIECES = ["the", "It", "don't", "-", "'", "中文", "\u212a", "İ", "é", "ß", " ", "1", "a", "\u0301", "，"]


@SETTINGS
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=12).map("".join), st.integers(0, 3))
def test_too_few_ascii_runs_means_too_few_ascii_words(text: str, least: int) -> None:
    if not may_hold_ascii_words(text, least):
        assert sum(word.lower().isascii() for word in WORD.findall(text)) < least


def test_ascii_runs_count_the_kelvin_sign() -> None:
    assert may_hold_ascii_words("中文 the 和 of", 2) and not may_hold_ascii_words("中文 the 和", 2)
    assert may_hold_ascii_words("\u212a 和 a", 2) and not may_hold_ascii_words("é 和 a", 2)


DIGIT_EDGES = ["0", "9", "/", ":", "a", "\u0660", "\u065f", "\u06f0", "\u0966", "\uff10", "\uff19", "\uff0f", "\uff1a",
               "\U0001d7ce", "\U00011f50", "\u2070", "\u00b2", "①", "中", "三", "千", "，", " "]


@SETTINGS
@given(st.lists(st.sampled_from(DIGIT_EDGES), max_size=6).map("".join))
def test_no_number_hint_means_no_digit_for_regex(text: str) -> None:
    if not may_hold_numbers(text):
        assert regex.search(r"\d", text) is None and regex.search("[零〇一二两三四五六七八九十百千万亿]{2}", text) is None


REST_PIECES = ["`", "``", "_", "__", ":func:", "<x>", "|", "[#]_", "a", "中", " ", "\n", "\r\n", "f()"]


@SETTINGS
@given(st.lists(st.sampled_from(REST_PIECES), max_size=14).map("".join))
def test_rest_mask_in_a_line_is_the_general_mask(text: str) -> None:
    masked = rest.mask(text)
    assert masked == rest._MARKUP.sub(rest._blank_markup, text)
    assert len(masked) == len(text)


# Letters and marks of other scripts beside ASCII, and the punctuation ``is_plain`` lets through.
PLAIN_PIECES = ["word", "Split", "splitword", "a", "-", "_", ".", "@", "/", "\\", "(", "'", "’", "“", "—", "…",
                "\u00a0", " ", "1", "é", "e\u0301", "ß", "中", "Ⅻ", "\u212a", ".x"]


@SETTINGS
@given(st.lists(st.sampled_from(PLAIN_PIECES), max_size=10).map("".join), st.integers(0, 3))
@example("1splitword 2", 0)
@example("a.splitword’s splitword( splitword.x", 0)
@example("x-splitword @words ’Split", 1)
def test_long_tokens_of_a_plain_text_are_the_regex_patterns(text: str, start: int) -> None:
    start = min(start, len(text))
    if is_plain(text, start):
        plain = glued_words._LONG_TOKEN_PLAIN.findall(text, start)
        assert plain == glued_words._LONG_TOKEN.findall(text, start)


def test_is_plain_looks_at_the_character_before() -> None:
    assert is_plain("it’s “ok” — fine…") and not is_plain("café") and not is_plain("中x", 1) and is_plain("中 x", 2)


# Letters that ``re.I`` folds onto ASCII ones (the Kelvin sign, the long s, dotted and dotless i),
# white space of several kinds, and word edges.
DOUBLE_PIECES = ["the", "The", "THE", "he", "a", "A", "s", "\u017f", "k", "\u212a", "i", "\u0130", "\u0131",
                 " ", "  ", "\n", "\u00a0", "\t", "-", "'", "_", "1", "é", "."]
_OLD_MAYBE_DOUBLE = re.compile(r"\b([A-Za-z]+)\s+\1(?![A-Za-z])", re.I)


@SETTINGS
@given(st.lists(st.sampled_from(DOUBLE_PIECES), max_size=12).map("".join))
@example("the the")
@example("The tHE")
@example("\u212a k")
@example("thes the")
def test_the_double_filter_is_the_case_insensitive_backtracking_one_on_ascii(text: str) -> None:
    expected = not text.isascii() or _OLD_MAYBE_DOUBLE.search(text) is not None
    assert repeated_word.may_hold_double(text) == expected


# Contractions in every case, letters that match ASCII ones ignoring case (the Kelvin sign, the
# long s, dotless and dotted i), word characters and apostrophes at their edges, typographic marks.
CONTRACTION_PIECES = ["dont", "DONT", "Isnt", "i", "\u0131", "\u0130", "snt", "\u017f", "wasnt", "\u212a", "k",
                      "theyre", " ", "'", "’", "“", "—", "_", "9", "é", "-", "\u00a0", "x"]


@SETTINGS
@given(st.lists(st.sampled_from(CONTRACTION_PIECES), max_size=10).map("".join))
@example("dont")
@example("\u0131snt i\u017fnt isnt")
@example("’dont Dont_ don’t")
def test_contractions_of_plain_text_lower_cased_are_the_ignore_case_patterns(text: str) -> None:
    from l10n_check.checks import lost_apostrophe

    expected = [match.span() for match in lost_apostrophe._contraction_pattern().finditer(text)]
    assert list(lost_apostrophe._contraction_spans(text)) == expected
