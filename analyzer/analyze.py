"""The pipeline for one document: read -> segment -> align -> judge.

``analyze(raw)`` segments and aligns (no NLP); ``Analyzer`` adds the Dutch pipeline, the rule set
and the judge, built once and reused for every document of a batch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .align import align, split_tail
from .clean import needs_plain, plain_spaces
from .judge import DocumentJudgement, Judge, Params
from .judge.elsewhere import CLOSED_CODE, CLOSED_RULE, CODE, answered_elsewhere, pointer_sentence, refer_all
from .metadata import extract, parse_date
from .model import VERDICTS, Document, Metadata, RawDocument
from .nlp import PipelineInfo, get_pipeline
from .read import looks_dutch
from .rules import RuleSet, load_rules
from .segment import SegmentationError, has_answer_line, segment, segment_unanswered, visible
from .segment.alternation import answer_prose


def _merge_metadata(found: Metadata, given: dict[str, str] | None) -> Metadata:
    """Metadata given with the input (a JSONL record's ``metadata``) wins over what the text states."""
    if not given:
        return found
    values: dict[str, object] = {}
    for name in ("parliament", "number", "asker", "asker_party", "respondent", "title", "question_number"):
        if given.get(name):
            values[name] = str(given[name])
    for name in ("question_date", "answer_date"):
        if given.get(name):
            parsed = _date(str(given[name]))
            if parsed is not None:
                values[name] = parsed
    return replace(found, **values)  # type: ignore[arg-type]


def _date(value: str) -> date | None:
    """A date given with the input: ISO ("2025-03-12"), a Dutch day-first number date ("12/03/2025", "12-3-2025",
    "12.03.2025", as a spreadsheet writes them), or written out ("12 maart 2025")."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    numeric = _DAY_FIRST.match(value.strip())
    if numeric is not None:
        try:
            return date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
        except ValueError:
            return None
    return parse_date(value)


_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")


def _unanswered(raw: RawDocument) -> bool:
    """Whether a document without answer parts is a question that has no answer yet: an empty answer
    (a JSONL record, a question/answer pair), or a text with questions and no line that opens an
    answer. A text with an answer the segmenter cannot read stays an error, never "open"."""
    if raw.split is not None:
        return not raw.text[raw.split :].strip()
    text = visible(raw.text)
    return "?" in text and not has_answer_line(text) and not answer_prose(text)


def analyze(raw: RawDocument) -> Document:
    """The document segmented and aligned; a no-break space reads as a space everywhere (labels, headings,
    furniture, cues) and a lone carriage return, a line separator or a vertical tab as a line break, one character for
    one, so offsets into the original text do not move."""
    unanswered = False
    if needs_plain(raw.text):
        raw = replace(raw, text=plain_spaces(raw.text))
    try:
        seg = segment(raw)
    except SegmentationError as exc:
        if exc.code != "no-answer" or not _unanswered(raw):
            raise
        # a question whose answer does not exist yet is open, not an error
        seg, unanswered = segment_unanswered(raw), True
    metadata = _merge_metadata(extract(raw.text, seg), raw.metadata)
    parts = split_tail(raw.text, seg.items, seg.parts, seg.furniture)
    alignments = align(raw.text, seg.items, parts, seg.furniture)
    return Document(
        source=raw.source,
        text=raw.text,
        layout=seg.layout,
        metadata=metadata,
        items=seg.items,
        answer_parts=parts,
        alignments=alignments,
        furniture=seg.furniture,
        question_span=seg.question_span,
        answer_span=seg.answer_span,
        warnings=raw.warnings + seg.warnings,
        answer_offset=raw.split,
        open=unanswered,
    )


@dataclass(frozen=True)
class Result:
    document: Document
    judgement: DocumentJudgement


class Analyzer:
    """Segments, aligns and judges documents with one pipeline and one rule set."""

    def __init__(self, model: str | None = None, rule_dirs: Sequence[Path] = (), params: Params | None = None) -> None:
        self.nlp, self.pipeline = get_pipeline(model)
        self.rules = RuleSet(load_rules(rule_dirs), self.nlp, self.pipeline.has_pos)
        self.judge = Judge(self.nlp, self.rules, params)

    @property
    def info(self) -> PipelineInfo:
        return self.pipeline

    def check(self, raw: RawDocument) -> Result:
        doc = analyze(raw)
        if doc.open:
            pointer = pointer_sentence(self.nlp, self.rules, doc)
            closed = None if pointer is not None else pointer_sentence(self.nlp, self.rules, doc, CLOSED_RULE)
            if closed is not None:  # closed without an answer: none will come
                doc = answered_elsewhere(doc, closed.sentence, "the question was closed without an answer")
                judged = self.judge.judge(doc)
                confidence = self.judge.calibration.confidence("declined", CLOSED_CODE)
                return Result(doc, refer_all(judged, closed, confidence, "declined"))
            if pointer is None:  # nothing to judge yet
                return Result(doc, DocumentJudgement((), dict.fromkeys(VERDICTS, 0), None))
            doc = answered_elsewhere(doc, pointer.sentence)  # the text says where its answer is
            judged = self.judge.judge(doc)
            return Result(doc, refer_all(judged, pointer, self.judge.calibration.confidence("referred", CODE)))
        judgement = self.judge.judge(doc)
        if not looks_dutch(raw.text):
            # the confidences were measured on Dutch documents; rules of Dutch words say little about another language
            halved = tuple(replace(j, confidence=round(j.confidence / 2, 3)) for j in judgement.items)
            judgement = replace(judgement, items=halved)
        return Result(doc, judgement)
