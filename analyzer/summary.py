"""Batch summaries: per respondent (minister) and per asker, worst first."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .model import VERDICTS


def group_key(name: str) -> str:
    """One key for the spellings of one person: case, "mede namens ...", the portfolio and spaces do not matter."""
    key = re.sub(r",?\s*mede\s+namens\b.*$", "", name, flags=re.I | re.S)
    key = re.sub(r"\([^)]*\)?", "", key)  # the portfolio in brackets varies between documents
    return re.sub(r"\s+", " ", key).strip(" ,").casefold()


def group_summaries(documents: Iterable[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """One row per value of ``metadata[key]`` (``respondent`` or ``asker``) over the analyzed documents.

    Each row: documents, items, the share of each verdict, the mean document score and the median
    days to answer. Sorted worst first: lowest mean score, then most declined.
    """
    groups: dict[str, dict[str, Any]] = {}
    for d in documents:
        if d.get("status") != "ok":
            continue
        name = d["metadata"].get(key) or "(unknown)"
        g = groups.setdefault(
            group_key(name), {"documents": 0, "counts": dict.fromkeys(VERDICTS, 0), "scores": [], "days": [], "names": Counter()}
        )
        g["names"][name] += 1
        g["documents"] += 1
        for it in d["items"]:
            if it.get("verdict") in g["counts"]:
                g["counts"][it["verdict"]] += 1
        score = (d.get("summary") or {}).get("score")
        if score is not None:
            g["scores"].append(score)
        days = d["metadata"].get("days_to_answer")
        if days is not None:
            g["days"].append(days)
    rows = []
    for g in groups.values():
        items = sum(g["counts"].values())
        rows.append(
            {
                "name": g["names"].most_common(1)[0][0],
                "documents": g["documents"],
                "items": items,
                "share": {v: round(n / items, 3) if items else 0.0 for v, n in g["counts"].items()},
                "mean_score": round(statistics.fmean(g["scores"]), 3) if g["scores"] else None,
                "median_days_to_answer": statistics.median(g["days"]) if g["days"] else None,
            }
        )
    rows.sort(key=lambda r: (r["mean_score"] if r["mean_score"] is not None else 2.0, -r["share"]["declined"], r["name"]))
    return rows
