"""Splitting an item into its asks: interrogative sentences, requests and conditional follow-ups."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clean import CleanText, clean_view
from .model import Ask, AskKind, Span

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "a.d.h.v",
        "afz",
        "bijv",
        "bv",
        "blz",
        "ca",
        "d.w.z",
        "dhr",
        "dr",
        "e.a",
        "e.d",
        "e.v",
        "enz",
        "etc",
        "excl",
        "fig",
        "i.e",
        "i.p.v",
        "i.s.m",
        "ikv",
        "incl",
        "jl",
        "jan",
        "feb",
        "febr",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        "kamerst",
        "max",
        "min",
        "mevr",
        "mln",
        "mld",
        "mr",
        "nl",
        "nr",
        "nrs",
        "o.a",
        "o.b.v",
        "o.m",
        "p",
        "prof",
        "resp",
        "s.v.p",
        "t.a.v",
        "t.b.v",
        "t.o.v",
        "vgl",
        "vs",
        "vzw",
        "z.g.a.n",
        "zgn",
    ]
)

_SENTENCE_END = re.compile(r"(?<=[?!.])(?:\d{1,2}(?:,\s?\d{1,2})*)?(?=\s+[^\s])|(?<=[?!])(?=[A-ZÀ-Ý])")
_CONDITIONAL = re.compile(
    r"(?:zo\s+ja|zo\s+nee|zo\s+neen|zo\s+niet|indien\s+(?:ja|nee|neen|niet|wel|zo|dit|dat|dat\s+zo)|"
    r"als\s+dat\s+(?:zo\s+is|het\s+geval\s+is)|zo\s+ja\s+of\s+nee|in\s+bevestigend\s+geval|in\s+ontkennend\s+geval|mocht)\b",
    re.I,
)
_REQUEST = re.compile(
    r"(?:graag|gelieve|ik\s+(?:had|zou|wil|vraag|verneem|ontvang)\b.*\bgraag|graag\s+ontving|"
    r"kunt\s+u|kan\s+u|kunnen\s+(?:u|jullie)|wil\s+u|wilt\s+u|zou\s+u|kan\s+de\s+minister|"
    r"(?:wil|kan|zal)\s+de\s+(?:minister|staatssecretaris|minister-president)|ik\s+vraag|geef|bezorg|"
    r"deel\s+mee|licht\s+toe|verduidelijk)\b",
    re.I,
)


def sentences(clean: CleanText) -> list[tuple[int, int]]:
    """Sentence ranges in the clean text; a full stop after a known abbreviation does not cut."""
    text = clean.text
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        before = text[start:end].rstrip()
        if before.endswith("."):
            word = re.search(r"([\w.]+)\.$", before)
            if word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        if text[start:end].strip():
            out.append(trim(text, start, end))
        start = end
    if text[start:].strip():
        out.append(trim(text, start, len(text)))
    return out


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` narrowed past whitespace at both ends."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def ask_kind(sentence: str) -> AskKind | None:
    """The kind of ask a sentence makes, or None for context (a statement, a quotation)."""
    s = sentence.strip().lstrip("-–•*(").strip()
    if _CONDITIONAL.match(s):
        return "conditional"
    if s.rstrip("0123456789, ").endswith("?"):
        return "question"
    if _REQUEST.match(s) or re.search(r"\b(graag|gelieve)\b", s, re.I):
        return "request"
    return None


def split_asks(text: str, span: Span, furniture: Sequence[Span] = ()) -> tuple[Ask, ...]:
    """The asks of the item text ``text[span]``, offsets into ``text``.

    An item with no recognisable ask (no question mark, no request cue) is one ask as a whole:
    every item asks something, and it is better to judge it whole than to drop it.
    """
    clean = clean_view(text, span, furniture)
    asks: list[Ask] = []
    for a, b in sentences(clean):
        kind = ask_kind(clean.text[a:b])
        if kind is None:
            continue
        asks.append(Ask(clean.original_span(a, b), kind))
    if not asks and clean.text.strip():
        a, b = trim(clean.text, 0, len(clean.text))
        asks.append(Ask(clean.original_span(a, b), "request"))
    return tuple(asks)
