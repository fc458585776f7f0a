"""Never silent, never stuck: every file named or found is checked, or the run says why and how.

Tests that would hang on a regression (FIFOs) run under an alarm that fails them instead.
"""

from __future__ import annotations

import json
import os
import signal
import sys

import pytest
from click.testing import CliRunner

from conftest import SAMPLE
from l10n_check import engine, files
from l10n_check.cli import main
from l10n_check.readers import Problem, ReadOptions, decode, discover, read_path

WITH_FINDING = "A好 word.\n"  # one untranslated-fragment at 1:2


def run(*args, **kwargs):
    return CliRunner().invoke(main, [str(arg) for arg in args], **kwargs)


@pytest.fixture
def no_hang():
    """Fail, rather than hang, a test that blocks for more than 20 seconds."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(*_):
        raise TimeoutError("blocked: a read that should have been refused waited forever")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def positions(result):
    return [(f["path"].rsplit("/", 1)[-1], f["line"], f["column"]) for f in json.loads(result.stdout)["findings"]]


# -- encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_draft_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path, codec):
    draft = tmp_path / "d.txt"
    data = ("First line.\r\n" + WITH_FINDING).encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    draft.write_bytes(data)
    result = run("scan", draft, "--format", "json")
    assert result.exit_code == 1 and positions(result) == [("d.txt", 2, 2)]


@pytest.mark.parametrize("codec, name", [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE"), ("utf-32-le", "UTF-32LE")])
def test_utf16_or_32_without_a_byte_order_mark_is_refused_with_the_fix(tmp_path, codec, name):
    draft = tmp_path / "d.txt"
    draft.write_bytes("An English draft saved by Notepad.\n".encode(codec))
    result = run("scan", draft)
    assert result.exit_code == 2
    assert f"l10n-check: {draft}: looks like {name} without a byte-order mark: not read; save it as UTF-8" in result.stderr


def test_chinese_in_utf16_without_a_byte_order_mark_is_refused_too():
    assert decode("d.txt", ("中文的文章，有几个字。" * 20 + "\n").encode("utf-16-le")).message.startswith("looks like UTF-16LE")


def test_a_broken_utf16_draft_names_the_encoding_and_offset():
    problem = decode("d.txt", b"\xff\xfeA\x00\x00\xd8B\x00")
    assert isinstance(problem, Problem) and problem.fatal and problem.message.startswith("not valid UTF-16LE: byte")


def test_a_utf8_draft_with_a_stray_nul_is_checked_and_the_nul_reported(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_bytes(b"Clean line.\nA\x00B and A\xe5\xa5\xbd word.\n")
    result = run("scan", draft, "--format", "json", "--select", "hidden-characters,untranslated-fragment")
    found = [(f["check"], f["line"], f["column"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("hidden-characters", 2, 2), ("untranslated-fragment", 2, 10)]


def test_real_binary_data_is_skipped_with_a_note_never_silently(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8\xff")
    result = run("scan", tmp_path, "--format", "json")
    assert result.exit_code == 0 and "image.txt: binary file skipped" in result.stderr
    assert json.loads(result.stdout)["summary"]["files_skipped"] == [str(tmp_path / "image.txt")]


# -- what a scan finds ----------------------------------------------------------------------------


def test_an_unreadable_subdirectory_is_an_error_and_the_rest_is_checked(tmp_path, monkeypatch):
    """Simulated, so that it holds as root (who reads everything) as for anyone."""
    (tmp_path / "ok.txt").write_text(WITH_FINDING, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text(WITH_FINDING, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("scan", tmp_path, "--format", "json")
    assert result.exit_code == 2
    assert f"l10n-check: {tmp_path / 'locked'}: cannot read directory: Permission denied" in result.stderr
    assert positions(result) == [("ok.txt", 1, 2)]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every directory; the simulated test covers it")
def test_an_unreadable_subdirectory_for_real(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "d.txt").write_text(WITH_FINDING, encoding="utf-8")
    locked.chmod(0)
    try:
        result = run("scan", tmp_path)
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 2 and "cannot read directory: Permission denied" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_on_the_command_line_is_refused_at_once(tmp_path, no_hang):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    result = run("scan", fifo, SAMPLE)
    assert result.exit_code == 2
    assert f"l10n-check: {fifo}: not read: a FIFO (named pipe), and only regular files are read" in result.stderr
    assert "sample_interview.txt:1:95" in result.stdout  # the other file is still checked


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_inside_a_scanned_folder_is_a_note_and_never_opened(tmp_path, no_hang):
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "d.txt").write_text(WITH_FINDING, encoding="utf-8")
    result = run("scan", tmp_path, "--format", "json")
    assert result.exit_code == 1 and positions(result) == [("d.txt", 1, 2)]
    assert "pipe.md: not read: a FIFO (named pipe)" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_apply_refuses_a_fifo_as_draft_or_catalog(tmp_path, no_hang):
    draft = tmp_path / "d.txt"
    draft.write_text(WITH_FINDING, encoding="utf-8")
    run("scan", draft, "--po", tmp_path / "loc")
    catalog = tmp_path / "loc" / "en" / "LC_MESSAGES" / "d.po"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for args in ((catalog, fifo), (fifo, draft)):
        result = run("apply", *args)
        assert result.exit_code == 2 and "a FIFO (named pipe), and only regular files are read" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_as_config_glossary_or_baseline_is_refused(tmp_path, no_hang):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    result = run("scan", SAMPLE, "--config", fifo)
    assert result.exit_code == 2 and "a FIFO (named pipe)" in result.stderr
    csv_fifo = tmp_path / "pipe.csv"
    os.mkfifo(csv_fifo)
    result = run("scan", SAMPLE, "--glossary", csv_fifo)
    assert result.exit_code == 2 and "a FIFO (named pipe)" in result.stderr
    result = run("scan", SAMPLE, "--baseline", fifo)
    assert result.exit_code == 2 and "cannot read baseline: not read: a FIFO (named pipe)" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_as_names_list_or_calque_list_is_refused(tmp_path, no_hang):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    result = run("scan", SAMPLE, "--names", fifo)
    assert result.exit_code == 2 and f"{fifo}: not read: a FIFO (named pipe)" in result.stderr
    config = tmp_path / "l10n.toml"
    config.write_text(f'[checks.calque]\nextra = ["{fifo}"]\n', encoding="utf-8")
    result = run("scan", SAMPLE, "--config", config, "-j", "1")
    assert result.exit_code == 2 and f"{fifo}: not read: a FIFO (named pipe)" in result.stderr


def test_a_symlinked_folder_and_a_broken_link_are_notes_not_silence(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "d.txt").write_text(WITH_FINDING, encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    result = run("scan", tmp_path, "--format", "json")
    assert positions(result) == [("d.txt", 1, 2)]
    assert "linked: not read: a symbolic link to a directory, which is not followed" in result.stderr
    assert "gone.md: cannot read: No such file or directory" in result.stderr and result.exit_code == 1


def test_a_file_named_twice_is_read_once(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text(WITH_FINDING, encoding="utf-8")
    assert positions(run("scan", draft, tmp_path / "." / "d.txt", tmp_path, "--format", "json")) == [("d.txt", 1, 2)]


def test_discovery_names_each_draft_by_its_path_under_the_folder_scanned(tmp_path):
    for name in ("a/article.md", "b/article.md", "c/x/note.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Text.\n", encoding="utf-8")
    found = discover([str(tmp_path)])
    assert sorted(found.names.values()) == ["a/article.md", "b/article.md", "c/x/note.txt"]
    apart = discover([str(tmp_path / "a" / "article.md"), str(tmp_path / "b" / "article.md")])
    assert sorted(apart.names.values()) == ["a/article.md", "b/article.md"]  # named files: by what tells them apart
    assert discover([str(tmp_path / "c" / "x" / "note.txt")]).names == {str(tmp_path / "c" / "x" / "note.txt"): "note.txt"}


def test_a_second_run_does_not_read_its_own_catalogs_and_reports(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.md").write_text(f"The 会议 in {folder}.\n", encoding="utf-8")
    first = run("scan", ".", "--po", "locales", "--html")
    second = run("scan", ".", "--po", "locales", "--html")
    assert first.exit_code == second.exit_code == 1, second.stderr
    assert first.stdout == second.stdout and "locales" not in second.stdout and "would be shared" not in second.stderr
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.po")) == [
        "locales/en/LC_MESSAGES/a/article.po", "locales/en/LC_MESSAGES/b/article.po"]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html")) == [
        "reports/a/article.html", "reports/b/article.html", "reports/index.html"]


# -- size ---------------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_in_one_line(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300_000)  # 1.5 MB
    (tmp_path / "small.txt").write_text(WITH_FINDING, encoding="utf-8")
    result = run("scan", tmp_path, "--max-size", "1MB", "--format", "json")
    assert result.exit_code == 2
    assert f"l10n-check: {big}: 1.43 MB is over the size limit of 1 MB: not read (raise it with --max-size)\n" in result.stderr
    assert positions(result) == [("small.txt", 1, 2)]
    assert "size limit" not in run("scan", big, "--max-size", "2MB", "--select", "hidden-characters").stderr


def test_the_size_limit_has_a_default_and_a_config_key(tmp_path, monkeypatch):
    assert files.DEFAULT_MAX_SIZE == 16 * 1024 * 1024
    (tmp_path / ".l10n-check.toml").write_text('max-size = "10KB"\n', encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"word " * 4000)
    monkeypatch.chdir(tmp_path)
    result = run("scan", "d.txt")
    assert result.exit_code == 2 and "d.txt: 20 KB is over the size limit of 10 KB" in result.stderr


@pytest.mark.parametrize("value", ["10 MB", "500KB", "2G", "1048576", 4096])
def test_sizes_read_in_binary_units(value):
    expected = {"10 MB": 10 * 2**20, "500KB": 500 * 2**10, "2G": 2 * 2**30, "1048576": 2**20, 4096: 4096}
    assert files.parse_size(value) == expected[value]


@pytest.mark.parametrize("value", ["", "ten", "-5MB", "0", "1.5.2MB", True])
def test_a_size_that_is_not_one_is_a_one_line_error(value):
    with pytest.raises(ValueError):
        files.parse_size(value)
    if isinstance(value, str):
        result = run("scan", SAMPLE, "--max-size", value)
        assert result.exit_code == 2 and "--max-size" in result.stderr


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path):
    import io

    with pytest.raises(files.InputError, match="more than 1 KB is over the size limit"):
        files.read_stdin(1024, "<stdin>", io.BytesIO(b"x" * 2000))


# -- standard input -------------------------------------------------------------------------------


def test_dash_reads_the_draft_from_standard_input(tmp_path):
    result = run("scan", "-", "--format", "json", input=WITH_FINDING.encode("utf-8"))
    assert result.exit_code == 1 and positions(result) == [("<stdin>", 1, 2)]


def test_stdin_filename_names_it_and_chooses_the_reader():
    markdown = "Some `代码` here and a好 word.\n".encode("utf-8")  # inline code is masked in Markdown only
    as_text = run("scan", "-", "--stdin-filename", "notes.txt", "--format", "json", input=markdown)
    as_markdown = run("scan", "-", "--stdin-filename", "docs/notes.md", "--format", "json", input=markdown)
    assert positions(as_text) == [("notes.txt", 1, 7), ("notes.txt", 1, 21)]
    assert positions(as_markdown) == [("notes.md", 1, 21)]


def test_standard_input_beside_files_and_its_limits(tmp_path):
    (tmp_path / "d.txt").write_text(WITH_FINDING, encoding="utf-8")
    both = run("scan", tmp_path / "d.txt", "-", "-j", "2", "--format", "json", input=WITH_FINDING.encode())
    assert sorted(positions(both)) == [("<stdin>", 1, 2), ("d.txt", 1, 2)]
    assert run("scan", "-", "-", input=b"x").exit_code == 2
    result = run("scan", SAMPLE, "--stdin-filename", "x.md")
    assert result.exit_code == 2 and "add - to the paths" in result.stderr
    result = run("scan", "-", "--max-size", "1KB", input=b"x" * 5000)
    assert result.exit_code == 2 and "<stdin>: more than 1 KB is over the size limit" in result.stderr


def test_a_draft_from_standard_input_exports_a_catalog_under_its_name(tmp_path):
    result = run("scan", "-", "--stdin-filename", "news/today.md", "--po", tmp_path / "loc", input=WITH_FINDING.encode())
    assert result.exit_code == 1 and (tmp_path / "loc" / "en" / "LC_MESSAGES" / "today.po").exists()


# -- names printed --------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="such file names are not allowed on Windows")
def test_file_names_with_newlines_or_escapes_are_printed_escaped(tmp_path):
    names = ["new\nline.txt", "esc\x1b[31mred.txt", "tab\there.txt"]
    for name in names:
        (tmp_path / name).write_text(WITH_FINDING, encoding="utf-8")
    result = run("scan", tmp_path)
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and "\x1b" not in result.stdout and "\t" not in result.stdout
    assert {line.split(":1:2:")[0].rsplit("/", 1)[-1] for line in lines[:3]} == {
        "new\\nline.txt", "esc\\x1b[31mred.txt", "tab\\there.txt"}


@pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8 need a Linux file system")
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(tmp_path, fmt):
    folder = os.fsencode(tmp_path)
    with open(folder + b"/bad\xffname.txt", "wb") as handle:
        handle.write(WITH_FINDING.encode("utf-8"))
    result = run("scan", tmp_path, "--format", fmt, "--html", tmp_path / "reports", "--po", tmp_path / "loc")
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "bad" in result.stdout


# -- the context of each finding is linear ---------------------------------------------------------


def test_many_findings_in_one_long_paragraph_split_it_into_sentences_once(monkeypatch):
    from l10n_check import textutil
    from l10n_check.readers import parse

    calls = []
    real = textutil.sentences
    monkeypatch.setattr(textutil, "sentences", lambda text: calls.append(len(text)) or real(text))
    paragraph = "Some words a好 here, and more words. " * 2000
    doc = parse("d.txt", paragraph + "\n", "zh", "en")
    findings = engine.lint([doc], engine.Config(select=("untranslated-fragment",)))
    assert len(findings) == 2000 and len(calls) == 1
    assert findings[1234].context == "Some words a好 here, and more words."


def test_read_options_pass_the_limit_to_every_reader(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_bytes(b"x" * 3000)
    problem = read_path(str(draft), reading=ReadOptions(max_size=1024))
    assert isinstance(problem, Problem) and problem.message.startswith("3 KB is over the size limit of 1 KB")
