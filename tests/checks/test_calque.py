import pytest

from conftest import SAMPLE, lint_findings, lint_text
from l10n_check.checks.calque import builtin, parse_table

CHECK = "calque"


def test_classic_calque_with_the_better_rendering():
    findings = lint_findings("This article is full of dry goods about the exchange.\n", CHECK)
    assert [(f.column, f.text, f.suggestion) for f in findings] == [(25, "dry goods", "practical insights")]
    assert "干货" in findings[0].message


def test_case_plural_and_hyphen_variants_match():
    text = "Cutting leeks again. The Melon-Eating Masses watched. People mountain people sea.\n"
    assert [f.text for f in lint_findings(text, CHECK)] == ["Cutting leeks", "Melon-Eating Masses", "People mountain people sea"]


def test_word_boundaries_hold_and_ordinary_english_is_clean():
    text = "The dry goodsmen sold groceries. An evergreen forest and a race. We add oil to the pan? No: we add olive oil.\n"
    assert lint_text(text, CHECK) == []


def test_ignore_option_and_extra_list(tmp_path):
    assert lint_text("Full of dry goods.\n", CHECK, ignore=["dry goods"]) == []
    extra = tmp_path / "mine.tsv"
    extra.write_text("造势\tcreating momentum force\tbuilding hype\tour desk\n", encoding="utf-8")
    assert lint_text("They kept creating momentum force.\n", CHECK, extra=[str(extra)]) == [(1, 11, CHECK)]


def test_the_list_is_broad_well_formed_and_sourced():
    calques = builtin()
    assert len(calques) >= 60
    assert len({c.chinese for c in calques}) == len(calques)
    for calque in calques:
        assert calque.literal and calque.better and calque.attested, calque.chinese
        assert all(form == form.strip() and form for form in calque.literal)
    from importlib import resources

    header = resources.files("l10n_check.data").joinpath("calques.tsv").read_text("utf-8")[:600]
    assert "Source:" in header and "Licence" in header


def test_malformed_row_names_file_and_line():
    with pytest.raises(ValueError, match="x.tsv:2"):
        parse_table("# header\n干货\tdry goods\n", "x.tsv")


def test_sample_calques_are_found():
    findings = lint_findings(SAMPLE.read_text(encoding="utf-8"), CHECK)
    assert {f.text.lower() for f in findings} == {"evergreen tree", "wolfishness"}
    assert (29, "evergreen tree") in [(f.line, f.text) for f in findings]


def test_a_missing_extra_list_is_a_one_line_error_and_exit_2(tmp_path):
    from click.testing import CliRunner

    from l10n_check.cli import main

    config = tmp_path / ".l10n-check.toml"
    config.write_text('[checks.calque]\nextra = ["nowhere.tsv"]\n', encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Full of dry goods.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(draft), "--config", str(config), "-j", "1"])
    assert result.exit_code == 2
    assert "nowhere.tsv" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_reading_composed_from_cc_cedict_names_the_word_parts_and_sense():
    findings = lint_findings("Everyone likes to eat melon these days.\n", CHECK)
    assert [(f.column, f.text) for f in findings] == [(19, "eat melon")]
    assert "吃瓜" in findings[0].message and "吃 'eat' + 瓜 'melon'" in findings[0].message
    assert "spectacle" in findings[0].message


def test_cc_cedicts_own_literal_reading_counts_and_plurals_match():
    findings = lint_findings("Phones at cabbage prices sold out.\n", CHECK)
    assert [f.text for f in findings] == ["cabbage prices"] and "low price" in findings[0].message


def test_composed_readings_are_words_not_joined_forms_and_can_be_turned_off():
    assert lint_text("Payjoin and eatmelon are names.\n", CHECK) == []
    assert lint_text("Everyone likes to eat melon.\n", CHECK, composed=False) == []
    assert lint_text("Everyone likes to eat melon.\n", CHECK, ignore=["eat melon"]) == []


def test_the_composed_table_is_data_with_a_source_and_no_common_english():
    from l10n_check.checks.calque import readings

    table = readings()
    assert len(table) > 1000 and all(r.chinese and r.sense and r.parts for r in table)
    assert not {"credit card", "stock market", "big guy", "hot water"} & {r.reading for r in table}
    from importlib import resources

    header = resources.files("l10n_check.data").joinpath("calque_literals.tsv").read_text("utf-8")[:600]
    assert "SOURCE:" in header and "LICENSE" in header


@pytest.mark.parametrize(("text", "label", "better"), [
    ("# Directory\n\nSome text.\n", "Directory", "Contents"),
    ("Explain: the app runs.\n", "Explain", "Note"),
    ("> Illustration:\n> * the log\n", "Illustration", "Note"),
    ("### Harvest\n\n- what I learned\n", "Harvest", "Takeaways"),
])
def test_a_section_label_rendered_by_its_dictionary_sense(text, label, better):
    findings = lint_findings(text, CHECK, path="doc.md")
    assert [(f.text, f.suggestion) for f in findings] == [(label, better)]
    assert "dictionary sense" in findings[0].message


def test_right_labels_and_the_words_in_running_text_are_clean():
    assert lint_text("## Notes\n\nNote: fine. We explain: it works. The harvest was good.\n", CHECK, path="doc.md") == []


def test_the_label_table_is_data_with_a_source_and_its_wrong_senses_come_from_cc_cedict():
    from importlib import resources

    from l10n_check.checks.calque import label_calques

    header = resources.files("l10n_check.data").joinpath("label_calques.tsv").read_text("utf-8")[:800]
    assert "Source:" in header and "CC BY-SA 4.0" in header
    table = label_calques()
    assert {c.chinese for c in table.values()} >= {"说明", "收获", "目录"}
    assert "note" not in table and "content" not in table  # the right labels are never wrong ones


def test_a_list_item_opened_by_a_dictionary_sense_of_its_verb():
    findings = lint_findings("Changes:\n\n1. Realize the monitoring of containers.\n2. Implement the export.\n", CHECK, path="doc.md")
    assert [(f.line, f.text, f.suggestion) for f in findings] == [(3, "Realize", "Implement")]
    assert lint_text("We realize it. Realize that it works.\n", CHECK, path="doc.md") == []


def test_a_label_word_paired_with_a_noun_in_a_heading_by_its_verb_sense():
    findings = lint_findings("## Open source contribution and harvest\n\nText.\n", CHECK, path="doc.md")
    assert [(f.line, f.column, f.text, f.suggestion) for f in findings] == [(1, 33, "harvest", "Takeaways")]
    assert "收获" in findings[0].message and "paired with a noun" in findings[0].message
    # A verb ending a heading that pairs nothing, a noun sense, and running text are English.
    clean = "## Things we can explain\n\n## Food and harvest festival\n\nWe worked and harvest apples.\n"
    assert lint_text(clean, CHECK, path="doc.md") == []


def test_composed_readings_take_the_first_plain_sense_of_each_part():
    # 大踏步 "in big strides": 大 is "big" first; "large step" is no word-for-word rendering of it.
    from l10n_check.checks.calque import readings

    table = {r.reading for r in readings()}
    assert "eat melon" in table and "cabbage price" in table and "large step" not in table
    assert lint_text("Take a large step back.\n", CHECK) == []


# Rows grown from reading machine-translated tech, fintech and crypto docs: jargon rendered word for
# word, where an English developer or trader says something else.
@pytest.mark.parametrize(("text", "expected"), [
    # software and networking jargon
    ("Raise the timeout time and keep a TCP long connection to the registry center.\n",
     [("timeout time", "timeout"), ("TCP long connection", "persistent connection"), ("registry center", "service registry")]),
    ("The mapping relationships live in the superior directory; see the background management system.\n",
     [("mapping relationships", "mapping"), ("superior directory", "parent (scope, directory, menu)"),
      ("background management system", "backend API")]),
    # trading and crypto-exchange jargon
    ("Scattered households chase the rise and kill the fall, then mention coins to a plugin wallet.\n",
     [("Scattered households", "retail investors"), ("chase the rise and kill the fall", "buy high, sell low"),
      ("mention coins", "withdraw crypto"), ("plugin wallet", "browser-extension wallet")]),
    # internet slang
    ("A nanny-level guide to black technology.\n", [("nanny-level", "step-by-step, beginner-friendly"), ("black technology", "cutting-edge tech")]),
])
def test_tech_trading_and_slang_jargon_rendered_word_for_word(text, expected):
    findings = lint_findings(text, CHECK)
    assert [(f.text, f.suggestion) for f in findings] == expected
    assert all("word-for-word translation of" in f.message for f in findings)


def test_the_same_words_in_their_ordinary_english_sense_are_clean():
    # Travel and history senses of connection and occupied, a timeout in sport, a real wallet, a
    # platform at a station: the rows list only the jargon's forms, not the words.
    text = ("We have a long connection with the university, and a short connection in Doha. The port was "
            "occupied by troops. The coach called a timeout; time ran out. My leather wallet has no plugin. "
            "Wait on the middle of the platform.\n")
    assert lint_text(text, CHECK) == []


# Section titles (data/heading_calques.tsv): whole titles only.

def test_a_section_title_rendered_word_for_word_names_the_title_english_uses():
    findings = lint_findings("# Update log\n\nText.\n\n### Precautions\n", CHECK, "draft.md")
    assert [(f.line, f.column, f.text, f.suggestion) for f in findings] == [
        (1, 3, "Update log", "Changelog"), (5, 5, "Precautions", "Notes")]
    assert "更新日志" in findings[0].message and "'Notes' or 'Caveats'" in findings[1].message


def test_a_label_alone_on_its_line_is_a_title_too_whatever_its_marks():
    text = "**Reference links:**\n\n1. Open-source agreement:\n\n- __Friendly links__:\n"
    assert [f.text for f in lint_findings(text, CHECK, "draft.md")] == ["Reference links", "Open-source agreement", "Friendly links"]


def test_the_same_words_in_running_text_or_a_longer_title_are_fine():
    text = ("We keep an update log of every release. Precautions: back up first.\n\n"
            "## Update log format\n\n## Quick start\n\n## Safety precautions for the update log\n")
    assert lint_text(text, CHECK, "draft.md") == []


def test_a_title_can_be_ignored_like_any_literal_form():
    assert lint_text("## Precautions\n", CHECK, "draft.md", ignore=["precautions"]) == []


def test_the_title_list_is_well_formed_sorted_and_sourced():
    from importlib import resources

    from l10n_check.checks.calque import heading_calques

    text = resources.files("l10n_check.data").joinpath("heading_calques.tsv").read_text("utf-8")
    rows = parse_table(text, "heading_calques.tsv")
    assert len(rows) >= 10 and "Source:" in text and "Licence" in text
    assert [row.chinese for row in rows] == sorted(row.chinese for row in rows)
    curated = {form.casefold() for calque in builtin() for form in calque.literal}
    assert not curated & {form.casefold() for row in rows for form in row.literal}  # one list per phrase
    assert all(form.casefold() not in {"quick start", "introduction", "notes"} for form in heading_calques())


# Product names (data/product_calques.tsv): as names in running text, and as whole code spans.

def test_a_product_name_translated_word_for_word_in_a_list_of_code_spans():
    text = "Alerts go out by `Email` `Nail` `WeChat` `Flybook` and `Server sauce`.\n"
    findings = lint_findings(text, CHECK, "draft.md")
    assert [(f.column, f.text, f.suggestion) for f in findings] == [
        (27, "Nail", "DingTalk"), (43, "Flybook", "Feishu"), (57, "Server sauce", "ServerChan")]
    assert "钉钉" in findings[0].message and "'DingTalk'" in findings[0].message


def test_in_running_text_a_product_name_must_read_as_a_name_and_not_as_an_english_word():
    text = "We posted it on Know Almost and in Flybook. Hammer the nail. The Nail app pinged us. Know almost nothing.\n"
    assert [f.text for f in lint_findings(text, CHECK, "draft.md")] == ["Know Almost", "Flybook"]


def test_code_blocks_and_code_spans_holding_more_than_a_name_are_not_product_lists():
    text = "Text.\n\n```\nsend `Nail`\n```\n\nCall `Nail.hammer()` or `Flybook client`.\n"
    assert lint_text(text, CHECK, "draft.md") == []


def test_the_product_list_is_well_formed_sorted_and_sourced():
    from importlib import resources

    from l10n_check.checks.calque import products

    text = resources.files("l10n_check.data").joinpath("product_calques.tsv").read_text("utf-8")
    assert "Source:" in text and "Licence" in text and len(products()) >= 15
    assert [p.chinese for p in products()] == sorted(p.chinese for p in products())
    curated = {form.casefold() for calque in builtin() for form in calque.literal}
    assert not curated & {form.casefold() for p in products() for form in p.literal}


def test_the_packaged_matcher_read_back_from_the_cache_finds_what_a_freshly_filed_one_finds(tmp_path, monkeypatch):
    """The usual run loads the packaged lists' filed phrases from the cache directory: the first run
    files and keeps them, the second reads them back; both find, in the sample, the same places
    with the same rows as the matcher built from the parsed lists."""
    from l10n_check import cache
    from l10n_check.checks import calque
    from l10n_check.termmatch import PhraseMatcher

    monkeypatch.setenv(cache.ENV, str(tmp_path))
    listed = [(form, c) for c in (*calque.builtin(), *calque.products()) for form in c.literal]
    listed += [(r.reading, r) for r in calque.readings()]
    fresh = PhraseMatcher(listed)
    text = SAMPLE.read_text(encoding="utf-8") + "\nFull of dry goods; the Flybook app; a Cabbage Price.\n"
    expected = list(fresh.finditer(text))
    assert len(expected) >= 3
    for _ in range(2):  # filed and kept, then read back
        assert list(calque._packaged_matcher(True).finditer(text)) == expected
    assert [p.suffix for p in tmp_path.iterdir() if p.name.startswith("calque-matcher")] == [".marshal"]
