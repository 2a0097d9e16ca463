"""Questions echoed in the answer: an answer without numbers that repeats each question before its
part ("Wat verhindert een volledige ontruiming van de site? Het is nu aan de eigenaars ..."), as city
councils often write them. The repeated question is the label of the part after it; the part runs to
the next repeated question. Only when two or more questions are repeated, in the question's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from ..model import AnswerPart, Item, PartKind, Span
from .lines import soft_unwrapped, trimmed

# a sentence of the answer: from after the previous sentence end (or line start) to its "?" (or its "." when it repeats
# a question written as a statement: "Welke visie hanteert het college op ... .", "Graag een overzicht per jaar.")
_QUESTION = re.compile(r"(?<![^.?!\n])[^.?!\n]*[?.]")  # (starting only after a boundary: linear)
# what may stand before a repeated question: a bullet, a dash, "Vraag 2:", "2)"
_FIRST = re.compile(r"[^.?!\n]*[?.]")
_PREFIX = re.compile(r"\s*(?:[-–•▪*]\s*|vraag\s*\d+[a-z]?\s*[:.)-]?\s*|\d{1,3}[a-z]?[.)]\s*|[a-z][.)]\s+)*", re.I)
_BULLET = re.compile(r"(?:^|(?<=\s))[-–•▪·o](?=\s)")
_MIN_WORDS = 4


@lru_cache(maxsize=4096)  # each item's question is compared with every sentence of its answer
def _norm(s: str) -> str:
    return re.sub(r"[^\w]+", " ", s.lower()).strip()


def _similar(sentence: str, item_texts: Sequence[str]) -> bool:
    """The answer's question sentence repeats one of the item's questions (whole, or without an aside); a statement
    only when it repeats a whole ask nearly word for word."""
    s = _norm(sentence)
    words = s.split()
    if len(words) < _MIN_WORDS:
        return False
    if not sentence.rstrip().endswith("?"):
        # (never a question said back as a statement: "Het college is bereid om ..." answers "Is het college bereid om ...?")
        return any(fuzz.ratio(s, _norm(t)) >= 92 for t in item_texts if not t.rstrip().endswith("?"))
    for t in item_texts:
        q = _norm(t)
        if not q:
            continue
        if fuzz.ratio(s, q) >= 85:
            return True
        # "Over welke aantallen spreken we?" for "Over welke aantallen spreken we (graag gegevens van ...)?"
        if fuzz.token_set_ratio(s, q) >= 95 and len(words) >= 0.5 * len(q.split()):
            return True
    return False


def said_back(part: str, item_texts: Sequence[str]) -> bool:
    """The first sentence of an answer part repeats one of the item's questions."""
    m = _FIRST.match(part.lstrip())
    return m is not None and _similar(m.group(), item_texts)


def echoed_parts(text: str, span: Span, items: Sequence[Item]) -> list[AnswerPart] | None:
    """The answer ``text[span]`` cut at the questions it repeats, or None when it repeats fewer than two."""
    found: list[tuple[int, int, str]] = []  # (question start, question end, item id)
    next_item = 0
    # (a question repeated over two lines, as a PDF or a mail wraps it, is one sentence: the soft line breaks read as spaces,
    # one character for one, so every offset holds)
    view = soft_unwrapped(text) if "\n" in text[span.start : span.end] else text
    # (the part's first sentence too, when the part starts after a label on the same line: "2. Betaalt ...?")
    first = _FIRST.match(view, span.start, span.end)
    sentences = [first] if first is not None and not _QUESTION.match(view, span.start, span.end) else []
    for m in [*sentences, *_QUESTION.finditer(view, span.start, span.end)]:
        raw = m.group()
        # a heading and a bullet before the question: "Vrijstaande banken • Kan er ...?"
        bullets = [b.end() for b in _BULLET.finditer(raw)]
        offset = bullets[-1] if bullets else 0
        lead = _PREFIX.match(raw, offset)
        start = m.start() + (lead.end() if lead else offset)
        while start < m.end() and text[start].isspace():
            start += 1
        sentence = view[start : m.end()]
        for k in range(next_item, len(items)):
            it = items[k]
            texts = [text[a.span.start : a.span.end] for a in it.asks] + [text[it.span.start : it.span.end]]
            if _similar(sentence, texts):
                if found and found[-1][2] == it.id and not text[found[-1][1] : m.start()].strip():
                    found[-1] = (found[-1][0], m.end(), it.id)  # the same question's next sentence, right after it
                else:
                    found.append((start, m.end(), it.id))
                next_item = k  # (a later sentence may repeat this item's next ask)
                break
    if len({f[2] for f in found}) < 2:
        return None
    parts: list[AnswerPart] = []
    before = trimmed(text, span.start, found[0][0])
    if re.search(r"\w", text[before.start : before.end]):
        parts.append(AnswerPart(None, before, "unnumbered"))
    group: list[str] = []  # questions repeated one after the other share the answer after the last
    group_start = found[0][0]
    for j, (q_start, q_end, ident) in enumerate(found):
        if not group:
            group_start = q_start
        group.append(ident)
        end = found[j + 1][0] if j + 1 < len(found) else span.end
        body = trimmed(text, q_end, end)
        if not re.search(r"\w", text[body.start : body.end]):
            if j + 1 < len(found):
                continue
            break  # the last question repeated with nothing after it: left unaligned
        covers = tuple(dict.fromkeys(group))
        kind: PartKind = "grouped" if len(covers) > 1 else "interleaved"
        parts.append(AnswerPart(trimmed(text, group_start, q_end), body, kind, covers))
        group = []
    return parts
