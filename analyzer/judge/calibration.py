"""What a verdict's confidence means: the measured accuracy of the decision rule that gave it.

Every item verdict carries a code: the item-level rule and the ask-level rule that decided it
("answered/opener", "declined/early-decline", "partial/expectation-missing"). ``analyzer.fit``
records, for every code, how many items it decided and how many of those matched gold, on
documents the parameters were not chosen on (leave-one-document-out). A verdict's confidence is
that accuracy, shrunk toward the accuracy of its verdict class when the code is rare, so "0.85"
means "about 85 of 100 verdicts given this way were right on the development corpus".
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

PRIOR = 5.0  # weight of the class accuracy against a code's own count


@dataclass(frozen=True)
class Calibration:
    by_code: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # code -> (items, right)
    by_verdict: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # verdict -> (items, right)

    def confidence(self, verdict: str, code: str) -> float:
        n_v, right_v = self.by_verdict.get(verdict, (0, 0))
        parent = (right_v + PRIOR * 0.5) / (n_v + PRIOR)
        n, right = self.by_code.get(code, (0, 0))
        return round((right + PRIOR * parent) / (n + PRIOR), 2)

    @classmethod
    def from_outcomes(cls, outcomes: Iterable[tuple[str, str, bool]]) -> Calibration:
        """From (predicted verdict, code, right?) triples."""
        by_code: dict[str, list[int]] = {}
        by_verdict: dict[str, list[int]] = {}
        for verdict, code, right in outcomes:
            for table, key in ((by_code, code), (by_verdict, verdict)):
                row = table.setdefault(key, [0, 0])
                row[0] += 1
                row[1] += int(right)
        return cls({k: (a, b) for k, (a, b) in sorted(by_code.items())}, {k: (a, b) for k, (a, b) in sorted(by_verdict.items())})

    def as_dict(self) -> dict[str, dict[str, list[int]]]:
        return {"by_code": {k: list(v) for k, v in self.by_code.items()}, "by_verdict": {k: list(v) for k, v in self.by_verdict.items()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Calibration:
        def table(key: str) -> dict[str, tuple[int, int]]:
            raw = data.get(key)
            if not isinstance(raw, dict):
                return {}
            return {str(k): (int(v[0]), int(v[1])) for k, v in raw.items() if isinstance(v, list) and len(v) == 2}

        return cls(table("by_code"), table("by_verdict"))


def reliability(scored: Iterable[tuple[float, bool]], bands: tuple[float, ...] = (0.6, 0.8)) -> dict[str, dict[str, float]]:
    """Accuracy per confidence band ("<0.6", "0.6-0.8", ">=0.8"): does a higher confidence mean right more often?"""
    edges = (0.0, *bands, 1.01)
    names = [f"<{bands[0]}"] + [f"{a}-{b}" for a, b in itertools.pairwise(bands)] + [f">={bands[-1]}"]
    out: dict[str, dict[str, float]] = {}
    items = list(scored)
    for name, (lo, hi) in zip(names, itertools.pairwise(edges), strict=True):
        inside = [right for conf, right in items if lo <= conf < hi]
        out[name] = {"items": len(inside), "accuracy": round(sum(inside) / len(inside), 3) if inside else 0.0}
    return out
