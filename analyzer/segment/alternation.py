"""Questions and answers that alternate with no label at all, as web renderings of Kamervragen print them::

    Bent u bekend met het bericht «...»?1
    Ja.
    Hoeveel vrachtwagens rijden er 's nachts over dit traject?
    Volgens de tellingen van de provincie ongeveer 1.150.

A run of question sentences is a question; the statements after it, up to the next question, are its
answer. Items are numbered in order, one per question sentence (a follow-up "Zo ja, ...?" stays with its
question, GUIDE.md), and the statements before the first question are the header. Only tried when the
text shows answers (:func:`answer_prose`): a question whose context sentences stand between its
questions is not answered by them.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..labels import Label, match_antwoord, match_numbered, match_vraag
from ..model import AnswerPart, Item, Span
from .lines import Frag, clipped, closing_index, region_end, trimmed, unwrapped
from .result import Segmentation
from .unnumbered import unnumbered_items

# a sentence, with what closes it (a quote, a bracket, a footnote number)
# (a full stop inside a figure or an abbreviation, "23.00 uur", "o.a.", does not end it)
SENTENCE = re.compile(r"(?:[^.?!\n]|\.(?=[\w,;:%)]))+(?:[.?!]+[)”\"’»]*\d{0,2}|\n|$)")
# a sentence that asks: it closes with a question mark (before a quote, a bracket or a footnote number)
_ASKS = re.compile(r"\?[)”\"’»]*\d{0,2}\s*$")
# a sentence that gives a yes or no: "Ja.", "Nee, ...", "Neen."; or one that points to an answer of the document
# ("Zie antwoord vraag 1.", "Zie het antwoord op vraag 2"): only an answer does that
_YES_NO = re.compile(
    r"(?:^|[.?!:][\d \t]{0,3}\s|\n)[^\S\n]*(?:Ja|Nee|Neen)[^\S\n]*[.,;:!]"
    # (also after the answer's own number opening its line: "1) Ja, daarmee is het college bekend.")
    r"|(?:^|\n)[^\S\n]*\d{1,3}[.)][^\S\n]+(?:Ja|Nee|Neen)[^\S\n]*[.,;:!]"
    # ("Zie antwoord vraag 2." on the line under a question, blank lines between them or not)
    r"|\?[)”\"’»]*\d{0,2}[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*Zie[^\S\n]+(?:ook[^\S\n]+)?(?:het[^\S\n]+)?antwoord(?:en)?[^\S\n]+(?:op[^\S\n]+)?(?:vra(?:ag|gen)[^\S\n]+)?"
    r"\d{1,3}[a-z]?(?:[^\S\n]*(?:,|en|t/m)[^\S\n]*\d{1,3}[a-z]?)*[^\S\n]*\.?[^\S\n]*(?=\n|$)"
)


# a title or header field that says the document holds the answers: "Beantwoording schriftelijke vragen",
# "Antwoorden op vragen van ...", "Datum beantwoording: 4 juni 2025", "Lijst van vragen en antwoorden"
_ANSWER_TITLE = re.compile(
    # (a title is capitalised: "een antwoord op vragen over ..." in a question's prose is no title)
    r"(?<!\bom )(?<!\bter )(?<!\btot )(?<!\bvoor )\b(?:Beantwoording|BEANTWOORDING|Antwoorden?|ANTWOORDEN?)[^\S\n]+"
    r"(?:(?:op|van|OP|VAN)[^\S\n]+(?:(?i:de)[^\S\n]+)?)?(?:(?i:schriftelijke|technische)[^\S\n]+)?(?i:vragen)\b"
    r"|\b(?i:Datum[^\S\n]+(?:beantwoording|antwoord))[^\S\n]*:[^\S\n]*\d"
    r"|\b(?i:vragen[^\S\n]+en[^\S\n]+antwoorden)\b"  # "Lijst van vragen en antwoorden", "Vragen en Antwoorden nr. 14"
    # a web page's header fields: "Beantwoord 2 februari 2012 (na 64 dagen)", "Bron antwoord https://..."
    # (inside a line too, where the line breaks were lost: "Ingediend 30 november 2011 Beantwoord 2 februari 2012")
    r"|(?:^|(?<=\s))Beantwoord(?:[^\S\n]+op)?[^\S\n]*:?[^\S\n]*\d{1,2}[^\S\n]+[a-z]{3,9}\.?[^\S\n]+\d{4}"
    r"|(?:^|(?<=\s))Bron[^\S\n]+antwoord\b"
)
# a sentence before the questions that announces their answers, the answers present and here: "dit zijn de antwoorden van
# GS:" (closed by its colon), "Hieronder volgen de antwoorden", "Onderstaande antwoorden hebben betrekking op ...", "Hierbij de
# vragen van ons raadslid X en antwoorden :" (the line closed after them). Not an answer asked for ("Hierbij vragen wij ... om
# antwoord", "Graag ontvang ik een antwoord op ..."), nor earlier answers cited ("Onderstaande antwoorden van het college van
# 12 april roepen vragen op", "Hieronder de antwoorden die wij vorig jaar kregen", "Naar aanleiding van de antwoorden ...")
ANSWERS_ANNOUNCED = re.compile(
    r"\b(?i:(?:dit|hier)[^\S\n]+(?:zijn|volgen)[^\S\n]+(?:de[^\S\n]+)?antwoorden(?:[^\S\n]+van[^\S\n]+[^.?!:\n]{1,40}?)?[^\S\n]*:"
    r"|(?:hieronder|hierna)[^\S\n]+(?:staan|volgen|vindt[^\S\n]+u)[^\S\n]+(?:de[^\S\n]+)?antwoorden\b(?![^\S\n]+(?:die|dat|welke|waarop)\b)"
    r"|onderstaande[^\S\n]+antwoorden[^\S\n]+(?:hebben[^\S\n]+betrekking|gelden|betreffen)\b"
    r"|hierbij[^\S\n]+de[^\S\n]+vragen\b[^.?!\n]{0,60}?[^\S\n]en[^\S\n]+(?:de[^\S\n]+)?antwoorden[^\S\n]*:?[^\S\n]*$)",
    re.M,
)
# the Belgian Senate's page: the answer's date in its table of the question's course, "| 20/7/2023 | Antwoord |" (a row of its
# own; the table's pipes are markup, read without them): the answer is on the page
_ANSWER_ROW = re.compile(
    r"(?:^|(?<=\n))[^\S\n]*\|?[^\S\n]*\d{1,2}/\d{1,2}/\d{4}[^\S\n]*\|?[^\S\n]*Antwoord[^\S\n]*\|?[^\S\n]*(?=\n)"
    r"|\|[^\S\n]*\d{1,2}/\d{1,2}/\d{4}[^\S\n]*\|[^\S\n]*Antwoord[^\S\n]*\|"
)


# the respondent's voice after the last question: only an answer speaks of the asker as "het geachte (parlements)lid" or
# "de geachte afgevaardigde" ("..., zal de Commissie het rechtstreeks aan het geachte parlementslid toesturen")
# (or of the parliament as "uw Kamer": a minister writes it, an asker writes "de Kamer"; no question text of the corpus
# and the blind sets has it, and it stands in most Tweede Kamer answers: "Uw Kamer ontvangt een afschrift van dit antwoord")
_ADDRESSES_ASKER = re.compile(
    r"\b(?:het|de|aan\s+het|aan\s+de)\s+geachte\s+(?:parlements)?(?:lid|leden|afgevaardigde|afgevaardigden|kamerlid)\b", re.I
)
_YOUR_CHAMBER = re.compile(r"\buw\s+Kamer\b", re.I)
# ... or of the asker's question and words, as a council's college answers a member: "zoals u terecht opmerkt", "In antwoord op
# uw vraag", "Uw vraag over de subsidie" (an asker writes "mijn vraag", and "zoals u weet" to the college: not these)
_YOUR_QUESTION = re.compile(
    r"\bzoals\s+u\s+(?:terecht\s+|zelf\s+)?(?:opmerkt|aangeeft|stelt|constateert|schrijft|signaleert)\b"
    r"|\b(?:op|in\s+antwoord\s+op|naar\s+aanleiding\s+van)\s+uw\s+vra(?:ag|gen)\b"
    r"|\buw\s+vra(?:ag|gen)\s+(?:over|naar|betreffende|inzake)\b",
    re.I,
)
_QUOTES = "'\"‘’“”«»"


# the respondent's own earlier text, as an asker cites it: "in uw antwoord", "uw beantwoording van 30 januari", "eerdere"
_CITES_THE_RESPONDENT = re.compile(
    r"\buw\s+(?:antwoord(?:en)?|beantwoording|brief|reactie|raadsinformatiebrief|mededeling)\b|\beerdere?\b|\beerder\b", re.I
)


def _speaks_to_the_asker(text: str, start: int, words: re.Pattern[str], unless: re.Pattern[str] | None = None) -> bool:
    """A statement after ``start`` that holds ``words`` ("uw Kamer", "zoals u terecht opmerkt") in the respondent's own
    words: not in a sentence that asks, not after a quotation mark in its sentence (the asker quoting the minister: "In die
    brief staat: 'Ik zal uw Kamer na de zomer informeren'"), not in a sentence that ``unless`` finds (the asker of follow-up
    questions citing the college: "Zoals u zelf aangeeft in uw beantwoording, ...")."""
    for m in words.finditer(text, start):
        # the sentence it stands in (also where the line breaks are lost)
        before = max(text.rfind(c, 0, m.start()) for c in ".?!\n") + 1
        after = min((i for i in (text.find(c, m.end()) for c in ".?!\n") if i >= 0), default=len(text))
        if text[after : after + 1] == "?" or any(q in text[before : m.start()] for q in _QUOTES):
            continue
        if unless is not None and unless.search(text, before, after):
            continue
        return True
    return False


# a section of the question that explains it, after the questions: "Toelichting", "Achtergrond"
_EXPLANATION = re.compile(r"(?:^|\n)[^\S\n]*(?:Toelichting|Achtergrond|Inleiding|Context)\b[^\S\n]*:?", re.I)


def respondent_voice(text: str) -> bool:
    """Whether a statement after the last question speaks of the asker as only a respondent does ("... zal de
    Commissie het rechtstreeks aan het geachte parlementslid toesturen"): an answer stands there, headed or not."""
    last = text.rfind("?")
    return last >= 0 and _ADDRESSES_ASKER.search(text, last + 1) is not None


def answer_titled(text: str) -> bool:
    """Whether a row of the page's header gives the answer's date before the first question (:data:`_ANSWER_ROW`): then one
    question and the statements after it are enough. (Not any title or header field: "Beantwoord 2 april 2024" stands over
    a question-only page whose answer is an attachment, and "Beantwoording van schriftelijke vragen duurt ..." opens prose.)"""
    first = text.find("?")
    return first >= 0 and _ANSWER_ROW.search(text, 0, first) is not None


def strong_answer_evidence(text: str) -> bool:
    """The text says it holds answers (a title, a header field), a sentence answers yes or no after a question, or one
    speaks to the asker as only a respondent does ("het geachte lid", "uw Kamer"): enough to read unlabelled statements
    as answers. (Statements alone may be context.)"""
    first = text.find("?")
    return first >= 0 and (
        _ANSWER_TITLE.search(text, 0, first) is not None
        or ANSWERS_ANNOUNCED.search(text, 0, first) is not None
        or _ANSWER_ROW.search(text, 0, first) is not None
        or _YES_NO.search(text, first) is not None
        or _ADDRESSES_ASKER.search(text, first) is not None  # (the respondent's voice after a question)
        or _speaks_to_the_asker(text, first, _YOUR_CHAMBER)
        or _speaks_to_the_asker(text, first, _YOUR_QUESTION, _CITES_THE_RESPONDENT)
    )


def answer_prose(text: str) -> bool:
    """Whether the text holds answers although no line labels them: its title or header says so
    ("Beantwoording schriftelijke vragen", "Datum beantwoording: ..."), a sentence answers yes or no
    after the first question, a long stretch of statements follows the last one (more than a closing
    line or a signature), or far more statements than questions follow the first."""
    first, last = text.find("?"), text.rfind("?")
    if first < 0:
        return False
    if _ANSWER_TITLE.search(text, 0, first) or ANSWERS_ANNOUNCED.search(text, 0, first):
        return True
    if _YES_NO.search(text, first):
        return True
    if respondent_voice(text) or _speaks_to_the_asker(text, first, _YOUR_QUESTION, _CITES_THE_RESPONDENT):
        return True
    explained = _EXPLANATION.search(text, last + 1)  # (a "Toelichting" after the questions is no answer)
    stop = explained.start() if explained is not None else len(text)
    if len(re.findall(r"[^\W\d_]{2,}", text[last + 1 : stop])) > 60:
        return True
    sentences = re.findall(r"[^.?!]+[.?!]*", text[first + 1 : stop])
    asked = sum(len(s.split()) for s in sentences if s.rstrip().endswith("?"))
    stated = sum(len(s.split()) for s in sentences if not s.rstrip().endswith("?"))
    return stated > max(60, 2 * asked)


# the header of a two-column table flattened to text, one cell per line: "Vraag" over "Antwoord" on the next line
# (or, where line breaks were lost, both inside a line before the first question); not the columns of a page
# laid out side by side ("Nr.   Vraag      Antwoord" on one line: each line holds both cells)
# (the cells apart by line breaks, by tabs, "Nr.<tab>Vraag<tab>Antwoord", or by pipes, a Markdown table's header row with its
# pipes kept, "| Nr. | Vraag | Antwoord |")
# (a blank line between the cells too, where every line break of a page was doubled)
_CELL = r"[^\S\n]*(?:\n(?:[^\S\n]*\n)?|\t|\|)[^\S\n]*"
_TABLE_HEADER = re.compile(
    rf"(?:^|\n)[^\S\n]*\|?[^\S\n]*(?:(?:Nr\.?|Nummer){_CELL})?(?:Vraag|Vragen|VRAAG|VRAGEN){_CELL}"
    r"(?:Antwoord|Antwoorden|ANTWOORD|ANTWOORDEN)[^\S\n]*\|?[^\S\n]*(?=\n)"
    r"|(?<=[^\W\d_]|\d)[^\S\n]+(?:Vraag|Vragen|VRAAG)[^\S\n]+(?:Antwoord|Antwoorden|ANTWOORD)[^\S\n]+(?=[A-ZÀ-Ý])"
)


def _numbered(label: Label | None) -> bool:
    return label is not None and bool(label.numbers)


def table_rows(text: str, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation | None:
    """A "Vraag | Antwoord" table flattened to text: under its header, each row's question cell and then its
    answer cell, alternating without labels; one row is enough (the header says answers follow). None when
    the text has no such header before its first question."""
    first = text.find("?")
    header = _TABLE_HEADER.search(text, 0, first) if first >= 0 else None
    if header is None:
        return None
    body = clipped(text, frags, header.end(), len(text))
    if any(match_vraag(f.text, 0) or _numbered(match_antwoord(f.text, 0)) for f in body):
        return None  # ("Vraag 1" / "Antwoord 1" under the header: labelled cells, read as labels)
    return segment_alternation(text, furniture, body, min_pairs=1, evidence=True)


def segment_alternation(
    text: str, furniture: tuple[Span, ...], frags: list[Frag], min_pairs: int = 2, evidence: bool = False
) -> Segmentation | None:
    """The unlabelled alternation of questions and answers, or None when the text is not so laid out
    (``evidence``: the caller knows answers follow, from a table's header)."""
    if not frags or not (evidence or strong_answer_evidence(text)):
        return None
    close = closing_index(frags)
    end = frags[close - 1].end if close is not None and close > 0 else frags[-1].end
    runs: list[tuple[bool, int, int]] = []  # (asks?, start, end) of runs of sentences
    # "Vraag 1" on a line of its own over each question, its answer under it without a label (a web page's rendering of
    # Kamervragen): the label is neither question nor answer; it names the item
    labels: dict[int, Label] = {}  # the start of the question text after a label line -> the label
    # (sentences within a logical line: where line breaks were lost, a label inside a line ends the answer before it,
    # "1) Is de deputatie op de hoogte gebracht? Neen 2) Moet de provincie ...?")
    # (a line wrapped over several, joined into one logical line, is one line to its sentences: "1. Hoe kijkt het college
    # naar de daling van de vaccinatiegraad" / "  op verschillende plekken ...?" is one question)
    view = unwrapped(text, frags)
    chunks: list[tuple[Frag, int]] = []  # (first line, end) of the lines a soft break joins (not a line's pieces)
    for f in frags:
        gap = chunks[-1][1] if chunks else 0
        if chunks and re.search(r"[\r\n]", text[gap : f.start]) and not re.search(r"[\r\n]", view[gap : f.start]):
            chunks[-1] = (chunks[-1][0], f.end)
        else:
            chunks.append((f, f.end))
    sentences = ((f, m) for f, f_end in chunks if f.start < end for m in SENTENCE.finditer(view, f.start, min(f_end, end)))
    pending: Label | None = None
    numbers: list[int] = []  # the numbers of the questions' own labels ("3." over "3. Klopt het ...?"), so far
    named = any(f.at(match_vraag(f.text, 0)) is not None for f in frags)  # ("Vraag 1" labels: a bare "1." is no question's)
    for f, m in sentences:
        if re.search(r"\w", m.group()) is None:
            continue  # (nothing but a bullet or a rule: "•" before the next "Vraag 4" once the line breaks are lost)
        a, b = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        if m.start() == f.start and (lab := f.at(match_vraag(f.text, 0))) is not None and lab.numbers:
            if not text[lab.end : f.end].strip():
                pending = lab
                continue
            if lab.end < b:  # ("Vraag 2 Deelt u ...?" on one line, as where the line breaks were lost)
                pending, a = lab, lab.end + len(text[lab.end : b]) - len(text[lab.end : b].lstrip())
        elif m.start() == f.start and not named and (lab := _number(f, (numbers[-1] if numbers else 0) + 1)) is not None:
            # a question's own number at its line's start, "3. Klopt het ...?" (the sentence may be the number alone:
            # "3." ends as a sentence would)
            if not text[lab.end : b].strip():
                pending = lab
                continue
            pending, a = lab, lab.end + len(text[lab.end : b]) - len(text[lab.end : b].lstrip())
        asks = bool(_ASKS.search(m.group()))
        if pending is not None and pending.kind == "vraag":
            # under "Vraag 4" stands its question, asked or not (a page cut inside it: "Op welke wijze gaat ... de rege"): the
            # answer before the label ends there
            asks = True
        if pending is not None and not asks and pending.kind == "number" and numbers and pending.numbers[0] == numbers[-1] + 1:
            # the next number over a statement: the question's introduction, "5. In het verleden waren er bijeenkomsten
            # over de ganzen. Hoe verloopt het contact momenteel?" (not a list in an answer, which starts again at 1)
            asks = True
        if pending is not None and asks:
            labels[a] = pending
            if pending.kind == "number":
                numbers.append(pending.numbers[0])
        pending = None
        if runs and runs[-1][0] == asks:
            runs[-1] = (asks, runs[-1][1], b)
        else:
            runs.append((asks, a, b))
    if pending is not None and runs and pending.start >= runs[-1][2]:
        # a label with nothing after it closes the text ("... Nee.Vraag 1" at the end): no question follows it, so it stays
        # with the text before it rather than being lost
        runs[-1] = (runs[-1][0], runs[-1][1], pending.end)
    if named and labels:
        # (before the first "Vraag 1" stands the header, even a sentence that asks: a footnote of the web page's, "1. «Hoe
        # komen scholieren aan wapens?», De Volkskrant 24 september 2018.")
        head = min(lab.start for lab in labels.values())
        runs = [r for r in runs if r[2] > head]
    if runs and not runs[0][0]:
        runs = runs[1:]  # the header, the introduction
    pairs = [(runs[k], runs[k + 1]) for k in range(0, len(runs) - 1, 2) if runs[k][0] and not runs[k + 1][0]]
    if len(pairs) < min_pairs or len(pairs) * 2 < len(runs) - 1:
        return None
    trailing = runs[-1] if len(runs) % 2 == 1 and runs[-1][0] else None  # a last question nothing answers
    if any(re.search(r"[^\W\d_]{2,}", text[a:b]) is None for _, (_, a, b) in pairs):
        return None  # "1. Hoeveel ...? 2. Wanneer ...?": a number between questions is a label, not an answer
    blocks = [Block(qa, qb, None, aa, ab) for (_, qa, qb), (_, aa, ab) in pairs]
    if trailing is not None:
        blocks.append(Block(trailing[1], trailing[2], None, trailing[2], trailing[2]))
    # every question under its "Vraag N": the items are the labelled questions, their follow-ups asks of them; questions
    # stacked without an answer between them share the answer after them (none, after the last)
    labelled = bool(labels) and all(b.q_start in labels for b in blocks)
    return alternating(
        text,
        furniture,
        frags,
        blocks,
        end,
        "labelled questions, each followed by its answer without a label"
        if labelled
        else "questions and answers alternate without labels: each run of statements answers the questions before it",
        [sorted((a, lab) for a, lab in labels.items() if b.q_start <= a < b.q_end) for b in blocks] if labelled else None,
    )


def _number(f: Frag, expected: int) -> Label | None:
    """The number ``expected`` at the start of ``f`` ("3.", "3)"), as a question's own label: the next in the count (not a
    year cut out of a line, "... in het voorjaar van 2026. Waarom ...?")."""
    lab = f.at(match_numbered(f.text, 0))
    if lab is None or lab.kind != "number" or lab.sub is not None or lab.letter is not None:
        return None
    return lab if lab.numbers == (expected,) else None


@dataclass(frozen=True)
class Block:
    """A question and the answer after it: the question's text ``[q_start, q_end)``, the answer's label (None
    when unlabelled) and text ``[a_start, a_end)`` (empty: a question nothing answers)."""

    q_start: int
    q_end: int
    label: Span | None
    a_start: int
    a_end: int


def alternating(
    text: str,
    furniture: tuple[Span, ...],
    frags: list[Frag],
    blocks: list[Block],
    end: int,
    warning: str,
    numbered: list[list[tuple[int, Label]]] | None = None,
) -> Segmentation | None:
    """Unnumbered questions, each followed by its answer: items numbered in order, one per question sentence
    or request (GUIDE.md), each answer covering the items of the question before it. None when an answered
    question holds no question sentence. ``numbered``: the labels over each block's questions ("Vraag 2") and where each
    one's question starts: each labelled question is one item of that number, its question sentences its asks, and the
    block's answer covers them all."""
    items: list[Item] = []
    parts: list[AnswerPart] = []
    for k, block in enumerate(blocks):
        q_frags = clipped(text, frags, block.q_start, block.q_end)
        own = unnumbered_items(text, furniture, q_frags, block.q_end)[1] if q_frags else []
        if not own:
            if block.a_end > block.a_start:
                return None
            continue  # (a last question nothing answers, with no question sentence after all)
        first = len(items) + 1
        if numbered is not None:
            labelled: list[Item] = []
            for m, (at, lab) in enumerate(numbered[k]):
                stop = numbered[k][m + 1][1].start if m + 1 < len(numbered[k]) else block.q_end
                # (an item read with the label's number before it, "4 Bent u ...?", starts where the question does)
                # (a question is the label's whose stretch holds its end: "2. (vraag 2 bestaat niet)" read into the question
                # of "3. Klopt het ...?" is 3's)
                mine = [it for it in own if lab.start < it.span.end <= stop]
                if not mine and lab.kind == "number":
                    continue  # ("2. (vraag 2 bestaat niet)": a number that asks nothing is no item)
                if not mine or mine[0].span.end <= at:
                    return None
                n = lab.numbers[0] if lab.numbers else None  # (None: a letter of its own, "a." ... "h.")
                asks = [a for it in mine for a in it.asks]
                if asks[0].span.start < at:
                    asks[0] = dataclasses.replace(asks[0], span=Span(at, asks[0].span.end))
                span = Span(max(at, mine[0].span.start), mine[-1].span.end)
                ident = f"{n if n is not None else ''}{lab.letter or ''}"
                labelled.append(Item(ident, Span(lab.start, lab.end), span, tuple(asks), n, lab.letter))
            if any(it.id == new.id for it in items for new in labelled) or len({it.id for it in labelled}) < len(labelled):
                return None  # (a number printed twice: not for this reading)
            own = labelled
        else:
            own = [dataclasses.replace(it, id=str(first + j), number=first + j) for j, it in enumerate(own)]
        items.extend(own)
        if block.a_end > block.a_start:
            covers = tuple(it.id for it in own)
            span = trimmed(text, block.a_start, region_end(frags, block.a_end))
            parts.append(AnswerPart(block.label, span, "grouped" if len(covers) > 1 else "interleaved", covers))
    if not parts:
        return None
    first_answer = parts[0].label or parts[0].span
    begin = (items[0].label or items[0].span).start
    return Segmentation(
        "interleaved",
        furniture,
        Span(frags[0].start, begin),
        Span(begin, end),
        None,
        Span(first_answer.start, end),
        tuple(items),
        tuple(parts),
        (warning,),
    )
