"""Property tests: the typography checks accept any text and point inside it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import lint_findings

CHECKS = ("quote-style", "lost-apostrophe", "stray-markup", "unbalanced-brackets", "glued-words", "repeated-word")
# Text made of the characters these checks react to, so that odd combinations come up often.
ALPHABET = st.sampled_from(list("ab Acme s y the*_&;#()[]{}“”\"'’「」\n`:") + ["&amp;", "nbsp", "ourPartner", " the the "])


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join), st.sampled_from(["d.txt", "d.md"]))
def test_findings_lie_inside_the_text_and_are_stable(text, path):
    for check in CHECKS:
        findings = lint_findings(text, check, path=path)
        assert findings == lint_findings(text, check, path=path)
        lines = text.split("\n")
        for f in findings:
            assert 1 <= f.line <= f.end_line <= len(lines)
            assert f.text and f.text in text
