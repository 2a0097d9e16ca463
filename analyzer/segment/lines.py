"""Logical lines: physical lines without furniture and format characters, broken where a label starts inline."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..asks import trim
from ..clean import FORMAT_CHARS, Line, fragments
from ..labels import (
    Label,
    inline_breaks,
    match_antwoord,
    match_numbered,
    match_vraag,
)
from ..model import Span


@dataclass(frozen=True)
class Frag:
    """A logical line: ``text`` is ``original[start:end]`` without format characters.

    ``where`` gives, when format characters were removed, the original offset of every character of
    ``text``; labels are matched on ``text`` and mapped back with :meth:`at`.
    """

    start: int
    end: int
    text: str
    where: tuple[int, ...] | None = None
    weak: bool = False  # begun at a weak inline break (see :class:`analyzer.labels.Break`)

    def pos(self, i: int, *, end: bool = False) -> int:
        """Original offset of position ``i`` of ``text`` (``end``: of the position just after ``text[i - 1]``)."""
        if self.where is None:
            return self.start + i
        if end:
            return self.where[i - 1] + 1 if i > 0 else self.start
        return self.where[i] if i < len(self.where) else self.end

    def at(self, lab: Label | None) -> Label | None:
        """A label matched on ``text`` (with offset 0), moved to its place in the original."""
        if lab is None:
            return None
        return dataclasses.replace(lab, start=self.pos(lab.start), end=self.pos(lab.end, end=True))


def visible_text(line: str, offset: int) -> tuple[str, tuple[int, ...] | None]:
    """``line`` without format characters, and the original offset of each character kept (None: unchanged). (No-break
    spaces are spaces by then: :func:`analyzer.segment.segment` maps them for the whole document.)"""
    if FORMAT_CHARS.search(line) is None:
        return line, None
    keep = [i for i, c in enumerate(line) if not FORMAT_CHARS.match(c)]
    return "".join(line[i] for i in keep), tuple(offset + i for i in keep)


# a label left at the end of a wrapped line after a sentence ("... per jaar. a." / "Hoeveel ...?"), its text on the
# next line: a PDF or mail that wraps at a fixed width puts inline labels there
# ("... vergaderjaar 2023-2024, nr. 594." ends in a reference, not a label)
# (nor does a figure after a word and a colon, "Stationsstraat: 3.", or after an abbreviation, "blz. 23.")
# (the first letter of a list after a heading's word: "3. Leegstand a." / "Hoeveel sociale woningen staan er leeg?")
_DANGLING_LABEL = re.compile(
    r"(?:(?:(?<=\?)|(?<=[a-zà-ÿ)]{4}[.!])|(?<=[a-zà-ÿ]{2},))[^\S\n]+(?:[a-z]|\d{1,2}|[ivx]{1,4})"
    r"|(?<=[a-zà-ÿ]{3})[^\S\n]+a)[.)][^\S\n]*$"
    # (a number with its colon after a sentence's end, as a council numbers its answers: "... van de installatie. 2:" /
    # "Specifiek voor ...")
    r"|(?:(?<=\?)|(?<=[a-zà-ÿ)]{4}[.!]))[^\S\n]+\d{1,2}:[^\S\n]*$"
)
# ... or the first label after the colon of a lead-in, a word in small letters: "... vernam hieromtrent graag het volgende: 1." /
# "Wachtlijsten en toewijzing a. ..." (not a figure in a list of streets, "Stationsstraat: 3.")
_DANGLING_AFTER_COLON = re.compile(r"(?<![^\W\d_])[a-zà-ÿ]{3,}:[^\S\n]+(?:1|a)[.)][^\S\n]*$")
# a line that closes a sentence (before a closing quote or bracket, or a footnote number)
_CLOSES = re.compile(r"[.?!:;][)”\"’»]*\d{0,2}$")


def _wrap_width(text: str, lines: Sequence[Line]) -> int | None:
    """The width a text was wrapped at (a PDF's or a mail's fixed line length), or None when its lines are not wrapped."""
    return wrap_width([len(text[ln.start : ln.end].rstrip()) for ln in lines if text[ln.start : ln.end].strip()])


def wrap_width(lengths: Sequence[int]) -> int | None:
    """The width lines of these lengths were wrapped at, or None when they are not wrapped: most lines run close to one
    width, and that width is a line's, not a paragraph's."""
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    width = sorted(lengths)[int(len(lengths) * 0.9)]
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return None
    full = sum(1 for n in lengths if n >= 0.75 * width)
    return width if full >= 0.5 * len(lengths) else None


def _joins(text: str, ln: Line, nxt: Line, width: int | None) -> bool:
    """Whether the line break between ``ln`` and ``nxt`` is not the text's: a dangling label's text goes on after it, or
    a wrapped line was full (the next word would not have fit on it). Never before a line that starts a label or a bullet."""
    end = ln.end
    while end > ln.start and text[end - 1] in " \t":
        end -= 1
    if end == ln.start:
        return False
    # (the cheap tests first: most lines end in no label, and a text that is not wrapped joins nothing else)
    tail = max(ln.start, end - 12)  # (both tests look at the line's last characters only)
    dangling = text[end - 1] in ".):" and (
        _DANGLING_LABEL.search(text, tail, end) is not None or _DANGLING_AFTER_COLON.search(text, max(ln.start, end - 40), end) is not None
    )
    if not dangling and (width is None or _CLOSES.search(text, tail, end)):
        # (a line that closes a sentence keeps its break: the next may be a heading, "Antwoord van ...", "Mededeling",
        # "Met vriendelijke groet,", or the next question of a group split at its lines)
        return False
    gap = text[ln.end : nxt.start]
    if gap.strip() or gap.count("\n") + gap.count("\r") not in (1, 2) or "\n\n" in gap:
        return False
    following = text[nxt.start : nxt.end].strip()
    if not following or following[0] in _BULLETS:
        return False
    if dangling and re.match(r"a[.)][^\S\n]+\S", following) and re.search(r"\d[.)][^\S\n]*$", text[tail:end]):
        return True  # (a number left at the line's end over its first lettered part: "... met graffiti? 2." / "a) Welke ...")
    if dangling:
        joins = following[0].isupper()
    else:
        assert width is not None
        joins = end - ln.start + 1 + len(following.split(maxsplit=1)[0]) > width
    return joins and not _starts_label(following)  # (the label test last: it is the dearest)


_WRAP_MIN_LINES = 8
_WRAP_WIDTHS = (40, 120)
_BULLETS = "-–•▪*·"


def _wrapped(text: str, lines: Sequence[Line]) -> Iterator[tuple[Line, bool]]:
    """``lines`` with the lines of a wrapped paragraph joined (:func:`_joins`), each with whether it was: a label left at
    a line's end starts a line of its own once the joined line is broken at labels, and a heading wrapped over two lines
    is one line."""
    width = _wrap_width(text, lines)
    i = 0
    while i < len(lines):
        ln = lines[i]
        joined = False
        while i + 1 < len(lines) and _joins(text, lines[i], lines[i + 1], width):
            i += 1
            ln = Line(ln.start, lines[i].end)
            joined = True
        yield ln, joined
        i += 1


def _starts_label(line: str) -> bool:
    """The line starts with a label of its own ("Vraag 1", "Antwoord 2", "3. Welke ...")."""
    line = line.lstrip()
    return match_vraag(line, 0) is not None or match_antwoord(line, 0) is not None or match_numbered(line, 0) is not None


def logical_lines(text: str, furniture: Sequence[Span], start: int = 0, end: int | None = None) -> list[Frag]:
    """Logical lines, each also broken where a label starts inside it (text whose line breaks were lost)."""
    out = []
    for ln, joined in _wrapped(text, list(fragments(text, furniture, start, end))):
        physical = text[ln.start : ln.end]
        line, where = visible_text(physical.replace("\n", " ").replace("\r", " ") if joined else physical, ln.start)
        cuts = [0]
        weak: set[int] = set()
        for brk in inline_breaks(line):
            cuts.extend(c for c in (brk.start, brk.end) if c is not None and c > cuts[-1])
            if brk.weak:
                weak.add(brk.start)
        cuts.append(len(line))
        for a, b in itertools.pairwise(cuts):
            piece = line[a:b]
            # a physical line keeps its indentation (its start is the line's); a piece cut inline starts at its text
            lead = len(piece) - len(piece.lstrip()) if a > 0 else 0
            vis = piece[lead:].rstrip()
            if not vis.strip():
                continue
            i, j = a + lead, a + lead + len(vis)
            if where is None:
                out.append(Frag(ln.start + i, ln.start + j, vis, None, a in weak))
            else:
                out.append(Frag(where[i], where[j - 1] + 1, vis, where[i:j], a in weak))
    return out


def trimmed(text: str, a: int, b: int) -> Span:
    """``[a, b)`` without whitespace or format characters at either end (empty at ``a`` when ``b`` is
    before it: a label whose text a signature or a closing line already took)."""
    b = max(a, b)
    while True:
        a, b = trim(text, a, b)
        if a < b and FORMAT_CHARS.match(text, a):
            a += 1
        elif a < b and FORMAT_CHARS.match(text, b - 1):
            b -= 1
        else:
            return Span(a, b)


def region_end(frags: list[Frag], upto: int) -> int:
    """End of the last fragment that ends at or before ``upto`` (skips furniture after text).

    Fragments are in text order, so a binary search finds it (a linear scan from the start made a
    document of thousands of items quadratic)."""
    i = bisect.bisect_right(frags, upto, key=lambda f: f.end)  # frags[:i] end at or before upto
    if i < len(frags):
        f = frags[i]
        if f.start < upto and f.text[: upto - f.start].strip():
            return upto  # ends inside this fragment's text (before a signature on the same line)
    return frags[i - 1].end if i > 0 else upto


# the closing formula of a letter and its signature block: "Met vriendelijke groet,", "Hoogachtend,",
# "burgemeester en wethouders van Utrecht,", "Het college van burgemeester en schepenen"
CLOSING_START = re.compile(
    r"[^\S\n]*(?:met[^\S\n]+(?:vriendelijke|hoogachtende)[^\S\n]+groet|hoogachtend|namens[^\S\n]+het[^\S\n]+college)", re.I
)
# ... or a line naming the college that signs: "burgemeester en wethouders van Utrecht,"
CLOSING_LINE = re.compile(
    CLOSING_START.pattern + r"|[^\S\n]*(?:het[^\S\n]+college[^\S\n]+van[^\S\n]+)?burgemeester[^\S\n]+en[^\S\n]+(?:wethouders|schepenen)"
    r"(?:[^\S\n]+van[^\S\n]+[A-ZÀ-Ý][\w' -]*)?[^\S\n]*,?[^\S\n]*$"
    # the hope or trust to have informed, a line of its own: "Ik vertrouw erop u hiermee naar behoren te hebben geïnformeerd."
    r"|[^\S\n]*(?:ik|wij|we)[^\S\n]+(?:vertrouw(?:en)?|hoop|hopen)[^\S\n]+(?:erop[^\S\n]+)?(?:u|uw[^\S\n]+\w+)[^\S\n]+(?:hiermee|hierbij|daarmee)"
    r"[^\S\n]+(?:[^\n.?!]{0,30}?[^\S\n]+)?te[^\S\n]+hebben[^\S\n]+(?:geïnformeerd|ingelicht|beantwoord)[^\S\n]*[.,]?[^\S\n]*$",
    re.I,
)

_ONE_WORD = re.compile(r"\s*(?:\d{1,3}\s+)?\S+\s*")


def closing_index(frags: Sequence[Frag], window: int = 8) -> int | None:
    """The index of the closing formula of a letter among the last ``window`` lines, if there is one:
    it and the signature after it (a few short lines, no numbered text) answer nothing."""
    for k in range(max(1, len(frags) - window), len(frags)):
        if CLOSING_LINE.match(frags[k].text) and all(
            # (a footnote's URL printed under the signature is one long word: "https://api.notubiz.nl/documents/...")
            (len(f.text) <= 80 or _ONE_WORD.fullmatch(f.text)) and not re.match(r"\s*\d{1,3}[.)]", f.text)
            for f in frags[k + 1 :]
        ):
            return k
    return None


def clipped(text: str, frags: list[Frag], lo: int, hi: int) -> list[Frag]:
    """The logical lines inside ``[lo, hi)``, the first and last cut there (lines with format characters whole)."""
    out: list[Frag] = []
    for f in frags:
        if f.end <= lo or f.start >= hi:
            continue
        a, b = max(f.start, lo), min(f.end, hi)
        if (a, b) != (f.start, f.end) and f.where is None:
            f = dataclasses.replace(f, start=a, end=b, text=text[a:b])
        if text[f.start : f.end].strip():
            out.append(f)
    return out


# a line break inside a sentence: after a word or a comma, before a word in lower case ("... problematiek en overlast van" /
# "zowel de ganzen als het jagen ...")
# (a blank line between them too, where every line break of a page was doubled: "... overlast van" / "" / "zowel de ganzen ...")
# or after a word no sentence ends on, whatever follows: "... de berichten «Huisartsenzorg onder druk»1 en" / "«Huisartsen vaak
# hindernis bij stages»?2" (an article, a preposition, a conjunction)
_SOFT_BREAK = re.compile(
    r"(?<=[^\W\d_]|,)[^\S\n]*\r?\n(?:[^\S\n]*\r?\n)?(?=[^\S\n]*[a-zà-ÿ])"
    # (the word is part of the match: only the line break in it is made a space)
    r"|\b(?:en|of|de|het|een|van|in|met|voor|dat|die|te|om|op|aan|bij|naar|over|door|tot|als|dan|maar|uit|onder|tussen)"
    r"[^\S\n]*\r?\n(?=[^\S\n]*(?:[^\W\d_]|[«“\"‘'(]))"
    # (a quotation a colon announces: "... het bericht Kogeltekort:" / "«Militairen roepen pang, pang bij schiettraining»?")
    r"|(?<=:)[^\S\n]*\r?\n(?=[^\S\n]*[«“\"‘])"
)


# a line nearly as long as the text's long lines (this share of the 90th percentile of line lengths, and at least
# ``WRAPPED_MIN`` characters) that stops on a word was wrapped: its sentence goes on at the next line, whatever letter that
# begins with ("Hoe duidt u de terechte noodkreet van de Commandant der" / "Landstrijdkrachten, luitenant-generaal De Kruif,
# ...?")
WRAPPED_SHARE = 0.7
WRAPPED_MIN = 30
# (or a figure with its word after it, no label: "... met een leegstandsgraad van meer dan" / "5 procent een verbetertraject ...?")
_LINE_BREAK = re.compile(r"(?<=[^\W\d_]|,)[^\S\n]*\r?\n(?=[^\S\n]*(?:[^\W\d_]|[«“\"‘'(]|\d[\d.,]*[^\S\n]+[a-zà-ÿ]))")


def _wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks after a long line that stops on a word or a comma, before a line that starts with a word and no
    label (:data:`WRAPPED_SHARE`)."""
    out: list[tuple[int, int]] = []
    breaks = list(_LINE_BREAK.finditer(text))
    if not breaks:
        return out
    # (only a text wrapped at a fixed width: a page with a paragraph on each line ends an answer without its full stop, "...
    # door problemen met de fundering" / "Wat gaat een uur parkeren kosten?", and its next question is no continuation)
    width = wrap_width([len(line.rstrip()) for line in text.splitlines() if line.strip()])
    if width is None:
        return out
    least = max(WRAPPED_MIN, int(WRAPPED_SHARE * width))
    for m in breaks:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < least:
            continue
        nxt = text[m.end() :].lstrip(" \t")
        if match_vraag(nxt, 0) is not None or match_antwoord(nxt, 0) is not None or match_numbered(nxt, 0) is not None:
            continue
        out.append(m.span())
    return out


@lru_cache(maxsize=8)  # (asked once per answer region and lettered family of a document: the same text each time)
def soft_unwrapped(text: str) -> str:
    """``text`` with the line breaks inside a sentence (:data:`_SOFT_BREAK`, a long line wrapped) as spaces, one character
    for one: a question a PDF or a mail wrapped over two lines is one sentence again."""
    return unwrapped(text, [])


def unwrapped(text: str, frags: list[Frag]) -> str:
    """``text`` with the line breaks inside each logical line, and those inside a sentence (:data:`_SOFT_BREAK`, a long line
    wrapped: :func:`_wrapped_breaks`), made spaces (one character for one: offsets hold)."""
    inner = [f for f in frags if "\n" in text[f.start : f.end] or "\r" in text[f.start : f.end]]
    soft = [m.span() for m in _SOFT_BREAK.finditer(text)] + _wrapped_breaks(text)
    if not inner and not soft:
        return text
    chars = list(text)
    for a, b in [(f.start, f.end) for f in inner] + soft:
        for i in range(a, b):
            if chars[i] in "\r\n":
                chars[i] = " "
    return "".join(chars)
