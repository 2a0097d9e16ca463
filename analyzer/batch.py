"""Batches: read and analyze documents (in N processes with ``--jobs N``), stream them to a sink.

Each task reads one input (a file, stdin, a question/answer pair, a JSONL export with many
records) and returns the report dicts of its documents, errors included, so one bad document
never stops the others. The pipeline is built once per process.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .analyze import Analyzer
from .model import RawDocument
from .read import InputError, read_documents, read_pair
from .report_json import document_json, error_json
from .rules import RuleTimeout
from .safe_text import shown, source_name
from .segment import SegmentationError


@dataclass(frozen=True)
class Task:
    """One input: ``kind`` is "path" (a file or "-"), "pair" (question, answer) or "error" (already failed)."""

    kind: str
    source: str
    answer: str | None = None
    error: tuple[str, str] | None = None  # (code, message)
    stdin: RawDocument | None = None


@dataclass(frozen=True)
class Outcome:
    documents: list[dict[str, Any]]
    messages: list[tuple[str, str]]  # (level, text): "error" or "warning"


_ANALYZER: Analyzer | None = None


def _init(model: str | None, rules: Sequence[Path]) -> None:
    global _ANALYZER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent ends the run
    _ANALYZER = Analyzer(model, rules)


def analyze_raw(analyzer: Analyzer, raw: RawDocument, debug: bool = False) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    messages = [("warning", w) for w in raw.warnings]
    try:
        result = analyzer.check(raw)
    except SegmentationError as exc:
        messages.append(("error", f"{shown(raw.source)}: {exc}"))
        return error_json(raw.source, exc.code, f"{shown(raw.source)}: {exc}"), messages
    except RuleTimeout as exc:  # a runaway rule stops this document, not the batch
        messages.append(("error", f"{shown(raw.source)}: {exc}"))
        return error_json(raw.source, "rule-timeout", f"{shown(raw.source)}: {exc}"), messages
    except Exception as exc:  # one bad document never stops the batch
        detail = f"{shown(raw.source)}: internal error: {exc!r}"
        if debug:
            import traceback

            detail += "\n" + traceback.format_exc()
        messages.append(("error", detail if debug else detail + " (run with --debug for the traceback)"))
        return error_json(raw.source, "internal", f"{shown(raw.source)}: internal error: {exc!r}"), messages
    return document_json(result.document, result.judgement), messages


def run_task(task: Task, max_bytes: int, analyzer: Analyzer | None = None, debug: bool = False) -> Outcome:
    analyzer = analyzer or _ANALYZER
    assert analyzer is not None
    docs: list[dict[str, Any]] = []
    messages: list[tuple[str, str]] = []
    if task.kind == "error":
        assert task.error is not None
        code, message = task.error
        return Outcome([error_json(task.source, code, message)], [("error", message)])
    raws: list[RawDocument | tuple[str, InputError]]
    if task.stdin is not None:
        raws = [task.stdin]
    elif task.kind == "pair":
        assert task.answer is not None
        try:
            raws = [read_pair(Path(task.source), Path(task.answer), max_bytes)]
        except InputError as pair_error:
            raws = [(f"{source_name(task.source)}+{source_name(task.answer)}", pair_error)]
    else:
        raws = list(read_documents(task.source, max_bytes))
    for raw in raws:
        if isinstance(raw, tuple):
            source, error = raw
            docs.append(error_json(source, error.code, str(error)))
            messages.append(("error", str(error)))
            continue
        doc, msgs = analyze_raw(analyzer, raw, debug)
        docs.append(doc)
        messages.extend(msgs)
    return Outcome(docs, messages)


def run(
    tasks: Iterable[Task],
    max_bytes: int,
    analyzer: Analyzer,
    jobs: int = 1,
    model: str | None = None,
    rules: Sequence[Path] = (),
    debug: bool = False,
) -> Iterator[Outcome]:
    """Outcomes in the order of ``tasks``, consumed lazily; with ``jobs > 1`` the work runs in that
    many processes, with at most ``2 * jobs`` tasks in flight, so memory stays flat."""
    if jobs <= 1:
        for t in tasks:
            yield run_task(t, max_bytes, analyzer, debug)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(model, tuple(rules)))
    try:
        window: deque[Future[Outcome]] = deque()
        for t in tasks:
            window.append(pool.submit(run_task, t, max_bytes, None, debug))
            if len(window) >= 2 * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    except BaseException:  # interrupted, or the consumer stopped: do not wait for work nobody will read
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


class AtomicOutput:
    """A text stream for ``-o FILE``.

    A regular file (or a new one) is written to a temporary file next to it and renamed into place
    on success, so it is never half-written; the temporary file gets the permissions a new file
    would get. A symlink is followed to its target. Anything else (``/dev/stdout``, a FIFO) is
    written to directly: replacing it would break it.
    """

    def __init__(self, path: Path) -> None:
        if path.is_dir():
            raise IsADirectoryError(f"-o {path}: is a directory")
        self.path = path
        self.tmp: str | None = None
        if path.exists() and not path.is_file():
            # a device, a pipe, /dev/stdout: write to it as it is
            self.fh: IO[str] = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            return
        target = path.resolve() if path.is_symlink() else path  # write through a link to a file
        self.path = target
        directory = target.parent if str(target.parent) else Path(".")
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, s: str) -> int:
        return self.fh.write(s)

    def flush(self) -> None:
        self.fh.flush()

    def mark(self) -> None:
        """Everything written so far is complete (a whole document): :meth:`keep_complete` keeps up to here."""
        self.fh.flush()
        self._complete = os.lseek(self.fh.fileno(), 0, os.SEEK_CUR) if self.tmp is not None else 0

    def commit(self) -> None:
        self.fh.close()
        if self.tmp is not None:
            os.replace(self.tmp, self.path)

    def keep_complete(self) -> None:
        """Commit what :meth:`mark` last marked complete, without the rest (a document half written)."""
        if self.tmp is None:
            self.abort()
            return
        with contextlib.suppress(OSError, ValueError):
            self.fh.flush()
        os.truncate(self.tmp, getattr(self, "_complete", 0))
        self.commit()

    def abort(self) -> None:
        """Discard the temporary file; a close that fails (a full disk fails the flush again) does not keep it."""
        try:
            self.fh.close()
        except (OSError, ValueError):
            pass
        finally:
            if self.tmp is not None:
                Path(self.tmp).unlink(missing_ok=True)
