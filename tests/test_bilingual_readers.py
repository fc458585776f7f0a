"""PO and XLIFF files are read into segments whose target text sits at its exact place in the file."""

import pytest

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


def test_po_segments_are_translated_non_fuzzy_entries_with_sources():
    doc = parse("t.po", PO, "en", "zh")
    assert [(s.key, s.source) for s in doc.segments] == [
        ("Hello %s", "Hello %s"),
        ("menu\x04Open", "Open"),
        ("One file", "%d files"),
    ]


def test_po_segment_points_at_the_file_and_prose_keeps_length():
    doc = parse("t.po", PO, "en", "zh")
    first, second = doc.segments[0], doc.segments[1]
    assert doc.position(first.start) == (8, 9) and first.raw == "你好 %s"
    assert first.prose == "你好   "  # the placeholder is not prose
    assert len(second.prose) == len(second.raw) and second.prose.split() == ["打开", "文件", '"x', '"']


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
    assert [(s.key, s.source) for s in doc.segments] == [("u1", "共有 3 个文件"), ("u3", "再见")]
    first = doc.segments[0]
    assert doc.position(first.start) == (5, 57)
    assert first.prose.split() == ["There", "are", "3", "files", "&", "a", "bold", "one"]
    assert doc.segments[1].raw == "Goodbye"  # not the alt-trans target


def test_xliff20_segments():
    doc = parse("t.xliff", XLIFF2, "zh", "en")
    assert [(s.key, s.source, s.prose.split()) for s in doc.segments] == [("1/s1", "你好", ["Hello", "there"])]


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
