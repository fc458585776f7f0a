"""The English word-frequency helper: real frequencies, loaded only when a check needs them."""

import subprocess
import sys

from l10n_check.english import is_english_target, zipf


def test_frequencies_order_common_rare_and_missing_words():
    assert zipf("the") > zipf("volume") > zipf("stablecoin") > 0
    assert zipf("tradingvolume") == 0.0
    assert zipf("Volume") == zipf("volume")


def test_english_targets():
    assert is_english_target("en") and is_english_target("en_US") and is_english_target("EN-gb")
    assert not is_english_target("fr") and not is_english_target("eng-x")


def test_wordfreq_is_not_imported_with_the_package_or_the_registry():
    code = "import sys, l10n_check.cli, l10n_check.checks; print('wordfreq' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_frequencies_are_wordfreqs_own_through_the_cache():
    import math

    import wordfreq

    table = wordfreq.get_frequency_dict("en", wordlist="large")
    for word in list(table)[::20_000] + ["volume", "stablecoin"]:
        assert zipf(word) == math.log10(table[word]) + 9, word
