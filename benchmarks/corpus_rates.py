"""Findings per 50 KB, precision and recall of every check on real text that nobody here wrote.

Scans each folder of ``../shared/corpus/`` (``english/``: native English, where every finding is a
false alarm until read; ``mt-docs/`` and ``mt-articles/``: real machine translations) as one run with
the default configuration, and prints per check:

- the warnings and errors per 50 KB of each folder (info findings are counted apart);
- precision on the machine-translated folders against the judged files in ``tests/corpus/judged/``:
  true / (true + false) over the findings a reviewer judged; debatable ones are left out of both;
- recall against the defects a reviewer recorded while reading whole documents (``missed`` entries):
  the share of them that a finding of that check now covers.

The judged files are JSON Lines, one object a line (see ``tests/corpus/README.md``)::

    {"kind": "judged", "path": "mt-docs/x.md", "line": 3, "check": "fullwidth-punctuation",
     "text": "，", "verdict": "true", "why": "full-width comma between two English words"}
    {"kind": "missed", "path": "mt-docs/x.md", "line": 9, "check": "glued-words",
     "text": "prices,and", "why": "space lost after the comma"}

Usage:
    python benchmarks/corpus_rates.py                   # the table
    python benchmarks/corpus_rates.py --check acronym   # only these checks (repeatable)
    python benchmarks/corpus_rates.py --unjudged        # findings not yet judged, as JSON Lines to fill in
    python benchmarks/corpus_rates.py --show-false      # findings judged false, and defects not found
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pathlib
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, Sequence

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from l10n_check import runner  # noqa: E402
from l10n_check.model import Finding, Severity  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
JUDGED = ROOT / "tests" / "corpus" / "judged"
FOLDERS = ("english", "mt-docs", "mt-articles")
MT_FOLDERS = ("mt-docs", "mt-articles")
PER_BYTES = 50_000  # rates are "per 50 KB"
VERDICTS = frozenset({"true", "false", "debatable"})


@dataclass(frozen=True)
class Judgment:
    """One line of a judged file: a finding judged in context, or a defect found by reading."""

    kind: str  # "judged" | "missed"
    path: str  # relative to the corpus folder, e.g. "mt-docs/x.md"
    line: int
    check: str
    text: str
    verdict: str = ""  # judged only: true | false | debatable
    why: str = ""
    reading: str = field(default="", compare=False)  # the judged file it came from, set on loading

    @property
    def key(self) -> tuple[str, int, str, str]:
        return (self.path, self.line, self.check, self.text)


@dataclass(frozen=True)
class FolderScan:
    """The findings of one corpus folder, with paths relative to the corpus."""

    folder: str
    size: int  # bytes of the files read
    findings: tuple[Finding, ...]
    seconds: float


@dataclass
class CheckFigures:
    """What the table prints for one check."""

    counted: dict[str, int] = field(default_factory=dict)  # warnings + errors by folder
    info: dict[str, int] = field(default_factory=dict)  # info findings by folder
    verdicts: Counter = field(default_factory=Counter)  # true/false/debatable/unjudged on MT folders
    defects: int = 0  # "missed" entries of this check
    found: int = 0  # of those, covered by a finding now

    @property
    def precision(self) -> float | None:
        judged = self.verdicts["true"] + self.verdicts["false"]
        return self.verdicts["true"] / judged if judged else None

    @property
    def recall(self) -> float | None:
        return self.found / self.defects if self.defects else None


def corpus_present(corpus: pathlib.Path = CORPUS) -> bool:
    """True when every folder of the corpus is there (tests skip otherwise)."""
    return all((corpus / folder).is_dir() for folder in FOLDERS)


def scan_folder(folder: str, corpus: pathlib.Path = CORPUS) -> FolderScan:
    """Scan one folder as one run with the default configuration."""
    base = corpus / folder
    started = time.perf_counter()
    report = runner.scan(runner.ScanRequest(paths=(str(base),)))
    seconds = time.perf_counter() - started
    size = sum(os.path.getsize(doc.path) for doc in report.documents)
    findings = tuple(_relative(f, corpus) for f in report.findings)
    return FolderScan(folder, size, findings, seconds)


def _relative(finding: Finding, corpus: pathlib.Path) -> Finding:
    path = pathlib.Path(finding.path).resolve().relative_to(corpus.resolve()).as_posix()
    return dataclasses.replace(finding, path=path)


def load_judgments(folder: pathlib.Path = JUDGED) -> list[Judgment]:
    """Every judgment in ``folder/*.jsonl``; a malformed line raises ``ValueError`` naming it."""
    judgments = []
    for file in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            judgments.append(replace(_judgment(json.loads(line), f"{file.name}:{number}"), reading=file.name))
    return judgments


def _judgment(row: dict, where: str) -> Judgment:
    try:
        judgment = Judgment(**row)
    except TypeError as error:
        raise ValueError(f"{where}: {error}") from None
    if judgment.kind not in ("judged", "missed"):
        raise ValueError(f"{where}: kind must be 'judged' or 'missed', not {judgment.kind!r}")
    if judgment.kind == "judged" and judgment.verdict not in VERDICTS:
        raise ValueError(f"{where}: verdict must be one of {sorted(VERDICTS)}, not {judgment.verdict!r}")
    if not judgment.why.strip():
        raise ValueError(f"{where}: say why in 'why'")
    return judgment


def finding_key(finding: Finding) -> tuple[str, int, str, str]:
    """What a judgment is matched on: path, line, check and the text the finding points at."""
    return (finding.path, finding.line, finding.check, finding.text)


def covers(finding: Finding, defect: Judgment) -> bool:
    """True when ``finding`` reports the defect a reader recorded (same place, same check)."""
    if (finding.path, finding.check) != (defect.path, defect.check):
        return False
    if not finding.line <= defect.line <= finding.end_line:
        return False
    return defect.text in finding.text or finding.text in defect.text or defect.text in finding.context


def figures(scans: Sequence[FolderScan], judgments: Iterable[Judgment]) -> dict[str, CheckFigures]:
    """Per check: counts by folder, verdicts of judged findings, defects found."""
    judgments = list(judgments)
    verdict_of = {j.key: j.verdict for j in judgments if j.kind == "judged"}
    table: dict[str, CheckFigures] = defaultdict(CheckFigures)
    mt_findings: list[Finding] = []
    for scan in scans:
        for finding in scan.findings:
            row = table[finding.check]
            bucket = row.info if finding.severity == Severity.INFO else row.counted
            bucket[scan.folder] = bucket.get(scan.folder, 0) + 1
            if scan.folder in MT_FOLDERS:
                mt_findings.append(finding)
                row.verdicts[verdict_of.get(finding_key(finding), "unjudged")] += 1
    found = _found(mt_findings)
    for defect in (j for j in judgments if j.kind == "missed"):
        row = table[defect.check]
        row.defects += 1
        row.found += found(defect)
    return dict(sorted(table.items()))


def _found(findings: Iterable[Finding]) -> Callable[[Judgment], bool]:
    """Whether a defect read is covered by one of ``findings``, looked up by path and check."""
    by_place = defaultdict(list)
    for finding in findings:
        by_place[(finding.path, finding.check)].append(finding)
    return lambda defect: any(covers(f, defect) for f in by_place[(defect.path, defect.check)])


def rate(count: int, size: int) -> float:
    """Findings per 50 KB."""
    return count * PER_BYTES / size if size else 0.0


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def format_table(scans: Sequence[FolderScan], table: dict[str, CheckFigures], checks: Sequence[str] = ()) -> Iterator[str]:
    """The printed table: one row per check, then the totals."""
    sizes = {scan.folder: scan.size for scan in scans}
    head = "".join(f"{folder + ' /50KB':>18}" for folder in sizes)
    yield f"{'check':24}{head}{'info(mt)':>9}{'T/F/D/?':>16}{'precision':>10}{'recall':>11}"
    totals: Counter = Counter()
    for name, row in table.items():
        if checks and name not in checks:
            continue
        cells = "".join(f"{row.counted.get(f, 0):>7} {rate(row.counted.get(f, 0), size):>9.2f}" + " " for f, size in sizes.items())
        info = sum(row.info.get(f, 0) for f in MT_FOLDERS)
        v = row.verdicts
        tfd = f"{v['true']}/{v['false']}/{v['debatable']}/{v['unjudged']}"
        recall = f"{row.found}/{row.defects} {_percent(row.recall)}" if row.defects else "-"
        yield f"{name:24}{cells}{info:>9}{tfd:>16}{_percent(row.precision):>10}{recall:>11}"
        totals.update({f: row.counted.get(f, 0) for f in sizes})
    cells = "".join(f"{totals[f]:>7} {rate(totals[f], size):>9.2f} " for f, size in sizes.items())
    yield f"{'all (warning+error)':24}{cells}"
    yield "  ".join(f"{s.folder}: {s.size / 1000:.0f} KB in {s.seconds:.1f} s" for s in scans)


def unjudged(scans: Sequence[FolderScan], judgments: Iterable[Judgment], checks: Sequence[str] = ()) -> Iterator[str]:
    """JSON Lines for every finding on the MT folders that no judgment covers, ready to fill in."""
    known = {j.key for j in judgments if j.kind == "judged"}
    for scan in scans:
        if scan.folder not in MT_FOLDERS:
            continue
        for f in scan.findings:
            if finding_key(f) in known or (checks and f.check not in checks):
                continue
            row = {"kind": "judged", "path": f.path, "line": f.line, "check": f.check, "text": f.text,
                   "verdict": "", "why": "", "_message": f.message, "_context": f.context}
            yield json.dumps(row, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=pathlib.Path, default=CORPUS)
    parser.add_argument("--check", action="append", default=[], help="only this check (repeatable)")
    parser.add_argument("--folder", action="append", default=[], choices=FOLDERS, help="only this folder")
    parser.add_argument("--unjudged", action="store_true", help="print unjudged MT findings as JSON Lines")
    parser.add_argument("--show-false", action="store_true", help="print findings judged false and defects not found")
    args = parser.parse_args(argv)
    if not corpus_present(args.corpus):
        print(f"{args.corpus}: corpus not found (needs {', '.join(FOLDERS)})", file=sys.stderr)
        return 2
    scans = [scan_folder(folder, args.corpus) for folder in (args.folder or FOLDERS)]
    judgments = load_judgments()
    if args.unjudged:
        for line in unjudged(scans, judgments, args.check):
            print(line)
        return 0
    for line in format_table(scans, figures(scans, judgments), args.check):
        print(line)
    for line in recall_by_reading(scans, judgments, args.check):
        print(line)
    if args.show_false:
        _show_false(scans, judgments, args.check)
    return 0


def recall_by_reading(scans: Sequence[FolderScan], judgments: Iterable[Judgment], checks: Sequence[str] = ()) -> Iterator[str]:
    """Recall of each check on each reading apart, for checks that more than one reading measured: a
    list grown from one reading is measured on another (the table's recall adds them up)."""
    found = _found(f for s in scans if s.folder in MT_FOLDERS for f in s.findings)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for defect in (j for j in judgments if j.kind == "missed" and (not checks or j.check in checks)):
        cell = counts[(defect.check, defect.reading)]
        cell[0] += found(defect)
        cell[1] += 1
    several = {check for check, _ in counts if sum(c == check for c, _ in counts) > 1}
    for (check, reading), (found, total) in sorted(counts.items()):
        if check in several:
            yield f"  recall of {check} on {reading}: {found}/{total} {_percent(found / total)}"


def _show_false(scans: Sequence[FolderScan], judgments: list[Judgment], checks: Sequence[str]) -> None:
    false = {j.key: j for j in judgments if j.kind == "judged" and j.verdict == "false"}
    mt = [f for s in scans if s.folder in MT_FOLDERS for f in s.findings]
    print("\njudged false, still reported:")
    for f in mt:
        if finding_key(f) in false and (not checks or f.check in checks):
            print(f"  {f.path}:{f.line}:{f.column} [{f.check}] {f.text!r}: {false[finding_key(f)].why}")
    print("\ndefects read but not found:")
    for d in judgments:
        if d.kind == "missed" and (not checks or d.check in checks) and not any(covers(f, d) for f in mt):
            print(f"  {d.path}:{d.line} [{d.check}] {d.text!r}: {d.why}")


if __name__ == "__main__":
    raise SystemExit(main())
