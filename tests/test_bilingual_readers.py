"""PO and XLIFF files are read into segments whose target text sits at its exact place in the file."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n_check.readers import Problem, parse, read_path
from l10n_check.readers.po import unescape

PO = '''# header comment
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#, c-format
msgid "Hello %s"
msgstr "你好 %s"

msgctxt "menu"
msgid "Open"
msgstr ""
"打开 "
"文件\\"x\\""

#, fuzzy
msgid "Fuzzy"
msgstr "模糊"

msgid "untranslated"
msgstr ""

msgid "One file"
msgid_plural "%d files"
msgstr[0] "%d 个文件"

#~ msgid "old"
#~ msgstr "旧"
'''


def test_po_segments_are_entries_with_sources_and_states():
    doc = parse("t.po", PO, "en", "zh")
    assert [(s.key, s.source, s.state) for s in doc.segments] == [
        ("Hello %s", "Hello %s", ""),
        ("menu\x04Open", "Open", ""),
        ("Fuzzy", "Fuzzy", "fuzzy"),
        ("untranslated", "untranslated", "untranslated"),
        ("One file", "%d files", ""),
    ]
    assert doc.segments[0].flags == ("c-format",)


def test_untranslated_entry_is_a_zero_width_segment_inside_its_quotes():
    doc = parse("t.po", PO, "en", "zh")
    empty = doc.segments[3]
    assert (empty.raw, doc.position(empty.start)) == ("", (21, 9))


def test_source_prose_masks_what_the_target_prose_masks():
    doc = parse("t.po", PO, "en", "zh")
    assert doc.segments[0].source_prose == "Hello   "


def test_obsolete_entries_do_not_leak_their_state_into_the_next_entry():
    text = '#~ msgid "old"\n#~ msgstr "旧"\n\nmsgid "new"\nmsgstr "新"\n'
    assert [(s.key, s.state) for s in parse("t.po", text, "en", "zh").segments] == [("new", "")]


def test_entries_without_blank_lines_between_them_are_split():
    text = 'msgid "a"\nmsgstr "甲"\n#, fuzzy\nmsgid "b"\nmsgstr "乙"\nmsgid "c"\nmsgstr "丙"\n'
    assert [(s.key, s.state) for s in parse("t.po", text, "en", "zh").segments] == [("a", ""), ("b", "fuzzy"), ("c", "")]


SPHINX = """msgid "Use :func:`len` and ``x[0]``, see `the guide <https://example.org/g>`_."
msgstr "使用 :func:`len` 和 ``x[0]``，参见 `指南 <https://example.org/g>`_。"

msgid "Call :meth:`a.b` here."
msgstr "在此调用 :meth:`a.b`。"

msgid "Roles :ref:`x` again."
msgstr "再次 :ref:`x`。"
"""


def test_sphinx_catalog_prose_masks_rest_markup_but_keeps_link_text():
    segment = parse("t.po", SPHINX, "en", "zh").segments[0]
    assert segment.prose.split() == ["使用", "和", "，参见", "指南", "。"]
    assert segment.source_prose.split() == ["Use", "and", ",", "see", "the", "guide", "."]


def test_po_segment_points_at_the_file_and_prose_keeps_length():
    doc = parse("t.po", PO, "en", "zh")
    first, second = doc.segments[0], doc.segments[1]
    assert doc.position(first.start) == (8, 9) and first.raw == "你好 %s"
    assert first.prose == "你好   "  # the placeholder is not prose
    # An escaped quote reads as a quote where its backslash stands.
    assert len(second.prose) == len(second.raw) and second.prose.split() == ["打开", '文件"', 'x"']


def test_po_unescape():
    assert unescape(r"a\"b\n\t\\") == 'a"b\n\t\\'


def test_malformed_po_is_a_problem_naming_the_line(tmp_path):
    path = tmp_path / "bad.po"
    path.write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    problem = read_path(str(path))
    assert isinstance(problem, Problem) and "line 2" in problem.message


XLIFF = '''<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="zh" target-language="en" datatype="plaintext" original="a.txt">
  <body>
   <trans-unit id="u1"><source>共有 3 个文件</source><target>There are 3 files &amp; a <g id="1">bold</g> one</target></trans-unit>
   <trans-unit id="u2"><source>你好</source><target/></trans-unit>
   <trans-unit id="u3"><source>再见</source><target>Goodbye</target>
     <alt-trans><target>Bye</target></alt-trans></trans-unit>
  </body>
 </file>
</xliff>
'''

XLIFF2 = '''<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
 <file id="f1"><unit id="1"><segment id="s1"><source>你好</source><target>Hello <pc id="1">there</pc></target></segment></unit></file>
</xliff>
'''


def test_xliff12_targets_with_sources_and_masked_markup():
    doc = parse("t.xlf", XLIFF, "zh", "en")
    assert [(s.key, s.source, s.state) for s in doc.segments] == [
        ("u1", "共有 3 个文件", ""), ("u2", "你好", "untranslated"), ("u3", "再见", "")]
    first = doc.segments[0]
    assert doc.position(first.start) == (5, 57)
    assert first.prose.split() == ["There", "are", "3", "files", "&", "a", "bold", "one"]
    assert doc.segments[2].raw == "Goodbye"  # not the alt-trans target
    assert doc.position(doc.segments[1].start) == (6, 43)  # at the empty <target/>


def test_xliff_review_states_are_fuzzy():
    text = XLIFF.replace('<target>Goodbye', '<target state="needs-review-translation">Goodbye')
    assert [s.state for s in parse("t.xlf", text, "zh", "en").segments] == ["", "untranslated", "fuzzy"]


def test_xliff20_segments():
    doc = parse("t.xliff", XLIFF2, "zh", "en")
    assert [(s.key, s.source, s.prose.split()) for s in doc.segments] == [("1/s1", "你好", ["Hello", "there"])]


def test_xliff_source_keeps_its_inline_tags_and_decodes_references():
    text = XLIFF.replace("<source>共有 3 个文件</source>", '<source>共有 &lt;3&gt; 个<g id="1">文件</g></source>')
    first = parse("t.xlf", text, "zh", "en").segments[0]
    assert first.source == '共有 <3> 个<g id="1">文件</g>'
    assert len(first.source_prose) == len(first.source) and "g id" not in first.source_prose


@pytest.mark.parametrize(
    "hostile",
    [
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><xliff>&b;</xliff>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff>&e;</xliff>',
        "<xliff><file>",
        "<html/>",
    ],
)
def test_hostile_or_malformed_xliff_is_a_one_line_problem(tmp_path, hostile):
    path = tmp_path / "x.xlf"
    path.write_text(hostile, encoding="utf-8")
    problem = read_path(str(path))
    assert isinstance(problem, Problem) and problem.fatal and "\n" not in problem.message


# -- the languages a bilingual file declares ------------------------------------------------------

def _catalog(header_fields: str) -> str:
    return f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n{header_fields}\nmsgid "Open the file"\nmsgstr "打开文件"\n'


@pytest.mark.parametrize("fields, expected", [
    ('"Language: zh_CN\\n"', ("en", "zh-CN")),  # gettext's msgids are English unless said otherwise
    ('"Language: ja\\n"\n"X-Source-Language: de\\n"', ("de", "ja")),
    ('"Language: en_GB\\n"', ("zh", "en-GB")),  # into English: the configured source (our own catalogs)
    ('"Language: sr@latin\\n"', ("en", "sr")),
    ('"Language: \\n"', ("zh", "en")),  # declared empty, or not at all: the configured languages
    ("", ("zh", "en")),
])
def test_a_catalog_is_read_in_the_languages_its_header_declares(fields, expected):
    doc = parse("t.po", _catalog(fields), "zh", "en")
    assert (doc.source_lang, doc.target_lang) == expected


def test_a_chinese_catalog_scanned_with_the_defaults_is_not_one_untranslated_paragraph_per_entry():
    from l10n_check import engine

    doc = parse("t.po", _catalog('"Language: zh_CN\\n"'), "zh", "en")
    assert engine.lint([doc], engine.Config()) == []


@pytest.mark.parametrize("xliff, expected", [
    ('<xliff version="1.2"><file source-language="en-US" target-language="zh_CN" datatype="plaintext" original="a">'
     '<body><trans-unit id="1"><source>Open the file</source><target>打开文件</target></trans-unit></body></file></xliff>',
     ("en-US", "zh-CN")),
    ('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ja"><file id="f">'
     '<unit id="1"><segment><source>Open the file</source><target>ファイルを開く</target></segment></unit></file></xliff>',
     ("en", "ja")),
    ('<xliff version="1.2"><file source-language="x y" datatype="plaintext" original="a"><body>'
     '<trans-unit id="1"><source>a</source><target>b</target></trans-unit></body></file></xliff>', ("zh", "en")),
])
def test_an_xliff_file_is_read_in_the_languages_it_declares(xliff, expected):
    doc = parse("t.xlf", xliff, "zh", "en")
    assert (doc.source_lang, doc.target_lang) == expected


# Pieces of PO entries: the reader takes an entry of the common shape (comments, msgctxt, msgid,
# one msgstr) from one match and reads any other one block by block; both must give the same.
_STRINGS = ['"a"', '""', '"中文 %s"', '"x\\"y\\\\"', '"a"\n"b"', '""\n"c\\n"', '"`f()` :func:`g`"', '"a" \r\n  "b"']
_ENTRY_PIECES = [
    "#, fuzzy\n", "#, c-format, python-format\n", "#: a.rst:1\n", "#~ msgid \"old\"\n", "\n", "  \n",
    *(f"msgid {s}\nmsgstr {t}\n" for s in _STRINGS[:4] for t in _STRINGS[:6:2]),
    *(f"msgctxt {s}\n" for s in _STRINGS[:2]),
    *(f"msgid {s}\n" for s in _STRINGS[4:]), *(f"msgstr {s}\n" for s in _STRINGS[4:]),
    'msgid "one"\nmsgid_plural "%d"\nmsgstr[0] "x"\nmsgstr[1] "y"\n',
]


def _read_block_by_block(text: str):
    """The catalog read with the one-match path turned off: every entry block by block."""
    from l10n_check.readers import po

    whole, po._ENTRY = po._ENTRY, re.compile(r"(?!)")  # a pattern that never matches
    try:
        return po.parse("a.po", text, "en", "zh")
    finally:
        po._ENTRY = whole


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_ENTRY_PIECES), max_size=10).map("".join))
def test_an_entry_read_from_its_one_match_is_the_entry_read_block_by_block(text: str) -> None:
    from l10n_check.readers import po

    try:
        fast = po.parse("a.po", text, "en", "zh")
    except ValueError as error:
        with pytest.raises(ValueError) as slow_error:
            _read_block_by_block(text)
        assert str(slow_error.value) == str(error)
        return
    slow = _read_block_by_block(text)
    assert fast == slow and (fast.source_lang, fast.target_lang) == (slow.source_lang, slow.target_lang)
