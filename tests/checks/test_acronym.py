from conftest import SAMPLE, lint_findings, lint_text

from l10n_check.checks.acronym import common_acronyms, expands

CHECK = "acronym"


def test_undefined_jargon_is_reported_once_at_first_use_with_its_count():
    findings = lint_findings("Xie led the BD team.\nThe BD team grew.\n", CHECK)
    assert [(f.line, f.column, f.text) for f in findings] == [(1, 13, "BD")]
    assert "used 2 times" in findings[0].message and "never defined" in findings[0].message


def test_defined_before_use_is_clean_in_both_orders():
    assert lint_text("Xie led business development (BD). Later the BD team grew.\n", CHECK) == []
    assert lint_text("The KPI (key performance indicator) rose. The KPI fell.\n", CHECK) == []


def test_used_before_its_definition():
    text = "The KPI rose.\nLater we explain the key performance indicator (KPI).\n"
    assert lint_text(text, CHECK) == [(1, 5, CHECK)]


def test_two_different_expansions():
    text = "The UEX (Universal Exchange) launched. The UEX (User Experience) improved.\n"
    findings = lint_findings(text, CHECK)
    assert [(f.column, f.suggestion) for f in findings] == [(44, "Universal Exchange")]


def test_common_knowledge_brands_and_roman_numerals_are_clean():
    text = "The US and the EU met the CEO of OKX. World War II ended. An ETF holds BTC and ETH.\n"
    assert lint_text(text, CHECK) == []


def test_allow_option():
    assert lint_text("Xie led the BD team.\n", CHECK, allow=["BD"]) == []


def test_all_capital_headings_are_not_acronyms():
    assert lint_text("BREAKING NEWS FROM THE BD DESK\nPlain text.\n", CHECK) == []


def test_expands_needs_the_letters_in_order_from_the_first():
    assert expands("UEX", "Universal Exchange") and expands("BD", "business development")
    assert not expands("BD", "development business") and not expands("KPI", "key indicator")


def test_the_common_acronym_list_is_data_with_a_source():
    assert {"US", "AI", "CEO", "ETF", "BTC", "ETH", "USD"} <= common_acronyms()


def test_sample_reports_bd_and_not_uex():
    findings = lint_findings(SAMPLE.read_text(encoding="utf-8"), CHECK)
    texts = {f.text for f in findings}
    assert "BD" in texts and "UEX" not in texts and "OKX" not in texts


def test_in_a_draft_with_code_the_genre_knows_its_acronyms():
    text = "Call the RPC server with `start`.\nThe SDK ships it.\n"
    assert lint_text(text, CHECK, path="doc.md") == []
    assert [f[2] for f in lint_text(text, CHECK, path="doc.md", in_technical=True)] == [CHECK, CHECK]


def test_a_draft_that_leaves_many_acronyms_undefined_is_for_insiders():
    text = "The BD, HWI, LND, RBF and UDP teams met.\n"
    assert lint_text(text, CHECK) == []
    assert len(lint_text(text, CHECK, max_undefined=9)) == 5


def test_headings_link_text_alt_text_and_tables_are_labels():
    text = "# The BD desk\n\n![BD logo](x.png) and [BD](https://example.com).\n\n| BD | 3 |\n|----|---|\n"
    assert lint_text(text, CHECK, path="doc.md") == []


def test_for_short_is_a_definition():
    assert lint_text("DataSphere Studio (DSS for short) is a portal. DSS runs jobs.\n", CHECK) == []


def test_an_acronym_many_drafts_of_the_run_use_is_the_runs_vocabulary():
    from l10n_check import engine
    from l10n_check.readers import parse

    docs = [parse(f"d{i}.txt", f"Draft {i} about the BD team.\n", "zh", "en") for i in range(3)]
    assert engine.lint(docs, engine.Config(select=(CHECK,))) == []
    assert len(engine.lint(docs[:2], engine.Config(select=(CHECK,)))) == 2


def test_an_acronym_another_draft_of_the_run_defines_is_known_to_the_series():
    from l10n_check import engine
    from l10n_check.readers import parse

    a = parse("a.txt", "Xie led business development (BD) for years.\n", "zh", "en")
    b = parse("b.txt", "Later the BD team grew.\n", "zh", "en")
    assert engine.lint([a, b], engine.Config(select=(CHECK,))) == []
    assert len(engine.lint([b], engine.Config(select=(CHECK,)))) == 1


def test_acronyms_in_labels_still_say_the_draft_is_for_insiders():
    text = "| the HWI wallet | the LND node | the RBF flag | the UDP port |\n|---|---|---|---|\n\nThe BD team met.\n"
    assert lint_text(text, CHECK, path="doc.md") == []
    assert [f[2] for f in lint_text("The BD team met.\n", CHECK, path="doc.md")] == [CHECK]


def test_html_table_cells_and_title_case_lines_are_labels():
    text = "<td>Make the BD experience first class.</td>\n\nData Development BD Tool - [x](https://example.com)\n"
    assert lint_text(text, CHECK, path="doc.md") == []
