"""Grouping renderings of one name: keys first, fuzzy matching only inside blocks."""

from l10n_check.names.grouping import Occurrence, flat_key, group, renderings
from l10n_check.names.mentions import parse_words
from l10n_check.names.nameslist import parse_names


def _group(*texts: str, names: str = "") -> list[list[str]]:
    occurrences = [Occurrence(0, "d.txt", parse_words(t)) for t in texts]
    return [[r.text for r in g] for g in group(renderings(occurrences), parse_names(names))]


def test_flat_key() -> None:
    assert flat_key("Zhōu Jie-lun") == flat_key("ZHOU JIE LUN") == "zhoujielun"


def test_renderings_of_one_name_share_a_group() -> None:
    assert _group("Zhou Jielun", "Jielun Zhou", "Zhou Jie-lun", "Zhōu Jiélún", "Zhou Jeilun") == [
        ["Zhou Jielun", "Jielun Zhou", "Zhou Jie-lun", "Zhōu Jiélún", "Zhou Jeilun"]
    ]


def test_ambiguous_order_of_two_surnames_joins_by_the_bag_key() -> None:
    assert _group("Wang Fang", "Fang Wang") == [["Wang Fang", "Fang Wang"]]


def test_different_names_stay_apart() -> None:
    assert _group("Zhang Wei", "Zhang Wen", "Acme", "Acne Labs") == [["Zhang Wei"], ["Zhang Wen"], ["Acme"], ["Acne Labs"]]


def test_han_name_joins_by_its_reading() -> None:
    assert _group("Li Xiaolong", "李小龙", "王小明") == [["Li Xiaolong", "李小龙"], ["王小明"]]


def test_names_list_joins_renderings_whose_keys_differ() -> None:
    names = '[[name]]\ncanonical = "Zhou Jielun"\naccept = ["Jay Chou"]\n'
    assert _group("Jay Chou", "Zhou Jielun", names=names) == [["Jay Chou", "Zhou Jielun"]]


def test_near_misses_are_looked_for_only_among_names() -> None:
    # Identifiers, one word extending the other, and a whole word replaced are no typos.
    assert _group("TextWrapper", "TextIOWrapper") == [["TextWrapper"], ["TextIOWrapper"]]
    assert _group("America", "Americas") == [["America"], ["Americas"]]
    assert _group("Eastern Europe", "Western Europe") == [["Eastern Europe"], ["Western Europe"]]


def test_a_transposed_pair_of_letters_is_a_near_miss() -> None:
    assert _group("Zhou Jielun", "Zhou Jeilun") == [["Zhou Jielun", "Zhou Jeilun"]]


def test_mentions_taken_in_document_order_need_no_sorting(sample_text: str) -> None:
    """``renderings(in_order=True)`` trusts its input's order: the mentions of documents taken one
    after another, as name-variant takes them, are already in it."""
    from l10n_check.names.mentions import mentions
    from l10n_check.readers import parse

    halves = sample_text[: len(sample_text) // 2], sample_text[len(sample_text) // 2 :]
    docs = [parse(f"d{i}.txt", text, "zh", "en") for i, text in enumerate(halves)]
    occurrences = [Occurrence(i, doc.path, m) for i, doc in enumerate(docs) for m in mentions(doc)]
    assert len(occurrences) > 50
    assert renderings(occurrences, in_order=True) == renderings(occurrences)
    assert renderings(occurrences[::-1]) == renderings(occurrences)  # sorted when not said to be
