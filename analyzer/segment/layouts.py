"""Layout families, told apart on the raw text before anything is cut out of it.

A family is data: how to recognise it, and what it prints that is page furniture for it and not for
others (:class:`analyzer.clean.FurnitureRules`). The family is chosen first, so the furniture step
cuts what the layout calls furniture and nothing after it trims for one layout: a footnote marker
alone on a line is furniture where labels are words (``Vraag 2``), and a label where numbers alone
label the items (``3`` above a page footer in the Aanhangsel of the 1990s).

The segmenters (:mod:`.block`, :mod:`.interleaved`, ...) then read the label forms of every family:
labels are candidates, and which layout a document has is decided by which of them it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..clean import DEFAULT_FURNITURE, FurnitureRules, lines_of
from ..labels import match_antwoord, match_vraag


@dataclass(frozen=True)
class Family:
    name: str
    what: str
    detect: Callable[[str], bool]
    furniture: FurnitureRules


# a question label glued to the page number of a footer ("Aanhangsel 1Vraag 2")
_GLUED_VRAAG = re.compile(r"(?<=\d)(?:Vraag|VRAAG)[^\S\n]+\d{1,3}\b")


def _word_labels(text: str) -> bool:
    """Questions labelled by the word: a ``Vraag N`` label at a line start (or glued to furniture), with
    a second one or a numbered ``Antwoord N``."""
    vragen = len(_GLUED_VRAAG.findall(text))
    antwoorden = 0
    for ln in lines_of(text):
        if vragen >= 2 or (vragen and antwoorden):
            return True
        head = text[ln.start : min(ln.end, ln.start + 16)].lower()
        if "raag" in head and match_vraag(text[ln.start : ln.end], 0) is not None:
            vragen += 1
        elif "antw" in head and (a := match_antwoord(text[ln.start : ln.end], 0)) is not None and a.numbers:
            antwoorden += 1
    return vragen >= 2 or bool(vragen and antwoorden)


# a number (or a group "1 en 2") alone on a line
_LONE_LABEL = re.compile(r"[^\S\n]*(\d{1,2})(?:[^\S\n]*(?:en|,|-|–)[^\S\n]*(\d{1,2}))*[^\S\n]*")


def _bare_number_labels(text: str) -> bool:
    """Items labelled by a number alone on its line, in sequence from 1 (``1 en 2``, ``3``, ``4``):
    three such lines or more, each number after the last."""
    last = 0
    run = 0
    for ln in lines_of(text):
        m = _LONE_LABEL.fullmatch(text, ln.start, ln.end)
        if m is None:
            continue
        first = int(m.group(1))
        if first == last + 1:
            run += 1
            last = int(m.group(2) or first)
            if run >= 3:
                return True
        elif first == 1:
            run, last = 1, int(m.group(2) or first)
    return False


FAMILIES: tuple[Family, ...] = (
    Family(
        "word-labels",
        "questions labelled 'Vraag N' (Tweede Kamer answers and Aanhangsel, councils)",
        _word_labels,
        FurnitureRules(lone_markers=True),
    ),
    Family(
        "bare-number-labels",
        "items labelled by a number alone on its line ('1 en 2', '3'), as in the Aanhangsel before 2000",
        _bare_number_labels,
        FurnitureRules(bare_note_numbers=False),
    ),
    Family("other", "every other layout", lambda _text: True, DEFAULT_FURNITURE),
)


def detect(text: str) -> Family:
    """The first family of :data:`FAMILIES` whose signature the raw text carries."""
    return next(f for f in FAMILIES if f.detect(text))
