"""Which answer sentences respond to which ask: content lemmas, overlap, attribution."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

# Words of the question form itself; they say nothing about what the answer must cover.
QUESTION_WORDS = frozenset(
    [
        "welk",
        "welke",
        "wat",
        "wie",
        "waar",
        "waarom",
        "hoe",
        "hoeveel",
        "wanneer",
        "waardoor",
        "waarvoor",
        "u",
        "uw",
        "minister",
        "minister-president",
        "staatssecretaris",
        "kabinet",
        "regering",
        "bereid",
        "mening",
        "kunnen",
        "kan",
        "kunt",
        "zullen",
        "zal",
        "zult",
        "willen",
        "wil",
        "wilt",
        "graag",
        "gelieve",
        "aangeven",
        "toelichten",
        "ingaan",
        "vraag",
        "vragen",
        "antwoord",
        "bekend",
        "hiervan",
        "daarvan",
        "hierover",
        "daarover",
        "hierbij",
        "daarbij",
        "zo",
        "ja",
        "nee",
        "niet",
        "ook",
        "nog",
        "al",
        "dan",
        "deze",
        "die",
        "dit",
        "dat",
        "het",
        "de",
        "een",
        "en",
        "of",
        "in",
        "op",
        "van",
        "voor",
        "met",
        "naar",
        "bij",
        "tot",
        "om",
        "te",
        "aan",
        "door",
        "over",
        "uit",
        "als",
        "er",
        "zijn",
        "is",
        "wordt",
        "worden",
        "werd",
        "heeft",
        "hebben",
        "had",
    ]
)


def content_lemmas(doc: Doc) -> list[str]:
    out = []
    for t in doc:
        lemma = (t.lemma_ or t.text).lower()
        if not t.is_alpha or len(t.text) < 3 or lemma in QUESTION_WORDS or t.lower_ in QUESTION_WORDS or t.is_stop:
            continue
        if lemma not in out:
            out.append(lemma)
    return out


_BREAKDOWN = re.compile(
    r"\b(?:[Pp]er|uitgesplitst\s+naar|opgesplitst\s+naar|opdeling\s+naar|verdeeld\s+naar|onderverdeeld\s+naar)\s+(?:de\s+|het\s+)?([a-zà-ÿ]{4,})\b"
)
# Units of time: answers give the years or months themselves rather than the word.
_TIME_UNITS = frozenset({"jaar", "jaren", "maand", "maanden", "week", "weken", "kwartaal", "dag", "dagen", "periode"})


def breakdown_missing(ask: str, answer_vocab: set[str]) -> str | None:
    """The breakdown an ask names ("per provincie", "naar scholingsgraad") if the answer never mentions it."""
    for m in _BREAKDOWN.finditer(ask):
        word = m.group(1).lower()
        if word in _TIME_UNITS or word in QUESTION_WORDS:
            continue
        stem = word[:6]
        if not any(v.startswith(stem) or (len(v) >= 5 and word.startswith(v)) for v in answer_vocab):
            return m.group(0)
    return None


def coverage(ask_lemmas: Sequence[str], answer_vocab: set[str]) -> float:
    """Share of the ask's content lemmas that occur in the answer (compounds match by a shared stem).

    A lemma of five letters or more matches a word it starts, that starts it, or that shares its first
    six letters ("monitoringsysteem" ~ "monitoring"). Computed with prefix sets, not pairwise.
    """
    if not ask_lemmas:
        return 1.0
    p6 = {b[:6] for b in answer_vocab if len(b) >= 6}
    five = {b for b in answer_vocab if len(b) == 5}
    p5 = {b[:5] for b in answer_vocab if len(b) >= 5}
    hit = 0
    for a in ask_lemmas:
        if a in answer_vocab or (len(a) >= 6 and (a[:6] in p6 or a[:5] in five)) or (len(a) == 5 and a in p5):
            hit += 1
    return hit / len(ask_lemmas)


def vocab(doc: Doc) -> set[str]:
    vocab: set[str] = set()
    for t in doc:
        if t.is_alpha:
            vocab.add(t.lower_)
            vocab.add((t.lemma_ or t.text).lower())
    return vocab
