"""A "Vraag / Antwoord" table laid out in two columns of spaces, as ``pdftotext -layout`` prints a PDF's table.

Each line holds a piece of the question cell on the left and a piece of the answer cell on the right::

    Vraag                                 Antwoord
    1. Bent u bekend met het              Ja.
    jaarverslag?
    2. Hoe vaak is de normtijd            In 2024 waren er 71
    overschreden?                         uitrukken, waarvan 23 ...

Read line by line, every question would run into its answer. The table is read row by row instead: the question cell's
lines, then the answer cell's (its paragraphs kept), as the text of the document, to which the offsets then point (as a
web page is read as its visible text).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import RawDocument
from ..safe_text import shown

_HEADER = re.compile(
    r"^[^\S\n]*(?:(?:Nr\.?|Nummer)[^\S\n]{2,})?(?:Vraag|Vragen|VRAAG|VRAGEN)[^\S\n]{3,}(?P<answer>Antwoord|Antwoorden|ANTWOORD|ANTWOORDEN)"
    r"[^\S\n]*$",
    re.M,
)
_ROW_LABEL = re.compile(r"\d{1,3}[.)]?[^\S\n]+\S|(?:Vraag[^\S\n]+)?\d{1,3}[^\S\n]*[.:)]")
MIN_ROWS = 2  # rows with a question and an answer cell before a layout counts as a table of two columns


def _cells(line: str, col: int) -> tuple[str, str] | None:
    """The left and the right cell's piece of one line, or None when its text runs across the column's edge."""
    if len(line) > col and not line[col - 1].isspace() and not line[col].isspace():
        return None
    return line[:col].strip(), line[col:].strip()


def decolumn(text: str) -> str | None:
    """``text`` with its two-column question/answer table read row by row; None when it holds no such table."""
    header = _HEADER.search(text)
    if header is None:
        return None
    col = header.start("answer") - header.start()
    lines = text[header.end() :].split("\n")[1:]
    rows: list[tuple[list[str], list[list[str]]]] = []  # (question lines, answer paragraphs of lines)
    blank = True
    used = 0
    for line in lines:
        if not line.strip():
            blank = True
            used += 1
            if rows and rows[-1][1] and rows[-1][1][-1]:
                rows[-1][1].append([])
            continue
        cells = _cells(line, col)
        if cells is None:
            break  # (text across both columns: the table has ended)
        left, right = cells
        if left and _ROW_LABEL.match(left) and (blank or not rows):
            rows.append(([left], [[right]] if right else [[]]))
        elif not rows:
            return None  # (the first line under the header is no question's)
        elif left and blank and not right:
            break  # (a paragraph after the table: the closing, a signature)
        else:
            if left:
                rows[-1][0].append(left)
            if right:
                rows[-1][1][-1].append(right)
        blank = False
        used += 1
    full = [r for r in rows if any(p for p in r[1]) and "?" in " ".join(r[0])]
    if len(full) < MIN_ROWS:
        return None
    out = []
    for question, paragraphs in rows:
        answer = "\n\n".join(" ".join(p) for p in paragraphs if p)
        out.append(" ".join(question) + ("\n" + answer if answer else ""))
    rest = "\n".join(lines[used:])
    return text[: header.end()] + "\n" + "\n\n".join(out) + ("\n\n" + rest if rest.strip() else "\n")


def decolumned(raw: RawDocument) -> RawDocument:
    """A text holding a question/answer table of two columns of spaces, read row by row, with a warning."""
    text = decolumn(raw.text) if "   " in raw.text else None
    if text is None:
        return raw
    warning = (
        f"{shown(raw.source)}: a question/answer table in two columns (as pdftotext -layout prints it) was read row by row; "
        "the offsets point into the text so read"
    )
    return replace(raw, text=text, warnings=(*raw.warnings, warning))
