"""name-role-conflict: two names given one one-person role."""

import pytest

from conftest import lint_findings, lint_text
from l10n_check import engine
from l10n_check.names.nameslist import RESOURCE, parse_names
from l10n_check.readers import parse

CHECK = "name-role-conflict"
FIRST = "Wang Lei, the CEO of Acme, spoke first. Wang Lei answered questions.\n\n"


@pytest.mark.parametrize(
    ("second", "column"),
    [
        ("Later, Zhou Ming, the CEO of Acme, agreed.", 8),  # NAME, the ROLE
        ("Later, Zhou Ming (CEO of Acme) agreed.", 8),  # NAME (ROLE)
        ("Later, Acme CEO Zhou Ming agreed.", 17),  # ROLE NAME
        ("Later, the CEO of Acme, Zhou Ming, agreed.", 25),  # the ROLE, NAME
        ("Later, Zhou Ming, the chief executive officer of the company, agreed.", 8),  # synonym, generic org
    ],
)
def test_flags_the_rarer_name_in_each_apposition(second: str, column: int) -> None:
    text = FIRST + second + "\n"
    assert lint_text(text, CHECK) == [(3, column, CHECK)]
    finding = lint_findings(text, CHECK)[0]
    assert finding.text == "Zhou Ming" and finding.suggestion == "Wang Lei"
    assert "'Wang Lei' (named 2 times)" in finding.message
    assert [(r.line, r.column, r.text) for r in finding.related] == [(1, 1, "Wang Lei")]


def test_one_name_in_the_role_is_clean() -> None:
    assert lint_text(FIRST + "Later, Wang Lei, the CEO of Acme, agreed.\n", CHECK) == []


def test_variants_of_one_name_are_one_person() -> None:
    assert lint_text(FIRST + "Later, Wang-Lei, the CEO of Acme, agreed. WANG Lei, the CEO, left.\n", CHECK) == []


def test_roles_at_different_organisations_do_not_conflict() -> None:
    assert lint_text(FIRST + "Later, Zhou Ming, the CEO of Binance, agreed.\n", CHECK) == []


def test_generic_organisation_matches_a_named_one() -> None:
    text = "Li Na, the regional head of the exchange, spoke. Li Na left. Su Yun, the regional head of Acme, came.\n"
    assert lint_text(text, CHECK) == [(1, 62, CHECK)]


def test_a_role_without_organisation_is_the_one_the_name_holds_elsewhere() -> None:
    text = "Acme CEO Wang Lei spoke. Beta CEO Zhou Ming spoke. Later, CEO Wang Lei left.\n"
    assert lint_text(text, CHECK) == []


def test_roles_several_people_hold_do_not_conflict() -> None:
    assert lint_text("Wang Lei, a partner at Acme, spoke. Zhou Ming, a partner at Acme, agreed.\n", CHECK) == []
    assert lint_text("Wang Lei, the co-founder of Acme, spoke. Zhou Ming, the co-founder of Acme, agreed.\n", CHECK) == []


def test_different_roles_do_not_conflict() -> None:
    assert lint_text(FIRST + "Zhou Ming, the CFO of Acme, agreed.\n", CHECK) == []


def test_names_used_alike_report_the_one_named_later() -> None:
    text = "Li Na, the CEO of Acme, spoke. Su Yun, the CEO of Acme, came.\n"
    assert lint_text(text, CHECK) == [(1, 32, CHECK)]


def test_every_occurrence_of_the_rarer_name_in_the_role() -> None:
    text = FIRST + "Zhou Ming, the CEO of Acme, agreed.\nAgain Zhou Ming, the CEO of Acme, agreed.\n"
    assert lint_text(text, CHECK) == [(3, 1, CHECK), (4, 7, CHECK)]


def test_extra_roles_option() -> None:
    text = "Wang Lei, the curator of the museum, spoke. Wang Lei left. Zhou Ming, the curator of the museum, came.\n"
    assert lint_text(text, CHECK) == []
    assert lint_text(text, CHECK, roles=["curator"]) == [(1, 60, CHECK)]


def test_listed_and_ignored_names_are_never_reported() -> None:
    text = FIRST + "Later, Zhou Ming, the CEO of Acme, agreed.\n"
    assert lint_text(text, CHECK, ignore=["Zhou Ming"]) == []
    document = parse("d.txt", text, "zh", "en")
    names = {RESOURCE: parse_names('[[name]]\ncanonical = "Zhou Ming"\n')}
    assert engine.lint([document], engine.Config(select=(CHECK,)), names) == []


def test_draft_without_names_yields_nothing() -> None:
    assert lint_text("the CEO of the company spoke. the head of marketing agreed.\n", CHECK) == []


def test_sample_reports_the_invented_head(sample_text: str) -> None:
    findings = lint_findings(sample_text, CHECK)
    assert [(f.line, f.text) for f in findings] == [(1, "Chang Qingshu"), (15, "Chang Qingshu")]
    for finding in findings:
        assert finding.suggestion == "Xie Jiayin"
        assert [(r.line, r.text) for r in finding.related] == [(4, "Xie Jiayin")]
        assert "the Chinese-speaking head of the exchange" in finding.message


def test_a_finding_relates_the_first_ten_places_of_the_other_name() -> None:
    """Each finding lists the other name's first places, not all: a long draft's report would
    otherwise grow in the square of its length."""
    text = "Wang Lei, the CEO of Acme, spoke.\n\n" * 30 + "Later, Zhou Ming, the CEO of Acme, agreed.\n"
    findings = lint_findings(text, CHECK)
    assert [f.text for f in findings] == ["Zhou Ming"]
    assert len(findings[0].related) == 10
    assert [r.line for r in findings[0].related] == list(range(1, 21, 2))
    assert "(named 30 times)" in findings[0].message  # the count is all of them
