"""Finding name mentions: capitalized runs, romanized Chinese names, Han runs."""

import pytest

from l10n_check.names.mentions import mentions, parse_words
from l10n_check.readers import parse


def _texts(text: str, path: str = "d.txt") -> list[str]:
    return [m.text for m in mentions(parse(path, text, "zh", "en"))]


def test_names_inside_running_text() -> None:
    assert _texts("Since Wang Xiaoming joined Acme Labs, the team met Katherine Smith.\n") == [
        "Wang Xiaoming", "Acme Labs", "Katherine Smith",
    ]


def test_chinese_name_is_recognized_with_its_parts() -> None:
    (mention,) = mentions(parse("d.txt", "We met Xiao-ming Wang.\n", "zh", "en"))
    assert mention.chinese is not None and mention.chinese.key == "wang xiaoming" and not mention.chinese.surname_first


def test_possessive_is_not_part_of_the_name() -> None:
    assert _texts("We read Wang Xiaoming's note and Acme’s reply.\n") == ["Wang Xiaoming", "Acme"]


def test_sentence_openers_and_single_letters_are_no_names() -> None:
    assert _texts("In the end I agreed. The X account grew. However, U cards sold.\n") == []


def test_words_used_in_lower_case_elsewhere_are_no_names() -> None:
    assert _texts('It reached "Top Three" status. We are top three now.\n') == []


def test_titles_split_from_names() -> None:
    assert _texts("We met Acme CEO Jane Chen today.\n") == ["Acme", "Jane Chen"]


def test_a_title_case_heading_is_no_name() -> None:
    assert _texts("# Why He Ran Away\n\nHe ran away.\n", "d.md") == []


@pytest.mark.parametrize("words", ["Women Change", "Banana Guide", "Long Angle"])
def test_pinyin_syllables_alone_make_no_chinese_name(words: str) -> None:
    found = mentions(parse("d.txt", f"We saw {words} there.\n", "zh", "en"))
    assert all(m.chinese is None for m in found)


def test_han_runs_of_two_to_four_characters() -> None:
    found = mentions(parse("d.txt", "The founder 李小龙 spoke; 这是一段很长的中文句子 too.\n", "zh", "en"))
    assert [(m.text, m.han) for m in found] == [("李小龙", True)]


def test_offsets_point_at_the_text() -> None:
    text = "Line one.\nThen Zhou Jielun spoke.\n"
    (mention,) = mentions(parse("d.txt", text, "zh", "en"))
    assert text[mention.start : mention.end] == "Zhou Jielun"


def test_parse_words_reads_a_listed_rendering() -> None:
    assert parse_words("Zhou Jielun").chinese is not None
    assert parse_words("李小龙").han and parse_words("Acme Labs").chinese is None


def test_drafts_in_a_script_without_capitals_have_no_mentions() -> None:
    assert mentions(parse("d.txt", "我们见到了 Wang Xiaoming 和 TextWrapper。\n", "en", "zh")) == ()
    assert _texts("We met Wang Xiaoming.\n") == ["Wang Xiaoming"]
