from conftest import lint_unit

CHECK = "code-mismatch"


def test_changed_role_target_is_reported_with_the_source_one():
    assert lint_unit(CHECK, "Use :func:`len` here.", "在这里使用 :func:`size`。") == [
        (7, "code 'size' differs from the source's 'len'"),
    ]


def test_replaced_function_call_is_reported():
    assert lint_unit(CHECK, "Call open() first.", "先调用 close()。") == [(5, "code 'close()' differs from the source's 'open()'")]


def test_role_text_may_be_translated_and_markup_may_change():
    assert lint_unit(CHECK, "See :ref:`the tutorial <tut>`.", "参见 :ref:`教程 <tut>`。") == []
    assert lint_unit(CHECK, "A :term:`finder` object.", "一个 :term:`查找器 <finder>` 对象。") == []
    assert lint_unit(CHECK, "Its :meth:`write` method.", "它的 write() 方法。") == []


def test_lost_literal_is_reported_on_the_entry():
    assert lint_unit(CHECK, "Select ``{*}spam`` or ``spam``.", "选择 ``spam``。") == [
        (1, "code '{*}spam' of the source missing from the translation"),
    ]


def test_call_in_the_shown_text_of_a_reference_is_compared():
    source = ":ref:`Using loop.subprocess_exec() <asyncio_example_subprocess_proto>`."
    target = ":ref:`使用loop.add_signal_handler() <asyncio_example_subprocess_proto>`。"
    assert lint_unit(CHECK, source, target) == [
        (9, "code 'loop.add_signal_handler()' differs from the source's 'loop.subprocess_exec()'"),
    ]
    assert lint_unit(CHECK, source, ":ref:`使用loop.subprocess_exec() <asyncio_example_subprocess_proto>`。") == []


def test_a_literal_is_held_only_as_a_word_of_its_own():
    source = "with an *optimization* of ``2`` will lead to ``baz.cpython-32.opt-2.pyc``."
    assert lint_unit(CHECK, source, "*optimization* 为 ``''`` 会得到 ``baz.cpython-32.opt-2.pyc``。") == [
        (18, "code '''' differs from the source's '2'"),
    ]
    assert lint_unit(CHECK, source, "*optimization* 为 ``2`` 会得到 ``baz.cpython-32.opt-2.pyc``。") == []
    assert lint_unit(CHECK, "passed to :class:`ArgumentParser`.", "传给 :class:`ArgumentParse`。") == [
        (4, "code 'ArgumentParse' differs from the source's 'ArgumentParser'"),
    ]


def test_pseudo_code_rendered_in_chinese_and_added_literals_are_left_alone():
    assert lint_unit(CHECK, "should be a ``(key, value)`` tuple", "应为一个 ``(键, 值)`` 元组") == []
    assert lint_unit(CHECK, "Return a pair ``(master, slave)``.", "返回一对 ``（主，从）``。") == []
    assert lint_unit(CHECK, "Connect the socket.", "链接 ``await`` :meth:`loop.sock_connect`。") == []


def test_spaces_around_brackets_in_code_change_nothing():
    assert lint_unit(CHECK, 'use ``TypedDict("TD", {})``', '请使用 ``TypedDict ("TD", {})``') == []


def test_lost_or_misspelt_command_line_option_is_reported():
    source = "  --await      Package needs to await the processing.\n"
    assert lint_unit(CHECK, source, "  -await       软件包需要等待处理。\n") == [
        (1, "code '--await' of the source missing from the translation"),
    ]
    assert lint_unit(CHECK, source, "  --await      软件包需要等待处理。\n") == []
    assert lint_unit(CHECK, "Use this -- or that.", "使用这个——或那个。") == []


def test_a_literal_broken_by_the_translation_is_not_taken_for_translated_pseudo_code():
    source = 'A message has been read if ``"S" in msg.get_flags()`` is ``True``.'
    assert lint_unit(CHECK, source, '如果 msg.get_flags()`` 中的 ``"S" 为 ``True`` 则消息已被阅读。') == [
        (19, "code '中的' differs from the source's '\"S\" in msg.get_flags()'"),
    ]


def test_a_role_target_qualified_otherwise_names_the_same_thing():
    assert lint_unit(CHECK, "reset with the :meth:`clear` method", "调用 :meth:`~Event.clear` 方法重置") == []
    assert lint_unit(CHECK, "see :class:`email.message.Message`", "参见 :class:`email.message`") == [
        (4, "code 'email.message' differs from the source's 'email.message.Message'"),
    ]
