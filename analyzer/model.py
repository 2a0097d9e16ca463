"""The document model: frozen dataclasses, every span an offset pair into the original text.

Data flow: read (``RawDocument``) -> segment (``Item``, ``AnswerPart``) -> align (``Alignment``)
-> judge -> report.  Nothing here copies text: a span is ``(start, end)`` and
``document.text[start:end]`` is always exactly the span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

Layout = Literal["vlaams", "tk-aanhangsel", "tk-antwoord", "interleaved", "restated", "unknown"]
AskKind = Literal["question", "request", "conditional"]
# What a conditional ask depends on: the yes ("Zo ja, ..."), the no ("Zo nee, waarom niet?") of the ask before it,
# or a state of affairs ("Indien blijkt dat ...", "... als de regeling wordt verlengd?").
AskCondition = Literal["yes", "no", "if"]
PartKind = Literal["numbered", "grouped", "lettered", "interleaved", "preamble", "unnumbered"]
Verdict = Literal["answered", "partial", "declined", "referred"]
VERDICTS: tuple[Verdict, ...] = ("answered", "partial", "declined", "referred")
# The document score: what share of the questions was answered, counting every judged item. A referred
# item (the answer only points to a text outside the document) counts as not answered here, so a
# document that refers most items elsewhere cannot score 1.00.
SCORE_WEIGHTS: dict[str, float] = {"answered": 1.0, "partial": 0.5, "declined": 0.0, "referred": 0.0}


def document_score(counts: dict[str, int]) -> float | None:
    """``(answered + 0.5 × partial) / items`` over all judged items, referred ones included; None without items."""
    total = sum(counts.get(v, 0) for v in SCORE_WEIGHTS)
    if not total:
        return None
    return round(sum(SCORE_WEIGHTS[v] * counts.get(v, 0) for v in SCORE_WEIGHTS) / total, 3)


AlignMethod = Literal["number", "letter", "grouped", "interleaved", "similarity", "unnumbered", "none"]


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span ({self.start}, {self.end})")

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class RawDocument:
    """What the reader hands to the segmenter: the text exactly as read, and where it came from.

    ``split`` is set when question and answer came from two files: the offset where the answer
    text starts in ``text``. ``metadata`` is what the input carried about the document (the
    ``metadata`` object of a JSONL record), values as strings.
    """

    source: str
    text: str
    split: int | None = None
    warnings: tuple[str, ...] = ()
    metadata: dict[str, str] | None = field(default=None, hash=False, compare=False)


@dataclass(frozen=True)
class Metadata:
    parliament: str | None = None
    number: str | None = None
    question_date: date | None = None
    answer_date: date | None = None
    asker: str | None = None
    asker_party: str | None = None
    respondent: str | None = None
    title: str | None = None
    question_number: str | None = None  # the question's own number (Flemish "nr. 785", the Kamer's "2024Z14814")

    @property
    def days_to_answer(self) -> int | None:
        if self.question_date is None or self.answer_date is None:
            return None
        return (self.answer_date - self.question_date).days


@dataclass(frozen=True)
class Ask:
    """One thing an item asks for: an interrogative sentence, a request or a conditional follow-up."""

    span: Span
    kind: AskKind
    condition: AskCondition | None = None


@dataclass(frozen=True)
class Item:
    """One numbered (or lettered) unit of the question, as GUIDE.md defines it."""

    id: str
    label: Span | None
    span: Span
    asks: tuple[Ask, ...]
    number: int | None = None
    letter: str | None = None


@dataclass(frozen=True)
class AnswerPart:
    """A stretch of answer text and the question labels it claims to answer (``covers``)."""

    label: Span | None
    span: Span
    kind: PartKind
    covers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    """An in-document cross-reference ("Zie antwoord 2") and the answer parts it resolves to."""

    span: Span
    targets: tuple[str, ...]
    parts: tuple[int, ...]

    @property
    def resolved(self) -> bool:
        return bool(self.parts)


@dataclass(frozen=True)
class Alignment:
    """Which answer parts respond to one item, how that was decided, and how sure it is."""

    item_id: str
    parts: tuple[int, ...]
    method: AlignMethod
    score: float
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class Document:
    source: str
    text: str
    layout: Layout
    metadata: Metadata
    items: tuple[Item, ...]
    answer_parts: tuple[AnswerPart, ...]
    alignments: tuple[Alignment, ...]
    furniture: tuple[Span, ...]
    question_span: Span
    answer_span: Span | None
    warnings: tuple[str, ...] = field(default=())
    answer_offset: int | None = None  # question/answer pair: where the answer file starts in ``text``
    open: bool = False  # the question has no answer yet: items, no answer text, no verdicts

    def alignment(self, item_id: str) -> Alignment:
        return self._alignment_of[item_id]  # KeyError for an unknown item, as before

    @cached_property
    def _alignment_of(self) -> dict[str, Alignment]:
        """The alignments by item id (the first of an id), built once: a document of thousands of items asks for each."""
        out: dict[str, Alignment] = {}
        for a in self.alignments:
            out.setdefault(a.item_id, a)
        return out
