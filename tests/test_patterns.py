"""Compiled patterns kept between runs: reused when present, never trusted beyond regex patterns."""

import os
import pickle
import subprocess
import sys

import pytest

from l10n_check import cache, patterns

# A child process compiles two patterns and says how many it took from the cache file.
CHILD = (
    "import regex\n"
    "from l10n_check import patterns\n"
    "a = patterns.compile(r'(?<!\\p{L})\\p{Han}{2,4}', regex.V1)\n"
    "b = patterns.compile(r'colou?r', regex.I)\n"
    "assert a.search('x 钉钉 y').group() == '钉钉' and b.fullmatch('COLOR')\n"
    "print(2 - len(patterns._added))\n"
)


def run_child(directory):
    env = {**os.environ, cache.ENV: str(directory)}
    return subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_a_second_run_takes_its_patterns_from_the_file_the_first_wrote(tmp_path):
    assert run_child(tmp_path) == "0"
    assert run_child(tmp_path) == "2"
    assert [p.name for p in tmp_path.iterdir()] == [patterns.path().name]


class Boom:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


@pytest.mark.parametrize("content", [b"", b"\x80\x05garbage", pickle.dumps({("x", 0): Boom()}), pickle.dumps(["not", "a", "dict"])])
def test_a_damaged_or_foreign_file_is_ignored_and_runs_nothing(tmp_path, monkeypatch, content):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    patterns.path().write_bytes(content)
    assert run_child(tmp_path) == "0"  # compiled afresh
    assert not (tmp_path / "pwned").exists()
    assert run_child(tmp_path) == "2"  # and the file was rewritten whole


def test_an_unwritable_cache_directory_only_means_compiling(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory would be")
    assert run_child(blocker / "cache") == "0"
    assert run_child(blocker / "cache") == "0"


def test_patterns_from_the_cache_match_as_compiled_ones(tmp_path, monkeypatch):
    import regex

    monkeypatch.setenv(cache.ENV, str(tmp_path))
    source = r"(?<![A-Za-z])(\d{1,3}(?:,\d{3})+|\d+)(?:\s?(thousand|million))?"
    compiled = regex.compile(source, regex.I)
    patterns.path().write_bytes(pickle.dumps({(source, int(regex.I)): compiled}))
    loaded = patterns._read(patterns.path())[(source, int(regex.I))]
    text = "1,200 MILLION and 7 thousand, 42"
    assert [m.groups() for m in loaded.finditer(text)] == [m.groups() for m in compiled.finditer(text)]
