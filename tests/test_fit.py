"""The fit: parameters held with --fix stay where they are held, and the report says what it measured."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from analyzer.fit import GRID, main

from .helpers import CORPUS

SMALL = ("tk-ah-20232024-1999", "vp-2026-251", "tk-ah-20242025-581")


def test_fix_holds_a_parameter_and_a_signal_variant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("analyzer.fit.GRID", dict(GRID))  # (--fix narrows the grid of the process)
    for name in SMALL:
        for suffix in (".txt", ".gold.json"):
            shutil.copy(CORPUS / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    out = tmp_path / "judge.json"
    args = [str(tmp_path), "-o", str(out), "--fix", "attributed_scope=0", "--fix", "count_match=0", "--fix", "check_period=1"]
    assert main(args) == 0
    fitted = json.loads(out.read_text(encoding="utf-8"))
    assert fitted["params"]["check_period"] == 1.0 and fitted["params"]["attributed_scope"] == 0.0
    assert fitted["grid"]["check_period"] == [1.0]
    assert 0.0 <= fitted["cross_validated"]["macro_f1"] <= 1.0 and "families" in fitted["leave_one_family_out"]


def test_fix_of_an_unknown_parameter_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path), "--fix", "no_such_thing=1"])
    assert stop.value.code == 2


def test_fix_of_a_variant_outside_its_choices_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path), "--fix", "attributed_scope=5"])
    assert stop.value.code == 2


def test_collect_skips_open_items_and_unreadable_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A blind set holds questions not yet answered (gold items without a verdict) and documents the segmenter cannot
    read: the fit collects the rest instead of stopping on them, and says which document it skipped."""
    from analyzer.fit import collect

    shutil.copy(CORPUS / "vp-2026-251.txt", tmp_path / "vp-2026-251.txt")
    shutil.copy(CORPUS / "vp-2026-251.gold.json", tmp_path / "vp-2026-251.gold.json")
    (tmp_path / "open.txt").write_text("Vraag 1\nHoeveel kost het project?\n", encoding="utf-8")
    (tmp_path / "open.gold.json").write_text(json.dumps({"document": "open", "items": [{"id": "1", "status": "open"}]}), encoding="utf-8")
    (tmp_path / "prose.txt").write_text("Een tekst zonder vraag en zonder antwoord, alleen deze ene zin.\n", encoding="utf-8")
    (tmp_path / "prose.gold.json").write_text(
        json.dumps({"document": "prose", "items": [{"id": "1", "verdict": "answered"}]}), encoding="utf-8"
    )
    cases = collect(tmp_path, tmp_path)
    gold = json.loads((CORPUS / "vp-2026-251.gold.json").read_text(encoding="utf-8"))["items"]
    assert {c.document for c in cases} == {"vp-2026-251"}
    assert len(cases) == len(gold)
    assert "prose: skipped" in capsys.readouterr().err
