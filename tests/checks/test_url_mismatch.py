from conftest import lint_unit

CHECK = "url-mismatch"


def test_changed_address_is_reported_with_the_source_one_as_suggestion():
    assert lint_unit(CHECK, "Report bugs to <bug@example.org>.", "请将错误报告给 <bugs@example.org>。") == [
        (10, "address 'bugs@example.org' differs from the source's 'bug@example.org'"),
    ]


def test_lost_url_is_reported_on_the_entry():
    assert lint_unit(CHECK, "See https://example.org/a for details.", "详见文档。") == [
        (1, "address 'https://example.org/a' of the source missing from the translation"),
    ]


def test_kept_localized_and_added_addresses_pass():
    assert lint_unit(CHECK, "See https://example.org/a.", "参见 https://example.org/a。") == []
    assert lint_unit(CHECK, "See https://docs.python.org/3/.", "参见 https://docs.python.org/zh-cn/3/。") == []
    assert lint_unit(CHECK, "Report translation bugs.", "请将翻译错误报告到 <i18n@example.org>。") == []


def test_escaped_quotes_around_an_address_are_not_part_of_it():
    assert lint_unit(CHECK, 'conn.set_tunnel("www.python.org")', 'conn.set_tunnel(\\"www.python.org\\")') == []
