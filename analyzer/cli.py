"""Command line: ``analyzer check``, ``analyzer rules``, ``analyzer eval``.

Data goes to stdout (or ``-o FILE``, written atomically), messages to stderr.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .analyze import Analyzer
from .evaluate import Evaluation, gold_files, read_gold
from .model import RawDocument
from .nlp import PipelineError
from .read import DEFAULT_MAX_BYTES, InputError, expand, read_pair, read_path, read_stdin
from .report_json import document_json, error_json, report_json
from .rules import RuleError, RuleSet, load_rules, run_examples
from .segment import SegmentationError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_PARTIAL_FAILURE = 0, 1, 2, 3

EPILOG = """exit codes:
  0  every document was analyzed
  1  with --fail-on: an item with that verdict was found
  2  usage or configuration error (bad option, bad rule file, unknown model)
  3  some documents could not be analyzed (reported with status "error"; the others are still analyzed)
"""
VERDICT_STYLE = {"answered": "green", "partial": "yellow", "declined": "red", "referred": "blue"}


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog="analyzer",
        description="Did the minister actually answer? Analyze Dutch written parliamentary questions.",
        epilog=EPILOG,
        formatter_class=fmt,
    )
    p.add_argument("--version", action="version", version=f"analyzer {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--model",
            metavar="NAME",
            help="spaCy pipeline: an installed package or a path (default: nl_core_news_sm if installed, else the embedded default)",
        )
        sp.add_argument(
            "--rules",
            action="append",
            type=Path,
            default=[],
            metavar="DIR",
            help="add a rule pack (directory of YAML rules) to the built-in one; repeatable",
        )
        sp.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    c = sub.add_parser("check", help="analyze documents and report a verdict per item", epilog=EPILOG, formatter_class=fmt)
    c.add_argument("paths", nargs="*", metavar="PATH", help="text files, directories (their *.txt), or - for stdin")
    c.add_argument("--question", type=Path, metavar="Q", help="question file of a question/answer pair (with --answer)")
    c.add_argument("--answer", type=Path, metavar="A", help="answer file of a question/answer pair (with --question)")
    c.add_argument("--format", choices=("rich", "json"), default="rich", help="output format (default: rich)")
    c.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    c.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help=f"size limit per document (default {DEFAULT_MAX_BYTES})"
    )
    c.add_argument(
        "--fail-on", choices=("declined", "partial"), help="exit 1 when an item is declined (or, with partial, declined or partial)"
    )
    common(c)

    r = sub.add_parser("rules", help="list, show and test the rule files", epilog=EPILOG, formatter_class=fmt)
    rsub = r.add_subparsers(dest="rules_command", required=True)
    rl = rsub.add_parser("list", help="list the rules")
    rl.add_argument("--format", choices=("rich", "json"), default="rich")
    common(rl)
    rs = rsub.add_parser("show", help="show one rule")
    rs.add_argument("id", metavar="ID")
    common(rs)
    rt = rsub.add_parser("test", help="run every rule's examples")
    common(rt)

    e = sub.add_parser("eval", help="score verdicts against gold labels (*.gold.json)", epilog=EPILOG, formatter_class=fmt)
    e.add_argument("docs", type=Path, metavar="DOCS_DIR")
    e.add_argument("gold", type=Path, nargs="?", metavar="GOLD_DIR", help="directory of <id>.gold.json (default: DOCS_DIR)")
    e.add_argument("--format", choices=("rich", "json"), default="rich")
    common(e)
    return p


# --- check ------------------------------------------------------------------------------------


def _inputs(args: argparse.Namespace) -> list[tuple[str, RawDocument | InputError]]:
    out: list[tuple[str, RawDocument | InputError]] = []
    if args.question or args.answer:
        try:
            raw = read_pair(args.question, args.answer, args.max_bytes)
            out.append((raw.source, raw))
        except InputError as exc:
            out.append((f"{args.question}+{args.answer}", exc))
    for entry in expand(args.paths):
        if isinstance(entry, tuple):
            out.append(entry)
            continue
        try:
            raw = read_stdin(args.max_bytes) if entry == "-" else read_path(Path(entry), args.max_bytes)
            out.append((entry, raw))
        except InputError as exc:
            out.append((entry, exc))
    return out


def check(args: argparse.Namespace, err: Console) -> int:
    analyzer = Analyzer(args.model, args.rules)
    results: list[dict[str, Any]] = []
    failed = 0
    for source, raw in _inputs(args):
        if isinstance(raw, InputError):
            failed += 1
            err.print(f"[red]error[/red]: {escape(str(raw))}", highlight=False)
            results.append(error_json(source, raw.code, str(raw)))
            continue
        for w in raw.warnings:
            err.print(f"[yellow]warning[/yellow]: {escape(w)}", highlight=False)
        try:
            result = analyzer.check(raw)
        except SegmentationError as exc:
            failed += 1
            err.print(f"[red]error[/red]: {escape(source)}: {escape(str(exc))}", highlight=False)
            results.append(error_json(source, exc.code, f"{source}: {exc}"))
            continue
        except Exception as exc:  # one bad document never stops the batch
            failed += 1
            if args.debug:
                err.print(traceback.format_exc(), highlight=False, markup=False)
            err.print(
                f"[red]error[/red]: {escape(source)}: internal error: {escape(repr(exc))} (run with --debug for the traceback)",
                highlight=False,
            )
            results.append(error_json(source, "internal", f"{source}: internal error: {exc!r}"))
            continue
        results.append(document_json(result.document, result.judgement))
    report = report_json(results, analyzer.info, tuple(r.id for r in analyzer.rules.skipped))
    if args.format == "json":
        _emit(json.dumps(report, ensure_ascii=False, indent=1) + "\n", args.output)
    else:
        _emit_rich(report, args.output)
    if failed:
        return EXIT_PARTIAL_FAILURE
    if args.fail_on:
        bad = {"declined"} if args.fail_on == "declined" else {"declined", "partial"}
        if any(it.get("verdict") in bad for d in results for it in d["items"]):
            return EXIT_FINDINGS
    return EXIT_OK


def _emit(payload: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(payload)
        sys.stdout.flush()
        return
    write_atomic(output, payload)


def write_atomic(path: Path, payload: str) -> None:
    """Write to a temporary file next to ``path`` and rename it into place: never half-written."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _emit_rich(report: dict[str, Any], output: Path | None) -> None:
    console = Console(record=True, file=io.StringIO(), width=120) if output is not None else Console()
    pipeline = report["tool"].get("pipeline", {})
    for d in report["documents"]:
        if d["status"] != "ok":
            console.print(f"[bold red]{escape(d['source'])}[/]: {escape(d['error']['message'])}", highlight=False)
            continue
        md = d["metadata"]
        head = " · ".join(
            str(x)
            for x in (
                md["parliament"],
                md["number"] and f"nr. {md['number']}",
                md["asker"],
                md["respondent"],
                md["question_date"],
                md["answer_date"],
                md["days_to_answer"] is not None and f"{md['days_to_answer']} days to answer",
            )
            if x
        )
        table = Table(title=f"{escape(d['source'])}\n{escape(head)}", title_justify="left")
        table.add_column("item", no_wrap=True)
        table.add_column("question")
        table.add_column("verdict", no_wrap=True)
        table.add_column("conf", no_wrap=True, justify="right")
        table.add_column("evidence")
        for it in d["items"]:
            v = it["verdict"] or "—"
            evidence = it["reason"] or ""
            decisive = [f for f in it["findings"] if f["effect"] in ("declines", "refers", "weakens")] or it["findings"][:1]
            if decisive:
                f = decisive[0]
                evidence += f"\n[bold]“{escape(f['match'])}”[/] [dim]{f['rule']} (line {f['line']})[/]"
            table.add_row(
                it["id"],
                escape(_short(it["question"]["clean"], 80)),
                f"[{VERDICT_STYLE.get(v, 'white')}]{v}[/]",
                f"{it['confidence']:.2f}" if it["confidence"] is not None else "",
                evidence,
            )
        console.print(table)
        s = d["summary"]
        counts = ", ".join(f"[{VERDICT_STYLE[k]}]{n} {k}[/]" for k, n in s["counts"].items() if n)
        score = f"score {s['score']:.2f}" if s["score"] is not None else "no score"
        console.print(f"{counts} · {score}", highlight=False)
        for w in d["warnings"]:
            console.print(f"[yellow]note[/]: {escape(w)}", highlight=False)
    if pipeline:
        console.print(f"[dim]pipeline {pipeline['name']} {pipeline['version']} ({', '.join(pipeline['components'])})[/]", highlight=False)
    skipped = report["tool"].get("skipped_rules")
    if skipped:
        console.print(f"[dim]skipped {len(skipped['rules'])} rules that need POS/DEP: {', '.join(skipped['rules'])}[/]", highlight=False)
    if output is not None:
        write_atomic(output, console.export_text())


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# --- rules ------------------------------------------------------------------------------------


def rules_command(args: argparse.Namespace, out: Console, err: Console) -> int:
    rules = load_rules(args.rules)
    if args.rules_command == "list":
        if args.format == "json":
            sys.stdout.write(
                json.dumps(
                    [
                        {"id": r.id, "kind": r.spec.kind, "category": r.spec.category, "effect": r.spec.effect, "path": r.path}
                        for r in rules
                    ],
                    indent=1,
                )
                + "\n"
            )
            return EXIT_OK
        table = Table(title=f"{len(rules)} rules")
        for col in ("id", "kind", "category / type", "effect", "applies to"):
            table.add_column(col)
        for r in rules:
            table.add_row(r.id, r.spec.kind, r.spec.category or r.spec.ask_type or "", r.spec.effect, ", ".join(r.spec.applies_to))
        out.print(table)
        return EXIT_OK
    if args.rules_command == "show":
        match = [r for r in rules if r.id == args.id]
        if not match:
            err.print(f"[red]error[/red]: no rule '{escape(args.id)}' (see 'analyzer rules list')", highlight=False)
            return EXIT_USAGE
        rule = match[0]
        out.print(f"[bold]{rule.id}[/]  ({escape(rule.path)})", highlight=False)
        out.print(escape(json.dumps(rule.spec.model_dump(exclude_defaults=False), indent=1, ensure_ascii=False)), highlight=False)
        return EXIT_OK
    # test
    analyzer_nlp = Analyzer(args.model, args.rules)
    results = run_examples(RuleSet(rules, analyzer_nlp.nlp, analyzer_nlp.info.has_pos))
    failures = [r for r in results if not r.ok]
    for f in failures:
        err.print(f"[red]FAIL[/red] {f.rule.id} ({escape(f.rule.path)}) {f.kind}: {escape(f.text)!r} {escape(f.detail)}", highlight=False)
    n_rules = len({r.rule.id for r in results})
    out.print(f"{n_rules} rules, {len(results) - len(failures)} examples pass, {len(failures)} fail", highlight=False)
    return EXIT_FINDINGS if failures else EXIT_OK


# --- eval -------------------------------------------------------------------------------------


def eval_command(args: argparse.Namespace, out: Console, err: Console) -> int:
    gold_dir = args.gold or args.docs
    pairs = gold_files(args.docs, gold_dir)
    if not pairs:
        err.print(
            f"[red]error[/red]: no <id>.txt in {escape(str(args.docs))} with an <id>.gold.json in {escape(str(gold_dir))}", highlight=False
        )
        return EXIT_USAGE
    analyzer = Analyzer(args.model, args.rules)
    ev = Evaluation()
    for doc_path, gold_path in pairs:
        gold = read_gold(gold_path)
        try:
            result = analyzer.check(read_path(doc_path))
            predicted: dict[str, str | None] = {j.item_id: j.verdict for j in result.judgement.items}
        except (InputError, SegmentationError) as exc:
            ev.errors.append(f"{doc_path.name}: {exc}")
            predicted = {}
        ev.add(gold, predicted)
    m = ev.metrics()
    m["pipeline"] = analyzer.info.as_dict()
    if args.format == "json":
        sys.stdout.write(json.dumps(m, indent=1) + "\n")
        return EXIT_OK
    seg = m["segmentation"]
    out.print(f"{m['documents']} documents, {m['items']} gold items, {len(m['errors'])} errors", highlight=False)
    out.print(f"segmentation precision {seg['precision']:.3f} recall {seg['recall']:.3f}", highlight=False)
    table = Table()
    for col in ("verdict", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="right" if col != "verdict" else "left")
    for c, v in m["classes"].items():
        table.add_row(f"[{VERDICT_STYLE[c]}]{c}[/]", f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["support"]))
    out.print(table)
    out.print(
        f"macro-F1 {m['macro_f1']:.3f} · declined precision {m['declined_precision']:.3f} · accuracy {m['accuracy']:.3f}", highlight=False
    )
    labels = ["answered", "partial", "declined", "referred", "missing"]
    cm = Table(title="confusion (rows gold, columns predicted)")
    cm.add_column("gold")
    for lab in labels:
        cm.add_column(lab, justify="right")
    for g in labels[:4]:
        cm.add_row(g, *(str(m["confusion"].get(f"{g}->{p}", 0)) for p in labels))
    out.print(cm)
    for e in m["errors"]:
        err.print(f"[yellow]error[/]: {escape(e)}", highlight=False)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    err = Console(stderr=True, soft_wrap=True)
    out = Console(soft_wrap=True)
    if args.command == "check":
        if bool(args.question) != bool(args.answer):
            parser.error("--question and --answer go together")
        if not args.paths and not args.question:
            parser.error("nothing to check: give a PATH, a directory, - for stdin, or --question Q --answer A")
    try:
        if args.command == "check":
            return check(args, err)
        if args.command == "rules":
            return rules_command(args, out, err)
        if args.command == "eval":
            return eval_command(args, out, err)
    except (RuleError, PipelineError) as exc:
        err.print(f"[red]error[/red]: {escape(str(exc))}", highlight=False)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        err.print(f"[red]error[/red]: {escape(str(exc))}", highlight=False)
        return EXIT_USAGE
    return EXIT_USAGE
