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
