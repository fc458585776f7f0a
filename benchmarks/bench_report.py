"""HTML review report on a 1 MB draft with about 5,000 findings: render time, size, browser responsiveness.

    python benchmarks/bench_report.py [--findings 5000] [--size 1000000] [--no-browser]

Prints lint and render times (the target is a render under 2 s), the page size, and, when Playwright
and Chromium are available, how long the page takes to load and to apply a filter click and a search.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import random
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from l10n_check import engine  # noqa: E402
from l10n_check.model import Hit, Related, Severity  # noqa: E402
from l10n_check.readers import parse  # noqa: E402
from l10n_check.render import html  # noqa: E402
from l10n_check.report import Report  # noqa: E402

WORDS = ("the market exchange users team growth platform volume trading leader community brand product "
         "global region strategy year month people industry price we they it is was has have will can "
         "and or but with from into over about after before their our its this that").split()
GLUED = ("整理稿", "狼性", "常青树", "出海")  # a Chinese word glued to English: one untranslated-fragment each
PUNCT = ("，", "。", "：", "；")  # full-width punctuation after English: one fullwidth-punctuation each
NAMES = ("Xie Jiayin", "Jiayin Xie")


def make_draft(size: int, findings: int, seed: int = 7) -> str:
    """English-like paragraphs with a defect every ``size / findings`` characters or so."""
    rng = random.Random(seed)
    every = max(size * 9 // (findings * 10), 40)  # about one defect in every 180 characters
    paragraphs, total, since = [], 0, 0
    while total < size:
        words = []
        for _ in range(rng.randint(40, 120)):
            word = rng.choice(WORDS)
            since += len(word) + 1
            if since >= every:
                since = 0
                kind = rng.random()
                word = (f"a{rng.choice(GLUED)}" if kind < 0.45 else word + rng.choice(PUNCT) if kind < 0.9
                        else rng.choice(NAMES))
            words.append(word)
        paragraph = " ".join(words).capitalize() + "."
        paragraphs.append(paragraph)
        total += len(paragraph) + 1
    return "\n".join(paragraphs) + "\n"


def name_variants(document) -> list:
    """Name-variant findings as the names check shapes them: rarer form → every dominant occurrence."""
    text = document.text
    dominant = [i for i in _find_all(text, NAMES[0])]
    minority = [i for i in _find_all(text, NAMES[1])]
    data = {"dominant": NAMES[0], "variants": {NAMES[0]: len(dominant), NAMES[1]: len(minority)}, "kind": "name"}
    related = tuple(Related(i, i + len(NAMES[0]), "the usual form") for i in dominant)
    return [engine.to_finding(document, Hit(i, i + len(NAMES[1]), f"'{NAMES[1]}' differs from '{NAMES[0]}'",
                                            NAMES[0], related, data=data), "name-variant", Severity.WARNING,
                              {document.path: document}) for i in minority]


def _find_all(text: str, needle: str):
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


def timed(function, repeat: int = 3):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return result, min(times), statistics.median(times)


def browser_figures(path: str) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browser: skipped (Playwright not installed)")
        return
    chromium = os.environ.get("L10N_CHECK_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        print("browser: skipped (no chromium)")
        return
    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(pathlib.Path(path).as_uri(), wait_until="load")
        print(f"browser: page loaded and script ready in {time.perf_counter() - start:.2f} s")
        # Each figure: the handler plus the style and layout work it causes (forced by reading offsetHeight).
        measure = """([selector, action]) => {
            const t = performance.now();
            const el = document.querySelector(selector);
            if (action === 'click') { el.click(); } else { el.value = action; el.dispatchEvent(new Event('input')); }
            void document.body.offsetHeight;
            return performance.now() - t;
        }"""
        steps = [("button.only[data-name='check'][value='fullwidth-punctuation']", "click", "filter 'only' click"),
                 ("#reset", "click", "show all"),
                 ("#search", "market", "search 'market'"),
                 ("#search", "", "clear search"),
                 ("input[name='severity'][value='warning']", "click", "untick warnings")]
        for selector, action, label in steps:
            ms = page.evaluate(measure, [selector, action])
            shown = page.eval_on_selector("#status", "e => e.textContent")
            print(f"browser: {label}: {ms:.0f} ms ({shown})")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--findings", type=int, default=5_000)
    parser.add_argument("--no-browser", action="store_true")
    options = parser.parse_args()

    text = make_draft(options.size, options.findings)
    document = parse("bench_draft.txt", text, "zh", "en")
    config = engine.Config(select=("untranslated-fragment", "fullwidth-punctuation"))
    findings, lint_best, _ = timed(lambda: engine.lint([document], config), repeat=1)
    findings = sorted([*findings, *name_variants(document)], key=lambda f: f.sort_key())
    report = Report(tuple(findings), (document,))
    print(f"draft: {len(text.encode()) / 1e6:.2f} MB, {len(document.line_starts)} lines, {len(findings)} findings "
          f"(lint {lint_best:.2f} s)")
    page, best, median = timed(lambda: html.render_report(report, document))
    verdict = "OK" if best < 2.0 else "TOO SLOW"
    print(f"render: {best:.2f} s best, {median:.2f} s median of 3 (target < 2 s: {verdict}); page {len(page.encode()) / 1e6:.1f} MB")
    with tempfile.TemporaryDirectory() as directory:
        out = os.path.join(directory, "bench.html")
        with open(out, "w", encoding="utf-8") as handle:
            handle.write(page)
        if not options.no_browser:
            browser_figures(out)


if __name__ == "__main__":
    main()
