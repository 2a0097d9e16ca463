"""Aligning items with the answer text that responds to them.

Order of evidence: the answer part with the item's own label (``3b``), else its number (``3``), a
grouped part that names it (``Antwoord 2 en 3``); when nothing in the answer is numbered, the whole
answer (the judge attributes its sentences to the asks); for left-over items next to numbered
parts, similarity between the item and the unclaimed answer paragraphs (rapidfuzz). In-document references
("Zie antwoord 2", "Ik verwijs naar mijn antwoord op vraag 1") are recorded and resolved to the parts
they point at, so the judge can follow them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

from .clean import clean_view
from .labels import SALUTATION, parse_numbers
from .model import Alignment, AlignMethod, AnswerPart, Item, Reference, Span

NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "een",
            "twee",
            "drie",
            "vier",
            "vijf",
            "zes",
            "zeven",
            "acht",
            "negen",
            "tien",
            "elf",
            "twaalf",
            "dertien",
            "veertien",
            "vijftien",
            "zestien",
            "zeventien",
            "achttien",
            "negentien",
            "twintig",
        ],
        start=1,
    )
}
NUMBER_WORDS["één"] = 1
_N = r"(?:\d{1,6}[a-z]?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_NUM = rf"{_N}(?:\s*(?:,|en|t/m|tot\s+en\s+met|tot|-|–)\s*{_N})*"
# A mention of another answer or question of this document inside an answer: "zie antwoord 2",
# "zie het antwoord op vraag 3", "de antwoorden op de vragen 2, 6 en 8", "mijn antwoord op vraag 1",
# "in antwoord 3 ben ik ingegaan op", "zoals in antwoord vier is aangegeven", "zie antwoord bij vraag 5",
# "(zie boven, vraag 6)", "zoals bij vraag 2 aangegeven".
REFERENCE = re.compile(
    r"\b(?:antwoord(?:en)?|vraag|vragen)(?:\s+(?:op|bij))?(?:\s+de)?(?:\s+(?:vraag|vragen))?(?:\s+nr\.?)?\s+"
    rf"(?P<nums>{_NUM})\b(?!\s*[.,]?\d)",
    re.I,
)
# ... unless it names another document: "antwoord op vraag 3 van het lid X", "(Aanhangsel ...)".
EXTERNAL = re.compile(
    r"[^.?!\n]{0,40}?\b(?:van\s+(?:het\s+lid|de\s+leden|de\s+schriftelijke|uw\s+kamer|mijn\s+ambtsvoorganger)|"
    r"schriftelijke\s+vragen|kamervragen|aanhangsel|kamerstuk|d\.d\.|van\s+\d{1,2}\s+\w+\s+\d{4})",
    re.I,
)


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# a sentence's end and the next one's start, where a text has lost its line breaks and paragraphs cannot be seen
_SENTENCE_BREAK = re.compile(r"[.!?][)”\"’»]?\s+(?=[A-ZÀ-Ý])")
FLAT_PARAGRAPH_SENTENCES = 4  # in a text without line breaks, a part this many sentences long counts as paragraphs


def _paragraphs(text: str, span: Span) -> bool:
    """Whether a part runs over several paragraphs; in a text whose line breaks are lost (one line), whether it is as
    long as several would be."""
    if _PARAGRAPH_BREAK.search(text, span.start, span.end):
        return True
    return "\n" not in text.strip() and len(_SENTENCE_BREAK.findall(text, span.start, span.end)) + 1 >= FLAT_PARAGRAPH_SENTENCES


def normalize(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def reference_targets(spec: str) -> tuple[str, ...]:
    words = re.sub(
        r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b",
        lambda m: str(NUMBER_WORDS[m.group(1).lower()]),
        spec,
        flags=re.I,
    )
    letters = re.findall(r"(\d{1,6})([a-z])\b", words)
    if letters:
        return tuple(f"{n}{x}" for n, x in letters)
    return tuple(str(n) for n in parse_numbers(words))


def find_references(text: str, parts: Sequence[AnswerPart], part_index: int) -> tuple[Reference, ...]:
    """In-document references in one answer part, resolved to other parts by the labels they name.

    A mention that names another document ("het antwoord op vraag 3 van het lid X") is not an
    in-document reference and is left out here; a target with no answer part stays unresolved.
    """
    part = parts[part_index]
    found: list[Reference] = []
    for m in REFERENCE.finditer(text, part.span.start, part.span.end):
        if EXTERNAL.match(text, m.end(), min(part.span.end, m.end() + 80)):
            continue
        targets = tuple(t for t in reference_targets(m.group("nums")) if t not in part.covers)
        if not targets:
            continue
        resolved: list[int] = []
        for t in targets:
            candidates = [j for j, p in enumerate(parts) if j != part_index and j not in resolved and p.kind != "preamble"]
            # the part labelled with the target itself ("Zie antwoord op vraag 3a)" -> the part "a)" of answer 3); the whole
            # numbered part only when no part has the letter's label (its other letters answer other questions)
            exact = [j for j in candidates if t in parts[j].covers]
            resolved.extend(
                exact or [j for j in candidates if parts[j].kind != "lettered" and t.rstrip("abcdefghijklmn") in parts[j].covers]
            )
        found.append(Reference(Span(m.start(), m.end()), targets, tuple(resolved)))
    return tuple(found)


def align(text: str, items: Sequence[Item], parts: Sequence[AnswerPart], furniture: Sequence[Span] = ()) -> tuple[Alignment, ...]:
    by_label: dict[str, list[int]] = {}
    for j, p in enumerate(parts):
        for c in p.covers:
            by_label.setdefault(c, []).append(j)
    out: dict[str, Alignment] = {}
    for it in items:
        own = by_label.get(it.id, [])
        if own:
            lettered = it.letter is not None
            grouped = any(parts[j].kind == "grouped" for j in own)
            method: AlignMethod = (
                "letter" if lettered and any(parts[j].kind == "lettered" for j in own) else ("grouped" if grouped else "number")
            )
            if any(parts[j].kind == "interleaved" for j in own):
                method = "interleaved"
            elif all(parts[j].kind == "unnumbered" for j in own):
                method = "similarity"  # (paragraphs after the numbering stopped, given in order: see split_tail)
            out[it.id] = Alignment(it.id, tuple(own), method, 1.0)
            continue
        if it.number is not None and (it.letter is not None or "." in it.id):
            whole = [j for j in by_label.get(str(it.number), []) if parts[j].kind != "lettered"]
            if whole:
                out[it.id] = Alignment(it.id, tuple(whole), "number", 0.9)
                continue
        if it.number is not None and it.letter is None and "." not in it.id:
            # a stem answered only part by part ("Antwoord 2l", "Antwoord 2m"): its answer is all of them
            pieces = sorted({j for j, p in enumerate(parts) for c in p.covers if re.fullmatch(rf"{it.number}[a-z]", c)})
            if pieces:
                out[it.id] = Alignment(it.id, tuple(pieces), "letter", 0.9)
                continue
    left = [it for it in items if it.id not in out]
    if left:
        claimed = {j for a in out.values() for j in a.parts}
        free = [j for j, p in enumerate(parts) if j not in claimed and p.kind in ("unnumbered", "preamble")]
        in_order = _in_order(text, left, parts, free, furniture) if not out else None
        if in_order is not None:
            # Numbered questions answered by as many unnumbered paragraphs, in their order (a bulletin's answer that
            # follows the questions paragraph by paragraph): each item takes its paragraph.
            out.update(in_order)
        elif not out and free and all(p.kind in ("unnumbered", "preamble") for p in parts):
            # Nothing in the answer is numbered: every item is judged on the sentences of the whole
            # answer that respond to it (the judge attributes them), not on one paragraph.
            out.update({it.id: Alignment(it.id, tuple(free), "unnumbered", 1.0) for it in left})
            # (unless the paragraphs follow the questions' order, give or take an opening, a closing or a question left out:
            # then each item is judged on its own paragraphs, and a refusal in another's is not its)
            ordered = _monotone(text, left, parts, free, furniture)
            if ordered is not None:
                out.update(ordered)
        else:
            out.update(_by_similarity(text, left, parts, free, furniture))
            # An unnumbered question (its ids are only the order of its sentences) answered by a text
            # numbered its own way (nine questions, three numbered topics): an item left without answer
            # text takes the answer part it resembles most, even one that answers another item. A
            # numbered item the answer skips stays without answer text.
            orphans = [it for it in left if not out[it.id].parts and it.label is None]
            body = [j for j, p in enumerate(parts) if p.kind != "preamble"]
            if orphans and body:
                shared = _by_similarity(text, orphans, parts, body, furniture, one_per_item=True)
                out.update({k: a for k, a in shared.items() if a.parts})
    # Most items found no answer part of their own: the answer is numbered some other way than the
    # question (or its labels were not read). An item left without answer text is then judged on the
    # whole answer rather than declined as skipped: a skip is only evident when the numbering holds.
    # (only when a numbered part runs over several paragraphs, which may answer the others unlabelled; a
    # numbered answer of one paragraph and nothing else shows the rest skipped)
    owned = sum(1 for a in out.values() if a.method in ("number", "letter", "grouped", "interleaved"))
    whole_answer = tuple(j for j, p in enumerate(parts) if p.kind != "preamble") or tuple(range(len(parts)))
    paragraphs = any(p.covers and _paragraphs(text, p.span) for p in parts)
    if whole_answer and owned * 2 < len(items) and paragraphs:
        for it in items:
            if not out[it.id].parts:
                out[it.id] = Alignment(it.id, whole_answer, "unnumbered", 0.5)
    _taken_up_by_neighbour(text, items, parts, out)
    result = []
    for it in items:
        a = out[it.id]
        refs: list[Reference] = []
        for j in a.parts:
            refs.extend(find_references(text, parts, j))
        result.append(Alignment(a.item_id, a.parts, a.method, a.score, tuple(refs)))
    return tuple(result)


# the share of a skipped question's content words that the answer next to it must say to answer it too (:func:`_taken_up_by_neighbour`)
NEIGHBOUR_COVERAGE = 0.6
NEIGHBOUR_MIN_WORDS = 5
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# (words of the question's frame, that say nothing of its content)
_FRAME_WORDS = frozenset(
    [
        "welke",
        "wanneer",
        "hoeveel",
        "waarom",
        "zijn",
        "heeft",
        "hebben",
        "wordt",
        "worden",
        "werd",
        "werden",
        "kunt",
        "zult",
        "deelt",
        "bent",
        "staat",
        "staan",
        "moeten",
        "moet",
        "gaat",
        "gaan",
        "daar",
        "deze",
        "dit",
        "dat",
        "over",
        "voor",
        "naar",
        "door",
        "tussen",
        "tegen",
        "omdat",
        "terwijl",
        "zoals",
        "minister",
        "staatssecretaris",
        "college",
        "kabinet",
        "regering",
        "uw",
        "bereid",
        "mening",
        "klopt",
        "gegeven",
        "soms",
        "meer",
        "minder",
        "dan",
        "hierover",
        "daarover",
        "daarvan",
        "hiervan",
    ]
)


def _content_words(s: str) -> set[str]:
    return {w.lower() for w in _CONTENT_WORD.findall(s)} - _FRAME_WORDS


def _taken_up_by_neighbour(text: str, items: Sequence[Item], parts: Sequence[AnswerPart], out: dict[str, Alignment]) -> None:
    """A numbered question the answer skips ("Antwoord op vraag 6" / "Antwoord op vraag 8") whose content the answer just
    before it takes up (six of the nine words of "ouders soms meer dan 150 kilometer moeten reizen om hun kind te bezoeken,
    terwijl de Jeugdwet uitgaat van hulp zo dicht mogelijk bij huis" are in answer 6): it shares that answer, as an
    unannounced grouped answer; a question nothing next to it takes up stays skipped (``out`` is updated)."""
    for k, it in enumerate(items):
        if out[it.id].parts or it.label is None or k == 0:
            continue
        before = out[items[k - 1].id]
        if not before.parts or before.method not in ("number", "grouped", "letter", "interleaved"):
            continue
        asked = _content_words(text[it.span.start : it.span.end])
        if len(asked) < NEIGHBOUR_MIN_WORDS:
            continue
        said = _content_words(" ".join(text[parts[j].span.start : parts[j].span.end] for j in before.parts))
        share = sum(1 for w in asked if w in said or any(v.startswith(w[:6]) for v in said if len(w) >= 7)) / len(asked)
        if share >= NEIGHBOUR_COVERAGE:
            out[it.id] = Alignment(it.id, before.parts, "similarity", round(share, 2))


# the fewest numbered questions answered paragraph by paragraph that :func:`_in_order` reads so
IN_ORDER_MIN = 3

SKIP_COST = 0.25  # what passing a question over costs in :func:`_monotone` (a resemblance runs from 0 to 1)


def _ordered_choice(sim: Sequence[Sequence[float]], pinned_first: bool = False) -> list[int]:
    """For each paragraph (column of ``sim``), the question (row) it goes to: questions in their order, nondecreasing over the
    paragraphs, the sum of resemblances the highest, a question passed over costing ``SKIP_COST`` (dynamic programming).
    ``pinned_first``: the first paragraph is the first question's."""
    n, m = len(sim), len(sim[0])
    # best[j][i]: the best score of paragraphs 0..j with paragraph j given to question i
    best = [[sim[0][0]] + [float("-inf")] * (n - 1) if pinned_first else [sim[i][0] - SKIP_COST * i for i in range(n)]]
    back: list[list[int]] = [[0] * n]
    for j in range(1, m):
        row, arg_row = [], []
        for i in range(n):
            k = max(range(i + 1), key=lambda k: best[j - 1][k] - SKIP_COST * max(0, i - k - 1))
            row.append(best[j - 1][k] - SKIP_COST * max(0, i - k - 1) + sim[i][j])
            arg_row.append(k)
        best.append(row)
        back.append(arg_row)
    i = max(range(n), key=lambda k: best[m - 1][k] - SKIP_COST * (n - 1 - k))
    given = [0] * m
    for j in range(m - 1, -1, -1):
        given[j] = i
        i = back[j][i]
    return given


def _order_holds(s: Sequence[Sequence[float]]) -> bool:
    """As many paragraphs as questions, each taken by its own: the order is the reading unless resemblance contradicts it,
    a paragraph that resembles another question clearly more than its own (by :data:`ORDER_VETO`). A bulleted list answered
    paragraph by paragraph often says little of the questions' words ("Wanneer gaat het park weer open?" - "Het
    saneringsplan moet eerst goedgekeurd worden ..."), so that no paragraph resembles its own question most; an answer whose
    paragraph about the complaints stands where the stations were asked resembles the complaints' question far more."""
    n = len(s)
    return all(max(s[k][j] for k in range(n)) - s[j][j] < ORDER_VETO for j in range(n))


# how much more a paragraph must resemble another question than its own to veto the order (:func:`_order_holds`)
ORDER_VETO = 0.2


# a salutation, or one line of the answer's header that ends no sentence: its decision, date or reference ("Vastgesteld in de
# vergadering van het dagelijks bestuur van 18 februari 2025", "Antwoord van Griet Van Damme, voorzitter van het vast bureau"; not
# a first answer without its full stop)
_LETTER_HEAD = re.compile(
    rf"\s*(?:{SALUTATION}|(?:vastgesteld|goedgekeurd|behandeld|beantwoord|beantwoording|antwoord|verzonden|datum|kenmerk|onderwerp|betreft|ons\s+kenmerk|uw\s+kenmerk)\b"
    r"[^\n]*[^\s.?!:;])\s*",
    re.I,
)


def _monotone(
    text: str, items: Sequence[Item], parts: Sequence[AnswerPart], free: Sequence[int], furniture: Sequence[Span]
) -> dict[str, Alignment] | None:
    """Questions answered by unnumbered paragraphs in their order, one or two more or fewer than the questions (an opening or a
    closing paragraph, a question left out, two answered together): the order-keeping assignment of every paragraph to one
    question that resembles best (dynamic programming). An item given no paragraph keeps the whole answer; None when the
    order does not agree with resemblance."""
    every = [j for j in free if parts[j].kind == "unnumbered"]
    # (the letter's salutation and the lines of its header before the first paragraph answer nothing: "Vastgesteld in de
    # vergadering van het dagelijks bestuur van 18 februari 2025", "Geachte mevrouw Van Dijk,")
    while len(every) > 1 and _LETTER_HEAD.fullmatch(text[parts[every[0]].span.start : parts[every[0]].span.end]):
        every.pop(0)
    # (the paragraphs that say something are aligned: not the answer's date alone, "(28/29 september 1998)"; one that says little,
    # a line of a table, goes with the paragraph before it)
    body = [j for j in every if len(re.findall(r"[^\W\d_]{2,}", text[parts[j].span.start : parts[j].span.end])) >= 4]
    n, m = len(items), len(body)
    if n < IN_ORDER_MIN or m < n - 1 or len(every) > n + 2:
        return None  # (one question at most left out: fewer paragraphs than that answer the questions together)
    if any(it.asks and it.asks[0].kind == "conditional" for it in items):
        return None  # (a follow-up "Zo ja, sinds wanneer?" of its own is answered with the question before it, not apart)
    q = [normalize(clean_view(text, it.span, furniture).text) for it in items]
    a = [normalize(clean_view(text, parts[j].span, furniture).text) for j in body]
    if not all(q) or not all(a):
        return None
    s = [[fuzz.token_set_ratio(qi, aj) / 100.0 for aj in a] for qi in q]
    given = _ordered_choice(s)
    # the order agrees with resemblance: most paragraphs go to the question they resemble most, each resembles its own a little
    agree = sum(1 for j in range(m) if s[given[j]][j] >= max(s[k][j] for k in range(n)))
    if min(s[given[j]][j] for j in range(m)) < IN_ORDER_FLOOR:
        return None
    if agree * 2 <= m and not (m == n and given == list(range(n)) and _order_holds(s)):
        return None
    owner = {body[j]: given[j] for j in range(m)}
    last = given[0]
    for j in every:
        last = owner.setdefault(j, last)
    out: dict[str, Alignment] = {}
    for k, it in enumerate(items):
        mine = tuple(j for j in every if owner[j] == k)
        if mine:
            out[it.id] = Alignment(it.id, mine, "similarity", round(max(s[k][j] for j in range(m) if given[j] == k), 3))
    return out


def split_tail(text: str, items: Sequence[Item], parts: Sequence[AnswerPart], furniture: Sequence[Span] = ()) -> tuple[AnswerPart, ...]:
    """The answer parts, with the paragraphs after the last numbered answer's first given to the questions after it.

    An answer numbered "1." "2 en 3." "4." for seven questions whose "4." runs on over paragraphs ("Wat de samenwerking met
    de gemeenten betreft, ...", "Tot slot ..."): the numbering stopped, not the answers. Its later paragraphs answer the
    questions left, in their order, when resemblance agrees (as :func:`_monotone` decides for unnumbered paragraphs; the first
    paragraph stays with its own number); they become parts of their own. Otherwise the parts as they are. In a text that has
    lost its line breaks, sentences stand for the paragraphs."""
    covered = {c for p in parts for c in p.covers}
    done = [k for k, it in enumerate(items) if it.id in covered]
    if not done or not parts or len(items) - 1 == done[-1]:
        return tuple(parts)
    own, trailing = items[done[-1]], list(items[done[-1] + 1 :])
    last = len(parts) - 1
    if own.id not in parts[last].covers or len(parts[last].covers) != 1 or any(it.label is None or it.id in covered for it in trailing):
        return tuple(parts)
    span = parts[last].span
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, span.start, span.end)]
    if not breaks and "\n" not in text.strip():
        # (a text that has lost its line breaks: its sentences stand for its paragraphs)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, span.start, span.end)]
    cuts = [span.start, *breaks, span.end]
    paragraphs: list[Span] = []
    for lo, hi in itertools.pairwise(cuts):
        piece = Span(lo, hi)
        if paragraphs and len(re.findall(r"[^\W\d_]{2,}", text[lo:hi])) < 4:
            paragraphs[-1] = Span(paragraphs[-1].start, hi)  # (a table's line, a date: with the paragraph before it)
        elif text[lo:hi].strip():
            paragraphs.append(piece)
    if len(paragraphs) < 2:
        return tuple(parts)
    group = [own, *trailing]
    n, m = len(group), len(paragraphs)
    q = [normalize(clean_view(text, it.span, furniture).text) for it in group]
    said = [normalize(clean_view(text, sp, furniture).text) for sp in paragraphs]
    if not all(q) or not all(said):
        return tuple(parts)
    sim = [[fuzz.token_set_ratio(qi, aj) / 100.0 for aj in said] for qi in q]
    # (the first paragraph is its number's: every later one goes to the same question or one after it)
    given = _ordered_choice(sim, pinned_first=True)
    moved = [j for j in range(m) if given[j] > 0]
    if not moved:
        return tuple(parts)
    # (each paragraph moved resembles its question at least a little, and most resemble it more than the others)
    agree = sum(1 for j in moved if sim[given[j]][j] >= max(sim[k][j] for k in range(n)))
    if agree * 2 <= len(moved) or min(sim[given[j]][j] for j in moved) < IN_ORDER_FLOOR:
        return tuple(parts)
    out = list(parts[:last])
    for k, it in enumerate(group):
        mine = [paragraphs[j] for j in range(m) if given[j] == k]
        if not mine:
            continue
        body = Span(mine[0].start, mine[-1].end)
        if k == 0:
            out.append(AnswerPart(parts[last].label, body, parts[last].kind, parts[last].covers))
        else:
            out.append(AnswerPart(None, body, "unnumbered", (it.id,)))
    return tuple(out)


def _in_order(
    text: str, items: Sequence[Item], parts: Sequence[AnswerPart], free: Sequence[int], furniture: Sequence[Span]
) -> dict[str, Alignment] | None:
    """Numbered questions and exactly as many unnumbered answer paragraphs: paragraph ``i`` answers question ``i``
    when the order agrees with resemblance (for more than half of the questions, their own paragraph is the one they
    resemble most, and every paragraph resembles its question at least a little). Otherwise None."""
    body = [j for j in free if parts[j].kind == "unnumbered"]
    if len(items) < IN_ORDER_MIN or len(body) != len(items) or any(it.label is None or it.letter is not None for it in items):
        return None
    q = [normalize(clean_view(text, it.span, furniture).text) for it in items]
    a = [normalize(clean_view(text, parts[j].span, furniture).text) for j in body]
    if not all(q) or not all(a):
        return None
    scores = [[fuzz.token_set_ratio(qi, aj) / 100.0 for aj in a] for qi in q]
    own_best = sum(1 for i, row in enumerate(scores) if row[i] >= max(row))
    if own_best * 2 <= len(items) or min(scores[i][i] for i in range(len(items))) < IN_ORDER_FLOOR:
        return None
    return {it.id: Alignment(it.id, (body[i],), "similarity", round(scores[i][i], 3)) for i, it in enumerate(items)}


IN_ORDER_FLOOR = 0.2


def _by_similarity(
    text: str,
    items: Sequence[Item],
    parts: Sequence[AnswerPart],
    free: Sequence[int],
    furniture: Sequence[Span],
    one_per_item: bool = False,
) -> dict[str, Alignment]:
    """Each free answer paragraph goes to the item it resembles most; items with none stay unaligned.

    The score is rapidfuzz's ``token_set_ratio`` on normalized text (0-1). Paragraphs that resemble
    no item (below the floor) are left out rather than forced onto one. With ``one_per_item``, it is
    the other way round: each item takes the one paragraph it resembles most (paragraphs may then
    serve several items).
    """
    floor = 0.35
    q = {it.id: normalize(clean_view(text, it.span, furniture).text) for it in items}
    if one_per_item:
        paragraphs = {j: normalize(clean_view(text, parts[j].span, furniture).text) for j in free}
        found: dict[str, Alignment] = {}
        for it in items:
            scored = [(fuzz.token_set_ratio(q[it.id], p) / 100.0, j) for j, p in paragraphs.items() if p]
            best, j = max(scored, default=(0.0, -1))
            found[it.id] = Alignment(it.id, (j,), "similarity", round(best, 3)) if best >= floor else Alignment(it.id, (), "none", 0.0)
        return found
    assigned: dict[str, list[tuple[int, float]]] = {it.id: [] for it in items}
    for j in free:
        p = normalize(clean_view(text, parts[j].span, furniture).text)
        if not p:
            continue
        best_id, best = None, 0.0
        for it in items:
            s = fuzz.token_set_ratio(q[it.id], p) / 100.0
            if s > best:
                best_id, best = it.id, s
        if best_id is not None and best >= floor:
            assigned[best_id].append((j, best))
    out: dict[str, Alignment] = {}
    for it in items:
        got = assigned[it.id]
        if got:
            out[it.id] = Alignment(it.id, tuple(j for j, _ in got), "similarity", round(max(s for _, s in got), 3))
        else:
            out[it.id] = Alignment(it.id, (), "none", 0.0)
    return out
