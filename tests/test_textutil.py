import pytest
import regex
from l10n_check.textutil import Spans, alternation, foreign_runs, is_foreign_block, script_name, sentence_around, sentences


def test_foreign_runs_join_across_cjk_punctuation_but_not_latin():
    text = "a 你好，世界 b 再见"
    assert [text[s:e] for s, e in foreign_runs(text, "en")] == ["你好，世界", "再见"]


def test_foreign_runs_include_iteration_marks_and_bopomofo():
    text = "x 人々 〇 ㄅ y"
    assert [text[s:e] for s, e in foreign_runs(text, "en")] == ["人々 〇 ㄅ"]


def test_ascii_text_has_no_runs():
    assert list(foreign_runs("plain text", "en")) == []


def test_foreign_block_needs_a_majority_and_a_minimum():
    assert is_foreign_block("本文章仅代表作者个人观点", "en")
    assert not is_foreign_block("Xie Jiayin (谢佳音) spoke at length about the market.", "en")
    assert not is_foreign_block("谢佳", "en")


def test_script_names():
    assert [script_name(t) for t in ("中文", "カナ", "한국", "abc")] == ["Chinese", "Japanese", "Korean", "foreign-script"]


def test_sentences_keep_abbreviations_together():
    text = "Mr. Wang arrived. He left! Did he? Yes"
    assert [text[s:e] for s, e in sentences(text)] == ["Mr. Wang arrived.", "He left!", "Did he?", "Yes"]


def test_sentence_around_a_span():
    text = "First one. The second 中文 sentence. Third."
    start = text.index("中")
    assert sentence_around(text, start, start + 2) == "The second 中文 sentence."


def test_foreign_script_depends_on_the_target_language():
    text = "用户 users テスト"
    assert [text[s:e] for s, e in foreign_runs(text, "zh")] == ["テスト"]
    assert [text[s:e] for s, e in foreign_runs(text, "ja")] == []
    assert [text[s:e] for s, e in foreign_runs(text, "en")] == ["用户", "テスト"]


def test_alternation_matches_every_word_whole_and_nothing_else():
    words = ["dont", "didnt", "do", "done", "a", "ab", "abc", "x.y"]
    pattern = regex.compile(rf"(?:{alternation(words)})\b")
    for word in words:
        assert pattern.fullmatch(word), word
    for other in ["d", "did", "dones", "abcd", "xzy", "b"]:
        assert not pattern.fullmatch(other), other
    # a word is never cut to its own prefix: "done" is found whole, not as "do"
    assert [m.group() for m in pattern.finditer("done do abc")] == ["done", "do", "abc"]
    assert alternation(["dont", "didnt"]) == "d(?:idnt|ont)"


def test_spans_hold_the_offsets_of_any_of_their_spans_overlapping_or_not():
    spans = Spans([(10, 20), (15, 30), (40, 41), (5, 5), (50, 60), (60, 61)])
    inside = [10, 19, 20, 29, 40, 50, 59, 60]
    outside = [0, 5, 9, 30, 39, 41, 49, 61, 1000]
    assert all(offset in spans for offset in inside)
    assert not any(offset in spans for offset in outside)
    assert not Spans([(3, 3)]) and not Spans([]) and Spans([(0, 1)])


def test_split_blocks_gives_the_tokens_of_split_in_order_whatever_the_block_size():
    from l10n_check.textutil import split_blocks

    text = "  one two\u3000three\n\nfour\u00a0five\tsix\x1cseven " * 40 + "last"
    for size in (1, 3, 7, 50, 1 << 16):
        assert [token for block in split_blocks(text, size) for token in block] == text.split()
    assert [token for block in split_blocks("") for token in block] == []


def test_letter_counts_hold_in_long_and_ascii_text():
    from l10n_check.textutil import foreign_letter_count, letter_count

    text = "Abc 中文 déjà-vu 123 !" * 10_000
    assert letter_count(text) == sum(ch.isalpha() for ch in text)
    assert letter_count("Plain ASCII, 42 words.") == 15
    assert foreign_letter_count(text, "en") == 20_000


@pytest.mark.parametrize("lang", ["en", "zh", "ru", "ja", "ko", "el"])
def test_a_block_is_asked_in_pieces_with_the_answer_of_the_whole_block(lang):
    from l10n_check import textutil

    pattern = textutil._foreign_letters(lang)
    for first, last in textutil._NEUTRAL_BLOCKS + ((0x0250, 0x0370), (0x10000, 0x10200)):
        whole = pattern.search("".join(map(chr, range(first, last + 1)))) is not None
        assert textutil._finds_in(pattern, first, last) == whole, (lang, hex(first))
