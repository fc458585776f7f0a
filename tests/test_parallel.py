"""Many files at once: worker processes, the same output, cross-document checks see everything."""

import dataclasses
import io
import json
import os
import random

import pytest
from click.testing import CliRunner

from conftest import SAMPLE
from l10n_check import ci, engine, parallel
from l10n_check.cli import main
from l10n_check.model import Check, Hit, Severity

FILES = 24


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def drafts(tmp_path):
    """Seeded drafts made of the sample's paragraphs, some with leftovers and suppressions."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").splitlines() if p.strip()]
    rng = random.Random(8)
    for index in range(FILES):
        chosen = rng.sample(paragraphs, 12)
        if index % 5 == 0:
            chosen.insert(0, "<!-- l10n-check: disable-next-line garbled-text -->")
        (tmp_path / f"draft{index:03}.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"a \xff broken")
    return tmp_path


def test_two_processes_give_byte_identical_output_in_every_format(drafts):
    for fmt in ("json", "text", "sarif", "junit"):
        one = run("scan", str(drafts), "-j", "1", "--format", fmt)
        two = run("scan", str(drafts), "-j", "2", "--format", fmt)
        assert one.exit_code == two.exit_code == 2  # the broken file
        assert one.stdout == two.stdout and one.stdout
        assert "broken.txt: not valid UTF-8" in two.stderr


def test_default_jobs_is_the_cpu_count():
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert parallel.default_jobs() == expected


def _pid_check(doc, options, context):
    yield Hit(0, 1, f"pid {os.getpid()}")


def _corpus_check(documents, options, context):
    for doc in documents:
        yield doc, Hit(0, 1, f"saw {len(documents)} documents")


@pytest.fixture
def fake_checks(monkeypatch):
    """A per-document check that tells its process, and a cross-document one that counts documents."""
    @dataclasses.dataclass(frozen=True)
    class Options:
        pass

    per_doc = Check("which-process", "test", Severity.INFO, "doc", Options, run=_pid_check)
    corpus = Check("corpus-count", "test", Severity.INFO, "doc", Options, run_corpus=_corpus_check)
    checks = (per_doc, corpus)
    monkeypatch.setattr(engine, "CHECKS", checks)
    monkeypatch.setattr(engine, "CHECKS_BY_NAME", {c.name: c for c in checks})
    monkeypatch.setattr(engine, "KNOWN_NAMES", frozenset({c.name for c in checks}))
    return checks


def test_documents_run_in_workers_and_corpus_checks_see_every_document(drafts, fake_checks):
    paths = sorted(str(p) for p in drafts.glob("draft*.txt"))
    documents, problems, findings = parallel.lint_paths(paths, engine.Config(), jobs=2)
    assert [d.path for d in documents] == paths and problems == []
    pids = [f.message for f in sorted(findings, key=lambda f: f.path) if f.check == "which-process"]
    # The parent lints the first file (to load lazy data once before forking); workers do the rest
    # (how many of the two got work depends on scheduling).
    assert pids[0] == f"pid {os.getpid()}"
    assert f"pid {os.getpid()}" not in pids[1:] and 1 <= len(set(pids[1:])) <= 2
    assert {f.message for f in findings if f.check == "corpus-count"} == {f"saw {FILES} documents"}


def test_few_files_stay_in_process(drafts, fake_checks):
    paths = sorted(str(p) for p in drafts.glob("draft*.txt"))[:3]
    _, _, findings = parallel.lint_paths(paths, engine.Config(select=("which-process",)), jobs=2)
    assert {f.message for f in findings} == {f"pid {os.getpid()}"}


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_only_for_long_runs():
    with ci.progress_bar(ci.PROGRESS_MIN_FILES, io.StringIO()) as advance:
        assert advance is None
    with ci.progress_bar(ci.PROGRESS_MIN_FILES - 1, Terminal()) as advance:
        assert advance is None
    stream = Terminal()
    with ci.progress_bar(ci.PROGRESS_MIN_FILES, stream) as advance:
        for _ in range(ci.PROGRESS_MIN_FILES):
            advance(1)
    assert "checking" in stream.getvalue() and "100%" in stream.getvalue()


def test_a_scan_through_the_cli_prints_no_progress_when_not_on_a_terminal(drafts):
    result = run("scan", str(drafts), "--format", "json")
    assert "checking" not in result.stderr
    assert json.loads(result.stdout)["summary"]["files_checked"] == FILES


def test_chunks_keep_the_order_and_balance_bytes_not_files(tmp_path):
    sizes = [100] * 30 + [3000] + [100] * 30
    paths = []
    for index, size in enumerate(sizes):
        path = tmp_path / f"d{index:02}.txt"
        path.write_text("a" * size, encoding="utf-8")
        paths.append(str(path))
    chunks = parallel.balanced_chunks(paths, jobs=2)
    assert [p for chunk in chunks for p in chunk] == paths
    big = next(chunk for chunk in chunks if str(tmp_path / "d30.txt") in chunk)
    # 9,000 bytes for 16 chunks: about 560 bytes each, so the 3,000-byte draft is a chunk alone
    # and the small ones go six to a chunk.
    assert big == [str(tmp_path / "d30.txt")]
    assert max(len(chunk) for chunk in chunks) == 6 and len(chunks) == 11
    assert parallel.balanced_chunks([str(tmp_path / "missing.txt")], jobs=2) == [[str(tmp_path / "missing.txt")]]


def test_what_the_parent_loaded_is_frozen_for_the_workers_and_thawed_after(drafts, monkeypatch):
    """The parent hides its loaded data from the collector while workers run (their collections
    would walk it and copy its pages), and gives it back when they are done."""
    import gc

    frozen_while_working = []
    real_chunks = parallel.balanced_chunks

    def chunks(paths, jobs):
        frozen_while_working.append(gc.get_freeze_count())
        return real_chunks(paths, jobs)

    monkeypatch.setattr(parallel, "balanced_chunks", chunks)
    paths = sorted(str(p) for p in drafts.glob("draft*.txt"))
    before = gc.get_freeze_count()
    documents, _, _ = parallel.lint_paths(paths, engine.Config(), jobs=2)
    assert len(documents) == len(paths)
    assert frozen_while_working and frozen_while_working[0] > before
    assert gc.get_freeze_count() == before
