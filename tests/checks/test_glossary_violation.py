import json

from click.testing import CliRunner

from conftest import FIXTURES, SAMPLE
from l10n_check import engine
from l10n_check.cli import main
from l10n_check.glossary import load
from l10n_check.model import Document, Segment
from l10n_check.readers import parse

CHECK = "glossary-violation"
GLOSSARY = FIXTURES / "glossary_region.csv"


def lint(text: str, glossary=None, source: str | None = None):
    glossary = glossary or load(str(GLOSSARY))
    if source is None:
        doc = parse("d.txt", text, "zh", "en")
    else:
        doc = Document("d.xlf", text, (Segment(0, len(text), text, text, "entry", "k", source),))
    return engine.lint([doc], engine.Config(select=(CHECK,)), {"glossary": glossary})


def test_forbidden_rendering_gets_the_approved_one():
    findings = lint("We grew in the Chinese-speaking market last year.\n")
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(16, "Chinese-speaking market", "Chinese-speaking region")]


def test_plurals_possessives_case_and_hyphen_space_variants_match():
    text = "Chinese-speaking markets grew. The Chinese speaking market's share rose. CHINESE-SPEAKING MARKET.\n"
    assert len(lint(text)) == 3


def test_word_boundaries_hold():
    assert lint("The non-Chinese-speaking marketplace grew.\n") == []


def test_approved_rendering_and_unrelated_text_are_clean():
    assert lint("We grew in the Chinese-speaking region, a market of its own.\n") == []


def test_without_a_glossary_nothing_is_reported():
    doc = parse("d.txt", "We grew in the Chinese-speaking market.\n", "zh", "en")
    assert engine.lint([doc], engine.Config(select=(CHECK,))) == []


def test_bilingual_source_term_without_its_approved_rendering_is_reported():
    findings = lint("Practical content for everyone.", source="今天分享一些干货")
    assert len(findings) == 1 and "practical insights" in findings[0].message
    assert lint("Some practical insights for everyone.", source="今天分享一些干货") == []


def test_sample_with_the_region_glossary_in_every_format_gives_identical_findings():
    outputs = []
    for name in ("glossary_region.csv", "glossary_region.po", "glossary_region.tbx", "glossary_region_v3.tbx"):
        result = CliRunner().invoke(main, ["scan", str(SAMPLE), "--select", CHECK, "--glossary", str(FIXTURES / name),
                                           "--format", "json"])
        outputs.append(result.output)
    assert len(set(outputs)) == 1
    findings = json.loads(outputs[0])["findings"]
    lower = [f for f in findings if f["text"] == "Chinese-speaking market"]
    assert len(lower) == 11 and all(f["suggestion"] == "Chinese-speaking region" for f in findings)
