"""What the Markdown reader masks, and that masking stays linear on hostile input."""

import time

import pytest

from l10n_check.readers import parse
from l10n_check.readers.markdown import code_span_spans, mask_markdown, math_spans, template_spans


def prose(text: str) -> str:
    masked = mask_markdown(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    return masked


def kept(text: str) -> list[str]:
    """The words left as prose."""
    return prose(text).split()


# --- front matter -------------------------------------------------------------------------------


def test_yaml_front_matter_keeps_only_values_a_reader_sees():
    text = '---\ntitle: "Welcome two new Committers"\nauthor: tom\ntags: [community]\nzhihu_column_title: 开发日记\ndescription: Meet them.\n---\n\nBody.\n'
    assert kept(text) == ["Welcome", "two", "new", "Committers", "Meet", "them.", "Body."]


def test_yaml_block_scalar_of_a_prose_key_is_prose_and_others_are_not():
    text = "---\ndescription: >\n  A folded\n  summary.\nseries:\n  - Reflection\n---\nBody.\n"
    assert kept(text) == ["A", "folded", "summary.", "Body."]


def test_quoted_front_matter_value_may_go_on_over_lines():
    text = '---\ndescription: "A blog about\nlanes and routes."\nauthor: <a href="x">A</a>\n---\n'
    assert kept(text) == ["A", "blog", "about", "lanes", "and", "routes."]


def test_toml_front_matter():
    text = '+++\ntitle = "Release notes"\ndate = 2024-06-12\ndraft = false\n+++\n\nBody.\n'
    assert kept(text) == ["Release", "notes", "Body."]


def test_front_matter_values_are_segments_of_their_own():
    doc = parse("d.md", "---\ntitle: A title\ndescription: A description.\n---\n\nBody.\n", "zh", "en")
    assert [(s.kind, s.prose.strip()) for s in doc.segments] == [
        ("heading", "A title"), ("paragraph", "A description."), ("paragraph", "Body.")
    ]


def test_a_rule_at_the_start_without_closing_is_no_front_matter():
    assert kept("---\nJust a paragraph.\n") == ["Just", "a", "paragraph."]


# --- template tags ------------------------------------------------------------------------------


@pytest.mark.parametrize("tag", [
    "{% include functions/details-list.md\n  q0=\"What is it?\"\n  a0=\"An answer.\"\n%}",
    "{{< figure src=\"/x.png\" caption=\"A caption\" >}}",
    "{{ .Title }}",
    "{{% notice %}}",
    "{{raw `\n\tc := make(chan int, 2)\n\n\tc <- 1\n`}}",
    "{% assign img=\"/img/a.png\" %}",
    "{:.center}",
])
def test_template_tags_are_masked(tag):
    assert kept(f"Before.\n\n{tag}\n\nAfter.\n") == ["Before.", "After."]


def test_text_after_a_tag_at_the_start_of_a_line_is_prose_not_indented_code():
    assert kept("{{page.excerpt}}  It is the sequel.\n") == ["It", "is", "the", "sequel."]


def test_liquid_raw_comment_and_highlight_bodies_are_masked():
    text = "A.\n{% highlight go %}\nfunc main() {}\n{% endhighlight %}\n{% comment %}note{% endcomment %}\nB.\n"
    assert kept(text) == ["A.", "B."]


def test_hugo_highlight_body_is_masked():
    assert kept("A.\n{{< highlight go >}}\nx := 1\n{{< /highlight >}}\nB.\n") == ["A.", "B."]


def test_unclosed_template_tag_is_prose():
    assert kept("Use {{ and {% freely.") == ["Use", "{{", "and", "{%", "freely."]


def test_template_scan_gives_up_on_closers_it_never_finds():
    spans = template_spans("{{ a }} " + "{{" * 1000 + "{% x %}")
    assert spans[0] == (0, 7) and spans[-1][1] == len("{{ a }} " + "{{" * 1000 + "{% x %}")


# --- blocks -------------------------------------------------------------------------------------


def test_fenced_code_indented_under_a_list_item_is_masked():
    text = "1. Run it:\n\n     ```asl\n     Scope (_SB) {}\n     ```\n\n2. Done.\n"
    assert kept(text) == ["Run", "it:", "Done."]


def test_continuation_paragraph_of_a_list_item_is_prose_not_code():
    text = "1. First step.\n\n      More about the first step.\n"
    assert kept(text) == ["First", "step.", "More", "about", "the", "first", "step."]


def test_code_indented_past_a_list_items_content_is_masked():
    text = "- Install:\n\n      pip install x\n\nAfter.\n"
    assert kept(text) == ["Install:", "After."]


def test_top_level_indented_code_is_masked():
    assert kept("Text.\n\n    code here\n\nMore.\n") == ["Text.", "More."]


def test_fence_closes_only_on_a_bare_fence_of_the_same_kind():
    text = "```\ncode\n```python\nstill code\n```\nProse.\n"
    assert kept(text) == ["Prose."]


def test_pre_and_script_bodies_and_multi_block_comments_are_masked():
    text = "A.\n<pre>\nx = 1\n\ny = 2\n</pre>\n<!-- a\n\nnote -->\nB.\n"
    assert kept(text) == ["A.", "B."]


# --- inline -------------------------------------------------------------------------------------


def test_a_stray_backtick_stays_in_its_block():
    text = "One `stray tick here.\n\nNext block has `code` and prose.\n"
    assert kept(text) == ["One", "`stray", "tick", "here.", "Next", "block", "has", "and", "prose."]


def test_code_spans_pair_runs_of_equal_length():
    block = "a ``x ` y`` b `z` c ``` d"
    assert [block[s:e] for s, e in code_span_spans(block)] == ["``x ` y``", "`z`"]


def test_escaped_backtick_opens_nothing():
    assert code_span_spans(r"a \`b` c") == []


def test_tex_math_and_commands_are_masked_but_dollar_amounts_are_prose():
    assert kept("It costs $5 and $10 today.") == ["It", "costs", "$5", "and", "$10", "today."]
    assert kept("Let $x^2$ grow and $$\\sum_i a_i$$ converge.") == ["Let", "grow", "and", "converge."]
    assert kept("MaxLTV = $ {\\frac{a}{b}} $ here.") == ["MaxLTV", "=", "here."]
    assert kept("The mean \\mathbb{E} of it.") == ["The", "mean", "of", "it."]


def test_math_spans_skip_a_lone_dollar():
    block = "$5 off, then $x$ here"
    assert [block[s:e] for s, e in math_spans(block)] == ["$x$"]


def test_link_targets_reference_labels_and_autolinks_are_masked():
    text = "See [the post](https://x.example/a_(b) \"T\"), [described][jun specsf] and <https://y.example>."
    assert kept(text) == ["See", "[the", "post]", ",", "[described]", "and", "."]


def test_reference_label_may_wrap_and_footnote_definitions_are_prose():
    assert kept("Our [2018][yirs\n2018] summary.\n") == ["Our", "[2018]", "summary."]
    assert kept("[^6]: It might happen (rarely).\n[x]: https://x.example\n") == ["[^6]:", "It", "might", "happen", "(rarely)."]


def test_identifiers_that_can_only_be_code_are_masked():
    text = "Set jq_username and call getUserAccountData() or tars\\_java, not _emphasis_."
    assert kept(text) == ["Set", "and", "call", "or", "tars\\_java,", "not", "_emphasis_."]


def test_block_markers_are_masked():
    assert kept("# Title\n\n> - quoted item\n\n12. twelfth\n") == ["Title", "quoted", "item", "twelfth"]


# --- linear time --------------------------------------------------------------------------------

HOSTILE = {
    "nested brackets": lambda n: "[" * n + "x](",
    "link openers": lambda n: "](" * (n // 2),
    "parentheses": lambda n: "](" + "(" * n,
    "backtick runs": lambda n: "".join("`" * (i % 7 + 1) + "a" for i in range(n // 5)),
    "backticks on lines": lambda n: "` a\n" * (n // 4),
    "emphasis runs": lambda n: "*a " * (n // 3),
    "dollars": lambda n: "$a " * (n // 3),
    "template openers": lambda n: "{{" * (n // 2),
    "raw openers": lambda n: "{{raw `" * (n // 7),
    "tag openers": lambda n: "<a " * (n // 3),
    "e-mail signs": lambda n: "a@" * (n // 2),
    "reference lines": lambda n: ("[" + "a" * 50 + "\n") * (n // 52),
    "nested items": lambda n: "".join(" " * (i % 40) + "- a\n\n" for i in range(n // 25)),
    "one long line": lambda n: "word " * (n // 5),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_masking_100_kb_of_hostile_markdown_is_quick(name):
    text = HOSTILE[name](100_000)
    started = time.perf_counter()
    masked = mask_markdown(text)
    # Quadratic scanning took 76 s for 32 KB of nested brackets; linear masking takes well under
    # a second for 100 KB. The bound is generous so that a busy machine does not fail it.
    assert time.perf_counter() - started < 10
    assert len(masked) == len(text)


def test_a_line_of_ideographic_spaces_is_no_blank_line():
    doc = parse("d.md", '<img src="a.png">\u3000\u3000\n', "zh", "en")
    assert [s.prose.strip(" ") for s in doc.segments] == ["\u3000\u3000"]
    assert [s.raw for s in parse("d.txt", "\u3000\u3000\n", "zh", "en").segments] == ["\u3000\u3000"]
