"""The interleaved layout: ``Vraag N`` / ``Antwoord N`` alternating, as in the Tweede Kamer Aanhangsel and
answer documents (``Antwoord`` alone answers the question just before it), with grouped questions,
bare questions stacked before their answers and questions repeated per part."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from ..asks import abbreviation_stop, split_asks
from ..labels import (
    DOTTED_NUMBER_LETTER,
    GLUED_NUMBER_LETTER,
    LOOSE_NUMBER,
    Label,
    match_antwoord,
    match_numbered,
    match_vraag,
)
from ..model import AnswerPart, Item, Layout, Span
from .alternation import SENTENCE, Block, alternating
from .lines import Frag, closing_index, region_end, trimmed
from .result import Segmentation, SegmentationError, unique_items


def segment_interleaved(text: str, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation:
    use_vraag = any(f.at(match_vraag(f.text, 0)) for f in frags)
    part_letters = _part_letters(frags) if use_vraag else {}
    blocks: list[tuple[str, Label, tuple[int, ...]]] = []  # ("q"|"a"|"h", label, numbers); "h" a heading number over lettered parts
    warnings: list[str] = []
    listed = _listed_first(frags, use_vraag)
    if listed is not None:
        warnings.append("the questions are listed first and printed again with their answers: read where they are answered")
    state = "header"
    last_q = 0
    cur_q: tuple[int, ...] = ()
    # the items each printed question number was read as, in order ({1: [1, 2]} when "Vraag 1" is printed twice)
    read_as: dict[int, list[int]] = {}
    answered: set[str] = set()
    seen_q: set[int] = set()
    seen_ids: set[str] = set()
    # where each numbered answer label is, so a bare "4." counts as a question only if an answer to 4 follows
    answers_at: list[tuple[int, set[int] | None]] = [
        (f.start, set(a.numbers)) for f in frags if (a := f.at(match_antwoord(f.text, 0))) is not None and a.numbers
    ]
    # a minister's notice of delay stands in for every answer still open (None: any number), where no numbered
    # answer does
    if not answers_at:
        answers_at += [(f.start, None) for f in frags if mededeling(f) is not None]
    answers_at.sort(key=lambda x: x[0])
    vragen_at = [(f.start, set(v.numbers)) for f in frags if (v := f.at(match_vraag(f.text, 0))) is not None]
    close = closing_index(frags)
    # under the closing formula and the signature no question label ("3" there is a footnote or page number, "Vraag 2:"
    # a reference to an earlier question); a sentence that only opens like one ("Namens het college heeft de wethouder de
    # aannemer gebeld.") is no closing formula
    formula = close is not None and len(frags[close].text.split()) <= 8 and not frags[close].text.rstrip().endswith(".")
    signed_at = frags[close].start if close is not None and formula else None
    for k, f in enumerate(frags):
        if listed is not None and k < listed[0] and (v := _listed_label(f, use_vraag)) is not None and set(v.numbers) <= listed[1]:
            continue  # (a question of the list that is printed again with its answer: there it is read)
        q = (
            f.at(match_vraag(f.text, 0))
            if use_vraag
            else _bare_question_label(
                f,
                last_q + 1,
                # (after a sentence's end or a blank line: "Zie ook ... nr. 248" then an empty line)
                k == 0 or frags[k - 1].text.rstrip().endswith((".", "?", "!", ":")) or "\n\n" in text[frags[k - 1].end : f.start],
                # (a question wrapped over lines asks within its next lines, before the answer to it; looked for only where a
                # number without its delimiter opens the line)
                LOOSE_NUMBER.match(f.text) is not None
                and _wrapped_question(frags, k, last_q + 1, _answered_later(answers_at, f.start, last_q + 1)),
            )
        )
        if q is None and not use_vraag and (glued := _glued_part(f)) is not None:
            # "1a. (Dalfsen) Hoe vaak ...?" ... "1b. ...": a question numbered with glued letters, each part answered under it
            # (GUIDE.md: the number that only introduces its letters, "1. Opkomsttijden", is no item of its own)
            pn, pletter, plab = glued
            heading = (
                state == "q"
                and blocks
                and blocks[-1][0] == "q"
                and blocks[-1][2] == (pn,)
                and blocks[-1][1].letter is None
                and "?" not in text[blocks[-1][1].end : f.start]
            )
            if pletter == "a" and (pn == last_q + 1 or heading):
                if heading:
                    _kind, lab0, _nums = blocks.pop()
                    blocks.append(("h", lab0, ()))  # (it still ends the answer before it)
                    last_q = pn - 1
                    state = "a" if any(k == "a" for k, _, _ in blocks) else "header"
                q = dataclasses.replace(plab, kind="number", numbers=(pn,), letter="a")
            elif pletter != "a" and cur_q == (pn,) and state in ("q", "a") and f"{pn}{chr(ord(pletter) - 1)}" in seen_ids:
                q = dataclasses.replace(plab, kind="number", numbers=(pn,), letter=pletter)
                last_q = pn - 1  # (the same number again, with the next letter)
        if q is not None and signed_at is not None and f.start > signed_at:
            q = None
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
                    nums = (last_q + 1,)  # last_q is max(seen_q), kept as it grows (max() per label was quadratic)
                    warnings.append(f"question {q.numbers[0]}{q.letter or ''} is labelled twice: the second is read as question {nums[0]}")
                    q = dataclasses.replace(q, letter=None)
            else:
                # questions stacked before their answers: each needs an answer label further on
                stacked = state == "q" and (
                    _answered_later(answers_at, f.start, n)
                    # (or the last of them, which the answers leave out, "9\nKunt u deze vragen vóór het debat beantwoorden?":
                    # an item the answer does not address, not a number to drop)
                    or (n == last_q + 1 >= 3 and _asks_before_answers(text, frags, k, answers_at))
                )
                nums = q.numbers if (n == last_q + 1 and (state != "q" or stacked)) else ()
            if nums:
                blocks.append(("q", q, nums))
                seen_q.update(nums)
                seen_ids.update(f"{m}{q.letter or ''}" for m in nums)
                last_q = max(last_q, *nums)
                cur_q = nums
                for printed, m in zip(q.numbers if len(q.numbers) == len(nums) else nums, nums, strict=True):
                    read_as.setdefault(printed, []).append(m)
                state = "q"
                continue
        a = f.at(match_antwoord(f.text, 0)) or mededeling(f)
        if (
            a is not None
            and use_vraag
            and state == "a"
            and len(a.numbers) == 1
            and a.numbers[0] == last_q + 1
            and (lost := _lost_question(text, blocks[-1][1].end, a.start)) is not None
        ):
            # "Antwoord 2" after answer 1 without a "Vraag 2": the label was lost at a page break, and the
            # question's text is the paragraph that ends in a question mark just before the answer label
            n = a.numbers[0]
            blocks.append(("q", Label(lost, lost, "vraag", (n,), style="vraag"), (n,)))
            warnings.append(f"question {n} has no label (lost at a page break?): its text is taken from before 'Antwoord {n}'")
            seen_q.add(n)
            seen_ids.add(str(n))
            last_q = n
            cur_q = (n,)
            read_as.setdefault(n, []).append(n)
            state = "q"
        if a is not None and state in ("q", "a"):
            nums = a.numbers or cur_q
            if not a.numbers and a.letter is None and blocks and blocks[-1][0] == "q" and blocks[-1][1].letter and not use_vraag:
                a = dataclasses.replace(a, letter=blocks[-1][1].letter)  # ("1b. ...? Antwoord: ..." answers 1b)
            if len(a.numbers) == 1 and read_as.get(a.numbers[0], [a.numbers[0]]) != [a.numbers[0]]:
                # the answers repeat a question number printed twice ("Vraag 1 ... Vraag 1 ..." read as 1 and 2, answered
                # "Antwoord 1 ... Antwoord 1 ..."): each answers the next question printed with it that has no answer yet
                free = next((r for r in read_as[a.numbers[0]] if f"{r}{a.letter or ''}" not in answered), None)
                if free is not None and free != a.numbers[0]:
                    nums = (free,)
                    warnings.append(f"answer {a.numbers[0]} repeats the number of the question read as {free}: read as its answer")
            if a.style == "mededeling":
                nums = tuple(sorted(m for m in seen_q if str(m) not in answered))
            keys = {f"{m}{a.letter or ''}" for m in nums}
            if a.numbers and (state == "a" and keys <= answered):
                continue
            if not a.numbers and state == "a":
                continue
            if not a.numbers and _heads_numbered_answers(frags, k):
                continue  # "Antwoord van het college:" over "Antwoord 1: ... Antwoord 2: ...": a heading, no answer of its own
            blocks.append(("a", a, nums))
            answered.update(keys)
            state = "a"
    if not any(k == "q" for k, _, _ in blocks):
        alternation = _unnumbered_alternation(text, furniture, frags)
        if alternation is not None:
            return alternation
        raise SegmentationError("no-question", "no numbered questions ('Vraag 1' ...) found")
    if not any(k == "a" for k, _, _ in blocks):
        raise SegmentationError("no-answer", "no answer labels ('Antwoord 1' ...) found")
    last_label = blocks[-1][1].start
    # the letter's closing formula and signature after the last answer answer nothing
    end = frags[close - 1].end if close is not None and frags[close].start > last_label else frags[-1].end
    items: list[Item] = []
    parts: list[AnswerPart] = []
    part_letters_at = {lab.start for k, lab, _ in blocks if k == "q" and lab.start in part_letters}
    lettered: dict[int, tuple[bool, list[str]]] = {}  # a question asked in lettered parts: whether it asks itself, its letters
    for i, (kind, lab, nums) in enumerate(blocks):
        if kind == "h":
            continue  # a heading number over lettered questions
        nxt = blocks[i + 1][1].start if i + 1 < len(blocks) else end
        stop = region_end(frags, nxt)
        span = trimmed(text, lab.end, stop)
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
            label = Span(lab.start, lab.end) if lab.end > lab.start else None  # (a lost label has no text)
            marks = _line_letters(text, span) if len(nums) == 1 and letter is None and stem is None else []
            if marks and all("?" in text[mk.end() : e] for mk, e in zip(marks, [*(x.start() for x in marks[1:]), span.end], strict=True)):
                # "Vraag 3" over a question and its lettered parts ("a. Hoeveel ...?" "b. Zijn GS bereid ...?"): the parts
                # are items 3a, 3b, and the question before them item 3 when it asks something itself (GUIDE.md)
                head = trimmed(text, span.start, marks[0].start())
                asks_itself = "?" in text[head.start : head.end]
                if asks_itself:
                    items.append(Item(str(nums[0]), label, head, split_asks(text, head, furniture), nums[0]))
                for mk, e in zip(marks, [*(x.start() for x in marks[1:]), span.end], strict=True):
                    piece = trimmed(text, mk.end(), e)
                    items.append(
                        Item(
                            f"{nums[0]}{mk.group(1)}",
                            Span(mk.start(), mk.end()),
                            piece,
                            split_asks(text, piece, furniture),
                            nums[0],
                            mk.group(1),
                        )
                    )
                lettered[nums[0]] = (asks_itself, [mk.group(1) for mk in marks])
                continue
            for n, piece in zip(nums, pieces, strict=True):
                items.append(Item(f"{n}{letter or ''}", label, piece, split_asks(text, piece, furniture), n, letter))
        else:
            # "Toelichting door vragenstellers:" after an answer opens the asker's context for the next question: it
            # answers nothing
            asker = _ASKERS_CONTEXT.search(text, span.start, span.end)
            if asker is not None:
                span = trimmed(text, span.start, asker.start())
            # "Antwoord" over "1. Ja, ..." (a heading word before its list number): the number is the label's
            own = re.match(r"(\d{1,6})[.)][^\S\n]+", text[span.start : span.end])
            if own is not None and int(own.group(1)) in nums and lab.end <= span.start:
                span = trimmed(text, span.start + own.end(), span.end)
            covers = tuple(str(n) for n in nums)
            if lab.letter and len(nums) == 1:
                covers = (f"{nums[0]}{lab.letter}",)
            elif len(nums) == 1 and nums[0] in lettered:
                # the answer to a question asked in lettered parts: its own letters ("a. In 2025 zijn ..." "b. Nee.") each
                # answer their part, the text before them the question itself; without letters it answers them all
                asks_itself, letters = lettered[nums[0]]
                ids = [f"{nums[0]}{x}" for x in letters]
                marks = [mk for mk in _line_letters(text, span, "a") if mk.group(1) in letters]
                if len(marks) < 2:
                    parts.append(AnswerPart(Span(lab.start, lab.end), span, "grouped", (*([str(nums[0])] if asks_itself else []), *ids)))
                    continue
                head = trimmed(text, span.start, marks[0].start())
                if head.end > head.start:
                    parts.append(AnswerPart(Span(lab.start, lab.end), head, "interleaved", (str(nums[0]),) if asks_itself else tuple(ids)))
                for mk, e in zip(marks, [*(x.start() for x in marks[1:]), span.end], strict=True):
                    parts.append(
                        AnswerPart(Span(mk.start(), mk.end()), trimmed(text, mk.end(), e), "interleaved", (f"{nums[0]}{mk.group(1)}",))
                    )
                continue
            parts.append(AnswerPart(Span(lab.start, lab.end), span, "grouped" if len(nums) > 1 else "interleaved", covers))
    first_q = next(lab for k, lab, _ in blocks if k == "q")
    first_a = next(lab for k, lab, _ in blocks if k == "a")
    header = Span(frags[0].start, region_end(frags, first_q.start))
    layout: Layout = "interleaved"  # a city council's answers, say: "1. ...? Antwoord: ..."
    if re.search(r"Aanhangsel van de Handelingen|ah-tk-\d", text):
        layout = "tk-aanhangsel"
    elif _TWEEDE_KAMER.search(text, 0, 6000) and not _COUNCIL.search(text, 0, 6000):
        layout = "tk-antwoord"
    return Segmentation(
        layout,
        furniture,
        header,
        Span(first_q.start, end),
        None,
        Span(first_a.start, end),
        tuple(unique_items(items)),
        tuple(parts),
        tuple(warnings),
    )


# a lettered part at a line's start under a "Vraag N" or "Antwoord N" label: "a. Hoeveel ...?", "b) Nee."
_LINE_LETTER = re.compile(r"^[^\S\n]*\(?([a-z])[.)][^\S\n]+(?=\S)", re.M)
# ... or inside a line whose breaks were lost, after a question (or, in an answer, any sentence) and before a capital
_INLINE_LETTER = {
    "q": re.compile(r"(?<=[?:])[^\S\n]+([a-z])[.)][^\S\n]+(?=[A-ZÀ-Ý])"),
    "a": re.compile(r"(?<=[.?!:])[^\S\n]+([a-z])[.)][^\S\n]+(?=[A-ZÀ-Ý])"),
}


_FIRST_LETTER = re.compile(r"[^\S\n]*\(?(a)[.)][^\S\n]+(?=[A-ZÀ-Ý])")


def _line_letters(text: str, span: Span, side: str = "q") -> list[re.Match[str]]:
    """The letters a, b, c ... in their order at line starts inside ``span`` (or, where there are none, inside its lines
    after a question, for ``side`` "a" after any sentence); none unless there are two at least."""
    for pattern in (_LINE_LETTER, _INLINE_LETTER[side]):
        out: list[re.Match[str]] = []
        # (inside a line, the first letter may open the part right after its label: "Vraag 3 a. Is de vervoerder ...? b. ...")
        first = _FIRST_LETTER.match(text, span.start, span.end) if pattern is not _LINE_LETTER else None
        if first is not None:
            out.append(first)
        for mk in pattern.finditer(text, span.start, span.end):
            if mk.start() >= span.start and mk.group(1) == chr(ord("a") + len(out)):
                out.append(mk)
        if len(out) >= 2:
            return out
    return []


# what marks a Tweede Kamer answer (a respondent of the government, the Kamer, a zaak number)
_TWEEDE_KAMER = re.compile(r"Tweede Kamer|Vragen van (?:het lid|de leden)|\b(?:[Mm]inister|[Ss]taatssecretaris)\b|uw Kamer|\d{4}Z\d{5}")
# ... unless it is a council's or the Flemish Parliament's (which may well mention a minister)
_COUNCIL = re.compile(r"\b(?:gemeenteraad|[Cc]ollege van [Bb]urgemeester|schepen(?:en|college)?|raadslid|raadsleden|Vlaams Parlement)\b")


# the heading of the asker's context between two questions (an Amsterdam council's written questions)
_ASKERS_CONTEXT = re.compile(r"^[^\S\n]*Toelichting door (?:de )?vragensteller(?:s|\(s\))?[^\S\n]*:?", re.M)
# a paragraph break: a blank line
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# the end of a sentence (a footnote number may follow its mark): where the next one may begin
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?:\d{1,2})?(?=\s)")


def _listed_label(f: Frag, use_vraag: bool) -> Label | None:
    """A question label of the document's kind on line ``f``: "Vraag 2" where questions are so labelled, else "2)" / "2."."""
    return match_vraag(f.text, 0) if use_vraag else _bare_question_label(f)


def _listed_first(frags: list[Frag], use_vraag: bool = True) -> tuple[int, set[int]] | None:
    """The questions listed first and printed again, each with its answer (a province's page: "Vraag1: ... Vraag4: ...",
    the dates, then "Vraag1: ... Antwoord: ..."; a council's "1) ...? ... 8) ...?", then "1) ...? Antwoord: ..."): the line
    where the list starts again and the numbers printed again; None when the labels are not so laid out (no answer before
    the list starts again, the same numbers in the same order again, an answer after them)."""
    asked = [(k, lab.numbers) for k, f in enumerate(frags) if (lab := _listed_label(f, use_vraag)) is not None and lab.numbers]
    if len(asked) < 3:
        return None
    again = next((j for j in range(1, len(asked)) if asked[j][1] == asked[0][1]), None)
    if again is None or again < 2:
        return None
    restart = asked[again][0]
    if not use_vraag and _opening(frags[restart].text) != _opening(frags[asked[0][0]].text):
        return None  # (a number alone says little: "1) NH Nieuws, 9 november 2024." under the list is its footnote, not question 1 again)
    answers = [k for k, f in enumerate(frags) if match_antwoord(f.text, 0) is not None or mededeling(f) is not None]
    if not any(k > restart for k in answers) or any(k < restart for k in answers):
        return None
    first = [nums for _, nums in asked[:again]]
    second = [nums for _, nums in asked[again:]]
    numbers = [n for nums in first for n in nums]
    if numbers != sorted(set(numbers)) or second != first[: len(second)]:
        return None
    return restart, {n for nums in second for n in nums}


def _opening(line: str) -> str:
    """The first words of a line, spacing aside: a question printed again opens as it did in the list."""
    return " ".join(line.split()[:8])


def _heads_numbered_answers(frags: list[Frag], k: int) -> bool:
    """The answer label without a number of line ``k`` (its text nothing but the label) stands right above an answer
    labelled with its number: it heads the answers."""
    lab = match_antwoord(frags[k].text, 0)
    if lab is None or frags[k].text[lab.end :].strip() or k + 1 >= len(frags):
        return False
    nxt = match_antwoord(frags[k + 1].text, 0)
    return nxt is not None and bool(nxt.numbers)


def _lost_question(text: str, lo: int, hi: int) -> int | None:
    """Where a question whose label was lost starts, in the text ``[lo, hi)`` before its answer label: the
    last paragraph there, when it closes with a question mark (a footnote marker may follow) and is not
    the whole previous answer; else None."""
    body = text[lo:hi].rstrip()
    if not re.search(r"\?(?:\d{1,2})?$", body):
        return None
    breaks = list(_PARAGRAPH_BREAK.finditer(body))
    if breaks:
        return lo + breaks[-1].end()
    if "\n" in body:
        return None  # lines but no paragraph break: the text is the previous answer, which ends in a question
    # whitespace collapsed: the question is the run of sentences ending in "?" at the end, after the last
    # sentence that does not (the end of the previous answer, which must be there)
    # (a full stop after an abbreviation, "art. 5", ends no sentence; "?" before a quote or a footnote number does)
    ends = [
        (m.end(), "?" in m.group())
        for m in _SENTENCE_END.finditer(body)
        if not (m.group()[0] == "." and abbreviation_stop(body[max(0, m.start() - 30) : m.start() + 1]))
    ]
    start = next((e for e, asks in reversed(ends) if not asks and body[:e].strip()), None)
    if start is None:
        return None
    return lo + start + len(body[start:]) - len(body[start:].lstrip())


def _asks_before_answers(text: str, frags: list[Frag], k: int, answers_at: Sequence[tuple[int, set[int] | None]]) -> bool:
    """Whether the question labelled on line ``k`` asks (a question mark closes its text, on its line or the next, which is no
    label of its own: a copy may double every line break) and answer labels follow it: a question stacked with the others,
    before the answers."""
    if not any(at > frags[k].start for at, _ in answers_at):
        return False
    own = text[frags[k].start : frags[k].end].rstrip()
    if own.endswith("?"):
        return True
    if k + 1 >= len(frags) or match_numbered(frags[k + 1].text, 0) is not None or match_antwoord(frags[k + 1].text, 0) is not None:
        return False
    return text[frags[k + 1].start : frags[k + 1].end].rstrip().endswith("?")


def _answered_later(answers_at: Sequence[tuple[int, set[int] | None]], pos: int, n: int) -> bool:
    return any(nums is None or n in nums for at, nums in answers_at if at > pos)


WRAPPED_LINES = 6  # a question wrapped over lines closes within this many lines after its first


def _labelled(f: Frag, n: int) -> bool:
    """Line ``f`` opens with the number ``n`` and its delimiter: the question ``n`` itself, not a line before it."""
    lab = match_numbered(f.text, 0)
    return lab is not None and lab.numbers[:1] == (n,)


def _wrapped_question(frags: Sequence[Frag], k: int, n: int, answered_later: bool) -> bool:
    """Whether the question numbered ``n`` on line ``k`` closes within its next few lines, before an answer label follows it
    there or, when a numbered answer to it comes later (``answered_later``), anywhere before the next label ("2 Hoe
    beoordeelt de wethouder ... / ... te heroverwegen? / Antwoord:"); not when a label ``n.`` of its own comes first ("2
    Nederlandse gemeenten doen mee. Waarom? ... / 2. Wanneer ...? / Antwoord:")."""
    asked = "?" in frags[k].text
    for f in frags[k + 1 : k + 2 + WRAPPED_LINES]:
        if match_antwoord(f.text, 0) is not None:
            return asked
        if _labelled(f, n):
            return False
        asked = asked or "?" in f.text
        if asked and answered_later:
            return True
    return False


def _part_letters(frags: list[Frag]) -> dict[int, str]:
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


def _question_offsets(frags: list[Frag], by_answer: dict[int, str]) -> dict[int, str]:
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
    return trimmed(text, span.start, span.start + stop.end())  # with its footnote marker ("?1")


def _after_stem(text: str, span: Span) -> Span:
    """A question repeated per part without its stem sentence (and the footnote marker after it)."""
    body = text[span.start : span.end]
    m = re.match(r"[^?]*\?\d{0,2}\s*(?=\S)", body)
    if m is None or m.end() >= len(body):
        return span
    return trimmed(text, span.start + m.end(), span.end)


def split_group(text: str, span: Span, n: int, frags: list[Frag]) -> list[Span]:
    """Split the text of a grouped question (``Vraag 2 en 3``) into its ``n`` sub-questions.

    A sub-question starts where a question mark is glued to the next capital (``?Klopt``), or on a
    new line after a line that ends a sentence. Used only when exactly ``n - 1`` such points are
    found; otherwise the interrogative sentences are used if there are exactly ``n``; otherwise every
    item of the group keeps the whole text (honest rather than wrong).
    """
    points: set[int] = set()
    for m in re.finditer(r"\?(?:\d{1,2}(?:,\s?\d{1,2})*)?(?=[A-ZÀ-Ý])", text[span.start : span.end]):
        points.add(span.start + m.end())
    inside = [f for f in frags if span.start <= f.start and f.end <= span.end]
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
    return [trimmed(text, a, b) for a, b in itertools.pairwise(bounds)]


_NOTICE = re.compile(
    r"\s*(?:Mededeling\s*:?|Mededeling[^\S\n]+van[^\S\n]+(?:de[^\S\n]+)?(?:[Mm]inister|[Ss]taatssecretaris)\b[^\n]{0,160}?"
    r"\((?:[Oo]ntvangen|[Dd]atum)[^)\n]{0,40}\)\s*)"
)


def mededeling(f: Frag) -> Label | None:
    """``Mededeling`` alone on a line, or the notice's heading ``Mededeling van Minister Madlener
    (Infrastructuur en Waterstaat) (ontvangen 2 december 2024)``: the minister's notice of delay that
    stands in for all open answers."""
    if _NOTICE.fullmatch(f.text):
        return Label(f.start + len(f.text) - len(f.text.lstrip()), f.end, "antwoord", (), style="mededeling")
    return None


def _glued_part(f: Frag) -> tuple[int, str, Label] | None:
    """A question part numbered with a glued or dotted letter at the start of a line ("1a. Hoe vaak ...?", "2.b ..."): its
    number, its letter and its label."""
    lab = f.at(match_numbered(f.text, 0))
    if lab is None or lab.letter is None or lab.style not in ("numletter", "letter"):
        return None
    m = GLUED_NUMBER_LETTER.match(f.text) or DOTTED_NUMBER_LETTER.match(f.text)
    if m is None or m.group("letter") != lab.letter:
        return None
    return int(m.group("num")), lab.letter, lab


def _bare_question_label(f: Frag, expected: int | None = None, after_a_stop: bool = False, wrapped: bool = False) -> Label | None:
    """Question labels of documents without ``Vraag N``: ``1`` alone on a line, or ``1.`` / ``1)``.

    A label cut after a word (text whose line breaks were lost: "... De Wetering 1. Klopt het ...?")
    counts only as the ``expected`` number, and only when its own line asks something."""
    lab = f.at(match_numbered(f.text, 0))
    if lab is None and expected is not None and after_a_stop and not f.weak and (f.text.rstrip().endswith("?") or wrapped):
        # "2 Deelt u de mening dat ...?": the expected number without its delimiter, before the question that fills its line
        # (or, ``wrapped``, its next lines, when a numbered answer to it follows), after a line that closes a sentence (not
        # "... doen in totaal" / "2 Nederlandse gemeenten mee. Waarom? Omdat ...")
        loose = LOOSE_NUMBER.match(f.text)
        if loose is not None and int(loose.group("num")) == expected:
            return f.at(Label(loose.start("num"), loose.end(), "number", (expected,), style="bare"))
    if lab is None or lab.kind != "number" or lab.letter or lab.sub is not None or lab.style == "group":
        return None
    if f.weak and (lab.numbers != (expected,) or "?" not in f.text):
        return None
    return lab


# an unnumbered question label: "Vraag" alone on its line, or "Vraag:" before the question
_BARE_VRAAG = re.compile(
    r"(?:(?<=\n)|(?<=^))[^\S\n]*(?:Vraag|VRAAG)[^\S\n]*:?(?=[^\S\n]*\n)|(?<!\S)(?:Vraag|VRAAG)[^\S\n]*:[^\S\n]*(?=[A-ZÀ-Ý])"
)


def _unnumbered_alternation(text: str, furniture: tuple[Span, ...], frags: list[Frag]) -> Segmentation | None:
    """Unnumbered questions, each followed by an unnumbered answer label ("Vraag: ...? Beantwoording: ...",
    "...? Antwoord: ..."): each answer answers the question sentences just before its label (after an
    unnumbered "Vraag:" label when there is one). Items are numbered in order, one per question sentence
    or request (GUIDE.md); an answer covers the items of its question. None when it does not fit."""
    labels = [a for f in frags if (a := f.at(match_antwoord(f.text, 0))) is not None and not a.numbers]
    # (a title before any question is no answer label: "Onderwerp: Beantwoording Statenvragen van de fractie ..." over a letter's
    # "Vraag:" / "Antwoord:" pairs)
    while len(labels) > 2 and _question_start(text, frags[0].start, labels[0].start) is None:
        labels = labels[1:]
    if len(labels) < 2:
        return None
    close = closing_index(frags)
    end = frags[close - 1].end if close is not None and frags[close].start > labels[-1].start else frags[-1].end
    starts: list[int] = []  # where each question starts
    stops: list[int] = []  # where the answer before it stops (before its "Vraag:" label)
    floor = frags[0].start
    for lab in labels:
        q = _question_start(text, floor, lab.start)
        if q is None:
            return None
        stops.append(q[0])
        starts.append(q[1])
        floor = lab.end
    blocks = [
        Block(starts[k], lab.start, Span(lab.start, lab.end), lab.end, stops[k + 1] if k + 1 < len(labels) else end)
        for k, lab in enumerate(labels)
    ]
    own = _own_labels(text, frags, blocks)
    if own is not None:
        # (each answer stops before the next question's label: "... 420 controles." not "... 420 controles. c.")
        blocks = [
            dataclasses.replace(b, a_end=min(b.a_end, own[k + 1][0][1].start)) if k + 1 < len(blocks) else b for k, b in enumerate(blocks)
        ]
        return alternating(text, furniture, frags, blocks, end, "each question has its own label, its answer an unnumbered one", own)
    return alternating(text, furniture, frags, blocks, end, "the questions are not numbered: one item per question sentence or request")


def _own_labels(text: str, frags: list[Frag], blocks: list[Block]) -> list[list[tuple[int, Label]]] | None:
    """The labels that open every question before an unnumbered answer label, when they count up from the first ("a."
    ... "h." over "Reactie dagelijks bestuur:", a water board's; "1." ... "5." over "Antwoord:"): each question is the
    item of its label (GUIDE.md). None when a question has none, or they do not count up."""
    found: list[list[tuple[int, Label]]] = []
    for block in blocks:
        # (the question's own line: the label opens it, the question sentence follows it on that line)
        f = next((f for f in frags if f.start <= block.q_start < f.end or f.start == block.q_start), None)
        lab = f.at(match_numbered(f.text, 0)) if f is not None else None
        if lab is None or lab.sub is not None or text[lab.end : block.q_start].strip():
            return None
        found.append([(max(block.q_start, lab.end), lab)])
    labs = [x[0][1] for x in found]
    letters = [lab.letter for lab in labs]
    if all(lab.kind == "letter" and not lab.numbers for lab in labs):
        ok = letters == [chr(ord("a") + k) for k in range(len(labs))]
    else:
        ok = all(lab.kind == "number" and lab.letter is None for lab in labs) and [lab.numbers for lab in labs] == [
            (k + 1,) for k in range(len(labs))
        ]
    return found if ok and len(labs) >= 2 else None


def _question_start(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the question before an answer label at ``hi`` starts, with its unnumbered "Vraag:" label in
    ``[lo, hi)`` if there is one (label start, question start), else at the first question sentence of
    the region."""
    vraag = max(_BARE_VRAAG.finditer(text, lo, hi), key=lambda m: m.start(), default=None)
    if vraag is not None:
        return vraag.start() + len(vraag.group()) - len(vraag.group().lstrip()), vraag.end()
    # the first question sentence after the previous answer: "Kent u het bericht? Het bericht meldt X. Klopt
    # dat?" is one question with its context; what comes before it is the previous answer (or the header)
    start = next((m.start() for m in SENTENCE.finditer(text, lo, hi) if "?" in m.group()), None)
    if start is None:
        return None
    while start < hi and text[start].isspace():
        start += 1
    return start, start
