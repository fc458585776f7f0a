"""The shared tokenisation: words, the gaps between them, offsets in code points, case shape."""

import random
import re

from l10n_check import tokens
from l10n_check.tokens import ascii_words, pieces

WORD = re.compile(r"[A-Za-z][A-Za-z0-9']*")


def spans(text: str) -> list[tuple[int, int, str]]:
    words = ascii_words(text)
    return list(zip(words.starts, words.ends, words.texts))


def test_words_offsets_and_gaps():
    words = ascii_words("Top three-fold, don't!")
    assert words.texts == ["Top", "three", "fold", "don't"]
    assert words.gaps == ["", " ", "-", ", ", "!"]
    assert words.starts == [0, 4, 10, 16] and words.ends == [3, 9, 14, 21]
    assert len(words) == 4


def test_offsets_count_code_points_past_astral_characters():
    text = "𝔘 émoji 😀 top 中文three"
    found = spans(text)
    assert [(a, b, t) for a, b, t in found] == [(3, 7, "moji"), (10, 13, "top"), (16, 21, "three")]
    assert all(text[a:b] == t for a, b, t in found)


def test_a_word_runs_on_through_digits_and_apostrophes_but_starts_with_a_letter():
    assert [t for _, _, t in spans("9top x'top 'top top's top9 _top")] == ["top", "x'top", "top", "top's", "top9", "top"]
    assert ascii_words("9top").gaps == ["9", ""]


def test_empty_and_wordless_text():
    for text in ("", "  ", "。、", "123"):
        words = ascii_words(text)
        assert words.texts == [] and words.starts == [] and words.gaps == [text] and words.capitalized() == []


def test_case_shape():
    words = ascii_words("the Top three US dollars iPhone")
    assert words.initials == "tTtUdi" and words.capitalized() == [1, 3]
    assert words.types == frozenset({"the", "Top", "three", "US", "dollars", "iPhone"})


def test_the_same_words_as_a_left_to_right_scan_on_random_text():
    rng = random.Random(15)
    alphabet = ["a", "B", "7", "'", " ", "-", "\u2010", ",", ".", "\n", "é", "𝔘", "中", "\t", "\u00a0", "_"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        expected = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        assert spans(text) == expected, text
        words = ascii_words(text)
        assert "".join(g + t for g, t in zip(words.gaps, words.texts)) + words.gaps[-1] == text
        assert words.capitalized() == [i for i, (_, _, word) in enumerate(expected) if "A" <= word[0] <= "Z"]


def test_a_slice_counts_offsets_in_the_whole_text():
    text = "One two. Three four"
    words = ascii_words(text, 9)
    assert words.texts == ["Three", "four"] and words.starts == [9, 15] and words.origin == 9


def test_pieces_cut_after_punctuation_and_read_as_the_whole(monkeypatch):
    rng = random.Random(7)
    vocabulary = ["open", "Source", "don't", "long-term", "plan.", "x,", "a\u00a0b", "𝔘", "\n", "9x"]
    text = " ".join(rng.choice(vocabulary) for _ in range(5000))
    whole = spans(text)
    for size in (1, 3, 50, 4096):
        found = list(pieces(text, size))
        assert len(found) > 1
        # Each piece but the last ends just after a character no word nor joining space or hyphen holds.
        assert all(not re.match(r"[A-Za-z0-9' \t\u00a0\-\u2010\u2011]", text[p.origin + sum(map(len, p.texts + p.gaps)) - 1]) for p in found[:-1])
        assert [(a, b, t) for p in found for a, b, t in zip(p.starts, p.ends, p.texts)] == whole, size
    monkeypatch.setattr(tokens, "PIECE", 10)
    assert len(list(pieces(text))) > 100


def test_text_without_a_cut_is_one_piece_and_empty_text_one_empty_piece():
    text = "word " * 20_000
    found = list(pieces(text, 1000))
    assert len(found) == 1 and len(found[0]) == 20_000 and found[0].ends[-1] == len(text) - 1
    assert [len(p) for p in pieces("")] == [0]


def test_a_huge_segment_is_read_in_pieces_of_bounded_size():
    text = "The top three grew. " * 50_000  # 1 MB
    found = list(pieces(text))
    assert len(found) > 10 and max(len(p) for p in found) <= tokens.PIECE // 4
    assert sum(len(p) for p in found) == 200_000
