"""Documents first scored blind (tests/heldout/README.md): every item is found, in the document's own form
and with its whitespace collapsed; a question without an answer yet is open; what is not read yet is a
known gap, and never reported as an unanswered question."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import both_forms, gold_and_doc, gold_ids, gold_set

HELDOUT = Path(__file__).parent / "heldout"
NAMES = gold_set(HELDOUT)
# (name, collapsed?) not read yet: prose questions "Ten eerste ... Ten tweede ..." answered in a letter, collapsed
GAPS = {("05-nl-ten-eerste", True)}


def test_the_held_out_documents_are_there() -> None:
    assert len(NAMES) == 16


@pytest.mark.parametrize(("name", "flat"), both_forms(NAMES, GAPS))
def test_held_out_items_are_found(name: str, flat: bool) -> None:
    gold, doc = gold_and_doc(HELDOUT, name, flat)
    assert [i.id for i in doc.items] == gold_ids(gold)
    assert doc.open == bool(gold.get("open"))
