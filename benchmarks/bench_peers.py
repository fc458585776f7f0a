"""l10n-check's speed next to its peers, on the same inputs, in one run: the table of issue 15.

    python benchmarks/bench_peers.py [--baseline DIR ...] [--skip-peers] [--rounds 1]

Every tool runs as a whole process, as a user runs it, and is timed by wall clock, with its CPU
time (user + system, its workers included: what other load on the machine moves least) and its peak
memory (the largest process of its tree) read from the kernel. The work:

- the 28 KB sample, all checks;
- a 1 MB draft: 36 copies of the sample in one file;
- 10 MB in 357 copies of the sample, ``-j 1`` and ``-j 2``;
- one 10 MB Markdown paragraph written one sentence a line (one CommonMark paragraph);
- the 35,352-entry catalog of ``../shared/corpus/``.
- the 10 MB and the catalog again with ``--cache`` after a first run filled it (files unchanged):
  what CI and a reviewer re-running a scan wait for; checked to print the same bytes as without.

The peers: textlint with textlint-rule-prh and 50 spelling rules (from npm: installed by this script
into ``~/.cache/l10n-check/textlint/`` when missing) on the drafts; a bare regex scan for runs of
foreign script (the least any untranslated-text check must do: read, decode, one regex) on the
drafts; ``msgfmt -c`` on the catalog (the floor: it parses and checks format strings only).

``--baseline DIR`` (repeatable) also times the l10n-check of another checkout (an export of an
earlier commit) on the same inputs, a column each; it runs with this interpreter and ``DIR`` first on
``PYTHONPATH``. Other processes on the machine slow every tool alike; the load average is printed.

Each checkout's modules are compiled to bytecode first, as ``pip install`` does: with
``PYTHONDONTWRITEBYTECODE`` set (as in some CI and sandboxes) and no ``__pycache__``, every run
would compile all of the package's modules from source again, about 0.15 s of the sample's time.
``--source`` leaves that out and times that case.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "fixtures" / "sample_interview.txt"
CATALOG = ROOT.parent / "shared" / "corpus" / "large_python-docs-zh-cn-3.13_library_msgcat.po"
TEXTLINT_HOME = pathlib.Path.home() / ".cache" / "l10n-check" / "textlint"
TEXTLINT_PACKAGES = ("textlint@15", "textlint-rule-prh@6")

# Spellings a technical English style guide fixes: prh's usual rule, a fixed form and the wrong
# forms around it. Fifty of them, as a team's dictionary would hold.
PRH_EXPECTED = (
    "JavaScript TypeScript GitHub GitLab PostgreSQL MySQL SQLite MongoDB Redis Kubernetes Docker "
    "Node.js npm macOS iOS iPadOS Android Linux Ubuntu Debian Windows WebAssembly WebSocket OAuth "
    "OpenAI ChatGPT YouTube LinkedIn WhatsApp WeChat TikTok PayPal Bitcoin Ethereum Solana DeFi NFT "
    "blockchain Wi-Fi Bluetooth email e-commerce website login online offline smartphone "
    "cybersecurity metadata dataset"
).split()

# The regex peer: read every file, decode it, find every run of letters outside Latin.
REGEX_SCAN = r"""
import pathlib, sys, regex
run = regex.compile(r"[\p{L}--[\p{Latin}\p{Common}\p{Inherited}]]+", regex.V1)
count = 0
for name in sys.argv[1:]:
    path = pathlib.Path(name)
    for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
        if file.is_file():
            count += len(run.findall(file.read_text(encoding="utf-8")))
print(count)
"""


@dataclass(frozen=True)
class Timing:
    """A whole process: wall seconds, the peak memory of its largest process in MB, and a digest
    of what it printed (two checkouts that print the same give the same digest)."""

    seconds: float
    megabytes: float
    digest: str = ""
    cpu: float = 0.0  # user + system seconds of the process and its children: less moved by other load


def timed(command: list[str], env: dict[str, str] | None = None, cwd: pathlib.Path = ROOT) -> Timing:
    """Run ``command`` to its end; a failure (exit > 1) stops the benchmark."""
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.PIPE)
        stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command[:4])} failed ({process.returncode}): {stderr[-800:]}")
        output.seek(0)
        digest = hashlib.sha256(output.read()).hexdigest()[:12]
    return Timing(elapsed, usage.ru_maxrss / 1024, digest, usage.ru_utime + usage.ru_stime)


def best(command: list[str], rounds: int, root: pathlib.Path = ROOT) -> Timing:
    """The fastest of ``rounds`` runs in ``root`` (the least disturbed by the rest of the machine)."""
    return min((timed(command, checkout(root), root) for _ in range(rounds)), key=lambda t: t.seconds)


def build_inputs(directory: pathlib.Path) -> dict[str, pathlib.Path]:
    """The drafts of the table, written under ``directory``."""
    sample = SAMPLE.read_text(encoding="utf-8")
    one = directory / "sample.txt"
    one.write_text(sample, encoding="utf-8")
    mega = directory / "draft-1mb.txt"
    mega.write_text("\n".join([sample] * 36), encoding="utf-8")
    many = directory / "drafts-10mb"
    many.mkdir()
    for index in range(357):
        (many / f"draft{index:03}.txt").write_text(sample, encoding="utf-8")
    paragraph = directory / "paragraph-10mb.md"
    paragraph.write_text(one_paragraph(sample, 10_000_000), encoding="utf-8")
    return {"sample": one, "1mb": mega, "10mb": many, "paragraph": paragraph}


def one_paragraph(sample: str, size: int) -> str:
    """The sample's prose, one sentence a line, no blank line: Markdown reads one paragraph."""
    from_lines = [line.strip() for line in sample.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    lines, total = [], 0
    while total < size:
        for line in from_lines:
            lines.append(line)
            total += len(line.encode("utf-8")) + 1
            if total >= size:
                break
    return "\n".join(lines) + "\n"


RERUN = "rerun with --cache, files unchanged:"


def l10n_check(path: pathlib.Path, jobs: int) -> list[str]:
    """The command line of a user's scan of ``path`` (all checks, JSON output)."""
    return [sys.executable, "-m", "l10n_check", "scan", str(path), "--format", "json", "-j", str(jobs)]


def checkout(root: pathlib.Path) -> dict[str, str]:
    """This environment with ``root`` first on PYTHONPATH: its l10n_check package is the one run
    (the command also runs in ``root``, which ``python -m`` puts first)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH", "")]))
    return env


def textlint_command(config: pathlib.Path, path: pathlib.Path) -> list[str] | None:
    """textlint with prh on ``path``, installing both into the cache folder when missing."""
    executable = TEXTLINT_HOME / "node_modules" / ".bin" / "textlint"
    if not executable.exists():
        if shutil.which("npm") is None:
            return None
        TEXTLINT_HOME.mkdir(parents=True, exist_ok=True)
        print(f"installing textlint and textlint-rule-prh into {TEXTLINT_HOME} ...", file=sys.stderr)
        subprocess.run(["npm", "install", "--prefix", str(TEXTLINT_HOME), "--no-audit", "--no-fund", "--silent",
                        *TEXTLINT_PACKAGES], check=True)
    return [str(executable), "--config", str(config), "--format", "json", str(path)]


def textlint_config(directory: pathlib.Path) -> pathlib.Path:
    """A .textlintrc.json with prh and its 50 rules, written under ``directory``."""
    rules = ["version: 1", "rules:"]
    for expected in PRH_EXPECTED:
        rules += [f"  - expected: {expected}", "    options:", "      wordBoundary: true"]
    prh = directory / "prh.yml"
    prh.write_text("\n".join(rules) + "\n", encoding="utf-8")
    config = directory / ".textlintrc.json"
    config.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(prh)]}}}), encoding="utf-8")
    return config


@dataclass(frozen=True)
class Row:
    """One line of the table: the work, its size, and each tool's timing (None: not run)."""

    work: str
    megabytes: float
    now: Timing
    before: tuple[Timing, ...]  # one per baseline, in the order given
    peer: tuple[str, Timing] | None
    goal: str


def cell(timing: Timing | None, megabytes: float) -> str:
    if timing is None:
        return "—"
    rate = f", {megabytes / timing.seconds:.2f} MB/s" if megabytes >= 1 else ""
    cpu = f" (CPU {timing.cpu:.2f} s)" if timing.cpu else ""
    return f"{timing.seconds:.2f} s{cpu}{rate}, {timing.megabytes:.0f} MB"


def print_table(rows: list[Row], names: list[str]) -> None:
    """The issue's table in Markdown, with the ratio of l10n-check's time to the peer's."""
    baselines = "".join(f" l10n-check {name} |" for name in names)
    print(f"| work |{baselines} l10n-check now | peer in the same run | now / peer | goal |")
    print("|---|" + "---:|" * (len(names) + 4))
    for row in rows:
        peer = f"{row.peer[0]}: {cell(row.peer[1], row.megabytes)}" if row.peer else ""
        ratio = f"{row.now.seconds / row.peer[1].seconds:.2f}×" if row.peer else ""
        before = "".join(f" {cell(timing, row.megabytes)} |" for timing in row.before) or " — |" * len(names)
        print(f"| {row.work} |{before} {cell(row.now, row.megabytes)} | {peer} | {ratio} | {row.goal} |")


def size_mb(path: pathlib.Path) -> float:
    files = path.rglob("*") if path.is_dir() else [path]
    return sum(f.stat().st_size for f in files if f.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=pathlib.Path, action="append", default=[],
                        help="another checkout to time on the same inputs (repeatable)")
    parser.add_argument("--skip-peers", action="store_true", help="time l10n-check only")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each command; the fastest counts")
    parser.add_argument("--source", action="store_true", help="do not compile the checkouts' bytecode first")
    args = parser.parse_args()
    if not args.source:
        compile_bytecode([ROOT, *args.baseline])
    print(f"CPUs: {len(os.sched_getaffinity(0))}; load average before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as temporary:
        directory = pathlib.Path(temporary)
        inputs = build_inputs(directory)
        config = textlint_config(directory)
        rows = []
        work = [
            ("the 28 KB sample, all checks", inputs["sample"], 1, "textlint", "≤ 0.4 s, ≤ 120 MB"),
            ("a 1 MB draft (36 samples)", inputs["1mb"], 1, "textlint", "≤ 0.5 s"),
            ("10 MB in 357 copies of the sample, -j 1", inputs["10mb"], 1, "regex", "≥ 10 MB/s, ≤ 200 MB"),
            ("same, -j 2", inputs["10mb"], 2, None, "≥ 1.8× of -j 1"),
            ("one 10 MB Markdown paragraph, a sentence a line", inputs["paragraph"], 1, "regex", "MB/s of many drafts"),
            ("the 35,352-entry catalog", CATALOG, 1, "msgfmt", "≤ 1.5 s"),
            # A rerun with --cache on unchanged files (CI on a repository where one draft changed,
            # a reviewer re-running after a fix): the first run fills the cache, untimed.
            (f"{RERUN} 10 MB, -j 1", inputs["10mb"], 1, None, "(not a goal of the issue)"),
            (f"{RERUN} catalog", CATALOG, 1, None, "(not a goal of the issue)"),
        ]
        for title, path, jobs, peer_name, goal in work:
            if not path.exists():
                print(f"skipped: {path} not found", file=sys.stderr)
                continue
            command = l10n_check(path, jobs)
            if title.startswith(RERUN):  # older checkouts have no --cache: timed now only
                command.append("--cache")
                timed(command, checkout(ROOT))
            now = best(command, args.rounds)
            before = () if title.startswith(RERUN) else tuple(best(command, args.rounds, root) for root in args.baseline)
            peer = None if args.skip_peers else run_peer(peer_name, path, config, args.rounds)
            rows.append(Row(title, size_mb(path), now, before, peer, goal))
            print(f"  done: {title}", file=sys.stderr)
        by_work = {row.work: row for row in rows}
        print_table(rows, [root.name for root in args.baseline])
        if args.baseline:
            same = all(timing.digest == row.now.digest for row in rows for timing in row.before)
            print(f"\noutput of every row byte-identical to every baseline's: {same}")
        for cold, warm in ((work[2][0], work[6][0]), (work[5][0], work[7][0])):
            if cold in by_work and warm in by_work:
                same = by_work[cold].now.digest == by_work[warm].now.digest
                print(f"\n{warm[len(RERUN):].strip()} rerun's output byte-identical to the run without --cache: {same}")
        serial, parallel = by_work.get(work[2][0]), by_work.get(work[3][0])
        if serial and parallel:
            print(f"\n-j 2 speed-up: {serial.now.seconds / parallel.now.seconds:.2f}× "
                  f"(output byte-identical to -j 1's: {serial.now.digest == parallel.now.digest})")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def compile_bytecode(roots: list[pathlib.Path]) -> None:
    """Each checkout's package compiled into its ``__pycache__`` (ignored by git), as an install
    compiles it: the runs then time l10n-check, not Python compiling its source."""
    import compileall

    for root in roots:
        compileall.compile_dir(root / "l10n_check", quiet=1)
    print(f"bytecode compiled for {len(roots)} checkout(s), as pip install does (--source: without)", file=sys.stderr)


def run_peer(name: str | None, path: pathlib.Path, config: pathlib.Path, rounds: int) -> tuple[str, Timing] | None:
    """The peer's timing on ``path``: textlint + prh, the bare regex scan, or ``msgfmt -c``."""
    if name == "textlint":
        command = textlint_command(config, path)
        return ("textlint + prh", best(command, rounds)) if command else None
    if name == "regex":
        return "bare regex scan", best([sys.executable, "-c", REGEX_SCAN, str(path)], rounds)
    if name == "msgfmt" and shutil.which("msgfmt"):
        return "msgfmt -c", best(["msgfmt", "-c", "-o", os.devnull, str(path)], rounds)
    return None


if __name__ == "__main__":
    main()
