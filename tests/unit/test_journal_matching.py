"""The journal search's word matching: the quick rule-out changes no answer."""

import re

from hypothesis import given
from hypothesis import strategies as st

from mottagning.storage.journal_search import matches, query_words

_WORD = re.compile(r"\w+", re.UNICODE)
# Letters whose case folding is special (ß -> ss, İ -> i̇, ﬁ -> fi, Σ/ς -> σ),
# Swedish ones, digits, spaces and punctuation.
alphabet = st.sampled_from(list("aAbsSßẞİiıIfﬁΣσςåÅäÄöÖéÉ0123 -.,_"))


def by_tokens(words: list[str], text: str) -> bool:
    """The rule as written before the rule-out: each word starts a folded token."""
    tokens = [token.casefold() for token in _WORD.findall(text)]
    return all(any(token.startswith(word) for token in tokens) for word in words)


@given(st.text(alphabet, max_size=40), st.text(alphabet, min_size=1, max_size=8))
def test_matching_gives_the_answer_of_the_token_rule(text, query):
    words = query_words(query)

    assert matches(words, text) == by_tokens(words, text)


def test_a_word_inside_another_word_is_not_a_hit():
    assert not matches(["rategi"], "Strategier för vardagen")
    assert matches(["strat"], "Strategier för vardagen")
