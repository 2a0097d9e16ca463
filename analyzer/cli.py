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
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .analyze import Analyzer
from .batch import AtomicOutput, Task, run
from .evaluate import Evaluation, gold_documents, read_gold
from .fetch.errors import FetchError
from .fetch.refs import Ref, looks_like_ref, parse_ref
from .i18n import LANGS
from .nlp import PipelineError, get_pipeline
from .read import DEFAULT_MAX_BYTES, InputError, expand, is_records, read_records, read_stdin
from .report_flat import csv_header, csv_lines, jsonl_lines
from .report_html import render as render_html
from .report_json import JsonReportStream, report_json, schema, with_dates
from .report_rich import VERDICT_STYLE, render_document, render_footer, render_summary
from .rules import PatternSet, Rule, RuleError, RuleSet, RuleTimeout, load_rules, run_examples
from .safe_text import one_line, shown, strip_controls
from .segment import SegmentationError
from .timeliness import DeadlineError, load_deadlines

if TYPE_CHECKING:
    from .fetch.service import Fetcher

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_PARTIAL_FAILURE = 0, 1, 2, 3
OUTPUT_SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".html": "html", ".htm": "html", ".xlsx": "xlsx"}
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


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _one_document(args: argparse.Namespace) -> bool:
    """Whether the command names exactly one document (a file that is not an export of records, or a pair)."""
    if args.question:
        return not args.paths
    if len(args.paths) != 1:
        return False
    path = Path(args.paths[0])
    return args.paths[0] == "-" or (path.is_file() and not is_records(path))


FETCH_EPILOG = """exit codes:
  0  every question was fetched (from the service or the cache)
  2  usage error (a malformed reference, the network extra not installed)
  3  some questions could not be fetched (one line each on stderr, with a code:
     not-found, network, rate-limited, bad-response); the others are still written
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

    def network(sp: argparse.ArgumentParser) -> None:
        g = sp.add_argument_group("fetching (tk:/vp: references; needs pip install 'analyzer[fetch]')")
        g.add_argument("--cache", type=Path, metavar="DIR", help="cache directory (default: $ANALYZER_CACHE, else ~/.cache/analyzer)")
        g.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
        g.add_argument("--refresh", action="store_true", help="fetch again even what the cache holds")
        g.add_argument("--timeout", type=float, default=30.0, metavar="S", help="seconds to wait for an answer (default 30)")
        g.add_argument("--retries", type=int, default=3, metavar="N", help="retries after a timeout, a 429 or a 5xx (default 3)")
        g.add_argument(
            "--backoff", type=float, default=1.0, metavar="S", help="seconds before the first retry, doubled each time (default 1)"
        )
        g.add_argument("--delay", type=float, default=0.5, metavar="S", help="at least S seconds between two requests (default 0.5)")
        g.add_argument("--max-wait", type=float, default=120.0, metavar="S", help="longest Retry-After to wait for (default 120)")
        g.add_argument("--tk-url", metavar="URL", help="Tweede Kamer OData root (default: $ANALYZER_TK_URL, else the live service)")
        g.add_argument("--vp-url", metavar="URL", help="Vlaams Parlement open-data root (default: $ANALYZER_VP_URL, else the live service)")
        g.add_argument(
            "--vp-search-url", metavar="URL", help="Vlaams Parlement search root (default: $ANALYZER_VP_SEARCH_URL, else the live one)"
        )

    c = sub.add_parser("check", help="analyze documents and report a verdict per item", epilog=EPILOG, formatter_class=fmt)
    c.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files (.txt, .pdf, .docx, .html; exports of records: .jsonl, .json, .csv, .tsv), directories (their documents), - for stdin, or tk:2024Z18294 / vp:2022-2023/785 to fetch",
    )
    c.add_argument("--question", type=Path, metavar="Q", help="question file of a question/answer pair (with --answer)")
    c.add_argument("--answer", type=Path, metavar="A", help="answer file of a question/answer pair (with --question)")
    c.add_argument(
        "--format",
        choices=("rich", "json", "jsonl", "csv", "html", "xlsx"),
        default=None,
        help="output format (default: from the suffix of -o FILE, .json .jsonl .csv .html .xlsx; else rich, the terminal report); xlsx needs pip install 'analyzer[xlsx]'",
    )
    c.add_argument(
        "--lang",
        choices=LANGS,
        default="nl",
        help="language of verdicts, reasons and headings in the rich, html, csv and xlsx reports (default: nl); json and jsonl keep English codes",
    )
    c.add_argument(
        "--bom", action="store_true", help="csv: start with a UTF-8 byte order mark, so Excel opens the file with its accents right"
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
    c.add_argument("--summary-only", action="store_true", help="rich format: only the batch summary, no report per document")
    c.add_argument(
        "--asked-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date the question was asked, for one document whose text does not state it (a Flemish answer, a council reply)",
    )
    c.add_argument(
        "--answer-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date the answer was given, for one document: gives the days to answer",
    )
    c.add_argument(
        "--deadlines",
        type=Path,
        metavar="FILE",
        help="a JSON table of answering terms per parliament, added to the built-in one (see analyzer/data/deadlines.json)",
    )
    c.add_argument("--jobs", type=int, default=1, metavar="N", help="analyze in N processes (default 1; at most the number of CPUs)")
    common(c)
    network(c)

    f = sub.add_parser(
        "fetch",
        help="fetch written questions and answers from the parliaments' open data (JSONL records)",
        epilog=FETCH_EPILOG,
        formatter_class=fmt,
    )
    f.add_argument("source", choices=("tk", "vp"), help="tk: Tweede Kamer; vp: Vlaams Parlement")
    f.add_argument(
        "ids",
        nargs="*",
        metavar="ID",
        help="tk: a zaak number (2024Z18294) or ah-tk-20242025-609; vp: a number (with --year) or 2022-2023/785",
    )
    f.add_argument("--year", metavar="SESSION", help="vp: the session year of the numbers, like 2022-2023")
    f.add_argument(
        "--respondent", metavar="NAME", help="tk: questions put to this minister or state secretary (part of the name or function)"
    )
    f.add_argument("--asker", metavar="NAME", help="tk: questions from this member")
    f.add_argument("--since", metavar="DATE", help="tk: asked on or after this date (YYYY-MM-DD)")
    f.add_argument("--until", metavar="DATE", help="tk: asked before this date (YYYY-MM-DD)")
    f.add_argument("--limit", type=int, default=50, metavar="N", help="tk: at most N questions from a search (default 50)")
    f.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the records to FILE (atomically) instead of stdout")
    f.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help="size limit of a document's text")
    f.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    network(f)

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


def _is_ref(arg: str) -> bool:
    """``tk:...``/``vp:...`` is a reference to fetch, unless a file of that name exists."""
    return looks_like_ref(arg) and not os.path.lexists(arg)


def _fetcher(args: argparse.Namespace, err: Console) -> Fetcher:
    """The fetcher of the network options; loads httpx (the ``analyzer[fetch]`` extra) only now."""
    try:
        from .fetch.http import FetchSettings
        from .fetch.service import Endpoints, Fetcher
    except ImportError as exc:  # pragma: no cover - only without the extra
        raise FetchError("missing-extra", f"fetching needs the network extra: pip install 'analyzer[fetch]' ({exc})") from None
    from .fetch.cache import default_cache_dir

    settings = FetchSettings(timeout=args.timeout, retries=args.retries, backoff=args.backoff, max_wait=args.max_wait, delay=args.delay)
    cache_dir = None if args.no_cache else (args.cache or default_cache_dir())

    def waiting(text: str) -> None:
        err.print(f"[cyan]note[/cyan]: {escape(text)}", highlight=False)

    return Fetcher(
        settings,
        cache_dir,
        Endpoints.from_env(args.tk_url, args.vp_url, args.vp_search_url),
        refresh=args.refresh,
        max_bytes=args.max_bytes,
        on_wait=waiting,
    )


def _input_error(ref: Ref, exc: InputError) -> str:
    return f"{ref}: {exc.code}: {str(exc).removeprefix(f'{ref}: ')}"


def _internal(ref: Ref, exc: Exception, debug: bool) -> str:
    detail = f"{ref}: internal: {exc!r}"
    if debug:
        import traceback

        return detail + "\n" + traceback.format_exc()
    return detail + " (run with --debug for the traceback)"


def _fetch_task(fetcher: Fetcher, ref: Ref, debug: bool = False) -> Task:
    """One reference as a task: the fetched document, or an error with its code (the batch goes on)."""
    try:
        fetched = fetcher.fetch(ref)
    except FetchError as exc:
        return Task("error", str(ref), error=(exc.code, f"{ref}: {exc.code}: {exc}"))
    except InputError as exc:  # the fetched file cannot be read (a scanned PDF, an empty file)
        return Task("error", str(ref), error=(exc.code, _input_error(ref, exc)))
    except Exception as exc:  # one bad answer never stops the batch
        return Task("error", str(ref), error=("internal", _internal(ref, exc, debug)))
    raw = fetched.document.raw()
    if fetched.notes:
        from dataclasses import replace

        raw = replace(raw, warnings=(*fetched.notes, *raw.warnings))
    return Task("path", str(ref), stdin=raw)


def _tasks(args: argparse.Namespace, fetcher: Fetcher | None = None, note: Callable[[str], None] = lambda _text: None) -> Iterator[Task]:
    """The work, lazily: a JSONL export becomes one task per record, so it streams and parallelizes;
    a ``tk:``/``vp:`` reference is fetched (from the cache or the service) when its turn comes.

    A file given twice (two names, a symlink, a file and its directory) is analyzed once; ``note`` says so.
    """
    if args.question or args.answer:
        yield Task("pair", str(args.question), answer=str(args.answer))
    seen: dict[str, str] = {}
    for arg in args.paths:
        if _is_ref(arg):
            assert fetcher is not None
            yield _fetch_task(fetcher, parse_ref(arg), args.debug)
            continue
        yield from _path_tasks(arg, args, seen, note)


def _path_tasks(arg: str, args: argparse.Namespace, seen: dict[str, str], note: Callable[[str], None]) -> Iterator[Task]:
    max_bytes = args.max_bytes
    for entry in expand([arg], args.recursive, note):
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
                yield Task("path", "-", stdin=read_stdin(max_bytes))
            except InputError as exc:
                yield Task("error", "-", error=(exc.code, str(exc)))
        elif is_records(entry):  # read here (errors included), so its records stream as tasks
            for record in read_records(Path(entry), max_bytes):
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
    refs = [parse_ref(p) for p in args.paths if _is_ref(p)]  # a malformed reference stops here (exit 2)
    fetcher = _fetcher(args, err) if refs else None  # no tk:/vp: argument: no network library, no socket
    try:
        return _check(args, err, fetcher)
    finally:
        if fetcher is not None:
            fetcher.close()


def _check(args: argparse.Namespace, err: Console, fetcher: Fetcher | None) -> int:
    analyzer = Analyzer(args.model, args.rules)  # a bad model or rule pack stops here, before any output
    deadlines = load_deadlines(args.deadlines) if args.deadlines else None
    tasks = _tasks(args, fetcher, lambda text: say(err, "warning", text))
    fmt = args.format
    jobs = max(1, min(args.jobs, os.cpu_count() or 1))
    pipeline_name = f"{analyzer.info.name} {analyzer.info.version}"
    # xlsx is binary: written apart, as a workbook, when the analysis is done
    out: AtomicOutput | None = AtomicOutput(args.output) if args.output and fmt != "xlsx" else None
    stream: Any = out if out is not None else sys.stdout
    documents: list[dict[str, Any]] = []  # kept for html, rich and xlsx; json, jsonl and csv stream
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
            stream.write(("\ufeff" if args.bom else "") + csv_header())
            if out is not None:
                out.mark()
        # json streams too: each document is written as it is done, the summary at the end
        json_out = JsonReportStream(stream.write, analyzer.info, tuple(r.id for r in analyzer.rules.skipped)) if fmt == "json" else None
        with progress:
            bar = progress.add_task("analyzing", total=None)
            for outcome in run(tasks, args.max_bytes, analyzer, jobs, args.model, args.rules, args.debug):
                for level, text in outcome.messages:
                    say(err, level, text, args.debug)
                for d in outcome.documents:
                    d = with_dates(d, args.asked_date, args.answer_date, deadlines)
                    failed += d["status"] == "error"
                    found += any(it.get("verdict") in bad for it in d["items"]) if args.fail_on else 0
                    if fmt in ("jsonl", "csv"):
                        for line in jsonl_lines(d, pipeline_name) if fmt == "jsonl" else csv_lines(d, pipeline_name, args.lang):
                            stream.write(line)
                        if out is not None:
                            out.mark()  # a whole document: kept if the run is interrupted
                        else:
                            stream.flush()
                    elif json_out is not None:
                        json_out.add(d)
                    else:
                        documents.append(d)
                progress.advance(bar)
        if json_out is not None:
            json_out.close()
        elif fmt in ("html", "rich", "xlsx"):
            report = report_json(documents, analyzer.info, tuple(r.id for r in analyzer.rules.skipped))
            if fmt == "xlsx":
                from .report_xlsx import write_xlsx

                write_xlsx(report, args.output, pipeline_name, args.lang)
            elif fmt == "html":
                stream.write(render_html(report, args.lang))
            else:
                console = (
                    Console(file=stream, width=120, force_terminal=False)
                    if out is not None
                    else _Console(width=None if sys.stdout.isatty() else 120)
                )
                render_summary(console, report, always=args.summary_only, lang=args.lang)  # a batch opens with its summary
                if not args.summary_only:
                    for d in report["documents"]:
                        render_document(console, d, report["tool"].get("pipeline"), args.follow_up, args.lang)
                render_footer(console, report)
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


# --- fetch ------------------------------------------------------------------------------------


def _fetch_refs(args: argparse.Namespace) -> list[Ref]:
    """The references of ``analyzer fetch`` (a search comes later); a malformed one is a usage error."""
    from .fetch.refs import tk_ref, vp_ref

    refs: list[Ref] = []
    for ident in args.ids:
        ident = ident.removeprefix(f"{args.source}:")
        if args.source == "tk":
            refs.append(tk_ref(ident))
        elif "/" in ident:
            year, _, number = ident.partition("/")
            refs.append(vp_ref(number, year))
        elif args.year:
            refs.append(vp_ref(ident, args.year))
        else:
            raise FetchError("bad-reference", f"vp {ident}: give the session year, --year 2022-2023 (or write 2022-2023/{ident})")
    return refs


def fetch_command(args: argparse.Namespace, err: Console) -> int:
    refs = _fetch_refs(args)
    search = any(getattr(args, k) for k in ("respondent", "asker", "since", "until"))
    if args.source == "tk" and args.year:
        raise FetchError("bad-reference", "--year goes with vp; a Kamervraag's zaak number names its year")
    if args.source == "vp" and search:
        raise FetchError("bad-reference", "--respondent, --asker, --since and --until search the Tweede Kamer only (fetch tk ...)")
    for name in ("since", "until"):
        value = getattr(args, name)
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise FetchError("bad-reference", f"--{name} {value}: a date is written YYYY-MM-DD") from None
    if not refs and not search:
        raise FetchError("bad-reference", "nothing to fetch: give an ID, or for tk a search (--respondent, --asker, --since)")
    failed = fetched = cached = 0
    out: AtomicOutput | None = AtomicOutput(args.output) if args.output else None
    stream: Any = out if out is not None else sys.stdout

    def error(text: str) -> None:
        err.print(f"[red]error[/red]: {escape(text)}", highlight=False)

    try:
        with _fetcher(args, err) as fetcher:
            if search:
                try:
                    numbers = fetcher.search_tk(args.respondent, args.asker, args.since, args.until, args.limit)
                except FetchError as exc:
                    error(f"tk search: {exc.code}: {exc}")
                    numbers = []
                    failed += 1
                refs += [r for r in (Ref("tk", n) for n in numbers) if r not in refs]
                if not numbers and not failed:
                    err.print("[cyan]note[/cyan]: the search found no written questions", highlight=False)
            for ref in refs:
                try:
                    got = fetcher.fetch(ref)
                except FetchError as exc:
                    error(f"{ref}: {exc.code}: {exc}")
                    failed += 1
                    continue
                except InputError as exc:
                    error(_input_error(ref, exc))
                    failed += 1
                    continue
                except Exception as exc:  # one bad answer never stops the batch
                    error(_internal(ref, exc, args.debug))
                    failed += 1
                    continue
                doc = got.document
                fetched += 1
                cached += got.from_cache
                for note in got.notes:
                    err.print(f"[yellow]warning[/yellow]: {escape(note)}", highlight=False)
                for warning in doc.warnings():
                    err.print(f"[cyan]note[/cyan]: {escape(warning)}", highlight=False)
                days = doc.days_since_asked()
                if doc.status == "open":
                    since = f", asked {days} days ago" if days is not None else ""
                    err.print(f"[cyan]note[/cyan]: {escape(str(ref))}: open, not answered yet{since}", highlight=False)
                stream.write(json.dumps(doc.as_json(), ensure_ascii=False) + "\n")
                stream.flush()
        if out is not None:
            out.commit()
    except BaseException:
        if out is not None:
            out.abort()
        raise
    err.print(f"{fetched} fetched ({cached} from the cache), {failed} failed", highlight=False)
    return EXIT_PARTIAL_FAILURE if failed else EXIT_OK


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
    n_rules = len({r.rule.id for r in results if isinstance(r.rule, Rule)})
    n_sets = len({r.rule.id for r in results if isinstance(r.rule, PatternSet)})
    sets = f", {n_sets} pattern sets" if n_sets else ""
    out.print(f"{n_rules} rules{sets}, {len(results) - len(failures)} examples pass, {len(failures)} fail", highlight=False)
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
            confidence: dict[str, float | None] = {j.item_id: j.confidence for j in result.judgement.items}
        except (InputError, SegmentationError) as exc:
            ev.errors.append(f"{name}: {exc}")
            predicted, confidence = {}, {}
        ev.add(gold, predicted, confidence, name)
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
    rel = Table(title="reliability: accuracy per confidence band on these documents")
    for col in ("confidence", "items", "right"):
        rel.add_column(col, justify="right" if col != "confidence" else "left")
    for band, v in m["reliability"].items():
        rel.add_row(band, str(v["items"]), f"{v['accuracy']:.0%}" if v["items"] else "—")
    out.print(rel)
    if m["disagreements"]:
        out.print(f"{len(m['disagreements'])} items where the verdict differs from gold:", highlight=False)
        for x in m["disagreements"]:
            conf = "" if x["confidence"] is None else f" ({x['confidence']:.2f})"
            out.print(f"  {escape(x['document'])} {escape(x['item'])}: gold {x['gold']}, analyzer {x['predicted']}{conf}", highlight=False)
    for e in m["errors"]:
        say(err, "error", e)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    err = Console(stderr=True, soft_wrap=True)
    out = _Console(soft_wrap=True)
    if args.command == "check":
        if args.format is None:  # the suffix of -o decides (-o - is stdout: the terminal report)
            args.format = (
                OUTPUT_SUFFIXES.get(args.output.suffix.lower(), "rich") if args.output is not None and str(args.output) != "-" else "rich"
            )
        if args.format == "xlsx":
            from .report_xlsx import MissingExtra, is_terminal, require_openpyxl

            if args.output is None or str(args.output) == "-" or is_terminal(args.output):
                parser.error("--format xlsx writes a binary workbook: give -o FILE.xlsx (not a terminal or stdout)")
            try:
                require_openpyxl()
            except MissingExtra as exc:
                say(err, "error", str(exc))
                return EXIT_USAGE
        if args.output is not None and str(args.output) == "-":
            args.output = None  # "-" is stdout, as it is stdin for input
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
            parser.error("--follow-up goes with the rich (terminal) format (json, jsonl, csv and html always carry the draft)")
        if args.bom and args.format != "csv":
            parser.error("--bom goes with --format csv")
        if args.summary_only and args.format != "rich":
            parser.error("--summary-only goes with the rich (terminal) format")
        if (args.asked_date or args.answer_date) and not _one_document(args):
            parser.error(
                "--asked-date and --answer-date apply to one document (a file or --question/--answer); for a batch, give the dates in a JSONL export's metadata"
            )
        if args.asked_date and args.answer_date and args.answer_date < args.asked_date:
            parser.error("--answer-date is before --asked-date")
    if args.command in ("check", "fetch") and (
        args.retries < 0 or args.timeout <= 0 or args.delay < 0 or args.backoff < 0 or args.max_wait < 0
    ):
        parser.error("--timeout must be positive; --retries, --delay, --backoff and --max-wait not negative")
    if args.command == "fetch":
        if args.limit < 1:
            parser.error("--limit must be at least 1")
        if args.max_bytes < 1:
            parser.error("--max-bytes must be a positive number of bytes")
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
        if args.command == "fetch":
            return fetch_command(args, err)
    except FetchError as exc:  # a malformed reference or a missing extra: nothing was fetched
        say(err, "error", f"{exc.code}: {exc}")
        return EXIT_USAGE
    except (RuleError, RuleTimeout, PipelineError, DeadlineError) as exc:
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
