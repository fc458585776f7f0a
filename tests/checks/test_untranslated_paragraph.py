from conftest import lint_findings, lint_text

CHECK = "untranslated-paragraph"


def test_chinese_paragraph_is_one_finding_for_the_whole_block():
    text = "The article ends here.\n免责声明：本文章仅代表作者个人观点，不代表本平台的立场。请联系support@example.com。\n"
    findings = lint_findings(text, CHECK)
    assert [(f.line, f.column) for f in findings] == [(2, 1)]
    assert findings[0].end_column == len(text.splitlines()[1]) + 1
    assert "Chinese" in findings[0].message


def test_japanese_paragraph_is_named_japanese():
    findings = lint_findings("この記事は翻訳されていません。ご注意ください。\n", CHECK)
    assert len(findings) == 1 and "Japanese" in findings[0].message


def test_french_paragraph_is_reported():
    text = "Le marché a fortement progressé cette semaine, selon les analystes de la banque centrale.\n"
    findings = lint_findings(text, CHECK)
    assert [(f.line, f.column) for f in findings] == [(1, 1)]
    assert "French" in findings[0].message


def test_german_paragraph_is_reported():
    text = "Der Markt ist in dieser Woche stark gestiegen, sagen die Analysten der Zentralbank.\n"
    assert "German" in lint_findings(text, CHECK)[0].message


def test_english_paragraph_with_a_chinese_gloss_is_not_a_paragraph_finding():
    assert lint_text("This is an edited transcript (整理稿) of our long dialogue about markets.\n", CHECK) == []


def test_names_and_short_phrases_never_trip_it():
    text = "Xie Jiayin\nBinance, OKX, Huobi, Bitget\nMerci beaucoup!\nLa Liga and Messi\n"
    assert lint_text(text, CHECK) == []


def test_a_short_foreign_quote_inside_english_is_fine():
    text = "As the French say, c'est la vie, and the market moved on without us this week.\n"
    assert lint_text(text, CHECK) == []


def test_clean_english_prose_is_clean():
    text = (
        "Regarding responsibilities, the most important is brand building and marketing promotion.\n"
        "Since I joined, our influence in the market has increased significantly.\n"
    )
    assert lint_text(text, CHECK) == []


def test_min_words_option_is_obeyed():
    text = "Le marché a progressé.\n"
    assert lint_text(text, CHECK) == []  # four words, but the default needs at least four *and* confidence
    assert lint_text("Le marché a fortement progressé cette semaine.\n", CHECK, min_words=20) == []


def test_several_latin_script_languages_are_told_from_english():
    paragraphs = {
        "Spanish": "El mercado subió con fuerza esta semana, según los analistas del banco central.",
        "Italian": "Il mercato è salito con forza questa settimana, secondo gli analisti della banca.",
        "Dutch": "De markt is deze week sterk gestegen, volgens de analisten van de centrale bank.",
        "Portuguese": "O mercado subiu fortemente esta semana, segundo os analistas do banco central.",
        "Swedish": "Marknaden steg kraftigt den här veckan, enligt analytikerna på centralbanken.",
    }
    text = "\n".join(paragraphs.values()) + "\n"
    messages = [f.message for f in lint_findings(text, CHECK)]
    assert [m.split(" ")[3].rstrip(",") for m in messages] == list(paragraphs)


def test_english_with_many_names_and_numbers_is_clean():
    text = (
        "Binance, OKX, Huobi and Bitget listed 1,000 tokens in 2024.\n"
        "Messi left La Liga; Robinhood and Ondo grew in Kuala Lumpur, Thailand and Hong Kong.\n"
        "Additionally, market strategies differ.\n"
    )
    assert lint_text(text, CHECK) == []


def test_code_and_identifier_lists_are_not_a_language():
    text = (
        ">>> parser = argparse.ArgumentParser() >>> parser.add_argument('--foo', default='bar') >>> parser.parse_args([])\n"
        "csshiftjis, shiftjis, sjis, s_jis\n"
        ":mod:`!__main__` --- Top-level code environment\n"
    )
    assert lint_text(text, CHECK) == []


def test_short_technical_english_line_is_not_taken_for_another_language():
    assert lint_text("`madvise`: per-mapping control, possible values:\n", CHECK, path="d.md") == []
    assert lint_text("#### a too simple,sometimes naive person (solo)\n", CHECK, path="d.md") == []


def test_profiles_read_from_the_cache_give_langdetects_own_probabilities():
    import os

    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from l10n_check.checks import untranslated_paragraph

    names = sorted(n for n in os.listdir(PROFILES_DIRECTORY) if n in untranslated_paragraph.LATIN_PROFILES)
    loaded = DetectorFactory()
    loaded.load_json_profile([open(os.path.join(PROFILES_DIRECTORY, n), encoding="utf-8").read() for n in names])
    loaded.seed = 0
    cached = untranslated_paragraph._detector_factory()
    assert cached.langlist == loaded.langlist and len(cached.langlist) == len(names)
    for sentence in ("Ceci est une phrase tout à fait ordinaire.", "Das ist ein ganz normaler Satz.",
                     "This is an ordinary English sentence.", "Dit is een heel gewone zin.", "zzq xxv"):
        answers = []
        for factory in (loaded, cached):
            detector = factory.create()
            detector.append(sentence)
            answers.append([(guess.lang, guess.prob) for guess in detector.get_probabilities()])
        assert answers[0] == answers[1], sentence
