"""Documents first scored blind (tests/heldout/README.md): every item is found, in the document's own form
and with its whitespace collapsed; a question without an answer yet is open; what is not read yet is a
known gap, and never reported as an unanswered question."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analyzer.segment import SegmentationError

from .helpers import doc_of

HELDOUT = Path(__file__).parent / "heldout"
NAMES = sorted(p.name.removesuffix(".gold.json") for p in HELDOUT.glob("*.gold.json"))
# (name, collapsed?) not read yet: prose questions "Ten eerste ... Ten tweede ..." answered in a letter, collapsed
GAPS = {("05-nl-ten-eerste", True)}


def test_the_held_out_documents_are_there() -> None:
    assert len(NAMES) == 16


@pytest.mark.parametrize(
    ("name", "flat"),
    [
        pytest.param(n, f, marks=pytest.mark.xfail(strict=True, reason="known gap")) if (n, f) in GAPS else (n, f)
        for n in NAMES
        for f in (False, True)
    ],
)
def test_held_out_items_are_found(name: str, flat: bool) -> None:
    gold = json.loads((HELDOUT / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = (HELDOUT / f"{name}.txt").read_text(encoding="utf-8")
    if flat:
        text = re.sub(r"\s+", " ", text).strip()
    try:
        doc = doc_of(text)
    except SegmentationError:
        pytest.fail("not segmented")
    assert [i.id for i in doc.items] == [str(i["id"]) for i in gold["items"]]
    assert doc.open == bool(gold.get("open"))
