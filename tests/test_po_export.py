"""``scan --po DIR``: one catalog entry per segment with findings, a glossary, valid for msgfmt."""

import json
import shutil

import polib
from click.testing import CliRunner

from catalog_helpers import catalog_path, entry_at, export, msgfmt_check
from conftest import SAMPLE
from l10n_check.catalog import segment_keys
from l10n_check.cli import main
from l10n_check.model import Finding, Severity
from l10n_check.readers import parse
from l10n_check.render import po
from l10n_check.report import Report

HEADER_FIELDS = (
    "Project-Id-Version", "Language", "Content-Type", "Content-Transfer-Encoding", "Plural-Forms",
    "POT-Creation-Date", "X-Generator",
)


def sample_catalog(tmp_path):
    draft = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, draft)
    export(tmp_path, draft)
    return catalog_path(tmp_path, "sample_interview")


def test_sample_catalog_names_the_fragment_on_line_17(tmp_path):
    catalog = polib.pofile(str(sample_catalog(tmp_path)))
    entry = entry_at(catalog, 17)
    assert "整理稿" in entry.comment and "untranslated-fragment" in entry.comment
    assert entry.msgid == SAMPLE.read_text(encoding="utf-8").splitlines()[16]
    # Partly translated: prefilled with the current text and fuzzy, so nothing is taken unseen.
    assert entry.msgstr == entry.msgid and "fuzzy" in entry.flags
    assert entry.occurrences == [(str(tmp_path / SAMPLE.name), "17")]


def test_sample_catalog_leaves_the_chinese_disclaimer_untranslated(tmp_path):
    catalog = polib.pofile(str(sample_catalog(tmp_path)))
    entry = entry_at(catalog, 108)
    assert entry.msgid.startswith("免责声明") and entry.msgstr == "" and "fuzzy" not in entry.flags
    assert "untranslated-paragraph" in entry.comment


def test_one_entry_per_segment_with_findings_and_none_for_clean_ones(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Clean line.\nThe 会议 starts at noon, and the 报告 is out.\nAnother clean line.\n", encoding="utf-8")
    export(tmp_path, draft)
    catalog = polib.pofile(str(catalog_path(tmp_path, "d")))
    assert [e.msgid for e in catalog] == ["The 会议 starts at noon, and the 报告 is out."]
    assert catalog[0].comment.count("untranslated-fragment") == 2
    assert catalog[0].msgctxt == segment_keys(parse(str(draft), draft.read_text(encoding="utf-8"), "zh", "en"))[1]


def test_header_is_complete_and_msgfmt_accepts_the_catalog(tmp_path):
    path = sample_catalog(tmp_path)
    metadata = polib.pofile(str(path)).metadata
    for field in HEADER_FIELDS:
        assert metadata.get(field), field
    assert metadata["Language"] == "en" and "charset=UTF-8" in metadata["Content-Type"]
    assert metadata["Project-Id-Version"] == "sample_interview"
    msgfmt_check(path)


def test_target_language_names_the_directory_and_header(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Le 会议 commence à midi.\n", encoding="utf-8")
    report = Report(tuple(), (parse(str(draft), draft.read_text(encoding="utf-8"), "zh", "fr-CA"),), settings={"target_lang": "fr-CA"})
    finding = Finding(str(draft), 1, 4, 1, 6, "untranslated-fragment", Severity.ERROR, "untranslated", "会议", offset=3)
    written, _ = po.export(Report((finding,), report.documents, settings=report.settings), str(tmp_path / "loc"))
    path = tmp_path / "loc" / "fr_CA" / "LC_MESSAGES" / "d.po"
    assert [w.path for w in written] == [str(path)]
    metadata = polib.pofile(str(path)).metadata
    assert metadata["Language"] == "fr_CA" and metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"


def test_same_draft_gives_the_same_bytes_and_second_export_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    path = sample_catalog(tmp_path)
    first = path.read_bytes()
    written = export(tmp_path, tmp_path / SAMPLE.name)
    assert path.read_bytes() == first and written and not any(w.changed for w in written)
    assert b"POT-Creation-Date: 2023-11-14 22:13+0000" in first


def test_no_catalog_for_a_clean_draft(tmp_path):
    draft = tmp_path / "clean.txt"
    draft.write_text("Clean English prose.\n", encoding="utf-8")
    assert export(tmp_path, draft) == []
    assert not (tmp_path / "locales").exists()


def test_unreadable_existing_catalog_is_left_alone_and_reported(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("The 会议 starts.\n", encoding="utf-8")
    path = catalog_path(tmp_path, "d")
    path.parent.mkdir(parents=True)
    path.write_text('msgid "x"\ngarbage\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(draft), "--po", str(tmp_path / "locales")])
    assert result.exit_code == 2
    assert f"l10n-check: {path}: cannot read catalog: Syntax error (line 2)" in result.stderr
    assert path.read_text(encoding="utf-8") == 'msgid "x"\ngarbage\n'


def test_drafts_with_one_file_name_in_two_folders_get_a_catalog_each(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "d.txt").write_text(f"The 会议 starts in {folder}.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "a"), str(tmp_path / "b"), "--po", str(tmp_path / "loc")])
    assert result.exit_code == 1, result.stderr
    messages = tmp_path / "loc" / "en" / "LC_MESSAGES"
    assert "starts in a." in (messages / "a" / "d.po").read_text(encoding="utf-8")
    assert "starts in b." in (messages / "b" / "d.po").read_text(encoding="utf-8")
    assert not (messages / "d.po").exists()


def test_a_scanned_folder_names_catalogs_by_the_path_under_it(tmp_path):
    (tmp_path / "drafts" / "2024").mkdir(parents=True)
    (tmp_path / "drafts" / "2024" / "d.md").write_text("The 会议 starts.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "drafts"), "--po", str(tmp_path / "loc")])
    assert result.exit_code == 1 and (tmp_path / "loc" / "en" / "LC_MESSAGES" / "2024" / "d.po").exists()


def test_drafts_that_would_still_share_a_catalog_are_reported_not_overwritten(tmp_path):
    (tmp_path / "d.txt").write_text("The 会议 starts.\n", encoding="utf-8")
    (tmp_path / "d.md").write_text("The 会议 ends.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--po", str(tmp_path / "loc")])
    assert result.exit_code == 2
    assert "'d.po' would be shared with another file" in result.stderr
    assert not (tmp_path / "loc" / "en" / "LC_MESSAGES" / "d.po").exists()


def test_cli_po_keeps_json_on_stdout_and_reports_writes_on_stderr(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("The 会议 starts.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(draft), "--format", "json", "--po", str(tmp_path / "loc")])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["summary"]["findings"] == 1
    assert "wrote" in result.stderr and "(1 new, 0 kept, 0 fuzzy, 0 obsolete)" in result.stderr


def variant_finding(path, line, text, data, offset=0):
    return Finding(path, line, 1, line, 1 + len(text), "name-variant", Severity.WARNING,
                   f"'{text}' differs from '{data['dominant']}'", text, suggestion=data["dominant"], offset=offset, data=data)


def test_glossary_holds_one_entry_per_name_or_term_decision(tmp_path):
    name = {"dominant": "Xie Jiayin", "variants": {"Xie Jiayin": 3, "Jiayin Xie": 1}, "kind": "name"}
    term = {"dominant": "exchange", "variants": {"exchange": 5, "bourse": 2}, "kind": "term"}
    findings = (
        variant_finding("a.txt", 4, "Jiayin Xie", name),
        variant_finding("a.txt", 9, "bourse", term),
        variant_finding("b.txt", 2, "bourse", term),
        Finding("a.txt", 5, 1, 5, 2, "garbled-text", Severity.ERROR, "x", data={"kind": "other"}),
    )
    written, problems = po.export(Report(findings, settings={"target_lang": "en"}), str(tmp_path))
    assert problems == []
    path = tmp_path / "en" / "LC_MESSAGES" / "glossary.po"
    catalog = polib.pofile(str(path))
    assert [(e.msgctxt, e.msgid, e.msgstr, e.flags) for e in catalog] == [
        ("name", "Xie Jiayin", "Xie Jiayin", ["fuzzy"]),
        ("term", "exchange", "exchange", ["fuzzy"]),
    ]
    assert "'Xie Jiayin' ×3, 'Jiayin Xie' ×1" in catalog[0].comment
    # The same counts on two hits of one report add once; every place is a reference.
    assert "'exchange' ×5, 'bourse' ×2" in catalog[1].comment
    assert catalog[1].occurrences == [("a.txt", "9"), ("b.txt", "2")]
    msgfmt_check(path)


def test_glossary_on_the_sample_holds_every_decision_the_checks_report(tmp_path):
    draft = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, draft)
    from catalog_helpers import scan

    report = scan(draft)
    expected = sorted({po.decision(f.data)[:2] for f in report.findings if po.decision(f.data)})
    po.export(report, str(tmp_path / "locales"))
    path = catalog_path(tmp_path, "glossary")
    entries = sorted((e.msgctxt, e.msgid) for e in polib.pofile(str(path))) if path.exists() else []
    assert entries == expected


def test_describe_quotes_text_only_when_the_message_does_not(tmp_path):
    finding = Finding("d.txt", 1, 5, 1, 7, "fullwidth-punctuation", Severity.WARNING, "full-width comma",
                      "，", context="Fast，and clean.", suggestion=", ")
    lines = po.describe(finding, "Fast，and clean. And more.")
    assert lines == [
        "fullwidth-punctuation (warning) at line 1, column 5 '，': full-width comma",
        "  suggestion: ,",
        "  in: Fast，and clean.",
    ]


def test_comments_and_references_never_carry_control_characters():
    assert po.one_line("a\nb\tc\u2028d") == "a\\nb\\tc\\u2028d"
    assert po.reference("my drafts/a b.txt") == "\u2068my drafts/a b.txt\u2069"
    assert po.gettext_lang("en-gb") == "en_GB" and po.gettext_lang("zh_Hant") == "zh_Hant"
