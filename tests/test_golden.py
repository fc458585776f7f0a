"""Whole documents against their expected text output, byte for byte.

The sample draft's expected output is what a reviewer should see: every real defect, nothing else.
A change to any check that alters it must update tests/fixtures/*.expected.txt on purpose
(`l10n-check scan tests/fixtures/sample_interview.txt -j 1 > tests/fixtures/sample_interview.expected.txt`).
"""

import pathlib

import pytest
from click.testing import CliRunner

from l10n_check.cli import main

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLDEN = sorted((ROOT / "tests" / "fixtures").glob("*.expected.txt"))


@pytest.mark.parametrize("expected", GOLDEN, ids=lambda p: p.name)
def test_text_output_matches_the_golden_file(expected, monkeypatch):
    monkeypatch.chdir(ROOT)
    draft = expected.name.replace(".expected.txt", ".txt")
    result = CliRunner().invoke(main, ["scan", f"tests/fixtures/{draft}", "-j", "1"])
    assert result.exit_code == 1
    assert result.stdout == expected.read_text(encoding="utf-8")
