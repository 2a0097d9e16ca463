"""The pipeline for one document: read -> segment -> align -> judge.

``analyze(raw)`` segments and aligns (no NLP); ``Analyzer`` adds the Dutch pipeline, the rule set
and the judge, built once and reused for every document of a batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .align import align
from .judge import DocumentJudgement, Judge, Params
from .metadata import extract
from .model import Document, RawDocument
from .nlp import PipelineInfo, get_pipeline
from .rules import RuleSet, load_rules
from .segment import segment


def analyze(raw: RawDocument) -> Document:
    seg = segment(raw)
    metadata = extract(raw.text, seg)
    alignments = align(raw.text, seg.items, seg.parts, seg.furniture)
    return Document(
        source=raw.source,
        text=raw.text,
        layout=seg.layout,
        metadata=metadata,
        items=seg.items,
        answer_parts=seg.parts,
        alignments=alignments,
        furniture=seg.furniture,
        question_span=seg.question_span,
        answer_span=seg.answer_span,
        warnings=raw.warnings + seg.warnings,
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
        return Result(doc, self.judge.judge(doc))
