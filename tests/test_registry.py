"""The registry stays honest: every check module registered, named, documented and tested."""

import pathlib
import pkgutil

import regex

from l10n_check import checks
from l10n_check.checks import CHECKS, CHECKS_BY_NAME

TESTS = pathlib.Path(__file__).parent / "checks"
REQUIRED_HEADINGS = ("## What it flags", "## Why it matters", "## Example", "## Options", "## What it cannot know")


def test_every_check_module_is_registered():
    modules = {m.name for m in pkgutil.iter_modules(checks.__path__)}
    assert modules == {c.name.replace("-", "_") for c in CHECKS}


def test_names_are_unique_and_kebab_case():
    assert len(CHECKS_BY_NAME) == len(CHECKS)
    for check in CHECKS:
        assert regex.fullmatch(r"[a-z]+(?:-[a-z]+)*", check.name), check.name


def test_every_check_is_documented_with_the_house_headings():
    for check in CHECKS:
        for heading in REQUIRED_HEADINGS:
            assert heading in check.doc, f"{check.name} lacks {heading!r}"


def test_every_check_has_its_own_test_module():
    for check in CHECKS:
        assert (TESTS / f"test_{check.name.replace('-', '_')}.py").exists(), check.name


def test_every_check_runs_one_way():
    for check in CHECKS:
        assert (check.run is None) != (check.run_corpus is None), check.name


def test_a_check_of_one_language_says_so_in_its_docs_and_is_not_run_on_another():
    """A check declares the target languages it is written for in its own module; its docs say so
    to the user, and the engine does not run it on a draft translated into another language."""
    from l10n_check import engine
    from l10n_check.readers import parse

    english_only = [check for check in CHECKS if check.target_langs == ("en",)]
    assert english_only, "the English prose checks declare target_langs"
    chinese = parse("zh.txt", "Chang Qingshu said BD BD the the data is is here.\n", "en", "zh-CN")
    for check in english_only:
        assert "English" in check.doc, check.name
        assert engine.lint([chinese], engine.Config(select=(check.name,), source_lang="en", target_lang="zh-CN")) == []
