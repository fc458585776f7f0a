"""``l10n-check apply``: finished translations go back in place, the rest of the draft byte for byte."""

import shutil

import polib
from click.testing import CliRunner

from catalog_helpers import catalog_path, entry_at, export, fill, scan
from conftest import SAMPLE
from l10n_check.cli import main

EDITED_TRANSCRIPT = (
    "The following content is an edited transcript of our dialogue, and the podcast audio version is also "
    "available. Feel free to subscribe to \"Let's Flow\" on Xiaoyuzhou."
)
DISCLAIMER = (
    "Disclaimer: this article represents only the author's personal views, not the platform's, and is shared "
    "for information only; it is not investment advice."
)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def exported(tmp_path, name, data: bytes):
    draft = tmp_path / name
    draft.write_bytes(data)
    export(tmp_path, draft)
    return draft, catalog_path(tmp_path, draft.stem)


def test_filling_the_two_sample_entries_fixes_the_draft_and_changes_only_those_lines(tmp_path):
    draft = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, draft)
    export(tmp_path, draft)
    path = catalog_path(tmp_path, "sample_interview")
    catalog = polib.pofile(str(path))
    fill(entry_at(catalog, 17), EDITED_TRANSCRIPT)
    fill(entry_at(catalog, 108), DISCLAIMER)
    catalog.save()

    result = run("apply", path, draft)
    assert result.exit_code == 0, result.stderr
    assert "applied 2 translations" in result.stderr
    assert not [f for f in scan(draft).findings if f.check.startswith("untranslated")]
    before, after = SAMPLE.read_bytes().split(b"\n"), draft.read_bytes().split(b"\n")
    assert len(before) == len(after)
    assert [i + 1 for i, (a, b) in enumerate(zip(before, after)) if a != b] == [17, 108]
    assert after[16].decode() == EDITED_TRANSCRIPT and after[107].decode() == DISCLAIMER


def test_crlf_bom_and_missing_final_newline_stay_byte_for_byte(tmp_path):
    data = "\ufeffTitle line\r\nThe 会议 starts.  \r\n\r\nKeep\tthis.\r\nThe 报告 ends".encode("utf-8")
    draft, path = exported(tmp_path, "d.txt", data)
    catalog = polib.pofile(str(path))
    fill(entry_at(catalog, 2), "The meeting starts.  ")
    catalog.save()
    assert run("apply", path, draft).exit_code == 0
    assert draft.read_bytes() == data.replace("The 会议 starts.  ".encode(), b"The meeting starts.  ")


def test_markdown_block_over_several_crlf_lines_gets_its_line_endings_back(tmp_path):
    data = b"# Title\r\n\r\nFirst line of the \xe4\xbc\x9a\xe8\xae\xae\r\nsecond line.\r\n\r\nLast.\r\n"
    draft, path = exported(tmp_path, "d.md", data)
    catalog = polib.pofile(str(path))
    assert catalog[0].msgid == "First line of the 会议\nsecond line."
    fill(catalog[0], "First line of the meeting\nsecond line,\nthird line.")
    catalog.save()
    assert run("apply", path, draft).exit_code == 0
    assert draft.read_bytes() == b"# Title\r\n\r\nFirst line of the meeting\r\nsecond line,\r\nthird line.\r\n\r\nLast.\r\n"


def test_fuzzy_empty_and_obsolete_entries_are_not_applied(tmp_path):
    data = "The 会议 starts.\nThe 报告 ends.\n本文仅代表作者个人观点，不构成任何投资建议。\n".encode("utf-8")
    draft, path = exported(tmp_path, "d.txt", data)
    catalog = polib.pofile(str(path))
    entry_at(catalog, 1).msgstr = "The meeting starts."  # left fuzzy: not yet accepted
    assert entry_at(catalog, 3).msgstr == ""
    catalog.append(polib.POEntry(msgctxt="gone-0", msgid="Old.", msgstr="Alt.", obsolete=True))
    catalog.save()
    result = run("apply", path, draft)
    assert result.exit_code == 0 and "applied 0 translations" in result.stderr
    assert draft.read_bytes() == data


def test_a_conflict_names_the_entry_and_leaves_the_draft_untouched(tmp_path):
    draft, path = exported(tmp_path, "d.txt", "The 会议 starts.\nThe 报告 ends.\n".encode("utf-8"))
    catalog = polib.pofile(str(path))
    fill(entry_at(catalog, 1), "The meeting starts.")
    fill(entry_at(catalog, 2), "The report ends.")
    catalog.save()
    changed = "The 会议 starts.\nThe 报告 ends today.\n".encode("utf-8")
    draft.write_bytes(changed)
    key = entry_at(catalog, 2).msgctxt
    result = run("apply", path, draft, "-o", tmp_path / "out.txt")
    assert result.exit_code == 1
    assert f"conflict: {path}:" in result.stderr and f"entry '{key}': the draft no longer holds this text" in result.stderr
    assert draft.read_bytes() == changed and not (tmp_path / "out.txt").exists()


def test_edits_elsewhere_do_not_stop_an_entry_from_applying(tmp_path):
    draft, path = exported(tmp_path, "d.txt", "Intro.\nThe 会议 starts.\n".encode("utf-8"))
    catalog = polib.pofile(str(path))
    fill(catalog[0], "The meeting starts.")
    catalog.save()
    draft.write_bytes("A new intro paragraph.\n\nAnother one.\nThe 会议 starts.\n".encode("utf-8"))
    assert run("apply", path, draft).exit_code == 0
    assert draft.read_text(encoding="utf-8") == "A new intro paragraph.\n\nAnother one.\nThe meeting starts.\n"


def test_dry_run_prints_a_diff_and_writes_nothing(tmp_path):
    data = "Intro.\nThe 会议 starts.\n".encode("utf-8")
    draft, path = exported(tmp_path, "d.txt", data)
    catalog = polib.pofile(str(path))
    fill(catalog[0], "The meeting starts.")
    catalog.save()
    result = run("apply", path, draft, "--dry-run")
    assert result.exit_code == 0 and draft.read_bytes() == data
    assert result.stdout == (
        f"--- {draft}\n+++ {draft}\n@@ -1,2 +1,2 @@\n Intro.\n-The 会议 starts.\n+The meeting starts.\n"
    )


def test_output_option_writes_elsewhere_and_keeps_the_draft(tmp_path):
    data = "The 会议 starts.\n".encode("utf-8")
    draft, path = exported(tmp_path, "d.txt", data)
    catalog = polib.pofile(str(path))
    fill(catalog[0], "The meeting starts.")
    catalog.save()
    assert run("apply", path, draft, "-o", tmp_path / "out" / "d.txt").exit_code == 0
    assert draft.read_bytes() == data
    assert (tmp_path / "out" / "d.txt").read_text(encoding="utf-8") == "The meeting starts.\n"


def test_identical_paragraphs_are_told_apart_by_their_occurrence(tmp_path):
    draft, path = exported(tmp_path, "d.txt", "The 会议 starts.\nMiddle.\nThe 会议 starts.\n".encode("utf-8"))
    catalog = polib.pofile(str(path))
    fill(entry_at(catalog, 3), "The meeting starts (again).")
    catalog.save()
    assert run("apply", path, draft).exit_code == 0
    assert draft.read_text(encoding="utf-8") == "The 会议 starts.\nMiddle.\nThe meeting starts (again).\n"


def test_unreadable_inputs_are_one_line_errors_with_exit_code_2(tmp_path):
    draft, path = exported(tmp_path, "d.txt", "The 会议 starts.\n".encode("utf-8"))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xff\n")
    result = run("apply", path, bad)
    assert result.exit_code == 2 and f"l10n-check: {bad}: not valid UTF-8: byte 0xff at offset 3" in result.stderr
    broken = tmp_path / "broken.po"
    broken.write_text("garbage\n", encoding="utf-8")
    result = run("apply", broken, draft)
    assert result.exit_code == 2 and f"l10n-check: {broken}: cannot read catalog" in result.stderr
    result = run("apply", tmp_path / "missing.po", draft)
    assert result.exit_code == 2 and "missing.po: cannot read catalog: No such file or directory" in result.stderr


def test_a_catalog_without_segment_keys_conflicts_instead_of_guessing(tmp_path):
    draft, _ = exported(tmp_path, "d.txt", "The 会议 starts.\n".encode("utf-8"))
    other = polib.POFile()
    other.append(polib.POEntry(msgid="The 会议 starts.", msgstr="The meeting starts."))
    other.save(str(tmp_path / "plain.po"))
    result = run("apply", tmp_path / "plain.po", draft)
    assert result.exit_code == 1 and "no msgctxt" in result.stderr
