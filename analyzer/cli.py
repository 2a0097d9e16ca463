"""Command line: ``analyzer check PATH...``.

Data goes to stdout (or ``-o FILE``, written atomically), messages to stderr.

Exit codes:
  0  every document was analyzed
  2  usage error (bad option, missing argument)
  3  some documents could not be analyzed (they are reported with status "error"; the others are analyzed)
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
from rich.table import Table

from . import __version__
from .analyze import analyze
from .model import RawDocument
from .read import DEFAULT_MAX_BYTES, InputError, expand, read_pair, read_path, read_stdin
from .report_json import document_json, error_json, report_json
from .segment import SegmentationError

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL_FAILURE = 0, 2, 3

EPILOG = """exit codes:
  0  every document was analyzed
  2  usage error (bad option, missing argument)
  3  some documents could not be analyzed (reported with status "error"; the others are still analyzed)
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="analyzer",
        description="Did the minister actually answer? Analyze Dutch written parliamentary questions.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"analyzer {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser(
        "check", help="segment, align and report on documents", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    c.add_argument("paths", nargs="*", metavar="PATH", help="text files, directories (their *.txt), or - for stdin")
    c.add_argument("--question", type=Path, metavar="Q", help="question file of a question/answer pair (with --answer)")
    c.add_argument("--answer", type=Path, metavar="A", help="answer file of a question/answer pair (with --question)")
    c.add_argument("--format", choices=("rich", "json"), default="rich", help="output format (default: rich)")
    c.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    c.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help=f"size limit per document (default {DEFAULT_MAX_BYTES})"
    )
    c.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    return p


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
    results: list[dict[str, Any]] = []
    failed = 0
    for source, raw in _inputs(args):
        if isinstance(raw, InputError):
            failed += 1
            err.print(f"[red]error[/red]: {raw}", highlight=False)
            results.append(error_json(source, raw.code, str(raw)))
            continue
        for w in raw.warnings:
            err.print(f"[yellow]warning[/yellow]: {w}", highlight=False)
        try:
            doc = analyze(raw)
        except SegmentationError as exc:
            failed += 1
            err.print(f"[red]error[/red]: {source}: {exc}", highlight=False)
            results.append(error_json(source, exc.code, f"{source}: {exc}"))
            continue
        except Exception as exc:  # one bad document never stops the batch
            failed += 1
            if args.debug:
                err.print(traceback.format_exc(), highlight=False, markup=False)
            err.print(f"[red]error[/red]: {source}: internal error: {exc!r} (run with --debug for the traceback)", highlight=False)
            results.append(error_json(source, "internal", f"{source}: internal error: {exc!r}"))
            continue
        results.append(document_json(doc))
    if args.format == "json":
        payload = json.dumps(report_json(results), ensure_ascii=False, indent=1) + "\n"
        _emit(payload, args.output)
    else:
        _emit_rich(results, args.output)
    return EXIT_PARTIAL_FAILURE if failed else EXIT_OK


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


def _emit_rich(results: list[dict[str, Any]], output: Path | None) -> None:
    console = Console(record=True, file=io.StringIO(), width=120) if output is not None else Console()
    for d in results:
        if d["status"] != "ok":
            console.print(f"[bold red]{d['source']}[/]: {d['error']['message']}", highlight=False)
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
            )
            if x
        )
        table = Table(title=f"{d['source']}\n{head}", title_justify="left", show_lines=False)
        table.add_column("item", no_wrap=True)
        table.add_column("question")
        table.add_column("answer")
        table.add_column("aligned", no_wrap=True)
        table.add_column("verdict", no_wrap=True)
        for it in d["items"]:
            q = it["question"]["clean"]
            a = " ".join(p["clean"] for p in it["answer"])
            al = it["alignment"]
            refs = ", ".join("→" + "/".join(r["targets"]) for r in al["references"])
            table.add_row(
                it["id"],
                _short(q, 90),
                _short(a, 90) or "[dim](no answer text)[/]",
                f"{al['method']}{' ' + refs if refs else ''}",
                it["verdict"] or "[dim]—[/]",
            )
        console.print(table)
        if d["warnings"]:
            for w in d["warnings"]:
                console.print(f"[yellow]note[/]: {w}", highlight=False)
    if output is not None:
        write_atomic(output, console.export_text())


def _short(s: str, n: int) -> str:
    s = s.replace("[", "\\[")
    return s if len(s) <= n else s[: n - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    err = Console(stderr=True, soft_wrap=True)
    if args.command == "check":
        if bool(args.question) != bool(args.answer):
            parser.error("--question and --answer go together")
        if not args.paths and not args.question:
            parser.error("nothing to check: give a PATH, a directory, - for stdin, or --question Q --answer A")
        try:
            return check(args, err)
        except BrokenPipeError:
            return EXIT_OK
        except OSError as exc:
            err.print(f"[red]error[/red]: {exc}", highlight=False)
            return EXIT_USAGE
    return EXIT_USAGE
