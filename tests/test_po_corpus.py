"""The real translator-made catalogs in shared/corpus survive our reader and writer unchanged."""

import pathlib

import pytest

from conftest import CORPUS
from l10n_check.catalog import read_catalog, write_catalog
from l10n_check.readers import read_path

CATALOGS = sorted(CORPUS.glob("*.po")) if CORPUS.exists() else []
FIELDS = ("msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr_plural", "flags", "comment", "tcomment",
          "occurrences", "obsolete", "previous_msgid", "previous_msgctxt")


def entries(catalog) -> list[tuple]:
    return [tuple(repr(getattr(entry, name)) for name in FIELDS) for entry in catalog]


@pytest.mark.skipif(not CATALOGS, reason="shared/corpus is absent")
@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.name)
def test_catalog_round_trips_through_our_writer_with_no_entry_lost_or_changed(path: pathlib.Path, tmp_path):
    original = read_catalog(str(path))
    copy = tmp_path / path.name
    assert write_catalog(str(copy), original)
    again = read_catalog(str(copy))
    assert len(again) == len(original) > 500
    assert entries(again) == entries(original)
    assert again.metadata == original.metadata
    assert not write_catalog(str(copy), again)  # a second write changes nothing


@pytest.mark.skipif(not CATALOGS, reason="shared/corpus is absent")
@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.name)
def test_our_po_reader_finds_every_translated_entry_at_its_place(path: pathlib.Path):
    catalog = read_catalog(str(path))
    expected = sum(
        len([s for s in (e.msgstr_plural.values() if e.msgid_plural else [e.msgstr]) if s])
        for e in catalog
        if e.msgid and not e.obsolete and "fuzzy" not in e.flags
    )
    document = read_path(str(path), "en", "zh-CN")
    assert len([s for s in document.segments if not s.state]) == expected
    active = [e for e in catalog if e.msgid and not e.obsolete]

    def key(e) -> str:
        return f"{e.msgctxt}\x04{e.msgid}" if e.msgctxt is not None else e.msgid

    def forms(e) -> list[str]:
        return list(e.msgstr_plural.values()) if e.msgid_plural else [e.msgstr]

    fuzzy = {key(e) for e in active if "fuzzy" in e.flags and any(forms(e))}
    untranslated = {key(e) for e in active if not all(forms(e))}
    assert {s.key for s in document.segments if s.state == "fuzzy"} == fuzzy
    assert {s.key for s in document.segments if s.state == "untranslated"} == untranslated
    for segment in document.segments[:200]:
        line = document.text.count("\n", 0, segment.start) + 1
        assert document.text[segment.start - 1] == '"' and "msgstr" in document.text.split("\n")[line - 1] + document.text[
            max(0, segment.start - 200) : segment.start]
