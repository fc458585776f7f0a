"""Every bilingual check gives the same verdict on one unit, whatever the file it comes in.

A unit (source, translation) is written as a PO entry, an XLIFF 1.2 trans-unit, an XLIFF 2.0
segment and a Markdown source/target pair, read by the real readers, and checked; the messages
must be the same in each format (positions differ: each points into its own file).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest

from l10n_check import engine
from l10n_check.readers import parse, with_source

FORMATS = ("po", "xliff-1.2", "xliff-2.0", "markdown-pair")


def po_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def xliff12(source: str, target: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file source-language="en" target-language="zh-CN" datatype="plaintext" original="x"><body>'
            f'<trans-unit id="1"><source>{source}</source><target>{target}</target></trans-unit>'
            "</body></file></xliff>\n")


def xliff20(source: str, target: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            'srcLang="en" trgLang="zh-CN"><file id="f"><unit id="1"><segment>'
            f"<source>{source}</source><target>{target}</target></segment></unit></file></xliff>\n")


def documents(fmt: str, source: str, target: str, xml: bool = False):  # type: ignore[no-untyped-def]
    """The unit as a document of format ``fmt``; ``xml`` means the texts are XLIFF content already."""
    if fmt == "po":
        return parse("t.po", f"msgid {po_string(source)}\nmsgstr {po_string(target)}\n", "en", "zh-CN")
    if fmt.startswith("xliff"):
        source, target = (source, target) if xml else (escape(source), escape(target))
        write = xliff12 if fmt == "xliff-1.2" else xliff20
        return parse("t.xlf", write(source, target), "en", "zh-CN")
    draft = parse("target.md", target + "\n", "en", "zh-CN")
    return with_source(draft, parse("source.md", source + "\n", "en", "en"))


def messages(check: str, fmt: str, source: str, target: str, xml: bool = False) -> list[str]:
    config = engine.Config(select=(check,), source_lang="en", target_lang="zh-CN")
    return [f.message for f in engine.lint([documents(fmt, source, target, xml)], config)]


# check, source, a translation with the defect, the message, a good translation.
CASES = [
    ("placeholder-mismatch", "Deleted %d files from %s", "删除了 %d 个文件",
     "placeholder '%s' from the source missing in the translation", "删除了 %d 个文件，来自 %s"),
    ("number-mismatch", "Keep 3 copies for 30 days", "保留 3 份副本若干天",
     "source number 30 missing from the translation", "保留 3 份副本 30 天"),
    ("url-mismatch", "See https://example.org/guide for details", "详见 https://example.org/guides",
     "address 'https://example.org/guides' differs from the source's 'https://example.org/guide'",
     "详见 https://example.org/guide"),
    ("code-mismatch", "Call open() before reading", "读取前先调用 close()",
     "code 'close()' differs from the source's 'open()'", "读取前先调用 open()"),
    ("markup-mismatch", "Returns a list (new in 3.12)", "返回一个列表",
     "the source's bracketed '(new in 3.12)' is missing from the translation (none of '3.12' is there)",
     "返回一个列表（3.12 新版功能）"),
    ("unchanged-source", "The file could not be opened because it is locked by another program",
     "The file could not be opened because it is locked by another program",
     "the translation is the source unchanged: translate it", "无法打开文件，因为另一个程序锁定了它"),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("check", "source", "bad", "message", "good"), CASES, ids=[c[0] for c in CASES])
def test_each_bilingual_check_reads_each_format_alike(check, source, bad, message, good, fmt):
    assert messages(check, fmt, source, bad) == [message]
    assert messages(check, fmt, source, good) == []


@pytest.mark.parametrize("fmt", ["po", "xliff-1.2", "xliff-2.0"])
def test_edges_of_a_string_are_compared_in_catalogs_and_xliff(fmt):
    assert messages("whitespace-mismatch", fmt, "Usage: ", "用法:") == [
        "the translation ends with no whitespace, the source with '␣'",
    ]
    assert messages("whitespace-mismatch", fmt, "Usage: ", "用法: ") == []


@pytest.mark.parametrize("fmt", ["po", "xliff-1.2", "xliff-2.0"])
def test_html_in_the_text_is_compared_as_tags(fmt):
    assert messages("markup-mismatch", fmt, "Click <b>Save</b> now", "现在点击 <b>保存") == [
        "tag '</b>' of the source missing from the translation",
    ]


@pytest.mark.parametrize(("fmt", "open_tag", "close_tag"), [("xliff-1.2", '<g id="1">', "</g>"),
                                                              ("xliff-2.0", '<pc id="1">', "</pc>")])
def test_xliff_inline_tags_are_compared_with_the_source(fmt, open_tag, close_tag):
    source = f"Click {open_tag}Save{close_tag} now"
    assert messages("markup-mismatch", fmt, source, f"现在点击 {open_tag}保存{close_tag}", xml=True) == []
    assert messages("markup-mismatch", fmt, source, "现在点击保存", xml=True) == [
        f"tags '{close_tag}', '{open_tag}' of the source missing from the translation",
    ]


def test_markdown_code_spans_are_code():
    assert messages("code-mismatch", "markdown-pair", "Run `make all` first", "先运行 `make test`") == [
        "code 'make test' differs from the source's 'make all'",
    ]
    assert messages("code-mismatch", "markdown-pair", "Run `make all` first", "先运行 `make all`") == []


@pytest.mark.parametrize(("fmt", "unfinished"), [
    ("po", '#, fuzzy\nmsgid "Copyright 2024"\nmsgstr "版权所有 2023"\n'),
    ("xliff-1.2", xliff12("Copyright 2024", "版权所有 2023").replace("<target>", '<target state="needs-review-translation">')),
    ("xliff-2.0", xliff20("Copyright 2024", "版权所有 2023").replace("<segment>", '<segment state="initial">')),
])
def test_unfinished_units_are_listed_and_checked_when_asked(fmt, unfinished):
    doc = parse("t.po" if fmt == "po" else "t.xlf", unfinished, "en", "zh-CN")
    asked = engine.Config(select=("unfinished-entry", "number-mismatch"), source_lang="en", target_lang="zh-CN",
                          include_fuzzy=True)
    assert sorted(f.check for f in engine.lint([doc], asked)) == ["number-mismatch", "number-mismatch", "unfinished-entry"]
    assert engine.lint([doc], engine.Config(select=asked.select, source_lang="en", target_lang="zh-CN")) == []


def test_a_bracket_the_translation_unbalanced_is_its_own_even_when_the_source_has_one():
    # unbalanced-brackets judges the target alone; a ")" copied from a balanced source clause is
    # still the translation's defect when its "(" became "（" or was lost.
    source = "Adds a blank line (the end of the headers) to the buffer."
    assert messages("unbalanced-brackets", "po", source, "将一个空行（标头的结束) 添加到缓冲区。") == [
        "'（' is never closed in this paragraph: add '）' where it ends, or remove it",
        "')' closes nothing in this paragraph: add '(' where it begins, or remove it",
    ]
    assert messages("unbalanced-brackets", "po", "Got %s)", "得到 %s)") == []  # the source's own stray bracket


def test_a_stray_bracket_of_the_source_is_not_the_translations_in_either_width():
    source = "if a task (or a subtask) raises, cancel the tasks)."
    assert messages("unbalanced-brackets", "po", source, "如果任务（或子任务）引发异常，取消任务）。") == []
    assert messages("unbalanced-brackets", "po", "two modes: 1) a and 2) b", "两种模式：1）甲；2）乙") == []
