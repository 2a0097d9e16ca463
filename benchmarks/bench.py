"""Throughput of the analyzer against spaCy's tokenizer alone, measured in the same run.

    .venv/bin/python benchmarks/bench.py [--docs 1000] [--repeat 5] [--corpus tests/corpus]

Builds a corpus of at least ``--docs`` documents by cycling through the development corpus, then
times, ``--repeat`` times and interleaved (tokenizer, analysis, tokenizer, analysis, ...):

1. the baseline: the pipeline's tokenizer alone (``nlp.tokenizer``) over each whole document;
2. the whole analysis (read is skipped: texts are in memory; segment, align, judge and the JSON
   report dict).

Both run once untimed over the distinct texts first, so every repetition sees warm caches.
Reports the median of the repetitions: documents/s and words/s of both, the ratio analysis time /
tokenizer time (the median of the per-repetition ratios) and peak memory (RSS). The ratio is what
to compare across machines; the absolute figures depend on the machine and, on a shared machine,
on the other processes: compare ratios, never times measured in different runs.

The baseline is pinned: do not change how it tokenizes. spaCy's tokenizer caches the tokens of each
whitespace-separated chunk, but within one call it stops caching once a special case (``nr.``,
``o.a.``, ...) has occurred, so a whole document is tokenized several times slower than the same
text cut into pieces; tokenizing pieces, or other texts, would shift the ratio several-fold. The
cache is kept, though, and the analysis tokenizes pieces of every document (asks, answers): the same
tokenizer object would then find most whole-document chunks cached and run about 4x faster than it
does on its own. So the baseline uses its own copy of the tokenizer (same rules, built the same way),
which sees only whole documents, as it did when the baseline was measured in one pass before the
analysis.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer.analyze import Analyzer  # noqa: E402
from analyzer.batch import analyze_raw  # noqa: E402
from analyzer.model import RawDocument  # noqa: E402
from analyzer.nlp import load_pipeline  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5, help="interleaved repetitions; the median is reported")
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    a = ap.parse_args()
    sources = sorted(a.corpus.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    docs = [RawDocument(f"{sources[i % len(sources)].stem}#{i}", texts[i % len(texts)]) for i in range(max(a.docs, len(texts)))]
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    analyzer = Analyzer()
    startup = time.perf_counter() - t0
    # the baseline's own copy of the same tokenizer: it only ever sees whole documents (see above)
    tokenizer = load_pipeline(analyzer.info.name)[0].tokenizer

    # one untimed pass over the distinct texts: every repetition then sees warm caches (spaCy's
    # tokenizer cache, the string store, lazily loaded tables), as every document after the first
    # few would in a long batch
    for text in texts:
        tokenizer(text)
    for d in docs[: len(texts)]:
        analyze_raw(analyzer, d)

    baselines: list[float] = []
    analyses: list[float] = []
    errors = 0
    for _ in range(max(1, a.repeat)):
        t0 = time.perf_counter()
        for d in docs:
            tokenizer(d.text)
        baselines.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        errors = 0
        for d in docs:
            out, _ = analyze_raw(analyzer, d)
            errors += out["status"] != "ok"
        analyses.append(time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    baseline = statistics.median(baselines)
    elapsed = statistics.median(analyses)
    ratios = [x / b for x, b in zip(analyses, baselines, strict=True)]

    print(f"pipeline        {analyzer.info.name} {analyzer.info.version} (built in {startup:.2f} s)")
    print(f"documents       {len(docs)} ({len(texts)} distinct), {words} words, {errors} errors, {len(ratios)} repetitions")
    print(f"tokenizer only  {baseline:.2f} s  ({len(docs) / baseline:,.0f} docs/s, {words / baseline:,.0f} words/s)  median")
    print(f"analyzer        {elapsed:.2f} s  ({len(docs) / elapsed:,.1f} docs/s, {words / elapsed:,.0f} words/s)  median")
    print(f"ratio           {statistics.median(ratios):.2f}x the tokenizer alone (median; runs {' '.join(f'{r:.2f}' for r in ratios)})")
    print(f"peak memory     {peak_mb:.0f} MB (max RSS of the process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
