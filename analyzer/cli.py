"""Command line: ``analyzer check``, ``analyzer rules``, ``analyzer eval``.

Data goes to stdout (or ``-o FILE``, written atomically), messages to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .analyze import Analyzer
from .batch import AtomicOutput, Task, run
from .evaluate import Evaluation, gold_documents, read_gold
from .nlp import PipelineError, get_pipeline
from .read import DEFAULT_MAX_BYTES, InputError, expand, read_jsonl, read_stdin
from .report_flat import csv_header, csv_lines, jsonl_lines
from .report_html import render as render_html
from .report_json import report_json, schema
from .report_rich import VERDICT_STYLE, render_document, render_summary
from .rules import RuleError, RuleSet, RuleTimeout, load_rules, run_examples
from .safe_text import one_line, shown, strip_controls
from .segment import SegmentationError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_PARTIAL_FAILURE = 0, 1, 2, 3
OUTPUT_SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".html": "html", ".htm": "html"}
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM, as a shell reports them


class _Console(Console):
    """A console whose closed pipe (``analyzer ... | head``) is a normal end, not exit code 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


class Terminated(BaseException):  # not an Exception: "except Exception" around one document must not swallow it
    """SIGTERM, raised where the program is, so that it ends like Ctrl-C: cleanly, exit 143."""


def _terminated(signum: int, frame: object) -> None:
    raise Terminated


EPILOG = """exit codes:
  0  every document was analyzed
  1  with --fail-on: an item with that verdict was found
  2  usage or configuration error (bad option, bad rule file, unknown model)
  3  some documents could not be analyzed (reported with status "error"; the others are still analyzed)
  130, 143  interrupted (Ctrl-C, SIGTERM); -o in jsonl or csv keeps the complete documents
"""


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
    c.add_argument(
        "paths", nargs="*", metavar="PATH", help="files (.txt, .pdf, .docx, .jsonl), directories (their documents), or - for stdin"
    )
    c.add_argument("--question", type=Path, metavar="Q", help="question file of a question/answer pair (with --answer)")
    c.add_argument("--answer", type=Path, metavar="A", help="answer file of a question/answer pair (with --question)")
    c.add_argument(
        "--format",
        choices=("rich", "json", "jsonl", "csv", "html"),
        default=None,
        help="output format (default: from the suffix of -o FILE, .json .jsonl .csv .html; else rich, the terminal report)",
    )
    c.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the report to FILE (atomically) instead of stdout; - is stdout")
    c.add_argument("--recursive", "-r", action="store_true", help="read the subdirectories of a directory too")
    c.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help=f"size limit per document (default {DEFAULT_MAX_BYTES})"
    )
    c.add_argument(
        "--fail-on", choices=("declined", "partial"), help="exit 1 when an item is declined (or, with partial, declined or partial)"
    )
    c.add_argument(
        "--follow-up", action="store_true", help="add a draft follow-up question in Dutch for items not fully answered (rich format)"
    )
    c.add_argument("--jobs", type=int, default=1, metavar="N", help="analyze in N processes (default 1; at most the number of CPUs)")
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

    sc = sub.add_parser("schema", help="print the JSON Schema of a report")
    sc.add_argument("what", choices=("report",))

    e = sub.add_parser("eval", help="score verdicts against gold labels (*.gold.json)", epilog=EPILOG, formatter_class=fmt)
    e.add_argument("docs", type=Path, metavar="DOCS_DIR")
    e.add_argument("gold", type=Path, nargs="?", metavar="GOLD_DIR", help="directory of <id>.gold.json (default: DOCS_DIR)")
    e.add_argument("--format", choices=("rich", "json"), default="rich")
    common(e)
    return p


# --- check ------------------------------------------------------------------------------------


def _tasks(args: argparse.Namespace, note: Callable[[str], None] = lambda _text: None) -> Iterator[Task]:
    """The work, lazily: a JSONL export becomes one task per record, so it streams and parallelizes.

    A file given twice (two names, a symlink, a file and its directory) is analyzed once; ``note`` says so.
    """
    if args.question or args.answer:
        yield Task("pair", str(args.question), answer=str(args.answer))
    seen: dict[str, str] = {}
    for entry in expand(args.paths, args.recursive, note):
        if isinstance(entry, str) and entry != "-" and os.path.isfile(entry):  # a device or a pipe is refused each time
            key = os.path.realpath(entry)
            if key in seen:
                note(f"{shown(entry)}: the same file as {shown(seen[key])}, analyzed once")
                continue
            seen[key] = entry
        if isinstance(entry, tuple):
            source, exc = entry
            yield Task("error", source, error=(exc.code, str(exc)))
        elif entry == "-":
            try:
                yield Task("path", "-", stdin=read_stdin(args.max_bytes))
            except InputError as exc:
                yield Task("error", "-", error=(exc.code, str(exc)))
        elif entry.lower().endswith(".jsonl"):  # read here (errors included), so its records stream as tasks
            for record in read_jsonl(Path(entry), args.max_bytes):
                if isinstance(record, tuple):
                    yield Task("error", record[0], error=(record[1].code, str(record[1])))
                else:
                    yield Task("path", record.source, stdin=record)
        else:
            yield Task("path", entry)


def say(err: Console, level: str, text: str, debug: bool = False) -> None:
    """One message on stderr: one line (a traceback with ``--debug`` keeps its lines), no control characters."""
    style = "red" if level == "error" else "yellow"
    line = "\n".join(one_line(part) for part in text.split("\n")) if debug else one_line(text)
    err.print(f"[{style}]{level}[/{style}]: {escape(line)}", highlight=False)


def check(args: argparse.Namespace, err: Console) -> int:
    analyzer = Analyzer(args.model, args.rules)  # a bad model or rule pack stops here, before any output
    tasks = _tasks(args, lambda text: say(err, "warning", text))
    fmt = args.format
    jobs = max(1, min(args.jobs, os.cpu_count() or 1))
    pipeline_name = f"{analyzer.info.name} {analyzer.info.version}"
    out: AtomicOutput | None = AtomicOutput(args.output) if args.output else None
    stream: Any = out if out is not None else sys.stdout
    documents: list[dict[str, Any]] = []  # kept for json, html and rich; jsonl and csv stream
    failed = found = 0
    bad = {"declined"} if args.fail_on == "declined" else {"declined", "partial"}
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    try:
        if fmt == "csv":
            stream.write(csv_header())
            if out is not None:
                out.mark()
        with progress:
            bar = progress.add_task("analyzing", total=None)
            for outcome in run(tasks, args.max_bytes, analyzer, jobs, args.model, args.rules, args.debug):
                for level, text in outcome.messages:
                    say(err, level, text, args.debug)
                for d in outcome.documents:
                    failed += d["status"] == "error"
                    found += any(it.get("verdict") in bad for it in d["items"]) if args.fail_on else 0
                    if fmt in ("jsonl", "csv"):
                        for line in jsonl_lines(d, pipeline_name) if fmt == "jsonl" else csv_lines(d, pipeline_name):
                            stream.write(line)
                        if out is not None:
                            out.mark()  # a whole document: kept if the run is interrupted
                        else:
                            stream.flush()
                    else:
                        documents.append(d)
                progress.advance(bar)
        if fmt in ("json", "html", "rich"):
            report = report_json(documents, analyzer.info, tuple(r.id for r in analyzer.rules.skipped))
            if fmt == "json":
                stream.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
            elif fmt == "html":
                stream.write(render_html(report))
            else:
                console = (
                    Console(file=stream, width=120, force_terminal=False)
                    if out is not None
                    else _Console(width=None if sys.stdout.isatty() else 120)
                )
                for d in report["documents"]:
                    render_document(console, d, report["tool"].get("pipeline"), args.follow_up)
                render_summary(console, report)
        if out is not None:
            out.commit()
        else:
            sys.stdout.flush()
    except (KeyboardInterrupt, Terminated):
        # like the end of input: a streaming format keeps its complete rows, a whole-report format is not written
        if out is not None:
            if fmt in ("jsonl", "csv"):
                out.keep_complete()
            else:
                out.abort()
        raise
    except BaseException:
        if out is not None:
            out.abort()
        raise
    if failed:
        return EXIT_PARTIAL_FAILURE
    return EXIT_FINDINGS if found else EXIT_OK


def schema_command(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(schema(), indent=1, ensure_ascii=False) + "\n")
    return EXIT_OK


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
            table.add_row(
                escape(one_line(r.id)), r.spec.kind, r.spec.category or r.spec.ask_type or "", r.spec.effect, ", ".join(r.spec.applies_to)
            )
        out.print(table)
        return EXIT_OK
    if args.rules_command == "show":
        match = [r for r in rules if r.id == args.id]
        if not match:
            say(err, "error", f"no rule {args.id!r} (see 'analyzer rules list')")
            return EXIT_USAGE
        rule = match[0]
        out.print(f"[bold]{escape(one_line(rule.id))}[/]  ({escape(one_line(rule.path))})", highlight=False)
        out.print(
            escape(strip_controls(json.dumps(rule.spec.model_dump(exclude_defaults=False), indent=1, ensure_ascii=False))), highlight=False
        )
        return EXIT_OK
    # test
    nlp, info = get_pipeline(args.model)
    results = run_examples(RuleSet(rules, nlp, info.has_pos))
    failures = [r for r in results if not r.ok]
    for f in failures:
        err.print(f"[red]FAIL[/red] {escape(one_line(f'{f.rule.id} ({f.rule.path}) {f.kind}: {f.text!r} {f.detail}'))}", highlight=False)
    n_rules = len({r.rule.id for r in results})
    out.print(f"{n_rules} rules, {len(results) - len(failures)} examples pass, {len(failures)} fail", highlight=False)
    return EXIT_FINDINGS if failures else EXIT_OK


# --- eval -------------------------------------------------------------------------------------


def eval_command(args: argparse.Namespace, out: Console, err: Console) -> int:
    gold_dir = args.gold or args.docs
    documents = list(gold_documents(args.docs, gold_dir))
    if not documents:
        say(err, "error", f"no <id>.txt (or .jsonl record) in {shown(args.docs)} with an <id>.gold.json in {shown(gold_dir)}")
        return EXIT_USAGE
    analyzer = Analyzer(args.model, args.rules)
    ev = Evaluation()
    for name, raw, gold_path in documents:
        try:
            gold = read_gold(gold_path)
        except ValueError as exc:
            say(err, "error", str(exc))
            return EXIT_USAGE
        try:
            if isinstance(raw, InputError):
                raise raw
            result = analyzer.check(raw)
            predicted: dict[str, str | None] = {j.item_id: j.verdict for j in result.judgement.items}
        except (InputError, SegmentationError) as exc:
            ev.errors.append(f"{name}: {exc}")
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
        say(err, "error", e)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    err = Console(stderr=True, soft_wrap=True)
    out = _Console(soft_wrap=True)
    if args.command == "check":
        if args.output is not None and str(args.output) == "-":
            args.output = None  # "-" is stdout, as it is stdin for input
        if args.format is None:
            args.format = OUTPUT_SUFFIXES.get(args.output.suffix.lower(), "rich") if args.output is not None else "rich"
        if args.output is not None:
            folder = args.output.parent if str(args.output.parent) else Path(".")
            if not folder.is_dir():
                say(err, "error", f"-o {shown(args.output)}: the directory {shown(folder)} does not exist")
                return EXIT_USAGE
        if bool(args.question) != bool(args.answer):
            parser.error("--question and --answer go together")
        if not args.paths and not args.question:
            parser.error("nothing to check: give a PATH, a directory, - for stdin, or --question Q --answer A")
        if args.jobs < 1:
            parser.error("--jobs must be at least 1")
        if args.max_bytes < 1:
            parser.error("--max-bytes must be a positive number of bytes")
        if args.follow_up and args.format != "rich":
            parser.error("--follow-up goes with the rich (terminal) format")
    previous = signal.signal(signal.SIGTERM, _terminated) if threading.current_thread() is threading.main_thread() else None
    try:
        return _dispatch(args, out, err)
    except KeyboardInterrupt:
        say(err, "error", "interrupted (Ctrl-C)" + _kept(args))
        return EXIT_INTERRUPTED
    except Terminated:
        say(err, "error", "interrupted (SIGTERM)" + _kept(args))
        return EXIT_TERMINATED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _kept(args: argparse.Namespace) -> str:
    """What an interrupted run leaves in ``-o FILE``."""
    if args.command != "check" or not args.output:
        return ""
    if args.format in ("jsonl", "csv"):
        return f"; {shown(args.output)} holds the documents that were complete"
    return f"; {shown(args.output)} was not written"


def _dispatch(args: argparse.Namespace, out: Console, err: Console) -> int:
    try:
        if args.command == "check":
            return check(args, err)
        if args.command == "rules":
            return rules_command(args, out, err)
        if args.command == "eval":
            return eval_command(args, out, err)
        if args.command == "schema":
            return schema_command(args)
    except (RuleError, RuleTimeout, PipelineError) as exc:
        say(err, "error", str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep the interpreter's final flush quiet too
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        say(err, "error", str(exc))
        return EXIT_USAGE
    return EXIT_USAGE
