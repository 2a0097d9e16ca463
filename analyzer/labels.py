"""Recognising item and answer labels at the start of a logical line.

A label is only a *candidate*: the segmenter decides which candidates are real by their sequence
(numbers go up, letters go a, b, c) and their style (``1.`` vs ``1)``), so a list inside an answer
("indien 1) één van de criteria ...") does not become an answer part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

LabelKind = Literal["vraag", "antwoord", "number", "letter", "heading"]

_NUMS = r"\d{1,3}(?:\s*(?:,|&|en|t/m|tot\s+en\s+met|tot|-|–)\s*\d{1,3}|\s+\d{1,3}(?=\s*(?:,|en)))*"

# "Vraag 1", "Vraag 2 en 3", "Vraag 3, 4 en 5", "Vraag 7, 8, 9 10 en 11", "Vragen 4 t/m 6", "Vraag 1:"
VRAAG = re.compile(
    rf"[^\S\n]*(?:Vraag|Vragen|VRAAG)[^\S\n]+(?P<nums>{_NUMS})(?P<letter>[a-z])?[^\S\n]*[:.]?(?=[^\S\n]*$|[^\S\n]*[A-Z«“\"‘'(])"
)
# "Antwoord", "Antwoord 1", "Antwoord 5:", "Antwoord op vraag 1", "Antwoord vraag 1:",
# "Antwoorden 5 en 6", "Antwoord vragen 1,2,3,4 en 5", "Antwoord vraag 4-7", "Antwoord 2 t/m 6",
# "Antwoord op de vragen 2 en 3". Not: "Antwoord van Minister ...", "Antwoorden op Kamervragen ...".
ANTWOORD = re.compile(
    rf"[^\S\n]*(?:Antwoord|Antwoorden|ANTWOORD)"
    rf"(?:[^\S\n]+(?:op[^\S\n]+)?(?:de[^\S\n]+)?(?:vraag|vragen)?[^\S\n]*(?P<nums>{_NUMS})(?P<letter>[a-z])?)?"
    rf"[^\S\n]*(?P<colon>[:.])?(?=[^\S\n]*$|(?(colon)[^\S\n]*\S|[^\S\n]*$))"
)
# The answer heading of a Flemish written question: "ANTWOORD" (alone) or "ANTWOORD op vraag nr. 785".
FLEMISH_HEADING = re.compile(r"[^\S\n]*ANTWOORD\b[^\S\n]*(?:$|op\b)")
ANSWER_OP_VRAAG_NR = re.compile(r"[^\S\n]*(?:ANTWOORD[^\S\n]+)?op[^\S\n]+(?:schriftelijke[^\S\n]+)?vraag[^\S\n]+nr\.?[^\S\n]*\d+", re.I)

# "3. a)" / "3a)" / "3)a)"
NUMBER_LETTER = re.compile(r"[^\S\n]*(?P<num>\d{1,3})[^\S\n]*(?:[.)][^\S\n]*)?(?P<letter>[a-z])[^\S\n]*\)[^\S\n]*")
# "1.1" / "1.1." / "2.3)"
NESTED = re.compile(r"[^\S\n]*(?P<num>\d{1,2})\.(?P<sub>\d{1,2})(?P<delim>[.)])?(?=[^\S\n]|$)[^\S\n]*")
# "1.", "1)", "10.VDAB" (glued), "1" alone on a line, "1 -"
NUMBER = re.compile(r"[^\S\n]*(?P<num>\d{1,3})(?:(?P<delim>[.)])(?=[^\S\n]|$|[A-ZÀ-Ý«“\"‘'(])|(?P<bare>[^\S\n]*$))[^\S\n]*")
# Grouped numbers in a block answer: "2 en 3.", "4 tot 6:", "1, 2 en 3", "5-7."
NUMBER_GROUP = re.compile(
    r"[^\S\n]*(?P<nums>\d{1,2}(?:[^\S\n]*(?:,|en|&|t/m|tot[^\S\n]+en[^\S\n]+met|tot|-|–)[^\S\n]*\d{1,2})+)"
    r"[^\S\n]*(?:[.):]|(?=[^\S\n]*$))[^\S\n]*"
)
# "a)", "a)Tot" (glued), "(a)", "a." followed by a capital
LETTER = re.compile(r"[^\S\n]*\(?(?P<letter>[a-z])(?:\)|\.(?=[^\S\n]+[A-Z]))[^\S\n]*")


@dataclass(frozen=True)
class Label:
    """A label candidate: where it is, what it claims, and how it is written."""

    start: int
    end: int  # end of the label text; the body starts here
    kind: LabelKind
    numbers: tuple[int, ...] = ()
    letter: str | None = None
    sub: int | None = None
    style: str = ""


def parse_numbers(spec: str) -> tuple[int, ...]:
    """``"2 en 3"`` -> (2, 3); ``"2 t/m 6"`` / ``"4-7"`` -> (2..6) / (4..7); ``"7, 8, 9 10 en 11"``."""
    spec = spec.strip()
    nums: list[int] = []
    tokens = re.findall(r"\d{1,3}|t/m|tot\s+en\s+met|tot|-|–", spec)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isdigit():
            nums.append(int(tok))
        elif nums and i + 1 < len(tokens) and tokens[i + 1].isdigit():
            lo, hi = nums[-1], int(tokens[i + 1])
            if lo < hi <= lo + 60:
                nums.extend(range(lo + 1, hi + 1))
                i += 1
        i += 1
    seen: list[int] = []
    for n in nums:
        if n not in seen:
            seen.append(n)
    return tuple(seen)


def match_vraag(line: str, offset: int) -> Label | None:
    m = VRAAG.match(line)
    if not m:
        return None
    nums = parse_numbers(m.group("nums"))
    if not nums:
        return None
    return Label(offset + _lstrip(line), offset + m.end(), "vraag", nums, m.group("letter"), style="vraag")


def match_antwoord(line: str, offset: int) -> Label | None:
    m = ANTWOORD.match(line)
    if not m:
        return None
    spec = m.group("nums")
    nums = parse_numbers(spec) if spec else ()
    return Label(offset + _lstrip(line), offset + m.end(), "antwoord", nums, m.group("letter"), style="antwoord")


def match_numbered(line: str, offset: int) -> Label | None:
    """A numeric or lettered label at the start of a line (``1.``, ``3. a)``, ``1.1``, ``a)``)."""
    start = offset + _lstrip(line)
    m = NUMBER_GROUP.match(line)
    if m and len(parse_numbers(m.group("nums"))) > 1:
        return Label(start, offset + m.end(), "number", parse_numbers(m.group("nums")), style="group")
    m = NUMBER_LETTER.match(line)
    if m:
        return Label(start, offset + m.end(), "number", (int(m.group("num")),), m.group("letter"), style="numletter")
    m = NESTED.match(line)
    if m:
        return Label(start, offset + m.end(), "number", (int(m.group("num")),), sub=int(m.group("sub")), style="nested")
    m = NUMBER.match(line)
    if m:
        style = "bare" if m.group("bare") is not None else (m.group("delim") or "")
        return Label(start, offset + m.end(), "number", (int(m.group("num")),), style=style)
    m = LETTER.match(line)
    if m:
        return Label(start, offset + m.end(), "letter", (), m.group("letter"), style="letter")
    return None


def _lstrip(line: str) -> int:
    return len(line) - len(line.lstrip())
