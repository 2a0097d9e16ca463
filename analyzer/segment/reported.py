"""Questions in reported speech, each followed by the answer, as a memorie van antwoord or a nota naar
aanleiding van het verslag prints them::

    De leden van de VVD-fractie constateren dat ... Zij vragen de regering hoeveel ouders ...

    Naar verwachting gaat geen enkele ouder er op achteruit. ...

    De leden van de CDA-fractie vragen voorts wanneer de regering de Eerste Kamer informeert ...

A paragraph with a sentence that reports a question ("Zij vragen (de regering) hoeveel ...", "Voorts
vragen deze leden welke ...", "De leden van de X-fractie willen weten ...") is a question; each such
sentence is an item (GUIDE.md: one per question sentence when nothing is numbered). The paragraphs after
it, up to the next question, are its answer. Where the text has no blank lines (whitespace collapsed),
sentences stand in for paragraphs. Only tried when nothing else reads the document.
"""

from __future__ import annotations

import re

from ..model import AnswerPart, Ask, Item, Span
from .alternation import SENTENCE
from .lines import Frag, closing_index, region_end, trimmed
from .result import Segmentation

# who asks, in the report of a committee: "De leden van de VVD-fractie", "Deze leden", "Zij", "Het lid Van Dijk"
_ASKER = (
    r"(?:[Dd]e[^\S\n]+leden[^\S\n]+van[^\S\n]+de[^\S\n]+[\w-]+(?:[^\S\n]+fractie)?|[Dd]eze[^\S\n]+leden|[Zz]ij|[Hh]et[^\S\n]+lid"
    r"(?:[^\S\n]+[A-ZÀ-Ý][\w'-]*){0,3}|[Dd]e[^\S\n]+[\w-]+-fractie|[Dd]e[^\S\n]+leden|[Dd]it[^\S\n]+lid)"
)
_ASKING = (
    r"(?:vragen|vraagt|verzoeken|verzoekt|informeren|informeert|willen[^\S\n]+(?:graag[^\S\n]+)?weten|wil[^\S\n]+(?:graag[^\S\n]+)?weten)"
)
# a sentence that reports a question, the asker before or after the verb ("Voorts vragen deze leden ...")
_REPORTED = re.compile(
    # (not the noun: "de vragen die de leden hebben gesteld", "in op de vragen van de leden")
    rf"(?:\b{_ASKER}[^\S\n]+(?:[a-z]+[^\S\n]+){{0,2}}?{_ASKING}\b|(?<![Dd]e )(?<![Dd]eze )(?<![Hh]un )\b{_ASKING}[^\S\n]+{_ASKER}\b)"
)
# the document says it answers a report: its title
_TITLE = re.compile(
    r"(?i:memorie[^\S\n]+van[^\S\n]+antwoord|nota[^\S\n]+naar[^\S\n]+aanleiding[^\S\n]+van[^\S\n]+het[^\S\n]+(?:nader[^\S\n]+)?verslag)"
)
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![^\S\n]*\n))*")


def _asks(sentence: str) -> bool:
    return _REPORTED.search(sentence) is not None or sentence.rstrip().rstrip(')”"’»0123456789').endswith("?")


def segment_reported(text: str, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation | None:
    """The questions of a report answered one by one, or None when the text is not so laid out."""
    if not frags:
        return None
    close = closing_index(frags)
    end = frags[close - 1].end if close is not None and close > 0 else frags[-1].end
    start = frags[0].start
    sentences = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
        for m in SENTENCE.finditer(text, start, end)
        if m.group().strip() and not _in(furniture, m.start())
    ]
    reported = [(a, b) for a, b in sentences if _REPORTED.search(text, a, b)]
    if len(reported) < 2 or (_TITLE.search(text, start, reported[0][0]) is None and len(reported) < 3):
        return None
    # the units that are a question or an answer: paragraphs, or sentences where the text has no blank lines
    if re.search(r"\n[^\S\n]*\n", text[start:end]):
        units = [(start + m.start(), start + m.end()) for m in _PARAGRAPH.finditer(text[start:end])]
    else:
        units = sentences
    asking = [any(_asks(text[a:b]) for a, b in sentences if ua <= a < ub) for ua, ub in units]
    items: list[Item] = []
    parts: list[AnswerPart] = []
    k = asking.index(True) if True in asking else len(units)
    while k < len(units):
        q_units = []
        while k < len(units) and asking[k]:
            q_units.append(units[k])
            k += 1
        a_units = []
        while k < len(units) and not asking[k]:
            a_units.append(units[k])
            k += 1
        own: list[Item] = []
        for ua, ub in q_units:
            for a, b in sentences:
                if ua <= a < ub and _asks(text[a:b]):
                    span = trimmed(text, a, b)
                    n = len(items) + len(own) + 1
                    own.append(Item(str(n), None, span, (Ask(span, "question"),), n))
        items.extend(own)
        if a_units and own:
            span = trimmed(text, a_units[0][0], region_end(frags, a_units[-1][1]))
            covers = tuple(it.id for it in own)
            parts.append(AnswerPart(None, span, "grouped" if len(covers) > 1 else "interleaved", covers))
    if len(parts) < 2:
        return None
    return Segmentation(
        "interleaved",
        furniture,
        Span(start, items[0].span.start),
        Span(items[0].span.start, end),
        None,
        Span(parts[0].span.start, end),
        tuple(items),
        tuple(parts),
        ("questions in reported speech ('De leden van de ... fractie vragen ...'), each followed by its answer",),
    )


def _in(spans: tuple[Span, ...], pos: int) -> bool:
    return any(s.start <= pos < s.end for s in spans)
