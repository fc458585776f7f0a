"""Helpers for the catalog tests: export a draft written to a temporary directory, run msgfmt."""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess

import polib
import pytest

from l10n_check import engine, runner
from l10n_check.render import po

MSGFMT = shutil.which("msgfmt")


def scan(*drafts: pathlib.Path, select: tuple[str, ...] = ()):
    """Scan ``drafts`` with ``select`` checks (all when empty), as ``l10n-check scan`` does."""
    return runner.scan(runner.ScanRequest(tuple(str(d) for d in drafts), engine.Config(select=select)))


def export(tmp_path: pathlib.Path, *drafts: pathlib.Path, select: tuple[str, ...] = ()) -> list[po.Written]:
    """Scan and export into ``tmp_path/locales``; fail the test on any problem."""
    written, problems = po.export(scan(*drafts, select=select), str(tmp_path / "locales"))
    assert problems == []
    return written


def catalog_path(tmp_path: pathlib.Path, stem: str, lang: str = "en") -> pathlib.Path:
    return tmp_path / "locales" / lang / "LC_MESSAGES" / f"{stem}.po"


def msgfmt_check(path: os.PathLike | str) -> None:
    """GNU ``msgfmt --check`` accepts the catalog (skips when gettext is not installed)."""
    if MSGFMT is None:
        pytest.skip("GNU gettext's msgfmt is not installed (.ci/run installs it)")
    result = subprocess.run([MSGFMT, "--check", "-o", os.devnull, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def entry_at(catalog: polib.POFile, line: int) -> polib.POEntry:
    """The active entry whose reference names ``line``."""
    found = [e for e in catalog if not e.obsolete and any(ref[1] == str(line) for ref in e.occurrences)]
    assert len(found) == 1, [e.occurrences for e in catalog]
    return found[0]


def fill(entry: polib.POEntry, text: str) -> None:
    """What a translator does: write the translation and clear the fuzzy flag."""
    entry.msgstr = text
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
