"""The streamed JSON report is byte for byte the report that ``json.dumps`` writes at once."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from analyzer.analyze import Analyzer
from analyzer.batch import analyze_raw
from analyzer.model import RawDocument
from analyzer.report_json import JsonReportStream, report_json, summary_json, summary_view

CORPUS = Path(__file__).parent / "corpus"
ANALYZER = Analyzer()


@pytest.fixture(scope="module")
def documents() -> list[dict[str, Any]]:
    docs = [analyze_raw(ANALYZER, RawDocument(p.name, p.read_text(encoding="utf-8")))[0] for p in sorted(CORPUS.glob("*.txt"))[:6]]
    docs.append({"source": "broken.txt", "status": "error", "error": {"code": "no-answer", "message": 'x\ny "z" é'}, "items": []})
    return docs


@pytest.mark.parametrize("count", [0, 1, 2, 7])
@pytest.mark.parametrize("skipped", [(), ("asks.pos-rule",)])
def test_stream_equals_the_whole_report(documents: list[dict[str, Any]], count: int, skipped: tuple[str, ...]) -> None:
    out = io.StringIO()
    stream = JsonReportStream(out.write, ANALYZER.info, skipped)
    for d in documents[:count]:
        stream.add(d)
    stream.close()
    expected = json.dumps(report_json(documents[:count], ANALYZER.info, skipped), ensure_ascii=False, indent=1) + "\n"
    assert out.getvalue() == expected
    assert json.loads(out.getvalue())["documents"] == documents[:count]


def test_summary_of_views_is_the_summary_of_documents(documents: list[dict[str, Any]]) -> None:
    assert summary_json([summary_view(d) for d in documents]) == summary_json(documents)
