"""Romanized Chinese: pinyin syllables and segmentation, surnames, a word dictionary.

The modules here are imported by the name checks only, never by ``import l10n_check``: the tables
load lazily on first use (a few milliseconds), and the word dictionary and CC-CEDICT glosses load
only when a check actually has a candidate to look up.

- ``pinyin``: the table of toneless syllables, tone-mark stripping, the segmenter.
- ``surnames``: Chinese surnames in pinyin and in older romanizations (Wade–Giles, Cantonese).
- ``dictionary``: toneless-pinyin key → common Chinese words with frequencies and English glosses.

Syllables alone never make a name: "women", "change" and "banana" all segment into pinyin. Only the
shape surname + one or two given-name syllables, written as a name, counts (see ``surnames``).
"""
