"""The spreadsheet report (``--format xlsx``, needs the ``analyzer[xlsx]`` extra: openpyxl).

One sheet of items, the same columns and cells as the CSV (formula-looking text neutralised the
same way), then one sheet per batch summary table: respondent, department, party, asker, period.
The workbook is written to a temporary file next to the target and renamed into place, so it is
never half-written.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

from .i18n import Lang, summary_note
from .model import VERDICTS
from .report_flat import COLUMNS, rows, spreadsheet_safe

# sheet name -> the key of the summary table in the JSON report
SUMMARY_SHEETS = (
    ("respondent", "by_respondent"),
    ("department", "by_department"),
    ("party", "by_party"),
    ("asker", "by_asker"),
    ("period", "by_period"),
)
SUMMARY_COLUMNS = (
    "rank",
    "name",
    "departments",
    "documents",
    "co_signed",
    "items",
    *VERDICTS,
    *(f"share_{v}" for v in VERDICTS),
    "mean_score",
    "median_days_to_answer",
    "days_known",
    "late",
    "lateness_known",
    "note",
)
MAX_CELL = 32767  # the most characters a spreadsheet cell holds
# characters an XLSX file cannot hold (control characters other than tab, newline and carriage return)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class MissingExtra(ImportError):
    """openpyxl is not installed."""


def require_openpyxl() -> None:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise MissingExtra("--format xlsx needs openpyxl: pip install 'analyzer[xlsx]'") from None


def cell(value: object) -> object:
    """A value as a cell: text made safe (as in the CSV), without characters XLSX forbids, within a cell's length."""
    value = spreadsheet_safe(value)
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        if len(value) > MAX_CELL:
            value = value[: MAX_CELL - 1] + "…"
    return value


def _summary_row(r: dict[str, Any], period: bool, lang: Lang) -> list[object]:
    note = ("too few" if r["small_sample"] else "") if period else summary_note(r, lang)
    if period and note and lang == "nl":
        note = "te weinig"
    return [
        r.get("rank"),
        r["name"],
        "; ".join(r.get("departments") or []) or None,
        r["documents"],
        r.get("co_signed"),
        r["items"],
        *(r["counts"][v] for v in VERDICTS),
        *(r["share"][v] for v in VERDICTS),
        r["mean_score"],
        r["median_days_to_answer"],
        r["days_known"],
        r.get("late"),
        r.get("lateness_known"),
        note or None,
    ]


def write_xlsx(report: dict[str, Any], path: Path, pipeline: str | None = None, lang: Lang = "nl") -> None:
    """Write the report as a workbook to ``path`` (atomically, for a regular file)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    items = wb.create_sheet("items")
    items.append(list(COLUMNS))
    for d in report["documents"]:
        for row in rows(d, pipeline, lang):
            items.append([cell(row[c]) for c in COLUMNS])
    summary = report["summary"]
    for name, key in SUMMARY_SHEETS:
        ws = wb.create_sheet(name)
        ws.append(list(SUMMARY_COLUMNS))
        for r in summary.get(key) or []:
            ws.append([cell(v) for v in _summary_row(r, key == "by_period", lang)])
    if path.is_dir():
        raise IsADirectoryError(f"-o {path}: is a directory")
    if path.exists() and not path.is_file():  # a named pipe: write to it as it is
        wb.save(str(path))
        return
    target = path.resolve() if path.is_symlink() else path
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        os.close(fd)
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def is_terminal(path: Path) -> bool:
    """Whether ``-o`` names a terminal (``-o /dev/tty``, ``-o /dev/stdout`` of a terminal): no place for binary data."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    if not stat.S_ISCHR(mode):
        return False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    except OSError:
        return True
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)
