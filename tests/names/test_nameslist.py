"""The names list: TOML, canonical forms, accepted variants, ignored names; errors that say where."""

import pytest

from l10n_check.names.nameslist import EMPTY, NamesError, load_names, names_in, parse_names

GOOD = """
ignore = ["Acme Daily"]

[[name]]
canonical = "Zhou Jielun"
accept = ["Jay  Chou"]
"""


def test_reads_canonical_accepted_and_ignored() -> None:
    names = parse_names(GOOD)
    assert names.is_listed("Zhou Jielun") and names.is_listed("Jay Chou") and names.is_listed("Acme Daily")
    assert names.canonical("Jay Chou") == "Zhou Jielun" and names.canonical("Acme Daily") is None
    assert not names.is_listed("Jielun Zhou")


def test_load_from_file(tmp_path) -> None:
    path = tmp_path / "names.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_names(str(path)) == parse_names(GOOD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("names = 1\n", "unknown key 'names'"),
        ("[[name]]\naccept = []\n", "'canonical' must be a non-empty string"),
        ("[[name]]\ncanonical = 'A'\nalias = 'B'\n", "only 'canonical' and 'accept'"),
        ("ignore = 'A'\n", "'ignore' must be a list"),
        ("[[name]\n", "not valid TOML"),
    ],
)
def test_errors_name_the_problem(text: str, expected: str) -> None:
    with pytest.raises(NamesError, match=expected):
        parse_names(text, "names.toml")


def test_missing_file_is_an_error(tmp_path) -> None:
    with pytest.raises(NamesError, match="cannot read"):
        load_names(str(tmp_path / "missing.toml"))


def test_a_file_that_is_not_utf8_is_one_error_naming_it(tmp_path) -> None:
    path = tmp_path / "names.toml"
    path.write_bytes(b'ignore = ["\xff"]\n')
    with pytest.raises(NamesError, match=r"names.toml: not valid UTF-8 at byte offset 11"):
        load_names(str(path))


def test_resources_without_a_list_give_an_empty_one() -> None:
    assert names_in({}) is EMPTY and not EMPTY.is_listed("Anyone")
