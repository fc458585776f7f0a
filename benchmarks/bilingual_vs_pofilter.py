"""l10n-check's bilingual checks next to Translate Toolkit's pofilter and GNU msgfmt, on real catalogs.

Runs, on each catalog of ``../shared/corpus/`` (English→Chinese, written by translators no one here
knows): ``msgfmt -c`` (the floor), ``pofilter --language=zh_CN`` (all its checks) and ``l10n-check
scan`` (all checks), each as a whole process, and prints wall seconds and peak memory. Then it maps
the checks both tools have onto shared classes and prints, per class, the entries flagged by both,
by pofilter only and by l10n-check only.

pofilter comes from PyPI: when it is not on PATH, the script installs translate-toolkit into a
virtual environment under ``~/.cache/l10n-check/`` (once) and uses it from there.

Judged sample: ``--sample 50 --seed 14`` prints a seeded random sample of each tool's findings on
the overlapping classes as JSON Lines to judge; the judgments kept in
``tests/corpus/judged-bilingual/*.jsonl`` are read back and give each tool's precision.

Usage:
    python benchmarks/bilingual_vs_pofilter.py                 # timings and the class table
    python benchmarks/bilingual_vs_pofilter.py --sample 50     # findings to judge, JSON Lines
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
JUDGED = ROOT / "tests" / "corpus" / "judged-bilingual"
CACHE = pathlib.Path.home() / ".cache" / "l10n-check" / "translate-toolkit"

# pofilter test → shared class; l10n-check check → shared class. Tests with no counterpart on the
# other side (puncspacing, sentencecount, doublequoting...) are left out of the table.
POFILTER_CLASSES = {
    "printf": "placeholders", "pythonbraceformat": "placeholders", "variables": "placeholders",
    "numbers": "numbers", "urls": "urls/e-mails", "emails": "urls/e-mails", "functions": "code",
    "xmltags": "tags/brackets", "brackets": "tags/brackets", "startwhitespace": "whitespace",
    "endwhitespace": "whitespace", "newlines": "whitespace", "tabs": "whitespace", "escapes": "whitespace",
    "unchanged": "unchanged", "isfuzzy": "unfinished", "untranslated": "unfinished",
}
OUR_CLASSES = {
    "placeholder-mismatch": "placeholders", "number-mismatch": "numbers", "url-mismatch": "urls/e-mails",
    "code-mismatch": "code", "markup-mismatch": "tags/brackets", "unbalanced-brackets": "tags/brackets",
    "whitespace-mismatch": "whitespace", "unchanged-source": "unchanged", "unfinished-entry": "unfinished",
}


@dataclass(frozen=True)
class Run:
    """One whole-process run: wall seconds and peak resident memory of the child, in MB."""

    seconds: float
    megabytes: float


def timed(command: list[str]) -> Run:
    """Run ``command`` once in a child process (output discarded) and measure it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return Run(seconds, max(peak, before) / 1024)


def pofilter_command() -> str:
    """pofilter on PATH, else from a cached virtual environment, installed from PyPI when missing."""
    found = shutil.which("pofilter")
    if found:
        return found
    executable = CACHE / "bin" / "pofilter"
    if not executable.exists():
        print(f"installing translate-toolkit into {CACHE} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(CACHE)], check=True)
        subprocess.run([str(CACHE / "bin" / "pip"), "install", "-q", "translate-toolkit"], check=True)
    return str(executable)


def _key(msgctxt: str | None, msgid: str) -> str:
    return f"{msgctxt}\x04{msgid}" if msgctxt is not None else msgid


def pofilter_findings(catalog: pathlib.Path, pofilter: str, out: pathlib.Path) -> tuple[Run, list[dict]]:
    """Run pofilter with every check; return its run and one finding per (entry, test)."""
    import polib

    run = timed([pofilter, "--language=zh_CN", "--progress=none", "-i", str(catalog), "-o", str(out)])
    findings = []
    for entry in polib.pofile(str(out)):
        for line in entry.tcomment.splitlines():
            if line.startswith("(pofilter) "):
                test, _, message = line[len("(pofilter) ") :].partition(": ")
                findings.append({"tool": "pofilter", "key": _key(entry.msgctxt, entry.msgid), "check": test,
                                 "message": message, "msgid": entry.msgid, "msgstr": entry.msgstr or
                                 "".join(entry.msgstr_plural.values()) if entry.msgid_plural else entry.msgstr})
    return run, findings


def our_findings(catalog: pathlib.Path, out: pathlib.Path) -> tuple[Run, list[dict]]:
    """Run l10n-check with every check; return its run and its findings keyed by entry."""
    from l10n_check.readers import read_path

    command = [sys.executable, "-m", "l10n_check", "scan", str(catalog), "--source-lang", "en", "--target-lang",
               "zh-CN", "-j", "1", "--include-fuzzy", "--format", "json", "-o", str(out)]
    run = timed(command)
    document = read_path(str(catalog), "en", "zh-CN")
    findings = []
    for finding in json.loads(out.read_text(encoding="utf-8"))["findings"]:
        segment = document.segment_at(finding_offset(document, finding))
        if segment is None:
            continue
        findings.append({"tool": "l10n-check", "key": segment.key, "check": finding["check"],
                         "message": finding["message"], "line": finding["line"], "msgid": segment.source,
                         "msgstr": segment.raw, "severity": finding["severity"]})
    return run, findings


def finding_offset(document, finding: dict) -> int:  # type: ignore[no-untyped-def]
    return document.line_starts[finding["line"] - 1] + finding["column"] - 1


def class_table(ours: list[dict], theirs: list[dict]) -> dict[str, tuple[int, int, int]]:
    """Per shared class: entries flagged by both tools, by pofilter only, by l10n-check only."""
    by_class: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"ours": set(), "theirs": set()})
    for finding in ours:
        if finding["check"] in OUR_CLASSES:
            by_class[OUR_CLASSES[finding["check"]]]["ours"].add(finding["key"])
    for finding in theirs:
        if finding["check"] in POFILTER_CLASSES:
            by_class[POFILTER_CLASSES[finding["check"]]]["theirs"].add(finding["key"])
    return {name: (len(s["ours"] & s["theirs"]), len(s["theirs"] - s["ours"]), len(s["ours"] - s["theirs"]))
            for name, s in sorted(by_class.items())}


def load_judgments() -> dict[tuple[str, str, str, str], str]:
    """(tool, catalog, check, key) → verdict, from ``tests/corpus/judged-bilingual/*.jsonl``."""
    verdicts = {}
    for file in sorted(JUDGED.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                verdicts[(row["tool"], row["catalog"], row["check"], row["key"])] = row["verdict"]
    return verdicts


def sample(findings: list[dict], size: int, seed: int) -> list[dict]:
    """A seeded random sample of findings on the overlapping classes, unfinished entries left out."""
    pool = [f for f in findings if f["check"] in POFILTER_CLASSES or f["check"] in OUR_CLASSES]
    pool = [f for f in pool if f["check"] not in ("isfuzzy", "untranslated", "unfinished-entry")]
    rng = random.Random(seed)
    return rng.sample(pool, min(size, len(pool)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=pathlib.Path, default=CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="print N findings of each tool to judge")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    catalogs = sorted(args.corpus.glob("*.po"))
    if not catalogs:
        print(f"{args.corpus}: no catalogs", file=sys.stderr)
        return 2
    pofilter = pofilter_command()
    everything: dict[str, list[dict]] = {"l10n-check": [], "pofilter": []}
    with tempfile.TemporaryDirectory() as scratch:
        for catalog in catalogs:
            ours_run, ours = our_findings(catalog, pathlib.Path(scratch) / "ours.json")
            theirs_run, theirs = pofilter_findings(catalog, pofilter, pathlib.Path(scratch) / "theirs.po")
            floor = timed(["msgfmt", "-c", "-o", os.devnull, str(catalog)])
            for finding in ours + theirs:
                finding["catalog"] = catalog.name
            everything["l10n-check"] += ours
            everything["pofilter"] += theirs
            if not args.sample:
                _print_catalog(catalog, floor, theirs_run, ours_run, class_table(ours, theirs))
    if args.sample:
        for tool, findings in everything.items():
            for finding in sample(findings, args.sample, args.seed):
                print(json.dumps({**finding, "verdict": "", "why": ""}, ensure_ascii=False))
    else:
        _print_precision(everything)
    return 0


def _print_catalog(catalog: pathlib.Path, floor: Run, theirs: Run, ours: Run, table: dict) -> None:
    print(f"\n{catalog.name}")
    for name, run in (("msgfmt -c", floor), ("pofilter (all checks)", theirs), ("l10n-check (all checks)", ours)):
        print(f"  {name:26} {run.seconds:6.2f} s  {run.megabytes:6.0f} MB peak (largest child so far)")
    print(f"  {'class':16}{'both':>6}{'only pofilter':>15}{'only l10n-check':>17}")
    for name, (both, theirs_only, ours_only) in table.items():
        print(f"  {name:16}{both:>6}{theirs_only:>15}{ours_only:>17}")


def _print_precision(everything: dict[str, list[dict]]) -> None:
    verdicts = load_judgments()
    print("\njudged sample (tests/corpus/judged-bilingual/):")
    for tool, findings in everything.items():
        counted = {"true": 0, "false": 0, "debatable": 0}
        for finding in findings:
            verdict = verdicts.get((tool, finding["catalog"], finding["check"], finding["key"]))
            if verdict in counted:
                counted[verdict] += 1
        judged = counted["true"] + counted["false"]
        share = f"{100 * counted['true'] / judged:.0f}%" if judged else "-"
        print(f"  {tool:12} true {counted['true']:3}  false {counted['false']:3}  debatable {counted['debatable']:3}"
              f"  precision {share}")


if __name__ == "__main__":
    raise SystemExit(main())
