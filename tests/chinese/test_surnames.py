"""Surname tables and the shape of a romanized Chinese name."""

from __future__ import annotations

import importlib.resources

import pytest

from l10n_check.chinese.pinyin import is_syllable, segment
from l10n_check.chinese.surnames import lookup_surname, parse_name, surname_characters


def _rows(filename: str) -> list[list[str]]:
    text = importlib.resources.files("l10n_check.data").joinpath(filename).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize(
    "filename",
    ["surnames_pinyin.tsv", "surnames_romanized.tsv", "pinyin_syllables.txt", "pinyin_words.tsv", "english_pinyin_words.txt"],
)
def test_every_data_file_names_its_source_and_licence(filename: str) -> None:
    head = importlib.resources.files("l10n_check.data").joinpath(filename).read_text("utf-8")[:600]
    assert "SOURCE:" in head and ("MIT" in head or "CC BY-SA" in head)


def test_pinyin_surnames_are_sorted_pinyin_with_characters() -> None:
    rows = _rows("surnames_pinyin.tsv")
    assert len(rows) > 250
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert all(segment(key) and chars.strip() for key, chars in rows)


def test_romanized_surnames_are_sorted_and_point_at_real_pinyin() -> None:
    rows = _rows("surnames_romanized.tsv")
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert all(len(r) == 3 and all(is_syllable(p) or segment(p) for p in r[1].split()) for r in rows)
    assert {r[2] for r in rows} <= {"wade-giles", "cantonese", "hokkien", "teochew"}


@pytest.mark.parametrize(
    ("spelling", "reading"),
    [("Xie", "xie"), ("Hsieh", "xie"), ("Tse", "xie"), ("Cheung", "zhang"), ("Chang", "zhang"),
     ("Chang", "chang"), ("Wong", "huang"), ("Wong", "wang"), ("Ouyang", "ouyang"), ("LǙ", "lu")],
)
def test_surname_spellings_and_their_pinyin(spelling: str, reading: str) -> None:
    surname = lookup_surname(spelling)
    assert surname is not None and reading in surname.readings


def test_pinyin_spelling_is_told_from_other_systems() -> None:
    assert lookup_surname("Xie").is_pinyin and not lookup_surname("Hsieh").is_pinyin  # type: ignore[union-attr]
    assert lookup_surname("Bitget") is None and lookup_surname("Messi") is None


def test_surname_characters_come_from_the_dictionary() -> None:
    assert "谢" in surname_characters("xie") and "张" in surname_characters("zhang")
    assert surname_characters("jiayin") == ()


@pytest.mark.parametrize(
    "words",
    [["Xie", "Jiayin"], ["Xie", "Jia", "Yin"], ["Xie", "Jia-yin"], ["XIE", "Jiayin"], ["Xiè", "Jiāyìn"], ["Jiayin", "Xie"]],
)
def test_renderings_of_one_name_share_a_key(words: list[str]) -> None:
    name = parse_name(words)
    assert name is not None and name.key == "xie jiayin" and name.pinyin == ("xie", "jia", "yin")


def test_one_english_word_beside_a_pinyin_one_is_still_a_name() -> None:
    assert parse_name(["Sun", "Yang"]) is not None and parse_name(["Wang", "Gang"]) is not None


def test_english_word_table_is_sorted_pinyin() -> None:
    words = [r[0] for r in _rows("english_pinyin_words.txt")]
    assert words == sorted(words) and 100 < len(words) < 400
    assert {"long", "angle", "women", "change"} <= set(words) and not {"yang", "wang", "ming", "xiao"} & set(words)
    assert all(segment(w) for w in words)


def test_order_is_recorded() -> None:
    assert parse_name(["Wang", "Xiaoming"]).surname_first  # type: ignore[union-attr]
    assert not parse_name(["Xiaoming", "Wang"]).surname_first  # type: ignore[union-attr]


def test_wade_giles_surname_has_no_pinyin_syllables() -> None:
    name = parse_name(["Hsieh", "Jiayin"])
    assert name is not None and name.pinyin is None and name.key == "hsieh jiayin"


@pytest.mark.parametrize(
    "words",
    [
        ["Women", "Change"],  # pinyin syllables, but no surname
        ["Kuala", "Lumpur"],
        ["La", "Liga"],
        ["Deep", "Tide"],
        ["He", "Said"],  # surname, but "said" is not pinyin
        ["Long", "Angle"],  # surname and pinyin, but both frequent English words
        ["He", "Ran"],
        ["Hong", "Kong"],
        ["xie", "jiayin"],  # not written as a name
        ["Xie", "jiayin"],
        ["Xie", "Jiayinbanana"],  # too many syllables for a given name
        ["Xie", "Jiay", "In"],
        ["Xie"],
    ],
)
def test_what_is_not_a_chinese_name(words: list[str]) -> None:
    assert parse_name(words) is None
