"""The global choice of a question's numbering: which number candidates are its item labels.

Every place that could be an item number (``1.``, ``2)``, ``Vraag 3``, ``4 en 5.``, a ``3`` at a line
start or inside a line) is a candidate. Instead of accepting them one by one, which lets one stray
number derail the rest of the document, the segmenter picks the subsequence of candidates that forms
the most consistent numbering, by dynamic programming over a score:

* a label whose text asks something (a question mark, "Graag ...") earns the most; one that only
  introduces its lettered or nested parts earns a little; any other label earns less (an imperative
  "Geef een overzicht ..." is still an item when nothing competes with it);
* numbers go up by one; a number printed twice, a skipped number or numbering chaos (1, 1, 3, 2)
  costs a little, and only between labels in one style that each start a question;
* a style change (``1.`` then ``2)``) costs a lot; a label begun after a word inside a line (text
  whose line breaks were lost) costs a little and must follow the number before it exactly; so does a
  number without its delimiter at a line start ("3 Welke ...?"), which may however start the numbering
  (a 1990s Aanhangsel numbers its questions "1 Heeft u ...?");
* the numbering starts at 1.

So a numbered list of facts in the introduction, a number alone in a table of figures or a list
inside a question loses to the question labels that follow, and a duplicated or missing label costs
one step instead of every item after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..asks import EMBEDDED_QUESTION, PETITION
from ..labels import Label

ASKS = 4.0  # a label whose text asks something
INTRODUCES = 1.5  # a label that only introduces its lettered ("3. a) ...") or nested ("1.1") parts
PLAIN = 1.0  # any other label
WEAK = 0.5  # begun after a word inside a line
LOOSE = 1.5  # a number without its delimiter at a line start ("3 Welke garages ...?")
DUPLICATE = 0.5  # the same number again ("the second gets the next free number", GUIDE.md)
SKIP = 1.0  # per number skipped
CHAOS = 1.5  # a number lower than the one before
COMPATIBLE_STYLE = 0.5  # "1." then "2" alone on a line, "Vraag 1" then "2 en 3."

# ("3 - a)", "3: a)", "3° a)" and "3 a)" under "1 -", "1:", "1°" and "1": a number's letter keeps the bracket whatever the number's delimiter)
_COMPATIBLE = {
    ".": {"numletter", "bare"},
    ")": {"numletter"},
    "-": {"numletter"},
    ":": {"numletter"},
    "°": {"numletter"},
    "bare": {"numletter"},
    "numletter": {".", ")", "-", ":", "°"},
    "vraag": {"group"},
    # an explicit answer label continues answers numbered in any style: "1. Ja." then "Antwoord op vraag 2 en 3", "Ad 4"
    "antwoord": {".", ")", "-", ":", "°", "numletter", "group", "bare"},
    "group": {".", ")"},
}


def style_ok(style: str, locked: str | None) -> bool:
    """Whether a label in ``style`` may continue a numbering written in ``locked``."""
    if locked is None or style == locked:
        return True
    return style in _COMPATIBLE.get(locked, set()) or locked in _COMPATIBLE.get(style, set())


def asks(body: str) -> bool:
    """The text of a question label asks something: a question mark or a request ("Graag ...")."""
    return "?" in body or re.search(rf"\b(?:graag|gelieve)\b|\b{EMBEDDED_QUESTION}|\b{PETITION}", body, re.I) is not None


@dataclass(frozen=True)
class _Cand:
    index: int  # in the candidate list
    first: int
    last: int
    style: str
    weak: bool
    loose: bool
    asks: bool
    introduces: bool
    upper: bool  # the text after the label starts with a capital


def choose_numbers(candidates: list[Label], text: str, weak: set[int], end: int, loose: frozenset[int] = frozenset()) -> set[int]:
    """Indices of the number candidates (not nested ``1.1`` ones) that label the question's items.

    One style governs the numbering (that of its first label; ``3. a)`` counts as ``3.``): each style
    in the document is tried in turn and the best numbering wins."""
    cands = _candidates(candidates, text, weak, end, loose)
    best: tuple[float, set[int]] = (0.0, set())
    for locked in sorted({"." if c.style == "numletter" else c.style for c in cands}):
        score, chosen = _best_path([c for c in cands if style_ok(c.style, locked)])
        first = min((c for c in cands if c.index in chosen), key=lambda c: c.index, default=None)
        if first is not None and first.weak and len(chosen) < 2:
            continue  # a lone "1." after a word ("... eindigt fase 1. Klopt het dat ...?") numbers nothing
        if score > best[0]:
            best = (score, chosen)
    return best[1]


def _candidates(candidates: list[Label], text: str, weak: set[int], end: int, loose: frozenset[int]) -> list[_Cand]:
    cands: list[_Cand] = []
    for k, lab in enumerate(candidates):
        if lab.kind != "number" or lab.style == "nested" or not lab.numbers:
            continue
        nxt_lab = candidates[k + 1] if k + 1 < len(candidates) else None
        body = text[lab.end : nxt_lab.start if nxt_lab else end]
        introduces = nxt_lab is not None and (
            (nxt_lab.kind == "letter" and nxt_lab.letter == "a")
            or (nxt_lab.style == "nested" and nxt_lab.numbers[:1] == lab.numbers[:1] and nxt_lab.sub == 1)
        )
        after = text[lab.end : lab.end + 2].lstrip()
        cands.append(
            _Cand(
                k,
                lab.numbers[0],
                max(lab.numbers),
                lab.style,
                lab.start in weak,
                lab.start in loose,
                asks(body),
                introduces,
                bool(after[:1]) and after[:1].isupper(),
            )
        )
    return cands


def _best_path(cands: list[_Cand]) -> tuple[float, set[int]]:
    """The highest-scoring numbering among ``cands`` (in document order) and its score.

    A transition depends only on the last number of the path so far, its style, whether it asks and
    whether it was begun after a word, so the best path ending in each such state is kept (the earliest
    on a tie) and every candidate looks up the few states a number may follow: linear in the candidates."""
    if not cands:
        return 0.0, set()
    best: list[float] = []
    back: list[int] = []
    states: dict[int, dict[tuple[str, bool, bool], tuple[float, int]]] = {}  # last number -> state -> (score, index)
    for j, c in enumerate(cands):
        gain = ASKS if c.asks else INTRODUCES if c.introduces else PLAIN
        if c.weak:
            gain -= WEAK
        if c.loose:
            gain -= LOOSE
        # the numbering starts at 1 (after a word only when its text asks: "Betreft: Visumplicht voor Roemenië 1. Is de ...?"
        # once the line breaks are gone)
        top = 0.0 if c.first == 1 and (not c.weak or c.asks) else float("-inf")
        arg = -1
        for last in range(c.first - 4, c.first + 4):
            for score, i in states.get(last, {}).values():
                t = _transition(cands[i], c)
                if t is None:
                    continue
                if score + t > top or (score + t == top and arg >= 0 and i < arg):
                    top, arg = score + t, i
        score_j = top + gain if top != float("-inf") else float("-inf")
        best.append(score_j)
        back.append(arg)
        if score_j != float("-inf"):
            key = (c.style, c.asks, c.weak)
            slot = states.setdefault(c.last, {})
            if key not in slot or score_j > slot[key][0]:
                slot[key] = (score_j, j)
    end_at = max(range(len(cands)), key=lambda j: (best[j], -j))
    if best[end_at] <= 0:
        return 0.0, set()
    chosen: set[int] = set()
    j = end_at
    while j >= 0:
        chosen.add(cands[j].index)
        j = back[j]
    return best[end_at], chosen


def _transition(prev: _Cand, cur: _Cand) -> float | None:
    """The cost of ``cur`` right after ``prev`` in the numbering (``None``: impossible)."""
    step = cur.first - prev.last
    if step == 1:
        if cur.style == prev.style:
            return 0.0
        return -COMPATIBLE_STYLE if style_ok(cur.style, prev.style) else None
    # anything but the next number: only a question in the same style, after a question, never after a word
    if cur.weak or cur.loose or prev.weak or cur.style != prev.style or not (cur.asks and prev.asks and cur.upper):
        return None
    if step == 0:
        return -DUPLICATE
    if 1 < step <= 4:
        return -SKIP * (step - 1)
    if -3 <= step < 0:
        return -CHAOS
    return None
