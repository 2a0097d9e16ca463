"""Questions in reported speech, each followed by the answer, as a memorie van antwoord or a nota naar
aanleiding van het verslag prints them::

    De leden van de VVD-fractie constateren dat ... Zij vragen de regering hoeveel ouders ...

    Naar verwachting gaat geen enkele ouder er op achteruit. ...

    De leden van de CDA-fractie vragen voorts wanneer de regering de Eerste Kamer informeert ...

A paragraph with a sentence that reports a question ("Zij vragen (de regering) hoeveel ...", "Voorts
vragen deze leden welke ...", "De leden van de X-fractie willen weten ...") is a question; each such
sentence is an item (GUIDE.md: one per question sentence when nothing is numbered). The paragraphs after
it, up to the next question, are its answer. Where the text has no blank lines (whitespace collapsed),
sentences stand in for paragraphs. Only tried when nothing else reads the document, and only under the
title of such a document (a letter that reports what others asked does not answer them).
"""

from __future__ import annotations

import re

from ..asks import abbreviation_stop, ask_kind
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


def _sentences(text: str, start: int, end: int, furniture: tuple[Span, ...]) -> list[tuple[int, int]]:
    """Sentence ranges in ``text[start:end]`` outside furniture; a full stop after an abbreviation ("art.",
    "o.a.") or a single letter does not end a sentence."""
    out: list[tuple[int, int]] = []
    for m in SENTENCE.finditer(text, start, end):
        if not m.group().strip() or any(s.start <= m.start() < s.end for s in furniture):
            continue
        a, b = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        if out and abbreviation_stop(text[max(out[-1][0], out[-1][1] - 30) : out[-1][1]]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def segment_reported(text: str, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation | None:
    """The questions of a report answered one by one, or None when the text is not so laid out."""
    if not frags:
        return None
    close = closing_index(frags)
    end = frags[close - 1].end if close is not None and close > 0 else frags[-1].end
    start = frags[0].start
    # the title in the header: in capitals, or a short line of its own ("C MEMORIE VAN ANTWOORD"), not a mention
    title = next(
        (m for f in frags[:6] if (m := _TITLE.search(f.text)) is not None and (m.group().isupper() or len(f.text.split()) <= 10)),
        None,
    )
    if title is None:
        return None  # (a letter that reports what others asked is no answer to them)
    sentences = _sentences(text, start, end, furniture)
    reported = [_REPORTED.search(text, a, b) is not None for a, b in sentences]
    if sum(reported) < 2:
        return None
    # the units that are a question or an answer: paragraphs, or sentences where the text has no blank lines
    if re.search(r"\n[^\S\n]*\n", text[start:end]):
        units = [(start + m.start(), start + m.end()) for m in _PARAGRAPH.finditer(text[start:end])]
    else:
        units = list(sentences)
    # each sentence to its unit, in one pass (both are in text order)
    members: list[list[int]] = [[] for _ in units]
    u = 0
    for k, (a, _) in enumerate(sentences):
        while u < len(units) and units[u][1] <= a:
            u += 1
        if u < len(units) and units[u][0] <= a:
            members[u].append(k)
    asking = [any(reported[k] for k in ks) for ks in members]
    items: list[Item] = []
    parts: list[AnswerPart] = []
    k = asking.index(True) if True in asking else len(units)
    while k < len(units):
        own: list[Item] = []
        while k < len(units) and asking[k]:
            for s_k in members[k]:
                if reported[s_k]:
                    span = trimmed(text, *sentences[s_k])
                    n = len(items) + len(own) + 1
                    own.append(Item(str(n), None, span, (Ask(span, "question"),), n))
            k += 1
        a_units = []
        while k < len(units) and not asking[k]:
            a_units.append(units[k])
            k += 1
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


# the letter that answers a member and says the question back in the second person: "U vroeg naar de reden voor het rooien
# van de bomen.", "In uw brief van 3 mei vraagt u of ...", "U wenst te vernemen hoeveel ..." (not "zoals u vroeg": a reference
# to the question, not its words)
_YOU_ASKED = re.compile(
    r"(?<!zoals )(?<!Zoals )\b(?:[Uu][^\S\n]+(?:vroeg|vroegen|vraagt|wenst(?:e)?[^\S\n]+te[^\S\n]+(?:vernemen|weten)"
    r"|wil(?:de)?[^\S\n]+(?:graag[^\S\n]+)?weten)"
    r"|(?:vroeg|vraagt|wenste|wilde)[^\S\n]+u)"
    # (asked of the one who writes, no one else named: not "vroeg u ons naar onze ervaringen" in the residents' letter to the
    # council, nor "informeerde u de raad hoe ..." in a member's)
    r"[^\S\n]+(?:naar|of|wat|welke?|hoe|waarom|wanneer|hoeveel|wie|waar)\b"
)


def segment_letter(text: str, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation | None:
    """The answer letter alone, the question said back in it ("Geachte heer X, U vroeg naar de reden voor ... Wij kunnen u
    hierover het volgende melden. ..."): each sentence that says a question back is an item, the sentences after it, up
    to the next, its answer. None when the text asks anything itself (a question mark) or says no question back."""
    if not frags or "?" in text:
        return None
    close = closing_index(frags)
    end = frags[close - 1].end if close is not None and close > 0 else frags[-1].end
    sentences = _sentences(text, frags[0].start, end, furniture)
    said = [(k, m) for k, (a, b) in enumerate(sentences) if (m := _YOU_ASKED.search(text, a, b)) is not None]
    if not said:
        return None
    asked = [k for k, _ in said]
    if any(ask_kind(text[a:b]) is not None for k, (a, b) in enumerate(sentences) if k not in asked):
        return None  # (a letter that asks or requests itself, "De fractie verzoekt het college ...", is the asker's)
    items: list[Item] = []
    parts: list[AnswerPart] = []
    for n, (k, m) in enumerate(said, 1):
        # (the question said back starts at its subject: not the greeting before it, "Geachte heer X, U vroeg ...")
        span = trimmed(text, m.start(), sentences[k][1])
        items.append(Item(str(n), None, span, (Ask(span, "request"),), n))
        stop = sentences[asked[n]][0] if n < len(asked) else end
        after = [s for s in sentences[k + 1 :] if s[1] <= stop]
        if not after or len(re.findall(r"[^\W\d_]{2,}", text[after[0][0] : stop])) < 5:
            return None  # (a question said back with nothing after it answers nothing: not this shape)
        parts.append(AnswerPart(None, trimmed(text, after[0][0], region_end(frags, stop)), "interleaved", (str(n),)))
    return Segmentation(
        "interleaved",
        furniture,
        Span(frags[0].start, items[0].span.start),
        Span(items[0].span.start, end),
        None,
        Span(parts[0].span.start, end),
        tuple(items),
        tuple(parts),
        ("the answer letter alone: the question is what it says the member asked ('U vroeg naar ...')",),
    )
