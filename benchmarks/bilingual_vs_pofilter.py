"""l10n-check's bilingual checks next to Translate Toolkit's pofilter and GNU msgfmt, on real catalogs.

Runs, on each catalog of ``../shared/corpus/`` (English→Chinese, written by translators no one here
knows): ``msgfmt -c`` (the floor), ``pofilter --language=zh_CN`` (all its checks) and ``l10n-check
scan`` (all checks), each as a whole process, and prints wall seconds and peak memory. Then it maps
the checks both tools have onto shared classes and prints, per class, the entries flagged by both,
by pofilter only and by l10n-check only.

pofilter comes from PyPI: when it is not on PATH, the script installs translate-toolkit into a
virtual environment under ``~/.cache/l10n-check/`` (once) and uses it from there.

Obsolete entries (``#~``) are never used by a program and l10n-check never reads them; pofilter
checks them too, and its findings there are counted apart from the table.

Judged data in ``tests/corpus/judged-bilingual/`` (see its README) is read back:

- ``sample-seed*.jsonl``: a seeded random sample of each tool's findings (``--sample 50 --seed N``
  prints one to judge); the script prints each sample's precision as judged, and over the findings
  of it that the tools still report.
- ``pofilter-only.jsonl``: every finding pofilter reports in a shared class on an entry l10n-check
  does not flag in that class (``--pofilter-only`` prints those not judged yet); the script prints,
  per class, the real defects among them that l10n-check still misses.

pofilter's output is cached under ``~/.cache/l10n-check/`` by catalog digest and pofilter version,
so a second run costs only l10n-check's time (``--no-cache`` runs pofilter again).

Usage:
    python benchmarks/bilingual_vs_pofilter.py                  # timings, class table, misses, precision
    python benchmarks/bilingual_vs_pofilter.py --sample 50 --seed 15   # findings to judge, JSON Lines
    python benchmarks/bilingual_vs_pofilter.py --pofilter-only  # pofilter-only findings to judge
"""

from __future__ import annotations

import argparse
import hashlib
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
from collections import Counter, defaultdict
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
JUDGED = ROOT / "tests" / "corpus" / "judged-bilingual"
POFILTER_ONLY = JUDGED / "pofilter-only.jsonl"
CACHE = pathlib.Path.home() / ".cache" / "l10n-check"
TOOLKIT = CACHE / "translate-toolkit"

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
UNFINISHED = ("isfuzzy", "untranslated", "unfinished-entry")


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
    executable = TOOLKIT / "bin" / "pofilter"
    if not executable.exists():
        print(f"installing translate-toolkit into {TOOLKIT} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(TOOLKIT)], check=True)
        subprocess.run([str(TOOLKIT / "bin" / "pip"), "install", "-q", "translate-toolkit"], check=True)
    return str(executable)


def _key(msgctxt: str | None, msgid: str) -> str:
    return f"{msgctxt}\x04{msgid}" if msgctxt is not None else msgid


def _state(entry) -> str:  # type: ignore[no-untyped-def]
    return "obsolete" if entry.obsolete else "fuzzy" if "fuzzy" in entry.flags else ""


def pofilter_output(catalog: pathlib.Path, pofilter: str, use_cache: bool) -> tuple[Run | None, pathlib.Path]:
    """pofilter's annotated output for ``catalog``, from the cache when it holds this catalog and version.

    The run is None when the output came from the cache (nothing was timed).
    """
    version = subprocess.run([pofilter, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    digest = hashlib.sha256(catalog.read_bytes() + version.encode()).hexdigest()[:20]
    out = CACHE / "pofilter-output" / f"{catalog.stem}-{digest}.po"
    if use_cache and out.exists():
        return None, out
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial")
    run = timed([pofilter, "--language=zh_CN", "--progress=none", "-i", str(catalog), "-o", str(partial)])
    partial.replace(out)
    return run, out


def pofilter_findings(output: pathlib.Path) -> list[dict]:
    """One finding per (entry, test) from pofilter's annotated output, with the entry's state."""
    import polib

    findings = []
    for entry in polib.pofile(str(output)):
        msgstr = "".join(entry.msgstr_plural.values()) if entry.msgid_plural else entry.msgstr
        for line in entry.tcomment.splitlines():
            if line.startswith("(pofilter) "):
                test, _, message = line[len("(pofilter) ") :].partition(": ")
                findings.append({"tool": "pofilter", "key": _key(entry.msgctxt, entry.msgid), "check": test,
                                 "message": message, "msgid": entry.msgid, "msgstr": msgstr, "state": _state(entry)})
    return findings


def our_findings(catalog: pathlib.Path, out: pathlib.Path) -> tuple[Run, list[dict]]:
    """Run l10n-check with every check; return its run and its findings keyed by entry."""
    from l10n_check.readers import read_path

    command = [sys.executable, "-m", "l10n_check", "scan", str(catalog), "--source-lang", "en", "--target-lang",
               "zh-CN", "-j", "1", "--include-fuzzy", "--format", "json", "-o", str(out)]
    run = timed(command)
    document = read_path(str(catalog), "en", "zh-CN")
    findings = []
    for finding in json.loads(out.read_text(encoding="utf-8"))["findings"]:
        offset = finding_offset(document, finding)
        # A zero-width finding at a segment's end (a lost trailing space) belongs to that segment.
        segment = document.segment_at(offset) or document.segment_at(offset - 1)
        if segment is None:
            continue
        findings.append({"tool": "l10n-check", "key": segment.key, "check": finding["check"],
                         "message": finding["message"], "line": finding["line"], "msgid": segment.source,
                         "msgstr": segment.raw, "severity": finding["severity"], "state": segment.state})
    return run, findings


def finding_offset(document, finding: dict) -> int:  # type: ignore[no-untyped-def]
    return document.line_starts[finding["line"] - 1] + finding["column"] - 1


def flagged(findings: list[dict], classes: dict[str, str]) -> dict[str, set[str]]:
    """Shared class → keys of the entries ``findings`` flag in it (obsolete entries left out)."""
    by_class: dict[str, set[str]] = defaultdict(set)
    for finding in findings:
        if finding["check"] in classes and finding.get("state") != "obsolete":
            by_class[classes[finding["check"]]].add(finding["key"])
    return by_class


def class_table(ours: list[dict], theirs: list[dict]) -> dict[str, tuple[int, int, int]]:
    """Per shared class: entries flagged by both tools, by pofilter only, by l10n-check only."""
    mine, other = flagged(ours, OUR_CLASSES), flagged(theirs, POFILTER_CLASSES)
    return {name: (len(mine[name] & other[name]), len(other[name] - mine[name]), len(mine[name] - other[name]))
            for name in sorted(set(mine) | set(other))}


def pofilter_only(ours: list[dict], theirs: list[dict]) -> list[dict]:
    """pofilter's findings in a shared class on entries l10n-check does not flag in that class."""
    mine = flagged(ours, OUR_CLASSES)
    return [f for f in theirs if f["check"] in POFILTER_CLASSES and f["state"] != "obsolete"
            and f["key"] not in mine[POFILTER_CLASSES[f["check"]]]]


def read_jsonl(path: pathlib.Path) -> list[dict]:
    """The rows of a JSON Lines file (blank lines skipped)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def identity(row: dict) -> tuple[str, str, str, str]:
    """What a judgment is matched by: tool, catalog, check and the entry's key."""
    return row["tool"], row["catalog"], row["check"], row["key"]


def digest(key: str) -> str:
    """A short stable name for an entry's key: bulk judgments list entries by it."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def pofilter_only_judgments() -> dict[tuple[str, str, str, str], dict]:
    """(tool, catalog, check, key digest) → judgment, one row per entry or per group of entries."""
    judged = {}
    for row in read_jsonl(POFILTER_ONLY) if POFILTER_ONLY.exists() else []:
        for key_digest in row.get("keys_sha1") or [digest(row["key"])]:
            judged[(row["tool"], row["catalog"], row["check"], key_digest)] = row
    return judged


def digested(finding: dict) -> tuple[str, str, str, str]:
    """A finding's identity with its key digested, as pofilter-only judgments name it."""
    return finding["tool"], finding["catalog"], finding["check"], digest(finding["key"])


def sample(findings: list[dict], size: int, seed: int) -> list[dict]:
    """A seeded random sample of findings on the overlapping classes, unfinished entries left out."""
    pool = [f for f in findings if f["check"] in POFILTER_CLASSES or f["check"] in OUR_CLASSES]
    pool = [f for f in pool if f["check"] not in UNFINISHED and f.get("state") != "obsolete"]
    rng = random.Random(seed)
    return rng.sample(pool, min(size, len(pool)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=pathlib.Path, default=CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="print N findings of each tool to judge")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--pofilter-only", action="store_true", help="print pofilter-only findings not judged yet")
    parser.add_argument("--no-cache", action="store_true", help="run pofilter even when its output is cached")
    args = parser.parse_args(argv)
    catalogs = sorted(args.corpus.glob("*.po"))
    if not catalogs:
        print(f"{args.corpus}: no catalogs", file=sys.stderr)
        return 2
    pofilter = pofilter_command()
    everything: dict[str, list[dict]] = {"l10n-check": [], "pofilter": []}
    missing: list[dict] = []
    quiet = bool(args.sample or args.pofilter_only)
    with tempfile.TemporaryDirectory() as scratch:
        for catalog in catalogs:
            ours_run, ours = our_findings(catalog, pathlib.Path(scratch) / "ours.json")
            theirs_run, output = pofilter_output(catalog, pofilter, not args.no_cache)
            theirs = pofilter_findings(output)
            for finding in ours + theirs:
                finding["catalog"] = catalog.name
            everything["l10n-check"] += ours
            everything["pofilter"] += theirs
            missing += pofilter_only(ours, theirs)
            if not quiet:
                floor = timed(["msgfmt", "-c", "-o", os.devnull, str(catalog)])
                obsolete = sum(1 for f in theirs if f["state"] == "obsolete" and f["check"] in POFILTER_CLASSES)
                _print_catalog(catalog, (floor, theirs_run, ours_run), class_table(ours, theirs), obsolete)
    if args.sample:
        for findings in everything.values():
            for finding in sample(findings, args.sample, args.seed):
                print(json.dumps({**finding, "verdict": "", "why": ""}, ensure_ascii=False))
    elif args.pofilter_only:
        judged = pofilter_only_judgments()
        for finding in missing:
            if digested(finding) not in judged:
                print(json.dumps({**finding, "verdict": "", "kind": "", "why": ""}, ensure_ascii=False))
    else:
        _print_missed(missing, everything["l10n-check"])
        _print_precision(everything)
    return 0


def _print_catalog(catalog: pathlib.Path, runs: tuple[Run, Run | None, Run], table: dict, obsolete: int) -> None:
    print(f"\n{catalog.name}")
    for name, run in zip(("msgfmt -c", "pofilter (all checks)", "l10n-check (all checks)"), runs):
        shown = f"{run.seconds:6.2f} s  {run.megabytes:6.0f} MB peak (largest child so far)" if run else "(cached)"
        print(f"  {name:26} {shown}")
    print(f"  {'class':16}{'both':>6}{'only pofilter':>15}{'only l10n-check':>17}")
    for name, (both, theirs_only, ours_only) in table.items():
        print(f"  {name:16}{both:>6}{theirs_only:>15}{ours_only:>17}")
    print(f"  pofilter findings on obsolete entries (never used), not in the table: {obsolete}")


def covered(row: dict, ours: dict[tuple[str, str], set[str]]) -> bool:
    """Whether l10n-check now reports a judged pofilter-only defect: its class, or the check named in ``ours``."""
    checks = ours.get((row["catalog"], row["key"]), set())
    wanted = {row["ours"]} if row.get("ours") else {c for c, k in OUR_CLASSES.items() if k == POFILTER_CLASSES[row["check"]]}
    return bool(checks & wanted)


def _print_missed(missing: list[dict], ours: list[dict]) -> None:
    """Per class: pofilter-only findings as judged, and the real defects among them l10n-check still misses.

    A real defect counts as found when l10n-check now flags its entry with the check the judgment
    names (``ours``) or with a check of the same class.
    """
    judged = pofilter_only_judgments()
    ours_by_entry: dict[tuple[str, str], set[str]] = defaultdict(set)
    for finding in ours:
        ours_by_entry[(finding["catalog"], finding["key"])].add(finding["check"])
    real = [row for row in {id(r): r for r in judged.values()}.values() if row["verdict"] == "true"]
    found = sum(1 for row in real if covered(row, ours_by_entry))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: Counter[tuple[str, str]] = Counter()
    for finding in missing:
        row = judged.get(digested(finding))
        verdict = row["verdict"] if row else "unjudged"
        if verdict == "true" and covered(row, ours_by_entry):
            verdict = "found"  # by a check of another class (a lost literal pofilter calls a number)
        name = POFILTER_CLASSES[finding["check"]]
        counts[name][verdict] += 1
        if verdict == "true":
            kinds[(name, row["kind"])] += 1
    print("\npofilter-only findings in shared classes (tests/corpus/judged-bilingual/pofilter-only.jsonl):")
    print(f"  {'class':16}{'findings':>9}{'false':>7}{'debatable':>10}{'unjudged':>9}{'real, found elsewhere':>23}"
          f"{'real, we miss':>15}")
    for name, counted in sorted(counts.items()):
        print(f"  {name:16}{sum(counted.values()):>9}{counted['false']:>7}{counted['debatable']:>10}"
              f"{counted['unjudged']:>9}{counted['found']:>23}{counted['true']:>15}")
    for (name, kind), count in sorted(kinds.items()):
        print(f"    missed in {name}: {count} × {kind}")
    print(f"  real defects judged: {len(real)}; l10n-check now finds {found} of them")


def _print_precision(everything: dict[str, list[dict]]) -> None:
    """Each judged sample's verdicts as judged, and over the findings of it the tools still report."""
    reported = {identity(f) for findings in everything.values() for f in findings}
    print("\njudged samples (tests/corpus/judged-bilingual/sample-seed*.jsonl): true / false / debatable, precision")
    for file in sorted(JUDGED.glob("sample-seed*.jsonl")):
        rows = read_jsonl(file)
        for tool in sorted({row["tool"] for row in rows}):
            judged = [row for row in rows if row["tool"] == tool]
            still = [row for row in judged if identity(row) in reported]
            print(f"  {file.stem:17} {tool:11} as judged {_verdicts(judged)};  still reported {_verdicts(still)}")


def _verdicts(rows: list[dict]) -> str:
    counted = Counter(row["verdict"] for row in rows)
    judged = counted["true"] + counted["false"]
    share = f"{100 * counted['true'] / judged:.0f}%" if judged else "-"
    return f"{counted['true']:3} / {counted['false']:3} / {counted['debatable']:3}  {share:>4}"


if __name__ == "__main__":
    raise SystemExit(main())
