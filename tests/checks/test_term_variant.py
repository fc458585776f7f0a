from conftest import SAMPLE, lint_findings, lint_text

CHECK = "term-variant"


def test_minority_capitals_are_reported_against_the_dominant_form():
    text = "We joined the top three. Being in the Top Three matters. The top three changed. Our top three grew.\n"
    findings = lint_findings(text, CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(39, "Top Three", "top three")]
    assert "×3" in findings[0].message and len(findings[0].related) == 3
    assert findings[0].data["kind"] == "term" and findings[0].data["variants"] == {"Top Three": 1, "top three": 3}


def test_sentence_initial_capitals_and_headings_are_grammatical():
    text = "Top three exchanges lead.\nThe top three changed. Our top three grew.\nTop Three Exchanges\n"
    assert lint_text(text, CHECK) == []


def test_hyphen_and_space_in_a_three_word_term():
    text = ("The Chinese-speaking market grew. The Chinese-speaking market shrank. "
            "The Chinese speaking market recovered.\n")
    findings = lint_findings(text, CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("Chinese speaking market", "Chinese-speaking market")]


def test_function_words_acronyms_and_titles_are_not_terms():
    text = ('I set it to "Do Not Disturb" and do not mind. Good for US markets, good for us. '
            "We read the book titled Open Markets and open markets won.\n")
    assert lint_text(text, CHECK) == []


def _two_drafts(**options):
    from l10n_check import engine
    from l10n_check.readers import parse

    a = parse("a.txt", "The market maker grew. The market maker won. A market maker left.\n", "zh", "en")
    b = parse("b.txt", "Our Market Maker lost.\n", "zh", "en")
    return engine.lint([a, b], engine.Config(select=(CHECK,), options={CHECK: options}))


def test_each_draft_alone_by_default():
    assert _two_drafts() == []


def test_across_drafts_of_one_run_when_asked():
    findings = _two_drafts(across_drafts=True)
    assert [(f.path, f.text) for f in findings] == [("b.txt", "Market Maker")]
    assert {r.path for r in findings[0].related} == {"a.txt"}


def test_one_consistent_spelling_and_clean_prose_are_clean():
    assert lint_text("The top three grew. The top three won. Markets rose.\n", CHECK) == []


def test_sample_reports_the_issue_examples():
    found = {(f.line, f.text) for f in lint_findings(SAMPLE.read_text(encoding="utf-8"), CHECK)}
    assert {(95, "Bitget Third"), (95, "Bitget Second")} <= found
    assert any(text == "Top Three" for _, text in found)
    assert all(text in ("Top Three", "Bitget Third", "Bitget Second") for _, text in found), found


def test_titles_labels_links_tables_and_attributions_are_not_running_text():
    text = ("The top three rose. The top three fell.\n\n"
            "[Learn The Top Three Rules](https://example.com) and **Top Three** matter.\n\n"
            "Top Three: see below.\n\n"
            "| Top Three | 3 |\n|---|---|\n\n"
            '"Fine work." -- Head of Top Three Research\n')
    assert lint_text(text, CHECK, path="doc.md") == []


def test_a_lower_case_form_of_a_capitalized_term_is_not_reported():
    assert lint_text("We use Bitcoin Core daily. Bitcoin Core won. See the bitcoin core notes.\n", CHECK) == []


def test_a_quoted_coined_term_is_compared():
    text = 'The top three grew. The top three won. Our top three held. We reached the "Bitget Top Three" rank.\n'
    assert [f.text for f in lint_findings(text, CHECK)] == ["Top Three"]


def test_a_capital_after_a_line_break_that_ends_a_sentence_is_grammatical():
    assert lint_text("Each entry is read.\nEach entry is checked.\nThen each entry is kept.\n", CHECK, path="doc.md") == []


def test_hyphen_and_space_once_each_is_no_settled_form():
    assert lint_text("The defer-exit code runs. The defer exit code stops.\n", CHECK) == []


def test_a_capital_after_a_closed_bracket_or_a_full_width_colon_opens_a_sentence():
    text = "The common problems grew. (They were solved.) Common problems remain.\nNote：Common problems stay.\n"
    assert lint_text(text, CHECK) == []


def test_caption_lines_and_entities_are_labels():
    text = "The base lane grew. The base lane won.\n\nBase Lane\n\n&nbsp;&nbsp;1. Data Base Lane Tool - [x](https://example.com)\n"
    assert lint_text(text, CHECK, path="doc.md") == []


def test_one_use_each_way_of_an_unquoted_term_is_no_settled_form():
    assert lint_text("The traffic lane grew. The traffic lane held. Then the Traffic Lane won.\n", CHECK) == []
    text = "The traffic lane grew. The traffic lane held. A traffic lane fell. Then the Traffic Lane won.\n"
    assert [f.text for f in lint_findings(text, CHECK)] == ["Traffic Lane"]


def test_a_dash_separator_opens_a_sentence():
    assert lint_text("The resource index grew. The resource index won.\nReturns - Resource index\n", CHECK) == []


def test_lower_case_forms_count_as_whole_words():
    text = "Being in the Top Three matters. We joined the top three. The top three changed. Our top three grew.\n"
    assert [(f.column, f.text) for f in lint_findings(text, "term-variant")] == [(14, "Top Three")]
    # A plural, a longer word or a word glued by a hyphen is another word: the lower-case form is
    # then used twice only, not settled.
    for other in ("top threes", "desktop three", "top three-fold", "top-top three"):
        assert lint_findings(text.replace("Our top three", f"Our {other}"), "term-variant") == [], other


def _lower_forms(text: str) -> list[tuple[int, str]]:
    from l10n_check.checks import term_variant
    from l10n_check.readers import parse

    doc = parse("a.txt", text, "zh", "en")
    keys = {("open", "source"), ("open", "source", "model"), ("deep", "tide"), ("long", "term", "plan")}
    return [(o.start, o.form) for o in term_variant._lower_case_forms([term_variant._Reading(doc)], keys)]


def test_the_lower_case_pass_finds_the_same_forms_whatever_pieces_a_paragraph_is_read_in(monkeypatch):
    import random

    from l10n_check import tokens

    rng = random.Random(15)
    vocabulary = ["open", "source", "model", "the", "deep", "tide", "long-term", "plan", "of", "plan.", "open,"]
    text = " ".join(rng.choice(vocabulary) for _ in range(3000)) + "\n"
    whole = _lower_forms(text)
    assert len(whole) > 50
    for size in (1, 2, 7, 64, 1000):
        monkeypatch.setattr(tokens, "PIECE", size)
        assert _lower_forms(text) == whole, size


def test_a_drafts_findings_do_not_depend_on_the_other_drafts_of_the_run():
    """Read alone by default: a longer term another draft uses ("Top Three Exchanges") does not take
    the place of this draft's own ("top three exchanges" holds its "top three")."""
    from l10n_check import engine
    from l10n_check.readers import parse

    a = parse("a.txt", "We joined the top three exchanges. Being in the Top Three matters. "
                       "The top three changed. Our top three grew.\n", "zh", "en")
    b = parse("b.txt", "Among the Top Three Exchanges one fell. The Top Three Exchanges grew.\n", "zh", "en")
    config = engine.Config(select=(CHECK,))
    alone = engine.lint([a], config)
    together = [f for f in engine.lint([a, b], config) if f.path == "a.txt"]
    assert [f.message for f in alone] == [f.message for f in together]
    assert "×3" in alone[0].message  # the three lower-case "top three", the one in "top three exchanges" too


def _every_word(text: str, keys: set[tuple[str, ...]]) -> list[str]:
    """The lower-case pass's specification, read word by word: at each word the longest key
    written there as whole words joined by spaces or one hyphen, keys not overlapping."""
    import re

    words = list(re.finditer(r"[A-Za-z][A-Za-z0-9']*", text))
    found, index = [], 0
    while index < len(words):
        for size in (3, 2):
            run = words[index : index + size]
            gaps = [text[a.end() : b.start()] for a, b in zip(run, run[1:])]
            start, end = run[0].start(), run[-1].end()
            before, after = text[max(0, start - 2) : start], text[end : end + 2]
            touching = re.search(r"(\w|\w[-\u2010\u2011])$", before) or re.match(r"\w|[-\u2010\u2011]\w", after)
            if (len(run) == size and tuple(w.group() for w in run) in keys and not touching
                    and all(g in ("-", "\u2010", "\u2011") or not g.strip(" \t\u00a0") for g in gaps)):
                found.append(text[start:end])
                index += size
                break
        else:
            index += 1
    return found


def test_lower_case_forms_are_the_longest_whole_keys_read_word_by_word():
    """The paragraphs are read only where a set of their words holds a key, then from the words
    that start one: the same forms as reading every word, apostrophes, digits, hyphens and doubled
    spaces included."""
    import random

    from l10n_check import tokens
    from l10n_check.checks import term_variant

    keys = {("top", "three"), ("top", "three", "exchanges"), ("don't", "care"), ("three", "top")}
    pieces = ["top", "three", "exchanges", "Top", "x'top", "9'top", "'top", "top's", "don't", "care", "9top", "top9", "-top", "_top", "the"]
    gaps = [" ", "-", "  ", ", ", "'", "9", "\u00a0", "\u2010", ""]
    by_first = {first: [key for key in keys if key[0] == first] for first in ("top", "don't", "three")}
    vocabulary = frozenset(word for key in keys for word in key)

    def forms(text: str) -> list[str]:
        words = tokens.ascii_words(text)
        present = term_variant._present(words, by_first, vocabulary)
        # The keys whose words a set of all the piece's words holds: what ``_present`` stands for.
        assert present == {key for key in keys if words.types.issuperset(key)}
        return [text[words.starts[i] : words.ends[j - 1]] for i, j in term_variant._key_spans(text, words, present)]

    rng = random.Random(15)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(1, 12)))
        expected = _every_word(text, keys)
        assert forms(text) == expected, text
        found += len(expected)
    assert found > 50
    text = "We joined the top three. The top  three exchanges. x'top three. 'top three"
    assert forms(text) == ["top three", "top  three exchanges", "top three"]


def test_a_candidates_key_is_its_words_folded_as_keys_fold_them():
    """The key read from the piece's folded words is ``_key_of`` of the sequence's own words: lower
    case, a word in capitals ("US", "A1", "IT'S") kept as written, on random text."""
    import random

    from l10n_check.checks import term_variant
    from l10n_check.readers import parse

    rng = random.Random(15)
    vocabulary = ["Open", "open", "Source", "US", "us", "A1", "A", "IT'S", "x9", "Deep", "TIDE", "the", "The", "of"]
    joints = [" ", " ", "-", ". ", ", ", "  "]
    seen = 0
    for _ in range(300):
        text = "".join(rng.choice(vocabulary) + rng.choice(joints) for _ in range(rng.randint(2, 14))) + "\n"
        for candidate in term_variant._candidates(term_variant._Reading(parse("a.txt", text, "zh", "en"))):
            assert candidate.key == term_variant._key_of(candidate.words()), candidate.form
            seen += any(len(w) > 1 and w.isupper() for w in candidate.words())
    assert seen > 20
