"""Was the answer on time? Days to answer against the answering term of each body.

The terms live in a small table, ``analyzer/data/deadlines.json``, one entry per parliament as the
metadata names it, each with its rule and its public source; ``--deadlines FILE`` adds or replaces
entries. Working days are Monday to Friday; public holidays are not known to the tool, so a
"working days" term can come out a day or two strict around holidays (the report says so).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any


class DeadlineError(ValueError):
    """A deadlines table that cannot be read: the file and the entry are named."""


@dataclass(frozen=True)
class Deadline:
    within: int
    unit: str  # "days" | "working_days"
    extended: int | None  # the term after a notice of delay, where the rules allow one
    rule: str
    source: str

    def due(self, asked: date, days: int | None = None) -> date:
        n = self.within if days is None else days
        if self.unit == "working_days":
            d = asked
            while n > 0:
                d += timedelta(days=1)
                if d.weekday() < 5:
                    n -= 1
            return d
        return asked + timedelta(days=n)


def _parse(data: Any, origin: str) -> dict[str, Deadline]:
    if not isinstance(data, dict):
        raise DeadlineError(f"{origin}: expected an object of parliament -> term")
    out: dict[str, Deadline] = {}
    for body, entry in data.items():
        try:
            unit = str(entry.get("unit", "days"))
            if unit not in ("days", "working_days"):
                raise ValueError(f"unit must be days or working_days, not {unit!r}")
            extended = entry.get("extended")
            out[str(body)] = Deadline(
                int(entry["within"]),
                unit,
                None if extended is None else int(extended),
                str(entry.get("rule", "")),
                str(entry.get("source", "")),
            )
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise DeadlineError(f"{origin}: entry {body!r}: {exc}") from None
    return out


@functools.cache
def _built_in() -> dict[str, Deadline]:
    return _parse(json.loads(resources.files("analyzer").joinpath("data/deadlines.json").read_text(encoding="utf-8")), "deadlines.json")


def load_deadlines(extra: Path | None = None) -> dict[str, Deadline]:
    """The built-in terms, with the entries of ``extra`` (a JSON file of the same shape) added or replacing."""
    table = dict(_built_in())
    if extra is not None:
        try:
            data = json.loads(extra.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DeadlineError(f"{extra}: {exc}") from None
        table |= _parse(data, str(extra))
    return table


def _term(table: dict[str, Deadline], parliament: str) -> Deadline | None:
    """The term of a body by its name as given, or by a shorter or longer form of it ("Tweede Kamer" as a
    fetched record names it, "Tweede Kamer der Staten-Generaal" as the Aanhangsel does)."""
    if not parliament:
        return None
    if parliament in table:
        return table[parliament]
    p = parliament.casefold()
    return next((d for k, d in table.items() if k.casefold().startswith(p) or p.startswith(k.casefold())), None)


def timeliness(
    metadata: dict[str, Any], table: dict[str, Deadline], today: date | None = None, unanswered: bool = False
) -> dict[str, Any] | None:
    """Due date and lateness of one document, or None when the body's term or the question date is not known.

    An answered question is ``late`` when it came after the term; ``late_even_with_notice`` when it
    came after the extended term too; without an answer date both are None. An open question
    (``unanswered``) is ``overdue`` when the term has passed today.
    """
    deadline = _term(table, str(metadata.get("parliament") or ""))
    asked = metadata.get("question_date")
    if deadline is None or not asked:
        return None
    asked_on = date.fromisoformat(asked)
    due = deadline.due(asked_on)
    out: dict[str, Any] = {
        "due": due.isoformat(),
        "term": f"{deadline.within} {deadline.unit.replace('_', ' ')}",
        "extended_due": None if deadline.extended is None else deadline.due(asked_on, deadline.extended).isoformat(),
        "rule": deadline.rule,
        "source": deadline.source,
    }
    answered = metadata.get("answer_date")
    if answered:
        answered_on = date.fromisoformat(answered)
        out["late"] = answered_on > due
        out["days_late"] = max(0, (answered_on - due).days)
        out["late_even_with_notice"] = None if deadline.extended is None else answered_on > deadline.due(asked_on, deadline.extended)
    else:
        out["late"] = None
        out["days_late"] = None
        out["late_even_with_notice"] = None
        if unanswered:
            out["overdue"] = (today or date.today()) > due
    return out


def describe(t: dict[str, Any] | None) -> str | None:
    """``late: 5 days past 2024-11-13 (term 21 days); within the term after a notice of delay``, ``on time``;
    None when the term or a date is not known."""
    if not t or t.get("late") is None:
        return None
    if not t["late"]:
        return f"on time (term {t['term']})"
    text = f"late: {t['days_late']} days past {t['due']} (term {t['term']})"
    if t.get("late_even_with_notice") is False:
        text += f"; within the term after a notice of delay ({t['extended_due']})"
    elif t.get("late_even_with_notice"):
        text += ", even after a notice of delay"
    return text


__all__ = ["Deadline", "DeadlineError", "describe", "load_deadlines", "timeliness"]
