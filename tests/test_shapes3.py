"""The third blind layout set (tests/shapes3/README.md): every item is found, as written and with whitespace
collapsed, except the layouts not read yet, which are strict known gaps (a fix makes them fail until listed)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analyzer.segment import SegmentationError

from .helpers import doc_of

SHAPES3 = Path(__file__).parent / "shapes3"
NAMES = sorted(p.name.removesuffix(".gold.json") for p in SHAPES3.glob("*.gold.json"))
# (name, collapsed?) not read yet
GAPS = {
    ("02-wvl-provincieraad-bulletin", True),  # a request's dash list ends unpunctuated: collapsed, its line end is gone
    ("05-mst-jaarstukken-vraagnummer", False),  # "Vraagnummer 14-1" labels
    ("05-mst-jaarstukken-vraagnummer", True),
    ("07-tk-lijst-voetnoten", True),  # the committee's list once its line breaks are gone
    ("08-qrva-tweetalig", True),  # French lines are found per line: collapsed, there are none
    ("12-pdftotext-tabel-kolommen", True),  # two table columns side by side
}


def test_the_third_layout_set_is_there() -> None:
    assert len(NAMES) == 14


@pytest.mark.parametrize(
    ("name", "flat"),
    [
        pytest.param(n, f, marks=pytest.mark.xfail(strict=True, reason="known gap")) if (n, f) in GAPS else (n, f)
        for n in NAMES
        for f in (False, True)
    ],
)
def test_shapes3_items_are_found(name: str, flat: bool) -> None:
    gold = json.loads((SHAPES3 / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = (SHAPES3 / f"{name}.txt").read_text(encoding="utf-8")
    if flat:
        text = re.sub(r"\s+", " ", text).strip()
    try:
        doc = doc_of(text)
    except SegmentationError:
        pytest.fail("not segmented")
    assert [i.id for i in doc.items] == [str(i["id"]) for i in gold["items"]]
