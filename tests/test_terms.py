"""`l10n-check terms`: the seed of a project glossary, in every format the glossary reader takes."""

import pytest
from click.testing import CliRunner

from conftest import SAMPLE
from l10n_check.cli import main
from l10n_check.glossary import load
from l10n_check.readers import parse
from l10n_check.terms import extract


def test_candidates_are_names_terms_and_acronyms_with_counts_and_places():
    doc = parse("d.txt", "Wang Xiaoming met the BD team. Wang Xiaoming liked the Chinese-speaking market.\n"
                         "The Chinese-speaking market grew; Xiaoming Wang left.\n", "zh", "en")
    found = {(c.kind, c.dominant): c for c in extract([doc])}
    name = found[("name", "Wang Xiaoming")]
    assert name.count == 3 and name.variants() == ["Xiaoming Wang"] and name.places[0] == "d.txt:1"
    assert ("term", "Chinese-speaking market") in found
    assert ("acronym", "BD") not in found  # used once and never defined: no decision yet


def test_a_draft_without_terms_gives_an_empty_glossary():
    assert extract([parse("d.txt", "plain words here. nothing more to say.\n", "zh", "en")]) == []


@pytest.mark.parametrize("fmt", ["csv", "po", "tbx"])
def test_every_format_reads_back_as_a_glossary(tmp_path, fmt):
    out = tmp_path / f"draft.{fmt}"
    result = CliRunner().invoke(main, ["terms", str(SAMPLE), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "po":  # read back as written: no entry is fuzzy, which a glossary reader would skip
        import polib

        assert not any("fuzzy" in e.flags for e in polib.pofile(str(out)))
    entries = {e.target: e for e in load(str(out)).entries}
    assert {"Xie Jiayin", "BD", "UEX", "Chinese-speaking market"} <= set(entries)
    assert entries["Xie Jiayin"].kind == "name"


def test_output_is_deterministic():
    first = CliRunner().invoke(main, ["terms", str(SAMPLE)]).output
    assert first == CliRunner().invoke(main, ["terms", str(SAMPLE)]).output
    assert first.startswith("source,target,forbidden,note,case-sensitive,kind\n")
