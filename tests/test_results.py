"""``--cache``: a file unchanged since an earlier run with the same settings is not checked again,
and the output is the same, byte for byte; anything that could change its findings is a new entry."""

import json
import os
import pickle
import random
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, SAMPLE
from l10n_check import cache, engine, parallel, results
from l10n_check.cli import main
from l10n_check.readers import parse


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(directory))
    return directory


@pytest.fixture
def drafts(tmp_path):
    """Seeded drafts of the sample's paragraphs: names and terms repeat across them."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").splitlines() if p.strip()]
    rng = random.Random(15)
    for index in range(10):
        (folder / f"d{index}.txt").write_text("\n\n".join(rng.sample(paragraphs, 10)) + "\n", encoding="utf-8")
    (folder / "d0.txt").write_text("<!-- l10n-check: disable-next-line -->\na整理稿 here\nand b干货 there\n", encoding="utf-8")
    return folder


def scan(*args: str):
    return CliRunner().invoke(main, ["scan", "--format", "json", *args])


def count_document_runs(monkeypatch) -> list[int]:
    """A list that grows by one each time the per-document checks run on a file."""
    calls: list[int] = []
    original = engine.run_checks

    def counting(documents, config, resources=None, scope="all", facts=None):
        if scope == "document":
            calls.append(len(documents))
        return original(documents, config, resources, scope=scope, facts=facts)

    monkeypatch.setattr(engine, "run_checks", counting)
    return calls


def test_a_second_run_reuses_every_file_and_prints_the_same_bytes(cache_dir, drafts, monkeypatch):
    plain = scan(str(drafts), "-j", "1")
    first = scan(str(drafts), "-j", "1", "--cache")
    calls = count_document_runs(monkeypatch)
    second = scan(str(drafts), "-j", "1", "--cache")
    assert plain.exit_code == first.exit_code == second.exit_code == 1
    assert plain.stdout == first.stdout == second.stdout
    assert calls == []  # no file was checked again
    assert "10 of 10 files unchanged" in second.stderr and "0 of 10 files unchanged" in first.stderr
    fragments = [f for f in json.loads(second.stdout)["findings"] if f["check"] == "untranslated-fragment"]
    assert [(Path(f["path"]).name, f["line"]) for f in fragments] == [("d0.txt", 3)]  # line 2 suppressed


def test_an_edited_file_is_checked_again_and_only_that_one(cache_dir, drafts, monkeypatch):
    scan(str(drafts), "-j", "1", "--cache")
    edited = drafts / "d3.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe 赛道 is new.\n", encoding="utf-8")
    calls = count_document_runs(monkeypatch)
    cached = scan(str(drafts), "-j", "1", "--cache")
    monkeypatch.undo()
    fresh = scan(str(drafts), "-j", "1")
    assert calls == [1]
    assert cached.stdout == fresh.stdout and "赛道" in cached.stdout
    assert "9 of 10 files unchanged" in cached.stderr and "unchanged" not in fresh.stderr


def test_without_the_option_nothing_is_kept(cache_dir, drafts):
    scan(str(drafts), "-j", "1")
    assert not (cache_dir / results.FOLDER).exists()


def test_the_setting_in_a_config_file_turns_it_on(cache_dir, drafts, tmp_path, monkeypatch):
    (tmp_path / ".l10n-check.toml").write_text("cache = true\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    scan(str(drafts), "-j", "1")
    assert list((cache_dir / results.FOLDER).rglob("*/*/*"))
    assert scan(str(drafts), "-j", "1", "--no-cache").exit_code == 1


def test_two_processes_read_and_write_the_same_entries(cache_dir, drafts):
    one = scan(str(drafts), "-j", "1")
    filled = scan(str(drafts), "-j", "2", "--cache")
    reused = scan(str(drafts), "-j", "2", "--cache")
    assert one.stdout == filled.stdout == reused.stdout


def fingerprint(values=None, checks=None) -> str:
    base = {"source-lang": "zh", "target-lang": "en", "select": (), "format": "text"}
    return results.run_fingerprint({**base, **(values or {})}, checks or {})


def test_settings_that_reach_the_checks_make_another_run(cache_dir):
    assert fingerprint() == fingerprint()
    assert fingerprint({"target-lang": "fr"}) != fingerprint()
    assert fingerprint({"select": ("calque",)}) != fingerprint()
    assert fingerprint(checks={"term-variant": {"min-count": 3}}) != fingerprint()


def test_output_settings_do_not(cache_dir):
    assert fingerprint({"format": "sarif", "jobs": 4, "fail-on": "never", "html": "", "cache": True}) == fingerprint()


def test_the_order_settings_were_written_in_does_not(cache_dir):
    a = fingerprint(checks={"acronym": {"severity": "info"}, "calque": {"enabled": False}})
    b = fingerprint(checks={"calque": {"enabled": False}, "acronym": {"severity": "info"}})
    assert a == b


def test_a_file_the_settings_name_counts_by_its_contents(cache_dir, tmp_path):
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("source,target\n赛道,sector\n", encoding="utf-8")
    before = fingerprint({"glossary": (str(glossary),)})
    assert fingerprint({"glossary": (str(glossary),)}) == before
    glossary.write_text("source,target\n赛道,track\n", encoding="utf-8")
    os.utime(glossary, (time.time() + 5, time.time() + 5))  # a new stamp, as a later save has
    assert fingerprint({"glossary": (str(glossary),)}) != before


def test_a_change_to_the_package_makes_another_run(cache_dir, monkeypatch, tmp_path):
    extra = tmp_path / "pretend_module.py"
    extra.write_text("x = 1\n", encoding="utf-8")
    before = fingerprint()
    monkeypatch.setattr(results, "_package_files", lambda original=results._package_files: [*original(), extra])
    assert fingerprint() != before


def store(tmp_path) -> tuple[results.ResultCache, object]:
    doc = parse("a.txt", "Our partner a整理稿 here.\n", "zh", "en")
    return results.ResultCache(str(tmp_path / "entries"), "run" * 8), doc


def test_an_entry_is_found_by_the_text_and_path_only(tmp_path):
    store_, doc = store(tmp_path)
    work = parallel.Work(engine.Config(), {}, results=store_)
    computed = parallel.check_document(doc, work)
    assert store_.get(store_.key(doc)) == (computed[0], computed[1])
    assert store_.get(store_.key(parse("a.txt", "Our partner a整理稿 here!\n", "zh", "en"))) is None
    assert store_.get(store_.key(parse("b.txt", doc.text, "zh", "en"))) is None


@pytest.mark.parametrize("path", [SAMPLE, *sorted((CORPUS / "mt-docs").glob("*.md"))[:8]], ids=lambda p: p.name)
def test_every_kind_of_fact_a_check_hands_on_is_read_back(tmp_path, path):
    """A record type a check's facts hold that the loader refused would make every file a miss, silently."""
    if not path.exists():
        pytest.skip(f"{path} not found")
    store_ = results.ResultCache(str(tmp_path / "entries"), "run" * 8)
    doc = parse(path.name, path.read_text(encoding="utf-8"), "zh", "en")
    work = parallel.Work(engine.Config(), {}, results=store_)
    computed = parallel.check_document(doc, work)
    assert computed[1], "no facts: the test would prove nothing"
    assert store_.get(store_.key(doc)) == computed


def test_a_damaged_entry_is_a_miss_not_an_error(tmp_path):
    store_, doc = store(tmp_path)
    store_.put(store_.key(doc), [], {})
    (entry,) = Path(store_.directory).rglob(store_.key(doc))
    entry.write_bytes(entry.read_bytes()[:20])
    assert store_.get(store_.key(doc)) is None


class _Planted:
    """What an attacker's entry would do when read: call a function of their choosing."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self):
        return (os.makedirs, (str(self.path),))


def test_an_entry_that_would_call_a_function_is_refused_unread(tmp_path):
    store_, doc = store(tmp_path)
    store_.put(store_.key(doc), [], {})
    (entry,) = Path(store_.directory).rglob(store_.key(doc))
    planted = tmp_path / "planted-by-the-entry"
    entry.write_bytes(pickle.dumps((store_.key(doc), ([], {"x": _Planted(planted)}))))
    assert store_.get(store_.key(doc)) is None
    assert not planted.exists()


def test_an_unwritable_directory_means_no_cache_and_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    store_ = results.ResultCache(str(blocker / "entries"), "run" * 8)
    doc = parse("a.txt", "a整理稿\n", "zh", "en")
    store_.put(store_.key(doc), [], {})
    assert store_.get(store_.key(doc)) is None
    store_.tidy()


def test_tidying_removes_entries_unused_for_long_once_a_day(tmp_path):
    store_, doc = store(tmp_path)
    other = results.ResultCache(store_.directory, "other" * 5)
    store_.put(store_.key(doc), [], {})
    other.put(other.key(doc), [], {})
    (old,) = Path(other.directory).rglob(other.key(doc))
    long_ago = time.time() - (results.STALE_DAYS + 1) * 86400
    os.utime(old, (long_ago, long_ago))
    store_.tidy()
    assert store_.get(store_.key(doc)) is not None and other.get(other.key(doc)) is None
    assert not (Path(other.directory) / other.run[:16]).exists()  # its emptied folder too
    other.put(other.key(doc), [], {})
    (again,) = Path(other.directory).rglob(other.key(doc))
    os.utime(again, (long_ago, long_ago))
    store_.tidy()  # tidied today already: nothing read
    assert again.exists()


def test_with_workers_a_rerun_checks_the_changed_draft_here_and_starts_no_worker(cache_dir, drafts, monkeypatch):
    scan(str(drafts), "-j", "2", "--cache")
    edited = drafts / "d5.txt"
    edited.write_text("Zhang Wei met 张伟.\n" + edited.read_text(encoding="utf-8"), encoding="utf-8")
    calls = count_document_runs(monkeypatch)  # counts only in this process: a worker's calls are not seen
    monkeypatch.setattr(parallel, "_pooled", lambda *args: pytest.fail("workers started for one changed draft"))
    cached = scan(str(drafts), "-j", "2", "--cache")
    monkeypatch.undo()
    assert calls == [1]
    assert cached.stdout == scan(str(drafts), "-j", "1").stdout
    assert "9 of 10 files unchanged" in cached.stderr
