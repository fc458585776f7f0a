"""The registry stays honest: every check module registered, named, documented and tested."""

import pathlib
import pkgutil

import regex

from l10n_check import checks
from l10n_check.checks import BILINGUAL, BILINGUAL_MODULES, CHECKS, CHECKS_BY_NAME

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


def test_the_registry_lists_every_check_once_by_its_own_name_in_one_order():
    assert list(CHECKS_BY_NAME) == [check.name for check in CHECKS]
    assert all(CHECKS_BY_NAME[name].name == name for name in CHECKS_BY_NAME)


def test_the_checks_imported_on_first_look_up_are_exactly_the_bilingual_ones():
    assert BILINGUAL == {check.name for check in CHECKS if check.bilingual}
    assert len(BILINGUAL_MODULES) == len(BILINGUAL)


def test_a_run_of_drafts_does_not_import_the_bilingual_checks_and_a_catalog_runs_them():
    """A fresh interpreter: what a draft run imports is what it costs at start-up."""
    import subprocess
    import sys

    script = f"""
import sys
from l10n_check import engine
from l10n_check.readers import parse
draft = parse("draft.md", "Version 2 of `code` at https://example.com/ costs 5 {{n}}.\\n", "zh", "en")
engine.lint([draft], engine.Config())
print(sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("l10n_check.checks.") and m.rsplit(".", 1)[1] in {BILINGUAL_MODULES!r}))
catalog = parse("c.po", 'msgid "Version 2"\\nmsgstr "Version 3"\\n', "en", "zh-CN")
print(sorted({{f.check for f in engine.lint([catalog], engine.Config(source_lang="en", target_lang="zh-CN"))}}))
"""
    printed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.splitlines()
    assert printed == ["[]", "['number-mismatch']"]


def test_a_bilingual_check_finds_nothing_in_a_document_that_is_not_bilingual():
    """Why the engine may leave them out of a run of drafts: each reads only segments with a source
    or a translation state, which no draft reader makes."""
    from l10n_check import engine
    from l10n_check.readers import parse
    from conftest import CORPUS, SAMPLE

    texts = {SAMPLE.name: SAMPLE.read_text(encoding="utf-8")}
    texts.update({path.name: path.read_text(encoding="utf-8") for path in sorted((CORPUS / "mt-docs").glob("*.md"))[:8]})
    documents = [parse(name, text, "zh", "en") for name, text in texts.items()]
    assert not any(doc.bilingual for doc in documents)
    config = engine.Config(select=tuple(sorted(BILINGUAL)))
    for check in (CHECKS_BY_NAME[name] for name in sorted(BILINGUAL)):
        options = engine.check_options(check, {})
        context = engine.Context("zh", "en", {}, {})
        assert [hit for doc in documents for hit in check.run(doc, options, context)] == [], check.name
    assert engine.lint(documents, config) == []
