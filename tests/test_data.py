"""The data files the checks read: well-formed, sourced, and sane."""

import json
from importlib import resources

from l10n_check.checks.fullwidth_punctuation import marks
from l10n_check.checks.untranslated_paragraph import common_words, marker_words

DATA = resources.files("l10n_check.data")


def test_common_words_has_sources_and_100_words_per_language():
    data = json.loads(DATA.joinpath("common_words.json").read_text("utf-8"))
    assert "wordfreq" in data["source"] and "CC BY-SA" in data["source"]
    for lang, words in data["words"].items():
        assert len(words) == 100 and len(set(words)) == 100, lang
        assert all(w == w.lower() and w.isalpha() for w in words), lang


def test_english_markers_are_distinctively_english():
    markers = [m.strip() for m in marker_words("en")]
    assert markers[:3] == ["the", "and", "of"]
    assert not set(markers) & common_words()["fr"]


def test_fullwidth_table_notes_its_source_and_maps_every_mark():
    text = DATA.joinpath("fullwidth_punctuation.tsv").read_text("utf-8")
    assert "Source:" in text and "Licence:" in text
    table = marks()
    assert len(table) >= 40
    assert table["，"].replacement.strip() == "," and table["、"].replacement.strip() == ","
    for chars, mark in table.items():
        assert chars and mark.replacement and mark.name, chars
        assert all(ord(c) > 0x2000 for c in chars), chars  # nothing ASCII is ever flagged


def test_measure_words_are_han_and_sourced():
    from l10n_check.numbers import measure_words

    text = DATA.joinpath("chinese_measure_words.txt").read_text("utf-8")
    assert "Source:" in text and "licence" in text
    words = measure_words()
    assert "个" in words and "公里" in words and len(words) >= 50
    assert list(words) == sorted(words, key=lambda w: (-len(w), w))


def test_contractions_are_sourced_and_each_is_its_joined_form_with_an_apostrophe():
    from l10n_check.checks.lost_apostrophe import contractions

    text = DATA.joinpath("contractions.tsv").read_text("utf-8")
    assert "Source:" in text and "Licence:" in text
    table = contractions()
    assert len(table) >= 20
    for joined, contraction in table.items():
        assert contraction.count("'") == 1 and contraction.replace("'", "") == joined, joined
    assert not {"cant", "wont", "its", "lets", "were", "well"} & set(table)  # words without the apostrophe
