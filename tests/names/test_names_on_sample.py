"""The three name checks together on the sample draft: what they report and what they leave alone."""

import pytest

from conftest import lint_findings

NAME_CHECKS = ("name-variant", "name-role-conflict", "romanized-word")
# Proper nouns of the sample that are no problem at all.
CLEAN_NAMES = (
    "Binance", "OKX", "Huobi", "Bitget", "Messi", "La Liga", "Robinhood", "Ondo", "Kuala Lumpur",
    "Thailand", "Hong Kong", "TradFi", "MBTI", "Xie Jiayin", "Deep Tide TechFlow", "Xiaoyuzhou",
)


@pytest.fixture(scope="module")
def findings() -> list:
    from conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8")
    return [f for check in NAME_CHECKS for f in lint_findings(text, check)]


def test_only_the_invented_name_is_reported(findings: list) -> None:
    assert sorted((f.check, f.line, f.column, f.text) for f in findings) == [
        ("name-role-conflict", 1, 95, "Chang Qingshu"),
        ("name-role-conflict", 15, 106, "Chang Qingshu"),
        ("romanized-word", 1, 95, "Chang Qingshu"),
        ("romanized-word", 15, 106, "Chang Qingshu"),
    ]


@pytest.mark.parametrize("name", CLEAN_NAMES)
def test_no_finding_on_a_real_name(findings: list, name: str) -> None:
    assert not [f for f in findings if name in f.text]
