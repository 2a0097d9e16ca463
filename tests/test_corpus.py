"""The real dev documents: item ids match the gold ids, and every span points into the original text."""

from __future__ import annotations

import json

import pytest

from analyzer.analyze import analyze
from analyzer.model import Document
from analyzer.read import read_path

from .helpers import CORPUS

DOCS = sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="module")
def analyzed() -> dict[str, Document]:
    return {p.stem: analyze(read_path(p)) for p in DOCS}


def test_the_corpus_is_there() -> None:
    assert len(DOCS) >= 40
    for p in DOCS:
        assert (CORPUS / f"{p.stem}.gold.json").exists(), p


def test_segmentation_matches_gold_ids(analyzed: dict[str, Document]) -> None:
    tp = n_pred = n_gold = 0
    misses: list[str] = []
    for name, doc in analyzed.items():
        gold = [i["id"] for i in json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))["items"]]
        pred = [i.id for i in doc.items]
        assert len(pred) == len(set(pred)), f"{name}: duplicate item ids {pred}"
        tp += len(set(gold) & set(pred))
        n_pred += len(pred)
        n_gold += len(gold)
        if set(gold) != set(pred):
            misses.append(f"{name}: missing {sorted(set(gold) - set(pred))} extra {sorted(set(pred) - set(gold))}")
    precision, recall = tp / n_pred, tp / n_gold
    assert precision >= 0.98 and recall >= 0.98, f"P {precision:.3f} R {recall:.3f}\n" + "\n".join(misses)


def test_every_span_is_exact_and_in_its_region(analyzed: dict[str, Document]) -> None:
    for name, doc in analyzed.items():
        assert doc.answer_span is not None
        for it in doc.items:
            assert doc.question_span.contains(it.span), (name, it.id)
            assert at_text(doc, it.span).strip() == at_text(doc, it.span), (name, it.id, "untrimmed item span")
            for ask in it.asks:
                assert it.span.contains(ask.span), (name, it.id, ask)
        for p in doc.answer_parts:
            assert doc.answer_span.contains(p.span), (name, p)
            assert not doc.question_span.contains(p.span) or doc.layout != "vlaams"


def test_every_item_is_aligned_or_says_why(analyzed: dict[str, Document]) -> None:
    unaligned = [(n, a.item_id) for n, d in analyzed.items() for a in d.alignments if not a.parts]
    # tk-ah-20242025-597 prints "Vraag 7" twice with one answer ("Antwoord 8"): the first 7 has none.
    # (tk-ah-20232024-1770 repeats "Vraag 2" per part: its stem 2 is answered by all its parts "2l", "2m" ...)
    assert unaligned == [("tk-ah-20242025-597", "7")]
    for d in analyzed.values():
        for a in d.alignments:
            assert (a.method == "none") == (not a.parts)


def test_furniture_never_reaches_item_text(analyzed: dict[str, Document]) -> None:
    from analyzer.clean import clean_view

    for name, doc in analyzed.items():
        for it in doc.items:
            clean = clean_view(doc.text, it.span, doc.furniture).text
            assert "ISSN 0921" not in clean and "ah-tk-" not in clean, (name, it.id)
            assert "Tweede Kamer, vergaderjaar" not in clean, (name, it.id)


def at_text(doc: Document, span: object) -> str:
    from analyzer.model import Span

    assert isinstance(span, Span)
    return doc.text[span.start : span.end]
