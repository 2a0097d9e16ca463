"""The fast paths of rule matching and clean views give what the plain definitions give."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from analyzer.clean import FORMAT_CHARS, clean_view
from analyzer.model import Span
from analyzer.rules import PhraseIndex, squash, squash_offsets, squashed

_TEXT = st.text(alphabet=st.sampled_from("abcé ëA-\n.4\u0130\u00df\u200bIJﬁ\ud800"), max_size=40)


def _plain_squash(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKD", ch.lower()):
            if c.isalnum() and not unicodedata.combining(c):
                chars.append(c)
                offsets.append(i)
    return "".join(chars), offsets


@given(_TEXT)
def test_squash_is_the_per_character_definition(text: str) -> None:
    assert squash(text) == _plain_squash(text)
    assert squashed(text) == _plain_squash(text)[0]
    assert squash_offsets(text) == _plain_squash(text)[1]


@given(st.lists(st.text(alphabet="abc", min_size=1, max_size=4), max_size=6), st.text(alphabet="abc", max_size=30))
def test_phrase_index_finds_every_occurrence_with_or_without_the_automaton(phrases: list[str], text: str) -> None:
    entries = [(p, k) for k, p in enumerate(phrases)]
    expected = sorted((i, i + len(p), k) for k, p in enumerate(phrases) for i in range(len(text) - len(p) + 1) if text.startswith(p, i))
    assert sorted(PhraseIndex(entries).find(text)) == expected
    assert sorted(PhraseIndex(entries, automaton=False).find(text)) == expected
    assert bool(PhraseIndex(entries)) == bool(phrases)


def _plain_collapse(body: str, start: int) -> tuple[list[str], list[int]]:
    """clean_view's per-character definition of a fragment's text: format characters dropped, each
    whitespace run (across format characters) one space at its first character's offset."""
    chars: list[str] = []
    offsets: list[int] = []
    prev_space = False
    for k, ch in enumerate(body):
        if FORMAT_CHARS.match(ch):
            continue
        if ch.isspace():
            if prev_space:
                continue
            prev_space = True
            chars.append(" ")
        else:
            prev_space = False
            chars.append(ch)
        offsets.append(start + k)
    return chars, offsets


@given(st.text(alphabet=st.sampled_from("ab \t\u00a0\u2003\u200b\u00ad\u2060\ufeff\x1cé"), max_size=30))
def test_clean_view_collapses_as_the_per_character_definition(text: str) -> None:
    body = text.strip()
    if not body:
        return
    lead = len(text) - len(text.lstrip())
    chars, offsets = _plain_collapse(body, lead)
    view = clean_view(text, Span(0, len(text)))
    assert (view.text, list(view.offsets)) == ("".join(chars), offsets)
