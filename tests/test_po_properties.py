"""Property tests: catalogs stay valid and lossless for any text a draft or a translator may hold.

Hostile text: quotes, backslashes, tabs, carriage returns, NUL and other control characters, line and
paragraph separators, a BOM, ``#~`` and ``msgid``-like text, and long lines.
"""

import os
import pathlib
import tempfile

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog_helpers import msgfmt_check
from l10n_check import engine
from l10n_check.apply import apply_file
from l10n_check.catalog import catalog_text, segment_keys
from l10n_check.model import Hit, Severity
from l10n_check.readers import Problem, parse
from l10n_check.render import po
from l10n_check.render.pomerge import has_work
from l10n_check.report import Report

HOSTILE = list('"\\\t\r\x00\x01\x04\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029\ufeff\u3000#~|%') + [
    "msgid \"", "#~ ", "\\n", "整理稿", "é", "\U0001f600", " ",
]
PIECE = st.one_of(st.sampled_from(HOSTILE), st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"))
SHORT = st.lists(PIECE, min_size=1, max_size=30).map(lambda pieces: "".join(pieces) + "x")  # never blank
LONG = st.tuples(SHORT, st.integers(10, 40)).map(lambda pair: (pair[0] + " ") * pair[1] + "x")
LINE = st.one_of(SHORT, SHORT, LONG, st.just(""))  # "" makes blank lines: Markdown blocks of several lines
# What a translator can type into a PO editor: msgfmt rejects the context separator EOT (U+0004) and
# NUL in any string, so no catalog a tool saved can hold them in a msgstr.
TRANSLATION = SHORT.map(lambda text: text.replace("\x04", "").replace("\x00", "") + "x")
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def drafts(draw):
    """``(file name, bytes)`` of a draft: hostile lines, LF or CRLF, maybe a BOM and a final newline."""
    lines = draw(st.lists(LINE, min_size=1, max_size=8))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    text = ending.join(lines) + draw(st.sampled_from(["", ending]))
    bom = draw(st.booleans())
    return draw(st.sampled_from(["draft.txt", "draft.md"])), (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def export_all(folder: pathlib.Path, name: str, data: bytes) -> pathlib.Path:
    """Export a catalog with a finding in every segment, hostile messages included; return its path."""
    path = folder / name
    path.write_bytes(data)
    doc = parse(str(path), data.decode("utf-8-sig"), "zh", "en")
    by_path = {doc.path: doc}
    findings = []
    for i, segment in enumerate(doc.segments):
        check = "untranslated-paragraph" if i % 3 == 2 else "untranslated-fragment"
        hit = Hit(segment.start, segment.end, f"bad {segment.raw[:20]}", suggestion=segment.raw[-20:], context=segment.raw)
        findings.append(engine.to_finding(doc, hit, check, Severity.ERROR, by_path))
    written, problems = po.export(Report(tuple(findings), (doc,), settings={"target_lang": "en"}), str(folder / "loc"))
    assert problems == []
    return folder / "loc" / "en" / "LC_MESSAGES" / f"{path.stem}.po"


def binary(raw: bytes, outcome) -> bool:
    """A draft whose NULs fall like UTF-16's is refused by apply (scan refuses it too); a NUL
    anywhere else is text like any other character, which ``hidden-characters`` points at."""
    if not isinstance(outcome, Problem):
        return False
    assert b"\0" in raw and outcome.fatal and outcome.message.startswith("looks like UTF-"), outcome
    return True


@SETTINGS
@given(drafts())
def test_any_draft_gives_a_catalog_msgfmt_accepts_and_polib_reads_back(draft):
    name, data = draft
    with tempfile.TemporaryDirectory() as folder:
        catalog_file = export_all(pathlib.Path(folder), name, data)
        doc = parse(name, data.decode("utf-8-sig"), "zh", "en")
        if not doc.segments:
            assert not catalog_file.exists()
            return
        msgfmt_check(catalog_file)
        catalog = polib.pofile(str(catalog_file))
        expected = [(key, catalog_text(s.raw)) for key, s in zip(segment_keys(doc), doc.segments)]
        assert [(e.msgctxt, e.msgid) for e in catalog] == expected
        assert all(e.msgstr in ("", e.msgid) for e in catalog)


@SETTINGS
@given(drafts(), st.data())
def test_apply_replaces_exactly_the_translated_segments_and_keeps_every_other_byte(draft, data):
    name, raw = draft
    with tempfile.TemporaryDirectory() as folder:
        catalog_file = export_all(pathlib.Path(folder), name, raw)
        if not catalog_file.exists():
            return
        catalog = polib.pofile(str(catalog_file))
        chosen = data.draw(st.lists(st.sampled_from(range(len(catalog))), unique=True))
        translations = {i: data.draw(SHORT) for i in chosen}
        for i, text in translations.items():
            catalog[i].msgstr, catalog[i].flags = text, []
        catalog.save()
        outcome = apply_file(str(catalog_file), str(pathlib.Path(folder) / name))
        if binary(raw, outcome):
            return
        assert outcome.conflicts == () and outcome.applied == len(chosen)
        doc = parse(name, raw.decode("utf-8-sig"), "zh", "en")
        expected, cursor = [], 0
        for i, segment in enumerate(doc.segments):
            if i in translations:
                expected += [doc.text[cursor : segment.start], translations[i]]
                cursor = segment.end
        expected.append(doc.text[cursor:])
        bom = b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b""
        assert outcome.after == bom + "".join(expected).encode("utf-8")


@SETTINGS
@given(drafts())
def test_accepting_every_entry_as_it_stands_changes_no_byte(draft):
    name, raw = draft
    with tempfile.TemporaryDirectory() as folder:
        catalog_file = export_all(pathlib.Path(folder), name, raw)
        if not catalog_file.exists():
            return
        catalog = polib.pofile(str(catalog_file))
        for entry in catalog:
            entry.msgstr, entry.flags = entry.msgid, []
        catalog.save()
        outcome = apply_file(str(catalog_file), str(pathlib.Path(folder) / name))
        if binary(raw, outcome):
            return
        assert outcome.conflicts == () and outcome.after == raw


EDIT = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 20)),
    st.tuples(st.just("change"), st.integers(0, 20), SHORT),
    st.tuples(st.just("insert"), st.integers(0, 20), SHORT),
)


@SETTINGS
@given(st.lists(SHORT, min_size=1, max_size=8), st.data(), st.lists(EDIT, max_size=6))
def test_no_translator_work_is_ever_lost_across_draft_edits(lines, data, edits):
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        catalog_file = export_all(folder, "d.txt", "\n".join(lines).encode("utf-8"))
        catalog = polib.pofile(str(catalog_file))
        for entry in catalog:
            if data.draw(st.booleans()):
                entry.msgstr, entry.flags = data.draw(TRANSLATION), data.draw(st.sampled_from([[], ["fuzzy"]]))
            if data.draw(st.booleans()):
                entry.tcomment = data.draw(SHORT).replace("\r", "").replace("\x0b", "")
        catalog.save()
        work = sorted(e.msgstr for e in catalog if has_work(e))
        for edit in edits:
            position = edit[1] % (len(lines) + 1)
            if edit[0] == "delete" and lines:
                del lines[min(position, len(lines) - 1)]
            elif edit[0] == "change" and lines:
                lines[min(position, len(lines) - 1)] += edit[2]
            elif edit[0] == "insert":
                lines.insert(position, edit[2])
        export_all(folder, "d.txt", "\n".join(lines).encode("utf-8"))
        merged = polib.pofile(str(catalog_file))
        msgfmt_check(catalog_file)
        survivors = [e.msgstr for e in merged if has_work(e) or e.obsolete or "fuzzy" in e.flags]
        for text in work:
            assert text in survivors
            survivors.remove(text)
