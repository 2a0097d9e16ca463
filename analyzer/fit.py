"""Fit the numbers that combine the judge's signals, with cross-validation by document.

    python -m analyzer.fit DOCS_DIR [GOLD_DIR] [-o analyzer/data/judge.json]

The rules and the NLP run once per document; only the pure decision (``decide_ask`` and
``combine``) is repeated for every point of a small grid of ``Params``. The objective is the
macro-F1 over answered/partial/declined, with a heavy penalty when the precision of "declined"
falls below 0.92 on the documents fitted on (a false "declined" accuses a minister wrongly; the margin over
the 0.90 that must hold keeps it above 0.90 on documents left out).

Reported: the leave-one-document-out score (the parameters are chosen on the other documents and
applied to the held-out one) and, for reference only, the score of the final fit on all documents.
The data file records both; the README and the closing note quote the cross-validated one.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .analyze import analyze
from .evaluate import class_scores, gold_documents
from .judge import AskSignals, Judge, Params, Verdict, combine, decide_asks
from .judge.calibration import Calibration, reliability
from .nlp import get_pipeline
from .read import InputError
from .rules import RuleSet, load_rules
from .segment import SegmentationError

GRID: dict[str, tuple[float, ...]] = {
    "not_addressed": (0.05, 0.1, 0.15),
    "low_coverage": (0.1, 0.2, 0.3),
    "low_coverage_min_lemmas": (1, 2, 3),
    "implicit": (0.2, 0.3, 0.4, 0.5, 0.7),
    "implicit_other": (0.2, 0.35, 0.5),
    "decline_max_words": (60, 80, 120),
    "decline_max_sentence": (2, 3),
    "decline_lead_sentence": (0, 1),
    "lead_max_words": (120, 400),
    "answered_share": (0.67, 1.0),
    "many_asks": (3, 4, 99),
    "many_asks_coverage": (0.4, 0.6),  # (the reason says "covers little": it must be true)
    "check_breakdown": (0, 1),
    "check_period": (0, 1),
    "premise_is_the_no": (0, 1),
    "shared_cues_attributed": (0, 1),
    "none_answered_declines": (0, 1),
    "data_decline": (0, 1),
    "own_unaddressed": (0, 1),
    "unnumbered_unaddressed": (0, 1),
    "general_partial": (0, 1),
    "general_lead": (0, 1),
    "unaddressed_min_sentences": (2, 3, 5, 99),
    "unaddressed_coverage": (0.1, 0.2, 0.3, 0.5, 1.1),
}


def family(document: str) -> str:
    """The layout family of a corpus document, by its id: a fit tested on the other families says
    whether the numbers carry over to a kind of document they were not chosen on."""
    if document.startswith("gem-"):
        return "municipal"
    if document.startswith("vp-"):
        return "flemish"
    if document.startswith("tk-ah-"):
        return "tk-aanhangsel"
    return "tk-docx-export"


@dataclass(frozen=True)
class Case:
    document: str
    item: str
    gold: str
    asks: tuple[AskSignals, ...]
    empty: bool


def predict(case: Case, p: Params) -> Verdict:
    return decide(case, p)[0]


def decide(case: Case, p: Params) -> tuple[Verdict, str]:
    """The verdict and its calibration code."""
    if case.empty:
        return "declined", "declined/no-answer-text"
    decision = combine(list(zip(decide_asks(case.asks, p), case.asks, strict=True)), p)
    return decision.verdict, decision.code


def collect(docs: Path, gold_dir: Path, base: Params | None = None) -> list[Case]:
    nlp, info = get_pipeline()
    judge = Judge(nlp, RuleSet(load_rules(), nlp, info.has_pos), base or Params())
    cases: list[Case] = []
    for name, raw, gold_file in gold_documents(docs, gold_dir):
        if isinstance(raw, InputError):
            continue
        items = json.loads(gold_file.read_text(encoding="utf-8"))["items"]
        # (an item of a question not yet answered has no verdict: nothing to fit on)
        gold = {str(i["id"]): i["verdict"] for i in items if "verdict" in i}
        try:
            doc = analyze(raw)
        except SegmentationError as e:  # (a document the segmenter cannot read has no cases; say so)
            sys.stderr.write(f"{name}: skipped, {e}\n")
            continue
        for item, sig, joined, _hits, _followed in judge.signals(doc):
            if item.id in gold:
                cases.append(Case(name, item.id, gold[item.id], tuple(sig), not joined.text.strip()))
    return cases


def scores(pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Flat, unrounded scores for the search (the same computation as ``analyzer eval``)."""
    per, macro = class_scores(pairs)
    out: dict[str, float] = {"macro_f1": macro}
    for c, (prec, rec, f1, _n) in per.items():
        out[f"{c}_precision"], out[f"{c}_recall"], out[f"{c}_f1"] = prec, rec, f1
    return out


# The precision of "declined" the search holds on the documents it fits on. 0.90 must hold on documents
# left out; fitted at 0.90, the parameters chosen per fold let it slip to 0.875 under cross-validation.
DECLINED_FLOOR = 0.92


def objective(s: dict[str, float]) -> float:
    return s["macro_f1"] - 3.0 * max(0.0, DECLINED_FLOOR - s["declined_precision"])


def search(cases: list[Case], base: Params, rounds: int = 3) -> tuple[Params, float]:
    """Coordinate search: each parameter in turn takes the grid value that scores best, until stable."""
    p = base
    best = objective(scores([(c.gold, predict(c, p)) for c in cases]))
    for _ in range(rounds):
        changed = False
        for key, values in GRID.items():
            for v in values:
                cand = replace(p, **{key: type(getattr(p, key))(v)})
                if cand == p:
                    continue
                val = objective(scores([(c.gold, predict(c, cand)) for c in cases]))
                if val > best + 1e-9:
                    p, best, changed = cand, val, True
        if not changed:
            break
    return p, best


def fit(cases: list[Case], base: Params | None = None) -> dict[str, object]:
    start = base or Params()
    documents = sorted({c.document for c in cases})
    cv_pairs: list[tuple[str, str]] = []
    outcomes: list[tuple[str, str, str, bool]] = []  # (document, verdict, code, right?) on held-out documents
    for d in documents:
        train = [c for c in cases if c.document != d]
        p, _ = search(train, start)
        for c in cases:
            if c.document == d:
                verdict, code = decide(c, p)
                cv_pairs.append((c.gold, verdict))
                if c.gold != "referred" or verdict == "referred":
                    outcomes.append((d, verdict, code, verdict == c.gold))
    calibration = Calibration.from_outcomes((v, code, ok) for _, v, code, ok in outcomes)
    # is the calibration itself honest? each document's confidences from a table built without it
    nested: list[tuple[float, bool]] = []
    for d in documents:
        table = Calibration.from_outcomes((v, code, ok) for doc, v, code, ok in outcomes if doc != d)
        nested.extend((table.confidence(v, code), ok) for doc, v, code, ok in outcomes if doc == d)
    family_pairs: list[tuple[str, str]] = []
    by_family: dict[str, dict[str, float]] = {}
    for fam in sorted({family(d) for d in documents}):
        train = [c for c in cases if family(c.document) != fam]
        test = [c for c in cases if family(c.document) == fam]
        p, _ = search(train, start)
        pairs = [(c.gold, predict(c, p)) for c in test]
        family_pairs.extend(pairs)
        by_family[fam] = {k: round(v, 3) for k, v in scores(pairs).items() if k in ("macro_f1", "declined_precision")}
    final, _ = search(cases, start)
    train_pairs = [(c.gold, predict(c, final)) for c in cases]
    confusion = Counter(f"{g}->{p}" for g, p in cv_pairs)
    return {
        "params": final.as_dict(),
        "cross_validated": {k: round(v, 3) for k, v in scores(cv_pairs).items()} | {"confusion": dict(sorted(confusion.items()))},
        "training": {k: round(v, 3) for k, v in scores(train_pairs).items()},
        "calibration": calibration.as_dict(),
        "reliability": reliability(nested),
        "leave_one_family_out": {k: round(v, 3) for k, v in scores(family_pairs).items()} | {"families": by_family},
        "documents": len(documents),
        "items": len(cases),
        "grid": {k: list(v) for k, v in GRID.items()},
        "method": (
            "leave-one-document-out: for each document, a coordinate search over the grid on the other "
            "documents picks the parameters that score it; objective macro-F1 minus 3 x the shortfall of "
            f"declined precision under {DECLINED_FLOOR}; of the signal variants, the one whose worse objective (documents or "
            "families left out) is best"
        ),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analyzer.fit", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("docs", type=Path)
    ap.add_argument("gold", type=Path, nargs="?")
    ap.add_argument("-o", "--output", type=Path, help="write the fitted parameters here (e.g. analyzer/data/judge.json)")
    ap.add_argument(
        "--fix",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="hold a parameter of the grid at one value (repeatable; for experiments)",
    )
    a = ap.parse_args(argv)
    variants = {"attributed_scope": (2, 1, 0), "count_match": (1, 0)}
    held: dict[str, Any] = {}  # (each cast to its parameter's type)
    for fixed in a.fix:
        key, _, value = fixed.partition("=")
        if key not in GRID and key not in variants:
            ap.error(f"--fix {fixed}: not a parameter of the grid ({', '.join([*GRID, *variants])})")
        try:
            number = float(value)
        except ValueError:
            ap.error(f"--fix {fixed}: the value must be a number")
        if key in variants:
            if number not in variants[key]:
                ap.error(f"--fix {fixed}: {key} is one of {', '.join(str(v) for v in variants[key])}")
            variants[key] = (int(number),)
        else:
            held[key] = type(getattr(Params(), key))(number)
            GRID[key] = (held[key],)  # (the search starts there and has nothing else to try)
    result: dict[str, object] = {}
    best = -1e9
    # Choices that change the signals themselves (not only how they combine): the rules and the NLP run
    # again for each, and the cross-validated objective picks one.
    for scope, count_match in itertools.product(variants["attributed_scope"], variants["count_match"]):
        base = replace(Params(attributed_scope=scope, count_match=count_match), **held)
        candidate = fit(collect(a.docs, a.gold or a.docs, base), base)
        cv = candidate["cross_validated"]
        lofo = candidate["leave_one_family_out"]
        assert isinstance(cv, dict) and isinstance(lofo, dict)
        # a variant must hold on documents of a family it was not fitted on, not only on unseen documents
        value = min(objective(cv), objective(lofo))
        sys.stderr.write(
            f"attributed_scope={scope} count_match={count_match}: cross-validated macro-F1 {cv['macro_f1']}, "
            f"declined precision {cv['declined_precision']}; one family left out {lofo['macro_f1']}, {lofo['declined_precision']}\n"
        )
        if value > best:
            best, result = value, candidate
    text = json.dumps(result, indent=1, ensure_ascii=False) + "\n"
    if a.output:
        a.output.parent.mkdir(parents=True, exist_ok=True)
        a.output.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
