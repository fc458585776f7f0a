"""The on-disk table cache: built once, read after, rebuilt when stale or damaged, never required."""

import subprocess
import sys

import pytest

from l10n_check import cache

ROWS = [("钉钉", "Dingding\nDingTalk"), ("a", "1"), ("b", "")]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting(rows):
    calls = []

    def build():
        calls.append(1)
        return iter(rows)

    return build, calls


def test_a_table_is_built_once_and_then_read_from_disk(cache_dir):
    build, calls = counting(ROWS)
    first = cache.table("words", cache.fingerprint(b"v1"), build)
    second = cache.table("words", cache.fingerprint(b"v1"), build)
    assert len(calls) == 1 and second.path == first.path and first.path.parent == cache_dir
    assert second.get("钉钉") == "Dingding\nDingTalk" and second.get("b") == "" and second.get("zz") is None
    assert second.get("zz", "none") == "none"
    assert [p.name for p in cache_dir.iterdir()] == [first.path.name]  # no temporary file left behind


def test_changed_source_data_makes_a_new_table(cache_dir):
    cache.table("words", cache.fingerprint(b"v1"), counting(ROWS)[0])
    newer = cache.table("words", cache.fingerprint(b"v2"), counting([("a", "2")])[0])
    assert newer.get("a") == "2" and cache.__version__ in newer.path.name


def test_writing_a_table_removes_its_files_of_other_versions_left_unwritten_for_a_month(cache_dir):
    import os
    import time

    old = cache.table("words", cache.fingerprint(b"v1"), counting(ROWS)[0]).path
    recent = cache.table("words", cache.fingerprint(b"v2"), counting(ROWS)[0]).path
    other_table = cache.table("words-latin", cache.fingerprint(b"v1"), counting(ROWS)[0]).path
    month_ago = time.time() - (cache.STALE_DAYS + 1) * 86400
    for path in (old, other_table):
        os.utime(path, (month_ago, month_ago))
    newest = cache.table("words", cache.fingerprint(b"v3"), counting(ROWS)[0]).path
    assert not old.exists()  # the same table, another version, a month old
    assert recent.exists() and newest.exists()  # written lately: perhaps another version in use
    assert other_table.exists()  # another table is not this one's to remove


@pytest.mark.parametrize("damage", [b"", b"not a database at all" * 100])
def test_a_damaged_or_truncated_file_is_rebuilt(cache_dir, damage):
    table = cache.table("words", "x", counting(ROWS)[0])
    table.path.write_bytes(damage)
    build, calls = counting(ROWS)
    again = cache.table("words", "x", build)
    assert calls and again.get("a") == "1"


def test_a_table_missing_its_completion_mark_is_rebuilt(cache_dir):
    import sqlite3

    table = cache.table("words", "x", counting(ROWS)[0])
    with sqlite3.connect(table.path) as connection:
        connection.execute("DELETE FROM t WHERE k = ?", (cache._COMPLETE,))
    connection.close()
    build, calls = counting(ROWS)
    assert cache.table("words", "x", build).get("a") == "1" and calls


def test_an_unwritable_cache_directory_keeps_the_table_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory would be")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))
    table = cache.table("words", "x", counting(ROWS)[0])
    assert table.path is None and table.get("钉钉") == "Dingding\nDingTalk" and table.get("zz") is None


def test_the_directory_follows_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.directory() == tmp_path / "l10n-check"


def test_two_processes_building_the_same_table_at_once_both_read_it_whole(cache_dir):
    code = (
        "from l10n_check import cache\n"
        "t = cache.table('many', 'x', lambda: ((str(i), str(i * i)) for i in range(200_000)))\n"
        "assert t.get('199999') == str(199999 ** 2), t.get('199999')\n"
    )
    env = {"PATH": "", cache.ENV: str(cache_dir)}
    runs = [subprocess.Popen([sys.executable, "-c", code], env=env) for _ in range(2)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    assert [p.name for p in cache_dir.iterdir()] == [f"many-{cache.__version__}-x.sqlite"]


SHARED = {}


def look_up_shared(key):
    return SHARED["table"].get(key)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_worker_process_opens_its_own_connection(cache_dir, method):
    import multiprocessing

    table = SHARED["table"] = cache.table("words", "x", counting(ROWS)[0])
    assert table.get("a") == "1"  # the parent's connection is open before the fork
    with multiprocessing.get_context(method).Pool(1) as pool:
        if method == "fork":  # inherited as it was in the parent
            assert pool.apply(look_up_shared, ("钉钉",)) == "Dingding\nDingTalk"
        else:  # pickled, without its connection
            assert pool.apply(table.get, ("钉钉",)) == "Dingding\nDingTalk"


ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]


def scan(cache_directory, *arguments):
    import os

    env = {**os.environ, cache.ENV: str(cache_directory)}
    command = [sys.executable, "-m", "l10n_check", "scan", "-j", "1", *arguments]
    return subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_with_an_unwritable_cache_the_sample_gives_the_golden_output(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    result = scan(blocker / "cache", "tests/fixtures/sample_interview.txt")
    assert result.stdout == (ROOT / "tests/fixtures/sample_interview.expected.txt").read_text(encoding="utf-8")
    assert result.returncode == 1 and result.stderr == ""


def test_an_english_draft_never_opens_the_chinese_tables(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("# Notes\n\nThe exchange opened a new office in London. Its users trade every day.\n", encoding="utf-8")
    result = scan(tmp_path / "cache", str(draft))
    assert result.returncode == 0, result.stderr
    built = sorted(p.name.split("-0")[0] for p in (tmp_path / "cache").glob("*.sqlite"))
    assert not {"cedict", "pinyin-words", "pinyin-tones", "names-pinyin"} & set(built)


def test_a_files_hash_is_remembered_by_its_size_and_time_and_redone_when_they_change(cache_dir, tmp_path, monkeypatch):
    import os

    data = tmp_path / "data.tsv"
    data.write_text("a\t1\n")
    first = cache.file_fingerprint(data)
    assert first == cache.fingerprint(b"a\t1\n")
    monkeypatch.setattr(cache, "_stamp_memo", None)  # a new run: the memo is read from disk
    monkeypatch.setattr(type(data), "read_bytes", lambda self: pytest.fail("an unchanged file was read again"))
    assert cache.file_fingerprint(data) == first
    monkeypatch.undo()
    monkeypatch.setenv(cache.ENV, str(cache_dir))
    data.write_text("b\t1\n")  # same size
    os.utime(data, ns=(data.stat().st_atime_ns, data.stat().st_mtime_ns + 1_000_000_000))
    assert cache.file_fingerprint(data) == cache.fingerprint(b"b\t1\n") != first


VALUE = ({"键": [1, 2]}, [[{}, None, True, "run"]], ("a", 1.5))


def counted(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def is_value(value):
    return isinstance(value, tuple) and len(value) == 3


def test_a_stored_value_is_built_once_and_then_read_from_disk_as_it_was(cache_dir):
    build, calls = counted(VALUE)
    first = cache.stored("index", cache.fingerprint(b"v1"), build, is_value)
    second = cache.stored("index", cache.fingerprint(b"v1"), build, is_value)
    assert first == second == VALUE and len(calls) == 1
    assert [p.suffix for p in cache_dir.iterdir()] == [".marshal"]  # no temporary file left behind
    cache.stored("index", cache.fingerprint(b"v2"), build, is_value)  # other data: built again
    assert len(calls) == 2


def test_a_damaged_or_foreign_stored_value_is_built_again(cache_dir):
    build, calls = counted(VALUE)
    cache.stored("index", "x", build, is_value)
    (stored,) = cache_dir.iterdir()
    stored.write_bytes(stored.read_bytes()[:20])  # cut short
    assert cache.stored("index", "x", build, is_value) == VALUE and len(calls) == 2
    import marshal

    stored.write_bytes(marshal.dumps(["not", "the", "shape"]))
    assert cache.stored("index", "x", build, is_value) == VALUE and len(calls) == 3


def test_an_unwritable_cache_directory_means_building_the_value_every_run(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))
    build, calls = counted(VALUE)
    assert cache.stored("index", "x", build, is_value) == cache.stored("index", "x", build, is_value) == VALUE
    assert len(calls) == 2


def test_a_whole_table_is_read_through_the_connection_that_found_it_whole(cache_dir, monkeypatch):
    cache.table("words", "x", counting(ROWS)[0])
    opened = []
    real_open = cache._open
    monkeypatch.setattr(cache, "_open", lambda path: opened.append(path) or real_open(path))
    table = cache.table("words", "x", counting(ROWS)[0])
    assert table.get("a") == "1" and table.get("钉钉") == "Dingding\nDingTalk"
    assert len(opened) == 1
