from conftest import lint_unit

CHECK = "unfinished-entry"


def test_fuzzy_and_untranslated_entries_are_listed_only_when_asked():
    assert lint_unit(CHECK, "Copyright 2024", "版权所有 2023", state="fuzzy") == []
    assert lint_unit(CHECK, "Copyright 2024", "版权所有 2023", state="fuzzy", include_fuzzy=True) == [
        (1, "fuzzy translation: review it and clear the fuzzy mark"),
    ]
    assert lint_unit(CHECK, "Open", "", state="untranslated", include_fuzzy=True) == [
        (1, "untranslated entry: the source will show instead"),
    ]


def test_a_fuzzy_entry_changed_number_is_found_when_asked():
    assert lint_unit("number-mismatch", "Copyright 2024", "版权所有 2023", state="fuzzy") == []
    assert lint_unit("number-mismatch", "Copyright 2024", "版权所有 2023", state="fuzzy", include_fuzzy=True) == [
        (1, "source number 2024 missing from the translation"),
        (6, "number 2023 is not in the source (source numbers: 2024)"),
    ]


def test_finished_entries_are_not_listed():
    assert lint_unit(CHECK, "Open", "打开", include_fuzzy=True) == []
