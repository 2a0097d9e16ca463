"""Throughput of the analyzer against spaCy's tokenizer alone, measured in the same run.

    .venv/bin/python benchmarks/bench.py [--docs 1000] [--corpus tests/corpus] [--jobs 1]

Builds a corpus of at least ``--docs`` documents by cycling through the development corpus, then
times (1) the same texts through the pipeline's tokenizer only (the baseline) and (2) the whole
analysis (read is skipped: texts are in memory; segment, align, judge and the JSON report dict).
Reports documents/s, words/s, peak memory (RSS) and the ratio analysis time / tokenizer time.
The ratio is what to compare across machines; the absolute figures depend on the machine.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer.analyze import Analyzer  # noqa: E402
from analyzer.batch import analyze_raw  # noqa: E402
from analyzer.model import RawDocument  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    a = ap.parse_args()
    sources = sorted(a.corpus.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    docs = [RawDocument(f"{sources[i % len(sources)].stem}#{i}", texts[i % len(texts)]) for i in range(max(a.docs, len(texts)))]
    words = sum(len(d.text.split()) for d in docs)
    analyzer = Analyzer()

    t0 = time.perf_counter()
    for d in docs:
        analyzer.nlp.tokenizer(d.text)
    baseline = time.perf_counter() - t0

    t0 = time.perf_counter()
    errors = 0
    for d in docs:
        out, _ = analyze_raw(analyzer, d)
        errors += out["status"] != "ok"
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"pipeline        {analyzer.info.name} {analyzer.info.version}")
    print(f"documents       {len(docs)} ({len(texts)} distinct), {words} words, {errors} errors")
    print(f"tokenizer only  {baseline:.2f} s  ({len(docs) / baseline:,.0f} docs/s, {words / baseline:,.0f} words/s)")
    print(f"analyzer        {elapsed:.2f} s  ({len(docs) / elapsed:,.1f} docs/s, {words / elapsed:,.0f} words/s)")
    print(f"ratio           {elapsed / baseline:.1f}x the tokenizer alone")
    print(f"peak memory     {peak_mb:.0f} MB (max RSS of the process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
