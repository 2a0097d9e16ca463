"""What segmenting a document gives: the regions, items and answer parts, or a stable error."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import AnswerPart, Item, Layout, Span


class SegmentationError(Exception):
    """The document cannot be segmented (no question, no answer); ``code`` is stable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Segmentation:
    layout: Layout
    furniture: tuple[Span, ...]
    question_header: Span
    question_span: Span
    answer_header: Span | None
    answer_span: Span | None
    items: tuple[Item, ...]
    parts: tuple[AnswerPart, ...]
    warnings: tuple[str, ...] = ()
    signature: Span | None = None  # the asker's name (and party) closing the question, when it is signed
    speakers: tuple[Span, Span] | None = None  # who asks and who answers first, as speaker labels of a transcript


def unique_items(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    out = []
    for it in items:
        if it.id in seen:
            continue
        seen.add(it.id)
        out.append(it)
    return out
