"""Real documents labelled blind (tests/blindreal/README.md): every item is found, as written and with
whitespace collapsed, and the verdicts stay above floors that only ever go up."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from analyzer.cli import main
from analyzer.segment import SegmentationError

from .helpers import doc_of

BLIND = Path(__file__).parent / "blindreal"
NAMES = sorted(p.name.removesuffix(".gold.json") for p in BLIND.glob("*.gold.json"))
# (name, collapsed?) not read yet
GAPS: set[tuple[str, bool]] = set()
# measured 0.752 / 0.857 after the fixes written from these documents (0.654 / 0.667 blind)
MACRO_F1_FLOOR = 0.75
DECLINED_PRECISION_FLOOR = 0.85


@pytest.mark.parametrize(
    ("name", "flat"),
    [
        pytest.param(n, f, marks=pytest.mark.xfail(strict=True, reason="known gap")) if (n, f) in GAPS else (n, f)
        for n in NAMES
        for f in (False, True)
    ],
)
def test_blind_real_items_are_found(name: str, flat: bool) -> None:
    gold = json.loads((BLIND / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = (BLIND / f"{name}.txt").read_text(encoding="utf-8")
    if flat:
        text = re.sub(r"\s+", " ", text).strip()
    try:
        doc = doc_of(text)
    except SegmentationError:
        pytest.fail("not segmented")
    assert [i.id for i in doc.items] == [str(i["id"]) for i in gold["items"]]


def test_blind_real_verdicts_meet_the_floors() -> None:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["eval", str(BLIND), "--format", "json"]) == 0
    report = json.loads(buf.getvalue())
    assert report["documents"] == 7 and report["items"] == 49 and report["errors"] == []
    assert report["macro_f1"] >= MACRO_F1_FLOOR
    assert report["declined_precision"] >= DECLINED_PRECISION_FLOOR
