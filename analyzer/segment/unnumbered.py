"""Questions without numbering (municipal questions): one item per question sentence or request,
without headings, lead-ins, bullets or the signature."""

from __future__ import annotations

import dataclasses
import re

from ..asks import MEMBERS_ASK_RE, PETITION_RE, split_asks
from ..model import Ask, Item, Span
from .lines import Frag


def unnumbered_items(text: str, furniture: tuple[Span, ...], frags: list[Frag], end: int) -> tuple[Span, list[Item]]:
    """No numbering at all: one item per question sentence or request (GUIDE.md; a follow-up in a sentence of its own,
    "Zo ja, welke?", is one too, as the dev gold counts it); a heading ("Vragen -"), a lead-in ending in a colon
    ("Daarom heb ik volgende vragen:") and a bullet ("- ", "• ", "o ") are not part of the item."""
    body_start = _header_end(text, frags)
    # a heading "Vragen -" (or "Mijn vragen:") after the introduction, or a lead-in that announces the questions ("In dat
    # verband wens ik u de volgende vragen te stellen:"): what asks before it is the introduction's rhetoric ("Deze
    # toestand is toch onaanvaardbaar, ...? ... Vragen - Is het stadsbestuur akkoord ...?", "Er werden veranderingen
    # aangekondigd, maar wat is er gebeurd?")
    heading = _QUESTIONS_HEADING.search(text, body_start, end) or _lead_in(text, body_start, end)
    if heading is not None and "?" in text[heading.end() : end]:
        # (a lead-in that is a sentence of its own, "Ik had graag een antwoord gekregen op de volgende vragen.", asks nothing:
        # the questions start after it)
        body_start = heading.end() if heading.group().rstrip().endswith(".") else heading.start()
    span = Span(body_start, end)
    sentences: list[list[Ask]] = []
    # a list that ends without punctuation before a line that starts anew ends its sentence there: the
    # stretches between such ends are split into asks apart
    cuts = [m.end() for m in _LIST_END.finditer(text, span.start, span.end)]
    for lo, hi in zip([span.start, *cuts], [*cuts, span.end], strict=True):
        fresh = True
        for ask in split_asks(text, Span(lo, hi), furniture):
            body = text[ask.span.start : ask.span.end]
            if (
                body.strip() == text[lo:hi].strip()
                and "?" not in body
                # (a request is an item: in a list, or as the whole question, one sentence: "Graag een overzicht van het aantal
                # inschrijvingen per locatie op 1 september 2025.")
                and not (
                    (cuts or not re.search(r"[.!?;]\s+\S", body.strip()))
                    and (
                        re.search(r"\b(?:graag|gelieve|verzoek|wil\w*\b.{0,80}\bweten)\b", body, re.I) or MEMBERS_ASK_RE.match(body.strip())
                    )
                )
                and not PETITION_RE.search(body)  # ("... luidt het verzoek aan de Commissie zich in te zetten ...")
            ):
                continue  # the fallback "whole text" ask: there is no question here at all
            if sentences and not fresh and (not _ends_sentence(text, sentences[-1][-1]) or _specifies(text, ask)):
                # "Klopt het dat ... en wanneer werd ...?": one sentence, one item; "Wat staat op de planning? (graag per
                # straat)": a request in brackets says how the question before it is to be answered
                sentences[-1].append(ask)
            else:
                sentences.append([ask])
            fresh = False
    if len(sentences) >= 3 and _announces(text, span.start, sentences[0], sentences[1]):
        # "... een gevoel van onveiligheid op het eigen erf. Onze fractie wil graag weten hoe de gemeente hiermee omgaat.\n\n
        # Hoe vaak ...? Wie ...?": a request that closes the introduction's paragraph, the questions in a paragraph of their own
        # after it, announces them (GUIDE.md: the introduction is context, not an item)
        sentences = sentences[1:]
    items: list[Item] = []
    for asks in sentences:
        first = asks[0]
        start = _after_lead_in(text, first.span.start, asks[-1].span.end)
        lead = _question_before(text, start, items[-1].span.end if items else span.start)
        if lead is not None:
            # "Hoeveel aanvragen kwamen binnen. (Graag per jaar.)?", "Werken zij mee. Of zijn het de diensten?":
            # a question closed with a full stop by mistake, continued by the sentence that has the question mark
            first = dataclasses.replace(first, span=Span(lead, first.span.end))
            asks = [first, *asks[1:]]
            start = lead
        own = (dataclasses.replace(first, span=Span(start, first.span.end)) if start < first.span.end else first, *asks[1:])
        n = len(items) + 1
        items.append(Item(str(n), None, Span(own[0].span.start, own[-1].span.end), own, n))
    return Span(frags[0].start, body_start), items


_BACK = re.compile(r"\b(?:hier|daar)(?:mee|over|aan|op|tegen|bij|in|voor|rond)\b|\b(?:deze|die|dit|dat)\s+[^\W\d_]{4,}", re.I)


def _announces(text: str, floor: int, first: list[Ask], second: list[Ask]) -> bool:
    """Whether the first item is a request without a question mark that closes a paragraph of statements, the next item
    opening a paragraph of its own: the introduction's last sentence, which announces the questions."""
    start, end = first[0].span.start, first[-1].span.end
    if "?" in text[start:end] or any(a.kind != "request" for a in first):
        return False
    if not _BACK.search(text, start, end):
        return False  # (it points back to what the introduction told, "hiermee", "deze verschuiving": not "Graag een overzicht van ...")
    if not re.match(r"[^\S\n]*\n[^\S\n]*\n", text[end : second[0].span.start]):
        return False  # (the questions do not start a paragraph of their own)
    # (statements before it, closed by a full stop: it is not a request standing alone; counted whatever the line breaks, a page
    # that doubles them puts every line in a paragraph of its own)
    before = " ".join(text[floor:start].split())
    return re.search(r"[.!:][)”\"’»]*$", before) is not None and len(before.split()) >= 12


# a sentence that continues the one before it: "(Graag ...)?", "Of zijn het ...?"
_CONTINUES = re.compile(r"\(|of\b", re.I)
# a question by its form: a question word, or a verb and its subject, first
_ASKS_BY_FORM = re.compile(
    r"(?:hoeveel|welke?|wat|wie|waarom|wanneer|hoe|waar\w*)\b|[a-zà-ÿ]+[^\S\n]+(?:u|het|er|de|deze|dit|zij|ze|men|jullie)\b", re.I
)


def _question_before(text: str, start: int, floor: int) -> int | None:
    """The start of the sentence before ``start`` when the sentence at ``start`` continues it and it is a
    question by its form that ends with a full stop (no bullet or question between them)."""
    if not _CONTINUES.match(text, start):
        return None
    head = text[floor:start]
    stop = head.rstrip()
    if not stop.endswith("."):
        return None
    # the previous sentence: after the last sentence end, bullet or question mark before it
    cut = max((m.end() for m in re.finditer(r"[.?!:]\s|(?:^|(?<=\s))[-–•▪·o]\s", stop[:-1])), default=0)
    sentence_start = floor + cut
    while sentence_start < start and text[sentence_start].isspace():
        sentence_start += 1
    if not _ASKS_BY_FORM.match(text, sentence_start) or "?" in text[sentence_start:start]:
        return None
    return sentence_start


# a list item without closing punctuation, and a line that starts with a capital after it ("... volgende items:\n
# - kostprijs infoavonden\nHoeveel downloads ...?"): the list ended the sentence
_LIST_END = re.compile(
    r"(?m)^[^\S\n]*[-–•▪·*][^\S\n]+[^\n]*[^.?!:;,\s](?=[^\S\n]*\n[^\S\n]*(?!(?:Zo|Indien|En|Of|Graag|Gelieve|Ook|Alsook|Daarbij|Tevens)\b)[A-ZÀ-Ý])"
)


def _specifies(text: str, ask: Ask) -> bool:
    """A request in brackets right after a question: "(graag gedetailleerd aantal meters en de namen der straten)"."""
    body = text[ask.span.start : ask.span.end].strip()
    return body.startswith("(") and ask.kind == "request" and re.match(r"\(\s*(?:graag|gelieve)\b", body, re.I) is not None


def _ends_sentence(text: str, ask: Ask) -> bool:
    """The ask closes its sentence (a question mark or full stop, perhaps inside a quote or bracket, a question mark
    perhaps before a footnote number: "... los te laten?1 Zo ja, ...")."""
    return re.search(r"(?:[?!…][)”\"’»]*\d{0,2}|\.[)”\"’»]*)\s*$", text[ask.span.start : ask.span.end]) is not None


# the heading of the questions inside running text: "Vragen -", "Vragen:", "Vraag :", "Mijn vragen zijn de volgende:"
# the sentence that announces the questions, closed by a colon: "In dat verband wens ik u de volgende vragen te stellen:",
# "Daarom heb ik volgende vragen aan het stadsbestuur:", "Graag een antwoord op onderstaande vragen:" (the questions, in the
# plural: "Ook de volgende vraag is van Jan Van Bruwaene:" in a live blog reports a question)
_QUESTIONS_LEAD_IN = re.compile(
    # (or by a full stop: "Ik had graag een antwoord gekregen op de volgende vragen.")
    r"(?:(?<=[.?!”\"’…)])[^\S\n]+|^[^\S\n]*)[^.?!:\n]{0,80}\b(?:volgende|onderstaande|navolgende)[^\S\n]+vragen\b[^.?!:\n]{0,60}[:.]",
    re.M,
)
# more questions announced after some: "Over de uitbreiding heb ik daarnaast de volgende vragen:"
_MORE = re.compile(r"\b(?:daarnaast|ook|verder|tevens|nog|bijkomende?|aanvullende?|andere)\b", re.I)


def _lead_in(text: str, start: int, end: int) -> re.Match[str] | None:
    """The lead-in that announces the questions, when the introduction before it asks at most once (its rhetoric) and it
    does not announce more questions after some already asked."""
    m = _QUESTIONS_LEAD_IN.search(text, start, end)
    if m is None or text.count("?", start, m.start()) > 1 or _MORE.search(m.group()):
        return None
    return m


_QUESTIONS_HEADING = re.compile(
    r"(?:(?<=[.?!”\"’…/)])[^\S\n]+|^[^\S\n]*)(?:Vragen|Vraag|Mijn vragen(?:[^\S\n]+zijn)?(?:[^\S\n]+de[^\S\n]+volgende)?)"
    r"(?:[^\S\n]*:|[^\S\n]*[-–](?=[^\S\n])(?![^\S\n]+en\b))",  # ("Vraag :", "Vragen - "; not "Vraag- en aanbod", "Vragen- en klachtenlijnen")
    re.M,
)


# what introduces an unnumbered question without being part of it
_LEAD_IN = re.compile(
    r"(?:[^.?!:\n]{0,80}\b(?:vra(?:ag|gen)|Vra(?:ag|gen))\b[^.?!:\n]{0,60}:"  # "Daarom heb ik volgende vragen (aan ...):"
    r"|(?:Vragen|Vraag)\b[^\S\n]*[-–:]?"  # a heading: "Vragen -", "Vraag"
    r"|[-–•▪·*o](?=[^\S\n]))[^\S\n]*"  # a bullet
)


def _after_lead_in(text: str, start: int, end: int) -> int:
    """``start`` moved past headings, lead-ins and bullets that open the text of an item."""
    while (m := _LEAD_IN.match(text, start, end)) is not None and m.end() < end:
        if not text[m.end() : end].strip():
            break
        start = m.end() + (len(text[m.end() : end]) - len(text[m.end() : end].lstrip()))
    # a bullet inside the text, after an introduction that asks nothing: "... gelegd; - Zijn de ...?"
    inner = list(_INNER_BULLET.finditer(text, start, end))
    if inner and "?" not in text[start : inner[-1].start()] and _ASKS_BY_FORM.match(text, inner[-1].end()):
        return inner[-1].end()
    return start


# (after a clause's end or at a line start: "Soedan – Zuid-Soedan" inside a sentence is a dash, not a bullet)
# (indented up to four spaces: "gemeentesecretaris:\nBpost\n  • Hebt u ...?")
_INNER_BULLET = re.compile(
    r"(?:(?<=[;:.])|(?<=[;:.][^\S\n])|(?<=\n)|(?<=\n[^\S\n])|(?<=\n[^\S\n]{2})|(?<=\n[^\S\n]{3})|(?<=\n[^\S\n]{4}))"
    r"[-–•▪·](?:[^\S\n]+)(?=[A-ZÀ-Ý])"
)


# a signature closing the question: "... kruisen? Karl Lauwers", "Marc HENDRICKX (N-VA)",
# "Met vriendelijke groet, Jan de Vries"
_SIGNATURE = re.compile(
    r"(?<=[.?!)”\"’])[^\S\n]+"
    r"(?P<sig>(?:(?:Met[^\S\n]+)?(?:[Vv]riendelijke|[Hh]artelijke)[^\S\n]+groet(?:en)?|Hoogachtend|Namens[^\S\n]+de[^\S\n]+fractie[^\S\n]+van)"
    r"[,:]?[^\S\n]+)?"
    r"(?:[A-ZÀ-Ý][\w’'.-]*|de|van|der|den|ten|ter|en|\([^()\n]{1,25}\))(?:[^\S\n]+(?:[A-ZÀ-Ý][\w’'.-]*|de|van|der|den|ten|ter|en|\([^()\n]{1,25}\))){1,7}"
    r"(?:[^\S\n]+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?"  # a date after the name: "Katleen Den Roover 21/04/2025"
    r"[^\S\n]*$"
)


def signature_start(text: str, start: int, end: int) -> int:
    """Where a trailing signature (the asker's name, party, month) starts in ``text[start:end]``, else ``end``."""
    m = _SIGNATURE.search(text, max(start, end - 160), end)
    if m is None:
        return end
    return m.start("sig") if m.group("sig") is not None else m.start() + len(m.group()) - len(m.group().lstrip())


def _header_end(text: str, frags: list[Frag]) -> int:
    """Where the body of an unnumbered question starts: after a Flemish header and title, if any."""
    # a subject line closes a letter's or a bulletin's header: "Betreft: Productieheffing in Frankrijk"
    subject = next((i for i, f in enumerate(frags[:15]) if _SUBJECT_LINE.match(f.text)), None)
    for i, f in enumerate(frags[:15]):
        if (
            re.search(r"\S\s+[-–]\s+\S", f.text)
            and i >= 1
            and any(re.match(r"\s*(?:SCHRIFTELIJKE VRAAG|aan\s|datum:)", g.text) for g in frags[:i])
            # (a subject line further down closes the header there: "Publicatieblad ... blz. 0173 - 0174" / "SCHRIFTELIJKE
            # VRAAG E-0294/01" / ... / "Betreft: ...")
            and (subject is None or subject < i or any("?" in g.text for g in frags[i + 1 : subject]))
        ):
            return frags[i + 1].start if i + 1 < len(frags) else f.end
    if subject is not None and subject + 1 < len(frags):
        return frags[subject + 1].start
    # a bulletin's question header, and the title line under it: "Vraag nr. S/2025/14 van 6 februari 2025 van de
    # heer Pieter Claeys (N-VA)" / "Kostprijs campagne fietsroutenetwerk 2024"
    asked = next((i for i, f in enumerate(frags[:25]) if _QUESTION_HEADER.match(f.text)), None)
    if asked is not None and asked + 1 < len(frags):
        title = frags[asked + 1].text
        after_title = (
            asked + 2 if ("?" not in title and len(title.split()) <= 12 and not title.rstrip().endswith((".", ":"))) else asked + 1
        )
        if after_title < len(frags):
            return frags[after_title].start
    return frags[0].start


_QUESTION_HEADER = re.compile(
    r"[^\S\n]*(?:Schriftelijke[^\S\n]+)?[Vv]raag[^\S\n]+(?:nr\.?|nummer)[^\S\n]*\S+[^\S\n]+(?:van|d\.d\.)[^\S\n]+[^?]*$"
)


_SUBJECT_LINE = re.compile(r"[^\S\n]*(?:Betreft|Onderwerp|BETREFT|ONDERWERP)[^\S\n]*:[^?]*$")
