"""The bilingual checks' shortcuts say "nothing to see" only where the full analysis finds nothing.

Each check of a catalog first asks a cheap question (does either side hold a digit, a placeholder
character, different literals?) and skips the entry when the answer rules a finding out. These
properties hold the shortcuts to the analyses they stand in for, on hostile strings.
"""

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n_check import rest
from l10n_check.bilingual import code, compare, decoded, decoded_translation, same_code, translation
from l10n_check.checks import placeholder_mismatch
from l10n_check.model import Segment
from l10n_check.numbers import has_ascii_digit, may_hold_numbers, numbers
from l10n_check.textutil import joined, unjoined

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)

# Pieces that make reST code, calls, options, escapes and PO joins, in any order.
CODE_PIECES = ["``", "`", ":func:", ":ref:", ":term:", "<tut>", "len", "f()", "--all", "-", "(", ")", " ", "a",
               "x.y", "\\", '"', "中文", "~", "_"]
NUMBER_PIECES = ["3", "1,000", "1.5", "万", "三", "千", "一", "个", "公里", "three", "a", "first", " ", "x", "１",
                 "٣", "v2", "中", "-"]
PO_PIECES = ['"\n"', '" \n\t"', '"\r\n"', "\\n", '\\"', "\\\\", "\\t", "&amp;", "a", " ", "中", '"', "\n"]


def _text(pieces: list[str], size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(_text(CODE_PIECES), _text(CODE_PIECES))
def test_same_code_means_compare_finds_no_difference(source: str, target: str) -> None:
    if same_code(source, target):
        difference = compare(source, target, code)
        assert difference.missing == () and difference.extra == ()


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(CODE_PIECES), max_size=14), st.randoms(use_true_random=False))
def test_same_code_on_a_translation_that_moves_the_sources_pieces(pieces: list[str], rng) -> None:
    # Independent strings rarely share their code; a translation reorders the source's pieces
    # (a call moved into or out of a literal, a backtick moved) and adds words of its own.
    moved = pieces[:]
    rng.shuffle(moved)
    moved.insert(rng.randint(0, len(moved)), rng.choice(["中文", " ", "a", ""]))
    source, target = "".join(pieces), "".join(moved)
    if same_code(source, target):
        difference = compare(source, target, code)
        assert difference.missing == () and difference.extra == ()


def test_same_code_holds_literals_and_roles_in_any_order() -> None:
    assert same_code("Use ``x`` and :func:`len`.", "使用 :func:`len` 和 ``x``。")
    assert not same_code("Use :func:`len`.", "使用 :func:`size`。")
    assert not same_code("Use ``x``.", "使用 ``y``。")


def test_same_code_holds_calls_and_options_written_alike() -> None:
    # Calls and options are compared as written, wherever they stand: the same ones on both sides
    # are the same tokens; any other difference is left to compare.
    assert same_code("Call f() here.", "在这里调用 f()。") and same_code("Pass --all.", "传入 --all。")
    assert same_code("Use ``x = f()`` or g().", "或用 g()，或用 ``x = f()``。")
    assert not same_code("Call f() here.", "在这里调用 g()。") and not same_code("Pass --all.", "传入 -all。")
    assert not same_code("Use ``x`` then f().", "先用 ``x``f()。")  # glued to the literal: no call


def test_role_keys_keep_the_look_behind_of_the_role() -> None:
    # A role glued to a word or a backtick is no role; the colon-first pattern must see that too.
    assert rest.code_keys("see :func:`len`") == ([], [(":func", "len")])
    assert rest.code_keys("see a:func:`len`") == ([], [])
    assert [code for _, _, code in rest.code_spans("x`:func:`len` :meth:`~a.b`")] == ["a.b"]
    assert rest.looks_like_rest(":a:`x` :b:`y` :c:`z`") and not rest.looks_like_rest("a:b:`x` c:d:`y` e:f:`z`")


@SETTINGS
@given(_text(NUMBER_PIECES))
def test_a_text_without_number_hints_holds_no_number(text: str) -> None:
    if not may_hold_numbers(text):
        assert list(numbers(text)) == []


@SETTINGS
@given(st.text(alphabet=st.sampled_from("0123456789a ٣１.-中")))
def test_has_ascii_digit_is_a_search_of_the_digits(text: str) -> None:
    assert has_ascii_digit(text) == (regex.search("[0-9]", text) is not None)


def test_number_hints() -> None:
    assert may_hold_numbers("共有 3 个文件") and may_hold_numbers("三千五百") and may_hold_numbers("x１")
    assert not may_hold_numbers("no numbers, only words") and not may_hold_numbers("返回一个列表")


@SETTINGS
@given(_text(PO_PIECES, 16), st.sampled_from(["a.po", "b.POT", "c.xlf"]))
def test_translation_is_the_unjoined_and_decoded_span(raw: str, path: str) -> None:
    segment = Segment(0, len(raw), raw, raw, "entry", "k", "source")
    target = translation(segment, path)
    text, where = unjoined(raw)
    assert target.text == text == joined(raw)
    assert list(target.where) == list(where)
    assert target.decoded == decoded(text, path)
    assert len(target.decoded) == len(text)
    assert target.plain == target.decoded.replace("\x00", "")


# A call as code-mismatch documents it: a dotted name with empty parentheses, no ASCII word
# character, dot, backtick or backslash glued before it.
CALL = regex.compile(r"(?<![A-Za-z0-9_.`\\])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\(\)")
# No backticks: a call inside reST markup is the markup's, not a call of its own.
CALL_PIECES = ["a", "B", "_", "1", ".", "\\", "(", ")", "()", " ", "中", "é", "x.y", "..", "\u0301", "--", "-x"]


@SETTINGS
@given(_text(CALL_PIECES, 16))
def test_calls_are_found_as_a_search_of_the_whole_text_finds_them(text: str) -> None:
    # code() looks for calls only before each "()"; the result must be what a full search finds.
    found = [(t.start, t.end) for t in code(text) if t.shown.endswith("()")]
    assert found == [m.span() for m in CALL.finditer(text)]


def test_rest_mask_keeps_a_references_text_and_blanks_interpreted_text() -> None:
    # The reference branch is tried only where a "`_" closes it: both readings keep their shape.
    text = "See `the docs <https://x.org>`_ and `code` or `a <b>` here."
    masked = rest.mask(text)
    assert len(masked) == len(text)
    assert masked.startswith("See  the docs" + " " * len(" <https://x.org>`_"))
    assert "code" not in masked and "a <b>" not in masked and masked.endswith(" here.")


@SETTINGS
@given(_text(PO_PIECES, 16), st.sampled_from(["a.po", "c.xlf"]))
def test_decoded_translation_is_the_translations_decoded_text(raw: str, path: str) -> None:
    segment = Segment(0, len(raw), raw, raw, "entry", "k", "source")
    assert decoded_translation(segment, path) == translation(segment, path).decoded


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(_text(PO_PIECES + ["%s", "{x}", "%(", ")d", "x"], 16))
def test_a_msgstr_span_is_masked_as_one_pass_of_the_not_prose_pattern_masks_it(raw: str) -> None:
    # The reader blanks the common line join '"\n"' by a replace before the pattern runs, where no
    # quote or backslash is left that a match of the pattern could share with a join.
    from l10n_check.readers import po
    from l10n_check.readers.masking import mask_common

    expected = mask_common(po._NOT_PROSE.sub(po._blank_not_prose, raw))
    assert po.Masking(rest=False).prose(raw, "source") == expected


CLAUSE_PIECES = ["a", "Z", "aB", "_", ".", "1", "\U00010d40", "٣", "x.y", " ", "中", "-", "e.g", "CPython", "utf8", "(", ")"]


@SETTINGS
@given(_text(CLAUSE_PIECES, 10))
def test_a_clause_without_the_hint_holds_no_kept_word(clause: str) -> None:
    # markup-mismatch asks a cheap pattern before the one that opens with a look-behind.
    from l10n_check.checks import markup_mismatch

    if markup_mismatch._KEPT_HINT.search(clause) is None:
        assert markup_mismatch._KEPT.findall(clause) == []


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(_text(['"\n"', '"\n"\n"', '"', "\n", " ", "\t", "\r", "a", "中", '" \n"'], 16))
def test_joined_is_the_text_unjoined_finds_when_most_joins_are_plain(raw: str) -> None:
    # ``joined`` removes plain joins by one replace where no quote is left over: the text must be
    # the one of the pattern's pass that ``unjoined`` makes, quotes and stray line breaks around.
    assert joined(raw) == unjoined(raw)[0]


@SETTINGS
@given(_text(CODE_PIECES))
def test_same_code_of_a_text_and_itself_is_what_compare_finds(text: str) -> None:
    assert same_code(text, text)
    difference = compare(text, text, code)
    assert difference.missing == () and difference.extra == ()


PLACEHOLDER_PIECES = ["%s", "%d", "%1$s", "%2$d", "{}", "{0}", "{name}", "%(x)s", "%%", "%-5.2f", "a", " ", "中"]


@SETTINGS
@given(_text(PLACEHOLDER_PIECES), st.booleans())
def test_the_same_placeholders_in_the_same_order_are_no_mismatch(text: str, formatted: bool) -> None:
    # placeholder-mismatch skips such an entry without comparing: the comparison finds nothing either.
    segment = Segment(0, len(text), text, text, "entry", "k", text, flags=("c-format",) if formatted else ())
    found = list(placeholder_mismatch.placeholders(text, formatted))
    source = [m.group() for m in found]
    assert list(placeholder_mismatch._compare(segment, source, found, range(len(text) + 1))) == []
