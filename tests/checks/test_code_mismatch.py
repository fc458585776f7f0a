from conftest import lint_unit

CHECK = "code-mismatch"


def test_changed_role_target_is_reported_with_the_source_one():
    assert lint_unit(CHECK, "Use :func:`len` here.", "在这里使用 :func:`size`。") == [
        (7, "code 'size' differs from the source's 'len'"),
    ]


def test_replaced_function_call_is_reported():
    assert lint_unit(CHECK, "Call open() first.", "先调用 close()。") == [(5, "code 'close' differs from the source's 'open'")]


def test_role_text_may_be_translated_and_markup_may_change():
    assert lint_unit(CHECK, "See :ref:`the tutorial <tut>`.", "参见 :ref:`教程 <tut>`。") == []
    assert lint_unit(CHECK, "A :term:`finder` object.", "一个 :term:`查找器 <finder>` 对象。") == []
    assert lint_unit(CHECK, "Its :meth:`write` method.", "它的 write() 方法。") == []


def test_lost_literal_is_reported_on_the_entry():
    assert lint_unit(CHECK, "Select ``{*}spam`` or ``spam``.", "选择 ``spam``。") == [
        (1, "code '{*}spam' of the source missing from the translation"),
    ]
