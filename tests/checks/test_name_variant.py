"""name-variant: one name rendered several ways, in one draft or across drafts."""

import pytest

from conftest import lint_findings, lint_text
from l10n_check import engine
from l10n_check.names.nameslist import RESOURCE, parse_names
from l10n_check.readers import parse

CHECK = "name-variant"
# The dominant rendering, twice, so that the variant is the minority.
BASE = "Zhou Jielun joined in 2024. Zhou Jielun leads the team.\n\n"


@pytest.mark.parametrize(
    ("variant", "kind"),
    [
        ("Jielun Zhou", "the other way round"),  # surname and given name swapped
        ("Zhou Jie-lun", "hyphenated or spaced"),
        ("Zhou Jie Lun", "hyphenated or spaced"),
        ("ZHOU Jielun", "capitalized differently"),
        ("Zhōu Jiélún", "tone marks"),
        ("Zhou Jeilun", "misspelling"),  # jei is no pinyin syllable: a typo
    ],
)
def test_flags_each_kind_of_variant(variant: str, kind: str) -> None:
    text = BASE + f"Later, {variant} said it grew.\n"
    assert lint_text(text, CHECK) == [(3, 8, CHECK)]
    finding = lint_findings(text, CHECK)[0]
    assert finding.text == variant
    assert kind in finding.message and "'Zhou Jielun' (used 2 times)" in finding.message
    assert finding.suggestion == "Zhou Jielun"
    assert [(r.line, r.column, r.text) for r in finding.related] == [(1, 1, "Zhou Jielun"), (1, 29, "Zhou Jielun")]
    assert finding.data == {"dominant": "Zhou Jielun", "variants": {"Zhou Jielun": 2, variant: 1}, "kind": "name"}


def test_consistent_rendering_is_clean() -> None:
    assert lint_text(BASE + "Later, Zhou Jielun said it grew.\n", CHECK) == []


def test_every_occurrence_of_a_minority_rendering_is_reported() -> None:
    text = BASE + "Zhou Jielun again. Jielun Zhou said so, and Jielun Zhou left.\n"
    assert lint_text(text, CHECK) == [(3, 20, CHECK), (3, 45, CHECK)]


def test_two_renderings_used_once_each_report_the_later() -> None:
    assert lint_text("Wang Xiaoming founded it; Xiaoming Wang said so.\n", CHECK) == [(1, 27, CHECK)]


def test_near_miss_of_an_ordinary_name() -> None:
    text = "Katherine Smith spoke. Katherine Smith left. Catherine Smith returned.\n"
    assert lint_text(text, CHECK) == [(1, 46, CHECK)]
    assert lint_text("Katherine Smith spoke. Katherine Smith left. Katherine Smith returned.\n", CHECK) == []


def test_near_miss_as_common_as_the_other_is_left_alone() -> None:
    # Two similar names used alike may be two people.
    assert lint_text("Katherine Smith spoke. Catherine Smith returned.\n", CHECK) == []


def test_two_valid_chinese_names_are_two_people() -> None:
    assert lint_text("Zhang Wei met Zhang Wen. Zhang Wei left. Zhang Wei came back.\n", CHECK) == []


def test_name_in_characters_and_romanized() -> None:
    text = "Li Xiaolong founded the fund. Li Xiaolong spoke.\n\nThe founder 李小龙 disagreed.\n"
    findings = lint_findings(text, CHECK)
    assert [(f.line, f.column, f.text) for f in findings] == [(3, 13, "李小龙")]
    assert "Chinese characters" in findings[0].message and findings[0].suggestion == "Li Xiaolong"


def test_characters_in_brackets_after_the_romanization_are_a_gloss() -> None:
    assert lint_text("Li Xiaolong (李小龙) founded the fund. Li Xiaolong spoke.\n", CHECK) == []


def test_characters_of_another_name_are_not_matched() -> None:
    assert lint_text("Li Xiaolong founded the fund. Li Xiaolong spoke. 王小明 disagreed.\n", CHECK) == []


def test_title_case_in_a_heading_is_no_case_variant() -> None:
    text = "The Asia-pacific Market\nOur Asia-Pacific team grew. The Asia-Pacific desk too.\n"
    assert lint_text(text, CHECK) == []
    in_prose = "We saw Asia-pacific growth.\nOur Asia-Pacific team grew. The Asia-Pacific desk too.\n"
    assert lint_text(in_prose, CHECK) == [(1, 8, CHECK)]


def test_capitals_for_emphasis_are_no_case_variant() -> None:
    assert lint_text(BASE + "Later, ZHOU JIELUN said it grew.\n", CHECK) == []


def test_draft_without_names_yields_nothing() -> None:
    assert lint_text("the team grew quickly.\n\nit is the warmest exchange, they said.\n", CHECK) == []


def _lint_drafts(drafts: dict[str, str], names_toml: str | None = None):
    documents = [parse(path, text, "zh", "en") for path, text in drafts.items()]
    resources = {RESOURCE: parse_names(names_toml)} if names_toml else {}
    return engine.lint(documents, engine.Config(select=(CHECK,)), resources)


def test_variants_across_drafts_of_one_run() -> None:
    findings = _lint_drafts({"a.txt": BASE, "b.txt": "Jielun Zhou said it grew.\n"})
    assert [(f.path, f.line, f.column) for f in findings] == [("b.txt", 1, 1)]
    assert [(r.path, r.line) for r in findings[0].related] == [("a.txt", 1), ("a.txt", 1)]


def test_each_draft_consistent_alone_but_not_together() -> None:
    findings = _lint_drafts({"a.txt": "Zhou Jielun spoke.\n", "b.txt": "Zhou Jielun left.\n", "c.txt": "ZHOU Jielun came.\n"})
    assert [(f.path, f.text) for f in findings] == [("c.txt", "ZHOU Jielun")]
    assert "used 2 times in 2 files" in findings[0].message


def test_names_list_canonical_wins_and_listed_renderings_are_never_reported() -> None:
    names = '[[name]]\ncanonical = "Jielun Zhou"\naccept = ["ZHOU Jielun"]\n'
    text = BASE + "Jielun Zhou said it. ZHOU Jielun agreed.\n"
    findings = _lint_drafts({"d.txt": text}, names)
    assert [(f.line, f.column, f.text) for f in findings] == [(1, 1, "Zhou Jielun"), (1, 29, "Zhou Jielun")]
    assert all(f.suggestion == "Jielun Zhou" for f in findings)


def test_names_list_canonical_that_the_draft_never_uses() -> None:
    findings = _lint_drafts({"d.txt": "Jielun Zhou spoke. Jielun Zhou left.\n"}, '[[name]]\ncanonical = "Zhou Jielun"\n')
    assert len(findings) == 2 and "canonical form in the names list" in findings[0].message


def test_ignored_names_are_never_reported() -> None:
    assert _lint_drafts({"d.txt": BASE + "Jielun Zhou said.\n"}, 'ignore = ["Jielun Zhou"]\n') == []
    assert lint_text(BASE + "Jielun Zhou said.\n", CHECK, ignore=["Jielun Zhou"]) == []


def test_similarity_option() -> None:
    text = "Katherine Smith spoke. Katherine Smith left. Catherine Smith returned.\n"
    assert lint_text(text, CHECK, similarity=95) == []


def test_sample_has_no_variant_of_its_names(sample_text: str) -> None:
    assert lint_findings(sample_text, CHECK) == []


@pytest.mark.parametrize(
    "text",
    [
        "I'm here. Later I’m there. I'd say the ID is fine, and I'd know.\n",  # contractions are no names
        "Set INFO level. The INFO logs grew. Info about it follows.\n",  # a keyword in capitals
        "Replace-by-Fee came. Replace-by-Fee stayed. Replace-By-Fee left.\n",  # small words of a title
        "Jane Doe wrote it. Jane Doe signed. Follow JaneDoe for news.\n",  # a handle against the name
        "The NEP-17 token. A NEP-17 asset. Any NEP17 asset.\n",  # a numbered standard
        "James O'Beirne spoke. James O'Beirne left. James O’Beirne came back.\n",  # apostrophes: quote-style
        "Unfortunately it broke. Unfortunately we saw it. Fortunately it was easy.\n",  # an extended word
    ],
)
def test_styles_that_are_no_second_spelling(text: str) -> None:
    assert lint_text(text, CHECK) == []


def test_a_spaced_form_of_a_joined_brand_is_reported() -> None:
    text = "We chose HertzBeat. Users of HertzBeat agree. What is Hertz Beat?\n"
    assert [f.text for f in lint_findings(text, CHECK)] == ["Hertz Beat"]


def test_other_names_are_compared_across_drafts_only_when_asked() -> None:
    drafts = {"a.txt": "We met at GopherCon and GopherCon closed.\n", "b.txt": "We loved Gophercon.\n"}
    assert _lint_drafts(drafts) == []
    documents = [parse(path, text, "zh", "en") for path, text in drafts.items()]
    config = engine.Config(select=(CHECK,), options={CHECK: {"across-drafts": "all"}})
    assert [f.path for f in engine.lint(documents, config)] == ["b.txt"]


def test_a_bad_across_drafts_value_is_a_configuration_error() -> None:
    with pytest.raises(engine.ConfigError, match="across-drafts"):
        lint_text(BASE, CHECK, across_drafts="some")


def test_a_name_in_pinyin_and_its_english_name_are_one_name() -> None:
    findings = lint_findings("Chat on Dingding today. Alerts go to DingTalk and to DingTalk again.\n", CHECK)
    assert [(f.text, f.suggestion) for f in findings] == [("Dingding", "DingTalk")]
    assert "钉钉" in findings[0].message and "English name" in findings[0].message


def test_a_name_in_pinyin_and_translated_word_for_word() -> None:
    findings = lint_findings("The Tiejia Xiaobao team won. Our Armor Small Treasure team lost.\n", CHECK)
    assert [f.text for f in findings] == ["Armor Small Treasure"]
    assert "铁甲小宝" in findings[0].message and "'Tiejia Xiaobao'" in findings[0].message


def test_pinyin_names_without_a_translation_and_ordinary_words_are_clean() -> None:
    assert lint_text("Zhang Wei met Li Na in Shanghai. Wang Xiaoming left with Background Music.\n", CHECK) == []


@pytest.mark.parametrize(("text", "variant"), [
    ("The Golden Bull award went to Acme. The Golden Bull jury met. Later the Gold Bull trophy shone.\n", "Gold Bull"),
    ("We use DataHub daily. Our DataHub stores it. Ask the DateHub team.\n", "DateHub"),
])
def test_near_miss_of_one_word_of_a_multiword_name(text: str, variant: str) -> None:
    assert [f.text for f in lint_findings(text, CHECK)] == [variant]


def test_different_words_plurals_and_names_used_alike_are_no_near_miss() -> None:
    text = "Western Europe met Eastern Europe. Western Europe won. The Apple Watch and Apple Watches. Data Lake, Date Lake.\n"
    assert lint_text(text, CHECK) == []


def test_related_places_stop_at_ten_and_the_last_counts_the_rest() -> None:
    text = "Zhou Jielun spoke. " * 25 + "\n\nLater, Jielun Zhou said it grew.\n"
    finding = lint_findings(text, CHECK)[0]
    assert len(finding.related) == 10 and finding.related[0].column == 1
    assert finding.related[-1].note == "'Zhou Jielun' (and 15 more)"
    assert "used 25 times" in finding.message


def test_a_long_run_of_capitals_is_no_name_to_compare_word_by_word() -> None:
    # "Golden Bull" / "Gold Bull" are compared word by word; a run of forty capitals is no name
    # (and comparing it so would cost the square of its length).
    assert lint_text("Golden Bull won. Golden Bull led.\n\nThen Gold Bull fell.\n", CHECK) == [(3, 6, CHECK)]
    runs = " ".join(["Alpha Beta Gamma Delta Omega"] * 8)
    assert lint_text(f"{runs}.\n\n{runs}.\n\n{runs.replace('Gamma', 'Gamme', 1)}.\n", CHECK) == []


def test_a_name_in_pinyin_against_its_english_name_in_inline_code() -> None:
    text = "Alarms go to email, WeChat, Dingding and SMS.\n\n* Channels: `Slack` `DingTalk` `Config` `foo`.\n"
    findings = lint_findings(text, CHECK, path="d.md")
    assert [(f.line, f.column, f.text) for f in findings] == [(1, 29, "Dingding")]
    assert "钉钉" in findings[0].message and [(r.line, r.column) for r in findings[0].related] == [(3, 22)]
    # Code is evidence only: a name in code is never reported, nor compared with a name in prose.
    assert lint_text("We use DingTalk daily.\n\n* `Dingding` `Dingtalk`\n", CHECK, path="d.md") == []


class _CountingOccurrences(tuple):
    """Occurrences that count how many of them are read, whoever reads them."""

    read = 0

    def __iter__(self):
        for occurrence in tuple.__iter__(self):
            _CountingOccurrences.read += 1
            yield occurrence


def test_a_name_in_many_drafts_is_split_by_draft_in_linear_work() -> None:
    """Each draft judged alone: the occurrences are read a bounded number of times, not once per draft."""
    from l10n_check.checks.name_variant import _scoped
    from l10n_check.names.grouping import Occurrence, Rendering
    from l10n_check.names.mentions import parse_words

    drafts = 300
    found = [
        Rendering(text, _CountingOccurrences(Occurrence(i, f"d{i}.txt", parse_words(text)) for i in range(drafts)))
        for text in ("Acme Cloud", "AcmeCloud")
    ]
    _CountingOccurrences.read = 0
    parts = list(_scoped(found, "none"))
    assert len(parts) == drafts and all(len(part) == 2 and part[0].text == "Acme Cloud" for part in parts)
    assert _CountingOccurrences.read <= 4 * 2 * drafts  # once per draft each would be 2 * 300 * 300
