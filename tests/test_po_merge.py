"""Exporting again never loses a translator's work: kept, fuzzy with ``#|``, or obsolete ``#~``."""

import polib

from catalog_helpers import catalog_path, entry_at, export, fill, msgfmt_check
from l10n_check.render.pomerge import Candidate, has_work, merge

V1 = [
    "The 会议 starts at noon today.",  # A
    "Clean English line.",
    "We met the 总经理 of the firm yesterday.",  # B: will change a little
    "本文仅代表作者个人观点，不构成任何投资建议，请读者自行判断。",  # C: wholly untranslated
    "The 报告 was published on Monday.",  # D: will be deleted
    "The 会议 starts at noon today.",  # A again: its own entry
]
V2 = [
    "A new first line mentions the 董事会 briefly.",  # E: new
    "The 会议 starts at noon today.",
    "Clean English line.",
    "We met the 总经理 of the company yesterday.",
    "本文仅代表作者个人观点，不构成任何投资建议，请读者自行判断。",
    "The 会议 starts at noon today.",
]


def write(path, lines, ending="\n"):
    path.write_bytes((ending.join(lines) + ending).encode("utf-8"))


def translate_v1(path):
    """A translator's session on the first export: three done, one in progress, one comment."""
    catalog = polib.pofile(str(path))
    fill(entry_at(catalog, 1), "The meeting starts at noon today.")
    fill(entry_at(catalog, 3), "We met the general manager of the firm yesterday.")
    fill(entry_at(catalog, 4), "This article represents only the author's views and is not investment advice.")
    entry_at(catalog, 5).msgstr = "The report was published on Monday."  # still fuzzy: work in progress
    entry_at(catalog, 6).tcomment = "same sentence as line 1"
    catalog.save()
    return {e.msgstr for e in catalog if has_work(e)}


def test_every_translator_msgstr_survives_an_edit_between_exports(tmp_path):
    draft = tmp_path / "d.txt"
    write(draft, V1)
    export(tmp_path, draft)
    path = catalog_path(tmp_path, "d")
    work = translate_v1(path)
    assert len(work) == 4

    write(draft, V2)
    written = export(tmp_path, draft)
    catalog = polib.pofile(str(path))
    msgfmt_check(path)
    assert work <= {e.msgstr for e in catalog}  # nothing lost

    kept = entry_at(catalog, 2)  # unchanged text, moved down a line: kept untouched
    assert (kept.msgstr, kept.flags) == ("The meeting starts at noon today.", [])
    twin = entry_at(catalog, 6)
    assert twin.tcomment == "same sentence as line 1" and twin.msgctxt.endswith("-1")
    changed = entry_at(catalog, 4)  # changed text: old translation, fuzzy, previous msgid
    assert changed.msgstr == "We met the general manager of the firm yesterday."
    assert "fuzzy" in changed.flags and changed.previous_msgid == V1[2]
    assert entry_at(catalog, 5).msgstr.startswith("This article represents")
    new = entry_at(catalog, 1)
    assert new.msgid == V2[0] and new.msgstr == V2[0] and new.flags == ["fuzzy"] and new.previous_msgid is None
    gone = [e for e in catalog if e.obsolete]
    assert [(e.msgid, e.msgstr, e.flags) for e in gone] == [(V1[4], "The report was published on Monday.", ["fuzzy"])]
    assert str(written[0].stats) == "1 new, 3 kept, 1 fuzzy, 1 obsolete"


def test_obsolete_entries_are_written_with_hash_tilde_and_come_back_when_the_text_does(tmp_path):
    draft = tmp_path / "d.txt"
    write(draft, V1)
    export(tmp_path, draft)
    path = catalog_path(tmp_path, "d")
    translate_v1(path)
    write(draft, V2)
    export(tmp_path, draft)
    assert '#~ msgid "The 报告 was published on Monday."' in path.read_text(encoding="utf-8")
    write(draft, V1)  # the paragraph is back: so is its translation, active again
    export(tmp_path, draft)
    catalog = polib.pofile(str(path))
    assert entry_at(catalog, 5).msgstr == "The report was published on Monday."
    assert not [e for e in catalog if e.obsolete and e.msgid == V1[4]]
    msgfmt_check(path)


def test_a_pending_translation_stays_active_when_its_segment_loses_its_findings(tmp_path):
    draft = tmp_path / "d.txt"
    write(draft, ["Plain line here.", "The 会议 starts at noon."])
    export(tmp_path, draft)
    path = catalog_path(tmp_path, "d")
    catalog = polib.pofile(str(path))
    fill(catalog[0], "The meeting starts at noon.")
    catalog.save()
    # A narrower scan no longer flags the segment, but the draft still holds it: keep it applicable.
    export(tmp_path, draft, select=("garbled-text",))
    catalog = polib.pofile(str(path))
    assert [(e.msgstr, e.obsolete) for e in catalog] == [("The meeting starts at noon.", False)]
    assert catalog[0].comment == "No finding left here; kept for its translation, not yet applied."


def test_untouched_prefills_follow_their_segment_without_piling_up_obsolete_copies(tmp_path):
    draft = tmp_path / "d.txt"
    write(draft, ["The 会议 starts at noon today, said the chair."])
    export(tmp_path, draft)
    write(draft, ["The 会议 starts at noon today, said the chairman."])
    written = export(tmp_path, draft)
    catalog = polib.pofile(str(catalog_path(tmp_path, "d")))
    assert [(e.msgstr, e.previous_msgid, e.obsolete) for e in catalog] == [
        ("The 会议 starts at noon today, said the chairman.", "The 会议 starts at noon today, said the chair.", False)
    ]
    assert str(written[0].stats) == "1 new, 0 kept, 0 fuzzy, 0 obsolete"


def entry(msgid, msgstr="", msgctxt="k", flags=(), obsolete=False):
    return polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr=msgstr, flags=list(flags), obsolete=obsolete)


def test_merge_prefers_the_most_similar_old_entry_and_uses_each_once():
    old = [entry("The cat sat on the mat.", "Die Katze", "a"), entry("The dog sat on the log.", "Der Hund", "b")]
    fresh = [Candidate(entry("The dog sat on a log.", msgctxt="c")), Candidate(entry("The cat sat on a mat.", msgctxt="d"))]
    merged, stats = merge(old, fresh)
    assert [(e.msgid, e.msgstr, e.previous_msgctxt) for e in merged] == [
        ("The dog sat on a log.", "Der Hund", "b"),
        ("The cat sat on a mat.", "Die Katze", "a"),
    ]
    assert (stats.fuzzy, stats.obsolete) == (2, 0)


def test_unrelated_text_does_not_inherit_a_translation():
    merged, stats = merge([entry("Completely different words here.", "Übersetzung", "a")],
                          [Candidate(entry("Nothing alike at all, zero overlap?", msgctxt="b"))])
    assert [(e.msgid, e.msgstr, e.obsolete) for e in merged] == [
        ("Nothing alike at all, zero overlap?", "", False),
        ("Completely different words here.", "Übersetzung", True),
    ]
    assert (stats.new, stats.obsolete) == (1, 1)


def test_glossary_aliases_carry_a_decision_when_the_dominant_form_flips():
    old = [entry("Xie Jiayin", "Xie Jiayin", "name")]
    fresh = [Candidate(entry("Jiayin Xie", "Jiayin Xie", "name", ["fuzzy"]), aliases={"Xie Jiayin", "Jiayin Xie"})]
    merged, _ = merge(old, fresh)
    assert [(e.msgid, e.msgstr, e.previous_msgid, e.flags) for e in merged] == [
        ("Jiayin Xie", "Xie Jiayin", "Xie Jiayin", ["fuzzy"])
    ]


def test_obsolete_twins_never_collide_and_distinct_translations_are_all_kept():
    old = [
        entry("Gone.", "Weg.", "k", obsolete=True),
        entry("Gone.", "Fort.", "k"),  # the same key, active: becomes obsolete next to its twin
    ]
    merged, _ = merge(old, [])
    assert sorted((e.msgctxt, e.msgstr) for e in merged) == [("k", "Fort."), ("k~2", "Weg.")]
    assert all(e.obsolete for e in merged)


def test_identical_obsolete_twins_collapse_into_one():
    old = [entry("Gone.", "Weg.", "k", obsolete=True), entry("Gone.", "Weg.", "k")]
    merged, _ = merge(old, [])
    assert [(e.msgctxt, e.msgstr, e.obsolete) for e in merged] == [("k", "Weg.", True)]


def test_has_work_tells_a_translation_from_an_untouched_prefill():
    assert not has_work(entry("Text.", "", flags=()))
    assert not has_work(entry("Text.", "Text.", flags=["fuzzy"]))
    assert has_work(entry("Text.", "Text.", flags=()))  # confirmed as it stands: a decision
    assert has_work(entry("Text.", "Better text.", flags=["fuzzy"]))
