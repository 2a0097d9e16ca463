"""Reading PDF: the text layer page by page, pages joined with ``"\\n\\f"``, two-column pages in column order.

The text extracted here *is* the original text of the document: every offset the analyzer reports
points into it. A page is read with pypdf's plain extraction, unless its text fragments show two
columns (a clear vertical gap near the middle of the page that most lines respect, with real text
on both sides); then the page is rebuilt from the fragments as: lines above the columns, the left
column, the right column, lines below the columns.

Errors are :class:`InputError` with the stable codes ``encrypted-pdf``, ``scanned-pdf``,
``unreadable-pdf`` and ``too-large``; pypdf's own log output is silenced, never a traceback.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError

from ..safe_text import shown
from .errors import InputError

PAGE_SEPARATOR = "\n\f"

# Two-column detection. Positions are PDF points (1/72 inch).
MIN_ROWS = 6  # fewer text lines on a page: never columns
GAP_REGION = (0.3, 0.7)  # the gap lies in this part of the page width
MIN_GAP = 6.0  # a gutter narrower than this is word spacing, not a gutter
MAX_CROSSING = 0.1  # share of lines allowed to cross the gap (titles, footers)
MIN_SIDE_ROWS = 3  # each column has at least this many lines ...
MIN_SIDE_SHARE = 0.2  # ... and this share of the lines
MIN_ROW_CHARS = 12.0  # mean characters per line on each side: text, not a column of numbers
MIN_BALANCE = 0.4  # narrow column / wide column: a margin note or a letterhead block is not a column

Width = Callable[[str], float]
WIDTH_GUESS = 0.5  # ems per character when pypdf cannot tell the font's widths: about the mean of a proportional font


@dataclass(frozen=True)
class Piece:
    """A text fragment as pypdf shows it: its text (trailing newline removed) and where it stands on the page."""

    text: str
    x: float
    y: float
    width: float
    size: float
    order: int  # among all fragments of the page, in content stream order
    broken: bool = False  # pypdf ended the fragment with a line break
    exact: bool = True  # the width comes from the font's metrics, not from a guess

    @property
    def end(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class Columns:
    """A two-column page: the gutter ``[gap_start, gap_end]`` and the fragments in reading order groups."""

    gap_start: float
    gap_end: float
    head: tuple[Piece, ...]
    left: tuple[Piece, ...]
    right: tuple[Piece, ...]
    foot: tuple[Piece, ...]


def pdf_text(data: bytes, source: str, max_chars: int) -> tuple[str, tuple[str, ...]]:
    """The text of a PDF (pages joined with ``"\\n\\f"``) and warnings about pages that could not be read."""
    with _quiet():
        reader = _open(data, source)
        try:
            pages: Sequence[PageObject] = reader.pages
            count = len(pages)
        except Exception as exc:
            raise InputError("unreadable-pdf", f"{shown(source)}: unreadable PDF ({_reason(exc)})") from None
        texts: list[str] = []
        failed: list[int] = []
        scanned: list[int] = []
        size = 0
        for number in range(count):
            try:
                text = page_text(pages[number])
            except Exception:
                failed.append(number + 1)
                text = ""
            if number + 1 not in failed and not text.strip() and _has_image(pages[number]):
                scanned.append(number + 1)
            texts.append(text)
            size += len(text) + len(PAGE_SEPARATOR)
            if size > max_chars:
                raise InputError(
                    "too-large",
                    f"{shown(source)}: the text of this PDF is over the limit of {max_chars} characters (raise it with --max-bytes)",
                )
    if count == 0:
        raise InputError("empty", f"{shown(source)}: the PDF has no pages")
    if len(failed) == count:
        raise InputError("unreadable-pdf", f"{shown(source)}: unreadable PDF (no page could be read)")
    if not any(t.strip() for t in texts):
        raise InputError("scanned-pdf", f"{shown(source)}: scanned PDF (no text layer): run OCR first")
    out: list[str] = []
    if failed:
        out.append(f"{shown(source)}: {_pages(failed)} could not be read and {'is' if len(failed) == 1 else 'are'} left out")
    if scanned:
        out.append(
            f"{shown(source)}: {_pages(scanned)}: an image without a text layer (scanned?), left out; run OCR to include {'it' if len(scanned) == 1 else 'them'}"
        )
    return PAGE_SEPARATOR.join(texts), tuple(out)


def _open(data: bytes, source: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
    except Exception as exc:
        raise InputError("unreadable-pdf", f"{shown(source)}: unreadable PDF ({_reason(exc)})") from None
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise InputError("unreadable-pdf", f"{shown(source)}: unreadable PDF ({_reason(exc)})") from None
    if encrypted:
        try:
            opened = bool(reader.decrypt(""))  # many PDFs only restrict printing or copying: empty user password
        except DependencyError:
            raise InputError(
                "encrypted-pdf", f"{shown(source)}: encrypted PDF (AES; reading it needs the 'cryptography' package): decrypt it first"
            ) from None
        except Exception:
            opened = False
        if not opened:
            raise InputError("encrypted-pdf", f"{shown(source)}: encrypted PDF: decrypt it first")
    return reader


def page_text(page: PageObject) -> str:
    """One page: plain extraction order, or column order when the page has two columns."""
    pieces: list[Piece] = []
    widths: dict[int, tuple[Any, Width | None]] = {}
    count = [0]
    turned: list[str] = []  # text that is not upright (a margin note printed sideways)

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: Any, font_size: float) -> None:
        if not text:
            return
        order = count[0]
        count[0] += 1
        body = text.strip("\r\n")
        if not body.strip():
            return
        broken = text[-1:] in ("\n", "\r")
        a, b, c, d, e, f = _mult(tm, cm)
        scale_x, scale_y = math.hypot(a, b), math.hypot(c, d)
        if not (a > 0 and d > 0 and abs(b) <= 0.01 * scale_x and abs(c) <= 0.01 * scale_y):
            turned.append(body)
            return
        key = id(font)
        if key not in widths:
            widths[key] = (font, _width_function(font))
        size = abs(font_size) * scale_y
        measure = widths[key][1]
        em = max((measure or _guess)(line) for line in body.splitlines())
        pieces.append(Piece(body, e, f, em * abs(font_size) * scale_x, size, order, broken, measure is not None))

    plain = page.extract_text(visitor_text=visit)
    if not pieces or _rotation(page) or sum(map(len, turned)) > 0.1 * sum(len(p.text) for p in pieces):
        return plain  # a turned page, or much turned text: leave the page to pypdf
    box = page.cropbox
    columns = find_columns(pieces, float(box.left), float(box.width))
    if columns is not None:
        parts = [_group_text(g) for g in (columns.head, columns.left, columns.right, columns.foot) if g]
    elif plain.count("\n") > 1.5 * len(_rows(pieces)) + 2:
        # pypdf broke lines inside lines (a generator that writes every word in a text block of its own)
        parts = [_group_text(pieces)]
    else:
        return plain
    return "\n".join([*parts, *turned]) + "\n"  # sideways margin text last


def find_columns(pieces: Sequence[Piece], left: float, width: float) -> Columns | None:
    """The two columns of a page, or ``None`` when the fragments do not show a clear gutter near the middle."""
    rows = _rows(pieces)
    if len(rows) < MIN_ROWS or width <= 0:
        return None
    lo, hi = int(left + GAP_REGION[0] * width), int(left + GAP_REGION[1] * width)
    # crossing[i]: how many lines cover position lo + i; each line counts once however many fragments it has
    delta = [0] * (hi - lo + 2)
    for row in rows:
        spans: list[tuple[int, int]] = []
        for p in row:  # left to right
            # a fragment covers the integer positions strictly inside it (half a point of slack on each side)
            start, end = max(lo, math.floor(p.x + 0.5) + 1), min(hi, math.ceil(p.end - 0.5) - 1)
            if start > end:
                continue
            if spans and start <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        for start, end in spans:
            delta[start - lo] += 1
            delta[end - lo + 1] -= 1
    crossing = list(itertools.accumulate(delta[:-1]))
    allowed = max(2, int(MAX_CROSSING * len(rows)))  # a title and a footer always may
    runs: list[tuple[int, int]] = []
    start_run: int | None = None
    for i, count in enumerate([*crossing, allowed + 1]):
        if count <= allowed and start_run is None:
            start_run = i
        elif count > allowed and start_run is not None:
            runs.append((lo + start_run, lo + i - 1))
            start_run = None
    for a, b in sorted(runs, key=lambda r: r[0] - r[1]):  # widest gap first
        if b - a < MIN_GAP:
            break
        if a == lo or b == hi:
            continue  # the gap runs out of the middle of the page: a margin, not a gutter
        found = _split(rows, float(a), float(b))
        if found is not None:
            return found
    return None


def _split(rows: Sequence[Sequence[Piece]], a: float, b: float) -> Columns | None:
    middle = (a + b) / 2
    left: list[Piece] = []
    right: list[Piece] = []
    spanning: list[Piece] = []
    left_rows = right_rows = 0
    for row in rows:
        in_left = in_right = False
        for p in row:
            if p.x >= middle:
                right.append(p)
                in_right = True
            elif p.end <= b:
                left.append(p)
                in_left = True
            else:
                spanning.append(p)
        left_rows += in_left
        right_rows += in_right
    need = max(MIN_SIDE_ROWS, MIN_SIDE_SHARE * len(rows))
    if left_rows < need or right_rows < need:
        return None
    if sum(len(p.text) for p in left) / left_rows < MIN_ROW_CHARS or sum(len(p.text) for p in right) / right_rows < MIN_ROW_CHARS:
        return None
    left_width = a - min(p.x for p in left)
    right_width = max(p.end for p in right) - b
    if min(left_width, right_width) < MIN_BALANCE * max(left_width, right_width):
        return None
    top = max(p.y for p in left + right)
    bottom = min(p.y for p in left + right)
    head = [p for p in spanning if p.y > top]
    foot = [p for p in spanning if p.y < bottom]
    inside = [p for p in spanning if bottom <= p.y <= top]  # a line across the gutter inside the columns reads with the left one
    return Columns(a, b, tuple(head), tuple(left + inside), tuple(right), tuple(foot))


def _rows(pieces: Sequence[Piece]) -> list[list[Piece]]:
    """Fragments grouped into lines (top to bottom), each line left to right; superscripts stay on their line."""
    rows: list[list[Piece]] = []
    row_y = row_size = 0.0
    for p in sorted(pieces, key=lambda p: (-p.y, p.x)):
        if rows and row_y - p.y <= 0.45 * max(row_size, p.size, 1.0):
            rows[-1].append(p)
            row_size = max(row_size, p.size)
        else:
            rows.append([p])
            row_y, row_size = p.y, p.size
    return [sorted(r, key=lambda p: p.x) for r in rows]


def _group_text(pieces: Sequence[Piece]) -> str:
    """The lines of one group, top to bottom; fragments of a line joined as pypdf spaced them."""
    lines: list[str] = []
    for row in _rows(pieces):
        text = row[0].text
        for prev, cur in itertools.pairwise(row):
            text += _joint(prev, cur) + cur.text
        lines.append(text.lstrip(" "))  # a space pypdf put before a fragment that followed the other column
    return "\n".join(lines)


def _joint(prev: Piece, cur: Piece) -> str:
    """What goes between two fragments of one line: pypdf's own spacing where it wrote them as one run, else the gap decides."""
    if prev.text[-1:].isspace() or cur.text[:1].isspace():
        return ""
    if cur.order == prev.order + 1 and not prev.broken:
        return ""
    if not (prev.exact and cur.exact):
        return " "
    return " " if cur.x - prev.end > 0.1 * max(prev.size, cur.size) else ""


def _width_function(font: Any) -> Width | None:
    """Width in ems of a string in ``font``, from the font's metrics as pypdf reads them; ``None`` when it cannot."""
    try:
        from pypdf.generic._font import Font  # pypdf >= 7; private, so guarded

        metrics = Font.from_font_resource(font)
        table = metrics.character_widths
        default = float(table.get("default", 500) or 500)
        # the widths are keyed by character code; the text we measure is Unicode
        code: dict[str, str] = {}
        if isinstance(metrics.encoding, dict):
            code.update({u: chr(c) for c, u in metrics.encoding.items() if isinstance(c, int) and isinstance(u, str)})
        code.update({u: k for k, u in metrics.character_map.items() if isinstance(k, str) and isinstance(u, str)})

        def width(text: str) -> float:
            return sum(float(table.get(code.get(ch, ch), default)) for ch in text) / 1000

        width("a")
        return width
    except Exception:
        return None


def _guess(text: str) -> float:
    return WIDTH_GUESS * len(text)


def _mult(m: Sequence[float], n: Sequence[float]) -> tuple[float, float, float, float, float, float]:
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _has_image(page: PageObject) -> bool:
    """Whether the page draws an image (a blank page does not; a scanned one does)."""
    try:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        if xobjects is None:
            return False
        return any(x.get_object().get("/Subtype") in ("/Image", "/Form") for x in xobjects.get_object().values())
    except Exception:
        return False


def _rotation(page: PageObject) -> int:
    try:
        return int(page.rotation) % 360
    except Exception:
        return 0


def _pages(numbers: Sequence[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    shown = ", ".join(str(n) for n in numbers[:10]) + (", ..." if len(numbers) > 10 else "")
    return f"pages {shown}"


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text[:120] + "...") if len(text) > 120 else (text or type(exc).__name__)


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf logs every oddity of a damaged file; the report has its own errors and warnings."""
    log = logging.getLogger("pypdf")
    level, propagate = log.level, log.propagate
    log.setLevel(logging.CRITICAL + 1)
    log.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        log.setLevel(level)
        log.propagate = propagate
