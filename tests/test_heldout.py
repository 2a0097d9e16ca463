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


def test_a_grouped_answer_number_inside_a_collapsed_line_keeps_its_answer() -> None:
    # "Antwoord (Ontvangen 4 februari 1998) 1 en 2 Ja. Het tracédeel ..." with the line breaks lost: "1 en 2" after the
    # bracket is the grouped label, as it is at a line start (before: no answer part, items 1 and 2 without answer text,
    # 1 declined for it)
    _gold, doc = gold_and_doc(HELDOUT, "03-tk-aanhangsel-1998", True)
    aligned = {a.item_id: a for a in doc.alignments}
    assert aligned["1"].method == aligned["2"].method == "grouped"
    assert aligned["1"].parts == aligned["2"].parts and aligned["1"].parts
