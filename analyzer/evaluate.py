"""Scoring verdicts against gold labels (the format and the cut of ``GUIDE.md``).

Items are matched by id. A gold item the analyzer does not produce counts as a wrong verdict
("missing"); an item gold does not have counts against segmentation precision. Macro-F1 is over
answered, partial and declined; referred is scored on its own; the precision of "declined" is
reported on its own because a false "declined" accuses a minister wrongly.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .judge.calibration import reliability
from .model import RawDocument
from .read import InputError, read_jsonl, read_path

CLASSES: tuple[str, ...] = ("answered", "partial", "declined")
ALL_CLASSES: tuple[str, ...] = (*CLASSES, "referred")


@dataclass
class Evaluation:
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (gold, predicted or "missing")
    seg_tp: int = 0
    seg_pred: int = 0
    seg_gold: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)
    scored: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, right) per judged gold item
    disagreements: list[dict[str, Any]] = field(default_factory=list)

    def add(
        self,
        gold: dict[str, str],
        predicted: dict[str, str | None],
        confidence: dict[str, float | None] | None = None,
        document: str = "",
    ) -> None:
        self.documents += 1
        self.seg_gold += len(gold)
        self.seg_pred += len(predicted)
        self.seg_tp += len(set(gold) & set(predicted))
        for item_id, g in gold.items():
            p = predicted.get(item_id) or "missing"
            self.pairs.append((g, p))
            conf = (confidence or {}).get(item_id)
            if conf is not None:
                self.scored.append((conf, g == p))
            if g != p:
                self.disagreements.append({"document": document, "item": item_id, "gold": g, "predicted": p, "confidence": conf})

    def metrics(self) -> dict[str, Any]:
        return metrics(self.pairs) | {
            "segmentation": {
                "precision": _ratio(self.seg_tp, self.seg_pred),
                "recall": _ratio(self.seg_tp, self.seg_gold),
            },
            "documents": self.documents,
            "items": len(self.pairs),
            "errors": list(self.errors),
            # accuracy per confidence band on these documents: does a higher confidence mean right more often?
            "reliability": reliability(self.scored),
            "disagreements": list(self.disagreements),
        }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def class_scores(pairs: Sequence[tuple[str, str]]) -> tuple[dict[str, tuple[float, float, float, int]], float]:
    """Unrounded (precision, recall, F1, support) per verdict, and the macro-F1 over answered/partial/declined."""
    per: dict[str, tuple[float, float, float, int]] = {}
    for c in ALL_CLASSES:
        tp = sum(1 for g, p in pairs if g == c and p == c)
        fp = sum(1 for g, p in pairs if g != c and p == c)
        fn = sum(1 for g, p in pairs if g == c and p != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[c] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0, tp + fn)
    return per, sum(per[c][2] for c in CLASSES) / len(CLASSES)


def metrics(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    per, macro = class_scores(pairs)
    out: dict[str, Any] = {
        "classes": {
            c: {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": n} for c, (p, r, f, n) in per.items()
        }
    }
    out["macro_f1"] = round(macro, 3)
    out["declined_precision"] = out["classes"]["declined"]["precision"]
    out["referred"] = {k: out["classes"]["referred"][k] for k in ("precision", "recall")}
    scored = [(g, p) for g, p in pairs if g in CLASSES]
    out["accuracy"] = round(sum(g == p for g, p in scored) / len(scored), 3) if scored else 0.0
    out["confusion"] = {f"{g}->{p}": n for (g, p), n in sorted(Counter(pairs).items())}
    return out


def read_gold(path: Path) -> dict[str, str]:
    """Item id -> verdict from a gold file; a malformed file raises ValueError naming the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data["items"]
        gold = {str(i["id"]): str(i["verdict"]) for i in items}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f'{path}: not a gold file (expected {{"items": [{{"id", "verdict"}}]}}): {exc!r}') from None
    bad = sorted({v for v in gold.values() if v not in ALL_CLASSES})
    if bad:
        raise ValueError(f"{path}: unknown verdicts {bad}; allowed: {', '.join(ALL_CLASSES)}")
    return gold


def gold_files(docs: Path, gold_dir: Path) -> list[tuple[Path, Path]]:
    """(document, gold file) pairs: every ``<id>.gold.json`` in ``gold_dir`` with ``<id>.txt`` in ``docs``."""
    out = []
    for g in sorted(gold_dir.glob("*.gold.json")):
        doc = docs / (g.name.removesuffix(".gold.json") + ".txt")
        if doc.exists():
            out.append((doc, g))
    return out


def gold_documents(docs: Path, gold_dir: Path) -> Iterator[tuple[str, RawDocument | InputError, Path]]:
    """(id, document or why it cannot be read, gold file) for every document with a gold file.

    Documents are ``docs/<id>.txt`` and the records of every ``docs/*.jsonl`` (matched by their
    ``id``), as ``../shared/tools/score.py`` reads them.
    """
    for doc, g in gold_files(docs, gold_dir):
        try:
            yield doc.stem, read_path(doc), g
        except InputError as exc:
            yield doc.stem, exc, g
    for jsonl in sorted(docs.glob("*.jsonl")):
        for raw in read_jsonl(jsonl):
            if isinstance(raw, tuple):
                continue  # a record that cannot be read has no id to match a gold file by
            ident = raw.source.rsplit("#", 1)[-1]
            g = gold_dir / f"{ident}.gold.json"
            if g.exists():
                yield ident, raw, g
