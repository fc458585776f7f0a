"""The phrase matcher: walking the trie finds exactly what its compiled regular expression finds."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from l10n_check import termmatch
from l10n_check.termmatch import PhraseMatcher

PHRASES = ("dry goods", "dry", "e-mail", "market", "chinese-speaking market", "party", "business",
           "operation and maintenance", "cut leeks", "it's", "a b", "ab")


def by_regex(matcher, text):
    """The reference: ``re.finditer`` over the matcher's regex source, on lower-cased text."""
    pattern = re.compile(matcher.pattern_source())
    suffix = (lambda m: m.group("sfx") or "") if matcher.word_boundaries else (lambda m: "")
    return [(m.start(), m.end(), suffix(m)) for m in pattern.finditer(text.lower())]


def by_walk(matcher, text):
    return list(termmatch._walk(matcher, text.lower()))


@pytest.mark.parametrize("text", [
    "Full of dry goods, drygoods and dry-goods; dry  goods too.",
    "Send an e mail, an email or an e-mail's copy; not re-email nor emails-x.",
    "The Chinese-speaking markets and the Chinese speaking market's share; supermarket.",
    "Parties, party's, parties' and partys; businesses and business's.",
    "operation  and\u00a0maintenance, operation-and-maintenance; cut-leeks",
    "it's its a b ab a-b a\tb abs",
    "",
])
def test_the_walk_finds_what_the_regex_finds(text):
    matcher = PhraseMatcher((p, p) for p in PHRASES)
    assert by_walk(matcher, text) == by_regex(matcher, text)


def test_the_matches_themselves():
    matcher = PhraseMatcher((p, p) for p in PHRASES)
    found = [(m.core, m.suffix, m.payloads) for m in matcher.finditer("Dry goods and E-mails for the parties")]
    assert found == [("Dry goods", "", ("dry goods",)), ("E-mail", "s", ("e-mail",)), ("parties", "", ("party",))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["dry", "goods", "e", "mail", "market", "-", " ", "  ", "'s", "s", "es", "ies",
                                 "x", "chinese", "speaking", "\u00a0", "a", "b", "it", "\u2010", "party", "part"]),
                max_size=30))
def test_the_walk_and_the_regex_agree_on_any_text(pieces):
    text = "".join(pieces)
    matcher = PhraseMatcher((p, p) for p in PHRASES)
    assert by_walk(matcher, text) == by_regex(matcher, text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="干货割韭菜运维 a", max_size=30))
def test_unspaced_phrases_agree_too(text):
    matcher = PhraseMatcher(((p, p) for p in ("干货", "割韭菜", "韭菜", "运维 a")), word_boundaries=False)
    assert by_walk(matcher, text) == by_regex(matcher, text)


def test_past_the_compile_threshold_the_regex_takes_over_with_the_same_matches(monkeypatch):
    text = "Dry goods and e-mails; the Chinese speaking market's share. " * 3
    walked = [(m.start, m.end, m.suffix) for m in PhraseMatcher((p, p) for p in PHRASES).finditer(text)]
    monkeypatch.setattr(termmatch, "COMPILE_AFTER", 0)
    compiled = PhraseMatcher((p, p) for p in PHRASES)
    assert [(m.start, m.end, m.suffix) for m in compiled.finditer(text)] == walked and compiled._pattern is not None
    assert len(walked) == 9


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["dry", "goods", "e", "mail", "market", "-", " ", "'s", "s", "x", "chinese",
                                 "speaking", "a", "b", "it", "party", "part", "operation", "and", "maintenance"]),
                max_size=30))
def test_the_long_start_pattern_lets_the_walk_find_what_the_short_one_does(pieces):
    text = "".join(pieces)
    matcher = PhraseMatcher((p, p) for p in PHRASES)
    short = by_walk(matcher, text)
    matcher._starts = termmatch._start_pattern(matcher._forms, True, termmatch.HEAD)
    assert by_walk(matcher, text) == short == by_regex(matcher, text)


def test_a_matcher_compiles_its_long_start_pattern_once_it_has_scanned_enough(monkeypatch):
    text = "Dry goods and e-mails; the Chinese speaking market's share. " * 3
    before = [(m.start, m.end, m.suffix) for m in PhraseMatcher((p, p) for p in PHRASES).finditer(text)]
    monkeypatch.setattr(termmatch, "LONG_HEAD_AFTER", 10)
    matcher = PhraseMatcher((p, p) for p in PHRASES)
    short_pattern = matcher._starts.pattern
    assert [(m.start, m.end, m.suffix) for m in matcher.finditer(text)] == before
    assert len(matcher._starts.pattern) > len(short_pattern)


def test_text_whose_lower_case_changes_length_still_matches():
    matcher = PhraseMatcher((p, p) for p in PHRASES)
    found = [(m.start, m.end) for m in matcher.finditer("İ dry goods")]
    assert found == [(2, 11)]


def test_payloads_of_spellings_filed_together_keep_the_order_they_were_given():
    matcher = PhraseMatcher([("e mail", 1), ("email", 2), ("e-mail", 3)])
    assert [m.payloads for m in matcher.finditer("an email")] == [(1, 2, 3)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["dry", "goods", "DRY", "GOODS'S", "İ", "ı", "ſ", "ß", " ", "-", "e", "mail", "Es",
                                 "party", "PARTİES", "ıt's", "a", "b", "K", "\u212a", "x"]), max_size=25))
def test_a_text_holding_dotted_capital_i_matches_as_the_case_insensitive_regex(pieces):
    text = "İ" + "".join(pieces)  # lower-casing İ makes two characters: the folding path
    matcher = PhraseMatcher((p, p) for p in PHRASES + ("kit", "sit"))
    reference = re.compile(matcher.pattern_source(), re.IGNORECASE)
    expected = []
    for m in reference.finditer(text):  # what finditer made of the regex's matches before the walk
        suffix = m.group("sfx") or ""
        core, payloads = text[m.start():m.end() - len(suffix)], matcher.payloads(text[m.start():m.end() - len(suffix)])
        if payloads is None and suffix:
            core, suffix, payloads = m.group(), "", matcher.payloads(m.group())
        if payloads is not None:
            expected.append((m.start(), m.end(), core, suffix, payloads))
    found = [(m.start, m.end, m.core, m.suffix, m.payloads) for m in matcher.finditer(text)]
    assert found == expected
    assert matcher._pattern_i is None  # folded and walked, not compiled


def test_a_character_matching_two_phrase_characters_falls_back_to_the_regex():
    matcher = PhraseMatcher([("it", 1), ("ıt", 2)])  # i and dotless ı: both match İ ignoring case
    assert [m.payloads for m in matcher.finditer("İT and it")] and matcher._pattern_i is not None


def test_a_run_of_characters_where_the_phrases_do_not_branch_is_one_node():
    """[children, separator child, a phrase ends here, the run read first]: "market", "marketing"
    and "mare" share "mar" and branch at e/k; "ket" leads on to "ing" alone."""
    assert termmatch._build(["market", "marketing", "mare"], True) == [
        {"e": [{}, None, True, ""], "k": [{"i": [{}, None, True, "ng"]}, None, True, "et"]}, None, False, "mar"]


def test_a_run_stops_at_a_separator_between_words_and_not_in_text_without_spaces():
    assert termmatch._build(["dry goods", "dry"], True) == [{}, [{}, None, True, "goods"], True, "dry"]
    assert termmatch._build(["运维 a"], False) == [{}, None, True, "运维 a"]


START_PHRASES = PHRASES + ("éclair", "9 to 5", "_init", "2b")


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["dry", "goods", "e", "mail", "-", " ", "x", "9", "_", "é", "clair", "中", "\u0301",
                                 "init", "2b", "to", "5", "\u0661", "ß", "a", "b", "\u2010", "'"]), max_size=20),
       st.sampled_from([termmatch.SHORT_HEAD, termmatch.HEAD]), st.booleans())
@example(["x-", "dry", " ", "_", "init", "é", "9", " ", "to", " ", "5", "-", "2b", "'", "e", "mail"], 2, False)
def test_the_word_boundary_start_pattern_finds_the_look_behind_ones_places(pieces, head, odd_first):
    """Where every phrase starts with a word character, the start pattern opens on a word boundary
    instead of the look-behind ``(?<!\\w)``: the same places on any text. A phrase that starts
    otherwise keeps the look-behind."""
    text = "".join(pieces)
    phrases = START_PHRASES + (("'em",) if odd_first else ())
    forms = PhraseMatcher((p, p) for p in phrases)._forms
    source = termmatch._start_source(forms, True, head)
    assert source.startswith("(?=" if odd_first else r"\b(?=")
    old = source.replace(r"\b(?=", "(?=", 1).replace(r"])(?<!\w-)", r"])(?<!\w)(?<!\w-)", 1)
    assert old.count(r"(?<!\w)(?<!\w-)") == 1
    places = [m.start() for m in re.finditer(source, text)]
    assert places == [m.start() for m in re.finditer(old, text)]
