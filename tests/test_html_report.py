"""The HTML review report as a file: what it contains, that it is safe, and where it is written.

What a browser does with it is tested in test_html_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from conftest import SAMPLE
from html_helpers import Page, sample_report, text_report, variant_findings, with_findings
from l10n_check.cli import main
from l10n_check.readers import parse
from l10n_check.render import html, layout
from l10n_check.report import Report

HOSTILE = (
    "<script>alert('draft')</script> 你好 there.\n"
    "\"><img src=x onerror=alert(1)> and a拼音 word.\n"
    "[click me](javascript:alert(document.cookie)) and <a href=\"javascript:alert(2)\">this</a>，ok.\n"
    "Template {{ 7*7 }} and {% raw %} and ${7*7} and #{7*7}。\n"
    "<meta http-equiv=\"refresh\" content=\"0;url=http://example.com/\"><base href=\"http://example.com/\">\n"
    "<style>body{display:none}</style><iframe src=\"http://example.com/\"></iframe><svg onload=alert(3)>\n"
    "</mark></div></main><plaintext> ]]> <!-- --> 也许\n"
)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


# -- layout: highlights nest properly whatever the spans do -------------------------------------------


def replay(line: layout.Line) -> tuple[str, list[str]]:
    """The text of a laid-out line and the keys of first pieces, checking that elements nest."""
    stack, firsts, text = [], [], []
    for event in line.events:
        if event.kind == "text":
            text.append(event.text)
        elif event.kind == "open":
            stack.append(event.mark)
            if event.first:
                firsts.append(event.mark.key)
        else:
            assert stack and stack.pop() is event.mark
    assert stack == []
    return "".join(text), firsts


def test_layout_keeps_every_character_and_gives_each_mark_one_first_piece():
    text = "alpha beta\r\ngamma delta\nepsilon\n"
    document = parse("d.txt", text, "zh", "en")
    marks = [
        layout.Mark(0, 10, "outer", 1), layout.Mark(6, 10, "inner", 2),  # nested
        layout.Mark(3, 16, "across-lines", 3), layout.Mark(14, 20, "crossing", 4),  # cross each other
        layout.Mark(24, 24, "empty", 5), layout.Mark(10, 12, "line-ending-only", 6),
    ]
    lines = layout.lay_out(text, document.line_starts, marks)
    assert [replay(line)[0] for line in lines] == ["alpha beta", "gamma delta", "epsilon"]
    firsts = [key for line in lines for key in replay(line)[1]]
    assert sorted(firsts) == sorted(m.key for m in marks)


def test_layout_draws_a_span_of_line_endings_empty_where_it_starts():
    text = "one\r\ntwo\n"
    lines = layout.lay_out(text, parse("d.txt", text, "zh", "en").line_starts, [layout.Mark(3, 5, "eol", 1)])
    assert [(e.kind, e.first) for e in lines[0].events] == [("text", False), ("open", True), ("close", False)]


def test_layout_nests_the_longer_mark_outside():
    text = "abcdef"
    lines = layout.lay_out(text, (0,), [layout.Mark(2, 4, "short", 1), layout.Mark(0, 6, "long", 2)])
    opened = [e.mark.key for e in lines[0].events if e.kind == "open"]
    assert opened == ["long", "short"]


# -- content --------------------------------------------------------------------------------------


def test_every_finding_has_one_highlight_and_one_list_entry(tmp_path):
    report = sample_report()
    page = Page(html.render_report(report, report.documents[0]))
    count = len(report.findings)
    assert count >= 12
    assert sorted(a["id"] for a in page.having("mark") if a.get("id", "").startswith("f-")) == sorted(
        f"f-{n}" for n in range(1, count + 1))
    assert len([a for a in page.having("li") if a.get("id", "").startswith("l-")]) == count


def test_acceptance_places_are_highlighted_in_the_sample():
    report = sample_report()
    document = report.documents[0]
    page = html.render_report(report, document)
    highlighted = set()
    for match in re.finditer(r'<mark class="hl [^"]*"[^>]* id="f-(\d+)"[^>]*>([^<]*)', page):
        highlighted.add(match.group(2))
    assert "整理稿" in highlighted
    assert any(text.startswith("免责声明") for text in highlighted)  # the disclaimer paragraph
    assert {"Chang Qingshu", "Chinese-speaking region", "Top Three"} <= highlighted


def test_summary_counts_equal_the_json_output(tmp_path):
    out = tmp_path / "sample.html"
    result = run("scan", str(SAMPLE), "--html", str(out), "--format", "json")
    summary = json.loads(result.stdout)["summary"]
    page = Page(out.read_text(encoding="utf-8"))
    counts = {a["data-count"]: text for a, text in _counted(out.read_text(encoding="utf-8"))}
    assert int(counts["findings"]) == summary["findings"]
    for severity, n in summary["by_severity"].items():
        assert int(counts[severity]) == n
    for check, n in summary["by_check"].items():
        assert int(counts[check]) == n
    assert sum(1 for a in page.having("mark") if a.get("id", "").startswith("f-")) == summary["findings"]


def _counted(source: str):
    for match in re.finditer(r'<(?:td|strong) [^>]*data-count="([^"]+)"[^>]*>(\d+)<', source):
        yield {"data-count": match.group(1)}, match.group(2)


def test_variant_tables_list_each_rendering_with_count_and_links_both_ways():
    report = sample_report()
    page_source = html.render_report(report, report.documents[0])
    page = Page(page_source)
    names = page_source[page_source.index('id="variants-name"'):page_source.index('id="variants-term"')]
    assert re.search(r"<th scope=\"row\">Xie Jiayin <span class=\"tag\">dominant</span></th><td class=\"num\">23</td>", names)
    assert re.search(r"<th scope=\"row\">Chang Qingshu</th><td class=\"num\">2</td>", names)
    assert len(re.findall(r'href="#', names)) == 25
    # The rare name links to the dominant one's places, and those places link back to it.
    first = next(f for f in report.findings if f.text == "Chang Qingshu")
    target = html.target_key(first.related[0])
    assert f"#{target}" in page.hrefs and page.ids[target] == 1
    back = re.search(rf'<a href="#{target}">‘Xie Jiayin’</a> is referred to by <q>Chang Qingshu</q> lines <a href="#(f-\d+)">1</a>, <a href="#f-\d+">15</a>', page_source)
    assert back and page.having("mark", id=back.group(1))


def test_every_in_page_link_resolves_to_exactly_one_element():
    report = sample_report()
    page = Page(html.render_report(report, report.documents[0]))
    assert all(count == 1 for count in page.ids.values())
    for href in page.hrefs:
        assert href.startswith("#") and page.ids[href[1:]] == 1, href


def test_no_tables_without_variant_data_and_malformed_data_is_ignored():
    report = text_report("A好 word.\n")
    finding = report.findings[0]
    odd = type(finding)(**{**finding.__dict__, "data": {"dominant": 3, "variants": "x", "kind": "name"}})
    page = html.render_report(Report((odd,), report.documents), report.documents[0])
    assert "variants-name" not in page and "variants-term" not in page


def test_metadata_names_draft_size_languages_glossary_and_version():
    report = text_report("A好 word.\n")
    report = Report(report.findings, report.documents, (), {"source_lang": "zh", "target_lang": "en", "glossary": ["g.tbx"]})
    page = html.render_report(report, report.documents[0], modified="2025-01-02 03:04 UTC")
    for expected in ("draft.txt", "11 bytes, 1 line, 9 characters", "2025-01-02 03:04 UTC", "zh → en", "g.tbx", "l10n-check 0.1.0"):
        assert expected in page


def test_clean_draft_says_so_and_has_no_highlights():
    report = text_report("Clean English prose.\n")
    page = Page(html.render_report(report, report.documents[0]))
    assert not page.having("mark") and "No findings" in "".join(page.text)


# -- safety ---------------------------------------------------------------------------------------


def test_hostile_draft_is_shown_as_text_and_nothing_in_it_is_markup():
    report = text_report(HOSTILE, path='"><script>alert(0)</script>.txt')
    hostile = report.findings[0]
    forged = type(hostile)(**{**hostile.__dict__, "message": "<img src=x onerror=alert(9)>",
                              "suggestion": "\"><script>alert(8)</script>", "context": HOSTILE.splitlines()[0]})
    report = with_findings(report, [forged])
    source = html.render_report(report, report.documents[0])
    page = Page(source)
    assert page.tags["script"] == 1 and page.tags["img"] == 0 and page.tags["iframe"] == 0
    assert not page.having("meta", http_equiv="refresh") and page.tags["base"] == 0 and page.tags["a"] == len(page.hrefs)
    assert not any(href.lower().lstrip().startswith(("javascript:", "http")) for href in page.hrefs)
    assert all(not name.startswith("on") for _, attributes in page.elements for name in attributes)
    text = "".join(page.text)
    for piece in ("<script>alert('draft')</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}", "{% raw %}"):
        assert piece in text
    assert "Template 49" not in text
    assert any("<img src=x onerror=alert(9)>" in value for value in page.attribute_values())  # as a tooltip


def test_policy_allows_exactly_our_script_and_style_and_nothing_else():
    report = sample_report()
    page = Page(html.render_report(report, report.documents[0]))
    policy = page.having("meta", http_equiv="Content-Security-Policy")[0]["content"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"

    def digest(content: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode()).digest()).decode() + "'"

    assert directives["script-src"] == digest(page.scripts[0])
    assert directives["style-src"] == digest(page.styles[0])
    assert "unsafe" not in policy and "http" not in policy


def test_same_input_same_bytes(tmp_path):
    first, second = tmp_path / "1.html", tmp_path / "2.html"
    assert run("scan", str(SAMPLE), "--html", str(first)).exit_code == 1
    assert run("scan", str(SAMPLE), "--html", str(second)).exit_code == 1
    assert first.read_bytes() == second.read_bytes()


# -- files ----------------------------------------------------------------------------------------


def test_report_targets_default_single_and_several():
    assert html.report_targets(["a/x.txt"]) == ({"a/x.txt": os.path.join("reports", "x.html")}, None)
    assert html.report_targets(["a/x.txt"], "out/r.html") == ({"a/x.txt": "out/r.html"}, None)
    outputs, index = html.report_targets(["a/x.txt", "b/x.md", "index.md"], "out")
    assert outputs == {"a/x.txt": "out/x.html", "b/x.md": "out/x-2.html", "index.md": "out/index-2.html"}
    assert index == "out/index.html"
    assert html.report_targets(["a.txt", "b.txt"], "o/all.html") == ({"a.txt": "o/a.html", "b.txt": "o/b.html"}, "o/all.html")


def test_html_flag_without_value_writes_to_reports_dir(tmp_path, monkeypatch):
    draft = tmp_path / "d.txt"
    draft.write_text("A好 word.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("scan", str(draft), "--html")
    assert result.exit_code == 1 and "wrote reports/d.html" in result.stderr
    umask = os.umask(0o022)
    os.umask(umask)
    assert (tmp_path / "reports" / "d.html").stat().st_mode & 0o777 == 0o666 & ~umask  # not a 0600 temp file
    assert result.stdout.startswith(f"{draft}:1:2: error")


def test_several_drafts_get_an_index_with_their_counts_and_cross_links(tmp_path):
    a, b, bad = tmp_path / "a.txt", tmp_path / "b.md", tmp_path / "bad.txt"
    a.write_text("Xie Jiayin spoke. Xie Jiayin left. A好 word.\n", encoding="utf-8")
    b.write_text("Later, Jiayin Xie said so.\n", encoding="utf-8")
    bad.write_bytes(b"\xff bad")
    report = scan_paths(str(a), str(b), str(bad))
    docs = {d.path: d for d in report.documents}
    extra = variant_findings(docs[str(b)], "name-variant", "name", "Xie Jiayin", ["Jiayin Xie"], list(docs.values()))
    report = with_findings(report, extra)
    written = html.write_reports(report, str(tmp_path / "out"))
    assert sorted(os.path.basename(p) for p in written) == ["a.html", "b.html", "index.html"]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="./a.html">[^<]*a.txt</a></th><td class="num">1</td><td class="num">1</td>', index)
    assert re.search(r'<a href="./b.html">[^<]*b.md</a></th><td class="num">1</td><td class="num">0</td><td class="num">1</td>', index)
    assert "bad.txt</code>: not valid UTF-8" in index
    page_a = Page((tmp_path / "out" / "a.html").read_text(encoding="utf-8"))
    page_b = Page((tmp_path / "out" / "b.html").read_text(encoding="utf-8"))
    cross = [h for h in page_b.hrefs if h.startswith("./a.html#")]
    assert len(cross) >= 2 and all(page_a.ids[h.split("#")[1]] == 1 for h in cross)
    back = [h for h in page_a.hrefs if h.startswith("./b.html#")]
    assert back and all(page_b.ids[h.split("#")[1]] == 1 for h in back)
    assert "./index.html" in page_a.hrefs


def test_links_between_reports_are_quoted_and_never_a_scheme(tmp_path):
    names = ["javascript:alert(1).txt", "a b#c?.txt"]
    for name in names:
        (tmp_path / name).write_text("A好 word.\n", encoding="utf-8")
    report = scan_paths(*(str(tmp_path / n) for n in names))
    html.write_reports(report, str(tmp_path / "out"))
    index = Page((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    assert sorted(index.hrefs) == ["./a%20b%23c%3F.html", "./javascript%3Aalert%281%29.html"]
    assert sorted(os.listdir(tmp_path / "out")) == ["a b#c?.html", "index.html", "javascript:alert(1).html"]


def scan_paths(*paths: str) -> Report:
    """Scanned by the untranslated-text checks only: the tests add variant findings themselves."""
    from html_helpers import BASE_CHECKS
    from l10n_check.engine import Config
    from l10n_check.runner import ScanRequest, scan

    return scan(ScanRequest(paths, Config(select=BASE_CHECKS)))


def test_unwritable_target_is_a_one_line_error_and_exit_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = run("scan", str(SAMPLE), "--html", str(blocker / "r.html"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "cannot write the HTML report" in result.stderr


def test_a_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "r.html"
    target.write_text("old report", encoding="utf-8")
    monkeypatch.setattr(html, "render_report", lambda *a, **k: "x" * 10)
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left")))
    with pytest.raises(OSError):
        html.write_reports(scan_paths(str(SAMPLE)), str(target))
    assert target.read_text(encoding="utf-8") == "old report" and os.listdir(tmp_path) == ["r.html"]


# -- validity -------------------------------------------------------------------------------------


def vnu_command() -> list[str] | None:
    """The Nu HTML Checker: $VNU_JAR, a `vnu` on PATH, or npm's vnu-jar next to the repository."""
    jar = os.environ.get("VNU_JAR") or next(
        (str(p) for p in pathlib.Path(__file__).resolve().parents[2].glob("*/node_modules/vnu-jar/build/dist/vnu.jar")), None)
    if jar and shutil.which("java"):
        return ["java", "-jar", jar]
    return [shutil.which("vnu")] if shutil.which("vnu") else None


@pytest.mark.skipif(vnu_command() is None, reason="Nu HTML Checker not installed (npm install vnu-jar; set VNU_JAR)")
def test_pages_pass_the_nu_html_checker(tmp_path):
    sample, hostile = sample_report(), text_report(HOSTILE, "hostile.txt")
    report = Report((*sample.findings, *hostile.findings), (*sample.documents, *hostile.documents))
    written = html.write_reports(report, str(tmp_path / "out"))
    result = subprocess.run([*vnu_command(), "--errors-only", *written], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def test_the_real_sample_report_highlights_every_finding_of_every_check():
    """Not the synthetic variants: the sample as `scan --html` renders it with all registered checks."""
    from l10n_check.runner import ScanRequest, scan as run_scan

    report = run_scan(ScanRequest((str(SAMPLE),)))
    page = html.render_report(report, report.documents[0])
    ids = set(re.findall(r'<mark class="hl[^"]*"[^>]*\bid="(f-\d+)"', page))
    assert len(report.findings) >= 6 and ids == {f"f-{n}" for n in range(1, len(report.findings) + 1)}
    for needle in ("整理稿", "免责声明", "Chang Qingshu", "Top Three", "wolfishness"):
        assert re.search(r'<mark class="hl[^>]*>(?:<mark[^>]*>)*' + needle, page), needle
