"""An answer that lies outside the document: the text holds the question and says where its answer is.

A council's or a party's web page often carries the question and a line such as "Onderaan bijgevoegd
de beantwoording van de vragen" or "De vraag en het antwoord zijn opgenomen in de audio-opname". The
segmenter finds no answer there and would call the question open; the line is the answer the document
gives: every item is referred to it (GUIDE.md, referred). Only the rule written for this construction
(:data:`RULE`) counts, and only outside the items, so a question that mentions an earlier answer or an
attachment of its own stays open.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language

from ..align import align
from ..clean import clean_view
from ..model import AnswerPart, Document, Span, Verdict, document_score
from ..rules import RuleSet
from .core import DocumentJudgement, Finding

RULE = "referred.answer-elsewhere"
CODE = "referred/pointer"
REASON = "the document holds no answer: it says where the answer is"
# a question closed without an answer ("Dossier gesloten" on a Senate page): no answer will come, none of what is asked is given
CLOSED_RULE = "declined.closed-unanswered"
CLOSED_CODE = "declined/closed"
CLOSED_REASON = "the question was closed without an answer"
OPEN_WARNING = "no answer yet: the question is open"  # (what the segmenter says of a question without answer)


def outside_items(doc: Document) -> list[Span]:
    """The text around the question's items: before the first and after the last ask (intro, trailer, signature)."""
    if not doc.items:
        return []
    first = min(it.label.start if it.label else it.span.start for it in doc.items)
    # (after the last ask: a signature or a trailer the segmenter left in the last item ends no question)
    last = max(max((a.span.end for a in it.asks), default=it.span.end) for it in doc.items)
    return [s for s in (Span(0, first), Span(last, len(doc.text))) if doc.text[s.start : s.end].strip()]


@dataclass(frozen=True)
class Pointer:
    """The sentence that says where the answer is, and the rule's match in it."""

    sentence: Span
    finding: Finding


def pointer_sentence(nlp: Language, rules: RuleSet, doc: Document, rule_id: str = RULE) -> Pointer | None:
    """The sentence outside the items that places the answer elsewhere, if the rule finds one (only on its
    own line: a title line or page furniture that the sentence splitter joins to it is left out). With
    ``rule_id`` :data:`CLOSED_RULE`: the line that says the question was closed without an answer."""
    if doc.answer_offset is not None or not any(r.id == rule_id for r in rules.rules):
        # a record or a question/answer pair with an empty answer is open whatever its question cites; a rule
        # pack without the rule (``--rules`` of a user's own): the question stays open
        return None
    for span in outside_items(doc):
        view = clean_view(doc.text, span, doc.furniture)
        parsed = nlp(view.text)
        for hit in rules.find(parsed, ["reference", "cue"], view.text, only=lambda r: r.id == rule_id):
            matched = parsed.char_span(hit.start, hit.end, alignment_mode="expand")
            if matched is None:
                continue
            sent = view.original_span(matched.sent.start_char, matched.sent.start_char + len(matched.sent.text.rstrip()))
            at = view.original_span(hit.start, hit.end)
            line_start = doc.text.rfind("\n", 0, at.start) + 1
            line_end = doc.text.find("\n", at.end)
            line = doc.text.count("\n", 0, at.start) + 1
            rule = hit.rule
            finding = Finding(
                rule.id,
                rule.spec.category,
                rule.spec.effect,
                rule.spec.message,
                doc.text[at.start : at.end],
                at.start,
                at.end,
                line,
                at.start - line_start + 1,
            )
            return Pointer(Span(max(sent.start, line_start), min(sent.end, len(doc.text) if line_end < 0 else line_end)), finding)
    return None


def answered_elsewhere(doc: Document, pointer: Span, warning: str = "the answer is not in this document: it says where it is") -> Document:
    """``doc`` (read as open) with the pointer sentence as the one answer part shared by every item."""
    part = AnswerPart(None, pointer, "grouped", tuple(it.id for it in doc.items))
    return replace(
        doc,
        answer_parts=(part,),
        alignments=align(doc.text, doc.items, (part,), doc.furniture),
        answer_span=pointer,
        open=False,
        warnings=(*(w for w in doc.warnings if w != OPEN_WARNING), warning),
    )


def refer_all(judgement: DocumentJudgement, pointer: Pointer, confidence: float, verdict: Verdict = "referred") -> DocumentJudgement:
    """Every item referred to the answer the document points to, with the pointer as its evidence: the pointer
    sentence is no answer text, so a word or a figure in it ("ontvangen op 12 maart") answers nothing. With
    ``verdict`` "declined": every item of a question closed without an answer, the closing line its evidence."""
    reason, code = (REASON, CODE) if verdict == "referred" else (CLOSED_REASON, CLOSED_CODE)
    items = []
    for j in judgement.items:
        asks = tuple(
            replace(a, verdict=verdict, reason=reason, expectation=None, findings=(pointer.finding,), sentences=(pointer.sentence,))
            for a in j.asks
        )
        items.append(replace(j, verdict=verdict, confidence=confidence, reason=reason, asks=asks, findings=(pointer.finding,), code=code))
    counts = dict.fromkeys(judgement.counts, 0)
    counts[verdict] = len(items)
    return replace(judgement, items=tuple(items), counts=counts, score=document_score(counts))
