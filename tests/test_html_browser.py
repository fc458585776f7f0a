"""The HTML review report in a real browser: Playwright for Python driving Debian's Chromium.

Skipped, with the reason, only where Playwright or a Chromium cannot be found (``.ci/run`` installs the
``chromium`` Debian package). Screenshots and a PDF of the sample's report go to tests/artifacts/.
"""

from __future__ import annotations

import os
import pathlib
import shutil
from typing import Iterator

import pytest
from click.testing import CliRunner

from conftest import SAMPLE
from html_helpers import sample_report, text_report, with_findings
from l10n_check.cli import main
from l10n_check.render import html
from test_html_report import HOSTILE

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install -e '.[test]')")

ARTIFACTS = pathlib.Path(__file__).parent / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    """$L10N_CHECK_CHROMIUM, else Debian's chromium on PATH."""
    candidates = [os.environ.get("L10N_CHECK_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser"),
                  "/usr/bin/chromium"]
    return next((c for c in candidates if c and os.path.exists(c)), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium to drive: apt-get install chromium (.ci/run does), or set L10N_CHECK_CHROMIUM")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, headless=True, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with everything it did that it should not: console errors, dialogs, requests."""

    def __init__(self, browser, path: pathlib.Path, **context_options) -> None:
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, **context_options)
        self.context.set_default_timeout(5000)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("popup", lambda p: self.dialogs.append(f"popup {p.url}"))
        self.page.goto(self.url)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def visible_items(self) -> list[str]:
        return self.page.eval_on_selector_all("#finding-list > li", "els => els.filter(e => !e.hidden).map(e => e.dataset.check)")

    def active(self) -> str:
        return self.page.evaluate("(document.activeElement.closest('[id]') || {id: ''}).id")

    def in_view(self, selector: str) -> bool:
        return self.page.eval_on_selector(
            selector, "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory) -> tuple[pathlib.Path, object]:
    report = sample_report()
    path = tmp_path_factory.mktemp("html") / "sample_interview.html"
    path.write_text(html.render_report(report, report.documents[0]), encoding="utf-8")
    return path, report


@pytest.fixture
def sample(browser, sample_file) -> Iterator[Watched]:
    watched = Watched(browser, sample_file[0])
    yield watched
    assert watched.errors == [], "the page logged errors"
    watched.close()


def test_one_highlight_per_finding_and_no_console_errors(sample, sample_file):
    findings = sample_file[1].findings
    assert sample.page.locator(".draft mark.hl[id^='f-']").count() == len(findings)
    assert sample.page.locator("#finding-list > li").count() == len(findings)
    assert sample.page.locator("#status").inner_text() == f"Showing all {len(findings)} findings."


def test_only_button_hides_every_other_check(sample):
    sample.page.click("button.only[data-name='check'][value='untranslated-fragment']")
    assert sample.visible_items() == ["untranslated-fragment"]
    assert sample.page.locator(".draft mark.hl.off").count() == sample.page.locator(".draft mark.hl").count() - 1
    assert sample.page.locator(".notes .note.off").count() == sample.page.locator(".notes .note[data-f]").count() - 1


def test_unticking_a_check_hides_it_and_show_all_brings_it_back(sample):
    total = len(sample.visible_items())
    sample.page.uncheck("input[name='check'][value='term-variant']")
    assert "term-variant" not in sample.visible_items() and len(sample.visible_items()) < total
    sample.page.uncheck("input[name='severity'][value='error']")
    assert set(sample.visible_items()) == {"name-variant"}
    sample.page.click("#reset")
    assert len(sample.visible_items()) == total


def test_search_narrows_the_list(sample):
    total = len(sample.visible_items())
    sample.page.fill("#search", "chang qingshu")
    shown = sample.visible_items()
    assert 0 < len(shown) < total and set(shown) == {"name-variant"}
    texts = sample.page.eval_on_selector_all("#finding-list > li:not([hidden])", "els => els.map(e => e.textContent)")
    assert all("chang qingshu" in t.lower() for t in texts)
    assert sample.page.locator("#status").inner_text() == f"Showing {len(shown)} of {total} findings."
    sample.page.fill("#search", "no finding says this")
    assert sample.visible_items() == []


def test_a_long_list_shows_a_page_at_a_time_and_still_reaches_every_entry(browser, tmp_path):
    report = text_report("A好 word.\n" * 250)
    out = tmp_path / "long.html"
    out.write_text(html.render_report(report, report.documents[0]), encoding="utf-8")
    watched = Watched(browser, out)
    page = watched.page
    assert len(watched.visible_items()) == 200 and page.locator("#more").is_visible()
    assert page.locator("#status").inner_text() == "Showing the first 200 of 250 matching findings (250 in all)."
    page.click("#n-250 a[href='#l-250']")  # from the draft to an entry past the first page
    assert watched.active() == "l-250" and watched.in_view("#l-250 a.where")
    page.click("#reset")
    page.click("#more")
    assert len(watched.visible_items()) == 250 and not page.locator("#more").is_visible()
    assert watched.errors == []
    watched.close()


def test_list_click_scrolls_to_and_focuses_the_highlight(sample, sample_file):
    last = len(sample_file[1].findings)  # the disclaimer, at the very end of the draft
    assert not sample.in_view(f"#f-{last}")
    sample.page.click(f"#l-{last} a.where")
    assert sample.active() == f"f-{last}"
    assert sample.in_view(f"#f-{last}")
    assert sample.page.url.endswith(f"#f-{last}")
    tip = sample.page.evaluate(f"getComputedStyle(document.getElementById('f-{last}'), '::after').content")
    assert "paragraph left in Chinese" in tip  # the message shows on focus


def test_enter_on_a_highlight_goes_to_its_list_entry_and_notes_link_back(sample):
    sample.page.focus("#f-1")
    sample.page.keyboard.press("Enter")
    assert sample.active() == "l-1"
    sample.page.click("#n-1 a[href='#l-1']")
    assert sample.active() == "l-1" and sample.in_view("#l-1 a.where")


def test_related_links_go_both_ways(sample, sample_file):
    report = sample_file[1]
    number = next(n for n, f in enumerate(report.findings, 1) if f.text == "Chang Qingshu")
    target = html.target_key(report.findings[number - 1].related[5])
    sample.page.click(f"#n-{number} a[href='#{target}']")
    assert sample.active() == target and sample.in_view(f"#{target}")
    sample.page.click(f".note.back:has(a[href='#{target}']) a[href='#f-{number}']")
    assert sample.active() == f"f-{number}"


def test_tab_reaches_the_highlights_in_order(sample):
    reached = []
    for _ in range(300):
        sample.page.keyboard.press("Tab")
        current = sample.active()
        if current.startswith("f-"):
            reached.append(current)
            if len(reached) == 2:
                break
    assert reached == ["f-1", "f-2"]


def test_readable_without_script(browser, sample_file):
    watched = Watched(browser, sample_file[0], java_script_enabled=False)
    page = watched.page
    assert not page.locator("#filters").is_visible()
    assert page.locator("#finding-list > li:visible").count() == len(sample_file[1].findings)
    assert page.locator(".draft mark.hl[id]").count() == len(sample_file[1].findings)
    watched.close()


def test_dark_scheme_follows_the_reader(browser, sample_file):
    for scheme, dark in (("light", False), ("dark", True)):
        watched = Watched(browser, sample_file[0], color_scheme=scheme)
        background = watched.page.evaluate("getComputedStyle(document.body).backgroundColor")
        red, green, blue = (int(x) for x in background[background.index("(") + 1:-1].split(",")[:3])
        assert (red + green + blue < 200) == dark, background
        watched.close()


def test_print_layout_drops_controls_and_shows_the_whole_list(sample):
    sample.page.emulate_media(media="print")
    assert not sample.page.locator("#filters").is_visible()
    assert sample.page.eval_on_selector(".scrollbox", "e => getComputedStyle(e).maxHeight") == "none"
    ARTIFACTS.mkdir(exist_ok=True)
    sample.page.pdf(path=str(ARTIFACTS / "sample_report.pdf"))
    assert (ARTIFACTS / "sample_report.pdf").stat().st_size > 10_000


def test_hostile_draft_is_inert(browser, tmp_path):
    draft = tmp_path / "hostile.txt"
    draft.write_text(HOSTILE, encoding="utf-8")
    report = text_report(HOSTILE, str(draft))
    first = report.findings[0]
    forged = type(first)(**{**first.__dict__, "message": "<img src=x onerror=alert(9)>", "suggestion": "javascript:alert(8)"})
    report = with_findings(report, [forged])
    out = tmp_path / "hostile.html"
    out.write_text(html.render_report(report, report.documents[0]), encoding="utf-8")
    watched = Watched(browser, out)
    page = watched.page
    for mark in page.locator("mark").all():
        mark.hover()
        mark.focus()
    for link in page.locator("a[href]").all():  # follow every link, by keyboard (the skip link is off-screen)
        link.focus()
        page.keyboard.press("Enter")
    page.fill("#search", '"><img src=x onerror=alert(7)>')
    page.wait_for_timeout(200)
    assert watched.dialogs == []
    assert set(watched.requests) == {watched.url}
    assert page.url.split("#")[0] == watched.url
    assert watched.errors == []
    assert page.evaluate("document.scripts.length") == 1
    assert page.locator("img, iframe, base, svg[onload]").count() == 0
    assert "{{ 7*7 }}" in page.inner_text(".draft") and "<script>alert('draft')</script>" in page.inner_text(".draft")
    watched.close()


def test_screenshots_of_the_sample_report(browser, sample_file, tmp_path, monkeypatch):
    """Artifacts for a person to look at: the CLI's report of the sample, and one with variant tables."""
    ARTIFACTS.mkdir(exist_ok=True)
    cli_report = tmp_path / "sample_interview.html"
    assert CliRunner().invoke(main, ["scan", str(SAMPLE), "--html", str(cli_report)]).exit_code == 1
    shots = [(cli_report, "light", "#f-1", "sample_report.png"),
             (sample_file[0], "light", "#f-1", "sample_report_variants.png"),
             (sample_file[0], "dark", "#variants-name-h", "sample_report_variants_dark.png")]
    for path, scheme, focus, name in shots:
        watched = Watched(browser, path, color_scheme=scheme)
        watched.page.focus(focus)
        watched.page.screenshot(path=str(ARTIFACTS / name))
        assert watched.errors == []
        watched.close()
        assert (ARTIFACTS / name).stat().st_size > 20_000
