"""Configuration from the repository: found upwards, validated, overridden by the CLI, printable."""

import json
import sys

import pytest
from click.testing import CliRunner

from l10n_check import config
from l10n_check.cli import main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DRAFT = "The a整理稿 here.\n\nA pause，and more words here.\n\nWe donâ€™t know.\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A repository with a draft in a sub-directory; the working directory is that sub-directory."""
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "drafts")
    return tmp_path


def checks_found(*args: str) -> list[tuple[str, str]]:
    result = run("scan", "d.txt", "--format", "json", *args)
    return [(f["check"], f["severity"]) for f in json.loads(result.stdout)["findings"]]


def test_without_a_file_defaults_apply(project):
    assert checks_found() == [
        ("untranslated-fragment", "error"), ("fullwidth-punctuation", "warning"), ("garbled-text", "error")]


def test_pyproject_table_disables_a_check_changes_a_severity_and_sets_an_option(project):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.l10n-check]\nfail-on = "warning"\n\n'
        "[tool.l10n-check.checks.garbled-text]\nenabled = false\n\n"
        '[tool.l10n-check.checks.fullwidth-punctuation]\nseverity = "error"\n\n'
        '[tool.l10n-check.checks.untranslated-fragment]\nallow = ["整理稿"]\nallow-glossed = false\n',
        encoding="utf-8",
    )
    # 'allow' does not cover a run glued to a letter: the option is read, the finding stays.
    assert checks_found() == [("untranslated-fragment", "error"), ("fullwidth-punctuation", "error")]
    (project / "drafts" / "d.txt").write_text(DRAFT.replace("a整理稿", "an edited transcript 整理稿"), encoding="utf-8")
    assert checks_found() == [("fullwidth-punctuation", "error")]
    (project / "empty.toml").write_text("", encoding="utf-8")
    assert ("untranslated-fragment", "error") in checks_found("--config", str(project / "empty.toml"))


def test_fail_on_from_the_file_sets_the_exit_code_and_the_cli_overrides_it(project):
    (project / ".l10n-check.toml").write_text('fail-on = "warning"\nselect = ["fullwidth-punctuation"]\n', encoding="utf-8")
    assert run("scan", "d.txt").exit_code == 1
    assert run("scan", "d.txt", "--fail-on", "error").exit_code == 0
    assert checks_found("--select", "garbled-text") == [("garbled-text", "error")]


def test_cli_select_wins_over_enabled_false(project):
    (project / ".l10n-check.toml").write_text("[checks.garbled-text]\nenabled = false\n", encoding="utf-8")
    assert checks_found("--select", "garbled-text") == [("garbled-text", "error")]


def test_dot_file_wins_over_pyproject_and_a_pyproject_without_the_table_is_passed_over(project):
    (project / "pyproject.toml").write_text('[tool.l10n-check]\nselect = ["garbled-text"]\n', encoding="utf-8")
    (project / "drafts" / "pyproject.toml").write_text('[project]\nname = "inner"\n', encoding="utf-8")
    assert config.find(".") == str(project / "pyproject.toml")
    (project / ".l10n-check.toml").write_text('select = ["fullwidth-punctuation"]\n', encoding="utf-8")
    assert config.find(".") == str(project / ".l10n-check.toml")
    assert checks_found() == [("fullwidth-punctuation", "warning")]


def test_explicit_config_is_used_instead_of_the_found_one(project, tmp_path):
    (project / ".l10n-check.toml").write_text('select = ["fullwidth-punctuation"]\n', encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text('select = ["garbled-text"]\n', encoding="utf-8")
    assert checks_found("--config", str(other)) == [("garbled-text", "error")]


@pytest.mark.parametrize("content, named", [
    ('fail_on = "warning"\n', "unknown key 'fail_on' (did you mean 'fail-on'?)"),
    ('slect = ["garbled-text"]\n', "unknown key 'slect' (did you mean 'select'?)"),
    ('select = ["garbled-txt"]\n', "unknown check 'garbled-txt' (did you mean 'garbled-text'?)"),
    ("[checks.untranslated-fragmnt]\nallow = []\n", "unknown check 'untranslated-fragmnt' (did you mean 'untranslated-fragment'?)"),
    ("[checks.untranslated-fragment]\nalow = []\n", "unknown option for untranslated-fragment 'alow' (did you mean 'allow'?)"),
    ('[checks.garbled-text]\nseverity = "fatal"\n', "checks.garbled-text.severity must be one of error, warning, info, not 'fatal'"),
    ('[checks.untranslated-fragment]\nallow = "x"\n', "checks.untranslated-fragment.allow must be a list of strings, not 'x'"),
    ('fail-on = "sometimes"\n', "'fail-on' must be one of error, warning, info, never, not 'sometimes'"),
    ("jobs = -1\n", "'jobs' must be a whole number of at least 0"),
    ('format = "xml"\n', "'format' must be one of text, json, sarif, github, junit, not 'xml'"),
    # every value is checked for its kind and range, never handed on to do harm (extra = [0] read stdin)
    ("[checks.calque]\nextra = [0]\n", "checks.calque.extra must be a list of strings, not (0,)"),
    ('[checks.calque]\nextra = [["a.tsv"]]\n', "checks.calque.extra must be a list of strings, not (['a.tsv'],)"),
    ("[checks.name-variant]\nsimilarity = 1000\n", "checks.name-variant.similarity must be from 0 to 100, not 1000"),
    ("[checks.name-variant]\nsimilarity = nan\n", "checks.name-variant.similarity must be a number, not nan"),
    ("[checks.name-variant]\nmin-length = -1\n", "checks.name-variant.min-length must be from 0 to inf, not -1"),
    ("[checks.name-variant]\nmin-length = 2.5\n", "checks.name-variant.min-length must be a whole number, not 2.5"),
    ("[checks.untranslated-paragraph]\nmin-probability = 2\n",
     "checks.untranslated-paragraph.min-probability must be from 0 to 1, not 2"),
    ("[checks.acronym]\nmax-zipf = 12.0\n", "checks.acronym.max-zipf must be from 0 to 8, not 12.0"),
    ("[checks.untranslated-fragment]\nallow-glossed = 1\n", "checks.untranslated-fragment.allow-glossed must be true or false, not 1"),
    ('target-lang = "klingon"\n', "'target-lang' must be a language tag such as en, zh-CN or pt_BR, not 'klingon'"),
    ("source-lang = 5\n", "'source-lang' must be a string"),
    ('max-size = "big"\n', "'max-size' must be a size such as 16MB or 500KB, not 'big'"),
    ("jobs = true\n", "'jobs' must be a whole number of at least 0"),
    ('output = ""\n', "'output' must name a file or directory, not ''"),
    ('po = "a\\u0000b"\n', "'po' must name a file or directory, not 'a\\x00b'"),
    ('glossary = [""]\n', "'glossary' must name a file, not ''"),
])
def test_a_typo_fails_with_one_line_naming_the_key(project, content, named):
    (project / ".l10n-check.toml").write_text(content, encoding="utf-8")
    result = run("scan", "d.txt")
    assert result.exit_code == 2
    assert result.stderr == f"l10n-check: error: {project / '.l10n-check.toml'}: {named}\n"


def test_pyproject_errors_name_the_table(project):
    (project / "pyproject.toml").write_text("[tool.l10n-check]\nfail_on = 1\n", encoding="utf-8")
    assert "pyproject.toml: [tool.l10n-check] unknown key 'fail_on'" in run("scan", "d.txt").stderr


def test_invalid_toml_is_one_line_with_the_file(project):
    (project / ".l10n-check.toml").write_text("select = [\n", encoding="utf-8")
    result = run("scan", "d.txt")
    assert result.exit_code == 2 and "not valid TOML" in result.stderr and len(result.stderr.splitlines()) == 1


def test_paths_in_the_file_are_relative_to_the_file(project):
    (project / ".l10n-check.toml").write_text('output = "reports/out.json"\nformat = "json"\n', encoding="utf-8")
    result = run("scan", "d.txt")
    assert result.stdout == ""
    assert json.loads((project / "reports" / "out.json").read_text(encoding="utf-8"))["version"] == 1


def test_config_command_prints_the_effective_configuration_and_it_reads_back(project):
    (project / "pyproject.toml").write_text(
        '[tool.l10n-check]\nignore = ["garbled-text"]\njobs = 2\n\n'
        '[tool.l10n-check.checks.untranslated-fragment]\nallow = ["微信", "a \\"quoted\\" one"]\nseverity = "warning"\n',
        encoding="utf-8",
    )
    printed = run("config").stdout
    assert str(project / "pyproject.toml") in printed.splitlines()[0]
    data = tomllib.loads(printed)["tool"]["l10n-check"]  # pastes into pyproject.toml as it is
    assert data["ignore"] == ["garbled-text"] and data["jobs"] == 2 and data["fail-on"] == "error"
    fragment = data["checks"]["untranslated-fragment"]
    assert fragment == {"enabled": True, "severity": "warning", "allow": ["微信", 'a "quoted" one'], "allow-glossed": True,
                        "gloss": True}
    assert data["checks"]["garbled-text"]["enabled"] is False
    # what it prints is itself a valid configuration with the same effect, in either file
    (project / ".l10n-check.toml").write_text(printed, encoding="utf-8")
    assert run("config").stdout.splitlines()[1:] == printed.splitlines()[1:]
    (project / ".l10n-check.toml").unlink()
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n' + printed, encoding="utf-8")
    assert run("config").stdout.splitlines()[1:] == printed.splitlines()[1:]


def test_every_key_has_a_scan_option_of_the_same_name():
    options = {opt for param in main.commands["scan"].params for opt in getattr(param, "opts", [])}
    for key in config.KEYS:
        assert f"--{key.name}" in options, key.name
    names = {param.name for param in main.commands["scan"].params}
    assert {key.parameter for key in config.KEYS} <= names


def test_a_paths_key_resolves_each_file_against_the_config_directory(tmp_path, monkeypatch):
    """The kind the glossary and names files use: one row in KEYS is all a new file option needs."""
    key = config.Key("glossary", "paths", (), "Glossary files.")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert config._coerce(key, ["terms.csv", "more/names.tbx"], str(tmp_path)) == ("../terms.csv", "../more/names.tbx")
    with pytest.raises(ValueError, match="'glossary' must be a list of strings"):
        config._coerce(key, [1], str(tmp_path))


@pytest.mark.parametrize("content, named", [
    ("[tool]\nl10n-check = 5\n", "[tool.l10n-check] must be a table, not an integer"),
    ('tool = "l10n-check"\n', "'tool' must be a table ([tool.l10n-check]), not a string"),
])
def test_a_pyproject_whose_table_is_not_a_table_is_one_line(project, content, named):
    (project / "pyproject.toml").write_text(content, encoding="utf-8")
    result = run("scan", "d.txt")
    assert result.exit_code == 2 and result.stderr == f"l10n-check: error: {project / 'pyproject.toml'}: {named}\n"


@pytest.mark.parametrize("name", ["pyproject.toml", ".l10n-check.toml", "named.toml"])
def test_a_configuration_file_that_is_not_utf8_is_one_line(project, name):
    (project / name).write_bytes(b'[tool.l10n-check]\nfail-on = "warn\xe9"\n')
    args = ("--config", str(project / name)) if name == "named.toml" else ()
    result = run("scan", "d.txt", *args)
    assert result.exit_code == 2
    assert result.stderr == f"l10n-check: error: {project / name}: not valid UTF-8: byte 0xe9 at offset 33\n"


def test_a_language_on_the_command_line_is_checked_too(project):
    result = run("scan", "d.txt", "--target-lang", "klingon")
    assert result.exit_code == 2 and "a language tag such as en, zh-CN or pt_BR, not 'klingon'" in result.stderr
    assert run("scan", "d.txt", "--target-lang", "tlh", "--select", "garbled-text").exit_code == 1


def test_an_empty_html_value_still_means_the_default_folder(project):
    (project / ".l10n-check.toml").write_text('html = ""\n', encoding="utf-8")
    assert run("config").exit_code == 0


def test_a_check_may_declare_the_range_of_an_option():
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Options:
        share: float = dataclasses.field(default=0.5, metadata={"range": (0.1, 0.9)})

    with pytest.raises(ValueError, match="must be from 0.1 to 0.9, not 0.95"):
        config._check_option_types("x", Options(0.95))
    config._check_option_types("x", Options(0.2))
