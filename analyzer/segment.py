"""Segmenting a document: where the question and the answer are, its items, its answer parts.

Two layouts cover the corpus:

* **block**: the whole question (numbered items), then the whole answer (numbered parts), as in a
  Flemish *schriftelijke vraag* (split at the ``ANTWOORD`` heading) or a question/answer file pair;
* **interleaved**: ``Vraag N`` / ``Antwoord N`` alternating, as in the Tweede Kamer Aanhangsel and
  the Tweede Kamer answer documents (``Antwoord`` alone answers the question just before it).

Label candidates come from :mod:`analyzer.labels`; which candidates are real is decided here by
sequence (numbers go up, letters go a, b, c) and style, so a numbered list inside an answer does not
become an answer part.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .asks import split_asks, trim
from .clean import FORMAT_CHARS, find_furniture, fragments
from .labels import (
    ANSWER_OP_VRAAG_NR,
    FLEMISH_HEADING,
    Label,
    inline_breaks,
    match_antwoord,
    match_numbered,
    match_vraag,
)
from .model import AnswerPart, Ask, Item, Layout, PartKind, RawDocument, Span


class SegmentationError(Exception):
    """The document cannot be segmented (no question, no answer); ``code`` is stable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Segmentation:
    layout: Layout
    furniture: tuple[Span, ...]
    question_header: Span
    question_span: Span
    answer_header: Span | None
    answer_span: Span | None
    items: tuple[Item, ...]
    parts: tuple[AnswerPart, ...]
    warnings: tuple[str, ...] = ()
    signature: Span | None = None  # the asker's name (and party) closing the question, when it is signed


@dataclass(frozen=True)
class _Frag:
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


def _visible(line: str, offset: int) -> tuple[str, tuple[int, ...] | None]:
    """``line`` without format characters, and the original offset of each character kept (None: unchanged)."""
    if FORMAT_CHARS.search(line) is None:
        return line, None
    keep = [i for i, c in enumerate(line) if not FORMAT_CHARS.match(c)]
    return "".join(line[i] for i in keep), tuple(offset + i for i in keep)


def _frags(text: str, furniture: Sequence[Span], start: int = 0, end: int | None = None) -> list[_Frag]:
    """Logical lines, each also broken where a label starts inside it (text whose line breaks were lost)."""
    out = []
    for ln in fragments(text, furniture, start, end):
        line, where = _visible(text[ln.start : ln.end], ln.start)
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
                out.append(_Frag(ln.start + i, ln.start + j, vis, None, a in weak))
            else:
                out.append(_Frag(where[i], where[j - 1] + 1, vis, where[i:j], a in weak))
    return out


def segment(raw: RawDocument) -> Segmentation:
    text = raw.text
    if not text.strip():
        raise SegmentationError("empty", "the document is empty")
    furniture = find_furniture(text)
    frags = _frags(text, furniture)
    if raw.split is not None:
        return _segment_pair(raw, furniture, frags)
    heading = _flemish_heading(frags)
    if heading is not None:
        return _segment_block(text, furniture, frags, heading, "vlaams")
    if any(f.at(match_antwoord(f.text, 0)) or _mededeling(f) for f in frags):
        return _segment_interleaved(text, furniture, frags)
    raise SegmentationError("no-answer", "no answer part found (no 'ANTWOORD' heading and no 'Antwoord' labels)")


# --- layout detection -------------------------------------------------------------------------


def _flemish_heading(frags: list[_Frag]) -> int | None:
    """Index of the Flemish answer heading (``ANTWOORD`` + ``op vraag nr. N``), if there is one."""
    for i, f in enumerate(frags):
        if FLEMISH_HEADING.match(f.text) and f.text.strip().upper().startswith("ANTWOORD"):
            nxt = frags[i + 1].text if i + 1 < len(frags) else ""
            # "ANTWOORD" in capitals alone on its line is the heading even without "op vraag nr."
            if ANSWER_OP_VRAAG_NR.match(f.text) or ANSWER_OP_VRAAG_NR.match(nxt) or f.text.strip() == "ANTWOORD":
                return i
    return None


def _is_caps_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


# --- block layout -----------------------------------------------------------------------------


def _segment_block(text: str, furniture: tuple[Span, ...], frags: list[_Frag], heading: int, layout: Layout) -> Segmentation:
    # The respondent's name and title in capitals just above the heading belong to the answer header.
    first = heading
    while first - 1 >= 0 and _is_caps_line(frags[first - 1].text) and heading - first < 6:
        first -= 1
    # Answer header: heading, "op vraag nr. N van DATUM", "van NAAM".
    body = heading + 1
    while body < len(frags) and body - heading <= 3:
        t = frags[body].text.strip()
        if (
            ANSWER_OP_VRAAG_NR.match(t)
            or re.match(r"(?:van|door)\s+[A-ZÀ-Ý]", t)
            or (body == heading + 1 and t.lower().startswith("op vraag"))
        ):
            body += 1
            continue
        break
    q_frags = frags[:first]
    a_frags = frags[body:]
    answer_header = Span(frags[first].start, frags[body - 1].end)
    return _build_block(text, furniture, q_frags, a_frags, answer_header, layout)


def _segment_pair(raw: RawDocument, furniture: tuple[Span, ...], frags: list[_Frag]) -> Segmentation:
    assert raw.split is not None
    q_frags = [f for f in frags if f.end <= raw.split]
    a_frags = [f for f in frags if f.start >= raw.split]
    if not q_frags or not "".join(f.text for f in q_frags).strip():
        raise SegmentationError("no-question", "the question file has no text")
    if not a_frags:
        raise SegmentationError("no-answer", "the answer file has no text")
    # A Tweede Kamer answer document repeats the questions: segment it as it stands.
    if any(f.at(match_vraag(f.text, 0)) for f in a_frags) and any(f.at(match_antwoord(f.text, 0)) for f in a_frags):
        seg = _segment_interleaved(raw.text, furniture, a_frags)
        return Segmentation(
            seg.layout,
            furniture,
            Span(q_frags[0].start, q_frags[-1].end),
            seg.question_span,
            seg.answer_header,
            seg.answer_span,
            seg.items,
            seg.parts,
            (*seg.warnings, "questions taken from the answer document"),
        )
    heading = _flemish_heading(a_frags)
    skip = 0
    if heading is not None and heading < 3:
        skip = heading + 1
        while (
            skip < len(a_frags)
            and skip - heading <= 3
            and (ANSWER_OP_VRAAG_NR.match(a_frags[skip].text) or re.match(r"\s*(?:van|door)\s+[A-ZÀ-Ý]", a_frags[skip].text))
        ):
            skip += 1
    header = Span(a_frags[0].start, a_frags[skip - 1].end) if skip else None
    return _build_block(raw.text, furniture, q_frags, a_frags[skip:], header, "vlaams" if heading is not None else "unknown")


@dataclass
class _Unit:
    """An accepted label and the text it owns (until the next accepted label)."""

    label: Label
    numbers: tuple[int, ...]
    letter: str | None
    sub: int | None
    body_start: int
    body_end: int = -1


def _accept_question_labels(frags: list[_Frag], text: str) -> tuple[list[_Unit], list[str]]:
    """The real item labels among the candidates: numbers 1, 2, 3 ..., letters a, b, c under them.

    A label in the document's own style that breaks the sequence (a number printed twice, a skipped
    number, numbering chaos such as 1, 1, 3, 2) still opens an item when it starts a question, with a
    warning: an item is never silently merged into the one before it.
    """
    units: list[_Unit] = []
    warnings: list[str] = []
    expected = 1
    cur: int | None = None
    next_letter = "a"
    next_sub = 1
    num_style: str | None = None
    letter_only = False
    candidates: list[Label] = []
    weak: set[int] = set()  # label starts after a word or a figure (weak inline breaks)
    for f in frags:
        lab = f.at(match_vraag(f.text, 0))
        if lab is not None:
            candidates.append(Label(lab.start, lab.end, "number", lab.numbers, lab.letter, style="vraag"))
        elif (lab := f.at(match_numbered(f.text, 0))) is not None:
            candidates.append(lab)
            if f.weak:
                weak.add(lab.start)
    for k, lab in enumerate(candidates):
        nxt = candidates[k + 1].start if k + 1 < len(candidates) else frags[-1].end
        if lab.start in weak and not (
            lab.numbers == (expected,)
            and _style_ok(lab.style, num_style)
            and not _restated([(c, c.style) for c in candidates[k + 1 :] if c.start not in weak], expected, None)
        ):
            continue  # after a word: only the very next number, and only if no better placed one follows
        if (
            lab.kind == "number"
            and num_style is not None
            and lab.style != num_style
            and _restated([(c, c.style) for c in candidates[k + 1 :]], lab.numbers[0], num_style)
        ):
            continue  # "2" alone in a table of figures, while "2." in the question's own style follows
        if lab.kind == "number":
            n = lab.numbers[0]
            if lab.style == "nested":
                if cur is not None and n == cur and lab.sub == next_sub:
                    units.append(_Unit(lab, (n,), None, lab.sub, lab.end))
                    next_sub += 1
                    continue
                if n == expected and lab.sub == 1 and (num_style is None or num_style == "nested"):
                    num_style = "nested"
                    cur, expected, next_sub, next_letter = n, n + 1, 2, "a"
                    units.append(_Unit(lab, (n,), None, 1, lab.end))
                continue
            if n != expected or not _style_ok(lab.style, num_style):
                if not (cur is not None and lab.style == num_style and units and _duplicate_number(text, units[-1], lab)):
                    continue
                if n == expected - 1:
                    n = expected  # "the second gets the next free number" (GUIDE.md)
                elif "?" not in text[lab.end : nxt] or n > expected + 3:
                    continue  # a list inside the question, not a question of its own
                elif n < expected:
                    warnings.append(f"question numbered {n} out of sequence after {expected - 1}: read as item {expected}")
                    n = expected
                else:
                    warnings.append(f"question numbering skips from {expected - 1} to {n}")
            if num_style is None and lab.style != "numletter":
                num_style = lab.style
            elif num_style is None:
                num_style = "."
            if lab.style in ("vraag", "group"):
                # "Vraag 2 en 3" keeps its numbers; a renumbered duplicate shifts them
                nums = lab.numbers if lab.numbers[0] == n else tuple(range(n, n + len(lab.numbers)))
            else:
                nums = (n,)
            cur, expected, next_sub = n, nums[-1] + 1, 1
            if lab.letter:
                if lab.letter != "a":
                    continue
                units.append(_Unit(lab, nums, "a", None, lab.end))
                next_letter = "b"
            else:
                units.append(_Unit(lab, nums, None, None, lab.end))
                next_letter = "a"
        elif lab.kind == "letter" and lab.letter == next_letter:
            if cur is None:
                if units and not letter_only:
                    continue
                letter_only = True
            units.append(_Unit(lab, (cur,) if cur is not None else (), lab.letter, None, lab.end))
            next_letter = chr(ord(next_letter) + 1)
    return units, warnings


def _style_ok(style: str, locked: str | None) -> bool:
    if locked is None:
        return True
    if style == locked:
        return True
    compatible = {".": {"numletter", "bare"}, ")": {"numletter"}, "numletter": {".", ")"}, "vraag": {"group"}, "group": {".", ")"}}
    return style in compatible.get(locked, set()) or locked in compatible.get(style, set())


def _duplicate_number(text: str, prev: _Unit, lab: Label) -> bool:
    """A number printed twice by mistake: the previous item already asked something, this one starts a sentence."""
    prev_text = text[prev.body_start : lab.start]
    after = text[lab.end : lab.end + 2]
    return "?" in prev_text and bool(after[:1]) and after[:1].isupper()


def _close_units(units: list[_Unit], ends: list[int]) -> None:
    for i, u in enumerate(units):
        u.body_end = ends[i]


def _trimmed(text: str, a: int, b: int) -> Span:
    """``[a, b)`` without whitespace or format characters at either end."""
    while True:
        a, b = trim(text, a, b)
        if a < b and FORMAT_CHARS.match(text, a):
            a += 1
        elif a < b and FORMAT_CHARS.match(text, b - 1):
            b -= 1
        else:
            return Span(a, b)


def _region_end(frags: list[_Frag], upto: int) -> int:
    """End of the last fragment that ends at or before ``upto`` (skips furniture after text)."""
    best = None
    for f in frags:
        if f.end <= upto:
            best = f.end
        elif f.start < upto and f.text[: upto - f.start].strip():
            return upto  # ends inside this fragment's text (before a signature on the same line)
        else:
            break
    return best if best is not None else upto


def _units_to_items(text: str, furniture: tuple[Span, ...], units: list[_Unit], frags: list[_Frag], end: int) -> list[Item]:
    starts = [u.label.start for u in units[1:]] + [end]
    _close_units(units, starts)
    items: list[Item] = []
    for i, u in enumerate(units):
        span = _trimmed(text, u.body_start, _region_end(frags, u.body_end))
        has_letters = (
            i + 1 < len(units)
            and units[i + 1].letter is not None
            and u.letter is None
            and u.sub is None
            and bool(u.numbers)
            and units[i + 1].numbers[:1] == u.numbers[:1]
        )
        if u.sub is not None:
            ident = f"{u.numbers[0]}.{u.sub}"
            items.append(Item(ident, Span(u.label.start, u.label.end), span, split_asks(text, span, furniture), u.numbers[0]))
            continue
        if has_letters:
            # The stem of a lettered question is an item only if it asks something itself.
            asks = tuple(a for a in split_asks(text, span, furniture) if _real_ask(text, a))
            if not asks:
                continue
            items.append(Item(str(u.numbers[0]), Span(u.label.start, u.label.end), span, asks, u.numbers[0]))
            continue
        asks = split_asks(text, span, furniture)
        label = Span(u.label.start, u.label.end)
        if not u.numbers:
            items.append(Item(u.letter or "?", label, span, asks, None, u.letter))
            continue
        for n in u.numbers:
            ident = f"{n}{u.letter or ''}"
            items.append(Item(ident, label, span, asks, n, u.letter))
    return _unique(items)


def _real_ask(text: str, ask: Ask) -> bool:
    s = text[ask.span.start : ask.span.end]
    return "?" in s or bool(re.match(r"\s*(graag|gelieve)\b", s, re.I))


def _unique(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    out = []
    for it in items:
        if it.id in seen:
            continue
        seen.add(it.id)
        out.append(it)
    return out


def _accept_answer_labels(frags: list[_Frag], max_number: int) -> tuple[list[_Unit], list[str]]:
    """Answer labels: numbers that go up (gaps allowed: grouped or missing answers), letters under them.

    An answer number printed twice (not inside a list that restarts at 1) stays part of the first
    answer with that number, with a warning.
    """
    units: list[_Unit] = []
    warnings: list[str] = []
    in_list = False  # a list "1. ... 2. ..." inside the current answer
    last = 0
    cur: int | None = None
    next_letter = "a"
    num_style: str | None = None
    letter_style: str | None = None
    next_sub = 1
    candidates: list[tuple[Label, str]] = []
    weak: set[int] = set()  # label starts after a word or a figure (weak inline breaks)
    for f in frags:
        lab = f.at(match_antwoord(f.text, 0)) or f.at(match_vraag(f.text, 0))
        if lab is not None and lab.numbers:
            candidates.append((lab, "antwoord"))
        elif lab is None and (lab := f.at(match_numbered(f.text, 0))) is not None:
            candidates.append((lab, lab.style))
            if f.weak:
                weak.add(lab.start)
    for k, (lab, style) in enumerate(candidates):
        if lab.start in weak and not (
            lab.numbers == (last + 1,)
            and _style_ok(style, num_style)
            and not _restated([c for c in candidates[k + 1 :] if c[0].start not in weak], last + 1, None)
        ):
            continue  # after a word: only the very next number, and only if no better placed one follows
        if lab.numbers and num_style is not None and style != num_style and _restated(candidates[k + 1 :], lab.numbers[0], num_style, last):
            continue  # "2" alone in a table of figures, while "2." in the answer's own style follows
        if lab.numbers and lab.sub is not None:
            n = lab.numbers[0]
            if cur is not None and n == cur and lab.sub == next_sub:
                units.append(_Unit(lab, (n,), None, lab.sub, lab.end))  # "1.2" under answer 1
                next_sub += 1
                continue
            if n > last and n <= max_number + 1 and lab.sub == 1:
                units.append(_Unit(lab, (n,), None, 1, lab.end))  # "2.1" opens answer 2
                last, cur, next_sub, next_letter = n, n, 2, "a"
            continue
        if lab.numbers:
            n = lab.numbers[0]
            if n <= last or n > max_number + 1 or not _style_ok(style, num_style):
                if n == last and style == num_style and not in_list:
                    warnings.append(f"answer {n} is labelled twice: the second label is read as part of answer {n}")
                in_list = in_list or (n == 1 < last)
                continue
            if style == "bare" and num_style is None:
                continue  # a number alone on a line is too weak to start the numbering
            in_list = False
            if num_style is None:
                num_style = "." if style in ("numletter", "group") else style
            nums = lab.numbers if lab.sub is None else (n,)
            last = max(nums)
            cur = n
            units.append(_Unit(lab, nums, lab.letter, None, lab.end))
            next_letter = "b" if lab.letter == "a" else "a"
            next_sub = 1
        elif lab.kind == "letter" and lab.letter == next_letter and (letter_style is None or letter_style == lab.style):
            letter_style = lab.style
            units.append(_Unit(lab, (cur,) if cur is not None else (), lab.letter, None, lab.end))
            next_letter = chr(ord(next_letter) + 1)
    return units, warnings


def _restated(later: list[tuple[Label, str]], n: int, style: str | None, last: int | None = None) -> bool:
    """A later candidate in ``style`` labels ``n`` (or, given ``last``, any number from ``last + 1`` to ``n``
    that this one would jump over) before a higher number does: this candidate is not the real label."""
    low = n if last is None else last + 1
    for lab, st in later:
        if not lab.numbers or lab.sub is not None or (style is not None and st != style):
            continue  # (``style`` None: a label of any style)
        if low <= lab.numbers[0] <= n:
            return True
        if lab.numbers[0] > n:
            return False
    return False


def _units_to_parts(text: str, units: list[_Unit], frags: list[_Frag], end: int) -> list[AnswerPart]:
    """Numbered parts run to the next number; lettered sub-parts run to the next label."""
    parts: list[AnswerPart] = []
    for i, u in enumerate(units):
        nxt_any = units[i + 1].label.start if i + 1 < len(units) else end
        if u.sub is not None:
            # a nested part ("1.2") runs to the next label; the first one also opens its number's part
            span = _trimmed(text, u.body_start, _region_end(frags, nxt_any))
            parts.append(AnswerPart(Span(u.label.start, u.label.end), span, "lettered", (f"{u.numbers[0]}.{u.sub}",)))
            if u.sub == 1 and not any(p.kind != "lettered" and p.covers == (str(u.numbers[0]),) for p in parts):
                nxt_num = next((v.label.start for v in units[i + 1 :] if v.numbers[:1] != u.numbers[:1]), end)
                whole = _trimmed(text, u.label.start, _region_end(frags, nxt_num))
                parts.append(AnswerPart(None, whole, "numbered", (str(u.numbers[0]),)))
            continue
        if u.letter is None or (u.label.style == "numletter" or u.label.kind == "antwoord"):
            # numbered part: to the next unit that has a different number
            nxt_num = end
            for v in units[i + 1 :]:
                if (v.letter is None and v.sub is None) or v.numbers[:1] != u.numbers[:1]:
                    nxt_num = v.label.start
                    break
            span = _trimmed(text, u.body_start, _region_end(frags, nxt_num))
            kind: PartKind = "grouped" if len(u.numbers) > 1 else "numbered"
            covers = tuple(str(n) for n in u.numbers)
            parts.append(AnswerPart(Span(u.label.start, u.label.end), span, kind, covers))
        if u.letter is not None:
            span = _trimmed(text, u.body_start, _region_end(frags, nxt_any))
            prefix = str(u.numbers[0]) if u.numbers else ""
            parts.append(AnswerPart(Span(u.label.start, u.label.end), span, "lettered", (f"{prefix}{u.letter}",)))
    return parts


def _build_block(
    text: str,
    furniture: tuple[Span, ...],
    q_frags: list[_Frag],
    a_frags: list[_Frag],
    answer_header: Span | None,
    layout: Layout,
) -> Segmentation:
    if not q_frags:
        raise SegmentationError("no-question", "no question text before the answer")
    if not a_frags:
        raise SegmentationError("no-answer", "the answer part is empty")
    q_end = q_frags[-1].end
    items_end = _signature_start(text, q_frags[0].start, q_end)
    a_start, a_end = a_frags[0].start, a_frags[-1].end
    units, warnings = _accept_question_labels(q_frags, text)
    if units:
        q_header = Span(q_frags[0].start, max(q_frags[0].start, _region_end(q_frags, units[0].label.start)))
        items = _units_to_items(text, furniture, units, q_frags, items_end)
    else:
        q_header, items = _unnumbered_items(text, furniture, q_frags, items_end)
        warnings.append("the question is not numbered: one item per question sentence or request")
    max_number = max((it.number or 0 for it in items), default=0)
    a_units, a_warnings = _accept_answer_labels(a_frags, max(max_number, 1))
    warnings.extend(a_warnings)
    parts: list[AnswerPart] = []
    first_label = a_units[0].label.start if a_units else a_end + 1
    pre = [f for f in a_frags if f.end <= first_label]
    if pre:
        parts.append(AnswerPart(None, Span(pre[0].start, pre[-1].end), "preamble" if a_units else "unnumbered"))
    if a_units:
        parts.extend(_units_to_parts(text, a_units, a_frags, a_end))
    else:
        parts = _paragraph_parts(text, a_frags)
    return Segmentation(
        layout,
        furniture,
        q_header,
        Span(q_frags[0].start, q_end),
        answer_header,
        Span(a_start, a_end),
        tuple(items),
        tuple(parts),
        tuple(warnings),
        _trimmed(text, items_end, q_end) if items_end < q_end else None,
    )


def _paragraph_parts(text: str, frags: list[_Frag]) -> list[AnswerPart]:
    """An unnumbered answer: one part per paragraph (blank line between, or a sentence-final line break)."""
    parts: list[AnswerPart] = []
    cur: list[_Frag] = []
    for f in frags:
        if cur:
            gap = text[cur[-1].end : f.start]
            if gap.count("\n") >= 2:
                parts.append(AnswerPart(None, Span(cur[0].start, cur[-1].end), "unnumbered"))
                cur = []
        cur.append(f)
    if cur:
        parts.append(AnswerPart(None, Span(cur[0].start, cur[-1].end), "unnumbered"))
    return [q for p in parts for q in _bullet_parts(text, p)]


# a bullet that opens a paragraph inside a line whose breaks were lost: ". - Het ...", "? • De ..."
_INLINE_BULLET = re.compile(r"(?<=[.?!:;])[^\S\n]+[-–•▪](?=[^\S\n]+[A-ZÀ-Ý])")


def _bullet_parts(text: str, part: AnswerPart) -> list[AnswerPart]:
    """An unnumbered paragraph split at its bullets (each bullet starts a paragraph of its own)."""
    cuts = [m.end() - 1 for m in _INLINE_BULLET.finditer(text, part.span.start, part.span.end)]
    if not cuts:
        return [part]
    bounds = [part.span.start, *cuts, part.span.end]
    return [AnswerPart(None, _trimmed(text, a, b), "unnumbered") for a, b in itertools.pairwise(bounds)]


def _unnumbered_items(text: str, furniture: tuple[Span, ...], frags: list[_Frag], end: int) -> tuple[Span, list[Item]]:
    """No numbering at all: one item per question sentence or request (GUIDE.md), a follow-up
    ("Zo ja, ...?", "En indien ja, ...?") included; a heading ("Vragen -"), a lead-in ending in a colon
    ("Daarom heb ik volgende vragen:") and a bullet ("- ", "• ", "o ") are not part of the item."""
    body_start = _header_end(text, frags)
    span = Span(body_start, end)
    items: list[Item] = []
    for ask in split_asks(text, span, furniture):
        body = text[ask.span.start : ask.span.end]
        if body.strip() == text[span.start : span.end].strip() and "?" not in body:
            continue  # the fallback "whole text" ask: there is no question here at all
        start = _after_lead_in(text, ask.span.start, ask.span.end)
        own = Ask(Span(start, ask.span.end), ask.kind)
        items.append(Item(str(len(items) + 1), None, own.span, (own,), len(items) + 1))
    return Span(frags[0].start, body_start), items


# what introduces an unnumbered question without being part of it
_LEAD_IN = re.compile(
    r"(?:[^.?!:\n]{0,80}\b(?:vra(?:ag|gen)|Vra(?:ag|gen))\b[^.?!:\n]{0,60}:"  # "Daarom heb ik volgende vragen (aan ...):"
    r"|(?:Vragen|Vraag)\b[^\S\n]*[-–:]?"  # a heading: "Vragen -", "Vraag"
    r"|[-–•▪·*o](?=[^\S\n]))[^\S\n]*"  # a bullet
)


def _after_lead_in(text: str, start: int, end: int) -> int:
    """``start`` moved past headings, lead-ins and bullets that open the text of an item."""
    while (m := _LEAD_IN.match(text, start, end)) is not None and m.end() < end:
        if not text[m.end() : end].strip():
            break
        start = m.end() + (len(text[m.end() : end]) - len(text[m.end() : end].lstrip()))
    # a bullet inside the text, after an introduction that asks nothing: "... gelegd; - Zijn de ...?"
    inner = list(_INNER_BULLET.finditer(text, start, end))
    if inner and "?" not in text[start : inner[-1].start()]:
        return inner[-1].end()
    return start


_INNER_BULLET = re.compile(r"(?<=[\s;:,.])[-–•▪·](?:[^\S\n]+)(?=[A-ZÀ-Ý])")


# a signature closing the question: "... kruisen? Karl Lauwers", "Marc HENDRICKX (N-VA)",
# "Met vriendelijke groet, Jan de Vries"
_SIGNATURE = re.compile(
    r"(?<=[.?!)”\"’])[^\S\n]+"
    r"(?P<sig>(?:(?:Met[^\S\n]+)?(?:[Vv]riendelijke|[Hh]artelijke)[^\S\n]+groet(?:en)?|Hoogachtend|Namens[^\S\n]+de[^\S\n]+fractie[^\S\n]+van)"
    r"[,:]?[^\S\n]+)?"
    r"(?:[A-ZÀ-Ý][\w’'.-]*|de|van|der|den|ten|ter|en|\([^()\n]{1,25}\))(?:[^\S\n]+(?:[A-ZÀ-Ý][\w’'.-]*|de|van|der|den|ten|ter|en|\([^()\n]{1,25}\))){1,7}"
    r"(?:[^\S\n]+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?"  # a date after the name: "Katleen Den Roover 21/04/2025"
    r"[^\S\n]*$"
)


def _signature_start(text: str, start: int, end: int) -> int:
    """Where a trailing signature (the asker's name, party, month) starts in ``text[start:end]``, else ``end``."""
    m = _SIGNATURE.search(text, max(start, end - 160), end)
    if m is None:
        return end
    return m.start("sig") if m.group("sig") is not None else m.start() + len(m.group()) - len(m.group().lstrip())


def _header_end(text: str, frags: list[_Frag]) -> int:
    """Where the body of an unnumbered question starts: after a Flemish header and title, if any."""
    for i, f in enumerate(frags[:15]):
        if (
            re.search(r"\S\s+[-–]\s+\S", f.text)
            and i >= 1
            and any(re.match(r"\s*(?:SCHRIFTELIJKE VRAAG|aan\s|datum:)", g.text) for g in frags[:i])
        ):
            return frags[i + 1].start if i + 1 < len(frags) else f.end
    return frags[0].start


# --- interleaved layout -----------------------------------------------------------------------


def _segment_interleaved(text: str, furniture: tuple[Span, ...], frags: list[_Frag]) -> Segmentation:
    use_vraag = any(f.at(match_vraag(f.text, 0)) for f in frags)
    part_letters = _part_letters(frags) if use_vraag else {}
    blocks: list[tuple[str, Label, tuple[int, ...]]] = []  # ("q"|"a", label, numbers)
    warnings: list[str] = []
    state = "header"
    last_q = 0
    cur_q: tuple[int, ...] = ()
    answered: set[str] = set()
    seen_q: set[int] = set()
    seen_ids: set[str] = set()
    # where each numbered answer label is, so a bare "4." counts as a question only if an answer to 4 follows
    answers_at = [(f.start, set(a.numbers)) for f in frags if (a := f.at(match_antwoord(f.text, 0))) is not None and a.numbers]
    vragen_at = [(f.start, set(v.numbers)) for f in frags if (v := f.at(match_vraag(f.text, 0))) is not None]
    for f in frags:
        q = f.at(match_vraag(f.text, 0)) if use_vraag else _bare_question_label(f)
        if q is None and use_vraag and state in ("q", "a"):
            # "4." / "5." stacked between "Vraag 3" and "Antwoord vraag 4-7": a number with its delimiter,
            # next in sequence, answered further on, and not asked by a "Vraag 4" of its own
            q = _bare_question_label(f)
            if q is not None and not (
                q.style in (".", ")")
                and q.numbers[0] == last_q + 1
                and _answered_later(answers_at, f.start, q.numbers[0])
                and not _answered_later(vragen_at, f.start, q.numbers[0])
            ):
                q = None
            elif q is not None:
                q = dataclasses.replace(q, style="bare")
        if q is not None and f.start in part_letters:
            q = dataclasses.replace(q, letter=part_letters[f.start])
        if q is not None and q.numbers:
            n = q.numbers[0]
            strong = use_vraag and q.kind == "vraag"
            if strong:
                nums = tuple(m for m in q.numbers if f"{m}{q.letter or ''}" not in seen_ids)
                if not nums and state in ("q", "a"):
                    # a number printed twice by mistake: the second gets the next free number
                    nums = (max(seen_q) + 1,)
                    warnings.append(f"question {q.numbers[0]}{q.letter or ''} is labelled twice: the second is read as question {nums[0]}")
                    q = dataclasses.replace(q, letter=None)
            else:
                # questions stacked before their answers: each needs an answer label further on
                stacked = state == "q" and _answered_later(answers_at, f.start, n)
                nums = q.numbers if (n == last_q + 1 and (state != "q" or stacked)) else ()
            if nums:
                blocks.append(("q", q, nums))
                seen_q.update(nums)
                seen_ids.update(f"{m}{q.letter or ''}" for m in nums)
                last_q = max(seen_q)
                cur_q = nums
                state = "q"
                continue
        a = f.at(match_antwoord(f.text, 0)) or _mededeling(f)
        if a is not None and state in ("q", "a"):
            nums = a.numbers or cur_q
            if a.style == "mededeling":
                nums = tuple(sorted(m for m in seen_q if str(m) not in answered))
            keys = {f"{m}{a.letter or ''}" for m in nums}
            if a.numbers and (state == "a" and keys <= answered):
                continue
            if not a.numbers and state == "a":
                continue
            blocks.append(("a", a, nums))
            answered.update(keys)
            state = "a"
    if not any(k == "q" for k, _, _ in blocks):
        raise SegmentationError("no-question", "no numbered questions ('Vraag 1' ...) found")
    if not any(k == "a" for k, _, _ in blocks):
        raise SegmentationError("no-answer", "no answer labels ('Antwoord 1' ...) found")
    end = frags[-1].end
    items: list[Item] = []
    parts: list[AnswerPart] = []
    part_letters_at = {lab.start for k, lab, _ in blocks if k == "q" and lab.start in part_letters}
    for i, (kind, lab, nums) in enumerate(blocks):
        nxt = blocks[i + 1][1].start if i + 1 < len(blocks) else end
        stop = _region_end(frags, nxt)
        span = _trimmed(text, lab.end, stop)
        if kind == "q":
            letter = lab.letter
            stem = _part_stem(text, span, letter) if lab.start in part_letters_at else None
            if stem is not None and str(nums[0]) not in {it.id for it in items}:
                # the stem is an item of its own the first time; the part asks only what follows it
                items.append(Item(str(nums[0]), Span(lab.start, lab.end), stem, split_asks(text, stem, furniture), nums[0]))
                span = _after_stem(text, span)
            elif stem is not None:
                # a repeat of the stem is still this part's text, but not something it asks
                part = _after_stem(text, span)
                items.append(Item(f"{nums[0]}{letter}", Span(lab.start, lab.end), span, split_asks(text, part, furniture), nums[0], letter))
                continue
            pieces = split_group(text, span, len(nums), frags) if len(nums) > 1 else [span]
            for n, piece in zip(nums, pieces, strict=True):
                items.append(Item(f"{n}{letter or ''}", Span(lab.start, lab.end), piece, split_asks(text, piece, furniture), n, letter))
        else:
            covers = tuple(str(n) for n in nums)
            if lab.letter and len(nums) == 1:
                covers = (f"{nums[0]}{lab.letter}",)
            parts.append(AnswerPart(Span(lab.start, lab.end), span, "grouped" if len(nums) > 1 else "interleaved", covers))
    first_q = next(lab for k, lab, _ in blocks if k == "q")
    first_a = next(lab for k, lab, _ in blocks if k == "a")
    header = Span(frags[0].start, _region_end(frags, first_q.start))
    layout: Layout = "tk-aanhangsel" if re.search(r"Aanhangsel van de Handelingen|ah-tk-\d", text) else "tk-antwoord"
    return Segmentation(
        layout,
        furniture,
        header,
        Span(first_q.start, end),
        None,
        Span(first_a.start, end),
        tuple(_unique(items)),
        tuple(parts),
        tuple(warnings),
    )


def _answered_later(answers_at: list[tuple[int, set[int]]], pos: int, n: int) -> bool:
    return any(n in nums for at, nums in answers_at if at > pos)


def _part_letters(frags: list[_Frag]) -> dict[int, str]:
    """Question blocks repeated per part: ``Vraag 2`` answered by ``Antwoord 2l``, then ``Vraag 2`` again
    answered by ``Antwoord 2m`` (a question shared by several ministers, answered per sub-item).

    Returns, for the fragment offset of each such ``Vraag N`` (without a letter of its own), the letter of
    the answer label that follows it: the block is item ``N<letter>``.
    """
    out: dict[int, str] = {}
    pending: Label | None = None
    for f in frags:
        q = f.at(match_vraag(f.text, 0))
        if q is not None and q.numbers:
            pending = q if (len(q.numbers) == 1 and q.letter is None) else None
            continue
        a = f.at(match_antwoord(f.text, 0))
        if a is None:
            continue
        if pending is not None and a.letter and a.numbers == pending.numbers:
            out[f.start] = a.letter
        pending = None
    # keys are the offsets of the question fragments: re-key from the answer fragment to its question
    return _question_offsets(frags, out)


def _question_offsets(frags: list[_Frag], by_answer: dict[int, str]) -> dict[int, str]:
    out: dict[int, str] = {}
    last_q: int | None = None
    for f in frags:
        if f.at(match_vraag(f.text, 0)) is not None:
            last_q = f.start
        elif f.start in by_answer and last_q is not None:
            out[last_q] = by_answer[f.start]
    return out


def _part_stem(text: str, span: Span, letter: str | None) -> Span | None:
    """The stem of a question repeated per part: what it asks before its part marker (``... ?:l. een ...``)."""
    if letter is None:
        return None
    body = text[span.start : span.end]
    m = re.search(rf"(?:^|[\s:;])({re.escape(letter)}[.)])\s", body)
    if m is None or "?" not in body[: m.start(1)]:
        return None
    stop = re.match(r"[^?]*\?\d{0,2}", body)
    assert stop is not None  # "?" is in the body
    return _trimmed(text, span.start, span.start + stop.end())  # with its footnote marker ("?1")


def _after_stem(text: str, span: Span) -> Span:
    """A question repeated per part without its stem sentence (and the footnote marker after it)."""
    body = text[span.start : span.end]
    m = re.match(r"[^?]*\?\d{0,2}\s*(?=\S)", body)
    if m is None or m.end() >= len(body):
        return span
    return _trimmed(text, span.start + m.end(), span.end)


def split_group(text: str, span: Span, n: int, frags: list[_Frag]) -> list[Span]:
    """Split the text of a grouped question (``Vraag 2 en 3``) into its ``n`` sub-questions.

    A sub-question starts where a question mark is glued to the next capital (``?Klopt``), or on a
    new line after a line that ends a sentence. Used only when exactly ``n - 1`` such points are
    found; otherwise the interrogative sentences are used if there are exactly ``n``; otherwise every
    item of the group keeps the whole text (honest rather than wrong).
    """
    points: set[int] = set()
    for m in re.finditer(r"\?(?:\d{1,2}(?:,\s?\d{1,2})*)?(?=[A-ZÀ-Ý])", text[span.start : span.end]):
        points.add(span.start + m.end())
    # a footnote marker alone on a line between two questions belongs to neither ("?1\n1\nHoe vaak ...")
    inside = [f for f in frags if span.start <= f.start and f.end <= span.end and not re.fullmatch(r"\s*\d{1,2}\s*", f.text)]
    for prev, cur in itertools.pairwise(inside):
        first = cur.text.lstrip("\x0c \t")[:1]
        if re.search(r"[?.](?:\d{1,2}(?:,\s?\d{1,2})*)?$", prev.text) and first.isupper():
            points.add(cur.start + len(cur.text) - len(cur.text.lstrip("\x0c \t")))
    cuts = sorted(p for p in points if span.start < p < span.end)
    if len(cuts) != n - 1:
        asks = [a for a in split_asks(text, span) if a.kind == "question"]
        if len(asks) != n:
            return [span] * n
        cuts = [a.span.start for a in asks[1:]]
    bounds = [span.start, *cuts, span.end]
    return [_trimmed(text, a, b) for a, b in itertools.pairwise(bounds)]


def _mededeling(f: _Frag) -> Label | None:
    """``Mededeling`` alone on a line: the minister's notice that stands in for all open answers."""
    if re.fullmatch(r"\s*Mededeling\s*:?", f.text):
        return Label(f.start + len(f.text) - len(f.text.lstrip()), f.end, "antwoord", (), style="mededeling")
    return None


def _bare_question_label(f: _Frag) -> Label | None:
    """Question labels of documents without ``Vraag N``: ``1`` alone on a line, or ``1.`` / ``1)``."""
    if f.weak:
        return None
    lab = f.at(match_numbered(f.text, 0))
    if lab is None or lab.kind != "number" or lab.letter or lab.sub is not None or lab.style == "group":
        return None
    return lab


__all__ = ["Segmentation", "SegmentationError", "segment"]
