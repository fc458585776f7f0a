"""Nothing the user wrote is ever lost or half-written: full disks, links, interruptions, races.

Disk-full tests run twice: on a real 1 MB tmpfs filled to the last byte (where the machine lets us
mount one: root on Linux), and with the temporary file's descriptor pointed at ``/dev/full``, which
fails every write with ENOSPC exactly as a full disk does.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import tempfile

import polib
import pytest
from click.testing import CliRunner

from conftest import SAMPLE
from l10n_check import atomic
from l10n_check.cli import main

DRAFT = "The 会议 starts.\n"


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def leftovers(folder) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


# -- a full disk ---------------------------------------------------------------------------------


def _mount_tmpfs(folder) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


def _fill(folder) -> None:
    """Write into ``folder`` until the file system says it is full."""
    with open(os.path.join(folder, "filler"), "wb") as handle:
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()


@pytest.fixture(params=["tmpfs", "dev-full"])
def full(request, tmp_path, monkeypatch):
    """A folder where every new file's data cannot be written (ENOSPC)."""
    folder = tmp_path / "full"
    folder.mkdir()
    if request.param == "tmpfs":
        if not _mount_tmpfs(folder):
            pytest.skip("cannot mount a tmpfs here (needs root on Linux); the /dev/full case covers it")
        request.addfinalizer(lambda: subprocess.run(["umount", "-l", str(folder)], check=False))
        _fill(folder)
        return folder
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        descriptor, name = real(*args, **kwargs)
        if name.startswith(str(folder) + os.sep):
            device = os.open("/dev/full", os.O_WRONLY)
            os.dup2(device, descriptor)
            os.close(device)
        return descriptor, name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    return folder


def _one_line_error(result, *needles):
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    errors = [line for line in result.stderr.splitlines() if "No space left on device" in line]
    assert len(errors) == 1, result.stderr
    assert all(needle in errors[0] for needle in needles), errors[0]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_output_file_on_a_full_disk_is_one_line_and_the_old_file_survives(full, fmt):
    target = full / "report.out"
    if not _is_tmpfs(full):
        target.write_text("old report\n", encoding="utf-8")
    result = run("scan", SAMPLE, "--format", fmt, "-o", target)
    _one_line_error(result, str(target), "cannot write")
    assert leftovers(full) == []
    if not _is_tmpfs(full):
        assert target.read_text(encoding="utf-8") == "old report\n"


def _is_tmpfs(folder) -> bool:
    return os.path.exists(folder / "filler")


def test_baseline_on_a_full_disk_is_one_line(full):
    result = run("scan", SAMPLE, "--write-baseline", full / "baseline.json")
    _one_line_error(result, "baseline.json", "cannot write")
    assert leftovers(full) == []


def test_html_report_on_a_full_disk_is_one_line(full):
    result = run("scan", SAMPLE, "--html", full / "reports")
    _one_line_error(result, "cannot write the HTML report")
    assert leftovers(full / "reports") == [] if (full / "reports").exists() else True


def test_catalogs_on_a_full_disk_are_one_line_each_and_exit_2(full):
    result = run("scan", SAMPLE, "--po", full / "locales")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "cannot write catalog: No space left on device" in result.stderr
    folder = full / "locales" / "en" / "LC_MESSAGES"
    assert not folder.exists() or leftovers(folder) == []


def test_apply_on_a_full_disk_is_one_line_and_the_draft_is_whole(tmp_path, full):
    draft = full / "d.txt" if not _is_tmpfs(full) else tmp_path / "d.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert run("scan", draft, "--po", tmp_path / "loc").exit_code == 1
    catalog_path = tmp_path / "loc" / "en" / "LC_MESSAGES" / "d.po"
    catalog = polib.pofile(str(catalog_path))
    catalog[0].msgstr = "The meeting starts."
    catalog.save()
    result = run("apply", catalog_path, draft, "-o", full / "out.txt")
    _one_line_error(result, "out.txt", "cannot write")
    assert draft.read_text(encoding="utf-8") == DRAFT and leftovers(full) == []


def test_terms_output_on_a_full_disk_is_one_line(full):
    result = run("terms", SAMPLE, "-o", full / "glossary.csv")
    _one_line_error(result, "glossary.csv", "cannot write")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("command", [["scan", str(SAMPLE)], ["scan", str(SAMPLE), "--format", "sarif"],
                                     ["terms", str(SAMPLE)], ["config"], ["checks"]])
def test_standard_output_on_a_full_disk_is_one_line_not_a_traceback(command):
    with open("/dev/full", "w") as full_stdout:
        done = subprocess.run([sys.executable, "-m", "l10n_check", *command], stdout=full_stdout,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr == "l10n-check: error: standard output: cannot write: No space left on device\n"


def test_a_closed_pipe_ends_quietly():
    process = subprocess.Popen([sys.executable, "-m", "l10n_check", "checks"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.close()  # the reader went away (| head)
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) != 0 and "Traceback" not in stderr


# -- outputs that are directories, links, inputs --------------------------------------------------


def test_output_that_is_a_directory_is_one_line(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('output = "/"\n', encoding="utf-8")
    result = run("scan", SAMPLE, "--config", config)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("l10n-check: error: ") and result.stderr.endswith(": cannot write: Is a directory\n")
    assert run("scan", SAMPLE, "-o", tmp_path).exit_code == 2  # on the command line Click says so first


def test_output_that_is_a_checked_draft_is_refused_before_anything_is_written(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    for option in ("-o", "--write-baseline"):
        result = run("scan", tmp_path, option, tmp_path / "." / "d.md")
        assert result.exit_code == 2 and "is one of the files checked; nothing written" in result.stderr
        assert draft.read_text(encoding="utf-8") == DRAFT


def test_an_earlier_output_among_the_drafts_is_refused_until_excluded(tmp_path, monkeypatch):
    """An output file with a draft's suffix could be a draft: refused, never overwritten or skipped."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    assert run("scan", ".", "-o", "l10n.txt").exit_code == 1  # the draft's error
    again = run("scan", ".", "-o", "l10n.txt")
    assert again.exit_code == 2 and "or --exclude it if it is an earlier output" in again.stderr
    first = (tmp_path / "l10n.txt").read_text(encoding="utf-8")
    assert run("scan", ".", "-o", "l10n.txt", "--exclude", "l10n.txt").exit_code == 1
    assert (tmp_path / "l10n.txt").read_text(encoding="utf-8") == first and "in 1 file" in first


def test_writes_go_through_a_symbolic_link_to_the_file(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    atomic.write_text(str(link), "new\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"


def test_apply_to_a_symlinked_draft_writes_the_real_draft_and_keeps_the_link(tmp_path):
    real = tmp_path / "drafts" / "d.txt"
    real.parent.mkdir()
    real.write_text(DRAFT, encoding="utf-8")
    link = tmp_path / "d.txt"
    link.symlink_to(real)
    run("scan", link, "--po", tmp_path / "loc")
    catalog_path = tmp_path / "loc" / "en" / "LC_MESSAGES" / "d.po"
    catalog = polib.pofile(str(catalog_path))
    catalog[0].msgstr, catalog[0].flags = "The meeting starts.", []
    catalog.save()
    result = run("apply", catalog_path, link)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "The meeting starts.\n"


# -- interruptions --------------------------------------------------------------------------------


def test_an_exception_during_the_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_text(str(target), "new\n")
    assert leftovers(tmp_path) == [] and target.read_text(encoding="utf-8") == "old\n"


def test_sigterm_during_a_write_leaves_no_temporary_file(tmp_path):
    """The CLI turns SIGTERM into an exit; the temporary file goes on the way out."""
    script = (
        "import os, signal, sys\n"
        "from l10n_check import atomic, cli\n"
        "cli._exit_cleanly_on_signals()\n"
        "real = os.fsync\n"
        "def fsync(fd):\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    real(fd)\n"
        "os.fsync = fsync\n"
        f"atomic.write_text({str(tmp_path / 'out.txt')!r}, 'new')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert os.listdir(tmp_path) == []


def test_a_temporary_file_left_by_a_killed_run_is_removed_by_the_next_write(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".out.txt.{dead.pid}.abc123.tmp"
    stale.write_bytes(b"half")
    alive = tmp_path / f".out.txt.{os.getppid()}.def456.tmp"  # a running process's: left alone
    alive.write_bytes(b"busy")
    atomic.write_text(str(tmp_path / "out.txt"), "whole\n")
    assert not stale.exists() and alive.exists()
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "whole\n"


# -- someone else saves the file meanwhile -------------------------------------------------------


def test_a_file_changed_after_it_was_read_is_not_replaced(tmp_path):
    target = tmp_path / "draft.txt"
    target.write_text("theirs\n", encoding="utf-8")
    with pytest.raises(atomic.ChangedMeanwhile):
        atomic.write_text(str(target), "ours\n", unchanged=b"what we read\n")
    assert target.read_text(encoding="utf-8") == "theirs\n" and leftovers(tmp_path) == []
    with pytest.raises(atomic.ChangedMeanwhile):  # a file that appeared since we saw none
        atomic.write_text(str(target), "ours\n", unchanged=None)
    atomic.write_text(str(target), "ours\n", unchanged=b"theirs\n")
    assert target.read_text(encoding="utf-8") == "ours\n"


def test_a_translator_saving_during_an_export_keeps_their_translation(tmp_path, monkeypatch):
    from l10n_check.render import po

    draft = tmp_path / "d.txt"
    draft.write_text(DRAFT + "The 会议 ends.\n", encoding="utf-8")
    assert run("scan", draft, "--po", tmp_path / "loc").exit_code == 1
    catalog_path = tmp_path / "loc" / "en" / "LC_MESSAGES" / "d.po"
    draft.write_text(DRAFT + "The 会议 ends today.\n", encoding="utf-8")  # the export has work to do
    real_merge, saves = po.merge, []

    def merge_while_a_translator_saves(old, candidates):
        if not saves:  # the translator saves once, after the export read the catalog
            catalog = polib.pofile(str(catalog_path))
            catalog[0].msgstr, catalog[0].flags = "The meeting starts.", []
            catalog.save()
            saves.append(True)
        return real_merge(old, candidates)

    monkeypatch.setattr(po, "merge", merge_while_a_translator_saves)
    result = run("scan", draft, "--po", tmp_path / "loc")
    assert result.exit_code == 1, result.stderr
    kept = {e.msgid: e for e in polib.pofile(str(catalog_path))}
    assert kept["The 会议 starts."].msgstr == "The meeting starts." and "fuzzy" not in kept["The 会议 starts."].flags
    assert "The 会议 ends today." in kept


def test_a_catalog_that_keeps_changing_is_left_as_saved_and_reported(tmp_path, monkeypatch):
    from l10n_check.render import po

    draft = tmp_path / "d.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    run("scan", draft, "--po", tmp_path / "loc")
    catalog_path = tmp_path / "loc" / "en" / "LC_MESSAGES" / "d.po"
    draft.write_text("The 会议 starts now.\n", encoding="utf-8")
    real_merge = po.merge

    def merge_while_a_translator_keeps_saving(old, candidates):
        with open(catalog_path, "a", encoding="utf-8") as handle:
            handle.write("\n# translator comment\n")
        return real_merge(old, candidates)

    monkeypatch.setattr(po, "merge", merge_while_a_translator_keeps_saving)
    result = run("scan", draft, "--po", tmp_path / "loc")
    assert result.exit_code == 2 and "the catalog kept changing while it was merged" in result.stderr
    assert catalog_path.read_text(encoding="utf-8").count("# translator comment") == po.MERGE_ATTEMPTS


def test_apply_leaves_a_draft_saved_meanwhile_as_it_was_saved(tmp_path, monkeypatch):
    from l10n_check import apply

    draft = tmp_path / "d.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    run("scan", draft, "--po", tmp_path / "loc")
    catalog_path = tmp_path / "loc" / "en" / "LC_MESSAGES" / "d.po"
    catalog = polib.pofile(str(catalog_path))
    catalog[0].msgstr, catalog[0].flags = "The meeting starts.", []
    catalog.save()
    real = apply.apply_file

    def apply_while_the_author_saves(*args, **kwargs):
        outcome = real(*args, **kwargs)
        draft.write_text("The author's newer text.\n", encoding="utf-8")
        return outcome

    monkeypatch.setattr(apply, "apply_file", apply_while_the_author_saves)
    result = run("apply", catalog_path, draft)
    assert result.exit_code == 2 and "changed by someone else" in result.stderr
    assert draft.read_text(encoding="utf-8") == "The author's newer text.\n" and leftovers(tmp_path) == []


def test_concurrent_exports_wait_for_each_other(tmp_path):
    """Two runs exporting into one folder: both finish and the catalog is valid and whole."""
    draft = tmp_path / "d.txt"
    draft.write_text(DRAFT * 1 + "The 会议 ends.\n", encoding="utf-8")
    command = [sys.executable, "-m", "l10n_check", "scan", str(draft), "--po", str(tmp_path / "loc")]
    runs = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(3)]
    assert [process.wait(timeout=120) for process in runs] == [1, 1, 1]
    catalog = polib.pofile(str(tmp_path / "loc" / "en" / "LC_MESSAGES" / "d.po"))
    assert [e.msgid for e in catalog] == ["The 会议 starts.", "The 会议 ends."]


def test_locked_serialises_holders(tmp_path):
    fcntl = pytest.importorskip("fcntl")
    with atomic.locked(str(tmp_path)):
        probe = os.open(str(tmp_path), os.O_RDONLY)
        try:
            with pytest.raises(OSError) as raised:
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
            assert raised.value.errno in (errno.EWOULDBLOCK, errno.EAGAIN)
        finally:
            os.close(probe)
