"""Segmenting a document: where the question and the answer are, its items, its answer parts.

Labels are first collected as candidates (:mod:`analyzer.labels`: at a line start or inside a line),
then accepted by sequence, style and placement in the layout's module:

* :mod:`.lines`: logical lines (furniture and format characters out, broken where a label starts inline);
* :mod:`.block`: the whole question, then the whole answer (Flemish, question/answer pairs, municipal records);
* :mod:`.interleaved`: ``Vraag N`` / ``Antwoord N`` alternating (Tweede Kamer);
* :mod:`.turns`: speaker turns of a transcript or minutes ("Name (Party): question", "Minister X: answer");
* :mod:`.restated`: each numbered item holds its question and then its answer, with no answer label;
* :mod:`.unnumbered`: questions without numbering, one item per question sentence or request;
* :mod:`.alternation`: questions and answers alternating with no label at all.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from typing import cast

from ..clean import FORMAT_CHARS, find_furniture, merge_spans, plain_spaces
from ..labels import ANSWER_OP_VRAAG_NR, FLEMISH_HEADING, SALUTATION, Label, match_antwoord, match_numbered, match_vraag
from ..model import RawDocument, Span
from .alternation import answer_titled, respondent_voice, segment_alternation, table_rows
from .block import ANSWER_HEADING, answer_heading, build_block, flemish_heading, heading_words, question_only, segment_block
from .interleaved import mededeling, segment_interleaved
from .layouts import detect
from .lines import CLOSING_LINE, CLOSING_START, Frag, logical_lines
from .mail import reply_on_top
from .reported import segment_letter, segment_reported
from .restated import segment_restated
from .result import Segmentation, SegmentationError
from .turns import segment_turns


def furniture_of(text: str) -> tuple[Span, ...]:
    """Page furniture by the rules of the text's layout family, detected first (:mod:`.layouts`)."""
    return find_furniture(text, detect(text).furniture)


def segment(raw: RawDocument) -> Segmentation:
    """The document's regions, items and answer parts, every span an offset into ``raw.text``.

    Invisible format characters (a web page's soft hyphens, "Beant\u00adwoording", zero-width spaces) are read as
    absent: the text is segmented without them, and every span is mapped back to the text as read. No-break spaces are
    read as spaces (one for one: no span moves)."""
    return _without_empty_items(raw.text, _as_read(raw, _segment))


def _without_empty_items(text: str, seg: Segmentation) -> Segmentation:
    """``seg`` without the items that are a label and nothing else: no word of a question after it and no answer part that
    claims it (a stray list number closing a page cut short, " 3." as the last line)."""
    claimed = {c for p in seg.parts for c in p.covers}
    empty = [it for it in seg.items if it.id not in claimed and not re.search(r"[^\W\d_]", text[it.span.start : it.span.end])]
    if not empty or len(empty) == len(seg.items):
        return seg
    keep = tuple(it for it in seg.items if it not in empty)
    note = f"label{'s' if len(empty) > 1 else ''} {', '.join(it.id for it in empty)} without a question: no item"
    # (the stray label is furniture, as a page number is: it stays accounted for, in no item and no answer)
    stray = [it.label for it in empty if it.label is not None]
    return dataclasses.replace(seg, items=keep, furniture=merge_spans([*seg.furniture, *stray]), warnings=(*seg.warnings, note))


def segment_unanswered(raw: RawDocument) -> Segmentation:
    """A document that holds only the question (its answer does not exist yet): its items, no answer."""
    return _as_read(raw, _segment_unanswered)


# Markdown, as a web page or a PDF converted to it prints labels and headings: "**Vraag 1**", "### Antwoord", "1\\. Hoeveel",
# "_Vragen van het lid ..._". The markup is read as absent, as the format characters are: the heading's hashes at a line's
# start with the space after them, bold markers, an escaping backslash, and an emphasis star or underscore at a word's edge (not a bullet's "* ",
# not "a_b" inside a name or an address)
_MARKDOWN = re.compile(
    r"^[^\S\n]*(?P<hashes>#{1,6}[^\S\n]+)|\*\*|__|\\(?=[.()\[\]#*_+-])|(?:(?<=\s)|^)[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?=\s|$|[.,;:!?)])",
    re.M,
)


# a Markdown table ("| 1 | Hoeveel kost het project? | Het project kost 2 miljoen euro. |"): a row between pipes, and the rule
# under its header ("|---|:---:|"); its pipes are markup where a space stands on either side (the cells stay apart), the rule
# is markup as a whole
_TABLE_ROW = re.compile(r"^[^\S\n]*\|[^\n]*\|[^\S\n]*$", re.M)
_TABLE_RULE = re.compile(r"[^\S\n]*\|(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|)+[^\S\n]*")
_CELL_PIPE = re.compile(r"(?:(?<=^)|(?<=\s))\|(?=\s|$)")


def _table_markup(text: str) -> list[tuple[int, int]]:
    """The pipes and header rules of the Markdown tables in ``text`` (a header row keeps its pipes: "| Vraag | Antwoord |"
    says that answers follow, see :func:`.alternation.table_rows`)."""
    out: list[tuple[int, int]] = []
    for row in _TABLE_ROW.finditer(text):
        line = row.group()
        if _TABLE_RULE.fullmatch(line):
            out.append(row.span())
            continue
        rule = _TABLE_ROW.match(text, row.end() + 1)
        if rule is not None and _TABLE_RULE.fullmatch(rule.group()):
            continue  # (the header row)
        pipes = [m.start() for m in _CELL_PIPE.finditer(line)]
        if len(pipes) == line.count("|"):  # (every pipe stands apart: "|1|Hoeveel|" would glue its cells)
            out.extend((row.start() + k, row.start() + k + 1) for k in pipes)
    return out


# a quoted line's marker, as a mail quotes the text it forwards and Markdown marks a block quote: "> Vraag 1", ">> Antwoord 1"
_QUOTE_MARKER = re.compile(r"^[^\S\n]*(?:>[^\S\n]?)+", re.M)
QUOTED_SHARE = 0.6  # the share of a text's lines that must be quoted for the markers to be markup ("> 65 jaar" stays text)


def _quote_markers(text: str) -> list[tuple[int, int]]:
    """The quote markers at the line starts of a text whose lines are mostly quoted (a forwarded mail), else none. Not where
    a line outside the quote asks something: a reply that asks new questions above the mail it quotes is its own text, the
    quoted mail its context."""
    lines = [line for line in text.split("\n") if line.strip()]
    markers = [m.span() for m in _QUOTE_MARKER.finditer(text)]
    if not lines or len(markers) < QUOTED_SHARE * len(lines):
        return []
    if any("?" in line for line in lines if not _QUOTE_MARKER.match(line)):
        return []
    return markers


def _markup(text: str) -> list[tuple[int, int]]:
    """The Markdown markup of ``text`` (searched only in a text that holds one of its characters: most hold none)."""
    spans = _table_markup(text) if "|" in text else []
    if ">" in text:
        spans = sorted([*spans, *_quote_markers(text)])
    if not ("*" in text or "_" in text or "#" in text or "\\" in text):
        return spans
    return sorted([*spans, *(m.span("hashes") if m.group("hashes") else m.span() for m in _MARKDOWN.finditer(text))])


def _hidden(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The stretches of ``text`` read as absent: invisible format characters, and Markdown markup."""
    return [m.span() for m in FORMAT_CHARS.finditer(text)], _markup(text)


def visible(text: str) -> str:
    """``text`` without invisible format characters and Markdown markup, for the checks that only ask whether something
    is there (an answer heading, answer prose); spans are taken on the text as read."""
    formats, markup = _hidden(text)
    if not formats and not markup:
        return text
    out, pos = [], 0
    for a, b in sorted(formats + markup):
        out.append(text[pos:a])
        pos = max(pos, b)
    out.append(text[pos:])
    return "".join(out)


def _as_read(raw: RawDocument, run: Callable[[RawDocument], Segmentation]) -> Segmentation:
    spaced = plain_spaces(raw.text)  # (once per document, not per line: analyze() has done it for the document already)
    if spaced is not raw.text:
        raw = dataclasses.replace(raw, text=spaced)
    formats, markup = _hidden(raw.text)
    if not formats and not markup:
        return run(raw)
    drop: set[int] = set()
    for a, b in formats + markup:
        drop.update(range(a, b))
    keep = [i for i in range(len(raw.text)) if i not in drop]
    shown = "".join(raw.text[i] for i in keep)
    split = None if raw.split is None else bisect.bisect_left(keep, raw.split)
    seg = cast(Segmentation, _mapped(run(dataclasses.replace(raw, text=shown, split=split)), keep, len(raw.text)))
    if markup:
        # (the markup is furniture for what reads the text after the segmenter, the judge and the reports: "**Nee.**" is
        # an answer's "Nee."; format characters are not, their word goes on across them)
        seg = dataclasses.replace(seg, furniture=merge_spans([*seg.furniture, *(Span(a, b) for a, b in markup)]))
    return seg


def _mapped(obj: object, keep: list[int], n: int) -> object:
    """``obj`` with every span in it moved from the text without format characters to the text as read."""
    if isinstance(obj, Span):
        a = keep[obj.start] if obj.start < len(keep) else n
        return Span(a, keep[obj.end - 1] + 1 if obj.end > obj.start else a)
    if isinstance(obj, tuple):
        return tuple(_mapped(x, keep, n) for x in obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.replace(obj, **{f.name: _mapped(getattr(obj, f.name), keep, n) for f in dataclasses.fields(obj)})
    return obj


def _segment(raw: RawDocument) -> Segmentation:
    text = raw.text
    if not text.strip():
        raise SegmentationError("empty", "the document is empty")
    furniture = furniture_of(text)
    frags = logical_lines(text, furniture)
    if raw.split is not None:
        return _segment_pair(raw, furniture, frags)
    reply = reply_on_top(frags)
    if reply is not None:
        return _segment_reply(text, furniture, *reply)
    heading = flemish_heading(frags, text)
    if heading is not None:
        return segment_block(text, furniture, frags, heading, "vlaams")
    plain = answer_heading(frags)
    if plain is not None:
        return segment_block(text, furniture, frags, plain, "unknown")
    table = table_rows(text, furniture, frags)  # ("Vraag" over "Antwoord" heads columns: no labels)
    if table is not None:
        return table
    if any(f.at(match_antwoord(f.text, 0)) or mededeling(f) for f in frags):
        try:
            return segment_interleaved(text, furniture, frags)
        except SegmentationError as exc:
            headed = _heading_then_number(frags) if exc.code == "no-question" else None
            if headed is None:
                raise
            return segment_block(text, furniture, *headed, "unknown")
    restated = segment_restated(text, furniture, frags)
    if restated is not None:
        return restated
    spoken = segment_turns(text, furniture, frags)
    if spoken is not None:
        return spoken
    alternation = segment_alternation(text, furniture, frags)
    if alternation is not None:
        return alternation
    reported = segment_reported(text, furniture, frags)
    if reported is not None:
        return reported
    letter = segment_letter(text, furniture, frags)
    if letter is not None:
        return letter
    opened = _answer_letter(frags)
    if opened is not None:
        # no heading, but the letter that answers opens under the questions: "Geachte heer Goossens," after the asker's
        # signature, "Aan de Voorzitter ... Geachte Voorzitter, Hierbij beantwoord ik ..." (its letterhead and salutation are
        # its header; its paragraphs, numbered or not, the answers)
        return segment_block(text, furniture, frags, opened, "unknown")
    restart = _numbering_restarts(frags)
    if restart is not None:
        # no heading, but the questions' numbering starts again under them with statements, as many as the questions: the
        # answers in the same order (a council's letter: the questions, the signature, "1. Het kost ... 2. ..."); the second
        # "1." starts the answer as a heading would
        return build_block(text, furniture, frags[:restart], frags[restart:], None, "unknown")
    if respondent_voice(text) or answer_titled(text):
        # no heading, but the respondent speaks after the questions (a web page that dropped "Antwoord van ... namens de
        # Commissie"), or a header field says the answer is there (the Senate's "| 20/7/2023 | Antwoord |"): the statements
        # after them answer them, however few
        voiced = segment_alternation(text, furniture, frags, min_pairs=1, evidence=True)
        if voiced is not None:
            return voiced
    raise SegmentationError("no-answer", "no answer part found (no 'ANTWOORD' heading and no 'Antwoord' labels)")


# the opening of the letter that answers: its salutation, or a line that says it answers (no question of its own)
_SALUTATION = re.compile(SALUTATION, re.I)
_ANSWER_LETTER = re.compile(rf"{SALUTATION}|[^\n?]*\bbeantwoord(?:en|t|ing)\b[^\n?]*$", re.I)
RESTART_MIN_WORDS = 3
_YES_NO = re.compile(
    r"\S+[^\S\n]+(?:ja|nee|neen)\b", re.I
)  # an answer line after a restarted number says something: not "1. Foto", "2. Kaart" (a list of attachments)


_CLOSING_INLINE = re.compile(r"(?:^|(?<=[.!?,])\s)(?:" + CLOSING_START.pattern.removeprefix(r"[^\S\n]*") + ")", re.I)


def _numbering_restarts(frags: list[Frag]) -> int | None:
    """Index of the line that starts the numbering again at 1 under numbered questions, when every line numbered after it
    is a statement of a few words and there are as many as the questions (else None)."""
    labelled: list[tuple[int, Label]] = []
    for k, f in enumerate(frags):
        lab = match_numbered(f.text, 0)
        if lab is None or lab.kind != "number":
            continue
        if f.weak and labelled and lab.numbers != (labelled[-1][1].numbers[-1] + 1,) and lab.numbers != (1,):
            continue  # (a figure that ends a sentence, cut inline, out of the sequence: "... op buslijn 41. Wij beantwoorden ...")
        if f.weak and lab.numbers == (1,) and sum(lab0.numbers == (1,) for _, lab0 in labelled) >= 2:
            continue  # (nor a third start, cut inline after a reference: "7. Zie antwoord op vraag 1. Namens het college ...")
        labelled.append((k, lab))
    ones = [j for j, (_, lab) in enumerate(labelled) if lab.numbers == (1,) and lab.letter is None and lab.sub is None]
    if len(ones) != 2:
        return None
    first, second = labelled[: ones[1]], labelled[ones[1] :]
    if [lab.numbers for _, lab in first] != [(n,) for n in range(1, len(first) + 1)] or len(first) < 2:
        return None
    if [lab.numbers for _, lab in second] != [lab.numbers for _, lab in first]:
        return None
    bounds = [k for k, _ in labelled] + [len(frags)]

    def body(j: int) -> str:  # the text of the j-th numbered line and the lines under it, to the next numbered one
        return " ".join(f.text for f in frags[bounds[j] : bounds[j + 1]])

    if not all("?" in body(j) for j in range(len(first))):
        return None  # (the questions ask)
    # (a letter's closing formula between them, "Met vriendelijke groet," and the asker's name, or the opening of the letter
    # that answers, "Geachte Statenleden," / "Wij beantwoorden deze vragen als volgt.": not a list of attachments after the
    # questions, "Bijlagen: 1. Foto van de situatie ter plaatse 2. Kaart van de wijk")
    last = body(len(first) - 1)
    if not any(
        CLOSING_LINE.match(f.text) or _ANSWER_LETTER.match(f.text) for f in frags[labelled[len(first) - 1][0] + 1 : second[0][0]]
    ) and not _CLOSING_INLINE.search(last, last.rfind("?") + 1):
        # (or, its line breaks lost, in the last question's line after its question mark: "... via het Meldpunt van de stad?
        # Alvast bedankt voor uw antwoord. Met vriendelijke groeten Sofie Verhaegen gemeenteraadslid Vooruit")
        return None
    for j in range(len(first), len(labelled)):
        said = body(j)
        if "?" in said or (len(said.split()) - 1 < RESTART_MIN_WORDS and not _YES_NO.match(said)):
            return None  # (a yes or no is said in one word: "1) Ja.")
    return second[0][0]


# a letterhead's line above the salutation of the letter that answers: its date ("Antwerpen, 28 maart 2025", "Datum 24
# februari 2026"), address ("Aan de Voorzitter van ...", "Postbus 20017", "2500 EA Den Haag"), subject or reference
_LETTERHEAD = re.compile(
    r"[^\S\n]*(?:(?:datum|betreft|onderwerp|(?:ons|uw)[^\S\n]+kenmerk|kenmerk|bijlagen?)\b[^\S\n]*:?|aan[^\S\n]+(?:de|het)\b|postbus\b"
    r"|(?-i:\d{4}[^\S\n]?[A-Z]{2}\b|[A-ZÀ-Ý][\w'-]+(?:[^\S\n]+[A-ZÀ-Ý][\w'-]+)?,[^\S\n]+\d{1,2}[^\S\n]+[a-z]+[^\S\n]+\d{4}[^\S\n]*$))",
    re.I,
)
LETTER_MIN_QUESTIONS = 2


def _answer_letter(frags: list[Frag]) -> int | None:
    """Index of the first line of the letter that answers the questions above it, when nothing says "Antwoord": its
    salutation ("Geachte heer Goossens,"), or the letterhead right above it, after at least two numbered questions and
    with no question after it (else None: a question's own "Geachte voorzitter," comes before what it asks)."""
    salutes = [k for k, f in enumerate(frags) if _SALUTATION.match(f.text)]
    # (or, the salutation above the questions it quotes, the line under them that says it answers them: "Namens het algemeen
    # bestuur beantwoord ik deze vragen hieronder.")
    # (the first such line after two numbered questions: a later one, "Wij beantwoorden de vragen 3 en 4 hieronder samen.", stands
    # among the answers)
    announced = [
        k
        for k, f in enumerate(frags)
        if _ANNOUNCES.search(f.text)
        and "?" not in f.text
        and sum(1 for g in frags[:k] if "?" in g.text and match_numbered(g.text, 0) is not None) >= LETTER_MIN_QUESTIONS
    ][:1]
    if not salutes and not announced:
        return None
    k = max(salutes[-1] if salutes else -1, announced[0] if announced else -1)
    asked = [f for f in frags[:k] if "?" in f.text and match_numbered(f.text, 0) is not None]
    if len(asked) < LETTER_MIN_QUESTIONS or any("?" in f.text for f in frags[k + 1 :]):
        return None
    if len([f for f in frags[k + 1 :] if len(f.text.split()) >= RESTART_MIN_WORDS]) < 2:
        return None  # (a letter that says something, not a salutation over a signature)
    while k > 0 and _LETTERHEAD.match(frags[k - 1].text) and "?" not in frags[k - 1].text:
        k -= 1
    return k


# a line that says the answers follow: "beantwoord ik deze vragen hieronder", "Hieronder vindt u onze antwoorden", "Mijn antwoorden
# luiden als volgt" (an asker's "Graag ontvang ik antwoord op de volgende vragen" asks, and stands above them)
_ANNOUNCES = re.compile(
    r"\b(?:beantwoord(?:t|en)?[^\S\n]+(?:ik|wij|we)|(?:ik|wij|we)[^\S\n]+beantwoorden)\b[^\n?]{0,60}?\bvragen\b[^\n?]{0,40}?"
    r"\b(?:hieronder|hierna|als[^\S\n]+volgt)\b"
    r"|\b(?:hieronder|hierna)[^\S\n]+(?:volgen|vindt[^\S\n]+u|treft[^\S\n]+u)[^\S\n]+(?:mijn|onze|de)[^\S\n]+antwoorden\b"
    r"|\b(?:mijn|onze)[^\S\n]+antwoorden\b[^\n?]{0,40}?\b(?:zijn|luiden)[^\S\n]+als[^\S\n]+volgt\b",
    re.I,
)
_HEADING_WORD = re.compile(r"[^\S\n]*Antwoord(?:en)?\b[^\S\n]*:?[^\S\n]*", re.I)


def _heading_then_number(frags: list[Frag]) -> tuple[list[Frag], int] | None:
    """A web page's "Vraag" / "Antwoord" headings with the answers numbered after the second ("Antwoord    1.\nDe
    gevraagde hoeveelheden ...\n2.\n..."): its one "Antwoord 1" is the heading "Antwoord" and the answer's first number,
    not a Tweede Kamer answer label (no "Vraag 1" anywhere). The lines with that one split in two, and the heading's index."""
    found = [i for i, f in enumerate(frags) if f.at(match_antwoord(f.text, 0))]
    if len(found) != 1:
        return None
    i = found[0]
    f = frags[i]
    word = _HEADING_WORD.match(f.text)
    if word is None or not re.match(r"1[.)]", f.text[word.end() :]) or f.where is not None:
        return None
    head = Frag(f.start, f.start + len(f.text[: word.end()].rstrip()), f.text[: word.end()].rstrip())
    rest = Frag(f.start + word.end(), f.end, f.text[word.end() :])
    return [*frags[:i], head, rest, *frags[i + 1 :]], i


# Words that open an answer in some layout (with the detectors below): conservative on purpose, since a
# document wrongly taken for an unanswered question says the answer does not exist.
_ANSWER_OPENING = re.compile(
    r"[^\S\n]*(?:antwoord(?!datum|termijn)|beantwoord|reactie|ad[^\S\n]+(?:vraag[^\S\n]+)?\d|(?:het[^\S\n]+)?(?:college|stadsbestuur)\b[^\n]{0,60}?antwoord)",
    re.I,
)


# an answer word after a question, inside a line (text whose line breaks were lost): "...? Antwoord van ..."
_INLINE_ANSWER_WORD = re.compile(
    r"\?[^\S\n]*(?:\d{1,3}[^\S\n]+)?(?:Antwoord(?:en)?(?:[^\S\n]+(?:van\b|op[^\S\n]+(?:de[^\S\n]+)?vra(?:ag|gen)\b|\d)|[^\S\n]*:)"
    r"|ANTWOORD\b|Beantwoording\b|Reactie[^\S\n]+van\b)"
)


def has_answer_line(text: str) -> bool:
    """Whether any line of ``text`` opens an answer, by the segmenter's own detectors or a looser word test."""
    text = plain_spaces(text)
    if _INLINE_ANSWER_WORD.search(text):
        return True
    frags = logical_lines(text, furniture_of(text))
    return any(
        ANSWER_HEADING.match(f.text)
        or FLEMISH_HEADING.match(f.text)
        or f.at(match_antwoord(f.text, 0))
        or mededeling(f)
        or _ANSWER_OPENING.match(f.text)
        for f in frags
    )


def _segment_unanswered(raw: RawDocument) -> Segmentation:
    furniture = furniture_of(raw.text)
    return question_only(raw.text, furniture, logical_lines(raw.text, furniture))


def _segment_reply(text: str, furniture: tuple[Span, ...], q_frags: list[Frag], a_frags: list[Frag]) -> Segmentation:
    """A reply written above the mail that asks (:mod:`.mail`): the quoted mail is the question, the text above it the
    answer; a heading in it ("Antwoord van de voorzitter ...") ends the cover note of whoever forwards it."""
    heading = answer_heading(a_frags)
    if heading is None:
        # (the heading of an answer passed on in a mail may name its respondent at length: "Antwoord van de voorzitter van het
        # bijzonder comité voor de sociale dienst", with no colon or date to close it; not a sentence of the cover note)
        heading = next(
            (
                i
                for i, f in enumerate(a_frags)
                if ANSWER_HEADING.match(f.text) and heading_words(f.text) <= 20 and not f.text.rstrip().endswith(".")
            ),
            None,
        )
    header = None
    if heading is not None and heading + 1 < len(a_frags):
        header = Span(a_frags[heading].start, a_frags[heading].end)
        a_frags = a_frags[heading + 1 :]
    return build_block(text, furniture, q_frags, a_frags, header, "unknown")


def _segment_pair(raw: RawDocument, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation:
    assert raw.split is not None
    q_frags = [f for f in frags if f.end <= raw.split]
    a_frags = [f for f in frags if f.start >= raw.split]
    if not q_frags or not "".join(f.text for f in q_frags).strip():
        raise SegmentationError("no-question", "the question file has no text")
    if not a_frags:
        raise SegmentationError("no-answer", "the answer file has no text")
    # A Tweede Kamer answer document repeats the questions: segment it as it stands.
    if any(f.at(match_vraag(f.text, 0)) for f in a_frags) and any(f.at(match_antwoord(f.text, 0)) for f in a_frags):
        seg = segment_interleaved(raw.text, furniture, a_frags)
        return Segmentation(
            seg.layout,
            furniture,
            Span(q_frags[0].start, q_frags[-1].end),
            seg.question_span,
            seg.answer_header,
            seg.answer_span,
            seg.items,
            seg.parts,
            (*seg.warnings, "questions taken from the answer document"),
        )
    heading = flemish_heading(a_frags)
    skip = 0
    if heading is not None and heading < 3:
        skip = heading + 1
        while (
            skip < len(a_frags)
            and skip - heading <= 3
            and (ANSWER_OP_VRAAG_NR.match(a_frags[skip].text) or re.match(r"\s*(?:van|door)\s+[A-ZÀ-Ý]", a_frags[skip].text))
        ):
            skip += 1
    elif len(a_frags) > 1 and (lab := match_antwoord(a_frags[0].text, 0)) is not None and not lab.numbers:
        # an answer heading alone on its line, with no number ("Antwoord:", "Antwoord van het college:", "Reactie college:"):
        # the answer's header, not its first sentence
        skip = 1 if lab.end >= len(a_frags[0].text.rstrip()) else 0
    header = Span(a_frags[0].start, a_frags[skip - 1].end) if skip else None
    return build_block(raw.text, furniture, q_frags, a_frags[skip:], header, "vlaams" if heading is not None else "unknown")


__all__ = ["Segmentation", "SegmentationError", "furniture_of", "has_answer_line", "segment", "segment_unanswered", "visible"]
