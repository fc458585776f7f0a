"""The pinyin syllable table, tone stripping and the segmenter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l10n_check.chinese.pinyin import is_syllable, join, pinyin_key, segment, strip_tones, syllables


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("jiayin", ("jia", "yin")),
        ("xiaoyuzhou", ("xiao", "yu", "zhou")),
        ("Xi'an", ("xi", "an")),
        ("Xi’an", ("xi", "an")),  # typographic apostrophe
        ("xian", ("xian",)),  # no apostrophe: one syllable, never xi·an
        ("Jia-yin", ("jia", "yin")),
        ("JIAYIN", ("jia", "yin")),
        ("Jiāyìn", ("jia", "yin")),
        ("fangan", ("fan", "gan")),  # fang·an would need an apostrophe
        ("zhuangshuang", ("zhuang", "shuang")),
        ("Lǚ", ("lu",)),
        ("lvse", ("lu", "se")),  # v for ü
        ("changqingshu", ("chang", "qing", "shu")),
    ],
)
def test_segments_joined_syllables(word: str, expected: tuple[str, ...]) -> None:
    assert segment(word) == expected


@pytest.mark.parametrize("word", ["Bitget", "Messi", "Ondo", "OKX", "Lumpur", "jia--yin", "-yin", "x", "", "TradFi", "MBTI"])
def test_rejects_what_is_not_pinyin(word: str) -> None:
    assert segment(word) is None


@pytest.mark.parametrize("word", ["women", "change", "banana", "guide", "long", "angle"])
def test_ordinary_english_words_parse_too(word: str) -> None:
    # Why syllables alone never make a name: see surnames.parse_name.
    assert segment(word) is not None


def test_table_has_the_standard_syllables_and_no_interjections() -> None:
    table = syllables()
    assert 395 <= len(table) <= 415
    assert {"zhuang", "lue", "nue", "er", "a", "o", "e", "yo"} <= table
    assert not {"m", "n", "ng", "hm", "hng", "biang", "lv", "zhuan g"} & table


def test_is_syllable_ignores_case_and_tones() -> None:
    assert is_syllable("Xiè") and is_syllable("LV") and not is_syllable("xiex")


def test_strip_tones() -> None:
    assert strip_tones("Xiè Jiāyìn") == "Xie Jiayin"
    assert strip_tones("Lǚ Nǚ") == "Lu Nu"
    assert strip_tones("plain") == "plain"


def test_join_writes_the_apostrophes_the_spelling_rule_asks_for() -> None:
    assert join(("xi", "an")) == "xi'an"
    assert join(("chang", "qing", "shu")) == "changqingshu"
    assert join(("xī", "ān")) == "xī'ān"
    assert pinyin_key("Xi’an") == "xi'an" and pinyin_key("Jia-Yin") == "jiayin"


def test_round_trip_over_every_two_syllable_word() -> None:
    # join then segment gives the syllables back for every pair in the table: the key is unambiguous.
    table = sorted(syllables())
    bad = [(a, b) for a in table for b in table if segment(join((a, b))) != (a, b)]
    assert bad == []


@given(st.lists(st.sampled_from(sorted(syllables())), min_size=1, max_size=5))
def test_any_syllable_sequence_round_trips(parts: list[str]) -> None:
    assert segment(join(parts)) == tuple(parts)
    assert segment("-".join(parts).title()) == tuple(parts)
