"""The restated layout: every numbered item holds its question and, right after it, its answer, with no
``Antwoord`` label in between, as many municipal answers print them::

    Beantwoording van de vragen:
    1. Hoeveel openbare laadpalen staan er in de gemeente?
    Er staan op dit moment 340 openbare laadpalen in de gemeente.
    2. ...

An item's text is split where its questions end: the first sentence that closes with a question mark,
and every question sentence directly after it ("Zo ja, ...?"); what follows is the answer.
"""

from __future__ import annotations

import dataclasses
import re

from ..asks import split_asks
from ..labels import ANSWER_SUBJECT, Label
from ..model import AnswerPart, Item, Layout, Span
from .alternation import ANSWERS_ANNOUNCED
from .block import ANSWER_HEADING, accept_question_labels, heading_words, units_to_items
from .lines import Frag, region_end, trimmed
from .result import Segmentation
from .unnumbered import signature_start

# a sentence: up to its closing mark (and a closing quote or bracket), or the end of a line
_SENTENCE = re.compile(r"[^\n.?!…]*(?:[.?!…]+[)”\"’»]*|\n|$)")
# a heading or title that says answers follow: "Beantwoording van de vragen", "Antwoorden van het college", or the
# title of a Tweede Kamer committee's list, "LIJST VAN VRAGEN EN ANTWOORDEN", each answer right under its question
_HEADING_WORDS = re.compile(
    r"\b(?:Beantwoording|Antwoorden|Antwoord[^\S\n]+van|Reactie[^\S\n]+van|(?i:lijst[^\S\n]+van[^\S\n]+vragen[^\S\n]+en[^\S\n]+antwoorden))\b"
)
# the formula of a cover letter that offers the answers, or the title of a committee's list
_COVER_LETTER = re.compile(
    r"\b(?i:hierbij[^\S\n]+(?:bied|zend|stuur)[^\S\n]+(?:ik|wij|we)[^\S\n]+(?:u|uw[^\S\n]+\w+)[^\S\n]+(?:de[^\S\n]+)?antwoorden\b"
    r"|hierbij[^\S\n]+ontvangt[^\S\n]+u[^\S\n]+(?:de[^\S\n]+)?antwoorden\b"
    # a committee's list: its title under the document number, "De vragen en antwoorden zijn hieronder afgedrukt"
    r"|lijst[^\S\n]+van[^\S\n]+vragen[^\S\n]+en[^\S\n]+antwoorden\b"
    r"|vragen[^\S\n]+en[^\S\n]+antwoorden[^\S\n]+zijn[^\S\n]+(?:hieronder|hierna|hierbij)[^\S\n]+afgedrukt"
    # a page announcing both: "Zie hieronder de vragen en beantwoording door het college van B&W."
    r"|(?:hieronder|hierna)[^\S\n]+(?:vindt[^\S\n]+u[^\S\n]+)?de[^\S\n]+vragen[^\S\n]+en[^\S\n]+(?:de[^\S\n]+)?(?:beantwoording|antwoorden)\b)"
)
# the subject field of a letter that answers: "Onderwerp: Beantwoording schriftelijke vragen ex art. 40 RvO ..."
_SUBJECT = re.compile(rf"[^\S\n]*{ANSWER_SUBJECT}")
# a short elliptic follow-up that asks on, closed by a full stop as some askers write it: "Zo nee, waarom niet.",
# "Indien ja, wanneer." (the whole sentence: "Zo nee, dan kan de ondernemer ..." is an answer)
_FOLLOW_UP = re.compile(
    r"(?:(?:zo|indien)[^\S\n]+(?:ja|nee|neen|niet),?[^\S\n]+)?(?:waarom(?:[^\S\n]+niet)?|hoe|wanneer|welke[^\S\n]+\w+)[^\S\n]*[.?]?",
    re.I,
)
# a request that goes on asking after a question: "Graag per jaar.", "Gelieve ook ... te vermelden."
_REQUEST = re.compile(r"\b(?:graag|gelieve)\b", re.I)


def _announced(frags: list[Frag]) -> bool:
    """Whether the text's first lines offer the answers: a cover letter's formula, a list's title, or, before the first
    question, a sentence that announces them (:data:`.alternation.ANSWERS_ANNOUNCED`)."""
    asked = False  # (after a question, "de hierna volgende antwoorden" is part of what is asked)
    for f in frags[:15]:
        if _COVER_LETTER.search(f.text) or _SUBJECT.match(f.text):
            return True
        m = None if asked else ANSWERS_ANNOUNCED.search(f.text)
        if m is not None and "?" not in f.text[: m.start()]:
            return True
        asked = asked or "?" in f.text
    return False


def _question_end(text: str, span: Span) -> int | None:
    """Where the questions of an item's text end and its answer starts; None when nothing follows them."""
    pos = span.start
    end: int | None = None
    while pos < span.end:
        m = _SENTENCE.match(text, pos, span.end)
        if m is None or m.end() == pos:
            pos += 1
            continue
        sentence = m.group().strip()
        pos = m.end()
        if not sentence:
            continue
        if sentence.rstrip(')”"’»').endswith("?") or (end is not None and (_REQUEST.search(sentence) or _FOLLOW_UP.fullmatch(sentence))):
            end = pos
        elif end is not None:
            break  # the first sentence after a question that asks nothing: the answer begins
    if end is None:
        return None
    # (a footnote marker "1)" or a bare number after the question is no answer)
    return end if re.search(r"[^\W\d_]{3,}|\b(?:[Jj]a|JA)\b", text[end : span.end]) else None  # ("Ja." is an answer)


def _lone_item(text: str, label: Label, frags: list[Frag]) -> bool:
    """Whether one item is enough: a page that holds one question and its answer, or stops after them, under a
    cover letter or a line that announces the answers ("Hierbij bied ik u de antwoorden aan ...", "Zie hieronder
    de vragen en beantwoording"). Its label is "Vraag 1", or a 1 at the start of a line; a number inside a line
    whose breaks were lost may be any figure of the header."""
    if not _announced(frags):
        return False  # ("Reactie van het college volgt" over an open question is no announcement of answers)
    if label.style == "vraag":
        return True
    at_line_start = label.start == 0 or not text[text.rfind("\n", 0, label.start) + 1 : label.start].strip()
    return at_line_start and label.numbers == (1,)


# an answer's own label for a letter of the question inside the answer under its last letter: "Ad a", "Ad b)", "Antwoord b:"
# (or, the line breaks lost, "Ad" after a sentence's end: "... bemiddelaar werkt. Ad a Bij het Meldpunt ...")
_LETTER_ANSWER = re.compile(
    r"(?:^[^\S\n]*(?:[Aa]d|[Aa]ntwoord(?:[^\S\n]+op)?)|(?<=[.?!:])[^\S\n]+(?:Ad|Antwoord(?:[^\S\n]+op)?))"
    r"[^\S\n]+(?:vraag[^\S\n]+)?(?:\d+)?([a-z])\b[).:]?",
    re.M,
)


def _lettered_answers(text: str, answer: Span, group: list[Item]) -> list[AnswerPart]:
    """The answer after the last lettered question of a number, cut at its own labels for the letters asked before it
    ("3. Is het college bekend ...? a. Hoeveel ...? b. Heeft ...? c. Zo nee, waarom niet?" / "Ja, ..." / "Ad a" ... / "Ad b"
    "Nee." ...): each letter its stretch, the text before the first label the stem's (or the first letter's). One part for
    the last item when no label names a letter of the group."""
    last = group[-1]
    letters = {it.letter: it for it in group if it.letter}
    found = [m for m in _LETTER_ANSWER.finditer(text, answer.start, answer.end) if m.group(1) in letters]
    if len(group) < 2 or len(found) < 2:
        return [AnswerPart(None, answer, "interleaved", (last.id,))]
    out: list[AnswerPart] = []
    head = trimmed(text, answer.start, found[0].start())
    unlabelled = [it for it in group if it.letter not in {m.group(1) for m in found}]
    if head.end > head.start and unlabelled:
        out.append(AnswerPart(None, head, "interleaved", (unlabelled[0].id,)))
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        body = trimmed(text, m.end(), nxt.start() if nxt is not None else answer.end)
        out.append(AnswerPart(Span(m.start(), m.end()), body, "interleaved", (letters[m.group(1)].id,)))
    return out


def segment_restated(text: str, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation | None:
    """The restated layout, when most numbered items hold a question followed by text that answers it."""
    heading = next((i for i, f in enumerate(frags) if ANSWER_HEADING.match(f.text) and heading_words(f.text) <= 12), None)
    if heading is not None:
        body = frags[heading + 1 :]
    elif any(_HEADING_WORDS.search(f.text) for f in frags[:2]) or _announced(frags):
        # the heading inside the title line of a collapsed text: "... laadpalen Beantwoording van de vragen: 1. ...";
        # or a cover letter that offers the answers: "Hierbij bied ik u de antwoorden aan op de vragen van ..."
        body = frags
    else:
        return None  # without a heading that says answers follow, a sentence after a question is its context
    if not body:
        return None
    units, warnings = accept_question_labels(body, text)
    if not units:
        return None
    end = signature_start(text, body[0].start, body[-1].end)
    items = units_to_items(text, furniture, units, body, end)
    split: list[tuple[Item, int | None]] = [(it, _question_end(text, it.span)) for it in items]
    # (a question asked in lettered parts is answered after its last letter: "2. ...? a. ...? b. ...?" / "Ja, ..." / "Ad a" ...)
    answered = sum(
        1
        for k, (it, cut) in enumerate(split)
        if cut is not None or any(c is not None and other.number == it.number for other, c in split[k + 1 :])
    )
    if answered < (1 if len(split) == 1 and _lone_item(text, units[0].label, frags) else 2) or answered * 3 < len(split) * 2:
        return None  # a question list, perhaps open, not questions with their answers
    out_items: list[Item] = []
    parts: list[AnswerPart] = []
    for k, (it, cut) in enumerate(split):
        if cut is None:
            if k == len(split) - 1 and not re.search(r"\?|\b(?:graag|gelieve)\b", text[it.span.start : it.span.end], re.I):
                continue  # (the last question cut short, a page's excerpt ending inside it: "Kunt u een overzicht geven van wanneer per b")
            out_items.append(it)
            continue
        q = trimmed(text, it.span.start, cut)
        a = trimmed(text, cut, it.span.end)
        out_items.append(dataclasses.replace(it, span=q, asks=split_asks(text, q, furniture)))
        # (a question's letters asked together, then answered one by one under "Ad a", "Ad b": each letter its stretch)
        waiting = [other for other, c in split[:k] if c is None and other.number == it.number]
        parts.extend(_lettered_answers(text, a, [*waiting, it]))
    first = units[0].label.start
    header_end = region_end(frags, first)
    layout: Layout = "restated"
    return Segmentation(
        layout,
        furniture,
        Span(frags[0].start, max(frags[0].start, header_end)),
        Span(first, end),
        Span(frags[heading].start, frags[heading].end) if heading is not None else None,
        Span(parts[0].span.start, end),
        tuple(out_items),
        tuple(parts),
        (*warnings, "each item holds its question and then its answer, without an answer label"),
    )
