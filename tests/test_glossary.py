"""Glossaries read from the formats translators have: TBX (Basic and v3), CSV, PO."""

import pytest

from conftest import FIXTURES
from l10n_check.glossary import GlossaryError, load, load_all

FORMATS = ("glossary_region.csv", "glossary_region.po", "glossary_region.tbx", "glossary_region_v3.tbx")


def summary(glossary):
    return sorted((e.kind, e.target, tuple(sorted(e.forbidden)), tuple(sorted(e.admitted))) for e in glossary.entries)


def test_the_same_glossary_in_every_format_reads_the_same():
    read = {name: summary(load(str(FIXTURES / name))) for name in FORMATS}
    first = read[FORMATS[0]]
    assert ("term", "Chinese-speaking region", ("Chinese-speaking market",), ()) in first
    for name, entries in read.items():
        assert entries == first, name


def test_tbx_statuses_become_approved_admitted_and_forbidden():
    entries = {e.target: e for e in load(str(FIXTURES / "glossary_region.tbx")).entries}
    dry = entries["practical insights"]
    assert "key takeaways" in dry.admitted and {"dry goods", "dry stuff"} <= set(dry.forbidden)
    assert "干货" in dry.sources


def test_csv_with_several_forbidden_forms_and_a_name(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("source,target,forbidden,note,case-sensitive,kind\n"
                    "微信,WeChat,Wechat|We Chat,,yes,\n王小明,Wang Xiaoming,Xiaoming Wang,,,name\n", encoding="utf-8")
    entries = {e.target: e for e in load(str(path)).entries}
    assert set(entries["WeChat"].forbidden) == {"Wechat", "We Chat"} and entries["WeChat"].case_sensitive
    assert entries["Wang Xiaoming"].kind == "name"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("bad.csv", "term,translation\na,b\n", "bad.csv"),
        ("bad.tbx", "<martif><text><body><termEntry>", "bad.tbx"),
        ("evil.tbx", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><martif>&e;</martif>', "evil.tbx"),
    ],
)
def test_bad_glossaries_are_one_line_errors_naming_the_file(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError) as error:
        load(str(path))
    assert problem in str(error.value) and "\n" not in str(error.value)


def test_several_glossaries_combine(tmp_path):
    other = tmp_path / "more.csv"
    other.write_text("source,target,forbidden,note,case-sensitive\n区块链,blockchain,block chain,,\n", encoding="utf-8")
    combined = load_all([str(FIXTURES / FORMATS[0]), str(other)])
    assert {"blockchain", "Chinese-speaking region"} <= {e.target for e in combined.entries}


@pytest.mark.parametrize("fmt", ["csv", "po", "tbx"])
def test_forms_differing_only_by_case_or_hyphen_are_reported_after_a_terms_round_trip(tmp_path, fmt):
    from collections import Counter

    from conftest import lint_findings
    from l10n_check.terms import WRITERS, Candidate

    candidates = [Candidate("term", Counter({"Top Three": 3, "top three": 1}), ["d.txt:1"]),
                  Candidate("term", Counter({"Chinese-speaking market": 3, "Chinese speaking market": 1}), ["d.txt:1"])]
    path = tmp_path / f"glossary.{fmt}"
    path.write_text(WRITERS[fmt](candidates, "zh", "en"), encoding="utf-8")
    glossary = load(str(path))
    text = "The Top Three grew. The top three fell. The Chinese-speaking market and the Chinese speaking market.\n"
    from l10n_check import engine
    from l10n_check.readers import parse

    config = engine.Config(select=("glossary-violation",))
    findings = engine.lint([parse("d.txt", text, "zh", "en")], config, {"glossary": glossary})
    assert [(f.text, f.suggestion) for f in findings] == [("top three", "Top Three"),
                                                          ("Chinese speaking market", "Chinese-speaking market")]
    # the note the terms draft wrote is quoted briefly, not whole with every place
    assert all("d.txt:1" not in f.message and "uses:" in f.message for f in findings), [f.message for f in findings]


def test_an_approved_form_alone_still_matches_any_case_and_hyphen(tmp_path):
    from l10n_check.glossary import Entry

    entry = Entry(target="Chinese-speaking market", forbidden=("Chinese-language market",))
    assert not entry.exact_case("Chinese-speaking market") and not entry.exact_hyphens()
    assert Entry(target="Top Three", forbidden=("top three",)).exact_case("Top Three")
    assert Entry(target="e-mail", forbidden=("e mail",)).exact_hyphens()
