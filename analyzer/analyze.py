"""The pipeline for one document: segment, extract metadata, align. (Judging comes next.)"""

from __future__ import annotations

from .align import align
from .metadata import extract
from .model import Document, RawDocument
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
