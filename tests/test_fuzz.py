"""Fuzzing the whole pipeline: any text, any Markdown nesting, any bytes, and a generated corpus of
pathological drafts (``tests/pathological.py``, written into a ``pathological/`` folder here).

Whatever goes in: no exception, every finding's span inside its file (line, column, end and text
agree with the document), and every output format written. Hypothesis runs seeded
(``derandomize``), so a failure found once is found on every run. How the time grows with size is
measured by ``benchmarks/bench_pathological.py``, not here.
"""

from __future__ import annotations

import io
import json
import string

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l10n_check import engine
from l10n_check.cli import main
from l10n_check.formats import FORMATS
from l10n_check.model import Document, Finding
from l10n_check.readers import Problem, parse, read_path
from l10n_check.report import Report
from pathological import GENERATORS

SEEDED = settings(max_examples=60, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
CONFIG = engine.Config()  # every check
PATHOLOGICAL_SIZE = 1500  # bytes: enough to hit each shape, small enough for the suite


def assert_spans_inside(doc: Document, findings: list[Finding]) -> None:
    """Every finding points into ``doc``: its line and columns exist and its text is what is there."""
    lines = len(doc.line_starts)
    for finding in findings:
        assert finding.path == doc.path
        assert 1 <= finding.line <= finding.end_line <= lines, finding
        start = doc.line_starts[finding.line - 1] + finding.column - 1
        end = doc.line_starts[finding.end_line - 1] + finding.end_column - 1
        assert 0 <= start <= end <= len(doc.text), finding
        assert finding.offset == start and doc.text[start:end] == finding.text, finding
        assert "\n" not in finding.message, finding
        for related in finding.related:
            assert 1 <= related.line and related.column >= 1, related


def lint_all(doc: Document) -> list[Finding]:
    findings = engine.lint([doc], CONFIG)
    assert_spans_inside(doc, findings)
    report = Report(tuple(findings), (doc,), settings={"source_lang": "zh", "target_lang": "en"})
    for name, write in FORMATS.items():  # every format writes whatever the findings hold
        stream = io.StringIO()
        write(report, stream, False)
        if name in ("json", "sarif"):
            json.loads(stream.getvalue())
    return findings


# -- any text -------------------------------------------------------------------------------------

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
HOSTILE = st.sampled_from([
    "中文", "a好", "，", "。", "“", "”", "'", '"', "(", ")", "[", "]", "*", "**", "_", "`", "```", "<b>", "</b>",
    "<!--", "-->", "](", "http://", "www.", "@", "&amp;", "\u200b", "\u202e", "\u00ad", "\x00", "\r\n", "\n", "\n\n",
    "\t", "Mr.", "Xie Jiayin", "Jiayin Xie", "BD", "the the", "cafÃ©", "%s", "{0}", "1,500", "三千", "#", "> ", "- ",
    "1. ", "    ", "\ufeff", "\u2028", "𝒜", "e\u0301",
])
MIXED = st.lists(st.one_of(HOSTILE, st.text(string.ascii_letters + " .,", max_size=12)), max_size=60).map("".join)


@SEEDED
@given(text=st.one_of(TEXT, MIXED), suffix=st.sampled_from([".txt", ".md"]))
def test_any_text_is_checked_without_error_and_every_span_is_inside(text, suffix):
    lint_all(parse("draft" + suffix, text, "zh", "en"))


@SEEDED
@given(text=MIXED, suffix=st.sampled_from([".po", ".xlf"]))
def test_any_text_as_a_bilingual_file_is_read_or_refused_in_one_line(text, suffix):
    """Malformed catalogs are a ``ValueError`` the reader turns into a one-line problem."""
    try:
        doc = parse("file" + suffix, text, "en", "zh-CN")
    except ValueError as error:
        assert "\n" not in str(error).strip()
        return
    lint_all(doc)


def _po_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + escaped.replace("\r", "\\r") + '"'


def _catalog(entries: list[tuple[str, str, bool]]) -> str:
    header = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\nLanguage: zh_CN\\n"\n\n'
    return header + "".join(f"{'#, fuzzy' + chr(10) if fuzzy else ''}msgid {_po_string(source)}\nmsgstr {_po_string(target)}\n\n"
                            for source, target, fuzzy in entries if source)


def _xliff(entries: list[tuple[str, str, bool]]) -> str:
    from xml.sax.saxutils import escape

    def clean(text: str) -> str:  # what XML 1.0 cannot hold at all
        return escape("".join(ch for ch in text if ch in "\t\n\r" or (" " <= ch <= "\ud7ff") or ("\ue000" <= ch <= "\ufffd")))

    units = "".join(f'<trans-unit id="u{n}"><source>{clean(a)}</source><target>{clean(b)}</target></trans-unit>'
                    for n, (a, b, _) in enumerate(entries))
    return ('<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2"><file source-language="en" '
            f'target-language="zh-CN" datatype="plaintext" original="x"><body>{units}</body></file></xliff>')


ENTRIES = st.lists(st.tuples(MIXED, MIXED, st.booleans()), max_size=6)


@SEEDED
@given(entries=ENTRIES, fuzzy=st.booleans())
def test_any_well_formed_catalog_or_xliff_is_checked_with_every_span_inside(entries, fuzzy):
    """Structurally valid bilingual files with hostile strings reach every bilingual check."""
    config = engine.Config(source_lang="en", target_lang="zh-CN", include_fuzzy=fuzzy)
    for name, text in (("file.po", _catalog(entries)), ("file.xlf", _xliff(entries))):
        try:
            doc = parse(name, text, "en", "zh-CN")
        except ValueError as error:
            assert "\n" not in str(error).strip()
            continue
        assert_spans_inside(doc, engine.lint([doc], config))


# -- any Markdown nesting -------------------------------------------------------------------------

WORDS = st.sampled_from(["word", "中文", "a好", "Xie Jiayin", "BD", "the the", "https://x.y/中", "a@b.co", "&amp;",
                         "cafÃ©", "(", "“", "\u200b"])


def _nest(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    wrappers = [
        lambda t: f"*{t}*", lambda t: f"**{t}**", lambda t: f"_{t}_", lambda t: f"`{t}`", lambda t: f"``{t}``",
        lambda t: f"[{t}](http://x.y/{t[:3]})", lambda t: f"![{t}](i.png)", lambda t: f"<b>{t}</b>",
        lambda t: f"<!-- {t} -->", lambda t: f"({t})", lambda t: f"“{t}”", lambda t: f"> {t}",
        lambda t: f"- {t}", lambda t: f"1. {t}", lambda t: f"# {t}", lambda t: f"```\n{t}\n```",
        lambda t: "\n".join("> " + line for line in t.split("\n")), lambda t: "\n".join("  " + line for line in t.split("\n")),
        lambda t: f"[{t}]", lambda t: f"{t}\n\n", lambda t: f"{t} {t}",
    ]
    return st.tuples(st.sampled_from(wrappers), st.lists(children, min_size=1, max_size=3)).map(
        lambda pair: pair[0](" ".join(pair[1])))


MARKDOWN = st.recursive(WORDS, _nest, max_leaves=40)


@SEEDED
@given(MARKDOWN)
def test_any_markdown_nesting_is_checked_without_error_and_every_span_is_inside(markdown):
    lint_all(parse("draft.md", markdown, "zh", "en"))


# -- any bytes ------------------------------------------------------------------------------------

BOMS = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"])


@SEEDED
@given(data=st.tuples(BOMS, st.binary(max_size=400)).map(b"".join), suffix=st.sampled_from([".txt", ".md", ".po", ".xlf"]))
def test_any_bytes_are_read_or_refused_in_one_line(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / ("draft" + suffix)
    path.write_bytes(data)
    read = read_path(str(path))
    if isinstance(read, Problem):
        assert read.path == str(path) and read.message and "\n" not in read.message
        return
    lint_all(read)


# -- a corpus of pathological drafts --------------------------------------------------------------


@pytest.fixture(scope="session")
def pathological(tmp_path_factory):
    """The ``pathological/`` folder: one draft per generator, at ``PATHOLOGICAL_SIZE`` bytes."""
    folder = tmp_path_factory.mktemp("corpus") / "pathological"
    folder.mkdir()
    for generator in GENERATORS:
        (folder / f"{generator.name}{generator.suffix}").write_text(generator.make(PATHOLOGICAL_SIZE), encoding="utf-8")
    return folder


@pytest.mark.parametrize("generator", GENERATORS, ids=[g.name for g in GENERATORS])
def test_each_pathological_draft_is_checked_and_every_span_is_inside(pathological, generator):
    read = read_path(str(pathological / f"{generator.name}{generator.suffix}"))
    assert not isinstance(read, Problem), read
    lint_all(read)


def test_the_pathological_corpus_goes_through_the_command_line_and_every_output(pathological, tmp_path):
    """The whole pipeline at once: discovery, -j 2 workers, cross-document checks, every artefact."""
    result = CliRunner().invoke(main, ["scan", str(pathological), "-j", "2", "--format", "sarif",
                                       "-o", str(tmp_path / "out.sarif"), "--html", str(tmp_path / "reports"),
                                       "--po", str(tmp_path / "locales"), "--write-baseline", str(tmp_path / "b.json")])
    assert result.exit_code == 0, result.output  # --write-baseline: findings do not fail the run
    assert result.exception is None or isinstance(result.exception, SystemExit)
    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"] and (tmp_path / "reports" / "index.html").exists()
    assert list((tmp_path / "locales").rglob("*.po"))


def test_the_span_check_fails_on_a_finding_that_points_elsewhere():
    """The property above could fail: a finding whose text is not what its place holds is caught."""
    import dataclasses

    doc = parse("draft.txt", "A好 word.\n", "zh", "en")
    finding = engine.lint([doc], engine.Config(select=("untranslated-fragment",)))[0]
    for wrong in (dataclasses.replace(finding, column=finding.column + 1),
                  dataclasses.replace(finding, line=3), dataclasses.replace(finding, text="x")):
        with pytest.raises(AssertionError):
            assert_spans_inside(doc, [wrong])
