"""Rebuild ``common_words.json``: the 100 most frequent words of each Latin-script language.

Source: the wordfreq package (data CC BY-SA 4.0, code Apache-2.0), which is only needed to rebuild:
    python -m l10n_check.data.build_common_words
"""

from __future__ import annotations

import json
import pathlib

LANGS = "ca cs da de en es fi fr hu id it ms nb nl pl pt ro sv tr vi".split()
TOP = 100


def build() -> dict[str, list[str]]:
    import wordfreq

    table = {}
    for lang in LANGS:
        words = [w for w in wordfreq.top_n_list(lang, TOP * 2) if w.isalpha()]
        table[lang] = sorted(words[:TOP])
    return table


if __name__ == "__main__":
    target = pathlib.Path(__file__).with_name("common_words.json")
    table = build()
    target.write_text(json.dumps({"source": "wordfreq 3.x top_n_list, CC BY-SA 4.0", "words": table},
                                 ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target} ({len(table)} languages)")
