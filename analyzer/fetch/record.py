"""A fetched written question: its texts and the metadata the service gave, as one frozen record.

The record is what the cache stores (one JSON object per document) and what ``analyzer fetch``
prints (one JSON line per document, in the JSONL shape ``analyzer check`` reads).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from ..model import RawDocument

Status = Literal["answered", "open"]


@dataclass(frozen=True)
class DelayNotice:
    """A notice that the answer comes later (Tweede Kamer: a "Mededeling (uitstel antwoord)")."""

    date: str | None
    title: str


@dataclass(frozen=True)
class FetchedDocument:
    """One written question as fetched. ``text`` holds the whole document when question and answer come
    in one file (a Flemish PDF, a Tweede Kamer answer with its questions); otherwise ``question`` and
    ``answer`` hold the two parts (an open question has an empty answer)."""

    ref: str  # "tk:2024Z18294", "vp:2022-2023/785"
    parliament: str
    number: str
    status: Status
    title: str | None = None
    asker: str | None = None
    asker_party: str | None = None
    respondent: str | None = None
    question_date: str | None = None  # ISO dates, as the service gave them
    answer_date: str | None = None
    text: str | None = field(default=None, repr=False)
    question: str | None = field(default=None, repr=False)
    answer: str | None = field(default=None, repr=False)
    delay_notices: tuple[DelayNotice, ...] = ()
    urls: tuple[str, ...] = ()  # where the texts came from
    fetched_at: str | None = None

    def days_since_asked(self, today: date | None = None) -> int | None:
        if self.status != "open" or not self.question_date:
            return None
        try:
            asked = date.fromisoformat(self.question_date[:10])
        except ValueError:
            return None
        days = ((today or date.today()) - asked).days
        return days if days >= 0 else None

    def metadata(self) -> dict[str, str]:
        values = {
            "parliament": self.parliament,
            "number": self.number,
            "title": self.title,
            "asker": self.asker,
            "asker_party": self.asker_party,
            "respondent": self.respondent,
            "question_date": self.question_date,
            "answer_date": self.answer_date,
        }
        return {k: v for k, v in values.items() if v}

    def warnings(self) -> tuple[str, ...]:
        return tuple(f"{self.ref}: answer delayed: {n.title}" + (f" ({n.date})" if n.date else "") for n in self.delay_notices)

    def raw(self) -> RawDocument:
        """The document for the analyzer, with the service's metadata (which wins over what the text says)."""
        if self.text is not None:
            return RawDocument(self.ref, self.text, None, self.warnings(), self.metadata())
        question = self.question or ""
        answer = self.answer or ""
        sep = "\n\n"
        return RawDocument(self.ref, question + sep + answer, len(question) + len(sep), self.warnings(), self.metadata())

    def as_json(self, today: date | None = None) -> dict[str, Any]:
        """The JSONL record: ``id``, ``text`` or ``question``/``answer``, ``metadata``, and what the fetch learned."""
        out: dict[str, Any] = {"id": self.ref}
        if self.text is not None:
            out["text"] = self.text
        else:
            out["question"] = self.question or ""
            out["answer"] = self.answer or ""
        out["metadata"] = self.metadata()
        out["status"] = self.status
        days = self.days_since_asked(today)
        if days is not None:
            out["days_since_asked"] = days
        out["delay_notices"] = [{"date": n.date, "title": n.title} for n in self.delay_notices]
        out["urls"] = list(self.urls)
        out["fetched_at"] = self.fetched_at
        return out

    def dumps(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False)

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> FetchedDocument:
        """The record back from :meth:`as_json` (the cache); a ``KeyError``/``TypeError``/``ValueError`` if it is not one."""
        md = value["metadata"]
        if not isinstance(md, dict):
            raise TypeError("metadata is not an object")
        status = value["status"]
        if status not in ("answered", "open"):
            raise ValueError(f"unknown status {status!r}")

        def opt(v: Any) -> str | None:
            if v is None:
                return None
            if not isinstance(v, str):
                raise TypeError(f"{v!r} is not a string")
            return v

        return cls(
            ref=str(value["id"]),
            parliament=str(md.get("parliament", "")),
            number=str(md.get("number", "")),
            status=status,
            title=opt(md.get("title")),
            asker=opt(md.get("asker")),
            asker_party=opt(md.get("asker_party")),
            respondent=opt(md.get("respondent")),
            question_date=opt(md.get("question_date")),
            answer_date=opt(md.get("answer_date")),
            text=opt(value.get("text")),
            question=opt(value.get("question")),
            answer=opt(value.get("answer")),
            delay_notices=tuple(DelayNotice(opt(n.get("date")), str(n["title"])) for n in value.get("delay_notices", [])),
            urls=tuple(str(u) for u in value.get("urls", [])),
            fetched_at=opt(value.get("fetched_at")),
        )
