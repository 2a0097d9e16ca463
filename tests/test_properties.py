"""Properties over arbitrary text: segmentation either works or says why, and spans stay exact."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.analyze import analyze
from analyzer.model import RawDocument
from analyzer.resources import rules_dir
from analyzer.segment import SegmentationError

from .helpers import CORPUS

PIECES = st.sampled_from(
    [
        "Vraag 1\n",
        "Vraag 2 en 3\n",
        "Antwoord\n",
        "Antwoord 2\n",
        "1. ",
        "2.\n",
        "a) ",
        "b)",
        " ANTWOORD \n",
        "op vraag nr. 12 van 3 juli 2023\n",
        "Klopt het? ",
        "Zo ja, waarom? ",
        "Nee.",
        "Zie antwoord 1. ",
        "individu-\neel ",
        "\x0c",
        "\n\n",
        "ah-tk-20242025-581\n",
        "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1",
        "Graag een overzicht.",
        "tekst ",
        "\r\n",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join))
def test_segmentation_never_crashes_and_spans_are_exact(text: str) -> None:
    try:
        doc = analyze(RawDocument("<prop>", text))
    except SegmentationError as exc:
        assert exc.code in {"empty", "no-answer", "no-question"}
        return
    ids = [it.id for it in doc.items]
    assert len(ids) == len(set(ids))
    for it in doc.items:
        assert 0 <= it.span.start <= it.span.end <= len(text)
        for ask in it.asks:
            assert it.span.start <= ask.span.start <= ask.span.end <= it.span.end
    for p in doc.answer_parts:
        assert 0 <= p.span.start <= p.span.end <= len(text)
    for a in doc.alignments:
        assert all(0 <= j < len(doc.answer_parts) for j in a.parts)
        assert 0.0 <= a.score <= 1.0


def test_corpus_documents_survive_truncation() -> None:
    """Every prefix cut of a real document is analyzed or refused with a reason, never a crash."""
    text = (CORPUS / "tk-ah-20242025-581.txt").read_text(encoding="utf-8")
    for cut in range(0, len(text), 97):
        with contextlib.suppress(SegmentationError):
            analyze(RawDocument("<cut>", text[:cut]))


def test_built_in_rules_directory_is_found() -> None:
    assert rules_dir().joinpath("declined").joinpath("no-data.yml").is_file()
