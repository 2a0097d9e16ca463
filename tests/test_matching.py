"""The fast paths of rule matching, clean views and the language check give what the plain definitions give."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc

from analyzer.asks import _SENTENCE_END, _sentence_ends
from analyzer.clean import (
    _TK_FOOTER,
    _TK_FOOTER_PARTS,
    _TK_FOOTER_STARTS,
    _TK_HEADER_PAGENO,
    FORMAT_CHARS,
    _FurnitureKey,
    _matches_at,
    clean_view,
)
from analyzer.judge.core import LONG_RUN, has_long_run
from analyzer.judge.cues import first_sentence
from analyzer.model import Span
from analyzer.nlp import get_pipeline
from analyzer.read.text import _IN_WORD, _WORD, DUTCH_MIN_SHARE, DUTCH_MIN_WORDS, DUTCH_WORDS, _words, looks_dutch
from analyzer.rules import (
    PhraseIndex,
    RuleSet,
    SquashOffsets,
    TokenTests,
    _chars,
    _Forms,
    _matches,
    _positions,
    anchor_extent,
    load_rules,
    required_words,
    squash,
    squash_offsets,
    squashed,
    word_flags,
)

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
    offsets = SquashOffsets(text)
    assert [offsets[x] for x in range(len(squashed(text)))] == _plain_squash(text)[1]


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


def test_flag_compiled_patterns_match_as_written() -> None:
    """Word predicates compiled to lexeme flags find exactly what the patterns as written find."""
    nlp, _info = get_pipeline()
    patterns: list[list[dict[str, Any]]] = [
        [{"LIKE_NUM": True, "TEXT": {"REGEX": "^(?!(?:19|20)\\d\\d$)"}, "LOWER": {"NOT_IN": ["een", "één", "eerste"]}}],
        [{"TEXT": {"REGEX": "^\\d+([.,]\\d+)?%$"}}],
        [{"IS_SENT_START": True, "LOWER": {"NOT_IN": ["wie", "wat", "het"]}}, {"IS_SENT_START": False, "OP": "*"}, {"ORTH": "?"}],
        [{"LOWER": {"IN": ["Geen", "geen"]}}, {"ORTH": {"IN": ["Cijfers", "cijfers"]}, "LOWER": {"REGEX": "s$"}}],
    ]
    flags = word_flags(nlp.vocab)
    compiled = [flags.compile(p) for p in patterns]
    assert any(k.startswith("FLAG") for p in compiled for t in p for k in t)
    assert word_flags(nlp.vocab).compile(patterns[0]) == compiled[0]  # the same predicate keeps its flag
    texts = [p.read_text(encoding="utf-8")[:4000] for p in sorted((Path(__file__).parent / "corpus").glob("*.txt"))[:12]]
    texts += ["Er zijn 12% meer, 1.250 of 2023 of een of Eén. Geen cijfers? Wat is dat? Is het 15%?", "GEEN Cijfers zijn er"]
    for text in texts:
        doc = nlp(text)
        for pattern, flagged in zip(patterns, compiled, strict=True):
            plain, fast = Matcher(nlp.vocab), Matcher(nlp.vocab, validate=False)
            plain.add("x", [pattern])
            fast.add("x", [flagged])
            assert sorted(fast(doc)) == sorted(plain(doc))


def test_one_word_flag_patterns_read_off_arrays_match_as_the_matcher_does() -> None:
    """A one-word pattern of flags only (``expect.number``'s "a number that is no year") is matched on one
    array of the Doc's flags instead of a Matcher pass: the same matches, on a Doc and on a Span."""
    nlp, info = get_pipeline()
    ruleset = RuleSet(load_rules(), nlp, info.has_pos)
    # (each table with the patterns of the rule it was built from: patterns, exceptions, sentence exceptions)
    tables = (
        (ruleset._token_rules, "patterns"),
        (ruleset._exc_rules, "exception_patterns"),
        (ruleset._sent_exc_rules, "sentence_exceptions"),
    )
    tested = [(g, field) for table, field in tables for g in table if isinstance(g[1], TokenTests)]
    assert {g[0].id for g, field in tested if field == "patterns"} >= {"expect.number"}
    texts = [x for r in ruleset.rules for x in r.spec.examples.match + r.spec.examples.no_match]
    texts += ["In 2023 waren het 12 of 12,5% (twaalf), niet 1999 of één; zie nr. 3 en 45%.", "", "2024", "artikel 6.5.13 en 1.250.000"]
    for group, field in tested:
        rule = group[0]
        matcher = Matcher(nlp.vocab, validate=False)
        flags = word_flags(nlp.vocab)
        matcher.add(rule.id, [flags.compile(p) for p in getattr(rule.spec, field) if len(p) == 1 and "OP" not in p[0]])
        fast = group[1]
        assert isinstance(fast, TokenTests)
        without_vocab = TokenTests(fast.key, fast.tests)  # the per-token comprehension, not the C lookup
        for doc in nlp.pipe(texts):
            assert sorted(group[1](doc)) == sorted(matcher(doc)) == sorted(without_vocab(doc)), (rule.id, doc.text)
            if len(doc) > 2:
                assert sorted(group[1](doc[1:-1])) == sorted(matcher(doc[1:-1])), (rule.id, doc.text)


def test_required_words_are_the_word_sets_a_match_cannot_skip() -> None:
    """A window around an anchor word is only matched when it holds a word of every other set its
    pattern needs: optional, negated and predicate-only tokens need nothing."""
    pattern: list[dict[str, Any]] = [
        {"LEMMA": "zijn"},
        {"IS_ALPHA": True, "OP": "{,3}"},
        {"LOWER": {"IN": ["Niet", "geen"]}},
        {"LOWER": "wel", "OP": "?"},
        {"LOWER": "nooit", "OP": "!"},
        {"TEXT": {"REGEX": "^x"}},
        {"ORTH": "Vaak", "OP": "{1,2}"},
    ]
    assert required_words(pattern) == [frozenset({"zijn"}), frozenset({"niet", "geen"}), frozenset({"vaak"})]
    assert required_words([{"LOWER": "a"}, {"LOWER": "a"}]) == [frozenset({"a"})]


def test_anchor_extent_counts_the_tokens_around_the_anchor() -> None:
    assert anchor_extent([{"LOWER": "niet"}, {"IS_ALPHA": True, "OP": "{,3}"}, {"LEMMA": {"IN": ["vooruitlopen"]}}]) == (4, 0)
    assert anchor_extent([{"LOWER": "a"}, {"LOWER": "b", "OP": "{1,3}"}, {"OP": "?"}]) == (0, 4)  # anchor "a"
    assert anchor_extent([{"IS_ALPHA": True, "OP": "{,2}"}, {"LOWER": "x", "OP": "{1,2}"}, {"ORTH": "?"}]) == (3, 2)


def test_windows_around_anchors_find_what_the_whole_doc_finds() -> None:
    """Every rule's pattern groups, run only around their anchor words, match exactly as over the whole
    text, on every rule example (and over the corpus when it was written)."""
    nlp, info = get_pipeline()
    ruleset = RuleSet(load_rules(), nlp, info.has_pos)
    docs = [nlp(x) for r in ruleset.rules for x in r.spec.examples.match + r.spec.examples.no_match]
    for table in (ruleset._token_rules, ruleset._exc_rules, ruleset._sent_exc_rules):
        for group in table:
            for doc in docs:
                whole = {(x, y) for _m, x, y in group[1](doc)}
                assert {(x, y) for _r, x, y in _matches([group], doc, lambda _rule: True)} == whole, group[0].id


def _plain_positions(doc: Doc, words: frozenset[str]) -> dict[str, list[int]]:
    at: dict[str, list[int]] = {}
    for i, t in enumerate(doc):
        for form in dict.fromkeys([t.lower_, t.lemma_.lower(), t.norm_.lower()]):
            if form in words:
                at.setdefault(form, []).append(i)
    return at


def test_positions_file_every_token_under_its_forms() -> None:
    """``_positions`` with forms made for the vocabulary (keys computed on lookup) and without (computed
    in the comprehension) file each token under its lower case, lemma and norm forms that a rule names."""
    nlp, info = get_pipeline()
    ruleset = RuleSet(load_rules(), nlp, info.has_pos)
    words = ruleset._forms.words
    assert words is not None and ruleset._forms.strings is nlp.vocab.strings
    texts = [x for r in ruleset.rules for x in r.spec.examples.match + r.spec.examples.no_match]
    texts += ["Zie de brief van 3 mei jl. en o.a. nr. 4; ZIJN er GEEN gegevens? Wij weten het niet.", ""]
    for doc in nlp.pipe(texts):
        plain = _plain_positions(doc, words)
        assert _positions(doc, ruleset._forms) == plain
        assert _positions(doc, _Forms(words)) == plain


@given(st.text(alphabet=st.sampled_from("ab qQ_1²½é\u0308İß-.\n\ud800\u00a0ǅΣ"), max_size=60) | st.text(max_size=60))
def test_language_check_words_are_the_regex_words(text: str) -> None:
    """``looks_dutch`` cuts words without the regex: the same words, a non-ASCII letter read as ``_IN_WORD``,
    which no Dutch function word holds, so the share of Dutch words is the regex's."""
    assert all(w.isascii() and _IN_WORD not in w for w in DUTCH_WORDS)
    low = text.lower()
    plain = _WORD.findall(low)
    assert _words(low) == ["".join(c if c.isascii() else _IN_WORD for c in w) for w in plain]
    dutch = len(plain) < DUTCH_MIN_WORDS or sum(w in DUTCH_WORDS for w in plain) / len(plain) >= DUTCH_MIN_SHARE
    assert looks_dutch(text) == dutch


def test_match_offsets_are_the_spans_offsets() -> None:
    """A match's character offsets are read off its first and last token, as spaCy computes a Span's."""
    nlp, _info = get_pipeline()
    texts = ["Zie  antwoord 2.\n\n Nee, wij weten het niet (o.a. nr. 3)\t!", "één", " x ", "İstanbul\u200b  ß"]
    texts += [p.read_text(encoding="utf-8")[:1500] for p in sorted((Path(__file__).parent / "corpus").glob("*.txt"))[:3]]
    for doc in nlp.pipe(texts):
        for x in range(len(doc)):
            for y in range(x + 1, min(len(doc), x + 6) + 1):
                assert _chars(doc, x, y) == (doc[x:y].start_char, doc[x:y].end_char)


@given(st.text(alphabet=st.sampled_from('ab AZÉ.?!”"’»)1 2,\n\t9.'), max_size=60) | st.text(max_size=40))
def test_sentence_ends_are_the_regex_matches(text: str) -> None:
    """Ask sentences are cut where ``_SENTENCE_END`` matches; the matches are looked for only right after a mark."""
    assert list(_sentence_ends(text)) == [m.end() for m in _SENTENCE_END.finditer(text)]


def test_clean_views_key_furniture_by_its_spans() -> None:
    """The furniture key of a clean view equals and hashes like the tuple of its spans, so a tuple, a copy
    of it and a list (which may change between calls, so it is keyed anew) give the same view."""
    furniture = (Span(5, 9), Span(20, 31))
    assert _FurnitureKey(furniture) == furniture and hash(_FurnitureKey(furniture)) == hash(furniture)
    text = "Een tekst\n- 3 -\nmet meubilair\nKamerstuk 123, nr. 4\nin het midden.\n"
    spans = [Span(10, 16), Span(30, 50)]
    views = [clean_view(text, Span(0, len(text)), f) for f in (tuple(spans), tuple(spans), list(spans), tuple(list(spans)))]
    assert all(v == views[0] for v in views)
    assert views[0].text == "Een tekst met meubilair in het midden."
    changed = list(spans)
    assert clean_view(text, Span(0, len(text)), changed) == views[0]
    changed.pop()
    assert clean_view(text, Span(0, len(text)), changed).text == "Een tekst met meubilair Kamerstuk 123, nr. 4 in het midden."


def test_long_runs_are_found_as_the_regex_finds_them() -> None:
    """``has_long_run`` splits where ``\\s`` matches: the same characters, and the same answer."""
    space = re.compile(r"\s")
    assert all((space.match(chr(c)) is not None) == chr(c).isspace() for c in range(0x110000))
    for text in [
        "",
        "a" * 999,
        "a" * 1000,
        " " + "é" * 1000 + " x",
        ("ab\u00a0" * 400) + "x" * 999,
        "x" * 500 + "\u2003" + "y" * 999,
        "?" * 5000,
    ]:
        assert has_long_run(text) == (LONG_RUN.search(text) is not None), text[:20]


_FOOTER_PIECES = [
    "ah-tk-20231234-5",
    "ah-tk-",
    "ISSN 0921 - 7398",
    "ISSN",
    "’s-Gravenhage 2023",
    "'s-Gravenhage",
    "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 12",
    "Tweede Kamer, vergaderjaar 2023-2024, Aanhangsel",
    "Tweede Kamer der Staten-Generaal",
    "Tweede Kamer der Staten-Generaal2",
    "Tweede  Kamer,  vergaderjaar\n2023–2024,  Aanhangsel 3",
    "Tweede  Kamer  der  Staten-Generaal4",
    "Aanhangsel Handelingen II 2025/26, nr. 812 2",
    "Aanhangsel Handelingen I 2024/2025,nr.7 ",
    "Tweede Kamer, vergaderjaar 2024–2025, 36 740 VI, nr. 7 2",
    "Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 74 3",
    "Aanhangsel",
    "Antwoord 8",
    "Vraag 3",
    "12",
    " ",
    "\n",
    "x",
]


@given(st.lists(st.sampled_from(_FOOTER_PIECES), max_size=8))
def test_footer_matches_are_found_from_their_starts(pieces: list[str]) -> None:
    """Page footers and glued header page numbers are matched only where their fixed text starts (any run of spaces, a
    line break too, between the footer's words): the same matches as ``finditer``."""
    assert len(_TK_FOOTER_PARTS) == 6  # one start (two for the quote) per part: update _TK_FOOTER_STARTS with the parts
    text = "".join(pieces)
    spans = [(m.start(), m.end()) for m in _matches_at(_TK_FOOTER, text, _TK_FOOTER_STARTS)]
    assert spans == [(m.start(), m.end()) for m in _TK_FOOTER.finditer(text)]
    spans = [(m.start(), m.end()) for m in _matches_at(_TK_HEADER_PAGENO, text, ("Tweede",))]
    assert spans == [(m.start(), m.end()) for m in _TK_HEADER_PAGENO.finditer(text)]


@given(st.text(alphabet=st.sampled_from("a .!?\n\u00a0\u2003x"), max_size=30) | st.text(max_size=30))
def test_first_sentence_is_the_split_at_the_first_mark_and_space(text: str) -> None:
    assert first_sentence(text) == re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
