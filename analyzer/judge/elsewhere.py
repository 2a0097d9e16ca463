"""An answer that lies outside the document: the text holds the question and says where its answer is.

A council's or a party's web page often carries the question and a line such as "Onderaan bijgevoegd
de beantwoording van de vragen" or "De vraag en het antwoord zijn opgenomen in de audio-opname". The
segmenter finds no answer there and would call the question open; the line is the answer the document
gives: every item is referred to it (GUIDE.md, referred). Only the rule written for this construction
(:data:`RULE`) counts, and only outside the items, so a question that mentions an earlier answer or an
attachment of its own stays open.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from ..align import align
from ..clean import clean_view
from ..model import AnswerPart, Document, Span
from ..rules import RuleSet

RULE = "referred.answer-elsewhere"
OPEN_WARNING = "no answer yet: the question is open"  # (what the segmenter says of a question without answer)


def outside_items(doc: Document) -> list[Span]:
    """The text around the question's items: before the first and after the last ask (intro, trailer, signature)."""
    if not doc.items:
        return []
    first = min(it.label.start if it.label else it.span.start for it in doc.items)
    # (after the last ask: a signature or a trailer the segmenter left in the last item ends no question)
    last = max(max((a.span.end for a in it.asks), default=it.span.end) for it in doc.items)
    return [s for s in (Span(0, first), Span(last, len(doc.text))) if doc.text[s.start : s.end].strip()]


def pointer_sentence(nlp: Language, rules: RuleSet, doc: Document) -> Span | None:
    """The sentence outside the items that places the answer elsewhere, if the rule finds one."""
    if not any(r.id == RULE for r in rules.rules):
        return None  # a rule pack without it (``--rules`` of a user's own): the question stays open
    for span in outside_items(doc):
        view = clean_view(doc.text, span, doc.furniture)
        parsed = nlp(view.text)
        for hit in rules.find(parsed, ["reference"], view.text, only=lambda r: r.id == RULE):
            sent = parsed.char_span(hit.start, hit.end, alignment_mode="expand")
            if sent is None:
                continue
            return view.original_span(sent.sent.start_char, len(sent.sent.text.rstrip()) + sent.sent.start_char)
    return None


def answered_elsewhere(doc: Document, pointer: Span) -> Document:
    """``doc`` (read as open) with the pointer sentence as the one answer part shared by every item."""
    part = AnswerPart(None, pointer, "grouped", tuple(it.id for it in doc.items))
    return replace(
        doc,
        answer_parts=(part,),
        alignments=align(doc.text, doc.items, (part,), doc.furniture),
        answer_span=pointer,
        open=False,
        warnings=(*(w for w in doc.warnings if w != OPEN_WARNING), "the answer is not in this document: it says where it is"),
    )
