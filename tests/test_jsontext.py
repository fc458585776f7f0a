"""The JSON writer of the output formats writes what ``json.dumps(indent=2)`` writes, character for character."""

import enum
import json
import math
import random

import pytest

from l10n_check.formats.jsontext import dumps


class Level(enum.IntEnum):
    LOW = 1


def random_string(rng: random.Random) -> str:
    alphabet = ['a', 'Z', ' ', '"', '\\', '\n', '\t', '\x00', '\x1f', '\u2028', '好', '😀', '\ud800', '/', '\u00e9']
    return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8)))


def random_value(rng: random.Random, depth: int = 0):
    kinds = ["str", "int", "float", "bool", "none", "enum"] + (["list", "tuple", "dict"] * 2 if depth < 4 else [])
    kind = rng.choice(kinds)
    if kind == "str":
        return random_string(rng)
    if kind == "int":
        return rng.choice([0, -1, 7, 10**30, -(2**63)])
    if kind == "float":
        return rng.choice([0.0, -0.0, 1.5, 1e300, 1e-7, math.inf, -math.inf, math.nan, 0.1 + 0.2])
    if kind == "bool":
        return rng.choice([True, False])
    if kind == "none":
        return None
    if kind == "enum":
        return Level.LOW
    items = [random_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    if kind == "list":
        return items
    if kind == "tuple":
        return tuple(items)
    keys = [rng.choice([random_string(rng), 3, 2.5, True, False, None]) for _ in items]
    return dict(zip(keys, items))


@pytest.mark.parametrize("seed", range(300))
def test_random_values_are_written_as_the_library_writes_them(seed):
    value = random_value(random.Random(seed))
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_finding_shaped_value():
    value = {"check": "calque", "line": 3, "related": [], "data": {}, "suggestion": None,
             "nested": [{"path": "a\nb.md", "note": "“quoted”"}]}
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_the_library_refuses_is_refused():
    with pytest.raises(TypeError):
        dumps({"x": {1, 2}})
    with pytest.raises(TypeError):
        dumps({(1, 2): "tuple key"})
