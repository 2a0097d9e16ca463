"""Report language (``--lang nl``, the default, and ``--lang en``) and the spreadsheet report (``--format xlsx``)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from analyzer import explain
from analyzer.cli import main
from analyzer.explain import MESSAGES
from analyzer.i18n import REASONS, TAILS, WORDS, ask_reason, item_reason, localized
from analyzer.report_flat import COLUMNS, csv_header, csv_lines, rows
from analyzer.report_html import render as render_html
from analyzer.report_rich import render_document, render_summary

from .helpers import CORPUS

ROOT = Path(__file__).parent.parent
SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # sources in the snapshots are relative paths


def _json(*argv: str) -> dict[str, Any]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["check", *argv, "--format", "json"]) == 0
    report: dict[str, Any] = json.loads(buf.getvalue())
    return report


@pytest.fixture(scope="module")
def dev() -> dict[str, Any]:
    """The JSON report of the whole development corpus."""
    return _json(*map(str, sorted(CORPUS.glob("*.txt"))), *map(str, sorted(CORPUS.glob("*.jsonl"))))


def _english_phrases() -> list[str]:
    """The English fixed pieces of the reasons in the table (the text between slots), long enough to be unmistakable."""
    pieces = [en for en, _ in REASONS] + [x for x in TAILS if x] + list(MESSAGES.values()) + list(WORDS["en"].values())
    out = {p.strip(" ;:,()") for piece in pieces for p in re.split(r"\{\w+\}", piece)}
    return sorted(p for p in out if len(p) >= 12)


def _rich(report: dict[str, Any], lang: str) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=120, force_terminal=False)
    render_summary(console, report, lang=lang)  # type: ignore[arg-type]
    for d in report["documents"]:
        render_document(console, d, report["tool"].get("pipeline"), True, lang)  # type: ignore[arg-type]
    return buf.getvalue()


def _csv(report: dict[str, Any], lang: str) -> str:
    return csv_header() + "".join(line for d in report["documents"] for line in csv_lines(d, None, lang))  # type: ignore[arg-type]


def test_dutch_reports_of_the_dev_corpus_leave_no_english_reason(dev: dict[str, Any]) -> None:
    """With --lang nl every reason a reader sees on the whole dev corpus is Dutch: none of the table's English phrases remains."""
    phrases = _english_phrases()
    assert "the answer gives what is asked" in phrases and "next to other content" in phrases and len(phrases) > 40
    outputs = {"rich": _rich(dev, "nl"), "html": render_html(dev, "nl"), "csv": _csv(dev, "nl")}
    for fmt, text in outputs.items():
        left = [p for p in phrases if p in text]
        assert not left, f"{fmt}: English reason phrases left: {left[:5]}"
    # ... and it says the same: one Dutch verdict per English one, the rule's own Dutch message as the reason
    items = [it for d in dev["documents"] if d["status"] == "ok" for it in d["items"]]
    declined = sum(it["verdict"] == "declined" for it in items)
    table = [r for d in dev["documents"] for r in rows(d, None, "nl")]
    assert declined > 10 and sum(r["verdict"] == "geweigerd" for r in table) == declined
    assert "Geen gegevens: niet gemonitord, niet geregistreerd of niet bijgehouden (het antwoord begint ermee)" in outputs["rich"]
    assert "Open gebleven:" in outputs["rich"] and "Per bewindspersoon" in outputs["rich"]
    assert '<html lang="nl">' in outputs["html"] and ">geweigerd</span>" in outputs["html"]


def test_english_reproduces_the_json_reasons(dev: dict[str, Any]) -> None:
    """--lang en shows the JSON's own reasons; the composition the Dutch reasons are made with gives exactly them in English."""
    for d in dev["documents"]:
        assert localized(d, "en") is d
        assert list(rows(d, None, "en")) == list(rows(d))
        for it in d["items"]:
            assert item_reason(it, "en") == it.get("reason")
            if it.get("reason") is not None and any(a.get("verdict") for a in it["asks"]):
                assert explain.item_reason(it, "", "en") == it["reason"]
            for a in it["asks"]:
                assert ask_reason(a, "en") == a.get("reason")


def test_json_and_jsonl_do_not_depend_on_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    outputs = {}
    for fmt in ("json", "jsonl"):
        for lang in ("nl", "en"):
            assert main(["check", "examples/vp-785-2023.txt", "--format", fmt, "--lang", lang]) == 0
            outputs[fmt, lang] = capsys.readouterr().out
    assert outputs["json", "nl"] == outputs["json", "en"] == (SNAPSHOTS / "seed.json").read_bytes().decode("utf-8")
    assert outputs["jsonl", "nl"] == outputs["jsonl", "en"] and '"verdict": "declined"' in outputs["jsonl", "nl"]


def test_dutch_rich_report_snapshot(tmp_path: Path) -> None:
    """Dutch is the default: verdicts, reasons and headings; the documents' text and the draft are as they are."""
    target = tmp_path / "report.txt"
    assert main(["check", "examples/vp-785-2023.txt", "--follow-up", "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert "┃ oordeel " in text and "│ geweigerd " in text and "Open gebleven:" in text and "Vervolgvraag (concept)" in text
    assert "niet behandeld: niets in het gezamenlijke antwoord gaat op deze deelvraag in" in text
    assert "declined" not in text.replace("declined.", "")  # a rule id keeps its name
    path = SNAPSHOTS / "seed.nl.rich.txt"
    if os.environ.get("ANALYZER_UPDATE_SNAPSHOTS") or not path.exists():
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8"), "seed.nl.rich.txt changed; if intended, rerun with ANALYZER_UPDATE_SNAPSHOTS=1"


def test_dutch_csv_keeps_its_column_names_and_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "examples/vp-785-2023.txt", "--format", "csv"]) == 0
    nl = capsys.readouterr().out
    assert nl.splitlines()[0] == ",".join(COLUMNS) and ",geweigerd," in nl and "deelvraag" in nl
    assert main(["check", "examples/vp-785-2023.txt", "--format", "csv", "--lang", "en"]) == 0
    assert capsys.readouterr().out == (SNAPSHOTS / "seed.csv").read_bytes().decode("utf-8")


# --- xlsx -------------------------------------------------------------------------------------


def _batch(tmp_path: Path) -> Path:
    src = tmp_path / "docs"
    src.mkdir()
    for name in ("vp-785-2023", "tk-ah-20242025-581", "tk-ah-20242025-575"):
        shutil.copy(CORPUS / f"{name}.txt", src / f"{name}.txt")
    record = {
        "id": "formula",
        "question": "1. Hoeveel fietsen zijn er gestolen?",
        "answer": "1. Er werden 12 fietsen gestolen.",
        "metadata": {"title": '=HYPERLINK("http://x")', "asker": "@iemand"},
    }
    (src / "export.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return src


def test_xlsx_has_an_items_sheet_and_one_per_summary(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    src = _batch(tmp_path)
    target = tmp_path / "report.xlsx"
    assert main(["check", str(src), "-o", str(target)]) == 0  # -o *.xlsx: xlsx without --format
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "report.xlsx"]  # no temporary file left
    wb = load_workbook(target, read_only=True)
    assert wb.sheetnames == ["items", "respondent", "department", "party", "asker", "period"]
    table = [list(r) for r in wb["items"].iter_rows(values_only=True)]
    assert table[0] == list(COLUMNS)
    report = _json(str(src))
    assert len(table) - 1 == sum(len(d["items"]) for d in report["documents"])
    col = {c: k for k, c in enumerate(COLUMNS)}
    formula = [r for r in table[1:] if r[col["document"]] == "export#formula"]
    assert formula and formula[0][col["title"]] == '\'=HYPERLINK("http://x")' and formula[0][col["asker"]] == "'@iemand"
    assert not any(isinstance(c, str) and c.startswith(("=", "+", "-", "@")) for r in table for c in r)
    assert {r[col["verdict"]] for r in table[1:]} <= {"beantwoord", "gedeeltelijk", "geweigerd", "doorverwezen"}
    assert isinstance(table[1][col["confidence"]], float)  # numbers stay numbers
    respondents = [list(r) for r in wb["respondent"].iter_rows(values_only=True)]
    assert respondents[0][:3] == ["rank", "name", "departments"]
    assert "Veldkamp (minister)" in [r[1] for r in respondents[1:]]
    assert len(respondents) - 1 == len(report["summary"]["by_respondent"])


def test_xlsx_is_refused_on_stdout_and_without_openpyxl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "examples/vp-785-2023.txt", "--format", "xlsx"])
    assert exc.value.code == 2 and "give -o FILE.xlsx" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as if the extra were not installed
    target = tmp_path / "r.xlsx"
    assert main(["check", "examples/vp-785-2023.txt", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'analyzer[xlsx]'" in err and not target.exists()
